// Tests for modules/core/keyset.cc: keyset cursors and ISO weeks.
#include "core/keyset.h"
#include "core/isoweek.h"

#include <cppunit/extensions/HelperMacros.h>

#include <chrono>
#include <string>

#include "unit/check.h"

namespace core {
namespace {

using unit::Quote;

class KeysetTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(KeysetTest);
  CPPUNIT_TEST(testFormatCursor);
  CPPUNIT_TEST(testParseCursor);
  CPPUNIT_TEST(testCursorRoundTrip);
  CPPUNIT_TEST(testParseCursorRejects);
  CPPUNIT_TEST(testParseIsoWeek);
  CPPUNIT_TEST(testParseIsoWeekRejects);
  CPPUNIT_TEST(testWeekDays);
  CPPUNIT_TEST(testIsoWeek53OnlyInLongYears);
  CPPUNIT_TEST_SUITE_END();

 public:
  void testFormatCursor() {
    CPPUNIT_ASSERT_EQUAL(std::string("1476947100-42"), FormatCursor({1476947100, 42}));
    CPPUNIT_ASSERT_EQUAL(std::string("0-1"), FormatCursor({0, 1}));
  }

  void testParseCursor() {
    std::optional<KeysetCursor> c = ParseCursor("1476947100-42");
    CPPUNIT_ASSERT(c.has_value());
    CPPUNIT_ASSERT_EQUAL(std::time_t{1476947100}, c->time);
    CPPUNIT_ASSERT_EQUAL(uint64_t{42}, c->id);
    std::optional<KeysetCursor> zero = ParseCursor("0-1");
    CPPUNIT_ASSERT(zero.has_value());
    CPPUNIT_ASSERT_EQUAL(std::time_t{0}, zero->time);
    // Leading zeros are digits too.
    std::optional<KeysetCursor> padded = ParseCursor("0010-007");
    CPPUNIT_ASSERT(padded.has_value());
    CPPUNIT_ASSERT_EQUAL(std::time_t{10}, padded->time);
    CPPUNIT_ASSERT_EQUAL(uint64_t{7}, padded->id);
    // The last second of year 9999 is the latest time.
    CPPUNIT_ASSERT(ParseCursor("253402300799-1").has_value());
    CPPUNIT_ASSERT(ParseCursor("1-9999999999999999999").has_value());
  }

  void testCursorRoundTrip() {
    const KeysetCursor cursors[] = {
        {0, 1}, {1476947100, 42}, {1893456000, 4294967296ULL}, {253402300799, 9999999999999999999ULL}};
    for (const KeysetCursor& c : cursors) {
      std::string text = FormatCursor(c);
      std::optional<KeysetCursor> back = ParseCursor(text);
      CPPUNIT_ASSERT_MESSAGE(text, back.has_value());
      CPPUNIT_ASSERT_EQUAL_MESSAGE(text, c.time, back->time);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(text, c.id, back->id);
    }
  }

  void testParseCursorRejects() {
    const char* inputs[] = {
        "",
        "-",
        "1-",
        "-1",
        "1-0",     // ids start at 1
        "abc-1",
        "1-abc",
        "1-2-3",
        "1--2",
        "+1-2",
        "1-+2",
        " 1-2",
        "1-2 ",
        "1.5-2",
        "1476947100",
        "1476947100_42",
        "253402300800-1",           // after year 9999
        "9223372036854775807-1",    // int64 max seconds
        "9223372036854775808-1",    // beyond int64
        "99999999999999999999-1",   // 20 digits
        "1-18446744073709551616",   // beyond uint64
        "1-99999999999999999999999",
        "１-２",                    // full-width digits
    };
    for (const char* input : inputs) {
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !ParseCursor(input).has_value());
    }
  }

  void testWeekDays() {
    using namespace std::chrono;
    // Week 1 of 2026 starts in 2025; 1 January 2027 is in week 53 of 2026.
    CPPUNIT_ASSERT(core::MondayOf({2026, 1}) == sys_days{2025y / December / 29});
    CPPUNIT_ASSERT(core::MondayOf({2026, 47}) == sys_days{2026y / November / 16});
    core::IsoWeekValue w = core::IsoWeekOf(sys_days{2027y / January / 1});
    CPPUNIT_ASSERT_EQUAL(2026, w.year);
    CPPUNIT_ASSERT_EQUAL(53, w.week);
    CPPUNIT_ASSERT_EQUAL(std::string("2026-W05"), core::WeekParam({2026, 5}));
  }

  void testParseIsoWeek() {
    std::optional<IsoWeekValue> w = ParseIsoWeek("2026-W47");
    CPPUNIT_ASSERT(w.has_value());
    CPPUNIT_ASSERT_EQUAL(2026, w->year);
    CPPUNIT_ASSERT_EQUAL(47, w->week);
    std::optional<IsoWeekValue> first = ParseIsoWeek("2016-W01");
    CPPUNIT_ASSERT(first.has_value());
    CPPUNIT_ASSERT_EQUAL(1, first->week);
  }

  void testParseIsoWeekRejects() {
    const char* inputs[] = {"",         "2026-W1",  "2026-W001", "2026-w47", "2026W47",
                            "2026-47",  "2026-W00", "2026-W54",  "2026-W99", "1969-W10",
                            "9999-W01", "20a6-W10", "2026-W+1",  "2026-Wx1", "2026/W47",
                            "+026-W47", "2026-W47 "};
    for (const char* input : inputs) {
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !ParseIsoWeek(input).has_value());
    }
  }

  void testIsoWeek53OnlyInLongYears() {
    // A year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a leap
    // year. Checked against `date +%G-W%V` for 31 December / 3 January.
    struct Case {
      int year;
      bool has53;
    };
    const Case cases[] = {
        {2015, true},  {2016, false}, {2019, false}, {2020, true},  {2021, false},
        {2025, false}, {2026, true},  {2027, false}, {2032, true},  {2037, true},
        {1970, true},  {1976, true},  {2004, true},  {2009, true},  {2100, false},
    };
    for (const Case& c : cases) {
      std::string text = std::to_string(c.year) + "-W53";
      CPPUNIT_ASSERT_EQUAL_MESSAGE(text, c.has53, ParseIsoWeek(text).has_value());
      std::string w52 = std::to_string(c.year) + "-W52";
      CPPUNIT_ASSERT_MESSAGE(w52, ParseIsoWeek(w52).has_value());
    }
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(KeysetTest);

}  // namespace
}  // namespace core
