// Sites in a hierarchy of any depth (SPEC B20): the office and its schools, or a Sở, its
// offices and their schools. The levels are data. Every request belongs to one site,
// chosen by its own hostname or by the /don-vi/<slug>/ prefix on the main host.
#ifndef EDUPORTAL_CORE_SITE_H_
#define EDUPORTAL_CORE_SITE_H_

#include <cstdint>
#include <ctime>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/db.h"
#include "core/status.h"

namespace core {

struct Site {
  uint32_t id = 0;
  uint32_t parent_id = 0;  // 0 for a root
  std::string slug, level_code, level_name, name, short_name, hostname, base_url;
  std::string address, phone, hotline, email, welcome;
  std::string theme;                    // a palette of portal.css: "xanh-duong", "xanh-la"…
  std::string banner_path, banner_alt;  // banner image under /uploads/, or empty
  int depth = 0;                   // 0 for a root
  std::vector<uint32_t> children;  // in sort order
};

// An immutable snapshot of all sites.
class SiteTree {
 public:
  // Builds the tree from rows of kSiteTreeSql; `main_slug` names the main site (empty:
  // the top-level site with the lowest id, the first one created). Unavailable when there
  // is no site; Internal when the parent links form a cycle or main_slug is unknown.
  static Result<std::shared_ptr<const SiteTree>> Build(const Rows& rows, std::string_view main_slug);

  const Site& main() const { return *main_; }
  const Site* ById(uint32_t id) const;
  const Site* BySlug(std::string_view slug) const;
  const Site* ByHostname(std::string_view host) const;
  // The site and its descendants, depth first in sort order.
  std::vector<const Site*> Subtree(const Site& site) const;
  const std::vector<const Site*>& roots() const { return roots_; }
  size_t size() const { return sites_.size(); }

 private:
  std::vector<std::unique_ptr<Site>> sites_;
  std::unordered_map<uint32_t, const Site*> by_id_;
  std::unordered_map<std::string, const Site*> by_slug_;
  std::unordered_map<std::string, const Site*> by_host_;
  std::vector<const Site*> roots_;
  const Site* main_ = nullptr;
};

extern const char kSiteTreeSql[];

// The shared, periodically refreshed tree. Thread-safe.
class SiteDirectory {
 public:
  SiteDirectory(std::string main_slug, int ttl_seconds)
      : main_slug_(std::move(main_slug)), ttl_(ttl_seconds) {}
  // The current tree, reloaded through `db` when older than the TTL. On a failed reload
  // the previous tree is kept; with none, the Status.
  Result<std::shared_ptr<const SiteTree>> Get(Db& db);

 private:
  const std::string main_slug_;
  const int ttl_;
  std::mutex mu_;
  std::shared_ptr<const SiteTree> tree_;  // guarded by mu_
  std::time_t loaded_at_ = 0;            // guarded by mu_
};

// Where a request lands: its site, the path inside the site, and the prefix that links
// inside the site must carry ("" or "/don-vi/<slug>").
struct SiteRoute {
  const Site* site = nullptr;
  std::string path;
  std::string prefix;
  std::string redirect;  // non-empty: answer 301 to this path
};

// Resolves host and path; NotFound for /don-vi/<unknown>/….
Result<SiteRoute> ResolveSite(const SiteTree& tree, std::string_view host, std::string_view path);

}  // namespace core

#endif  // EDUPORTAL_CORE_SITE_H_
