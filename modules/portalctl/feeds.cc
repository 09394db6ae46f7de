// portalctl feeds: news imported from the superior office's feed (seed 000 Điều 3 khoản 7:
// "tích hợp và lấy tin tự động từ trang website của Sở Giáo dục và Đào tạo"). Fetches
// with libcurl, parses RSS 2.0 and Atom with libxml2 (no network, no external entities),
// and files each new item as an article of the subscribing site: plain text only, with
// the source attributed and linked; the feed's HTML is never copied.
#include "portalctl/feeds.h"

#include <curl/curl.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <openssl/evp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/audit.h"
#include "core/http.h"
#include "core/vntext.h"

namespace portalctl {
namespace {

using core::Db;
using core::Result;
using core::Row;
using core::Rows;
using core::Status;

constexpr long kConnectTimeoutSeconds = 10;
constexpr long kTotalTimeoutSeconds = 30;
constexpr size_t kMaxFeedBytes = 5 * 1024 * 1024;
constexpr long kMaxRedirects = 3;
// Feeds list their newest items first; a run files at most this many of them.
constexpr size_t kMaxItemsPerFetch = 100;
constexpr size_t kSummaryChars = 500;
constexpr size_t kTitleChars = 500;
constexpr size_t kNameChars = 255;
constexpr size_t kMaxUrlBytes = 1000;

constexpr char kAtomNs[] = "http://www.w3.org/2005/Atom";
constexpr char kDcNs[] = "http://purl.org/dc/elements/1.1/";
constexpr char kContentNs[] = "http://purl.org/rss/1.0/modules/content/";

// ---- text -----------------------------------------------------------------------------

// Runs of white space and control characters (C0, DEL, C1) and no-break spaces become
// one space; the ends are trimmed. REQUIRES: valid UTF-8.
std::string Squash(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool blank = c <= 0x20 || c == 0x7f;
    if (c == 0xc2 && i + 1 < text.size()) {
      unsigned char d = static_cast<unsigned char>(text[i + 1]);
      if (d <= 0xa0) {  // C1 control or U+00A0
        blank = true;
        ++i;
      }
    }
    if (blank) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

// At most max_chars characters, cut at a word boundary with "…" when longer.
std::string Shorten(const std::string& text, size_t max_chars) {
  size_t chars = 0, cut = std::string::npos;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xc0) == 0x80) continue;
    if (chars == max_chars - 1) cut = i;
    ++chars;
  }
  if (chars <= max_chars) return text;
  std::string out = text.substr(0, cut);
  size_t space = out.rfind(' ');
  if (space != std::string::npos && space > out.size() / 2) out.resize(space);
  while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == '.'))
    out.pop_back();
  return out + "…";
}

// Squashed, validated and NFC (TCVN 6909) text of at most max_chars characters; empty
// when nothing is left.
std::string CleanLine(std::string_view text, size_t max_chars) {
  Result<std::string> clean = core::vntext::CleanText(Squash(text));
  if (!clean.ok()) return "";
  return Shorten(Squash(*clean), max_chars);
}

std::string_view NameOf(const xmlNode* node) {
  return node->name ? reinterpret_cast<const char*>(node->name) : "";
}

bool InNamespace(const xmlNode* node, const char* ns) {
  if (!ns) return node->ns == nullptr || node->ns->href == nullptr;
  return node->ns && node->ns->href &&
         std::strcmp(reinterpret_cast<const char*>(node->ns->href), ns) == 0;
}

bool IsElement(const xmlNode* node, std::string_view name, const char* ns) {
  return node->type == XML_ELEMENT_NODE && NameOf(node) == name && InNamespace(node, ns);
}

const xmlNode* Child(const xmlNode* parent, std::string_view name, const char* ns) {
  for (const xmlNode* c = parent->children; c; c = c->next) {
    if (IsElement(c, name, ns)) return c;
  }
  return nullptr;
}

std::string Attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return "";
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

bool IsSkippedElement(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return lower == "script" || lower == "style" || lower == "noscript" || lower == "template" ||
         lower == "iframe" || lower == "object" || lower == "embed" || lower == "head";
}

// The text under a node, as a reader would see it: scripts and styles dropped, a space
// between elements. Entity references are skipped: their content is never loaded.
void CollectText(const xmlNode* node, std::string* out) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content) out->append(reinterpret_cast<const char*>(c->content));
    } else if (c->type == XML_ELEMENT_NODE && !IsSkippedElement(NameOf(c))) {
      CollectText(c, out);
      out->push_back(' ');
    }
  }
}

// The raw text content of an element (for RSS, escaped HTML arrives as text).
std::string RawText(const xmlNode* node) {
  std::string out;
  if (!node) return out;
  for (const xmlNode* c = node->children; c; c = c->next) {
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
      out.append(reinterpret_cast<const char*>(c->content));
    }
  }
  return out;
}

