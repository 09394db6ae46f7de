// Account administration (/admin/tai-khoan, issue 5 items 1–2, seed 001 Điều 5–9): the
// accounts of a site, new accounts with a one-time password, roles per site, categories
// delegated to board members, lock, posting rights, password reset and signing out.
//
// Who may do what, checked here on every request:
//  - a system administrator (quan-tri on any site): every account, roles on every site;
//  - the editor-in-chief (truong-ban) of a site: the accounts holding a role on that site
//    (not those of a system administrator), roles on that site only, never quan-tri;
//  - nobody changes their own roles, locks themselves or resets their own password here.
#include <algorithm>
#include <map>
#include <set>

#include "admin/admin.h"
#include "core/audit.h"
#include "core/like.h"
#include "core/password.h"
#include "core/session.h"
#include "core/totp.h"
#include "core/vntext.h"

namespace admin {
namespace {

using core::Row;
using core::Rows;
using core::Status;

constexpr size_t kPageSize = 50;

bool IsAdmin(const Context& context) { return context.user->IsSystemAdmin(); }

bool MayAdminister(const Context& context) {
  return IsAdmin(context) || context.user->Has(context.site.id, "truong-ban");
}

Status NotAllowed() {
  return Status::Forbidden("Chỉ quản trị viên hệ thống và Trưởng ban của trang được quản lý tài khoản.");
}

uint32_t ParseId(std::string_view text) {
  uint64_t id = 0;
  if (text.empty() || text.size() > 10) return 0;
  for (char c : text) {
    if (c < '0' || c > '9') return 0;
    id = id * 10 + static_cast<uint64_t>(c - '0');
  }
  return id > 0xffffffffu ? 0 : static_cast<uint32_t>(id);
}

std::vector<std::string> AllValues(const Request& request, std::string_view name) {
  std::vector<std::string> out;
  for (const auto& [k, v] : request.form_params) {
    if (k == name && !v.empty()) out.push_back(v);
  }
  return out;
}

std::string Typed(const Request& request, const char* name) {
  if (const std::string* v = request.Field(name)) return *v;
  auto it = request.entered.find(name);
  return it == request.entered.end() ? std::string() : it->second.substr(0, 300);
}

std::string Join(const std::set<std::string>& items) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : ",") + i;
  return out.empty() ? "(không)" : out;
}

struct RoleName {
  std::string code, name;
};

Result<std::vector<RoleName>> LoadRoles(Context& context) {
  Result<Rows> rows = context.db.Query("SELECT code, name FROM roles ORDER BY sort_order, code");
  if (!rows.ok()) return rows.status();
  std::vector<RoleName> out;
  for (const Row& r : *rows) out.push_back({r.Str(0), r.Str(1)});
  return out;
}

// The roles this person may grant: all for a system administrator, all but quan-tri for
// an editor-in-chief.
bool MayGrant(const Context& context, std::string_view role) {
  return IsAdmin(context) || role != "quan-tri";
}

struct Account {
  uint32_t id = 0;
  std::string username, full_name, email;
  bool locked = false, posting_revoked = false, must_change = false, has_totp = false;
  std::time_t created_at = 0;
  std::vector<core::SiteRole> roles;

  bool Has(uint32_t site, std::string_view role) const {
    return std::any_of(roles.begin(), roles.end(), [&](const core::SiteRole& r) { return r.site_id == site && r.role == role; });
  }
  bool HasAny(uint32_t site) const {
    return std::any_of(roles.begin(), roles.end(), [&](const core::SiteRole& r) { return r.site_id == site; });
  }
  bool IsSystemAdmin() const {
    return std::any_of(roles.begin(), roles.end(), [](const core::SiteRole& r) { return r.role == "quan-tri"; });
  }
  std::set<std::string> RolesOn(uint32_t site) const {
    std::set<std::string> out;
    for (const core::SiteRole& r : roles) if (r.site_id == site) out.insert(r.role);
    return out;
  }
};

