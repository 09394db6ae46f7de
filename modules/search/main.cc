// search.fcgi: /tim-kiem over the Xapian index of published articles and introduction
// pages (SPEC A17). The index is written only by `portalctl index`; each worker thread
// opens it read-only once and reopens it when it changed.
#include <sys/stat.h>

#include <xapian.h>

#include <cstdio>
#include <ctime>
#include <memory>
#include <string>

#include "core/fields.h"
#include "core/log.h"
#include "core/public_layout.h"
#include "core/render.h"
#include "core/search_index.h"
#include "core/server.h"
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
constexpr FieldSpec kSearchFields[] = {
    {"q", core::Text{0, 200}, "Từ khóa"},
    {"trang", core::Uint{1, 100}, "Trang"},
    {"pham-vi", core::OneOf{kScopes}, "Phạm vi"},
};

std::string IndexPath(const core::Config& config) { return config.data_dir + "/xapian/main"; }

// The identity of the index folder's version file: a reindex swaps the folder.
ino_t IndexInode(const std::string& path) {
  struct stat st;
  return stat((path + "/iamglass").c_str(), &st) == 0 ? st.st_ino : 0;
}

// This thread's reader, reopened when the indexer committed or a reindex swapped it.
Result<Xapian::Database*> Reader(const core::Config& config) {
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
    return db.get();
  } catch (const Xapian::Error& e) {
    db.reset();
    return Status::Unavailable("xapian open: " + e.get_description());
  }
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

std::string PageUrl(const Context& context, const std::string& q, bool all, unsigned page) {
  std::string url = context.prefix + "/tim-kiem?q=" + core::UrlEncode(q);
  if (all) url += "&pham-vi=tat-ca";
  if (page > 1) url += "&trang=" + std::to_string(page);
  return url;
}

Result<Response> HandleSearch(const Request& request, Context& context) {
  const std::string* q_field = request.Field("q");
  std::string q = q_field ? *q_field : "";
  bool all = request.Field("pham-vi") != nullptr;
  unsigned page_no = 1;
  if (const std::string* t = request.Field("trang")) page_no = static_cast<unsigned>(std::stoul(*t));

  Dict layout("search");
  FillLayout(layout, request, context);
  layout.SetValue("PAGE_TITLE", q.empty() ? std::string("Tìm kiếm") : "Tìm kiếm: " + q);
  layout.ShowSection("NOINDEX");
  Dict* page = core::SetContent(layout, "search/results.tpl");
  page->SetValue("Q", q);
  if (all) page->ShowSection("ALL_SITES");

  if (!q.empty()) {
    Result<Xapian::Database*> db = Reader(context.config);
    if (!db.ok()) return db.status();
    std::optional<uint32_t> site_id;
    if (!all) site_id = context.site.id;
    Result<search::Page> found =
        search::Search(**db, q, site_id, std::time(nullptr), (page_no - 1) * kPerPage, kPerPage);
    if (!found.ok() && found.status().IsUnavailable()) {
      // The index changed under the reader: once more on the new revision.
      db = Reader(context.config);
      if (!db.ok()) return db.status();
      found = search::Search(**db, q, site_id, std::time(nullptr), (page_no - 1) * kPerPage, kPerPage);
    }
    if (!found.ok() && found.status().IsInvalid()) {
      page->SetValueAndShowSection("MESSAGE", found.status().user_message(), "MESSAGE");
    } else if (!found.ok()) {
      return found.status();
    } else if (found->hits.empty()) {
      page->SetValueAndShowSection("MESSAGE", "Không tìm thấy kết quả nào cho «" + q + "».", "MESSAGE");
    } else {
      page->SetValueAndShowSection("COUNT", std::to_string(found->estimated), "HAS_RESULTS");
      for (const search::Hit& hit : found->hits) {
        Dict* item = page->AddSectionDictionary("RESULT");
        item->SetValue("TITLE", hit.item.title);
        item->SetValue("URL", ItemUrl(context, hit.item));
        item->SetValue("SNIPPET", hit.snippet_html);
        item->SetValue("KIND", hit.item.kind == "article"    ? "Bài viết"
                              : hit.item.kind == "resource" ? "Thư viện"
                              : hit.item.kind == "qa"       ? "Hỏi đáp"
                                                            : "Giới thiệu");
        if ((hit.item.kind == "article" || hit.item.kind == "qa") && hit.item.date > 0) {
          item->SetValueAndShowSection("DATE", core::vntext::FormatDate(hit.item.date), "HAS_DATE");
        }
        if (all) {
          if (const core::Site* s = context.sites.ById(hit.item.site_id)) {
            item->SetValueAndShowSection("SITE", s->short_name, "HAS_SITE");
          }
        }
      }
      bool more = static_cast<Xapian::doccount>(page_no) * kPerPage < found->estimated && page_no < 100;
      if (page_no > 1 || more) page->ShowSection("PAGER");
      if (page_no > 1) page->SetValueAndShowSection("PREV_URL", PageUrl(context, q, all, page_no - 1), "PREV");
      if (more) page->SetValueAndShowSection("NEXT_URL", PageUrl(context, q, all, page_no + 1), "NEXT");
      page->SetValue("PAGE_NO", std::to_string(page_no));
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
