// Feeds for machines (SPEC A18): RSS 2.0 of a site and of each category, the sitemap
// (an index of pages when a site outgrows one), and robots.txt. Every link is absolute,
// from the site's configured base URL, never from the request.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>

#include "core/vntext.h"
#include "portal/portal.h"

namespace portal {
namespace {

using core::Row;
using core::Rows;
using core::Status;

constexpr int kFeedItems = 30;
// Articles in one sitemap; above this a site's /sitemap.xml is an index of pages
// (the protocol allows 50,000; 10,000 keeps one page's cost small).
constexpr int kSitemapArticles = 10000;
// Categories and pages listed; far above what a site has.
constexpr int kSitemapListLimit = 500;

#define FEED_COLUMNS                                                                \
  "SELECT a.id, a.slug, a.title, a.summary, a.published_at, a.author_name, c.name " \
  "FROM articles a JOIN categories c ON c.id = a.category_id "
// Published and due, as on the pages: a scheduled article enters the feed at its time.
#define DUE "a.status = 'published' AND a.published_at <= UTC_TIMESTAMP()"

constexpr char kSiteFeedSql[] =
    FEED_COLUMNS "WHERE a.site_id = ? AND " DUE " ORDER BY a.published_at DESC, a.id DESC LIMIT ?";
constexpr char kCategoryFeedSql[] = FEED_COLUMNS "WHERE a.category_id = ? AND " DUE
                                                 " ORDER BY a.published_at DESC, a.id DESC LIMIT ?";
constexpr char kCategoryBySlugSql[] =
    "SELECT id, name, description FROM categories WHERE site_id = ? AND slug = ?";

// When the home page and the news list last changed: the newest publication.
constexpr char kSiteLastmodSql[] =
    "SELECT MAX(a.published_at) FROM articles a WHERE a.site_id = ? AND " DUE;
// Each category list and its newest publication (one index lookup per category).
constexpr char kSitemapCategoriesSql[] =
    "SELECT c.slug, (SELECT MAX(a.published_at) FROM articles a WHERE a.category_id = c.id AND " DUE
    ") FROM categories c WHERE c.site_id = ? ORDER BY c.sort_order, c.id LIMIT ?";
constexpr char kSitemapPagesSql[] =
    "SELECT slug, updated_at FROM pages WHERE site_id = ? ORDER BY sort_order, id LIMIT ?";
// Whether the site's articles fit one sitemap. Counts published ones including the
// scheduled, so that the pages cut below never hold more than kSitemapArticles.
constexpr char kPublishedCountSql[] =
    "SELECT COUNT(*) FROM (SELECT 1 FROM articles WHERE site_id = ? AND status = 'published' "
    "LIMIT ?) t";
// lastmod: the last edit, or the publication when later (a scheduled article appears
// at its time).
constexpr char kSitemapArticlesSql[] =
    "SELECT a.id, a.slug, GREATEST(a.updated_at, a.published_at) FROM articles a "
    "WHERE a.site_id = ? AND " DUE " ORDER BY a.id LIMIT ?";
// One page of the index: the next kSitemapArticles published articles from id n on
// (keyset on ix_articles_site_status_id), of which the due ones are listed. The index
// is named: MariaDB 10.11 otherwise takes another (site_id, status) index and sorts
// every article of the site.
constexpr char kSitemapPageSql[] =
    "SELECT a.id, a.slug, GREATEST(a.updated_at, a.published_at) FROM "
    "(SELECT id FROM articles FORCE INDEX (ix_articles_site_status_id) "
    "WHERE site_id = ? AND status = 'published' AND id >= ? "
    "ORDER BY id LIMIT ?) k JOIN articles a ON a.id = k.id WHERE " DUE " ORDER BY a.id";
// The first id of every page: of the 1st, 10,001st, 20,001st... published article in id
// order. One pass over the site's index entries, for an index of one line per page.
constexpr char kSitemapPageStartsSql[] =
    "SELECT id FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM articles "
    "FORCE INDEX (ix_articles_site_status_id) WHERE site_id = ? AND status = 'published') t WHERE "
    "(n - 1) % ? = 0 ORDER BY id LIMIT 50000";

// RFC 822 (as RSS 2.0 wants it), in Vietnam's time: "Thu, 20 Oct 2016 14:05:00 +0700".
std::string Rfc822(std::time_t utc) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  core::vntext::LocalTime t = core::vntext::ToLocal(utc);
  using namespace std::chrono;
  sys_days date{year{t.year} / month{static_cast<unsigned>(t.month)} /
                day{static_cast<unsigned>(t.day)}};
  long long local = static_cast<long long>(date.time_since_epoch().count()) * 86400 +
                    t.hour * 3600 + t.minute * 60 + t.second;
  long long offset = (local - utc) / 60;  // minutes east of UTC
  char sign = offset < 0 ? '-' : '+';
  if (offset < 0) offset = -offset;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d %c%02lld%02lld", kDays[t.weekday],
                t.day, kMonths[t.month - 1], t.year, t.hour, t.minute, t.second, sign, offset / 60,
                offset % 60);
  return buf;
}

