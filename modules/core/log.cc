// Thread-safe line logging with UTC timestamps.
#include "core/log.h"

#include <cstdarg>
#include <cstdio>
#include <ctime>
#include <mutex>

namespace core::log {
namespace {

std::mutex g_mu;
FILE* g_out = nullptr;  // guarded by g_mu; null means stderr

void Write(const char* level, const char* format, va_list args) {
  char line[4096];
  std::time_t now = std::time(nullptr);
  std::tm tm;
  gmtime_r(&now, &tm);
  int n = static_cast<int>(std::strftime(line, sizeof line, "%Y-%m-%dT%H:%M:%SZ ", &tm));
  n += std::snprintf(line + n, sizeof line - n, "%s ", level);
  if (n < static_cast<int>(sizeof line)) std::vsnprintf(line + n, sizeof line - n, format, args);
  std::lock_guard<std::mutex> lock(g_mu);
  FILE* out = g_out ? g_out : stderr;
  std::fputs(line, out);
  std::fputc('\n', out);
  std::fflush(out);
}

}  // namespace

bool Open(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "ae");
  if (!f) return false;
  std::lock_guard<std::mutex> lock(g_mu);
  if (g_out) std::fclose(g_out);
  g_out = f;
  return true;
}

void Info(const char* format, ...) {
  va_list args;
  va_start(args, format);
  Write("INFO", format, args);
  va_end(args);
}

void Error(const char* format, ...) {
  va_list args;
  va_start(args, format);
  Write("ERROR", format, args);
  va_end(args);
}

}  // namespace core::log
