// Anti-abuse for the public forms (feedback, tracking, exam lookup), without outside
// services: counters per (bucket, subject) over a time window in the `abuse_hits` table,
// hidden fields signed with the installation's key (a minimum fill time, the answer of a
// self-hosted arithmetic challenge), and random codes.
#ifndef EDUPORTAL_CORE_ABUSE_H_
#define EDUPORTAL_CORE_ABUSE_H_

#include <ctime>
#include <optional>
#include <string>
#include <string_view>

#include "core/db.h"
#include "core/status.h"

namespace core::abuse {

// Records one attempt of `subject` (an address, the hash of an e-mail) in `bucket`
// ("gop-y.ip") and returns the attempts in the last `window_seconds`, this one included.
// Now and then deletes rows older than two days.
Result<int> Hit(Db& db, std::string_view bucket, std::string_view subject, int window_seconds);
// The attempts in the window, without recording one.
Result<int> Count(Db& db, std::string_view bucket, std::string_view subject, int window_seconds);

// The installation's key for signed form fields (table form_keys), read once.
Result<std::string> FormKey(Db& db);

// HMAC-SHA256 of `data` as 64 hex digits.
std::string HmacHex(std::string_view key, std::string_view data);

// A token "<issued epoch>.<mac>" for a form shown at `now`; Elapsed() gives the seconds
// since it was shown, nullopt when forged or malformed.
std::string IssueFormTime(std::string_view key, std::string_view form, std::time_t now);
std::optional<long> Elapsed(std::string_view key, std::string_view form, std::string_view token,
                            std::time_t now);

// A question a person answers at once ("Bảy cộng năm bằng bao nhiêu?") and a token that
// binds its answer without revealing it; valid for 20 minutes.
struct Challenge {
  std::string question;
  std::string token;
};
Challenge NewChallenge(std::string_view key, std::time_t now);
// True when `answer` (digits, spaces ignored) answers the challenge of `token`.
bool CheckChallenge(std::string_view key, std::string_view token, std::string_view answer,
                    std::time_t now);

// `length` characters of 23456789ABCDEFGHJKMNPQRSTUVWXYZ from the system's CSPRNG: no
// 0/O, 1/I/L to misread (31 symbols, ~4.95 bits each).
std::string RandomCode(size_t length);
// What a person typed as a code: upper case, without spaces and dashes. Empty when any
// other character is left.
std::string NormalizeCode(std::string_view typed);
// 32 hex digits from the CSPRNG.
std::string RandomHex16();

}  // namespace core::abuse

#endif  // EDUPORTAL_CORE_ABUSE_H_