struct DocCloser {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocCloser>;

// The plain text of an HTML fragment, through libxml2's HTML parser: tags dropped,
// entities decoded, scripts and styles removed.
std::string HtmlToText(const std::string& html) {
  if (html.find_first_of("<&") == std::string::npos) return html;
  DocPtr doc(htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                            HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING));
  if (!doc) return "";
  std::string out;
  if (const xmlNode* root = xmlDocGetRootElement(doc.get())) CollectText(root, &out);
  return out;
}

// An Atom text construct by its type: text, html or xhtml.
std::string AtomText(const xmlNode* node) {
  if (!node) return "";
  std::string type = Attribute(node, "type");
  if (type == "xhtml") {
    std::string out;
    CollectText(node, &out);
    return out;
  }
  if (type == "html" || type == "text/html") return HtmlToText(RawText(node));
  return RawText(node);
}

// ---- dates ----------------------------------------------------------------------------

std::optional<std::time_t> UtcOf(int y, int mo, int d, int h, int mi, int s) {
  using namespace std::chrono;
  year_month_day ymd{year{y} / month{static_cast<unsigned>(mo)} / day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || y < 1970 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60)
    return std::nullopt;
  return static_cast<std::time_t>(sys_days{ymd}.time_since_epoch().count()) * 86400 + h * 3600 +
         mi * 60 + std::min(s, 59);
}

// RFC 3339 / ISO 8601 (Atom, dc:date): "2026-11-20T08:30:00+07:00", "…Z", "2026-11-20".
std::optional<std::time_t> ParseIsoDate(const std::string& text) {
  int y, mo, d, h = 0, mi = 0, s = 0, n = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10)
    return std::nullopt;
  std::string rest = text.substr(10);
  if (rest.empty()) return UtcOf(y, mo, d, 0, 0, 0);
  if (rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ') return std::nullopt;
  int m = 0;
  if (std::sscanf(rest.c_str() + 1, "%2d:%2d%n", &h, &mi, &m) != 2) return std::nullopt;
  size_t i = 1 + m;
  if (i < rest.size() && rest[i] == ':') {
    int k = 0;
    if (std::sscanf(rest.c_str() + i + 1, "%2d%n", &s, &k) != 1) return std::nullopt;
    i += 1 + k;
    if (i < rest.size() && (rest[i] == '.' || rest[i] == ',')) {
      ++i;
      while (i < rest.size() && std::isdigit(static_cast<unsigned char>(rest[i]))) ++i;
    }
  }
  std::optional<std::time_t> t = UtcOf(y, mo, d, h, mi, s);
  if (!t) return t;
  std::string zone = rest.substr(i);
  if (zone.empty()) return *t - 7 * 3600;  // no zone: Vietnam's time, as a Vietnamese feed means
  if (zone == "Z" || zone == "z") return t;
  int zh = 0, zm = 0;
  if ((zone[0] == '+' || zone[0] == '-') &&
      (std::sscanf(zone.c_str() + 1, "%2d:%2d", &zh, &zm) == 2 ||
       std::sscanf(zone.c_str() + 1, "%2d%2d", &zh, &zm) == 2)) {
    int offset = zh * 3600 + zm * 60;
    return zone[0] == '+' ? *t - offset : *t + offset;
  }
  return std::nullopt;
}

