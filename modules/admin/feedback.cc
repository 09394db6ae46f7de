// The staff side of feedback (góp ý; SPEC A11, seed 002 Điều 14): the inbox of a site with
// due-soon and overdue items standing out and the site's on-time rate, and one item's
// page: classify (topic, simple/complex), assign to a unit or a person, answer (rich text
// sanitised, files), publish as Q&A with the sender's identity removed. Mail to the sender
// on answer and to staff on assignment goes through the outbox in the same transaction.
//
// Who (seed 002 Điều 14.1–2): the editorial board (Trưởng ban, Phó ban, Ủy viên, Thư ký)
// and the IT officer (Quản trị) of a site receive, classify, route and answer; a school's
// focal point (Đầu mối) handles its own site's items and those routed to its school; a
// person an item is assigned to may answer it. Publishing is the board's (Trưởng ban,
// Phó ban) or, on a school site, its focal point's decision.
#include <algorithm>
#include <ctime>

#include "admin/admin.h"
#include "core/abuse.h"
#include "core/audit.h"
#include "core/feedback.h"
#include "core/outbox.h"
#include "core/sanitize.h"
#include "core/upload.h"
#include "core/vntext.h"
#include "core/workdays.h"

namespace admin {
namespace {

using core::Row;
using core::Rows;
using core::Status;
namespace wd = core::workdays;

constexpr const char* kHandlerRoles[] = {"quan-tri", "truong-ban", "pho-ban", "uy-vien", "thu-ky", "dau-moi"};
constexpr const char* kPublisherRoles[] = {"truong-ban", "pho-ban", "dau-moi", "quan-tri"};
constexpr size_t kMaxAnswerFile = 10u << 20;
constexpr int kPageSize = 50;

bool HasAnyRole(const Context& context, std::span<const char* const> roles) {
  if (!context.user) return false;
  for (const char* r : roles) {
    if (context.user->Has(context.site.id, r)) return true;
  }
  return false;
}
bool IsHandler(const Context& context) { return HasAnyRole(context, kHandlerRoles); }
bool IsPublisher(const Context& context) { return HasAnyRole(context, kPublisherRoles); }

std::string LocalToday() { return wd::ToIso(wd::LocalDay(std::time(nullptr))); }

#define ITEM_COLUMNS                                                                                          \
  "SELECT f.id, f.code, f.subject, f.status, f.received_at, DATE_FORMAT(f.due_on, '%Y-%m-%d'), f.complex, "  \
  "t.name, COALESCE(us.short_name, ''), COALESCE(u.full_name, ''), f.site_id, f.topic_code, f.sender_name, "  \
  "f.sender_email, f.sender_phone, f.content, COALESCE(f.answer_html, ''), f.answered_at, "                   \
  "COALESCE(f.public_question, ''), COALESCE(f.public_title, ''), f.published_at, COALESCE(f.staff_note, ''), " \
  "COALESCE(f.assigned_site_id, 0), COALESCE(f.assigned_user_id, 0), f.slug, ss.short_name "                  \
  "FROM feedback f JOIN feedback_topics t ON t.code = f.topic_code JOIN sites ss ON ss.id = f.site_id "      \
  "LEFT JOIN sites us ON us.id = f.assigned_site_id LEFT JOIN users u ON u.id = f.assigned_user_id "
enum Col {
  kId, kCode, kSubject, kStatus, kReceived, kDue, kComplex, kTopicName, kUnitName, kUserName, kSiteId, kTopic,
  kSenderName, kSenderEmail, kSenderPhone, kContent, kAnswer, kAnsweredAt, kPublicQuestion, kPublicTitle,
  kPublishedAt, kNote, kUnitId, kUserId, kSlug, kSiteName
};

constexpr char kItemSql[] = ITEM_COLUMNS "WHERE f.id = ? AND (f.site_id = ? OR f.assigned_site_id = ?)";

// Where an item stands against its deadline today.
struct Timing {
  bool overdue = false, due_soon = false, late_answer = false;
  std::string label;
};

Timing TimingOf(const wd::Calendar& calendar, const Row& r) {
  Timing t;
  std::optional<wd::Day> due = wd::Parse(r.Str(kDue));
  if (!due) return t;
  wd::Day today = wd::LocalDay(std::time(nullptr));
  bool open = r.Str(kStatus) == "received" || r.Str(kStatus) == "assigned";
  if (open) {
    if (today > *due) {
      t.overdue = true;
      t.label = "Quá hạn " + std::to_string(calendar.CountWorkingDays(*due, today)) + " ngày làm việc";
    } else if (calendar.CountWorkingDays(today, *due) <= 1) {
      t.due_soon = true;
      t.label = today == *due ? "Đến hạn hôm nay" : "Sắp đến hạn";
    }
  } else if (!r.IsNull(kAnsweredAt) && wd::LocalDay(r.Time(kAnsweredAt)) > *due) {
    t.late_answer = true;
    t.label = "Trả lời trễ hạn";
  }
  return t;
}

// Only the item's own site, or the unit it is routed to, sees it; staff without a
// feedback role see only what is assigned to them personally.
Result<Row> LoadItem(Context& context, const std::string& id_arg) {
  if (id_arg.empty() || id_arg.size() > 10 || id_arg.find_first_not_of("0123456789") != std::string::npos) {
    return Status::NotFound();
  }
  Result<Row> row = context.db.QueryRow(kItemSql, {std::stoll(id_arg), context.site.id, context.site.id});
  if (!row.ok()) return row.status();
  if (!IsHandler(context) && static_cast<uint32_t>(row->Int(kUserId)) != context.user->user_id) {
    return Status::Forbidden("Bạn không có quyền xử lý góp ý này.");
  }
  return row;
}

void FillTopics(Dict* page, Context& context, const std::string& selected) {
  Result<Rows> topics = context.db.Query("SELECT code, name FROM feedback_topics ORDER BY sort_order LIMIT 50");
  if (!topics.ok()) return;
  for (const Row& t : *topics) {
    Dict* o = page->AddSectionDictionary("TOPIC");
    o->SetValue("VALUE", t.Str(0));
    o->SetValue("LABEL", t.Str(1));
    if (t.Str(0) == selected) o->ShowSection("SELECTED");
  }
}

std::string ItemUrl(const Context& context, const std::string& id) { return AdminBase(context) + "/gop-y/" + id; }

}  // namespace

void FillFeedbackSummary(Dict* page, Context& context) {
  if (!IsHandler(context)) return;
  Result<Row> counts = context.db.QueryRow(
      "SELECT COUNT(*), COALESCE(SUM(due_on < ?), 0) FROM feedback "
      "WHERE (site_id = ? OR assigned_site_id = ?) AND status IN ('received', 'assigned')",
      {LocalToday(), context.site.id, context.site.id});
  if (!counts.ok()) return;  // the dashboard stands without it
  Dict* panel = page->AddSectionDictionary("FEEDBACK");
  panel->SetValue("OPEN", counts->Str(0));
  panel->SetValue("OVERDUE", counts->Str(1));
}

Result<Response> HandleFeedbackInbox(const Request& request, Context& context) {
  if (!IsHandler(context)) {
    // Staff without a feedback role see the items assigned to them only.
    if (!context.user) return Status::Forbidden();
  }
  const std::string* filter = request.Field("loc");
  std::string f = filter ? *filter : "dang-xu-ly";
  const std::string* after = request.Field("sau");
  long long before = after ? std::stoll(*after) : (1ll << 40);
  std::string today = LocalToday();
  // The filters, as data: one statement, a fixed shape.
  Result<Rows> rows = context.db.Query(
      ITEM_COLUMNS
      "WHERE (f.site_id = ? OR f.assigned_site_id = ?) AND (? = 1 OR f.assigned_user_id = ?) AND f.id < ? AND ("
      "  (? = 1 AND f.status IN ('received', 'assigned')) OR "
      "  (? = 1 AND f.status IN ('received', 'assigned') AND f.due_on < ?) OR "
      "  (? = 1 AND f.status = 'answered') OR "
      "  (? = 1 AND f.status = 'published') OR (? = 1)) "
      "ORDER BY (f.status IN ('received', 'assigned')) DESC, "
      "  CASE WHEN f.status IN ('received', 'assigned') THEN f.due_on END ASC, f.id DESC LIMIT ?",
      {context.site.id, context.site.id, IsHandler(context) ? 1 : 0, context.user->user_id, before, f == "dang-xu-ly" ? 1 : 0,
       f == "qua-han" ? 1 : 0, today, f == "da-tra-loi" ? 1 : 0, f == "da-cong-khai" ? 1 : 0, f == "tat-ca" ? 1 : 0,
       kPageSize + 1});
  if (!rows.ok()) return rows.status();
  Result<wd::Calendar> calendar = wd::Calendar::Load(context.db);
  if (!calendar.ok()) return calendar.status();
  // The site's on-time rate: answered by the due day, over answered plus open overdue.
  Result<Row> rate = context.db.QueryRow(
      "SELECT COUNT(answered_at), "
      "COALESCE(SUM(answered_at IS NOT NULL AND DATE(CONVERT_TZ(answered_at, '+00:00', '+07:00')) <= due_on), 0), "
      "COALESCE(SUM(answered_at IS NULL AND due_on < ?), 0), COALESCE(SUM(answered_at IS NULL), 0) "
      "FROM feedback WHERE site_id = ?",
      {today, context.site.id});
  if (!rate.ok()) return rate.status();

  Dict layout("feedback-inbox");
  Dict* page = StartPage(layout, request, context, "Góp ý, hỏi đáp", "admin/feedback_inbox.tpl");
  long long answered = rate->Int(0), on_time = rate->Int(1), open_overdue = rate->Int(2);
  long long denominator = answered + open_overdue;
  page->SetValue("RATE", denominator ? std::to_string((on_time * 100 + denominator / 2) / denominator) + "%" : "—");
  page->SetIntValue("ON_TIME", on_time);
  page->SetIntValue("DENOMINATOR", denominator);
  page->SetIntValue("OPEN", rate->Int(3));
  page->SetIntValue("OPEN_OVERDUE", open_overdue);
  const std::pair<const char*, const char*> kFilters[] = {
      {"dang-xu-ly", "Đang xử lý"}, {"qua-han", "Quá hạn"}, {"da-tra-loi", "Đã trả lời"},
      {"da-cong-khai", "Đã công khai"}, {"tat-ca", "Tất cả"}};
  for (const auto& [value, label] : kFilters) {
    Dict* tab = page->AddSectionDictionary("FILTER");
    tab->SetValue("LABEL", label);
    tab->SetValue("URL", AdminBase(context) + "/gop-y?loc=" + value);
    if (f == value) tab->ShowSection("CURRENT");
  }
  bool more = rows->size() > static_cast<size_t>(kPageSize);
  if (more) rows->pop_back();
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("ITEM");
    item->SetValue("URL", ItemUrl(context, r.Str(kId)));
    item->SetValue("SUBJECT", r.Str(kSubject));
    item->SetValue("CODE", core::feedback::FormatCode(r.Str(kCode)));
    item->SetValue("STATUS", r.Str(kStatus));
    item->SetValue("STATUS_LABEL", core::feedback::StatusLabel(r.Str(kStatus)));
    item->SetValue("RECEIVED", core::vntext::FormatDate(r.Time(kReceived)));
    std::optional<wd::Day> due = wd::Parse(r.Str(kDue));
    item->SetValue("DUE", due ? wd::ToVn(*due) : r.Str(kDue));
    item->SetValue("TOPIC", r.Str(kTopicName));
    if (r.Int(kComplex)) item->ShowSection("COMPLEX");
    if (!r.Str(kUnitName).empty()) item->SetValueAndShowSection("UNIT", r.Str(kUnitName), "HAS_UNIT");
    if (!r.Str(kUserName).empty()) item->SetValueAndShowSection("PERSON", r.Str(kUserName), "HAS_PERSON");
    if (static_cast<uint32_t>(r.Int(kSiteId)) != context.site.id) {
      item->SetValueAndShowSection("FROM_SITE", r.Str(kSiteName), "ROUTED");
    }
    Timing t = TimingOf(*calendar, r);
    if (t.overdue) item->SetValue("ROW_CLASS", "overdue");
    else if (t.due_soon) item->SetValue("ROW_CLASS", "due-soon");
    if (!t.label.empty()) item->SetValueAndShowSection("TIMING", t.label, "HAS_TIMING");
  }
  if (rows->empty()) page->ShowSection("EMPTY");
  if (more) {
    page->SetValueAndShowSection("MORE_URL", AdminBase(context) + "/gop-y?loc=" + f + "&sau=" + rows->back().Str(kId),
                                 "MORE");
  }
  return RenderPage(layout);
}

