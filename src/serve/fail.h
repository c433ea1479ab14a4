// fail(): the one place the server reports a failed asynchronous step.
#ifndef AFFICHE_SERVE_FAIL_H_
#define AFFICHE_SERVE_FAIL_H_

#include <boost/system/error_code.hpp>

namespace affiche {

// Prints "affiche: serve: <what>: <message>" on stderr, except for the
// ordinary ends of a connection (peer closed or reset it, even mid-request;
// WebSocket closed; idle timeout; server stopping), which are not worth a line.
void fail(boost::system::error_code ec, const char* what);

}  // namespace affiche

#endif  // AFFICHE_SERVE_FAIL_H_