// RFC 822 (RSS pubDate): "Fri, 20 Nov 2026 08:30:00 +0700", "20 Nov 26 08:30 GMT".
std::optional<std::time_t> ParseRfc822Date(const std::string& text) {
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string s = text;
  if (size_t comma = s.find(','); comma != std::string::npos) s = s.substr(comma + 1);
  int d = 0, y = 0, h = 0, mi = 0, sec = 0, n = 0;
  char month_name[16] = "", zone[16] = "";
  if (std::sscanf(s.c_str(), " %2d %15s %4d %2d:%2d%n", &d, month_name, &y, &h, &mi, &n) != 5)
    return std::nullopt;
  std::string rest = s.substr(n);
  if (!rest.empty() && rest[0] == ':') {
    int k = 0;
    if (std::sscanf(rest.c_str() + 1, "%2d%n", &sec, &k) != 1) return std::nullopt;
    rest = rest.substr(1 + k);
  }
  std::sscanf(rest.c_str(), " %15s", zone);
  std::string mon(month_name);
  std::transform(mon.begin(), mon.end(), mon.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  int mo = 0;
  for (int i = 0; i < 12; ++i) {
    if (mon.rfind(kMonths[i], 0) == 0) mo = i + 1;
  }
  if (mo == 0) return std::nullopt;
  if (y < 100) y += y < 70 ? 2000 : 1900;
  std::optional<std::time_t> t = UtcOf(y, mo, d, h, mi, sec);
  if (!t) return t;
  std::string z(zone);
  if (z.empty()) return *t - 7 * 3600;
  if (z[0] == '+' || z[0] == '-') {
    int hhmm = 0;
    if (std::sscanf(z.c_str() + 1, "%4d", &hhmm) != 1) return std::nullopt;
    int offset = (hhmm / 100) * 3600 + (hhmm % 100) * 60;
    return z[0] == '+' ? *t - offset : *t + offset;
  }
  struct NamedZone {
    const char* name;
    int hours;
  };
  static const NamedZone kZones[] = {
      {"GMT", 0},  {"UT", 0},   {"UTC", 0},  {"Z", 0},    {"EST", -5}, {"EDT", -4}, {"CST", -6},
      {"CDT", -5}, {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7}, {"ICT", 7}};
  for (const NamedZone& zn : kZones) {
    if (z == zn.name) return *t - zn.hours * 3600;
  }
  return t;
}

// "20/11/2026 08:30" (Vietnamese sites), in Vietnam's time.
std::optional<std::time_t> ParseVietnameseDate(const std::string& text) {
  int d, mo, y, h = 0, mi = 0;
  int n = std::sscanf(text.c_str(), "%2d/%2d/%4d %2d:%2d", &d, &mo, &y, &h, &mi);
  if (n != 3 && n != 5) return std::nullopt;
  std::optional<std::time_t> t = UtcOf(y, mo, d, h, mi, 0);
  if (!t) return t;
  return *t - 7 * 3600;
}

std::optional<std::time_t> ParseFeedDate(std::string text) {
  text = Squash(text);
  if (text.empty()) return std::nullopt;
  if (auto t = ParseIsoDate(text)) return t;
  if (auto t = ParseRfc822Date(text)) return t;
  return ParseVietnameseDate(text);
}

// ---- feeds ----------------------------------------------------------------------------

struct FeedItem {
  std::string title, summary, link, guid, author;
  std::optional<std::time_t> date;
};

struct Feed {
  std::string title;
  std::vector<FeedItem> items;
};

// An absolute http(s) URL for `href` against the element's base (xml:base or the feed's
// own URL); empty when there is none or it is too long for the database.
std::string AbsoluteLink(const xmlDoc* doc, const xmlNode* node, const std::string& href) {
  std::string trimmed = Squash(href);
  if (trimmed.empty()) return "";
  xmlChar* base = xmlNodeGetBase(doc, node);
  xmlChar* built = xmlBuildURI(reinterpret_cast<const xmlChar*>(trimmed.c_str()), base);
  std::string out = built ? reinterpret_cast<const char*>(built) : "";
  if (base) xmlFree(base);
  if (built) xmlFree(built);
  std::string lower = out.substr(0, 8);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (lower.rfind("http://", 0) != 0 && lower.rfind("https://", 0) != 0) return "";
  if (out.size() > kMaxUrlBytes || out.find_first_of(" \t\n\r\"<>") != std::string::npos) return "";
  if (!core::vntext::IsValidUtf8(out)) return "";
  return out;
}

// RSS <author> is "email (Name)"; the name is kept, a bare e-mail address is not.
std::string AuthorName(const std::string& raw) {
  std::string text = Squash(raw);
  size_t open = text.find('('), close = text.rfind(')');
  if (open != std::string::npos && close != std::string::npos && close > open) {
    return text.substr(open + 1, close - open - 1);
  }
  return text.find('@') == std::string::npos ? text : "";
}

void ReadRss(const xmlDoc* doc, const xmlNode* rss, Feed* feed) {
  const xmlNode* channel = Child(rss, "channel", nullptr);
  if (!channel) return;
  feed->title = HtmlToText(RawText(Child(channel, "title", nullptr)));
  for (const xmlNode* node = channel->children; node; node = node->next) {
    if (!IsElement(node, "item", nullptr)) continue;
    FeedItem item;
    item.title = HtmlToText(RawText(Child(node, "title", nullptr)));
    std::string description = RawText(Child(node, "description", nullptr));
    if (Squash(description).empty()) description = RawText(Child(node, "encoded", kContentNs));
    item.summary = HtmlToText(description);
    const xmlNode* link = Child(node, "link", nullptr);
    if (link) item.link = AbsoluteLink(doc, link, RawText(link));
    if (const xmlNode* guid = Child(node, "guid", nullptr)) {
      item.guid = Squash(RawText(guid));
      if (item.link.empty() && Attribute(guid, "isPermaLink") != "false") {
        item.link = AbsoluteLink(doc, guid, item.guid);
      }
    }
    const xmlNode* date = Child(node, "pubDate", nullptr);
    if (!date) date = Child(node, "date", kDcNs);
    if (date) item.date = ParseFeedDate(RawText(date));
    if (const xmlNode* author = Child(node, "author", nullptr))
      item.author = AuthorName(RawText(author));
    if (item.author.empty()) item.author = Squash(RawText(Child(node, "creator", kDcNs)));
    feed->items.push_back(std::move(item));
  }
}

void ReadAtom(const xmlDoc* doc, const xmlNode* root, Feed* feed) {
  feed->title = AtomText(Child(root, "title", kAtomNs));
  for (const xmlNode* node = root->children; node; node = node->next) {
    if (!IsElement(node, "entry", kAtomNs)) continue;
    FeedItem item;
    item.title = AtomText(Child(node, "title", kAtomNs));
    const xmlNode* summary = Child(node, "summary", kAtomNs);
    item.summary = AtomText(summary);
    if (Squash(item.summary).empty()) item.summary = AtomText(Child(node, "content", kAtomNs));
    // The alternate link, preferring an HTML one.
    for (const xmlNode* c = node->children; c; c = c->next) {
      if (!IsElement(c, "link", kAtomNs)) continue;
      std::string rel = Attribute(c, "rel");
      if (!rel.empty() && rel != "alternate") continue;
      std::string type = Attribute(c, "type");
      if (!item.link.empty() && type != "text/html") continue;
      std::string href = AbsoluteLink(doc, c, Attribute(c, "href"));
      if (!href.empty()) item.link = href;
    }
    item.guid = Squash(RawText(Child(node, "id", kAtomNs)));
    const xmlNode* date = Child(node, "published", kAtomNs);
    if (!date) date = Child(node, "updated", kAtomNs);
    if (date) item.date = ParseFeedDate(RawText(date));
    if (const xmlNode* author = Child(node, "author", kAtomNs)) {
      item.author = Squash(RawText(Child(author, "name", kAtomNs)));
    }
    feed->items.push_back(std::move(item));
  }
}

struct ParserCtxtCloser {
  void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
};

// Parses an RSS 2.0 or Atom document. No network and no external entities: the options
// leave out XML_PARSE_NOENT and XML_PARSE_DTDLOAD, and add XML_PARSE_NONET.
Result<Feed> ParseFeed(const std::string& body, const std::string& url) {
  std::unique_ptr<xmlParserCtxt, ParserCtxtCloser> ctxt(xmlNewParserCtxt());
  if (!ctxt) return Status::Internal("xmlNewParserCtxt");
  DocPtr doc(xmlCtxtReadMemory(ctxt.get(), body.data(), static_cast<int>(body.size()), url.c_str(),
                               nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!doc) {
    const xmlError* e = xmlCtxtGetLastError(ctxt.get());
    std::string detail = e && e->message ? Squash(e->message) : "parse error";
    return Status::Invalid(
        "Nội dung nhận được không phải XML hợp lệ" +
            (e && e->line > 0 ? " (lỗi ở dòng " + std::to_string(e->line) + ")" : std::string()) +
            ".",
        detail);
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  Feed feed;
  if (root && IsElement(root, "rss", nullptr)) {
    ReadRss(doc.get(), root, &feed);
  } else if (root && IsElement(root, "feed", kAtomNs)) {
    ReadAtom(doc.get(), root, &feed);
  } else {
    return Status::Invalid("Tài liệu XML nhận được không phải nguồn tin RSS 2.0 hay Atom.",
                           root ? std::string(NameOf(root)) : "no root");
  }
  return feed;
}

// ---- fetching -------------------------------------------------------------------------

struct CurlCloser {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};

struct Download {
  std::string body;
  std::string url;  // after redirects: the base of the feed's relative links
  bool too_big = false;
};

size_t CollectBody(char* data, size_t size, size_t count, void* user) {
  Download* download = static_cast<Download*>(user);
  size_t bytes = size * count;
  if (download->body.size() + bytes > kMaxFeedBytes) {
    download->too_big = true;
    return 0;  // aborts the transfer
  }
  download->body.append(data, bytes);
  return bytes;
}

// GET over http or https only, following at most 3 redirects, within the time and size
// limits. Invalid (with a Vietnamese message) on any failure or a non-2xx answer.
Result<Download> Fetch(const std::string& url, const std::string& user_agent) {
  std::unique_ptr<CURL, CurlCloser> curl(curl_easy_init());
  if (!curl) return Status::Internal("curl_easy_init");
  Download download;
  char error[CURL_ERROR_SIZE] = "";
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(c, CURLOPT_MAXREDIRS, kMaxRedirects);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, kConnectTimeoutSeconds);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, kTotalTimeoutSeconds);
  curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(kMaxFeedBytes));
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(c, CURLOPT_USERAGENT, user_agent.c_str());
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, CollectBody);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &download);
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
  CURLcode rc = curl_easy_perform(c);
  std::string detail = error[0] ? error : curl_easy_strerror(rc);
  if (download.too_big || rc == CURLE_FILESIZE_EXCEEDED) {
    return Status::Invalid("Nguồn tin lớn hơn 5 MB.", "too big");
  }
  if (rc == CURLE_OPERATION_TIMEDOUT)
    return Status::Invalid("Nguồn tin không trả lời trong thời gian cho phép.", detail);
  if (rc == CURLE_TOO_MANY_REDIRECTS)
    return Status::Invalid("Nguồn tin chuyển hướng quá 3 lần.", detail);
  if (rc == CURLE_UNSUPPORTED_PROTOCOL)
    return Status::Invalid("Chỉ lấy tin qua http hoặc https.", detail);
  if (rc != CURLE_OK) return Status::Invalid("Không kết nối được tới nguồn tin.", detail);
  long code = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
  if (code < 200 || code > 299) {
    return Status::Invalid("Máy chủ nguồn tin trả về mã HTTP " + std::to_string(code) + ".",
                           "HTTP " + std::to_string(code));
  }
  char* effective = nullptr;
  curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &effective);
  download.url = effective ? effective : url;
  return download;
}

