// HTTP parsing helpers.
#include "core/http.h"

namespace core {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

Method ParseMethod(std::string_view name) {
  if (name == "GET") return Method::kGet;
  if (name == "HEAD") return Method::kHead;
  if (name == "POST") return Method::kPost;
  return Method::kOther;
}

std::optional<std::string> UrlDecode(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      int hi = HexValue(text[i + 1]);
      int lo = HexValue(text[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      char decoded = static_cast<char>(hi * 16 + lo);
      if (decoded == '\0') return std::nullopt;
      out += decoded;
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string UrlEncode(std::string_view text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size() * 3);
  for (unsigned char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

Result<Params> ParseQuery(std::string_view query, size_t max_params) {
  Params params;
  while (!query.empty()) {
    size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    size_t eq = pair.find('=');
    std::optional<std::string> name = UrlDecode(pair.substr(0, eq), true);
    std::optional<std::string> value =
        eq == std::string_view::npos ? std::string() : UrlDecode(pair.substr(eq + 1), true);
    if (!name || !value) {
      return Status::Invalid("Địa chỉ có tham số không hợp lệ.", "malformed percent escape");
    }
    if (name->empty()) continue;
    if (params.size() >= max_params) {
      return Status::Invalid("Yêu cầu có quá nhiều tham số.", "too many parameters");
    }
    params.emplace_back(std::move(*name), std::move(*value));
  }
  return params;
}

std::map<std::string, std::string, std::less<>> ParseCookies(std::string_view header) {
  std::map<std::string, std::string, std::less<>> cookies;
  while (!header.empty()) {
    size_t semi = header.find(';');
    std::string_view part = TrimSpaces(header.substr(0, semi));
    header = semi == std::string_view::npos ? std::string_view() : header.substr(semi + 1);
    size_t eq = part.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    std::string_view value = TrimSpaces(part.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    cookies.emplace(std::string(TrimSpaces(part.substr(0, eq))), std::string(value));
  }
  return cookies;
}

namespace {

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// The parameters of a header value such as `form-data; name="a"; filename="b.pdf"`
// (RFC 7578 4.2, RFC 2045 5.1): names lower-cased, quoted strings unquoted. nullopt on
// an unterminated quoted string.
std::optional<std::map<std::string, std::string, std::less<>>> HeaderParams(std::string_view value) {
  std::map<std::string, std::string, std::less<>> params;
  size_t semi = value.find(';');
  value = semi == std::string_view::npos ? std::string_view() : value.substr(semi + 1);
  while (!value.empty()) {
    value = TrimSpaces(value);
    size_t eq = value.find('=');
    if (eq == std::string_view::npos) break;
    std::string name(TrimSpaces(value.substr(0, eq)));
    for (char& c : name) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    value = TrimSpaces(value.substr(eq + 1));
    std::string v;
    if (!value.empty() && value.front() == '"') {
      size_t i = 1;
      for (; i < value.size() && value[i] != '"'; ++i) {
        if (value[i] == '\\' && i + 1 < value.size()) ++i;
        v += value[i];
      }
      if (i >= value.size()) return std::nullopt;
      value = value.substr(i + 1);
      size_t next = value.find(';');
      value = next == std::string_view::npos ? std::string_view() : value.substr(next + 1);
    } else {
      size_t next = value.find(';');
      v = std::string(TrimSpaces(value.substr(0, next)));
      value = next == std::string_view::npos ? std::string_view() : value.substr(next + 1);
    }
    params.emplace(std::move(name), std::move(v));
  }
  return params;
}

}  // namespace

Status ParseMultipart(std::string_view content_type, std::string_view body, Params* form,
                      std::vector<UploadedFile>* files, const MultipartLimits& limits) {
  const Status malformed = Status::Invalid("Dữ liệu gửi lên không hợp lệ.", "malformed multipart body");
  std::optional<std::map<std::string, std::string, std::less<>>> ct = HeaderParams(content_type);
  if (!ct) return malformed;
  auto b = ct->find("boundary");
  if (b == ct->end() || b->second.empty() || b->second.size() > 70) return malformed;
  const std::string delimiter = "--" + b->second;
  const std::string separator = "\r\n" + delimiter;

  // The first delimiter opens the body (a preamble before it is allowed and ignored).
  size_t pos;
  if (body.substr(0, delimiter.size()) == delimiter) {
    pos = delimiter.size();
  } else {
    size_t at = body.find(separator);
    if (at == std::string_view::npos) return malformed;
    pos = at + separator.size();
  }
  size_t params = 0;
  while (true) {
    std::string_view rest = body.substr(pos);
    if (rest.substr(0, 2) == "--") return Status();  // the close delimiter
    // Transport padding (spaces, tabs) may follow a delimiter before its CRLF.
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
    if (rest.substr(0, 2) != "\r\n") return malformed;
    rest.remove_prefix(2);
    size_t head_end = rest.find("\r\n\r\n");
    if (head_end == std::string_view::npos || head_end > limits.max_header_bytes) return malformed;
    std::string_view head = rest.substr(0, head_end);
    std::string_view content_and_more = rest.substr(head_end + 4);
    size_t end = content_and_more.find(separator);
    if (end == std::string_view::npos) return malformed;
    std::string_view content = content_and_more.substr(0, end);
    pos = static_cast<size_t>(content_and_more.data() - body.data()) + end + separator.size();

    std::optional<std::map<std::string, std::string, std::less<>>> disposition;
    while (!head.empty()) {
      size_t eol = head.find("\r\n");
      std::string_view line = head.substr(0, eol);
      head = eol == std::string_view::npos ? std::string_view() : head.substr(eol + 2);
      size_t colon = line.find(':');
      if (colon == std::string_view::npos) return malformed;
      if (IEquals(TrimSpaces(line.substr(0, colon)), "content-disposition")) {
        std::string_view value = TrimSpaces(line.substr(colon + 1));
        if (!IEquals(value.substr(0, value.find(';')), "form-data")) return malformed;
        disposition = HeaderParams(value);
        if (!disposition) return malformed;
      }
    }
    if (!disposition) return malformed;
    auto name = disposition->find("name");
    if (name == disposition->end() || name->second.empty()) return malformed;
    auto filename = disposition->find("filename");
    if (filename == disposition->end()) {
      if (++params > limits.max_params) {
        return Status::Invalid("Yêu cầu có quá nhiều tham số.", "too many multipart fields");
      }
      form->emplace_back(name->second, std::string(content));
      continue;
    }
    if (content.empty() && filename->second.empty()) continue;  // an empty file input
    if (files->size() >= limits.max_files) {
      return Status::Invalid("Bạn gửi quá nhiều tệp trong một lần.", "too many files");
    }
    std::string base = filename->second;
    size_t slash = base.find_last_of("/\\");
    if (slash != std::string::npos) base.erase(0, slash + 1);
    files->push_back(UploadedFile{name->second, std::move(base), std::string(content)});
  }
}

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

// The host of "scheme://host[:port]/…", lower-cased, without the port.
std::string HostOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return std::string();
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  if (!url.empty() && url.front() == '[') {
    url = url.substr(0, url.find(']') + 1);
  } else {
    url = url.substr(0, url.find(':'));
  }
  std::string host(url);
  for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return host;
}

}  // namespace

Status CheckSameOrigin(const Request& request) {
  static const Status kForbidden = Status::Forbidden(
      "Yêu cầu không xuất phát từ trang của cổng thông tin. Vui lòng mở lại trang và thử lại.",
      "cross-site request");
  if (!request.sec_fetch_site.empty()) {
    return request.sec_fetch_site == "same-origin" || request.sec_fetch_site == "none" ? Status() : kForbidden;
  }
  std::string host = request.host;
  for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (host.empty()) return kForbidden;
  if (!request.origin.empty()) return HostOf(request.origin) == host ? Status() : kForbidden;
  if (!request.referer.empty()) return HostOf(request.referer) == host ? Status() : kForbidden;
  return kForbidden;
}

const char* StatusLine(int status) {
  switch (status) {
    case 200: return "200 OK";
    case 201: return "201 Created";
    case 204: return "204 No Content";
    case 301: return "301 Moved Permanently";
    case 302: return "302 Found";
    case 303: return "303 See Other";
    case 304: return "304 Not Modified";
    case 400: return "400 Bad Request";
    case 403: return "403 Forbidden";
    case 404: return "404 Not Found";
    case 405: return "405 Method Not Allowed";
    case 409: return "409 Conflict";
    case 413: return "413 Payload Too Large";
    case 414: return "414 URI Too Long";
    case 422: return "422 Unprocessable Entity";
    case 429: return "429 Too Many Requests";
    case 503: return "503 Service Unavailable";
    default: return "500 Internal Server Error";
  }
}

int HttpStatusOf(const Status& status) {
  switch (status.code()) {
    case Status::Code::kOk: return 200;
    case Status::Code::kNotFound: return 404;
    case Status::Code::kInvalid: return 400;
    case Status::Code::kForbidden: return 403;
    case Status::Code::kConflict: return 409;
    case Status::Code::kUnavailable: return 503;
    case Status::Code::kInternal: return 500;
  }
  return 500;
}

}  // namespace core
