// Tests for modules/core/workdays.cc: working-day arithmetic on the calendar that ships in
// migration 0070 (read from the file, so the data is tested too), across Tết and the
// swapped and makeup days.
#include "core/workdays.h"

#include "core/feedback.h"

#include <cppunit/extensions/HelperMacros.h>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "unit/check.h"

namespace core::workdays {
namespace {

Day D(const char* iso) {
  std::optional<Day> d = Parse(iso);
  CPPUNIT_ASSERT_MESSAGE(iso, d.has_value());
  return *d;
}

// The (day, kind) rows of db/migrations/0070_holidays.sql: "('2026-02-17', 'nghi', …".
std::vector<std::pair<std::string, std::string>> ShippedRows() {
  std::ifstream in("db/migrations/0070_holidays.sql");
  CPPUNIT_ASSERT_MESSAGE("run from the repository root", in.good());
  std::stringstream text;
  text << in.rdbuf();
  std::string s = text.str();
  std::vector<std::pair<std::string, std::string>> rows;
  for (size_t at = s.find("('"); at != std::string::npos; at = s.find("('", at + 2)) {
    if (at + 16 > s.size() || s.compare(at + 12, 4, "', '") != 0) continue;
    size_t end = s.find('\'', at + 16);
    if (end == std::string::npos) break;
    rows.emplace_back(s.substr(at + 2, 10), s.substr(at + 16, end - at - 16));
  }
  return rows;
}

// The calendar of the rows in db/migrations/0070_holidays.sql.
Calendar Shipped() {
  Calendar c;
  int n = 0;
  for (const auto& [day, kind] : ShippedRows()) {
    Day d = D(day.c_str());
    if (kind == "lam-bu") c.AddWorkedDay(d);
    else c.AddDayOff(d);
    ++n;
  }
  CPPUNIT_ASSERT_MESSAGE("holiday rows", n >= 30);
  return c;
}

class WorkdaysTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(WorkdaysTest);
  CPPUNIT_TEST(testParseAndFormat);
  CPPUNIT_TEST(testWeekends);
  CPPUNIT_TEST(testAcrossTet2025);
  CPPUNIT_TEST(testAcrossTet2026);
  CPPUNIT_TEST(testTenDaysAcrossTet2026);
  CPPUNIT_TEST(testAcrossTet2027);
  CPPUNIT_TEST(testReceivedOnWeekendOrHoliday);
  CPPUNIT_TEST(testMakeupSaturdayCounts);
  CPPUNIT_TEST(testHungKingsSundayInLieu);
  CPPUNIT_TEST(testCountWorkingDays);
  CPPUNIT_TEST(testShippedDataIsConsistent);
  CPPUNIT_TEST(testFeedbackDueDayIsLocal);
  CPPUNIT_TEST_SUITE_END();

 public:
  void testParseAndFormat() {
    CPPUNIT_ASSERT_EQUAL(std::string("2026-02-17"), ToIso(D("2026-02-17")));
    CPPUNIT_ASSERT_EQUAL(std::string("17/02/2026"), ToVn(D("2026-02-17")));
    CPPUNIT_ASSERT_EQUAL(Day{0}, D("1970-01-01"));
    for (const char* bad : {"2026-02-30", "2026-13-01", "2026-2-17", "20260217xx", "", "2026-02-1a", "2025-02-29"}) {
      CPPUNIT_ASSERT_MESSAGE(unit::Quote(bad), !Parse(bad).has_value());
    }
    CPPUNIT_ASSERT(Parse("2024-02-29").has_value());
    CPPUNIT_ASSERT_EQUAL(1, Weekday(D("2026-11-23")));  // Monday
    CPPUNIT_ASSERT_EQUAL(D("2026-11-23"), LocalDay(EndOfDay(D("2026-11-23"))));
    // 23:59:59 in Hà Nội is 16:59:59 UTC.
    CPPUNIT_ASSERT_EQUAL(std::time_t{1763917199}, EndOfDay(D("2025-11-23")));
  }

  void testWeekends() {
    Calendar plain;
    CPPUNIT_ASSERT(!plain.IsWorkingDay(D("2026-11-21")));  // Saturday
    CPPUNIT_ASSERT(!plain.IsWorkingDay(D("2026-11-22")));  // Sunday
    CPPUNIT_ASSERT(plain.IsWorkingDay(D("2026-11-23")));
    // Monday + 5 → next Monday; Friday + 1 → Monday; + 0 is the day itself.
    CPPUNIT_ASSERT_EQUAL(D("2026-11-30"), plain.AddWorkingDays(D("2026-11-23"), 5));
    CPPUNIT_ASSERT_EQUAL(D("2026-11-30"), plain.AddWorkingDays(D("2026-11-27"), 1));
    CPPUNIT_ASSERT_EQUAL(D("2026-11-27"), plain.AddWorkingDays(D("2026-11-27"), 0));
    CPPUNIT_ASSERT_EQUAL(D("2026-12-07"), plain.AddWorkingDays(D("2026-11-23"), 10));
  }

  void testAcrossTet2025() {
    Calendar c = Shipped();
    // Friday before Tết Ất Tỵ: 27–31/1 off, then the weekend: 3/2 is the first day.
    CPPUNIT_ASSERT_EQUAL(D("2025-02-03"), c.AddWorkingDays(D("2025-01-24"), 1));
    CPPUNIT_ASSERT_EQUAL(D("2025-02-07"), c.AddWorkingDays(D("2025-01-24"), 5));
    CPPUNIT_ASSERT(!c.IsWorkingDay(D("2025-01-29")));
  }

