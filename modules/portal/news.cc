// News (tin tức): the home page, lists by site and category with keyset pagination,
// one article, and the view counter.
#include <charconv>

#include <algorithm>
#include <chrono>
#include <cctype>
#include <optional>

#include "core/keyset.h"
#include "core/ttl_cache.h"
#include "core/media.h"
#include "core/vntext.h"
#include "portal/portal.h"

namespace portal {
namespace {

// The values of an article card (templates/portal/card.tpl and the inline lists).
#define CARD_KEY(name, text) const ctemplate::StaticTemplateString name = STS_INIT(name, text)
CARD_KEY(kCardKey, "CARD");
CARD_KEY(kUrlKey, "URL");
CARD_KEY(kTitleKey, "TITLE");
CARD_KEY(kDateKey, "DATE");
CARD_KEY(kDateIsoKey, "DATE_ISO");
CARD_KEY(kSummaryKey, "SUMMARY");
CARD_KEY(kCoverKey, "COVER");
CARD_KEY(kCoverUrlKey, "COVER_URL");
CARD_KEY(kCoverSrcsetKey, "COVER_SRCSET");
CARD_KEY(kCoverAltKey, "COVER_ALT");
CARD_KEY(kCategoryUrlKey, "CATEGORY_URL");
CARD_KEY(kCategoryNameKey, "CATEGORY_NAME");
#undef CARD_KEY

using core::Row;
using core::Rows;
using core::Status;

constexpr int kPageSize = 20;
constexpr int kLatest = 8;
constexpr size_t kMaxHomeCategories = 8;
// How many featured articles and articles per block come from the site's data
// (SiteData::home_featured, home_block_items; edited in /admin/cau-truc/trang-chu).

// Columns every article card needs, in the order FillArticleCard reads them.
#define ARTICLE_CARD_COLUMNS                                                              \
  "a.id, a.slug, a.title, a.summary, a.published_at, m.path, a.cover_alt, "               \
  "c.slug, c.name, a.view_count, m.thumb_widths"
// Every card query joins its category and its cover picture.
#define CARD_FROM                                                                          \
  " FROM articles a JOIN categories c ON c.id = a.category_id "                           \
  "LEFT JOIN media m ON m.id = a.cover_media_id "

// Published and due: a future published_at is a scheduled article, shown at its time.
#define PUBLISHED "a.status = 'published' AND a.published_at <= UTC_TIMESTAMP()"

constexpr char kFeaturedSql[] =
    "SELECT " ARTICLE_CARD_COLUMNS CARD_FROM
    "WHERE a.site_id = ? AND a.featured = 1 AND " PUBLISHED
    " ORDER BY a.published_at DESC, a.id DESC LIMIT ?";

constexpr char kLatestSql[] =
    "SELECT " ARTICLE_CARD_COLUMNS CARD_FROM
    "WHERE a.site_id = ? AND " PUBLISHED " ORDER BY a.published_at DESC, a.id DESC LIMIT ?";

constexpr char kCountersSql[] =
    "SELECT s.visit_total, "
    "(SELECT COALESCE(SUM(v.visits), 0) FROM site_visits v WHERE v.site_id = s.id AND v.day = ?), "
    "(SELECT COALESCE(SUM(o.visitors), 0) FROM site_online o WHERE o.site_id = s.id "
    "AND o.updated_at > UTC_TIMESTAMP() - INTERVAL 10 MINUTE) "
    "FROM sites s WHERE s.id = ?";

// One part per category of the home blocks; each part walks its own index range, so
// the page costs the same however many articles a category holds.
constexpr char kCategoryBlockPart[] =
    "(SELECT " ARTICLE_CARD_COLUMNS CARD_FROM
    "WHERE a.category_id = ? AND " PUBLISHED " ORDER BY a.published_at DESC, a.id DESC LIMIT ?)";

// Keyset pages. "Older" continues after a cursor, "newer" goes back before it.
#define OLDER "(a.published_at < ? OR (a.published_at = ? AND a.id < ?))"
#define NEWER "(a.published_at > ? OR (a.published_at = ? AND a.id > ?))"
#define SITE_LIST "SELECT " ARTICLE_CARD_COLUMNS CARD_FROM "WHERE a.site_id = ? AND " PUBLISHED
#define CATEGORY_LIST "SELECT " ARTICLE_CARD_COLUMNS CARD_FROM "WHERE a.category_id = ? AND " PUBLISHED
#define DESC_ORDER " ORDER BY a.published_at DESC, a.id DESC LIMIT ?"
#define ASC_ORDER " ORDER BY a.published_at ASC, a.id ASC LIMIT ?"

constexpr char kSiteFirstSql[] = SITE_LIST DESC_ORDER;
constexpr char kSiteOlderSql[] = SITE_LIST " AND " OLDER DESC_ORDER;
constexpr char kSiteNewerSql[] = SITE_LIST " AND " NEWER ASC_ORDER;
constexpr char kCategoryFirstSql[] = CATEGORY_LIST DESC_ORDER;
constexpr char kCategoryOlderSql[] = CATEGORY_LIST " AND " OLDER DESC_ORDER;
constexpr char kCategoryNewerSql[] = CATEGORY_LIST " AND " NEWER ASC_ORDER;

constexpr char kCategoryBySlugSql[] =
    "SELECT id, name, description FROM categories WHERE site_id = ? AND slug = ?";
constexpr char kCategoryRedirectSql[] =
    "SELECT c.slug FROM category_redirects r JOIN categories c ON c.id = r.category_id "
    "WHERE r.site_id = ? AND r.old_slug = ?";

constexpr char kArticleSql[] =
    "SELECT a.id, a.slug, a.title, a.summary, a.body, a.published_at, a.updated_at, "
    "m.path, a.cover_alt, a.author_name, a.source_author, a.source_name, a.source_url, "
    "a.source_date, a.view_count, c.id, c.slug, c.name, g.name, m.thumb_widths, "
    "a.youtube_id, vm.path, a.rating_sum, a.rating_count, "
    "EXISTS (SELECT 1 FROM article_photos p WHERE p.article_id = a.id) "
    "FROM articles a JOIN categories c ON c.id = a.category_id "
    "LEFT JOIN genres g ON g.code = a.genre_code "
    "LEFT JOIN media m ON m.id = a.cover_media_id "
    "LEFT JOIN media vm ON vm.id = a.video_media_id "
    "WHERE a.id = ? AND a.site_id = ? AND " PUBLISHED;

constexpr char kGallerySql[] =
    "SELECT m.path, m.thumb_widths, p.caption, m.width, m.height FROM article_photos p "
    "JOIN media m ON m.id = p.media_id WHERE p.article_id = ? ORDER BY p.sort_order, m.id LIMIT 60";

// Related articles: the category's latest, one more than shown, so the page can leave
// itself out of a list shared by every article of the category.
constexpr char kCategoryLatestSql[] =
    "SELECT " ARTICLE_CARD_COLUMNS CARD_FROM
    "WHERE a.category_id = ? AND " PUBLISHED
    " ORDER BY a.published_at DESC, a.id DESC LIMIT ?";
constexpr int kRelated = 5;

constexpr char kMostReadSql[] =
    "SELECT " ARTICLE_CARD_COLUMNS CARD_FROM
    "WHERE a.site_id = ? AND a.status = 'published' AND a.published_at <= UTC_TIMESTAMP() "
    "ORDER BY a.view_count DESC, a.id DESC LIMIT 5";

std::string ArticlePath(const Context& context, const std::string& id, const std::string& slug) {
  return context.prefix + "/bai-viet/" + id + "-" + slug;
}

void FillCards(Dict& dict, const char* section, const Rows& rows, const Context& context, CardUse use) {
  for (const Row& row : rows) FillArticleCard(dict.AddSectionDictionary(section), row, context, use);
}

// One page of a keyset list. `newer` queries come back oldest first and are reversed.
struct ListPage {
  Rows rows;
  bool has_older = false;
  bool has_newer = false;
};

Result<ListPage> LoadListPage(core::Db& db, const Request& request, uint32_t key,
                              const char* first_sql, const char* older_sql, const char* newer_sql) {
  const std::string* after = request.Field("sau");
  const std::string* before = request.Field("truoc");
  if (after && before) return Status::NotFound();
  ListPage page;
  Result<Rows> rows = Rows();
  if (after) {
    core::KeysetCursor c = *core::ParseCursor(*after);
    std::string t = core::SqlDateTime(c.time);
    rows = db.Query(older_sql, {key, t, t, c.id, kPageSize + 1});
    page.has_newer = true;
  } else if (before) {
    core::KeysetCursor c = *core::ParseCursor(*before);
    std::string t = core::SqlDateTime(c.time);
    rows = db.Query(newer_sql, {key, t, t, c.id, kPageSize + 1});
    page.has_older = true;
  } else {
    rows = db.Query(first_sql, {key, kPageSize + 1});
  }
  if (!rows.ok()) return rows.status();
  page.rows = std::move(rows).value();
  if (page.rows.size() > static_cast<size_t>(kPageSize)) {
    page.rows.erase(page.rows.begin() + kPageSize, page.rows.end());
    (before ? page.has_newer : page.has_older) = true;
  }
  if (before) std::reverse(page.rows.begin(), page.rows.end());
  // A cursor past either end names no page.
  if (page.rows.empty() && (after || before)) return Status::NotFound();
  return page;
}

void FillPager(Dict& dict, const ListPage& page, const std::string& base) {
  if (page.rows.empty()) return;
  auto cursor = [](const Row& row) {
    return core::FormatCursor({row.Time(4), static_cast<uint64_t>(row.Int(0))});
  };
  if (page.has_newer || page.has_older) dict.ShowSection("PAGER");
  if (page.has_newer) {
    dict.SetValueAndShowSection("NEWER_URL", base + "?truoc=" + cursor(page.rows.front()), "NEWER");
  }
  if (page.has_older) {
    dict.SetValueAndShowSection("OLDER_URL", base + "?sau=" + cursor(page.rows.back()), "OLDER");
  }
}

}  // namespace

void FillArticleCard(Dict* item, const Row& row, const Context& context, CardUse use) {
  // Keys are static template strings: ctemplate then neither hashes them nor takes its
  // global name lock for each of the hundreds of values a list page sets.
  std::time_t published = row.Time(4);
  Dict* d = item;
  if (use == CardUse::kCard) {
    d = item->AddIncludeDictionary(kCardKey);
    d->SetFilename("portal/card.tpl");
  }
  d->SetValue(kUrlKey, ArticlePath(context, row.Str(0), row.Str(1)));
  d->SetValue(kTitleKey, row.Str(2));
  d->SetValue(kDateKey, core::vntext::FormatDate(published));
  d->SetValue(kDateIsoKey, core::vntext::FormatIso(published));
  if (use == CardUse::kLine) return;
  d->SetValue(kSummaryKey, row.Str(3));
  if (!row.IsNull(5)) {
    Dict* cover = d->AddSectionDictionary(kCoverKey);
    cover->SetValue(kCoverUrlKey, core::media::BestThumb(row.Str(5), row.Str(10), 640));
    cover->SetValue(kCoverSrcsetKey, core::media::Srcset(row.Str(5), row.Str(10)));
    cover->SetValue(kCoverAltKey, row.Str(6));
  }
  d->SetValue(kCategoryUrlKey, context.prefix + "/tin-tuc/" + row.Str(7));
  d->SetValue(kCategoryNameKey, row.Str(8));
}

// Runs the union of one bounded part per category (each walks its own index range),
// at most `per_category` rows each.
Result<Rows> LatestOfCategories(core::Db& db, const std::vector<uint32_t>& ids, int per_category) {
  std::string sql;
  std::vector<core::Param> params;
  params.reserve(2 * ids.size());
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i) sql += " UNION ALL ";
    sql += kCategoryBlockPart;
    params.emplace_back(ids[i]);
    params.emplace_back(per_category);
  }
  return db.Query(sql, params);
}

