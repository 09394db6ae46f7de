// Text for SQL `LIKE ?` parameters: the wildcards a user types (% _ \) are taken literally.
#ifndef EDUPORTAL_CORE_LIKE_H_
#define EDUPORTAL_CORE_LIKE_H_

#include <string>
#include <string_view>

namespace core {

// "50%_off" → "50\%\_off": a prefix or exact pattern once the caller adds its own '%'.
std::string LikeEscaped(std::string_view text);
// "%<escaped text>%": matches the text anywhere.
std::string LikeContains(std::string_view text);

}  // namespace core

#endif  // EDUPORTAL_CORE_LIKE_H_
