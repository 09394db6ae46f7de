// The rich-text sanitiser: the bytes are scrubbed, libxml2's HTML parser builds a tree,
// the tree is rebuilt from an allowlist into a small tree of our own whose content model
// is fixed (blocks never inside inline content, lists hold items, tables hold rows and
// cells) so that parsing the output again gives the same tree, and that tree is
// serialised here, escaping every text and attribute value ourselves.
#include "core/sanitize.h"

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/vntext.h"

namespace core::html {
namespace {

// Deeper than libxml2 builds (it stops at 256); a guard for our recursion if it changes.
constexpr int kMaxDepth = 300;
constexpr size_t kMaxUrlBytes = 2048;
constexpr int kMaxSpan = 100;

// ---- bytes ----------------------------------------------------------------------------

// Valid UTF-8 that neither HTML nor libxml2 chokes on: bytes that are not UTF-8 become
// U+FFFD, CR LF and CR become LF, form feed a space; NUL and the other C0 controls
// (except tab and LF), DEL, the C1 controls and Unicode noncharacters are dropped.
std::string Scrub(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  for (int32_t i = 0; i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else if (c < 0x80) {
      if (c == '\r') {
        out += '\n';
        if (i < n && s[i] == '\n') ++i;
      } else if (c == '\f') {
        out += ' ';
      } else if (c >= 0x20 ? c != 0x7f : (c == '\t' || c == '\n')) {
        out += static_cast<char>(c);
      }
    } else if (c > 0x9f && !U_IS_UNICODE_NONCHAR(c)) {
      out.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  return out;
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view TrimAscii(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

// White space, no-break space (Word's empty paragraphs hold one), zero-width space and
// BOM only: text that shows nothing.
bool IsBlank(std::string_view text) {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    bool blank = (c < 0x80 && c >= 0 && IsAsciiSpace(static_cast<char>(c))) || c == 0xA0 ||
                 c == 0x200B || c == 0xFEFF;
    if (!blank) return false;
  }
  return true;
}

// "<![if !supportLists]>", "<![endif]>" (Word's downlevel-revealed conditionals),
// "<![CDATA[…" and any other "<!" that opens neither a comment nor a doctype are bogus
// comments to a browser, ending at the next '>'. libxml2 2.9 keeps them as text, so
// they are removed here the browser's way; what remains still goes through the parser
// and the allowlist, so this pass cannot let anything through.
std::string StripBogusComments(std::string text) {
  if (text.find("<!") == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t lt = text.find("<!", i);
    if (lt == std::string::npos) {
      out.append(text, i, std::string::npos);
      break;
    }
    out.append(text, i, lt - i);
    if (text.compare(lt, 4, "<!--") == 0) {
      size_t end = text.find("-->", lt + 4);
      size_t stop = end == std::string::npos ? text.size() : end + 3;
      out.append(text, lt, stop - lt);
      i = stop;
    } else if (Lower(std::string_view(text).substr(lt + 2, 7)) == "doctype") {
      out += "<!";
      i = lt + 2;
    } else {
      size_t gt = text.find('>', lt + 2);
      i = gt == std::string::npos ? text.size() : gt + 1;
    }
  }
  return out;
}

// ---- parsing --------------------------------------------------------------------------

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;
struct ParserFree {
  void operator()(htmlParserCtxt* parser) const { htmlFreeParserCtxt(parser); }
};

// What prefixed elements ("o:p", "w:sdt", "v:shape") are called in the tree.
constexpr char kPrefixedName[] = "x-prefixed";

// libxml2 2.9 drops the prefix of "o:p" and names the node "p", which would nest a
// paragraph in every Word paragraph; prefixed elements get a name of their own instead
// (the parser's own name stack, which decides what closes what, is not affected).
void StartElement(void* parser, const xmlChar* name, const xmlChar** attributes) {
  if (name != nullptr && std::strchr(reinterpret_cast<const char*>(name), ':') != nullptr) {
    name = reinterpret_cast<const xmlChar*>(kPrefixedName);
  }
  xmlSAX2StartElement(parser, name, attributes);
}

// No HTML_PARSE_NOIMPLIED: with it, text before the first block gets a <p> that then
// swallows every block after it. IGNORE_ENC: the bytes are UTF-8 whatever a pasted
// <meta charset=windows-1252> says.
constexpr int kParseOptions = HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                              HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD;

DocPtr Parse(std::string_view html) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  std::string text = StripBogusComments(Scrub(html));
  if (TrimAscii(text).empty()) return nullptr;
  if (text.size() > INT_MAX) text.resize(INT_MAX);
  std::unique_ptr<htmlParserCtxt, ParserFree> parser(htmlNewParserCtxt());
  if (!parser || !parser->sax) throw std::bad_alloc();
  parser->sax->startElement = StartElement;
  return DocPtr(htmlCtxtReadMemory(parser.get(), text.data(), static_cast<int>(text.size()),
                                   nullptr, "UTF-8", kParseOptions));
}

std::string_view NameOf(const xmlNode* node) {
  return node->name ? reinterpret_cast<const char*>(node->name) : "";
}

bool IsText(const xmlNode* node) {
  return node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE;
}

std::string_view ContentOf(const xmlNode* node) {
  return node->content ? reinterpret_cast<const char*>(node->content) : "";
}

// An attribute's value with entities decoded (by libxml2) and scrubbed (a character
// reference can still name a C1 control); nullopt when absent.
std::optional<std::string> Attribute(const xmlNode* node, std::string_view name) {
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr || reinterpret_cast<const char*>(a->name) != name) continue;
    std::string value;
    for (const xmlNode* c = a->children; c != nullptr; c = c->next) {
      if (IsText(c)) value += ContentOf(c);
    }
    return Scrub(value);
  }
  return std::nullopt;
}

// The value of the last `property` declaration of the element's style, lower-cased,
// without "!important"; empty when there is none. Declarations are matched whole, so
// Word's "mso-bidi-font-weight:normal" is not "font-weight".
std::string StyleValue(const xmlNode* node, std::string_view property) {
  std::optional<std::string> style = Attribute(node, "style");
  if (!style) return "";
  std::string found;
  std::string_view rest = *style;
  while (!rest.empty()) {
    size_t semicolon = rest.find(';');
    std::string_view declaration = rest.substr(0, semicolon);
    rest = semicolon == std::string_view::npos ? std::string_view() : rest.substr(semicolon + 1);
    size_t colon = declaration.find(':');
    if (colon == std::string_view::npos) continue;
    if (Lower(TrimAscii(declaration.substr(0, colon))) != property) continue;
    found = Lower(TrimAscii(declaration.substr(colon + 1)));
    size_t important = found.find("!important");
    if (important != std::string::npos) found = std::string(TrimAscii(found.substr(0, important)));
  }
  return found;
}

// ---- the allowlist --------------------------------------------------------------------

enum class Role {
  kDrop,         // removed with its content
  kTransparent,  // replaced by its content: unknown and presentational elements
  kSection,      // replaced by its content, which is kept apart from what surrounds it
  kTextBlock,    // a block of inline content: p, h2–h4, pre
  kBlockquote,
  kList,
  kListItem,
  kTable,
  kTableSection,
  kRow,
  kCell,
  kCaption,
  kFigure,
  kFigcaption,
  kRule,
  kFormat,  // strong em u s sub sup code
  kSpan,    // span, font: a lang, and formatting read from the style
  kLink,
  kImage,
  kLineBreak,
};

struct Rule {
  Role role;
  const char* output;  // the element written, for the roles that write one
};

const Rule& RuleFor(std::string_view name) {
  static const std::unordered_map<std::string_view, Rule> kRules = [] {
    constexpr std::string_view kDropped[] = {
        "script", "style",     "iframe",   "frame",  "frameset", "object",   "embed",    "applet",
        "param",  "svg",       "math",     "form",   "input",    "button",   "textarea", "select",
        "option", "optgroup",  "datalist", "keygen", "template", "noscript", "noembed",  "noframes",
        "head",   "title",     "meta",     "link",   "base",     "xml",      "audio",    "video",
        "source", "track",     "canvas",   "map",    "area",     "colgroup", "col",      "dialog",
        "portal", "plaintext", "xmp",      "slot"};
    constexpr std::string_view kSections[] = {
        "div",     "center",   "section", "article", "main", "header", "footer",
        "aside",   "nav",      "address", "dl",      "dt",   "dd",     "details",
        "summary", "fieldset", "legend",  "hgroup",  "menu", "dir",    "listing"};
    struct Kept {
      std::string_view name;
      Role role;
      const char* output;
    };
    constexpr Kept kKept[] = {
        {"p", Role::kTextBlock, "p"},
        {"h1", Role::kTextBlock, "h2"},  // the page has its own h1
        {"h2", Role::kTextBlock, "h2"},
        {"h3", Role::kTextBlock, "h3"},
        {"h4", Role::kTextBlock, "h4"},
        {"h5", Role::kTextBlock, "h4"},
        {"h6", Role::kTextBlock, "h4"},
        {"pre", Role::kTextBlock, "pre"},
        {"blockquote", Role::kBlockquote, "blockquote"},
        {"ul", Role::kList, "ul"},
        {"ol", Role::kList, "ol"},
        {"li", Role::kListItem, "li"},
        {"table", Role::kTable, "table"},
        {"thead", Role::kTableSection, "thead"},
        {"tbody", Role::kTableSection, "tbody"},
        {"tfoot", Role::kTableSection, "tfoot"},
        {"tr", Role::kRow, "tr"},
        {"td", Role::kCell, "td"},
        {"th", Role::kCell, "th"},
        {"caption", Role::kCaption, "caption"},
        {"figure", Role::kFigure, "figure"},
        {"figcaption", Role::kFigcaption, "figcaption"},
        {"hr", Role::kRule, "hr"},
        {"strong", Role::kFormat, "strong"},
        {"b", Role::kFormat, "strong"},
        {"em", Role::kFormat, "em"},
        {"i", Role::kFormat, "em"},
        {"u", Role::kFormat, "u"},
        {"ins", Role::kFormat, "u"},
        {"s", Role::kFormat, "s"},
        {"strike", Role::kFormat, "s"},
        {"del", Role::kFormat, "s"},
        {"sub", Role::kFormat, "sub"},
        {"sup", Role::kFormat, "sup"},
        {"code", Role::kFormat, "code"},
        {"tt", Role::kFormat, "code"},
        {"kbd", Role::kFormat, "code"},
        {"samp", Role::kFormat, "code"},
        {"span", Role::kSpan, "span"},
        {"font", Role::kSpan, nullptr},
        {"a", Role::kLink, "a"},
        {"img", Role::kImage, "img"},
        {"br", Role::kLineBreak, "br"},
    };
    std::unordered_map<std::string_view, Rule> rules;
    for (std::string_view dropped : kDropped) rules.emplace(dropped, Rule{Role::kDrop, nullptr});
    for (std::string_view section : kSections) {
      rules.emplace(section, Rule{Role::kSection, nullptr});
    }
    for (const Kept& kept : kKept) rules.emplace(kept.name, Rule{kept.role, kept.output});
    return rules;
  }();
  static const Rule kUnknown{Role::kTransparent, nullptr};
  auto it = kRules.find(name);
  return it == kRules.end() ? kUnknown : it->second;
}

const Rule& RuleFor(const xmlNode* node) { return RuleFor(NameOf(node)); }

bool IsBlockRole(Role role) {
  switch (role) {
    case Role::kSection:
    case Role::kTextBlock:
    case Role::kBlockquote:
    case Role::kList:
    case Role::kListItem:
    case Role::kTable:
    case Role::kTableSection:
    case Role::kRow:
    case Role::kCell:
    case Role::kCaption:
    case Role::kFigure:
    case Role::kFigcaption:
    case Role::kRule:
      return true;
    default:
      return false;
  }
}

// Inline formatting, as bits so that <b><b>x</b></b> writes one <strong>.
constexpr const char* kFormats[] = {"strong", "em", "u", "s", "sub", "sup", "code"};

unsigned FormatBit(std::string_view name) {
  for (unsigned i = 0; i < std::size(kFormats); ++i) {
    if (name == kFormats[i]) return 1u << i;
  }
  return 0;
}

// The formatting an editor expressed with a style (Google Docs, some Word runs).
unsigned StyleFormats(const xmlNode* node) {
  unsigned bits = 0;
  std::string weight = StyleValue(node, "font-weight");
  if (weight == "bold" || weight == "bolder" || weight == "600" || weight == "700" ||
      weight == "800" || weight == "900") {
    bits |= FormatBit("strong");
  }
  std::string font_style = StyleValue(node, "font-style");
  if (font_style == "italic" || font_style == "oblique") bits |= FormatBit("em");
  std::string decoration =
      StyleValue(node, "text-decoration") + " " + StyleValue(node, "text-decoration-line");
  if (decoration.find("underline") != std::string::npos) bits |= FormatBit("u");
  if (decoration.find("line-through") != std::string::npos) bits |= FormatBit("s");
  std::string align = StyleValue(node, "vertical-align");
  if (align == "super") bits |= FormatBit("sup");
  if (align == "sub") bits |= FormatBit("sub");
  return bits;
}

// <b style="font-weight:normal"> (Google Docs wraps a whole paste in one) is not bold.
bool CancelsOwnFormat(const xmlNode* node, std::string_view output) {
  if (output == "strong") {
    std::string weight = StyleValue(node, "font-weight");
    return weight == "normal" || weight == "lighter" || weight == "400" || weight == "300";
  }
  if (output == "em") return StyleValue(node, "font-style") == "normal";
  return false;
}

// ---- attribute values -----------------------------------------------------------------

// A URL as a browser reads it: tabs and newlines anywhere are ignored, and so are
// leading and trailing controls and spaces.
std::string BrowserUrl(std::string_view raw) {
  std::string url;
  url.reserve(raw.size());
  for (char c : raw) {
    if (c != '\t' && c != '\n' && c != '\r') url += c;
  }
  size_t begin = 0, end = url.size();
  while (begin < end && static_cast<unsigned char>(url[begin]) <= 0x20) ++begin;
  while (end > begin && static_cast<unsigned char>(url[end - 1]) <= 0x20) --end;
  return url.substr(begin, end - begin);
}

struct Href {
  std::string url;
  bool external;  // http: or https:, gets rel="noopener noreferrer"
};

// http:, https:, mailto:, tel:, a path from the root ("/tin-tuc/x") or a fragment.
// Anything else — javascript:, vbscript:, data:, "//host", "\\host", relative paths —
// is refused.
std::optional<Href> SafeHref(std::string_view raw) {
  std::string url = BrowserUrl(raw);
  if (url.empty() || url.size() > kMaxUrlBytes) return std::nullopt;
  size_t colon = url.find(':');
  size_t delimiter = url.find_first_of("/?#");
  if (colon != std::string::npos && (delimiter == std::string::npos || colon < delimiter)) {
    std::string scheme = Lower(std::string_view(url).substr(0, colon));
    if (scheme != "http" && scheme != "https" && scheme != "mailto" && scheme != "tel") {
      return std::nullopt;
    }
    return Href{scheme + url.substr(colon), scheme == "http" || scheme == "https"};
  }
  if (url[0] == '#') return Href{url, false};
  if (url[0] == '/' && (url.size() == 1 || (url[1] != '/' && url[1] != '\\'))) {
    return Href{url, false};
  }
  return std::nullopt;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// Only our own media: under the uploads prefix or /static/, without a way out of it.
std::optional<std::string> SafeImageSource(std::string_view raw, const SanitizeOptions& options) {
  std::string url = BrowserUrl(raw);
  if (url.empty() || url.size() > kMaxUrlBytes) return std::nullopt;
  bool ours = StartsWith(url, "/static/") ||
              (StartsWith(options.uploads_prefix, "/") && options.uploads_prefix.size() > 1 &&
               StartsWith(url, options.uploads_prefix));
  if (!ours) return std::nullopt;
  std::string lower = Lower(url);
  if (lower.find("..") != std::string::npos || lower.find('\\') != std::string::npos ||
      lower.find("%2e") != std::string::npos || lower.find("%5c") != std::string::npos) {
    return std::nullopt;
  }
  return url;
}

// Digits only, in [min, max], without a leading zero; written back canonically.
std::optional<int> Number(const std::optional<std::string>& value, int min, int max) {
  if (!value) return std::nullopt;
  std::string_view digits = TrimAscii(*value);
  if (digits.empty() || digits.size() > 6 || (digits.size() > 1 && digits[0] == '0')) {
    return std::nullopt;
  }
  int n = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  if (n < min || n > max) return std::nullopt;
  return n;
}

// A language tag like "en" or "en-US"; Vietnamese, the page's own language, is dropped
// (Word marks every run lang=VI).
std::optional<std::string> SpanLanguage(const xmlNode* node) {
  std::optional<std::string> lang = Attribute(node, "lang");
  if (!lang) return std::nullopt;
  std::string_view tag = TrimAscii(*lang);
  if (tag.empty() || tag.size() > 35 || !std::isalpha(static_cast<unsigned char>(tag[0]))) {
    return std::nullopt;
  }
  for (char c : tag) {
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-') return std::nullopt;
  }
  std::string lower = Lower(tag);
  if (lower == "vi" || StartsWith(lower, "vi-")) return std::nullopt;
  return std::string(tag);
}

// ---- our tree -------------------------------------------------------------------------

struct Node {
  enum class Kind { kText, kElement, kBreak };
  Kind kind = Kind::kText;
  std::string name;  // kElement
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string text;  // kText
  std::vector<Node> children;
};

Node Text(std::string text) {
  Node n;
  n.text = std::move(text);
  return n;
}

Node Element(std::string name) {
  Node n;
  n.kind = Node::Kind::kElement;
  n.name = std::move(name);
  return n;
}

// A place where blocks met inside inline content; becomes a <br> between content.
Node Break() {
  Node n;
  n.kind = Node::Kind::kBreak;
  return n;
}

bool IsElement(const Node& n, std::string_view name) {
  return n.kind == Node::Kind::kElement && n.name == name;
}

bool HasVisible(const std::vector<Node>& nodes);

bool IsVisible(const Node& n) {
  switch (n.kind) {
    case Node::Kind::kText:
      return !IsBlank(n.text);
    case Node::Kind::kBreak:
      return false;
    case Node::Kind::kElement:
      return n.name == "img" || n.name == "hr" || HasVisible(n.children);
  }
  return false;
}

bool HasVisible(const std::vector<Node>& nodes) {
  for (const Node& n : nodes) {
    if (IsVisible(n)) return true;
  }
  return false;
}

// Inline elements that show nothing are replaced by their content (which keeps the
// spaces and <br>s between words); adjacent texts are merged.
void PruneInline(std::vector<Node>& nodes) {
  std::vector<Node> out;
  out.reserve(nodes.size());
  for (Node& n : nodes) {
    if (n.kind == Node::Kind::kElement && n.name != "br" && n.name != "img") {
      PruneInline(n.children);
      if (!HasVisible(n.children)) {
        for (Node& child : n.children) out.push_back(std::move(child));
        continue;
      }
    }
    out.push_back(std::move(n));
  }
  nodes.clear();
  for (Node& n : out) {
    if (n.kind == Node::Kind::kText && !nodes.empty() && nodes.back().kind == Node::Kind::kText) {
      nodes.back().text += n.text;
    } else if (!(n.kind == Node::Kind::kText && n.text.empty())) {
      nodes.push_back(std::move(n));
    }
  }
}

void CollectLeaves(std::vector<Node>& nodes, std::vector<Node*>& leaves) {
  for (Node& n : nodes) {
    if (n.kind == Node::Kind::kElement && n.name != "br" && n.name != "img") {
      CollectLeaves(n.children, leaves);
    } else {
      leaves.push_back(&n);
    }
  }
}

void RemoveEmptyTexts(std::vector<Node>& nodes) {
  std::vector<Node> out;
  out.reserve(nodes.size());
  for (Node& n : nodes) {
    if (n.kind == Node::Kind::kText && n.text.empty()) continue;
    if (n.kind == Node::Kind::kElement) RemoveEmptyTexts(n.children);
    out.push_back(std::move(n));
  }
  nodes = std::move(out);
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (IsAsciiSpace(c)) {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (space) out += ' ';
  return out;
}

// Spaces and no-break spaces at the end of a line show nothing.
void TrimLineEnd(const std::vector<Node*>& line) {
  for (auto it = line.rbegin(); it != line.rend(); ++it) {
    std::string& text = (*it)->text;
    while (!text.empty()) {
      if (text.back() == ' ') {
        text.pop_back();
      } else if (text.size() >= 2 && text.compare(text.size() - 2, 2, "\xC2\xA0") == 0) {
        text.resize(text.size() - 2);
      } else {
        return;
      }
    }
  }
}

// The inline content of one block, made canonical: empty inline elements unwrapped;
// block boundaries (Break) become a <br> only between visible content; <br>s before
// or after all visible content dropped; outside <pre>, runs of white space become one
// space, and none is left at the start or end of a line.
void NormalizeInline(std::vector<Node>& nodes, bool preformatted) {
  PruneInline(nodes);
  std::vector<Node*> leaves;
  CollectLeaves(nodes, leaves);
  std::vector<bool> visible_after(leaves.size() + 1, false);
  for (size_t i = leaves.size(); i-- > 0;) {
    visible_after[i] = visible_after[i + 1] || IsVisible(*leaves[i]);
  }
  bool visible_before = false;   // since the start
  bool visible_in_line = false;  // since the last line break
  for (size_t i = 0; i < leaves.size(); ++i) {
    Node& leaf = *leaves[i];
    bool is_break = leaf.kind == Node::Kind::kBreak;
    if (is_break || IsElement(leaf, "br")) {
      bool keep = is_break ? visible_in_line && visible_after[i + 1]
                           : visible_before && visible_after[i + 1];
      if (keep) {
        leaf = Element("br");
        visible_in_line = false;
      } else {
        leaf = Text("");
      }
    } else if (IsVisible(leaf)) {
      visible_before = visible_in_line = true;
    }
  }
  if (!preformatted) {
    bool line_start = true, after_space = false;
    std::vector<Node*> line;  // the texts since the last <br> or image
    for (Node* leaf : leaves) {
      if (leaf->kind == Node::Kind::kText) {
        if (leaf->text.empty()) continue;
        std::string text = CollapseSpaces(leaf->text);
        if ((line_start || after_space) && !text.empty() && text[0] == ' ') text.erase(0, 1);
        leaf->text = std::move(text);
        if (leaf->text.empty()) continue;
        line_start = false;
        after_space = leaf->text.back() == ' ';
        line.push_back(leaf);
      } else {
        if (IsElement(*leaf, "br")) {
          TrimLineEnd(line);
          line_start = true;
        } else {  // img
          line_start = false;
        }
        after_space = false;
        line.clear();
      }
    }
    TrimLineEnd(line);
  }
  RemoveEmptyTexts(nodes);
}

// The content of a block container: blocks, and runs of inline content between them.
class FlowSink {
 public:
  enum class Wrap {
    kAlways,    // every run becomes a <p> (the top level, blockquote)
    kIfNeeded,  // runs become <p> only when two would otherwise touch (li, td, figure)
  };

  explicit FlowSink(bool in_figure = false) : in_figure_(in_figure) {}

  bool in_figure() const { return in_figure_; }
  std::vector<Node>& run() { return run_; }
  void AddInline(Node n) { run_.push_back(std::move(n)); }
  void AddBlock(Node n) {
    EndRun();
    items_.push_back(Item{true, {}});
    items_.back().nodes.push_back(std::move(n));
  }
  // What follows is kept apart from what came before (a <div> began or ended).
  void EndRun() {
    if (run_.empty()) return;
    items_.push_back(Item{false, std::move(run_)});
    run_.clear();
  }
  bool empty() const { return items_.empty() && run_.empty(); }

  // The nodes of the container. With unwrap_paragraph, a lone <p> is replaced by its
  // content (Word and LibreOffice wrap the text of every cell and item in one).
  std::vector<Node> Finish(Wrap wrap, bool unwrap_paragraph) {
    EndRun();
    std::vector<Item> kept;
    for (Item& item : items_) {
      if (!item.block) {
        NormalizeInline(item.nodes, false);
        if (!HasVisible(item.nodes)) continue;
      }
      kept.push_back(std::move(item));
    }
    items_.clear();
    bool wrap_runs = wrap == Wrap::kAlways;
    for (size_t i = 0; i + 1 < kept.size() && !wrap_runs; ++i) {
      wrap_runs = !kept[i].block && !kept[i + 1].block;
    }
    std::vector<Node> out;
    for (Item& item : kept) {
      if (!item.block && wrap_runs) {
        Node p = Element("p");
        p.children = std::move(item.nodes);
        out.push_back(std::move(p));
      } else {
        for (Node& n : item.nodes) out.push_back(std::move(n));
      }
    }
    if (unwrap_paragraph && out.size() == 1 && IsElement(out[0], "p")) {
      std::vector<Node> content = std::move(out[0].children);
      return content;
    }
    return out;
  }

 private:
  struct Item {
    bool block;
    std::vector<Node> nodes;
  };
  bool in_figure_;
  std::vector<Item> items_;
  std::vector<Node> run_;
};

// ---- Word's paragraph lists -----------------------------------------------------------

// Word writes a list as paragraphs styled "mso-list:l0 level1 lfo1", each starting with
// its marker ("1.", "·") in a span styled "mso-list:Ignore".
bool IsListMarker(const xmlNode* node) { return StyleValue(node, "mso-list") == "ignore"; }

void AppendText(const xmlNode* node, std::string& out, int depth) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (IsText(c)) {
      out += ContentOf(c);
    } else if (c->type == XML_ELEMENT_NODE && depth < kMaxDepth && RuleFor(c).role != Role::kDrop) {
      AppendText(c, out, depth + 1);
    }
  }
}

// The marker's text without the no-break spaces Word pads it with.
std::string MarkerText(const xmlNode* marker) {
  std::string text;
  AppendText(marker, text, 0);
  text = Scrub(text);
  std::string_view view = text;
  auto blank_prefix = [](std::string_view s) {
    if (!s.empty() && IsAsciiSpace(s[0])) return size_t{1};
    return StartsWith(s, "\xC2\xA0") ? size_t{2} : size_t{0};
  };
  auto blank_suffix = [](std::string_view s) {
    if (!s.empty() && IsAsciiSpace(s.back())) return size_t{1};
    return s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0" ? size_t{2} : size_t{0};
  };
  while (size_t k = blank_prefix(view)) view.remove_prefix(k);
  while (size_t k = blank_suffix(view)) view.remove_suffix(k);
  return std::string(view);
}

const xmlNode* FindMarker(const xmlNode* node, int depth) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || depth >= kMaxDepth) continue;
    if (IsListMarker(c)) return c;
    if (const xmlNode* found = FindMarker(c, depth + 1)) return found;
  }
  return nullptr;
}

