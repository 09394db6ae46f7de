// Tests for modules/core/http.cc: percent-decoding and encoding, query strings, cookies,
// HTML escaping and the status mapping.
#include "core/http.h"

#include <cppunit/extensions/HelperMacros.h>

#include <string>

#include "unit/check.h"

namespace core {
namespace {

using unit::Quote;

std::string Show(const Params& params) {
  std::string out;
  for (const auto& [name, value] : params) out += "[" + name + "=" + value + "]";
  return out;
}

class HttpTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(HttpTest);
  CPPUNIT_TEST(testParseMethod);
  CPPUNIT_TEST(testUrlDecode);
  CPPUNIT_TEST(testUrlDecodeRefusesMalformedEscapes);
  CPPUNIT_TEST(testUrlDecodeRefusesEncodedNul);
  CPPUNIT_TEST(testUrlDecodePlusIsSpaceOnlyWhenAsked);
  CPPUNIT_TEST(testUrlEncode);
  CPPUNIT_TEST(testUrlEncodeDecodeRoundTrip);
  CPPUNIT_TEST(testParseQuery);
  CPPUNIT_TEST(testParseQueryMalformedEscapeIsInvalid);
  CPPUNIT_TEST(testParseQueryTooManyParams);
  CPPUNIT_TEST(testParseCookies);
  CPPUNIT_TEST(testParseCookiesFirstDuplicateWins);
  CPPUNIT_TEST(testHtmlEscape);
  CPPUNIT_TEST(testHttpStatusOf);
  CPPUNIT_TEST(testStatusLine);
  CPPUNIT_TEST(testResponseFactories);
  CPPUNIT_TEST(testRequestField);
  CPPUNIT_TEST_SUITE_END();

 public:
  void testParseMethod() {
    CPPUNIT_ASSERT(ParseMethod("GET") == Method::kGet);
    CPPUNIT_ASSERT(ParseMethod("HEAD") == Method::kHead);
    CPPUNIT_ASSERT(ParseMethod("POST") == Method::kPost);
    CPPUNIT_ASSERT(ParseMethod("get") == Method::kOther);  // methods are case-sensitive
    CPPUNIT_ASSERT(ParseMethod("PUT") == Method::kOther);
    CPPUNIT_ASSERT(ParseMethod("") == Method::kOther);
  }

