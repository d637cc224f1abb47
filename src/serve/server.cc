#include "serve/server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <mutex>
#include <thread>

#include "serve/api.h"

namespace qt::serve {

extern const char kWebPage[];  // web_page_data.cc, generated from web/index.html

namespace {

// SIGINT and SIGTERM are blocked in every thread of the server and taken by
// one that waits for them (sigwait), which then calls `stop`: no work
// happens in a signal handler. Stopping waits for the requests in progress
// and the warm-up, whose reads are interrupted but whose work in memory
// (the stories: seconds at 100,000 articles) is not; a second signal ends
// the process at once.
class StopOnSignal {
 public:
  explicit StopOnSignal(std::function<void()> stop) {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGINT);
    sigaddset(&signals_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals_, &old_mask_);
    waiter_ = std::thread([this, stop = std::move(stop)] {
      int signal = 0;
      sigwait(&signals_, &signal);
      if (done_) return;
      std::cerr << "quotetrace: stopping as the reads in progress end (again: at once)\n";
      stop();
      sigwait(&signals_, &signal);
      if (!done_) _exit(128 + signal);
    });
  }
  // The waiter is woken to end.
  ~StopOnSignal() {
    done_ = true;
    pthread_kill(waiter_.native_handle(), SIGTERM);
    waiter_.join();
    pthread_sigmask(SIG_SETMASK, &old_mask_, nullptr);
  }

 private:
  sigset_t signals_, old_mask_;
  std::atomic<bool> done_{false};
  std::thread waiter_;
};

void Respond(const ApiResponse& answer, httplib::Response& res) {
  res.status = answer.status;
  res.set_header("Cache-Control", "no-store");
  if (answer.csv) {
    res.set_header("Content-Disposition", "attachment; filename=\"quotations.csv\"");
    res.set_content(answer.body, "text/csv; charset=utf-8");
  } else {
    res.set_content(answer.body, "application/json; charset=utf-8");
  }
}

}  // namespace

Status Serve(const ServeOptions& options, const std::function<void(int port)>& on_listening) {
  Api api(options.db);
  httplib::Server server;
  // SO_REUSEADDR alone: httplib's default adds SO_REUSEPORT, with which a
  // second server on the same port starts without a word and takes half
  // of the first one's requests.
  server.set_socket_options([](socket_t sock) {
    const int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  server.Get("/", [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_content(kWebPage, "text/html; charset=utf-8");
  });
  server.Get(R"(/api/.*)", [&api](const httplib::Request& req, httplib::Response& res) {
    Respond(api.Get({req.path, req.params}), res);
  });
  server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (res.body.empty()) {  // a path no handler takes, or a method other than GET
      Respond(ErrorResponse(res.status,
                            std::to_string(res.status) + " for " + req.method + " " + req.path),
              res);
    }
  });
  // A line per request, with how long it took: a request is handled on
  // one thread from routing to logging, so its start is that thread's.
  std::mutex log_mutex;
  if (options.log != nullptr) {
    static thread_local std::chrono::steady_clock::time_point started;
    server.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
      started = std::chrono::steady_clock::now();
      return httplib::Server::HandlerResponse::Unhandled;
    });
    server.set_logger([&](const httplib::Request& req, const httplib::Response& res) {
      const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now() - started)
                          .count();
      std::lock_guard<std::mutex> lock(log_mutex);
      *options.log << req.method << ' ' << req.target << ' ' << res.status << ' ' << ms << " ms\n"
                   << std::flush;
    });
  }
  const int port = options.port == 0
                       ? server.bind_to_any_port(options.host)
                       : (server.bind_to_port(options.host, options.port) ? options.port : -1);
  if (port < 0) {
    return Status::Error("cannot listen on " + options.host + ":" + std::to_string(options.port) +
                         " (in use, or not an address of this machine)");
  }
  // The reads in progress are interrupted first: the server's stop waits
  // for its requests to end.
  StopOnSignal stop([&] {
    api.Interrupt();
    server.stop();
  });
  std::thread warm([&api] { api.Warm(); });
  on_listening(port);
  server.listen_after_bind();
  warm.join();
  return Status::Ok();
}

}  // namespace qt::serve