namespace {

Result<Response> ShowItem(const Request& request, Context& context, const Row& r, const std::string& message,
                          bool is_error, int status) {
  Result<wd::Calendar> calendar = wd::Calendar::Load(context.db);
  if (!calendar.ok()) return calendar.status();
  Result<Rows> files = context.db.Query(
      "SELECT id, role, name, size, mime FROM feedback_files WHERE feedback_id = ? ORDER BY id LIMIT 20", {r.Int(kId)});
  if (!files.ok()) return files.status();
  // Units to route to: the item's site and its member sites; people: the site's staff.
  uint32_t item_site = static_cast<uint32_t>(r.Int(kSiteId));
  Result<Rows> units = context.db.Query(
      "SELECT id, short_name FROM sites WHERE id = ? OR parent_id = ? ORDER BY parent_id IS NOT NULL, name LIMIT 200",
      {item_site, item_site});
  if (!units.ok()) return units.status();
  Result<Rows> people = context.db.Query(
      "SELECT DISTINCT u.id, u.full_name, u.username FROM users u JOIN user_roles ur ON ur.user_id = u.id "
      "WHERE ur.site_id IN (?, ?) AND u.locked = 0 ORDER BY u.full_name LIMIT 200",
      {item_site, context.site.id});
  if (!people.ok()) return people.status();

  Dict layout("feedback-item");
  Dict* page = StartPage(layout, request, context, "Góp ý " + core::feedback::FormatCode(r.Str(kCode)),
                         "admin/feedback_item.tpl");
  page->SetValue("ACTION", ItemUrl(context, r.Str(kId)));
  page->SetValue("INBOX_URL", AdminBase(context) + "/gop-y");
  page->SetValue("CODE", core::feedback::FormatCode(r.Str(kCode)));
  page->SetValue("SUBJECT", r.Str(kSubject));
  page->SetValue("STATUS", r.Str(kStatus));
  page->SetValue("STATUS_LABEL", core::feedback::StatusLabel(r.Str(kStatus)));
  page->SetValue("SENDER_NAME", r.Str(kSenderName));
  page->SetValueAndShowSection("SENDER_EMAIL", r.Str(kSenderEmail), "HAS_EMAIL");
  page->SetValueAndShowSection("SENDER_PHONE", r.Str(kSenderPhone), "HAS_PHONE");
  page->SetValue("CONTENT", r.Str(kContent));
  page->SetValue("TOPIC_NAME", r.Str(kTopicName));
  page->SetValue("SITE_OF_ITEM", r.Str(kSiteName));
  page->SetValue("RECEIVED", core::vntext::FormatDateTime(r.Time(kReceived)));
  std::optional<wd::Day> due = wd::Parse(r.Str(kDue));
  page->SetValue("DUE", due ? wd::ToVn(*due) : r.Str(kDue));
  page->SetValue("DAYS", std::to_string(r.Int(kComplex) ? core::feedback::kComplexDays : core::feedback::kSimpleDays));
  if (r.Int(kComplex)) page->ShowSection("COMPLEX");
  Timing t = TimingOf(*calendar, r);
  if (!t.label.empty()) {
    page->SetValueAndShowSection("TIMING", t.label, "HAS_TIMING");
    page->SetValue("TIMING_CLASS", t.overdue || t.late_answer ? "overdue" : "due-soon");
  }
  page->SetValue("NOTE", r.Str(kNote));
  page->SetValue("ANSWER", r.Str(kAnswer));
  page->SetValue("PUBLIC_TITLE", r.Str(kPublicTitle).empty() ? r.Str(kSubject) : r.Str(kPublicTitle));
  page->SetValue("PUBLIC_QUESTION", r.Str(kPublicQuestion));
  if (!r.Str(kAnswer).empty()) page->SetValueAndShowSection("ANSWER_HTML", r.Str(kAnswer), "HAS_ANSWER");
  if (!r.IsNull(kAnsweredAt)) page->SetValue("ANSWERED_AT", core::vntext::FormatDateTime(r.Time(kAnsweredAt)));
  if (r.Str(kStatus) == "published") {
    const core::Site* s = context.sites.ById(item_site);
    std::string prefix = !s || s == &context.sites.main() ? "" : "/don-vi/" + s->slug;
    page->SetValueAndShowSection("QA_URL", prefix + "/hoi-dap/" + r.Str(kId) + "-" + r.Str(kSlug), "PUBLISHED");
  }
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, is_error ? "HAS_ERROR" : "HAS_NOTICE");
  for (const Row& f : *files) {
    Dict* fd = page->AddSectionDictionary(f.Str(1) == "question" ? "QUESTION_FILE" : "ANSWER_FILE");
    fd->SetValue("URL", ItemUrl(context, r.Str(kId)) + "/tep/" + f.Str(0));
    fd->SetValue("NAME", f.Str(2));
    fd->SetValue("SIZE", std::to_string((f.Int(3) + 1023) / 1024) + " KB");
    fd->SetValue("MIME", f.Str(4));
  }
  FillTopics(page, context, r.Str(kTopic));
  for (const Row& u : *units) {
    Dict* o = page->AddSectionDictionary("UNIT");
    o->SetValue("VALUE", u.Str(0));
    o->SetValue("LABEL", u.Str(1));
    if (u.Int(0) == r.Int(kUnitId)) o->ShowSection("SELECTED");
  }
  for (const Row& p : *people) {
    Dict* o = page->AddSectionDictionary("PERSON");
    o->SetValue("VALUE", p.Str(0));
    o->SetValue("LABEL", p.Str(1) + " (" + p.Str(2) + ")");
    if (p.Int(0) == r.Int(kUserId)) o->ShowSection("SELECTED");
  }
  bool handler = IsHandler(context);
  if (handler) page->ShowSection("CAN_CLASSIFY");
  bool can_answer = handler || static_cast<uint32_t>(r.Int(kUserId)) == context.user->user_id;
  if (can_answer && r.Str(kStatus) != "published") page->ShowSection("CAN_ANSWER");
  if (IsPublisher(context) && static_cast<uint32_t>(r.Int(kSiteId)) == context.site.id &&
      (r.Str(kStatus) == "answered" || r.Str(kStatus) == "published")) {
    page->ShowSection("CAN_PUBLISH");
    if (r.Str(kStatus) == "published") page->ShowSection("CAN_UNPUBLISH");
  }
  Result<Response> out = RenderPage(layout);
  if (out.ok()) out->status = status;
  return out;
}