Result<Account> LoadAccount(Context& context, uint32_t id) {
  Result<Rows> rows = context.db.Query(
      "SELECT id, username, full_name, email, locked, posting_revoked, must_change_password, "
      "totp_secret IS NOT NULL, created_at FROM users WHERE id = ?", {id});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound("Không tìm thấy tài khoản.");
  const Row& r = rows->front();
  Account a;
  a.id = static_cast<uint32_t>(r.Int(0));
  a.username = r.Str(1);
  a.full_name = r.Str(2);
  a.email = r.Str(3);
  a.locked = r.Int(4) != 0;
  a.posting_revoked = r.Int(5) != 0;
  a.must_change = r.Int(6) != 0;
  a.has_totp = r.Int(7) != 0;
  a.created_at = r.Time(8);
  Result<Rows> roles = context.db.Query("SELECT site_id, role_code FROM user_roles WHERE user_id = ? LIMIT 500", {id});
  if (!roles.ok()) return roles.status();
  for (const Row& g : *roles) a.roles.push_back({static_cast<uint32_t>(g.Int(0)), g.Str(1)});
  return a;
}

// Whether the signed-in person may change this account (any change).
Status MayManage(const Context& context, const Account& target) {
  if (target.id == context.user->user_id) {
    return Status::Forbidden("Bạn không thể tự thay đổi vai trò, khóa hay đặt lại mật khẩu của chính mình.");
  }
  if (IsAdmin(context)) return Status();
  if (!context.user->Has(context.site.id, "truong-ban")) return NotAllowed();
  if (!target.HasAny(context.site.id)) {
    return Status::Forbidden("Tài khoản này không có vai trò trên trang của bạn.");
  }
  if (target.IsSystemAdmin()) {
    return Status::Forbidden("Chỉ quản trị viên hệ thống được thay đổi tài khoản quản trị.");
  }
  return Status();
}

// "XXXXX-XXXXX-XXXXX" from the recovery codes' alphabet (no look-alike characters):
// 15 random characters, about 74 bits.
Result<std::string> OneTimePassword() {
  Result<std::vector<std::string>> parts = core::totp::NewRecoveryCodes(2);
  if (!parts.ok()) return parts.status();
  return (*parts)[0] + "-" + (*parts)[1].substr(0, 5);
}

std::string AccountUrl(const Context& context, uint32_t id) {
  return AdminBase(context) + "/tai-khoan/" + std::to_string(id);
}

// ---- the list ----------------------------------------------------------------------

constexpr char kListSql[] =
    "SELECT u.id, u.username, u.full_name, u.locked, u.posting_revoked, "
    " (SELECT GROUP_CONCAT(r.name ORDER BY r.sort_order SEPARATOR ', ') FROM user_roles ur "
    "  JOIN roles r ON r.code = ur.role_code WHERE ur.user_id = u.id AND ur.site_id = ?) "
    "FROM users u "
    "WHERE (? = 1 OR EXISTS (SELECT 1 FROM user_roles x WHERE x.user_id = u.id AND x.site_id = ?)) "
    "AND (? = 0 OR EXISTS (SELECT 1 FROM user_roles y WHERE y.user_id = u.id AND y.site_id = ? "
    "     AND y.role_code = CONVERT(? USING ascii))) "
    "AND (? = 0 OR u.locked = 1) "
    "AND (? = 0 OR u.full_name LIKE ? OR u.username LIKE CONVERT(? USING ascii)) "
    "AND u.id > ? ORDER BY u.id LIMIT 51";

}  // namespace

