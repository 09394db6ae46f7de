#include "portalctl/mail.h"

#include <signal.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "core/outbox.h"

namespace portalctl {
namespace {

using core::Result;
using core::Status;

std::atomic<bool> g_stop{false};
void OnSignal(int) { g_stop = true; }

constexpr char kDueSql[] =
    "SELECT id, site_id, kind, recipient, subject, body, UNIX_TIMESTAMP(created_at), attempts "
    "FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= UTC_TIMESTAMP() "
    "ORDER BY id LIMIT 50";
constexpr char kSentSql[] = "UPDATE mail_outbox SET sent_at = UTC_TIMESTAMP(), attempts = attempts + 1 WHERE id = ?";
constexpr char kRetrySql[] =
    "UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, "
    "next_attempt_at = UTC_TIMESTAMP() + INTERVAL ? MINUTE, "
    "failed_at = IF(attempts >= ?, UTC_TIMESTAMP(), NULL) WHERE id = ?";
constexpr int kMaxAttempts = 8;
constexpr int kTimeoutSeconds = 30;

std::vector<std::string> SplitCommand(const std::string& command) {
  std::vector<std::string> argv;
  size_t i = 0;
  while (i < command.size()) {
    while (i < command.size() && command[i] == ' ') ++i;
    size_t start = i;
    while (i < command.size() && command[i] != ' ') ++i;
    if (i > start) argv.push_back(command.substr(start, i - start));
  }
  return argv;
}

// Runs the command with `message` on its standard input; "" on success, else why not.
std::string Deliver(const std::vector<std::string>& command, const std::string& message) {
  if (command.empty()) return "no [mail] sendmail command";
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return std::string("pipe: ") + std::strerror(errno);
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return std::string("fork: ") + std::strerror(errno);
  }
  if (pid == 0) {
    dup2(fds[0], STDIN_FILENO);
    std::vector<char*> argv;
    for (const std::string& a : command) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(fds[0]);
  // A command that dies early must not kill us with SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  size_t written = 0;
  while (written < message.size()) {
    ssize_t n = write(fds[1], message.data() + written, message.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    written += static_cast<size_t>(n);
  }
  close(fds[1]);
  int status = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(kTimeoutSeconds);
  while (true) {
    pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) return std::string("waitpid: ") + std::strerror(errno);
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      return "the sendmail command took longer than 30 s";
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (written < message.size()) return "the sendmail command did not read the whole message";
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return "";
  if (WIFEXITED(status)) return "the sendmail command exited with status " + std::to_string(WEXITSTATUS(status));
  return "the sendmail command was killed by signal " + std::to_string(WTERMSIG(status));
}

// One pass over the due rows; the number sent, or the database's failure.
Result<int> SendDue(core::Db& db, const core::Config& config) {
  Result<core::Rows> due = db.Query(kDueSql);
  if (!due.ok()) return due.status();
  const std::vector<std::string> command = SplitCommand(config.mail_command);
  int sent = 0;
  for (const core::Row& row : *due) {
    core::outbox::Mail mail;
    mail.site_id = static_cast<uint32_t>(row.Int(1));
    mail.kind = row.Str(2);
    mail.to = row.Str(3);
    mail.subject = row.Str(4);
    mail.body = row.Str(5);
    const uint64_t id = static_cast<uint64_t>(row.Int(0));
    std::string error = Deliver(command, core::outbox::Compose(config.mail_from, mail, row.Int(6), id));
    if (error.empty()) {
      Result<core::ExecResult> marked = db.Execute(kSentSql, {id});
      if (!marked.ok()) return marked.status();
      ++sent;
    } else {
      long long attempts = row.Int(7);
      long long wait = 1LL << std::min<long long>(attempts, 6);
      std::fprintf(stderr, "portalctl mail: message %llu to %s: %s\n", static_cast<unsigned long long>(id),
                   mail.to.c_str(), error.c_str());
      Result<core::ExecResult> marked = db.Execute(kRetrySql, {error.substr(0, 500), wait, kMaxAttempts - 1, id});
      if (!marked.ok()) return marked.status();
    }
  }
  return sent;
}

}  // namespace

int Mail(core::Db& db, const core::Config& config, bool follow) {
  std::signal(SIGTERM, OnSignal);
  std::signal(SIGINT, OnSignal);
  do {
    Result<int> sent = SendDue(db, config);
    if (!sent.ok()) {
      std::fprintf(stderr, "portalctl mail: %s\n", sent.status().ToString().c_str());
      if (!follow) return 1;
    } else if (!follow) {
      std::printf("mail: %d thư đã gửi\n", *sent);
    }
    for (int i = 0; follow && i < 20 && !g_stop; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  } while (follow && !g_stop);
  return 0;
}

}  // namespace portalctl