// What the home page shows, kept per site for the micro-cache's time (at least 1 s):
// the home page is the most visited page and the same for everyone, so staff (who
// bypass nginx's cache) and cache misses do not each run its statements again.
struct HomeData {
  Rows featured, latest, counters, rows;
  Rows documents;  // "Văn bản mới"
};

// Lists shared by many pages, each kept for the micro-cache's time (at least 1 s).
core::TtlCache<uint32_t, HomeData> g_home(1024);      // by site
core::TtlCache<uint32_t, Rows> g_most_read(1024);     // by site
core::TtlCache<uint32_t, Rows> g_category_latest(8192);  // by category

std::chrono::steady_clock::duration SharedTtl(const Context& context) {
  return std::chrono::seconds(std::max(1, context.config.cache_seconds));
}

Result<std::shared_ptr<const HomeData>> LoadHomeData(Context& context, const std::vector<uint32_t>& categories,
                                                     int featured_count, int per_block) {
  const uint32_t site = context.site.id;
  return g_home.Get(site, SharedTtl(context), [&]() -> Result<HomeData> {
    core::Db& db = context.db;
    HomeData home;
    Result<Rows> featured = db.Query(kFeaturedSql, {site, featured_count});
    if (!featured.ok()) return featured.status();
    home.featured = std::move(featured).value();
    Result<Rows> latest = db.Query(kLatestSql, {site, kLatest});
    if (!latest.ok()) return latest.status();
    home.latest = std::move(latest).value();
    Result<Rows> documents = LatestDocuments(db, site, 5);
    if (!documents.ok()) return documents.status();
    home.documents = std::move(documents).value();
    core::vntext::LocalTime today = core::vntext::ToLocal(std::time(nullptr));
    char day[16];
    std::snprintf(day, sizeof day, "%04d-%02d-%02d", today.year, today.month % 100, today.day % 100);
    Result<Rows> counters = db.Query(kCountersSql, {day, site});
    if (!counters.ok()) return counters.status();
    if (counters->empty()) return core::Status::NotFound();
    home.counters = std::move(counters).value();
    if (!categories.empty()) {
      Result<Rows> got = LatestOfCategories(db, categories, per_block + 2);
      if (!got.ok()) return got.status();
      home.rows = std::move(got).value();
    }
    return home;
  });
}

