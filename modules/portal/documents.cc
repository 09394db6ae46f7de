// Official documents (văn bản, SPEC A5), drafts open for comment (dự thảo) and
// administrative procedures (thủ tục hành chính, SPEC A6) of a site. Only public
// documents (cong-khai) appear here; internal ones and their files are read in /admin.
// Files live in the private folder and go out through X-Accel-Redirect, counted.
#include <algorithm>
#include <ctime>
#include <map>
#include <optional>

#include "core/abuse.h"
#include "core/audit.h"
#include "core/keyset.h"
#include "core/like.h"
#include "core/outbox.h"
#include "core/upload.h"
#include "core/vntext.h"
#include "portal/portal.h"

namespace portal {
namespace {

using core::Row;
using core::Rows;
using core::Status;

constexpr int kPerPage = 20;
constexpr int kCommentsPerHour = 20;
constexpr char kDraftForm[] = "du-thao";

#define PUBLIC_DOC "d.site_id = ? AND d.visibility = 'cong-khai'"
// Every filter but the one a facet counts; an empty filter matches all.
#define F_TYPE " AND (CHAR_LENGTH(?) = 0 OR d.type_code = ?)"
#define F_ISSUER " AND (CHAR_LENGTH(?) = 0 OR i.slug = ?)"
#define F_FIELD " AND (CHAR_LENGTH(?) = 0 OR d.field_code = ?)"
#define F_YEAR " AND (? = 0 OR d.year = ?)"
#define F_Q " AND (CHAR_LENGTH(?) = 0 OR d.abstract LIKE ? OR d.number_symbol LIKE ?)"
#define DOC_FROM " FROM documents d JOIN document_issuers i ON i.id = d.issuer_id "

constexpr char kListSql[] =
    "SELECT d.id, d.slug, d.number_symbol, d.abstract, t.name, i.name, d.issued_on, d.validity, "
    "(SELECT COUNT(*) FROM document_files f WHERE f.document_id = d.id) "
    DOC_FROM "JOIN document_types t ON t.code = d.type_code WHERE " PUBLIC_DOC F_TYPE F_ISSUER F_FIELD F_YEAR F_Q
    " AND (CHAR_LENGTH(?) = 0 OR d.issued_on < ? OR (d.issued_on = ? AND d.id < ?)) "
    "ORDER BY d.issued_on DESC, d.id DESC LIMIT ?";
// Counts per value of each filter under the other filters.
constexpr char kFacetsSql[] =
    "(SELECT 't', d.type_code, COUNT(*)" DOC_FROM "WHERE " PUBLIC_DOC F_ISSUER F_FIELD F_YEAR F_Q " GROUP BY d.type_code) "
    "UNION ALL (SELECT 'i', i.slug, COUNT(*)" DOC_FROM "WHERE " PUBLIC_DOC F_TYPE F_FIELD F_YEAR F_Q " GROUP BY i.slug) "
    "UNION ALL (SELECT 'f', d.field_code, COUNT(*)" DOC_FROM "WHERE " PUBLIC_DOC F_TYPE F_ISSUER F_YEAR F_Q
    " AND d.field_code IS NOT NULL GROUP BY d.field_code) "
    "UNION ALL (SELECT 'y', CAST(d.year AS CHAR), COUNT(*)" DOC_FROM "WHERE " PUBLIC_DOC F_TYPE F_ISSUER F_FIELD F_Q
    " GROUP BY d.year)";
constexpr char kNamesSql[] =
    "(SELECT 't', code, name, sort_order FROM document_types) UNION ALL "
    "(SELECT 'i', slug, name, sort_order FROM document_issuers) UNION ALL "
    "(SELECT 'f', code, name, sort_order FROM document_fields) ORDER BY 1, 4, 3";

constexpr char kDocSql[] =
    "SELECT d.id, d.slug, d.number_symbol, d.abstract, t.name, i.name, d.issued_on, d.effective_on, d.expires_on, "
    "d.validity, d.signer_name, d.signer_position, COALESCE(fl.name, ''), d.direction, d.body, "
    "r.id, r.slug, r.number_symbol, d.created_at, t.code, i.slug, COALESCE(d.field_code, '') "
    "FROM documents d JOIN document_types t ON t.code = d.type_code JOIN document_issuers i ON i.id = d.issuer_id "
    "LEFT JOIN document_fields fl ON fl.code = d.field_code "
    "LEFT JOIN documents r ON r.id = d.replaced_by_id AND r.visibility = 'cong-khai' "
    "WHERE d.id = ? AND " PUBLIC_DOC;
constexpr char kDocFilesSql[] =
    "SELECT id, file_name, size, mime, download_count FROM document_files WHERE document_id = ? ORDER BY sort_order, id LIMIT 20";
// Related both ways: the rows this one points at and the ones that point at it, and the
// documents it replaced.
constexpr char kRelatedSql[] =
    "(SELECT 'r', x.kind, d.id, d.slug, d.number_symbol, d.abstract FROM document_relations x "
    "JOIN documents d ON d.id = x.related_id WHERE x.document_id = ? AND " PUBLIC_DOC ") UNION ALL "
    "(SELECT 'b', x.kind, d.id, d.slug, d.number_symbol, d.abstract FROM document_relations x "
    "JOIN documents d ON d.id = x.document_id WHERE x.related_id = ? AND " PUBLIC_DOC ") UNION ALL "
    "(SELECT 's', '', d.id, d.slug, d.number_symbol, d.abstract FROM documents d "
    "WHERE d.replaced_by_id = ? AND " PUBLIC_DOC ") UNION ALL "
    "(SELECT 'p', '', p.id, p.slug, p.code, p.name FROM procedure_documents pd JOIN procedures p ON p.id = pd.procedure_id "
    "WHERE pd.document_id = ? AND p.published = 1 AND p.site_id = ?) LIMIT 60";
constexpr char kFileSql[] =
    "SELECT f.path, f.mime, f.file_name, f.id FROM document_files f JOIN documents d ON d.id = f.document_id "
    "WHERE f.id = ? AND " PUBLIC_DOC;
constexpr char kLatestSql[] =
    "SELECT d.id, d.slug, d.number_symbol, d.abstract, d.issued_on FROM documents d "
    "WHERE d.site_id = ? AND d.visibility = 'cong-khai' ORDER BY d.issued_on DESC, d.id DESC LIMIT ?";

constexpr char kDraftsSql[] =
    "SELECT d.id, d.slug, d.title, d.summary, d.opens_at, d.closes_at, d.closes_at > UTC_TIMESTAMP(), d.drafting_unit "
    "FROM document_drafts d WHERE d.site_id = ? AND d.published = 1 AND d.opens_at <= UTC_TIMESTAMP() "
    "ORDER BY d.closes_at > UTC_TIMESTAMP() DESC, d.closes_at DESC, d.id DESC LIMIT 100";
constexpr char kDraftSql[] =
    "SELECT d.id, d.slug, d.title, d.summary, d.opens_at, d.closes_at, d.closes_at > UTC_TIMESTAMP(), d.drafting_unit, "
    "COALESCE(fl.name, '') FROM document_drafts d LEFT JOIN document_fields fl ON fl.code = d.field_code "
    "WHERE d.id = ? AND d.site_id = ? AND d.published = 1 AND d.opens_at <= UTC_TIMESTAMP()";
constexpr char kDraftFilesSql[] = "SELECT id, file_name, size FROM draft_files WHERE draft_id = ? ORDER BY id LIMIT 20";
constexpr char kDraftFileSql[] =
    "SELECT f.path, f.mime, f.file_name FROM draft_files f JOIN document_drafts d ON d.id = f.draft_id "
    "WHERE f.id = ? AND d.site_id = ? AND d.published = 1 AND d.opens_at <= UTC_TIMESTAMP()";
constexpr char kInsertCommentSql[] =
    "INSERT INTO draft_comments (draft_id, name, email, body, address) VALUES (?, ?, ?, ?, ?)";

constexpr char kProceduresSql[] =
    "SELECT p.id, p.slug, p.code, p.name, COALESCE(fl.name, ''), p.level, p.online_level FROM procedures p "
    "LEFT JOIN document_fields fl ON fl.code = p.field_code WHERE p.site_id = ? AND p.published = 1 "
    "AND (CHAR_LENGTH(?) = 0 OR p.field_code = ?) AND (CHAR_LENGTH(?) = 0 OR p.level = ?) AND (CHAR_LENGTH(?) = 0 OR p.name LIKE ? OR p.code LIKE ?) "
    "ORDER BY fl.sort_order, p.name LIMIT 300";
constexpr char kProcedureFieldsSql[] =
    "SELECT fl.code, fl.name, COUNT(*) FROM procedures p JOIN document_fields fl ON fl.code = p.field_code "
    "WHERE p.site_id = ? AND p.published = 1 GROUP BY fl.code, fl.name, fl.sort_order ORDER BY fl.sort_order";
constexpr char kProcedureSql[] =
    "SELECT p.id, p.slug, p.code, p.name, COALESCE(fl.name, ''), p.level, p.agency, p.subjects, p.steps, p.methods, "
    "p.dossier, p.time_limit, p.fees, p.result, p.requirements, p.online_url, p.online_level, p.updated_at "
    "FROM procedures p LEFT JOIN document_fields fl ON fl.code = p.field_code "
    "WHERE p.id = ? AND p.site_id = ? AND p.published = 1";
constexpr char kProcedureBasisSql[] =
    "SELECT pd.citation, d.id, d.slug, d.number_symbol, d.abstract FROM procedure_documents pd "
    "LEFT JOIN documents d ON d.id = pd.document_id AND d.visibility = 'cong-khai' "
    "WHERE pd.procedure_id = ? ORDER BY pd.sort_order, pd.id LIMIT 30";
constexpr char kProcedureFilesSql[] =
    "SELECT id, title, file_name, size FROM procedure_files WHERE procedure_id = ? ORDER BY id LIMIT 20";
constexpr char kProcedureFileSql[] =
    "SELECT f.path, f.mime, f.file_name, f.id FROM procedure_files f JOIN procedures p ON p.id = f.procedure_id "
    "WHERE f.id = ? AND p.site_id = ? AND p.published = 1";

std::string Arg(const Request& request, const char* name) {
  const std::string* v = request.Field(name);
  return v ? *v : std::string();
}

// "2026-03-05" → "05/03/2026"; "" stays "".
std::string VnDate(const std::string& iso) {
  if (iso.size() < 10) return "";
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

std::string KbSize(long long bytes) {
  if (bytes >= 1024 * 1024) {
    long long tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    return std::to_string(tenths / 10) + "," + std::to_string(tenths % 10) + " MB";
  }
  return std::to_string((bytes + 1023) / 1024) + " KB";
}

const char* ValidityLabel(const std::string& v) {
  return v == "het-hieu-luc" ? "Hết hiệu lực" : v == "bi-thay-the" ? "Bị thay thế" : "Còn hiệu lực";
}

const char* LevelLabel(const std::string& v) {
  return v == "tinh" ? "Cấp tỉnh" : v == "xa" ? "Cấp xã" : v == "truong" ? "Cơ sở giáo dục" : "Cấp huyện";
}

const char* OnlineLabel(const std::string& v) {
  return v == "toan-trinh" ? "Dịch vụ công trực tuyến toàn trình"
         : v == "mot-phan" ? "Dịch vụ công trực tuyến một phần" : "";
}

// Lines of a text column as list items ("Bước 1: …" one a line).
void FillLines(Dict* page, const char* section, const std::string& text) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    if (!line.empty()) page->AddSectionDictionary(section)->SetValue("LINE", line);
    start = end + 1;
  }
}

std::string DocUrl(const Context& context, const std::string& id, const std::string& slug) {
  return context.prefix + "/van-ban/" + id + "-" + slug;
}

std::string ListUrl(const Context& context, const std::vector<std::pair<const char*, std::string>>& args) {
  std::string url = context.prefix + "/van-ban";
  char sep = '?';
  for (const auto& [k, v] : args) {
    if (v.empty()) continue;
    url += sep;
    url += k;
    url += '=';
    url += core::UrlEncode(v);
    sep = '&';
  }
  return url;
}

}  // namespace

