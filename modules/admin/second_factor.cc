// The optional second factor (RFC 6238 TOTP): the code step after the password, setting
// it up with a QR code, recovery codes for a lost phone. Every try is audited and counts
// toward the same throttle as passwords.
#include "admin/admin.h"
#include "core/audit.h"
#include "core/password.h"
#include "core/session.h"
#include "core/totp.h"

namespace admin {
namespace {

using core::Row;
using core::Status;

constexpr int kMaxFailures = 10;  // per 15 minutes, as for passwords

Result<Response> ShowCodeForm(const Request& request, Context& context, const std::string& message) {
  Dict layout("totp");
  Dict* page = StartPage(layout, request, context, "Xác thực hai lớp", "admin/totp_verify.tpl");
  layout.SetTemplateGlobalValue("CSRF", context.user->csrf_token);
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  const std::string* next = request.Field("tiep");
  page->SetValue("NEXT", next ? *next : "");
  Result<Response> r = RenderPage(layout);
  if (r.ok() && !message.empty()) r->status = 422;
  return r;
}

Result<Response> ShowSecurity(const Request& request, Context& context, const std::string& message,
                              const std::vector<std::string>& recovery_codes) {
  Result<Row> user = context.db.QueryRow(
      "SELECT totp_secret IS NOT NULL, COALESCE(totp_pending_secret, ''), "
      "(SELECT COUNT(*) FROM recovery_codes r WHERE r.user_id = users.id AND r.used_at IS NULL) "
      "FROM users WHERE id = ?", {context.user->user_id});
  if (!user.ok()) return user.status();
  Dict layout("security");
  Dict* page = StartPage(layout, request, context, "Bảo mật tài khoản", "admin/security.tpl");
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  if (user->Int(0) != 0) {
    page->ShowSection("ENABLED");
    page->SetValue("RECOVERY_LEFT", user->Str(2));
  } else {
    // A secret to scan, kept as pending until the first good code.
    std::string secret = user->Str(1);
    if (secret.empty()) {
      Result<std::string> fresh = core::totp::NewSecret();
      if (!fresh.ok()) return fresh.status();
      secret = *fresh;
      Result<core::ExecResult> u = context.db.Execute(
          "UPDATE users SET totp_pending_secret = ? WHERE id = ?", {secret, context.user->user_id});
      if (!u.ok()) return u.status();
    }
    std::string uri = core::totp::ProvisioningUri(context.site.short_name, context.user->username, secret);
    Result<std::string> qr = core::totp::QrSvg(uri);
    if (!qr.ok()) return qr.status();
    Dict* setup = page->AddSectionDictionary("SETUP");
    setup->SetValue("QR", *qr);
    setup->SetValue("SECRET", secret);
  }
  for (const std::string& code : recovery_codes) {
    page->AddSectionDictionary("RECOVERY")->SetValue("CODE", code);
  }
  if (!recovery_codes.empty()) page->ShowSection("HAS_RECOVERY");
  Result<Response> r = RenderPage(layout);
  if (r.ok() && !message.empty() && recovery_codes.empty()) r->status = 422;
  return r;
}

}  // namespace

Result<Response> HandleTotpForm(const Request& request, Context& context) {
  return ShowCodeForm(request, context, "");
}

Result<Response> HandleTotpVerify(const Request& request, Context& context) {
  core::Db& db = context.db;
  Result<Row> failures = db.QueryRow(
      "SELECT COUNT(*) FROM signin_attempts WHERE username = ? AND success = 0 "
      "AND at > UTC_TIMESTAMP() - INTERVAL 15 MINUTE", {context.user->username});
  if (!failures.ok()) return failures.status();
  if (failures->Int(0) >= kMaxFailures) {
    (void)core::Audit(context, request, "totp.throttled", "user", context.user->user_id, "");
    return ShowCodeForm(request, context, "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.");
  }
  Result<Row> user = db.QueryRow("SELECT totp_secret, totp_last_counter FROM users WHERE id = ?",
                                 {context.user->user_id});
  if (!user.ok()) return user.status();
  const std::string* code = request.Field("ma");
  const std::string* recovery = request.Field("ma_du_phong");
  bool ok = false;
  std::string how;
  if (code && !code->empty()) {
    Result<uint64_t> counter = core::totp::Verify(user->Str(0), *code, std::time(nullptr),
                                                  static_cast<uint64_t>(user->Int(1)));
    if (counter.ok()) {
      ok = true;
      how = "totp";
      // Replay protection: this step and the ones before it are used up.
      (void)db.Execute("UPDATE users SET totp_last_counter = ? WHERE id = ?",
                       {static_cast<long long>(*counter), context.user->user_id});
    }
  } else if (recovery && !recovery->empty()) {
    Result<core::Rows> stored = db.Query(
        "SELECT id, code_hash FROM recovery_codes WHERE user_id = ? AND used_at IS NULL ORDER BY id LIMIT 20",
        {context.user->user_id});
    if (!stored.ok()) return stored.status();
    std::vector<std::string> hashes;
    for (const Row& r : *stored) hashes.push_back(r.Str(1));
    Result<size_t> match = core::totp::MatchRecoveryCode(*recovery, hashes);
    if (match.ok()) {
      ok = true;
      how = "recovery";
      (void)db.Execute("UPDATE recovery_codes SET used_at = UTC_TIMESTAMP() WHERE id = ?",
                       {(*stored)[*match].Int(0)});
    }
  }
  (void)db.Execute("INSERT INTO signin_attempts (username, address, success) VALUES (?, ?, ?)",
                   {context.user->username, request.remote_addr, ok ? 1 : 0});
  if (!ok) {
    (void)core::Audit(context, request, "totp.fail", "user", context.user->user_id, "");
    return ShowCodeForm(request, context, "Mã xác thực không đúng hoặc đã hết hạn.");
  }
  Status s = core::CompleteSession(db, context.user->session_id);
  if (!s.ok()) return s;
  (void)core::Audit(context, request, "totp.ok", "user", context.user->user_id, how);
  const std::string* next = request.Field("tiep");
  std::string to = next && !next->empty() && (*next)[0] == '/' && next->rfind("//", 0) != 0 ? *next : AdminBase(context);
  return Response::Redirect(to, 303);
}

Result<Response> HandleSecurity(const Request& request, Context& context) {
  return ShowSecurity(request, context, "", {});
}

Result<Response> HandleSecurityConfirm(const Request& request, Context& context) {
  core::Db& db = context.db;
  Result<Row> user = db.QueryRow("SELECT COALESCE(totp_pending_secret, ''), totp_secret IS NOT NULL FROM users WHERE id = ?",
                                 {context.user->user_id});
  if (!user.ok()) return user.status();
  if (user->Int(1) != 0) return ShowSecurity(request, context, "Xác thực hai lớp đã được bật.", {});
  const std::string* code = request.Field("ma");
  if (!code || user->Str(0).empty()) return ShowSecurity(request, context, "Vui lòng nhập mã gồm 6 chữ số từ ứng dụng.", {});
  Result<uint64_t> counter = core::totp::Verify(user->Str(0), *code, std::time(nullptr), 0);
  if (!counter.ok()) {
    (void)core::Audit(context, request, "totp.setup_fail", "user", context.user->user_id, "");
    return ShowSecurity(request, context, "Mã xác thực không đúng. Kiểm tra giờ trên điện thoại rồi thử lại.", {});
  }
  Result<std::vector<std::string>> codes = core::totp::NewRecoveryCodes(10);
  if (!codes.ok()) return codes.status();
  std::vector<std::string> hashes;
  for (const std::string& c : *codes) {
    Result<std::string> h = core::password::Hash(c);
    if (!h.ok()) return h.status();
    hashes.push_back(*h);
  }
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> u = db.Execute(
      "UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_last_counter = ? WHERE id = ?",
      {static_cast<long long>(*counter), context.user->user_id});
  if (!u.ok()) return u.status();
  (void)db.Execute("DELETE FROM recovery_codes WHERE user_id = ?", {context.user->user_id});
  for (const std::string& h : hashes) {
    Result<core::ExecResult> r = db.Execute("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)",
                                            {context.user->user_id, h});
    if (!r.ok()) return r.status();
  }
  Status s = core::Audit(context, request, "totp.enable", "user", context.user->user_id, "");
  if (!s.ok()) return s;
  s = (*tx)->Commit();
  if (!s.ok()) return s;
  return ShowSecurity(request, context, "Đã bật xác thực hai lớp. Hãy lưu các mã dự phòng dưới đây ở nơi an toàn: mỗi mã dùng được một lần.", *codes);
}

}  // namespace admin
