// The threaded FastCGI loop and the request phases.
#include "core/server.h"

#include <fcgiapp.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <stdexcept>
#include <thread>
#include <vector>

#include "core/log.h"
#include "core/vntext.h"

namespace core {
namespace {

constexpr size_t kMaxUri = 4096;

std::atomic<uint64_t> g_request_counter{0};

std::string NextRequestId() {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%x-%llx", static_cast<unsigned>(getpid()),
                static_cast<unsigned long long>(++g_request_counter));
  return buf;
}

// The last-resort page: used when even the layout cannot be rendered.
std::string PlainErrorHtml(int status, const std::string& message, const std::string& request_id) {
  return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<title>Lỗi " + std::to_string(status) + "</title>"
         "<link rel=\"stylesheet\" href=\"/static/css/portal.css\"></head>"
         "<body><main class=\"error-page\"><h1>" + HtmlEscape(message) + "</h1>"
         "<p>Mã tra cứu: " + HtmlEscape(request_id) + "</p>"
         "<p><a href=\"/\">Về trang chủ</a></p></main></body></html>\n";
}

// Owns an FCGX_Request bound to the listening socket.
class FcgiRequest {
 public:
  explicit FcgiRequest(int fd) {
    if (FCGX_InitRequest(&request_, fd, 0) != 0) throw std::runtime_error("FCGX_InitRequest");
  }
  ~FcgiRequest() { FCGX_Free(&request_, 1); }
  FcgiRequest(const FcgiRequest&) = delete;
  FcgiRequest& operator=(const FcgiRequest&) = delete;
  FCGX_Request* get() { return &request_; }

