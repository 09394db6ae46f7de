// The weekly work schedule in the staff area (/admin/lich-cong-tac; SPEC A7, seed 001
// Điều 15): a week (ISO week, Asia/Ho_Chi_Minh days) and its entries, published when
// ready (the public page marks a week published after Monday 08:00 as late), and "copy
// last week" into an empty week with every entry moved by seven days.
#include <chrono>
#include <cstdio>

#include "admin/content.h"
#include "core/audit.h"
#include "core/isoweek.h"
#include "core/keyset.h"
#include "core/vntext.h"

namespace admin {
namespace {

namespace chr = std::chrono;
using core::IsoWeekValue;
using core::Row;
using core::Rows;
using core::Status;
using content::Typed;

// SPEC C29 as the public page applies it (portal/schedule.cc): due Monday 08:00 local.
constexpr int kScheduleDueHour = 8;
constexpr int kMaxEntriesPerWeek = 300;

constexpr char kWeekSql[] =
    "SELECT id, published_at, note FROM schedule_weeks WHERE site_id = ? AND iso_year = ? AND iso_week = ?";
constexpr char kEntriesSql[] =
    "SELECT id, starts_at, ends_at, content, place, chair, participants, note FROM schedule_entries "
    "WHERE site_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id LIMIT ?";
constexpr char kEntrySql[] =
    "SELECT id, starts_at, ends_at, content, place, chair, participants, note FROM schedule_entries "
    "WHERE id = ? AND site_id = ?";

using core::IsoWeekOf;
using core::MondayOf;
using core::WeekParam;

chr::sys_days LocalDay(std::time_t utc) {
  core::vntext::LocalTime t = core::vntext::ToLocal(utc);
  return chr::sys_days{chr::year{t.year} / t.month / t.day};
}

std::time_t LocalTimeOn(chr::sys_days day, int hour = 0, int minute = 0) {
  chr::year_month_day ymd{day};
  return core::vntext::FromLocal(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                                 static_cast<int>(static_cast<unsigned>(ymd.day())), hour, minute);
}

std::string DayIso(chr::sys_days day) {
  chr::year_month_day ymd{day};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

std::string ClockTime(std::time_t utc) {
  core::vntext::LocalTime t = core::vntext::ToLocal(utc);
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", t.hour, t.minute);
  return buf;
}

// "2026-12-07" → a day; nullopt when malformed or not a real date.
std::optional<chr::sys_days> ParseDay(std::string_view text) {
  std::optional<core::vntext::FormDate> d = core::vntext::ParseFormDate(text, 2000);
  if (!d) return std::nullopt;
  return chr::sys_days{chr::year{d->year} / chr::month{d->month} / chr::day{d->day}};
}

// "07:30" → minutes after midnight; -1 when malformed.
int ParseClock(std::string_view text) {
  unsigned h = 0, m = 0;
  char tail = 0;
  if (text.size() != 5 || text[2] != ':' ||
      std::sscanf(std::string(text).c_str(), "%2u:%2u%c", &h, &m, &tail) != 2 || h > 23 || m > 59) {
    return -1;
  }
  return static_cast<int>(h * 60 + m);
}

IsoWeekValue CurrentWeek() { return IsoWeekOf(LocalDay(std::time(nullptr))); }

IsoWeekValue AskedWeek(const Request& request) {
  if (const std::string* w = request.Field("tuan")) {
    if (std::optional<IsoWeekValue> v = core::ParseIsoWeek(*w)) return *v;
  }
  return CurrentWeek();
}

std::string WeekUrl(const Context& context, IsoWeekValue week, std::string_view done = "") {
  std::string url = AdminBase(context) + "/lich-cong-tac?tuan=" + WeekParam(week);
  if (!done.empty()) url += "&xong=" + std::string(done);
  return url;
}

std::string DoneMessage(std::string_view done) {
  if (done == "them") return "Đã thêm mục lịch.";
  if (done == "sua") return "Đã lưu mục lịch.";
  if (done == "xoa") return "Đã xóa mục lịch.";
  if (done == "cong-bo") return "Đã công bố lịch tuần.";
  if (done == "thoi-cong-bo") return "Đã thôi công bố lịch tuần.";
  if (done == "sao-chep") return "Đã sao chép lịch tuần trước sang tuần này.";
  return "";
}

// An entry as typed (or loaded), for the form.
struct EntryForm {
  std::string day, start, end, content, place, chair, participants, note;
};

EntryForm FromRequest(const Request& request) {
  return {Typed(request, "ngay"), Typed(request, "bat_dau"), Typed(request, "ket_thuc"), Typed(request, "noi_dung"),
          Typed(request, "dia_diem"), Typed(request, "chu_tri"), Typed(request, "thanh_phan"), Typed(request, "ghi_chu")};
}

EntryForm FromRow(const Row& r) {
  EntryForm f;
  f.day = DayIso(LocalDay(r.Time(1)));
  f.start = ClockTime(r.Time(1));
  if (!r.IsNull(2)) f.end = ClockTime(r.Time(2));
  f.content = r.Str(3);
  f.place = r.Str(4);
  f.chair = r.Str(5);
  f.participants = r.Str(6);
  f.note = r.Str(7);
  return f;
}

// The fields of an entry, an include (admin/content_schedule_fields.tpl) with its own
// values and field errors; HAS_INVALID on the form around it.
void FillEntryForm(Dict* parent, const Request& request, const EntryForm& f, IsoWeekValue week) {
  Dict* form = parent->AddIncludeDictionary("ENTRY_FIELDS");
  form->SetFilename("admin/content_schedule_fields.tpl");
  content::ShowFieldErrors(form, request);
  if (!request.invalid.empty()) parent->ShowSection("HAS_INVALID");
  form->SetValue("F_DAY", f.day);
  form->SetValue("F_START", f.start);
  form->SetValue("F_END", f.end);
  form->SetValue("F_CONTENT", f.content);
  form->SetValue("F_PLACE", f.place);
  form->SetValue("F_CHAIR", f.chair);
  form->SetValue("F_PARTICIPANTS", f.participants);
  form->SetValue("F_NOTE", f.note);
  chr::sys_days monday = MondayOf(week);
  form->SetValue("MIN_DAY", DayIso(monday));
  form->SetValue("MAX_DAY", DayIso(monday + chr::days{6}));
}

// The checked entry of a form: UTC start and end, or the field errors in request.invalid.
struct CheckedEntry {
  std::string starts_at;
  std::optional<std::string> ends_at;
  chr::sys_days day;
};

std::optional<CheckedEntry> CheckEntry(Request& request) {
  CheckedEntry out;
  std::optional<chr::sys_days> day = ParseDay(Typed(request, "ngay"));
  if (!day && !request.invalid.count("ngay")) request.invalid["ngay"] = "Ngày không hợp lệ (chọn một ngày trong tuần).";
  int start = ParseClock(Typed(request, "bat_dau"));
  if (start < 0 && !request.invalid.count("bat_dau")) request.invalid["bat_dau"] = "Giờ bắt đầu không hợp lệ (dạng 07:30).";
  std::string end_text = Typed(request, "ket_thuc");
  int end = end_text.empty() ? -1 : ParseClock(end_text);
  if (!end_text.empty() && end < 0 && !request.invalid.count("ket_thuc")) {
    request.invalid["ket_thuc"] = "Giờ kết thúc không hợp lệ (dạng 11:00).";
  }
  if (start >= 0 && end >= 0 && end < start) request.invalid["ket_thuc"] = "Giờ kết thúc phải sau giờ bắt đầu.";
  if (!request.invalid.empty() || !day) return std::nullopt;
  out.day = *day;
  out.starts_at = core::SqlDateTime(LocalTimeOn(*day, start / 60, start % 60));
  if (end >= 0) out.ends_at = core::SqlDateTime(LocalTimeOn(*day, end / 60, end % 60));
  return out;
}

Result<Response> ShowWeek(Request& request, Context& context, IsoWeekValue week, const std::string& message,
                          bool error, int status) {
  const chr::sys_days monday = MondayOf(week);
  const std::string from = core::SqlDateTime(LocalTimeOn(monday));
  const std::string to = core::SqlDateTime(LocalTimeOn(monday + chr::days{7}));
  Result<Rows> week_rows = context.db.Query(kWeekSql, {context.site.id, week.year, week.week});
  if (!week_rows.ok()) return week_rows.status();
  Result<Rows> entries = context.db.Query(kEntriesSql, {context.site.id, from, to, kMaxEntriesPerWeek});
  if (!entries.ok()) return entries.status();

  const std::string range = "từ " + core::vntext::FormatDate(LocalTimeOn(monday)) + " đến " +
                            core::vntext::FormatDate(LocalTimeOn(monday + chr::days{6}));
  Dict layout("admin_schedule");
  Dict* page = StartPage(layout, request, context, "Lịch công tác tuần " + std::to_string(week.week), "admin/content_schedule.tpl");
  page->SetValue("HEADING", "Lịch công tác tuần " + std::to_string(week.week) + " năm " + std::to_string(week.year));
  page->SetValue("RANGE", range);
  page->SetValue("WEEK", WeekParam(week));
  page->SetValue("PREV_URL", WeekUrl(context, IsoWeekOf(monday - chr::days{7})));
  page->SetValue("NEXT_URL", WeekUrl(context, IsoWeekOf(monday + chr::days{7})));
  page->SetValue("THIS_URL", WeekUrl(context, CurrentWeek()));
  page->SetValue("PUBLIC_URL", context.prefix + "/lich-cong-tac?tuan=" + WeekParam(week));

  std::string note;
  if (!week_rows->empty() && !week_rows->front().IsNull(1)) {
    std::time_t published = week_rows->front().Time(1);
    Dict* p = page->AddSectionDictionary("PUBLISHED");
    p->SetValue("PUBLISHED_AT", core::vntext::FormatDateTime(published));
    std::time_t due = LocalTimeOn(monday, kScheduleDueHour);
    if (published > due) p->SetValueAndShowSection("DUE", core::vntext::FormatDateTime(due), "LATE");
  } else {
    page->ShowSection("NOT_PUBLISHED");
  }
  if (!week_rows->empty()) note = week_rows->front().Str(2);
  if (const std::string* typed = request.Field("ghi_chu_tuan")) note = *typed;
  page->SetValue("WEEK_NOTE", note);

  for (const Row& r : *entries) {
    Dict* item = page->AddSectionDictionary("ENTRY");
    std::time_t starts = r.Time(1);
    core::vntext::LocalTime lt = core::vntext::ToLocal(starts);
    item->SetValue("DAY", core::vntext::WeekdayName(lt.weekday) + ", " + core::vntext::FormatDate(starts));
    std::string time = ClockTime(starts);
    if (!r.IsNull(2)) time += " – " + ClockTime(r.Time(2));
    item->SetValue("TIME", time);
    item->SetValue("CONTENT", r.Str(3));
    item->SetValue("PLACE", r.Str(4));
    item->SetValue("CHAIR", r.Str(5));
    item->SetValue("PARTICIPANTS", r.Str(6));
    item->SetValue("EDIT_URL", AdminBase(context) + "/lich-cong-tac/muc/" + r.Str(0));
    item->SetValue("DELETE_URL", AdminBase(context) + "/lich-cong-tac/muc/" + r.Str(0) + "/xoa");
  }
  page->ShowSection(entries->empty() ? "EMPTY" : "HAS_ENTRIES");

  Dict* form = page->AddSectionDictionary("ADD_FORM");
  EntryForm typed = FromRequest(request);
  if (typed.day.empty()) typed.day = DayIso(monday);
  FillEntryForm(form, request, typed, week);
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, error ? "HAS_ERROR" : "HAS_NOTICE");
  return content::Render(layout, status);
}

Result<Response> ShowEntry(Request& request, Context& context, uint32_t id, const EntryForm& values, int status) {
  IsoWeekValue week = CurrentWeek();
  if (std::optional<chr::sys_days> d = ParseDay(values.day)) week = IsoWeekOf(*d);
  Dict layout("admin_schedule_entry");
  Dict* page = StartPage(layout, request, context, "Sửa mục lịch công tác", "admin/content_schedule_entry.tpl");
  page->SetValue("ACTION", AdminBase(context) + "/lich-cong-tac/muc/" + std::to_string(id));
  page->SetValue("BACK_URL", WeekUrl(context, week));
  FillEntryForm(page, request, values, week);
  return content::Render(layout, status);
}

}  // namespace

Result<Response> HandleScheduleWeek(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  std::string message;
  for (const auto& [k, v] : request.query_params) {
    if (k == "xong") message = DoneMessage(v);
  }
  Request copy = request;
  return ShowWeek(copy, context, AskedWeek(request), message, false, 200);
}

Result<Response> HandleScheduleEntryCreate(const Request& const_request, Context& context) {
  Status allowed = content::RequireEditor(context, const_request);
  if (!allowed.ok()) return allowed;
  Request request = const_request;
  std::optional<CheckedEntry> entry = CheckEntry(request);
  IsoWeekValue week = AskedWeek(request);
  if (!entry) return ShowWeek(request, context, week, "Vui lòng kiểm tra lại các ô được đánh dấu.", true, 422);
  week = IsoWeekOf(entry->day);
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> ins = context.db.Execute(
      "INSERT INTO schedule_entries (site_id, starts_at, ends_at, content, place, chair, participants, note) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {context.site.id, entry->starts_at, entry->ends_at, Typed(request, "noi_dung"), Typed(request, "dia_diem"),
       Typed(request, "chu_tri"), Typed(request, "thanh_phan"), Typed(request, "ghi_chu")});
  if (!ins.ok()) return ins.status();
  Status audit = core::Audit(context, request, "schedule.entry.create", "schedule_entry", ins->insert_id,
                             WeekParam(week) + " " + Typed(request, "noi_dung").substr(0, 200));
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  return Response::Redirect(WeekUrl(context, week, "them"), 303);
}

