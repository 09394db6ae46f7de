// Tests for modules/core/docnumber.cc: numbers and symbols of real documents (Chính phủ,
// Bộ GD&ĐT, Sở, UBND, Phòng, schools) parsed per Nghị định 30/2020, and malformed ones
// refused with a Vietnamese reason.
#include "core/docnumber.h"

#include <cppunit/extensions/HelperMacros.h>

#include <string>

#include "unit/check.h"

namespace core::docnumber {
namespace {

struct Valid {
  const char* text;
  int issue_year;
  unsigned number;
  int year;
  const char* type;
  const char* issuer;
  const char* sub;
};

// Real numbers as printed on published documents.
constexpr Valid kValid[] = {
    {"30/2020/NĐ-CP", 0, 30, 2020, "NĐ", "CP", ""},                   // Nghị định về công tác văn thư
    {"12/2024/NĐ-CP", 2024, 12, 2024, "NĐ", "CP", ""},
    {"37/2020/TT-BGDĐT", 2020, 37, 2020, "TT", "BGDĐT", ""},
    {"09/2024/TT-BGDĐT", 2024, 9, 2024, "TT", "BGDĐT", ""},            // công khai
    {"29/2024/TT-BGDĐT", 0, 29, 2024, "TT", "BGDĐT", ""},              // dạy thêm, học thêm
    {"20/2014/TTLT-BGDĐT-BNV", 2014, 20, 2014, "TTLT", "BGDĐT-BNV", ""},
    {"43/2019/QH14", 2019, 43, 2019, "", "QH14", ""},                  // Luật Giáo dục
    {"34/QĐ-THCSNGT", 2025, 34, 2025, "QĐ", "THCSNGT", ""},
    {"405/SGDĐT-TCHC", 2024, 405, 2024, "", "SGDĐT", "TCHC"},
    {"01/KH-PGDĐT", 2026, 1, 2026, "KH", "PGDĐT", ""},
    {"4567/BGDĐT-GDTrH", 2025, 4567, 2025, "", "BGDĐT", "GDTrH"},
    {"2345/QĐ-BGDĐT", 2024, 2345, 2024, "QĐ", "BGDĐT", ""},
    {"35/2023/QĐ-UBND", 2023, 35, 2023, "QĐ", "UBND", ""},            // a province's legal decision
    {"08/CT-TTg", 2024, 8, 2024, "CT", "TTg", ""},                    // Chỉ thị of the Prime Minister
    {"125/TTr-PGDĐT", 2026, 125, 2026, "TTr", "PGDĐT", ""},
    {"12/CTr-UBND", 2025, 12, 2025, "CTr", "UBND", ""},
    {"1052/UBND-VX", 2025, 1052, 2025, "", "UBND", "VX"},
    {"15/TB-VPCP", 2024, 15, 2024, "TB", "VPCP", ""},
    {"88/HD-SGDĐT", 2025, 88, 2025, "HD", "SGDĐT", ""},
    {"Số: 34/QĐ-THCSNGT", 2025, 34, 2025, "QĐ", "THCSNGT", ""},       // as printed, with "Số:"
    {"  405/SGDĐT-TCHC  ", 2024, 405, 2024, "", "SGDĐT", "TCHC"},
    {"7/QĐ-UBND-GD", 2024, 7, 2024, "QĐ", "UBND", "GD"},
    {"112/PGDĐT", 2024, 112, 2024, "", "PGDĐT", ""},
};

struct Invalid {
  const char* text;
  int issue_year;
  const char* reason_part;  // a piece of the Vietnamese reason
};

constexpr Invalid kInvalid[] = {
    {"", 0, "Hãy nhập số"},
    {"34-QĐ-THCSNGT", 2025, "thiếu dấu /"},
    {"34/QĐ/THCS/NGT", 2025, "quá nhiều dấu /"},
    {"/QĐ-PGDĐT", 2025, "thiếu số văn bản"},
    {"34a/QĐ-PGDĐT", 2025, "chỉ gồm chữ số"},
    {"0/QĐ-PGDĐT", 2025, "không thể là 0"},
    {"34 /QĐ-PGDĐT", 2025, "khoảng trắng"},
    {"34/QĐ - PGDĐT", 2025, "khoảng trắng"},
    {"34/QĐ–PGDĐT", 2025, "gạch ngang dài"},
    {"34/QĐ--PGDĐT", 2025, "gạch nối"},
    {"34/QĐ-PGDĐT-", 2025, "gạch nối"},
    {"34/QĐ", 2025, "thiếu chữ viết tắt tên cơ quan"},
    {"37/20/TT-BGDĐT", 2020, "4 chữ số"},
    {"37/2020/TT-BGDĐT", 2021, "khác năm"},
    {"37/1890/TT-BGDĐT", 0, "không hợp lệ"},
    {"37/TT-BGDĐT", 2020, "phải ghi năm"},
    {"12/NĐ-CP", 2024, "phải ghi năm"},
    {"405/2024/SGDĐT-TCHC", 2024, "công văn không ghi năm"},
    {"01/2026/KH-PGDĐT", 2026, "không ghi năm"},
    {"12/CV-THCS", 2025, "«CV»"},
    {"34/qđ-PGDĐT", 2025, "«QĐ»"},
    {"34/Kh-PGDĐT", 2025, "«KH»"},
    {"34/QĐ-PGD&ĐT", 2025, "«&»"},
    {"34/QĐ-PGDÐT", 2025, "U+00D0"},          // Icelandic eth instead of Đ
    {"34/QĐ-TRƯỜNG", 2025, "không dùng dấu"},
    {"34/QĐ-P.GDĐT", 2025, "«.»"},
    {"34/QĐ-KH", 2025, "không phải tên loại"},
    {"405/SGDĐT-QĐ", 2025, "phải đứng trước"},
    {"20/2014/TTLT-BGDĐT", 2014, "hai cơ quan"},
    {"43/QH14", 2019, "luật phải ghi năm"},
    {"34/2025", 2025, "thiếu ký hiệu"},
    {"34/", 2025, "thiếu ký hiệu"},
    {"\xff\xfe", 2025, "UTF-8"},
};

class DocNumberTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(DocNumberTest);
  CPPUNIT_TEST(testValid);
  CPPUNIT_TEST(testInvalid);
  CPPUNIT_TEST(testYearFromIssueDate);
  CPPUNIT_TEST(testTypeSymbols);
  CPPUNIT_TEST_SUITE_END();