// ---- filing ---------------------------------------------------------------------------

std::string Sha256Hex(std::string_view text) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr);
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

// The identities an item is known by (see feed_items_seen), as hex SHA-256; always two,
// the second repeating the first when there is only one.
std::pair<std::string, std::string> ItemKeys(const FeedItem& item, const std::string& title) {
  std::vector<std::string> keys;
  if (!item.guid.empty()) keys.push_back(Sha256Hex("guid:" + item.guid));
  if (!item.link.empty()) keys.push_back(Sha256Hex("link:" + item.link));
  if (keys.empty()) {
    keys.push_back(
        Sha256Hex("title:" + title + "\n" + (item.date ? std::to_string(*item.date) : "")));
  }
  return {keys.front(), keys.back()};
}

struct Subscription {
  int64_t id = 0, site_id = 0, category_id = 0;
  std::string url, name, mode, site_name, category_name;
};

constexpr char kUpdateSubscriptionSql[] =
    "UPDATE feed_subscriptions SET last_fetched_at = UTC_TIMESTAMP(), last_status = ? WHERE id = ?";

// Records a run on the subscription and in the audit log (in the caller's transaction).
Status RecordRun(Db& db, const Subscription& sub, const std::string& status) {
  Result<core::ExecResult> update = db.Execute(kUpdateSubscriptionSql, {status, sub.id});
  if (!update.ok()) return update.status();
  return core::Audit(db, core::AuditEntry{0, static_cast<uint32_t>(sub.site_id), "", "feeds.fetch",
                                          "feed_subscription", static_cast<uint64_t>(sub.id),
                                          "portalctl: " + sub.url + ": " + status});
}

