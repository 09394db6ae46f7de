// Document distribution (văn bản điều hành nội bộ, SPEC B22; seed 000 Điều 7–8): the
// office composes a dispatch (công văn) for sites of its subtree, each receiving site
// reads it in its inbox (a read receipt per site), replies with text and files, forwards
// it inside the site; the sender tracks who has not opened, opened, replied (late) or is
// overdue, reminds them by e-mail and downloads a summary. A sent dispatch is immutable:
// corrections (đính chính) and withdrawals (thu hồi) are new dispatches linked to it.
#include <algorithm>
#include <set>

#include "admin/admin.h"
#include "core/audit.h"
#include "core/dispatch.h"
#include "core/outbox.h"
#include "core/sanitize.h"
#include "core/upload.h"
#include "core/vntext.h"

namespace admin {
namespace {

using core::Row;
using core::Rows;
using core::Status;
namespace dp = core::dispatch;

// Seed 000 Điều 6.2.2: the clerk (văn thư) issues the office's documents; the leaders
// (Trưởng ban, Phó ban) and the system administrator may too.
constexpr std::string_view kSendRoles[] = {"van-thu", "truong-ban", "pho-ban", "quan-tri"};
// Seed 000 Điều 8: the head of a school (its leaders) and the focal point receive them.
constexpr std::string_view kReceiveRoles[] = {"dau-moi", "truong-ban", "pho-ban", "van-thu", "quan-tri"};

constexpr size_t kMaxFiles = 10;
constexpr size_t kMaxFileBytes = 20u << 20;
constexpr int kInboxLimit = 200;

bool HasOneOf(const Context& context, std::span<const std::string_view> roles) {
  if (!context.user) return false;
  for (std::string_view r : roles) {
    if (context.user->Has(context.site.id, r)) return true;
  }
  return false;
}

// Sites below the current one (any depth), which a dispatch may be sent to.
std::vector<const core::Site*> Below(const Context& context) {
  std::vector<const core::Site*> all = context.sites.Subtree(context.site);
  all.erase(std::remove(all.begin(), all.end(), &context.site), all.end());
  return all;
}

bool CanSend(const Context& context) { return HasOneOf(context, kSendRoles) && !Below(context).empty(); }
// A root site (the top of the installation) has no one above it to receive from.
bool CanReceive(const Context& context) { return context.site.parent_id != 0 && HasOneOf(context, kReceiveRoles); }

uint64_t ParseId(std::string_view text) {
  uint64_t id = 0;
  if (text.empty() || text.size() > 10) return 0;
  for (char c : text) {
    if (c < '0' || c > '9') return 0;
    id = id * 10 + static_cast<uint64_t>(c - '0');
  }
  return id;
}

std::vector<std::string> AllValues(const Request& request, std::string_view name) {
  std::vector<std::string> out;
  for (const auto& [k, v] : request.form_params) {
    if (k == name && !v.empty()) out.push_back(v);
  }
  return out;
}

std::string Field(const Request& request, const char* name) {
  if (const std::string* v = request.Field(name)) return *v;
  auto it = request.entered.find(name);
  return it == request.entered.end() ? std::string() : it->second;
}

// "2026-11-24T08:30" (local, <input type=datetime-local>) → UTC; nullopt if malformed.
std::optional<std::time_t> ParseLocalDateTime(const std::string& text) { return core::vntext::ParseFormDateTime(text); }


// The admin of another site, for links in e-mails: from configuration, never the request.
std::string SiteAdminUrl(const Context& context, const core::Site& site, std::string_view path) {
  std::string base = site.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  if (base.empty()) base = context.config.base_url + (&site == &context.sites.main() ? "" : "/don-vi/" + site.slug);
  return base + "/admin" + std::string(path);
}

std::string KindLabel(std::string_view kind) {
  if (kind == "dinh-chinh") return "Đính chính";
  if (kind == "thu-hoi") return "Thu hồi";
  return "Công văn";
}

// ---- loading ------------------------------------------------------------------------

constexpr char kDispatchSql[] =
    "SELECT d.id, d.site_id, d.number, COALESCE(d.document_id, 0), d.subject, d.body, d.priority, d.reply_deadline, "
    "d.kind, COALESCE(d.original_id, 0), d.sender_name, d.recipients_label, d.sent_at, s.name, "
    "(SELECT MIN(w.id) FROM dispatches w WHERE w.original_id = d.id AND w.kind = 'thu-hoi') "
    "FROM dispatches d JOIN sites s ON s.id = d.site_id WHERE d.id = ?";

struct Dispatch {
  Row row;
  uint64_t id() const { return static_cast<uint64_t>(row.Int(0)); }
  uint32_t site_id() const { return static_cast<uint32_t>(row.Int(1)); }
  std::time_t deadline() const { return row.Time(7); }
  bool withdrawn() const { return !row.IsNull(14) || row.Str(8) == "thu-hoi"; }
};

Result<Dispatch> LoadDispatch(Context& context, std::string_view id_arg) {
  uint64_t id = ParseId(id_arg);
  if (id == 0) return Status::NotFound();
  Result<Row> row = context.db.QueryRow(kDispatchSql, {static_cast<long long>(id)});
  if (!row.ok()) return row.status();
  return Dispatch{std::move(row).value()};
}

// The sender's view: only the sending site's staff who may send.
Result<Dispatch> LoadSent(Context& context, std::string_view id_arg) {
  Result<Dispatch> d = LoadDispatch(context, id_arg);
  if (!d.ok()) return d.status();
  if (d->site_id() != context.site.id) return Status::NotFound();
  if (!HasOneOf(context, kSendRoles)) return Status::Forbidden("Chỉ văn thư và lãnh đạo đơn vị theo dõi được công văn đã gửi.");
  return d;
}

// A receiving site's view: the dispatch must be addressed to this site, and the account
// must receive for it or have had it forwarded. Anything else is "not found", so a school
// guessing ids learns nothing about other schools' dispatches.
Result<Dispatch> LoadReceived(Context& context, std::string_view id_arg) {
  Result<Dispatch> d = LoadDispatch(context, id_arg);
  if (!d.ok()) return d.status();
  Result<Rows> allowed = context.db.Query(
      "SELECT (SELECT COUNT(*) FROM dispatch_recipients WHERE dispatch_id = ? AND site_id = ?), "
      "(SELECT COUNT(*) FROM dispatch_forwards WHERE dispatch_id = ? AND site_id = ? AND to_user_id = ?)",
      {static_cast<long long>(d->id()), context.site.id, static_cast<long long>(d->id()), context.site.id,
       context.user->user_id});
  if (!allowed.ok()) return allowed.status();
  bool addressed = allowed->front().Int(0) > 0;
  bool forwarded = allowed->front().Int(1) > 0;
  if (!addressed || (!CanReceive(context) && !forwarded)) return Status::NotFound();
  return d;
}

void FillDispatchHead(Dict* page, const Dispatch& d) {
  page->SetValue("ID", d.row.Str(0));
  page->SetValue("NUMBER", d.row.Str(2).empty() ? "(không số)" : d.row.Str(2));
  page->SetValue("SUBJECT", d.row.Str(4));
  page->SetValue("BODY", d.row.Str(5));
  dp::Priority p = dp::ParsePriority(d.row.Str(6));
  page->SetValue("PRIORITY", std::string(dp::PriorityName(p)));
  page->SetValue("PRIORITY_LABEL", std::string(dp::PriorityLabel(p)));
  if (!d.row.IsNull(7)) page->SetValueAndShowSection("DEADLINE", core::vntext::FormatDateTime(d.deadline()), "HAS_DEADLINE");
  page->SetValue("DEADLINE_TEXT", d.row.IsNull(7) ? "Không yêu cầu trả lời" : core::vntext::FormatDateTime(d.deadline()));
  page->SetValue("KIND_LABEL", KindLabel(d.row.Str(8)));
  page->SetValue("SENDER", d.row.Str(10));
  page->SetValue("RECIPIENTS_LABEL", d.row.Str(11));
  page->SetValue("SENT_AT", core::vntext::FormatDateTime(d.row.Time(12)));
  page->SetValue("FROM_SITE", d.row.Str(13));
  if (d.row.Int(3) > 0) page->SetValueAndShowSection("DOCUMENT_ID", d.row.Str(3), "HAS_DOCUMENT");
  if (d.withdrawn()) page->ShowSection("WITHDRAWN");
}

// The original, its corrections and withdrawals: the whole history of one dispatch.
Status FillHistory(Context& context, Dict* page, const Dispatch& d, const std::string& base) {
  long long root = d.row.Int(9) > 0 ? d.row.Int(9) : d.row.Int(0);
  Result<Rows> chain = context.db.Query(
      "SELECT id, number, subject, kind, sent_at FROM dispatches WHERE id = ? OR original_id = ? ORDER BY id LIMIT 50",
      {root, root});
  if (!chain.ok()) return chain.status();
  if (chain->size() < 2) return Status();
  page->ShowSection("HAS_HISTORY");
  for (const Row& r : *chain) {
    Dict* item = page->AddSectionDictionary("HISTORY");
    item->SetValue("URL", base + "/" + r.Str(0));
    item->SetValue("NUMBER", r.Str(1).empty() ? "(không số)" : r.Str(1));
    item->SetValue("SUBJECT", r.Str(2));
    item->SetValue("KIND", KindLabel(r.Str(3)));
    item->SetValue("AT", core::vntext::FormatDateTime(r.Time(4)));
    if (r.Int(0) == d.row.Int(0)) item->ShowSection("CURRENT");
  }
  return Status();
}

Status FillFiles(Context& context, Dict* page, uint64_t dispatch_id) {
  Result<Rows> files = context.db.Query(
      "SELECT id, file_name, size FROM dispatch_files WHERE dispatch_id = ? AND reply_id IS NULL ORDER BY id LIMIT 20",
      {static_cast<long long>(dispatch_id)});
  if (!files.ok()) return files.status();
  for (const Row& f : *files) {
    Dict* item = page->AddSectionDictionary("FILE");
    item->SetValue("URL", AdminBase(context) + "/cong-van/tep/" + f.Str(0));
    item->SetValue("NAME", f.Str(1));
    item->SetValue("SIZE", std::to_string((f.Int(2) + 1023) / 1024) + " KB");
  }
  if (!files->empty()) page->ShowSection("HAS_FILES");
  return Status();
}

// Replies with their files: of one site (the school's view) or of all (the sender's).
Status FillReplies(Context& context, Dict* page, uint64_t dispatch_id, uint32_t only_site) {
  Result<Rows> replies = context.db.Query(
      "SELECT r.id, s.short_name, r.author_name, r.body, r.late, r.created_at FROM dispatch_replies r "
      "JOIN sites s ON s.id = r.site_id WHERE r.dispatch_id = ? AND (? = 0 OR r.site_id = ?) ORDER BY r.id LIMIT 500",
      {static_cast<long long>(dispatch_id), only_site, only_site});
  if (!replies.ok()) return replies.status();
  Result<Rows> files = context.db.Query(
      "SELECT f.id, f.file_name, f.size, f.reply_id FROM dispatch_files f JOIN dispatch_replies r ON r.id = f.reply_id "
      "WHERE f.dispatch_id = ? AND (? = 0 OR r.site_id = ?) ORDER BY f.id LIMIT 1000",
      {static_cast<long long>(dispatch_id), only_site, only_site});
  if (!files.ok()) return files.status();
  for (const Row& r : *replies) {
    Dict* item = page->AddSectionDictionary("REPLY");
    item->SetValue("SITE", r.Str(1));
    item->SetValue("AUTHOR", r.Str(2));
    item->SetValue("TEXT", r.Str(3));
    item->SetValue("AT", core::vntext::FormatDateTime(r.Time(5)));
    if (r.Int(4)) item->ShowSection("LATE");
    for (const Row& f : *files) {
      if (f.Str(3) != r.Str(0)) continue;
      Dict* file = item->AddSectionDictionary("REPLY_FILE");
      file->SetValue("URL", AdminBase(context) + "/cong-van/tep/" + f.Str(0));
      file->SetValue("NAME", f.Str(1));
      file->SetValue("SIZE", std::to_string((f.Int(2) + 1023) / 1024) + " KB");
    }
  }
  if (!replies->empty()) page->ShowSection("HAS_REPLIES");
  return Status();
}

// Files of a form ("tep"): sniffed (libmagic on the bytes, PDF and office documents only)
// and written under the private folder. Returns the rows to insert, or Invalid.
struct StoredFile {
  std::string path, name, mime, sha256;
  uint64_t size;
};

// Removes the files saved for a request unless its transaction committed: a failed send
// leaves no orphan files behind.
struct SavedFiles {
  std::string dir;
  std::vector<std::string> paths;
  bool committed = false;
  explicit SavedFiles(std::string d) : dir(std::move(d)) {}
  ~SavedFiles() {
    if (committed) return;
    for (const std::string& p : paths) core::upload::Remove(dir, p);
  }
  SavedFiles(const SavedFiles&) = delete;
  SavedFiles& operator=(const SavedFiles&) = delete;
};

Result<std::vector<StoredFile>> StoreFiles(const Request& request, Context& context, SavedFiles& saved_files) {
  std::vector<StoredFile> out;
  for (const core::UploadedFile& f : request.files) {
    if (f.field != "tep" || f.data.empty()) continue;
    if (out.size() == kMaxFiles) return Status::Invalid("Mỗi lần gửi được đính kèm tối đa 10 tệp.");
    if (f.data.size() > kMaxFileBytes) return Status::Invalid("Tệp \"" + f.filename + "\" lớn hơn 20 MB.");
    Result<core::upload::Type> type = core::upload::Sniff(f.data, core::upload::kDocuments);
    if (!type.ok()) {
      return Status::Invalid("Tệp \"" + f.filename + "\": " + type.status().user_message());
    }
    Result<core::upload::Saved> saved = core::upload::Save(context.config.private_dir() + "/cong-van", f.data, *type);
    if (!saved.ok()) return saved.status();
    std::string name = f.filename.empty() ? "tep." + type->extension : f.filename;
    Result<std::string> clean = core::vntext::CleanText(name);
    name = clean.ok() && !clean->empty() ? clean->substr(0, 200) : "tep." + type->extension;
    out.push_back(StoredFile{"cong-van/" + saved->path, name, type->mime, saved->sha256, saved->size});
    saved_files.paths.push_back(out.back().path);
  }
  return out;
}

Status InsertFiles(core::Db& db, uint64_t dispatch_id, std::optional<uint64_t> reply_id,
                   const std::vector<StoredFile>& files) {
  for (const StoredFile& f : files) {
    Result<core::ExecResult> ins = db.Execute(
        "INSERT INTO dispatch_files (dispatch_id, reply_id, path, file_name, mime, size, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {static_cast<long long>(dispatch_id),
         reply_id ? core::Param(static_cast<long long>(*reply_id)) : core::Param(nullptr), f.path, f.name, f.mime,
         static_cast<long long>(f.size), f.sha256});
    if (!ins.ok()) return ins.status();
  }
  return Status();
}

// The addresses a site's reminders and notices go to: its official e-mail and its focal
// points' e-mails.
Result<Rows> SiteAddresses(core::Db& db, uint32_t site_id) {
  return db.Query(
      "SELECT email FROM sites WHERE id = ? AND email <> '' UNION "
      "SELECT u.email FROM users u JOIN user_roles ur ON ur.user_id = u.id "
      "WHERE ur.site_id = ? AND ur.role_code = 'dau-moi' AND u.email <> '' AND u.locked = 0 LIMIT 20",
      {site_id, site_id});
}

// ---- composing ----------------------------------------------------------------------

struct Compose {
  std::string number, subject, body, priority = "thuong", deadline, document_id, group_name;
  std::set<std::string> sites, levels, groups;
  const Dispatch* original = nullptr;
  std::string kind = "moi";
};

Result<Response> ShowCompose(const Request& request, Context& context, const Compose& values,
                             const std::string& message, int status) {
  Result<Rows> groups = context.db.Query(
      "SELECT g.id, g.name, COUNT(gs.site_id) FROM dispatch_groups g LEFT JOIN dispatch_group_sites gs ON gs.group_id = g.id "
      "WHERE g.site_id = ? GROUP BY g.id, g.name ORDER BY g.name LIMIT 100", {context.site.id});
  if (!groups.ok()) return groups.status();
  Dict layout("dispatch_new");
  std::string title = values.kind == "dinh-chinh" ? "Gửi công văn đính chính"
                      : values.kind == "thu-hoi"  ? "Thu hồi công văn"
                                                  : "Soạn công văn mới";
  Dict* page = StartPage(layout, request, context, title, "admin/dispatch_new.tpl");
  page->SetValue("HEADING", title);
  page->SetValue("ACTION", AdminBase(context) + "/cong-van/moi");
  page->SetValue("NUMBER", values.number);
  page->SetValue("SUBJECT", values.subject);
  page->SetValue("BODY", values.body);
  page->SetValue("DEADLINE", values.deadline);
  page->SetValue("DOCUMENT_ID", values.document_id);
  page->SetValue("GROUP_NAME", values.group_name);
  page->SetValue("KIND", values.kind);
  for (dp::Priority p : {dp::Priority::kNormal, dp::Priority::kUrgent, dp::Priority::kFlash}) {
    Dict* o = page->AddSectionDictionary("PRIORITY");
    o->SetValue("VALUE", std::string(dp::PriorityName(p)));
    o->SetValue("LABEL", std::string(dp::PriorityLabel(p)));
    if (values.priority == dp::PriorityName(p)) o->ShowSection("CHECKED");
  }
  if (values.original) {
    Dict* o = page->AddSectionDictionary("ORIGINAL");
    o->SetValue("ORIGINAL_ID", values.original->row.Str(0));
    o->SetValue("ORIGINAL_NUMBER", values.original->row.Str(2).empty() ? "(không số)" : values.original->row.Str(2));
    o->SetValue("ORIGINAL_SUBJECT", values.original->row.Str(4));
    o->SetValue("ORIGINAL_URL", AdminBase(context) + "/cong-van/" + values.original->row.Str(0));
    o->SetValue("ORIGINAL_RECIPIENTS", values.original->row.Str(11));
  } else {
    page->ShowSection("CHOOSE_RECIPIENTS");
    // Levels present below this site, and the sites themselves, in tree order.
    std::vector<std::pair<std::string, std::string>> levels;
    for (const core::Site* s : Below(context)) {
      if (std::none_of(levels.begin(), levels.end(), [&](const auto& l) { return l.first == s->level_code; })) {
        levels.emplace_back(s->level_code, s->level_name);
      }
      Dict* o = page->AddSectionDictionary("SITE");
      o->SetValue("VALUE", std::to_string(s->id));
      o->SetValue("LABEL", s->name);
      o->SetIntValue("DEPTH", s->depth - context.site.depth - 1);
      if (values.sites.count(std::to_string(s->id))) o->ShowSection("CHECKED");
    }
    for (const auto& [code, name] : levels) {
      Dict* o = page->AddSectionDictionary("LEVEL");
      o->SetValue("VALUE", code);
      o->SetValue("LABEL", "Tất cả trường " + name);
      if (values.levels.count(code)) o->ShowSection("CHECKED");
    }
    for (const Row& g : *groups) {
      Dict* o = page->AddSectionDictionary("GROUP");
      o->SetValue("VALUE", g.Str(0));
      o->SetValue("LABEL", g.Str(1) + " (" + g.Str(2) + " đơn vị)");
      if (values.groups.count(g.Str(0))) o->ShowSection("CHECKED");
    }
    if (!groups->empty()) page->ShowSection("HAS_GROUPS");
  }
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  for (const auto& [field, text] : request.invalid) {
    page->SetValueAndShowSection("ERROR_" + field, text, "HAS_ERROR_" + field);
  }
  Result<Response> r = RenderPage(layout);
  if (r.ok()) r->status = status;
  return r;
}

Compose FromRequest(const Request& request) {
  Compose v;
  v.number = Field(request, "so_ky_hieu");
  v.subject = Field(request, "trich_yeu");
  v.body = Field(request, "noi_dung");
  v.priority = Field(request, "do_khan");
  if (v.priority.empty()) v.priority = "thuong";
  v.deadline = Field(request, "han_tra_loi");
  v.document_id = Field(request, "van_ban");
  v.group_name = Field(request, "ten_nhom");
  for (const std::string& s : AllValues(request, "don_vi")) v.sites.insert(s);
  for (const std::string& s : AllValues(request, "cap")) v.levels.insert(s);
  for (const std::string& s : AllValues(request, "nhom")) v.groups.insert(s);
  v.kind = Field(request, "loai");
  if (v.kind.empty()) v.kind = "moi";
  return v;
}

}  // namespace

