#include "core/public_layout.h"

#include <ctime>
#include <string>

#include "core/vntext.h"

namespace core {
namespace {

// The default menu, as the portal shows it for a site without its own.
struct MenuItem {
  const char* label;
  const char* path;
};
constexpr MenuItem kMenu[] = {
    {"Trang chủ", "/"},           {"Giới thiệu", "/gioi-thieu"}, {"Tin tức", "/tin-tuc"},
    {"Lịch công tác", "/lich-cong-tac"}, {"Thư viện ảnh", "/album"}, {"Video", "/video"},
    {"Danh bạ", "/danh-ba"},      {"Đơn vị trực thuộc", "/don-vi"}, {"Liên kết", "/lien-ket"},
    {"Liên hệ", "/lien-he"},
};

}  // namespace

void FillPublicLayout(Dict& layout, const Request& request, Context& context) {
  const Site& site = context.site;
  layout.SetTemplateGlobalValue("PREFIX", context.prefix);
  layout.SetTemplateGlobalValue("SITE_NAME", site.name);
  layout.SetTemplateGlobalValue("SITE_SHORT_NAME", site.short_name);
  layout.SetValue("THEME", site.theme.empty() ? "xanh-duong" : site.theme);
  layout.SetValue("META_DESCRIPTION", "Cổng thông tin điện tử " + site.name);
  layout.SetValue("BRAND_PARENT", "Cổng thông tin điện tử");
  layout.SetValue("DATE_LINE", vntext::DateLine(std::time(nullptr)));
  layout.SetValue("VISIT_PIXEL", context.prefix + "/luot-truy-cap");
  layout.SetValue("CANONICAL", context.AbsoluteUrl(request.path));
  layout.SetValueAndShowSection("SITE_ADDRESS", site.address, "SITE_ADDRESS");
  layout.SetValueAndShowSection("SITE_EMAIL", site.email, "SITE_EMAIL");
  if (site.parent_id != 0) {
    if (const Site* parent = context.sites.ById(site.parent_id)) {
      layout.SetValue("BRAND_PARENT", parent->short_name);
      Dict* p = layout.AddSectionDictionary("PARENT");
      p->SetValue("PARENT_NAME", parent->short_name);
      p->SetValue("PARENT_URL", parent == &context.sites.main() ? "/" : "/don-vi/" + parent->slug + "/");
    }
  }
  if (!site.children.empty()) layout.ShowSection("HAS_UNITS");
  for (const MenuItem& m : kMenu) {
    if (std::string_view(m.path) == "/don-vi" && site.children.empty()) continue;
    Dict* item = layout.AddSectionDictionary("MENU_ITEM");
    item->SetValue("LABEL", m.label);
    item->SetValue("URL", context.prefix + m.path);
  }
}

}  // namespace core
