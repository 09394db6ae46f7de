// Tests for the pure helpers of modules/core/db.cc: DATETIME text ↔ epoch seconds and
// the Row accessors. No database connection here; the integration tests have one.
#include "core/db.h"
#include "core/like.h"

#include <cppunit/extensions/HelperMacros.h>

#include <stdexcept>
#include <string>

#include "unit/check.h"

namespace core {
namespace {

using unit::Quote;
using unit::Utc;

class DbTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(DbTest);
  CPPUNIT_TEST(testSqlDateTime);
  CPPUNIT_TEST(testParseSqlDateTime);
  CPPUNIT_TEST(testSqlDateTimeRoundTrip);
  CPPUNIT_TEST(testParseSqlDateTimeRejects);
  CPPUNIT_TEST(testParseSqlDateTimeRejectsImpossibleTimes);
  CPPUNIT_TEST(testRowStrAndNull);
  CPPUNIT_TEST(testRowInt);
  CPPUNIT_TEST(testRowTime);
  CPPUNIT_TEST(testRowOutOfRangeThrows);
  CPPUNIT_TEST(testParamKinds);
  CPPUNIT_TEST(testLikeTakesWildcardsLiterally);
  CPPUNIT_TEST_SUITE_END();

 public:
  void testLikeTakesWildcardsLiterally() {
    CPPUNIT_ASSERT_EQUAL(std::string("giáo dục"), core::LikeEscaped("giáo dục"));
    CPPUNIT_ASSERT_EQUAL(std::string("100\\%\\_a\\\\b"), core::LikeEscaped("100%_a\\b"));
    CPPUNIT_ASSERT_EQUAL(std::string("%a\\%%"), core::LikeContains("a%"));
    CPPUNIT_ASSERT_EQUAL(std::string("%%"), core::LikeContains(""));
  }

  void testSqlDateTime() {
    CPPUNIT_ASSERT_EQUAL(std::string("1970-01-01 00:00:00"), SqlDateTime(0));
    CPPUNIT_ASSERT_EQUAL(std::string("2016-10-20 07:05:09"), SqlDateTime(Utc(2016, 10, 20, 7, 5, 9)));
    CPPUNIT_ASSERT_EQUAL(std::string("2024-02-29 23:59:59"), SqlDateTime(Utc(2024, 2, 29, 23, 59, 59)));
    CPPUNIT_ASSERT_EQUAL(std::string("1969-12-31 23:59:59"), SqlDateTime(-1));
    CPPUNIT_ASSERT_EQUAL(std::string("2038-01-19 03:14:08"), SqlDateTime(2147483648LL));
  }

