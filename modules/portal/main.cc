// portal.fcgi: the route table of the public site (SPEC "public URL contract") and the
// shared page layout.
#include <array>

#include "core/fields.h"
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

constexpr Route kRoutes[] = {
    {Method::kGet, "/", HandleHome, {}},
    {Method::kGet, "/tin-tuc", HandleNews, kListFields},
    {Method::kGet, "/tin-tuc/:category", HandleCategory, kListFields},
    {Method::kGet, "/bai-viet/:id_slug", HandleArticle, {}},
    {Method::kGet, "/luot-xem/:id", HandleViewPixel, {}},
    {Method::kGet, "/gioi-thieu", HandleIntroIndex, {}},
    {Method::kGet, "/gioi-thieu/:page", HandleIntroPage, {}},
    {Method::kGet, "/danh-ba", HandleDirectory, {}},
    {Method::kGet, "/don-vi", HandleUnits, {}},
};

constexpr char kMenuSql[] =
    "SELECT slug, name FROM categories WHERE site_id = ? AND parent_id IS NULL "
    "ORDER BY sort_order, id LIMIT 20";

}  // namespace

// Values the included page templates also see are template-global: ctemplate's
// include dictionaries do not inherit their parent's values.
void FillLayout(Dict& layout, const Request& request, Context& context) {
  const core::Site& site = context.site;
  layout.SetTemplateGlobalValue("PREFIX", context.prefix);
  layout.SetTemplateGlobalValue("SITE_NAME", site.name);
  layout.SetTemplateGlobalValue("SITE_SHORT_NAME", site.short_name);
  layout.SetValue("SITE_LEVEL", site.level_name);
  layout.SetValueAndShowSection("SITE_ADDRESS", site.address, "SITE_ADDRESS");
  layout.SetValueAndShowSection("SITE_PHONE", site.phone, "SITE_PHONE");
  layout.SetValueAndShowSection("SITE_HOTLINE", NoBreakSpaces(site.hotline), "SITE_HOTLINE");
  std::string tel;
  for (char c : site.hotline) if ((c >= '0' && c <= '9') || c == '+') tel += c;
  layout.SetValue("SITE_HOTLINE_TEL", tel);
  layout.SetValueAndShowSection("SITE_EMAIL", site.email, "SITE_EMAIL");
  layout.SetValue("META_DESCRIPTION", "Cổng thông tin điện tử " + site.name);
  layout.SetValue("BRAND_PARENT", "Cổng thông tin điện tử");
  layout.SetValue("DATE_LINE", core::vntext::DateLine(std::time(nullptr)));
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
  // The menu must not fail a page (error pages use this too).
  Result<core::Rows> menu = context.db.Query(kMenuSql, {site.id});
  if (menu.ok()) {
    if (!menu->empty()) layout.ShowSection("HAS_MENU");
    for (const core::Row& row : *menu) {
      Dict* item = layout.AddSectionDictionary("MENU_CATEGORY");
      item->SetValue("SLUG", row.Str(0));
      item->SetValue("NAME", row.Str(1));
    }
  }
  // Marks the current top-level section in the menu (aria-current).
  std::string_view path = request.path;
  const char* current = path == "/" ? "CUR_HOME"
                        : path.rfind("/gioi-thieu", 0) == 0 ? "CUR_INTRO"
                        : (path.rfind("/tin-tuc", 0) == 0 || path.rfind("/bai-viet", 0) == 0) ? "CUR_NEWS"
                        : path.rfind("/danh-ba", 0) == 0 ? "CUR_DIRECTORY"
                        : path.rfind("/don-vi", 0) == 0 ? "CUR_UNITS"
                        : nullptr;
  if (current) layout.ShowSection(current);
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

Result<Response> RenderPage(const Dict& layout) {
  Result<std::string> html = core::Render("layout/page.tpl", layout);
  if (!html.ok()) return html.status();
  return Response::Html(std::move(html).value());
}

}  // namespace portal

int main(int argc, char** argv) {
  core::Module module;
  module.name = "portal";
  module.routes = portal::kRoutes;
  module.fill_layout = portal::FillLayout;
  module.tick = portal::FlushViews;
  module.tick_seconds = 5;
  return core::RunModule(module, argc, argv);
}