Result<Rows> LatestDocuments(core::Db& db, uint32_t site_id, int limit) {
  return db.Query(kLatestSql, {site_id, limit});
}

void FillLatestDocuments(Dict* page, const Rows& rows, const Context& context) {
  for (const Row& r : rows) {
    Dict* item = page->AddSectionDictionary("DOCUMENT");
    item->SetValue("URL", DocUrl(context, r.Str(0), r.Str(1)));
    item->SetValue("NUMBER", r.Str(2));
    item->SetValue("TITLE", r.Str(3));
    item->SetValue("DATE", VnDate(r.Str(4)));
    item->SetValue("DATE_ISO", r.Str(4));
  }
  if (!rows.empty()) page->ShowSection("HAS_DOCUMENTS");
  page->SetValue("DOCUMENTS_URL", context.prefix + "/van-ban");
}

Result<Response> HandleDocuments(const Request& request, Context& context) {
  std::string type = Arg(request, "loai"), issuer = Arg(request, "co-quan"), field = Arg(request, "linh-vuc"),
              year = Arg(request, "nam"), q = Arg(request, "q");
  long long year_n = year.empty() ? 0 : std::stoll(year);
  std::string like = q.empty() ? "" : core::LikeContains(q);
  // The cursor: the issue day and id of the last row shown.
  std::string after_day;
  long long after_id = 0;
  if (const std::string* after = request.Field("sau")) {
    std::optional<core::KeysetCursor> c = core::ParseCursor(*after);
    if (!c) return Status::NotFound();
    std::tm tm{};
    gmtime_r(&c->time, &tm);
    char day[48];
    std::snprintf(day, sizeof day, "%04d-%02d-%02d", (tm.tm_year + 1900) % 10000, (tm.tm_mon + 1) % 100,
                  tm.tm_mday % 100);
    after_day = day;
    after_id = static_cast<long long>(c->id);
  }
  const uint32_t site = context.site.id;
  Result<Rows> rows = context.db.Query(
      kListSql, {site, type, type, issuer, issuer, field, field, year_n, year_n, q, like, like, after_day, after_day,
                 after_day, after_id, kPerPage + 1});
  if (!rows.ok()) return rows.status();
  if (!after_day.empty() && rows->empty()) return Status::NotFound();
  Result<Rows> facets = context.db.Query(
      kFacetsSql, {site, issuer, issuer, field, field, year_n, year_n, q, like, like,
                   site, type, type, field, field, year_n, year_n, q, like, like,
                   site, type, type, issuer, issuer, year_n, year_n, q, like, like,
                   site, type, type, issuer, issuer, field, field, q, like, like});
  if (!facets.ok()) return facets.status();
  Result<Rows> names = context.db.Query(kNamesSql);
  if (!names.ok()) return names.status();

  Dict layout("documents");
  Dict* page = StartPage(layout, request, context, "Văn bản", "portal/documents.tpl");
  page->SetValue("ACTION", context.prefix + "/van-ban");
  page->SetValue("Q", q);
  std::map<std::string, long long> counts;
  for (const Row& f : *facets) counts[f.Str(0) + ":" + f.Str(1)] = f.Int(2);
  long long total_filtered = 0;
  for (const Row& n : *names) {
    const std::string& kind = n.Str(0);
    const std::string& current = kind == "t" ? type : kind == "i" ? issuer : field;
    auto it = counts.find(kind + ":" + n.Str(1));
    long long count = it == counts.end() ? 0 : it->second;
    if (count == 0 && n.Str(1) != current) continue;
    Dict* o = page->AddSectionDictionary(kind == "t" ? "TYPE" : kind == "i" ? "ISSUER" : "FIELD");
    o->SetValue("VALUE", n.Str(1));
    o->SetValue("LABEL", n.Str(2));
    o->SetIntValue("COUNT", count);
    if (n.Str(1) == current) o->ShowSection("SELECTED");
    if (kind == "t") total_filtered += count;
  }
  std::vector<std::pair<std::string, long long>> years;
  for (const Row& f : *facets) {
    if (f.Str(0) == "y") years.emplace_back(f.Str(1), f.Int(2));
  }
  std::sort(years.begin(), years.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  if (!year.empty() && std::none_of(years.begin(), years.end(), [&](const auto& y) { return y.first == year; })) {
    years.emplace_back(year, 0);
  }
  for (const auto& [y, count] : years) {
    Dict* o = page->AddSectionDictionary("YEAR");
    o->SetValue("VALUE", y);
    o->SetValue("LABEL", y);
    o->SetIntValue("COUNT", count);
    if (y == year) o->ShowSection("SELECTED");
  }
  // Total under every filter: the type facet's counts (type filter applied on top).
  long long total = 0;
  for (const Row& f : *facets) {
    if (f.Str(0) == "t" && (type.empty() || f.Str(1) == type)) total += f.Int(2);
  }
  page->SetIntValue("TOTAL", total);
  bool filtered = !type.empty() || !issuer.empty() || !field.empty() || !year.empty() || !q.empty();
  if (filtered) page->SetValueAndShowSection("CLEAR_URL", context.prefix + "/van-ban", "FILTERED");
  bool more = rows->size() > static_cast<size_t>(kPerPage);
  if (more) rows->pop_back();
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("DOC");
    item->SetValue("URL", DocUrl(context, r.Str(0), r.Str(1)));
    item->SetValue("NUMBER", r.Str(2));
    item->SetValue("TITLE", r.Str(3));
    item->SetValue("TYPE", r.Str(4));
    item->SetValue("ISSUER", r.Str(5));
    item->SetValue("DATE", VnDate(r.Str(6)));
    item->SetValue("DATE_ISO", r.Str(6));
    item->SetValue("VALIDITY", ValidityLabel(r.Str(7)));
    item->SetValue("VALIDITY_CLASS", r.Str(7));
    if (r.Int(8) > 0) item->ShowSection("HAS_FILES");
  }
  if (rows->empty()) page->ShowSection("EMPTY");
  if (more) {
    const Row& last = rows->back();
    std::time_t t = core::ParseSqlDateTime(last.Str(6) + " 00:00:00").value_or(0);
    std::string cursor = core::FormatCursor({t, static_cast<uint64_t>(last.Int(0))});
    page->SetValueAndShowSection(
        "OLDER_URL",
        ListUrl(context, {{"loai", type}, {"co-quan", issuer}, {"linh-vuc", field}, {"nam", year}, {"q", q}, {"sau", cursor}}),
        "OLDER");
  }
  if (request.Field("sau")) {
    page->SetValueAndShowSection(
        "FIRST_URL", ListUrl(context, {{"loai", type}, {"co-quan", issuer}, {"linh-vuc", field}, {"nam", year}, {"q", q}}),
        "NOT_FIRST");
    layout.ShowSection("NOINDEX");
  }
  (void)total_filtered;
  return RenderPage(layout);
}