 public:
  void testValid() {
    for (const Valid& v : kValid) {
      Result<DocNumber> r = Parse(v.text, v.issue_year);
      CPPUNIT_ASSERT_MESSAGE(unit::Quote(v.text) + " " + r.status().ToString(), r.ok());
      CPPUNIT_ASSERT_EQUAL_MESSAGE(v.text, v.number, r->number);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(v.text, v.year, r->year);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(v.text, std::string(v.type), r->type_symbol);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(v.text, std::string(v.issuer), r->issuer);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(v.text, std::string(v.sub), r->sub_unit);
    }
    Result<DocNumber> printed = Parse("Số: 34/QĐ-THCSNGT", 2025);
    CPPUNIT_ASSERT_EQUAL(std::string("34/QĐ-THCSNGT"), printed->written);
    // "01" and "1" are the same number in the series.
    CPPUNIT_ASSERT_EQUAL(Parse("01/KH-PGDĐT", 2026)->number, Parse("1/KH-PGDĐT", 2026)->number);
    // A decomposed "Đ" is not a thing, but decomposed vowels elsewhere are normalised first.
    CPPUNIT_ASSERT(Parse("12/2024/N\xC4\x90-CP").ok());
  }

  void testInvalid() {
    for (const Invalid& v : kInvalid) {
      Result<DocNumber> r = Parse(v.text, v.issue_year);
      CPPUNIT_ASSERT_MESSAGE(unit::Quote(v.text) + " was accepted", !r.ok());
      CPPUNIT_ASSERT_MESSAGE(unit::Quote(v.text), r.status().IsInvalid());
      CPPUNIT_ASSERT_MESSAGE(unit::Quote(v.text) + " → " + r.status().user_message(),
                             r.status().user_message().find(v.reason_part) != std::string::npos);
    }
  }

  void testYearFromIssueDate() {
    Result<DocNumber> r = Parse("405/SGDĐT-TCHC", 2024);
    CPPUNIT_ASSERT(r.ok());
    CPPUNIT_ASSERT(!r->year_written);
    CPPUNIT_ASSERT_EQUAL(2024, r->year);
    Result<DocNumber> unknown = Parse("405/SGDĐT-TCHC");
    CPPUNIT_ASSERT_EQUAL(0, unknown->year);
    Result<DocNumber> written = Parse("37/2020/TT-BGDĐT");
    CPPUNIT_ASSERT(written->year_written);
  }

  void testTypeSymbols() {
    for (const char* t : {"QĐ", "TT", "NĐ", "KH", "TB", "HD", "BC", "TTr", "CTr", "CT", "TTLT"})
      CPPUNIT_ASSERT_MESSAGE(t, IsTypeSymbol(t));
    for (const char* t : {"CV", "qđ", "UBND", "BGDĐT", ""}) CPPUNIT_ASSERT_MESSAGE(t, !IsTypeSymbol(t));
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(DocNumberTest);

}  // namespace
}  // namespace core::docnumber
