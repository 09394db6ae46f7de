// Tests for modules/core/sanitize.cc: the allowlist, Word and LibreOffice pastes
// (tests/unit/fixtures/sanitize/), known XSS payloads, idempotence, and ToText.
#include "core/sanitize.h"

#include <cppunit/extensions/HelperMacros.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/vntext.h"
#include "unit/check.h"

namespace core::html {
namespace {

using unit::Quote;

struct Case {
  std::string input;
  std::string expected;
};

// A string literal with its NUL bytes.
template <size_t N>
std::string Bytes(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

// A fixture by name, from the working directory (`make check` runs at the root) or
// next to the binary (build/bin/../../tests/...).
std::string ReadFixture(const std::string& name) {
  const std::string relative = "tests/unit/fixtures/sanitize/" + name;
  std::vector<std::string> candidates = {relative};
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    std::string dir(exe, static_cast<size_t>(n));
    dir = dir.substr(0, dir.rfind('/'));
    candidates.push_back(dir + "/../../" + relative);
  }
  for (const std::string& path : candidates) {
    std::ifstream in(path, std::ios::binary);
    if (!in) continue;
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
  }
  CPPUNIT_FAIL("fixture not found: " + relative);
  return "";
}

// What the output may hold: these elements with these attributes, nothing else.
const std::set<std::string>& AllowedAttributes(const std::string& element) {
  static const std::set<std::string> kNone;
  static const std::set<std::string> kLink = {"href", "title", "rel"};
  static const std::set<std::string> kImage = {"src", "alt", "width", "height"};
  static const std::set<std::string> kCell = {"colspan", "rowspan"};
  static const std::set<std::string> kHeaderCell = {"colspan", "rowspan", "scope"};
  static const std::set<std::string> kList = {"start"};
  static const std::set<std::string> kSpan = {"lang"};
  if (element == "a") return kLink;
  if (element == "img") return kImage;
  if (element == "td") return kCell;
  if (element == "th") return kHeaderCell;
  if (element == "ol") return kList;
  if (element == "span") return kSpan;
  return kNone;
}

bool IsAllowedElement(const std::string& name) {
  static const std::set<std::string> kElements = {
      "p",  "br",    "h2",      "h3",     "h4",         "strong",     "em",  "u",
      "s",  "sub",   "sup",     "code",   "pre",        "blockquote", "ul",  "ol",
      "li", "table", "caption", "thead",  "tbody",      "tfoot",      "tr",  "th",
      "td", "a",     "img",     "figure", "figcaption", "hr",         "span"};
  return kElements.count(name) != 0;
}

bool IsVoid(const std::string& name) { return name == "br" || name == "img" || name == "hr"; }

// A strict reader of the output: only allowed elements and attributes, every attribute
// double-quoted without '<' or '"' inside, every element closed in order, void elements
// never closed, no '<' or '>' in text, every '&' starting a reference. Returns what is
// wrong, or "" when nothing is.
std::string CheckWellFormed(std::string_view html) {
  std::vector<std::string> open;
  auto reference_ok = [&](size_t amp) {
    std::string_view rest = html.substr(amp);
    for (std::string_view named : {"&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;"}) {
      if (rest.substr(0, named.size()) == named) return true;
    }
    if (rest.substr(0, 3) != "&#x") return false;
    size_t k = 3;
    while (k < rest.size() &&
           ((rest[k] >= '0' && rest[k] <= '9') || (rest[k] >= 'A' && rest[k] <= 'F')))
      ++k;
    return k > 3 && k < rest.size() && rest[k] == ';';
  };
  size_t i = 0;
  while (i < html.size()) {
    char c = html[i];
    if (c == '>') return "raw '>' in text at " + std::to_string(i);
    if (c == '&') {
      if (!reference_ok(i)) return "bad reference at " + std::to_string(i);
      ++i;
      continue;
    }
    if (c != '<') {
      ++i;
      continue;
    }
    bool closing = i + 1 < html.size() && html[i + 1] == '/';
    size_t j = i + (closing ? 2 : 1);
    size_t name_start = j;
    while (j < html.size() &&
           ((html[j] >= 'a' && html[j] <= 'z') || (html[j] >= '0' && html[j] <= '9')))
      ++j;
    std::string name(html.substr(name_start, j - name_start));
    if (!IsAllowedElement(name)) return "element <" + name + "> at " + std::to_string(i);
    if (closing) {
      if (j >= html.size() || html[j] != '>') return "bad end tag at " + std::to_string(i);
      if (open.empty() || open.back() != name) return "unbalanced </" + name + ">";
      open.pop_back();
      i = j + 1;
      continue;
    }
    std::set<std::string> seen;
    while (j < html.size() && html[j] == ' ') {
      size_t a = ++j;
      while (j < html.size() && html[j] >= 'a' && html[j] <= 'z') ++j;
      std::string attribute(html.substr(a, j - a));
      if (AllowedAttributes(name).count(attribute) == 0) {
        return "attribute " + attribute + " on <" + name + ">";
      }
      if (!seen.insert(attribute).second) return "duplicate attribute " + attribute;
      if (html.substr(j, 2) != "=\"") return "unquoted attribute " + attribute;
      size_t end = html.find('"', j + 2);
      if (end == std::string_view::npos) return "unterminated attribute " + attribute;
      std::string_view value = html.substr(j + 2, end - j - 2);
      if (value.find('<') != std::string_view::npos || value.find('>') != std::string_view::npos) {
        return "'<' or '>' in attribute " + attribute;
      }
      for (size_t k = value.find('&'); k != std::string_view::npos; k = value.find('&', k + 1)) {
        if (!reference_ok(j + 2 + k)) return "bad reference in attribute " + attribute;
      }
      j = end + 1;
    }
    if (j >= html.size() || html[j] != '>') return "bad start tag <" + name + ">";
    if (name == "img" && seen.count("alt") == 0) return "img without alt";
    if (!IsVoid(name)) open.push_back(name);
    i = j + 1;
  }
  if (!open.empty()) return "unclosed <" + open.back() + ">";
  return "";
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The tags of the output ("<a href=\"/x\">"): text never holds a raw '<' or '>'.
std::vector<std::string> Tags(const std::string& html) {
  std::vector<std::string> tags;
  for (size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i + 1)) {
    tags.push_back(html.substr(i, html.find('>', i) - i + 1));
  }
  return tags;
}

// The names of a tag's attributes, outside their quoted values.
std::vector<std::string> AttributeNames(const std::string& tag) {
  std::vector<std::string> names;
  bool quoted = false;
  for (size_t i = 0; i < tag.size(); ++i) {
    if (tag[i] == '"') quoted = !quoted;
    if (quoted || tag[i] != ' ') continue;
    size_t end = tag.find_first_of("= >", i + 1);
    names.push_back(Lower(tag.substr(i + 1, end - i - 1)));
  }
  return names;
}

// Whether a tag holds an event handler attribute: /\son[a-z]+\s*=/i outside quotes.
bool HasEventHandler(const std::string& tag) {
  std::string lower = Lower(tag);
  bool quoted = false;
  for (size_t i = 0; i + 3 < lower.size(); ++i) {
    if (lower[i] == '"') quoted = !quoted;
    if (quoted || !IsSpace(lower[i]) || lower.compare(i + 1, 2, "on") != 0) continue;
    size_t j = i + 3;
    while (j < lower.size() && lower[j] >= 'a' && lower[j] <= 'z') ++j;
    if (j == i + 3) continue;
    while (j < lower.size() && IsSpace(lower[j])) ++j;
    if (j < lower.size() && lower[j] == '=') return true;
  }
  return false;
}

// The URL a browser reads from a tag's href="…" or src="…": references decoded, tabs
// and newlines removed, leading controls and spaces trimmed, lower-cased; "" when none.
std::string UrlAttribute(const std::string& tag) {
  for (const char* name : {" href=\"", " src=\""}) {
    size_t i = tag.find(name);
    if (i == std::string::npos) continue;
    size_t begin = i + std::strlen(name);
    std::string value = tag.substr(begin, tag.find('"', begin) - begin);
    std::string url;
    for (size_t k = 0; k < value.size(); ++k) {
      if (value[k] == '&') {
        size_t semicolon = value.find(';', k);
        std::string entity = value.substr(k + 1, semicolon - k - 1);
        if (entity == "amp")
          url += '&';
        else if (entity == "lt")
          url += '<';
        else if (entity == "gt")
          url += '>';
        else if (entity == "quot")
          url += '"';
        else if (entity == "nbsp")
          url += "\xC2\xA0";
        else if (entity[0] == '#')
          url += static_cast<char>(std::stoul(entity.substr(2), nullptr, 16));
        k = semicolon;
      } else if (value[k] != '\t' && value[k] != '\n' && value[k] != '\r') {
        url += value[k];
      }
    }
    size_t start = 0;
    while (start < url.size() && static_cast<unsigned char>(url[start]) <= 0x20) ++start;
    return Lower(url.substr(start));
  }
  return "";
}

// Whether a paragraph shows nothing: <p></p>, <p> &nbsp;</p>.
bool HasEmptyParagraph(const std::string& html) {
  for (size_t i = html.find("<p>"); i != std::string::npos; i = html.find("<p>", i + 1)) {
    std::string_view rest = std::string_view(html).substr(i + 3);
    while (true) {
      if (!rest.empty() && IsSpace(rest[0])) {
        rest.remove_prefix(1);
      } else if (rest.substr(0, 6) == "&nbsp;") {
        rest.remove_prefix(6);
      } else {
        break;
      }
    }
    if (rest.substr(0, 4) == "</p>") return true;
  }
  return false;
}

// What no output may contain, whatever the input.
void AssertSafe(const std::string& input, const std::string& output) {
  std::string msg = Quote(input) + "\n  → " + Quote(output);
  for (const std::string& tag : Tags(output)) {
    CPPUNIT_ASSERT_MESSAGE(tag + ": " + msg, !HasEventHandler(tag));
    for (const std::string& name : AttributeNames(tag)) {
      CPPUNIT_ASSERT_MESSAGE(tag + ": " + msg, name != "style" && name != "class" && name != "id");
    }
    std::string url = UrlAttribute(tag);
    for (const char* scheme : {"javascript:", "vbscript:", "data:"}) {
      CPPUNIT_ASSERT_MESSAGE(tag + ": " + msg, url.rfind(scheme, 0) == std::string::npos);
    }
  }
  std::string lower = Lower(output);
  for (const char* tag : {"<script", "<iframe", "<object", "<embed", "<svg", "<math", "<style",
                          "<form", "<base", "<meta", "<link", "<input", "<textarea", "<button",
                          "<frame", "<body", "<html", "<head", "<!"}) {
    CPPUNIT_ASSERT_MESSAGE(std::string(tag) + ": " + msg, lower.find(tag) == std::string::npos);
  }
  CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, std::string(), CheckWellFormed(output));
  CPPUNIT_ASSERT_MESSAGE(msg, vntext::IsValidUtf8(output));
}

void AssertStable(const std::string& input, const std::string& output) {
  CPPUNIT_ASSERT_EQUAL_MESSAGE("sanitising the output of " + Quote(input), output,
                               Sanitize(output));
  CPPUNIT_ASSERT_EQUAL_MESSAGE("NFC of the output of " + Quote(input), output, vntext::Nfc(output));
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t i = haystack.find(needle); i != std::string::npos; i = haystack.find(needle, i + 1))
    ++n;
  return n;
}