struct WordListItem {
  const xmlNode* paragraph;
  std::string list;  // "l0"
  int level;         // 1…
  bool ordered;
  int number;  // of an ordered item
};

// A Word list paragraph whose marker we can show as a list: "1." or "1)" (an <ol>), or
// a single character (a bullet: "·" in Symbol, "o", "§", "-", "+"). Other markers
// ("a)", "I.", "Điều 1.") stay as text of a paragraph, since <ol> would renumber them.
std::optional<WordListItem> AsWordListItem(const xmlNode* node) {
  if (node->type != XML_ELEMENT_NODE || NameOf(node) != "p") return std::nullopt;
  std::string list = StyleValue(node, "mso-list");
  if (list.empty() || list == "ignore" || list == "none" || list == "skip") return std::nullopt;
  WordListItem item{node, "", 0, false, 0};
  std::string_view rest = list;
  while (!rest.empty()) {
    size_t space = rest.find(' ');
    std::string_view token = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    if (StartsWith(token, "level")) {
      std::optional<int> level = Number(std::string(token.substr(5)), 1, 9);
      if (level) item.level = *level;
    } else if (item.list.empty() && token.size() > 1 && token[0] == 'l') {
      item.list = std::string(token);
    }
  }
  const xmlNode* marker = FindMarker(node, 0);
  if (item.level == 0 || marker == nullptr) return std::nullopt;
  std::string text = MarkerText(marker);
  if (text.size() >= 2 && (text.back() == '.' || text.back() == ')')) {
    std::optional<int> number = Number(text.substr(0, text.size() - 1), 0, 999999);
    if (!number) return std::nullopt;
    item.ordered = true;
    item.number = *number;
    return item;
  }
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  UChar32 c = 0;
  if (n > 0) U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, n, c);
  if (n == 0 || i != n || c < 0 || u_isdigit(c)) return std::nullopt;
  return item;
}

