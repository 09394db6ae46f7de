// The FastCGI server every module runs: a pool of threads on one listening socket
// (FCGX_Accept_r), each owning one MariaDB connection, and the fixed request phases:
// limits → site → route → access → fields → handler → render → log.
#ifndef EDUPORTAL_CORE_SERVER_H_
#define EDUPORTAL_CORE_SERVER_H_

#include <memory>
#include <span>
#include <string>

#include "core/config.h"
#include "core/db.h"
#include "core/http.h"
#include "core/render.h"
#include "core/router.h"
#include "core/session.h"
#include "core/site.h"

namespace core {

// What a handler gets besides the request: the thread's connection, the configuration
// and the site the request is for.
struct Context {
  Db& db;
  const Config& config;
  const SiteTree& sites;
  const Site& site;
  std::string prefix;      // "" or "/don-vi/<slug>": links inside the site start with it
  std::string request_id;
  // The signed-in account, when the module uses sessions and the request has one.
  const SessionUser* user = nullptr;

  // Absolute URL of a path inside the current site, from configuration, never from the
  // request: the site's base_url when set, else the main host's base_url + prefix.
  std::string AbsoluteUrl(std::string_view path_in_site) const;
  // Absolute URL of a path from the root of the host the site is served on (uploads,
  // static files): the site's base_url when set, else the main host's.
  std::string HostUrl(std::string_view absolute_path) const;
};

struct Module {
  const char* name;  // "portal": the socket is <run_dir>/<name>.sock, the log <name>.log
  std::span<const Route> routes;
  // Fills the layout dictionary every page of the module shares (site header, menu).
  // Called for error pages too; must not fail the request when the database is down.
  void (*fill_layout)(Dict& layout, const Request& request, Context& context) = nullptr;
  // The layout template the error page is rendered into.
  const char* layout_template = "layout/page.tpl";
  // Called every `tick_seconds` from a background thread with its own connection, and
  // once more at shutdown (flush counters).
  void (*tick)(Db& db, const Config& config) = nullptr;
  int tick_seconds = 0;
  // Largest accepted request body.
  size_t max_body = 1 << 20;
  // Staff modules read the session cookie; where kStaff routes send the signed-out.
  bool uses_sessions = false;
  const char* sign_in_path = "/admin/dang-nhap";
  // Where an account signed in with a one-time password must go first (GETs are sent
  // there, other POSTs than to it and to sign_out_path are refused); null: nowhere.
  const char* password_path = nullptr;
  const char* sign_out_path = nullptr;
};

// Parses "--config PATH" (default /etc/eduportal/eduportal.conf) and "--socket PATH",
// then serves until SIGTERM or SIGINT. Returns the process exit status.
int RunModule(const Module& module, int argc, char** argv);

// One request through the phases, without FastCGI (also used by tests and the bench's
// in-process checks). `tree` may be null when the database is down.
Response HandleRequest(const Module& module, const Config& config, Db& db,
                       const std::shared_ptr<const SiteTree>& tree, Request& request,
                       const std::string& request_id);

// A rendered error page for `status`, in Vietnamese, leaking nothing of the detail.
Response ErrorPage(const Module& module, const Status& status, const Request& request,
                   Context* context);

}  // namespace core

#endif  // EDUPORTAL_CORE_SERVER_H_
