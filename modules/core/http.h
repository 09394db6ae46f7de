// Requests and responses as values, and the pure parsers behind them: percent-decoding,
// query strings and urlencoded forms, cookies.
#ifndef EDUPORTAL_CORE_HTTP_H_
#define EDUPORTAL_CORE_HTTP_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace core {

enum class Method { kGet, kHead, kPost, kOther };
Method ParseMethod(std::string_view name);

using Params = std::vector<std::pair<std::string, std::string>>;

// Percent-decoding. nullopt on a malformed escape ("%4", "%zz") or an encoded NUL.
// With plus_is_space (forms and query strings) '+' becomes ' '.
std::optional<std::string> UrlDecode(std::string_view text, bool plus_is_space);
// Percent-encodes all but unreserved characters (RFC 3986).
std::string UrlEncode(std::string_view text);

// "a=1&b=x+y" → {{"a","1"},{"b","x y"}}. Invalid on a malformed escape. Empty names
// are skipped; at most max_params pairs (Invalid beyond).
Result<Params> ParseQuery(std::string_view query, size_t max_params = 100);

// "a=1; b=2" → {{"a","1"},{"b","2"}}; the first of duplicate names wins.
std::map<std::string, std::string, std::less<>> ParseCookies(std::string_view header);

// A file part of a multipart/form-data body. `filename` is what the browser sent (its
// last path segment); it names a download at most, never a file on disk.
struct UploadedFile {
  std::string field;
  std::string filename;
  std::string data;
};

struct MultipartLimits {
  size_t max_params = 1000;  // text parts
  size_t max_files = 20;     // file parts (empty file inputs are dropped, not counted)
  size_t max_header_bytes = 4096;  // the headers of one part
};

// Parses a multipart/form-data body (RFC 7578) whose Content-Type header is
// `content_type`: text parts are appended to `form`, files to `files`. Invalid (with a
// Vietnamese message) on a missing boundary, a malformed part or beyond the limits.
Status ParseMultipart(std::string_view content_type, std::string_view body, Params* form,
                      std::vector<UploadedFile>* files, const MultipartLimits& limits = {});

// Escapes & < > " ' for HTML and XML text and attributes (templates escape on their own).
std::string HtmlEscape(std::string_view text);

struct Request {
  Method method = Method::kGet;
  std::string method_name;
  std::string raw_uri;     // as sent, with the query
  std::string path;        // decoded, without the site prefix
  std::string full_path;   // decoded, with the site prefix
  std::string query;       // raw query string
  std::string host;        // HTTP_HOST without the port
  std::string remote_addr;
  std::string user_agent;
  std::string content_type;
  std::string origin;          // Origin header
  std::string referer;         // Referer header
  std::string sec_fetch_site;  // Sec-Fetch-Site header
  bool https = false;
  std::map<std::string, std::string, std::less<>> cookies;
  Params query_params;
  Params form_params;
  std::string body;
  // Files of a multipart/form-data POST (its text parts are in form_params).
  std::vector<UploadedFile> files;

  // Path parameters captured by the route (":id_slug" → value), in order.
  std::vector<std::string> path_args;
  // Declared fields that passed their validators, normalised (NFC, trimmed).
  std::map<std::string, std::string, std::less<>> fields;
  // Declared fields that failed: name → Vietnamese message. The raw value stays in
  // `entered` so a form can be shown again with what was typed.
  std::map<std::string, std::string, std::less<>> invalid;
  std::map<std::string, std::string, std::less<>> entered;

  // The first non-empty file sent in `field`, or nullptr.
  const UploadedFile* File(std::string_view field) const {
    for (const UploadedFile& f : files) {
      if (f.field == field && !f.data.empty()) return &f;
    }
    return nullptr;
  }

  // A validated field, or nullptr.
  const std::string* Field(std::string_view name) const {
    auto it = fields.find(name);
    return it == fields.end() ? nullptr : &it->second;
  }
};

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  static Response Html(std::string body, int status = 200) {
    Response r;
    r.status = status;
    r.body = std::move(body);
    return r;
  }
  static Response Redirect(std::string location, int status = 302) {
    Response r;
    r.status = status;
    r.headers.emplace_back("Location", std::move(location));
    return r;
  }
  static Response NoContent() {
    Response r;
    r.status = 204;
    r.content_type.clear();
    return r;
  }
  Response& Header(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
  }
};

// A state-changing request must come from a page of this host: Sec-Fetch-Site is
// same-origin (or none: typed by the user), else Origin, else Referer names this host.
// Forbidden otherwise, also when none of them is sent (OWASP: verifying origin with
// standard headers). Tokens tied to a session add to this where there is a session.
Status CheckSameOrigin(const Request& request);

// "200 OK", "404 Not Found"...
const char* StatusLine(int status);
// The HTTP status that stands for a failed Status.
int HttpStatusOf(const Status& status);

}  // namespace core

#endif  // EDUPORTAL_CORE_HTTP_H_
