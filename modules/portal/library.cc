// The resources library (thư viện, SPEC A12) of a site: approved public lesson plans,
// exam papers, innovation reports and teaching materials, filtered by kind, subject,
// grade and school year. Internal resources never appear here: they are read only in
// the staff area's internal portal.
#include "core/upload.h"
#include "core/vntext.h"
#include "portal/portal.h"

namespace portal {
namespace {

using core::Row;
using core::Rows;
using core::Status;

constexpr int kPerPage = 30;

#define PUBLIC_RESOURCE "r.status = 'approved' AND r.visibility = 'cong-khai'"

// One statement for every combination of filters: an empty filter matches all.
constexpr char kListSql[] =
    "SELECT r.id, r.slug, r.title, k.name, r.subject, r.grade, r.author_name, r.school_year, r.summary, "
    "r.download_count FROM resources r JOIN resource_kinds k ON k.code = r.kind_code "
    "WHERE r.site_id = ? AND " PUBLIC_RESOURCE " AND (? = 0 OR r.kind_code = ?) AND (? = 0 OR r.subject = ?) "
    "AND (? = 0 OR r.grade = ?) AND (? = 0 OR r.school_year = ?) AND r.id < ? ORDER BY r.id DESC LIMIT ?";
// The filters' choices: what the site's public resources have.
constexpr char kFacetsSql[] =
    "SELECT 'k', k.code, k.name FROM resource_kinds k UNION ALL "
    "SELECT * FROM (SELECT DISTINCT 's' AS t, r.subject AS v, r.subject AS l FROM resources r WHERE r.site_id = ? AND " PUBLIC_RESOURCE
    " ORDER BY 2 LIMIT 50) s UNION ALL "
    "SELECT * FROM (SELECT DISTINCT 'g' AS t, r.grade AS v, r.grade AS l FROM resources r WHERE r.site_id = ? AND " PUBLIC_RESOURCE
    " ORDER BY 2 LIMIT 50) g UNION ALL "
    "SELECT * FROM (SELECT DISTINCT 'y' AS t, r.school_year AS v, r.school_year AS l FROM resources r WHERE r.site_id = ? AND " PUBLIC_RESOURCE
    " ORDER BY 2 DESC LIMIT 20) y";
constexpr char kItemSql[] =
    "SELECT r.id, r.slug, r.title, k.name, r.subject, r.grade, r.author_name, r.school_year, r.summary, "
    "r.download_count, r.approved_at FROM resources r JOIN resource_kinds k ON k.code = r.kind_code "
    "WHERE r.id = ? AND r.site_id = ? AND " PUBLIC_RESOURCE;
constexpr char kFilesSql[] = "SELECT id, file_name, size, mime FROM resource_files WHERE resource_id = ? ORDER BY id LIMIT 10";
constexpr char kFileSql[] =
    "SELECT f.path, f.mime, f.file_name, r.id FROM resource_files f JOIN resources r ON r.id = f.resource_id "
    "WHERE f.id = ? AND r.site_id = ? AND " PUBLIC_RESOURCE;

std::string Arg(const Request& request, const char* name) {
  const std::string* v = request.Field(name);
  return v ? *v : std::string();
}

uint64_t LeadingId(const std::string& id_slug) {
  uint64_t id = 0;
  size_t i = 0;
  for (; i < id_slug.size() && i < 10 && id_slug[i] >= '0' && id_slug[i] <= '9'; ++i) id = id * 10 + (id_slug[i] - '0');
  if (i == 0 || (i < id_slug.size() && id_slug[i] != '-')) return 0;
  return id;
}

}  // namespace

Result<Response> HandleLibrary(const Request& request, Context& context) {
  std::string kind = Arg(request, "loai"), subject = Arg(request, "mon"), grade = Arg(request, "lop"),
              year = Arg(request, "nam-hoc");
  const std::string* after = request.Field("sau");
  long long before = after ? std::stoll(*after) : (1ll << 40);
  Result<Rows> rows = context.db.Query(kListSql, {context.site.id, kind.empty() ? 0 : 1, kind, subject.empty() ? 0 : 1, subject,
                                                  grade.empty() ? 0 : 1, grade, year.empty() ? 0 : 1, year, before, kPerPage + 1});
  if (!rows.ok()) return rows.status();
  if (after && rows->empty()) return Status::NotFound();
  Result<Rows> facets = context.db.Query(kFacetsSql, {context.site.id, context.site.id, context.site.id});
  if (!facets.ok()) return facets.status();
  Dict layout("library");
  Dict* page = StartPage(layout, request, context, "Thư viện tài liệu", "portal/library.tpl");
  page->SetValue("ACTION", context.prefix + "/thu-vien");
  page->SetValue("STAFF_URL", context.prefix + "/admin/noi-bo?loai=thu-vien");
  for (const Row& f : *facets) {
    const char* section = f.Str(0) == "k" ? "KIND" : f.Str(0) == "s" ? "SUBJECT" : f.Str(0) == "g" ? "GRADE" : "YEAR";
    const std::string& current = f.Str(0) == "k" ? kind : f.Str(0) == "s" ? subject : f.Str(0) == "g" ? grade : year;
    Dict* o = page->AddSectionDictionary(section);
    o->SetValue("VALUE", f.Str(1));
    o->SetValue("LABEL", f.Str(2));
    if (f.Str(1) == current) o->ShowSection("SELECTED");
  }
  bool more = rows->size() > static_cast<size_t>(kPerPage);
  if (more) rows->pop_back();
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("RESOURCE");
    item->SetValue("URL", context.prefix + "/thu-vien/" + r.Str(0) + "-" + r.Str(1));
    item->SetValue("TITLE", r.Str(2));
    item->SetValue("KIND", r.Str(3));
    item->SetValue("META", r.Str(4) + " · " + r.Str(5) + " · " + r.Str(6) + " · Năm học " + r.Str(7));
    item->SetValue("SUMMARY", r.Str(8));
  }
  if (rows->empty()) page->ShowSection("EMPTY");
  if (more) {
    std::string url = context.prefix + "/thu-vien?sau=" + rows->back().Str(0);
    for (const auto& [k, v] : {std::pair{"loai", kind}, std::pair{"mon", subject}, std::pair{"lop", grade}, std::pair{"nam-hoc", year}}) {
      if (!v.empty()) url += std::string("&") + k + "=" + core::UrlEncode(v);
    }
    page->SetValueAndShowSection("OLDER_URL", url, "OLDER");
  }
  return RenderPage(layout);
}