  void testParseSqlDateTime() {
    struct Case {
      const char* input;
      std::time_t expected;
    };
    const Case cases[] = {
        {"1970-01-01 00:00:00", 0},
        {"2016-10-20 07:05:09", Utc(2016, 10, 20, 7, 5, 9)},
        {"2016-10-20", Utc(2016, 10, 20)},  // a DATE column
        {"2024-02-29 12:00:00", Utc(2024, 2, 29, 12)},
        {"2016-10-20 07:05:09.123456", Utc(2016, 10, 20, 7, 5, 9)},  // DATETIME(6)
        {"2038-01-19 03:14:08", 2147483648LL},
    };
    for (const Case& c : cases) {
      std::optional<std::time_t> t = ParseSqlDateTime(c.input);
      CPPUNIT_ASSERT_MESSAGE(Quote(c.input), t.has_value());
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.input), c.expected, *t);
    }
  }

  void testSqlDateTimeRoundTrip() {
    const std::time_t instants[] = {0, 1, 86399, 86400, Utc(2016, 10, 19, 23, 30),
                                    Utc(2000, 2, 29, 1, 2, 3), Utc(2099, 12, 31, 23, 59, 59)};
    for (std::time_t t : instants) {
      std::string text = SqlDateTime(t);
      std::optional<std::time_t> back = ParseSqlDateTime(text);
      CPPUNIT_ASSERT_MESSAGE(text, back.has_value());
      CPPUNIT_ASSERT_EQUAL_MESSAGE(text, t, *back);
    }
  }

  void testParseSqlDateTimeRejects() {
    const char* inputs[] = {
        "",
        "2016",
        "2016-10",
        "hôm nay",
        "0000-00-00 00:00:00",  // MariaDB's zero date
        "2016-00-10",
        "2016-13-01",
        "2016-02-30",
        "2023-02-29",
        "2016-10-32",
        "2016-10-20 07",      // a time must be whole
        "2016-10-20 07:05",
        "20/10/2016",
    };
    for (const char* input : inputs) {
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !ParseSqlDateTime(input).has_value());
    }
  }

  // The date is checked (2016-02-30 is refused); the time should be too, or
  // "2016-10-20 25:00:00" silently becomes 01:00 the next day.
  void testParseSqlDateTimeRejectsImpossibleTimes() {
    const char* inputs[] = {"2016-10-20 25:00:00", "2016-10-20 99:99:99", "2016-10-20 07:60:00",
                            "2016-10-20 07:05:61", "2016-10-20 -1:00:00"};
    for (const char* input : inputs) {
      std::optional<std::time_t> t = ParseSqlDateTime(input);
      CPPUNIT_ASSERT_MESSAGE(Quote(input) + " parsed as " + (t ? SqlDateTime(*t) : ""),
                             !t.has_value());
    }
  }

  void testRowStrAndNull() {
    Row row({std::string("Tiếng Việt"), std::nullopt, std::string("")});
    CPPUNIT_ASSERT_EQUAL(size_t{3}, row.size());
    CPPUNIT_ASSERT_EQUAL(std::string("Tiếng Việt"), row.Str(0));
    CPPUNIT_ASSERT(!row.IsNull(0));
    CPPUNIT_ASSERT_EQUAL(std::string(""), row.Str(1));
    CPPUNIT_ASSERT(row.IsNull(1));
    CPPUNIT_ASSERT(!row.Cell(1).has_value());
    CPPUNIT_ASSERT_EQUAL(std::string(""), row.Str(2));
    CPPUNIT_ASSERT(!row.IsNull(2));  // empty is not NULL
    CPPUNIT_ASSERT(row.Cell(2).has_value());
    CPPUNIT_ASSERT_EQUAL(size_t{0}, Row({}).size());
  }

  void testRowInt() {
    Row row({std::string("42"), std::string("-7"), std::nullopt, std::string("abc"), std::string(""),
             std::string("9223372036854775807"), std::string("0")});
    CPPUNIT_ASSERT_EQUAL(int64_t{42}, row.Int(0));
    CPPUNIT_ASSERT_EQUAL(int64_t{-7}, row.Int(1));
    CPPUNIT_ASSERT_EQUAL(int64_t{0}, row.Int(2));
    CPPUNIT_ASSERT_EQUAL(int64_t{0}, row.Int(3));
    CPPUNIT_ASSERT_EQUAL(int64_t{0}, row.Int(4));
    CPPUNIT_ASSERT_EQUAL(int64_t{9223372036854775807LL}, row.Int(5));
    CPPUNIT_ASSERT_EQUAL(int64_t{0}, row.Int(6));
  }

  void testRowTime() {
    Row row({std::string("2016-10-20 07:05:00"), std::nullopt, std::string("0000-00-00 00:00:00"),
             std::string("2016-10-20")});
    CPPUNIT_ASSERT_EQUAL(Utc(2016, 10, 20, 7, 5), row.Time(0));
    CPPUNIT_ASSERT_EQUAL(std::time_t{0}, row.Time(1));
    CPPUNIT_ASSERT_EQUAL(std::time_t{0}, row.Time(2));
    CPPUNIT_ASSERT_EQUAL(Utc(2016, 10, 20), row.Time(3));
  }

  void testRowOutOfRangeThrows() {
    Row row({std::string("1")});
    CPPUNIT_ASSERT_THROW(row.Str(1), std::out_of_range);
    CPPUNIT_ASSERT_THROW(row.Int(5), std::out_of_range);
    CPPUNIT_ASSERT_THROW(row.IsNull(1), std::out_of_range);
  }

  void testParamKinds() {
    std::string text = "giáo dục";
    std::optional<int> none;
    std::optional<std::string> some = std::string("x");
    CPPUNIT_ASSERT(std::holds_alternative<std::monostate>(Param(nullptr).value()));
    CPPUNIT_ASSERT(std::holds_alternative<std::monostate>(Param(none).value()));
    CPPUNIT_ASSERT_EQUAL(int64_t{5}, std::get<int64_t>(Param(5).value()));
    CPPUNIT_ASSERT_EQUAL(int64_t{4294967295LL}, std::get<int64_t>(Param(4294967295U).value()));
    CPPUNIT_ASSERT_EQUAL(1.5, std::get<double>(Param(1.5).value()));
    CPPUNIT_ASSERT(std::get<std::string_view>(Param(text).value()) == "giáo dục");
    CPPUNIT_ASSERT(std::get<std::string_view>(Param("abc").value()) == "abc");
    CPPUNIT_ASSERT(std::get<std::string_view>(Param(some).value()) == "x");
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(DbTest);

}  // namespace
}  // namespace core
