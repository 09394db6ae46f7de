// The feedback form (góp ý) and its receipt, and status by tracking code. Anti-abuse
// (all self-hosted): every POST counts against the address; an e-mail address counts per
// accepted item; a honeypot field, a minimum fill time signed in a hidden field and the
// counters only add a challenge question when they trip, and hard limits refuse floods.
#include <ctime>

#include "core/abuse.h"
#include "core/audit.h"
#include "core/feedback.h"
#include "core/log.h"
#include "core/outbox.h"
#include "core/password.h"
#include "core/upload.h"
#include "core/vntext.h"
#include "core/workdays.h"
#include "feedback/feedback.h"

namespace feedback {
namespace {

using core::Row;
using core::Rows;
using core::Status;
namespace abuse = core::abuse;

constexpr char kFormName[] = "gop-y";
constexpr long kMinFillSeconds = 3;
constexpr long kMaxFillSeconds = 24 * 3600;
constexpr size_t kMaxAttachment = 10u << 20;
// Per address: POSTs per hour before the challenge, and before refusing.
constexpr int kAddressSoft = 5;
constexpr int kAddressHard = 30;
// Per e-mail address: accepted items per hour before the challenge, per day before refusing.
constexpr int kEmailSoft = 3;
constexpr int kEmailHardPerDay = 10;
// Tracking lookups per address in 10 minutes.
constexpr int kTrackLimit = 20;

constexpr char kTopicsSql[] = "SELECT code, name FROM feedback_topics ORDER BY sort_order, code LIMIT 50";

struct Typed {
  std::string name, email, phone, subject, topic, content;
};

Typed FromRequest(const Request& request) {
  auto get = [&](const char* name) {
    if (const std::string* v = request.Field(name)) return *v;
    auto it = request.entered.find(name);
    return it == request.entered.end() ? std::string() : it->second.substr(0, 6000);
  };
  return Typed{get("ho_ten"), get("email"), get("dien_thoai"), get("tieu_de"), get("linh_vuc"), get("noi_dung")};
}

bool PlausiblePhone(std::string_view phone) {
  int digits = 0;
  for (size_t i = 0; i < phone.size(); ++i) {
    char c = phone[i];
    if (c >= '0' && c <= '9') ++digits;
    else if (c == '+' && i == 0) continue;
    else if (c != ' ' && c != '.' && c != '-') return false;
  }
  return digits >= 8 && digits <= 15;
}

using Errors = std::map<std::string, std::string, std::less<>>;

Result<Response> ShowForm(const Request& request, Context& context, const Typed& typed, const Errors& errors,
                          const std::string& message, const abuse::Challenge* challenge, int status,
                          const std::string& time_token) {
  Result<Rows> topics = context.db.Query(kTopicsSql);
  if (!topics.ok()) return topics.status();
  Dict layout("feedback-form");
  Dict* page = StartPage(layout, request, context, "Gửi góp ý, câu hỏi", "feedback/form.tpl", false);
  page->SetValue("HO_TEN", typed.name);
  page->SetValue("EMAIL", typed.email);
  page->SetValue("DIEN_THOAI", typed.phone);
  page->SetValue("TIEU_DE", typed.subject);
  page->SetValue("NOI_DUNG", typed.content);
  page->SetValue("T", time_token);
  page->SetIntValue("SIMPLE_DAYS", core::feedback::kSimpleDays);
  page->SetIntValue("COMPLEX_DAYS", core::feedback::kComplexDays);
  for (const Row& t : *topics) {
    Dict* o = page->AddSectionDictionary("TOPIC");
    o->SetValue("VALUE", t.Str(0));
    o->SetValue("LABEL", t.Str(1));
    if (t.Str(0) == typed.topic) o->ShowSection("SELECTED");
  }
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  // The summary in the order of the form; each message also next to its field.
  for (const char* field : {"ho_ten", "email", "dien_thoai", "linh_vuc", "tieu_de", "noi_dung", "tep"}) {
    auto it = errors.find(field);
    if (it == errors.end()) continue;
    Dict* e = page->AddSectionDictionary("ERROR");
    e->SetValue("FIELD", field);
    e->SetValue("ERROR_TEXT", it->second);
  }
  for (const auto& [field, text] : errors) {
    page->SetValueAndShowSection("ERROR_" + field, text, "HAS_ERROR_" + field);
  }
  if (!errors.empty()) page->ShowSection("HAS_ERRORS");
  if (challenge) {
    Dict* c = page->AddSectionDictionary("CHALLENGE");
    c->SetValue("QUESTION", challenge->question);
    c->SetValue("TOKEN", challenge->token);
    if (errors.count("tra_loi")) c->SetValueAndShowSection("CHALLENGE_ERROR", errors.at("tra_loi"), "HAS_CHALLENGE_ERROR");
  }
  return RenderPage(layout, status, true);
}

std::string EmailSubject(std::string_view email) {
  std::string lower;
  for (char c : email) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return core::password::Sha256Hex(lower);
}

}  // namespace

Result<Response> HandleForm(const Request& request, Context& context) {
  Result<std::string> key = abuse::FormKey(context.db);
  if (!key.ok()) return key.status();
  return ShowForm(request, context, Typed{}, {}, "", nullptr, 200,
                  abuse::IssueFormTime(*key, kFormName, std::time(nullptr)));
}

Result<Response> HandleSubmit(const Request& request, Context& context) {
  std::time_t now = std::time(nullptr);
  Result<std::string> key = abuse::FormKey(context.db);
  if (!key.ok()) return key.status();
  Typed typed = FromRequest(request);
  const std::string* t_field = request.Field("t");
  std::string time_token = t_field ? *t_field : "";
  std::optional<long> elapsed = abuse::Elapsed(*key, kFormName, time_token, now);
  if (!elapsed) time_token = abuse::IssueFormTime(*key, kFormName, now);

  // Floods are refused before any other work.
  std::string address = ClientAddress(request);
  Result<int> by_address = abuse::Hit(context.db, "gop-y.ip", address, 3600);
  if (!by_address.ok()) return by_address.status();
  if (*by_address > kAddressHard) {
    return ShowForm(request, context, typed, {},
                    "Địa chỉ mạng của bạn đã gửi quá nhiều lần trong một giờ. Vui lòng thử lại sau ít phút; "
                    "nội dung bạn đã nhập vẫn được giữ lại bên dưới.",
                    nullptr, 429, time_token);
  }

  // The fields, each with its message next to it.
  Errors errors(request.invalid.begin(), request.invalid.end());
  errors.erase("website");
  errors.erase("t");
  errors.erase("thu_thach");
  if (!typed.email.empty() && !errors.count("email") && !core::outbox::IsAddress(typed.email)) {
    errors["email"] = "Thư điện tử không hợp lệ (ví dụ: ten@example.com).";
  }
  if (!typed.phone.empty() && !errors.count("dien_thoai") && !PlausiblePhone(typed.phone)) {
    errors["dien_thoai"] = "Số điện thoại chỉ gồm chữ số (8–15 số), có thể có dấu cách, dấu chấm hoặc dấu +.";
  }
  if (typed.email.empty() && typed.phone.empty() && !errors.count("email") && !errors.count("dien_thoai")) {
    errors["email"] = "Vui lòng nhập thư điện tử hoặc số điện thoại để chúng tôi trả lời bạn.";
  }
  if (!errors.count("linh_vuc")) {
    Result<Row> topic = context.db.QueryRow("SELECT code FROM feedback_topics WHERE code = ?", {typed.topic});
    if (!topic.ok() && !topic.status().IsNotFound()) return topic.status();
    if (!topic.ok()) errors["linh_vuc"] = "Vui lòng chọn lĩnh vực trong danh sách.";
  }
  size_t file_parts = 0;
  for (const core::UploadedFile& f : request.files) file_parts += f.data.empty() ? 0 : 1;
  const core::UploadedFile* file = request.File("tep");
  std::optional<core::upload::Type> file_type;
  if (file_parts > 1) {
    errors["tep"] = "Chỉ được gửi kèm một tệp.";
  } else if (file && file->data.size() > kMaxAttachment) {
    errors["tep"] = "Tệp đính kèm vượt quá 10 MB.";
  } else if (file) {
    Result<core::upload::Type> sniffed = core::upload::Sniff(file->data, core::upload::kFeedback);
    if (!sniffed.ok()) errors["tep"] = sniffed.status().user_message();
    else file_type = *sniffed;
  }
  bool has_file = file != nullptr;
  if (!errors.empty()) {
    if (has_file && !errors.count("tep")) errors["tep"] = "Vui lòng chọn lại tệp đính kèm (trình duyệt không giữ tệp khi gửi lại).";
    return ShowForm(request, context, typed, errors, "Vui lòng kiểm tra lại các ô được đánh dấu.", nullptr, 422,
                    time_token);
  }

  // Anti-abuse: anything that trips asks a question a person answers at once.
  std::string email_subject = typed.email.empty() ? "" : EmailSubject(typed.email);
  int email_hour = 0;
  if (!email_subject.empty()) {
    Result<int> per_day = abuse::Count(context.db, "gop-y.email", email_subject, 86400);
    if (!per_day.ok()) return per_day.status();
    if (*per_day >= kEmailHardPerDay) {
      return ShowForm(request, context, typed, {{"email", "Thư điện tử này đã gửi quá nhiều góp ý hôm nay."}},
                      "Thư điện tử này đã gửi quá nhiều góp ý trong ngày. Vui lòng thử lại vào ngày mai.", nullptr, 429,
                      time_token);
    }
    Result<int> per_hour = abuse::Count(context.db, "gop-y.email", email_subject, 3600);
    if (!per_hour.ok()) return per_hour.status();
    email_hour = *per_hour;
  }
  const std::string* honeypot = request.Field("website");
  bool tripped = (honeypot && !honeypot->empty()) || !elapsed || *elapsed < kMinFillSeconds ||
                 *elapsed > kMaxFillSeconds || *by_address > kAddressSoft || email_hour >= kEmailSoft;
  if (tripped) {
    const std::string* token = request.Field("thu_thach");
    const std::string* answer = request.Field("tra_loi");
    bool solved = token && answer && abuse::CheckChallenge(*key, *token, *answer, now);
    if (!solved) {
      abuse::Challenge challenge = abuse::NewChallenge(*key, now);
      Errors challenge_errors;
      if (token && !token->empty()) challenge_errors["tra_loi"] = "Câu trả lời chưa đúng, vui lòng thử lại với câu hỏi mới.";
      if (has_file) challenge_errors["tep"] = "Vui lòng chọn lại tệp đính kèm (trình duyệt không giữ tệp khi gửi lại).";
      return ShowForm(request, context, typed, challenge_errors,
                      "Để chắc chắn bạn không phải chương trình tự động, vui lòng trả lời câu hỏi kiểm tra rồi gửi lại.",
                      &challenge, token && !token->empty() ? 422 : 200, time_token);
    }
  }

  // Save: the file first (outside the database), then the row, in one transaction.
  Result<core::workdays::Calendar> calendar = core::workdays::Calendar::Load(context.db);
  if (!calendar.ok()) return calendar.status();
  core::workdays::Day due = core::feedback::DueDay(*calendar, now, false);
  std::string private_dir = context.config.private_dir() + "/gop-y";
  std::optional<core::upload::Saved> saved;
  if (file && file_type) {
    Result<core::upload::Saved> s = core::upload::Save(private_dir, file->data, *file_type);
    if (!s.ok()) return s.status();
    saved = *s;
  }
  auto fail = [&](const Status& s) -> Result<Response> {
    if (saved) core::upload::Remove(private_dir, saved->path);
    return s;
  };
  std::string code;
  uint64_t id = 0;
  {
    Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
    if (!tx.ok()) return fail(tx.status());
    for (int attempt = 0; attempt < 5 && id == 0; ++attempt) {
      code = abuse::RandomCode(core::feedback::kCodeLength);
      Result<core::ExecResult> ins = context.db.Execute(
          "INSERT INTO feedback (site_id, code, sender_name, sender_email, sender_phone, subject, topic_code, content, "
          "address, due_on, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {context.site.id, code, typed.name, typed.email, typed.phone, typed.subject, typed.topic, typed.content,
           address, core::workdays::ToIso(due), core::SqlDateTime(now)});
      if (ins.ok()) id = ins->insert_id;
      else if (!ins.status().IsConflict()) return fail(ins.status());
    }
    if (id == 0) return fail(Status::Internal("no free tracking code"));
    if (saved) {
      std::string name = core::vntext::IsValidUtf8(file->filename) ? file->filename.substr(0, 200) : "tep-dinh-kem";
      if (name.empty()) name = "tep-dinh-kem." + file_type->extension;
      Result<core::ExecResult> f = context.db.Execute(
          "INSERT INTO feedback_files (feedback_id, role, path, mime, name, size, sha256, token) "
          "VALUES (?, 'question', ?, ?, ?, ?, ?, ?)",
          {static_cast<long long>(id), "gop-y/" + saved->path, file_type->mime, name,
           static_cast<long long>(saved->size), saved->sha256, abuse::RandomHex16()});
      if (!f.ok()) return fail(f.status());
    }
    if (!email_subject.empty()) {
      Result<int> hit = abuse::Hit(context.db, "gop-y.email", email_subject, 3600);
      if (!hit.ok()) return fail(hit.status());
    }
    Status audit = core::Audit(context, request, "feedback.receive", "feedback", id, typed.subject.substr(0, 200));
    if (!audit.ok()) return fail(audit);
    Status committed = (*tx)->Commit();
    if (!committed.ok()) return fail(committed);
  }

