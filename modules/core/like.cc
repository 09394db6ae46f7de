#include "core/like.h"

namespace core {

std::string LikeEscaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string LikeContains(std::string_view text) { return "%" + LikeEscaped(text) + "%"; }

}  // namespace core
