// Tests for modules/core/vntext.cc: UTF-8 validation, NFC, folding, slugs, dates in
// Asia/Ho_Chi_Minh and Vietnamese collation.
#include "core/vntext.h"

#include <cppunit/extensions/HelperMacros.h>

#include <algorithm>
#include <string>
#include <vector>

#include "unit/check.h"

namespace core::vntext {
namespace {

using unit::Quote;
using unit::Utc;

class VntextTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(VntextTest);
  CPPUNIT_TEST(testSlugifyExamples);
  CPPUNIT_TEST(testSlugifyCutsAtWordBoundary);
  CPPUNIT_TEST(testSlugifyRespectsEveryMaxLength);
  CPPUNIT_TEST(testSlugifyWithoutLettersIsEmpty);
  CPPUNIT_TEST(testFold);
  CPPUNIT_TEST(testFoldRejectsInvalidUtf8);
  CPPUNIT_TEST(testNfcComposesDecomposedInput);
  CPPUNIT_TEST(testNfcKeepsNfcInput);
  CPPUNIT_TEST(testIsValidUtf8);
  CPPUNIT_TEST(testCleanTextTurnsCrLfIntoLf);
  CPPUNIT_TEST(testCleanTextNormalisesToNfc);
  CPPUNIT_TEST(testCleanTextRejectsControlCharacters);
  CPPUNIT_TEST(testCleanTextRejectsC1ControlCharacters);
  CPPUNIT_TEST(testCleanTextRejectsInvalidUtf8);
  CPPUNIT_TEST(testDateLine);
  CPPUNIT_TEST(testDateLineUsesVietnamDateNotUtcDate);
  CPPUNIT_TEST(testDateLineWholeWeek);
  CPPUNIT_TEST(testWeekdayName);
  CPPUNIT_TEST(testFormatDate);
  CPPUNIT_TEST(testFormatDateTime);
  CPPUNIT_TEST(testFormatIso);
  CPPUNIT_TEST(testToLocal);
  CPPUNIT_TEST(testFromLocal);
  CPPUNIT_TEST(testFromLocalRoundTrip);
  CPPUNIT_TEST(testParseFormDate);
  CPPUNIT_TEST(testParseFormDateTime);
  CPPUNIT_TEST(testCompareVietnameseLetterOrder);
  CPPUNIT_TEST(testCompareDBeforeDStroke);
  CPPUNIT_TEST(testCompareEqualAndToneAfterBase);
  CPPUNIT_TEST(testNameLessByGivenName);
  CPPUNIT_TEST(testNameLessSameGivenNameByWholeName);
  CPPUNIT_TEST(testSortNames);
  CPPUNIT_TEST_SUITE_END();

