// The internal portal (cổng nội bộ, "lớp 2", SPEC B23; seed 001 Điều 15): news,
// schedule items and Q&A for signed-in staff of their own site, and the items an upper
// site shares with its whole subtree (the office with the district), plus the library's
// internal resources. It lives in admin.fcgi, behind the session, never cached; its
// tables are read by no public page, feed, sitemap or index.
#include "admin/admin.h"
#include "core/audit.h"
#include "core/sanitize.h"
#include "core/vntext.h"

namespace admin {
namespace {

using core::Row;
using core::Rows;
using core::Status;

// Seed 001 Điều 15.2: the secretary presents, the head of the board approves.
constexpr std::string_view kReviewRoles[] = {"truong-ban", "pho-ban", "quan-tri"};

bool CanReview(const Context& context) {
  for (std::string_view r : kReviewRoles) {
    if (context.user->Has(context.site.id, r)) return true;
  }
  return false;
}

// Staff of this site: any role on it.
bool IsStaffHere(const Context& context) { return context.user && context.user->HasAny(context.site.id); }

// This site and its ancestors: whose shared items it sees.
std::vector<uint32_t> Ancestors(const Context& context) {
  std::vector<uint32_t> out;
  for (const core::Site* s = context.sites.ById(context.site.parent_id); s && out.size() < 20;
       s = context.sites.ById(s->parent_id)) {
    out.push_back(s->id);
  }
  return out;
}

std::string KindLabel(std::string_view k) {
  if (k == "lich") return "Lịch công tác";
  if (k == "hoi-dap") return "Hỏi – đáp";
  return "Tin nội bộ";
}

std::string StatusLabel(std::string_view s) {
  if (s == "published") return "Đã đăng";
  if (s == "returned") return "Bị trả lại";
  return "Chờ duyệt";
}

// A visible item: the site's own, or one an ancestor shared down. Drafts only for their
// author and the reviewers.
Result<Row> LoadPost(Context& context, const std::string& id_arg) {
  std::vector<uint32_t> up = Ancestors(context);
  // Up to 4 levels of ancestors are matched; deeper trees see their nearest four.
  while (up.size() < 4) up.push_back(0);
  Result<Rows> rows = context.db.Query(
      "SELECT p.id, p.site_id, p.kind, p.title, p.body, p.starts_at, p.place, p.shared_down, p.status, "
      "COALESCE(p.author_id, 0), p.author_name, p.reviewed_by_name, p.return_note, p.created_at, p.published_at, s.name "
      "FROM internal_posts p JOIN sites s ON s.id = p.site_id WHERE p.id = ? AND (p.site_id = ? OR "
      "(p.shared_down = 1 AND p.status = 'published' AND p.site_id IN (?, ?, ?, ?)))",
      {id_arg, context.site.id, up[0], up[1], up[2], up[3]});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound();
  const Row& r = rows->front();
  if (r.Str(8) != "published" && static_cast<uint32_t>(r.Int(9)) != context.user->user_id && !CanReview(context)) {
    return Status::NotFound();
  }
  return r;
}

}  // namespace

Result<Response> HandleInternal(const Request& request, Context& context) {
  if (!IsStaffHere(context)) return Status::Forbidden("Cổng nội bộ chỉ dành cho cán bộ của đơn vị.");
  const std::string* kind = request.Field("loai");
  std::string k = kind ? *kind : "";
  std::vector<uint32_t> up = Ancestors(context);
  while (up.size() < 4) up.push_back(0);
  Dict layout("internal");
  Dict* page = StartPage(layout, request, context, "Cổng nội bộ", "admin/internal.tpl");
  std::string base = AdminBase(context) + "/noi-bo";
  page->SetValue("NEW_URL", base + "/moi");
  for (const auto& [value, label] : std::initializer_list<std::pair<const char*, const char*>>{
           {"", "Tất cả"}, {"tin", "Tin nội bộ"}, {"lich", "Lịch công tác"}, {"hoi-dap", "Hỏi – đáp"}, {"thu-vien", "Tài liệu nội bộ"}}) {
    Dict* tab = page->AddSectionDictionary("FILTER");
    tab->SetValue("LABEL", label);
    tab->SetValue("URL", base + (std::string(value).empty() ? "" : "?loai=" + std::string(value)));
    if (k == value) tab->ShowSection("CURRENT");
  }
  for (const auto& [key, v] : request.query_params) {
    if (key == "da-gui") page->SetValueAndShowSection("NOTICE", "Đã gửi; tin chờ lãnh đạo duyệt.", "HAS_NOTICE");
  }
  if (k != "thu-vien") {
    Result<Rows> rows = context.db.Query(
        "SELECT p.id, p.kind, p.title, p.starts_at, p.place, p.shared_down, p.published_at, s.short_name, p.site_id "
        "FROM internal_posts p JOIN sites s ON s.id = p.site_id WHERE p.status = 'published' AND (? = 0 OR p.kind = ?) "
        "AND (p.site_id = ? OR (p.shared_down = 1 AND p.site_id IN (?, ?, ?, ?))) "
        "ORDER BY COALESCE(p.starts_at, p.published_at) DESC, p.id DESC LIMIT 100",
        {k.empty() ? 0 : 1, k, context.site.id, up[0], up[1], up[2], up[3]});
    if (!rows.ok()) return rows.status();
    for (const Row& r : *rows) {
      Dict* item = page->AddSectionDictionary("POST");
      item->SetValue("URL", base + "/" + r.Str(0));
      item->SetValue("KIND_LABEL", KindLabel(r.Str(1)));
      item->SetValue("TITLE", r.Str(2));
      if (!r.IsNull(3)) {
        item->SetValueAndShowSection("WHEN", core::vntext::FormatDateTime(r.Time(3)) + (r.Str(4).empty() ? "" : " · " + r.Str(4)), "HAS_WHEN");
      }
      item->SetValue("AT", core::vntext::FormatDate(r.Time(6)));
      item->SetValue("SITE", r.Str(7));
      if (r.Int(5) && static_cast<uint32_t>(r.Int(8)) != context.site.id) item->ShowSection("FROM_ABOVE");
      else if (r.Int(5)) item->ShowSection("SHARED");
    }
    if (rows->empty()) page->ShowSection("NO_POSTS");
  }
  if (k.empty() || k == "thu-vien") {
    Result<Rows> res = context.db.Query(
        "SELECT r.id, r.title, k.name, r.subject, r.grade, r.author_name, r.school_year FROM resources r "
        "JOIN resource_kinds k ON k.code = r.kind_code WHERE r.site_id = ? AND r.status = 'approved' "
        "AND r.visibility = 'noi-bo' ORDER BY r.id DESC LIMIT 50", {context.site.id});
    if (!res.ok()) return res.status();
    for (const Row& r : *res) {
      Dict* item = page->AddSectionDictionary("RESOURCE");
      item->SetValue("URL", AdminBase(context) + "/thu-vien/" + r.Str(0));
      item->SetValue("TITLE", r.Str(1));
      item->SetValue("KIND", r.Str(2));
      item->SetValue("META", r.Str(3) + " · " + r.Str(4) + " · " + r.Str(5) + " · " + r.Str(6));
    }
    if (!res->empty()) page->ShowSection("HAS_RESOURCES");
  }
  Result<Rows> waiting = context.db.Query(
      "SELECT id, title, kind, status, author_name FROM internal_posts WHERE site_id = ? AND status <> 'published' "
      "AND (? = 1 OR author_id = ?) ORDER BY id DESC LIMIT 50",
      {context.site.id, CanReview(context) ? 1 : 0, context.user->user_id});
  if (!waiting.ok()) return waiting.status();
  for (const Row& r : *waiting) {
    Dict* item = page->AddSectionDictionary("WAITING");
    item->SetValue("URL", base + "/" + r.Str(0));
    item->SetValue("TITLE", r.Str(1));
    item->SetValue("KIND_LABEL", KindLabel(r.Str(2)));
    item->SetValue("STATUS", r.Str(3));
    item->SetValue("STATUS_LABEL", StatusLabel(r.Str(3)));
    item->SetValue("AUTHOR", r.Str(4));
  }
  if (!waiting->empty()) page->ShowSection("HAS_WAITING");
  return RenderPage(layout);
}

namespace {

Result<Response> ShowInternalForm(const Request& request, Context& context, const std::string& message, int status) {
  Dict layout("internal_new");
  Dict* page = StartPage(layout, request, context, "Đăng tin nội bộ", "admin/internal_new.tpl");
  page->SetValue("ACTION", AdminBase(context) + "/noi-bo/moi");
  auto get = [&](const char* name) {
    if (const std::string* v = request.Field(name)) return *v;
    auto it = request.entered.find(name);
    return it == request.entered.end() ? std::string() : it->second;
  };
  page->SetValue("TITLE", get("tieu_de"));
  page->SetValue("BODY", get("noi_dung"));
  page->SetValue("STARTS_AT", get("thoi_gian"));
  page->SetValue("PLACE", get("dia_diem"));
  std::string kind = get("loai");
  for (const char* k : {"tin", "lich", "hoi-dap"}) {
    Dict* o = page->AddSectionDictionary("KIND");
    o->SetValue("VALUE", k);
    o->SetValue("LABEL", KindLabel(k));
    if (kind == k || (kind.empty() && std::string_view(k) == "tin")) o->ShowSection("CHECKED");
  }
  if (!context.site.children.empty()) {
    page->ShowSection("CAN_SHARE");
    if (request.Field("chia_se")) page->ShowSection("SHARED");
  }
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  Result<Response> r = RenderPage(layout);
  if (r.ok()) r->status = status;
  return r;
}

std::optional<std::time_t> ParseLocal(const std::string& text) { return core::vntext::ParseFormDateTime(text); }

}  // namespace

Result<Response> HandleInternalNew(const Request& request, Context& context) {
  if (!IsStaffHere(context)) return Status::Forbidden("Cổng nội bộ chỉ dành cho cán bộ của đơn vị.");
  return ShowInternalForm(request, context, "", 200);
}

Result<Response> HandleInternalCreate(const Request& request, Context& context) {
  if (!IsStaffHere(context)) return Status::Forbidden("Cổng nội bộ chỉ dành cho cán bộ của đơn vị.");
  if (context.user->posting_revoked) return Status::Forbidden("Tài khoản của bạn đã bị thu hồi quyền đăng tin.");
  if (!request.invalid.empty()) return ShowInternalForm(request, context, request.invalid.begin()->second, 422);
  std::string kind = request.Field("loai") ? *request.Field("loai") : "tin";
  std::string body = core::html::Sanitize(*request.Field("noi_dung"));
  if (core::html::ToText(body).empty()) return ShowInternalForm(request, context, "Nội dung không được để trống.", 422);
  std::optional<std::time_t> starts;
  const std::string* when = request.Field("thoi_gian");
  if (kind == "lich") {
    if (!when || !(starts = ParseLocal(*when))) {
      return ShowInternalForm(request, context, "Lịch công tác cần thời gian bắt đầu hợp lệ.", 422);
    }
  }
  bool shared = request.Field("chia_se") && !context.site.children.empty();
  core::Db& db = context.db;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> ins = db.Execute(
      "INSERT INTO internal_posts (site_id, kind, title, body, starts_at, place, shared_down, author_id, author_name) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {context.site.id, kind, *request.Field("tieu_de"), body,
       starts ? std::optional<std::string>(core::SqlDateTime(*starts)) : std::optional<std::string>(),
       request.Field("dia_diem") ? *request.Field("dia_diem") : std::string(), shared ? 1 : 0, context.user->user_id,
       context.user->full_name});
  if (!ins.ok()) return ins.status();
  Status audit = core::Audit(context, request, "internal.create", "internal_post", ins->insert_id,
                             request.Field("tieu_de")->substr(0, 200));
  if (!audit.ok()) return audit;
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed;
  return Response::Redirect(AdminBase(context) + "/noi-bo?da-gui=1", 303);
}

