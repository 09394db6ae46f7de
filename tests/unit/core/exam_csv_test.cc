// Tests for modules/core/exam_csv.cc and modules/core/abuse.cc's pure parts: character
// sets of result files, row errors with their line numbers, tracking codes, signed fill
// times and challenges.
#include "core/exam_csv.h"

#include <cppunit/extensions/HelperMacros.h>

#include <set>
#include <string>

#include "core/abuse.h"
#include "unit/check.h"

namespace core {
namespace {

class ExamCsvTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(ExamCsvTest);
  CPPUNIT_TEST(testUtf8WithBomAndSemicolons);
  CPPUNIT_TEST(testWindows1258IsConvertedToNfc);
  CPPUNIT_TEST(testTcvn3IsRefused);
  CPPUNIT_TEST(testRowErrorsNameTheirLines);
  CPPUNIT_TEST(testMissingColumns);
  CPPUNIT_TEST(testQuotedCellsAcrossLines);
  CPPUNIT_TEST(testCodes);
  CPPUNIT_TEST(testSignedFillTime);
  CPPUNIT_TEST(testChallenge);
  CPPUNIT_TEST_SUITE_END();

 public:
  void testUtf8WithBomAndSemicolons() {
    Result<exam::Sheet> s = exam::Parse("\xEF\xBB\xBFSBD;Họ và tên;Ngày sinh;Toán;Tổng điểm\nab12;Nguyễn An;5/9/2012;8,5;8,50\n");
    CPPUNIT_ASSERT_MESSAGE(s.status().ToString(), s.ok());
    CPPUNIT_ASSERT_EQUAL(std::string("UTF-8"), s->charset);
    CPPUNIT_ASSERT_EQUAL(size_t{0}, s->error_count);
    CPPUNIT_ASSERT_EQUAL(size_t{1}, s->rows.size());
    CPPUNIT_ASSERT_EQUAL(std::string("AB12"), s->rows[0].number);
    CPPUNIT_ASSERT_EQUAL(std::string("2012-09-05"), s->rows[0].birth_date);
    CPPUNIT_ASSERT_EQUAL(std::string("8.5"), s->rows[0].scores[0]);
    CPPUNIT_ASSERT_EQUAL(std::string("8.50"), s->rows[0].total);
    CPPUNIT_ASSERT_EQUAL(std::string("Toán"), s->subjects[0]);
  }

  void testWindows1258IsConvertedToNfc() {
    // Windows-1258 writes "Nguyễn Thị Hương" with combining tones: ê (0xEA) + tilde (0xDE),
    // i + dot below (0xF2), ư (0xFD) ơ (0xF5).
    std::string charset;
    Result<std::string> text = exam::ToUtf8("Nguy\xEA\xDEn Thi\xF2 H\xFD\xF5ng", &charset);
    CPPUNIT_ASSERT_MESSAGE(text.status().ToString(), text.ok());
    CPPUNIT_ASSERT_EQUAL(std::string("Windows-1258"), charset);
    CPPUNIT_ASSERT_EQUAL(std::string("Nguyễn Thị Hương"), *text);  // NFC: precomposed letters
  }

  void testTcvn3IsRefused() {
    std::string charset;
    Result<std::string> text = exam::ToUtf8("Nguy\xD4n Th\xB5nh \xAE\xB8ng, H\xAD\xACng, Tr\xA7n", &charset);
    CPPUNIT_ASSERT(!text.ok());
    CPPUNIT_ASSERT(text.status().user_message().find("TCVN3") != std::string::npos);
  }

  void testRowErrorsNameTheirLines() {
    Result<exam::Sheet> s = exam::Parse(
        "Số báo danh,Họ và tên,Ngày sinh,Toán\n"
        "A1,An,05/09/2012,7\n"
        "A2,,05/09/2012,7\n"
        "A1,Bình,30/02/2012,7\n"
        "A-3,Chi,05/09/2012,10.5\n"
        "\n"
        "A4,Dung,05/09/2012\n");
    CPPUNIT_ASSERT(s.ok());
    CPPUNIT_ASSERT_EQUAL(size_t{1}, s->rows.size());
    std::string all;
    for (const std::string& e : s->errors) all += e + "\n";
    for (const char* want : {"Dòng 3: thiếu họ và tên.", "Dòng 4: số báo danh «A1» trùng với dòng 2.",
                             "Dòng 4: ngày sinh «30/02/2012» không hợp lệ", "Dòng 5: số báo danh «A-3»",
                             "Dòng 5: điểm môn Toán «10.5»", "Dòng 7: có 3 cột, dòng tiêu đề có 4 cột."}) {
      CPPUNIT_ASSERT_MESSAGE(want + std::string("\n") + all, all.find(want) != std::string::npos);
    }
  }

