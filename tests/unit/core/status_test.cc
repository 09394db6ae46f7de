// Tests for modules/core/status.cc and the Status / Result<T> values in status.h.
#include "core/status.h"

#include <cppunit/extensions/HelperMacros.h>

#include <memory>
#include <string>

namespace core {
namespace {

Result<int> ParsePositive(int n) {
  if (n <= 0) return Status::Invalid("Số phải dương.", "n=" + std::to_string(n));
  return n;
}

class StatusTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(StatusTest);
  CPPUNIT_TEST(testOk);
  CPPUNIT_TEST(testCodesAndPredicates);
  CPPUNIT_TEST(testDefaultMessagesAreVietnamese);
  CPPUNIT_TEST(testCustomMessageAndDetail);
  CPPUNIT_TEST(testToString);
  CPPUNIT_TEST(testCopiesShareState);
  CPPUNIT_TEST(testResultValue);
  CPPUNIT_TEST(testResultStatus);
  CPPUNIT_TEST(testResultMoveOnly);
  CPPUNIT_TEST_SUITE_END();

 public:
  void testOk() {
    Status s;
    CPPUNIT_ASSERT(s.ok());
    CPPUNIT_ASSERT(s.code() == Status::Code::kOk);
    CPPUNIT_ASSERT(!s.IsNotFound() && !s.IsInvalid() && !s.IsForbidden() && !s.IsConflict() &&
                   !s.IsUnavailable() && !s.IsInternal());
    CPPUNIT_ASSERT_EQUAL(std::string(""), s.user_message());
    CPPUNIT_ASSERT_EQUAL(std::string(""), s.detail());
  }

  void testCodesAndPredicates() {
    struct Case {
      const char* name;
      Status status;
      Status::Code code;
      bool (Status::*predicate)() const;
    };
    const Case cases[] = {
        {"NotFound", Status::NotFound(), Status::Code::kNotFound, &Status::IsNotFound},
        {"Invalid", Status::Invalid("x"), Status::Code::kInvalid, &Status::IsInvalid},
        {"Forbidden", Status::Forbidden(), Status::Code::kForbidden, &Status::IsForbidden},
        {"Conflict", Status::Conflict("x"), Status::Code::kConflict, &Status::IsConflict},
        {"Unavailable", Status::Unavailable("x"), Status::Code::kUnavailable, &Status::IsUnavailable},
        {"Internal", Status::Internal("x"), Status::Code::kInternal, &Status::IsInternal},
    };
    bool (Status::*all[])() const = {&Status::IsNotFound, &Status::IsInvalid, &Status::IsForbidden,
                                     &Status::IsConflict, &Status::IsUnavailable, &Status::IsInternal};
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_MESSAGE(c.name, !c.status.ok());
      CPPUNIT_ASSERT_MESSAGE(c.name, c.status.code() == c.code);
      for (auto predicate : all) {
        CPPUNIT_ASSERT_EQUAL_MESSAGE(c.name, predicate == c.predicate, (c.status.*predicate)());
      }
    }
  }

  void testDefaultMessagesAreVietnamese() {
    CPPUNIT_ASSERT_EQUAL(std::string("Không tìm thấy trang bạn yêu cầu."),
                         Status::NotFound().user_message());
    CPPUNIT_ASSERT_EQUAL(std::string("Bạn không có quyền thực hiện thao tác này."),
                         Status::Forbidden().user_message());
    // Infrastructure failures never show their detail to the user.
    Status down = Status::Unavailable("mysql: Can't connect to server on 'db'");
    CPPUNIT_ASSERT_EQUAL(std::string("Hệ thống đang bận, vui lòng thử lại sau ít phút."),
                         down.user_message());
    CPPUNIT_ASSERT_EQUAL(std::string("mysql: Can't connect to server on 'db'"), down.detail());
    Status bug = Status::Internal("null site");
    CPPUNIT_ASSERT_EQUAL(std::string("Đã có lỗi xảy ra. Chúng tôi đã ghi nhận và sẽ khắc phục."),
                         bug.user_message());
    CPPUNIT_ASSERT(bug.user_message().find("null site") == std::string::npos);
  }