// ---- the sender --------------------------------------------------------------------

Result<Response> HandleDispatches(const Request& request, Context& context) {
  if (!CanSend(context)) return Status::Forbidden("Chỉ văn thư và lãnh đạo của đơn vị cấp trên gửi được công văn.");
  const std::string* before = request.Field("truoc");
  Result<Rows> rows = context.db.Query(
      "SELECT d.id, d.number, d.subject, d.priority, d.reply_deadline, d.sent_at, d.kind, "
      "(SELECT COUNT(*) FROM dispatch_recipients r WHERE r.dispatch_id = d.id), "
      "(SELECT COUNT(*) FROM dispatch_recipients r WHERE r.dispatch_id = d.id AND r.first_opened_at IS NOT NULL), "
      "(SELECT COUNT(*) FROM dispatch_recipients r WHERE r.dispatch_id = d.id AND r.first_replied_at IS NOT NULL) "
      "FROM dispatches d WHERE d.site_id = ? AND d.id < ? ORDER BY d.id DESC LIMIT 51",
      {context.site.id, before ? std::stoll(*before) : (1ll << 40)});
  if (!rows.ok()) return rows.status();
  Dict layout("dispatches");
  Dict* page = StartPage(layout, request, context, "Công văn đi", "admin/dispatches.tpl");
  page->SetValue("NEW_URL", AdminBase(context) + "/cong-van/moi");
  page->SetValue("OVERDUE_URL", AdminBase(context) + "/cong-van/qua-han");
  bool more = rows->size() > 50;
  if (more) rows->pop_back();
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("DISPATCH");
    item->SetValue("URL", AdminBase(context) + "/cong-van/" + r.Str(0));
    item->SetValue("NUMBER", r.Str(1).empty() ? "(không số)" : r.Str(1));
    item->SetValue("SUBJECT", r.Str(2));
    dp::Priority p = dp::ParsePriority(r.Str(3));
    item->SetValue("PRIORITY", std::string(dp::PriorityName(p)));
    item->SetValue("PRIORITY_LABEL", std::string(dp::PriorityLabel(p)));
    if (!r.IsNull(4)) item->SetValueAndShowSection("DEADLINE", core::vntext::FormatDateTime(r.Time(4)), "HAS_DEADLINE");
    item->SetValue("SENT_AT", core::vntext::FormatDateTime(r.Time(5)));
    item->SetValue("KIND_LABEL", KindLabel(r.Str(6)));
    item->SetValue("TOTAL", r.Str(7));
    item->SetValue("OPENED", r.Str(8));
    item->SetValue("REPLIED", r.Str(9));
  }
  if (rows->empty()) page->ShowSection("EMPTY");
  if (more) page->SetValueAndShowSection("MORE_URL", AdminBase(context) + "/cong-van?truoc=" + rows->back().Str(0), "MORE");
  return RenderPage(layout);
}

