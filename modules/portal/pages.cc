// Introduction pages (giới thiệu), the staff directory (danh bạ) and the member units
// (đơn vị trực thuộc).
#include <functional>

#include "core/media.h"
#include "core/vntext.h"
#include "portal/portal.h"

namespace portal {
namespace {

using core::Row;
using core::Rows;
using core::Status;

constexpr char kPagesSql[] =
    "SELECT slug, title, LEFT(body, 600) FROM pages WHERE site_id = ? ORDER BY sort_order, id";
constexpr char kPageSql[] =
    "SELECT slug, title, body, updated_at FROM pages WHERE site_id = ? AND slug = ?";
// Position first, then Vietnamese name order (given name, then the whole name).
constexpr char kStaffSql[] =
    "SELECT s.full_name, s.position, s.department, s.phone, s.email, s.duties, s.is_leader, m.path, m.thumb_widths "
    "FROM staff s LEFT JOIN media m ON m.id = s.photo_media_id "
    "WHERE s.site_id = ? ORDER BY s.position_rank, s.given_name, s.full_name LIMIT 500";
constexpr char kOrgUnitsSql[] =
    "SELECT id, COALESCE(parent_id, 0), name, duties FROM org_units WHERE site_id = ? "
    "ORDER BY sort_order, id LIMIT 200";
constexpr char kOrgStaffSql[] =
    "SELECT org_unit_id, full_name, position FROM staff WHERE site_id = ? AND org_unit_id IS NOT NULL "
    "ORDER BY position_rank, given_name, full_name LIMIT 1000";
constexpr char kLeadersSql[] =
    "SELECT full_name, position, department, phone, email, duties FROM staff "
    "WHERE site_id = ? AND is_leader = 1 ORDER BY position_rank, given_name, full_name LIMIT 50";

// Plain text of the start of an HTML body, for a teaser.
std::string Teaser(const std::string& html, size_t max_chars) {
  std::string text;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') in_tag = true;
    else if (c == '>') { in_tag = false; text += ' '; }
    else if (!in_tag) text += c;
  }
  std::string out;
  bool space = false;
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\n' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if ((c & 0xC0) != 0x80) {
      if (chars >= max_chars) {
        size_t cut = out.rfind(' ');
        if (cut != std::string::npos) out.resize(cut);
        return out + "…";
      }
      ++chars;
      if (space) { out += ' '; ++chars; }
      space = false;
    }
    out += static_cast<char>(c);
  }
  // The body was cut by SQL at a byte count: drop a trailing partial character.
  while (!out.empty() && !core::vntext::IsValidUtf8(out)) out.pop_back();
  return out;
}

void FillPerson(Dict* item, const Row& row) {
  item->SetValue("NAME", row.Str(0));
  item->SetValue("POSITION", row.Str(1));
  item->SetValue("DEPARTMENT", row.Str(2));
  // Phone numbers do not wrap inside their groups of digits.
  item->SetValueAndShowSection("PHONE", NoBreakSpaces(row.Str(3)), "PHONE");
  item->SetValue("TEL", TelDigits(row.Str(3)));
  item->SetValueAndShowSection("EMAIL", row.Str(4), "EMAIL");
  if (!row.Str(5).empty()) item->SetValueAndShowSection("DUTIES", row.Str(5), "HAS_DUTIES");
}

}  // namespace

Result<Response> HandleIntroIndex(const Request& request, Context& context) {
  Result<Rows> pages = context.db.Query(kPagesSql, {context.site.id});
  if (!pages.ok()) return pages.status();
  Dict layout("intro");
  Dict* page = StartPage(layout, request, context, "Giới thiệu", "portal/intro_index.tpl");

  page->SetValue("SITE_NAME", context.site.name);
  for (const Row& row : *pages) {
    Dict* item = page->AddSectionDictionary("PAGE");
    item->SetValue("URL", context.prefix + "/gioi-thieu/" + row.Str(0));
    item->SetValue("TITLE", row.Str(1));
    item->SetValue("TEASER", Teaser(row.Str(2), 220));
  }
  if (pages->empty()) page->ShowSection("EMPTY");
  return RenderPage(layout);
}