std::string ArticleUrl(const Context& context, const Row& row) {
  return context.AbsoluteUrl("/bai-viet/" + row.Str(0) + "-" + row.Str(1));
}

// "<name>.xml" → "<name>"; empty when the file is not an .xml one.
std::string XmlFileStem(std::string_view file) {
  constexpr std::string_view kExt = ".xml";
  if (file.size() <= kExt.size() || file.substr(file.size() - kExt.size()) != kExt) return "";
  return std::string(file.substr(0, file.size() - kExt.size()));
}

Response XmlResponse(std::string body, const char* content_type) {
  Response r;
  r.content_type = content_type;
  r.body = std::move(body);
  return r;
}

struct Channel {
  std::string title, link, description, self;
};

Result<Response> RenderRss(const Channel& channel, const Rows& items, const Context& context) {
  Dict rss("rss");
  rss.SetValue("TITLE", channel.title);
  rss.SetValue("LINK", channel.link);
  rss.SetValue("DESCRIPTION", channel.description);
  rss.SetValue("SELF", channel.self);
  if (!items.empty())
    rss.SetValueAndShowSection("LAST_BUILD", Rfc822(items.front().Time(4)), "HAS_LAST_BUILD");
  for (const Row& row : items) {
    Dict* item = rss.AddSectionDictionary("ITEM");
    item->SetValue("TITLE", row.Str(2));
    item->SetValue("LINK", ArticleUrl(context, row));
    item->SetValue("DESCRIPTION", row.Str(3));
    item->SetValue("PUB_DATE", Rfc822(row.Time(4)));
    if (!row.Str(5).empty()) item->SetValueAndShowSection("AUTHOR", row.Str(5), "HAS_AUTHOR");
    item->SetValue("CATEGORY", row.Str(6));
  }
  Result<std::string> xml = core::Render("portal/rss.xml.tpl", rss);
  if (!xml.ok()) return xml.status();
  return XmlResponse(std::move(xml).value(), "application/rss+xml; charset=utf-8");
}

void AddUrl(Dict& urlset, const std::string& loc, std::time_t lastmod) {
  Dict* url = urlset.AddSectionDictionary("URL");
  url->SetValue("LOC", loc);
  if (lastmod > 0)
    url->SetValueAndShowSection("LASTMOD", core::vntext::FormatIso(lastmod), "HAS_LASTMOD");
}

// The site's own pages and lists: home, news, each category, the introduction and its
// pages, the directory, and the member units when it has any (as its menu shows them).
// lastmod wherever the database records a change; the staff directory and the units
// keep no change time, so they have none.
Status AddSitePages(Dict& urlset, Context& context) {
  core::Db& db = context.db;
  const uint32_t site = context.site.id;
  Result<Row> latest = db.QueryRow(kSiteLastmodSql, {site});
  if (!latest.ok()) return latest.status();
  Result<Rows> categories = db.Query(kSitemapCategoriesSql, {site, kSitemapListLimit});
  if (!categories.ok()) return categories.status();
  Result<Rows> pages = db.Query(kSitemapPagesSql, {site, kSitemapListLimit});
  if (!pages.ok()) return pages.status();

  AddUrl(urlset, context.AbsoluteUrl("/"), latest->Time(0));
  AddUrl(urlset, context.AbsoluteUrl("/tin-tuc"), latest->Time(0));
  for (const Row& row : *categories) {
    AddUrl(urlset, context.AbsoluteUrl("/tin-tuc/" + row.Str(0)), row.Time(1));
  }
  std::time_t intro = 0;
  for (const Row& row : *pages) intro = std::max(intro, row.Time(1));
  AddUrl(urlset, context.AbsoluteUrl("/gioi-thieu"), intro);
  for (const Row& row : *pages) {
    AddUrl(urlset, context.AbsoluteUrl("/gioi-thieu/" + row.Str(0)), row.Time(1));
  }
  AddUrl(urlset, context.AbsoluteUrl("/danh-ba"), 0);
  if (!context.site.children.empty()) AddUrl(urlset, context.AbsoluteUrl("/don-vi"), 0);
  return Status();
}

void AddArticles(Dict& urlset, const Rows& rows, const Context& context) {
  for (const Row& row : rows) AddUrl(urlset, ArticleUrl(context, row), row.Time(2));
}

Result<Response> RenderSitemap(const char* name, const Dict& dict) {
  Result<std::string> xml = core::Render(name, dict);
  if (!xml.ok()) return xml.status();
  return XmlResponse(std::move(xml).value(), "application/xml; charset=utf-8");
}

}  // namespace

