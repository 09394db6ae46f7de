// The approval chain's rules.
#include "core/workflow.h"

namespace core::workflow {
namespace {

struct StateInfo {
  State state;
  std::string_view name, label;
};
constexpr StateInfo kStates[] = {
    {State::kDraft, "draft", "Bản nháp"},
    {State::kSubmitted, "submitted", "Chờ thư ký biên tập"},
    {State::kForwarded, "forwarded", "Chờ duyệt"},
    {State::kReturned, "returned", "Bị trả lại"},
    {State::kPublished, "published", "Đã đăng"},
    {State::kTakenDown, "taken_down", "Đã gỡ"},
};

struct ActionInfo {
  Action action;
  std::string_view name, label;
};
constexpr ActionInfo kActions[] = {
    {Action::kSave, "save", "Lưu nháp"},       {Action::kSubmit, "submit", "Gửi duyệt"},
    {Action::kForward, "forward", "Chuyển duyệt"}, {Action::kApprove, "approve", "Duyệt"},
    {Action::kReturn, "return", "Trả lại"},    {Action::kTakeDown, "take_down", "Gỡ bài"},
    {Action::kRestore, "restore", "Khôi phục"},
};

bool Has(const Actor& a, std::string_view role) { return a.roles.count(std::string(role)) > 0; }

// Approvers of an article (seed 001 Điều 14.2): the editor-in-chief always; the deputy
// unless the article needs the chief; a board member only in delegated categories and
// not for what needs the chief. A school's focal point approves on its own school site.
bool CanApprove(const Actor& a, const Article& art) {
  if (Has(a, "truong-ban")) return true;
  if (art.needs_chief) return false;
  if (Has(a, "pho-ban") || Has(a, "dau-moi")) return true;
  return Has(a, "uy-vien") && a.delegated_categories.count(art.category_id) > 0;
}

bool IsEditor(const Actor& a) {
  return Has(a, "thu-ky") || Has(a, "pho-ban") || Has(a, "truong-ban") || Has(a, "dau-moi");
}

Status No(std::string message) { return Status::Forbidden(std::move(message), "workflow"); }

}  // namespace

std::string_view StateName(State s) {
  for (const auto& i : kStates) if (i.state == s) return i.name;
  return "draft";
}
std::string_view StateLabel(State s) {
  for (const auto& i : kStates) if (i.state == s) return i.label;
  return "";
}
Result<State> ParseState(std::string_view name) {
  for (const auto& i : kStates) if (i.name == name) return i.state;
  return Status::Invalid("Trạng thái bài viết không hợp lệ.", std::string(name));
}
std::string_view ActionName(Action a) {
  for (const auto& i : kActions) if (i.action == a) return i.name;
  return "";
}
std::string_view ActionLabel(Action a) {
  for (const auto& i : kActions) if (i.action == a) return i.label;
  return "";
}
Result<Action> ParseAction(std::string_view name) {
  for (const auto& i : kActions) if (i.name == name) return i.action;
  return Status::Invalid("Thao tác không hợp lệ.", std::string(name));
}

bool CanWrite(const Actor& a) {
  if (a.posting_revoked) return false;
  for (std::string_view r : {"cong-tac-vien", "giao-vien", "thu-ky", "uy-vien", "pho-ban", "truong-ban", "dau-moi"}) {
    if (Has(a, r)) return true;
  }
  return false;
}

Result<State> Decide(Action action, const Article& art, const Actor& a) {
  if (a.posting_revoked) return No("Tài khoản của bạn đã bị thu hồi quyền đăng bài.");
  const bool author = art.author_id == a.user_id;
  switch (action) {
    case Action::kSave:
      if ((art.state == State::kDraft || art.state == State::kReturned) && author && CanWrite(a)) return art.state;
      if ((art.state == State::kSubmitted || art.state == State::kForwarded) && (IsEditor(a) || CanApprove(a, art))) {
        return art.state;
      }
      // A published article the chief had to approve changes only with the chief.
      if ((art.state == State::kPublished || art.state == State::kTakenDown) &&
          (Has(a, "truong-ban") || (Has(a, "pho-ban") && !art.needs_chief))) {
        return art.state;
      }
      return No("Bạn không được sửa bài viết ở trạng thái này.");
    case Action::kSubmit:
      if ((art.state == State::kDraft || art.state == State::kReturned) && author && CanWrite(a)) {
        return State::kSubmitted;
      }
      return No("Chỉ tác giả mới gửi duyệt được bản nháp hoặc bài bị trả lại của mình.");
    case Action::kForward:
      // Seed 001 Điều 14.2: the secretary edits and forwards to the approvers.
      if (art.state == State::kSubmitted && IsEditor(a)) return State::kForwarded;
      return No("Chỉ thư ký (hoặc trưởng, phó ban) chuyển duyệt được bài đang chờ biên tập.");
    case Action::kApprove:
      if (art.state != State::kForwarded && !(art.state == State::kSubmitted && (Has(a, "truong-ban") || Has(a, "dau-moi")))) {
        return No("Bài viết phải được thư ký chuyển duyệt trước khi duyệt đăng.");
      }
      if (CanApprove(a, art)) return State::kPublished;
      if (art.needs_chief) {
        return No("Bài ngoài kế hoạch, bài đăng lại hoặc thông tin quảng cáo chỉ Trưởng ban được duyệt.");
      }
      return No("Bạn không được giao duyệt chuyên mục của bài viết này.");
    case Action::kReturn:
      // Seed 001 Điều 14.2: once forwarded, what needs the chief is the chief's to refuse.
      if (art.state == State::kForwarded && art.needs_chief) {
        if (Has(a, "truong-ban")) return State::kReturned;
        return No("Bài ngoài kế hoạch, bài đăng lại hoặc thông tin quảng cáo do Trưởng ban quyết định.");
      }
      if ((art.state == State::kSubmitted || art.state == State::kForwarded) && (IsEditor(a) || CanApprove(a, art))) {
        return State::kReturned;
      }
      return No("Bạn không được trả lại bài viết này.");
    case Action::kTakeDown:
      if (art.state == State::kPublished && (Has(a, "truong-ban") || Has(a, "pho-ban"))) return State::kTakenDown;
      return No("Chỉ Trưởng ban, Phó ban được gỡ bài đã đăng.");
    case Action::kRestore:
      if (art.state == State::kTakenDown && Has(a, "truong-ban")) return State::kPublished;
      return No("Chỉ Trưởng ban được khôi phục bài đã gỡ.");
  }
  return No("Thao tác không hợp lệ.");
}

}  // namespace core::workflow