Result<Response> HandleIntroPage(const Request& request, Context& context) {
  const std::string& slug = request.path_args.at(0);
  Result<Row> found = context.db.QueryRow(kPageSql, {context.site.id, slug});
  if (!found.ok()) return found.status();
  Result<Rows> siblings = context.db.Query(kPagesSql, {context.site.id});
  if (!siblings.ok()) return siblings.status();
  Dict layout("intro-page");
  Dict* page = StartPage(layout, request, context, found->Str(1), "portal/page.tpl");

  page->SetValue("TITLE", found->Str(1));
  page->SetValue("BODY", found->Str(2));
  page->SetValue("UPDATED", core::vntext::FormatDate(found->Time(3)));
  for (const Row& row : *siblings) {
    Dict* item = page->AddSectionDictionary("SIBLING");
    item->SetValue("URL", context.prefix + "/gioi-thieu/" + row.Str(0));
    item->SetValue("TITLE", row.Str(1));
    if (row.Str(0) == slug) item->ShowSection("CURRENT");
  }
  // The leadership page lists the leaders and their duties from the directory.
  if (slug == "ban-lanh-dao") {
    Result<Rows> leaders = context.db.Query(kLeadersSql, {context.site.id});
    if (!leaders.ok()) return leaders.status();
    for (const Row& row : *leaders) FillPerson(page->AddSectionDictionary("LEADER"), row);
    if (!leaders->empty()) page->ShowSection("HAS_LEADERS");
  }
  // The organisation chart is drawn from data: units in a tree with their people.
  if (slug == "co-cau-to-chuc") {
    Result<Rows> units = context.db.Query(kOrgUnitsSql, {context.site.id});
    if (!units.ok()) return units.status();
    Result<Rows> people = context.db.Query(kOrgStaffSql, {context.site.id});
    if (!people.ok()) return people.status();
    std::function<void(Dict*, int64_t, int)> add = [&](Dict* parent, int64_t parent_id, int depth) {
      if (depth > 8) return;  // a cycle in the data must not hang the page
      for (const Row& u : *units) {
        if (u.Int(1) != parent_id) continue;
        Dict* unit = parent->AddSectionDictionary("UNIT");
        unit->SetValue("NAME", u.Str(2));
        if (!u.Str(3).empty()) unit->SetValueAndShowSection("DUTIES", u.Str(3), "HAS_DUTIES");
        for (const Row& p : *people) {
          if (p.Int(0) != u.Int(0)) continue;
          Dict* person = unit->AddSectionDictionary("MEMBER");
          person->SetValue("NAME", p.Str(1));
          person->SetValue("POSITION", p.Str(2));
        }
        Dict* children = unit->AddIncludeDictionary("CHILDREN");
        children->SetFilename("portal/org_units.tpl");
        add(children, u.Int(0), depth + 1);
      }
    };
    if (!units->empty()) {
      Dict* chart = page->AddIncludeDictionary("ORG_CHART");
      chart->SetFilename("portal/org_units.tpl");
      add(chart, 0, 0);
      page->ShowSection("HAS_ORG_CHART");
    }
  }
  if (slug == "gioi-thieu-tieng-anh") page->SetValueAndShowSection("LANG", "en", "HAS_LANG");
  return RenderPage(layout);
}

Result<Response> HandleDirectory(const Request& request, Context& context) {
  Result<Rows> staff = context.db.Query(kStaffSql, {context.site.id});
  if (!staff.ok()) return staff.status();
  Dict layout("directory");
  Dict* page = StartPage(layout, request, context, "Danh bạ", "portal/directory.tpl");

  page->SetValue("SITE_NAME", context.site.name);
  for (const Row& row : *staff) {
    Dict* person = page->AddSectionDictionary("PERSON");
    FillPerson(person, row);
    // A photo uploaded in /admin/nhan-su (migration 0094).
    if (!row.IsNull(7)) person->SetValueAndShowSection("PHOTO_URL", core::media::BestThumb(row.Str(7), row.Str(8), 320), "HAS_PHOTO");
  }
  if (staff->empty()) page->ShowSection("EMPTY");
  return RenderPage(layout);
}

Result<Response> HandleUnits(const Request& request, Context& context) {
  Dict layout("units");
  Dict* page = StartPage(layout, request, context, "Đơn vị trực thuộc", "portal/units.tpl");

  page->SetValue("SITE_NAME", context.site.name);
  const core::SiteTree& tree = context.sites;
  // Nested lists of any depth, as a flat sequence of open/close markers for the template.
  std::function<void(const core::Site&)> walk = [&](const core::Site& site) {
    for (uint32_t child_id : site.children) {
      const core::Site* child = tree.ById(child_id);
      Dict* item = page->AddSectionDictionary("UNIT");
      item->ShowSection("ITEM");
      item->SetValue("NAME", child->name);
      item->SetValue("LEVEL", child->level_name);
      item->SetValue("URL", child == &tree.main() ? "/" : "/don-vi/" + child->slug + "/");
      if (!child->address.empty()) item->SetValueAndShowSection("ADDRESS", child->address, "HAS_ADDRESS");
      if (!child->phone.empty()) item->SetValueAndShowSection("PHONE", child->phone, "HAS_PHONE");
      if (!child->children.empty()) {
        item->ShowSection("OPEN_CHILDREN");
        walk(*child);
        page->AddSectionDictionary("UNIT")->ShowSection("CLOSE_CHILDREN");
      } else {
        item->ShowSection("LEAF");
      }
    }
  };
  walk(context.site);
  page->ShowSection(context.site.children.empty() ? "EMPTY" : "HAS_CHILDREN");
  page->SetIntValue("COUNT", static_cast<long>(tree.Subtree(context.site).size() - 1));
  return RenderPage(layout);
}

}  // namespace portal
