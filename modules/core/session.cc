// Sessions in MariaDB, so any app host can serve any request.
#include "core/session.h"

#include <openssl/crypto.h>

#include "core/password.h"

namespace core {
namespace {

constexpr char kLoadSql[] =
    "SELECT s.id, s.user_id, s.csrf_token, s.pending_totp, u.username, u.full_name, u.email, "
    "u.posting_revoked, u.totp_secret IS NOT NULL, "
    "(SELECT GROUP_CONCAT(CONCAT(r.site_id, ':', r.role_code) SEPARATOR ',') "
    " FROM user_roles r WHERE r.user_id = u.id), "
    "s.last_seen_at < UTC_TIMESTAMP() - INTERVAL 5 MINUTE, u.must_change_password "
    "FROM sessions s JOIN users u ON u.id = s.user_id "
    "WHERE s.token_hash = ? AND s.expires_at > UTC_TIMESTAMP() "
    "AND s.last_seen_at > UTC_TIMESTAMP() - INTERVAL ? SECOND AND u.locked = 0";

bool IsHex64(std::string_view s) {
  if (s.size() != 64) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string CookieValue(const std::string& value, bool https, const char* extra) {
  return std::string(kSessionCookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Lax" +
         (https ? "; Secure" : "") + extra;
}

}  // namespace

bool SessionUser::Has(uint32_t site_id, std::string_view role) const {
  for (const SiteRole& r : roles) {
    if (r.site_id == site_id && r.role == role) return true;
  }
  return false;
}

bool SessionUser::HasAny(uint32_t site_id) const {
  for (const SiteRole& r : roles) {
    if (r.site_id == site_id) return true;
  }
  return false;
}

bool SessionUser::IsSystemAdmin() const {
  for (const SiteRole& r : roles) {
    if (r.role == "quan-tri") return true;
  }
  return false;
}

Result<std::optional<SessionUser>> LoadSession(Db& db, const Request& request,
                                               const SessionLimits& limits) {
  auto cookie = request.cookies.find(kSessionCookie);
  if (cookie == request.cookies.end() || !IsHex64(cookie->second)) {
    return std::optional<SessionUser>();
  }
  Result<Rows> rows = db.Query(kLoadSql, {password::Sha256Hex(cookie->second), limits.idle_seconds});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<SessionUser>();
  const Row& r = rows->front();
  SessionUser user;
  user.session_id = static_cast<uint64_t>(r.Int(0));
  user.user_id = static_cast<uint32_t>(r.Int(1));
  user.csrf_token = r.Str(2);
  user.pending_totp = r.Int(3) != 0;
  user.username = r.Str(4);
  user.full_name = r.Str(5);
  user.email = r.Str(6);
  user.posting_revoked = r.Int(7) != 0;
  user.has_totp = r.Int(8) != 0;
  user.must_change_password = r.Int(11) != 0;
  std::string_view roles = r.Str(9);
  while (!roles.empty()) {
    size_t comma = roles.find(',');
    std::string_view item = roles.substr(0, comma);
    size_t colon = item.find(':');
    if (colon != std::string_view::npos) {
      user.roles.push_back({static_cast<uint32_t>(std::stoul(std::string(item.substr(0, colon)))),
                            std::string(item.substr(colon + 1))});
    }
    roles = comma == std::string_view::npos ? std::string_view() : roles.substr(comma + 1);
  }
  if (r.Int(10) != 0) {
    // Sliding idle expiry without a write on every request.
    (void)db.Execute("UPDATE sessions SET last_seen_at = UTC_TIMESTAMP() WHERE id = ?", {user.session_id});
  }
  return std::optional<SessionUser>(std::move(user));
}

Result<NewSession> CreateSession(Db& db, uint32_t user_id, const Request& request,
                                 const SessionLimits& limits, bool pending_totp) {
  Result<std::string> token = password::RandomHex(32);
  if (!token.ok()) return token.status();
  Result<std::string> csrf = password::RandomHex(32);
  if (!csrf.ok()) return csrf.status();
  std::string agent = request.user_agent.substr(0, 255);
  Result<ExecResult> r = db.Execute(
      "INSERT INTO sessions (token_hash, user_id, csrf_token, pending_totp, expires_at, address, user_agent) "
      "VALUES (?, ?, ?, ?, UTC_TIMESTAMP() + INTERVAL ? SECOND, ?, ?)",
      {password::Sha256Hex(*token), user_id, *csrf, pending_totp ? 1 : 0, limits.absolute_seconds,
       request.remote_addr, agent});
  if (!r.ok()) return r.status();
  // Expired sessions of everyone are cleared now and then, on sign-in.
  (void)db.Execute("DELETE FROM sessions WHERE expires_at < UTC_TIMESTAMP() - INTERVAL 1 DAY LIMIT 100");
  NewSession session;
  session.token = *token;
  session.cookie = CookieValue(*token, request.https, "");
  return session;
}

Status CompleteSession(Db& db, uint64_t session_id) {
  Result<ExecResult> r = db.Execute("UPDATE sessions SET pending_totp = 0 WHERE id = ?", {session_id});
  return r.ok() ? Status() : r.status();
}

Status DestroySession(Db& db, uint64_t session_id) {
  Result<ExecResult> r = db.Execute("DELETE FROM sessions WHERE id = ?", {session_id});
  return r.ok() ? Status() : r.status();
}

Status DestroyAllSessions(Db& db, uint32_t user_id, uint64_t except_session) {
  Result<ExecResult> r =
      db.Execute("DELETE FROM sessions WHERE user_id = ? AND id <> ?", {user_id, except_session});
  return r.ok() ? Status() : r.status();
}

std::string ExpiredSessionCookie(bool https) {
  return CookieValue("", https, "; Max-Age=0");
}

Status CheckCsrf(const Request& request, const SessionUser& user) {
  static const Status kForbidden = Status::Forbidden(
      "Phiên làm việc của biểu mẫu đã hết hạn. Vui lòng tải lại trang và thử lại.", "csrf token mismatch");
  for (const auto& [name, value] : request.form_params) {
    if (name != kCsrfField) continue;
    if (value.size() != user.csrf_token.size() || user.csrf_token.empty()) return kForbidden;
    return CRYPTO_memcmp(value.data(), user.csrf_token.data(), value.size()) == 0 ? Status() : kForbidden;
  }
  return kForbidden;
}

}  // namespace core