Result<Response> HandleHome(const Request& request, Context& context) {
  Result<std::shared_ptr<const SiteData>> data = GetSiteData(context);
  if (!data.ok()) return data.status();
  // Announcements (thông báo) and category blocks: one statement for all of them.
  // Blocks in their own order (home_order), ties in the order of the category list.
  std::vector<const SiteData::Category*> block_order;
  std::vector<uint32_t> blocks, notices;
  for (const SiteData::Category& c : (*data)->categories) {
    if (c.is_notice) notices.push_back(c.id);
    else if (c.on_home) block_order.push_back(&c);
  }
  std::stable_sort(block_order.begin(), block_order.end(),
                   [](const SiteData::Category* x, const SiteData::Category* y) { return x->home_order < y->home_order; });
  if (block_order.size() > kMaxHomeCategories) block_order.resize(kMaxHomeCategories);
  for (const SiteData::Category* c : block_order) blocks.push_back(c->id);
  const int per_block = std::clamp((*data)->home_block_items, 1, 12);
  std::vector<uint32_t> all = blocks;
  all.insert(all.end(), notices.begin(), notices.end());
  Result<std::shared_ptr<const HomeData>> home =
      LoadHomeData(context, all, std::clamp((*data)->home_featured, 1, 12), per_block);
  if (!home.ok()) return home.status();
  const Rows* featured = &(*home)->featured;
  const Rows* latest = &(*home)->latest;
  const Row* counters = &(*home)->counters.front();
  const Rows& rows = (*home)->rows;

  Dict layout("home");
  Dict* page = StartPage(layout, request, context, "Trang chủ", "portal/home.tpl");
  layout.SetValueAndShowSection("WELCOME", context.site.welcome, "WELCOME");
  // The lead picture is the page's largest paint: load it first, not lazily.
  if (!featured->empty()) {
    Dict* lead = page->AddSectionDictionary("LEAD");
    FillArticleCard(lead, featured->front(), context, CardUse::kInline);
    for (size_t i = 1; i < featured->size(); ++i) {
      FillArticleCard(page->AddSectionDictionary("FEATURED"), (*featured)[i], context, CardUse::kCard);
    }
    if (featured->size() > 1) page->ShowSection("HAS_FEATURED");
  }
  FillCards(*page, "LATEST", *latest, context, CardUse::kLine);
  FillLatestDocuments(page, (*home)->documents, context);
  page->SetValue("ONLINE", counters->Str(2));
  page->SetValue("TODAY", counters->Str(1));
  page->SetValue("TOTAL", counters->Str(0));

  for (const SiteData::Category* block_category : block_order) {
    const SiteData::Category& c = *block_category;
    Dict* block = nullptr;
    int shown = 0;
    for (const Row& row : rows) {
      if (row.Str(7) != c.slug || shown == per_block) continue;
      if (!block) {
        block = page->AddSectionDictionary("CATEGORY_BLOCK");
        block->SetValue("BLOCK_NAME", c.name);
        block->SetValue("BLOCK_URL", context.prefix + "/tin-tuc/" + c.slug);
      }
      FillArticleCard(block->AddSectionDictionary("BLOCK_ITEM"), row, context, CardUse::kCard);
      ++shown;
    }
  }
  // Announcements: newest first across the notice categories.
  std::vector<const Row*> notice_rows;
  for (const Row& row : rows) {
    for (const SiteData::Category& c : (*data)->categories) {
      if (c.is_notice && row.Str(7) == c.slug) notice_rows.push_back(&row);
    }
  }
  std::sort(notice_rows.begin(), notice_rows.end(), [](const Row* x, const Row* y) {
    return x->Time(4) != y->Time(4) ? x->Time(4) > y->Time(4) : x->Int(0) > y->Int(0);
  });
  if (notice_rows.size() > 6) notice_rows.resize(6);
  for (const Row* row : notice_rows) FillArticleCard(page->AddSectionDictionary("NOTICE"), *row, context, CardUse::kLine);
  if (!notice_rows.empty()) {
    page->ShowSection("HAS_NOTICES");
    for (const SiteData::Category& c : (*data)->categories) {
      if (c.is_notice) {
        page->SetValue("NOTICES_URL", context.prefix + "/tin-tuc/" + c.slug);
        break;
      }
    }
  }
  // Links block: the site's links marked for the home page.
  for (const SiteData::Link& link : (*data)->links) {
    if (!link.on_home) continue;
    Dict* item = page->AddSectionDictionary("LINK");
    item->SetValue("LINK_TITLE", link.title);
    item->SetValue("LINK_URL", link.url);
    page->ShowSection("HAS_LINKS");
  }
  return RenderPage(layout);
}

