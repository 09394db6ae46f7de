// Sign-in and sign-out, throttled and audited; password change.
#include <openssl/crypto.h>

#include "admin/admin.h"
#include "core/audit.h"
#include "core/password.h"
#include "core/session.h"
#include "core/vntext.h"

namespace admin {
namespace {

using core::Row;
using core::Status;

// The sign-in form has no session yet: its CSRF token is a cookie the form repeats
// (double submit), besides the same-origin check every POST gets.
constexpr char kSignInCookie[] = "eduportal_signin";

// Throttling (issue: "repeated failures slow down and then lock per account and per
// address"): the numbers are per 15 minutes.
constexpr int kWindowMinutes = 15;
constexpr int kSlowAfter = 5;        // failures on an account before each try must wait
constexpr int kWaitSeconds = 30;     // the wait between tries once slowed down
constexpr int kLockAfter = 10;       // failures on an account that lock it for the window
constexpr int kAddressLockAfter = 30;  // failures from one address that lock it

constexpr char kUserSql[] =
    "SELECT id, password_hash, locked, totp_secret IS NOT NULL, must_change_password FROM users WHERE username = ?";
constexpr char kFailuresSql[] =
    "SELECT COUNT(*), UNIX_TIMESTAMP(MAX(at)) FROM signin_attempts "
    "WHERE username = ? AND success = 0 AND at > UTC_TIMESTAMP() - INTERVAL 15 MINUTE";
constexpr char kAddressFailuresSql[] =
    "SELECT COUNT(*), UNIX_TIMESTAMP(MAX(at)) FROM signin_attempts "
    "WHERE address = ? AND success = 0 AND at > UTC_TIMESTAMP() - INTERVAL 15 MINUTE";
constexpr char kRecordSql[] =
    "INSERT INTO signin_attempts (username, address, success) VALUES (?, ?, ?)";

// A path inside this host to go to after signing in; anything else goes to the dashboard.
std::string SafeNext(const std::string* next, const Context& context) {
  if (next && !next->empty() && (*next)[0] == '/' && next->rfind("//", 0) != 0 &&
      next->find('\\') == std::string::npos && next->find("/admin") != std::string::npos) {
    return *next;
  }
  return AdminBase(context);
}

Result<Response> ShowSignIn(const Request& request, Context& context, const std::string& message,
                            const std::string& username, const std::string& next) {
  Result<std::string> token = core::password::RandomHex(16);
  if (!token.ok()) return token.status();
  Dict layout("signin");
  Dict* page = StartPage(layout, request, context, "Đăng nhập", "admin/signin.tpl");
  page->SetValue("SIGNIN_TOKEN", *token);
  page->SetValue("USERNAME", username);
  page->SetValue("NEXT", next);
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  Result<Response> r = RenderPage(layout);
  if (!r.ok()) return r;
  r->status = message.empty() ? 200 : 422;
  r->Header("Set-Cookie", std::string(kSignInCookie) + "=" + *token +
                              "; Path=/; HttpOnly; SameSite=Strict" + (request.https ? "; Secure" : ""));
  return r;
}

std::string LocalClock(std::time_t t) {
  core::vntext::LocalTime l = core::vntext::ToLocal(t);
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", l.hour % 100, l.minute % 100);
  return buf;
}

}  // namespace

Result<Response> HandleSignInForm(const Request& request, Context& context) {
  if (context.user && !context.user->pending_totp) return Response::Redirect(AdminBase(context), 303);
  const std::string* next = request.Field("tiep");
  return ShowSignIn(request, context, "", "", next ? *next : "");
}

Result<Response> HandleSignIn(const Request& request, Context& context) {
  const std::string* username_field = request.Field("ten_dang_nhap");
  const std::string* password = request.Field("mat_khau");
  const std::string* next = request.Field("tiep");
  std::string typed = username_field ? *username_field : "";
  std::string next_text = next ? *next : "";
  // Pre-session CSRF: the cookie and the form's token must match.
  auto cookie = request.cookies.find(kSignInCookie);
  std::string form_token;
  for (const auto& [k, v] : request.form_params) {
    if (k == core::kCsrfField) form_token = v;
  }
  if (cookie == request.cookies.end() || cookie->second.size() != 32 || form_token != cookie->second) {
    return ShowSignIn(request, context, "Phiên của biểu mẫu đã hết hạn. Vui lòng đăng nhập lại.", typed, next_text);
  }
  if (!username_field || !password) {
    return ShowSignIn(request, context, "Vui lòng nhập tên đăng nhập và mật khẩu.", typed, next_text);
  }
  std::string username = *username_field;
  for (char& c : username) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  core::Db& db = context.db;

  // Throttle before checking the password, so a locked account costs no scrypt.
  std::time_t now = std::time(nullptr);
  Result<Row> account_failures = db.QueryRow(kFailuresSql, {username});
  if (!account_failures.ok()) return account_failures.status();
  Result<Row> address_failures = db.QueryRow(kAddressFailuresSql, {request.remote_addr});
  if (!address_failures.ok()) return address_failures.status();
  int64_t fails = account_failures->Int(0), last = account_failures->Int(1);
  int64_t address_fails = address_failures->Int(0), address_last = address_failures->Int(1);
  std::string wait_message;
  if (fails >= kLockAfter) {
    wait_message = "Tài khoản tạm khóa do đăng nhập sai quá nhiều lần. Vui lòng thử lại sau " +
                   LocalClock(last + kWindowMinutes * 60) + ".";
  } else if (address_fails >= kAddressLockAfter) {
    wait_message = "Có quá nhiều lần đăng nhập sai từ địa chỉ mạng của bạn. Vui lòng thử lại sau " +
                   LocalClock(address_last + kWindowMinutes * 60) + ".";
  } else if (fails >= kSlowAfter && now < last + kWaitSeconds) {
    wait_message = "Bạn đã nhập sai nhiều lần. Vui lòng đợi " + std::to_string(last + kWaitSeconds - now) +
                   " giây rồi thử lại (sau " + LocalClock(last + kWaitSeconds) + ").";
  }
  if (!wait_message.empty()) {
    (void)core::Audit(context, request, "signin.throttled", "user", 0, "username=" + username);
    return ShowSignIn(request, context, wait_message, typed, next_text);
  }

  Result<core::Rows> found = db.Query(kUserSql, {username});
  if (!found.ok()) return found.status();
  bool ok = false, locked = false, has_totp = false, must_change = false;
  uint32_t user_id = 0;
  if (!found->empty()) {
    const Row& u = found->front();
    user_id = static_cast<uint32_t>(u.Int(0));
    locked = u.Int(2) != 0;
    has_totp = u.Int(3) != 0;
    must_change = u.Int(4) != 0;
    ok = core::password::Verify(*password, u.Str(1));
  } else {
    // Same cost for an unknown name, so timing does not tell which names exist.
    (void)core::password::Verify(*password,
        "scrypt$32768$8$1$00000000000000000000000000000000$0000000000000000000000000000000000000000000000000000000000000000");
  }
  (void)db.Execute(kRecordSql, {username, request.remote_addr, ok && !locked ? 1 : 0});
  if (!ok) {
    (void)core::Audit(context, request, "signin.fail", "user", user_id, "username=" + username);
    return ShowSignIn(request, context, "Tên đăng nhập hoặc mật khẩu không đúng.", typed, next_text);
  }
  if (locked) {
    (void)core::Audit(context, request, "signin.locked", "user", user_id, "username=" + username);
    return ShowSignIn(request, context, "Tài khoản đã bị khóa. Vui lòng liên hệ quản trị viên.", typed, next_text);
  }
  Result<core::NewSession> session = core::CreateSession(db, user_id, request, core::SessionLimits{}, has_totp);
  if (!session.ok()) return session.status();
  (void)core::Audit(db, core::AuditEntry{user_id, context.site.id, request.remote_addr, "signin.ok",
                                         "user", user_id, "username=" + username});
  // A one-time password (account made or reset by an administrator) is changed first.
  std::string after = must_change ? AdminBase(context) + "/mat-khau" : SafeNext(next, context);
  Response r = Response::Redirect(has_totp ? AdminBase(context) + "/xac-thuc?tiep=" + core::UrlEncode(after) : after, 303);
  r.Header("Set-Cookie", session->cookie);
  r.Header("Cache-Control", "no-store");
  return r;
}

Result<Response> HandleSignOut(const Request& request, Context& context) {
  Status s = core::DestroySession(context.db, context.user->session_id);
  if (!s.ok()) return s;
  (void)core::Audit(context, request, "signout", "user", context.user->user_id, "");
  Response r = Response::Redirect(AdminBase(context) + "/dang-nhap", 303);
  r.Header("Set-Cookie", core::ExpiredSessionCookie(request.https));
  return r;
}

Result<Response> HandleSignOutEverywhere(const Request& request, Context& context) {
  Status s = core::DestroyAllSessions(context.db, context.user->user_id, 0);
  if (!s.ok()) return s;
  (void)core::Audit(context, request, "signout.all", "user", context.user->user_id, "");
  Response r = Response::Redirect(AdminBase(context) + "/dang-nhap", 303);
  r.Header("Set-Cookie", core::ExpiredSessionCookie(request.https));
  return r;
}

namespace {

Result<Response> ShowPassword(const Request& request, Context& context, const std::string& message,
                              const std::string& done) {
  Dict layout("password");
  Dict* page = StartPage(layout, request, context, "Đổi mật khẩu", "admin/password.tpl");
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  if (!done.empty()) page->SetValueAndShowSection("DONE", done, "HAS_DONE");
  else if (context.user->must_change_password) page->ShowSection("MUST_CHANGE");
  for (const auto& [field, text] : request.invalid) {
    Dict* e = page->AddSectionDictionary("ERROR");
    e->SetValue("ERROR_TEXT", text);
  }
  Result<Response> r = RenderPage(layout);
  if (r.ok() && !message.empty()) r->status = 422;
  return r;
}

}  // namespace

Result<Response> HandlePasswordForm(const Request& request, Context& context) {
  return ShowPassword(request, context, "", "");
}

Result<Response> HandlePasswordChange(const Request& request, Context& context) {
  if (!request.invalid.empty()) return ShowPassword(request, context, "Vui lòng kiểm tra lại các ô được đánh dấu.", "");
  const std::string& old_pw = *request.Field("mat_khau_cu");
  const std::string& new_pw = *request.Field("mat_khau_moi");
  if (new_pw != *request.Field("nhap_lai")) {
    return ShowPassword(request, context, "Mật khẩu nhập lại không khớp với mật khẩu mới.", "");
  }
  if (new_pw == core::password::kDemoPassword && !context.config.demo_mode) {
    return ShowPassword(request, context, "Không được dùng mật khẩu của tài khoản trình diễn.", "");
  }
  Result<Row> current = context.db.QueryRow("SELECT password_hash FROM users WHERE id = ?", {context.user->user_id});
  if (!current.ok()) return current.status();
  if (!core::password::Verify(old_pw, current->Str(0))) {
    (void)core::Audit(context, request, "password.fail", "user", context.user->user_id, "");
    return ShowPassword(request, context, "Mật khẩu hiện tại không đúng.", "");
  }
  Result<std::string> hash = core::password::Hash(new_pw);
  if (!hash.ok()) return hash.status();
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> u = context.db.Execute(
      "UPDATE users SET password_hash = ?, password_changed_at = UTC_TIMESTAMP(), must_change_password = 0 "
      "WHERE id = ?", {*hash, context.user->user_id});
  if (!u.ok()) return u.status();
  // Other sessions end with the old password.
  Status s = core::DestroyAllSessions(context.db, context.user->user_id, context.user->session_id);
  if (!s.ok()) return s;
  s = core::Audit(context, request, "password.change", "user", context.user->user_id, "");
  if (!s.ok()) return s;
  s = (*tx)->Commit();
  if (!s.ok()) return s;
  return ShowPassword(request, context, "", "Đã đổi mật khẩu. Các phiên đăng nhập khác đã được đăng xuất.");
}

}  // namespace admin