  Dict layout("feedback-receipt");
  Dict* page = StartPage(layout, request, context, "Đã nhận góp ý của bạn", "feedback/receipt.tpl", true);
  page->SetValue("CODE", core::feedback::FormatCode(code));
  page->SetValue("DUE", core::workdays::ToVn(due));
  page->SetValue("RECEIVED", core::vntext::FormatDateTime(now));
  page->SetValue("SUBJECT", typed.subject);
  page->SetIntValue("SIMPLE_DAYS", core::feedback::kSimpleDays);
  page->SetIntValue("COMPLEX_DAYS", core::feedback::kComplexDays);
  if (saved) page->ShowSection("HAS_FILE");
  return RenderPage(layout, 200, true);
}

Result<Response> HandleTrackForm(const Request& request, Context& context) {
  Dict layout("feedback-track");
  StartPage(layout, request, context, "Tra cứu góp ý", "feedback/track.tpl", true);
  return RenderPage(layout, 200, false);
}

Result<Response> HandleTrack(const Request& request, Context& context) {
  Dict layout("feedback-track");
  Dict* page = StartPage(layout, request, context, "Tra cứu góp ý", "feedback/track.tpl", true);
  const std::string* typed = request.Field("ma");
  page->SetValue("MA", typed ? *typed : "");
  Result<int> hits = abuse::Hit(context.db, "tra-cuu.ip", ClientAddress(request), 600);
  if (!hits.ok()) return hits.status();
  if (*hits > kTrackLimit) {
    page->SetValueAndShowSection("MESSAGE", "Bạn đã tra cứu quá nhiều lần trong 10 phút. Vui lòng thử lại sau ít phút.",
                                 "HAS_MESSAGE");
    return RenderPage(layout, 429, true);
  }
  std::string code = typed ? abuse::NormalizeCode(*typed) : "";
  Result<Row> item = Status::NotFound();
  if (code.size() == core::feedback::kCodeLength) {
    item = context.db.QueryRow(
        "SELECT f.id, f.code, f.subject, f.status, f.received_at, DATE_FORMAT(f.due_on, '%Y-%m-%d'), "
        "COALESCE(f.answer_html, ''), f.answered_at, f.slug, COALESCE(s.short_name, ''), f.site_id, f.complex "
        "FROM feedback f LEFT JOIN sites s ON s.id = f.assigned_site_id WHERE f.code = ?",
        {code});
    if (!item.ok() && !item.status().IsNotFound()) return item.status();
  }
  if (!item.ok()) {
    // The same words for every wrong code: nothing about anyone else's items.
    page->SetValueAndShowSection("MESSAGE",
                                 "Không tìm thấy góp ý với mã tra cứu này. Vui lòng kiểm tra lại mã (10 ký tự, "
                                 "không có số 0, số 1, chữ I, L, O).",
                                 "HAS_MESSAGE");
    return RenderPage(layout, 404, true);
  }
  const Row& r = *item;
  Dict* found = page->AddSectionDictionary("FOUND");
  found->SetValue("CODE", core::feedback::FormatCode(r.Str(1)));
  found->SetValue("SUBJECT", r.Str(2));
  found->SetValue("STATUS", r.Str(3));
  found->SetValue("STATUS_LABEL", core::feedback::StatusLabel(r.Str(3)));
  found->SetValue("RECEIVED", core::vntext::FormatDateTime(r.Time(4)));
  std::optional<core::workdays::Day> due = core::workdays::Parse(r.Str(5));
  found->SetValue("DUE", due ? core::workdays::ToVn(*due) : r.Str(5));
  if (r.Int(11)) found->ShowSection("COMPLEX");
  if (!r.Str(9).empty()) found->SetValueAndShowSection("UNIT", r.Str(9), "HAS_UNIT");
  if (r.Str(3) == "answered" || r.Str(3) == "published") {
    found->SetValueAndShowSection("ANSWER", r.Str(6), "HAS_ANSWER");
    found->SetValue("ANSWERED", core::vntext::FormatDateTime(r.Time(7)));
    Result<Rows> files = context.db.Query(
        "SELECT token, name, size FROM feedback_files WHERE feedback_id = ? AND role = 'answer' ORDER BY id LIMIT 10",
        {r.Int(0)});
    if (!files.ok()) return files.status();
    for (const Row& f : *files) {
      Dict* fd = found->AddSectionDictionary("ANSWER_FILE");
      fd->SetValue("URL", context.prefix + "/gop-y/tep/" + f.Str(0));
      fd->SetValue("NAME", f.Str(1));
      fd->SetValue("SIZE", std::to_string((f.Int(2) + 1023) / 1024) + " KB");
    }
  }
  if (r.Str(3) == "published") {
    const core::Site* site = context.sites.ById(static_cast<uint32_t>(r.Int(10)));
    std::string prefix = !site || site == &context.sites.main() ? "" : "/don-vi/" + site->slug;
    found->SetValueAndShowSection("QA_URL", prefix + "/hoi-dap/" + r.Str(0) + "-" + r.Str(8), "PUBLISHED");
  }
  return RenderPage(layout, 200, true);
}

Result<Response> HandleAnswerFile(const Request& request, Context& context) {
  const std::string& token = request.path_args.at(0);
  if (token.size() != 32 || token.find_first_not_of("0123456789abcdef") != std::string::npos) {
    return Status::NotFound();
  }
  Result<Row> file = context.db.QueryRow(
      "SELECT ff.path, ff.mime, ff.name FROM feedback_files ff JOIN feedback f ON f.id = ff.feedback_id "
      "WHERE ff.token = ? AND ff.role = 'answer' AND f.status IN ('answered', 'published')",
      {token});
  if (!file.ok()) return file.status();
  return core::upload::SendPrivate(file->Str(0), file->Str(1), file->Str(2), file->Str(1) == "application/pdf");
}

}  // namespace feedback
