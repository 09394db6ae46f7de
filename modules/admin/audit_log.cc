// The audit log (/admin/nhat-ky, SPEC C30, issue 5 item 7): every sign-in and change,
// who, when, from where and what; for the system administrator (any site, or all) and
// the editor-in-chief of a site (that site only). Filters: account, action prefix, site,
// local date range; keyset pages by id, newest first.
#include "admin/admin.h"
#include "core/like.h"
#include "core/vntext.h"
#include "core/workdays.h"

namespace admin {
namespace {

using core::Row;
using core::Rows;
using core::Status;
namespace wd = core::workdays;

// Entries of one site (or, with ? = 1, of every site), the installation-wide ones (site
// NULL: portalctl) for the system administrator; `nguoi-dung` matches the actor and the
// account acted on (a failed sign-in has no actor, only its account).
constexpr char kAuditSql[] =
    "SELECT l.id, l.at, COALESCE(u.username, ''), l.address, l.action, l.object_type, COALESCE(l.object_id, 0), "
    "l.detail, COALESCE(s.short_name, ''), COALESCE(t.username, '') "
    "FROM audit_log l LEFT JOIN users u ON u.id = l.user_id LEFT JOIN sites s ON s.id = l.site_id "
    "LEFT JOIN users t ON l.object_type = 'user' AND t.id = l.object_id "
    "WHERE (? = 1 OR l.site_id = ? OR (l.site_id IS NULL AND ? = 1)) AND l.id < ? "
    "AND (? = 0 OR l.action LIKE CONCAT(CONVERT(? USING ascii), '%')) "
    "AND (? = 0 OR u.username = CONVERT(? USING ascii) OR t.username = CONVERT(? USING ascii)) "
    "AND (? = 0 OR l.at >= FROM_UNIXTIME(?)) AND (? = 0 OR l.at < FROM_UNIXTIME(?)) "
    "ORDER BY l.id DESC LIMIT 101";

std::string Value(const Request& request, const char* name) {
  const std::string* v = request.Field(name);
  return v ? *v : "";
}

}  // namespace

Result<Response> HandleAuditLog(const Request& request, Context& context) {
  const bool admin = context.user->IsSystemAdmin();
  if (!admin && !context.user->Has(context.site.id, "truong-ban")) {
    return Status::Forbidden("Chỉ quản trị viên và Trưởng ban xem được nhật ký của trang.");
  }
  std::string action = Value(request, "thao-tac"), who = Value(request, "nguoi-dung");
  std::string site_slug = Value(request, "don-vi"), from = Value(request, "tu-ngay"), to = Value(request, "den-ngay");
  const core::Site* site = &context.site;
  bool all_sites = false;
  if (!site_slug.empty() && site_slug != context.site.slug) {
    if (!admin) return Status::Forbidden("Trưởng ban chỉ xem nhật ký của trang mình.");
    if (site_slug == "tat-ca") {
      all_sites = true;
    } else {
      site = context.sites.BySlug(site_slug);
      if (!site) return Status::NotFound();
    }
  }
  std::string message;
  long long from_t = 0, to_t = 0;
  if (!from.empty()) {
    std::optional<wd::Day> d = wd::Parse(from);
    if (d) from_t = static_cast<long long>(wd::EndOfDay(*d - 1)) + 1;
    else message = "Ngày “từ ngày” không hợp lệ (dạng năm-tháng-ngày).";
  }
  if (!to.empty()) {
    std::optional<wd::Day> d = wd::Parse(to);
    if (d) to_t = static_cast<long long>(wd::EndOfDay(*d)) + 1;
    else message = "Ngày “đến ngày” không hợp lệ (dạng năm-tháng-ngày).";
  }
  if (from_t && to_t && from_t >= to_t) message = "“Từ ngày” phải trước hoặc bằng “đến ngày”.";
  long long before = request.Field("truoc") ? std::stoll(*request.Field("truoc")) : (1ll << 62);
  Rows rows;
  if (message.empty()) {
    std::string like = core::LikeEscaped(action);
    Result<Rows> found = context.db.Query(
        kAuditSql, {all_sites ? 1 : 0, site->id, admin ? 1 : 0, before, action.empty() ? 0 : 1, like, who.empty() ? 0 : 1, who, who,
                    from_t, from_t, to_t, to_t});
    if (!found.ok()) return found.status();
    rows = std::move(found).value();
  }

  Dict layout("audit");
  Dict* page = StartPage(layout, request, context, "Nhật ký hệ thống", "admin/audit.tpl");
  page->SetValue("FILTER_ACTION", action);
  page->SetValue("FILTER_USER", who);
  page->SetValue("FILTER_FROM", from);
  page->SetValue("FILTER_TO", to);
  page->SetValue("SITE_NAME_SHOWN", all_sites ? "mọi đơn vị" : site->short_name);
  if (admin) {
    page->ShowSection("PICK_SITE");
    Dict* all = page->AddSectionDictionary("SITE_OPTION");
    all->SetValue("SLUG", "tat-ca");
    all->SetValue("NAME", "Tất cả đơn vị");
    if (all_sites) all->ShowSection("SELECTED");
    for (const core::Site* s : context.sites.Subtree(context.sites.main())) {
      Dict* o = page->AddSectionDictionary("SITE_OPTION");
      o->SetValue("SLUG", s->slug);
      o->SetValue("NAME", s->short_name);
      if (!all_sites && s->id == site->id) o->ShowSection("SELECTED");
    }
  }
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  bool more = rows.size() > 100;
  if (more) rows.pop_back();
  for (const Row& r : rows) {
    Dict* item = page->AddSectionDictionary("ENTRY");
    item->SetValue("AT", core::vntext::FormatDateTime(r.Time(1)));
    item->SetValue("WHO", r.Str(2).empty() ? "(khách)" : r.Str(2));
    item->SetValue("ADDRESS", r.Str(3).empty() ? "(dòng lệnh)" : r.Str(3));
    item->SetValue("ACTION", r.Str(4));
    std::string object = r.Str(5) + (r.Int(6) ? " #" + r.Str(6) : "");
    if (!r.Str(9).empty()) object += " (" + r.Str(9) + ")";
    item->SetValue("OBJECT", object);
    item->SetValue("SITE", r.Str(8).empty() ? "—" : r.Str(8));
    item->SetValue("DETAIL", r.Str(7));
  }
  if (rows.empty() && message.empty()) page->ShowSection("EMPTY");
  if (more) {
    std::string url = AdminBase(context) + "/nhat-ky?truoc=" + rows.back().Str(0);
    if (!action.empty()) url += "&thao-tac=" + core::UrlEncode(action);
    if (!who.empty()) url += "&nguoi-dung=" + core::UrlEncode(who);
    if (!site_slug.empty()) url += "&don-vi=" + core::UrlEncode(site_slug);
    if (!from.empty()) url += "&tu-ngay=" + core::UrlEncode(from);
    if (!to.empty()) url += "&den-ngay=" + core::UrlEncode(to);
    page->SetValueAndShowSection("MORE_URL", url, "MORE");
  }
  Result<Response> r = RenderPage(layout);
  if (r.ok() && !message.empty()) r->status = 422;
  return r;
}

}  // namespace admin