 private:
  FCGX_Request request_;
};

std::string Param(FCGX_Request* r, const char* name) {
  const char* v = FCGX_GetParam(name, r->envp);
  return v ? std::string(v) : std::string();
}

// Fills what comes before the body. Returns a non-OK Status for a request that must be
// refused before any phase runs.
Status ReadHead(FCGX_Request* r, Request* req) {
  req->method_name = Param(r, "REQUEST_METHOD");
  req->method = ParseMethod(req->method_name);
  req->raw_uri = Param(r, "REQUEST_URI");
  if (req->raw_uri.size() > kMaxUri) return Status::Invalid("Địa chỉ quá dài.", "uri too long");
  size_t q = req->raw_uri.find('?');
  std::string raw_path = req->raw_uri.substr(0, q);
  req->query = q == std::string::npos ? std::string() : req->raw_uri.substr(q + 1);
  std::optional<std::string> path = UrlDecode(raw_path, false);
  if (!path || path->empty() || path->front() != '/' || !vntext::IsValidUtf8(*path)) {
    return Status::Invalid("Địa chỉ không hợp lệ.", "malformed path");
  }
  req->full_path = std::move(*path);
  req->host = Param(r, "HTTP_HOST");
  if (size_t colon = req->host.rfind(':'); colon != std::string::npos && req->host.find(']') == std::string::npos) {
    req->host.resize(colon);
  }
  req->remote_addr = Param(r, "REMOTE_ADDR");
  req->user_agent = Param(r, "HTTP_USER_AGENT");
  req->content_type = Param(r, "CONTENT_TYPE");
  req->origin = Param(r, "HTTP_ORIGIN");
  req->referer = Param(r, "HTTP_REFERER");
  req->sec_fetch_site = Param(r, "HTTP_SEC_FETCH_SITE");
  req->https = Param(r, "HTTPS") == "on";
  req->cookies = ParseCookies(Param(r, "HTTP_COOKIE"));
  return Status();
}

Status ReadBody(FCGX_Request* r, Request* req, size_t max_body) {
  std::string length_text = Param(r, "CONTENT_LENGTH");
  size_t length = 0;
  if (!length_text.empty()) {
    auto [end, ec] = std::from_chars(length_text.data(), length_text.data() + length_text.size(), length);
    if (ec != std::errc() || end != length_text.data() + length_text.size()) {
      return Status::Invalid("Yêu cầu không hợp lệ.", "bad content length");
    }
  }
  if (length > max_body) {
    return Status::Invalid("Nội dung gửi lên vượt quá giới hạn cho phép.", "body too large");
  }
  req->body.resize(length);
  int got = length ? FCGX_GetStr(req->body.data(), static_cast<int>(length), r->in) : 0;
  if (got < 0 || static_cast<size_t>(got) != length) {
    return Status::Invalid("Yêu cầu không hợp lệ.", "short body");
  }
  return Status();
}

void WriteResponse(FCGX_Request* r, const Request& req, const Response& resp) {
  std::string head;
  head.reserve(256);
  head += "Status: ";
  head += StatusLine(resp.status);
  head += "\r\n";
  if (!resp.content_type.empty()) {
    head += "Content-Type: ";
    head += resp.content_type;
    head += "\r\n";
  }
  for (const auto& [name, value] : resp.headers) {
    head += name;
    head += ": ";
    head += value;
    head += "\r\n";
  }
  head += "Content-Length: ";
  head += std::to_string(resp.body.size());
  head += "\r\n\r\n";
  FCGX_PutStr(head.data(), static_cast<int>(head.size()), r->out);
  if (req.method != Method::kHead && !resp.body.empty()) {
    FCGX_PutStr(resp.body.data(), static_cast<int>(resp.body.size()), r->out);
  }
}

struct Shared {
  const Module& module;
  const Config& config;
  SiteDirectory directory;
  int listen_fd;
};

void Worker(Shared* shared) {
  FcgiRequest fcgi(shared->listen_fd);
  std::unique_ptr<Db> db;
  while (FCGX_Accept_r(fcgi.get()) == 0) {
    auto started = std::chrono::steady_clock::now();
    std::string request_id = NextRequestId();
    Request req;
    Response resp;
    try {
      Status head = ReadHead(fcgi.get(), &req);
      if (!head.ok()) {
        resp = ErrorPage(shared->module, head, req, nullptr);
        if (head.detail() == "uri too long") resp.status = 414;
      } else {
        if (!db) {
          Result<std::unique_ptr<Db>> connected = Db::Connect(shared->config.database);
          if (connected.ok()) {
            db = std::move(connected).value();
          } else {
            log::Error("%s database: %s", request_id.c_str(), connected.status().ToString().c_str());
          }
        }
        std::shared_ptr<const SiteTree> tree;
        if (db) {
          Result<std::shared_ptr<const SiteTree>> got = shared->directory.Get(*db);
          if (got.ok()) tree = *got;
          else log::Error("%s sites: %s", request_id.c_str(), got.status().ToString().c_str());
        }
        if (req.method == Method::kPost) {
          Status body = ReadBody(fcgi.get(), &req, shared->module.max_body);
          if (!body.ok()) {
            resp = ErrorPage(shared->module, body, req, nullptr);
            if (body.detail() == "body too large") resp.status = 413;
          }
        }
        if (resp.body.empty()) {
          if (!db || !tree) {
            resp = ErrorPage(shared->module, Status::Unavailable("no database"), req, nullptr);
          } else {
            resp = HandleRequest(shared->module, shared->config, *db, tree, req, request_id);
          }
        }
      }
    } catch (const std::exception& e) {
      log::Error("%s %s %s exception: %s", request_id.c_str(), req.method_name.c_str(),
                 req.raw_uri.c_str(), e.what());
      resp = Response::Html(PlainErrorHtml(500, Status::Internal("").user_message(), request_id), 500);
      db.reset();  // the connection may be mid-statement
    }
    resp.headers.emplace_back("X-Request-Id", request_id);
    if (shared->config.debug_headers && db) {
      resp.headers.emplace_back("X-Db-Queries", std::to_string(db->TakeQueryCount()));
    } else if (db) {
      (void)db->TakeQueryCount();
    }
    WriteResponse(fcgi.get(), req, resp);
    FCGX_Finish_r(fcgi.get());
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    if (shared->config.access_log || resp.status >= 500 || ms > 500) {
      log::Info("%s %s %s %d %.1fms", request_id.c_str(), req.method_name.c_str(),
                req.raw_uri.c_str(), resp.status, ms);
    }
  }
}

}  // namespace

