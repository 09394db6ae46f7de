// Staff sessions (ARCHITECTURE "Security defaults"): a 256-bit random token in an
// HttpOnly, SameSite=Lax cookie, only its SHA-256 kept in the database; idle and absolute
// expiry; a synchroniser token per session for the CSRF check of every form.
#ifndef EDUPORTAL_CORE_SESSION_H_
#define EDUPORTAL_CORE_SESSION_H_

#include <cstdint>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/db.h"
#include "core/http.h"
#include "core/status.h"

namespace core {

inline constexpr char kSessionCookie[] = "eduportal_session";
inline constexpr char kCsrfField[] = "_csrf";

// A role held on a site ("truong-ban" on site 1).
struct SiteRole {
  uint32_t site_id;
  std::string role;
};

struct SessionUser {
  uint64_t session_id = 0;
  uint32_t user_id = 0;
  std::string username, full_name, email;
  std::string csrf_token;
  bool pending_totp = false;  // password accepted, second factor not yet
  bool posting_revoked = false;
  bool has_totp = false;
  bool must_change_password = false;  // signed in with a one-time password
  std::vector<SiteRole> roles;

  bool Has(uint32_t site_id, std::string_view role) const;
  bool HasAny(uint32_t site_id) const;
  bool IsSystemAdmin() const;  // "quan-tri" on any site
};

struct SessionLimits {
  int idle_seconds = 2 * 3600;
  int absolute_seconds = 12 * 3600;
};

// The session named by the request's cookie, or nullopt when there is none, it is
// unknown, expired or its account is locked. Refreshes last_seen at most every 5 minutes.
Result<std::optional<SessionUser>> LoadSession(Db& db, const Request& request,
                                               const SessionLimits& limits);

struct NewSession {
  std::string token;   // goes in the cookie only
  std::string cookie;  // the Set-Cookie value
};

// Starts a session for `user_id`; `pending_totp` when the second factor is still due.
Result<NewSession> CreateSession(Db& db, uint32_t user_id, const Request& request,
                                 const SessionLimits& limits, bool pending_totp);
// Marks a pending session as complete (after a good second factor).
Status CompleteSession(Db& db, uint64_t session_id);
Status DestroySession(Db& db, uint64_t session_id);
// Signs the account out everywhere; keeps `except_session` when non-zero.
Status DestroyAllSessions(Db& db, uint32_t user_id, uint64_t except_session);

// The Set-Cookie value that removes the session cookie.
std::string ExpiredSessionCookie(bool https);

// Forbidden unless the form's _csrf field equals the session's token (constant time).
Status CheckCsrf(const Request& request, const SessionUser& user);

}  // namespace core

#endif  // EDUPORTAL_CORE_SESSION_H_
