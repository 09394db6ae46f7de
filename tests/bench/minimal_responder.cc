// The benchmark's "minimal responder": the smallest threaded libfcgi responder, the
// ceiling of the FastCGI architecture (ARCHITECTURE "Performance targets"). It answers
// every request with the bytes of one file, read once at start.
//   minimal_responder SOCKET FILE [THREADS]
// Built and run by tests/bench/run.sh; stopped with SIGTERM or SIGINT.
#include <fcgiapp.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Shared {
  int fd = -1;
  std::string response;  // the whole FastCGI stdout: headers and body
};

void Serve(const Shared* shared) {
  FCGX_Request request;
  if (FCGX_InitRequest(&request, shared->fd, 0) != 0) return;
  while (FCGX_Accept_r(&request) == 0) {
    FCGX_PutStr(shared->response.data(), static_cast<int>(shared->response.size()), request.out);
    FCGX_Finish_r(&request);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3 || argc > 4) {
    std::fprintf(stderr, "usage: %s SOCKET FILE [THREADS]\n", argv[0]);
    return 2;
  }
  const char* socket_path = argv[1];
  int threads = argc == 4 ? std::atoi(argv[3]) : 16;
  if (threads < 1 || threads > 1024) {
    std::fprintf(stderr, "minimal_responder: bad thread count %s\n", argv[3]);
    return 2;
  }
  std::ifstream in(argv[2], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "minimal_responder: cannot read %s\n", argv[2]);
    return 1;
  }
  std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

  Shared shared;
  shared.response = "Status: 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                    std::to_string(body.size()) + "\r\n\r\n" + body;

  if (FCGX_Init() != 0) {
    std::fprintf(stderr, "minimal_responder: FCGX_Init failed\n");
    return 1;
  }
  unlink(socket_path);
  shared.fd = FCGX_OpenSocket(socket_path, 1024);  // the same backlog as portal.fcgi
  if (shared.fd < 0) {
    std::fprintf(stderr, "minimal_responder: cannot listen on %s\n", socket_path);
    return 1;
  }
  chmod(socket_path, 0666);

  // libfcgi turns SIGTERM into "shut down after the next request", which never comes to
  // an idle responder: the signals go to the main thread, which exits on them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  std::vector<std::thread> workers;
  for (int i = 0; i < threads; ++i) workers.emplace_back(Serve, &shared);
  for (auto& t : workers) t.detach();
  int sig = 0;
  sigwait(&signals, &sig);
  unlink(socket_path);
  std::_Exit(0);
}
