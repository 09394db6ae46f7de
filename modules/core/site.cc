// The site hierarchy and request-to-site resolution.
#include "core/site.h"

#include <algorithm>
#include <functional>

namespace core {

const char kSiteTreeSql[] =
    "SELECT s.id, s.parent_id, s.slug, s.level_code, l.name, s.name, s.short_name, "
    "COALESCE(s.hostname, ''), s.base_url, s.address, s.phone, s.hotline, s.email, s.welcome, "
    "s.theme, COALESCE(s.banner_path, ''), s.banner_alt "
    "FROM sites s JOIN site_levels l ON l.code = s.level_code "
    "ORDER BY s.sort_order, s.id";

Result<std::shared_ptr<const SiteTree>> SiteTree::Build(const Rows& rows, std::string_view main_slug) {
  auto tree = std::make_shared<SiteTree>();
  for (const Row& r : rows) {
    auto site = std::make_unique<Site>();
    site->id = static_cast<uint32_t>(r.Int(0));
    site->parent_id = static_cast<uint32_t>(r.Int(1));
    site->slug = r.Str(2);
    site->level_code = r.Str(3);
    site->level_name = r.Str(4);
    site->name = r.Str(5);
    site->short_name = r.Str(6);
    site->hostname = r.Str(7);
    std::transform(site->hostname.begin(), site->hostname.end(), site->hostname.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    site->base_url = r.Str(8);
    site->address = r.Str(9);
    site->phone = r.Str(10);
    site->hotline = r.Str(11);
    site->email = r.Str(12);
    site->welcome = r.Str(13);
    if (r.size() > 16) {
      site->theme = r.Str(14);
      site->banner_path = r.Str(15);
      site->banner_alt = r.Str(16);
    }
    tree->by_id_[site->id] = site.get();
    tree->by_slug_[site->slug] = site.get();
    if (!site->hostname.empty()) tree->by_host_[site->hostname] = site.get();
    tree->sites_.push_back(std::move(site));
  }
  if (tree->sites_.empty()) return Status::Unavailable("no site in the database");
  // Rows come in sort order, so children lists are in sort order too.
  for (const auto& site : tree->sites_) {
    auto parent = tree->by_id_.find(site->parent_id);
    if (site->parent_id == 0 || parent == tree->by_id_.end()) {
      tree->roots_.push_back(site.get());
    } else {
      const_cast<Site*>(parent->second)->children.push_back(site->id);
    }
  }
  // Depths, and a cycle check: every site must be reached from a root.
  size_t reached = 0;
  std::function<void(const Site*, int)> walk = [&](const Site* s, int depth) {
    const_cast<Site*>(s)->depth = depth;
    ++reached;
    for (uint32_t child : s->children) walk(tree->by_id_.at(child), depth + 1);
  };
  for (const Site* root : tree->roots_) walk(root, 0);
  if (reached != tree->sites_.size()) return Status::Internal("site parent links form a cycle");
  if (!main_slug.empty()) {
    tree->main_ = tree->BySlug(main_slug);
    if (!tree->main_) return Status::Internal("main site not found: " + std::string(main_slug));
  } else {
    tree->main_ = *std::min_element(tree->roots_.begin(), tree->roots_.end(),
                                    [](const Site* a, const Site* b) { return a->id < b->id; });
  }
  return std::shared_ptr<const SiteTree>(std::move(tree));
}

const Site* SiteTree::ById(uint32_t id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : it->second;
}

const Site* SiteTree::BySlug(std::string_view slug) const {
  auto it = by_slug_.find(std::string(slug));
  return it == by_slug_.end() ? nullptr : it->second;
}

const Site* SiteTree::ByHostname(std::string_view host) const {
  if (host.empty()) return nullptr;
  std::string lower(host);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  auto it = by_host_.find(lower);
  return it == by_host_.end() ? nullptr : it->second;
}

std::vector<const Site*> SiteTree::Subtree(const Site& site) const {
  std::vector<const Site*> out;
  std::function<void(const Site*)> walk = [&](const Site* s) {
    out.push_back(s);
    for (uint32_t child : s->children) walk(ById(child));
  };
  walk(&site);
  return out;
}

Result<std::shared_ptr<const SiteTree>> SiteDirectory::Get(Db& db) {
  std::time_t now = std::time(nullptr);
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (tree_ && now - loaded_at_ < ttl_) return tree_;
  }
  Result<Rows> rows = db.Query(kSiteTreeSql);
  std::lock_guard<std::mutex> lock(mu_);
  if (!rows.ok()) {
    if (tree_) return tree_;
    return rows.status();
  }
  Result<std::shared_ptr<const SiteTree>> tree = SiteTree::Build(*rows, main_slug_);
  if (!tree.ok()) {
    if (tree_) return tree_;
    return tree.status();
  }
  tree_ = *tree;
  loaded_at_ = now;
  return tree_;
}

Result<SiteRoute> ResolveSite(const SiteTree& tree, std::string_view host, std::string_view path) {
  SiteRoute route;
  if (const Site* own = tree.ByHostname(host); own != nullptr && own != &tree.main()) {
    route.site = own;
    route.path = std::string(path);
    return route;
  }
  constexpr std::string_view kUnits = "/don-vi/";
  if (path.substr(0, kUnits.size()) == kUnits) {
    std::string_view rest = path.substr(kUnits.size());
    size_t slash = rest.find('/');
    std::string_view slug = rest.substr(0, slash);
    const Site* site = tree.BySlug(slug);
    if (!site) return Status::NotFound();
    if (slash == std::string_view::npos) {
      route.redirect = std::string(path) + "/";
      return route;
    }
    route.site = site;
    route.prefix = std::string(kUnits) + std::string(slug);
    route.path = std::string(rest.substr(slash));
    if (site == &tree.main()) {
      // The main site has one address: its root.
      route.redirect = route.path;
    }
    return route;
  }
  route.site = &tree.main();
  route.path = std::string(path);
  return route;
}

}  // namespace core