struct FileCounts {
  int added = 0, known = 0, skipped = 0;
};

constexpr char kSubscriptionsSql[] =
    "SELECT f.id, f.site_id, f.category_id, f.url, f.name, f.publish_mode, s.short_name, c.name "
    "FROM feed_subscriptions f JOIN sites s ON s.id = f.site_id JOIN categories c ON c.id = "
    "f.category_id "
    "WHERE (? = 0 AND f.active = 1) OR f.id = ? ORDER BY f.id";
constexpr char kSeenSql[] =
    "SELECT article_id FROM feed_items_seen WHERE site_id = ? AND item_hash IN (UNHEX(?), "
    "UNHEX(?)) LIMIT 1";
// Records one identity; an identity already known stays as it is.
constexpr char kRecordSeenSql[] =
    "INSERT INTO feed_items_seen (site_id, item_hash, subscription_id, article_id) "
    "VALUES (?, UNHEX(?), ?, ?) ON DUPLICATE KEY UPDATE site_id = site_id";
constexpr char kInsertArticleSql[] =
    "INSERT INTO articles (site_id, category_id, title, slug, summary, body, author_name, "
    "source_name, source_url, source_date, status, published_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, IF(? = 1, UTC_TIMESTAMP(), NULL))";

// The item's date as a DATE in Vietnam's calendar.
std::optional<std::string> SourceDate(const std::optional<std::time_t>& date) {
  if (!date) return std::nullopt;
  core::vntext::LocalTime t = core::vntext::ToLocal(*date);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", t.year, t.month, t.day);
  return std::string(buf);
}