Result<Response> HandleDocument(const Request& request, Context& context) {
  uint32_t id = ParseLeadingId(request.path_args.at(0));
  if (id == 0) return Status::NotFound();
  const uint32_t site = context.site.id;
  Result<Row> d = context.db.QueryRow(kDocSql, {id, site});
  if (!d.ok()) return d.status();
  std::string canonical = d->Str(0) + "-" + d->Str(1);
  if (request.path_args.at(0) != canonical) return Response::Redirect(context.prefix + "/van-ban/" + canonical, 301);
  Result<Rows> files = context.db.Query(kDocFilesSql, {id});
  if (!files.ok()) return files.status();
  Result<Rows> related = context.db.Query(kRelatedSql, {id, site, id, site, id, site, id, site});
  if (!related.ok()) return related.status();

  std::string title = d->Str(4) + " " + d->Str(2);
  Dict layout("document");
  Dict* page = StartPage(layout, request, context, title + ": " + d->Str(3), "portal/document.tpl");
  layout.SetValue("META_DESCRIPTION", d->Str(3));
  layout.ShowSection("ARTICLE_META");
  layout.SetValue("DC_TITLE", d->Str(3));
  layout.SetValue("DC_CREATOR", d->Str(5));
  layout.SetValue("DC_DATE", d->Str(6));
  layout.SetValue("DC_DESCRIPTION", title + " – " + d->Str(3));
  layout.SetValue("DC_PUBLISHER", context.site.name);
  layout.SetValue("DC_IDENTIFIER", d->Str(2));
  layout.SetValueAndShowSection("DC_TYPE_VALUE", d->Str(4), "DC_TYPE");
  if (!d->Str(12).empty()) layout.SetValueAndShowSection("DC_SUBJECT_VALUE", d->Str(12), "DC_SUBJECT");
  page->SetValue("LIST_URL", context.prefix + "/van-ban");
  page->SetValue("TYPE", d->Str(4));
  page->SetValue("TYPE_URL", ListUrl(context, {{"loai", d->Str(19)}}));
  page->SetValue("NUMBER", d->Str(2));
  page->SetValue("ABSTRACT", d->Str(3));
  page->SetValue("ISSUER", d->Str(5));
  page->SetValue("ISSUER_URL", ListUrl(context, {{"co-quan", d->Str(20)}}));
  page->SetValue("ISSUED", VnDate(d->Str(6)));
  page->SetValue("ISSUED_ISO", d->Str(6));
  if (!d->IsNull(7)) page->SetValueAndShowSection("EFFECTIVE", VnDate(d->Str(7)), "HAS_EFFECTIVE");
  if (!d->IsNull(8)) page->SetValueAndShowSection("EXPIRES", VnDate(d->Str(8)), "HAS_EXPIRES");
  page->SetValue("VALIDITY", ValidityLabel(d->Str(9)));
  page->SetValue("VALIDITY_CLASS", d->Str(9));
  if (!d->IsNull(15)) {
    Dict* r = page->AddSectionDictionary("REPLACED_BY");
    r->SetValue("URL", DocUrl(context, d->Str(15), d->Str(16)));
    r->SetValue("NUMBER", d->Str(17));
  }
  if (!d->Str(10).empty()) {
    page->SetValueAndShowSection("SIGNER", d->Str(10), "HAS_SIGNER");
    page->SetValue("POSITION", d->Str(11));
  }
  if (!d->Str(12).empty()) {
    page->SetValueAndShowSection("FIELD", d->Str(12), "HAS_FIELD");
    page->SetValue("FIELD_URL", ListUrl(context, {{"linh-vuc", d->Str(21)}}));
  }
  page->SetValue("DIRECTION", d->Str(13) == "den" ? "Văn bản đến (của cơ quan cấp trên)" : "Văn bản do đơn vị ban hành");
  if (!d->IsNull(14) && !d->Str(14).empty()) FillLines(page, "BODY_LINE", d->Str(14));
  bool viewer = false;
  for (const Row& f : *files) {
    Dict* item = page->AddSectionDictionary("FILE");
    item->SetValue("URL", context.prefix + "/van-ban/tep/" + f.Str(0));
    item->SetValue("NAME", f.Str(1));
    item->SetValue("SIZE", KbSize(f.Int(2)));
    item->SetValue("DOWNLOADS", f.Str(4));
    bool pdf = f.Str(3) == "application/pdf";
    item->SetValue("KIND", pdf ? "PDF" : f.Str(3).find("sheet") != std::string::npos || f.Str(3).find("excel") != std::string::npos
                                             ? "Bảng tính" : "Văn bản Word");
    if (pdf && !viewer) {
      viewer = true;
      Dict* v = page->AddSectionDictionary("VIEWER");
      v->SetValue("VIEW_URL", context.prefix + "/van-ban/xem/" + f.Str(0));
      v->SetValue("VIEW_NAME", f.Str(1));
      v->ShowSection(request.Field("xem") ? "FRAME" : "OPEN_FRAME");
      v->SetValue("PAGE_URL", context.prefix + "/van-ban/" + canonical);
    }
  }
  if (!files->empty()) page->ShowSection("HAS_FILES");
  for (const Row& r : *related) {
    const std::string& k = r.Str(0);
    if (k == "p") {
      Dict* item = page->AddSectionDictionary("PROCEDURE");
      item->SetValue("URL", context.prefix + "/thu-tuc-hanh-chinh/" + r.Str(2) + "-" + r.Str(3));
      item->SetValue("TITLE", r.Str(5));
      page->ShowSection("HAS_PROCEDURES");
      continue;
    }
    Dict* item = page->AddSectionDictionary("RELATED");
    item->SetValue("URL", DocUrl(context, r.Str(2), r.Str(3)));
    item->SetValue("NUMBER", r.Str(4));
    item->SetValue("TITLE", r.Str(5));
    const std::string& kind = r.Str(1);
    std::string label = k == "s"                  ? "Được thay thế bởi văn bản này"
                        : kind == "sua-doi"       ? (k == "r" ? "Sửa đổi, bổ sung" : "Được sửa đổi, bổ sung bởi")
                        : kind == "huong-dan"     ? (k == "r" ? "Hướng dẫn thực hiện" : "Được hướng dẫn bởi")
                        : kind == "can-cu"        ? (k == "r" ? "Căn cứ" : "Là căn cứ của")
                                                  : "Văn bản liên quan";
    item->SetValue("RELATION", label);
    page->ShowSection("HAS_RELATED");
  }
  return RenderPage(layout);
}