Result<Response> HandleScheduleEntryEdit(const Request& const_request, Context& context) {
  Status allowed = content::RequireEditor(context, const_request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(const_request);
  if (id == 0) return Status::NotFound();
  Result<Row> row = context.db.QueryRow(kEntrySql, {id, context.site.id});
  if (!row.ok()) return row.status();
  Request request = const_request;
  return ShowEntry(request, context, id, FromRow(*row), 200);
}

Result<Response> HandleScheduleEntryUpdate(const Request& const_request, Context& context) {
  Status allowed = content::RequireEditor(context, const_request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(const_request);
  if (id == 0) return Status::NotFound();
  Result<Row> row = context.db.QueryRow(kEntrySql, {id, context.site.id});
  if (!row.ok()) return row.status();
  Request request = const_request;
  std::optional<CheckedEntry> entry = CheckEntry(request);
  if (!entry) return ShowEntry(request, context, id, FromRequest(request), 422);
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> up = context.db.Execute(
      "UPDATE schedule_entries SET starts_at = ?, ends_at = ?, content = ?, place = ?, chair = ?, participants = ?, "
      "note = ?, updated_at = UTC_TIMESTAMP() WHERE id = ? AND site_id = ?",
      {entry->starts_at, entry->ends_at, Typed(request, "noi_dung"), Typed(request, "dia_diem"), Typed(request, "chu_tri"),
       Typed(request, "thanh_phan"), Typed(request, "ghi_chu"), id, context.site.id});
  if (!up.ok()) return up.status();
  Status audit = core::Audit(context, request, "schedule.entry.update", "schedule_entry", id,
                             Typed(request, "noi_dung").substr(0, 200));
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  return Response::Redirect(WeekUrl(context, IsoWeekOf(entry->day), "sua"), 303);
}

Result<Response> HandleScheduleEntryDelete(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<Row> row = context.db.QueryRow(kEntrySql, {id, context.site.id});
  if (!row.ok()) return row.status();
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> del =
      context.db.Execute("DELETE FROM schedule_entries WHERE id = ? AND site_id = ?", {id, context.site.id});
  if (!del.ok()) return del.status();
  Status audit = core::Audit(context, request, "schedule.entry.delete", "schedule_entry", id, row->Str(3).substr(0, 200));
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  return Response::Redirect(WeekUrl(context, IsoWeekOf(LocalDay(row->Time(1))), "xoa"), 303);
}

Result<Response> HandleSchedulePublish(const Request& const_request, Context& context) {
  Status allowed = content::RequireEditor(context, const_request);
  if (!allowed.ok()) return allowed;
  Request request = const_request;
  if (!request.invalid.empty()) {
    return ShowWeek(request, context, AskedWeek(request), request.invalid.begin()->second, true, 422);
  }
  IsoWeekValue week = AskedWeek(request);
  bool publish = *request.Field("thao_tac") == "cong-bo";
  std::string note = Typed(request, "ghi_chu_tuan");
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  // Publishing keeps the first publication time: the late mark must not be reset.
  Result<core::ExecResult> up = context.db.Execute(
      publish ? "INSERT INTO schedule_weeks (site_id, iso_year, iso_week, published_at, note) "
                "VALUES (?, ?, ?, UTC_TIMESTAMP(), ?) ON DUPLICATE KEY UPDATE "
                "published_at = COALESCE(published_at, UTC_TIMESTAMP()), note = VALUES(note), updated_at = UTC_TIMESTAMP()"
              : "INSERT INTO schedule_weeks (site_id, iso_year, iso_week, published_at, note) "
                "VALUES (?, ?, ?, NULL, ?) ON DUPLICATE KEY UPDATE "
                "published_at = NULL, note = VALUES(note), updated_at = UTC_TIMESTAMP()",
      {context.site.id, week.year, week.week, note});
  if (!up.ok()) return up.status();
  Status audit = core::Audit(context, request, publish ? "schedule.week.publish" : "schedule.week.unpublish",
                             "schedule_week", 0, WeekParam(week));
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  return Response::Redirect(WeekUrl(context, week, publish ? "cong-bo" : "thoi-cong-bo"), 303);
}

Result<Response> HandleScheduleCopy(const Request& const_request, Context& context) {
  Status allowed = content::RequireEditor(context, const_request);
  if (!allowed.ok()) return allowed;
  Request request = const_request;
  if (!request.invalid.empty()) return ShowWeek(request, context, CurrentWeek(), request.invalid.begin()->second, true, 422);
  const IsoWeekValue week = AskedWeek(request);
  const chr::sys_days monday = MondayOf(week);
  const std::string from = core::SqlDateTime(LocalTimeOn(monday));
  const std::string to = core::SqlDateTime(LocalTimeOn(monday + chr::days{7}));
  const std::string prev_from = core::SqlDateTime(LocalTimeOn(monday - chr::days{7}));

  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  // The week's row, locked: two copies of the same week run one after the other, and the
  // second finds the week no longer empty.
  Result<core::ExecResult> ensure = context.db.Execute(
      "INSERT INTO schedule_weeks (site_id, iso_year, iso_week) VALUES (?, ?, ?) "
      "ON DUPLICATE KEY UPDATE id = id",
      {context.site.id, week.year, week.week});
  if (!ensure.ok()) return ensure.status();
  Result<Rows> locked = context.db.Query(
      "SELECT id FROM schedule_weeks WHERE site_id = ? AND iso_year = ? AND iso_week = ? FOR UPDATE",
      {context.site.id, week.year, week.week});
  if (!locked.ok()) return locked.status();
  Result<Row> count = context.db.QueryRow(
      "SELECT COUNT(*) FROM schedule_entries WHERE site_id = ? AND starts_at >= ? AND starts_at < ?",
      {context.site.id, from, to});
  if (!count.ok()) return count.status();
  if (count->Int(0) > 0) {
    tx->reset();  // rolls back the week row made above
    return ShowWeek(request, context, week,
                    "Tuần " + std::to_string(week.week) + " đã có " + count->Str(0) +
                        " mục lịch nên không sao chép tuần trước vào được. Chỉ sao chép được vào một tuần còn trống.",
                    true, 409);
  }
  Result<core::ExecResult> copied = context.db.Execute(
      "INSERT INTO schedule_entries (site_id, starts_at, ends_at, content, place, chair, participants, note) "
      "SELECT site_id, starts_at + INTERVAL 7 DAY, ends_at + INTERVAL 7 DAY, content, place, chair, participants, note "
      "FROM schedule_entries WHERE site_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id LIMIT ?",
      {context.site.id, prev_from, from, kMaxEntriesPerWeek});
  if (!copied.ok()) return copied.status();
  if (copied->affected_rows == 0) {
    tx->reset();
    return ShowWeek(request, context, week, "Tuần trước không có mục lịch nào để sao chép.", true, 422);
  }
  Status audit = core::Audit(context, request, "schedule.week.copy", "schedule_week", 0,
                             WeekParam(IsoWeekOf(monday - chr::days{7})) + " → " + WeekParam(week) + ": " +
                                 std::to_string(copied->affected_rows) + " mục");
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  return Response::Redirect(WeekUrl(context, week, "sao-chep"), 303);
}

}  // namespace admin