Result<Response> HandleNews(const Request& request, Context& context) {
  Result<ListPage> list = LoadListPage(context.db, request, context.site.id, kSiteFirstSql,
                                       kSiteOlderSql, kSiteNewerSql);
  if (!list.ok()) return list.status();
  Dict layout("news");
  Dict* page = StartPage(layout, request, context, "Tin tức", "portal/news_list.tpl");

  page->SetValue("HEADING", "Tin tức");
  page->SetValueAndShowSection("DESCRIPTION", "Tất cả tin bài của " + context.site.short_name + ", mới nhất trước.", "DESCRIPTION");
  FillCards(*page, "ITEM", list->rows, context, CardUse::kCard);
  if (list->rows.empty()) page->ShowSection("EMPTY");
  FillPager(*page, *list, context.prefix + "/tin-tuc");
  return RenderPage(layout);
}

Result<Response> HandleCategory(const Request& request, Context& context) {
  const std::string& slug = request.path_args.at(0);
  // The site's categories are in its data (refreshed by the tick); one created or
  // renamed since is looked up.
  std::optional<SiteData::Listed> category;
  if (Result<std::shared_ptr<const SiteData>> data = GetSiteData(context); data.ok()) {
    auto it = (*data)->by_slug.find(slug);
    if (it != (*data)->by_slug.end()) category = it->second;
  }
  if (!category) {
    Result<Row> row = context.db.QueryRow(kCategoryBySlugSql, {context.site.id, slug});
    if (!row.ok() && row.status().IsNotFound()) {
      // A renamed category's old address (0092) points to its current one.
      Result<Row> moved = context.db.QueryRow(kCategoryRedirectSql, {context.site.id, slug});
      if (moved.ok()) {
        std::string to = context.prefix + "/tin-tuc/" + moved->Str(0);
        if (!request.query.empty()) to += "?" + request.query;
        return Response::Redirect(to, 301);
      }
    }
    if (!row.ok()) return row.status();
    category = SiteData::Listed{static_cast<uint32_t>(row->Int(0)), row->Str(1), row->Str(2)};
  }
  const uint32_t category_id = category->id;
  Result<ListPage> list = LoadListPage(context.db, request, category_id, kCategoryFirstSql,
                                       kCategoryOlderSql, kCategoryNewerSql);
  if (!list.ok()) return list.status();
  Dict layout("category");
  Dict* page = StartPage(layout, request, context, category->name, "portal/news_list.tpl");

  page->SetValue("HEADING", category->name);
  page->SetValueAndShowSection("DESCRIPTION", category->description, "DESCRIPTION");
  page->SetValueAndShowSection("CRUMB_NAME", "Tin tức", "CRUMB");
  page->SetValue("CRUMB_URL", context.prefix + "/tin-tuc");
  FillCards(*page, "ITEM", list->rows, context, CardUse::kCard);
  if (list->rows.empty()) page->ShowSection("EMPTY");
  FillPager(*page, *list, context.prefix + "/tin-tuc/" + slug);
  return RenderPage(layout);
}

