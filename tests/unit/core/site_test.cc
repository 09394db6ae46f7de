// Tests for modules/core/site.cc: building the site tree from rows of kSiteTreeSql, and
// resolving a request's host and path to a site.
#include "core/site.h"

#include <cppunit/extensions/HelperMacros.h>

#include <optional>
#include <string>
#include <vector>

#include "unit/check.h"

namespace core {
namespace {

using unit::Quote;

// One row in the column order of kSiteTreeSql: id, parent_id, slug, level_code,
// level name, name, short_name, hostname, base_url, address, phone, hotline, email,
// welcome. A root's parent_id is NULL, as in the database.
Row SiteRow(uint32_t id, uint32_t parent_id, const std::string& slug, const std::string& hostname = "") {
  std::vector<std::optional<std::string>> cells = {
      std::to_string(id),
      parent_id == 0 ? std::nullopt : std::optional<std::string>(std::to_string(parent_id)),
      slug,
      "cap-" + std::to_string(id),
      "Cấp " + std::to_string(id),
      "Đơn vị " + slug,
      "ĐV " + std::to_string(id),
      hostname,
      hostname.empty() ? "" : "https://" + hostname,
      "Địa chỉ " + std::to_string(id),
      "024 " + std::to_string(id),
      std::nullopt,  // hotline NULL reads as ""
      slug + "@edu.vn",
      "Chào mừng",
  };
  return Row(std::move(cells));
}

// A Sở with two Phòng and their schools, in sort order (not id order):
//   1 so-gd
//     3 pgd-long-bien
//       6 mn-hoa-sen
//     2 pgd-gia-lam
//       5 th-a
//       4 thcs-nguyen-gia-thieu   (own hostname)
//         7 to-toan
Rows SoRows() {
  Rows rows;
  rows.push_back(SiteRow(1, 0, "so-gd", "sogd.edu.vn"));
  rows.push_back(SiteRow(3, 1, "pgd-long-bien"));
  rows.push_back(SiteRow(2, 1, "pgd-gia-lam"));
  rows.push_back(SiteRow(6, 3, "mn-hoa-sen"));
  rows.push_back(SiteRow(5, 2, "th-a"));
  rows.push_back(SiteRow(4, 2, "thcs-nguyen-gia-thieu", "thcsngt.edu.vn"));
  rows.push_back(SiteRow(7, 4, "to-toan"));
  return rows;
}

std::shared_ptr<const SiteTree> MustBuild(const Rows& rows, std::string_view main_slug) {
  Result<std::shared_ptr<const SiteTree>> tree = SiteTree::Build(rows, main_slug);
  CPPUNIT_ASSERT_MESSAGE(tree.status().ToString(), tree.ok());
  return *tree;
}

std::string Ids(const std::vector<const Site*>& sites) {
  std::string out;
  for (const Site* s : sites) out += (out.empty() ? "" : ",") + std::to_string(s->id);
  return out;
}

std::string Ids(const std::vector<uint32_t>& ids) {
  std::string out;
  for (uint32_t id : ids) out += (out.empty() ? "" : ",") + std::to_string(id);
  return out;
}

class SiteTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(SiteTest);
  CPPUNIT_TEST(testBuildReadsEveryColumn);
  CPPUNIT_TEST(testBuildHierarchy);
  CPPUNIT_TEST(testBuildChildBeforeParent);
  CPPUNIT_TEST(testMainSiteBySlug);
  CPPUNIT_TEST(testMainSiteDefaultsToFirstRoot);
  CPPUNIT_TEST(testUnknownMainSlugFails);
  CPPUNIT_TEST(testNoSitesFails);
  CPPUNIT_TEST(testCycleFails);
  CPPUNIT_TEST(testLookups);
  CPPUNIT_TEST(testHostnameStoredWithCapitals);
  CPPUNIT_TEST(testSubtreeInSortOrder);
  CPPUNIT_TEST(testResolveMainHost);
  CPPUNIT_TEST(testResolveUnitPrefix);
  CPPUNIT_TEST(testResolveUnitWithoutSlashRedirects);
  CPPUNIT_TEST(testResolveUnknownUnitIsNotFound);
  CPPUNIT_TEST(testResolveOwnHostname);
  CPPUNIT_TEST(testResolveMainSiteUnderUnitsRedirectsToRoot);
  CPPUNIT_TEST_SUITE_END();