Result<Response> HandleAccounts(const Request& request, Context& context) {
  if (!MayAdminister(context)) return NotAllowed();
  Result<std::vector<RoleName>> roles = LoadRoles(context);
  if (!roles.ok()) return roles.status();
  std::string role = Typed(request, "vai-tro");
  bool locked_only = request.Field("khoa") != nullptr;
  bool everyone = request.Field("tat-ca") != nullptr && IsAdmin(context);
  std::string search = request.Field("tim") ? *request.Field("tim") : "";
  std::string like = core::LikeContains(search);
  uint32_t after = request.Field("sau") ? ParseId(*request.Field("sau")) : 0;
  uint32_t site = context.site.id;
  Result<Rows> rows = context.db.Query(
      kListSql, {site, everyone ? 1 : 0, site, role.empty() ? 0 : 1, site, role, locked_only ? 1 : 0,
                 search.empty() ? 0 : 1, like, like, after});
  if (!rows.ok()) return rows.status();

  Dict layout("accounts");
  Dict* page = StartPage(layout, request, context, "Tài khoản", "admin/accounts.tpl");
  page->SetValue("SEARCH", search);
  if (locked_only) page->ShowSection("LOCKED_ONLY");
  if (IsAdmin(context)) {
    page->ShowSection("IS_ADMIN");
    if (everyone) page->ShowSection("EVERYONE");
  }
  for (const RoleName& r : *roles) {
    Dict* o = page->AddSectionDictionary("ROLE_OPTION");
    o->SetValue("CODE", r.code);
    o->SetValue("NAME", r.name);
    if (r.code == role) o->ShowSection("SELECTED");
  }
  bool more = rows->size() > kPageSize;
  if (more) rows->pop_back();
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("ACCOUNT_ROW");
    item->SetValue("URL", AccountUrl(context, static_cast<uint32_t>(r.Int(0))));
    item->SetValue("USERNAME", r.Str(1));
    item->SetValue("FULL_NAME", r.Str(2));
    item->SetValue("ROLES", r.IsNull(5) ? "—" : r.Str(5));
    if (r.Int(3)) item->ShowSection("LOCKED");
    if (r.Int(4)) item->ShowSection("REVOKED");
  }
  if (rows->empty()) page->ShowSection("EMPTY");
  if (more) {
    std::string url = AdminBase(context) + "/tai-khoan?sau=" + rows->back().Str(0);
    if (!role.empty()) url += "&vai-tro=" + core::UrlEncode(role);
    if (locked_only) url += "&khoa=1";
    if (everyone) url += "&tat-ca=1";
    if (!search.empty()) url += "&tim=" + core::UrlEncode(search);
    page->SetValueAndShowSection("MORE_URL", url, "MORE");
  }
  return RenderPage(layout);
}

// ---- a new account -------------------------------------------------------------------

namespace {

Result<Response> ShowNew(const Request& request, Context& context, const std::string& message, int status) {
  Result<std::vector<RoleName>> roles = LoadRoles(context);
  if (!roles.ok()) return roles.status();
  std::vector<std::string> chosen = AllValues(request, "vai_tro");
  Dict layout("account_new");
  Dict* page = StartPage(layout, request, context, "Tạo tài khoản", "admin/account_new.tpl");
  page->SetValue("USERNAME", Typed(request, "ten_dang_nhap"));
  page->SetValue("FULL_NAME", Typed(request, "ho_ten"));
  page->SetValue("EMAIL", Typed(request, "email"));
  for (const RoleName& r : *roles) {
    if (!MayGrant(context, r.code)) continue;
    Dict* o = page->AddSectionDictionary("ROLE");
    o->SetValue("CODE", r.code);
    o->SetValue("NAME", r.name);
    if (std::find(chosen.begin(), chosen.end(), r.code) != chosen.end()) o->ShowSection("CHECKED");
  }
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  for (const auto& [field, text] : request.invalid) {
    Dict* e = page->AddSectionDictionary("ERROR");
    e->SetValue("ERROR_TEXT", text);
  }
  Result<Response> r = RenderPage(layout);
  if (r.ok()) r->status = status;
  return r;
}

bool ValidUsername(const std::string& name) {
  if (name.size() < 3 || name.size() > 64) return false;
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')) return false;
  }
  return true;
}

bool ValidEmail(const std::string& email) {
  size_t at = email.find('@');
  return email.empty() ||
         (at != std::string::npos && at > 0 && email.find('.', at) != std::string::npos &&
          email.find_first_of(" <>\"'") == std::string::npos && email.back() != '.');
}

}  // namespace

Result<Response> HandleAccountNew(const Request& request, Context& context) {
  if (!MayAdminister(context)) return NotAllowed();
  return ShowNew(request, context, "", 200);
}