// Files the feed's new items in one transaction, with the subscription's new status and
// its audit row: all of it or nothing.
Result<FileCounts> FileItems(Db& db, const Subscription& sub, const Feed& feed) {
  std::string source_name = CleanLine(feed.title, kNameChars);
  if (source_name.empty()) source_name = sub.name;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  FileCounts counts;
  // Oldest first, so that the newest item gets the highest id and leads the lists: by
  // date when every item has one, else against the document's newest-first order.
  std::vector<const FeedItem*> order;
  for (size_t i = std::min(feed.items.size(), kMaxItemsPerFetch); i-- > 0;)
    order.push_back(&feed.items[i]);
  if (std::all_of(order.begin(), order.end(),
                  [](const FeedItem* item) { return item->date.has_value(); })) {
    std::stable_sort(order.begin(), order.end(),
                     [](const FeedItem* a, const FeedItem* b) { return *a->date < *b->date; });
  }
  for (const FeedItem* next : order) {
    const FeedItem& item = *next;
    std::string title = CleanLine(item.title, kTitleChars);
    auto [key1, key2] = ItemKeys(item, title);
    Result<Rows> seen = db.Query(kSeenSql, {sub.site_id, key1, key2});
    if (!seen.ok()) return seen.status();
    if (!seen->empty()) {
      // Known under one identity: learn the other, so either finds it next time.
      std::optional<int64_t> article;
      if (!seen->front().IsNull(0)) article = seen->front().Int(0);
      for (const std::string& key : {key1, key2}) {
        Result<core::ExecResult> r =
            db.Execute(kRecordSeenSql, {sub.site_id, key, sub.id, article});
        if (!r.ok()) return r.status();
      }
      ++counts.known;
      continue;
    }
    if (title.empty()) {
      ++counts.skipped;
      continue;
    }
    std::string summary = CleanLine(item.summary, kSummaryChars);
    std::string author = CleanLine(item.author, kNameChars);
    std::string slug = core::vntext::Slugify(title);
    if (slug.empty()) slug = "tin-bai";
    // Our own markup around escaped text: the feed's HTML never reaches the body.
    std::string body;
    if (!summary.empty()) body += "<p>" + core::HtmlEscape(summary) + "</p>";
    if (!item.link.empty()) {
      body += "<p><a href=\"" + core::HtmlEscape(item.link) +
              "\" rel=\"noopener\">Xem toàn văn tại nguồn</a></p>";
    }
    std::optional<std::string> link;
    if (!item.link.empty()) link = item.link;
    Result<core::ExecResult> article =
        db.Execute(kInsertArticleSql,
                   {sub.site_id, sub.category_id, title, slug, summary, body, author, source_name,
                    link, SourceDate(item.date), sub.mode, sub.mode == "published" ? 1 : 0});
    if (!article.ok()) return article.status();
    for (const std::string& key : {key1, key2}) {
      Result<core::ExecResult> r = db.Execute(
          kRecordSeenSql, {sub.site_id, key, sub.id, static_cast<int64_t>(article->insert_id)});
      if (!r.ok()) return r.status();
    }
    ++counts.added;
  }
  std::string status =
      "Thêm " + std::to_string(counts.added) + " tin" +
      (counts.added ? (sub.mode == "published" ? " (đã đăng)" : " (bản nháp)") : "") + ", " +
      std::to_string(counts.known) + " tin đã có" +
      (counts.skipped ? ", bỏ qua " + std::to_string(counts.skipped) + " tin không có tiêu đề"
                      : "") +
      ".";
  Status recorded = RecordRun(db, sub, status);
  if (!recorded.ok()) return recorded;
  Status commit = (*tx)->Commit();
  if (!commit.ok()) return commit;
  return counts;
}

// A failed fetch leaves no article; it is recorded on the subscription and in the log.
Status RecordFailure(Db& db, const Subscription& sub, const std::string& message) {
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  Status recorded = RecordRun(db, sub, "Lỗi: " + message);
  if (!recorded.ok()) return recorded;
  return (*tx)->Commit();
}

Result<FileCounts> FetchAndFile(Db& db, const Subscription& sub, const std::string& user_agent) {
  Result<Download> download = Fetch(sub.url, user_agent);
  if (!download.ok()) return download.status();
  Result<Feed> feed = ParseFeed(download->body, download->url);
  if (!feed.ok()) return feed.status();
  return FileItems(db, sub, *feed);
}

int Report(const Status& s) {
  std::fprintf(stderr, "portalctl: %s\n  (%s)\n", s.user_message().c_str(), s.ToString().c_str());
  return 1;
}

std::string Option(const std::multimap<std::string, std::string>& options,
                   const std::string& name) {
  auto it = options.find(name);
  return it == options.end() ? "" : it->second;
}

// ---- commands -------------------------------------------------------------------------

