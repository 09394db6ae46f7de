// The approval chain of articles (seed 001 Điều 14, seed 002 Điều 13) as a pure state
// machine: who may do what to an article in which state. Handlers ask Decide() and
// store what it returns; nothing here touches the database.
#ifndef EDUPORTAL_CORE_WORKFLOW_H_
#define EDUPORTAL_CORE_WORKFLOW_H_

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "core/status.h"

namespace core::workflow {

// The article's status column.
enum class State { kDraft, kSubmitted, kForwarded, kReturned, kPublished, kTakenDown };
std::string_view StateName(State s);            // "draft", "submitted"…
Result<State> ParseState(std::string_view name);
std::string_view StateLabel(State s);           // "Bản nháp", "Chờ thư ký"…

enum class Action {
  kSave,      // Lưu nháp / Lưu: change the content
  kSubmit,    // Gửi duyệt: the author sends it to the secretary
  kForward,   // Chuyển duyệt: the secretary sends it to the approvers
  kApprove,   // Duyệt: published now or at a set time
  kReturn,    // Trả lại: back to the author, with a reason (a–g) and a note
  kTakeDown,  // Gỡ bài: a published article comes down, with a reason
  kRestore,   // Khôi phục: a taken-down article goes back up
};
std::string_view ActionName(Action a);  // "save", "submit"…
Result<Action> ParseAction(std::string_view name);
std::string_view ActionLabel(Action a);  // "Lưu nháp", "Gửi duyệt"…

struct Article {
  State state = State::kDraft;
  uint32_t author_id = 0;
  uint32_t category_id = 0;
  // Outside the plan, a repost, or a paid notice: the editor-in-chief decides.
  bool needs_chief = false;
};

// The acting account's roles on the article's site and the categories delegated to it.
struct Actor {
  uint32_t user_id = 0;
  std::set<std::string> roles;  // "thu-ky", "uy-vien"…
  std::set<uint32_t> delegated_categories;
  bool posting_revoked = false;
};

// May this actor create an article on this site at all?
bool CanWrite(const Actor& actor);

// The state after `action`, or Forbidden (with a Vietnamese message saying why) when the
// actor may not do it to the article in its state. REQUIRES: for kReturn and kTakeDown the
// caller also checks that a reason was given.
Result<State> Decide(Action action, const Article& article, const Actor& actor);

}  // namespace core::workflow

#endif  // EDUPORTAL_CORE_WORKFLOW_H_
