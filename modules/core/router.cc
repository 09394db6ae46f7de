// Route matching.
#include "core/router.h"

namespace core {

bool MatchPattern(std::string_view pattern, std::string_view path, std::vector<std::string>* args) {
  size_t start_size = args ? args->size() : 0;
  size_t pi = 0, xi = 0;
  while (pi < pattern.size()) {
    if (pattern[pi] == ':') {
      size_t pend = pattern.find('/', pi);
      if (pend == std::string_view::npos) pend = pattern.size();
      size_t xend = path.find('/', xi);
      if (xend == std::string_view::npos) xend = path.size();
      if (xend == xi) break;  // empty capture
      if (args) args->emplace_back(path.substr(xi, xend - xi));
      pi = pend;
      xi = xend;
      continue;
    }
    if (xi >= path.size() || pattern[pi] != path[xi]) break;
    ++pi;
    ++xi;
  }
  if (pi == pattern.size() && xi == path.size()) return true;
  if (args) args->resize(start_size);
  return false;
}

RouteMatch FindRoute(std::span<const Route> routes, Method method, std::string_view path) {
  RouteMatch match;
  Method wanted = method == Method::kHead ? Method::kGet : method;
  for (const Route& route : routes) {
    std::vector<std::string> args;
    if (!MatchPattern(route.pattern, path, &args)) continue;
    if (route.method != wanted) {
      match.path_known = true;
      continue;
    }
    match.route = &route;
    match.args = std::move(args);
    return match;
  }
  return match;
}

}  // namespace core