std::string Context::AbsoluteUrl(std::string_view path_in_site) const {
  if (!site.base_url.empty()) {
    std::string base = site.base_url;
    while (!base.empty() && base.back() == '/') base.pop_back();
    return base + std::string(path_in_site);
  }
  std::string prefix_for_site = &site == &sites.main() ? "" : "/don-vi/" + site.slug;
  return config.base_url + prefix_for_site + std::string(path_in_site);
}

std::string Context::HostUrl(std::string_view absolute_path) const {
  std::string base = site.base_url.empty() ? config.base_url : site.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  // A base_url may carry a path ("https://host/don-vi/x"): keep only scheme and host.
  size_t scheme = base.find("://");
  size_t slash = base.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  if (slash != std::string::npos) base.resize(slash);
  return base + std::string(absolute_path);
}

Response ErrorPage(const Module& module, const Status& status, const Request& request,
                   Context* context) {
  int http = HttpStatusOf(status);
  std::string message = status.user_message();
  if (status.IsInvalid() && message.empty()) message = "Yêu cầu không hợp lệ.";
  std::string request_id;
  if (context) request_id = context->request_id;
  if (context && module.fill_layout) {
    try {
      Dict layout("error");
      module.fill_layout(layout, request, *context);
      layout.SetValue("PAGE_TITLE", http == 404 ? "Không tìm thấy trang" : "Có lỗi xảy ra");
      Dict* content = SetContent(layout, "layout/error.tpl");
      content->SetIntValue("STATUS", http);
      content->SetValue("MESSAGE", message);
      content->SetValueAndShowSection("REQUEST_ID", request_id, "REQUEST_ID");
      if (http == 404) content->ShowSection("NOT_FOUND");
      Result<std::string> html = Render(module.layout_template, layout);
      if (html.ok()) {
        Response r = Response::Html(std::move(html).value(), http);
        r.Header("Cache-Control", "no-store");
        return r;
      }
      log::Error("error page: %s", html.status().ToString().c_str());
    } catch (const std::exception& e) {
      log::Error("error page: %s", e.what());
    }
  }
  Response r = Response::Html(PlainErrorHtml(http, message, request_id), http);
  r.Header("Cache-Control", "no-store");
  return r;
}

