// Logging: one line per event to the module's log file (stderr until opened), safe
// across threads.
#ifndef EDUPORTAL_CORE_LOG_H_
#define EDUPORTAL_CORE_LOG_H_

#include <string>

namespace core::log {

// Appends to `path` from now on; false when it cannot be opened (stderr stays).
bool Open(const std::string& path);

void Info(const char* format, ...) __attribute__((format(printf, 1, 2)));
void Error(const char* format, ...) __attribute__((format(printf, 1, 2)));

}  // namespace core::log

#endif  // EDUPORTAL_CORE_LOG_H_