// Mail to the staff an item was routed to: the person, or the unit's focal points.
Status MailAssignees(Context& context, const Row& r, uint32_t unit_id, uint32_t user_id) {
  Result<Rows> to = context.db.Query(
      "SELECT DISTINCT u.email FROM users u LEFT JOIN user_roles ur ON ur.user_id = u.id "
      "WHERE u.locked = 0 AND u.email <> '' AND (u.id = ? OR (ur.site_id = ? AND ur.role_code = 'dau-moi')) LIMIT 20",
      {user_id, unit_id});
  if (!to.ok()) return to.status();
  const core::Site* unit = context.sites.ById(unit_id);
  std::string unit_prefix = !unit || unit == &context.sites.main() ? "" : "/don-vi/" + unit->slug;
  std::string link = context.config.base_url + (user_id ? AdminBase(context) : unit_prefix + "/admin") + "/gop-y/" + r.Str(kId);
  for (const Row& m : *to) {
    if (!core::outbox::IsAddress(m.Str(0))) continue;
    core::outbox::Mail mail;
    mail.site_id = context.site.id;
    mail.to = m.Str(0);
    mail.subject = "Góp ý được chuyển đến bạn: " + r.Str(kSubject);
    mail.body = "Góp ý «" + r.Str(kSubject) + "» (" + r.Str(kTopicName) + ") đã được phân công cho bạn/đơn vị của bạn.\n"
                "Hạn trả lời: " + (wd::Parse(r.Str(kDue)) ? wd::ToVn(*wd::Parse(r.Str(kDue))) : r.Str(kDue)) + ".\n\nXử lý tại: " + link + "\n";
    mail.kind = "feedback-assigned";
    Status s = core::outbox::Enqueue(context.db, mail);
    if (!s.ok()) return s;
  }
  return Status();
}

}  // namespace

