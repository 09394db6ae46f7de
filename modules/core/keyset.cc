// Cursor and ISO week parsing.
#include "core/keyset.h"

#include <charconv>
#include <chrono>

namespace core {
namespace {

template <typename T>
bool ParseDigits(std::string_view s, T* out) {
  if (s.empty() || s.size() > 19) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size();
}

int IsoWeeksInYear(int year) {
  using namespace std::chrono;
  // A year has 53 ISO weeks when 1 January is a Thursday, or a Wednesday in a leap year.
  weekday jan1{sys_days{std::chrono::year{year} / January / 1}};
  bool leap = std::chrono::year{year}.is_leap();
  return (jan1 == Thursday || (leap && jan1 == Wednesday)) ? 53 : 52;
}

}  // namespace

std::string FormatCursor(const KeysetCursor& cursor) {
  return std::to_string(static_cast<int64_t>(cursor.time)) + "-" + std::to_string(cursor.id);
}

std::optional<KeysetCursor> ParseCursor(std::string_view text) {
  size_t dash = text.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  int64_t time = 0;
  uint64_t id = 0;
  if (!ParseDigits(text.substr(0, dash), &time) || !ParseDigits(text.substr(dash + 1), &id)) {
    return std::nullopt;
  }
  // Up to year 9999; ids are positive.
  if (time > 253402300799LL || id == 0) return std::nullopt;
  return KeysetCursor{static_cast<std::time_t>(time), id};
}

std::optional<IsoWeekValue> ParseIsoWeek(std::string_view text) {
  if (text.size() != 8 || text[4] != '-' || text[5] != 'W') return std::nullopt;
  int year = 0, week = 0;
  if (!ParseDigits(text.substr(0, 4), &year) || !ParseDigits(text.substr(6, 2), &week)) {
    return std::nullopt;
  }
  if (year < 1970 || year > 9998 || week < 1 || week > IsoWeeksInYear(year)) return std::nullopt;
  return IsoWeekValue{year, week};
}

}  // namespace core