Result<Response> HandleDispatchNew(const Request& request, Context& context) {
  if (!CanSend(context)) return Status::Forbidden("Chỉ văn thư và lãnh đạo của đơn vị cấp trên gửi được công văn.");
  Compose values;
  std::optional<Dispatch> original;
  if (const std::string* goc = request.Field("goc")) {
    Result<Dispatch> d = LoadSent(context, *goc);
    if (!d.ok()) return d.status();
    original = std::move(d).value();
    values.original = &*original;
    values.kind = request.Field("loai") ? *request.Field("loai") : "dinh-chinh";
    if (values.kind == "moi") values.kind = "dinh-chinh";
    std::string prefix = values.kind == "thu-hoi" ? "Thu hồi: " : "Đính chính: ";
    values.subject = prefix + original->row.Str(4);
    if (values.kind == "dinh-chinh") values.body = original->row.Str(5);
    values.priority = original->row.Str(6);
  }
  return ShowCompose(request, context, values, "", 200);
}

Result<Response> HandleDispatchSend(const Request& request, Context& context) {
  if (!CanSend(context)) return Status::Forbidden("Chỉ văn thư và lãnh đạo của đơn vị cấp trên gửi được công văn.");
  Compose typed = FromRequest(request);
  std::optional<Dispatch> original;
  if (const std::string* goc = request.Field("goc")) {
    Result<Dispatch> d = LoadSent(context, *goc);
    if (!d.ok()) return d.status();
    original = std::move(d).value();
    typed.original = &*original;
    if (typed.kind == "moi") typed.kind = "dinh-chinh";
    if (original->withdrawn()) {
      return ShowCompose(request, context, typed, "Công văn gốc đã bị thu hồi; không thể đính chính hay thu hồi thêm.", 409);
    }
  } else {
    typed.kind = "moi";
  }
  if (!request.invalid.empty()) {
    return ShowCompose(request, context, typed, "Vui lòng kiểm tra lại các ô được đánh dấu.", 422);
  }
  std::string body = core::html::Sanitize(typed.body);
  if (core::html::ToText(body).empty()) {
    return ShowCompose(request, context, typed, "Nội dung công văn không được để trống.", 422);
  }
  std::optional<std::time_t> deadline;
  if (!typed.deadline.empty() && typed.kind != "thu-hoi") {
    deadline = ParseLocalDateTime(typed.deadline);
    if (!deadline) return ShowCompose(request, context, typed, "Hạn trả lời không hợp lệ.", 422);
    if (*deadline <= std::time(nullptr)) {
      return ShowCompose(request, context, typed, "Hạn trả lời phải sau thời điểm gửi.", 422);
    }
  }

  // Recipients: a correction or withdrawal goes to the original's recipients; a new
  // dispatch to the chosen sites, levels and groups, all inside this site's subtree.
  std::set<uint32_t> recipients;
  std::vector<std::string> label_parts;
  core::Db& db = context.db;
  if (original) {
    Result<Rows> rs = db.Query("SELECT site_id FROM dispatch_recipients WHERE dispatch_id = ? LIMIT 10000",
                               {static_cast<long long>(original->id())});
    if (!rs.ok()) return rs.status();
    for (const Row& r : *rs) recipients.insert(static_cast<uint32_t>(r.Int(0)));
    label_parts.push_back(original->row.Str(11));
  } else {
    std::vector<const core::Site*> below = Below(context);
    std::map<uint32_t, const core::Site*> by_id;
    for (const core::Site* s : below) by_id[s->id] = s;
    for (const std::string& level : typed.levels) {
      std::string name;
      for (const core::Site* s : below) {
        if (s->level_code == level) {
          recipients.insert(s->id);
          name = s->level_name;
        }
      }
      if (name.empty()) return ShowCompose(request, context, typed, "Cấp học đã chọn không có đơn vị nào.", 422);
      label_parts.push_back("Tất cả trường " + name);
    }
    for (const std::string& g : typed.groups) {
      Result<Rows> members = db.Query(
          "SELECT gs.site_id, g.name FROM dispatch_groups g JOIN dispatch_group_sites gs ON gs.group_id = g.id "
          "WHERE g.id = ? AND g.site_id = ? LIMIT 10000", {static_cast<long long>(ParseId(g)), context.site.id});
      if (!members.ok()) return members.status();
      if (members->empty()) return ShowCompose(request, context, typed, "Nhóm đơn vị đã chọn không tồn tại.", 422);
      for (const Row& m : *members) {
        if (by_id.count(static_cast<uint32_t>(m.Int(0)))) recipients.insert(static_cast<uint32_t>(m.Int(0)));
      }
      label_parts.push_back("Nhóm " + members->front().Str(1));
    }
    std::vector<std::string> individual;
    for (const std::string& s : typed.sites) {
      auto it = by_id.find(static_cast<uint32_t>(ParseId(s)));
      if (it == by_id.end()) {
        return ShowCompose(request, context, typed, "Chỉ gửi được cho các đơn vị trực thuộc.", 422);
      }
      recipients.insert(it->first);
      individual.push_back(it->second->short_name);
    }
    if (!individual.empty()) {
      std::string joined;
      for (const std::string& n : individual) joined += (joined.empty() ? "" : ", ") + n;
      label_parts.push_back(joined);
    }
    if (recipients.empty()) {
      return ShowCompose(request, context, typed, "Vui lòng chọn ít nhất một đơn vị nhận (đơn vị, cấp học hoặc nhóm).", 422);
    }
    if (!typed.group_name.empty() && typed.sites.empty()) {
      return ShowCompose(request, context, typed, "Để lưu nhóm, hãy chọn từng đơn vị trong danh sách.", 422);
    }
  }
  std::string label;
  for (const std::string& p : label_parts) label += (label.empty() ? "" : "; ") + p;

  SavedFiles saved_files(context.config.private_dir());
  Result<std::vector<StoredFile>> files = StoreFiles(request, context, saved_files);
  if (!files.ok()) return ShowCompose(request, context, typed, files.status().user_message(), 422);

  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  uint64_t doc = ParseId(typed.document_id);
  Result<core::ExecResult> ins = db.Execute(
      "INSERT INTO dispatches (site_id, number, document_id, subject, body, priority, reply_deadline, kind, original_id, "
      "sender_id, sender_name, recipients_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {context.site.id, typed.number, doc ? core::Param(static_cast<long long>(doc)) : core::Param(nullptr),
       typed.subject, body, std::string(dp::PriorityName(dp::ParsePriority(typed.priority))),
       deadline ? std::optional<std::string>(core::SqlDateTime(*deadline)) : std::optional<std::string>(),
       typed.kind, original ? core::Param(static_cast<long long>(original->id())) : core::Param(nullptr),
       context.user->user_id, context.user->full_name, label.substr(0, 1000)});
  if (!ins.ok()) return ins.status();
  uint64_t id = ins->insert_id;
  for (uint32_t site_id : recipients) {
    Result<core::ExecResult> r = db.Execute("INSERT INTO dispatch_recipients (dispatch_id, site_id) VALUES (?, ?)",
                                            {static_cast<long long>(id), site_id});
    if (!r.ok()) return r.status();
  }
  Status s = InsertFiles(db, id, std::nullopt, *files);
  if (!s.ok()) return s;
  if (!typed.group_name.empty()) {
    Result<core::ExecResult> g = db.Execute("INSERT INTO dispatch_groups (site_id, name) VALUES (?, ?)",
                                            {context.site.id, typed.group_name});
    if (!g.ok()) {
      if (g.status().IsConflict()) return ShowCompose(request, context, typed, "Đã có nhóm mang tên này.", 422);
      return g.status();
    }
    for (const std::string& site : typed.sites) {
      Result<core::ExecResult> m = db.Execute("INSERT INTO dispatch_group_sites (group_id, site_id) VALUES (?, ?)",
                                              {static_cast<long long>(g->insert_id), static_cast<long long>(ParseId(site))});
      if (!m.ok()) return m.status();
    }
  }
  // Each receiving site hears of it by e-mail too (seed 000 Điều 8: they check three
  // times a day; a Hỏa tốc dispatch should not wait for the next check).
  dp::Priority priority = dp::ParsePriority(typed.priority);
  for (uint32_t site_id : recipients) {
    const core::Site* site = context.sites.ById(site_id);
    if (!site) continue;
    Result<Rows> to = SiteAddresses(db, site_id);
    if (!to.ok()) return to.status();
    for (const Row& addr : *to) {
      if (!core::outbox::IsAddress(addr.Str(0))) continue;
      core::outbox::Mail mail;
      mail.site_id = site_id;
      mail.to = addr.Str(0);
      mail.kind = "dispatch-new";
      mail.subject = "[" + std::string(dp::PriorityLabel(priority)) + "] " + KindLabel(typed.kind) + " từ " +
                     context.site.short_name + ": " + typed.subject;
      mail.body = context.site.name + " đã gửi " + KindLabel(typed.kind) + " " +
                  (typed.number.empty() ? std::string() : "số " + typed.number + " ") + "tới " + site->name +
                  ".\n\nTrích yếu: " + typed.subject + "\n" +
                  (deadline ? "Hạn trả lời: " + core::vntext::FormatDateTime(*deadline) + "\n" : std::string()) +
                  "\nXem và trả lời: " + SiteAdminUrl(context, *site, "/cong-van-den/" + std::to_string(id)) + "\n";
      Status e = core::outbox::Enqueue(db, mail);
      if (!e.ok()) return e;
    }
  }
  Status audit = core::Audit(context, request, "dispatch.send", "dispatch", id,
                             KindLabel(typed.kind) + " → " + std::to_string(recipients.size()) + " đơn vị: " +
                                 typed.subject.substr(0, 200));
  if (!audit.ok()) return audit;
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed;
  saved_files.committed = true;
  return Response::Redirect(AdminBase(context) + "/cong-van/" + std::to_string(id) + "?da-gui=1", 303);
}

