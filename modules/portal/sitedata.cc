// What every page of a site shows and rarely changes (categories, its own menu, links):
// loaded for all sites at once by the module's tick every few seconds, so a page never
// pays a statement for them. Before the first load, a page loads its own site's.
#include <mutex>
#include <unordered_map>

#include "portal/portal.h"

namespace portal {
namespace {

using Snapshot = std::unordered_map<uint32_t, std::shared_ptr<const SiteData>>;

// All sites' rows in one statement per kind; "WHERE site_id = ?" variants serve the
// first page of a site before the tick has run.
// Every category of a site, for its list page (by_slug); the top-level visible ones, in
// order, are also the menu's and the home page's (the last column).
constexpr char kCategoriesAllSql[] =
    "SELECT site_id, id, slug, name, on_home, is_notice, home_order, description, "
    "parent_id IS NULL AND hidden = 0 FROM categories ORDER BY site_id, sort_order, id";
constexpr char kCategoriesSiteSql[] =
    "SELECT site_id, id, slug, name, on_home, is_notice, home_order, description, "
    "parent_id IS NULL AND hidden = 0 FROM categories WHERE site_id = ? ORDER BY site_id, sort_order, id";
// The home page's settings (0092), edited in /admin/cau-truc/trang-chu.
constexpr char kHomeAllSql[] = "SELECT id, home_featured, home_block_items FROM sites";
constexpr char kHomeSiteSql[] = "SELECT id, home_featured, home_block_items FROM sites WHERE id = ?";
constexpr char kMenuAllSql[] =
    "SELECT site_id, id, COALESCE(parent_id, 0), label, url FROM menu_items ORDER BY site_id, sort_order, id";
constexpr char kMenuSiteSql[] =
    "SELECT site_id, id, COALESCE(parent_id, 0), label, url FROM menu_items WHERE site_id = ? "
    "ORDER BY site_id, sort_order, id";
constexpr char kLinksAllSql[] =
    "SELECT site_id, group_name, title, url, description, on_home FROM links ORDER BY site_id, sort_order, id";
constexpr char kLinksSiteSql[] =
    "SELECT site_id, group_name, title, url, description, on_home FROM links WHERE site_id = ? "
    "ORDER BY site_id, sort_order, id";
constexpr char kEnglishAllSql[] = "SELECT site_id FROM pages WHERE slug = 'gioi-thieu-tieng-anh'";
constexpr char kEnglishSiteSql[] =
    "SELECT site_id FROM pages WHERE slug = 'gioi-thieu-tieng-anh' AND site_id = ?";

std::mutex g_mu;
std::shared_ptr<const Snapshot> g_snapshot;  // guarded by g_mu

// Loads the rows of every site (site_id = 0) or of one site.
Result<std::shared_ptr<Snapshot>> Load(core::Db& db, uint32_t site_id) {
  auto query = [&](const char* all, const char* one) {
    return site_id == 0 ? db.Query(all) : db.Query(one, {site_id});
  };
  std::unordered_map<uint32_t, std::shared_ptr<SiteData>> building;
  auto of = [&](int64_t id) -> SiteData& {
    auto& slot = building[static_cast<uint32_t>(id)];
    if (!slot) slot = std::make_shared<SiteData>();
    return *slot;
  };
  if (site_id != 0) of(site_id);
  Result<core::Rows> categories = query(kCategoriesAllSql, kCategoriesSiteSql);
  if (!categories.ok()) return categories.status();
  for (const core::Row& r : *categories) {
    SiteData& d = of(r.Int(0));
    const auto id = static_cast<uint32_t>(r.Int(1));
    d.by_slug.emplace(r.Str(2), SiteData::Listed{id, r.Str(3), r.Str(7)});
    if (r.Int(8) != 0) d.categories.push_back({id, r.Str(2), r.Str(3), r.Int(4) != 0, r.Int(5) != 0, r.Int(6)});
  }
  Result<core::Rows> home = query(kHomeAllSql, kHomeSiteSql);
  if (!home.ok()) return home.status();
  for (const core::Row& r : *home) {
    SiteData& d = of(r.Int(0));
    d.home_featured = static_cast<int>(r.Int(1));
    d.home_block_items = static_cast<int>(r.Int(2));
  }
  Result<core::Rows> menu = query(kMenuAllSql, kMenuSiteSql);
  if (!menu.ok()) return menu.status();
  for (const core::Row& r : *menu) {
    of(r.Int(0)).menu.push_back({static_cast<uint32_t>(r.Int(1)), static_cast<uint32_t>(r.Int(2)), r.Str(3), r.Str(4)});
  }
  Result<core::Rows> links = query(kLinksAllSql, kLinksSiteSql);
  if (!links.ok()) return links.status();
  for (const core::Row& r : *links) {
    of(r.Int(0)).links.push_back({r.Str(1), r.Str(2), r.Str(3), r.Str(4), r.Int(5) != 0});
  }
  Result<core::Rows> english = query(kEnglishAllSql, kEnglishSiteSql);
  if (!english.ok()) return english.status();
  for (const core::Row& r : *english) of(r.Int(0)).has_english = true;
  auto snapshot = std::make_shared<Snapshot>();
  for (auto& [id, data] : building) (*snapshot)[id] = std::move(data);
  return snapshot;
}

}  // namespace

Result<std::shared_ptr<const SiteData>> GetSiteData(Context& context) {
  {
    std::lock_guard<std::mutex> lock(g_mu);
    if (g_snapshot) {
      auto it = g_snapshot->find(context.site.id);
      if (it != g_snapshot->end()) return it->second;
    }
  }
  // Before the first tick, or a site created since: this site alone, not kept (the
  // next tick loads it with the others).
  Result<std::shared_ptr<Snapshot>> one = Load(context.db, context.site.id);
  if (!one.ok()) return one.status();
  return (**one)[context.site.id];
}

void RefreshSiteData(core::Db& db) {
  Result<std::shared_ptr<Snapshot>> all = Load(db, 0);
  if (!all.ok()) return;  // keep the last good one
  std::lock_guard<std::mutex> lock(g_mu);
  g_snapshot = std::move(all).value();
}

}  // namespace portal