// The article named by "<id>-<slug>", or a redirect to its canonical URL (a wrong or
// missing slug), or NotFound. `suffix` is what follows the article in the path
// ("" or "/ban-in").
struct ArticleLookup {
  std::optional<Row> row;
  std::optional<Response> redirect;
};

Result<ArticleLookup> LookUpArticle(const Request& request, Context& context, std::string_view suffix) {
  uint32_t id = ParseLeadingId(request.path_args.at(0));
  if (id == 0) return Status::NotFound();
  Result<Row> found = context.db.QueryRow(kArticleSql, {id, context.site.id});
  if (!found.ok()) return found.status();
  ArticleLookup lookup;
  std::string own = "/bai-viet/" + found->Str(0) + "-" + found->Str(1) + std::string(suffix);
  if (request.path != own) {
    lookup.redirect = Response::Redirect(context.prefix + own, 301);
  } else {
    lookup.row = std::move(found).value();
  }
  return lookup;
}

// What the article page and its print view share.
void FillArticle(Dict& layout, Dict* page, const Row& a, Context& context) {
  if (!a.Str(3).empty()) layout.SetValue("META_DESCRIPTION", a.Str(3));
  Dict* meta = layout.AddSectionDictionary("ARTICLE_META");
  meta->SetValue("DC_TITLE", a.Str(2));
  meta->SetValue("DC_CREATOR", a.Str(9).empty() ? context.site.short_name : a.Str(9));
  meta->SetValue("DC_DATE", core::vntext::FormatIso(a.Time(5)));
  meta->SetValue("DC_DESCRIPTION", a.Str(3));
  meta->SetValue("DC_PUBLISHER", context.site.name);
  meta->SetValue("DC_IDENTIFIER", context.AbsoluteUrl("/bai-viet/" + a.Str(0) + "-" + a.Str(1)));
  if (!a.IsNull(7)) {
    meta->SetValueAndShowSection(
        "OG_IMAGE", context.HostUrl(core::media::BestThumb(a.Str(7), a.Str(19), 1024)), "HAS_OG_IMAGE");
  }

  page->SetValue("ID", a.Str(0));
  page->SetValue("TITLE", a.Str(2));
  page->SetValue("SUMMARY", a.Str(3));
  page->SetValue("BODY", a.Str(4));  // sanitised on save; emitted as HTML
  page->SetValue("DATE", core::vntext::FormatDateTime(a.Time(5)));
  page->SetValue("DATE_ISO", core::vntext::FormatIso(a.Time(5)));
  page->SetValue("URL", context.AbsoluteUrl("/bai-viet/" + a.Str(0) + "-" + a.Str(1)));
  page->SetValue("PRINT_URL", context.prefix + "/bai-viet/" + a.Str(0) + "-" + a.Str(1) + "/ban-in");
  if (!a.IsNull(7)) {
    Dict* cover = page->AddSectionDictionary("COVER");
    cover->SetValue("COVER_URL", core::media::BestThumb(a.Str(7), a.Str(19), 1024));
    cover->SetValue("COVER_SRCSET", core::media::Srcset(a.Str(7), a.Str(19)));
    cover->SetValue("COVER_ALT", a.Str(8));
  }
  if (!a.Str(9).empty()) page->SetValueAndShowSection("AUTHOR", a.Str(9), "HAS_AUTHOR");
  if (!a.IsNull(11) && !a.Str(11).empty()) {
    Dict* source = page->AddSectionDictionary("SOURCE");
    source->SetValue("SOURCE_NAME", a.Str(11));
    if (!a.Str(10).empty()) source->SetValueAndShowSection("SOURCE_AUTHOR", a.Str(10), "HAS_SOURCE_AUTHOR");
    if (!a.Str(12).empty()) {
      source->SetValueAndShowSection("SOURCE_URL", a.Str(12), "SOURCE_LINK");
    } else {
      source->ShowSection("SOURCE_TEXT");
    }
    if (std::optional<std::time_t> d = core::ParseSqlDateTime(a.Str(13))) {
      source->SetValueAndShowSection("SOURCE_DATE", core::vntext::FormatDate(*d), "HAS_SOURCE_DATE");
    }
  }
  page->SetValue("VIEWS", a.Str(14));
  page->SetValue("CATEGORY_URL", context.prefix + "/tin-tuc/" + a.Str(16));
  page->SetValue("CATEGORY_NAME", a.Str(17));
  if (!a.IsNull(18)) page->SetValueAndShowSection("GENRE", a.Str(18), "HAS_GENRE");
}