// Seed 000 Điều 7: a sent dispatch stands like a signed paper one. Every attempt to edit
// it (a POST to it, or its would-be edit page) is refused and logged.
Result<Response> HandleDispatchEditRefused(const Request& request, Context& context) {
  Result<Dispatch> d = LoadSent(context, request.path_args.at(0));
  if (!d.ok()) return d.status();
  (void)core::Audit(context, request, "dispatch.edit_refused", "dispatch", d->id(), "");
  return Status::Conflict(
      "Công văn đã gửi không thể sửa đổi hay xóa. Để sửa nội dung, hãy gửi công văn đính chính; "
      "để hủy, hãy gửi công văn thu hồi.");
}

namespace {

struct RecipientRow {
  std::string site, opened_first, opened_by, opened_last, replied, reminded, state_name, state_label;
  long long open_count = 0, reply_count = 0;
  dp::ReceiptState state;
};

Result<std::vector<RecipientRow>> LoadRecipients(Context& context, const Dispatch& d) {
  Result<Rows> rows = context.db.Query(
      "SELECT s.name, r.first_opened_at, r.first_opened_by, r.last_opened_at, r.last_opened_by, r.open_count, "
      "r.first_replied_at, r.reply_count, r.last_reminded_at FROM dispatch_recipients r JOIN sites s ON s.id = r.site_id "
      "WHERE r.dispatch_id = ? ORDER BY s.sort_order, s.id LIMIT 10000",
      {static_cast<long long>(d.id())});
  if (!rows.ok()) return rows.status();
  std::vector<RecipientRow> out;
  std::time_t now = std::time(nullptr);
  auto when = [](const Row& r, size_t i) { return r.IsNull(i) ? std::string() : core::vntext::FormatDateTime(r.Time(i)); };
  for (const Row& r : *rows) {
    RecipientRow x;
    x.site = r.Str(0);
    x.opened_first = when(r, 1);
    x.opened_by = r.Str(2);
    x.opened_last = when(r, 3);
    x.open_count = r.Int(5);
    x.replied = when(r, 6);
    x.reply_count = r.Int(7);
    x.reminded = when(r, 8);
    x.state = dp::Classify(r.Time(1), r.Time(6), d.deadline(), now, d.withdrawn());
    x.state_name = dp::ReceiptName(x.state);
    x.state_label = dp::ReceiptLabel(x.state);
    out.push_back(std::move(x));
  }
  return out;
}

}  // namespace