Result<Response> HandleRss(const Request&, Context& context) {
  Result<Rows> items = context.db.Query(kSiteFeedSql, {context.site.id, kFeedItems});
  if (!items.ok()) return items.status();
  Channel channel;
  channel.title = context.site.name;
  channel.link = context.AbsoluteUrl("/");
  channel.description = "Tin mới của " + context.site.name;
  channel.self = context.AbsoluteUrl("/rss.xml");
  return RenderRss(channel, *items, context);
}

Result<Response> HandleCategoryRss(const Request& request, Context& context) {
  std::string slug = XmlFileStem(request.path_args.at(0));
  if (slug.empty()) return Status::NotFound();
  Result<Row> category = context.db.QueryRow(kCategoryBySlugSql, {context.site.id, slug});
  if (!category.ok()) return category.status();
  Result<Rows> items = context.db.Query(kCategoryFeedSql, {category->Int(0), kFeedItems});
  if (!items.ok()) return items.status();
  Channel channel;
  channel.title = category->Str(1) + " – " + context.site.name;
  channel.link = context.AbsoluteUrl("/tin-tuc/" + slug);
  channel.description = category->Str(2).empty()
                            ? category->Str(1) + " – tin mới của " + context.site.name
                            : category->Str(2);
  channel.self = context.AbsoluteUrl("/rss/" + slug + ".xml");
  return RenderRss(channel, *items, context);
}

Result<Response> HandleSitemap(const Request&, Context& context) {
  const uint32_t site = context.site.id;
  Result<Row> count = context.db.QueryRow(kPublishedCountSql, {site, kSitemapArticles + 1});
  if (!count.ok()) return count.status();
  if (count->Int(0) > kSitemapArticles) {
    Result<Rows> starts = context.db.Query(kSitemapPageStartsSql, {site, kSitemapArticles});
    if (!starts.ok()) return starts.status();
    Dict index("sitemap-index");
    index.AddSectionDictionary("SITEMAP")->SetValue("LOC", context.AbsoluteUrl("/sitemap-0.xml"));
    for (const Row& row : *starts) {
      index.AddSectionDictionary("SITEMAP")->SetValue(
          "LOC", context.AbsoluteUrl("/sitemap-" + row.Str(0) + ".xml"));
    }
    return RenderSitemap("portal/sitemap_index.xml.tpl", index);
  }
  Result<Rows> articles = context.db.Query(kSitemapArticlesSql, {site, kSitemapArticles});
  if (!articles.ok()) return articles.status();
  Dict urlset("sitemap");
  Status pages = AddSitePages(urlset, context);
  if (!pages.ok()) return pages;
  AddArticles(urlset, *articles, context);
  return RenderSitemap("portal/sitemap_urlset.xml.tpl", urlset);
}

Result<Response> HandleSitemapPage(const Request& request, Context& context) {
  // "/sitemap-0.xml": the site's pages and lists; "/sitemap-<n>.xml": articles from id n.
  std::string number = XmlFileStem(request.path_args.at(0));
  uint32_t start = 0;
  auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), start);
  if (number.empty() || ec != std::errc() || end != number.data() + number.size() ||
      (number.size() > 1 && number[0] == '0')) {
    return Status::NotFound();
  }
  Dict urlset("sitemap");
  if (start == 0) {
    Status pages = AddSitePages(urlset, context);
    if (!pages.ok()) return pages;
  } else {
    Result<Rows> articles =
        context.db.Query(kSitemapPageSql, {context.site.id, start, kSitemapArticles});
    if (!articles.ok()) return articles.status();
    if (articles->empty()) return Status::NotFound();
    AddArticles(urlset, *articles, context);
  }
  return RenderSitemap("portal/sitemap_urlset.xml.tpl", urlset);
}

Result<Response> HandleRobots(const Request&, Context& context) {
  // Crawlers read robots.txt only at a host's root; under /don-vi/<slug>/ it names nothing.
  if (!context.prefix.empty()) return Status::NotFound();
  std::string text =
      "User-agent: *\n"
      "Allow: /\n"
      "Disallow: /admin\n";
  const bool main_host = &context.site == &context.sites.main();
  // The staff area of every member site served on this host (RFC 9309 wildcards).
  if (main_host) text += "Disallow: /don-vi/*/admin\n";
  text += "\nSitemap: " + context.AbsoluteUrl("/sitemap.xml") + "\n";
  // Member sites without a base URL of their own live on this host, under /don-vi/.
  if (main_host) {
    for (const core::Site* root : context.sites.roots()) {
      for (const core::Site* site : context.sites.Subtree(*root)) {
        if (site == &context.site || !site->base_url.empty()) continue;
        Context member{context.db, context.config,          context.sites,
                       *site,      "/don-vi/" + site->slug, context.request_id};
        text += "Sitemap: " + member.AbsoluteUrl("/sitemap.xml") + "\n";
      }
    }
  }
  Response r;
  r.content_type = "text/plain; charset=utf-8";
  r.body = std::move(text);
  return r;
}

}  // namespace portal