// ---- building our tree from libxml2's -------------------------------------------------

class Builder {
 public:
  explicit Builder(const SanitizeOptions& options) : options_(options) {}

  // The allowlisted content of the document, blocks at the top level.
  std::vector<Node> Build(const xmlDoc* doc) {
    MarkBlockHolders(doc);
    FlowSink sink;
    FlowChildren(doc->children, sink, 0);
    return sink.Finish(FlowSink::Wrap::kAlways, false);
  }

 private:
  struct InlineState {
    unsigned formats = 0;
    bool in_link = false;
    const xmlNode* skip = nullptr;  // the marker of a Word list item made an <li>
  };

  // Inline elements holding a block (<strong><p>a</p><p>b</p></strong>) are unwrapped
  // in block context, so the blocks stay blocks.
  void MarkBlockHolders(const xmlDoc* doc) {
    std::vector<const xmlNode*> stack;
    for (const xmlNode* c = doc->children; c != nullptr; c = c->next) stack.push_back(c);
    while (!stack.empty()) {
      const xmlNode* node = stack.back();
      stack.pop_back();
      if (node->type != XML_ELEMENT_NODE) continue;
      Role role = RuleFor(node).role;
      if (role == Role::kDrop) continue;
      if (IsBlockRole(role)) {
        for (const xmlNode* p = node->parent; p != nullptr && p->type == XML_ELEMENT_NODE;
             p = p->parent) {
          if (!holds_block_.insert(p).second) break;
        }
      }
      for (const xmlNode* c = node->children; c != nullptr; c = c->next) stack.push_back(c);
    }
  }

