// Document distribution (SPEC B22, seed 000 Điều 7–8) as pure rules: the state of one
// receiving site for a dispatch, the priorities, and the check times the regulation sets.
// Nothing here touches the database; admin.fcgi stores and shows what these return.
#ifndef EDUPORTAL_CORE_DISPATCH_H_
#define EDUPORTAL_CORE_DISPATCH_H_

#include <ctime>
#include <string_view>

namespace core::dispatch {

// Độ khẩn: the dispatches column values and their labels.
enum class Priority { kNormal, kUrgent, kFlash };
std::string_view PriorityName(Priority p);   // "thuong", "khan", "hoa-toc"
std::string_view PriorityLabel(Priority p);  // "Thường", "Khẩn", "Hỏa tốc"
// kNormal for an unknown name.
Priority ParsePriority(std::string_view name);

// What one receiving site has done with a dispatch, as the sender sees it.
enum class ReceiptState {
  kUnread,       // Chưa xem
  kRead,         // Đã xem
  kReplied,      // Đã trả lời (in time, or no deadline)
  kRepliedLate,  // Trả lời muộn
  kOverdue,      // Quá hạn: the deadline passed without a reply
};
std::string_view ReceiptName(ReceiptState s);   // "chua-xem", "da-xem", "da-tra-loi", "tra-loi-muon", "qua-han"
std::string_view ReceiptLabel(ReceiptState s);  // Vietnamese

// Times are epoch seconds, 0 for "never" / "no deadline". A withdrawn dispatch (thu hồi)
// expects no reply, so it is never overdue.
ReceiptState Classify(std::time_t first_opened, std::time_t first_replied, std::time_t deadline,
                      std::time_t now, bool withdrawn);

// Is a reply at `at` late for `deadline` (0: none)?
bool IsLate(std::time_t at, std::time_t deadline);

// Seed 000 Điều 8.1: leaders and heads of schools sign in at least three times a day to
// receive documents. We show the times 08:00, 14:00 and 16:30 (Asia/Ho_Chi_Minh); this
// returns the next one strictly after `now` (tomorrow's 08:00 after 16:30).
std::time_t NextCheckTime(std::time_t now);

}  // namespace core::dispatch

#endif  // EDUPORTAL_CORE_DISPATCH_H_
