// The route table: one static array per module that reads like the URL contract.
// A row: method, pattern, handler, the fields it accepts with their validators, access.
#ifndef EDUPORTAL_CORE_ROUTER_H_
#define EDUPORTAL_CORE_ROUTER_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/fields.h"
#include "core/http.h"
#include "core/status.h"

namespace core {

struct Context;
using Handler = Result<Response> (*)(const Request&, Context&);

enum class Access {
  kPublic,   // anyone; anonymous GET responses may be micro-cached by nginx
  kGuest,    // anyone, never cached (the sign-in forms)
  kPending,  // a session whose second factor is still due
  kStaff,    // a signed-in account (both factors); every POST carries the CSRF token
};

struct Route {
  Method method;
  // Literal segments and ":name" captures of one segment each: "/bai-viet/:id_slug".
  // A trailing "/" matters: "/tin-tuc" does not match "/tin-tuc/".
  std::string_view pattern;
  Handler handler;
  std::span<const FieldSpec> fields;
  Access access = Access::kPublic;
};

// Matches `path` against `pattern`; on success appends the captures to `args`.
// Captures are never empty and never contain '/'.
bool MatchPattern(std::string_view pattern, std::string_view path, std::vector<std::string>* args);

struct RouteMatch {
  const Route* route = nullptr;  // null: no route for this path and method
  bool path_known = false;       // some route has this path with another method (405)
  std::vector<std::string> args;
};

// First match wins. HEAD matches GET routes.
RouteMatch FindRoute(std::span<const Route> routes, Method method, std::string_view path);

}  // namespace core

#endif  // EDUPORTAL_CORE_ROUTER_H_