 public:
  void testBuildReadsEveryColumn() {
    auto tree = MustBuild(SoRows(), "so-gd");
    const Site* s = tree->ById(4);
    CPPUNIT_ASSERT(s != nullptr);
    CPPUNIT_ASSERT_EQUAL(uint32_t{4}, s->id);
    CPPUNIT_ASSERT_EQUAL(uint32_t{2}, s->parent_id);
    CPPUNIT_ASSERT_EQUAL(std::string("thcs-nguyen-gia-thieu"), s->slug);
    CPPUNIT_ASSERT_EQUAL(std::string("cap-4"), s->level_code);
    CPPUNIT_ASSERT_EQUAL(std::string("Cấp 4"), s->level_name);
    CPPUNIT_ASSERT_EQUAL(std::string("Đơn vị thcs-nguyen-gia-thieu"), s->name);
    CPPUNIT_ASSERT_EQUAL(std::string("ĐV 4"), s->short_name);
    CPPUNIT_ASSERT_EQUAL(std::string("thcsngt.edu.vn"), s->hostname);
    CPPUNIT_ASSERT_EQUAL(std::string("https://thcsngt.edu.vn"), s->base_url);
    CPPUNIT_ASSERT_EQUAL(std::string("Địa chỉ 4"), s->address);
    CPPUNIT_ASSERT_EQUAL(std::string("024 4"), s->phone);
    CPPUNIT_ASSERT_EQUAL(std::string(""), s->hotline);
    CPPUNIT_ASSERT_EQUAL(std::string("thcs-nguyen-gia-thieu@edu.vn"), s->email);
    CPPUNIT_ASSERT_EQUAL(std::string("Chào mừng"), s->welcome);
    CPPUNIT_ASSERT_EQUAL(uint32_t{0}, tree->ById(1)->parent_id);  // NULL parent
  }

