// The working-day calendar (/admin/ngay-nghi): the public holidays, days off in lieu and
// makeup working days the government announces each year (table `holidays`, 0070).
// Installation-wide data: the system administrator and the office's editor-in-chief.
#include <ctime>

#include "admin/admin.h"
#include "core/audit.h"
#include "core/vntext.h"
#include "core/workdays.h"

namespace admin {
namespace {

using core::Row;
using core::Rows;
using core::Status;
namespace wd = core::workdays;

bool MayEdit(const Context& context) {
  return context.user && (context.user->IsSystemAdmin() || context.user->Has(context.sites.main().id, "truong-ban"));
}

Result<Response> Show(const Request& request, Context& context, int year, const std::string& message, bool error,
                      int status) {
  Result<Rows> rows = context.db.Query(
      "SELECT DATE_FORMAT(day, '%Y-%m-%d'), kind, name FROM holidays WHERE YEAR(day) = ? ORDER BY day LIMIT 400", {year});
  if (!rows.ok()) return rows.status();
  Dict layout("holidays");
  Dict* page = StartPage(layout, request, context, "Lịch ngày nghỉ, ngày làm bù", "admin/holidays.tpl");
  page->SetIntValue("YEAR", year);
  for (int y = year - 1; y <= year + 1; ++y) {
    Dict* tab = page->AddSectionDictionary("YEAR_TAB");
    tab->SetIntValue("Y", y);
    tab->SetValue("URL", AdminBase(context) + "/ngay-nghi?nam=" + std::to_string(y));
    if (y == year) tab->ShowSection("CURRENT");
  }
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("DAY");
    std::optional<wd::Day> d = wd::Parse(r.Str(0));
    item->SetValue("ISO", r.Str(0));
    item->SetValue("DATE", d ? core::vntext::WeekdayName(wd::Weekday(*d)) + ", " + wd::ToVn(*d) : r.Str(0));
    item->SetValue("KIND", r.Str(1) == "lam-bu" ? "Làm bù (ngày làm việc)" : "Nghỉ");
    item->SetValue("NAME", r.Str(2));
  }
  if (rows->empty()) page->ShowSection("EMPTY");
  if (MayEdit(context)) page->ShowSection("CAN_EDIT");
  auto entered = [&](const char* n) {
    if (const std::string* v = request.Field(n)) return *v;
    auto it = request.entered.find(n);
    return it == request.entered.end() ? std::string() : it->second.substr(0, 200);
  };
  page->SetValue("NGAY", entered("ngay"));
  page->SetValue("TEN", entered("ten"));
  if (entered("loai") == "lam-bu") page->ShowSection("LAM_BU");
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, error ? "HAS_ERROR" : "HAS_NOTICE");
  Result<Response> out = RenderPage(layout);
  if (out.ok()) out->status = status;
  return out;
}

}  // namespace

Result<Response> HandleHolidays(const Request& request, Context& context) {
  const std::string* y = request.Field("nam");
  int year = y ? std::stoi(*y) : core::vntext::ToLocal(std::time(nullptr)).year;
  std::string message;
  for (const auto& [k, v] : request.query_params) {
    if (k == "da-luu" && v == "1") message = "Đã lưu.";
  }
  return Show(request, context, year, message, false, 200);
}

Result<Response> HandleHolidaysSave(const Request& request, Context& context) {
  if (!MayEdit(context)) return Status::Forbidden("Chỉ quản trị hệ thống và Trưởng ban của Phòng sửa được lịch ngày nghỉ.");
  const std::string* action = request.Field("thao_tac");
  std::string iso = request.Field("ngay") ? *request.Field("ngay") : "";
  std::optional<wd::Day> day = wd::Parse(iso);
  int year = day ? std::stoi(iso.substr(0, 4)) : core::vntext::ToLocal(std::time(nullptr)).year;
  if (!day) return Show(request, context, year, "Ngày không hợp lệ (chọn một ngày, dạng năm-tháng-ngày).", true, 422);
  if (action && *action == "xoa") {
    Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
    if (!tx.ok()) return tx.status();
    Result<core::ExecResult> del = context.db.Execute("DELETE FROM holidays WHERE day = ?", {iso});
    if (!del.ok()) return del.status();
    Status audit = core::Audit(context, request, "holiday.delete", "holiday", 0, iso);
    if (!audit.ok()) return audit;
    Status c = (*tx)->Commit();
    if (!c.ok()) return c;
    return Response::Redirect(AdminBase(context) + "/ngay-nghi?nam=" + std::to_string(year) + "&da-luu=1", 303);
  }
  if (!request.invalid.empty()) {
    return Show(request, context, year, request.invalid.begin()->second, true, 422);
  }
  std::string kind = request.Field("loai") ? *request.Field("loai") : "nghi";
  std::string name = request.Field("ten") ? *request.Field("ten") : "";
  int weekday = wd::Weekday(*day);
  bool weekend = weekday == 0 || weekday == 6;
  if (kind == "nghi" && weekend) {
    return Show(request, context, year, "Ngày " + wd::ToVn(*day) + " là thứ Bảy hoặc Chủ nhật, vốn đã là ngày nghỉ: ghi ngày nghỉ bù vào ngày làm việc kế tiếp.", true, 422);
  }
  if (kind == "lam-bu" && !weekend) {
    return Show(request, context, year, "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.", true, 422);
  }
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> up = context.db.Execute(
      "INSERT INTO holidays (day, kind, name) VALUES (?, ?, ?) "
      "ON DUPLICATE KEY UPDATE kind = VALUES(kind), name = VALUES(name), updated_at = UTC_TIMESTAMP()",
      {iso, kind, name});
  if (!up.ok()) return up.status();
  Status audit = core::Audit(context, request, "holiday.save", "holiday", 0, iso + " " + kind + " " + name.substr(0, 150));
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  return Response::Redirect(AdminBase(context) + "/ngay-nghi?nam=" + std::to_string(year) + "&da-luu=1", 303);
}

}  // namespace admin
