#include "core/isoweek.h"

#include <cstdio>

namespace core {

namespace chr = std::chrono;

chr::sys_days MondayOf(IsoWeekValue week) {
  chr::sys_days jan4{chr::year{week.year} / chr::January / 4};
  unsigned weekday = chr::weekday{jan4}.iso_encoding();  // 1 = Monday … 7 = Sunday
  return jan4 - chr::days{weekday - 1} + chr::weeks{week.week - 1};
}

IsoWeekValue IsoWeekOf(chr::sys_days day) {
  unsigned weekday = chr::weekday{day}.iso_encoding();
  chr::sys_days thursday = day - chr::days{weekday - 1} + chr::days{3};
  chr::year year = chr::year_month_day{thursday}.year();
  long index = (thursday - chr::sys_days{year / chr::January / 1}).count() / 7;
  return {static_cast<int>(year), static_cast<int>(index) + 1};
}

std::string WeekParam(IsoWeekValue week) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", week.year, week.week);
  return buf;
}

}  // namespace core
