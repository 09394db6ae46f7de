// Small helpers shared by the unit tests: readable quoting of inputs in failure
// messages, and UTC instants built without the code under test.
#ifndef EDUPORTAL_TESTS_UNIT_CHECK_H_
#define EDUPORTAL_TESTS_UNIT_CHECK_H_

#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <string_view>

namespace unit {

// "abc\x01" → "\"abc\\x01\"": control characters (C0, DEL and C1) and bytes that are
// not part of a well-formed UTF-8 sequence are made visible; other text is kept.
inline std::string Quote(std::string_view s) {
  std::string out = "\"";
  char buf[16];
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
        std::snprintf(buf, sizeof buf, "\\x%02x", c);
        out += buf;
      } else {
        out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    size_t len = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? (c <= 0xef ? 3 : 0) : c >= 0xc2 ? 2 : 0;
    bool ok = len > 0 && i + len <= s.size();
    for (size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xc0) == 0x80;
    if (!ok) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
      ++i;
      continue;
    }
    if (len == 2 && c == 0xc2 && static_cast<unsigned char>(s[i + 1]) < 0xa0) {  // C1 control
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(s[i + 1]));
      out += buf;
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out + "\"";
}

// The epoch seconds of a UTC wall-clock time.
inline std::time_t Utc(int year, unsigned month, unsigned day, int hour = 0, int minute = 0,
                       int second = 0) {
  using namespace std::chrono;
  sys_days d{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}};
  return static_cast<std::time_t>(d.time_since_epoch().count()) * 86400 + hour * 3600 +
         minute * 60 + second;
}

}  // namespace unit

#endif  // EDUPORTAL_TESTS_UNIT_CHECK_H_
