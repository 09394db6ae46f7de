// The pure rules of document distribution; see dispatch.h.
#include "core/dispatch.h"

#include "core/vntext.h"

namespace core::dispatch {

std::string_view PriorityName(Priority p) {
  switch (p) {
    case Priority::kUrgent: return "khan";
    case Priority::kFlash: return "hoa-toc";
    case Priority::kNormal: break;
  }
  return "thuong";
}

std::string_view PriorityLabel(Priority p) {
  switch (p) {
    case Priority::kUrgent: return "Khẩn";
    case Priority::kFlash: return "Hỏa tốc";
    case Priority::kNormal: break;
  }
  return "Thường";
}

Priority ParsePriority(std::string_view name) {
  if (name == "khan") return Priority::kUrgent;
  if (name == "hoa-toc") return Priority::kFlash;
  return Priority::kNormal;
}

std::string_view ReceiptName(ReceiptState s) {
  switch (s) {
    case ReceiptState::kUnread: return "chua-xem";
    case ReceiptState::kRead: return "da-xem";
    case ReceiptState::kReplied: return "da-tra-loi";
    case ReceiptState::kRepliedLate: return "tra-loi-muon";
    case ReceiptState::kOverdue: return "qua-han";
  }
  return "chua-xem";
}

std::string_view ReceiptLabel(ReceiptState s) {
  switch (s) {
    case ReceiptState::kUnread: return "Chưa xem";
    case ReceiptState::kRead: return "Đã xem";
    case ReceiptState::kReplied: return "Đã trả lời";
    case ReceiptState::kRepliedLate: return "Trả lời muộn";
    case ReceiptState::kOverdue: return "Quá hạn";
  }
  return "Chưa xem";
}

bool IsLate(std::time_t at, std::time_t deadline) { return deadline != 0 && at > deadline; }

ReceiptState Classify(std::time_t first_opened, std::time_t first_replied, std::time_t deadline,
                      std::time_t now, bool withdrawn) {
  if (first_replied != 0) return IsLate(first_replied, deadline) ? ReceiptState::kRepliedLate : ReceiptState::kReplied;
  if (!withdrawn && deadline != 0 && now > deadline) return ReceiptState::kOverdue;
  return first_opened != 0 ? ReceiptState::kRead : ReceiptState::kUnread;
}

std::time_t NextCheckTime(std::time_t now) {
  vntext::LocalTime t = vntext::ToLocal(now);
  static constexpr int kTimes[][2] = {{8, 0}, {14, 0}, {16, 30}};
  for (const auto& hm : kTimes) {
    std::time_t at = vntext::FromLocal(t.year, t.month, t.day, hm[0], hm[1]);
    if (at > now) return at;
  }
  // Tomorrow 08:00: local midnight + 1 day + 8 h (no daylight saving in Việt Nam).
  return vntext::FromLocal(t.year, t.month, t.day, 0, 0) + 24 * 3600 + 8 * 3600;
}

}  // namespace core::dispatch