Response HandleRequest(const Module& module, const Config& config, Db& db,
                       const std::shared_ptr<const SiteTree>& tree, Request& request,
                       const std::string& request_id) {
  // Phase: site.
  Result<SiteRoute> where = ResolveSite(*tree, request.host, request.full_path);
  if (!where.ok()) {
    Context ctx{db, config, *tree, tree->main(), "", request_id};
    return ErrorPage(module, where.status(), request, &ctx);
  }
  if (!where->redirect.empty()) {
    std::string location = where->redirect;
    if (!request.query.empty()) location += "?" + request.query;
    return Response::Redirect(location, 301);
  }
  request.path = where->path;
  Context ctx{db, config, *tree, *where->site, where->prefix, request_id};

  // Phase: route.
  RouteMatch match = FindRoute(module.routes, request.method, request.path);
  if (!match.route) {
    if (match.path_known) {
      Response r = ErrorPage(module, Status::Invalid("Phương thức không được hỗ trợ.", "405"), request, &ctx);
      r.status = 405;
      r.Header("Allow", "GET, HEAD");
      return r;
    }
    return ErrorPage(module, Status::NotFound(), request, &ctx);
  }
  request.path_args = std::move(match.args);

  // Phase: session.
  std::optional<SessionUser> user;
  if (module.uses_sessions) {
    Result<std::optional<SessionUser>> loaded = LoadSession(db, request, SessionLimits{});
    if (!loaded.ok()) return ErrorPage(module, loaded.status(), request, &ctx);
    user = std::move(loaded).value();
    if (user) ctx.user = &*user;
  }

  // Phase: access, before the body is used. A state-changing request must come from this
  // site's own pages, and for staff carry the session's CSRF token.
  if (request.method == Method::kPost) {
    Status same = CheckSameOrigin(request);
    if (!same.ok()) return ErrorPage(module, same, request, &ctx);
  }
  const Access access = match.route->access;
  if (access == Access::kStaff || access == Access::kPending) {
    bool allowed = user && (access == Access::kStaff ? !user->pending_totp : user->pending_totp);
    if (!allowed) {
      if (request.method == Method::kPost) {
        return ErrorPage(module, Status::Forbidden("Bạn cần đăng nhập để thực hiện thao tác này."), request, &ctx);
      }
      std::string back = request.full_path;
      if (!request.query.empty()) back += "?" + request.query;
      Response r = Response::Redirect(std::string(module.sign_in_path) + "?tiep=" + UrlEncode(back), 303);
      r.Header("Cache-Control", "no-store");
      return r;
    }
  }

  // An account with a one-time password changes it before doing anything else.
  if (access == Access::kStaff && user && user->must_change_password && module.password_path &&
      request.path != module.password_path && !(module.sign_out_path && request.path == module.sign_out_path)) {
    if (request.method == Method::kPost) {
      return ErrorPage(module, Status::Forbidden("Vui lòng đổi mật khẩu dùng một lần trước khi làm việc khác."),
                       request, &ctx);
    }
    Response r = Response::Redirect(ctx.prefix + module.password_path, 303);
    r.Header("Cache-Control", "no-store");
    return r;
  }

  // Phase: fields. A GET whose declared query fields are malformed names no page: 404.
  Result<Params> query = ParseQuery(request.query);
  if (!query.ok()) return ErrorPage(module, Status::NotFound(), request, &ctx);
  request.query_params = std::move(query).value();
  if (request.method == Method::kPost &&
      request.content_type.rfind("application/x-www-form-urlencoded", 0) == 0) {
    Result<Params> form = ParseQuery(request.body, 1000);
    if (!form.ok()) return ErrorPage(module, form.status(), request, &ctx);
    request.form_params = std::move(form).value();
  } else if (request.method == Method::kPost &&
             request.content_type.rfind("multipart/form-data", 0) == 0) {
    Status parsed = ParseMultipart(request.content_type, request.body, &request.form_params, &request.files);
    if (!parsed.ok()) return ErrorPage(module, parsed, request, &ctx);
  }
  if (request.method == Method::kPost && user && (access == Access::kStaff || access == Access::kPending)) {
    Status csrf = CheckCsrf(request, *user);
    if (!csrf.ok()) return ErrorPage(module, csrf, request, &ctx);
  }
  const Params& source = request.method == Method::kPost ? request.form_params : request.query_params;
  ValidateFields(match.route->fields, source, &request);
  if (request.method != Method::kPost && !request.invalid.empty()) {
    return ErrorPage(module, Status::NotFound(), request, &ctx);
  }

  // Phase: handler.
  Result<Response> result = match.route->handler(request, ctx);
  if (!result.ok()) {
    if (result.status().IsInternal() || result.status().IsUnavailable()) {
      log::Error("%s %s: %s", request_id.c_str(), request.raw_uri.c_str(),
                 result.status().ToString().c_str());
    }
    return ErrorPage(module, result.status(), request, &ctx);
  }
  Response response = std::move(result).value();
  // Anonymous public GET pages may be micro-cached by nginx (which strips this header);
  // a page that set its own Cache-Control decides for itself. Staff pages never are.
  bool own_cache_control = false;
  for (const auto& h : response.headers) own_cache_control |= h.first == "Cache-Control";
  if (access == Access::kPublic && !user && request.method != Method::kPost &&
      response.status == 200 && config.cache_seconds > 0 && !own_cache_control) {
    response.Header("X-Accel-Expires", std::to_string(config.cache_seconds));
  } else if (access != Access::kPublic && !own_cache_control) {
    response.Header("Cache-Control", "no-store");
  }
  return response;
}

