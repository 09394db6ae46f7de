// Working days (ngày làm việc): Monday to Friday, except the public holidays and days
// off in lieu the government announces, plus the weekend days worked in exchange (làm
// bù). The exceptions are data (table `holidays`, migration 0070), loaded into a
// Calendar; deadlines "within N working days" (seed 002 Điều 14.2) are counted on it.
#ifndef EDUPORTAL_CORE_WORKDAYS_H_
#define EDUPORTAL_CORE_WORKDAYS_H_

#include <ctime>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/db.h"
#include "core/status.h"

namespace core::workdays {

// A civil date as days since 1970-01-01 (negative before).
using Day = long;

Day FromYmd(int year, int month, int day);
// "2026-02-17" → Day; nullopt when malformed or not a real date.
std::optional<Day> Parse(std::string_view iso);
// Day → "2026-02-17".
std::string ToIso(Day day);
// Day → "17/02/2026".
std::string ToVn(Day day);
// 0 = Sunday … 6 = Saturday.
int Weekday(Day day);
// The calendar day in Asia/Ho_Chi_Minh of an instant.
Day LocalDay(std::time_t utc);
// The last second (23:59:59 in Asia/Ho_Chi_Minh) of a day, as a UTC instant.
std::time_t EndOfDay(Day day);

class Calendar {
 public:
  // A weekday that is not worked (holiday, day off in lieu, swapped day).
  void AddDayOff(Day day) { off_.insert(day); }
  // A Saturday or Sunday that is worked (làm bù).
  void AddWorkedDay(Day day) { worked_.insert(day); }

  bool IsWorkingDay(Day day) const;
  // The n-th working day after `start` (start itself not counted): received on any day,
  // "within 5 working days" ends on AddWorkingDays(received, 5). n = 0 returns start.
  Day AddWorkingDays(Day start, int n) const;
  // Working days in (from, to]; 0 when to <= from.
  int CountWorkingDays(Day from, Day to) const;

  // The calendar of the `holidays` table.
  static Result<Calendar> Load(Db& db);

 private:
  std::set<Day> off_, worked_;
};

}  // namespace core::workdays

#endif  // EDUPORTAL_CORE_WORKDAYS_H_