namespace {

// A public document's file: `count` adds a download; a view (the inline PDF) does not.
Result<Response> SendDocumentFile(const Request& request, Context& context, bool count) {
  uint32_t id = ParseLeadingId(request.path_args.at(0));
  if (id == 0 || request.path_args[0].find('-') != std::string::npos) return Status::NotFound();
  Result<Row> f = context.db.QueryRow(kFileSql, {id, context.site.id});
  if (!f.ok()) return f.status();
  if (count) {
    Result<core::ExecResult> u =
        context.db.Execute("UPDATE document_files SET download_count = download_count + 1 WHERE id = ?", {id});
    if (!u.ok()) return u.status();
  }
  bool pdf = f->Str(1) == "application/pdf";
  Response r = core::upload::SendPrivate(f->Str(0), f->Str(1), f->Str(2), pdf && !count);
  r.Header("Cache-Control", "no-store");
  return r;
}

}  // namespace

Result<Response> HandleDocumentFile(const Request& request, Context& context) {
  return SendDocumentFile(request, context, true);
}

Result<Response> HandleDocumentView(const Request& request, Context& context) {
  return SendDocumentFile(request, context, false);
}

// ---- drafts for comment -----------------------------------------------------------

Result<Response> HandleDrafts(const Request& request, Context& context) {
  Result<Rows> rows = context.db.Query(kDraftsSql, {context.site.id});
  if (!rows.ok()) return rows.status();
  Dict layout("drafts");
  Dict* page = StartPage(layout, request, context, "Dự thảo lấy ý kiến", "portal/drafts.tpl");
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary(r.Int(6) ? "OPEN" : "CLOSED");
    item->SetValue("URL", context.prefix + "/du-thao/" + r.Str(0) + "-" + r.Str(1));
    item->SetValue("TITLE", r.Str(2));
    item->SetValue("SUMMARY", r.Str(3));
    item->SetValue("OPENS", core::vntext::FormatDate(r.Time(4)));
    item->SetValue("CLOSES", core::vntext::FormatDateTime(r.Time(5)));
    item->SetValue("CLOSES_ISO", core::vntext::FormatIso(r.Time(5)));
    if (!r.Str(7).empty()) item->SetValueAndShowSection("UNIT", r.Str(7), "HAS_UNIT");
    page->ShowSection(r.Int(6) ? "HAS_OPEN" : "HAS_CLOSED");
  }
  if (rows->empty()) page->ShowSection("EMPTY");
  return RenderPage(layout);
}