  void testCustomMessageAndDetail() {
    Status s = Status::Conflict("Đường dẫn đã được dùng.", "duplicate slug doi-moi");
    CPPUNIT_ASSERT_EQUAL(std::string("Đường dẫn đã được dùng."), s.user_message());
    CPPUNIT_ASSERT_EQUAL(std::string("duplicate slug doi-moi"), s.detail());
    Status nf = Status::NotFound("Không có bài viết này.", "article 12");
    CPPUNIT_ASSERT_EQUAL(std::string("Không có bài viết này."), nf.user_message());
    CPPUNIT_ASSERT_EQUAL(std::string(""), Status::Invalid("Sai.").detail());
  }

  void testToString() {
    struct Case {
      Status status;
      const char* expected;
    };
    const Case cases[] = {
        {Status(), "OK"},
        {Status::NotFound(), "NOT_FOUND"},
        {Status::NotFound("Không thấy.", "article 12"), "NOT_FOUND: article 12"},
        {Status::Invalid("Sai.", "trang"), "INVALID: trang"},
        {Status::Invalid("Sai."), "INVALID"},
        {Status::Forbidden(), "FORBIDDEN"},
        {Status::Conflict("Trùng.", "dup"), "CONFLICT: dup"},
        {Status::Unavailable("db down"), "UNAVAILABLE: db down"},
        {Status::Internal("bug"), "INTERNAL: bug"},
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL(std::string(c.expected), c.status.ToString());
    }
  }

  void testCopiesShareState() {
    Status a = Status::Invalid("Sai.", "x");
    Status b = a;
    CPPUNIT_ASSERT(b.IsInvalid());
    CPPUNIT_ASSERT_EQUAL(a.ToString(), b.ToString());
    b = Status();
    CPPUNIT_ASSERT(b.ok());
    CPPUNIT_ASSERT(a.IsInvalid());
  }

  void testResultValue() {
    Result<int> r = ParsePositive(5);
    CPPUNIT_ASSERT(r.ok());
    CPPUNIT_ASSERT(r.status().ok());
    CPPUNIT_ASSERT_EQUAL(std::string("OK"), r.status().ToString());
    CPPUNIT_ASSERT_EQUAL(5, r.value());
    CPPUNIT_ASSERT_EQUAL(5, *r);
    *r = 6;
    CPPUNIT_ASSERT_EQUAL(6, r.value());
    Result<std::string> s(std::string("giáo dục"));
    CPPUNIT_ASSERT_EQUAL(size_t{11}, s->size());  // bytes: á is 2, ụ is 3
  }

  void testResultStatus() {
    Result<int> r = ParsePositive(-1);
    CPPUNIT_ASSERT(!r.ok());
    CPPUNIT_ASSERT(r.status().IsInvalid());
    CPPUNIT_ASSERT_EQUAL(std::string("Số phải dương."), r.status().user_message());
    CPPUNIT_ASSERT_EQUAL(std::string("INVALID: n=-1"), r.status().ToString());
    Result<std::string> nf = Status::NotFound();
    CPPUNIT_ASSERT(!nf.ok());
    CPPUNIT_ASSERT(nf.status().IsNotFound());
  }

  void testResultMoveOnly() {
    Result<std::unique_ptr<int>> r = std::make_unique<int>(7);
    CPPUNIT_ASSERT(r.ok());
    std::unique_ptr<int> p = std::move(r).value();
    CPPUNIT_ASSERT(p != nullptr);
    CPPUNIT_ASSERT_EQUAL(7, *p);
    Result<std::unique_ptr<int>> failed = Status::Unavailable("x");
    CPPUNIT_ASSERT(failed.status().IsUnavailable());
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(StatusTest);

}  // namespace
}  // namespace core