Result<Response> HandleDispatchTrack(const Request& request, Context& context) {
  Result<Dispatch> d = LoadSent(context, request.path_args.at(0));
  if (!d.ok()) return d.status();
  Result<std::vector<RecipientRow>> recipients = LoadRecipients(context, *d);
  if (!recipients.ok()) return recipients.status();
  Dict layout("dispatch");
  Dict* page = StartPage(layout, request, context, "Công văn " + d->row.Str(2), "admin/dispatch_track.tpl");
  FillDispatchHead(page, *d);
  std::string base = AdminBase(context) + "/cong-van";
  page->SetValue("CSV_URL", base + "/" + d->row.Str(0) + "/csv");
  page->SetValue("PRINT_URL", base + "/" + d->row.Str(0) + "/in");
  page->SetValue("REMIND_URL", base + "/" + d->row.Str(0) + "/nhac");
  if (d->row.Str(8) != "thu-hoi" && !d->withdrawn()) {
    page->SetValueAndShowSection("CORRECT_URL", base + "/moi?goc=" + d->row.Str(0) + "&loai=dinh-chinh", "CAN_AMEND");
    page->SetValue("WITHDRAW_URL", base + "/moi?goc=" + d->row.Str(0) + "&loai=thu-hoi");
  }
  for (const auto& [k, v] : request.query_params) {
    if (k == "da-gui" && v == "1") page->SetValueAndShowSection("NOTICE", "Đã gửi công văn.", "HAS_NOTICE");
    if (k == "da-nhac") page->SetValueAndShowSection("NOTICE", "Đã xếp " + std::to_string(ParseId(v)) + " thư nhắc vào hàng gửi.", "HAS_NOTICE");
  }
  std::map<dp::ReceiptState, int> counts;
  for (const RecipientRow& r : *recipients) {
    ++counts[r.state];
    Dict* item = page->AddSectionDictionary("RECIPIENT");
    item->SetValue("SITE", r.site);
    item->SetValue("STATE", r.state_name);
    item->SetValue("STATE_LABEL", r.state_label);
    item->SetValue("OPENED_FIRST", r.opened_first.empty() ? "—" : r.opened_first);
    item->SetValue("OPENED_BY", r.opened_by);
    item->SetValue("OPENED_LAST", r.opened_last.empty() ? "—" : r.opened_last);
    item->SetIntValue("OPEN_COUNT", r.open_count);
    item->SetValue("REPLIED", r.replied.empty() ? "—" : r.replied);
    item->SetIntValue("REPLY_COUNT", r.reply_count);
    item->SetValue("REMINDED", r.reminded.empty() ? "—" : r.reminded);
  }
  int unopened = 0, unreplied = 0;
  for (dp::ReceiptState s : {dp::ReceiptState::kUnread, dp::ReceiptState::kRead, dp::ReceiptState::kReplied,
                             dp::ReceiptState::kRepliedLate, dp::ReceiptState::kOverdue}) {
    Dict* c = page->AddSectionDictionary("COUNT");
    c->SetValue("STATE", std::string(dp::ReceiptName(s)));
    c->SetValue("LABEL", std::string(dp::ReceiptLabel(s)));
    c->SetIntValue("N", counts[s]);
  }
  for (const RecipientRow& r : *recipients) {
    if (r.opened_first.empty()) ++unopened;
    if (r.replied.empty()) ++unreplied;
  }
  page->SetIntValue("TOTAL", static_cast<long>(recipients->size()));
  if (!d->withdrawn()) {
    if (unopened > 0) page->SetIntValue("UNOPENED", unopened), page->ShowSection("CAN_REMIND_UNOPENED");
    if (unreplied > 0 && !d->row.IsNull(7)) page->SetIntValue("UNREPLIED", unreplied), page->ShowSection("CAN_REMIND_UNREPLIED");
  }
  Status s = FillFiles(context, page, d->id());
  if (!s.ok()) return s;
  s = FillReplies(context, page, d->id(), 0);
  if (!s.ok()) return s;
  s = FillHistory(context, page, *d, base);
  if (!s.ok()) return s;
  return RenderPage(layout);
}