namespace {

struct Typed {
  std::string name, email, body;
};

// The draft's page; with the form when open. `status` is the HTTP status of the answer.
Result<Response> ShowDraft(const Request& request, Context& context, const Row& d, const Typed& typed,
                           const std::map<std::string, std::string>& errors, const std::string& message,
                           int status, bool sent) {
  Result<Rows> files = context.db.Query(kDraftFilesSql, {d.Int(0)});
  if (!files.ok()) return files.status();
  Dict layout("draft");
  Dict* page = StartPage(layout, request, context, d.Str(2), "portal/draft.tpl");
  page->SetValue("LIST_URL", context.prefix + "/du-thao");
  page->SetValue("TITLE", d.Str(2));
  page->SetValue("SUMMARY", d.Str(3));
  page->SetValue("OPENS", core::vntext::FormatDate(d.Time(4)));
  page->SetValue("CLOSES", core::vntext::FormatDateTime(d.Time(5)));
  page->SetValue("CLOSES_ISO", core::vntext::FormatIso(d.Time(5)));
  if (!d.Str(7).empty()) page->SetValueAndShowSection("UNIT", d.Str(7), "HAS_UNIT");
  if (!d.Str(8).empty()) page->SetValueAndShowSection("FIELD", d.Str(8), "HAS_FIELD");
  for (const Row& f : *files) {
    Dict* item = page->AddSectionDictionary("FILE");
    item->SetValue("URL", context.prefix + "/du-thao/tep/" + f.Str(0));
    item->SetValue("NAME", f.Str(1));
    item->SetValue("SIZE", KbSize(f.Int(2)));
    page->ShowSection("HAS_FILES");
  }
  if (sent) page->ShowSection("SENT");
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  if (d.Int(6)) {
    Result<std::string> key = core::abuse::FormKey(context.db);
    if (!key.ok()) return key.status();
    Dict* form = page->AddSectionDictionary("FORM");
    form->SetValue("ACTION", context.prefix + "/du-thao/" + d.Str(0));
    form->SetValue("T", core::abuse::IssueFormTime(*key, kDraftForm, std::time(nullptr)));
    form->SetValue("NAME", typed.name);
    form->SetValue("EMAIL", typed.email);
    form->SetValue("BODY", typed.body);
    for (const auto& [field, section] : {std::pair{"ho_ten", "NAME_ERROR"}, std::pair{"email", "EMAIL_ERROR"},
                                         std::pair{"noi_dung", "BODY_ERROR"}}) {
      auto it = errors.find(field);
      if (it != errors.end()) {
        form->SetValueAndShowSection(section, it->second, section);
      }
    }
  } else {
    page->ShowSection("CLOSED");
  }
  Result<Response> html = RenderPage(layout);
  if (html.ok()) {
    html->status = status;
    if (status != 200 || !message.empty()) html->Header("Cache-Control", "no-store");
  }
  return html;
}

}  // namespace

