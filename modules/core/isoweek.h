// Days of ISO 8601 weeks, for the weekly work schedule (lịch công tác) of the public page and
// of the staff editor. Weeks are parsed by core::ParseIsoWeek (keyset.h).
#ifndef EDUPORTAL_CORE_ISOWEEK_H_
#define EDUPORTAL_CORE_ISOWEEK_H_

#include <chrono>
#include <string>

#include "core/keyset.h"

namespace core {

// Monday of the week: week 1 holds 4 January.
std::chrono::sys_days MondayOf(IsoWeekValue week);
// The week a day belongs to: the week's Thursday decides the year.
IsoWeekValue IsoWeekOf(std::chrono::sys_days day);
// The week as written in URLs: "2026-W47".
std::string WeekParam(IsoWeekValue week);

}  // namespace core

#endif  // EDUPORTAL_CORE_ISOWEEK_H_