Result<Response> HandleInternalPost(const Request& request, Context& context) {
  if (!IsStaffHere(context)) return Status::Forbidden("Cổng nội bộ chỉ dành cho cán bộ của đơn vị.");
  Result<Row> r = LoadPost(context, request.path_args.at(0));
  if (!r.ok()) return r.status();
  Dict layout("internal_post");
  Dict* page = StartPage(layout, request, context, r->Str(3), "admin/internal_post.tpl");
  page->SetValue("BACK_URL", AdminBase(context) + "/noi-bo");
  page->SetValue("KIND_LABEL", KindLabel(r->Str(2)));
  page->SetValue("TITLE", r->Str(3));
  page->SetValue("BODY", r->Str(4));
  if (!r->IsNull(5)) page->SetValueAndShowSection("WHEN", core::vntext::FormatDateTime(r->Time(5)), "HAS_WHEN");
  if (!r->Str(6).empty()) page->SetValueAndShowSection("PLACE", r->Str(6), "HAS_PLACE");
  page->SetValue("SITE", r->Str(15));
  page->SetValue("AUTHOR", r->Str(10));
  page->SetValue("STATUS", r->Str(8));
  page->SetValue("STATUS_LABEL", StatusLabel(r->Str(8)));
  page->SetValue("CREATED", core::vntext::FormatDateTime(r->Time(13)));
  if (r->Int(7)) page->ShowSection("SHARED");
  if (!r->Str(12).empty()) page->SetValueAndShowSection("RETURN_NOTE", r->Str(12), "HAS_RETURN_NOTE");
  if (r->Str(8) == "pending" && static_cast<uint32_t>(r->Int(1)) == context.site.id && CanReview(context)) {
    page->ShowSection("CAN_REVIEW");
    page->SetValue("APPROVE_URL", AdminBase(context) + "/noi-bo/" + r->Str(0) + "/duyet");
    page->SetValue("RETURN_URL", AdminBase(context) + "/noi-bo/" + r->Str(0) + "/tra-lai");
  }
  return RenderPage(layout);
}