Result<Response> HandleAccountCreate(const Request& request, Context& context) {
  if (!MayAdminister(context)) return NotAllowed();
  if (!request.invalid.empty()) return ShowNew(request, context, "Vui lòng kiểm tra lại các ô được đánh dấu.", 422);
  std::string username = *request.Field("ten_dang_nhap");
  for (char& c : username) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::string& full_name = *request.Field("ho_ten");
  std::string email = request.Field("email") ? *request.Field("email") : "";
  if (!ValidUsername(username)) {
    return ShowNew(request, context, "Tên đăng nhập gồm 3–64 ký tự: chữ không dấu, số, '-', '_' và '.'.", 422);
  }
  if (!ValidEmail(email)) return ShowNew(request, context, "Địa chỉ thư điện tử không hợp lệ.", 422);
  Result<std::vector<RoleName>> known = LoadRoles(context);
  if (!known.ok()) return known.status();
  std::set<std::string> roles;
  for (const std::string& r : AllValues(request, "vai_tro")) {
    bool exists = std::any_of(known->begin(), known->end(), [&](const RoleName& k) { return k.code == r; });
    if (!exists) return ShowNew(request, context, "Vai trò không hợp lệ.", 422);
    if (!MayGrant(context, r)) {
      (void)core::Audit(context, request, "account.denied", "user", 0, "grant " + r + " to new " + username);
      return Status::Forbidden("Chỉ quản trị viên hệ thống được cấp vai trò quản trị.");
    }
    roles.insert(r);
  }
  if (roles.empty()) return ShowNew(request, context, "Vui lòng chọn ít nhất một vai trò trên trang này.", 422);
  Result<std::string> password = OneTimePassword();
  if (!password.ok()) return password.status();
  Result<std::string> hash = core::password::Hash(*password);
  if (!hash.ok()) return hash.status();

  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> made = context.db.Execute(
      "INSERT INTO users (username, full_name, email, password_hash, must_change_password) VALUES (?, ?, ?, ?, 1)",
      {username, full_name, email, *hash});
  if (!made.ok()) {
    if (made.status().IsConflict()) return ShowNew(request, context, "Tên đăng nhập “" + username + "” đã có người dùng.", 422);
    return made.status();
  }
  uint32_t id = static_cast<uint32_t>(made->insert_id);
  for (const std::string& r : roles) {
    Result<core::ExecResult> g = context.db.Execute(
        "INSERT INTO user_roles (user_id, site_id, role_code) VALUES (?, ?, ?)", {id, context.site.id, r});
    if (!g.ok()) return g.status();
  }
  Status s = core::Audit(context, request, "account.create", "user", id,
                         "username=" + username + " site=" + context.site.slug + " roles=" + Join(roles));
  if (!s.ok()) return s;
  s = (*tx)->Commit();
  if (!s.ok()) return s;

  Dict layout("account_created");
  Dict* page = StartPage(layout, request, context, "Đã tạo tài khoản", "admin/account_password.tpl");
  page->ShowSection("CREATED");
  page->SetValue("USERNAME", username);
  page->SetValue("FULL_NAME", full_name);
  page->SetValue("PASSWORD", *password);
  page->SetValue("URL", AccountUrl(context, id));
  return RenderPage(layout);
}

// ---- one account ---------------------------------------------------------------------

