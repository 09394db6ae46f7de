// Weekly work schedule (lịch công tác tuần, SPEC A7): a site's entries by ISO week, with
// days and times in Asia/Ho_Chi_Minh; and its plans (kế hoạch năm/tháng, chương trình
// công tác tháng), listed newest first and shown one by one.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>

#include "core/isoweek.h"
#include "core/keyset.h"
#include "core/vntext.h"
#include "portal/portal.h"

namespace portal {
namespace {

namespace chr = std::chrono;
using core::IsoWeekValue;
using core::Row;
using core::Rows;
using core::Status;

// SPEC C29: a week's schedule is due before Monday 08:00 (local time) of that week.
// The compliance monitor (C29) will hold its rules as data; until then the public mark
// uses this.
constexpr int kScheduleDueHour = 8;
constexpr int kMaxEntriesPerWeek = 300;
constexpr int kSidePlans = 5;
constexpr int kPlanPageSize = 20;

constexpr char kWeekSql[] =
    "SELECT published_at, note, published_at <= UTC_TIMESTAMP() FROM schedule_weeks "
    "WHERE site_id = ? AND iso_year = ? AND iso_week = ?";
// [from, to) are the UTC instants of local midnight on Monday and on the next Monday.
constexpr char kEntriesSql[] =
    "SELECT starts_at, ends_at, content, place, chair, participants, note FROM schedule_entries "
    "WHERE site_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id LIMIT ?";

// Columns of a plan in a list, in the order FillPlanItem reads them.
#define PLAN_COLUMNS "id, slug, title, kind, number, period_label, summary, published_at"
// Published and due: a future published_at is a scheduled plan; NULL is a draft.
#define PLAN_PUBLISHED "published_at <= UTC_TIMESTAMP()"
#define PLAN_OLDER "(published_at < ? OR (published_at = ? AND id < ?))"
#define PLAN_NEWER "(published_at > ? OR (published_at = ? AND id > ?))"
#define PLAN_SITE "SELECT " PLAN_COLUMNS " FROM work_plans WHERE site_id = ? AND " PLAN_PUBLISHED
#define PLAN_KIND PLAN_SITE " AND kind = ?"
#define PLAN_DESC " ORDER BY published_at DESC, id DESC LIMIT ?"
#define PLAN_ASC " ORDER BY published_at ASC, id ASC LIMIT ?"

constexpr char kPlansFirstSql[] = PLAN_SITE PLAN_DESC;
// The newest plans beside the schedule and a plan: the list's first page, shorter.
constexpr const char* kLatestPlansSql = kPlansFirstSql;
constexpr char kPlansOlderSql[] = PLAN_SITE " AND " PLAN_OLDER PLAN_DESC;
constexpr char kPlansNewerSql[] = PLAN_SITE " AND " PLAN_NEWER PLAN_ASC;
constexpr char kKindFirstSql[] = PLAN_KIND PLAN_DESC;
constexpr char kKindOlderSql[] = PLAN_KIND " AND " PLAN_OLDER PLAN_DESC;
constexpr char kKindNewerSql[] = PLAN_KIND " AND " PLAN_NEWER PLAN_ASC;

constexpr char kPlanSql[] =
    "SELECT id, slug, title, kind, number, period_label, summary, body, published_at, updated_at "
    "FROM work_plans WHERE id = ? AND site_id = ? AND " PLAN_PUBLISHED;

// ---- ISO weeks in local days ---------------------------------------------------------

using core::IsoWeekOf;
using core::MondayOf;
using core::WeekParam;

// What ParseIsoWeek accepts, so links never lead to a 404.
bool Linkable(IsoWeekValue week) { return week.year >= 1970 && week.year <= 9998; }

// The local calendar day of a UTC instant.
chr::sys_days LocalDay(std::time_t utc) {
  core::vntext::LocalTime t = core::vntext::ToLocal(utc);
  return chr::sys_days{chr::year{t.year} / t.month / t.day};
}

// The UTC instant of a local wall-clock time on a local day.
std::time_t LocalTimeOn(chr::sys_days day, int hour = 0, int minute = 0) {
  chr::year_month_day ymd{day};
  return core::vntext::FromLocal(static_cast<int>(ymd.year()),
                                 static_cast<int>(static_cast<unsigned>(ymd.month())),
                                 static_cast<int>(static_cast<unsigned>(ymd.day())), hour, minute);
}

std::string DayIso(chr::sys_days day) {
  chr::year_month_day ymd{day};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

std::string ClockTime(std::time_t utc) {
  core::vntext::LocalTime t = core::vntext::ToLocal(utc);
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", t.hour, t.minute);
  return buf;
}

// Buổi: the part of the day, as schedules name it.
const char* PartOfDay(std::time_t utc) {
  int hour = core::vntext::ToLocal(utc).hour;
  return hour < 12 ? "Sáng" : hour < 18 ? "Chiều" : "Tối";
}

void FillEntry(Dict* item, const Row& row) {
  std::time_t starts = row.Time(0);
  std::string time = ClockTime(starts);
  if (!row.IsNull(1)) {
    std::time_t ends = row.Time(1);
    time += " – " + ClockTime(ends);
    // An entry over several days (a two-day training) names the day it ends.
    if (LocalDay(ends) != LocalDay(starts)) time += " ngày " + core::vntext::FormatDate(ends);
  }
  item->SetValue("TIME", time);
  item->SetValue("START_ISO", core::vntext::FormatIso(starts));
  item->SetValue("PART", PartOfDay(starts));
  item->SetValue("CONTENT", row.Str(2));
  item->SetValueAndShowSection("PLACE", row.Str(3), "HAS_PLACE");
  item->SetValueAndShowSection("CHAIR", row.Str(4), "HAS_CHAIR");
  item->SetValueAndShowSection("PARTICIPANTS", row.Str(5), "HAS_PARTICIPANTS");
  item->SetValueAndShowSection("NOTE", row.Str(6), "HAS_NOTE");
}

// ---- plans ---------------------------------------------------------------------------

const char* PlanKindName(std::string_view kind) {
  if (kind == "nam") return "Kế hoạch năm";
  if (kind == "thang") return "Kế hoạch tháng";
  return "Chương trình công tác tháng";
}

std::string PlanPath(const Context& context, const std::string& id, const std::string& slug) {
  return context.prefix + "/lich-cong-tac/ke-hoach/" + id + "-" + slug;
}

// A plan in a list, from a row of PLAN_COLUMNS.
void FillPlanItem(Dict* item, const Row& row, const Context& context) {
  item->SetValue("URL", PlanPath(context, row.Str(0), row.Str(1)));
  item->SetValue("TITLE", row.Str(2));
  item->SetValue("KIND", PlanKindName(row.Str(3)));
  item->SetValueAndShowSection("NUMBER", row.Str(4), "HAS_NUMBER");
  item->SetValueAndShowSection("PERIOD", row.Str(5), "HAS_PERIOD");
  item->SetValueAndShowSection("SUMMARY", row.Str(6), "HAS_SUMMARY");
  item->SetValue("DATE", core::vntext::FormatDate(row.Time(7)));
  item->SetValue("DATE_ISO", core::vntext::FormatIso(row.Time(7)));
}

// "<id>-<slug>" → id; 0 when malformed.
uint32_t ParseId(const std::string& arg) {
  std::string_view id_text = std::string_view(arg).substr(0, arg.find('-'));
  uint32_t id = 0;
  auto [end, ec] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
  if (ec != std::errc() || end != id_text.data() + id_text.size() || id_text[0] == '0') return 0;
  return id;
}

}  // namespace

Result<Response> HandleSchedule(const Request& request, Context& context) {
  const chr::sys_days today = LocalDay(std::time(nullptr));
  const std::string* asked = request.Field("tuan");
  // Validated by core (IsoWeek), so it parses.
  const IsoWeekValue week = asked ? *core::ParseIsoWeek(*asked) : IsoWeekOf(today);
  const chr::sys_days monday = MondayOf(week);
  const chr::sys_days sunday = monday + chr::days{6};

  core::Db& db = context.db;
  const uint32_t site = context.site.id;
  Result<Rows> week_rows = db.Query(kWeekSql, {site, week.year, week.week});
  if (!week_rows.ok()) return week_rows.status();
  const Row* published = nullptr;
  if (!week_rows->empty() && !week_rows->front().IsNull(0) && week_rows->front().Int(2) == 1) {
    published = &week_rows->front();
  }
  Rows entries;
  if (published) {
    std::string from = core::SqlDateTime(LocalTimeOn(monday));
    std::string to = core::SqlDateTime(LocalTimeOn(monday + chr::days{7}));
    Result<Rows> rows = db.Query(kEntriesSql, {site, from, to, kMaxEntriesPerWeek});
    if (!rows.ok()) return rows.status();
    entries = std::move(rows).value();
  }
  Result<Rows> plans = db.Query(kLatestPlansSql, {site, kSidePlans});
  if (!plans.ok()) return plans.status();

  const std::string number = std::to_string(week.week);
  const std::string range = "từ " + core::vntext::FormatDate(LocalTimeOn(monday)) + " đến " +
                            core::vntext::FormatDate(LocalTimeOn(sunday));
  Dict layout("schedule");
  Dict* page = StartPage(layout, request, context,
                         "Lịch công tác tuần " + number + " năm " + std::to_string(week.year),
                         "portal/schedule.tpl");
  if (asked) layout.SetValue("CANONICAL", context.AbsoluteUrl("/lich-cong-tac?tuan=" + *asked));
  layout.SetValue("META_DESCRIPTION", "Lịch công tác tuần " + number + " (" + range + ") của " +
                                          context.site.name);

  page->SetValue("HEADING", "Lịch công tác tuần " + number + " (" + range + ")");
  const std::string base = context.prefix + "/lich-cong-tac?tuan=";
  IsoWeekValue previous = IsoWeekOf(monday - chr::days{7});
  IsoWeekValue next = IsoWeekOf(monday + chr::days{7});
  if (Linkable(previous)) page->SetValueAndShowSection("PREV_URL", base + WeekParam(previous), "PREV");
  if (Linkable(next)) page->SetValueAndShowSection("NEXT_URL", base + WeekParam(next), "NEXT");
  if (today >= monday && today <= sunday) {
    page->ShowSection("IS_THIS_WEEK");
  } else {
    page->SetValueAndShowSection("THIS_WEEK_URL", context.prefix + "/lich-cong-tac", "OTHER_WEEK");
  }

  if (!published) {
    page->SetValueAndShowSection("WEEK_NUMBER", number, "NOT_PUBLISHED");
  } else {
    std::time_t published_at = published->Time(0);
    Dict* status = page->AddSectionDictionary("PUBLISHED");
    status->SetValue("PUBLISHED_AT", core::vntext::FormatDateTime(published_at));
    status->SetValue("PUBLISHED_ISO", core::vntext::FormatIso(published_at));
    std::time_t due = LocalTimeOn(monday, kScheduleDueHour);
    if (published_at > due) {
      status->SetValueAndShowSection("DUE", core::vntext::FormatDateTime(due), "LATE");
    }
    page->SetValueAndShowSection("WEEK_NOTE", published->Str(1), "HAS_WEEK_NOTE");
    page->SetValueAndShowSection("WEEK_RANGE", range, "SCHEDULE");

    // Entries come ordered by time; each goes to its local day.
    size_t next_entry = 0;
    for (int i = 0; i < 7; ++i) {
      const chr::sys_days day = monday + chr::days{i};
      Dict* d = page->AddSectionDictionary("DAY");
      d->SetValue("DAY_NAME", core::vntext::WeekdayName((i + 1) % 7));
      d->SetValue("DAY_DATE", core::vntext::FormatDate(LocalTimeOn(day)));
      d->SetValue("DAY_ISO", DayIso(day));
      if (day == today) d->ShowSection("TODAY");
      bool any = false;
      while (next_entry < entries.size() && LocalDay(entries[next_entry].Time(0)) == day) {
        FillEntry(d->AddSectionDictionary("ENTRY"), entries[next_entry]);
        ++next_entry;
        any = true;
      }
      if (!any) d->ShowSection("NO_ENTRY");
    }
  }

  for (const Row& row : *plans) FillPlanItem(page->AddSectionDictionary("PLAN"), row, context);
  page->ShowSection(plans->empty() ? "NO_PLANS" : "HAS_PLANS");
  return RenderPage(layout);
}

Result<Response> HandlePlans(const Request& request, Context& context) {
  const std::string* kind = request.Field("loai");
  const std::string* after = request.Field("sau");
  const std::string* before = request.Field("truoc");
  if (after && before) return Status::NotFound();

  // One page of the keyset list, newest first; `newer` pages come back oldest first.
  const uint32_t site = context.site.id;
  std::vector<core::Param> params{site};
  if (kind) params.emplace_back(*kind);
  const char* sql = kind ? kKindFirstSql : kPlansFirstSql;
  std::string time;
  if (after || before) {
    core::KeysetCursor cursor = *core::ParseCursor(after ? *after : *before);
    time = core::SqlDateTime(cursor.time);
    params.insert(params.end(), {time, time, static_cast<unsigned long>(cursor.id)});
    sql = after ? (kind ? kKindOlderSql : kPlansOlderSql) : (kind ? kKindNewerSql : kPlansNewerSql);
  }
  params.emplace_back(kPlanPageSize + 1);
  Result<Rows> found = context.db.Query(sql, params);
  if (!found.ok()) return found.status();
  Rows rows = std::move(found).value();
  // Coming from a newer page there are newer plans, and the other way round.
  bool has_newer = after != nullptr, has_older = before != nullptr;
  if (rows.size() > static_cast<size_t>(kPlanPageSize)) {
    rows.erase(rows.begin() + kPlanPageSize, rows.end());
    (before ? has_newer : has_older) = true;
  }
  if (before) std::reverse(rows.begin(), rows.end());
  // A cursor past either end names no page.
  if (rows.empty() && (after || before)) return Status::NotFound();

  Dict layout("plans");
  const std::string heading = kind ? std::string(PlanKindName(*kind)) : "Kế hoạch, chương trình công tác";
  Dict* page = StartPage(layout, request, context, heading, "portal/schedule_plans.tpl");
  page->SetValue("HEADING", heading);
  const std::string list = context.prefix + "/lich-cong-tac/ke-hoach";
  for (std::string_view k : kPlanKinds) {
    Dict* filter = page->AddSectionDictionary("FILTER");
    filter->SetValue("FILTER_NAME", PlanKindName(k));
    filter->SetValue("FILTER_URL", list + "?loai=" + std::string(k));
    if (kind && *kind == k) filter->ShowSection("FILTER_CURRENT");
  }
  page->SetValue("ALL_URL", list);
  if (!kind) page->ShowSection("ALL_CURRENT");
  for (const Row& row : rows) FillPlanItem(page->AddSectionDictionary("PLAN"), row, context);
  if (rows.empty()) page->ShowSection("EMPTY");

  const std::string base = kind ? list + "?loai=" + *kind + "&" : list + "?";
  auto cursor = [](const Row& row) {
    return core::FormatCursor({row.Time(7), static_cast<uint64_t>(row.Int(0))});
  };
  if (!rows.empty() && (has_newer || has_older)) page->ShowSection("PAGER");
  if (!rows.empty() && has_newer) {
    page->SetValueAndShowSection("NEWER_URL", base + "truoc=" + cursor(rows.front()), "NEWER");
  }
  if (!rows.empty() && has_older) {
    page->SetValueAndShowSection("OLDER_URL", base + "sau=" + cursor(rows.back()), "OLDER");
  }
  return RenderPage(layout);
}

Result<Response> HandlePlan(const Request& request, Context& context) {
  // "<id>-<slug>": the id decides; a wrong or missing slug redirects to the canonical URL.
  uint32_t id = ParseId(request.path_args.at(0));
  if (id == 0) return Status::NotFound();
  Result<Row> found = context.db.QueryRow(kPlanSql, {id, context.site.id});
  if (!found.ok()) return found.status();
  const Row& plan = *found;
  if (request.path != "/lich-cong-tac/ke-hoach/" + plan.Str(0) + "-" + plan.Str(1)) {
    return Response::Redirect(PlanPath(context, plan.Str(0), plan.Str(1)), 301);
  }
  Result<Rows> latest = context.db.Query(kLatestPlansSql, {context.site.id, kSidePlans});
  if (!latest.ok()) return latest.status();

  Dict layout("plan");
  Dict* page = StartPage(layout, request, context, plan.Str(2), "portal/schedule_plan.tpl");
  if (!plan.Str(6).empty()) layout.SetValue("META_DESCRIPTION", plan.Str(6));
  Dict* meta = layout.AddSectionDictionary("ARTICLE_META");
  meta->SetValue("DC_TITLE", plan.Str(2));
  meta->SetValue("DC_CREATOR", context.site.name);
  meta->SetValue("DC_DATE", core::vntext::FormatIso(plan.Time(8)));
  meta->SetValue("DC_DESCRIPTION", plan.Str(6));
  meta->SetValue("DC_PUBLISHER", context.site.name);
  meta->SetValue("DC_IDENTIFIER",
                 context.AbsoluteUrl("/lich-cong-tac/ke-hoach/" + plan.Str(0) + "-" + plan.Str(1)));

  page->SetValue("TITLE", plan.Str(2));
  page->SetValue("KIND", PlanKindName(plan.Str(3)));
  page->SetValueAndShowSection("NUMBER", plan.Str(4), "HAS_NUMBER");
  page->SetValueAndShowSection("PERIOD", plan.Str(5), "HAS_PERIOD");
  page->SetValueAndShowSection("SUMMARY", plan.Str(6), "HAS_SUMMARY");
  page->SetValue("BODY", plan.Str(7));  // sanitised on save; emitted as HTML
  page->SetValue("DATE", core::vntext::FormatDateTime(plan.Time(8)));
  page->SetValue("DATE_ISO", core::vntext::FormatIso(plan.Time(8)));
  for (const Row& row : *latest) {
    Dict* item = page->AddSectionDictionary("LATEST");
    FillPlanItem(item, row, context);
    if (row.Int(0) == plan.Int(0)) item->ShowSection("CURRENT");
  }
  return RenderPage(layout);
}

}  // namespace portal
