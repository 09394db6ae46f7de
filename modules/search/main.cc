// search.fcgi: /tim-kiem over the Xapian index of published articles and introduction
// pages (SPEC A17). The index is written only by `portalctl index`; each worker thread
// opens it read-only once and reopens it when it changed.
#include <sys/stat.h>

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/fields.h"
#include "core/log.h"
#include "core/public_layout.h"
#include "core/render.h"
#include "core/search_index.h"
#include "core/server.h"
#include "core/ttl_cache.h"
#include "core/vntext.h"

namespace {

using core::Context;
using core::Dict;
using core::FieldSpec;
using core::Method;
using core::Request;
using core::Response;
using core::Result;
using core::Route;
using core::Status;
namespace search = core::search;

constexpr Xapian::doccount kPerPage = 10;

constexpr std::string_view kScopes[] = {"tat-ca"};
constexpr std::string_view kSorts[] = {"ngay", "lien-quan"};
// The kinds of content, as the URL names them (loai=) and as the page shows them.
struct KindName {
  std::string_view kind, slug, label;
};
constexpr KindName kKinds[] = {
    {"article", "bai-viet", "Bài viết"},     {"document", "van-ban", "Văn bản"},
    {"procedure", "thu-tuc", "Thủ tục hành chính"}, {"page", "gioi-thieu", "Giới thiệu"},
    {"qa", "hoi-dap", "Hỏi đáp"},            {"resource", "thu-vien", "Thư viện"},
};
constexpr std::string_view kKindSlugs[] = {"bai-viet", "van-ban", "thu-tuc", "gioi-thieu", "hoi-dap", "thu-vien"};
constexpr FieldSpec kSearchFields[] = {
    {"q", core::Text{0, 200}, "Từ khóa"},
    {"trang", core::Uint{1, 100}, "Trang"},
    {"pham-vi", core::OneOf{kScopes}, "Phạm vi"},
    {"loai", core::OneOf{kKindSlugs}, "Loại nội dung"},
    {"loai-van-ban", core::Slug{32}, "Loại văn bản"},
    {"nam", core::Uint{1900, 2100}, "Năm"},
    {"don-vi", core::Slug{64}, "Đơn vị"},
    {"sap-xep", core::OneOf{kSorts}, "Sắp xếp"},
};

const KindName* KindBySlug(std::string_view slug) {
  for (const KindName& k : kKinds) {
    if (k.slug == slug) return &k;
  }
  return nullptr;
}
const KindName* KindByName(std::string_view kind) {
  for (const KindName& k : kKinds) {
    if (k.kind == kind) return &k;
  }
  return nullptr;
}

std::string IndexPath(const core::Config& config) { return config.data_dir + "/xapian/main"; }

// The identity of the index folder's version file: a reindex swaps the folder.
ino_t IndexInode(const std::string& path) {
  struct stat st;
  return stat((path + "/iamglass").c_str(), &st) == 0 ? st.st_ino : 0;
}

// This thread's reader, reopened when the indexer committed or a reindex swapped it,
// and the identity of what it reads: the index folder and its revision.
struct Reading {
  Xapian::Database* db = nullptr;
  std::string revision;  // "<inode>:<revision>"
};
Result<Reading> Reader(const core::Config& config) {
  thread_local std::unique_ptr<Xapian::Database> db;
  thread_local ino_t inode = 0;
  std::string path = IndexPath(config);
  try {
    ino_t now = IndexInode(path);
    if (now == 0) return Status::Unavailable("no search index at " + path);
    if (!db || now != inode) {
      db = std::make_unique<Xapian::Database>(path);
      inode = now;
    } else {
      db->reopen();
    }
    return Reading{db.get(), std::to_string(inode) + ":" + std::to_string(db->get_revision())};
  } catch (const Xapian::Error& e) {
    db.reset();
    return Status::Unavailable("xapian open: " + e.get_description());
  }
}

// Pages of results, shared by the threads and kept per revision of the index: a query
// many people type ("tuyển sinh" in the admissions season) is matched once, not once
// per visitor, and any change to the index (a new revision) starts afresh. Kept at
// most kResultTtl, so an item scheduled for a time appears at most that much later.
constexpr auto kResultTtl = std::chrono::seconds(30);
// 256 pages: a whole-hierarchy page carries a facet value per site (up to hundreds), and
// the queries many people type are few.
core::TtlCache<std::string, search::Page> g_results(256);

Result<std::shared_ptr<const search::Page>> CachedSearch(const Reading& reading, const std::string& q,
                                                          const search::Options& o) {
  std::string key = reading.revision;
  key += '\n';
  key += q;
  key += '\n';
  key += o.site_id ? std::to_string(*o.site_id) : "*";
  key += '|' + o.kind + '|' + o.doc_type + '|' + std::to_string(o.year) + '|' + (o.by_date ? "d" : "r") + '|' +
         (o.facets ? "f" : "-") + '|' + std::to_string(o.offset) + '|' + std::to_string(o.count);
  return g_results.Get(key, kResultTtl, [&] { return search::Search(*reading.db, q, o, std::time(nullptr)); });
}

void FillLayout(Dict& layout, const Request& request, Context& context) {
  core::FillPublicLayout(layout, request, context);
  layout.SetValue("META_DESCRIPTION", "Tìm kiếm trên cổng thông tin điện tử " + context.site.name);
}

// Where an item of another site lives.
std::string ItemUrl(const Context& context, const search::Item& item) {
  if (item.site_id == context.site.id) return context.prefix + item.path;
  const core::Site* site = context.sites.ById(item.site_id);
  if (!site) return item.path;
  if (!site->base_url.empty()) return site->base_url + item.path;
  if (site == &context.sites.main()) return item.path;
  return "/don-vi/" + site->slug + item.path;
}

// What the page was asked: every link of the page is this with one thing changed.
struct State {
  std::string q;
  bool all = false;
  std::string kind;      // slug: "van-ban"
  std::string doc_type;  // "quyet-dinh"
  unsigned year = 0;
  std::string site;      // slug of a site, with all
  bool by_date = false;
  unsigned page = 1;
};

std::string Url(const Context& context, const State& s) {
  std::string url = context.prefix + "/tim-kiem?q=" + core::UrlEncode(s.q);
  if (s.all) url += "&pham-vi=tat-ca";
  if (!s.kind.empty()) url += "&loai=" + s.kind;
  if (!s.doc_type.empty()) url += "&loai-van-ban=" + s.doc_type;
  if (s.year) url += "&nam=" + std::to_string(s.year);
  if (s.all && !s.site.empty()) url += "&don-vi=" + s.site;
  if (s.by_date) url += "&sap-xep=ngay";
  if (s.page > 1) url += "&trang=" + std::to_string(s.page);
  return url;
}

// One facet group: a heading, "Tất cả" (the filter removed) and a link per value.
void AddFacet(Dict* facets, const std::string& heading, const std::string& id, bool active, const std::string& all_url,
              const std::vector<std::pair<std::string, std::pair<std::string, std::string>>>& values,
              const std::string& current) {
  if (!facets || (values.empty() && !active)) return;
  Dict* group = facets->AddSectionDictionary("FACET");
  group->SetValue("HEADING", heading);
  group->SetValue("ID", id);
  Dict* any = group->AddSectionDictionary("VALUE");
  any->SetValue("LABEL", "Tất cả");
  any->SetValue("URL", all_url);
  if (!active) any->ShowSection("CURRENT");
  else any->ShowSection("LINK");
  for (const auto& [key, label_url] : values) {
    Dict* v = group->AddSectionDictionary("VALUE");
    v->SetValue("LABEL", label_url.first);
    v->SetValue("URL", label_url.second);
    if (active && key == current) v->ShowSection("CURRENT");
    else v->ShowSection("LINK");
  }
}

std::string Counted(const std::string& label, Xapian::doccount n, bool exact) {
  return label + " (" + (exact ? "" : "~") + std::to_string(n) + ")";
}

Result<Response> HandleSearch(const Request& request, Context& context) {
  State state;
  if (const std::string* q = request.Field("q")) state.q = *q;
  state.all = request.Field("pham-vi") != nullptr;
  if (const std::string* t = request.Field("trang")) state.page = static_cast<unsigned>(std::stoul(*t));
  if (const std::string* k = request.Field("loai")) state.kind = *k;
  if (const std::string* t = request.Field("loai-van-ban")) state.doc_type = *t;
  if (const std::string* y = request.Field("nam")) state.year = static_cast<unsigned>(std::stoul(*y));
  if (const std::string* d = request.Field("don-vi")) state.site = *d;
  if (const std::string* o = request.Field("sap-xep")) state.by_date = *o == "ngay";

  search::Options options;
  options.facets = true;
  options.by_date = state.by_date;
  options.offset = (state.page - 1) * kPerPage;
  options.count = kPerPage;
  options.year = static_cast<int>(state.year);
  options.doc_type = state.doc_type;
  if (const KindName* k = KindBySlug(state.kind)) options.kind = std::string(k->kind);
  if (!state.all) {
    options.site_id = context.site.id;
  } else if (!state.site.empty()) {
    const core::Site* s = context.sites.BySlug(state.site);
    if (!s) return Status::NotFound();
    options.site_id = s->id;
  }

  Dict layout("search");
  FillLayout(layout, request, context);
  layout.SetValue("PAGE_TITLE", state.q.empty() ? std::string("Tìm kiếm") : "Tìm kiếm: " + state.q);
  layout.ShowSection("NOINDEX");
  Dict* page = core::SetContent(layout, "search/results.tpl");
  page->SetValue("Q", state.q);
  if (state.all) page->ShowSection("ALL_SITES");
  // The filters ride along with a new query typed in the form.
  auto hidden = [&](const std::string& name, const std::string& value) {
    if (value.empty()) return;
    Dict* h = page->AddSectionDictionary("HIDDEN");
    h->SetValue("NAME", name);
    h->SetValue("VALUE", value);
  };
  hidden("loai", state.kind);
  hidden("loai-van-ban", state.doc_type);
  hidden("nam", state.year ? std::to_string(state.year) : "");
  if (state.all) hidden("don-vi", state.site);
  hidden("sap-xep", state.by_date ? "ngay" : "");

  if (!state.q.empty()) {
    Result<Reading> reading = Reader(context.config);
    if (!reading.ok()) return reading.status();
    Result<std::shared_ptr<const search::Page>> found = CachedSearch(*reading, state.q, options);
    if (!found.ok() && found.status().IsUnavailable()) {
      // The index changed under the reader: once more on the new revision.
      reading = Reader(context.config);
      if (!reading.ok()) return reading.status();
      found = CachedSearch(*reading, state.q, options);
    }
    if (!found.ok() && found.status().IsInvalid()) {
      page->SetValueAndShowSection("MESSAGE", found.status().user_message(), "MESSAGE");
    } else if (!found.ok()) {
      return found.status();
    } else {
      const search::Page& r = **found;
      if (!r.suggestion.empty()) {
        State corrected = state;
        corrected.q = r.suggestion;
        corrected.page = 1;
        page->SetValueAndShowSection("SUGGESTION", r.suggestion, "DID_YOU_MEAN");
        page->SetValue("SUGGESTION_URL", Url(context, corrected));
      }
      bool filtered = !state.kind.empty() || !state.doc_type.empty() || state.year || (state.all && !state.site.empty());
      if (r.hits.empty()) {
        page->SetValueAndShowSection("MESSAGE",
                                     "Không tìm thấy kết quả nào cho «" + state.q + "»" +
                                         (filtered ? " với các bộ lọc đã chọn." : ".") +
                                         " Hãy thử từ khóa khác, ít từ hơn, hoặc gõ không dấu.",
                                     "MESSAGE");
      }
      if (filtered) {
        State clear = state;
        clear.kind.clear();
        clear.doc_type.clear();
        clear.year = 0;
        clear.site.clear();
        clear.page = 1;
        page->SetValueAndShowSection("CLEAR_URL", Url(context, clear), "CLEAR");
      }
      // Facets: each link keeps the other filters and starts again at page 1.
      Dict* facets = !r.hits.empty() || filtered ? page->AddSectionDictionary("HAS_FACETS") : nullptr;
      State base = state;
      base.page = 1;
      {
        State none = base;
        none.kind.clear();
        std::vector<std::pair<std::string, std::pair<std::string, std::string>>> values;
        for (const search::FacetValue& v : r.kinds) {
          const KindName* k = KindByName(v.value);
          if (!k) continue;
          State s = base;
          s.kind = std::string(k->slug);
          values.push_back({s.kind, {Counted(std::string(k->label), v.count, r.facets_exact), Url(context, s)}});
        }
        AddFacet(facets, "Loại nội dung", "loai", !state.kind.empty(), Url(context, none), values, state.kind);
      }
      {
        State none = base;
        none.doc_type.clear();
        std::vector<std::pair<std::string, std::pair<std::string, std::string>>> values;
        for (const search::FacetValue& v : r.types) {
          size_t bar = v.value.find('|');
          std::string code = v.value.substr(0, bar);
          std::string name = bar == std::string::npos ? code : v.value.substr(bar + 1);
          State s = base;
          s.doc_type = code;
          values.push_back({code, {Counted(name, v.count, r.facets_exact), Url(context, s)}});
        }
        AddFacet(facets, "Loại văn bản", "loai-van-ban", !state.doc_type.empty(), Url(context, none), values,
                 state.doc_type);
      }
      {
        State none = base;
        none.year = 0;
        std::vector<search::FacetValue> years = r.years;
        std::sort(years.begin(), years.end(),
                  [](const search::FacetValue& a, const search::FacetValue& b) { return a.value > b.value; });
        std::vector<std::pair<std::string, std::pair<std::string, std::string>>> values;
        for (const search::FacetValue& v : years) {
          State s = base;
          s.year = static_cast<unsigned>(std::strtoul(v.value.c_str(), nullptr, 10));
          if (s.year < 1900 || s.year > 2100) continue;
          values.push_back({v.value, {Counted(v.value, v.count, r.facets_exact), Url(context, s)}});
        }
        AddFacet(facets, "Năm", "nam", state.year != 0, Url(context, none), values,
                 state.year ? std::to_string(state.year) : "");
      }
      if (state.all) {
        State none = base;
        none.site.clear();
        std::vector<std::pair<std::string, std::pair<std::string, std::string>>> values;
        for (const search::FacetValue& v : r.sites) {
          const core::Site* site = context.sites.ById(static_cast<uint32_t>(std::strtoul(v.value.c_str(), nullptr, 10)));
          if (!site) continue;
          State s = base;
          s.site = site->slug;
          values.push_back({site->slug, {Counted(site->short_name, v.count, r.facets_exact), Url(context, s)}});
        }
        AddFacet(facets, "Đơn vị", "don-vi", !state.site.empty(), Url(context, none), values, state.site);
      }
      // Sort: by relevance or newest first.
      {
        State by_relevance = base, by_date = base;
        by_relevance.by_date = false;
        by_date.by_date = true;
        Dict* rel = page->AddSectionDictionary("SORT");
        rel->SetValue("LABEL", "Liên quan nhất");
        rel->SetValue("URL", Url(context, by_relevance));
        rel->ShowSection(state.by_date ? "LINK" : "CURRENT");
        Dict* date = page->AddSectionDictionary("SORT");
        date->SetValue("LABEL", "Mới nhất");
        date->SetValue("URL", Url(context, by_date));
        date->ShowSection(state.by_date ? "CURRENT" : "LINK");
      }
      if (!r.hits.empty()) {
        page->SetValueAndShowSection("COUNT", std::to_string(r.estimated), "HAS_RESULTS");
        for (const search::Hit& hit : r.hits) {
          Dict* item = page->AddSectionDictionary("RESULT");
          item->SetValue("TITLE", hit.item.title);
          item->SetValue("URL", ItemUrl(context, hit.item));
          item->SetValue("SNIPPET", hit.snippet_html);
          const KindName* k = KindByName(hit.item.kind);
          std::string kind = k ? std::string(k->label) : "Giới thiệu";
          if (hit.item.kind == "document" && !hit.item.doc_type_name.empty()) kind = hit.item.doc_type_name;
          item->SetValue("KIND", kind);
          if (!hit.item.number.empty()) item->SetValueAndShowSection("NUMBER", hit.item.number, "HAS_NUMBER");
          if ((hit.item.kind == "article" || hit.item.kind == "qa" || hit.item.kind == "document") &&
              hit.item.date > 0) {
            item->SetValueAndShowSection("DATE", core::vntext::FormatDate(hit.item.date), "HAS_DATE");
          }
          if (state.all) {
            if (const core::Site* s = context.sites.ById(hit.item.site_id)) {
              item->SetValueAndShowSection("SITE", s->short_name, "HAS_SITE");
            }
          }
        }
        bool more = static_cast<Xapian::doccount>(state.page) * kPerPage < r.estimated && state.page < 100;
        if (state.page > 1 || more) page->ShowSection("PAGER");
        State prev = state, next = state;
        prev.page = state.page - 1;
        next.page = state.page + 1;
        if (state.page > 1) page->SetValueAndShowSection("PREV_URL", Url(context, prev), "PREV");
        if (more) page->SetValueAndShowSection("NEXT_URL", Url(context, next), "NEXT");
        page->SetValue("PAGE_NO", std::to_string(state.page));
      }
    }
  }
  Result<std::string> html = core::Render("layout/page.tpl", layout);
  if (!html.ok()) return html.status();
  return Response::Html(std::move(html).value());
}

constexpr Route kRoutes[] = {
    {Method::kGet, "/tim-kiem", HandleSearch, kSearchFields},
};

// Warms the page cache with the index and tells the log whether it is there.
void Warm(int argc, char** argv) {
  std::string config_path = "/etc/eduportal/eduportal.conf";
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--config") config_path = argv[i + 1];
  }
  Result<core::Config> config = core::Config::Load(config_path);
  if (!config.ok()) return;
  try {
    Xapian::Database db(IndexPath(*config));
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query::MatchAll);
    (void)enquire.get_mset(0, 10);
    std::fprintf(stderr, "search: index has %u documents\n", db.get_doccount());
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "search: index not ready yet (%s)\n", e.get_msg().c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  Warm(argc, argv);
  core::Module module;
  module.name = "search";
  module.routes = kRoutes;
  module.fill_layout = FillLayout;
  return core::RunModule(module, argc, argv);
}