int RunModule(const Module& module, int argc, char** argv) {
  std::string config_path = "/etc/eduportal/eduportal.conf";
  std::string socket_path;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--config" && i + 1 < argc) {
      config_path = argv[++i];
    } else if (arg == "--socket" && i + 1 < argc) {
      socket_path = argv[++i];
    } else {
      std::fprintf(stderr, "usage: %s [--config PATH] [--socket PATH]\n", argv[0]);
      return 2;
    }
  }
  Result<Config> config = Config::Load(config_path);
  if (!config.ok()) {
    std::fprintf(stderr, "%s: config %s: %s\n", module.name, config_path.c_str(),
                 config.status().ToString().c_str());
    return 1;
  }
  if (!log::Open(config->log_dir + "/" + module.name + ".log")) {
    std::fprintf(stderr, "%s: cannot open log in %s, logging to stderr\n", module.name,
                 config->log_dir.c_str());
  }
  Status templates = InitTemplates(config->templates_dir, config->demo_mode);
  if (!templates.ok()) {
    log::Error("%s", templates.ToString().c_str());
    return 1;
  }
  if (socket_path.empty()) socket_path = config->run_dir + "/" + module.name + ".sock";

  // Signals go to the main thread only, which waits for them below.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  if (FCGX_Init() != 0) {
    log::Error("FCGX_Init failed");
    return 1;
  }
  unlink(socket_path.c_str());
  int fd = FCGX_OpenSocket(socket_path.c_str(), 1024);
  if (fd < 0) {
    log::Error("cannot listen on %s", socket_path.c_str());
    return 1;
  }
  chmod(socket_path.c_str(), 0666);

  Shared shared{module, *config, SiteDirectory(config->main_site_slug, 5), fd};
  std::vector<std::thread> workers;
  for (int i = 0; i < config->threads; ++i) workers.emplace_back(Worker, &shared);
  for (auto& t : workers) t.detach();

  std::mutex tick_mu;
  std::condition_variable tick_cv;
  bool stopping = false;
  std::thread ticker;
  if (module.tick && module.tick_seconds > 0) {
    // The tick runs at start (warm caches), every tick_seconds, and once more at
    // shutdown (flush counters).
    ticker = std::thread([&] {
      std::unique_ptr<Db> db;
      auto run = [&] {
        if (!db) {
          Result<std::unique_ptr<Db>> c = Db::Connect(config->database);
          if (c.ok()) db = std::move(c).value();
        }
        if (!db) return;
        try {
          module.tick(*db, *config);
        } catch (const std::exception& e) {
          log::Error("tick: %s", e.what());
          db.reset();
        }
      };
      run();
      std::unique_lock<std::mutex> lock(tick_mu);
      for (;;) {
        bool stop = tick_cv.wait_for(lock, std::chrono::seconds(module.tick_seconds),
                                     [&] { return stopping; });
        lock.unlock();
        run();
        lock.lock();
        if (stop) return;
      }
    });
  }
  log::Info("%s listening on %s with %d threads", module.name, socket_path.c_str(), config->threads);

  int sig = 0;
  sigwait(&signals, &sig);
  log::Info("%s stopping on signal %d", module.name, sig);
  FCGX_ShutdownPending();
  if (ticker.joinable()) {
    {
      std::lock_guard<std::mutex> lock(tick_mu);
      stopping = true;
    }
    tick_cv.notify_all();
    ticker.join();
  }
  unlink(socket_path.c_str());
  // Workers blocked in accept are ended with the process.
  std::_Exit(0);
}

}  // namespace core