Result<Response> HandleDispatchCsv(const Request& request, Context& context) {
  Result<Dispatch> d = LoadSent(context, request.path_args.at(0));
  if (!d.ok()) return d.status();
  Result<std::vector<RecipientRow>> recipients = LoadRecipients(context, *d);
  if (!recipients.ok()) return recipients.status();
  auto cell = [](const std::string& v) {
    std::string out = "\"";
    for (char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    // A cell starting with = + - @ would be a formula in a spreadsheet.
    if (!v.empty() && std::string_view("=+-@").find(v[0]) != std::string_view::npos) out.insert(1, "'");
    return out + "\"";
  };
  // A BOM so spreadsheet programs read UTF-8.
  std::string csv = "\xEF\xBB\xBF";
  csv += "Đơn vị,Trạng thái,Mở lần đầu,Người mở lần đầu,Mở gần nhất,Số lần mở,Trả lời lúc,Số lần trả lời,Nhắc gần nhất\r\n";
  for (const RecipientRow& r : *recipients) {
    csv += cell(r.site) + "," + cell(r.state_label) + "," + cell(r.opened_first) + "," + cell(r.opened_by) + "," +
           cell(r.opened_last) + "," + std::to_string(r.open_count) + "," + cell(r.replied) + "," +
           std::to_string(r.reply_count) + "," + cell(r.reminded) + "\r\n";
  }
  Response resp;
  resp.content_type = "text/csv; charset=utf-8";
  resp.body = std::move(csv);
  resp.Header("Content-Disposition", "attachment; filename=\"cong-van-" + d->row.Str(0) + ".csv\"");
  resp.Header("Cache-Control", "no-store");
  return resp;
}

Result<Response> HandleDispatchPrint(const Request& request, Context& context) {
  Result<Dispatch> d = LoadSent(context, request.path_args.at(0));
  if (!d.ok()) return d.status();
  Result<std::vector<RecipientRow>> recipients = LoadRecipients(context, *d);
  if (!recipients.ok()) return recipients.status();
  Dict page("dispatch_print");
  page.SetValue("SITE_NAME", context.site.name);
  page.SetValue("PRINTED_AT", core::vntext::FormatDateTime(std::time(nullptr)));
  page.SetValue("BACK_URL", AdminBase(context) + "/cong-van/" + d->row.Str(0));
  FillDispatchHead(&page, *d);
  std::map<dp::ReceiptState, int> counts;
  for (const RecipientRow& r : *recipients) {
    ++counts[r.state];
    Dict* item = page.AddSectionDictionary("RECIPIENT");
    item->SetValue("SITE", r.site);
    item->SetValue("STATE_LABEL", r.state_label);
    item->SetValue("OPENED_FIRST", r.opened_first.empty() ? "—" : r.opened_first);
    item->SetValue("OPENED_BY", r.opened_by);
    item->SetValue("REPLIED", r.replied.empty() ? "—" : r.replied);
  }
  for (dp::ReceiptState s : {dp::ReceiptState::kUnread, dp::ReceiptState::kRead, dp::ReceiptState::kReplied,
                             dp::ReceiptState::kRepliedLate, dp::ReceiptState::kOverdue}) {
    Dict* c = page.AddSectionDictionary("COUNT");
    c->SetValue("LABEL", std::string(dp::ReceiptLabel(s)));
    c->SetIntValue("N", counts[s]);
  }
  page.SetIntValue("TOTAL", static_cast<long>(recipients->size()));
  Result<std::string> html = core::Render("admin/dispatch_print.tpl", page);
  if (!html.ok()) return html.status();
  Response r = Response::Html(std::move(html).value());
  r.Header("Cache-Control", "no-store");
  return r;
}

Result<Response> HandleDispatchRemind(const Request& request, Context& context) {
  Result<Dispatch> d = LoadSent(context, request.path_args.at(0));
  if (!d.ok()) return d.status();
  if (d->withdrawn()) return Status::Conflict("Công văn đã bị thu hồi; không gửi nhắc.");
  const std::string* who = request.Field("doi_tuong");
  if (!who) return Status::Invalid("Vui lòng chọn nhắc đơn vị chưa xem hay chưa trả lời.");
  bool unopened = *who == "chua-xem";
  if (!unopened && d->row.IsNull(7)) return Status::Invalid("Công văn không yêu cầu trả lời.");
  core::Db& db = context.db;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  Result<Rows> targets = db.Query(
      "SELECT r.site_id FROM dispatch_recipients r WHERE r.dispatch_id = ? AND "
      "(CASE WHEN ? = 1 THEN r.first_opened_at IS NULL ELSE r.first_replied_at IS NULL END) LIMIT 10000",
      {static_cast<long long>(d->id()), unopened ? 1 : 0});
  if (!targets.ok()) return targets.status();
  long long queued = 0;
  for (const Row& t : *targets) {
    const core::Site* site = context.sites.ById(static_cast<uint32_t>(t.Int(0)));
    if (!site) continue;
    Result<Rows> to = SiteAddresses(db, site->id);
    if (!to.ok()) return to.status();
    for (const Row& addr : *to) {
      if (!core::outbox::IsAddress(addr.Str(0))) continue;
      core::outbox::Mail mail;
      mail.site_id = site->id;
      mail.to = addr.Str(0);
      mail.kind = "dispatch-reminder";
      mail.subject = std::string("Nhắc ") + (unopened ? "xem" : "trả lời") + " công văn: " + d->row.Str(4);
      mail.body = context.site.name + " nhắc " + site->name + (unopened ? " xem" : " trả lời") + " công văn " +
                  (d->row.Str(2).empty() ? std::string() : "số " + d->row.Str(2) + " ") + "gửi ngày " +
                  core::vntext::FormatDate(d->row.Time(12)) + ".\n\nTrích yếu: " + d->row.Str(4) + "\n" +
                  (d->row.IsNull(7) ? std::string() : "Hạn trả lời: " + core::vntext::FormatDateTime(d->deadline()) + "\n") +
                  "\nXem và trả lời: " + SiteAdminUrl(context, *site, "/cong-van-den/" + d->row.Str(0)) + "\n";
      Status e = core::outbox::Enqueue(db, mail);
      if (!e.ok()) return e;
      ++queued;
    }
    Result<core::ExecResult> u = db.Execute(
        "UPDATE dispatch_recipients SET last_reminded_at = UTC_TIMESTAMP() WHERE dispatch_id = ? AND site_id = ?",
        {static_cast<long long>(d->id()), site->id});
    if (!u.ok()) return u.status();
  }
  Status audit = core::Audit(context, request, "dispatch.remind", "dispatch", d->id(),
                             std::string(unopened ? "chưa xem" : "chưa trả lời") + ": " +
                                 std::to_string(targets->size()) + " đơn vị, " + std::to_string(queued) + " thư");
  if (!audit.ok()) return audit;
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed;
  return Response::Redirect(AdminBase(context) + "/cong-van/" + d->row.Str(0) + "?da-nhac=" + std::to_string(queued), 303);
}

Result<Response> HandleDispatchOverdue(const Request& request, Context& context) {
  if (!CanSend(context)) return Status::Forbidden("Chỉ văn thư và lãnh đạo của đơn vị cấp trên xem được danh sách này.");
  Result<Rows> rows = context.db.Query(
      "SELECT d.id, d.number, d.subject, d.reply_deadline, s.name, r.first_opened_at, d.priority, r.last_reminded_at "
      "FROM dispatches d JOIN dispatch_recipients r ON r.dispatch_id = d.id JOIN sites s ON s.id = r.site_id "
      "WHERE d.site_id = ? AND d.reply_deadline < UTC_TIMESTAMP() AND r.first_replied_at IS NULL "
      "AND d.kind <> 'thu-hoi' AND NOT EXISTS (SELECT 1 FROM dispatches w WHERE w.original_id = d.id AND w.kind = 'thu-hoi') "
      "ORDER BY d.reply_deadline, d.id, s.sort_order LIMIT 1001",
      {context.site.id});
  if (!rows.ok()) return rows.status();
  Dict layout("overdue");
  Dict* page = StartPage(layout, request, context, "Đơn vị quá hạn trả lời", "admin/dispatch_overdue.tpl");
  bool more = rows->size() > 1000;
  if (more) rows->pop_back();
  std::time_t now = std::time(nullptr);
  std::set<std::string> sites;
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("ROW");
    item->SetValue("URL", AdminBase(context) + "/cong-van/" + r.Str(0));
    item->SetValue("NUMBER", r.Str(1).empty() ? "(không số)" : r.Str(1));
    item->SetValue("SUBJECT", r.Str(2));
    item->SetValue("DEADLINE", core::vntext::FormatDateTime(r.Time(3)));
    long days = static_cast<long>((now - r.Time(3)) / 86400);
    item->SetValue("LATE_BY", days > 0 ? std::to_string(days) + " ngày" : "dưới 1 ngày");
    item->SetValue("SITE", r.Str(4));
    item->SetValue("OPENED", r.IsNull(5) ? "Chưa xem" : "Đã xem " + core::vntext::FormatDateTime(r.Time(5)));
    item->SetValue("PRIORITY_LABEL", std::string(dp::PriorityLabel(dp::ParsePriority(r.Str(6)))));
    item->SetValue("REMINDED", r.IsNull(7) ? "—" : core::vntext::FormatDateTime(r.Time(7)));
    sites.insert(r.Str(4));
  }
  page->SetIntValue("N_ROWS", static_cast<long>(rows->size()));
  page->SetIntValue("N_SITES", static_cast<long>(sites.size()));
  if (rows->empty()) page->ShowSection("EMPTY");
  else page->ShowSection("HAS_ROWS");
  if (more) page->ShowSection("MORE");
  return RenderPage(layout);
}

// A file of a dispatch or of a reply, after the permission check: the sending site's
// senders see all; a receiving site sees the dispatch's files and its own replies' files.
Result<Response> HandleDispatchFile(const Request& request, Context& context) {
  uint64_t id = ParseId(request.path_args.at(0));
  if (id == 0) return Status::NotFound();
  Result<Row> f = context.db.QueryRow(
      "SELECT f.dispatch_id, COALESCE(f.reply_id, 0), f.path, f.mime, f.file_name, d.site_id, COALESCE(r.site_id, 0) "
      "FROM dispatch_files f JOIN dispatches d ON d.id = f.dispatch_id LEFT JOIN dispatch_replies r ON r.id = f.reply_id "
      "WHERE f.id = ?", {static_cast<long long>(id)});
  if (!f.ok()) return f.status();
  bool allowed = false;
  if (static_cast<uint32_t>(f->Int(5)) == context.site.id && HasOneOf(context, kSendRoles)) {
    allowed = true;
  } else {
    Result<Dispatch> d = LoadReceived(context, f->Str(0));
    allowed = d.ok() && (f->Int(1) == 0 || static_cast<uint32_t>(f->Int(6)) == context.site.id);
  }
  if (!allowed) return Status::NotFound();
  return core::upload::SendPrivate(f->Str(2), f->Str(3), f->Str(4), f->Str(3) == "application/pdf");
}

// ---- the receiving site --------------------------------------------------------------

