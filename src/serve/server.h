// Serve: `quotetrace serve`, the JSON API (serve/api.h) and the web page
// (serve/web/index.html) over HTTP, until SIGINT or SIGTERM.
#pragma once

#include <functional>
#include <ostream>
#include <string>

#include "base/status.h"

namespace qt::serve {

struct ServeOptions {
  std::string db;                  // an existing database
  std::string host = "127.0.0.1";  // this machine only; "0.0.0.0" for every interface
  int port = 8080;                 // 0: any free port
  std::ostream* log = nullptr;     // a line per request when set: method, target, status, time
};

// Serves until the process gets SIGINT or SIGTERM, then returns Ok. Calls
// `on_listening` with the port once connections are accepted. An error
// when the address cannot be bound (in use, or not this machine's).
Status Serve(const ServeOptions& options, const std::function<void(int port)>& on_listening);

}  // namespace qt::serve