namespace {

constexpr std::pair<std::string_view, std::string_view> kDone[] = {
    {"vai-tro", "Đã lưu vai trò."},
    {"uy-quyen", "Đã lưu các chuyên mục được giao duyệt."},
    {"khoa", "Đã khóa tài khoản; mọi phiên đăng nhập của tài khoản đã kết thúc."},
    {"mo-khoa", "Đã mở khóa tài khoản."},
    {"thu-hoi", "Đã thu hồi quyền đăng bài."},
    {"khoi-phuc", "Đã khôi phục quyền đăng bài."},
    {"dang-xuat-tat-ca", "Đã đăng xuất tài khoản khỏi mọi thiết bị."},
};

Result<Response> ShowAccount(const Request& request, Context& context, const Account& a, const std::string& message,
                             int status) {
  Result<std::vector<RoleName>> roles = LoadRoles(context);
  if (!roles.ok()) return roles.status();
  Dict layout("account");
  Dict* page = StartPage(layout, request, context, "Tài khoản " + a.username, "admin/account.tpl");
  page->SetValue("URL", AccountUrl(context, a.id));
  page->SetValue("USERNAME", a.username);
  page->SetValue("FULL_NAME", a.full_name);
  page->SetValue("EMAIL", a.email.empty() ? "—" : a.email);
  page->SetValue("CREATED", core::vntext::FormatDateTime(a.created_at));
  page->SetValue("STATE", a.locked ? "Đã khóa" : "Đang hoạt động");
  page->SetValue("POSTING", a.posting_revoked ? "Đã bị thu hồi" : "Được đăng bài");
  page->SetValue("TOTP", a.has_totp ? "Đã bật" : "Chưa bật");
  if (a.must_change) page->ShowSection("MUST_CHANGE");
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  if (const std::string* done = request.Field("xong")) {
    for (const auto& [code, text] : kDone) {
      if (*done == code) page->SetValueAndShowSection("DONE", std::string(text), "HAS_DONE");
    }
  }
  // Roles on every site, read-only.
  std::map<uint32_t, std::vector<std::string>> by_site;
  for (const core::SiteRole& r : a.roles) {
    for (const RoleName& k : *roles) if (k.code == r.role) by_site[r.site_id].push_back(k.name);
  }
  for (const auto& [site_id, names] : by_site) {
    const core::Site* s = context.sites.ById(site_id);
    Dict* row = page->AddSectionDictionary("SITE_ROLES");
    row->SetValue("SITE", s ? s->short_name : std::to_string(site_id));
    std::string joined;
    for (const std::string& n : names) joined += (joined.empty() ? "" : ", ") + n;
    row->SetValue("ROLES", joined);
  }
  if (by_site.empty()) page->ShowSection("NO_ROLES");

  if (!MayManage(context, a).ok()) {
    page->SetValueAndShowSection("READ_ONLY", MayManage(context, a).user_message(), "IS_READ_ONLY");
    return RenderPage(layout);
  }
  page->ShowSection("CAN_MANAGE");
  // Roles on one site: the current one, or for a system administrator any site (?don-vi=).
  uint32_t site_id = context.site.id;
  if (IsAdmin(context)) {
    if (const std::string* f = request.Field("don-vi")) {
      if (const core::Site* s = context.sites.BySlug(*f)) site_id = s->id;
    }
    if (const std::string* f = request.Field("don_vi")) site_id = ParseId(*f) ? ParseId(*f) : site_id;
    for (const core::Site* s : context.sites.Subtree(context.sites.main())) {
      Dict* o = page->AddSectionDictionary("SITE_OPTION");
      o->SetIntValue("ID", s->id);
      o->SetValue("SLUG", s->slug);
      o->SetValue("NAME", s->short_name);
      if (s->id == site_id) o->ShowSection("SELECTED");
    }
    page->ShowSection("PICK_SITE");
  }
  const core::Site* edited = context.sites.ById(site_id);
  page->SetIntValue("ROLE_SITE_ID", site_id);
  page->SetValue("ROLE_SITE", edited ? edited->short_name : context.site.short_name);
  std::set<std::string> held = a.RolesOn(site_id);
  for (const RoleName& r : *roles) {
    if (!MayGrant(context, r.code)) continue;
    Dict* o = page->AddSectionDictionary("ROLE");
    o->SetValue("CODE", r.code);
    o->SetValue("NAME", r.name);
    if (held.count(r.code)) o->ShowSection("CHECKED");
  }
  // Delegated categories on the current site, for a board member of it.
  if (a.Has(context.site.id, "uy-vien")) {
    Result<Rows> cats = context.db.Query(
        "SELECT c.id, c.name, d.user_id IS NOT NULL FROM categories c "
        "LEFT JOIN category_delegations d ON d.category_id = c.id AND d.user_id = ? "
        "WHERE c.site_id = ? ORDER BY c.sort_order, c.id LIMIT 200", {a.id, context.site.id});
    if (!cats.ok()) return cats.status();
    page->ShowSection("DELEGATIONS");
    for (const Row& c : *cats) {
      Dict* o = page->AddSectionDictionary("CATEGORY");
      o->SetValue("ID", c.Str(0));
      o->SetValue("NAME", c.Str(1));
      if (c.Int(2)) o->ShowSection("CHECKED");
    }
  }
  if (a.locked) page->ShowSection("IS_LOCKED"); else page->ShowSection("IS_ACTIVE");
  if (a.posting_revoked) page->ShowSection("IS_REVOKED"); else page->ShowSection("MAY_POST");
  Result<Response> r = RenderPage(layout);
  if (r.ok()) r->status = status;
  return r;
}

Status Exec(Context& context, std::string_view sql, const std::vector<core::Param>& params) {
  Result<core::ExecResult> r = context.db.Execute(sql, params);
  return r.ok() ? Status() : r.status();
}

}  // namespace