int FetchAll(Db& db, const core::Config& config,
             const std::multimap<std::string, std::string>& options) {
  long long only = 0;
  if (options.count("id")) {
    std::string id = Option(options, "id");
    char* end = nullptr;
    only = std::strtoll(id.c_str(), &end, 10);
    if (id.empty() || *end != '\0' || only <= 0) {
      return Report(Status::Invalid("Mã nguồn tin (--id) phải là một số dương.", id));
    }
  }
  // One fetch at a time, across hosts: two would file the same items twice.
  Result<Row> lock = db.QueryRow("SELECT GET_LOCK('eduportal-feeds', 0)");
  if (!lock.ok()) return Report(lock.status());
  if (lock->Int(0) != 1) {
    return Report(
        Status::Conflict("Một lượt lấy tin khác đang chạy; hãy thử lại sau.", "lock held"));
  }
  Result<Rows> rows = db.Query(kSubscriptionsSql, {only, only});
  if (!rows.ok()) return Report(rows.status());
  if (rows->empty()) std::printf("Không có nguồn tin nào đang bật.\n");
  curl_global_init(CURL_GLOBAL_DEFAULT);
  xmlInitParser();
  std::string user_agent = "eduportal-feeds/1.0 (+" + config.base_url + ")";
  int failed = 0, added = 0;
  for (const Row& row : *rows) {
    Subscription sub;
    sub.id = row.Int(0);
    sub.site_id = row.Int(1);
    sub.category_id = row.Int(2);
    sub.url = row.Str(3);
    sub.name = row.Str(4);
    sub.mode = row.Str(5);
    sub.site_name = row.Str(6);
    sub.category_name = row.Str(7);
    std::printf("[%lld] %s → %s / %s\n", static_cast<long long>(sub.id), sub.name.c_str(),
                sub.site_name.c_str(), sub.category_name.c_str());
    Result<FileCounts> counts = FetchAndFile(db, sub, user_agent);
    if (counts.ok()) {
      std::printf(
          "    %d tin mới%s, %d tin đã có%s.\n", counts->added,
          counts->added ? (sub.mode == "published" ? " (đã đăng)" : " (lưu bản nháp chờ duyệt)")
                        : "",
          counts->known,
          counts->skipped
              ? (", bỏ qua " + std::to_string(counts->skipped) + " tin không có tiêu đề").c_str()
              : "");
      added += counts->added;
      continue;
    }
    ++failed;
    const Status& s = counts.status();
    std::string message = s.IsInvalid() ? s.user_message() : "Lỗi khi lưu tin vào cơ sở dữ liệu.";
    std::printf("    Lỗi: %s Không lưu tin nào.\n", message.c_str());
    if (!s.IsInvalid())
      std::fprintf(stderr, "portalctl: feed %lld: %s\n", static_cast<long long>(sub.id),
                   s.ToString().c_str());
    Status recorded = RecordFailure(db, sub, message);
    if (!recorded.ok()) std::fprintf(stderr, "portalctl: %s\n", recorded.ToString().c_str());
  }
  xmlCleanupParser();
  curl_global_cleanup();
  (void)db.Query("SELECT RELEASE_LOCK('eduportal-feeds')");
  std::printf("Lấy tin xong: %zu nguồn, %d lỗi, %d tin mới.\n", rows->size(), failed, added);
  return failed ? 1 : 0;
}

struct CurlUrlCloser {
  void operator()(CURLU* url) const { curl_url_cleanup(url); }
};

// A feed address as stored: http or https with a host, non-ASCII bytes and spaces
// percent-encoded. Invalid otherwise.
Result<std::string> NormalizeFeedUrl(const std::string& raw) {
  std::string text = Squash(raw), encoded;
  static const char kHex[] = "0123456789ABCDEF";
  for (unsigned char c : text) {
    if (c >= 0x80 || c == ' ') {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 15];
    } else {
      encoded += static_cast<char>(c);
    }
  }
  const Status bad =
      Status::Invalid("Địa chỉ nguồn tin phải là một địa chỉ http:// hoặc https:// đầy đủ.", raw);
  std::unique_ptr<CURLU, CurlUrlCloser> url(curl_url());
  if (!url || curl_url_set(url.get(), CURLUPART_URL, encoded.c_str(), 0) != CURLUE_OK) return bad;
  char* scheme = nullptr;
  char* host = nullptr;
  bool ok = curl_url_get(url.get(), CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
            curl_url_get(url.get(), CURLUPART_HOST, &host, 0) == CURLUE_OK && scheme && host &&
            host[0] && (std::strcmp(scheme, "http") == 0 || std::strcmp(scheme, "https") == 0);
  curl_free(scheme);
  curl_free(host);
  if (!ok) return bad;
  char* full = nullptr;
  if (curl_url_get(url.get(), CURLUPART_URL, &full, 0) != CURLUE_OK || !full) return bad;
  std::string out = full;
  curl_free(full);
  if (out.size() > kMaxUrlBytes)
    return Status::Invalid("Địa chỉ nguồn tin dài quá 1000 ký tự.", raw);
  return out;
}