Result<Response> HandleDraft(const Request& request, Context& context) {
  uint32_t id = ParseLeadingId(request.path_args.at(0));
  if (id == 0) return Status::NotFound();
  Result<Row> d = context.db.QueryRow(kDraftSql, {id, context.site.id});
  if (!d.ok()) return d.status();
  std::string canonical = d->Str(0) + "-" + d->Str(1);
  if (request.path_args.at(0) != canonical) return Response::Redirect(context.prefix + "/du-thao/" + canonical, 301);
  return ShowDraft(request, context, *d, Typed{}, {}, "", 200, request.Field("da-gui") != nullptr);
}

Result<Response> HandleDraftComment(const Request& request, Context& context) {
  uint32_t id = ParseLeadingId(request.path_args.at(0));
  if (id == 0 || request.path_args[0].find('-') != std::string::npos) return Status::NotFound();
  Result<Row> d = context.db.QueryRow(kDraftSql, {id, context.site.id});
  if (!d.ok()) return d.status();
  Typed typed{Arg(request, "ho_ten"), Arg(request, "email"), Arg(request, "noi_dung")};
  if (!d->Int(6)) {
    return ShowDraft(request, context, *d, typed, {},
                     "Dự thảo này đã hết thời gian lấy ý kiến (hạn chót " + core::vntext::FormatDateTime(d->Time(5)) +
                         "); góp ý không được tiếp nhận nữa.",
                     409, false);
  }
  std::time_t now = std::time(nullptr);
  Result<std::string> key = core::abuse::FormKey(context.db);
  if (!key.ok()) return key.status();
  Result<int> hits = core::abuse::Hit(context.db, "du-thao.ip", request.remote_addr.substr(0, 64), 3600);
  if (!hits.ok()) return hits.status();
  if (*hits > kCommentsPerHour) {
    return ShowDraft(request, context, *d, typed, {},
                     "Địa chỉ mạng của bạn đã gửi quá nhiều góp ý trong một giờ. Vui lòng thử lại sau; nội dung bạn "
                     "đã nhập vẫn được giữ lại bên dưới.",
                     429, false);
  }
  std::map<std::string, std::string> errors(request.invalid.begin(), request.invalid.end());
  errors.erase("website");
  errors.erase("t");
  for (const char* f : {"ho_ten", "email", "noi_dung"}) {
    auto it = request.entered.find(f);
    if (errors.count(f) && it != request.entered.end()) {
      if (std::string(f) == "ho_ten") typed.name = it->second;
      else if (std::string(f) == "email") typed.email = it->second;
      else typed.body = it->second;
    }
  }
  if (!typed.email.empty() && !errors.count("email") && !core::outbox::IsAddress(typed.email)) {
    errors["email"] = "Thư điện tử không hợp lệ (ví dụ: ten@example.com).";
  }
  if (!errors.empty()) {
    return ShowDraft(request, context, *d, typed, errors, "Vui lòng kiểm tra lại các ô được đánh dấu.", 422, false);
  }
  // A filled honeypot or a form sent faster than a person types: accepted in
  // appearance, never stored.
  const std::string* honeypot = request.Field("website");
  const std::string* t = request.Field("t");
  std::optional<long> elapsed = t ? core::abuse::Elapsed(*key, kDraftForm, *t, now) : std::nullopt;
  bool bot = (honeypot && !honeypot->empty()) || !elapsed || *elapsed < 2;
  if (!bot) {
    Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
    if (!tx.ok()) return tx.status();
    Result<core::ExecResult> ins = context.db.Execute(
        kInsertCommentSql, {id, typed.name, typed.email, typed.body, request.remote_addr.substr(0, 45)});
    if (!ins.ok()) return ins.status();
    Status a = core::Audit(context, request, "draft.comment", "document_draft", id,
                           "comment=" + std::to_string(ins->insert_id));
    if (!a.ok()) return a;
    Status c = (*tx)->Commit();
    if (!c.ok()) return c;
  }
  return Response::Redirect(context.prefix + "/du-thao/" + d->Str(0) + "-" + d->Str(1) + "?da-gui=1#gop-y", 303);
}