  void testBuildHierarchy() {
    auto tree = MustBuild(SoRows(), "so-gd");
    CPPUNIT_ASSERT_EQUAL(size_t{7}, tree->size());
    CPPUNIT_ASSERT_EQUAL(std::string("1"), Ids(tree->roots()));
    struct Case {
      uint32_t id;
      int depth;
      const char* children;
    };
    const Case cases[] = {
        {1, 0, "3,2"}, {3, 1, "6"}, {2, 1, "5,4"}, {6, 2, ""}, {5, 2, ""}, {4, 2, "7"}, {7, 3, ""},
    };
    for (const Case& c : cases) {
      const Site* s = tree->ById(c.id);
      std::string msg = "site " + std::to_string(c.id);
      CPPUNIT_ASSERT_MESSAGE(msg, s != nullptr);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, c.depth, s->depth);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, std::string(c.children), Ids(s->children));
    }
  }

  void testBuildChildBeforeParent() {
    Rows rows;
    rows.push_back(SiteRow(9, 8, "con"));
    rows.push_back(SiteRow(8, 0, "goc"));
    auto tree = MustBuild(rows, "");
    CPPUNIT_ASSERT_EQUAL(std::string("8"), Ids(tree->roots()));
    CPPUNIT_ASSERT_EQUAL(std::string("9"), Ids(tree->ById(8)->children));
    CPPUNIT_ASSERT_EQUAL(1, tree->ById(9)->depth);
    CPPUNIT_ASSERT_EQUAL(uint32_t{8}, tree->main().id);
  }

  void testMainSiteBySlug() {
    CPPUNIT_ASSERT_EQUAL(uint32_t{1}, MustBuild(SoRows(), "so-gd")->main().id);
    // The main site need not be a root: a Phòng's portal may be hosted in a Sở's tree.
    CPPUNIT_ASSERT_EQUAL(uint32_t{2}, MustBuild(SoRows(), "pgd-gia-lam")->main().id);
  }

  void testMainSiteDefaultsToFirstRoot() {
    CPPUNIT_ASSERT_EQUAL(uint32_t{1}, MustBuild(SoRows(), "")->main().id);
    Rows rows = SoRows();
    rows.push_back(SiteRow(20, 0, "so-khac"));
    auto tree = MustBuild(rows, "");
    CPPUNIT_ASSERT_EQUAL(std::string("1,20"), Ids(tree->roots()));
    CPPUNIT_ASSERT_EQUAL(uint32_t{1}, tree->main().id);
  }

  void testUnknownMainSlugFails() {
    Result<std::shared_ptr<const SiteTree>> tree = SiteTree::Build(SoRows(), "khong-co");
    CPPUNIT_ASSERT(!tree.ok());
  }

  void testNoSitesFails() {
    CPPUNIT_ASSERT(!SiteTree::Build(Rows(), "").ok());
    CPPUNIT_ASSERT(!SiteTree::Build(Rows(), "so-gd").ok());
  }

  void testCycleFails() {
    struct Case {
      const char* name;
      Rows rows;
    };
    Rows two_cycle;  // 1 → 2 → 1, no root at all
    two_cycle.push_back(SiteRow(1, 2, "a"));
    two_cycle.push_back(SiteRow(2, 1, "b"));
    Rows cycle_beside_root = SoRows();  // a valid tree plus 10 → 11 → 10
    cycle_beside_root.push_back(SiteRow(10, 11, "x"));
    cycle_beside_root.push_back(SiteRow(11, 10, "y"));
    Rows self_parent;
    self_parent.push_back(SiteRow(1, 0, "goc"));
    self_parent.push_back(SiteRow(2, 2, "chinh-no"));
    Rows long_cycle;  // 2 → 3 → 4 → 2 under a root
    long_cycle.push_back(SiteRow(1, 0, "goc"));
    long_cycle.push_back(SiteRow(2, 4, "a"));
    long_cycle.push_back(SiteRow(3, 2, "b"));
    long_cycle.push_back(SiteRow(4, 3, "c"));
    const Case cases[] = {
        {"two-cycle", two_cycle},
        {"cycle beside a root", cycle_beside_root},
        {"self parent", self_parent},
        {"long cycle", long_cycle},
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_MESSAGE(c.name, !SiteTree::Build(c.rows, "").ok());
      CPPUNIT_ASSERT_MESSAGE(c.name, !SiteTree::Build(c.rows, "a").ok());
    }
  }

  void testLookups() {
    auto tree = MustBuild(SoRows(), "so-gd");
    CPPUNIT_ASSERT_EQUAL(uint32_t{5}, tree->BySlug("th-a")->id);
    CPPUNIT_ASSERT(tree->BySlug("TH-A") == nullptr);
    CPPUNIT_ASSERT(tree->BySlug("") == nullptr);
    CPPUNIT_ASSERT(tree->BySlug("khong-co") == nullptr);
    CPPUNIT_ASSERT(tree->ById(99) == nullptr);
    CPPUNIT_ASSERT(tree->ById(0) == nullptr);
    CPPUNIT_ASSERT_EQUAL(uint32_t{4}, tree->ByHostname("thcsngt.edu.vn")->id);
    CPPUNIT_ASSERT_EQUAL(uint32_t{4}, tree->ByHostname("THCSNGT.Edu.VN")->id);
    CPPUNIT_ASSERT_EQUAL(uint32_t{1}, tree->ByHostname("sogd.edu.vn")->id);
    CPPUNIT_ASSERT(tree->ByHostname("") == nullptr);  // sites without a hostname
    CPPUNIT_ASSERT(tree->ByHostname("khac.edu.vn") == nullptr);
  }

  // sites.hostname is ascii_general_ci, so the database accepts "THCS-A.edu.vn" as typed
  // into `portalctl site add --hostname`; browsers always send the host in lower case.
  void testHostnameStoredWithCapitals() {
    Rows rows;
    rows.push_back(SiteRow(1, 0, "pgd"));
    rows.push_back(SiteRow(2, 1, "thcs-a", "THCS-A.edu.vn"));
    auto tree = MustBuild(rows, "pgd");
    const Site* site = tree->ByHostname("thcs-a.edu.vn");
    CPPUNIT_ASSERT_MESSAGE("stored \"THCS-A.edu.vn\", asked \"thcs-a.edu.vn\"", site != nullptr);
    CPPUNIT_ASSERT_EQUAL(uint32_t{2}, site->id);
  }

  void testSubtreeInSortOrder() {
    auto tree = MustBuild(SoRows(), "so-gd");
    struct Case {
      uint32_t id;
      const char* subtree;
    };
    const Case cases[] = {
        {1, "1,3,6,2,5,4,7"}, {2, "2,5,4,7"}, {3, "3,6"}, {4, "4,7"}, {7, "7"},
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE("site " + std::to_string(c.id), std::string(c.subtree),
                                   Ids(tree->Subtree(*tree->ById(c.id))));
    }
  }

  void testResolveMainHost() {
    auto tree = MustBuild(SoRows(), "so-gd");
    const char* hosts[] = {"sogd.edu.vn", "127.0.0.1", "", "khac.edu.vn"};
    const char* paths[] = {"/", "/tin-tuc", "/bai-viet/12-doi-moi", "/don-vi", "/don-vi-khac/x"};
    for (const char* host : hosts) {
      for (const char* path : paths) {
        std::string msg = std::string(host) + path;
        Result<SiteRoute> r = ResolveSite(*tree, host, path);
        CPPUNIT_ASSERT_MESSAGE(msg, r.ok());
        CPPUNIT_ASSERT_MESSAGE(msg, r->site == &tree->main());
        CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, std::string(path), r->path);
        CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, std::string(""), r->prefix);
        CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, std::string(""), r->redirect);
      }
    }
  }

  void testResolveUnitPrefix() {
    auto tree = MustBuild(SoRows(), "so-gd");
    struct Case {
      const char* path;
      uint32_t site;
      const char* prefix;
      const char* inner;
    };
    const Case cases[] = {
        {"/don-vi/pgd-gia-lam/", 2, "/don-vi/pgd-gia-lam", "/"},
        {"/don-vi/pgd-gia-lam/tin-tuc", 2, "/don-vi/pgd-gia-lam", "/tin-tuc"},
        {"/don-vi/pgd-gia-lam/bai-viet/12-doi-moi", 2, "/don-vi/pgd-gia-lam", "/bai-viet/12-doi-moi"},
        {"/don-vi/thcs-nguyen-gia-thieu/gop-y", 4, "/don-vi/thcs-nguyen-gia-thieu", "/gop-y"},
        {"/don-vi/to-toan/", 7, "/don-vi/to-toan", "/"},  // depth 3: slugs are flat
        {"/don-vi/th-a//", 5, "/don-vi/th-a", "//"},
    };
    for (const char* host : {"sogd.edu.vn", "127.0.0.1"}) {
      for (const Case& c : cases) {
        std::string msg = std::string(host) + c.path;
        Result<SiteRoute> r = ResolveSite(*tree, host, c.path);
        CPPUNIT_ASSERT_MESSAGE(msg + ": " + r.status().ToString(), r.ok());
        CPPUNIT_ASSERT_MESSAGE(msg, r->site != nullptr);
        CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, c.site, r->site->id);
        CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, std::string(c.prefix), r->prefix);
        CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, std::string(c.inner), r->path);
        CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, std::string(""), r->redirect);
      }
    }
  }

  void testResolveUnitWithoutSlashRedirects() {
    auto tree = MustBuild(SoRows(), "so-gd");
    Result<SiteRoute> r = ResolveSite(*tree, "sogd.edu.vn", "/don-vi/pgd-gia-lam");
    CPPUNIT_ASSERT(r.ok());
    CPPUNIT_ASSERT_EQUAL(std::string("/don-vi/pgd-gia-lam/"), r->redirect);
    Result<SiteRoute> deep = ResolveSite(*tree, "sogd.edu.vn", "/don-vi/to-toan");
    CPPUNIT_ASSERT(deep.ok());
    CPPUNIT_ASSERT_EQUAL(std::string("/don-vi/to-toan/"), deep->redirect);
  }

  void testResolveUnknownUnitIsNotFound() {
    auto tree = MustBuild(SoRows(), "so-gd");
    const char* paths[] = {"/don-vi/khong-co/", "/don-vi/khong-co/tin-tuc", "/don-vi/khong-co",
                           "/don-vi/", "/don-vi//", "/don-vi/PGD-GIA-LAM/"};
    for (const char* path : paths) {
      Result<SiteRoute> r = ResolveSite(*tree, "sogd.edu.vn", path);
      CPPUNIT_ASSERT_MESSAGE(Quote(path), !r.ok());
      CPPUNIT_ASSERT_MESSAGE(Quote(path), r.status().IsNotFound());
    }
  }

  void testResolveOwnHostname() {
    auto tree = MustBuild(SoRows(), "so-gd");
    for (const char* host : {"thcsngt.edu.vn", "ThcsNGT.edu.vn"}) {
      for (const char* path : {"/", "/tin-tuc", "/bai-viet/5-khai-giang"}) {
        std::string msg = std::string(host) + path;
        Result<SiteRoute> r = ResolveSite(*tree, host, path);
        CPPUNIT_ASSERT_MESSAGE(msg, r.ok());
        CPPUNIT_ASSERT_MESSAGE(msg, r->site != nullptr);
        CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, uint32_t{4}, r->site->id);
        CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, std::string(path), r->path);
        CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, std::string(""), r->prefix);
        CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, std::string(""), r->redirect);
      }
    }
  }

  void testResolveMainSiteUnderUnitsRedirectsToRoot() {
    auto tree = MustBuild(SoRows(), "so-gd");
    struct Case {
      const char* path;
      const char* redirect;
    };
    const Case cases[] = {
        {"/don-vi/so-gd/", "/"},
        {"/don-vi/so-gd/tin-tuc", "/tin-tuc"},
        {"/don-vi/so-gd/bai-viet/12-doi-moi", "/bai-viet/12-doi-moi"},
    };
    for (const Case& c : cases) {
      Result<SiteRoute> r = ResolveSite(*tree, "sogd.edu.vn", c.path);
      CPPUNIT_ASSERT_MESSAGE(c.path, r.ok());
      CPPUNIT_ASSERT_EQUAL_MESSAGE(c.path, std::string(c.redirect), r->redirect);
    }
    // With another main site, the Sở is an ordinary unit.
    auto pgd_main = MustBuild(SoRows(), "pgd-gia-lam");
    Result<SiteRoute> so = ResolveSite(*pgd_main, "127.0.0.1", "/don-vi/so-gd/tin-tuc");
    CPPUNIT_ASSERT(so.ok());
    CPPUNIT_ASSERT_EQUAL(std::string(""), so->redirect);
    CPPUNIT_ASSERT_EQUAL(uint32_t{1}, so->site->id);
    Result<SiteRoute> pgd = ResolveSite(*pgd_main, "127.0.0.1", "/don-vi/pgd-gia-lam/tin-tuc");
    CPPUNIT_ASSERT(pgd.ok());
    CPPUNIT_ASSERT_EQUAL(std::string("/tin-tuc"), pgd->redirect);
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(SiteTest);

}  // namespace
}  // namespace core
