// News sent up (SPEC B21; seed 000 Điều 6.1.1: schools send their news to the office's
// site): a school proposes one of its published articles to its parent site; the
// parent's editors accept it, and it enters their approval chain as a new article with
// its origin as the source, or return it with a reason.
#include "admin/admin.h"
#include "core/audit.h"
#include "core/vntext.h"

namespace admin {
namespace {

using core::Row;
using core::Rows;
using core::Status;

constexpr std::string_view kProposeRoles[] = {"dau-moi", "truong-ban", "pho-ban", "thu-ky", "quan-tri"};
constexpr std::string_view kAcceptRoles[] = {"truong-ban", "pho-ban", "thu-ky", "quan-tri"};

bool HasRole(const Context& context, std::span<const std::string_view> roles) {
  if (!context.user) return false;
  for (std::string_view r : roles) {
    if (context.user->Has(context.site.id, r)) return true;
  }
  return false;
}

bool CanPropose(const Context& context) { return context.site.parent_id != 0 && HasRole(context, kProposeRoles); }
bool CanAccept(const Context& context) { return !context.site.children.empty() && HasRole(context, kAcceptRoles); }

std::string SiteArticleUrl(const Context& context, uint32_t site_id, const std::string& id, const std::string& slug) {
  const core::Site* s = context.sites.ById(site_id);
  std::string path = "/bai-viet/" + id + "-" + slug;
  if (!s) return path;
  std::string base = s->base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  if (base.empty()) base = context.config.base_url + (s == &context.sites.main() ? "" : "/don-vi/" + s->slug);
  return base + path;
}

std::string StatusLabel(std::string_view s) {
  if (s == "accepted") return "Đã nhận";
  if (s == "returned") return "Bị trả lại";
  return "Chờ Phòng xem xét";
}

}  // namespace

namespace {

Result<Response> ShowNewsUp(const Request& request, Context& context, const std::string& message, int status) {
  bool propose = CanPropose(context), accept = CanAccept(context);
  if (!propose && !accept) return Status::Forbidden("Bạn không có quyền gửi hoặc nhận tin của đơn vị.");
  Dict layout("newsup");
  Dict* page = StartPage(layout, request, context, "Tin gửi lên", "admin/news_up.tpl");
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  std::string base = AdminBase(context) + "/tin-gui-len";
  page->SetValue("ACTION", base);
  for (const auto& [k, v] : request.query_params) {
    if (k == "da-gui") page->SetValueAndShowSection("NOTICE", "Đã gửi tin lên Phòng.", "HAS_NOTICE");
    if (k == "da-nhan") page->SetValueAndShowSection("NOTICE", "Đã nhận tin; bài mới đang chờ thư ký trong quy trình duyệt.", "HAS_NOTICE");
    if (k == "da-tra") page->SetValueAndShowSection("NOTICE", "Đã trả lại tin cho đơn vị.", "HAS_NOTICE");
  }
  if (propose) {
    page->ShowSection("PROPOSE");
    const core::Site* parent = context.sites.ById(context.site.parent_id);
    page->SetValue("PARENT_NAME", parent ? parent->short_name : "đơn vị cấp trên");
    Result<Rows> articles = context.db.Query(
        "SELECT a.id, a.title, a.published_at, "
        "(SELECT p.status FROM news_proposals p WHERE p.article_id = a.id ORDER BY p.id DESC LIMIT 1) "
        "FROM articles a WHERE a.site_id = ? AND a.status = 'published' AND a.published_at <= UTC_TIMESTAMP() "
        "ORDER BY a.published_at DESC, a.id DESC LIMIT 30", {context.site.id});
    if (!articles.ok()) return articles.status();
    for (const Row& a : *articles) {
      Dict* item = page->AddSectionDictionary("ARTICLE");
      item->SetValue("ID", a.Str(0));
      item->SetValue("TITLE", a.Str(1));
      item->SetValue("AT", core::vntext::FormatDate(a.Time(2)));
      if (a.IsNull(3) || a.Str(3) == "returned") item->ShowSection("CAN_SEND");
      else item->SetValueAndShowSection("SENT_LABEL", StatusLabel(a.Str(3)), "SENT");
    }
    Result<Rows> mine = context.db.Query(
        "SELECT p.id, a.title, p.status, p.proposed_at, p.decided_at, p.reason, p.proposed_by_name FROM news_proposals p "
        "JOIN articles a ON a.id = p.article_id WHERE p.from_site_id = ? ORDER BY p.id DESC LIMIT 50", {context.site.id});
    if (!mine.ok()) return mine.status();
    for (const Row& p : *mine) {
      Dict* item = page->AddSectionDictionary("MINE");
      item->SetValue("TITLE", p.Str(1));
      item->SetValue("STATUS", p.Str(2));
      item->SetValue("STATUS_LABEL", StatusLabel(p.Str(2)));
      item->SetValue("AT", core::vntext::FormatDateTime(p.Time(3)));
      item->SetValue("BY", p.Str(6));
      if (!p.Str(5).empty()) item->SetValueAndShowSection("REASON", p.Str(5), "HAS_REASON");
    }
    if (!mine->empty()) page->ShowSection("HAS_MINE");
  }
  if (accept) {
    page->ShowSection("ACCEPT");
    Result<Rows> categories = context.db.Query(
        "SELECT id, name FROM categories WHERE site_id = ? ORDER BY sort_order, id LIMIT 100", {context.site.id});
    if (!categories.ok()) return categories.status();
    Result<Rows> incoming = context.db.Query(
        "SELECT p.id, a.title, a.summary, s.name, p.proposed_at, p.note, a.id, a.slug, p.from_site_id, p.status, "
        "p.decided_by_name, p.decided_at, p.reason, COALESCE(p.office_article_id, 0), p.proposed_by_name "
        "FROM news_proposals p JOIN articles a ON a.id = p.article_id JOIN sites s ON s.id = p.from_site_id "
        "WHERE p.to_site_id = ? ORDER BY p.status = 'pending' DESC, p.id DESC LIMIT 100", {context.site.id});
    if (!incoming.ok()) return incoming.status();
    for (const Row& p : *incoming) {
      bool pending = p.Str(9) == "pending";
      Dict* item = page->AddSectionDictionary(pending ? "INCOMING" : "DECIDED");
      item->SetValue("ID", p.Str(0));
      item->SetValue("TITLE", p.Str(1));
      item->SetValue("SUMMARY", p.Str(2));
      item->SetValue("FROM", p.Str(3));
      item->SetValue("AT", core::vntext::FormatDateTime(p.Time(4)));
      item->SetValue("BY", p.Str(14));
      item->SetValue("ORIGIN_URL", SiteArticleUrl(context, static_cast<uint32_t>(p.Int(8)), p.Str(6), p.Str(7)));
      if (!p.Str(5).empty()) item->SetValueAndShowSection("NOTE", p.Str(5), "HAS_NOTE");
      item->SetValue("ACCEPT_URL", base + "/" + p.Str(0) + "/nhan");
      item->SetValue("RETURN_URL", base + "/" + p.Str(0) + "/tra-lai");
      item->SetValue("STATUS", p.Str(9));
      item->SetValue("STATUS_LABEL", StatusLabel(p.Str(9)));
      item->SetValue("DECIDED", p.Str(10) + " · " + core::vntext::FormatDateTime(p.Time(11)));
      if (!p.Str(12).empty()) item->SetValueAndShowSection("REASON", p.Str(12), "HAS_REASON");
      if (p.Int(13) > 0) item->SetValueAndShowSection("OFFICE_URL", AdminBase(context) + "/bai-viet/" + p.Str(13), "HAS_OFFICE");
      if (pending) {
        for (const Row& c : *categories) {
          Dict* o = item->AddSectionDictionary("CATEGORY");
          o->SetValue("VALUE", c.Str(0));
          o->SetValue("LABEL", c.Str(1));
        }
      }
    }
    if (incoming->empty()) page->ShowSection("NO_INCOMING");
  }
  Result<Response> r = RenderPage(layout);
  if (r.ok()) r->status = status;
  return r;
}

}  // namespace

Result<Response> HandleNewsUp(const Request& request, Context& context) { return ShowNewsUp(request, context, "", 200); }

Result<Response> HandleNewsUpPropose(const Request& request, Context& context) {
  if (!CanPropose(context)) return Status::Forbidden("Chỉ đầu mối và ban biên tập của trường gửi được tin lên Phòng.");
  const std::string* id = request.Field("bai_viet");
  if (!id) return Status::Invalid("Vui lòng chọn bài viết.");
  Result<Rows> article = context.db.Query(
      "SELECT a.id, a.title FROM articles a WHERE a.id = ? AND a.site_id = ? AND a.status = 'published' "
      "AND NOT EXISTS (SELECT 1 FROM news_proposals p WHERE p.article_id = a.id AND p.status <> 'returned')",
      {*id, context.site.id});
  if (!article.ok()) return article.status();
  if (article->empty()) return Status::Conflict("Bài viết không thuộc trang của đơn vị, chưa đăng, hoặc đã được gửi lên.");
  const std::string* note = request.Field("ghi_chu");
  core::Db& db = context.db;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> ins = db.Execute(
      "INSERT INTO news_proposals (article_id, from_site_id, to_site_id, proposed_by, proposed_by_name, note) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {article->front().Int(0), context.site.id, context.site.parent_id, context.user->user_id, context.user->full_name,
       note ? *note : std::string()});
  if (!ins.ok()) return ins.status();
  Status audit = core::Audit(context, request, "news_up.propose", "article", static_cast<uint64_t>(article->front().Int(0)),
                             article->front().Str(1).substr(0, 200));
  if (!audit.ok()) return audit;
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed;
  return Response::Redirect(AdminBase(context) + "/tin-gui-len?da-gui=1", 303);
}