Result<Response> HandleDraftFile(const Request& request, Context& context) {
  Result<Row> f = context.db.QueryRow(kDraftFileSql, {request.path_args.at(0), context.site.id});
  if (!f.ok()) return f.status();
  (void)context.db.Execute("UPDATE draft_files SET download_count = download_count + 1 WHERE id = ?",
                           {request.path_args.at(0)});
  Response r = core::upload::SendPrivate(f->Str(0), f->Str(1), f->Str(2), f->Str(1) == "application/pdf");
  r.Header("Cache-Control", "no-store");
  return r;
}

// ---- procedures ---------------------------------------------------------------------

Result<Response> HandleProcedures(const Request& request, Context& context) {
  std::string field = Arg(request, "linh-vuc"), level = Arg(request, "cap"), q = Arg(request, "q");
  std::string like = q.empty() ? "" : core::LikeContains(q);
  Result<Rows> rows = context.db.Query(kProceduresSql, {context.site.id, field, field, level, level, q, like, like});
  if (!rows.ok()) return rows.status();
  Result<Rows> fields = context.db.Query(kProcedureFieldsSql, {context.site.id});
  if (!fields.ok()) return fields.status();
  Dict layout("procedures");
  Dict* page = StartPage(layout, request, context, "Thủ tục hành chính", "portal/procedures.tpl");
  page->SetValue("ACTION", context.prefix + "/thu-tuc-hanh-chinh");
  page->SetValue("Q", q);
  for (const Row& f : *fields) {
    Dict* o = page->AddSectionDictionary("FIELD");
    o->SetValue("VALUE", f.Str(0));
    o->SetValue("LABEL", f.Str(1));
    o->SetValue("COUNT", f.Str(2));
    if (f.Str(0) == field) o->ShowSection("SELECTED");
  }
  for (const char* l : {"huyen", "xa", "truong"}) {
    Dict* o = page->AddSectionDictionary("LEVEL");
    o->SetValue("VALUE", l);
    o->SetValue("LABEL", LevelLabel(l));
    if (level == l) o->ShowSection("SELECTED");
  }
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("PROCEDURE");
    item->SetValue("URL", context.prefix + "/thu-tuc-hanh-chinh/" + r.Str(0) + "-" + r.Str(1));
    if (!r.Str(2).empty()) item->SetValueAndShowSection("CODE", r.Str(2), "HAS_CODE");
    item->SetValue("NAME", r.Str(3));
    item->SetValue("FIELD", r.Str(4));
    item->SetValue("LEVEL", LevelLabel(r.Str(5)));
    if (!r.Str(6).empty()) item->SetValueAndShowSection("ONLINE", OnlineLabel(r.Str(6)), "HAS_ONLINE");
  }
  page->SetIntValue("TOTAL", static_cast<long>(rows->size()));
  if (rows->empty()) page->ShowSection("EMPTY");
  return RenderPage(layout);
}

