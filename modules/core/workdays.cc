// Working days over std::chrono's civil calendar.
#include "core/workdays.h"

#include <chrono>
#include <cstdio>

#include "core/vntext.h"

namespace core::workdays {

using namespace std::chrono;

Day FromYmd(int year, int month, int day) {
  sys_days d{std::chrono::year{year} / std::chrono::month{static_cast<unsigned>(month)} /
             std::chrono::day{static_cast<unsigned>(day)}};
  return static_cast<Day>(d.time_since_epoch().count());
}

std::optional<Day> Parse(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  size_t starts[3] = {0, 5, 8}, lens[3] = {4, 2, 2};
  for (int i = 0; i < 3; ++i) {
    for (size_t k = 0; k < lens[i]; ++k) {
      char c = iso[starts[i] + k];
      if (c < '0' || c > '9') return std::nullopt;
      v[i] = v[i] * 10 + (c - '0');
    }
  }
  year_month_day ymd{std::chrono::year{v[0]}, std::chrono::month{static_cast<unsigned>(v[1])},
                     std::chrono::day{static_cast<unsigned>(v[2])}};
  if (!ymd.ok() || v[0] < 1900 || v[0] > 2200) return std::nullopt;
  return static_cast<Day>(sys_days{ymd}.time_since_epoch().count());
}

static year_month_day Ymd(Day day) { return year_month_day{sys_days{days{day}}}; }

std::string ToIso(Day day) {
  year_month_day ymd = Ymd(day);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

std::string ToVn(Day day) {
  year_month_day ymd = Ymd(day);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", static_cast<unsigned>(ymd.day()),
                static_cast<unsigned>(ymd.month()), static_cast<int>(ymd.year()));
  return buf;
}

int Weekday(Day day) { return static_cast<int>(weekday{sys_days{days{day}}}.c_encoding()); }

Day LocalDay(std::time_t utc) {
  vntext::LocalTime t = vntext::ToLocal(utc);
  return FromYmd(t.year, t.month, t.day);
}

std::time_t EndOfDay(Day day) {
  year_month_day ymd = Ymd(day);
  return vntext::FromLocal(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                           static_cast<int>(static_cast<unsigned>(ymd.day())), 23, 59, 59);
}

bool Calendar::IsWorkingDay(Day day) const {
  int wd = Weekday(day);
  if (wd == 0 || wd == 6) return worked_.count(day) > 0;
  return off_.count(day) == 0;
}

Day Calendar::AddWorkingDays(Day start, int n) const {
  Day d = start;
  // Bounded: no calendar has a year without working days.
  for (int guard = 0; n > 0 && guard < 3660; ++guard) {
    ++d;
    if (IsWorkingDay(d)) --n;
  }
  return d;
}

int Calendar::CountWorkingDays(Day from, Day to) const {
  int n = 0;
  for (Day d = from + 1; d <= to && d - from <= 3660; ++d) n += IsWorkingDay(d) ? 1 : 0;
  return n;
}

Result<Calendar> Calendar::Load(Db& db) {
  Result<Rows> rows = db.Query("SELECT DATE_FORMAT(day, '%Y-%m-%d'), kind FROM holidays ORDER BY day LIMIT 5000");
  if (!rows.ok()) return rows.status();
  Calendar calendar;
  for (const Row& r : *rows) {
    std::optional<Day> d = Parse(r.Str(0));
    if (!d) continue;
    if (r.Str(1) == "lam-bu") calendar.AddWorkedDay(*d);
    else calendar.AddDayOff(*d);
  }
  return calendar;
}

}  // namespace core::workdays
