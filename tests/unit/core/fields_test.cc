// Tests for modules/core/fields.cc: one validator per field kind, and ValidateFields
// turning raw parameters into request->fields / invalid / entered.
#include "core/fields.h"

#include <cppunit/extensions/HelperMacros.h>

#include <string>

#include "unit/check.h"

namespace core {
namespace {

using unit::Quote;

constexpr std::string_view kOrders[] = {"moi-nhat", "cu-nhat", "xem-nhieu"};

// The message, or "OK:<value>" when valid, so one string says everything in a failure.
std::string Outcome(const FieldSpec& spec, std::string_view value) {
  Result<std::string> r = ValidateValue(spec, value);
  return r.ok() ? "OK:" + *r : r.status().user_message();
}

bool Valid(const FieldSpec& spec, std::string_view value) { return ValidateValue(spec, value).ok(); }

class FieldsTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(FieldsTest);
  CPPUNIT_TEST(testUintRange);
  CPPUNIT_TEST(testUintRejectsNonDigits);
  CPPUNIT_TEST(testUintMessagesNameTheLabel);
  CPPUNIT_TEST(testTextCountsCodePoints);
  CPPUNIT_TEST(testTextTrimsAndNormalises);
  CPPUNIT_TEST(testTextMessages);
  CPPUNIT_TEST(testTextRejectsInvalidUtf8AndControls);
  CPPUNIT_TEST(testSlug);
  CPPUNIT_TEST(testCursor);
  CPPUNIT_TEST(testIsoWeek);
  CPPUNIT_TEST(testOneOf);
  CPPUNIT_TEST(testUnlabelledMessageStillVietnamese);
  CPPUNIT_TEST(testValidateFieldsValidAndNormalised);
  CPPUNIT_TEST(testValidateFieldsDropsUndeclared);
  CPPUNIT_TEST(testValidateFieldsRequiredAbsentOrEmpty);
  CPPUNIT_TEST(testValidateFieldsOptionalAbsentOrEmpty);
  CPPUNIT_TEST(testValidateFieldsKeepsWhatWasEntered);
  CPPUNIT_TEST(testValidateFieldsFirstRepeatedValueWins);
  CPPUNIT_TEST_SUITE_END();