  void testMissingColumns() {
    Result<exam::Sheet> s = exam::Parse("Họ và tên,Toán\nAn,7\n");
    CPPUNIT_ASSERT(!s.ok());
    CPPUNIT_ASSERT(s.status().user_message().find("«Số báo danh»") != std::string::npos);
    CPPUNIT_ASSERT(s.status().user_message().find("«Ngày sinh»") != std::string::npos);
    CPPUNIT_ASSERT(!exam::Parse("").ok());
    CPPUNIT_ASSERT(!exam::Parse("SBD,Họ tên,Ngày sinh\n").ok());
  }

  void testQuotedCellsAcrossLines() {
    Result<exam::Sheet> s = exam::Parse("SBD,Họ tên,Ngày sinh,Trường\nA1,\"Lê, An\",05/09/2012,\"THCS\nA\"\"B\"\"\"\nA2,,05/09/2012,x\n");
    CPPUNIT_ASSERT(s.ok());
    CPPUNIT_ASSERT_EQUAL(std::string("Lê, An"), s->rows.at(0).name);
    CPPUNIT_ASSERT_EQUAL(std::string("THCS\nA\"B\""), s->rows.at(0).school);
    CPPUNIT_ASSERT_EQUAL(std::string("Dòng 4: thiếu họ và tên."), s->errors.at(0));
  }

  void testCodes() {
    std::set<std::string> seen;
    for (int i = 0; i < 2000; ++i) {
      std::string c = abuse::RandomCode(10);
      CPPUNIT_ASSERT_EQUAL(size_t{10}, c.size());
      CPPUNIT_ASSERT_MESSAGE(c, c.find_first_of("01ILO") == std::string::npos);
      seen.insert(c);
    }
    CPPUNIT_ASSERT_EQUAL(size_t{2000}, seen.size());
    CPPUNIT_ASSERT_EQUAL(std::string("ABCDEFGHJK"), abuse::NormalizeCode(" abcde-fghjk "));
    CPPUNIT_ASSERT_EQUAL(std::string(), abuse::NormalizeCode("ABCDE-FGHJ0"));
    CPPUNIT_ASSERT_EQUAL(std::string(), abuse::NormalizeCode("ABC%"));
    CPPUNIT_ASSERT_EQUAL(std::string(), abuse::NormalizeCode(std::string("AB\0CD", 5)));
  }

  void testSignedFillTime() {
    std::string key(64, 'k');
    std::string t = abuse::IssueFormTime(key, "gop-y", 1000);
    CPPUNIT_ASSERT(abuse::Elapsed(key, "gop-y", t, 1005) == std::optional<long>(5));
    CPPUNIT_ASSERT(!abuse::Elapsed(key, "other-form", t, 1005));
    CPPUNIT_ASSERT(!abuse::Elapsed(std::string(64, 'x'), "gop-y", t, 1005));
    std::string forged = "900" + t.substr(4);
    CPPUNIT_ASSERT(!abuse::Elapsed(key, "gop-y", forged, 1005));
    CPPUNIT_ASSERT(!abuse::Elapsed(key, "gop-y", "", 1005));
    CPPUNIT_ASSERT(!abuse::Elapsed(key, "gop-y", "1000.", 1005));
  }

  void testChallenge() {
    std::string key(64, 'k');
    abuse::Challenge c = abuse::NewChallenge(key, 1000);
    CPPUNIT_ASSERT(c.question.find(" cộng ") != std::string::npos);
    int right = -1;
    for (int a = 0; a <= 20; ++a) {
      if (abuse::CheckChallenge(key, c.token, std::to_string(a), 1001)) {
        CPPUNIT_ASSERT_EQUAL(-1, right);  // exactly one answer
        right = a;
      }
    }
    CPPUNIT_ASSERT(right >= 2 && right <= 18);
    CPPUNIT_ASSERT(abuse::CheckChallenge(key, c.token, " " + std::to_string(right), 1001));
    CPPUNIT_ASSERT(!abuse::CheckChallenge(key, c.token, std::to_string(right), 1000 + 21 * 60));  // expired
    CPPUNIT_ASSERT(!abuse::CheckChallenge(std::string(64, 'x'), c.token, std::to_string(right), 1001));
    CPPUNIT_ASSERT(!abuse::CheckChallenge(key, c.token, "", 1001));
    CPPUNIT_ASSERT(!abuse::CheckChallenge(key, "x.y.z", "5", 1001));
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ExamCsvTest);

}  // namespace
}  // namespace core
