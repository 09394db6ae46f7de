// The site's structure (/admin/cau-truc, "Cấu trúc trang"; issue 5 item 6): its news
// categories, its own main menu (two levels), what the home page shows (category blocks
// and their order, featured count, welcome text, palette, banner), its links and its
// contact details. Everything the public portal shows of these is edited here.
//
// Who: the system administrator and the site's editor-in-chief (Trưởng ban) edit all of
// it; the deputy (Phó ban) edits the menu, the home page, links and contacts. The portal
// reads these through its site data (reloaded every few seconds) and keeps the home page
// for its cache time, so changes show "within a few seconds".
#include <curl/curl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include "admin/admin.h"
#include "core/audit.h"
#include "core/image.h"
#include "core/media.h"
#include "core/upload.h"
#include "core/vntext.h"

namespace admin {
namespace {

namespace fs = std::filesystem;
using core::Row;
using core::Rows;
using core::Status;
using Errors = std::map<std::string, std::string>;

constexpr char kSaved[] = "Đã lưu. Trang công khai cập nhật trong vài giây.";
constexpr char kSavedHome[] = "Đã lưu. Trang chủ cập nhật trong vài giây.";
constexpr size_t kMaxBanner = 10u << 20;

// The public pages a menu item may name (the URL contract of SPEC and issue 6).
struct Builtin {
  std::string_view key, label, path;
};
constexpr Builtin kBuiltins[] = {
    {"trang-chu", "Trang chủ", "/"},
    {"gioi-thieu", "Giới thiệu", "/gioi-thieu"},
    {"tin-tuc", "Tin tức", "/tin-tuc"},
    {"van-ban", "Văn bản", "/van-ban"},
    {"lich-cong-tac", "Lịch công tác", "/lich-cong-tac"},
    {"ke-hoach", "Kế hoạch", "/lich-cong-tac/ke-hoach"},
    {"album", "Thư viện ảnh", "/album"},
    {"video", "Video", "/video"},
    {"danh-ba", "Danh bạ", "/danh-ba"},
    {"don-vi", "Đơn vị trực thuộc", "/don-vi"},
    {"lien-ket", "Liên kết", "/lien-ket"},
    {"lien-he", "Liên hệ", "/lien-he"},
    {"gop-y", "Góp ý", "/gop-y"},
    {"hoi-dap", "Hỏi đáp", "/hoi-dap"},
    {"tra-cuu-diem", "Tra cứu điểm", "/tra-cuu-diem"},
    {"thu-vien", "Thư viện tài liệu", "/thu-vien"},
    {"tim-kiem", "Tìm kiếm", "/tim-kiem"},
    {"so-do-trang", "Sơ đồ trang", "/so-do-trang"},
};
// The portal's default menu (modules/portal/main.cc), copied when a site starts its own.
constexpr std::string_view kDefaultMenu[] = {"trang-chu", "gioi-thieu", "tin-tuc", "lich-cong-tac", "album",
                                             "video", "danh-ba", "don-vi", "lien-ket", "lien-he"};
struct Theme {
  std::string_view code, name;
};
constexpr Theme kThemes[] = {
    {"xanh-duong", "Xanh dương (mặc định)"}, {"xanh-la", "Xanh lá"}, {"xanh-ngoc", "Xanh ngọc"},
    {"tim", "Tím"}, {"do", "Đỏ"}, {"cam", "Cam"},
};
constexpr std::string_view kBannerTypes[] = {"image/jpeg", "image/png", "image/webp"};

const Builtin* BuiltinByKey(std::string_view key) {
  for (const Builtin& b : kBuiltins) if (b.key == key) return &b;
  return nullptr;
}
const Builtin* BuiltinByPath(std::string_view path) {
  for (const Builtin& b : kBuiltins) if (b.path == path) return &b;
  return nullptr;
}

// ---- Permissions -------------------------------------------------------------------

bool MayEditCategories(const Context& context) {
  return context.user && (context.user->IsSystemAdmin() || context.user->Has(context.site.id, "truong-ban"));
}
bool MayEditLayout(const Context& context) {
  return MayEditCategories(context) || (context.user && context.user->Has(context.site.id, "pho-ban"));
}

// A refusal, recorded: who tried what on which part.
Status Denied(Context& context, const Request& request, std::string_view part, std::string message) {
  std::string action = request.Field("thao_tac") ? *request.Field("thao_tac") : "";
  (void)core::Audit(context, request, "structure.denied", "site", context.site.id,
                    std::string(part) + " " + action);
  return Status::Forbidden(std::move(message));
}

// ---- Input -------------------------------------------------------------------------

// At most `max` bytes of UTF-8 text, never cutting a character in two.
std::string Clip(const std::string& text, size_t max) {
  if (text.size() <= max) return text;
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end) + "…";
}

std::string In(const Request& request, std::string_view name) {
  if (const std::string* v = request.Field(name)) return *v;
  auto it = request.entered.find(name);
  return it == request.entered.end() ? std::string() : Clip(it->second, 2000);
}
uint64_t IdIn(const Request& request, std::string_view name = "id") {
  const std::string* v = request.Field(name);
  return v ? std::stoull(*v) : 0;
}

// An address outside the site: http or https with a host, parsed by libcurl; nothing
// else (javascript:, data:, relative paths) is a link we publish.
bool IsWebUrl(const std::string& url) {
  if (url.empty() || url.size() > 1000) return false;
  for (unsigned char c : url) if (c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>') return false;
  CURLU* u = curl_url();
  if (!u) return false;
  bool ok = false;
  if (curl_url_set(u, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK) {
    char* scheme = nullptr;
    char* host = nullptr;
    if (curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK) {
      std::string s(scheme);
      ok = (s == "http" || s == "https") && host[0] != '\0' &&
           (url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0);
    }
    curl_free(scheme);
    curl_free(host);
  }
  curl_url_cleanup(u);
  return ok;
}

bool IsSlug(const std::string& s) {
  if (s.empty() || s.size() > 100 || s.front() == '-' || s.back() == '-') return false;
  for (char c : s) if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return s.find("--") == std::string::npos;
}

bool IsPhone(const std::string& s) {
  for (char c : s) if (!((c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '.' || c == '(' || c == ')' || c == '-')) return false;
  return true;
}

bool IsEmail(const std::string& s) {
  size_t at = s.find('@');
  if (at == std::string::npos || at == 0 || s.find('@', at + 1) != std::string::npos) return false;
  size_t dot = s.find('.', at);
  if (dot == std::string::npos || dot == at + 1 || dot + 1 >= s.size()) return false;
  for (unsigned char c : s) if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == ',' || c == ';') return false;
  return true;
}

// "tên: "A" → "B"; " for the audit entry of an edit.
void Diff(std::string& out, std::string_view name, const std::string& before, const std::string& after) {
  if (before == after) return;
  if (!out.empty()) out += "; ";
  out += std::string(name) + ": \"" + Clip(before, 160) + "\" → \"" + Clip(after, 160) + "\"";
}

// Moves `id` one place up or down among `ids` (in their order) and writes the order of
// all of them as 10, 20, … with `update_sql` ("UPDATE t SET col = ? WHERE id = ?").
// NotFound when `id` is not among them; a move past either end changes nothing.
Status Move(core::Db& db, const Rows& ordered, uint64_t id, bool up, const char* update_sql) {
  std::vector<uint64_t> ids;
  for (const Row& r : ordered) ids.push_back(static_cast<uint64_t>(r.Int(0)));
  auto it = std::find(ids.begin(), ids.end(), id);
  if (it == ids.end()) return Status::NotFound();
  size_t i = static_cast<size_t>(it - ids.begin());
  if (up && i > 0) std::swap(ids[i], ids[i - 1]);
  if (!up && i + 1 < ids.size()) std::swap(ids[i], ids[i + 1]);
  for (size_t k = 0; k < ids.size(); ++k) {
    Result<core::ExecResult> r = db.Execute(update_sql, {static_cast<long long>((k + 1) * 10), static_cast<long long>(ids[k])});
    if (!r.ok()) return r.status();
  }
  return Status();
}

Result<Response> SavedRedirect(Context& context, std::string_view tab) {
  std::string to = AdminBase(context) + "/cau-truc";
  if (!tab.empty()) to += "/" + std::string(tab);
  return Response::Redirect(to + "?da-luu=1", 303);
}

// Runs `change` in a transaction with its audit entry; the change may answer errors for
// the form (nothing is kept then).
template <typename F>
Status InTransaction(Context& context, F&& change) {
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  Status s = change();
  if (!s.ok()) return s;
  return (*tx)->Commit();
}

// ---- Rendering ---------------------------------------------------------------------

enum class Tab { kCategories, kMenu, kHome, kLinks, kContact };
struct TabInfo {
  Tab tab;
  std::string_view path, name, section;
};
constexpr TabInfo kTabs[] = {
    {Tab::kCategories, "", "Chuyên mục", "TAB_CATEGORIES"},
    {Tab::kMenu, "menu", "Menu", "TAB_MENU"},
    {Tab::kHome, "trang-chu", "Trang chủ", "TAB_HOME"},
    {Tab::kLinks, "lien-ket", "Liên kết", "TAB_LINKS"},
    {Tab::kContact, "lien-he", "Liên hệ", "TAB_CONTACT"},
};

struct Outcome {
  std::string message;
  bool error = false;
  int status = 200;
  Errors errors;
  bool keep_form = false;  // show the forms with what was typed
};

// A form's values: what was typed when it comes back with errors, otherwise `stored`.
struct FormValues {
  Dict* dict;
  const Request& request;
  bool typed;
  void Set(const char* name, const std::string& stored) const {
    dict->SetValue(std::string("V_") + name, typed ? In(request, name) : stored);
  }
  void Check(const char* name, bool stored) const {
    bool on = typed ? In(request, name) == "1" : stored;
    if (on) dict->ShowSection(std::string("C_") + name);
  }
};

constexpr char kCategoriesSql[] =
    "SELECT c.id, c.slug, c.name, c.description, c.is_notice, c.hidden, c.on_home, "
    "(SELECT COUNT(*) FROM articles a WHERE a.category_id = c.id), p.name "
    "FROM categories c LEFT JOIN categories p ON p.id = c.parent_id "
    "WHERE c.site_id = ? ORDER BY c.sort_order, c.id LIMIT 200";
constexpr char kCategoryOrderSql[] =
    "SELECT id FROM categories WHERE site_id = ? AND parent_id <=> ? ORDER BY sort_order, id";
constexpr char kMenuSql[] =
    "SELECT id, COALESCE(parent_id, 0), label, url FROM menu_items WHERE site_id = ? "
    "ORDER BY sort_order, id LIMIT 300";
constexpr char kIntroPagesSql[] = "SELECT slug, title FROM pages WHERE site_id = ? ORDER BY sort_order, id LIMIT 200";
constexpr char kBlocksSql[] =
    "SELECT id, name, on_home FROM categories WHERE site_id = ? AND parent_id IS NULL AND is_notice = 0 "
    "AND hidden = 0 ORDER BY on_home DESC, home_order, sort_order, id LIMIT 100";
constexpr char kBlockOrderSql[] =
    "SELECT id FROM categories WHERE site_id = ? AND parent_id IS NULL AND is_notice = 0 AND hidden = 0 "
    "AND on_home = 1 ORDER BY home_order, sort_order, id";
constexpr char kSiteHomeSql[] =
    "SELECT welcome, theme, home_featured, home_block_items, COALESCE(banner_path, ''), banner_alt "
    "FROM sites WHERE id = ?";
constexpr char kLinksSql[] =
    "SELECT id, group_name, title, url, description, on_home FROM links WHERE site_id = ? "
    "ORDER BY sort_order, id LIMIT 300";
constexpr char kContactSql[] =
    "SELECT s.address, s.phone, s.hotline, s.email, COALESCE(c.fax, ''), COALESCE(c.working_hours, ''), "
    "COALESCE(c.map_url, ''), COALESCE(c.spokesperson_name, ''), COALESCE(c.spokesperson_position, ''), "
    "COALESCE(c.spokesperson_phone, ''), COALESCE(c.spokesperson_email, '') "
    "FROM sites s LEFT JOIN site_contacts c ON c.site_id = s.id WHERE s.id = ?";
// The contact form's fields, in the order of kContactSql, with their labels.
constexpr std::string_view kContactFields[][2] = {
    {"dia_chi", "Địa chỉ"}, {"dien_thoai", "Điện thoại"}, {"duong_day_nong", "Đường dây nóng"},
    {"email", "Thư điện tử"}, {"fax", "Fax"}, {"gio_lam_viec", "Giờ làm việc"}, {"ban_do", "Liên kết bản đồ"},
    {"nguoi_phat_ngon", "Người phát ngôn"}, {"chuc_vu_phat_ngon", "Chức vụ người phát ngôn"},
    {"dien_thoai_phat_ngon", "Điện thoại người phát ngôn"}, {"email_phat_ngon", "Thư điện tử người phát ngôn"},
};

// What a stored menu URL links to, for the edit form.
struct MenuTarget {
  std::string kind = "trang", category, page, builtin, url;
};
MenuTarget TargetOf(const std::string& url, const Rows& categories) {
  MenuTarget t;
  if (url.rfind("/tin-tuc/", 0) == 0) {
    std::string slug = url.substr(9);
    for (const Row& c : categories) {
      if (c.Str(1) == slug) {
        t.kind = "chuyen-muc";
        t.category = c.Str(0);
        return t;
      }
    }
  }
  if (url.rfind("/gioi-thieu/", 0) == 0) {
    t.kind = "gioi-thieu";
    t.page = url.substr(12);
    return t;
  }
  if (const Builtin* b = BuiltinByPath(url)) {
    t.builtin = std::string(b->key);
    return t;
  }
  t.kind = "ngoai";
  t.url = url;
  return t;
}

Result<Response> Show(const Request& request, Context& context, Tab tab, Outcome outcome) {
  const uint32_t site = context.site.id;
  // The form comes back with what was typed after a refused POST.
  const bool typed = request.method == core::Method::kPost && outcome.keep_form;
  const std::string* edit = request.Field("sua");
  uint64_t edit_id = typed ? IdIn(request) : (edit ? std::stoull(*edit) : 0);

  Dict layout("structure");
  Dict* page = StartPage(layout, request, context, "Cấu trúc trang", "admin/structure.tpl");
  for (const TabInfo& t : kTabs) {
    Dict* item = page->AddSectionDictionary("TAB");
    item->SetValue("TAB_NAME", std::string(t.name));
    item->SetValue("TAB_URL", AdminBase(context) + "/cau-truc" + (t.path.empty() ? "" : "/" + std::string(t.path)));
    if (t.tab == tab) {
      item->ShowSection("CURRENT");
      page->ShowSection(std::string(t.section));
      page->SetValue("TAB_TITLE", std::string(t.name));
    }
  }
  if (MayEditCategories(context)) page->ShowSection("CAN_CATEGORIES");
  if (!outcome.message.empty()) {
    page->SetValueAndShowSection("MESSAGE", outcome.message, outcome.error ? "HAS_ERROR" : "HAS_NOTICE");
  }
  for (const auto& [field, text] : outcome.errors) {
    page->SetValueAndShowSection("ERR_" + field, text, "ERR_" + field);
    page->AddSectionDictionary("ERROR")->SetValue("ERROR_TEXT", text);
  }
  FormValues form{page, request, typed};

  Result<Rows> categories = context.db.Query(kCategoriesSql, {site});
  if (!categories.ok()) return categories.status();

  if (tab == Tab::kCategories) {
    const Row* editing = nullptr;
    for (const Row& c : *categories) {
      Dict* item = page->AddSectionDictionary("CATEGORY");
      item->SetValue("ID", c.Str(0));
      item->SetValue("SLUG", c.Str(1));
      item->SetValue("NAME", c.Str(2));
      item->SetValue("ARTICLES", c.Str(7));
      item->SetValue("PUBLIC_URL", context.prefix + "/tin-tuc/" + c.Str(1));
      item->SetValue("EDIT_URL", AdminBase(context) + "/cau-truc?sua=" + c.Str(0) + "#sua-chuyen-muc");
      if (!c.IsNull(8)) item->SetValueAndShowSection("PARENT", c.Str(8), "HAS_PARENT");
      if (c.Int(4)) item->ShowSection("IS_NOTICE");
      if (c.Int(5)) item->ShowSection("IS_HIDDEN");
      else item->ShowSection("IS_SHOWN");
      if (static_cast<uint64_t>(c.Int(0)) == edit_id) editing = &c;
    }
    if (categories->empty()) page->ShowSection("NO_CATEGORIES");
    if (editing) {
      page->ShowSection("EDIT_CATEGORY");
      page->SetValue("EDIT_ID", editing->Str(0));
      page->SetValue("EDIT_NAME", editing->Str(2));
    } else {
      page->ShowSection("NEW_CATEGORY");
    }
    form.Set("ten", editing ? editing->Str(2) : "");
    form.Set("slug", editing ? editing->Str(1) : "");
    form.Set("mo_ta", editing ? editing->Str(3) : "");
    form.Check("thong_bao", editing && editing->Int(4));
    form.Check("an", editing && editing->Int(5));
    form.Check("trang_chu", editing ? editing->Int(6) != 0 : true);
  } else if (tab == Tab::kMenu) {
    Result<Rows> menu = context.db.Query(kMenuSql, {site});
    if (!menu.ok()) return menu.status();
    Result<Rows> pages = context.db.Query(kIntroPagesSql, {site});
    if (!pages.ok()) return pages.status();
    const Row* editing = nullptr;
    for (const Row& m : *menu) {
      if (m.Int(1) != 0) continue;
      Dict* item = page->AddSectionDictionary("MENU");
      item->SetValue("ID", m.Str(0));
      item->SetValue("LABEL", m.Str(2));
      item->SetValue("URL", m.Str(3));
      item->SetValue("EDIT_URL", AdminBase(context) + "/cau-truc/menu?sua=" + m.Str(0) + "#sua-menu");
      if (static_cast<uint64_t>(m.Int(0)) == edit_id) editing = &m;
      for (const Row& child : *menu) {
        if (child.Int(1) != m.Int(0)) continue;
        Dict* sub = item->AddSectionDictionary("CHILD");
        sub->SetValue("ID", child.Str(0));
        sub->SetValue("LABEL", child.Str(2));
        sub->SetValue("URL", child.Str(3));
        sub->SetValue("EDIT_URL", AdminBase(context) + "/cau-truc/menu?sua=" + child.Str(0) + "#sua-menu");
        item->ShowSection("HAS_CHILDREN");
        if (static_cast<uint64_t>(child.Int(0)) == edit_id) editing = &child;
      }
    }
    if (menu->empty()) page->ShowSection("DEFAULT_MENU");
    MenuTarget target = editing ? TargetOf(editing->Str(3), *categories) : MenuTarget();
    std::string parent = editing && editing->Int(1) ? editing->Str(1) : "";
    if (typed) {
      target.kind = In(request, "loai");
      target.category = In(request, "chuyen_muc");
      target.page = In(request, "trang_gioi_thieu");
      target.builtin = In(request, "trang");
      target.url = In(request, "url");
      parent = In(request, "cha");
    }
    if (editing) {
      page->ShowSection("EDIT_MENU");
      page->SetValue("EDIT_ID", editing->Str(0));
      page->SetValue("EDIT_NAME", editing->Str(2));
    } else {
      page->ShowSection("NEW_MENU");
    }
    form.Set("nhan", editing ? editing->Str(2) : "");
    page->SetValue("V_url", target.url);
    for (const std::string_view kind : {"chuyen-muc", "gioi-thieu", "trang", "ngoai"}) {
      std::string section = "KIND_" + std::string(kind);
      std::replace(section.begin(), section.end(), '-', '_');
      if (target.kind == kind) page->ShowSection(section);
    }
    for (const Row& c : *categories) {
      Dict* o = page->AddSectionDictionary("CATEGORY_OPTION");
      o->SetValue("ID", c.Str(0));
      o->SetValue("NAME", c.Str(2));
      if (target.category == c.Str(0)) o->ShowSection("SELECTED");
    }
    for (const Row& p : *pages) {
      Dict* o = page->AddSectionDictionary("PAGE_OPTION");
      o->SetValue("SLUG", p.Str(0));
      o->SetValue("TITLE", p.Str(1));
      if (target.page == p.Str(0)) o->ShowSection("SELECTED");
    }
    for (const Builtin& b : kBuiltins) {
      Dict* o = page->AddSectionDictionary("BUILTIN_OPTION");
      o->SetValue("KEY", std::string(b.key));
      o->SetValue("LABEL", std::string(b.label));
      if (target.builtin == b.key) o->ShowSection("SELECTED");
    }
    // Options are marked selected here: a template cannot compare values. The parent
    // list: the top-level items (none chosen: top level).
    for (const Row& m : *menu) {
      if (m.Int(1) != 0) continue;
      Dict* o = page->AddSectionDictionary("PARENT_OPTION");
      o->SetValue("ID", m.Str(0));
      o->SetValue("LABEL", m.Str(2));
      if (parent == m.Str(0)) o->ShowSection("SELECTED");
    }
  } else if (tab == Tab::kHome) {
    Result<Row> s = context.db.QueryRow(kSiteHomeSql, {site});
    if (!s.ok()) return s.status();
    Result<Rows> blocks = context.db.Query(kBlocksSql, {site});
    if (!blocks.ok()) return blocks.status();
    form.Set("loi_chao", s->Str(0));
    form.Set("so_noi_bat", s->Str(2));
    form.Set("so_tin_khoi", s->Str(3));
    form.Set("mo_ta_anh", s->Str(5));
    std::string theme = typed ? In(request, "giao_dien") : s->Str(1);
    for (const Theme& t : kThemes) {
      Dict* o = page->AddSectionDictionary("THEME_OPTION");
      o->SetValue("CODE", std::string(t.code));
      o->SetValue("NAME", std::string(t.name));
      if (theme == t.code) o->ShowSection("SELECTED");
    }
    if (!s->Str(4).empty()) {
      page->SetValueAndShowSection("BANNER_URL", core::media::Url(s->Str(4)), "HAS_BANNER");
      page->SetValue("BANNER_ALT", s->Str(5));
    }
    int shown = 0;
    for (const Row& b : *blocks) {
      Dict* item = page->AddSectionDictionary(b.Int(2) ? "BLOCK" : "OFF_BLOCK");
      item->SetValue("ID", b.Str(0));
      item->SetValue("NAME", b.Str(1));
      if (b.Int(2)) item->SetIntValue("POSITION", ++shown);
    }
    if (shown == 0) page->ShowSection("NO_BLOCKS");
  } else if (tab == Tab::kLinks) {
    Result<Rows> links = context.db.Query(kLinksSql, {site});
    if (!links.ok()) return links.status();
    const Row* editing = nullptr;
    for (const Row& l : *links) {
      Dict* item = page->AddSectionDictionary("LINK");
      item->SetValue("ID", l.Str(0));
      item->SetValue("GROUP", l.Str(1));
      item->SetValue("TITLE", l.Str(2));
      item->SetValue("URL", l.Str(3));
      item->SetValue("EDIT_URL", AdminBase(context) + "/cau-truc/lien-ket?sua=" + l.Str(0) + "#sua-lien-ket");
      if (l.Int(5)) item->ShowSection("ON_HOME");
      if (static_cast<uint64_t>(l.Int(0)) == edit_id) editing = &l;
    }
    if (links->empty()) page->ShowSection("NO_LINKS");
    if (editing) {
      page->ShowSection("EDIT_LINK");
      page->SetValue("EDIT_ID", editing->Str(0));
      page->SetValue("EDIT_NAME", editing->Str(2));
    } else {
      page->ShowSection("NEW_LINK");
    }
    form.Set("nhom", editing ? editing->Str(1) : "Liên kết");
    form.Set("ten", editing ? editing->Str(2) : "");
    form.Set("url", editing ? editing->Str(3) : "");
    form.Set("mo_ta", editing ? editing->Str(4) : "");
    form.Check("trang_chu", editing ? editing->Int(5) != 0 : true);
  } else {
    Result<Row> c = context.db.QueryRow(kContactSql, {site});
    if (!c.ok()) return c.status();
    for (size_t i = 0; i < std::size(kContactFields); ++i) {
      form.Set(std::string(kContactFields[i][0]).c_str(), c->Str(i));
    }
    page->SetValue("PUBLIC_CONTACT", context.prefix + "/lien-he");
  }
  Result<Response> out = RenderPage(layout);
  if (out.ok()) out->status = outcome.status;
  return out;
}

Result<Response> Refused(const Request& request, Context& context, Tab tab, Errors errors, int status = 422) {
  Outcome o;
  o.error = true;
  o.status = status;
  o.message = errors.size() == 1 ? "Chưa lưu: có một ô cần sửa." : "Chưa lưu: có " + std::to_string(errors.size()) + " ô cần sửa.";
  o.errors = std::move(errors);
  o.keep_form = true;
  return Show(request, context, tab, std::move(o));
}

Result<Response> Conflict(const Request& request, Context& context, Tab tab, std::string message) {
  Outcome o;
  o.error = true;
  o.status = 409;
  o.message = std::move(message);
  return Show(request, context, tab, std::move(o));
}

// Declared fields that failed their validators, as form errors.
Errors InvalidFields(const Request& request) {
  Errors errors;
  for (const auto& [field, text] : request.invalid) errors[field] = text;
  return errors;
}

// ---- Categories --------------------------------------------------------------------

Result<Response> SaveCategory(const Request& request, Context& context) {
  if (!MayEditCategories(context)) {
    return Denied(context, request, "category", "Chỉ quản trị hệ thống và Trưởng ban sửa được chuyên mục.");
  }
  const uint32_t site = context.site.id;
  const std::string action = In(request, "thao_tac");
  const uint64_t id = IdIn(request);
  Result<Rows> found = context.db.Query(
      "SELECT id, slug, name, description, is_notice, hidden, on_home, parent_id FROM categories "
      "WHERE id = ? AND site_id = ?", {static_cast<long long>(id), site});
  if (!found.ok()) return found.status();
  const Row* current = found->empty() ? nullptr : &found->front();
  if (action != "tao" && !current) return Status::NotFound();

  if (action == "len" || action == "xuong") {
    Status s = InTransaction(context, [&]() -> Status {
      Result<Rows> order = current->IsNull(7)
          ? context.db.Query(kCategoryOrderSql, {site, nullptr})
          : context.db.Query(kCategoryOrderSql, {site, current->Int(7)});
      if (!order.ok()) return order.status();
      Status moved = Move(context.db, *order, id, action == "len", "UPDATE categories SET sort_order = ? WHERE id = ?");
      if (!moved.ok()) return moved;
      return core::Audit(context, request, "category.move", "category", id,
                         current->Str(2) + (action == "len" ? " lên" : " xuống"));
    });
    if (!s.ok()) return s;
    return SavedRedirect(context, "");
  }
  if (action == "xoa") {
    Result<Row> uses = context.db.QueryRow(
        "SELECT (SELECT COUNT(*) FROM articles WHERE category_id = ?), "
        "(SELECT COUNT(*) FROM categories WHERE parent_id = ?), "
        "(SELECT COUNT(*) FROM feed_subscriptions WHERE category_id = ?), "
        "(SELECT COUNT(*) FROM menu_items WHERE site_id = ? AND url = ?)",
        {static_cast<long long>(id), static_cast<long long>(id), static_cast<long long>(id), site,
         "/tin-tuc/" + current->Str(1)});
    if (!uses.ok()) return uses.status();
    if (uses->Int(0) > 0) {
      return Conflict(request, context, Tab::kCategories,
                      "Không xóa được chuyên mục “" + current->Str(2) + "”: chuyên mục còn " + uses->Str(0) +
                          " bài viết (kể cả bài nháp và bài đã gỡ). Hãy chuyển các bài sang chuyên mục khác, "
                          "hoặc ẩn chuyên mục này thay vì xóa.");
    }
    if (uses->Int(1) > 0) {
      return Conflict(request, context, Tab::kCategories,
                      "Không xóa được chuyên mục “" + current->Str(2) + "”: chuyên mục còn chuyên mục con.");
    }
    if (uses->Int(2) > 0) {
      return Conflict(request, context, Tab::kCategories,
                      "Không xóa được chuyên mục “" + current->Str(2) + "”: có nguồn tin tự động đang đưa tin vào chuyên mục này.");
    }
    if (uses->Int(3) > 0) {
      return Conflict(request, context, Tab::kCategories,
                      "Không xóa được chuyên mục “" + current->Str(2) + "”: menu của trang còn mục dẫn tới chuyên mục này. Hãy xóa mục menu đó trước.");
    }
    Status s = InTransaction(context, [&]() -> Status {
      for (const char* sql : {"DELETE FROM category_delegations WHERE category_id = ?",
                              "DELETE FROM category_redirects WHERE category_id = ?",
                              "DELETE FROM categories WHERE id = ?"}) {
        Result<core::ExecResult> r = context.db.Execute(sql, {static_cast<long long>(id)});
        if (!r.ok()) return r.status();
      }
      return core::Audit(context, request, "category.delete", "category", id,
                         current->Str(2) + " (/tin-tuc/" + current->Str(1) + ")");
    });
    if (!s.ok()) return s;
    return SavedRedirect(context, "");
  }
  if (action != "tao" && action != "sua") return Status::NotFound();

  // Create or edit: check every field, then write all or nothing.
  Errors errors = InvalidFields(request);
  std::string name = In(request, "ten");
  std::string slug = In(request, "slug");
  std::string description = In(request, "mo_ta");
  if (!errors.count("ten") && name.empty()) errors["ten"] = "Nhập tên chuyên mục.";
  if (slug.empty() && !name.empty()) slug = core::vntext::Slugify(name, 100);
  if (!errors.count("slug") && !IsSlug(slug)) {
    errors["slug"] = "Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ “tin-giao-duc”.";
  }
  bool notice = In(request, "thong_bao") == "1";
  bool hidden = In(request, "an") == "1";
  bool on_home = In(request, "trang_chu") == "1";
  if (errors.empty()) {
    Result<Rows> taken = context.db.Query("SELECT id FROM categories WHERE site_id = ? AND slug = ? AND id <> ?",
                                          {site, slug, static_cast<long long>(id)});
    if (!taken.ok()) return taken.status();
    if (!taken->empty()) errors["slug"] = "Đường dẫn “" + slug + "” đã có chuyên mục khác dùng; chọn đường dẫn khác.";
  }
  if (!errors.empty()) return Refused(request, context, Tab::kCategories, std::move(errors));

  uint64_t saved_id = id;
  Status s = InTransaction(context, [&]() -> Status {
    // A slug now in use by a category is no longer anyone's old address.
    Result<core::ExecResult> freed = context.db.Execute(
        "DELETE FROM category_redirects WHERE site_id = ? AND old_slug = ?", {site, slug});
    if (!freed.ok()) return freed.status();
    if (action == "tao") {
      Result<core::ExecResult> ins = context.db.Execute(
          "INSERT INTO categories (site_id, slug, name, description, is_notice, hidden, on_home, sort_order, home_order) "
          "SELECT ?, ?, ?, ?, ?, ?, ?, COALESCE(MAX(sort_order), 0) + 10, COALESCE(MAX(home_order), 0) + 10 "
          "FROM categories WHERE site_id = ?",
          {site, slug, name, description, notice ? 1 : 0, hidden ? 1 : 0, on_home ? 1 : 0, site});
      if (!ins.ok()) return ins.status();
      saved_id = ins->insert_id;
      return core::Audit(context, request, "category.create", "category", saved_id,
                         name + " (/tin-tuc/" + slug + ")" + (notice ? ", thông báo" : "") + (hidden ? ", ẩn" : ""));
    }
    std::string changes;
    Diff(changes, "tên", current->Str(2), name);
    Diff(changes, "đường dẫn", current->Str(1), slug);
    Diff(changes, "mô tả", current->Str(3), description);
    Diff(changes, "thông báo", current->Int(4) ? "có" : "không", notice ? "có" : "không");
    Diff(changes, "ẩn", current->Int(5) ? "có" : "không", hidden ? "có" : "không");
    Diff(changes, "khối trang chủ", current->Int(6) ? "có" : "không", on_home ? "có" : "không");
    Result<core::ExecResult> up = context.db.Execute(
        "UPDATE categories SET slug = ?, name = ?, description = ?, is_notice = ?, hidden = ?, on_home = ? WHERE id = ?",
        {slug, name, description, notice ? 1 : 0, hidden ? 1 : 0, on_home ? 1 : 0, static_cast<long long>(id)});
    if (!up.ok()) return up.status();
    if (slug != current->Str(1)) {
      // The old address keeps working, and the site's menu follows the new one.
      Result<core::ExecResult> r = context.db.Execute(
          "INSERT INTO category_redirects (site_id, old_slug, category_id) VALUES (?, ?, ?) "
          "ON DUPLICATE KEY UPDATE category_id = VALUES(category_id)",
          {site, current->Str(1), static_cast<long long>(id)});
      if (!r.ok()) return r.status();
      Result<core::ExecResult> m = context.db.Execute(
          "UPDATE menu_items SET url = ? WHERE site_id = ? AND url = ?",
          {"/tin-tuc/" + slug, site, "/tin-tuc/" + current->Str(1)});
      if (!m.ok()) return m.status();
    }
    return core::Audit(context, request, "category.update", "category", id, changes.empty() ? "không đổi" : changes);
  });
  if (s.IsConflict()) {
    return Refused(request, context, Tab::kCategories, {{"slug", "Đường dẫn “" + slug + "” đã có chuyên mục khác dùng."}});
  }
  if (!s.ok()) return s;
  return SavedRedirect(context, "");
}

// ---- Menu --------------------------------------------------------------------------

Result<Response> SaveMenu(const Request& request, Context& context) {
  if (!MayEditLayout(context)) {
    return Denied(context, request, "menu", "Chỉ quản trị hệ thống, Trưởng ban và Phó ban sửa được menu.");
  }
  const uint32_t site = context.site.id;
  const std::string action = In(request, "thao_tac");
  const uint64_t id = IdIn(request);
  Result<Rows> found = context.db.Query(
      "SELECT id, COALESCE(parent_id, 0), label, url FROM menu_items WHERE id = ? AND site_id = ?",
      {static_cast<long long>(id), site});
  if (!found.ok()) return found.status();
  const Row* current = found->empty() ? nullptr : &found->front();

  if (action == "mac-dinh") {
    Result<Row> count = context.db.QueryRow("SELECT COUNT(*) FROM menu_items WHERE site_id = ?", {site});
    if (!count.ok()) return count.status();
    if (count->Int(0) > 0) return Conflict(request, context, Tab::kMenu, "Trang đã có menu riêng.");
    Status s = InTransaction(context, [&]() -> Status {
      int order = 0;
      for (std::string_view key : kDefaultMenu) {
        if (key == "don-vi" && context.site.children.empty()) continue;
        const Builtin* b = BuiltinByKey(key);
        Result<core::ExecResult> r = context.db.Execute(
            "INSERT INTO menu_items (site_id, label, url, sort_order) VALUES (?, ?, ?, ?)",
            {site, std::string(b->label), std::string(b->path), order += 10});
        if (!r.ok()) return r.status();
      }
      return core::Audit(context, request, "menu.default", "site", site, "menu riêng tạo từ menu mặc định");
    });
    if (!s.ok()) return s;
    return SavedRedirect(context, "menu");
  }
  if (action != "tao" && !current) return Status::NotFound();
  if (action == "len" || action == "xuong") {
    Status s = InTransaction(context, [&]() -> Status {
      Result<Rows> order = current->Int(1) == 0
          ? context.db.Query("SELECT id FROM menu_items WHERE site_id = ? AND parent_id IS NULL ORDER BY sort_order, id", {site})
          : context.db.Query("SELECT id FROM menu_items WHERE site_id = ? AND parent_id = ? ORDER BY sort_order, id",
                             {site, current->Int(1)});
      if (!order.ok()) return order.status();
      Status moved = Move(context.db, *order, id, action == "len", "UPDATE menu_items SET sort_order = ? WHERE id = ?");
      if (!moved.ok()) return moved;
      return core::Audit(context, request, "menu.move", "menu_item", id, current->Str(2) + (action == "len" ? " lên" : " xuống"));
    });
    if (!s.ok()) return s;
    return SavedRedirect(context, "menu");
  }
  if (action == "xoa") {
    Result<Row> children = context.db.QueryRow("SELECT COUNT(*) FROM menu_items WHERE parent_id = ?", {static_cast<long long>(id)});
    if (!children.ok()) return children.status();
    if (children->Int(0) > 0) {
      return Conflict(request, context, Tab::kMenu,
                      "Không xóa được mục “" + current->Str(2) + "”: mục còn " + children->Str(0) + " mục con. Hãy xóa hoặc chuyển các mục con trước.");
    }
    Status s = InTransaction(context, [&]() -> Status {
      Result<core::ExecResult> r = context.db.Execute("DELETE FROM menu_items WHERE id = ?", {static_cast<long long>(id)});
      if (!r.ok()) return r.status();
      return core::Audit(context, request, "menu.delete", "menu_item", id, current->Str(2) + " → " + current->Str(3));
    });
    if (!s.ok()) return s;
    return SavedRedirect(context, "menu");
  }
  if (action != "tao" && action != "sua") return Status::NotFound();

  Errors errors = InvalidFields(request);
  std::string label = In(request, "nhan");
  if (!errors.count("nhan") && label.empty()) errors["nhan"] = "Nhập tên mục menu.";
  // The parent: a top-level item of this site, not the item itself, and an item with
  // children stays at the top (two levels).
  long long parent = 0;
  if (const std::string* p = request.Field("cha")) {
    parent = std::stoll(*p);
    Result<Rows> ok = context.db.Query(
        "SELECT id FROM menu_items WHERE id = ? AND site_id = ? AND parent_id IS NULL", {parent, site});
    if (!ok.ok()) return ok.status();
    if (ok->empty() || static_cast<uint64_t>(parent) == id) {
      errors["cha"] = "Chọn một mục cấp trên có trong menu (menu có hai cấp).";
    } else if (current) {
      Result<Row> kids = context.db.QueryRow("SELECT COUNT(*) FROM menu_items WHERE parent_id = ?", {static_cast<long long>(id)});
      if (!kids.ok()) return kids.status();
      if (kids->Int(0) > 0) errors["cha"] = "Mục này có mục con nên phải ở cấp trên cùng (menu có hai cấp).";
    }
  }
  std::string kind = In(request, "loai");
  std::string url;
  if (kind == "chuyen-muc") {
    Result<Rows> c = context.db.Query("SELECT slug FROM categories WHERE id = ? AND site_id = ?",
                                      {static_cast<long long>(IdIn(request, "chuyen_muc")), site});
    if (!c.ok()) return c.status();
    if (c->empty()) errors["chuyen_muc"] = "Chọn một chuyên mục của trang.";
    else url = "/tin-tuc/" + c->front().Str(0);
  } else if (kind == "gioi-thieu") {
    Result<Rows> p = context.db.Query("SELECT slug FROM pages WHERE site_id = ? AND slug = ?", {site, In(request, "trang_gioi_thieu")});
    if (!p.ok()) return p.status();
    if (p->empty()) errors["trang_gioi_thieu"] = "Chọn một trang giới thiệu của trang.";
    else url = "/gioi-thieu/" + p->front().Str(0);
  } else if (kind == "trang") {
    const Builtin* b = BuiltinByKey(In(request, "trang"));
    if (!b) errors["trang"] = "Chọn một trang có sẵn.";
    else url = std::string(b->path);
  } else if (kind == "ngoai") {
    url = In(request, "url");
    if (!IsWebUrl(url)) errors["url"] = "Địa chỉ ngoài phải là một địa chỉ web đầy đủ bắt đầu bằng http:// hoặc https://.";
  } else {
    errors["loai"] = "Chọn mục menu dẫn tới đâu.";
  }
  if (!errors.empty()) return Refused(request, context, Tab::kMenu, std::move(errors));

  Status s = InTransaction(context, [&]() -> Status {
    core::Param parent_param = parent ? core::Param(parent) : core::Param(nullptr);
    if (action == "tao") {
      Result<core::ExecResult> ins = context.db.Execute(
          "INSERT INTO menu_items (site_id, parent_id, label, url, sort_order) "
          "SELECT ?, ?, ?, ?, COALESCE(MAX(sort_order), 0) + 10 FROM menu_items WHERE site_id = ?",
          {site, parent_param, label, url, site});
      if (!ins.ok()) return ins.status();
      return core::Audit(context, request, "menu.create", "menu_item", ins->insert_id,
                         label + " → " + url + (parent ? " (mục con của #" + std::to_string(parent) + ")" : ""));
    }
    std::string changes;
    Diff(changes, "tên", current->Str(2), label);
    Diff(changes, "liên kết", current->Str(3), url);
    Diff(changes, "mục cấp trên", current->Str(1) == "0" ? "" : current->Str(1), parent ? std::to_string(parent) : "");
    Result<core::ExecResult> up = context.db.Execute(
        "UPDATE menu_items SET parent_id = ?, label = ?, url = ? WHERE id = ?",
        {parent_param, label, url, static_cast<long long>(id)});
    if (!up.ok()) return up.status();
    return core::Audit(context, request, "menu.update", "menu_item", id, changes.empty() ? "không đổi" : changes);
  });
  if (!s.ok()) return s;
  return SavedRedirect(context, "menu");
}

// ---- Home page ---------------------------------------------------------------------

// The banner: a JPEG, PNG or WebP (sniffed), at most 10 MB, made a JPEG at most 1600 px
// wide through libvips (which also drops its metadata), stored as a media row.
Result<core::media::Stored> StoreBanner(Context& context, const core::UploadedFile& file, const std::string& alt,
                                        std::string* error) {
  if (file.data.size() > kMaxBanner) {
    *error = "Ảnh bìa quá lớn: tối đa 10 MB.";
    return Status::Invalid(*error);
  }
  Result<core::upload::Type> type = core::upload::Sniff(file.data, kBannerTypes);
  if (!type.ok()) {
    *error = "Ảnh bìa phải là ảnh JPEG, PNG hoặc WebP (tệp đã gửi không phải loại này).";
    return type.status();
  }
  char dir_template[] = "/tmp/eduportal-banner-XXXXXX";
  if (!mkdtemp(dir_template)) return Status::Internal("mkdtemp failed");
  fs::path dir(dir_template);
  std::error_code ec;
  fs::path source = dir / ("goc." + type->extension);
  fs::path jpeg = dir / "banner.jpg";
  {
    std::ofstream out(source, std::ios::binary);
    out.write(file.data.data(), static_cast<std::streamsize>(file.data.size()));
    if (!out) {
      fs::remove_all(dir, ec);
      return Status::Internal("cannot write " + source.string());
    }
  }
  Status converted = core::image::ToJpeg(source.string(), jpeg.string(), 1600);
  if (!converted.ok()) {
    fs::remove_all(dir, ec);
    *error = "Không đọc được ảnh bìa: tệp bị hỏng hoặc không phải ảnh.";
    return Status::Invalid(*error);
  }
  Result<core::media::Stored> stored =
      core::media::StoreImage(context.db, context.config.uploads_dir(), context.site.id, jpeg.string(), file.filename, alt);
  fs::remove_all(dir, ec);
  if (!stored.ok() && stored.status().IsInvalid()) *error = "Không đọc được ảnh bìa: tệp bị hỏng hoặc không phải ảnh.";
  return stored;
}

Result<Response> SaveHome(const Request& request, Context& context) {
  if (!MayEditLayout(context)) {
    return Denied(context, request, "home", "Chỉ quản trị hệ thống, Trưởng ban và Phó ban sửa được trang chủ.");
  }
  const uint32_t site = context.site.id;
  const std::string action = In(request, "thao_tac");
  if (action == "len" || action == "xuong" || action == "hien-khoi" || action == "an-khoi") {
    const uint64_t id = IdIn(request);
    Result<Rows> found = context.db.Query(
        "SELECT name FROM categories WHERE id = ? AND site_id = ? AND parent_id IS NULL AND is_notice = 0",
        {static_cast<long long>(id), site});
    if (!found.ok()) return found.status();
    if (found->empty()) return Status::NotFound();
    std::string name = found->front().Str(0);
    Status s = InTransaction(context, [&]() -> Status {
      if (action == "hien-khoi" || action == "an-khoi") {
        // A block shown again goes to the end of the list.
        Result<Row> last = context.db.QueryRow("SELECT COALESCE(MAX(home_order), 0) + 10 FROM categories WHERE site_id = ?", {site});
        if (!last.ok()) return last.status();
        Result<core::ExecResult> r = action == "hien-khoi"
            ? context.db.Execute("UPDATE categories SET on_home = 1, home_order = ? WHERE id = ?",
                                 {static_cast<long long>(last->Int(0)), static_cast<long long>(id)})
            : context.db.Execute("UPDATE categories SET on_home = 0 WHERE id = ?", {static_cast<long long>(id)});
        if (!r.ok()) return r.status();
        return core::Audit(context, request, "home.block", "category", id,
                           name + (action == "hien-khoi" ? ": hiện trên trang chủ" : ": không hiện trên trang chủ"));
      }
      Result<Rows> order = context.db.Query(kBlockOrderSql, {site});
      if (!order.ok()) return order.status();
      Status moved = Move(context.db, *order, id, action == "len", "UPDATE categories SET home_order = ? WHERE id = ?");
      if (!moved.ok()) return moved;
      return core::Audit(context, request, "home.block", "category", id, name + (action == "len" ? ": khối lên" : ": khối xuống"));
    });
    if (!s.ok()) return s;
    return SavedRedirect(context, "trang-chu");
  }
  if (action != "luu") return Status::NotFound();

  Errors errors = InvalidFields(request);
  Result<Row> before = context.db.QueryRow(kSiteHomeSql, {site});
  if (!before.ok()) return before.status();
  std::string welcome = In(request, "loi_chao");
  std::string theme = In(request, "giao_dien");
  std::string featured = In(request, "so_noi_bat");
  std::string per_block = In(request, "so_tin_khoi");
  std::string alt = In(request, "mo_ta_anh");
  bool remove_banner = In(request, "xoa_anh") == "1";
  if (!errors.count("giao_dien") && theme.empty()) errors["giao_dien"] = "Chọn bảng màu.";
  if (!errors.count("so_noi_bat") && featured.empty()) errors["so_noi_bat"] = "Nhập số tin nổi bật (1–12).";
  if (!errors.count("so_tin_khoi") && per_block.empty()) errors["so_tin_khoi"] = "Nhập số tin mỗi khối (1–12).";
  const core::UploadedFile* file = request.File("anh_bia");
  bool will_have_banner = file || (!before->Str(4).empty() && !remove_banner);
  if (!errors.count("mo_ta_anh") && will_have_banner && alt.empty()) {
    errors["mo_ta_anh"] = "Nhập mô tả ảnh bìa (cho người dùng trình đọc màn hình).";
  }
  if (!errors.empty()) return Refused(request, context, Tab::kHome, std::move(errors));

  std::string banner_error;
  Status s = InTransaction(context, [&]() -> Status {
    std::string banner_path = remove_banner ? "" : before->Str(4);
    if (file) {
      Result<core::media::Stored> stored = StoreBanner(context, *file, alt, &banner_error);
      if (!stored.ok()) return stored.status();
      banner_path = stored->path;
    }
    Result<core::ExecResult> up = context.db.Execute(
        "UPDATE sites SET welcome = ?, theme = ?, home_featured = ?, home_block_items = ?, banner_path = ?, banner_alt = ? "
        "WHERE id = ?",
        {welcome, theme, std::stoi(featured), std::stoi(per_block),
         banner_path.empty() ? core::Param(nullptr) : core::Param(banner_path), banner_path.empty() ? std::string() : alt, site});
    if (!up.ok()) return up.status();
    std::string changes;
    Diff(changes, "lời chào", before->Str(0), welcome);
    Diff(changes, "bảng màu", before->Str(1), theme);
    Diff(changes, "số tin nổi bật", before->Str(2), featured);
    Diff(changes, "số tin mỗi khối", before->Str(3), per_block);
    Diff(changes, "ảnh bìa", before->Str(4), banner_path);
    Diff(changes, "mô tả ảnh bìa", before->Str(5), banner_path.empty() ? std::string() : alt);
    return core::Audit(context, request, "home.update", "site", site, changes.empty() ? "không đổi" : changes);
  });
  if (!banner_error.empty()) return Refused(request, context, Tab::kHome, {{"anh_bia", banner_error}});
  if (!s.ok()) return s;
  return Response::Redirect(AdminBase(context) + "/cau-truc/trang-chu?da-luu=trang-chu", 303);
}

// ---- Links -------------------------------------------------------------------------

Result<Response> SaveLink(const Request& request, Context& context) {
  if (!MayEditLayout(context)) {
    return Denied(context, request, "links", "Chỉ quản trị hệ thống, Trưởng ban và Phó ban sửa được liên kết.");
  }
  const uint32_t site = context.site.id;
  const std::string action = In(request, "thao_tac");
  const uint64_t id = IdIn(request);
  Result<Rows> found = context.db.Query(
      "SELECT id, group_name, title, url, description, on_home FROM links WHERE id = ? AND site_id = ?",
      {static_cast<long long>(id), site});
  if (!found.ok()) return found.status();
  const Row* current = found->empty() ? nullptr : &found->front();
  if (action != "tao" && !current) return Status::NotFound();
  if (action == "len" || action == "xuong") {
    Status s = InTransaction(context, [&]() -> Status {
      Result<Rows> order = context.db.Query("SELECT id FROM links WHERE site_id = ? ORDER BY sort_order, id", {site});
      if (!order.ok()) return order.status();
      Status moved = Move(context.db, *order, id, action == "len", "UPDATE links SET sort_order = ? WHERE id = ?");
      if (!moved.ok()) return moved;
      return core::Audit(context, request, "link.move", "link", id, current->Str(2) + (action == "len" ? " lên" : " xuống"));
    });
    if (!s.ok()) return s;
    return SavedRedirect(context, "lien-ket");
  }
  if (action == "xoa") {
    Status s = InTransaction(context, [&]() -> Status {
      Result<core::ExecResult> r = context.db.Execute("DELETE FROM links WHERE id = ?", {static_cast<long long>(id)});
      if (!r.ok()) return r.status();
      return core::Audit(context, request, "link.delete", "link", id, current->Str(2) + " → " + current->Str(3));
    });
    if (!s.ok()) return s;
    return SavedRedirect(context, "lien-ket");
  }
  if (action != "tao" && action != "sua") return Status::NotFound();
  Errors errors = InvalidFields(request);
  std::string group = In(request, "nhom");
  std::string title = In(request, "ten");
  std::string url = In(request, "url");
  std::string description = In(request, "mo_ta");
  bool on_home = In(request, "trang_chu") == "1";
  if (!errors.count("nhom") && group.empty()) errors["nhom"] = "Nhập nhóm liên kết, ví dụ “Cơ quan cấp trên”.";
  if (!errors.count("ten") && title.empty()) errors["ten"] = "Nhập tên liên kết.";
  if (!errors.count("url") && !IsWebUrl(url)) errors["url"] = "Địa chỉ phải là một địa chỉ web đầy đủ bắt đầu bằng http:// hoặc https://.";
  if (!errors.empty()) return Refused(request, context, Tab::kLinks, std::move(errors));
  Status s = InTransaction(context, [&]() -> Status {
    if (action == "tao") {
      Result<core::ExecResult> ins = context.db.Execute(
          "INSERT INTO links (site_id, group_name, title, url, description, on_home, sort_order) "
          "SELECT ?, ?, ?, ?, ?, ?, COALESCE(MAX(sort_order), 0) + 10 FROM links WHERE site_id = ?",
          {site, group, title, url, description, on_home ? 1 : 0, site});
      if (!ins.ok()) return ins.status();
      return core::Audit(context, request, "link.create", "link", ins->insert_id, group + ": " + title + " → " + url);
    }
    std::string changes;
    Diff(changes, "nhóm", current->Str(1), group);
    Diff(changes, "tên", current->Str(2), title);
    Diff(changes, "địa chỉ", current->Str(3), url);
    Diff(changes, "mô tả", current->Str(4), description);
    Diff(changes, "trang chủ", current->Int(5) ? "có" : "không", on_home ? "có" : "không");
    Result<core::ExecResult> up = context.db.Execute(
        "UPDATE links SET group_name = ?, title = ?, url = ?, description = ?, on_home = ? WHERE id = ?",
        {group, title, url, description, on_home ? 1 : 0, static_cast<long long>(id)});
    if (!up.ok()) return up.status();
    return core::Audit(context, request, "link.update", "link", id, changes.empty() ? "không đổi" : changes);
  });
  if (!s.ok()) return s;
  return SavedRedirect(context, "lien-ket");
}

// ---- Contact -----------------------------------------------------------------------

Result<Response> SaveContact(const Request& request, Context& context) {
  if (!MayEditLayout(context)) {
    return Denied(context, request, "contact", "Chỉ quản trị hệ thống, Trưởng ban và Phó ban sửa được thông tin liên hệ.");
  }
  const uint32_t site = context.site.id;
  if (In(request, "thao_tac") != "luu") return Status::NotFound();
  Errors errors = InvalidFields(request);
  std::vector<std::string> v;
  for (const auto& f : kContactFields) v.push_back(In(request, f[0]));
  for (const char* phone : {"dien_thoai", "duong_day_nong", "fax", "dien_thoai_phat_ngon"}) {
    if (!errors.count(phone) && !IsPhone(In(request, phone))) {
      errors[phone] = "Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + . ( ) -.";
    }
  }
  for (const char* mail : {"email", "email_phat_ngon"}) {
    std::string m = In(request, mail);
    if (!errors.count(mail) && !m.empty() && !IsEmail(m)) errors[mail] = "Thư điện tử không hợp lệ, ví dụ “pgddt@thanhbinh.edu.vn”.";
  }
  std::string map = In(request, "ban_do");
  if (!errors.count("ban_do") && !map.empty() && (map.rfind("https://", 0) != 0 || !IsWebUrl(map))) {
    errors["ban_do"] = "Liên kết bản đồ phải là một địa chỉ bắt đầu bằng https://.";
  }
  if (!errors.empty()) return Refused(request, context, Tab::kContact, std::move(errors));
  Result<Row> before = context.db.QueryRow(kContactSql, {site});
  if (!before.ok()) return before.status();
  Status s = InTransaction(context, [&]() -> Status {
    Result<core::ExecResult> up = context.db.Execute(
        "UPDATE sites SET address = ?, phone = ?, hotline = ?, email = ? WHERE id = ?", {v[0], v[1], v[2], v[3], site});
    if (!up.ok()) return up.status();
    Result<core::ExecResult> contact = context.db.Execute(
        "INSERT INTO site_contacts (site_id, fax, working_hours, map_url, spokesperson_name, spokesperson_position, "
        "spokesperson_phone, spokesperson_email) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
        "fax = VALUES(fax), working_hours = VALUES(working_hours), map_url = VALUES(map_url), "
        "spokesperson_name = VALUES(spokesperson_name), spokesperson_position = VALUES(spokesperson_position), "
        "spokesperson_phone = VALUES(spokesperson_phone), spokesperson_email = VALUES(spokesperson_email), "
        "updated_at = UTC_TIMESTAMP()",
        {site, v[4], v[5], v[6], v[7], v[8], v[9], v[10]});
    if (!contact.ok()) return contact.status();
    std::string changes;
    for (size_t i = 0; i < std::size(kContactFields); ++i) Diff(changes, kContactFields[i][1], before->Str(i), v[i]);
    return core::Audit(context, request, "contact.update", "site", site, changes.empty() ? "không đổi" : changes);
  });
  if (!s.ok()) return s;
  return SavedRedirect(context, "lien-he");
}

std::optional<Tab> TabOf(const Request& request) {
  if (request.path_args.empty()) return Tab::kCategories;
  for (const TabInfo& t : kTabs) {
    if (!t.path.empty() && t.path == request.path_args[0]) return t.tab;
  }
  if (request.path_args[0] == "chuyen-muc") return Tab::kCategories;
  return std::nullopt;
}

}  // namespace

Result<Response> HandleStructure(const Request& request, Context& context) {
  std::optional<Tab> tab = TabOf(request);
  if (!tab) return Status::NotFound();
  if (!MayEditLayout(context)) {
    return Status::Forbidden("Chỉ quản trị hệ thống, Trưởng ban và Phó ban của trang sửa được cấu trúc trang.");
  }
  Outcome outcome;
  if (const std::string* saved = request.Field("da-luu")) outcome.message = *saved == "trang-chu" ? kSavedHome : kSaved;
  return Show(request, context, *tab, std::move(outcome));
}

Result<Response> HandleStructureSave(const Request& request, Context& context) {
  std::optional<Tab> tab = TabOf(request);
  if (!tab || request.path_args.empty()) return Status::NotFound();
  switch (*tab) {
    case Tab::kCategories: return SaveCategory(request, context);
    case Tab::kMenu: return SaveMenu(request, context);
    case Tab::kHome: return SaveHome(request, context);
    case Tab::kLinks: return SaveLink(request, context);
    case Tab::kContact: return SaveContact(request, context);
  }
  return Status::NotFound();
}

bool MayEditStructure(const Context& context) { return MayEditLayout(context); }

}  // namespace admin