Result<Response> HandleAccount(const Request& request, Context& context) {
  if (!MayAdminister(context)) return NotAllowed();
  uint32_t id = ParseId(request.path_args.at(0));
  if (!id) return Status::NotFound();
  Result<Account> a = LoadAccount(context, id);
  if (!a.ok()) return a.status();
  // An editor-in-chief sees only the accounts of their site.
  if (!IsAdmin(context) && !a->HasAny(context.site.id)) {
    return Status::Forbidden("Tài khoản này không có vai trò trên trang của bạn.");
  }
  return ShowAccount(request, context, *a, "", 200);
}

Result<Response> HandleAccountUpdate(const Request& request, Context& context) {
  if (!MayAdminister(context)) return NotAllowed();
  uint32_t id = ParseId(request.path_args.at(0));
  if (!id) return Status::NotFound();
  Result<Account> loaded = LoadAccount(context, id);
  if (!loaded.ok()) return loaded.status();
  const Account& a = *loaded;
  const std::string action = request.Field("thao_tac") ? *request.Field("thao_tac") : "";
  Status may = MayManage(context, a);
  if (!may.ok()) {
    (void)core::Audit(context, request, "account.denied", "user", a.id, action + " " + a.username);
    return may;
  }
  if (!request.invalid.empty()) return ShowAccount(request, context, a, request.invalid.begin()->second, 422);

  // The transaction starts at the first write, so that refusals before it stay audited.
  std::unique_ptr<core::Transaction> tx;
  auto begin = [&]() -> Status {
    Result<std::unique_ptr<core::Transaction>> t = core::Transaction::Begin(context.db);
    if (!t.ok()) return t.status();
    tx = std::move(t).value();
    return Status();
  };
  Status s;
  std::string detail = "username=" + a.username;
  std::string new_password;
  if (action == "vai-tro") {
    uint32_t site_id = context.site.id;
    if (const std::string* f = request.Field("don_vi")) site_id = ParseId(*f);
    const core::Site* site = context.sites.ById(site_id);
    if (!site) return ShowAccount(request, context, a, "Đơn vị không tồn tại.", 422);
    if (!IsAdmin(context) && site_id != context.site.id) {
      (void)core::Audit(context, request, "account.denied", "user", a.id, "roles on site " + site->slug);
      return Status::Forbidden("Trưởng ban chỉ cấp vai trò trên trang của mình.");
    }
    Result<std::vector<RoleName>> known = LoadRoles(context);
    if (!known.ok()) return known.status();
    std::set<std::string> wanted;
    for (const std::string& r : AllValues(request, "vai_tro")) {
      if (!std::any_of(known->begin(), known->end(), [&](const RoleName& k) { return k.code == r; })) {
        return ShowAccount(request, context, a, "Vai trò không hợp lệ.", 422);
      }
      wanted.insert(r);
    }
    std::set<std::string> before = a.RolesOn(site_id);
    // Quan-tri is granted and taken away by a system administrator only.
    if (!IsAdmin(context) && wanted.count("quan-tri") != before.count("quan-tri")) {
      (void)core::Audit(context, request, "account.denied", "user", a.id, "grant quan-tri on " + site->slug);
      return Status::Forbidden("Chỉ quản trị viên hệ thống được cấp vai trò quản trị.");
    }
    s = begin();
    if (s.ok()) s = Exec(context, "DELETE FROM user_roles WHERE user_id = ? AND site_id = ?", {a.id, site_id});
    for (const std::string& r : wanted) {
      if (s.ok()) s = Exec(context, "INSERT INTO user_roles (user_id, site_id, role_code) VALUES (?, ?, ?)", {a.id, site_id, r});
    }
    // A board member no longer: the delegations on that site go too.
    if (s.ok() && !wanted.count("uy-vien")) {
      s = Exec(context,
               "DELETE d FROM category_delegations d JOIN categories c ON c.id = d.category_id "
               "WHERE d.user_id = ? AND c.site_id = ?", {a.id, site_id});
    }
    detail += " site=" + site->slug + " before=" + Join(before) + " after=" + Join(wanted);
  } else if (action == "uy-quyen") {
    if (!a.Has(context.site.id, "uy-vien")) {
      return ShowAccount(request, context, a, "Chỉ giao duyệt chuyên mục cho Ủy viên ban biên tập của trang.", 422);
    }
    Result<Rows> cats = context.db.Query(
        "SELECT c.id, d.user_id IS NOT NULL FROM categories c "
        "LEFT JOIN category_delegations d ON d.category_id = c.id AND d.user_id = ? "
        "WHERE c.site_id = ? LIMIT 200", {a.id, context.site.id});
    if (!cats.ok()) return cats.status();
    std::set<std::string> before, wanted, valid;
    for (const Row& c : *cats) {
      valid.insert(c.Str(0));
      if (c.Int(1)) before.insert(c.Str(0));
    }
    for (const std::string& c : AllValues(request, "chuyen_muc")) {
      if (!valid.count(c)) return ShowAccount(request, context, a, "Chuyên mục không thuộc trang này.", 422);
      wanted.insert(c);
    }
    s = begin();
    if (s.ok()) {
      s = Exec(context,
               "DELETE d FROM category_delegations d JOIN categories c ON c.id = d.category_id "
               "WHERE d.user_id = ? AND c.site_id = ?", {a.id, context.site.id});
    }
    for (const std::string& c : wanted) {
      if (s.ok()) s = Exec(context, "INSERT INTO category_delegations (user_id, category_id) VALUES (?, ?)", {a.id, ParseId(c)});
    }
    detail += " site=" + context.site.slug + " categories before=" + Join(before) + " after=" + Join(wanted);
  } else if (action == "khoa" || action == "mo-khoa") {
    s = begin();
    if (s.ok()) s = Exec(context, "UPDATE users SET locked = ? WHERE id = ?", {action == "khoa" ? 1 : 0, a.id});
    if (s.ok() && action == "khoa") s = core::DestroyAllSessions(context.db, a.id, 0);
    detail += action == "khoa" ? " locked=1, sessions ended" : " locked=0";
  } else if (action == "thu-hoi" || action == "khoi-phuc") {
    s = begin();
    if (s.ok()) s = Exec(context, "UPDATE users SET posting_revoked = ? WHERE id = ?", {action == "thu-hoi" ? 1 : 0, a.id});
    detail += action == "thu-hoi" ? " posting_revoked=1" : " posting_revoked=0";
  } else if (action == "dat-lai-mat-khau") {
    Result<std::string> password = OneTimePassword();
    if (!password.ok()) return password.status();
    Result<std::string> hash = core::password::Hash(*password);
    if (!hash.ok()) return hash.status();
    s = begin();
    if (s.ok()) {
      s = Exec(context,
               "UPDATE users SET password_hash = ?, must_change_password = 1, password_changed_at = UTC_TIMESTAMP() "
               "WHERE id = ?", {*hash, a.id});
    }
    if (s.ok()) s = core::DestroyAllSessions(context.db, a.id, 0);
    new_password = *password;
    detail += " one-time password, sessions ended";
  } else if (action == "dang-xuat-tat-ca") {
    s = begin();
    if (s.ok()) s = core::DestroyAllSessions(context.db, a.id, 0);
    detail += " sessions ended";
  } else {
    return ShowAccount(request, context, a, "Thao tác không hợp lệ.", 422);
  }
  if (!s.ok()) return s;
  s = core::Audit(context, request, "account." + action, "user", a.id, detail);
  if (!s.ok()) return s;
  s = tx->Commit();
  if (!s.ok()) return s;
  if (!new_password.empty()) {
    Dict layout("account_reset");
    Dict* page = StartPage(layout, request, context, "Đã đặt lại mật khẩu", "admin/account_password.tpl");
    page->ShowSection("RESET");
    page->SetValue("USERNAME", a.username);
    page->SetValue("FULL_NAME", a.full_name);
    page->SetValue("PASSWORD", new_password);
    page->SetValue("URL", AccountUrl(context, a.id));
    return RenderPage(layout);
  }
  std::string back = AccountUrl(context, a.id) + "?xong=" + action;
  if (action == "vai-tro" && IsAdmin(context)) {
    if (const core::Site* site = context.sites.ById(ParseId(request.Field("don_vi") ? *request.Field("don_vi") : "")))
      back += "&don-vi=" + site->slug;
  }
  return Response::Redirect(back, 303);
}

}  // namespace admin