Result<Response> HandleInternalReview(const Request& request, Context& context) {
  if (!IsStaffHere(context) || !CanReview(context)) return Status::Forbidden("Chỉ lãnh đạo đơn vị duyệt được tin nội bộ.");
  bool approve = request.path.size() >= 6 && request.path.substr(request.path.size() - 6) == "/duyet";
  const std::string* note = request.Field("ghi_chu");
  if (!approve && (!note || note->empty())) return Status::Invalid("Vui lòng ghi lý do trả lại.");
  core::Db& db = context.db;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> u = db.Execute(
      "UPDATE internal_posts SET status = ?, reviewed_by_name = ?, return_note = ?, "
      "published_at = IF(? = 1, UTC_TIMESTAMP(), published_at) WHERE id = ? AND site_id = ? AND status = 'pending'",
      {approve ? "published" : "returned", context.user->full_name, note ? *note : std::string(),
       approve ? 1 : 0, request.path_args.at(0), context.site.id});
  if (!u.ok()) return u.status();
  if (u->affected_rows != 1) return Status::NotFound("Không tìm thấy tin chờ duyệt (có thể đã được xử lý).");
  Status audit = core::Audit(context, request, approve ? "internal.approve" : "internal.return", "internal_post",
                             std::stoull(request.path_args.at(0)), note ? note->substr(0, 200) : "");
  if (!audit.ok()) return audit;
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed;
  return Response::Redirect(AdminBase(context) + "/noi-bo/" + request.path_args.at(0), 303);
}

}  // namespace admin
