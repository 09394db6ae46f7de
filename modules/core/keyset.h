// Keyset pagination cursors over (published_at, id): a page costs the same at row 20
// or row 1,000,000. A cursor is "<epoch seconds>-<id>", the sort key of the row it
// continues after (or before).
#ifndef EDUPORTAL_CORE_KEYSET_H_
#define EDUPORTAL_CORE_KEYSET_H_

#include <cstdint>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>

namespace core {

struct KeysetCursor {
  std::time_t time = 0;
  uint64_t id = 0;
};

std::string FormatCursor(const KeysetCursor& cursor);
// nullopt unless exactly two runs of digits joined by '-', each in range, id ≥ 1.
std::optional<KeysetCursor> ParseCursor(std::string_view text);

// ISO 8601 week "2026-W47" → its year and week (1–53, checked against the year).
struct IsoWeekValue {
  int year = 0;
  int week = 0;
};
std::optional<IsoWeekValue> ParseIsoWeek(std::string_view text);

}  // namespace core

#endif  // EDUPORTAL_CORE_KEYSET_H_