Result<Response> HandleInbox(const Request& request, Context& context) {
  bool receiver = CanReceive(context);
  const std::string* filter = request.Field("loc");
  std::string f = filter ? *filter : "can-xu-ly";
  // Waiting: not opened yet, or a reply is due and none sent (and not withdrawn).
  Result<Rows> rows = context.db.Query(
      "SELECT d.id, d.number, d.subject, d.priority, d.reply_deadline, d.sent_at, d.kind, s.short_name, "
      "r.first_opened_at, r.first_replied_at, "
      "EXISTS (SELECT 1 FROM dispatches w WHERE w.original_id = d.id AND w.kind = 'thu-hoi') "
      "FROM dispatch_recipients r JOIN dispatches d ON d.id = r.dispatch_id JOIN sites s ON s.id = d.site_id "
      "WHERE r.site_id = ? AND (? = 1 OR EXISTS (SELECT 1 FROM dispatch_forwards fw WHERE fw.dispatch_id = r.dispatch_id "
      "AND fw.site_id = r.site_id AND fw.to_user_id = ?)) "
      "AND (? = 1 OR (? = 1 AND r.first_opened_at IS NULL) OR (? = 1 AND (r.first_opened_at IS NULL "
      "OR (d.reply_deadline IS NOT NULL AND r.first_replied_at IS NULL AND d.kind <> 'thu-hoi')))) "
      "ORDER BY d.priority_rank DESC, d.reply_deadline IS NULL, d.reply_deadline, d.id DESC LIMIT ?",
      {context.site.id, receiver ? 1 : 0, context.user->user_id, f == "tat-ca" ? 1 : 0, f == "chua-xem" ? 1 : 0,
       f == "can-xu-ly" ? 1 : 0, kInboxLimit + 1});
  if (!rows.ok()) return rows.status();
  Dict layout("inbox");
  Dict* page = StartPage(layout, request, context, "Công văn đến", "admin/inbox.tpl");
  for (const auto& [value, label] : std::initializer_list<std::pair<const char*, const char*>>{
           {"can-xu-ly", "Cần xử lý"}, {"chua-xem", "Chưa xem"}, {"tat-ca", "Tất cả"}}) {
    Dict* tab = page->AddSectionDictionary("FILTER");
    tab->SetValue("LABEL", label);
    tab->SetValue("URL", AdminBase(context) + "/cong-van-den" + (std::string(value) == "can-xu-ly" ? "" : "?loc=" + std::string(value)));
    if (f == value) tab->ShowSection("CURRENT");
  }
  std::time_t now = std::time(nullptr);
  page->SetValue("NEXT_CHECK", core::vntext::FormatDateTime(dp::NextCheckTime(now)));
  bool more = rows->size() > static_cast<size_t>(kInboxLimit);
  if (more) rows->pop_back();
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("DISPATCH");
    item->SetValue("URL", AdminBase(context) + "/cong-van-den/" + r.Str(0));
    item->SetValue("NUMBER", r.Str(1).empty() ? "(không số)" : r.Str(1));
    item->SetValue("SUBJECT", r.Str(2));
    dp::Priority p = dp::ParsePriority(r.Str(3));
    item->SetValue("PRIORITY", std::string(dp::PriorityName(p)));
    item->SetValue("PRIORITY_LABEL", std::string(dp::PriorityLabel(p)));
    if (!r.IsNull(4)) item->SetValueAndShowSection("DEADLINE", core::vntext::FormatDateTime(r.Time(4)), "HAS_DEADLINE");
    item->SetValue("SENT_AT", core::vntext::FormatDateTime(r.Time(5)));
    item->SetValue("KIND_LABEL", KindLabel(r.Str(6)));
    item->SetValue("FROM", r.Str(7));
    dp::ReceiptState st = dp::Classify(r.Time(8), r.Time(9), r.Time(4), now, r.Int(10) != 0 || r.Str(6) == "thu-hoi");
    item->SetValue("STATE", std::string(dp::ReceiptName(st)));
    item->SetValue("STATE_LABEL", std::string(dp::ReceiptLabel(st)));
    if (r.IsNull(8)) item->ShowSection("UNREAD");
  }
  if (rows->empty()) page->ShowSection("EMPTY");
  if (more) page->ShowSection("MORE");
  return RenderPage(layout);
}

namespace {

Result<Response> ShowReceived(const Request& request, Context& context, const Dispatch& d,
                              const std::string& message, int status) {
  Result<Row> receipt = context.db.QueryRow(
      "SELECT first_opened_at, first_opened_by, last_opened_at, last_opened_by, first_replied_at "
      "FROM dispatch_recipients WHERE dispatch_id = ? AND site_id = ?",
      {static_cast<long long>(d.id()), context.site.id});
  if (!receipt.ok()) return receipt.status();
  // Colleagues it may be forwarded to: the site's other accounts.
  Result<Rows> colleagues = context.db.Query(
      "SELECT DISTINCT u.id, u.full_name, u.username FROM users u JOIN user_roles ur ON ur.user_id = u.id "
      "WHERE ur.site_id = ? AND u.id <> ? AND u.locked = 0 ORDER BY u.full_name LIMIT 500",
      {context.site.id, context.user->user_id});
  if (!colleagues.ok()) return colleagues.status();
  Result<Rows> forwards = context.db.Query(
      "SELECT f.created_at, a.full_name, b.full_name, f.note FROM dispatch_forwards f JOIN users a ON a.id = f.from_user_id "
      "JOIN users b ON b.id = f.to_user_id WHERE f.dispatch_id = ? AND f.site_id = ? ORDER BY f.id LIMIT 100",
      {static_cast<long long>(d.id()), context.site.id});
  if (!forwards.ok()) return forwards.status();

  Dict layout("received");
  Dict* page = StartPage(layout, request, context, d.row.Str(4), "admin/inbox_item.tpl");
  FillDispatchHead(page, d);
  std::string base = AdminBase(context) + "/cong-van-den/" + d.row.Str(0);
  page->SetValue("REPLY_URL", base + "/tra-loi");
  page->SetValue("FORWARD_URL", base + "/chuyen");
  page->SetValue("INBOX_URL", AdminBase(context) + "/cong-van-den");
  page->SetValue("FIRST_OPENED", core::vntext::FormatDateTime(receipt->Time(0)));
  page->SetValue("FIRST_OPENED_BY", receipt->Str(1));
  page->SetValue("LAST_OPENED", core::vntext::FormatDateTime(receipt->Time(2)));
  page->SetValue("LAST_OPENED_BY", receipt->Str(3));
  std::time_t now = std::time(nullptr);
  dp::ReceiptState st = dp::Classify(receipt->Time(0), receipt->Time(4), d.deadline(), now, d.withdrawn());
  page->SetValue("STATE", std::string(dp::ReceiptName(st)));
  page->SetValue("STATE_LABEL", std::string(dp::ReceiptLabel(st)));
  if (!d.withdrawn()) {
    page->ShowSection("CAN_REPLY");
    if (!d.row.IsNull(7) && now > d.deadline()) page->ShowSection("PAST_DEADLINE");
  }
  page->SetValue("REPLY_TEXT", Field(request, "noi_dung_tra_loi"));
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  for (const auto& [k, v] : request.query_params) {
    if (k == "da-tra-loi") page->SetValueAndShowSection("NOTICE", "Đã gửi trả lời.", "HAS_NOTICE");
    if (k == "da-chuyen") page->SetValueAndShowSection("NOTICE", "Đã chuyển công văn cho đồng nghiệp.", "HAS_NOTICE");
  }
  if (CanReceive(context) && !colleagues->empty()) {
    page->ShowSection("CAN_FORWARD");
    for (const Row& c : *colleagues) {
      Dict* o = page->AddSectionDictionary("COLLEAGUE");
      o->SetValue("VALUE", c.Str(0));
      o->SetValue("LABEL", c.Str(1) + " (" + c.Str(2) + ")");
    }
  }
  for (const Row& fw : *forwards) {
    Dict* item = page->AddSectionDictionary("FORWARD");
    item->SetValue("AT", core::vntext::FormatDateTime(fw.Time(0)));
    item->SetValue("FROM", fw.Str(1));
    item->SetValue("TO", fw.Str(2));
    if (!fw.Str(3).empty()) item->SetValueAndShowSection("NOTE", fw.Str(3), "HAS_NOTE");
  }
  if (!forwards->empty()) page->ShowSection("HAS_FORWARDS");
  Status s = FillFiles(context, page, d.id());
  if (!s.ok()) return s;
  s = FillReplies(context, page, d.id(), context.site.id);
  if (!s.ok()) return s;
  s = FillHistory(context, page, d, AdminBase(context) + "/cong-van-den");
  if (!s.ok()) return s;
  Result<Response> r = RenderPage(layout);
  if (r.ok()) r->status = status;
  return r;
}

}  // namespace

// Opening records the read receipt: the site's first opening (who, when) once, the last
// opening every time, and each person's own first and last.
Result<Response> HandleInboxItem(const Request& request, Context& context) {
  Result<Dispatch> d = LoadReceived(context, request.path_args.at(0));
  if (!d.ok()) return d.status();
  core::Db& db = context.db;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  Result<Row> before = db.QueryRow(
      "SELECT first_opened_at IS NULL FROM dispatch_recipients WHERE dispatch_id = ? AND site_id = ? FOR UPDATE",
      {static_cast<long long>(d->id()), context.site.id});
  if (!before.ok()) return before.status();
  // first_opened_by is set before first_opened_at: MariaDB applies SET left to right.
  Result<core::ExecResult> u = db.Execute(
      "UPDATE dispatch_recipients SET first_opened_by = IF(first_opened_at IS NULL, ?, first_opened_by), "
      "first_opened_at = COALESCE(first_opened_at, UTC_TIMESTAMP()), last_opened_at = UTC_TIMESTAMP(), "
      "last_opened_by = ?, open_count = open_count + 1 WHERE dispatch_id = ? AND site_id = ?",
      {context.user->full_name, context.user->full_name, static_cast<long long>(d->id()), context.site.id});
  if (!u.ok()) return u.status();
  Result<core::ExecResult> r = db.Execute(
      "INSERT INTO dispatch_reads (dispatch_id, site_id, user_id) VALUES (?, ?, ?) "
      "ON DUPLICATE KEY UPDATE last_at = UTC_TIMESTAMP()",
      {static_cast<long long>(d->id()), context.site.id, context.user->user_id});
  if (!r.ok()) return r.status();
  if (before->Int(0) == 1) {
    Status audit = core::Audit(context, request, "dispatch.open", "dispatch", d->id(), "");
    if (!audit.ok()) return audit;
  }
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed;
  return ShowReceived(request, context, *d, "", 200);
}

