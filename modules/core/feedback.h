// Feedback items (góp ý, hỏi đáp; SPEC A11) as both sides see them: the public form and
// tracking page (feedback.fcgi) and the staff inbox (admin.fcgi). Statuses, the answer
// deadline in working days (seed 002 Điều 14.2), the tracking code's display.
#ifndef EDUPORTAL_CORE_FEEDBACK_H_
#define EDUPORTAL_CORE_FEEDBACK_H_

#include <ctime>
#include <string>
#include <string_view>

#include "core/workdays.h"

namespace core::feedback {

// Answers are due within 5 working days, 10 for complex cases.
inline constexpr int kSimpleDays = 5;
inline constexpr int kComplexDays = 10;
inline constexpr size_t kCodeLength = 10;

// "received" → "Đã tiếp nhận", "assigned" → "Đã phân công", "answered" → "Đã trả lời",
// "published" → "Đã công khai"; the input itself when unknown.
std::string StatusLabel(std::string_view status);

// The last working day to answer an item received at `received` (UTC).
workdays::Day DueDay(const workdays::Calendar& calendar, std::time_t received, bool complex);

// "ABCDEFGHJK" → "ABCDE-FGHJK" for reading aloud and writing down.
std::string FormatCode(std::string_view code);

}  // namespace core::feedback

#endif  // EDUPORTAL_CORE_FEEDBACK_H_
