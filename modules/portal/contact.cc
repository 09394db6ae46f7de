// Contact and press (liên hệ, SPEC A15; seed 003 §2.16): the site's address, phone, fax,
// official e-mail, working hours and a map link; its spokesperson (người phát ngôn); and
// who answers for the portal.
#include "core/http.h"
#include "portal/portal.h"

namespace portal {
namespace {

using core::Row;
using core::Rows;

constexpr char kContactSql[] =
    "SELECT fax, working_hours, map_url, spokesperson_name, spokesperson_position, "
    "spokesperson_phone, spokesperson_email, editor_in_chief_name, editor_in_chief_position, "
    "administrator_name, administrator_phone, administrator_email, press_note "
    "FROM site_contacts WHERE site_id = ?";

// The digits of a phone number for a tel: link ("0235 3861 245" → "02353861245").
std::string TelOf(std::string_view phone) {
  std::string tel;
  for (char c : phone) if ((c >= '0' && c <= '9') || c == '+') tel += c;
  return tel;
}

// A phone number and its tel: link, shown when not empty.
void SetPhone(Dict* dict, const char* name, std::string_view phone) {
  if (phone.empty()) return;
  std::string key(name);
  dict->SetValueAndShowSection(key, NoBreakSpaces(phone), key);
  dict->SetValue(key + "_TEL", TelOf(phone));
}

// Only an ordinary https link leaves the site; nothing is embedded or loaded from the
// map's host. Without a configured link, a map search of the address.
std::string MapUrl(std::string_view configured, std::string_view address) {
  if (configured.rfind("https://", 0) == 0) return std::string(configured);
  if (address.empty()) return "";
  return "https://www.google.com/maps/search/?api=1&query=" + core::UrlEncode(address);
}

}  // namespace

Result<Response> HandleContact(const Request& request, Context& context) {
  Result<Rows> rows = context.db.Query(kContactSql, {context.site.id});
  if (!rows.ok()) return rows.status();
  // A site without its row still shows what `sites` holds.
  static const Row kNone(std::vector<std::optional<std::string>>(13, std::string()));
  const Row& c = rows->empty() ? kNone : rows->front();
  const core::Site& site = context.site;

  Dict layout("contact");
  Dict* page = StartPage(layout, request, context, "Liên hệ", "portal/contact.tpl");
  layout.SetValue("META_DESCRIPTION", "Địa chỉ, điện thoại, thư điện tử và người phát ngôn của " + site.name);

  page->SetValueAndShowSection("ADDRESS", site.address, "ADDRESS");
  std::string map = MapUrl(c.Str(2), site.address);
  if (!map.empty()) page->SetValueAndShowSection("MAP_URL", map, "MAP");
  SetPhone(page, "PHONE", site.phone);
  SetPhone(page, "HOTLINE", site.hotline);
  page->SetValueAndShowSection("FAX", NoBreakSpaces(c.Str(0)), "FAX");
  page->SetValueAndShowSection("EMAIL", site.email, "EMAIL");
  // Working hours: one line per period.
  std::string_view hours = c.Str(1);
  while (!hours.empty()) {
    size_t end = hours.find('\n');
    std::string_view line = hours.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty()) {
      page->ShowSection("HOURS");
      page->AddSectionDictionary("HOURS_LINE")->SetValue("LINE", std::string(line));
    }
    if (end == std::string_view::npos) break;
    hours.remove_prefix(end + 1);
  }

  if (!c.Str(3).empty()) {
    Dict* person = page->AddSectionDictionary("SPOKESPERSON");
    person->SetValue("NAME", c.Str(3));
    person->SetValueAndShowSection("POSITION", c.Str(4), "HAS_POSITION");
    SetPhone(person, "PHONE", c.Str(5));
    person->SetValueAndShowSection("EMAIL", c.Str(6), "EMAIL");
  } else {
    page->ShowSection("NO_SPOKESPERSON");
  }
  page->SetValueAndShowSection("PRESS_NOTE", c.Str(12), "HAS_PRESS_NOTE");

  if (!c.Str(7).empty() || !c.Str(9).empty()) page->ShowSection("PORTAL");
  if (!c.Str(7).empty()) {
    Dict* lead = page->AddSectionDictionary("EDITOR_IN_CHIEF");
    lead->SetValue("NAME", c.Str(7));
    lead->SetValueAndShowSection("POSITION", c.Str(8), "HAS_POSITION");
  }
  if (!c.Str(9).empty()) {
    Dict* admin = page->AddSectionDictionary("ADMINISTRATOR");
    admin->SetValue("NAME", c.Str(9));
    SetPhone(admin, "PHONE", c.Str(10));
    admin->SetValueAndShowSection("EMAIL", c.Str(11), "EMAIL");
  }
  return RenderPage(layout);
}

}  // namespace portal