int Add(Db& db, const std::multimap<std::string, std::string>& options) {
  std::string site_slug = Option(options, "site"), raw_url = Option(options, "url"),
              category_slug = Option(options, "category");
  if (site_slug.empty() || raw_url.empty() || category_slug.empty()) {
    std::fprintf(
        stderr,
        "usage: portalctl feeds add --site SLUG_ĐƠN_VỊ --url URL --category SLUG_CHUYÊN_MỤC "
        "[--publish] [--name TÊN]\n");
    return 2;
  }
  Result<std::string> url = NormalizeFeedUrl(raw_url);
  if (!url.ok()) return Report(url.status());
  Result<Row> site = db.QueryRow("SELECT id, short_name FROM sites WHERE slug = ?", {site_slug});
  if (!site.ok()) {
    return Report(site.status().IsNotFound() ? Status::NotFound("Không tìm thấy đơn vị.", site_slug)
                                             : site.status());
  }
  Result<Row> category =
      db.QueryRow("SELECT id, name FROM categories WHERE site_id = ? AND slug = ?",
                  {site->Int(0), category_slug});
  if (!category.ok()) {
    return Report(
        category.status().IsNotFound()
            ? Status::NotFound("Đơn vị không có chuyên mục này.", site_slug + "/" + category_slug)
            : category.status());
  }
  std::string name = CleanLine(Option(options, "name"), kNameChars);
  if (name.empty()) {
    // The host names the source until an operator gives it a name.
    std::string rest = url->substr(url->find("//") + 2);
    name = rest.substr(0, rest.find_first_of("/?#"));
  }
  const char* mode = options.count("publish") ? "published" : "draft";
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return Report(tx.status());
  Result<core::ExecResult> r = db.Execute(
      "INSERT INTO feed_subscriptions (site_id, url, category_id, name, publish_mode) VALUES (?, "
      "?, ?, ?, ?)",
      {site->Int(0), *url, category->Int(0), name, mode});
  if (!r.ok()) {
    return Report(r.status().IsConflict()
                      ? Status::Conflict("Đơn vị đã đăng ký nguồn tin này.", *url)
                      : r.status());
  }
  Status audit = core::Audit(db, core::AuditEntry{0, static_cast<uint32_t>(site->Int(0)), "", "feeds.add",
                                                  "feed_subscription", r->insert_id, "portalctl: " + *url});
  if (!audit.ok()) return Report(audit);
  Status commit = (*tx)->Commit();
  if (!commit.ok()) return Report(commit);
  std::printf("Đã thêm nguồn tin #%llu: %s → %s / %s (%s).\n",
              static_cast<unsigned long long>(r->insert_id), url->c_str(), site->Str(1).c_str(),
              category->Str(1).c_str(),
              std::strcmp(mode, "published") == 0 ? "đăng ngay" : "lưu bản nháp chờ duyệt");
  return 0;
}

int List(Db& db) {
  Result<Rows> rows = db.Query(
      "SELECT f.id, f.name, f.url, s.short_name, c.name, f.publish_mode, f.active, "
      "f.last_fetched_at, "
      "f.last_status FROM feed_subscriptions f JOIN sites s ON s.id = f.site_id "
      "JOIN categories c ON c.id = f.category_id ORDER BY f.id LIMIT 1000");
  if (!rows.ok()) return Report(rows.status());
  if (rows->empty()) std::printf("Chưa có nguồn tin nào.\n");
  for (const Row& r : *rows) {
    std::printf("#%s  %s → %s / %s  [%s, %s]\n    %s\n", r.Str(0).c_str(), r.Str(1).c_str(),
                r.Str(3).c_str(), r.Str(4).c_str(),
                r.Str(5) == "published" ? "đăng ngay" : "bản nháp",
                r.Int(6) ? "đang bật" : "đang tắt", r.Str(2).c_str());
    if (!r.IsNull(7)) {
      std::printf("    Lần lấy cuối: %s — %s\n", core::vntext::FormatDateTime(r.Time(7)).c_str(),
                  r.Str(8).c_str());
    } else {
      std::printf("    Chưa lấy lần nào.\n");
    }
  }
  return 0;
}

}  // namespace

int Feeds(Db& db, const core::Config& config, const std::vector<std::string>& words,
          const std::multimap<std::string, std::string>& options) {
  std::string sub = words.empty() ? "" : words[0];
  if (sub == "fetch") return FetchAll(db, config, options);
  if (sub == "add") return Add(db, options);
  if (sub == "list") return List(db);
  std::fprintf(
      stderr,
      "usage: portalctl feeds add --site SLUG --url URL --category SLUG [--publish] [--name TÊN]\n"
      "       portalctl feeds list\n"
      "       portalctl feeds fetch [--id N]\n");
  return 2;
}

}  // namespace portalctl