Result<Response> HandleLibraryItem(const Request& request, Context& context) {
  uint64_t id = LeadingId(request.path_args.at(0));
  if (id == 0) return Status::NotFound();
  Result<Row> r = context.db.QueryRow(kItemSql, {static_cast<long long>(id), context.site.id});
  if (!r.ok()) return r.status();
  std::string canonical = r->Str(0) + "-" + r->Str(1);
  if (request.path_args.at(0) != canonical) {
    return Response::Redirect(context.prefix + "/thu-vien/" + canonical, 301);
  }
  Result<Rows> files = context.db.Query(kFilesSql, {r->Int(0)});
  if (!files.ok()) return files.status();
  Dict layout("library_item");
  Dict* page = StartPage(layout, request, context, r->Str(2), "portal/library_item.tpl");
  page->SetValue("TITLE", r->Str(2));
  page->SetValue("KIND", r->Str(3));
  page->SetValue("SUBJECT", r->Str(4));
  page->SetValue("GRADE", r->Str(5));
  page->SetValue("AUTHOR", r->Str(6));
  page->SetValue("YEAR", r->Str(7));
  page->SetValue("SUMMARY", r->Str(8));
  page->SetValue("DOWNLOADS", r->Str(9));
  page->SetValue("APPROVED", core::vntext::FormatDate(r->Time(10)));
  for (const Row& f : *files) {
    Dict* item = page->AddSectionDictionary("FILE");
    item->SetValue("URL", context.prefix + "/thu-vien/tep/" + f.Str(0));
    item->SetValue("NAME", f.Str(1));
    item->SetValue("SIZE", std::to_string((f.Int(2) + 1023) / 1024) + " KB");
  }
  return RenderPage(layout);
}

// A public resource's file: counted, then sent by nginx from the private folder.
Result<Response> HandleLibraryFile(const Request& request, Context& context) {
  Result<Row> f = context.db.QueryRow(kFileSql, {request.path_args.at(0), context.site.id});
  if (!f.ok()) return f.status();
  (void)context.db.Execute("UPDATE resources SET download_count = download_count + 1 WHERE id = ?", {f->Int(3)});
  Response r = core::upload::SendPrivate(f->Str(0), f->Str(1), f->Str(2), f->Str(1) == "application/pdf");
  r.Header("Cache-Control", "no-store");
  return r;
}

}  // namespace portal