namespace {

Result<Row> LoadPending(Context& context, const std::string& id_arg) {
  Result<Rows> rows = context.db.Query(
      "SELECT p.id, p.article_id, p.from_site_id, a.title, a.summary, a.body, a.author_name, a.slug, a.published_at, "
      "s.name, a.cover_path, a.cover_alt, a.genre_code FROM news_proposals p JOIN articles a ON a.id = p.article_id "
      "JOIN sites s ON s.id = p.from_site_id WHERE p.id = ? AND p.to_site_id = ? AND p.status = 'pending'",
      {id_arg, context.site.id});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound("Không tìm thấy tin chờ xem xét (có thể đã được xử lý).");
  return rows->front();
}

}  // namespace

Result<Response> HandleNewsUpAccept(const Request& request, Context& context) {
  if (!CanAccept(context)) return Status::Forbidden("Chỉ ban biên tập của Phòng nhận được tin gửi lên.");
  Result<Row> p = LoadPending(context, request.path_args.at(0));
  if (!p.ok()) return p.status();
  const std::string* category = request.Field("chuyen_muc");
  if (!category) return ShowNewsUp(request, context, "Vui lòng chọn chuyên mục cho tin.", 422);
  Result<Rows> cat = context.db.Query("SELECT id FROM categories WHERE id = ? AND site_id = ?", {*category, context.site.id});
  if (!cat.ok()) return cat.status();
  if (cat->empty()) return ShowNewsUp(request, context, "Chuyên mục không thuộc trang của Phòng.", 422);
  std::string origin = SiteArticleUrl(context, static_cast<uint32_t>(p->Int(2)), p->Str(1), p->Str(7));
  core::Db& db = context.db;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  // The copy is the office's own article from now on: it starts at the secretary
  // (submitted), its source names the school and links the original (seed 001 Điều 14.2:
  // content of another unit carries its source, and the editor-in-chief approves it).
  Result<core::ExecResult> ins = db.Execute(
      "INSERT INTO articles (site_id, category_id, genre_code, title, slug, summary, body, cover_path, cover_alt, "
      "author_name, author_id, source_name, source_author, source_url, source_date, status) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, DATE(?), 'submitted')",
      {context.site.id, cat->front().Int(0), p->Cell(12), p->Str(3), p->Str(7), p->Str(4), p->Str(5), p->Cell(10),
       p->Str(11), p->Str(6), context.user->user_id, p->Str(9), p->Str(6), origin, p->Cell(8)});
  if (!ins.ok()) return ins.status();
  long long article_id = static_cast<long long>(ins->insert_id);
  Result<core::ExecResult> rev = db.Execute(
      "INSERT INTO article_revisions (article_id, user_id, title, summary, body) VALUES (?, ?, ?, ?, ?)",
      {article_id, context.user->user_id, p->Str(3), p->Str(4), p->Str(5)});
  if (!rev.ok()) return rev.status();
  Result<core::ExecResult> ev = db.Execute(
      "INSERT INTO article_events (article_id, user_id, action, from_status, to_status, note) "
      "VALUES (?, ?, 'submit', 'draft', 'submitted', ?)",
      {article_id, context.user->user_id, "Nhận tin do " + p->Str(9) + " gửi lên: " + origin});
  if (!ev.ok()) return ev.status();
  Result<core::ExecResult> u = db.Execute(
      "UPDATE news_proposals SET status = 'accepted', decided_by = ?, decided_by_name = ?, decided_at = UTC_TIMESTAMP(), "
      "office_article_id = ? WHERE id = ? AND status = 'pending'",
      {context.user->user_id, context.user->full_name, article_id, p->Int(0)});
  if (!u.ok()) return u.status();
  if (u->affected_rows != 1) return Status::Conflict("Tin này vừa được người khác xử lý.");
  Status audit = core::Audit(context, request, "news_up.accept", "article", static_cast<uint64_t>(article_id),
                             "từ " + p->Str(9) + ": " + p->Str(3).substr(0, 200));
  if (!audit.ok()) return audit;
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed;
  return Response::Redirect(AdminBase(context) + "/tin-gui-len?da-nhan=1", 303);
}