 public:
  void testUintRange() {
    const FieldSpec page{"trang", Uint{1, 10000}, "Trang"};
    struct Case {
      const char* input;
      const char* outcome;
    };
    const Case cases[] = {
        {"1", "OK:1"},
        {"10000", "OK:10000"},
        {"42", "OK:42"},
        {"007", "OK:7"},  // normalised
        {"0", "Trang phải nằm trong khoảng 1 đến 10000."},
        {"10001", "Trang phải nằm trong khoảng 1 đến 10000."},
        {"99999999999", "Trang phải nằm trong khoảng 1 đến 10000."},
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.input), std::string(c.outcome), Outcome(page, c.input));
    }
    const FieldSpec any{"id", Uint{}, "Mã"};
    CPPUNIT_ASSERT(Valid(any, "0"));
    CPPUNIT_ASSERT(Valid(any, "4294967295"));
    CPPUNIT_ASSERT(!Valid(any, "4294967296"));
    const FieldSpec big{"id", Uint{0, UINT64_MAX}, "Mã"};
    CPPUNIT_ASSERT_EQUAL(std::string("OK:18446744073709551615"), Outcome(big, "18446744073709551615"));
    CPPUNIT_ASSERT(!Valid(big, "18446744073709551616"));
  }

  void testUintRejectsNonDigits() {
    const FieldSpec page{"trang", Uint{0, 10000}, "Trang"};
    const char* inputs[] = {"", " ", "-1", "+1", " 1", "1 ", "1.0", "1e3", "0x10", "abc", "1a",
                            "١", "２", "000000000000000000001"};
    for (const char* input : inputs) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(input), std::string("Trang phải là một số."),
                                   Outcome(page, input));
    }
  }

  void testUintMessagesNameTheLabel() {
    Result<std::string> r = ValidateValue(FieldSpec{"nam", Uint{2000, 2100}, "Năm học"}, "abc");
    CPPUNIT_ASSERT(!r.ok());
    CPPUNIT_ASSERT(r.status().IsInvalid());
    CPPUNIT_ASSERT(r.status().user_message().rfind("Năm học ", 0) == 0);
    CPPUNIT_ASSERT_EQUAL(std::string("nam"), r.status().detail());  // the log names the field
  }

  void testTextCountsCodePoints() {
    const FieldSpec title{"tieu_de", Text{2, 7}, "Tiêu đề"};
    struct Case {
      const char* input;
      bool valid;
    };
    const Case cases[] = {
        {"ab", true},
        {"Đổi mới", true},              // 7 code points, 13 bytes
        {"Đổi mới!", false},            // 8 code points
        {"Trường", true},               // 6 code points, 10 bytes
        {"ế", false},                   // 1 code point, 3 bytes
        {"e\xcc\x82\xcc\x81" "a", true},  // NFD: 4 code points before NFC, 2 after
        {"ếếếếếếế", true},               // 7 code points, 21 bytes
        {"ếếếếếếếế", false},
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.input) + " → " + Outcome(title, c.input), c.valid,
                                   Valid(title, c.input));
    }
    // One decomposed character fits a one-character field once composed.
    CPPUNIT_ASSERT_EQUAL(std::string("OK:\xe1\xba\xbf"),
                         Outcome(FieldSpec{"x", Text{1, 1}, "X"}, "e\xcc\x82\xcc\x81"));
  }

  void testTextTrimsAndNormalises() {
    const FieldSpec body{"noi_dung", Text{1, 5000}, "Nội dung"};
    CPPUNIT_ASSERT_EQUAL(std::string("OK:Xin chào"), Outcome(body, "  Xin chào \r\n\t"));
    CPPUNIT_ASSERT_EQUAL(std::string("OK:dòng 1\ndòng 2"), Outcome(body, "dòng 1\r\ndòng 2"));
    CPPUNIT_ASSERT_EQUAL(std::string("OK:Vi\xe1\xbb\x87t"), Outcome(body, "Vie\xcc\xa3\xcc\x82t"));
    // Trimming happens before counting.
    CPPUNIT_ASSERT(Valid(FieldSpec{"x", Text{1, 3}, "X"}, "   abc   "));
  }

  void testTextMessages() {
    const FieldSpec body{"noi_dung", Text{1, 10}, "Nội dung"};
    CPPUNIT_ASSERT_EQUAL(std::string("Nội dung không được để trống."), Outcome(body, ""));
    CPPUNIT_ASSERT_EQUAL(std::string("Nội dung không được để trống."), Outcome(body, " \n "));
    CPPUNIT_ASSERT_EQUAL(std::string("Nội dung không được dài quá 10 ký tự."),
                         Outcome(body, "Mười một ký"));
    const FieldSpec name{"ho_ten", Text{5, 100}, "Họ và tên"};
    CPPUNIT_ASSERT_EQUAL(std::string("Họ và tên phải có ít nhất 5 ký tự."), Outcome(name, "Lê"));
    CPPUNIT_ASSERT(Valid(FieldSpec{"x", Text{0, 10}, "X"}, ""));
  }

  void testTextRejectsInvalidUtf8AndControls() {
    const FieldSpec body{"noi_dung", Text{0, 100}, "Nội dung"};
    const std::string inputs[] = {"\xff", "abc\xc0\xaf", std::string("a\0b", 3), "a\x1b[0m"};
    for (const std::string& input : inputs) {
      Result<std::string> r = ValidateValue(body, input);
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !r.ok());
      CPPUNIT_ASSERT_MESSAGE(Quote(input) + " → " + r.status().user_message(),
                             r.status().user_message().rfind("Nội dung", 0) == 0);
    }
  }

  void testSlug() {
    const FieldSpec slug{"slug", Slug{20}, "Đường dẫn"};
    struct Case {
      const char* input;
      bool valid;
    };
    const Case cases[] = {
        {"doi-moi-giao-duc", true},
        {"thcs-2", true},
        {"a", true},
        {"abcdefghij0123456789", true},    // 20 bytes
        {"abcdefghij0123456789x", false},  // 21 bytes
        {"", false},
        {"Doi-moi", false},
        {"doi moi", false},
        {"doi_moi", false},
        {"đổi-mới", false},
        {"doi/moi", false},
        {"doi.moi", false},
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.input) + " → " + Outcome(slug, c.input), c.valid,
                                   Valid(slug, c.input));
    }
    CPPUNIT_ASSERT_EQUAL(std::string("Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang."),
                         Outcome(slug, "Doi-moi"));
  }

  void testCursor() {
    const FieldSpec cursor{"sau", Cursor{}, "Trang tiếp"};
    CPPUNIT_ASSERT_EQUAL(std::string("OK:1476947100-42"), Outcome(cursor, "1476947100-42"));
    const char* bad[] = {"", "1-", "-1", "1-0", "abc-1", "1-2-3", "1476947100"};
    for (const char* input : bad) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(input), std::string("Trang tiếp không hợp lệ."),
                                   Outcome(cursor, input));
    }
  }

  void testIsoWeek() {
    const FieldSpec week{"tuan", IsoWeek{}, "Tuần"};
    struct Case {
      const char* input;
      bool valid;
    };
    const Case cases[] = {
        {"2026-W47", true},
        {"2026-W01", true},
        {"2020-W53", true},   // 2020 began on a Wednesday and was a leap year
        {"2026-W53", true},   // 2026 begins on a Thursday: 53 weeks
        {"2015-W53", true},   // 2015 began on a Thursday
        {"2025-W53", false},  // 2025 began on a Wednesday, not a leap year: 52 weeks
        {"2027-W53", false},
        {"2021-W53", false},
        {"2026-W00", false},
        {"2026-W54", false},
        {"2026-W1", false},
        {"2026-w47", false},
        {"2026W47", false},
        {"26-W47", false},
        {"2026-W4x", false},
        {"", false},
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.input), c.valid, Valid(week, c.input));
    }
    CPPUNIT_ASSERT_EQUAL(std::string("Tuần phải có dạng năm-Wtuần, ví dụ 2026-W47."),
                         Outcome(week, "2025-W53"));
  }

  void testOneOf() {
    const FieldSpec order{"sap_xep", OneOf{kOrders}, "Sắp xếp"};
    CPPUNIT_ASSERT_EQUAL(std::string("OK:moi-nhat"), Outcome(order, "moi-nhat"));
    CPPUNIT_ASSERT_EQUAL(std::string("OK:xem-nhieu"), Outcome(order, "xem-nhieu"));
    const char* bad[] = {"", "MOI-NHAT", "moi-nhat ", "moi", "khac"};
    for (const char* input : bad) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(input), std::string("Sắp xếp không nằm trong danh sách cho phép."),
                                   Outcome(order, input));
    }
  }

  void testUnlabelledMessageStillVietnamese() {
    CPPUNIT_ASSERT_EQUAL(std::string("Giá trị phải là một số."), Outcome(FieldSpec{"n", Uint{}}, "x"));
  }

  void testValidateFieldsValidAndNormalised() {
    const FieldSpec specs[] = {
        {"trang", Uint{1, 10000}, "Trang"},
        {"tu_khoa", Text{0, 100}, "Từ khóa"},
        {"sap_xep", OneOf{kOrders}, "Sắp xếp"},
    };
    Request r;
    ValidateFields(specs, {{"trang", "02"}, {"tu_khoa", "  giáo dục  "}, {"sap_xep", "cu-nhat"}}, &r);
    CPPUNIT_ASSERT(r.invalid.empty());
    CPPUNIT_ASSERT_EQUAL(size_t{3}, r.fields.size());
    CPPUNIT_ASSERT_EQUAL(std::string("2"), r.fields["trang"]);
    CPPUNIT_ASSERT_EQUAL(std::string("giáo dục"), r.fields["tu_khoa"]);
    CPPUNIT_ASSERT_EQUAL(std::string("cu-nhat"), r.fields["sap_xep"]);
  }

  void testValidateFieldsDropsUndeclared() {
    const FieldSpec specs[] = {{"trang", Uint{1, 100}, "Trang"}};
    Request r;
    ValidateFields(specs, {{"trang", "3"}, {"admin", "1"}, {"<script>", "x"}, {"Trang", "4"}}, &r);
    CPPUNIT_ASSERT_EQUAL(size_t{1}, r.fields.size());
    CPPUNIT_ASSERT_EQUAL(std::string("3"), r.fields["trang"]);
    CPPUNIT_ASSERT(r.Field("admin") == nullptr);
    CPPUNIT_ASSERT(r.invalid.empty());
    CPPUNIT_ASSERT(r.entered.empty());
  }

  void testValidateFieldsRequiredAbsentOrEmpty() {
    const FieldSpec specs[] = {
        {"ho_ten", Text{1, 100}, "Họ và tên", true},
        {"email", Text{3, 100}, "Thư điện tử", true},
        {"so_luong", Uint{1, 10}, "Số lượng", true},
    };
    Request r;
    ValidateFields(specs, {{"email", "   "}, {"so_luong", ""}}, &r);
    CPPUNIT_ASSERT(r.fields.empty());
    CPPUNIT_ASSERT_EQUAL(size_t{3}, r.invalid.size());
    CPPUNIT_ASSERT_EQUAL(std::string("Họ và tên không được để trống."), r.invalid["ho_ten"]);
    CPPUNIT_ASSERT_EQUAL(std::string("Thư điện tử không được để trống."), r.invalid["email"]);
    CPPUNIT_ASSERT_EQUAL(std::string("Số lượng không được để trống."), r.invalid["so_luong"]);
    CPPUNIT_ASSERT_EQUAL(std::string(""), r.entered["ho_ten"]);
    CPPUNIT_ASSERT_EQUAL(std::string("   "), r.entered["email"]);
  }

  void testValidateFieldsOptionalAbsentOrEmpty() {
    const FieldSpec specs[] = {
        {"trang", Uint{1, 10}, "Trang"},
        {"ghi_chu", Text{0, 100}, "Ghi chú"},
        {"tuan", IsoWeek{}, "Tuần"},
    };
    Request absent;
    ValidateFields(specs, {}, &absent);
    CPPUNIT_ASSERT(absent.fields.empty());
    CPPUNIT_ASSERT(absent.invalid.empty());

    Request empty;
    ValidateFields(specs, {{"trang", ""}, {"ghi_chu", " "}, {"tuan", ""}}, &empty);
    CPPUNIT_ASSERT(empty.invalid.empty());
    // An emptied text field is present and empty (it clears the value); other kinds are absent.
    CPPUNIT_ASSERT_EQUAL(size_t{1}, empty.fields.size());
    CPPUNIT_ASSERT_EQUAL(std::string(""), empty.fields["ghi_chu"]);
  }

  void testValidateFieldsKeepsWhatWasEntered() {
    const FieldSpec specs[] = {
        {"ho_ten", Text{1, 10}, "Họ và tên", true},
        {"so_dien_thoai", Uint{0, 99999999999}, "Số điện thoại"},
        {"noi_dung", Text{1, 100}, "Nội dung", true},
    };
    Request r;
    ValidateFields(specs,
                   {{"ho_ten", "Nguyễn Thị Ánh Tuyết"}, {"so_dien_thoai", "09o3"}, {"noi_dung", "ab\xff"}},
                   &r);
    CPPUNIT_ASSERT(r.fields.empty());
    CPPUNIT_ASSERT_EQUAL(std::string("Họ và tên không được dài quá 10 ký tự."), r.invalid["ho_ten"]);
    CPPUNIT_ASSERT_EQUAL(std::string("Số điện thoại phải là một số."), r.invalid["so_dien_thoai"]);
    CPPUNIT_ASSERT(r.invalid["noi_dung"].rfind("Nội dung", 0) == 0);
    CPPUNIT_ASSERT_EQUAL(std::string("Nguyễn Thị Ánh Tuyết"), r.entered["ho_ten"]);
    CPPUNIT_ASSERT_EQUAL(std::string("09o3"), r.entered["so_dien_thoai"]);
    // Invalid UTF-8 is never echoed back into the page.
    CPPUNIT_ASSERT_EQUAL(std::string(""), r.entered["noi_dung"]);
  }

  void testValidateFieldsFirstRepeatedValueWins() {
    const FieldSpec specs[] = {{"trang", Uint{1, 10}, "Trang"}};
    Request r;
    ValidateFields(specs, {{"trang", "2"}, {"trang", "abc"}, {"trang", "3"}}, &r);
    CPPUNIT_ASSERT_EQUAL(std::string("2"), r.fields["trang"]);
    CPPUNIT_ASSERT(r.invalid.empty());
    Request bad_first;
    ValidateFields(specs, {{"trang", "abc"}, {"trang", "2"}}, &bad_first);
    CPPUNIT_ASSERT(bad_first.fields.empty());
    CPPUNIT_ASSERT_EQUAL(size_t{1}, bad_first.invalid.size());
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(FieldsTest);

}  // namespace
}  // namespace core