Result<Response> HandleProcedure(const Request& request, Context& context) {
  uint32_t id = ParseLeadingId(request.path_args.at(0));
  if (id == 0) return Status::NotFound();
  Result<Row> p = context.db.QueryRow(kProcedureSql, {id, context.site.id});
  if (!p.ok()) return p.status();
  std::string canonical = p->Str(0) + "-" + p->Str(1);
  if (request.path_args.at(0) != canonical) {
    return Response::Redirect(context.prefix + "/thu-tuc-hanh-chinh/" + canonical, 301);
  }
  Result<Rows> basis = context.db.Query(kProcedureBasisSql, {id});
  if (!basis.ok()) return basis.status();
  Result<Rows> files = context.db.Query(kProcedureFilesSql, {id});
  if (!files.ok()) return files.status();
  Dict layout("procedure");
  Dict* page = StartPage(layout, request, context, p->Str(3), "portal/procedure.tpl");
  layout.SetValue("META_DESCRIPTION", "Thủ tục hành chính: " + p->Str(3));
  page->SetValue("LIST_URL", context.prefix + "/thu-tuc-hanh-chinh");
  if (!p->Str(2).empty()) page->SetValueAndShowSection("CODE", p->Str(2), "HAS_CODE");
  page->SetValue("NAME", p->Str(3));
  page->SetValue("FIELD", p->Str(4));
  page->SetValue("LEVEL", LevelLabel(p->Str(5)));
  page->SetValue("AGENCY", p->Str(6));
  FillLines(page, "SUBJECT", p->Str(7));
  FillLines(page, "STEP", p->Str(8));
  FillLines(page, "METHOD", p->Str(9));
  FillLines(page, "DOSSIER", p->Str(10));
  page->SetValue("TIME_LIMIT", p->Str(11));
  page->SetValue("FEES", p->Str(12));
  page->SetValue("RESULT", p->Str(13));
  FillLines(page, "REQUIREMENT", p->Str(14));
  if (!p->Str(15).empty()) {
    Dict* o = page->AddSectionDictionary("ONLINE");
    o->SetValue("URL", p->Str(15));
    o->SetValue("LABEL", OnlineLabel(p->Str(16)));
  }
  page->SetValue("UPDATED", core::vntext::FormatDate(p->Time(17)));
  for (const Row& b : *basis) {
    Dict* item = page->AddSectionDictionary("BASIS");
    if (!b.IsNull(1)) {
      Dict* link = item->AddSectionDictionary("LINKED");
      link->SetValue("URL", DocUrl(context, b.Str(1), b.Str(2)));
      link->SetValue("NUMBER", b.Str(3));
      link->SetValue("TITLE", b.Str(4));
    } else if (!b.Str(0).empty()) {
      item->SetValueAndShowSection("CITATION", b.Str(0), "PLAIN");
    }
    page->ShowSection("HAS_BASIS");
  }
  for (const Row& f : *files) {
    Dict* item = page->AddSectionDictionary("FORM");
    item->SetValue("URL", context.prefix + "/thu-tuc-hanh-chinh/bieu-mau/" + f.Str(0));
    item->SetValue("TITLE", f.Str(1).empty() ? f.Str(2) : f.Str(1));
    item->SetValue("NAME", f.Str(2));
    item->SetValue("SIZE", KbSize(f.Int(3)));
    page->ShowSection("HAS_FORMS");
  }
  return RenderPage(layout);
}

Result<Response> HandleProcedureFile(const Request& request, Context& context) {
  Result<Row> f = context.db.QueryRow(kProcedureFileSql, {request.path_args.at(0), context.site.id});
  if (!f.ok()) return f.status();
  (void)context.db.Execute("UPDATE procedure_files SET download_count = download_count + 1 WHERE id = ?", {f->Int(3)});
  Response r = core::upload::SendPrivate(f->Str(0), f->Str(1), f->Str(2), false);
  r.Header("Cache-Control", "no-store");
  return r;
}

}  // namespace portal