Result<Response> HandleArticle(const Request& request, Context& context) {
  Result<ArticleLookup> lookup = LookUpArticle(request, context, "");
  if (!lookup.ok()) return lookup.status();
  if (lookup->redirect) return *lookup->redirect;
  const Row& a = *lookup->row;
  const uint32_t category = static_cast<uint32_t>(a.Int(15));
  Result<std::shared_ptr<const Rows>> latest = g_category_latest.Get(category, SharedTtl(context), [&] {
    return context.db.Query(kCategoryLatestSql, {category, kRelated + 1});
  });
  if (!latest.ok()) return latest.status();
  Rows related;
  for (const Row& row : **latest) {
    if (row.Int(0) != a.Int(0) && related.size() < kRelated) related.push_back(row);
  }
  Result<std::shared_ptr<const Rows>> most_read = g_most_read.Get(context.site.id, SharedTtl(context), [&] {
    return context.db.Query(kMostReadSql, {context.site.id});
  });
  if (!most_read.ok()) return most_read.status();
  // Most articles have no photo gallery: its statement runs only for those that have.
  Result<Rows> gallery = a.Int(24) != 0 ? context.db.Query(kGallerySql, {a.Int(0)}) : Result<Rows>(Rows());
  if (!gallery.ok()) return gallery.status();

  Dict layout("article");
  Dict* page = StartPage(layout, request, context, a.Str(2), "portal/article.tpl");
  FillArticle(layout, page, a, context);
  // This page's pixel counts the article's view as well as the visit.
  layout.SetValue("VISIT_PIXEL", context.prefix + "/luot-xem/" + a.Str(0));
  if (IsYoutubeId(a.Str(20))) page->SetValueAndShowSection("YOUTUBE_ID", a.Str(20), "YOUTUBE");
  if (!a.IsNull(21)) page->SetValueAndShowSection("VIDEO_URL", core::media::Url(a.Str(21)), "VIDEO");
  for (const Row& photo : *gallery) {
    Dict* item = page->AddSectionDictionary("PHOTO");
    item->SetValue("THUMB_URL", core::media::BestThumb(photo.Str(0), photo.Str(1), 320));
    item->SetValue("FULL_URL", core::media::BestThumb(photo.Str(0), photo.Str(1), 1024));
    item->SetValue("CAPTION", photo.Str(2));
  }
  if (!gallery->empty()) page->ShowSection("HAS_GALLERY");
  FillRating(page, a.Int(22), a.Int(23), request, context.prefix + "/danh-gia/" + a.Str(0));
  FillCards(*page, "RELATED", related, context, CardUse::kLine);
  FillCards(*page, "MOST_READ", **most_read, context, CardUse::kLine);
  if (!related.empty()) page->ShowSection("HAS_RELATED");
  return RenderPage(layout);
}

Result<Response> HandleArticlePrint(const Request& request, Context& context) {
  Result<ArticleLookup> lookup = LookUpArticle(request, context, "/ban-in");
  if (!lookup.ok()) return lookup.status();
  if (lookup->redirect) return *lookup->redirect;
  Dict layout("print");
  Dict* page = StartPage(layout, request, context, lookup->row->Str(2), "portal/article_print.tpl");
  FillArticle(layout, page, *lookup->row, context);
  page->SetValue("PRINTED", core::vntext::FormatDateTime(std::time(nullptr)));
  // A print view is not a second copy of the article for search engines.
  layout.ShowSection("NOINDEX");
  layout.SetValue("CANONICAL", context.AbsoluteUrl("/bai-viet/" + lookup->row->Str(0) + "-" + lookup->row->Str(1)));
  return RenderPage(layout, "layout/print.tpl");
}

}  // namespace portal