Result<Response> HandleInboxReply(const Request& request, Context& context) {
  Result<Dispatch> d = LoadReceived(context, request.path_args.at(0));
  if (!d.ok()) return d.status();
  if (d->withdrawn()) return ShowReceived(request, context, *d, "Công văn đã bị thu hồi; không cần trả lời.", 409);
  if (!request.invalid.empty()) {
    auto it = request.invalid.begin();
    return ShowReceived(request, context, *d, it->second, 422);
  }
  std::string text = Field(request, "noi_dung_tra_loi");
  bool has_file = std::any_of(request.files.begin(), request.files.end(),
                              [](const core::UploadedFile& f) { return f.field == "tep" && !f.data.empty(); });
  if (text.empty() && !has_file) {
    return ShowReceived(request, context, *d, "Vui lòng nhập nội dung trả lời hoặc đính kèm tệp báo cáo.", 422);
  }
  SavedFiles saved_files(context.config.private_dir());
  Result<std::vector<StoredFile>> files = StoreFiles(request, context, saved_files);
  if (!files.ok()) return ShowReceived(request, context, *d, files.status().user_message(), 422);
  core::Db& db = context.db;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  bool late = dp::IsLate(std::time(nullptr), d->deadline());
  Result<core::ExecResult> ins = db.Execute(
      "INSERT INTO dispatch_replies (dispatch_id, site_id, user_id, author_name, body, late) VALUES (?, ?, ?, ?, ?, ?)",
      {static_cast<long long>(d->id()), context.site.id, context.user->user_id, context.user->full_name, text, late ? 1 : 0});
  if (!ins.ok()) return ins.status();
  Status s = InsertFiles(db, d->id(), ins->insert_id, *files);
  if (!s.ok()) return s;
  Result<core::ExecResult> u = db.Execute(
      "UPDATE dispatch_recipients SET first_replied_at = COALESCE(first_replied_at, UTC_TIMESTAMP()), "
      "reply_count = reply_count + 1 WHERE dispatch_id = ? AND site_id = ?",
      {static_cast<long long>(d->id()), context.site.id});
  if (!u.ok()) return u.status();
  Status audit = core::Audit(context, request, "dispatch.reply", "dispatch", d->id(),
                             std::string(late ? "trả lời muộn, " : "") + std::to_string(files->size()) + " tệp");
  if (!audit.ok()) return audit;
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed;
  saved_files.committed = true;
  return Response::Redirect(AdminBase(context) + "/cong-van-den/" + d->row.Str(0) + "?da-tra-loi=1", 303);
}

Result<Response> HandleInboxForward(const Request& request, Context& context) {
  Result<Dispatch> d = LoadReceived(context, request.path_args.at(0));
  if (!d.ok()) return d.status();
  if (!CanReceive(context)) return Status::Forbidden("Chỉ đầu mối và lãnh đạo đơn vị chuyển được công văn.");
  const std::string* to = request.Field("nguoi_nhan");
  if (!to) return ShowReceived(request, context, *d, "Vui lòng chọn người nhận trong đơn vị.", 422);
  Result<Rows> colleague = context.db.Query(
      "SELECT u.id, u.full_name, u.email FROM users u JOIN user_roles ur ON ur.user_id = u.id "
      "WHERE u.id = ? AND ur.site_id = ? AND u.locked = 0 LIMIT 1", {*to, context.site.id});
  if (!colleague.ok()) return colleague.status();
  if (colleague->empty()) return ShowReceived(request, context, *d, "Người nhận phải là cán bộ của đơn vị.", 422);
  const Row& c = colleague->front();
  std::string note = Field(request, "ghi_chu");
  core::Db& db = context.db;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> ins = db.Execute(
      "INSERT INTO dispatch_forwards (dispatch_id, site_id, from_user_id, to_user_id, note) VALUES (?, ?, ?, ?, ?)",
      {static_cast<long long>(d->id()), context.site.id, context.user->user_id, c.Int(0), note});
  if (!ins.ok()) return ins.status();
  if (core::outbox::IsAddress(c.Str(2))) {
    core::outbox::Mail mail;
    mail.site_id = context.site.id;
    mail.to = c.Str(2);
    mail.kind = "dispatch-forward";
    mail.subject = "Công văn được chuyển cho bạn: " + d->row.Str(4);
    mail.body = context.user->full_name + " đã chuyển cho bạn công văn của " + d->row.Str(13) + ".\n\nTrích yếu: " +
                d->row.Str(4) + "\n" + (note.empty() ? std::string() : "Ghi chú: " + note + "\n") + "\nXem: " +
                SiteAdminUrl(context, context.site, "/cong-van-den/" + d->row.Str(0)) + "\n";
    Status e = core::outbox::Enqueue(db, mail);
    if (!e.ok()) return e;
  }
  Status audit = core::Audit(context, request, "dispatch-forward", "dispatch", d->id(), "→ " + c.Str(1));
  if (!audit.ok()) return audit;
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed;
  return Response::Redirect(AdminBase(context) + "/cong-van-den/" + d->row.Str(0) + "?da-chuyen=1", 303);
}

Status FillDispatchDashboard(Dict* page, Context& context) {
  if (CanReceive(context)) {
    Result<Row> n = context.db.QueryRow(
        "SELECT COUNT(*), COALESCE(SUM(r.first_opened_at IS NULL), 0), COALESCE(SUM(d.reply_deadline < UTC_TIMESTAMP() "
        "AND r.first_replied_at IS NULL AND d.kind <> 'thu-hoi'), 0) "
        "FROM dispatch_recipients r JOIN dispatches d ON d.id = r.dispatch_id WHERE r.site_id = ?", {context.site.id});
    if (!n.ok()) return n.status();
    if (n->Int(0) > 0) {
      Dict* box = page->AddSectionDictionary("DISPATCH_IN");
      box->SetValue("URL", AdminBase(context) + "/cong-van-den");
      box->SetValue("UNREAD_URL", AdminBase(context) + "/cong-van-den?loc=chua-xem");
      box->SetValue("UNREAD", n->Str(1));
      box->SetValue("OVERDUE", n->Str(2));
      box->SetValue("NEXT_CHECK", core::vntext::FormatDateTime(dp::NextCheckTime(std::time(nullptr))));
    }
  }
  if (CanSend(context)) {
    Result<Row> n = context.db.QueryRow(
        "SELECT COUNT(*), COUNT(DISTINCT r.site_id) FROM dispatches d JOIN dispatch_recipients r ON r.dispatch_id = d.id "
        "WHERE d.site_id = ? AND d.reply_deadline < UTC_TIMESTAMP() AND r.first_replied_at IS NULL AND d.kind <> 'thu-hoi' "
        "AND NOT EXISTS (SELECT 1 FROM dispatches w WHERE w.original_id = d.id AND w.kind = 'thu-hoi')", {context.site.id});
    if (!n.ok()) return n.status();
    Dict* box = page->AddSectionDictionary("DISPATCH_OUT");
    box->SetValue("URL", AdminBase(context) + "/cong-van");
    box->SetValue("NEW_URL", AdminBase(context) + "/cong-van/moi");
    box->SetValue("OVERDUE_URL", AdminBase(context) + "/cong-van/qua-han");
    box->SetValue("OVERDUE", n->Str(0));
    box->SetValue("OVERDUE_SITES", n->Str(1));
  }
  return Status();
}

// The admin menu: "Công văn đến (N)" with the unread count on every page for those who
// receive, "Công văn đi" for those who send. One COUNT on an index per page.
void FillDispatchMenu(Dict& layout, Context& context) {
  if (!context.user || context.user->pending_totp) return;
  if (CanSend(context)) layout.ShowSection("CAN_SEND_DISPATCH");
  if (!CanReceive(context)) return;
  layout.ShowSection("CAN_RECEIVE_DISPATCH");
  Result<Row> n = context.db.QueryRow(
      "SELECT COUNT(*) FROM dispatch_recipients WHERE site_id = ? AND first_opened_at IS NULL", {context.site.id});
  if (n.ok() && n->Int(0) > 0) {
    layout.SetValueAndShowSection("DISPATCH_UNREAD", n->Str(0), "HAS_DISPATCH_UNREAD");
  }
}

}  // namespace admin