  void FlowChildren(const xmlNode* first, FlowSink& sink, int depth) {
    for (const xmlNode* c = first; c != nullptr; c = c->next) {
      if (std::optional<WordListItem> item = AsWordListItem(c)) {
        c = WordList(*item, sink, depth);
        continue;
      }
      FlowNode(c, sink, depth);
    }
  }

  void FlowNode(const xmlNode* node, FlowSink& sink, int depth) {
    if (IsText(node)) {
      sink.AddInline(Text(Scrub(ContentOf(node))));
      return;
    }
    if (node->type != XML_ELEMENT_NODE || depth > kMaxDepth) return;
    const Rule& rule = RuleFor(node);
    switch (rule.role) {
      case Role::kDrop:
        return;
      case Role::kTransparent:
        FlowChildren(node->children, sink, depth + 1);
        return;
      case Role::kSection:
      case Role::kListItem:      // outside a list
      case Role::kTableSection:  // outside a table
      case Role::kRow:
      case Role::kCell:
      case Role::kCaption:
        sink.EndRun();
        FlowChildren(node->children, sink, depth + 1);
        sink.EndRun();
        return;
      case Role::kTextBlock:
        AddBlock(TextBlock(node, rule.output, depth), sink);
        return;
      case Role::kFigcaption:
        AddBlock(TextBlock(node, sink.in_figure() ? "figcaption" : "p", depth), sink);
        return;
      case Role::kBlockquote: {
        FlowSink inner;
        FlowChildren(node->children, inner, depth + 1);
        AddBlock(Container("blockquote", inner.Finish(FlowSink::Wrap::kAlways, false)), sink);
        return;
      }
      case Role::kFigure: {
        FlowSink inner(true);
        FlowChildren(node->children, inner, depth + 1);
        AddBlock(Container("figure", inner.Finish(FlowSink::Wrap::kIfNeeded, false)), sink);
        return;
      }
      case Role::kList:
        AddBlock(List(node, rule.output, depth), sink);
        return;
      case Role::kTable:
        AddBlock(Table(node, depth), sink);
        return;
      case Role::kRule:
        sink.AddBlock(Element("hr"));
        return;
      case Role::kFormat:
      case Role::kSpan:
      case Role::kLink:
        if (holds_block_.count(node) != 0) {
          FlowChildren(node->children, sink, depth + 1);
          return;
        }
        InlineNode(node, InlineState{}, sink.run(), depth);
        return;
      case Role::kImage:
      case Role::kLineBreak:
        InlineNode(node, InlineState{}, sink.run(), depth);
        return;
    }
  }

