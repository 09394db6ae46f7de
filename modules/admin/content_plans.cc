// Work plans (/admin/lich-cong-tac/ke-hoach, table work_plans): the yearly plan, a month's
// plan and the monthly work programme that the public /lich-cong-tac/ke-hoach lists. The
// body is sanitised on save like articles; a plan is public once published.
#include <cstdio>

#include "admin/content.h"
#include "core/audit.h"
#include "core/sanitize.h"
#include "core/vntext.h"

namespace admin {
namespace {

using core::Row;
using core::Rows;
using core::Status;
using content::Typed;

constexpr char kPlansSql[] =
    "SELECT id, kind, title, number, period_label, published_at FROM work_plans WHERE site_id = ? "
    "ORDER BY id DESC LIMIT 200";
constexpr char kPlanSql[] =
    "SELECT id, kind, title, number, period_label, DATE_FORMAT(period_start, '%Y-%m-%d'), "
    "DATE_FORMAT(period_end, '%Y-%m-%d'), summary, body, published_at, slug FROM work_plans WHERE id = ? AND site_id = ?";

const char* KindName(std::string_view kind) {
  if (kind == "nam") return "Kế hoạch năm";
  if (kind == "thang") return "Kế hoạch tháng";
  return "Chương trình công tác tháng";
}

bool IsDate(std::string_view text) { return core::vntext::ParseFormDate(text, 1990).has_value(); }

struct PlanForm {
  std::string kind = "thang", title, number, period, start, end, summary, body;
  bool published = false;
};

Result<Response> ShowForm(const Request& request, Context& context, uint32_t id, const PlanForm& f,
                          const std::string& message, int status, const std::string& public_url = "") {
  Dict layout("admin_plan");
  const char* title = id ? "Sửa kế hoạch" : "Thêm kế hoạch";
  Dict* page = StartPage(layout, request, context, title, "admin/content_plan.tpl");
  page->SetValue("HEADING", title);
  page->SetValue("ACTION", AdminBase(context) + "/lich-cong-tac/ke-hoach/" + (id ? std::to_string(id) : "moi"));
  page->SetValue("BACK_URL", AdminBase(context) + "/lich-cong-tac/ke-hoach");
  for (std::string_view k : {"nam", "thang", "chuong-trinh-thang"}) {
    Dict* o = page->AddSectionDictionary("KIND");
    o->SetValue("VALUE", std::string(k));
    o->SetValue("LABEL", KindName(k));
    if (f.kind == k) o->ShowSection("SELECTED");
  }
  page->SetValue("F_TITLE", f.title);
  page->SetValue("F_NUMBER", f.number);
  page->SetValue("F_PERIOD", f.period);
  page->SetValue("F_START", f.start);
  page->SetValue("F_END", f.end);
  page->SetValue("F_SUMMARY", f.summary);
  page->SetValue("F_BODY", f.body);
  if (f.published) page->ShowSection("PUBLISHED");
  if (!public_url.empty()) page->SetValueAndShowSection("PUBLIC_URL", public_url, "HAS_PUBLIC");
  content::ShowFieldErrors(page, request);
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  return content::Render(layout, status);
}

Result<Response> Save(const Request& const_request, Context& context, uint32_t id) {
  Request request = const_request;
  PlanForm f{Typed(request, "loai"), Typed(request, "tieu_de"), Typed(request, "so_hieu"), Typed(request, "ky"),
             Typed(request, "tu_ngay"), Typed(request, "den_ngay"), Typed(request, "tom_tat"), Typed(request, "noi_dung"),
             request.Field("cong_bo") != nullptr};
  if (f.kind.empty()) f.kind = "thang";
  if (!f.start.empty() && !request.invalid.count("tu_ngay") && !IsDate(f.start)) request.invalid["tu_ngay"] = "Ngày bắt đầu không hợp lệ.";
  if (!f.end.empty() && !request.invalid.count("den_ngay") && !IsDate(f.end)) request.invalid["den_ngay"] = "Ngày kết thúc không hợp lệ.";
  if (IsDate(f.start) && IsDate(f.end) && f.end < f.start) request.invalid["den_ngay"] = "Ngày kết thúc phải sau ngày bắt đầu.";
  std::string body;
  if (!request.invalid.count("noi_dung")) {
    body = core::html::Sanitize(f.body);
    if (core::html::ToText(body).empty()) request.invalid["noi_dung"] = "Nội dung không được để trống.";
  }
  if (!request.invalid.empty()) return ShowForm(request, context, id, f, "", 422);
  std::string slug = core::vntext::Slugify(f.title, 200);
  if (slug.empty()) slug = "ke-hoach";
  std::optional<std::string> start, end;
  if (!f.start.empty()) start = f.start;
  if (!f.end.empty()) end = f.end;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> saved =
      id == 0 ? context.db.Execute(
                    "INSERT INTO work_plans (site_id, kind, title, slug, number, period_label, period_start, period_end, "
                    "summary, body, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, IF(? = 1, UTC_TIMESTAMP(), NULL))",
                    {context.site.id, f.kind, f.title, slug, f.number, f.period, start, end, f.summary, body, f.published ? 1 : 0})
              : context.db.Execute(
                    "UPDATE work_plans SET kind = ?, title = ?, slug = ?, number = ?, period_label = ?, period_start = ?, "
                    "period_end = ?, summary = ?, body = ?, published_at = IF(? = 1, COALESCE(published_at, UTC_TIMESTAMP()), NULL), "
                    "updated_at = UTC_TIMESTAMP() WHERE id = ? AND site_id = ?",
                    {f.kind, f.title, slug, f.number, f.period, start, end, f.summary, body, f.published ? 1 : 0, id, context.site.id});
  if (!saved.ok()) return saved.status();
  uint64_t plan_id = id ? id : saved->insert_id;
  Status audit = core::Audit(context, request, id ? "work_plan.update" : "work_plan.create", "work_plan", plan_id,
                             f.title.substr(0, 200));
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  return Response::Redirect(AdminBase(context) + "/lich-cong-tac/ke-hoach/" + std::to_string(plan_id) + "?da-luu=1", 303);
}

}  // namespace

Result<Response> HandlePlans(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  Result<Rows> rows = context.db.Query(kPlansSql, {context.site.id});
  if (!rows.ok()) return rows.status();
  Dict layout("admin_plans");
  Dict* page = StartPage(layout, request, context, "Kế hoạch, chương trình công tác", "admin/content_plans.tpl");
  page->SetValue("NEW_URL", AdminBase(context) + "/lich-cong-tac/ke-hoach/moi");
  page->SetValue("SCHEDULE_URL", AdminBase(context) + "/lich-cong-tac");
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("PLAN");
    item->SetValue("TITLE", r.Str(2));
    item->SetValue("KIND", KindName(r.Str(1)));
    item->SetValue("NUMBER", r.Str(3));
    item->SetValue("PERIOD", r.Str(4));
    item->SetValue("EDIT_URL", AdminBase(context) + "/lich-cong-tac/ke-hoach/" + r.Str(0));
    item->SetValue("STATE", r.IsNull(5) ? "Chưa công bố" : "Đã công bố " + core::vntext::FormatDate(r.Time(5)));
  }
  page->ShowSection(rows->empty() ? "EMPTY" : "HAS_PLANS");
  return RenderPage(layout);
}

Result<Response> HandlePlanNew(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  return ShowForm(request, context, 0, PlanForm{}, "", 200);
}

Result<Response> HandlePlanCreate(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  return Save(request, context, 0);
}

Result<Response> HandlePlanEdit(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<Row> r = context.db.QueryRow(kPlanSql, {id, context.site.id});
  if (!r.ok()) return r.status();
  PlanForm f{r->Str(1), r->Str(2), r->Str(3), r->Str(4), r->Str(5), r->Str(6), r->Str(7), r->Str(8), !r->IsNull(9)};
  std::string message;
  for (const auto& [k, v] : request.query_params) {
    if (k == "da-luu" && v == "1") message = "Đã lưu kế hoạch.";
  }
  std::string public_url = r->IsNull(9) ? "" : context.prefix + "/lich-cong-tac/ke-hoach/" + r->Str(0) + "-" + r->Str(10);
  return ShowForm(request, context, id, f, message, 200, public_url);
}

Result<Response> HandlePlanUpdate(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<Row> r = context.db.QueryRow(kPlanSql, {id, context.site.id});
  if (!r.ok()) return r.status();
  return Save(request, context, id);
}

}  // namespace admin
