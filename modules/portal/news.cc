// News (tin tức): the home page, lists by site and category with keyset pagination,
// one article, and the view counter.
#include <charconv>
#include <mutex>
#include <unordered_map>

#include "core/keyset.h"
#include "core/vntext.h"
#include "portal/portal.h"

namespace portal {
namespace {

using core::Row;
using core::Rows;
using core::Status;

constexpr int kPageSize = 20;
constexpr int kFeatured = 5;
constexpr int kLatest = 8;
constexpr int kPerCategoryBlock = 4;
constexpr size_t kMaxHomeCategories = 8;

// Columns every article card needs, in the order FillArticleCard reads them.
#define ARTICLE_CARD_COLUMNS                                                              \
  "a.id, a.slug, a.title, a.summary, a.published_at, a.cover_path, a.cover_alt, "         \
  "c.slug, c.name, a.view_count"

// Published and due: a future published_at is a scheduled article, shown at its time.
#define PUBLISHED "a.status = 'published' AND a.published_at <= UTC_TIMESTAMP()"

constexpr char kFeaturedSql[] =
    "SELECT " ARTICLE_CARD_COLUMNS " FROM articles a JOIN categories c ON c.id = a.category_id "
    "WHERE a.site_id = ? AND a.featured = 1 AND " PUBLISHED
    " ORDER BY a.published_at DESC, a.id DESC LIMIT ?";

constexpr char kLatestSql[] =
    "SELECT " ARTICLE_CARD_COLUMNS " FROM articles a JOIN categories c ON c.id = a.category_id "
    "WHERE a.site_id = ? AND " PUBLISHED " ORDER BY a.published_at DESC, a.id DESC LIMIT ?";

constexpr char kHomeCategoriesSql[] =
    "SELECT id, slug, name FROM categories WHERE site_id = ? AND on_home = 1 "
    "ORDER BY sort_order, id LIMIT 8";

// One part per category of the home blocks; each part walks its own index range, so
// the page costs the same however many articles a category holds.
constexpr char kCategoryBlockPart[] =
    "(SELECT " ARTICLE_CARD_COLUMNS " FROM articles a JOIN categories c ON c.id = a.category_id "
    "WHERE a.category_id = ? AND " PUBLISHED " ORDER BY a.published_at DESC, a.id DESC LIMIT ?)";

// Keyset pages. "Older" continues after a cursor, "newer" goes back before it.
#define OLDER "(a.published_at < ? OR (a.published_at = ? AND a.id < ?))"
#define NEWER "(a.published_at > ? OR (a.published_at = ? AND a.id > ?))"
#define SITE_LIST "SELECT " ARTICLE_CARD_COLUMNS " FROM articles a JOIN categories c ON c.id = a.category_id WHERE a.site_id = ? AND " PUBLISHED
#define CATEGORY_LIST "SELECT " ARTICLE_CARD_COLUMNS " FROM articles a JOIN categories c ON c.id = a.category_id WHERE a.category_id = ? AND " PUBLISHED
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

constexpr char kArticleSql[] =
    "SELECT a.id, a.slug, a.title, a.summary, a.body, a.published_at, a.updated_at, "
    "a.cover_path, a.cover_alt, a.author_name, a.source_author, a.source_name, a.source_url, "
    "a.source_date, a.view_count, c.id, c.slug, c.name, g.name "
    "FROM articles a JOIN categories c ON c.id = a.category_id "
    "LEFT JOIN genres g ON g.code = a.genre_code "
    "WHERE a.id = ? AND a.site_id = ? AND " PUBLISHED;

constexpr char kRelatedSql[] =
    "SELECT " ARTICLE_CARD_COLUMNS " FROM articles a JOIN categories c ON c.id = a.category_id "
    "WHERE a.category_id = ? AND a.id <> ? AND " PUBLISHED
    " ORDER BY a.published_at DESC, a.id DESC LIMIT 5";

constexpr char kMostReadSql[] =
    "SELECT " ARTICLE_CARD_COLUMNS " FROM articles a JOIN categories c ON c.id = a.category_id "
    "WHERE a.site_id = ? AND a.status = 'published' AND a.published_at <= UTC_TIMESTAMP() "
    "ORDER BY a.view_count DESC, a.id DESC LIMIT 5";

std::string ArticlePath(const Context& context, const std::string& id, const std::string& slug) {
  return context.prefix + "/bai-viet/" + id + "-" + slug;
}

void FillCards(Dict& dict, const char* section, const Rows& rows, const Context& context) {
  for (const Row& row : rows) FillArticleCard(dict.AddSectionDictionary(section), row, context);
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

std::mutex g_views_mu;
std::unordered_map<uint32_t, uint32_t> g_views;  // guarded by g_views_mu

// A 1×1 transparent GIF.
constexpr unsigned char kPixel[] = {0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80,
                                    0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0x21, 0xf9, 0x04,
                                    0x01, 0x00, 0x00, 0x00, 0x00, 0x2c, 0x00, 0x00, 0x00, 0x00, 0x01,
                                    0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b};

}  // namespace

void FillArticleCard(Dict* item, const Row& row, const Context& context) {
  // The item's own values serve inline markup (title lists); the CARD include gets its
  // own copy, since include dictionaries do not inherit.
  Dict* card = item->AddIncludeDictionary("CARD");
  card->SetFilename("portal/card.tpl");
  std::time_t published = row.Time(4);
  for (Dict* d : {item, card}) {
    d->SetValue("ID", row.Str(0));
    d->SetValue("URL", ArticlePath(context, row.Str(0), row.Str(1)));
    d->SetValue("TITLE", row.Str(2));
    d->SetValue("SUMMARY", row.Str(3));
    d->SetValue("DATE", core::vntext::FormatDate(published));
    d->SetValue("DATE_ISO", core::vntext::FormatIso(published));
    if (!row.IsNull(5)) {
      Dict* cover = d->AddSectionDictionary("COVER");
      cover->SetValue("COVER_URL", row.Str(5));
      cover->SetValue("COVER_ALT", row.Str(6));
    }
    d->SetValue("CATEGORY_URL", context.prefix + "/tin-tuc/" + row.Str(7));
    d->SetValue("CATEGORY_NAME", row.Str(8));
    d->SetValue("VIEWS", row.Str(9));
  }
}

Result<Response> HandleHome(const Request& request, Context& context) {
  core::Db& db = context.db;
  const uint32_t site = context.site.id;
  Result<Rows> featured = db.Query(kFeaturedSql, {site, kFeatured});
  if (!featured.ok()) return featured.status();
  Result<Rows> latest = db.Query(kLatestSql, {site, kLatest});
  if (!latest.ok()) return latest.status();
  Result<Rows> categories = db.Query(kHomeCategoriesSql, {site});
  if (!categories.ok()) return categories.status();

  Dict layout("home");
  Dict* page = StartPage(layout, request, context, "Trang chủ", "portal/home.tpl");
  layout.SetValueAndShowSection("WELCOME", context.site.welcome, "WELCOME");

  if (!featured->empty()) {
    FillArticleCard(page->AddSectionDictionary("LEAD"), featured->front(), context);
    for (size_t i = 1; i < featured->size(); ++i) {
      FillArticleCard(page->AddSectionDictionary("FEATURED"), (*featured)[i], context);
    }
  }
  FillCards(*page, "LATEST", *latest, context);

  // Category blocks: one statement for all of them.
  if (!categories->empty()) {
    size_t n = std::min(categories->size(), kMaxHomeCategories);
    std::string sql;
    std::vector<core::Param> params;
    params.reserve(2 * n);
    for (size_t i = 0; i < n; ++i) {
      if (i) sql += " UNION ALL ";
      sql += kCategoryBlockPart;
      params.emplace_back((*categories)[i].Int(0));
      params.emplace_back(kPerCategoryBlock);
    }
    Result<Rows> blocks = db.Query(sql, params);
    if (!blocks.ok()) return blocks.status();
    for (size_t i = 0; i < n; ++i) {
      const Row& cat = (*categories)[i];
      Dict* block = nullptr;
      for (const Row& row : *blocks) {
        if (row.Str(7) != cat.Str(1)) continue;
        if (!block) {
          block = page->AddSectionDictionary("CATEGORY_BLOCK");
          block->SetValue("BLOCK_NAME", cat.Str(2));
          block->SetValue("BLOCK_URL", context.prefix + "/tin-tuc/" + cat.Str(1));
        }
        FillArticleCard(block->AddSectionDictionary("BLOCK_ITEM"), row, context);
      }
    }
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
  FillCards(*page, "ITEM", list->rows, context);
  if (list->rows.empty()) page->ShowSection("EMPTY");
  FillPager(*page, *list, context.prefix + "/tin-tuc");
  return RenderPage(layout);
}

Result<Response> HandleCategory(const Request& request, Context& context) {
  const std::string& slug = request.path_args.at(0);
  Result<Row> category = context.db.QueryRow(kCategoryBySlugSql, {context.site.id, slug});
  if (!category.ok()) return category.status();
  uint32_t category_id = static_cast<uint32_t>(category->Int(0));
  Result<ListPage> list = LoadListPage(context.db, request, category_id, kCategoryFirstSql,
                                       kCategoryOlderSql, kCategoryNewerSql);
  if (!list.ok()) return list.status();
  Dict layout("category");
  Dict* page = StartPage(layout, request, context, category->Str(1), "portal/news_list.tpl");

  page->SetValue("HEADING", category->Str(1));
  page->SetValueAndShowSection("DESCRIPTION", category->Str(2), "DESCRIPTION");
  page->SetValueAndShowSection("CRUMB_NAME", "Tin tức", "CRUMB");
  page->SetValue("CRUMB_URL", context.prefix + "/tin-tuc");
  FillCards(*page, "ITEM", list->rows, context);
  if (list->rows.empty()) page->ShowSection("EMPTY");
  FillPager(*page, *list, context.prefix + "/tin-tuc/" + slug);
  return RenderPage(layout);
}

Result<Response> HandleArticle(const Request& request, Context& context) {
  // "<id>-<slug>": the id decides; a wrong or missing slug redirects to the canonical URL.
  const std::string& arg = request.path_args.at(0);
  size_t dash = arg.find('-');
  std::string_view id_text = std::string_view(arg).substr(0, dash);
  uint32_t id = 0;
  auto [end, ec] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
  if (ec != std::errc() || end != id_text.data() + id_text.size() || id == 0 || id_text[0] == '0') {
    return Status::NotFound();
  }
  Result<Row> found = context.db.QueryRow(kArticleSql, {id, context.site.id});
  if (!found.ok()) return found.status();
  const Row& a = *found;
  std::string canonical = ArticlePath(context, a.Str(0), a.Str(1));
  if (request.path != "/bai-viet/" + a.Str(0) + "-" + a.Str(1)) {
    return Response::Redirect(canonical, 301);
  }
  Result<Rows> related = context.db.Query(kRelatedSql, {a.Int(15), id});
  if (!related.ok()) return related.status();
  Result<Rows> most_read = context.db.Query(kMostReadSql, {context.site.id});
  if (!most_read.ok()) return most_read.status();

  Dict layout("article");
  Dict* page = StartPage(layout, request, context, a.Str(2), "portal/article.tpl");
  if (!a.Str(3).empty()) layout.SetValue("META_DESCRIPTION", a.Str(3));
  Dict* meta = layout.AddSectionDictionary("ARTICLE_META");
  meta->SetValue("DC_TITLE", a.Str(2));
  meta->SetValue("DC_CREATOR", a.Str(9).empty() ? context.site.short_name : a.Str(9));
  meta->SetValue("DC_DATE", core::vntext::FormatIso(a.Time(5)));
  meta->SetValue("DC_DESCRIPTION", a.Str(3));
  meta->SetValue("DC_PUBLISHER", context.site.name);
  meta->SetValue("DC_IDENTIFIER", context.AbsoluteUrl("/bai-viet/" + a.Str(0) + "-" + a.Str(1)));

  page->SetValue("ID", a.Str(0));
  page->SetValue("TITLE", a.Str(2));
  page->SetValue("SUMMARY", a.Str(3));
  page->SetValue("BODY", a.Str(4));  // sanitised on save; emitted as HTML
  page->SetValue("DATE", core::vntext::FormatDateTime(a.Time(5)));
  page->SetValue("DATE_ISO", core::vntext::FormatIso(a.Time(5)));
  if (!a.IsNull(7)) {
    Dict* cover = page->AddSectionDictionary("COVER");
    cover->SetValue("COVER_URL", a.Str(7));
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
  page->SetValue("VIEW_PIXEL", context.prefix + "/luot-xem/" + a.Str(0));
  FillCards(*page, "RELATED", *related, context);
  FillCards(*page, "MOST_READ", *most_read, context);
  if (!related->empty()) page->ShowSection("HAS_RELATED");
  return RenderPage(layout);
}

Result<Response> HandleViewPixel(const Request& request, Context&) {
  const std::string& arg = request.path_args.at(0);
  uint32_t id = 0;
  auto [end, ec] = std::from_chars(arg.data(), arg.data() + arg.size(), id);
  if (ec != std::errc() || end != arg.data() + arg.size() || id == 0) return Status::NotFound();
  CountView(id);
  Response r;
  r.content_type = "image/gif";
  r.body.assign(reinterpret_cast<const char*>(kPixel), sizeof kPixel);
  r.Header("Cache-Control", "no-store");
  return r;
}

void CountView(uint32_t article_id) {
  std::lock_guard<std::mutex> lock(g_views_mu);
  // Bounded: a flood of made-up ids cannot grow memory without limit between flushes.
  if (g_views.size() >= 100000 && !g_views.count(article_id)) return;
  ++g_views[article_id];
}

void FlushViews(core::Db& db, const core::Config&) {
  std::unordered_map<uint32_t, uint32_t> batch;
  {
    std::lock_guard<std::mutex> lock(g_views_mu);
    batch.swap(g_views);
  }
  if (batch.empty()) return;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return;
  for (const auto& [id, count] : batch) {
    // Only published articles count; unknown ids change nothing.
    (void)db.Execute("UPDATE articles SET view_count = view_count + ? WHERE id = ? AND status = 'published'",
                     {count, id});
  }
  (void)(*tx)->Commit();
}

}  // namespace portal