  static void AddBlock(std::optional<Node> block, FlowSink& sink) {
    if (block) {
      sink.AddBlock(std::move(*block));
    } else {
      sink.EndRun();  // an empty block still separates what surrounds it
    }
  }

  static std::optional<Node> Container(const char* name, std::vector<Node> children) {
    if (children.empty()) return std::nullopt;
    Node n = Element(name);
    n.children = std::move(children);
    return n;
  }

  std::optional<Node> TextBlock(const xmlNode* node, const char* name, int depth) {
    Node block = Element(name);
    InlineChildren(node, InlineState{}, block.children, depth + 1);
    bool pre = block.name == "pre";
    // A browser drops the newline right after <pre>; libxml2 keeps it.
    if (pre && !block.children.empty() && block.children[0].kind == Node::Kind::kText &&
        StartsWith(block.children[0].text, "\n")) {
      block.children[0].text.erase(0, 1);
    }
    NormalizeInline(block.children, pre);
    if (!HasVisible(block.children)) return std::nullopt;
    return block;
  }

  void InlineChildren(const xmlNode* parent, const InlineState& state, std::vector<Node>& out,
                      int depth) {
    for (const xmlNode* c = parent->children; c != nullptr; c = c->next) {
      InlineNode(c, state, out, depth);
    }
  }

