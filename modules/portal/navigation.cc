// Links (/lien-ket: the superior offices, resource sites, every member unit) and the human
// site map (/so-do-trang, TT 32/2017 Điều 18).
#include <algorithm>
#include <functional>

#include "portal/portal.h"

namespace portal {
namespace {

constexpr char kPagesSql[] =
    "SELECT slug, title FROM pages WHERE site_id = ? ORDER BY sort_order, id LIMIT 100";

std::string SiteUrl(const core::SiteTree& tree, const core::Site& site) {
  return &site == &tree.main() ? "/" : "/don-vi/" + site.slug + "/";
}

}  // namespace

Result<Response> HandleLinks(const Request& request, Context& context) {
  Result<std::shared_ptr<const SiteData>> data = GetSiteData(context);
  if (!data.ok()) return data.status();
  Dict layout("links");
  Dict* page = StartPage(layout, request, context, "Liên kết", "portal/links.tpl");
  // The site's own groups, in order of first appearance.
  std::vector<std::string> groups;
  for (const SiteData::Link& l : (*data)->links) {
    if (std::find(groups.begin(), groups.end(), l.group) == groups.end()) groups.push_back(l.group);
  }
  for (const std::string& g : groups) {
    Dict* group = page->AddSectionDictionary("GROUP");
    group->SetValue("GROUP_NAME", g);
    for (const SiteData::Link& l : (*data)->links) {
      if (l.group != g) continue;
      Dict* item = group->AddSectionDictionary("LINK");
      item->SetValue("TITLE", l.title);
      item->SetValue("URL", l.url);
      if (!l.description.empty()) item->SetValueAndShowSection("DESCRIPTION", l.description, "HAS_DESCRIPTION");
    }
  }
  // The units above this one in the hierarchy, and the ones below it.
  const core::SiteTree& tree = context.sites;
  for (const core::Site* s = tree.ById(context.site.parent_id); s; s = tree.ById(s->parent_id)) {
    Dict* item = page->AddSectionDictionary("SUPERIOR");
    item->SetValue("NAME", s->name);
    item->SetValue("URL", SiteUrl(tree, *s));
    page->ShowSection("HAS_SUPERIOR");
  }
  for (const core::Site* s : tree.Subtree(context.site)) {
    if (s == &context.site) continue;
    Dict* item = page->AddSectionDictionary("MEMBER");
    item->SetValue("NAME", s->name);
    item->SetValue("LEVEL", s->level_name);
    item->SetValue("URL", SiteUrl(tree, *s));
    page->ShowSection("HAS_MEMBERS");
  }
  return RenderPage(layout);
}

Result<Response> HandleSiteMap(const Request& request, Context& context) {
  Result<std::shared_ptr<const SiteData>> data = GetSiteData(context);
  if (!data.ok()) return data.status();
  Result<core::Rows> pages = context.db.Query(kPagesSql, {context.site.id});
  if (!pages.ok()) return pages.status();
  Dict layout("sitemap");
  Dict* page = StartPage(layout, request, context, "Sơ đồ trang", "portal/sitemap.tpl");
  for (const core::Row& r : *pages) {
    Dict* item = page->AddSectionDictionary("INTRO_PAGE");
    item->SetValue("URL", context.prefix + "/gioi-thieu/" + r.Str(0));
    item->SetValue("TITLE", r.Str(1));
  }
  for (const SiteData::Category& c : (*data)->categories) {
    Dict* item = page->AddSectionDictionary("CATEGORY");
    item->SetValue("URL", context.prefix + "/tin-tuc/" + c.slug);
    item->SetValue("NAME", c.name);
  }
  // The site's own menu, nested, when it has one.
  std::function<void(Dict*, uint32_t)> menu = [&](Dict* parent, uint32_t parent_id) {
    for (const SiteData::MenuItem& m : (*data)->menu) {
      if (m.parent_id != parent_id) continue;
      Dict* item = parent->AddSectionDictionary("MENU");
      item->SetValue("LABEL", m.label);
      bool absolute = m.url.rfind("http", 0) == 0;
      item->SetValue("URL", absolute ? m.url : context.prefix + m.url);
      Dict* children = item->AddIncludeDictionary("CHILDREN");
      children->SetFilename("portal/sitemap_menu.tpl");
      menu(children, m.id);
    }
  };
  if (!(*data)->menu.empty()) {
    page->ShowSection("HAS_MENU");
    menu(page, 0);
  }
  if (!context.site.children.empty()) page->ShowSection("HAS_UNITS");
  return RenderPage(layout);
}

}  // namespace portal
