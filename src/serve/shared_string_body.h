// SharedStringBody: a Beast response body that shares bytes instead of
// copying them, so a reply can point into the published site (see SharedBytes),
// with serve mode's addition spliced into HTML pages on the way out.
#ifndef AFFICHE_SERVE_SHARED_STRING_BODY_H_
#define AFFICHE_SERVE_SHARED_STRING_BODY_H_

#include <array>
#include <boost/asio/buffer.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/optional.hpp>
#include <cstdint>
#include <utility>

#include "serve/site_state.h"

namespace affiche {

// Only the writer half of Beast's Body concept: the server never reads one.
struct SharedStringBody {
  using value_type = SharedBytes;

  static std::uint64_t size(const value_type& body) { return body.size(); }

  class writer {
   public:
    // The bytes before the insertion point, the addition, the bytes after.
    using const_buffers_type = std::array<boost::asio::const_buffer, 3>;

    template <bool isRequest, class Fields>
    writer(const boost::beast::http::header<isRequest, Fields>&, const value_type& body)
        : body_(body) {}

    void init(boost::beast::error_code& ec) { ec = {}; }

    // The whole body in one go, then nothing more.
    boost::optional<std::pair<const_buffers_type, bool>> get(
        boost::beast::error_code& ec) {
      ec = {};
      if (body_.size() == 0) return boost::none;
      const_buffers_type buffers;
      if (body_.bytes) {
        const std::string& bytes = *body_.bytes;
        size_t at = body_.addition ? body_.insert_at : bytes.size();
        buffers[0] = boost::asio::const_buffer(bytes.data(), at);
        buffers[2] = boost::asio::const_buffer(bytes.data() + at, bytes.size() - at);
      }
      if (body_.addition) {
        buffers[1] =
            boost::asio::const_buffer(body_.addition->data(), body_.addition->size());
      }
      return {{buffers, false}};
    }

   private:
    const value_type& body_;
  };
};

}  // namespace affiche

#endif  // AFFICHE_SERVE_SHARED_STRING_BODY_H_