  void InlineNode(const xmlNode* node, const InlineState& state, std::vector<Node>& out,
                  int depth) {
    if (IsText(node)) {
      out.push_back(Text(Scrub(ContentOf(node))));
      return;
    }
    if (node->type != XML_ELEMENT_NODE || depth > kMaxDepth || node == state.skip) return;
    const Rule& rule = RuleFor(node);
    if (rule.role == Role::kDrop) return;
    if (IsListMarker(node)) {  // a Word list marker left in a paragraph
      out.push_back(Text(MarkerText(node) + " "));
      return;
    }
    switch (rule.role) {
      case Role::kTransparent:
        InlineChildren(node, state, out, depth + 1);
        return;
      case Role::kFormat: {
        unsigned bit = FormatBit(rule.output);
        if ((state.formats & bit) != 0 || CancelsOwnFormat(node, rule.output)) {
          InlineChildren(node, state, out, depth + 1);
          return;
        }
        InlineState inner = state;
        inner.formats |= bit;
        Node element = Element(rule.output);
        InlineChildren(node, inner, element.children, depth + 1);
        out.push_back(std::move(element));
        return;
      }
      case Role::kSpan: {
        unsigned bits = StyleFormats(node) & ~state.formats;
        std::optional<std::string> lang;
        if (NameOf(node) == "span") lang = SpanLanguage(node);
        if (bits == 0 && !lang) {  // straight into `out`: no copying up nested spans
          InlineChildren(node, state, out, depth + 1);
          return;
        }
        InlineState inner = state;
        inner.formats |= bits;
        std::vector<Node> children;
        InlineChildren(node, inner, children, depth + 1);
        for (size_t i = std::size(kFormats); i-- > 0;) {
          if ((bits & (1u << i)) == 0) continue;
          Node element = Element(kFormats[i]);
          element.children = std::move(children);
          children.clear();
          children.push_back(std::move(element));
        }
        if (lang) {
          Node span = Element("span");
          span.attributes.emplace_back("lang", *lang);
          span.children = std::move(children);
          children.clear();
          children.push_back(std::move(span));
        }
        for (Node& child : children) out.push_back(std::move(child));
        return;
      }
      case Role::kLink: {
        std::optional<Href> href;
        if (!state.in_link) {
          if (std::optional<std::string> raw = Attribute(node, "href")) href = SafeHref(*raw);
        }
        if (!href) {  // nested links are not allowed; a link we refuse is plain text
          InlineChildren(node, state, out, depth + 1);
          return;
        }
        Node link = Element("a");
        link.attributes.emplace_back("href", href->url);
        std::optional<std::string> title = Attribute(node, "title");
        if (title && !TrimAscii(*title).empty()) link.attributes.emplace_back("title", *title);
        if (href->external) link.attributes.emplace_back("rel", "noopener noreferrer");
        InlineState inner = state;
        inner.in_link = true;
        InlineChildren(node, inner, link.children, depth + 1);
        out.push_back(std::move(link));
        return;
      }
      case Role::kImage: {
        std::optional<std::string> raw = Attribute(node, "src");
        std::optional<std::string> src = raw ? SafeImageSource(*raw, options_) : std::nullopt;
        if (!src) return;
        Node image = Element("img");
        image.attributes.emplace_back("src", *src);
        image.attributes.emplace_back("alt", Attribute(node, "alt").value_or(""));
        for (const char* dimension : {"width", "height"}) {
          if (std::optional<int> n = Number(Attribute(node, dimension), 1, 9999)) {
            image.attributes.emplace_back(dimension, std::to_string(*n));
          }
        }
        out.push_back(std::move(image));
        return;
      }
      case Role::kLineBreak:
        out.push_back(Element("br"));
        return;
      default:  // a block inside inline content: its content, on a line of its own
        out.push_back(Break());
        InlineChildren(node, state, out, depth + 1);
        out.push_back(Break());
        return;
    }
  }

  // ---- lists ----

