// SharedStringBody: a Beast response body that shares bytes instead of
// copying them, so a reply can point into the published site (see ServedFile).
#ifndef AFFICHE_SERVE_SHARED_STRING_BODY_H_
#define AFFICHE_SERVE_SHARED_STRING_BODY_H_

#include <boost/asio/buffer.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/optional.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>

namespace affiche {

// Only the writer half of Beast's Body concept: the server never reads one.
struct SharedStringBody {
  using value_type = std::shared_ptr<const std::string>;

  static std::uint64_t size(const value_type& body) { return body ? body->size() : 0; }

  class writer {
   public:
    using const_buffers_type = boost::asio::const_buffer;

    template <bool isRequest, class Fields>
    writer(const boost::beast::http::header<isRequest, Fields>&, const value_type& body)
        : body_(body) {}

    void init(boost::beast::error_code& ec) { ec = {}; }

    // The whole body in one buffer, then nothing more.
    boost::optional<std::pair<const_buffers_type, bool>> get(
        boost::beast::error_code& ec) {
      ec = {};
      if (!body_ || body_->empty()) return boost::none;
      return {{const_buffers_type(body_->data(), body_->size()), false}};
    }

   private:
    const value_type& body_;
  };
};

}  // namespace affiche

#endif  // AFFICHE_SERVE_SHARED_STRING_BODY_H_