  void testAcrossTet2026() {
    Calendar c = Shipped();
    // Friday 13/2/2026: 16–20/2 are Tết Bính Ngọ, so 5 working days end Friday 27/2.
    CPPUNIT_ASSERT_EQUAL(D("2026-02-27"), c.AddWorkingDays(D("2026-02-13"), 5));
    for (const char* d : {"2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"}) {
      CPPUNIT_ASSERT_MESSAGE(d, !c.IsWorkingDay(D(d)));
    }
    CPPUNIT_ASSERT(c.IsWorkingDay(D("2026-02-23")));
  }

  void testTenDaysAcrossTet2026() {
    Calendar c = Shipped();
    // Complex case (10 days), Thursday 12/2: 13/2, then 23/2–27/2, then 2/3–5/3.
    CPPUNIT_ASSERT_EQUAL(D("2026-03-05"), c.AddWorkingDays(D("2026-02-12"), 10));
  }

  void testAcrossTet2027() {
    Calendar c = Shipped();
    // Tết Đinh Mùi: 5/2 and 8–11/2 off; Thursday 4/2 + 1 is Friday 12/2.
    CPPUNIT_ASSERT_EQUAL(D("2027-02-12"), c.AddWorkingDays(D("2027-02-04"), 1));
    CPPUNIT_ASSERT_EQUAL(D("2027-02-18"), c.AddWorkingDays(D("2027-02-04"), 5));
  }

  void testReceivedOnWeekendOrHoliday() {
    Calendar c = Shipped();
    // Sent on Saturday 14/2/2026 or on mùng 1 Tết: the count starts after Tết.
    CPPUNIT_ASSERT_EQUAL(D("2026-02-27"), c.AddWorkingDays(D("2026-02-14"), 5));
    CPPUNIT_ASSERT_EQUAL(D("2026-02-27"), c.AddWorkingDays(D("2026-02-17"), 5));
  }

  void testMakeupSaturdayCounts() {
    Calendar c = Shipped();
    // Saturday 26/4/2025 is worked in exchange for Friday 2/5.
    CPPUNIT_ASSERT(c.IsWorkingDay(D("2025-04-26")));
    CPPUNIT_ASSERT(!c.IsWorkingDay(D("2025-05-02")));
    CPPUNIT_ASSERT_EQUAL(D("2025-04-26"), c.AddWorkingDays(D("2025-04-25"), 1));
    CPPUNIT_ASSERT_EQUAL(D("2025-05-06"), c.AddWorkingDays(D("2025-04-25"), 5));
    // New Year 2026: Friday 2/1 swapped with Saturday 10/1.
    CPPUNIT_ASSERT_EQUAL(D("2026-01-15"), c.AddWorkingDays(D("2026-01-09"), 5));
  }

  void testHungKingsSundayInLieu() {
    Calendar c = Shipped();
    // 10/3 âm lịch 2026 is Sunday 26/4: Monday 27/4 off; 30/4 and 1/5 too.
    CPPUNIT_ASSERT_EQUAL(D("2026-04-28"), c.AddWorkingDays(D("2026-04-24"), 1));
    CPPUNIT_ASSERT_EQUAL(D("2026-05-04"), c.AddWorkingDays(D("2026-04-24"), 3));
  }

  void testCountWorkingDays() {
    Calendar c = Shipped();
    CPPUNIT_ASSERT_EQUAL(5, c.CountWorkingDays(D("2026-02-13"), D("2026-02-27")));
    CPPUNIT_ASSERT_EQUAL(0, c.CountWorkingDays(D("2026-02-13"), D("2026-02-22")));
    CPPUNIT_ASSERT_EQUAL(0, c.CountWorkingDays(D("2026-02-27"), D("2026-02-13")));
    for (int n : {1, 5, 10, 22}) {
      Day start = D("2027-01-28");
      CPPUNIT_ASSERT_EQUAL(n, c.CountWorkingDays(start, c.AddWorkingDays(start, n)));
    }
  }

  void testFeedbackDueDayIsLocal() {
    Calendar c = Shipped();
    // 16:30 UTC on Friday 13/2/2026 is 23:30 Friday in Hà Nội; 17:30 UTC is already Saturday.
    std::time_t friday_night = EndOfDay(D("2026-02-13")) - 1800;
    std::time_t saturday = EndOfDay(D("2026-02-13")) + 1800;
    CPPUNIT_ASSERT_EQUAL(D("2026-02-27"), feedback::DueDay(c, friday_night, false));
    CPPUNIT_ASSERT_EQUAL(D("2026-02-27"), feedback::DueDay(c, saturday, false));
    CPPUNIT_ASSERT_EQUAL(D("2026-03-06"), feedback::DueDay(c, saturday, true));
    CPPUNIT_ASSERT_EQUAL(D("2026-03-05"), feedback::DueDay(c, EndOfDay(D("2026-02-12")) - 3600, true));
    CPPUNIT_ASSERT_EQUAL(std::string("ABCDE-FGHJK"), feedback::FormatCode("ABCDEFGHJK"));
    CPPUNIT_ASSERT_EQUAL(std::string("Đã công khai"), feedback::StatusLabel("published"));
  }

  void testShippedDataIsConsistent() {
    // Days off are weekdays, worked days are weekends: anything else is a typing error.
    for (const auto& [day, kind] : ShippedRows()) {
      int wd = Weekday(D(day.c_str()));
      bool weekend = wd == 0 || wd == 6;
      CPPUNIT_ASSERT_MESSAGE(day, kind == "lam-bu" ? weekend : !weekend);
      CPPUNIT_ASSERT_MESSAGE(day, kind == "lam-bu" || kind == "nghi");
    }
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(WorkdaysTest);

}  // namespace
}  // namespace core::workdays