  std::optional<Node> List(const xmlNode* node, const char* name, int depth) {
    // Each item is a sink, so that stray content (a nested <ul> right in the <ul>, text)
    // joins the item before it, as if it were inside.
    std::vector<FlowSink> items;
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (IsText(c) && IsBlank(ContentOf(c))) continue;
      if (c->type == XML_ELEMENT_NODE && RuleFor(c).role == Role::kListItem) {
        items.emplace_back();
        FlowChildren(c->children, items.back(), depth + 1);
        continue;
      }
      if (items.empty()) items.emplace_back();
      FlowNode(c, items.back(), depth + 1);
    }
    Node list = Element(name);
    if (list.name == "ol") {
      if (std::optional<int> start = Number(Attribute(node, "start"), 0, 999999)) {
        if (*start != 1) list.attributes.emplace_back("start", std::to_string(*start));
      }
    }
    for (FlowSink& item : items) {
      std::vector<Node> content = item.Finish(FlowSink::Wrap::kIfNeeded, true);
      if (content.empty()) continue;
      Node li = Element("li");
      li.children = std::move(content);
      list.children.push_back(std::move(li));
    }
    if (list.children.empty()) return std::nullopt;
    return list;
  }

  // Turns the run of Word list paragraphs starting at `first` into nested lists; returns
  // the last node consumed.
  const xmlNode* WordList(const WordListItem& first, FlowSink& sink, int depth) {
    struct Open {
      int level;
      bool ordered;
      Node* list;
    };
    std::vector<Node> lists;
    std::vector<Open> open;  // pointers stay valid: a vector only grows once deeper
                             // levels are closed
    std::string list_id = first.list;
    const xmlNode* last = first.paragraph;
    std::optional<WordListItem> item = first;
    while (item) {
      if (item->list != list_id) {
        open.clear();
        list_id = item->list;
      }
      while (!open.empty() && open.back().level > item->level) open.pop_back();
      if (!open.empty() && open.back().level == item->level &&
          open.back().ordered != item->ordered) {
        open.pop_back();
      }
      Node li = Element("li");
      InlineState state;
      state.skip = FindMarker(item->paragraph, 0);
      InlineChildren(item->paragraph, state, li.children, depth + 1);
      NormalizeInline(li.children, false);
      if (HasVisible(li.children)) {
        if (open.empty() || open.back().level < item->level) {
          Node list = Element(item->ordered ? "ol" : "ul");
          if (item->ordered && item->number != 1) {
            list.attributes.emplace_back("start", std::to_string(item->number));
          }
          std::vector<Node>* parent = &lists;
          if (!open.empty()) parent = &open.back().list->children.back().children;
          parent->push_back(std::move(list));
          open.push_back(Open{item->level, item->ordered, &parent->back()});
        }
        open.back().list->children.push_back(std::move(li));
      }
      last = item->paragraph;
      // The next paragraph, past white space and comments.
      const xmlNode* next = item->paragraph->next;
      while (next != nullptr &&
             ((IsText(next) && IsBlank(ContentOf(next))) || next->type == XML_COMMENT_NODE)) {
        next = next->next;
      }
      item = next ? AsWordListItem(next) : std::nullopt;
    }
    for (Node& list : lists) sink.AddBlock(std::move(list));
    if (lists.empty()) sink.EndRun();
    return last;
  }

  // ---- tables ----

  std::optional<Node> Table(const xmlNode* node, int depth) {
    std::vector<Node> captions;
    std::vector<Node> rows;
    Rows(node, rows, &captions, depth + 1);
    if (rows.empty()) {  // no table left; a caption's text is kept as a paragraph
      if (captions.empty()) return std::nullopt;
      captions[0].name = "p";
      return std::move(captions[0]);
    }
    Node table = Element("table");
    if (!captions.empty()) table.children.push_back(std::move(captions[0]));
    for (Node& row : rows) table.children.push_back(std::move(row));
    if (!HasVisible(table.children)) return std::nullopt;  // only empty cells
    return table;
  }

  // The rows of a table (captions and sections allowed) or of a section. Cells outside a
  // row get a row; other content outside a cell gets a cell.
  void Rows(const xmlNode* parent, std::vector<Node>& out, std::vector<Node>* captions, int depth) {
    Node implied = Element("tr");
    FlowSink stray;
    auto end_stray = [&] {
      if (stray.empty()) return;
      Node td = Element("td");
      td.children = stray.Finish(FlowSink::Wrap::kIfNeeded, true);
      stray = FlowSink();
      if (!td.children.empty()) implied.children.push_back(std::move(td));
    };
    auto end_row = [&] {
      end_stray();
      if (!implied.children.empty()) out.push_back(std::move(implied));
      implied = Element("tr");
    };
    for (const xmlNode* c = parent->children; c != nullptr; c = c->next) {
      if (IsText(c) && IsBlank(ContentOf(c))) continue;
      if (c->type != XML_ELEMENT_NODE) {
        if (IsText(c)) FlowNode(c, stray, depth);
        continue;
      }
      const Rule& rule = RuleFor(c);
      if (rule.role == Role::kDrop) continue;
      if (rule.role == Role::kCaption && captions != nullptr) {
        end_row();
        if (std::optional<Node> caption = TextBlock(c, "caption", depth)) {
          captions->push_back(std::move(*caption));
        }
      } else if (rule.role == Role::kTableSection && captions != nullptr) {
        end_row();
        Node section = Element(rule.output);
        Rows(c, section.children, nullptr, depth + 1);
        if (!section.children.empty()) out.push_back(std::move(section));
      } else if (rule.role == Role::kRow) {
        end_row();
        Node row = Element("tr");
        Cells(c, row.children, depth + 1);
        if (!row.children.empty()) out.push_back(std::move(row));
      } else if (rule.role == Role::kCell) {
        end_stray();
        implied.children.push_back(Cell(c, rule.output, depth + 1));
      } else {
        FlowNode(c, stray, depth);
      }
    }
    end_row();
  }

  void Cells(const xmlNode* row, std::vector<Node>& out, int depth) {
    FlowSink stray;
    auto end_stray = [&] {
      if (stray.empty()) return;
      Node td = Element("td");
      td.children = stray.Finish(FlowSink::Wrap::kIfNeeded, true);
      stray = FlowSink();
      if (!td.children.empty()) out.push_back(std::move(td));
    };
    for (const xmlNode* c = row->children; c != nullptr; c = c->next) {
      if (IsText(c) && IsBlank(ContentOf(c))) continue;
      if (c->type == XML_ELEMENT_NODE && RuleFor(c).role == Role::kDrop) continue;
      if (c->type == XML_ELEMENT_NODE && RuleFor(c).role == Role::kCell) {
        end_stray();
        out.push_back(Cell(c, RuleFor(c).output, depth));
      } else {
        FlowNode(c, stray, depth);
      }
    }
    end_stray();
  }

  // A cell is kept even when empty: it holds the table's shape.
  Node Cell(const xmlNode* node, const char* name, int depth) {
    Node cell = Element(name);
    for (const char* span : {"colspan", "rowspan"}) {
      if (std::optional<int> n = Number(Attribute(node, span), 1, kMaxSpan); n && *n > 1) {
        cell.attributes.emplace_back(span, std::to_string(*n));
      }
    }
    if (cell.name == "th") {
      std::string scope = Lower(TrimAscii(Attribute(node, "scope").value_or("")));
      if (scope == "row" || scope == "col") cell.attributes.emplace_back("scope", scope);
    }
    FlowSink sink;
    FlowChildren(node->children, sink, depth + 1);
    cell.children = sink.Finish(FlowSink::Wrap::kIfNeeded, true);
    return cell;
  }

  const SanitizeOptions& options_;
  std::unordered_set<const xmlNode*> holds_block_;
};