  void testUrlDecode() {
    struct Case {
      const char* input;
      const char* expected;
    };
    const Case cases[] = {
        {"", ""},
        {"abc", "abc"},
        {"%41%42c", "ABc"},
        {"%2f%2F", "//"},
        {"a%20b", "a b"},
        {"%C4%90%E1%BB%95i", "Đổi"},
        {"%25", "%"},
        {"100%25", "100%"},
        {"/tin-tuc/%C4%91", "/tin-tuc/đ"},
    };
    for (const Case& c : cases) {
      std::optional<std::string> got = UrlDecode(c.input, false);
      CPPUNIT_ASSERT_MESSAGE(Quote(c.input), got.has_value());
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.input), std::string(c.expected), *got);
    }
  }

  void testUrlDecodeRefusesMalformedEscapes() {
    const char* inputs[] = {"%", "%4", "a%", "a%4", "%zz", "%4g", "%g4", "%%41", "abc%2", "% 41", "%-1"};
    for (const char* input : inputs) {
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !UrlDecode(input, false).has_value());
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !UrlDecode(input, true).has_value());
    }
  }

  void testUrlDecodeRefusesEncodedNul() {
    const char* inputs[] = {"%00", "a%00b", "abc%00"};
    for (const char* input : inputs) {
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !UrlDecode(input, false).has_value());
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !UrlDecode(input, true).has_value());
    }
  }

  void testUrlDecodePlusIsSpaceOnlyWhenAsked() {
    CPPUNIT_ASSERT_EQUAL(std::string("a b c"), *UrlDecode("a+b+c", true));
    CPPUNIT_ASSERT_EQUAL(std::string("a+b+c"), *UrlDecode("a+b+c", false));
    // An encoded '+' stays a '+' either way.
    CPPUNIT_ASSERT_EQUAL(std::string("1+1"), *UrlDecode("1%2B1", true));
    CPPUNIT_ASSERT_EQUAL(std::string("1+1"), *UrlDecode("1%2b1", false));
  }

  void testUrlEncode() {
    struct Case {
      const char* input;
      const char* expected;
    };
    const Case cases[] = {
        {"", ""},
        {"abcXYZ019-_.~", "abcXYZ019-_.~"},
        {"a b", "a%20b"},
        {"a+b", "a%2Bb"},
        {"a/b?c=d&e#f", "a%2Fb%3Fc%3Dd%26e%23f"},
        {"%", "%25"},
        {"Đổi", "%C4%90%E1%BB%95i"},
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.input), std::string(c.expected), UrlEncode(c.input));
    }
  }

  void testUrlEncodeDecodeRoundTrip() {
    const char* inputs[] = {"Trường THCS Nguyễn Gia Thiều", "a+b c%d&e=f", "/đường/dẫn?x=1", "~"};
    for (const char* input : inputs) {
      std::optional<std::string> back = UrlDecode(UrlEncode(input), true);
      CPPUNIT_ASSERT_MESSAGE(Quote(input), back.has_value());
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(input), std::string(input), *back);
    }
  }

  void testParseQuery() {
    struct Case {
      const char* input;
      Params expected;
    };
    const Case cases[] = {
        {"", {}},
        {"a=1&b=x+y", {{"a", "1"}, {"b", "x y"}}},
        {"a=1&&b=2&", {{"a", "1"}, {"b", "2"}}},  // empty pairs skipped
        {"&&&", {}},
        {"flag", {{"flag", ""}}},  // a name without '=' has an empty value
        {"flag&a=1", {{"flag", ""}, {"a", "1"}}},
        {"a=", {{"a", ""}}},
        {"=x&a=1", {{"a", "1"}}},  // empty names skipped
        {"=&a=1", {{"a", "1"}}},
        {"a=1=2", {{"a", "1=2"}}},  // only the first '=' splits
        {"a=1&a=2", {{"a", "1"}, {"a", "2"}}},  // repeats kept, in order
        {"tu%20khoa=gi%C3%A1o+d%E1%BB%A5c", {{"tu khoa", "giáo dục"}}},
        {"q=%2B1", {{"q", "+1"}}},
    };
    for (const Case& c : cases) {
      Result<Params> got = ParseQuery(c.input);
      CPPUNIT_ASSERT_MESSAGE(Quote(c.input), got.ok());
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.input), Show(c.expected), Show(*got));
    }
  }

  void testParseQueryMalformedEscapeIsInvalid() {
    const char* inputs[] = {"a=%zz", "a=1&b=%", "%4=1", "a=%00", "ok=1&bad%=2"};
    for (const char* input : inputs) {
      Result<Params> got = ParseQuery(input);
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !got.ok());
      CPPUNIT_ASSERT_MESSAGE(Quote(input), got.status().IsInvalid());
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !got.status().user_message().empty());
    }
  }

  void testParseQueryTooManyParams() {
    std::string query;
    for (int i = 0; i < 100; ++i) query += "p" + std::to_string(i) + "=" + std::to_string(i) + "&";
    Result<Params> at_limit = ParseQuery(query);
    CPPUNIT_ASSERT(at_limit.ok());
    CPPUNIT_ASSERT_EQUAL(size_t{100}, at_limit->size());
    Result<Params> over = ParseQuery(query + "one=more");
    CPPUNIT_ASSERT(!over.ok());
    CPPUNIT_ASSERT(over.status().IsInvalid());

    CPPUNIT_ASSERT(ParseQuery("a=1&b=2&c=3", 3).ok());
    CPPUNIT_ASSERT(!ParseQuery("a=1&b=2&c=3&d=4", 3).ok());
    // Skipped empty pairs and empty names do not count.
    CPPUNIT_ASSERT(ParseQuery("a=1&&=x&b=2", 2).ok());
    CPPUNIT_ASSERT(!ParseQuery("a=1", 0).ok());
    CPPUNIT_ASSERT(ParseQuery("", 0).ok());
  }

  void testParseCookies() {
    auto c = ParseCookies("a=1; b=2");
    CPPUNIT_ASSERT_EQUAL(size_t{2}, c.size());
    CPPUNIT_ASSERT_EQUAL(std::string("1"), c["a"]);
    CPPUNIT_ASSERT_EQUAL(std::string("2"), c["b"]);

    auto spaced = ParseCookies("  sid = abc123 ;lang=vi;;  theme=\"dark\"  ");
    CPPUNIT_ASSERT_EQUAL(size_t{3}, spaced.size());
    CPPUNIT_ASSERT_EQUAL(std::string("abc123"), spaced["sid"]);
    CPPUNIT_ASSERT_EQUAL(std::string("vi"), spaced["lang"]);
    CPPUNIT_ASSERT_EQUAL(std::string("dark"), spaced["theme"]);  // quotes removed

    auto odd = ParseCookies("novalue; =orphan; empty=; x=a=b");
    CPPUNIT_ASSERT_EQUAL(size_t{2}, odd.size());
    CPPUNIT_ASSERT(odd.count("novalue") == 0);
    CPPUNIT_ASSERT_EQUAL(std::string(""), odd["empty"]);
    CPPUNIT_ASSERT_EQUAL(std::string("a=b"), odd["x"]);

    CPPUNIT_ASSERT(ParseCookies("").empty());
    CPPUNIT_ASSERT(ParseCookies(" ; ;").empty());
  }

  void testParseCookiesFirstDuplicateWins() {
    auto c = ParseCookies("sid=first; sid=second; other=1; sid=third");
    CPPUNIT_ASSERT_EQUAL(std::string("first"), c["sid"]);
    CPPUNIT_ASSERT_EQUAL(size_t{2}, c.size());
  }

  void testHtmlEscape() {
    struct Case {
      const char* input;
      const char* expected;
    };
    const Case cases[] = {
        {"", ""},
        {"Tiếng Việt", "Tiếng Việt"},
        {"<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"},
        {"a & b", "a &amp; b"},
        {"\"quoted\"", "&quot;quoted&quot;"},
        {"&amp;", "&amp;amp;"},  // not idempotent: escaping twice shows the entity
        {"x\" onmouseover=\"y", "x&quot; onmouseover=&quot;y"},
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.input), std::string(c.expected), HtmlEscape(c.input));
    }
  }

  void testHttpStatusOf() {
    CPPUNIT_ASSERT_EQUAL(200, HttpStatusOf(Status()));
    CPPUNIT_ASSERT_EQUAL(404, HttpStatusOf(Status::NotFound()));
    CPPUNIT_ASSERT_EQUAL(400, HttpStatusOf(Status::Invalid("x")));
    CPPUNIT_ASSERT_EQUAL(403, HttpStatusOf(Status::Forbidden()));
    CPPUNIT_ASSERT_EQUAL(409, HttpStatusOf(Status::Conflict("x")));
    CPPUNIT_ASSERT_EQUAL(503, HttpStatusOf(Status::Unavailable("db down")));
    CPPUNIT_ASSERT_EQUAL(500, HttpStatusOf(Status::Internal("bug")));
  }

  void testStatusLine() {
    struct Case {
      int status;
      const char* expected;
    };
    const Case cases[] = {
        {200, "200 OK"},          {204, "204 No Content"},
        {301, "301 Moved Permanently"}, {302, "302 Found"},
        {303, "303 See Other"},   {304, "304 Not Modified"},
        {400, "400 Bad Request"}, {403, "403 Forbidden"},
        {404, "404 Not Found"},   {405, "405 Method Not Allowed"},
        {409, "409 Conflict"},    {413, "413 Payload Too Large"},
        {503, "503 Service Unavailable"}, {500, "500 Internal Server Error"},
        {999, "500 Internal Server Error"},  // unknown codes never reach the client
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(std::to_string(c.status), std::string(c.expected),
                                   std::string(StatusLine(c.status)));
    }
  }

  void testResponseFactories() {
    Response html = Response::Html("<p>x</p>", 404);
    CPPUNIT_ASSERT_EQUAL(404, html.status);
    CPPUNIT_ASSERT_EQUAL(std::string("text/html; charset=utf-8"), html.content_type);
    CPPUNIT_ASSERT_EQUAL(std::string("<p>x</p>"), html.body);

    Response redirect = Response::Redirect("/don-vi/thcs-a/", 301);
    CPPUNIT_ASSERT_EQUAL(301, redirect.status);
    CPPUNIT_ASSERT_EQUAL(size_t{1}, redirect.headers.size());
    CPPUNIT_ASSERT_EQUAL(std::string("Location"), redirect.headers[0].first);
    CPPUNIT_ASSERT_EQUAL(std::string("/don-vi/thcs-a/"), redirect.headers[0].second);
    CPPUNIT_ASSERT_EQUAL(302, Response::Redirect("/").status);

    Response none = Response::NoContent();
    CPPUNIT_ASSERT_EQUAL(204, none.status);
    CPPUNIT_ASSERT(none.content_type.empty());

    Response chained;
    chained.Header("A", "1").Header("B", "2");
    CPPUNIT_ASSERT_EQUAL(size_t{2}, chained.headers.size());
    CPPUNIT_ASSERT_EQUAL(std::string("B"), chained.headers[1].first);
  }

  void testRequestField() {
    Request r;
    r.fields["trang"] = "2";
    CPPUNIT_ASSERT(r.Field("trang") != nullptr);
    CPPUNIT_ASSERT_EQUAL(std::string("2"), *r.Field("trang"));
    CPPUNIT_ASSERT(r.Field("khac") == nullptr);
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(HttpTest);

}  // namespace
}  // namespace core
