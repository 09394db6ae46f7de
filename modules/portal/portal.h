// portal.fcgi: the public pages of every site. Handlers and the helpers they share
// inside this module.
#ifndef EDUPORTAL_PORTAL_PORTAL_H_
#define EDUPORTAL_PORTAL_PORTAL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/db.h"
#include "core/server.h"

namespace portal {

using core::Context;
using core::Dict;
using core::Request;
using core::Response;
using core::Result;

Result<Response> HandleHome(const Request& request, Context& context);
Result<Response> HandleNews(const Request& request, Context& context);
Result<Response> HandleCategory(const Request& request, Context& context);
Result<Response> HandleArticle(const Request& request, Context& context);
Result<Response> HandleArticlePrint(const Request& request, Context& context);
Result<Response> HandleRate(const Request& request, Context& context);
Result<Response> HandleViewPixel(const Request& request, Context& context);
Result<Response> HandleVisitPixel(const Request& request, Context& context);
Result<Response> HandleIntroIndex(const Request& request, Context& context);
Result<Response> HandleIntroPage(const Request& request, Context& context);
Result<Response> HandleDirectory(const Request& request, Context& context);
Result<Response> HandleUnits(const Request& request, Context& context);
// Feeds (feeds.cc): RSS of the site and of a category, sitemap, robots.txt.
Result<Response> HandleRss(const Request& request, Context& context);
Result<Response> HandleCategoryRss(const Request& request, Context& context);
Result<Response> HandleSitemap(const Request& request, Context& context);
Result<Response> HandleSitemapPage(const Request& request, Context& context);
Result<Response> HandleRobots(const Request& request, Context& context);
Result<Response> HandleAlbums(const Request& request, Context& context);
Result<Response> HandleAlbum(const Request& request, Context& context);
Result<Response> HandleVideos(const Request& request, Context& context);
Result<Response> HandleVideo(const Request& request, Context& context);
Result<Response> HandleLinks(const Request& request, Context& context);
Result<Response> HandleSiteMap(const Request& request, Context& context);

// Weekly work schedule and plans (schedule.cc); contact and press (contact.cc).
// ?tuan=2026-W47 picks the ISO week; plans filter by ?loai= and page by cursor.
inline constexpr core::FieldSpec kScheduleFields[] = {{"tuan", core::IsoWeek{}, "Tuần"}};
inline constexpr std::string_view kPlanKinds[] = {"nam", "thang", "chuong-trinh-thang"};
inline constexpr core::FieldSpec kPlanListFields[] = {
    {"loai", core::OneOf{kPlanKinds}, "Loại kế hoạch"},
    {"sau", core::Cursor{}, "Trang"},
    {"truoc", core::Cursor{}, "Trang"},
};
Result<Response> HandleSchedule(const Request& request, Context& context);
Result<Response> HandlePlans(const Request& request, Context& context);
Result<Response> HandlePlan(const Request& request, Context& context);
Result<Response> HandleContact(const Request& request, Context& context);
// The resources library (library.cc).
Result<Response> HandleLibrary(const Request& request, Context& context);
Result<Response> HandleLibraryItem(const Request& request, Context& context);
Result<Response> HandleLibraryFile(const Request& request, Context& context);

// Documents, drafts for comment and procedures (documents.cc).
Result<Response> HandleDocuments(const Request& request, Context& context);
Result<Response> HandleDocument(const Request& request, Context& context);
Result<Response> HandleDocumentFile(const Request& request, Context& context);
Result<Response> HandleDocumentView(const Request& request, Context& context);
Result<Response> HandleDrafts(const Request& request, Context& context);
Result<Response> HandleDraft(const Request& request, Context& context);
Result<Response> HandleDraftComment(const Request& request, Context& context);
Result<Response> HandleDraftFile(const Request& request, Context& context);
Result<Response> HandleProcedures(const Request& request, Context& context);
Result<Response> HandleProcedure(const Request& request, Context& context);
Result<Response> HandleProcedureFile(const Request& request, Context& context);
// The home page's "Văn bản mới" block: the latest public documents of a site.
Result<core::Rows> LatestDocuments(core::Db& db, uint32_t site_id, int limit);
void FillLatestDocuments(Dict* page, const core::Rows& rows, const Context& context);
inline constexpr core::FieldSpec kDocumentListFields[] = {
    {"loai", core::Slug{32}, "Loại văn bản"},
    {"co-quan", core::Slug{64}, "Cơ quan ban hành"},
    {"linh-vuc", core::Slug{64}, "Lĩnh vực"},
    {"nam", core::Uint{1945, 2100}, "Năm"},
    {"q", core::Text{0, 100}, "Từ khóa"},
    {"sau", core::Cursor{}, "Trang"},
};
inline constexpr core::FieldSpec kDraftFields[] = {{"da-gui", core::Uint{1, 1}, "Đã gửi"}};
inline constexpr core::FieldSpec kDraftCommentFields[] = {
    {"ho_ten", core::Text{2, 255}, "Họ và tên", true},
    {"email", core::Text{0, 255}, "Thư điện tử"},
    {"noi_dung", core::Text{5, 5000}, "Nội dung góp ý", true},
    {"website", core::Text{0, 500}, "Trang web"},
    {"t", core::Text{0, 200}, "Thời gian"},
};
inline constexpr std::string_view kProcedureLevels[] = {"tinh", "huyen", "xa", "truong"};
inline constexpr core::FieldSpec kProcedureListFields[] = {
    {"linh-vuc", core::Slug{64}, "Lĩnh vực"},
    {"cap", core::OneOf{kProcedureLevels}, "Cấp thực hiện"},
    {"q", core::Text{0, 100}, "Từ khóa"},
};

// What every page of a site shows and rarely changes, reloaded for all sites by the
// module's tick (RefreshSiteData), so pages run no statement for it.
struct SiteData {
  struct Category {
    uint32_t id;
    std::string slug, name;
    bool on_home, is_notice;
    int64_t home_order;  // order of the home page's blocks
  };
  struct MenuItem {
    uint32_t id, parent_id;  // parent 0: top level
    std::string label, url;
  };
  struct Link {
    std::string group, title, url, description;
    bool on_home;
  };
  // Every category of the site by slug (hidden and nested ones too): what its list page
  // shows above the articles.
  struct Listed {
    uint32_t id;
    std::string name, description;
  };
  std::vector<Category> categories;  // top-level, in order
  std::unordered_map<std::string, Listed> by_slug;
  std::vector<MenuItem> menu;        // the site's own menu; empty: the default one
  std::vector<Link> links;
  bool has_english = false;
  int home_featured = 5;     // featured articles leading the home page
  int home_block_items = 4;  // articles per category block
};
Result<std::shared_ptr<const SiteData>> GetSiteData(Context& context);
void RefreshSiteData(core::Db& db);
// The module's tick: counters out, site data in.
void Tick(core::Db& db, const core::Config& config);

// The shared layout of every portal page: site header, menu, footer.
void FillLayout(Dict& layout, const Request& request, Context& context);
// Fills the layout and sets the page title; returns the dictionary of the page's own
// template `content`, included as {{>CONTENT}}. Values set afterwards override.
Dict* StartPage(Dict& layout, const Request& request, Context& context, std::string_view title,
                std::string_view content);
// Renders a page begun with StartPage, in the shared layout or another one.
Result<Response> RenderPage(const Dict& layout, const char* layout_template = "layout/page.tpl");

// The 1–5 star rating of an article: its average, and the form (or the outcome of the
// visitor's vote, from the "danh-gia" field after the redirect).
void FillRating(Dict* page, int64_t sum, int64_t count, const Request& request, const std::string& action);

// The id of a path argument "<id>" or "<id>-<slug>": digits without a leading zero;
// 0 when malformed.
uint32_t ParseLeadingId(std::string_view arg);
// A YouTube video id: 11 characters of [A-Za-z0-9_-]; anything else is never embedded.
bool IsYoutubeId(std::string_view id);

// The digits (and '+') of a phone number, for tel: links.
std::string TelDigits(std::string_view phone);
// Spaces become no-break spaces ("0235 3822 111" stays on one line).
std::string NoBreakSpaces(std::string_view text);

// How a section shows an article of the card columns (see news.cc): as a card (the
// {{>CARD}} include), inline with every card value (the lead article), or as one line
// of a list (URL, TITLE, DATE, DATE_ISO). Each fills only what it shows.
enum class CardUse { kCard, kInline, kLine };
void FillArticleCard(Dict* item, const core::Row& row, const Context& context, CardUse use);

// View and visit counts: counted in memory, flushed to the database in batches by
// FlushCounters (the module's tick), so a page view costs no database write.
void CountView(uint32_t article_id);
void FlushCounters(core::Db& db, const core::Config& config);

}  // namespace portal

#endif  // EDUPORTAL_PORTAL_PORTAL_H_