// ---- writing --------------------------------------------------------------------------

void AppendEscapedText(std::string& out, std::string_view raw) {
  std::string text = vntext::Nfc(raw);
  size_t begin = 0;
  // A combining mark right after '>' would compose with it in NFC ('>' + U+0338 = '≯'),
  // so one that starts a text is written as a reference: the whole output stays NFC.
  if (!text.empty() && static_cast<unsigned char>(text[0]) >= 0x80) {
    int32_t i = 0, n = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, n, c);
    if (c >= 0 && u_getCombiningClass(c) != 0) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "&#x%X;", static_cast<unsigned>(c));
      out += buf;
      begin = static_cast<size_t>(i);
    }
  }
  for (size_t i = begin; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '\xC2':
        if (i + 1 < text.size() && text[i + 1] == '\xA0') {
          out += "&nbsp;";
          ++i;
        } else {
          out += c;
        }
        break;
      default:
        out += c;
    }
  }
}

void AppendEscapedAttribute(std::string& out, std::string_view raw) {
  std::string value = vntext::Nfc(raw);
  for (char c : value) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
}

bool IsVoid(std::string_view name) { return name == "br" || name == "img" || name == "hr"; }

// Blocks are followed by a newline; so are the opening tags of containers whose direct
// text is ignored when read back.
bool NewlineAfterOpen(std::string_view name) {
  return name == "ul" || name == "ol" || name == "table" || name == "thead" || name == "tbody" ||
         name == "tfoot" || name == "tr" || name == "blockquote" || name == "figure";
}

bool NewlineAfterClose(std::string_view name) {
  return NewlineAfterOpen(name) || name == "p" || name == "h2" || name == "h3" || name == "h4" ||
         name == "pre" || name == "li" || name == "caption" || name == "figcaption" || name == "hr";
}

void Write(const Node& node, std::string& out);

// Adjacent texts are written as one, as they will be read back: NFC and the escaping of
// a leading combining mark see the whole text.
void WriteChildren(const std::vector<Node>& children, std::string& out) {
  std::string text;
  for (const Node& child : children) {
    if (child.kind == Node::Kind::kText) {
      text += child.text;
      continue;
    }
    if (!text.empty()) AppendEscapedText(out, text);
    text.clear();
    Write(child, out);
  }
  if (!text.empty()) AppendEscapedText(out, text);
}

void Write(const Node& node, std::string& out) {
  if (node.kind != Node::Kind::kElement) return;
  out += '<';
  out += node.name;
  for (const auto& [name, value] : node.attributes) {
    out += ' ';
    out += name;
    out += "=\"";
    AppendEscapedAttribute(out, value);
    out += '"';
  }
  out += '>';
  if (IsVoid(node.name)) {
    if (NewlineAfterClose(node.name)) out += '\n';
    return;
  }
  if (NewlineAfterOpen(node.name)) out += '\n';
  // The newline a browser drops after <pre>, so that one starting the text is kept.
  if (node.name == "pre" && !node.children.empty() && node.children[0].kind == Node::Kind::kText &&
      StartsWith(node.children[0].text, "\n")) {
    out += '\n';
  }
  WriteChildren(node.children, out);
  out += "</";
  out += node.name;
  out += '>';
  if (NewlineAfterClose(node.name)) out += '\n';
}

// ---- plain text -----------------------------------------------------------------------

class TextWriter {
 public:
  void Add(std::string_view text) {
    const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
    int32_t n = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
    for (int32_t i = 0; i < n;) {
      int32_t start = i;
      UChar32 c;
      U8_NEXT(s, i, n, c);
      if (c < 0) continue;
      if ((c < 0x80 && IsAsciiSpace(static_cast<char>(c))) || c == 0xA0) {
        space_ = true;
        continue;
      }
      if (!out_.empty()) {
        if (line_) {
          out_ += '\n';
        } else if (space_) {
          out_ += ' ';
        }
      }
      line_ = space_ = false;
      out_.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  void Line() { line_ = true; }
  void Space() { space_ = true; }
  std::string Finish() { return vntext::Nfc(out_); }

 private:
  std::string out_;
  bool line_ = false, space_ = false;
};

// Blocks go on lines of their own, except inside a table cell: a row is one line.
void WriteText(const xmlNode* first, TextWriter& out, bool in_cell, int depth) {
  for (const xmlNode* c = first; c != nullptr; c = c->next) {
    if (IsText(c)) {
      out.Add(Scrub(ContentOf(c)));
      continue;
    }
    if (c->type != XML_ELEMENT_NODE || depth > kMaxDepth) continue;
    Role role = RuleFor(c).role;
    if (role == Role::kDrop) continue;
    bool block = IsBlockRole(role) || role == Role::kLineBreak;
    bool line = role == Role::kRow || (block && !in_cell && role != Role::kCell);
    bool space = block && !line;
    if (line) out.Line();
    if (space) out.Space();
    WriteText(c->children, out, role == Role::kCell || (in_cell && role != Role::kTable),
              depth + 1);
    if (line) out.Line();
    if (space) out.Space();
  }
}

}  // namespace

std::string Sanitize(std::string_view untrusted_html, const SanitizeOptions& options) {
  DocPtr doc = Parse(untrusted_html);
  if (!doc) return "";
  Builder builder(options);
  std::vector<Node> nodes = builder.Build(doc.get());
  doc.reset();
  std::string out;
  WriteChildren(nodes, out);
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

std::string ToText(std::string_view html) {
  DocPtr doc = Parse(html);
  if (!doc) return "";
  TextWriter out;
  WriteText(doc->children, out, false, 0);
  return out.Finish();
}

}  // namespace core::html