Result<Response> HandleNewsUpReturn(const Request& request, Context& context) {
  if (!CanAccept(context)) return Status::Forbidden("Chỉ ban biên tập của Phòng trả lại được tin gửi lên.");
  Result<Row> p = LoadPending(context, request.path_args.at(0));
  if (!p.ok()) return p.status();
  const std::string* reason = request.Field("ly_do");
  if (!reason || reason->empty()) {
    return ShowNewsUp(request, context, "Vui lòng ghi lý do trả lại để đơn vị biết cần sửa gì.", 422);
  }
  core::Db& db = context.db;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> u = db.Execute(
      "UPDATE news_proposals SET status = 'returned', decided_by = ?, decided_by_name = ?, decided_at = UTC_TIMESTAMP(), "
      "reason = ? WHERE id = ? AND status = 'pending'",
      {context.user->user_id, context.user->full_name, *reason, p->Int(0)});
  if (!u.ok()) return u.status();
  if (u->affected_rows != 1) return Status::Conflict("Tin này vừa được người khác xử lý.");
  Status audit = core::Audit(context, request, "news_up.return", "article", static_cast<uint64_t>(p->Int(1)),
                             reason->substr(0, 300));
  if (!audit.ok()) return audit;
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed;
  return Response::Redirect(AdminBase(context) + "/tin-gui-len?da-tra=1", 303);
}

void FillNewsUpMenu(Dict& layout, Context& context) {
  if (!context.user || context.user->pending_totp) return;
  if (CanPropose(context) || CanAccept(context)) layout.ShowSection("CAN_NEWS_UP");
}

}  // namespace admin
