// Tests for modules/core/dispatch.cc: the state of a receiving site for a dispatch
// (SPEC B22) and the check times of seed 000 Điều 8.1.
#include "core/dispatch.h"

#include <cppunit/extensions/HelperMacros.h>

#include <string>

#include "unit/check.h"

namespace core::dispatch {
namespace {

std::string Name(ReceiptState s) { return std::string(ReceiptName(s)); }

class DispatchTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(DispatchTest);
  CPPUNIT_TEST(testClassify);
  CPPUNIT_TEST(testLate);
  CPPUNIT_TEST(testPriorities);
  CPPUNIT_TEST(testNextCheckTime);
  CPPUNIT_TEST_SUITE_END();

 public:
  void testClassify() {
    const std::time_t sent = unit::Utc(2026, 11, 2, 1);
    const std::time_t deadline = unit::Utc(2026, 11, 10, 10);
    const std::time_t before = deadline - 3600, after = deadline + 3600;
    // Nothing done yet, before and after the deadline.
    CPPUNIT_ASSERT_EQUAL(std::string("chua-xem"), Name(Classify(0, 0, deadline, before, false)));
    CPPUNIT_ASSERT_EQUAL(std::string("qua-han"), Name(Classify(0, 0, deadline, after, false)));
    // Opened: read until the deadline, then overdue all the same.
    CPPUNIT_ASSERT_EQUAL(std::string("da-xem"), Name(Classify(sent + 60, 0, deadline, before, false)));
    CPPUNIT_ASSERT_EQUAL(std::string("qua-han"), Name(Classify(sent + 60, 0, deadline, after, false)));
    // Replied in time, or late; a reply ends "overdue" for good.
    CPPUNIT_ASSERT_EQUAL(std::string("da-tra-loi"), Name(Classify(sent + 60, before, deadline, after, false)));
    CPPUNIT_ASSERT_EQUAL(std::string("tra-loi-muon"), Name(Classify(sent + 60, after, deadline, after + 10, false)));
    // Replied exactly at the deadline is in time.
    CPPUNIT_ASSERT_EQUAL(std::string("da-tra-loi"), Name(Classify(sent + 60, deadline, deadline, after, false)));
    // No deadline: never overdue, never late.
    CPPUNIT_ASSERT_EQUAL(std::string("chua-xem"), Name(Classify(0, 0, 0, after + 86400 * 365, false)));
    CPPUNIT_ASSERT_EQUAL(std::string("da-tra-loi"), Name(Classify(sent, after, 0, after, false)));
    // Withdrawn (thu hồi): no reply is expected.
    CPPUNIT_ASSERT_EQUAL(std::string("chua-xem"), Name(Classify(0, 0, deadline, after, true)));
    CPPUNIT_ASSERT_EQUAL(std::string("da-xem"), Name(Classify(sent, 0, deadline, after, true)));
  }

  void testLate() {
    CPPUNIT_ASSERT(!IsLate(100, 0));
    CPPUNIT_ASSERT(!IsLate(100, 100));
    CPPUNIT_ASSERT(IsLate(101, 100));
  }

  void testPriorities() {
    for (Priority p : {Priority::kNormal, Priority::kUrgent, Priority::kFlash}) {
      CPPUNIT_ASSERT(ParsePriority(PriorityName(p)) == p);
    }
    CPPUNIT_ASSERT_EQUAL(std::string("Hỏa tốc"), std::string(PriorityLabel(Priority::kFlash)));
    CPPUNIT_ASSERT_EQUAL(std::string("Khẩn"), std::string(PriorityLabel(Priority::kUrgent)));
    CPPUNIT_ASSERT(ParsePriority("khong-biet") == Priority::kNormal);
    CPPUNIT_ASSERT_EQUAL(std::string("Trả lời muộn"), std::string(ReceiptLabel(ReceiptState::kRepliedLate)));
  }

  // 08:00, 14:00 and 16:30 in Asia/Ho_Chi_Minh (UTC+7) are 01:00, 07:00 and 09:30 UTC.
  void testNextCheckTime() {
    CPPUNIT_ASSERT_EQUAL(unit::Utc(2026, 11, 23, 1), NextCheckTime(unit::Utc(2026, 11, 22, 20)));  // 03:00 local
    CPPUNIT_ASSERT_EQUAL(unit::Utc(2026, 11, 23, 7), NextCheckTime(unit::Utc(2026, 11, 23, 1)));   // at 08:00 sharp
    CPPUNIT_ASSERT_EQUAL(unit::Utc(2026, 11, 23, 9, 30), NextCheckTime(unit::Utc(2026, 11, 23, 8)));
    // After 16:30: tomorrow's 08:00, across a month's end.
    CPPUNIT_ASSERT_EQUAL(unit::Utc(2026, 12, 1, 1), NextCheckTime(unit::Utc(2026, 11, 30, 12)));
    CPPUNIT_ASSERT_EQUAL(unit::Utc(2026, 12, 1, 1), NextCheckTime(unit::Utc(2026, 11, 30, 16, 59)));  // 23:59 local
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(DispatchTest);

}  // namespace
}  // namespace core::dispatch
