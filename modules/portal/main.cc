// portal.fcgi: the route table of the public site (SPEC "public URL contract") and the
// shared page layout.
#include <array>
#include <cctype>
#include <charconv>

#include "core/fields.h"
#include "core/media.h"
#include "core/vntext.h"
#include "portal/portal.h"

namespace portal {
namespace {

using core::FieldSpec;
using core::Method;
using core::Route;

// ?sau= continues after a row (older), ?truoc= before it (newer).
constexpr FieldSpec kListFields[] = {
    {"sau", core::Cursor{}, "Trang"},
    {"truoc", core::Cursor{}, "Trang"},
};

constexpr FieldSpec kPageFields[] = {
    {"sau", core::Cursor{}, "Trang"},
};

constexpr std::string_view kRatingOutcomes[] = {"cam-on", "da-co", "qua-nhieu", "loi"};
constexpr FieldSpec kArticleFields[] = {
    {"danh-gia", core::OneOf{kRatingOutcomes}, "Kết quả đánh giá"},
};
constexpr FieldSpec kRateFields[] = {
    {"so_sao", core::Uint{1, 5}, "Số sao", true},
};
constexpr std::string_view kLibraryKinds[] = {"giao-an", "de-thi", "sang-kien", "tu-lieu"};
// A document page shows Chromium's or the reader's PDF viewer only when asked: the viewer
// is heavy, and most visitors read the metadata or download.
constexpr FieldSpec kDocumentPageFields[] = {
    {"xem", core::Uint{1, 1}, "Xem trực tiếp"},
};
constexpr FieldSpec kLibraryFields[] = {
    {"loai", core::OneOf{kLibraryKinds}, "Loại tài liệu"},
    {"mon", core::Text{0, 100}, "Môn học"},
    {"lop", core::Text{0, 32}, "Khối lớp"},
    {"nam-hoc", core::Text{0, 9}, "Năm học"},
    {"sau", core::Uint{1, 4294967295u}, "Trang"},
};

constexpr Route kRoutes[] = {
    {Method::kGet, "/", HandleHome, {}},
    {Method::kGet, "/tin-tuc", HandleNews, kListFields},
    {Method::kGet, "/tin-tuc/:category", HandleCategory, kListFields},
    {Method::kGet, "/bai-viet/:id_slug", HandleArticle, kArticleFields},
    {Method::kGet, "/bai-viet/:id_slug/ban-in", HandleArticlePrint, {}},
    {Method::kPost, "/danh-gia/:id", HandleRate, kRateFields},
    {Method::kGet, "/luot-xem/:id", HandleViewPixel, {}},
    {Method::kGet, "/luot-truy-cap", HandleVisitPixel, {}},
    {Method::kGet, "/gioi-thieu", HandleIntroIndex, {}},
    {Method::kGet, "/gioi-thieu/:page", HandleIntroPage, {}},
    {Method::kGet, "/danh-ba", HandleDirectory, {}},
    {Method::kGet, "/don-vi", HandleUnits, {}},
    {Method::kGet, "/rss.xml", HandleRss, {}},
    {Method::kGet, "/rss/:category_xml", HandleCategoryRss, {}},
    {Method::kGet, "/sitemap.xml", HandleSitemap, {}},
    {Method::kGet, "/sitemap-:page_xml", HandleSitemapPage, {}},
    {Method::kGet, "/robots.txt", HandleRobots, {}},
    {Method::kGet, "/album", HandleAlbums, kPageFields},
    {Method::kGet, "/album/:id_slug", HandleAlbum, {}},
    {Method::kGet, "/video", HandleVideos, kPageFields},
    {Method::kGet, "/video/:id_slug", HandleVideo, {}},
    {Method::kGet, "/lien-ket", HandleLinks, {}},
    {Method::kGet, "/so-do-trang", HandleSiteMap, {}},
    {Method::kGet, "/lich-cong-tac", HandleSchedule, kScheduleFields},
    {Method::kGet, "/lich-cong-tac/ke-hoach", HandlePlans, kPlanListFields},
    {Method::kGet, "/lich-cong-tac/ke-hoach/:id_slug", HandlePlan, {}},
    {Method::kGet, "/lien-he", HandleContact, {}},
    {Method::kGet, "/thu-vien", HandleLibrary, kLibraryFields},
    {Method::kGet, "/thu-vien/tep/:id", HandleLibraryFile, {}},
    {Method::kGet, "/thu-vien/:id_slug", HandleLibraryItem, {}},
    {Method::kGet, "/van-ban", HandleDocuments, kDocumentListFields},
    {Method::kGet, "/van-ban/tep/:id", HandleDocumentFile, {}},
    {Method::kGet, "/van-ban/xem/:id", HandleDocumentView, {}},
    {Method::kGet, "/van-ban/:id_slug", HandleDocument, kDocumentPageFields},
    {Method::kGet, "/du-thao", HandleDrafts, {}},
    {Method::kGet, "/du-thao/tep/:id", HandleDraftFile, {}},
    {Method::kGet, "/du-thao/:id_slug", HandleDraft, kDraftFields},
    {Method::kPost, "/du-thao/:id", HandleDraftComment, kDraftCommentFields},
    {Method::kGet, "/thu-tuc-hanh-chinh", HandleProcedures, kProcedureListFields},
    {Method::kGet, "/thu-tuc-hanh-chinh/bieu-mau/:id", HandleProcedureFile, {}},
    {Method::kGet, "/thu-tuc-hanh-chinh/:id_slug", HandleProcedure, {}},
};

// The default main menu, for a site without its own: every section of the URL contract.
struct DefaultMenuItem {
  const char* label;
  const char* path;
};
constexpr DefaultMenuItem kDefaultMenu[] = {
    {"Trang chủ", "/"},           {"Giới thiệu", "/gioi-thieu"}, {"Tin tức", "/tin-tuc"},
    {"Lịch công tác", "/lich-cong-tac"}, {"Thư viện ảnh", "/album"}, {"Video", "/video"},
    {"Danh bạ", "/danh-ba"},      {"Đơn vị trực thuộc", "/don-vi"}, {"Liên kết", "/lien-ket"},
    {"Liên hệ", "/lien-he"},
};

// True when `path` is in the section a menu entry links to.
bool InSection(std::string_view path, std::string_view entry) {
  if (entry == "/") return path == "/";
  if (path.rfind(entry, 0) != 0) {
    return entry == "/tin-tuc" && path.rfind("/bai-viet/", 0) == 0;
  }
  return path.size() == entry.size() || path[entry.size()] == '/';
}

Dict* AddMenuItem(Dict& layout, std::string_view label, const std::string& url,
                  std::string_view path, std::string_view entry, const char* section = "MENU_ITEM") {
  Dict* item = layout.AddSectionDictionary(section);
  item->SetValue("LABEL", std::string(label));
  item->SetValue("URL", url);
  if (!entry.empty() && InSection(path, entry)) item->ShowSection("CURRENT");
  return item;
}

}  // namespace

// Values the included page templates also see are template-global: ctemplate's
// include dictionaries do not inherit their parent's values.
void FillLayout(Dict& layout, const Request& request, Context& context) {
  const core::Site& site = context.site;
  layout.SetTemplateGlobalValue("PREFIX", context.prefix);
  layout.SetTemplateGlobalValue("SITE_NAME", site.name);
  layout.SetTemplateGlobalValue("SITE_SHORT_NAME", site.short_name);
  layout.SetValue("THEME", site.theme.empty() ? "xanh-duong" : site.theme);
  layout.SetValue("SITE_LEVEL", site.level_name);
  layout.SetValueAndShowSection("SITE_ADDRESS", site.address, "SITE_ADDRESS");
  layout.SetValueAndShowSection("SITE_PHONE", NoBreakSpaces(site.phone), "SITE_PHONE");
  layout.SetValueAndShowSection("SITE_HOTLINE", NoBreakSpaces(site.hotline), "SITE_HOTLINE");
  layout.SetValue("SITE_HOTLINE_TEL", TelDigits(site.hotline));
  layout.SetValueAndShowSection("SITE_EMAIL", site.email, "SITE_EMAIL");
  layout.SetValue("META_DESCRIPTION", "Cổng thông tin điện tử " + site.name);
  layout.SetValue("BRAND_PARENT", "Cổng thông tin điện tử");
  layout.SetValue("DATE_LINE", core::vntext::DateLine(std::time(nullptr)));
  layout.SetValue("VISIT_PIXEL", context.prefix + "/luot-truy-cap");
  if (!site.banner_path.empty()) {
    Dict* banner = layout.AddSectionDictionary("BANNER");
    banner->SetValue("BANNER_URL", core::media::Url(site.banner_path));
    banner->SetValue("BANNER_ALT", site.banner_alt);
  }
  if (site.parent_id != 0) {
    if (const core::Site* parent = context.sites.ById(site.parent_id)) {
      Dict* p = layout.AddSectionDictionary("PARENT");
      p->SetValue("PARENT_NAME", parent->short_name);
      layout.SetValue("BRAND_PARENT", parent->short_name);
      p->SetValue("PARENT_URL", parent == &context.sites.main() ? "/" : "/don-vi/" + parent->slug + "/");
    }
  }
  if (!site.children.empty()) layout.ShowSection("HAS_UNITS");
  layout.SetValue("CANONICAL", context.AbsoluteUrl(request.path));

  // Menus must not fail a page (error pages use this too): without data, the default.
  std::string_view path = request.path;
  Result<std::shared_ptr<const SiteData>> data = GetSiteData(context);
  if (data.ok() && !(*data)->menu.empty()) {
    // Two levels (edited in /admin/cau-truc/menu): an item's children follow it as a
    // nested list, so they work without JavaScript.
    auto add = [&](Dict& parent, const SiteData::MenuItem& m, const char* section) {
      bool absolute = m.url.rfind("https://", 0) == 0 || m.url.rfind("http://", 0) == 0;
      return AddMenuItem(parent, m.label, absolute ? m.url : context.prefix + m.url, path,
                         absolute ? std::string_view() : std::string_view(m.url), section);
    };
    for (const SiteData::MenuItem& m : (*data)->menu) {
      if (m.parent_id != 0) continue;
      Dict* item = add(layout, m, "MENU_ITEM");
      for (const SiteData::MenuItem& child : (*data)->menu) {
        if (child.parent_id != m.id) continue;
        add(*item, child, "MENU_CHILD");
        item->ShowSection("HAS_CHILDREN");
      }
    }
  } else {
    for (const DefaultMenuItem& m : kDefaultMenu) {
      if (std::string_view(m.path) == "/don-vi" && site.children.empty()) continue;
      AddMenuItem(layout, m.label, context.prefix + m.path, path, m.path);
    }
  }
  if (data.ok()) {
    bool any = false;
    for (const SiteData::Category& c : (*data)->categories) {
      Dict* item = layout.AddSectionDictionary("MENU_CATEGORY");
      item->SetValue("SLUG", c.slug);
      item->SetValue("NAME", c.name);
      any = true;
    }
    if (any) layout.ShowSection("HAS_MENU");
    if ((*data)->has_english) layout.ShowSection("HAS_ENGLISH");
  }
}

void Tick(core::Db& db, const core::Config& config) {
  FlushCounters(db, config);
  RefreshSiteData(db);
}

uint32_t ParseLeadingId(std::string_view arg) {
  std::string_view text = arg.substr(0, arg.find('-'));
  uint32_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty() || text[0] == '0') return 0;
  return id;
}

bool IsYoutubeId(std::string_view id) {
  if (id.size() != 11) return false;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
  }
  return true;
}

std::string TelDigits(std::string_view phone) {
  std::string tel;
  for (char c : phone) {
    if ((c >= '0' && c <= '9') || c == '+') tel += c;
  }
  return tel;
}

std::string NoBreakSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    if (c == ' ') out += "\u00a0";
    else out += c;
  }
  return out;
}

Dict* StartPage(Dict& layout, const Request& request, Context& context, std::string_view title,
                std::string_view content) {
  FillLayout(layout, request, context);
  layout.SetValue("PAGE_TITLE", std::string(title));
  return core::SetContent(layout, content);
}

Result<Response> RenderPage(const Dict& layout, const char* layout_template) {
  Result<std::string> html = core::Render(layout_template, layout);
  if (!html.ok()) return html.status();
  return Response::Html(std::move(html).value());
}

}  // namespace portal

int main(int argc, char** argv) {
  core::Module module;
  module.name = "portal";
  module.routes = portal::kRoutes;
  module.fill_layout = portal::FillLayout;
  module.tick = portal::Tick;
  module.tick_seconds = 5;
  return core::RunModule(module, argc, argv);
}