 public:
  void testSlugifyExamples() {
    struct Case {
      const char* input;
      const char* expected;
    };
    const Case cases[] = {
        {"Đổi mới giáo dục", "doi-moi-giao-duc"},
        {"Trường THCS Nguyễn Gia Thiều", "truong-thcs-nguyen-gia-thieu"},
        {"ĐÀO TẠO", "dao-tao"},
        {"Hội nghị: tổng kết năm học 2015–2016!", "hoi-nghi-tong-ket-nam-hoc-2015-2016"},
        {"  --Xin chào!!  ", "xin-chao"},
        {"Thông báo (số 12/TB-PGDĐT)", "thong-bao-so-12-tb-pgddt"},
        {"Ưu tiên ơn ăn ân", "uu-tien-on-an-an"},
        {"a   b\t\nc", "a-b-c"},
        {"2016", "2016"},
        // NFD input folds the same as NFC.
        {"\xc4\x90o\xcc\x82\xcc\x89i mo\xcc\x9b\xcc\x81i", "doi-moi"},
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.input), std::string(c.expected), Slugify(c.input));
    }
  }

  void testSlugifyCutsAtWordBoundary() {
    struct Case {
      size_t max;
      const char* expected;
    };
    // "doi-moi-giao-duc" is 16 bytes.
    const Case cases[] = {
        {80, "doi-moi-giao-duc"}, {16, "doi-moi-giao-duc"}, {15, "doi-moi-giao"},
        {12, "doi-moi-giao"},     {11, "doi-moi"},          {8, "doi-moi"},
        {7, "doi-moi"},           {6, "doi"},               {3, "doi"},
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE("max " + std::to_string(c.max), std::string(c.expected),
                                   Slugify("Đổi mới giáo dục", c.max));
    }
  }

  void testSlugifyRespectsEveryMaxLength() {
    const std::string title = "Hội nghị tổng kết năm học 2015 - 2016 của Phòng Giáo dục và Đào tạo";
    const std::string full = Slugify(title, 1000);
    CPPUNIT_ASSERT_EQUAL(std::string("hoi-nghi-tong-ket-nam-hoc-2015-2016-cua-phong-giao-duc-va-dao-tao"),
                         full);
    for (size_t max = 3; max <= full.size() + 2; ++max) {
      std::string slug = Slugify(title, max);
      std::string msg = "max " + std::to_string(max) + ": " + slug;
      CPPUNIT_ASSERT_MESSAGE(msg, !slug.empty());
      CPPUNIT_ASSERT_MESSAGE(msg, slug.size() <= max);
      CPPUNIT_ASSERT_MESSAGE(msg, slug.front() != '-' && slug.back() != '-');
      CPPUNIT_ASSERT_MESSAGE(msg, slug.find("--") == std::string::npos);
      // Whole words only: the slug is the full slug or a prefix ending before a '-'.
      CPPUNIT_ASSERT_MESSAGE(msg, slug == full || full.compare(0, slug.size() + 1, slug + "-") == 0);
    }
  }

  void testSlugifyWithoutLettersIsEmpty() {
    const char* inputs[] = {"", " ", "!!!", "--- ...", "“”", "\xff"};
    for (const char* input : inputs) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(input), std::string(), Slugify(input));
    }
    CPPUNIT_ASSERT_EQUAL(std::string(), Slugify("Đổi mới", 0));
  }

  void testFold() {
    struct Case {
      const char* input;
      const char* expected;
    };
    const Case cases[] = {
        {"ĐÀO TẠO", "dao tao"},
        {"Giáo dục ĐÀO TẠO", "giao duc dao tao"},
        {"Đđ", "dd"},
        {"Ưu tiên Ơn Ăn Ân Ê Ô", "uu tien on an an e o"},
        {"Nguyễn Thị Ánh Tuyết", "nguyen thi anh tuyet"},
        {"Hello, World! 123", "hello, world! 123"},
        {"e\xcc\x82\xcc\x81", "e"},  // NFD ế
        {"", ""},
        // Other characters are kept (only lower-cased).
        {"«Tin»", "«tin»"},
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.input), std::string(c.expected), Fold(c.input));
    }
  }

  void testFoldRejectsInvalidUtf8() {
    CPPUNIT_ASSERT_EQUAL(std::string(), Fold("abc\xff"));
  }

  void testNfcComposesDecomposedInput() {
    struct Case {
      const char* input;
      const char* expected;
    };
    const Case cases[] = {
        {"e\xcc\x82\xcc\x81", "\xe1\xba\xbf"},  // e + ◌̂ + ◌́ → ế (U+1EBF)
        {"Vie\xcc\xa3\xcc\x82t", "Vi\xe1\xbb\x87t"},  // e + ◌̣ + ◌̂ → Việt
        {"Vie\xcc\x82\xcc\xa3t", "Vi\xe1\xbb\x87t"},  // marks in the other order
        {"D\xcc\x9b", "D\xcc\x9b"},                   // no precomposed form: unchanged
        {"a\xcc\x80", "\xc3\xa0"},                    // à
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.input), std::string(c.expected), Nfc(c.input));
    }
    CPPUNIT_ASSERT_EQUAL(std::string("ế"), Nfc("e\xcc\x82\xcc\x81"));
  }

  void testNfcKeepsNfcInput() {
    const char* inputs[] = {"", "abc", "Tiếng Việt có dấu", "Đổi mới giáo dục", "ế"};
    for (const char* input : inputs) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(input), std::string(input), Nfc(input));
    }
  }

  void testIsValidUtf8() {
    struct Case {
      std::string input;
      bool valid;
    };
    const Case cases[] = {
        {"", true},
        {"abc", true},
        {"Tiếng Việt", true},
        {std::string("a\0b", 3), true},       // NUL is valid UTF-8 (CleanText rejects it)
        {"\xf0\x9f\x98\x80", true},           // U+1F600, 4 bytes
        {"\xf4\x8f\xbf\xbf", true},           // U+10FFFF, the last code point
        {"\xc0\xaf", false},                  // overlong '/'
        {"\xc1\xbf", false},                  // overlong
        {"\xe0\x80\xaf", false},              // overlong '/' in 3 bytes
        {"\xe0\x9f\xbf", false},              // overlong U+07FF
        {"\xf0\x80\x80\xaf", false},          // overlong '/' in 4 bytes
        {"\xf0\x8f\xbf\xbf", false},          // overlong U+FFFF
        {"\xed\xa0\x80", false},              // surrogate U+D800
        {"\xed\xbf\xbf", false},              // surrogate U+DFFF
        {"\xed\xa0\xbd\xed\xb8\x80", false},  // CESU-8 surrogate pair
        {"\xf4\x90\x80\x80", false},          // U+110000, beyond Unicode
        {"\xf5\x80\x80\x80", false},
        {"\xff", false},
        {"\xfe", false},
        {"\x80", false},                      // lone continuation byte
        {"a\xbf", false},
        {"\xe1\xba", false},                  // truncated ế
        {"\xe1\xba\xbf\xe1", false},          // truncated at the end
        {"\xc3\x28", false},                  // lead byte without continuation
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.input), c.valid, IsValidUtf8(c.input));
    }
  }

  void testCleanTextTurnsCrLfIntoLf() {
    struct Case {
      const char* input;
      const char* expected;
    };
    const Case cases[] = {
        {"dòng 1\r\ndòng 2\r\n", "dòng 1\ndòng 2\n"},
        {"a\rb", "a\nb"},  // a lone CR (old Mac) is a line break too
        {"a\r\r\nb", "a\n\nb"},
        {"cột 1\tcột 2\n", "cột 1\tcột 2\n"},
        {"", ""},
    };
    for (const Case& c : cases) {
      Result<std::string> r = CleanText(c.input);
      CPPUNIT_ASSERT_MESSAGE(Quote(c.input) + ": " + r.status().ToString(), r.ok());
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.input), std::string(c.expected), *r);
    }
  }

  void testCleanTextNormalisesToNfc() {
    Result<std::string> r = CleanText("Ti\xe1\xba\xbfng vie\xcc\xa3\xcc\x82t\r\n");
    CPPUNIT_ASSERT(r.ok());
    CPPUNIT_ASSERT_EQUAL(std::string("Tiếng việt\n"), *r);
    Result<std::string> nfd = CleanText("e\xcc\x82\xcc\x81");
    CPPUNIT_ASSERT(nfd.ok());
    CPPUNIT_ASSERT_EQUAL(std::string("\xe1\xba\xbf"), *nfd);
  }

  void testCleanTextRejectsControlCharacters() {
    const std::string inputs[] = {
        std::string("a\0b", 3), "a\x01", "\x08", "\x0b", "\x0c", "\x1b[31m", "x\x1f", "\x7f",
    };
    for (const std::string& input : inputs) {
      Result<std::string> r = CleanText(input);
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !r.ok());
      CPPUNIT_ASSERT_MESSAGE(Quote(input), r.status().IsInvalid());
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !r.status().user_message().empty());
    }
  }

  // The header promises to reject "control characters other than tab and newlines";
  // U+0080–U+009F (C1, general category Cc) are control characters too. They arrive in
  // text pasted from Windows-1252 documents decoded as Latin-1.
  void testCleanTextRejectsC1ControlCharacters() {
    const char* inputs[] = {"a\xc2\x80", "\xc2\x9b" "31m", "x\xc2\x96y", "\xc2\x9f"};
    for (const char* input : inputs) {
      Result<std::string> r = CleanText(input);
      CPPUNIT_ASSERT_MESSAGE(Quote(input) + " was accepted", !r.ok());
      CPPUNIT_ASSERT_MESSAGE(Quote(input), r.status().IsInvalid());
    }
  }

  void testCleanTextRejectsInvalidUtf8() {
    const char* inputs[] = {"\xff", "abc\xc0\xaf", "\xed\xa0\x80", "Vi\xe1\xbb"};
    for (const char* input : inputs) {
      Result<std::string> r = CleanText(input);
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !r.ok());
      CPPUNIT_ASSERT_MESSAGE(Quote(input), r.status().IsInvalid());
      CPPUNIT_ASSERT_MESSAGE(Quote(input),
                             r.status().user_message().find("UTF-8") != std::string::npos);
    }
  }

  void testDateLine() {
    CPPUNIT_ASSERT_EQUAL(std::string("Thứ năm, ngày 20/10/2016"), DateLine(Utc(2016, 10, 20, 7, 5)));
    // 23:59 in Vietnam is 16:59 UTC: still the 20th.
    CPPUNIT_ASSERT_EQUAL(std::string("Thứ năm, ngày 20/10/2016"),
                         DateLine(Utc(2016, 10, 20, 16, 59, 59)));
    CPPUNIT_ASSERT_EQUAL(std::string("Thứ sáu, ngày 21/10/2016"), DateLine(Utc(2016, 10, 20, 17)));
  }

  void testDateLineUsesVietnamDateNotUtcDate() {
    // 23:30 UTC on 19/10 is 06:30 on 20/10 in Vietnam.
    CPPUNIT_ASSERT_EQUAL(std::string("Thứ năm, ngày 20/10/2016"),
                         DateLine(Utc(2016, 10, 19, 23, 30)));
    CPPUNIT_ASSERT_EQUAL(std::string("Thứ năm, ngày 20/10/2016"),
                         DateLine(Utc(2016, 10, 19, 17, 0)));
    CPPUNIT_ASSERT_EQUAL(std::string("Thứ tư, ngày 19/10/2016"),
                         DateLine(Utc(2016, 10, 19, 16, 59, 59)));
  }

  void testDateLineWholeWeek() {
    struct Case {
      unsigned day;
      const char* expected;
    };
    // 16–22 October 2016: Sunday to Saturday.
    const Case cases[] = {
        {16, "Chủ nhật, ngày 16/10/2016"}, {17, "Thứ hai, ngày 17/10/2016"},
        {18, "Thứ ba, ngày 18/10/2016"},   {19, "Thứ tư, ngày 19/10/2016"},
        {20, "Thứ năm, ngày 20/10/2016"},  {21, "Thứ sáu, ngày 21/10/2016"},
        {22, "Thứ bảy, ngày 22/10/2016"},
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE("day " + std::to_string(c.day), std::string(c.expected),
                                   DateLine(Utc(2016, 10, c.day, 3)));
    }
  }

  void testWeekdayName() {
    const char* names[] = {"Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"};
    for (int i = 0; i < 7; ++i) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(std::to_string(i), std::string(names[i]), WeekdayName(i));
    }
  }

  void testFormatDate() {
    CPPUNIT_ASSERT_EQUAL(std::string("20/10/2016"), FormatDate(Utc(2016, 10, 20, 7, 5)));
    CPPUNIT_ASSERT_EQUAL(std::string("20/10/2016"), FormatDate(Utc(2016, 10, 19, 23, 30)));
    CPPUNIT_ASSERT_EQUAL(std::string("01/01/2017"), FormatDate(Utc(2016, 12, 31, 17)));
    CPPUNIT_ASSERT_EQUAL(std::string("29/02/2024"), FormatDate(Utc(2024, 2, 29, 12)));
  }

  void testFormatDateTime() {
    CPPUNIT_ASSERT_EQUAL(std::string("20/10/2016 14:05"), FormatDateTime(Utc(2016, 10, 20, 7, 5)));
    CPPUNIT_ASSERT_EQUAL(std::string("20/10/2016 06:30"), FormatDateTime(Utc(2016, 10, 19, 23, 30)));
    CPPUNIT_ASSERT_EQUAL(std::string("01/01/2017 00:00"), FormatDateTime(Utc(2016, 12, 31, 17)));
    // Seconds are not shown (and not rounded up).
    CPPUNIT_ASSERT_EQUAL(std::string("20/10/2016 14:05"),
                         FormatDateTime(Utc(2016, 10, 20, 7, 5, 59)));
  }

  void testFormatIso() {
    CPPUNIT_ASSERT_EQUAL(std::string("2016-10-20T14:05:00+07:00"), FormatIso(Utc(2016, 10, 20, 7, 5)));
    CPPUNIT_ASSERT_EQUAL(std::string("2016-10-20T06:30:09+07:00"),
                         FormatIso(Utc(2016, 10, 19, 23, 30, 9)));
    CPPUNIT_ASSERT_EQUAL(std::string("2026-01-01T00:00:00+07:00"), FormatIso(Utc(2025, 12, 31, 17)));
  }

  void testToLocal() {
    LocalTime t = ToLocal(Utc(2016, 10, 19, 23, 30, 15));
    CPPUNIT_ASSERT_EQUAL(2016, t.year);
    CPPUNIT_ASSERT_EQUAL(10, t.month);
    CPPUNIT_ASSERT_EQUAL(20, t.day);
    CPPUNIT_ASSERT_EQUAL(6, t.hour);
    CPPUNIT_ASSERT_EQUAL(30, t.minute);
    CPPUNIT_ASSERT_EQUAL(15, t.second);
    CPPUNIT_ASSERT_EQUAL(4, t.weekday);  // Thursday
  }

  void testFromLocal() {
    CPPUNIT_ASSERT_EQUAL(Utc(2016, 10, 20, 7, 5), FromLocal(2016, 10, 20, 14, 5));
    CPPUNIT_ASSERT_EQUAL(Utc(2016, 10, 19, 17), FromLocal(2016, 10, 20));
    CPPUNIT_ASSERT_EQUAL(Utc(2016, 10, 19, 23, 30), FromLocal(2016, 10, 20, 6, 30));
  }

  void testParseFormDate() {
    std::optional<FormDate> d = ParseFormDate("2024-02-29");
    CPPUNIT_ASSERT(d.has_value());
    CPPUNIT_ASSERT_EQUAL(2024, d->year);
    CPPUNIT_ASSERT_EQUAL(2u, d->month);
    CPPUNIT_ASSERT_EQUAL(29u, d->day);
    // Not a day of the calendar, not the input's format, or outside the years asked for.
    for (const char* bad : {"2023-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-05", "2026/01/05",
                            "26-01-05", "2026-01-05x", " 2026-01-05", "2026-01-+5", "", "hôm nay"}) {
      CPPUNIT_ASSERT_MESSAGE(bad, !ParseFormDate(bad).has_value());
    }
    CPPUNIT_ASSERT(!ParseFormDate("1944-12-31", 1945).has_value());
    CPPUNIT_ASSERT(ParseFormDate("1945-09-02", 1945).has_value());
  }

  void testParseFormDateTime() {
    // Vietnam time, UTC+7.
    CPPUNIT_ASSERT(ParseFormDateTime("2016-10-20T14:05") == std::optional<std::time_t>(Utc(2016, 10, 20, 7, 5)));
    CPPUNIT_ASSERT(ParseFormDateTime("2016-10-20T00:30") == std::optional<std::time_t>(Utc(2016, 10, 19, 17, 30)));
    for (const char* bad : {"2016-10-20 14:05", "2016-10-20T24:00", "2016-10-20T14:60", "2016-02-30T08:00",
                            "2016-10-20T8:05", "2016-10-20", "1999-12-31T23:59", "2016-10-20T14:05:00"}) {
      CPPUNIT_ASSERT_MESSAGE(bad, !ParseFormDateTime(bad).has_value());
    }
    CPPUNIT_ASSERT(ParseFormDateTime("1999-12-31T23:59", 1945).has_value());
  }

  void testFromLocalRoundTrip() {
    struct Case {
      int year, month, day, hour, minute, second;
    };
    const Case cases[] = {
        {2016, 10, 20, 14, 5, 0}, {2016, 10, 20, 0, 0, 0},  {2016, 10, 20, 6, 59, 59},
        {2016, 12, 31, 23, 59, 59}, {2017, 1, 1, 0, 0, 0},  {2024, 2, 29, 12, 0, 0},
        {2000, 1, 1, 0, 0, 0},    {2038, 1, 19, 10, 14, 8}, {1990, 6, 15, 7, 30, 0},
    };
    for (const Case& c : cases) {
      char label[64];
      std::snprintf(label, sizeof label, "%04d-%02d-%02d %02d:%02d:%02d", c.year, c.month, c.day,
                    c.hour, c.minute, c.second);
      std::time_t utc = FromLocal(c.year, c.month, c.day, c.hour, c.minute, c.second);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(label,
                                   Utc(c.year, c.month, c.day, c.hour, c.minute, c.second) - 7 * 3600,
                                   utc);
      LocalTime t = ToLocal(utc);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(label, c.year, t.year);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(label, c.month, t.month);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(label, c.day, t.day);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(label, c.hour, t.hour);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(label, c.minute, t.minute);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(label, c.second, t.second);
    }
  }

  void testCompareVietnameseLetterOrder() {
    // Each is strictly less than the next: a < ă < â are separate letters.
    const char* ordered[] = {"An", "Anh", "Ăn", "Ân", "Bình", "Dung", "Đào", "Ê", "Ô", "Ơ", "Ư", "Y"};
    const size_t n = sizeof ordered / sizeof ordered[0];
    for (size_t i = 0; i + 1 < n; ++i) {
      std::string msg = std::string(ordered[i]) + " < " + ordered[i + 1];
      CPPUNIT_ASSERT_MESSAGE(msg, Compare(ordered[i], ordered[i + 1]) < 0);
      CPPUNIT_ASSERT_MESSAGE(msg, Compare(ordered[i + 1], ordered[i]) > 0);
    }
    std::vector<std::string> shuffled = {"Bình", "Ân", "Anh", "Ăn", "An"};
    std::sort(shuffled.begin(), shuffled.end(),
              [](const std::string& a, const std::string& b) { return Compare(a, b) < 0; });
    CPPUNIT_ASSERT(shuffled == (std::vector<std::string>{"An", "Anh", "Ăn", "Ân", "Bình"}));
  }

  void testCompareDBeforeDStroke() {
    CPPUNIT_ASSERT(Compare("d", "đ") < 0);
    CPPUNIT_ASSERT(Compare("đ", "e") < 0);
    CPPUNIT_ASSERT(Compare("D", "Đ") < 0);
    // đ is its own letter, not d with a mark: "Dung" < "Đào" although a < u.
    CPPUNIT_ASSERT(Compare("Dung", "Đào") < 0);
    CPPUNIT_ASSERT(Compare("Dũng", "Đức") < 0);
  }

  void testCompareEqualAndToneAfterBase() {
    CPPUNIT_ASSERT_EQUAL(0, Compare("Bình", "Bình"));
    CPPUNIT_ASSERT_EQUAL(0, Compare("", ""));
    CPPUNIT_ASSERT(Compare("", "a") < 0);
    CPPUNIT_ASSERT(Compare("ma", "má") < 0);
    CPPUNIT_ASSERT(Compare("má", "mai") < 0);  // tones weigh less than letters
    // NFD and NFC spellings compare equal.
    CPPUNIT_ASSERT_EQUAL(0, Compare("\xe1\xba\xbf", "e\xcc\x82\xcc\x81"));
  }

  void testNameLessByGivenName() {
    CPPUNIT_ASSERT(NameLess("Trần Văn An", "Nguyễn Thị Ánh"));
    CPPUNIT_ASSERT(NameLess("Nguyễn Thị Ánh", "Lê Bình"));
    CPPUNIT_ASSERT(NameLess("Trần Văn An", "Lê Bình"));
    CPPUNIT_ASSERT(!NameLess("Lê Bình", "Trần Văn An"));
    CPPUNIT_ASSERT(NameLess("Nguyễn Văn Dũng", "Đặng Văn Đức"));
    CPPUNIT_ASSERT(NameLess("An", "Lê Bình"));  // a one-word name is its given name
    CPPUNIT_ASSERT(NameLess("Vũ Thị Anh", "Đỗ Ăn"));
    CPPUNIT_ASSERT(!NameLess("Lê Bình", "Lê Bình"));  // strict
    CPPUNIT_ASSERT(NameLess("Trần Văn An  ", "Lê Bình"));  // trailing spaces ignored
  }

  void testNameLessSameGivenNameByWholeName() {
    CPPUNIT_ASSERT(NameLess("Lê An", "Trần Văn An"));
    CPPUNIT_ASSERT(!NameLess("Trần Văn An", "Lê An"));
    CPPUNIT_ASSERT(NameLess("Đỗ Văn An", "Hoàng An"));  // đ < h in the family name
  }

  void testSortNames() {
    std::vector<std::string> names = {"Lê Bình", "Phạm Thị Ân", "Nguyễn Thị Ánh", "Trần Văn An",
                                      "Hoàng Văn Ăn", "Vũ Đức", "Lê Văn Dũng", "Lê An"};
    SortNames(names);
    const std::vector<std::string> expected = {"Lê An", "Trần Văn An", "Nguyễn Thị Ánh",
                                               "Hoàng Văn Ăn", "Phạm Thị Ân", "Lê Bình",
                                               "Lê Văn Dũng", "Vũ Đức"};
    for (size_t i = 0; i < expected.size(); ++i) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE("position " + std::to_string(i), expected[i], names[i]);
    }
    std::vector<std::string> empty;
    SortNames(empty);
    CPPUNIT_ASSERT(empty.empty());
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(VntextTest);

}  // namespace
}  // namespace core::vntext