// Known XSS payloads: the OWASP filter evasion cheat sheet and mutation XSS classics.
const std::vector<std::string>& XssPayloads() {
  static const std::vector<std::string> kPayloads = {
      "<script>alert(1)</script>",
      "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
      "<scr<script>ipt>alert(1)</scr</script>ipt>",
      "<script/xss src=\"https://xss.example/a.js\"></script>",
      "<<script>alert(1);//<</script>",
      "<img src=x onerror=alert(1)>",
      "<img src=\"/uploads/x.jpg\" onerror=alert(1)>",
      "<IMG SRC=JaVaScRiPt:alert('XSS')>",
      "<IMG SRC=javascript:alert(&quot;XSS&quot;)>",
      "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
      "<IMG "
      "SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#"
      "116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
      "<IMG "
      "SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#"
      "0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#"
      "0000083&#0000083&#0000039&#0000041>",
      "<IMG SRC=\"jav\tascript:alert('XSS');\">",
      "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
      "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
      "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
      "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
      "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
      "<img src=x:alert(alt) onerror=eval(src) alt=0>",
      "<svg onload=alert(1)>",
      "<svg><script>alert(1)</script></svg>",
      "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>XSS</text></a></svg>",
      "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
      "<math><mi xlink:href=\"data:x,<script>alert(4)</script>\">",
      "<a href=\"javascript:alert(1)\">x</a>",
      "<a href=\" javascript:alert(1)\">x</a>",
      "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
      "<a href=\"&#106;avascript:alert(1)\">x</a>",
      "<a "
      "href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
      "<a href=\"java&#09;script:alert(1)\">x</a>",
      "<a href=\"java\nscript:alert(1)\">x</a>",
      "<a href=\"\x01\x02javascript:alert(1)\">x</a>",
      "<a href=\"jav&#x0D;ascript:alert(1)\">x</a>",
      "<a href=\"javascript&colon;alert(1)\">x</a>",
      "<a href=\"vbscript:msgbox(1)\">x</a>",
      "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
      "<a href=\"//evil.example/\">x</a>",
      "<a href=\"/\\evil.example/\">x</a>",
      "<a href=\"/x\" onclick=\"alert(1)\" onmouseover=alert(1)>x</a>",
      "<a href=\"/x\"><a href=\"javascript:alert(1)\">nested</a></a>",
      "<iframe src=\"javascript:alert(1)\"></iframe>",
      "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
      "<body onload=alert(1)>",
      "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
      "<style>@import 'https://xss.example/xss.css';</style>",
      "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
      "<div style=\"background-image: url(javascript:alert(1))\">x</div>",
      "<div style=\"width: expression(alert('XSS'));\">x</div>",
      "<object data=\"javascript:alert(1)\"></object>",
      "<object type=\"text/x-scriptlet\" data=\"https://xss.example/scriptlet.html\"></object>",
      "<embed src=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH\">",
      "<form action=\"javascript:alert(1)\"><input type=submit></form>",
      "<form><button formaction=javascript:alert(1)>X</button></form>",
      "<input autofocus onfocus=alert(1)>",
      "<select autofocus onfocus=alert(1)>",
      "<textarea autofocus onfocus=alert(1)>",
      "<details open ontoggle=alert(1)>",
      "<marquee onstart=alert(1)>",
      "<video><source onerror=\"alert(1)\">",
      "<audio src=x onerror=alert(1)>",
      "<base href=\"javascript:alert(1)//\">",
      "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1);\">",
      "<link rel=stylesheet href=\"javascript:alert(1)\">",
      "<table background=\"javascript:alert(1)\"><td>x</td></table>",
      "<TABLE><TD BACKGROUND=\"javascript:alert('XSS')\">",
      "<!--<img src=x onerror=alert(1)>-->",
      "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
      "<![CDATA[<img src=x onerror=alert(1)>]]>",
      "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
      "<template><script>alert(1)</script></template>",
      "<img src=x onerror=alert(1)//",
      "<img src=\"x\" onerror=\"alert(1)\"",
      "<a href=\"/x\" title=\"\"><script>alert(1)</script>\">x</a>",
      "<p title=\"\"><img src=x onerror=alert(1)>\">x</p>",
      Bytes("<img src=x o\0nerror=alert(1)>"),
      Bytes("<scr\0ipt>alert(1)</scr\0ipt>"),
      Bytes("<a href=\"java\0script:alert(1)\">x</a>"),
      "<span lang=\"en\" onmouseover=\"alert(1)\">x</span>",
      "<span lang=\"en\" onmouseover=alert(1)>x</span>",
      "<x onclick=alert(1)>click</x>",
      "<xss id=x tabindex=1 onfocus=alert(1)></xss>",
      "<o:p onclick=alert(1)>x</o:p>",
      "<p style=\"mso-list:l0 level1 lfo1\" onclick=alert(1)><span "
      "style=\"mso-list:Ignore\">1.</span>x</p>",
      "<img src=\"/uploads/../admin/logout\">",
      "<img src=\"/static/%2e%2e/x\">",
      "<img src=\"https://evil.example/x.png\">",
      "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
      "<a href=\"https://x.example/\" target=_blank rel=opener>x</a>",
      "\"><script>alert(1)</script>",
      "'><img src=x onerror=alert(1)>",
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
      "<</p>iframe src=javascript:alert(1)//<</p>/iframe>",
      "<td><p>x</td><svg><p><style><img src=x onerror=alert(1)></style></p></svg>",
      "<a href=\"https://x\u2028.example\">x</a>",
  };
  return kPayloads;
}

class SanitizeTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(SanitizeTest);
  CPPUNIT_TEST(testKeepsAllowedMarkup);
  CPPUNIT_TEST(testRenamesAndUnwraps);
  CPPUNIT_TEST(testDropsElementsWithTheirContent);
  CPPUNIT_TEST(testDropsAttributes);
  CPPUNIT_TEST(testLinks);
  CPPUNIT_TEST(testImages);
  CPPUNIT_TEST(testUploadsPrefixOption);
  CPPUNIT_TEST(testTables);
  CPPUNIT_TEST(testLists);
  CPPUNIT_TEST(testBlocksInsideInlineContent);
  CPPUNIT_TEST(testWhitespaceAndEmptyParagraphs);
  CPPUNIT_TEST(testPreformatted);
  CPPUNIT_TEST(testWordParagraphLists);
  CPPUNIT_TEST(testWordPaste);
  CPPUNIT_TEST(testLibreOfficePaste);
  CPPUNIT_TEST(testXssPayloads);
  CPPUNIT_TEST(testIdempotent);
  CPPUNIT_TEST(testGeneratedTagSoup);
  CPPUNIT_TEST(testInvalidUtf8AndControls);
  CPPUNIT_TEST(testOutputIsNfc);
  CPPUNIT_TEST(testDeepNesting);
  CPPUNIT_TEST(testEmptyInput);
  CPPUNIT_TEST(testToText);
  CPPUNIT_TEST(testToTextOfPastes);
  CPPUNIT_TEST_SUITE_END();

 public:
  static void Check(const std::vector<Case>& cases) {
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.input), c.expected, Sanitize(c.input));
    }
  }

  void testKeepsAllowedMarkup() {
    Check({
        {"<p>Xin chào</p>", "<p>Xin chào</p>"},
        {"<h2>Mục 1</h2><h3>Mục 1.1</h3><h4>Ý a</h4>",
         "<h2>Mục 1</h2>\n<h3>Mục 1.1</h3>\n<h4>Ý a</h4>"},
        {"<p><strong>đậm</strong> <em>nghiêng</em> <u>gạch</u> <s>xóa</s> H<sub>2</sub>O "
         "m<sup>2</sup> <code>x</code></p>",
         "<p><strong>đậm</strong> <em>nghiêng</em> <u>gạch</u> <s>xóa</s> H<sub>2</sub>O "
         "m<sup>2</sup> <code>x</code></p>"},
        {"<p>Dòng 1<br>Dòng 2</p>", "<p>Dòng 1<br>Dòng 2</p>"},
        {"<blockquote><p>Học, học nữa, học mãi.</p></blockquote>",
         "<blockquote>\n<p>Học, học nữa, học mãi.</p>\n</blockquote>"},
        {"<ul><li>Một</li><li>Hai</li></ul>", "<ul>\n<li>Một</li>\n<li>Hai</li>\n</ul>"},
        {"<ol start=\"4\"><li>Bốn</li></ol>", "<ol start=\"4\">\n<li>Bốn</li>\n</ol>"},
        {"<p>a</p><hr><p>b</p>", "<p>a</p>\n<hr>\n<p>b</p>"},
        {"<figure><img src=\"/uploads/2025/01/a.jpg\" alt=\"Lễ khai giảng\"><figcaption>Lễ khai "
         "giảng</figcaption></figure>",
         "<figure>\n<img src=\"/uploads/2025/01/a.jpg\" alt=\"Lễ khai giảng\"><figcaption>Lễ khai "
         "giảng</figcaption>\n</figure>"},
        {"<p><span lang=\"en\">Hello</span> bạn</p>", "<p><span lang=\"en\">Hello</span> bạn</p>"},
        {"<p><span lang=\"en-US\">Hi</span></p>", "<p><span lang=\"en-US\">Hi</span></p>"},
        {"<p>Giá &lt; 5 &amp; &gt; 2 \"trích\"</p>", "<p>Giá &lt; 5 &amp; &gt; 2 \"trích\"</p>"},
        {"<p><a href=\"/tin-tuc/khai-giang\" title='Tin \"mới\"'>Tin</a></p>",
         "<p><a href=\"/tin-tuc/khai-giang\" title=\"Tin &quot;mới&quot;\">Tin</a></p>"},
    });
  }

  void testRenamesAndUnwraps() {
    Check({
        {"<h1>Tiêu đề</h1>", "<h2>Tiêu đề</h2>"},
        {"<h5>a</h5><h6>b</h6>", "<h4>a</h4>\n<h4>b</h4>"},
        {"<p><b>đậm</b> <i>nghiêng</i> <strike>xóa</strike> <del>bỏ</del> <ins>thêm</ins> "
         "<tt>m</tt></p>",
         "<p><strong>đậm</strong> <em>nghiêng</em> <s>xóa</s> <s>bỏ</s> <u>thêm</u> "
         "<code>m</code></p>"},
        // A span without an allowed attribute is unwrapped; Vietnamese is the page's language.
        {"<p><span class=\"x\" style=\"color:red\">đỏ</span></p>", "<p>đỏ</p>"},
        {"<p><span lang=\"VI\">Việt</span> <span lang=\"vi-VN\">Nam</span></p>", "<p>Việt Nam</p>"},
        {"<p><span lang=\"en_US\">bad tag</span> <span lang=\"e1\">x</span></p>",
         "<p>bad tag x</p>"},
        // Formatting written as style becomes elements; style never stays.
        {"<p><span style=\"font-weight:bold\">a</span> <span style=\"font-style:italic\">b</span> "
         "<span style=\"text-decoration:underline\">c</span> <span "
         "style='font-weight:700;font-style:italic'>d</span></p>",
         "<p><strong>a</strong> <em>b</em> <u>c</u> <strong><em>d</em></strong></p>"},
        // Google Docs wraps a paste in <b style="font-weight:normal">.
        {"<b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\"><p>a</p><p>b</p></b>",
         "<p>a</p>\n<p>b</p>"},
        {"<p><b style=\"font-weight:normal\">thường</b></p>", "<p>thường</p>"},
        // Word's mso-bidi-font-weight is not font-weight.
        {"<p><b style='mso-bidi-font-weight:normal'>đậm</b></p>", "<p><strong>đậm</strong></p>"},
        {"<p><b><b>một lần</b></b> <strong><b>x</b></strong></p>",
         "<p><strong>một lần</strong> <strong>x</strong></p>"},
        // Unknown elements keep their text.
        {"<p><font face=\"Arial\" color=red>chữ</font> <marquee>chạy</marquee> <x-y>z</x-y></p>",
         "<p>chữ chạy z</p>"},
        {"<p>a<o:p></o:p></p><p>b<o:p>&nbsp;</o:p></p>", "<p>a</p>\n<p>b</p>"},
        {"<p><w:sdt>nội dung</w:sdt> <st1:place>Hà Nội</st1:place></p>", "<p>nội dung Hà Nội</p>"},
        // div is a paragraph when it holds text, and nothing when it holds blocks.
        {"<div>Một</div><div>Hai</div>", "<p>Một</p>\n<p>Hai</p>"},
        {"<div><div><p>Sâu</p></div></div>", "<p>Sâu</p>"},
        {"<center>Giữa</center>", "<p>Giữa</p>"},
        // Inline content at the top level goes into a paragraph.
        {"Chữ <b>trần</b>", "<p>Chữ <strong>trần</strong></p>"},
        {"trước<p>giữa</p>sau", "<p>trước</p>\n<p>giữa</p>\n<p>sau</p>"},
        {"<html><head><title>T</title></head><body lang=vi><p>Thân</p></body></html>",
         "<p>Thân</p>"},
    });
  }

  void testDropsElementsWithTheirContent() {
    Check({
        {"<p>a<script>alert(1)</script>b</p>", "<p>ab</p>"},
        {"<style>p{color:red}</style><p>x</p>", "<p>x</p>"},
        {"<p>a</p><iframe src=\"https://x\">b</iframe>", "<p>a</p>"},
        {"<form><p>trong form</p></form><p>ngoài</p>", "<p>ngoài</p>"},
        {"<p>a<svg><text>b</text></svg>c</p>", "<p>ac</p>"},
        {"<p>a<math><mi>x</mi></math>c</p>", "<p>ac</p>"},
        {"<p>a<!-- ghi chú -->b</p>", "<p>ab</p>"},
        {"<p>a<![if !supportLists]>b<![endif]>c</p>", "<p>abc</p>"},
        {"<p>a<!--[if gte mso 9]><xml><w:x/></xml><![endif]-->b</p>", "<p>ab</p>"},
        {"<xml><o:DocumentProperties><o:Author>A</o:Author></o:DocumentProperties></xml><p>x</p>",
         "<p>x</p>"},
        {"<noscript>n</noscript><template>t</template><p>x</p>", "<p>x</p>"},
        {"<p>a<input value=x>b<button>nút</button><select><option>o</select>c</p>", "<p>abc</p>"},
        {"<table><colgroup><col width=10></colgroup><tr><td>x</td></tr></table>",
         "<table>\n<tr>\n<td>x</td></tr>\n</table>"},
    });
  }

  void testDropsAttributes() {
    Check({
        {"<p class=\"MsoNormal\" id=\"p1\" style=\"mso-line-height:1\" align=center lang=VI "
         "dir=ltr "
         "data-x=\"1\" onclick=\"alert(1)\">x</p>",
         "<p>x</p>"},
        {"<span lang=\"en\" class=\"c\" title=\"t\" style=\"s\" onclick=\"x\">e</span>",
         "<p><span lang=\"en\">e</span></p>"},
        {"<table border=1 width=\"100%\" style=\"x\"><tr style=\"y\"><td width=48 valign=top "
         "class=\"c\" colspan=\"2\" nowrap>x</td></tr></table>",
         "<table>\n<tr>\n<td colspan=\"2\">x</td></tr>\n</table>"},
        {"<ul type=disc><li value=3 class=a>x</li></ul><ol start=\"x\" reversed><li>y</li></ol>",
         "<ul>\n<li>x</li>\n</ul>\n<ol>\n<li>y</li>\n</ol>"},
    });
  }

  void testLinks() {
    struct LinkCase {
      const char* href;
      const char* expected;  // the <a>'s attributes, or nullptr when the link is dropped
    };
    const LinkCase cases[] = {
        {"https://moet.gov.vn/", "href=\"https://moet.gov.vn/\" rel=\"noopener noreferrer\""},
        {"http://x.vn/a?b=1&c=2", "href=\"http://x.vn/a?b=1&amp;c=2\" rel=\"noopener noreferrer\""},
        {"HTTPS://X.VN", "href=\"https://X.VN\" rel=\"noopener noreferrer\""},
        {"  https://x.vn/  ", "href=\"https://x.vn/\" rel=\"noopener noreferrer\""},
        {"mailto:pgd@x.gov.vn", "href=\"mailto:pgd@x.gov.vn\""},
        {"tel:+842363812345", "href=\"tel:+842363812345\""},
        {"/van-ban/12", "href=\"/van-ban/12\""},
        {"/", "href=\"/\""},
        {"#muc-1", "href=\"#muc-1\""},
        {"/tim-kiem?q=a&quot;b", "href=\"/tim-kiem?q=a&quot;b\""},
        {"javascript:alert(1)", nullptr},
        {"JAVASCRIPT:alert(1)", nullptr},
        {" javascript:alert(1)", nullptr},
        {"java\tscript:alert(1)", nullptr},
        {"java&#09;script:alert(1)", nullptr},
        {"&#106;avascript:alert(1)", nullptr},
        {"&#x6a;avascript&#x3a;alert(1)", nullptr},
        {"vbscript:x", nullptr},
        {"data:text/html,<script>alert(1)</script>", nullptr},
        {"file:///C:/x.doc", nullptr},
        {"ftp://x.vn/", nullptr},
        {"//evil.example/x", nullptr},
        {"/\\evil.example/x", nullptr},
        {"\\\\evil.example\\x", nullptr},
        {"tin-tuc/x", nullptr},
        {"?trang=2", nullptr},
        {"", nullptr},
    };
    for (const LinkCase& c : cases) {
      std::string input = std::string("<p><a href=\"") + c.href + "\">liên kết</a></p>";
      std::string expected = c.expected ? std::string("<p><a ") + c.expected + ">liên kết</a></p>"
                                        : std::string("<p>liên kết</p>");
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.href), expected, Sanitize(input));
    }
    Check({
        // A link without href is its text; a link inside a link is its text.
        {"<p><a name=\"_Toc1\"></a>Mục</p>", "<p>Mục</p>"},
        {"<p><a href=\"/a\">x<a href=\"/b\">y</a></a></p>",
         "<p><a href=\"/a\">x</a><a href=\"/b\">y</a></p>"},
        {"<p><a href=\"/a\" title=\"\">x</a></p>", "<p><a href=\"/a\">x</a></p>"},
        {"<p><a href=\"/a\"> </a>b</p>", "<p>b</p>"},
    });
  }

  void testImages() {
    Check({
        {"<p><img src=\"/uploads/2025/01/ab.jpg\" alt=\"Ảnh\" width=\"300\" height=\"200\"></p>",
         "<p><img src=\"/uploads/2025/01/ab.jpg\" alt=\"Ảnh\" width=\"300\" height=\"200\"></p>"},
        {"<p><img src=\"/static/img/logo.png\"></p>",
         "<p><img src=\"/static/img/logo.png\" alt=\"\"></p>"},
        {"<p><img src=\"/uploads/a.jpg\" width=\"50%\" height=\"0\" alt='a\"b'></p>",
         "<p><img src=\"/uploads/a.jpg\" alt=\"a&quot;b\"></p>"},
        {"<p><img src=\"/uploads/a.jpg\" width=\"012\" height=\"99999\"></p>",
         "<p><img src=\"/uploads/a.jpg\" alt=\"\"></p>"},
        {"<p>a<img src=\"https://x.vn/a.jpg\">b</p>", "<p>ab</p>"},
        {"<p>a<img src=\"file:///C:/Users/a/clip_image001.png\" v:shapes=\"x\">b</p>", "<p>ab</p>"},
        {"<p>a<img src=\"uploads/a.jpg\">b</p>", "<p>ab</p>"},
        {"<p>a<img src=\"/uploads/../etc/passwd\">b</p>", "<p>ab</p>"},
        {"<p>a<img src=\"/uploads/%2E%2E/x\">b</p>", "<p>ab</p>"},
        {"<p>a<img src=\"/uploads\\..\\x\">b</p>", "<p>ab</p>"},
        {"<p>a<img src=\"/uploadsx/a.jpg\">b</p>", "<p>ab</p>"},
        {"<p>a<img>b</p>", "<p>ab</p>"},
        // An image is visible content: the paragraph stays.
        {"<p><img src=\"/uploads/a.jpg\" alt=\"\"></p>",
         "<p><img src=\"/uploads/a.jpg\" alt=\"\"></p>"},
        {"<img src=\"/uploads/a.jpg\">", "<p><img src=\"/uploads/a.jpg\" alt=\"\"></p>"},
    });
  }

  void testUploadsPrefixOption() {
    SanitizeOptions options;
    options.uploads_prefix = "/media/";
    CPPUNIT_ASSERT_EQUAL(std::string("<p><img src=\"/media/a.jpg\" alt=\"\"></p>"),
                         Sanitize("<img src=\"/media/a.jpg\">", options));
    CPPUNIT_ASSERT_EQUAL(std::string(""), Sanitize("<img src=\"/uploads/a.jpg\">", options));
    CPPUNIT_ASSERT_EQUAL(std::string("<p><img src=\"/static/a.png\" alt=\"\"></p>"),
                         Sanitize("<img src=\"/static/a.png\">", options));
    options.uploads_prefix = "";  // only /static/
    CPPUNIT_ASSERT_EQUAL(std::string(""), Sanitize("<img src=\"/a.jpg\">", options));
  }

  void testTables() {
    Check({
        {"<table><thead><tr><th scope=\"col\">Trường</th><th scope=COL>Số</th></tr></thead>"
         "<tbody><tr><th scope=\"row\">Nguyễn Trãi</th><td>175</td></tr></tbody>"
         "<tfoot><tr><td colspan=\"2\">Tổng</td></tr></tfoot></table>",
         "<table>\n<thead>\n<tr>\n<th scope=\"col\">Trường</th><th "
         "scope=\"col\">Số</th></tr>\n</thead>\n"
         "<tbody>\n<tr>\n<th scope=\"row\">Nguyễn Trãi</th><td>175</td></tr>\n</tbody>\n"
         "<tfoot>\n<tr>\n<td colspan=\"2\">Tổng</td></tr>\n</tfoot>\n</table>"},
        {"<table><caption>Chỉ tiêu</caption><tr><td>1</td></tr></table>",
         "<table>\n<caption>Chỉ tiêu</caption>\n<tr>\n<td>1</td></tr>\n</table>"},
        // Spans: 2–100 kept, 1 is the default, others dropped; scope row|col only.
        {"<table><tr><td colspan=1 rowspan=100>a</td><td colspan=101 rowspan=0>b</td>"
         "<th scope=rowgroup colspan=\"3x\">c</th></tr></table>",
         "<table>\n<tr>\n<td rowspan=\"100\">a</td><td>b</td><th>c</th></tr>\n</table>"},
        // Empty cells keep the table's shape; a table without rows goes.
        {"<table><tr><td></td><td>&nbsp;</td><td>x</td></tr></table>",
         "<table>\n<tr>\n<td></td><td></td><td>x</td></tr>\n</table>"},
        {"<table><tr></tr></table><p>x</p>", "<p>x</p>"},
        {"<table><tr><td>&nbsp;</td><td></td></tr></table><p>x</p>", "<p>x</p>"},
        {"<table><caption>Chỉ chú thích</caption></table>", "<p>Chỉ chú thích</p>"},
        // One paragraph in a cell is the cell's text; several stay paragraphs.
        {"<table><tr><td><p class=MsoNormal>một</p></td><td><p>a</p><p>b</p></td></tr></table>",
         "<table>\n<tr>\n<td>một</td><td><p>a</p>\n<p>b</p>\n</td></tr>\n</table>"},
        {"<table><tr><td><div>a</div><div>b</div></td></tr></table>",
         "<table>\n<tr>\n<td><p>a</p>\n<p>b</p>\n</td></tr>\n</table>"},
        {"<table><tr><td>x<ul><li>y</li></ul></td></tr></table>",
         "<table>\n<tr>\n<td>x<ul>\n<li>y</li>\n</ul>\n</td></tr>\n</table>"},
        // Cells outside rows get a row; content outside cells gets a cell.
        {"<table><td>a</td><td>b</td></table>",
         "<table>\n<tr>\n<td>a</td><td>b</td></tr>\n</table>"},
        {"<table><tr><td>a</td></tr>lạc<tr><td>b</td></tr></table>",
         "<table>\n<tr>\n<td>a</td></tr>\n<tr>\n<td>lạc</td></tr>\n<tr>\n<td>b</td></tr>\n</"
         "table>"},
        // Table parts outside a table are their content.
        {"<td>ô</td><tr><td>hàng</td></tr>", "<p>ô</p>\n<p>hàng</p>"},
        {"<table><tr><td><table><tr><td>lồng</td></tr></table></td></tr></table>",
         "<table>\n<tr>\n<td><table>\n<tr>\n<td>lồng</td></tr>\n</table>\n</td></tr>\n</table>"},
    });
  }

  void testLists() {
    Check({
        {"<ul><li>a<ul><li>b</li></ul></li></ul>",
         "<ul>\n<li>a<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>"},
        // A list right inside a list joins the item before it.
        {"<ul><li>a</li><ul><li>b</li></ul></ul>",
         "<ul>\n<li>a<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>"},
        {"<ol>lạc<li>x</li></ol>", "<ol>\n<li>lạc</li>\n<li>x</li>\n</ol>"},
        {"<ul><li></li><li>&nbsp;</li><li>x</li></ul>", "<ul>\n<li>x</li>\n</ul>"},
        {"<ul><li> </li></ul><p>x</p>", "<p>x</p>"},
        {"<ol><li><p>một đoạn</p></li><li><p>a</p><p>b</p></li></ol>",
         "<ol>\n<li>một đoạn</li>\n<li><p>a</p>\n<p>b</p>\n</li>\n</ol>"},
        {"<ol start=\"1\"><li>x</li></ol><ol start=\"0\"><li>y</li></ol>",
         "<ol>\n<li>x</li>\n</ol>\n<ol start=\"0\">\n<li>y</li>\n</ol>"},
        // An item outside a list is its content.
        {"<li>a<li>b", "<p>a</p>\n<p>b</p>"},
    });
  }

  void testBlocksInsideInlineContent() {
    Check({
        // A block inside a heading or paragraph becomes a line of its own.
        {"<h2>a<div>b</div>c</h2>", "<h2>a<br>b<br>c</h2>"},
        {"<p><span>a<div>b</div></span></p>", "<p>a<br>b</p>"},
        {"<h3><div></div>x</h3>", "<h3>x</h3>"},
        // An inline element around blocks is dropped, the blocks stay.
        {"<strong><p>a</p><p>b</p></strong>", "<p>a</p>\n<p>b</p>"},
        {"<a href=\"/x\"><div>khối</div></a>", "<p>khối</p>"},
        {"<em>a</em><div>b</div>", "<p><em>a</em></p>\n<p>b</p>"},
    });
  }

  void testWhitespaceAndEmptyParagraphs() {
    Check({
        // Word's empty paragraphs.
        {"<p>a</p><p>&nbsp;</p><p class=MsoNormal><span "
         "lang=VI><o:p>&nbsp;</o:p></span></p><p>b</p>",
         "<p>a</p>\n<p>b</p>"},
        {"<p> </p><p><br></p><p><b> </b></p><p>\xe2\x80\x8b</p><h2>&nbsp;</h2><p>x</p>",
         "<p>x</p>"},
        // Runs of white space become one space; none at the ends of a line.
        {"<p>  Phòng\r\n  Giáo   dục\tvà\n\nĐào tạo  </p>", "<p>Phòng Giáo dục và Đào tạo</p>"},
        {"<p>a <b> b </b> c</p>", "<p>a <strong>b </strong>c</p>"},
        {"<p>a <br> b</p>", "<p>a<br>b</p>"},
        {"<p><br>a<br><br>b<br></p>", "<p>a<br><br>b</p>"},
        // No-break spaces stay inside a line, go at its end.
        {"<p>a&nbsp;&nbsp;b&nbsp;</p>", "<p>a&nbsp;&nbsp;b</p>"},
        {"<p>&nbsp;&nbsp;Thụt đầu dòng</p>", "<p>&nbsp;&nbsp;Thụt đầu dòng</p>"},
        // Empty inline elements keep the space between words.
        {"<p>a<span> </span>b<strong></strong>c</p>", "<p>a bc</p>"},
        {"<p>a<em>&nbsp;</em>b</p>", "<p>a&nbsp;b</p>"},
        // An empty block still separates the text around it.
        {"trước<p></p>sau", "<p>trước</p>\n<p>sau</p>"},
    });
  }

  void testPreformatted() {
    Check({
        {"<pre>  a\n    b  </pre>", "<pre>  a\n    b  </pre>"},
        // A browser drops the newline right after <pre>.
        {"<pre>\nx</pre>", "<pre>x</pre>"},
        {"<pre>\n\nx</pre>", "<pre>\n\nx</pre>"},
        {"<pre>a &lt;b&gt;</pre>", "<pre>a &lt;b&gt;</pre>"},
        {"<pre> \n </pre>", ""},
    });
  }

  void testWordParagraphLists() {
    const std::string item =
        "<p class=MsoListParagraphCxSpMiddle style='text-indent:-.25in;mso-list:%LIST%'>"
        "<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>"
        "%MARKER%<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; "
        "</span></span></span>"
        "<![endif]><span lang=VI>%TEXT%<o:p></o:p></span></p>\r\n";
    auto make = [&](const char* list, const char* marker, const char* text) {
      std::string s = item;
      s.replace(s.find("%LIST%"), 6, list);
      s.replace(s.find("%MARKER%"), 8, marker);
      s.replace(s.find("%TEXT%"), 6, text);
      return s;
    };
    Check({
        {make("l0 level1 lfo1", "1.", "Một") + make("l0 level1 lfo1", "2.", "Hai"),
         "<ol>\n<li>Một</li>\n<li>Hai</li>\n</ol>"},
        {make("l0 level1 lfo1", "3)", "Ba"), "<ol start=\"3\">\n<li>Ba</li>\n</ol>"},
        {make("l1 level1 lfo2", "·", "Chấm") + make("l1 level2 lfo2", "o", "Con") +
             make("l1 level2 lfo2", "o", "Con 2") + make("l1 level1 lfo2", "·", "Chấm 2"),
         "<ul>\n<li>Chấm<ul>\n<li>Con</li>\n<li>Con 2</li>\n</ul>\n</li>\n<li>Chấm 2</li>\n</ul>"},
        {make("l1 level1 lfo2", "-", "Gạch") + make("l1 level1 lfo2", "+", "Cộng"),
         "<ul>\n<li>Gạch</li>\n<li>Cộng</li>\n</ul>"},
        // A bullet list then a numbered one at the same level: two lists.
        {make("l1 level1 lfo2", "-", "a") + make("l1 level1 lfo2", "1.", "b"),
         "<ul>\n<li>a</li>\n</ul>\n<ol>\n<li>b</li>\n</ol>"},
        // A paragraph between items ends the list; the next one goes on numbering.
        {make("l0 level1 lfo1", "1.", "Một") + "<p>chen</p>" + make("l0 level1 lfo1", "2.", "Hai"),
         "<ol>\n<li>Một</li>\n</ol>\n<p>chen</p>\n<ol start=\"2\">\n<li>Hai</li>\n</ol>"},
        // Markers an <ol> cannot show stay as the paragraph's text.
        {make("l2 level1 lfo3", "a)", "chữ a") + make("l2 level1 lfo3", "Điều 1.", "Phạm vi"),
         "<p>a) chữ a</p>\n<p>Điều 1. Phạm vi</p>"},
        // Word's saved-HTML form of the conditional is a comment: same result.
        {"<p style='mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span "
         "style='mso-list:Ignore'>1.<span>&nbsp; "
         "</span></span><!--[endif]-->Một</p>",
         "<ol>\n<li>Một</li>\n</ol>"},
        // An item with nothing after its marker is left out.
        {make("l0 level1 lfo1", "1.", "") + make("l0 level1 lfo1", "2.", "Hai"),
         "<ol start=\"2\">\n<li>Hai</li>\n</ol>"},
    });
  }

  void testWordPaste() {
    const std::string input = ReadFixture("word-paste.html");
    const std::string out = Sanitize(input);
    AssertSafe("word-paste.html", out);
    AssertStable("word-paste.html", out);
    const char* gone[] = {
        "mso",   "Mso",          "class=", "style=",      "<o:",           "o:p",
        "<![",   "[if",          "endif",  "lang=\"VI\"", "StartFragment", "Times New",
        "font-", "clip_image",   "file:",  "<div",        "<span>",        "<font",
        "name=", "supportLists", "Ignore", "&nbsp;&nbsp;"};
    for (const char* s : gone) {
      CPPUNIT_ASSERT_MESSAGE(std::string(s) + " in\n" + out, out.find(s) == std::string::npos);
    }
    const char* kept[] = {
        // Heading 1 became h2; bold and italic runs.
        "<h2>KẾ HOẠCH</h2>",
        "<p><strong>Tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2024 – 2025</strong></p>",
        "<p><strong>I. MỤC ĐÍCH, YÊU CẦU</strong></p>",
        "<em>Hội khỏe Phù Đổng cấp tỉnh</em>",
        "<em>theo Thông tư số 40/2017/TT-BTC</em>",
        // Word's numbered and bulleted paragraphs became lists, the nested level too.
        "<ol>\n<li>Đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại trong học "
        "sinh;</li>\n"
        "<li>Tuyển chọn vận động viên có thành tích cao tham gia <em>Hội khỏe Phù Đổng cấp "
        "tỉnh</em> lần thứ X;</li>\n"
        "<li>Công tác tổ chức phải đảm bảo an toàn, tiết kiệm, <strong>đúng Điều "
        "lệ</strong>.</li>\n</ol>",
        "<ul>\n<li>Học sinh tiểu học: điền kinh, bơi lội, cờ vua;<ul>\n<li>Điền kinh: chạy 60m, "
        "nhảy xa;</li>\n</ul>\n</li>\n"
        "<li>Học sinh trung học cơ sở: điền kinh, bóng đá mini, cầu lông.</li>\n</ul>",
        // The table: rows, cells, the row span, text.
        "<td rowspan=\"2\">Sân vận động huyện</td>",
        "<tr>\n<td><strong>TT</strong></td><td><strong>Môn thi</strong></td><td><strong>Thời "
        "gian</strong></td>"
        "<td><strong>Địa điểm</strong></td></tr>",
        "<td>Từ ngày 13/3 đến ngày 15/3/2025</td>",
        // The footnote: its reference, the rule and its text.
        "Khung kế hoạch thời gian năm học 2024 – 2025<a href=\"#_ftn1\">[1]</a>; Phòng Giáo dục",
        "<hr>\n<p><a href=\"#_ftnref1\">[1]</a> Quyết định số 2071/QĐ-UBND ngày 15 tháng 8 năm "
        "2024 của UBND tỉnh.</p>",
        // Another language's run keeps its lang.
        "<span lang=\"EN-US\">Deadline: 28/02/2025.</span>",
        "<p><strong>Nguyễn Văn Hùng</strong></p>",
    };
    for (const char* s : kept) {
      CPPUNIT_ASSERT_MESSAGE(std::string(s) + "\nnot in\n" + out, out.find(s) != std::string::npos);
    }
    CPPUNIT_ASSERT_EQUAL(size_t{1}, Count(out, "<table>"));
    CPPUNIT_ASSERT_EQUAL(size_t{3}, Count(out, "<tr>"));
    CPPUNIT_ASSERT_EQUAL(size_t{11}, Count(out, "<td"));
    CPPUNIT_ASSERT_EQUAL(size_t{6}, Count(out, "<li>"));
    // No empty paragraph is left.
    CPPUNIT_ASSERT(!HasEmptyParagraph(out));
  }

  void testLibreOfficePaste() {
    const std::string input = ReadFixture("libreoffice-paste.html");
    const std::string out = Sanitize(input);
    AssertSafe("libreoffice-paste.html", out);
    AssertStable("libreoffice-paste.html", out);
    const char* gone[] = {"class=", "style=", "<font",  "western",     "sdfootnote\"",
                          "align=", "<col",   "width=", "LibreOffice", "<br>",
                          "file:",  "<div",   "name="};
    for (const char* s : gone) {
      CPPUNIT_ASSERT_MESSAGE(std::string(s) + " in\n" + out, out.find(s) == std::string::npos);
    }
    const char* kept[] = {
        "<h2>THÔNG BÁO</h2>",
        "<p><em><strong>Về việc tuyển sinh vào lớp 1 và lớp 6 năm học 2025 – "
        "2026</strong></em></p>",
        "<h2>1. Thời gian nhận hồ sơ</h2>",
        "<ol>\n<li>Lớp 1: từ ngày <strong>01/7/2025</strong> đến hết ngày 15/7/2025;</li>\n"
        "<li>Lớp 6: từ ngày 10/7/2025 đến hết ngày <u>25/7/2025</u>.</li>\n</ol>",
        "<ul>\n<li>Đơn xin nhập học (theo mẫu);</li>\n<li>Bản sao giấy khai sinh hợp "
        "lệ.</li>\n</ul>",
        "<tr>\n<td><strong>STT</strong></td><td><strong>Trường</strong></td><td><strong>Chỉ "
        "tiêu</strong></td></tr>",
        "<td>Trường THCS Lê Quý Đôn</td><td>240</td>",
        "<a href=\"https://pgddt.example.gov.vn/tuyen-sinh/2025\" rel=\"noopener noreferrer\">cổng "
        "thông tin của Phòng</a>",
        "<a href=\"tel:02363812345\">0236 3812 345</a>",
        "<a href=\"mailto:pgddt@example.gov.vn\">pgddt@example.gov.vn</a>",
        "<span lang=\"en-US\"><em>(Admission notice, English version available on "
        "request.)</em></span>",
        "Bộ Giáo dục và Đào tạo<sup><a href=\"#sdfootnote1sym\">1</a></sup>, Phòng",
        "Thông tư số 30/2024/TT-BGDĐT ngày 30/12/2024 quy định về tuyển sinh trung học cơ sở",
    };
    for (const char* s : kept) {
      CPPUNIT_ASSERT_MESSAGE(std::string(s) + "\nnot in\n" + out, out.find(s) != std::string::npos);
    }
    CPPUNIT_ASSERT_EQUAL(size_t{3}, Count(out, "<tr>"));
    CPPUNIT_ASSERT_EQUAL(size_t{9}, Count(out, "<td>"));
    CPPUNIT_ASSERT(!HasEmptyParagraph(out));
  }

  void testXssPayloads() {
    const std::vector<std::string>& payloads = XssPayloads();
    CPPUNIT_ASSERT(payloads.size() >= 40);
    for (const std::string& payload : payloads) {
      std::string out = Sanitize(payload);
      AssertSafe(payload, out);
      // In any context a payload may be pasted into.
      AssertSafe(payload, Sanitize("<p>a " + payload + " b</p>"));
      AssertSafe(payload, Sanitize("<table><tr><td>" + payload + "</td></tr></table>"));
      AssertSafe(payload, Sanitize("<ul><li><a href=\"/x\">" + payload + "</a></li></ul>"));
    }
    // A few exact results: what is left is text, escaped.
    Check({
        {"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
         "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"},
        {"\"><script>alert(1)</script>", "<p>\"&gt;</p>"},
        {"<a href=\"javascript:alert(1)\">bấm</a>", "<p>bấm</p>"},
        {"<img src=\"/uploads/x.jpg\" onerror=alert(1)>",
         "<p><img src=\"/uploads/x.jpg\" alt=\"\"></p>"},
        {"<!--<img src=x onerror=alert(1)>-->", ""},
        {"<![CDATA[<img src=x onerror=alert(1)>]]>x", "<p>]]&gt;x</p>"},
    });
  }

  void testIdempotent() {
    std::vector<std::string> inputs = XssPayloads();
    inputs.push_back(ReadFixture("word-paste.html"));
    inputs.push_back(ReadFixture("libreoffice-paste.html"));
    for (const std::string& input : inputs) {
      std::string once = Sanitize(input);
      AssertStable(input, once);
    }
  }

  // Random tag soup from pieces of HTML that stress the content model: the output is
  // always well-formed, safe and stable.
  void testGeneratedTagSoup() {
    static const std::vector<std::string> kPieces = {
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<b>",
        "</b>",
        "<i>",
        "</i>",
        "<u>",
        "</u>",
        "<ul>",
        "</ul>",
        "<ol start=3>",
        "</ol>",
        "<li>",
        "</li>",
        "<table>",
        "</table>",
        "<tr>",
        "</tr>",
        "<td>",
        "</td>",
        "<th scope=col colspan=2>",
        "<thead>",
        "<tbody>",
        "<caption>",
        "</caption>",
        "<h1>",
        "</h1>",
        "<h3>",
        "</h3>",
        "<pre>",
        "</pre>",
        "<blockquote>",
        "</blockquote>",
        "<figure>",
        "<figcaption>",
        "</figure>",
        "<a href=/x>",
        "<a href='javascript:alert(1)'>",
        "</a>",
        "<img src=/uploads/a.jpg>",
        "<img src=x onerror=alert(1)>",
        "<br>",
        "<hr>",
        "<span lang=en>",
        "</span>",
        "<span style='font-weight:bold'>",
        "<o:p>",
        "</o:p>",
        "<![if !supportLists]>",
        "<![endif]>",
        "<!-- c -->",
        "<script>alert(1)</script>",
        "<style>p{}</style>",
        "chữ",
        "Tiếng Việt",
        " ",
        "\n",
        "\r\n",
        "&nbsp;",
        "&amp;",
        "&lt;",
        "<",
        ">",
        "\"",
        "'",
        "e\xcc\x81",
        "\xcc\x81",
        "\xcc\xb8",
        "\xff",
        Bytes("\0"),
        "<p style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>1.</span>",
        "<p style='mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>-</span>",
        "<sup>",
        "</sup>",
        "<code>",
        "</code>",
        "<font>",
        "<center>",
        "<dl><dt>",
        "<dd>",
        "<svg>",
        "<math>",
        "<iframe>",
        "<noscript>",
        "<select>",
        "</select>",
        "<form>",
        "</form>",
        "<x-y>",
        "</x-y>",
        "<html>",
        "<body>",
        "</body>",
        "<head>",
        "</head>",
    };
    uint32_t seed = 20250101;
    auto next = [&seed] {
      seed = seed * 1664525u + 1013904223u;
      return seed >> 8;
    };
    for (int round = 0; round < 1500; ++round) {
      std::string input;
      int pieces = 1 + static_cast<int>(next() % 24);
      for (int k = 0; k < pieces; ++k) input += kPieces[next() % kPieces.size()];
      std::string out = Sanitize(input);
      AssertSafe(input, out);
      AssertStable(input, out);
    }
  }

  void testInvalidUtf8AndControls() {
    Check({
        {"<p>a\xff"
         "b</p>",
         "<p>a\xef\xbf\xbd"
         "b</p>"},
        {"<p>\xe1\xba</p>", "<p>\xef\xbf\xbd</p>"},
        {"<p>\xc0\xaf</p>", "<p>\xef\xbf\xbd\xef\xbf\xbd</p>"},
        {"<p>\xed\xa0\x80</p>", "<p>\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd</p>"},
        {Bytes("<p>a\0b\x01"
               "c\x7f"
               "d\xc2\x85"
               "e</p>"),
         "<p>abcde</p>"},
        {"<p>\xef\xbf\xbe\xef\xb7\x90x</p>", "<p>x</p>"},  // noncharacters
        {"<p>a&#0;b&#x80;c&#xD800;d&#1;e</p>", "<p>abcde</p>"},
        {"<p title=\"x\">\xf0\x9f\x98\x80</p>", "<p>\xf0\x9f\x98\x80</p>"},
        {"<a href=\"/a\xff\">x</a>", "<p><a href=\"/a\xef\xbf\xbd\">x</a></p>"},
        // A <meta> naming another charset does not change how the bytes are read.
        {"<meta charset=\"windows-1252\"><p>Tiếng Việt</p>", "<p>Tiếng Việt</p>"},
        {"<meta http-equiv=Content-Type content=\"text/html; charset=iso-8859-1\"><p>Đà Nẵng</p>",
         "<p>Đà Nẵng</p>"},
    });
  }

  void testOutputIsNfc() {
    Check({
        {"<p>Vie\xcc\xa3\xcc\x82t Nam</p>", "<p>Việt Nam</p>"},
        {"<p>e&#x302;&#x301;</p>", "<p>ế</p>"},
        {"<p><span lang=\"en\">e</span>\xcc\x81</p>", "<p><span lang=\"en\">e</span>&#x301;</p>"},
        // '>' followed by U+0338 is '≯' in NFC: the mark is written as a reference.
        {"<p><b>a</b>\xcc\xb8</p>", "<p><strong>a</strong>&#x338;</p>"},
        {"<p>&#x338;x</p>", "<p>&#x338;x</p>"},
        {"<p><a href=\"/a\" title=\"e\xcc\x81\">x</a></p>",
         "<p><a href=\"/a\" title=\"\xc3\xa9\">x</a></p>"},
    });
  }

  void testDeepNesting() {
    for (const char* tag : {"span", "div", "b", "ul", "table", "blockquote", "a href=/x"}) {
      std::string open = std::string("<") + tag + ">";
      std::string input;
      for (int i = 0; i < 5000; ++i) input += open;
      input += "sâu";
      std::string out = Sanitize(input);
      AssertSafe(tag, out);
      AssertStable(tag, out);
    }
    std::string nested;
    for (int i = 0; i < 100; ++i) nested += "<div><span>";
    nested += "chữ";
    CPPUNIT_ASSERT_EQUAL(std::string("<p>chữ</p>"), Sanitize(nested));
  }

  void testEmptyInput() {
    const char* inputs[] = {"",
                            " ",
                            "\n\t",
                            "<p></p>",
                            "<!-- x -->",
                            "<script>x</script>",
                            "<html><head></head><body></body></html>",
                            "&nbsp;",
                            "<br><br>"};
    for (const char* input : inputs) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(input), std::string(), Sanitize(input));
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(input), std::string(), ToText(input));
    }
  }

  void testToText() {
    const Case cases[] = {
        {"<h2>Thông báo</h2><p>Học sinh&nbsp;nghỉ <b>Tết</b></p>", "Thông báo\nHọc sinh nghỉ Tết"},
        {"Đổi mới giáo dục", "Đổi mới giáo dục"},
        {"<ul><li>Một</li><li>Hai</li></ul><p>Ba</p>", "Một\nHai\nBa"},
        {"<p>Dòng 1<br>Dòng 2<br><br>Dòng 3</p>", "Dòng 1\nDòng 2\nDòng 3"},
        {"<table><tr><th>Trường</th><th>Chỉ tiêu</th></tr><tr><td>Nguyễn "
         "Trãi</td><td>175</td></tr></table>",
         "Trường Chỉ tiêu\nNguyễn Trãi 175"},
        {"<p>  nhiều \n\t khoảng   trắng  </p>", "nhiều khoảng trắng"},
        {"<p>&lt;Đổi mới&gt; &amp; &#7871; &#x1EC7; &quot;x&quot;</p>", "<Đổi mới> & ế ệ \"x\""},
        {"<p>Vie\xcc\xa3\xcc\x82t</p>", "Việt"},
        {"<script>alert(1)</script><style>p{}</style><p>Chào</p><!-- ẩn -->", "Chào"},
        {"<html><head><title>Tựa</title></head><body>Thân</body></html>", "Thân"},
        {"<p>a<span>b</span><em>c</em></p>", "abc"},
        {"<div>khối<div>lồng</div>tiếp</div>", "khối\nlồng\ntiếp"},
        {"<p>a\xff"
         "b</p>",
         "a\xef\xbf\xbd"
         "b"},
        {"<p>x<img src=\"/uploads/a.jpg\" alt=\"ảnh\">y</p>", "xy"},
        {"<p>a<![if !supportLists]>b<![endif]>c</p>", "abc"},
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.input), c.expected, ToText(c.input));
    }
  }

  void testToTextOfPastes() {
    std::string word = ToText(ReadFixture("word-paste.html"));
    CPPUNIT_ASSERT_EQUAL(
        std::string("KẾ HOẠCH\nTổ chức Hội khỏe Phù Đổng cấp huyện năm học 2024 – 2025\n"),
        word.substr(0, word.find("Căn cứ")));
    const char* word_lines[] = {
        "\n1. Đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại trong học sinh;\n",
        "\no Điền kinh: chạy 60m, nhảy xa;\n",
        "\nTT Môn thi Thời gian Địa điểm\n",
        "\n2 Bóng đá mini nam Từ ngày 13/3 đến ngày 15/3/2025\n",
        "\n[1] Quyết định số 2071/QĐ-UBND ngày 15 tháng 8 năm 2024 của UBND tỉnh.",
    };
    for (const char* line : word_lines) {
      CPPUNIT_ASSERT_MESSAGE(std::string(line) + "\nnot in\n" + word,
                             word.find(line) != std::string::npos);
    }
    CPPUNIT_ASSERT(word.find("mso") == std::string::npos);
    CPPUNIT_ASSERT(word.find("Cambria") == std::string::npos);
    CPPUNIT_ASSERT(word.find("\n\n") == std::string::npos);
    std::string libre = ToText(ReadFixture("libreoffice-paste.html"));
    CPPUNIT_ASSERT_MESSAGE(libre,
                           libre.find("THÔNG BÁO\nVề việc tuyển sinh vào lớp 1 và lớp 6") == 0);
    CPPUNIT_ASSERT_MESSAGE(
        libre, libre.find("\nSTT Trường Chỉ tiêu\n1 Trường Tiểu học Nguyễn Trãi 175\n") !=
                   std::string::npos);
    // Whatever ToText gets, sanitised or not, gives the same text.
    CPPUNIT_ASSERT_EQUAL(ToText(Sanitize(ReadFixture("libreoffice-paste.html"))), libre);
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(SanitizeTest);

}  // namespace
}  // namespace core::html
