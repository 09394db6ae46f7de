#include "core/feedback.h"

namespace core::feedback {

std::string StatusLabel(std::string_view status) {
  if (status == "received") return "Đã tiếp nhận";
  if (status == "assigned") return "Đã phân công";
  if (status == "answered") return "Đã trả lời";
  if (status == "published") return "Đã công khai";
  return std::string(status);
}

workdays::Day DueDay(const workdays::Calendar& calendar, std::time_t received, bool complex) {
  return calendar.AddWorkingDays(workdays::LocalDay(received), complex ? kComplexDays : kSimpleDays);
}

std::string FormatCode(std::string_view code) {
  if (code.size() != kCodeLength) return std::string(code);
  return std::string(code.substr(0, 5)) + "-" + std::string(code.substr(5));
}

}  // namespace core::feedback