Result<Response> HandleFeedbackItem(const Request& request, Context& context) {
  Result<Row> r = LoadItem(context, request.path_args.at(0));
  if (!r.ok()) return r.status();
  std::string message;
  for (const auto& [k, v] : request.query_params) {
    if (k == "da-luu" && v == "1") message = "Đã lưu.";
  }
  return ShowItem(request, context, *r, message, false, 200);
}

Result<Response> HandleFeedbackAction(const Request& request, Context& context) {
  Result<Row> loaded = LoadItem(context, request.path_args.at(0));
  if (!loaded.ok()) return loaded.status();
  const Row& r = *loaded;
  const std::string action = request.Field("thao_tac") ? *request.Field("thao_tac") : "";
  long long id = r.Int(kId);
  auto again = [&](const std::string& msg) { return ShowItem(request, context, r, msg, true, 422); };
  if (!request.invalid.empty()) {
    std::string msg;
    for (const auto& [field, text] : request.invalid) msg += text + " ";
    return again(msg);
  }
  bool handler = IsHandler(context);
  bool assignee = static_cast<uint32_t>(r.Int(kUserId)) == context.user->user_id;
  auto field = [&](const char* name) { return request.Field(name) ? *request.Field(name) : std::string(); };

  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  std::string audit_action = "feedback." + action;
  if (action == "phan-loai") {
    if (!handler) return Status::Forbidden("Bạn không có quyền phân loại góp ý.");
    std::string topic = field("linh_vuc");
    bool complex = request.Field("phuc_tap") != nullptr;
    Result<Row> known = context.db.QueryRow("SELECT code FROM feedback_topics WHERE code = ?", {topic});
    if (!known.ok()) return again("Vui lòng chọn lĩnh vực trong danh sách.");
    Result<wd::Calendar> calendar = wd::Calendar::Load(context.db);
    if (!calendar.ok()) return calendar.status();
    wd::Day due = core::feedback::DueDay(*calendar, r.Time(kReceived), complex);
    Result<core::ExecResult> u = context.db.Execute(
        "UPDATE feedback SET topic_code = ?, complex = ?, due_on = ?, staff_note = ?, updated_at = UTC_TIMESTAMP() "
        "WHERE id = ?",
        {topic, complex ? 1 : 0, wd::ToIso(due), field("ghi_chu"), id});
    if (!u.ok()) return u.status();
  } else if (action == "phan-cong") {
    if (!handler) return Status::Forbidden("Bạn không có quyền phân công góp ý.");
    long long unit = request.Field("don_vi") ? std::stoll(field("don_vi")) : 0;
    long long person = request.Field("nguoi") ? std::stoll(field("nguoi")) : 0;
    if (!unit && !person) return again("Vui lòng chọn đơn vị hoặc người xử lý.");
    uint32_t item_site = static_cast<uint32_t>(r.Int(kSiteId));
    if (unit) {
      Result<Row> ok = context.db.QueryRow("SELECT id FROM sites WHERE id = ? AND (id = ? OR parent_id = ?)",
                                           {unit, item_site, item_site});
      if (!ok.ok()) return again("Đơn vị không thuộc phạm vi của trang này.");
    }
    if (person) {
      Result<Row> ok = context.db.QueryRow(
          "SELECT u.id FROM users u JOIN user_roles ur ON ur.user_id = u.id WHERE u.id = ? AND u.locked = 0 "
          "AND ur.site_id IN (?, ?) LIMIT 1", {person, item_site, context.site.id});
      if (!ok.ok()) return again("Người xử lý không thuộc đơn vị.");
    }
    Result<core::ExecResult> u = context.db.Execute(
        "UPDATE feedback SET assigned_site_id = ?, assigned_user_id = ?, assigned_at = UTC_TIMESTAMP(), "
        "status = IF(status = 'received', 'assigned', status), updated_at = UTC_TIMESTAMP() WHERE id = ?",
        {unit ? std::optional<long long>(unit) : std::nullopt, person ? std::optional<long long>(person) : std::nullopt, id});
    if (!u.ok()) return u.status();
    Status mailed = MailAssignees(context, r, static_cast<uint32_t>(unit), static_cast<uint32_t>(person));
    if (!mailed.ok()) return mailed;
  } else if (action == "tra-loi") {
    if (!handler && !assignee) return Status::Forbidden("Bạn không có quyền trả lời góp ý này.");
    if (r.Str(kStatus) == "published") return again("Góp ý đã công khai; hãy thôi công khai trước khi sửa trả lời.");
    std::string answer = core::html::Sanitize(field("tra_loi"));
    if (core::html::ToText(answer).empty()) return again("Nội dung trả lời không được để trống.");
    const core::UploadedFile* file = request.File("tep");
    std::optional<core::upload::Saved> saved;
    std::optional<core::upload::Type> type;
    std::string dir = context.config.private_dir() + "/gop-y";
    if (file) {
      if (file->data.size() > kMaxAnswerFile) return again("Tệp đính kèm vượt quá 10 MB.");
      Result<core::upload::Type> sniffed = core::upload::Sniff(file->data, core::upload::kFeedback);
      if (!sniffed.ok()) return again(sniffed.status().user_message());
      type = *sniffed;
      Result<core::upload::Saved> s = core::upload::Save(dir, file->data, *type);
      if (!s.ok()) return s.status();
      saved = *s;
    }
    auto fail = [&](const Status& s) -> Result<Response> {
      if (saved) core::upload::Remove(dir, saved->path);
      return s;
    };
    bool first_answer = r.IsNull(kAnsweredAt);
    Result<core::ExecResult> u = context.db.Execute(
        "UPDATE feedback SET answer_html = ?, answered_by = ?, answered_at = COALESCE(answered_at, UTC_TIMESTAMP()), "
        "status = 'answered', updated_at = UTC_TIMESTAMP() WHERE id = ?",
        {answer, context.user->user_id, id});
    if (!u.ok()) return fail(u.status());
    if (saved) {
      std::string name = core::vntext::IsValidUtf8(file->filename) && !file->filename.empty()
                             ? file->filename.substr(0, 200) : "tra-loi." + type->extension;
      Result<core::ExecResult> f = context.db.Execute(
          "INSERT INTO feedback_files (feedback_id, role, path, mime, name, size, sha256, token) "
          "VALUES (?, 'answer', ?, ?, ?, ?, ?, ?)",
          {id, "gop-y/" + saved->path, type->mime, name, static_cast<long long>(saved->size), saved->sha256,
           core::abuse::RandomHex16()});
      if (!f.ok()) return fail(f.status());
    }
    if (!r.Str(kSenderEmail).empty() && core::outbox::IsAddress(r.Str(kSenderEmail))) {
      const core::Site* s = context.sites.ById(static_cast<uint32_t>(r.Int(kSiteId)));
      std::string base = s && !s->base_url.empty() ? s->base_url
                         : context.config.base_url + (!s || s == &context.sites.main() ? "" : "/don-vi/" + s->slug);
      core::outbox::Mail mail;
      mail.site_id = static_cast<uint32_t>(r.Int(kSiteId));
      mail.to = r.Str(kSenderEmail);
      mail.subject = (first_answer ? "Trả lời góp ý: " : "Cập nhật trả lời góp ý: ") + r.Str(kSubject);
      mail.body = "Kính gửi " + r.Str(kSenderName) + ",\n\n" + r.Str(kSiteName) + " đã trả lời góp ý «" +
                  r.Str(kSubject) + "» của bạn:\n\n" + core::html::ToText(answer) +
                  "\n\nXem trả lời và tệp kèm theo tại " + base + "/gop-y/tra-cuu bằng mã tra cứu trên phiếu tiếp nhận.\n";
      mail.kind = "feedback-answer";
      Status m = core::outbox::Enqueue(context.db, mail);
      if (!m.ok()) return fail(m);
    }
    Status audit = core::Audit(context, request, audit_action, "feedback", static_cast<uint64_t>(id), r.Str(kSubject).substr(0, 200));
    if (!audit.ok()) return fail(audit);
    Status committed = (*tx)->Commit();
    if (!committed.ok()) return fail(committed);
    return Response::Redirect(ItemUrl(context, r.Str(kId)) + "?da-luu=1", 303);
  } else if (action == "cong-khai") {
    if (!IsPublisher(context) || static_cast<uint32_t>(r.Int(kSiteId)) != context.site.id) {
      return Status::Forbidden("Chỉ Trưởng ban, Phó ban (hoặc đầu mối của trường) được công khai hỏi đáp.");
    }
    if (r.Str(kStatus) != "answered" && r.Str(kStatus) != "published") return again("Chỉ công khai được góp ý đã trả lời.");
    std::string title = field("tieu_de_cong_khai");
    std::string question = field("cau_hoi_cong_khai");
    if (title.size() < 5) return again("Vui lòng nhập tiêu đề công khai (ít nhất 5 ký tự).");
    if (question.size() < 10) {
      return again("Vui lòng nhập câu hỏi công khai: nội dung đã biên tập, bỏ tên, địa chỉ, số điện thoại, thư điện tử của người gửi.");
    }
    // The sender's identity never reaches the public text.
    for (const std::string* ident : {&r.Str(kSenderEmail), &r.Str(kSenderPhone)}) {
      if (ident->size() >= 6 && (question.find(*ident) != std::string::npos || title.find(*ident) != std::string::npos)) {
        return again("Câu hỏi công khai còn chứa thư điện tử hoặc số điện thoại của người gửi.");
      }
    }
    if (r.Str(kSenderName).size() >= 6 && (question.find(r.Str(kSenderName)) != std::string::npos ||
                                           title.find(r.Str(kSenderName)) != std::string::npos)) {
      return again("Câu hỏi công khai còn chứa họ tên của người gửi.");
    }
    // The answer is published as sent: it may not name the sender either.
    std::string answer_text = core::html::ToText(r.Str(kAnswer));
    for (const std::string* ident : {&r.Str(kSenderName), &r.Str(kSenderEmail), &r.Str(kSenderPhone)}) {
      if (ident->size() >= 6 && answer_text.find(*ident) != std::string::npos) {
        return again("Câu trả lời còn chứa họ tên, thư điện tử hoặc số điện thoại của người gửi: thôi nêu danh tính "
                     "trong câu trả lời (gửi lại trả lời) rồi mới công khai.");
      }
    }
    std::string slug = core::vntext::Slugify(title);
    if (slug.empty()) slug = "hoi-dap";
    Result<core::ExecResult> u = context.db.Execute(
        "UPDATE feedback SET public_title = ?, public_question = ?, slug = ?, status = 'published', "
        "published_at = COALESCE(published_at, UTC_TIMESTAMP()), updated_at = UTC_TIMESTAMP() WHERE id = ?",
        {title, question, slug, id});
    if (!u.ok()) return u.status();
  } else if (action == "thoi-cong-khai") {
    if (!IsPublisher(context) || static_cast<uint32_t>(r.Int(kSiteId)) != context.site.id) {
      return Status::Forbidden("Bạn không có quyền thôi công khai hỏi đáp.");
    }
    Result<core::ExecResult> u = context.db.Execute(
        "UPDATE feedback SET status = 'answered', published_at = NULL, updated_at = UTC_TIMESTAMP() "
        "WHERE id = ? AND status = 'published'", {id});
    if (!u.ok()) return u.status();
  } else {
    return again("Vui lòng chọn một thao tác.");
  }
  Status audit = core::Audit(context, request, audit_action, "feedback", static_cast<uint64_t>(id), r.Str(kSubject).substr(0, 200));
  if (!audit.ok()) return audit;
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed;
  return Response::Redirect(ItemUrl(context, r.Str(kId)) + "?da-luu=1", 303);
}

Result<Response> HandleFeedbackFile(const Request& request, Context& context) {
  Result<Row> r = LoadItem(context, request.path_args.at(0));
  if (!r.ok()) return r.status();
  const std::string& file_id = request.path_args.at(1);
  if (file_id.empty() || file_id.size() > 10 || file_id.find_first_not_of("0123456789") != std::string::npos) {
    return Status::NotFound();
  }
  Result<Row> f = context.db.QueryRow("SELECT path, mime, name FROM feedback_files WHERE id = ? AND feedback_id = ?",
                                      {std::stoll(file_id), r->Int(kId)});
  if (!f.ok()) return f.status();
  (void)core::Audit(context, request, "feedback.file", "feedback", static_cast<uint64_t>(r->Int(kId)), f->Str(2).substr(0, 200));
  return core::upload::SendPrivate(f->Str(0), f->Str(1), f->Str(2), false);
}

}  // namespace admin
