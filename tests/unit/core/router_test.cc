// Tests for modules/core/router.cc: pattern matching with captures and route lookup.
#include "core/router.h"

#include <cppunit/extensions/HelperMacros.h>

#include <string>
#include <vector>

#include "unit/check.h"

namespace core {
namespace {

using unit::Quote;

Result<Response> HandleHome(const Request&, Context&) { return Response::Html("home"); }
Result<Response> HandleArticle(const Request&, Context&) { return Response::Html("article"); }
Result<Response> HandleCategory(const Request&, Context&) { return Response::Html("category"); }
Result<Response> HandleSearch(const Request&, Context&) { return Response::Html("search"); }
Result<Response> HandleFeedback(const Request&, Context&) { return Response::Html("form"); }
Result<Response> HandleFeedbackPost(const Request&, Context&) { return Response::NoContent(); }
Result<Response> HandleDocument(const Request&, Context&) { return Response::Html("document"); }
Result<Response> HandleDocumentFile(const Request&, Context&) { return Response::Html("file"); }
Result<Response> HandleLiteralFirst(const Request&, Context&) { return Response::Html("literal"); }

std::string Join(const std::vector<std::string>& args) {
  std::string out;
  for (const std::string& a : args) out += "[" + a + "]";
  return out;
}

const Route kRoutes[] = {
    {Method::kGet, "/", HandleHome, {}},
    {Method::kGet, "/tin-tuc", HandleCategory, {}},
    {Method::kGet, "/tin-tuc/moi-nhat", HandleLiteralFirst, {}},
    {Method::kGet, "/tin-tuc/:category", HandleCategory, {}},
    {Method::kGet, "/bai-viet/:id_slug", HandleArticle, {}},
    {Method::kGet, "/tim-kiem", HandleSearch, {}},
    {Method::kGet, "/gop-y", HandleFeedback, {}},
    {Method::kPost, "/gop-y", HandleFeedbackPost, {}},
    {Method::kGet, "/van-ban/:id/:file", HandleDocumentFile, {}},
    {Method::kGet, "/van-ban/:id", HandleDocument, {}},
};

class RouterTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(RouterTest);
  CPPUNIT_TEST(testMatchPattern);
  CPPUNIT_TEST(testMatchPatternNoEmptyCaptures);
  CPPUNIT_TEST(testMatchPatternTrailingSlashMatters);
  CPPUNIT_TEST(testMatchPatternLeavesArgsOnFailure);
  CPPUNIT_TEST(testMatchPatternWithoutArgs);
  CPPUNIT_TEST(testFindRoute);
  CPPUNIT_TEST(testFindRouteFirstMatchWins);
  CPPUNIT_TEST(testFindRouteHeadMatchesGet);
  CPPUNIT_TEST(testFindRouteMethodNotAllowed);
  CPPUNIT_TEST(testFindRouteUnknownPath);
  CPPUNIT_TEST_SUITE_END();

 public:
  void testMatchPattern() {
    struct Case {
      const char* pattern;
      const char* path;
      bool matches;
      const char* args;
    };
    const Case cases[] = {
        {"/", "/", true, ""},
        {"/", "", false, ""},
        {"", "", true, ""},
        {"/tin-tuc", "/tin-tuc", true, ""},
        {"/tin-tuc", "/tin-tu", false, ""},
        {"/tin-tuc", "/tin-tuc-moi", false, ""},
        {"/tin-tuc", "/tin-tuc/x", false, ""},
        {"/bai-viet/:id_slug", "/bai-viet/12-doi-moi", true, "[12-doi-moi]"},
        {"/bai-viet/:id_slug", "/bai-viet/12/doi-moi", false, ""},
        {"/bai-viet/:id_slug", "/bai-viet", false, ""},
        {"/bai-viet/:id_slug", "/bai-vie/12", false, ""},
        {"/van-ban/:id/:file", "/van-ban/7/quyet-dinh.pdf", true, "[7][quyet-dinh.pdf]"},
        {"/van-ban/:id/:file", "/van-ban/7", false, ""},
        {"/van-ban/:id/tai-ve", "/van-ban/7/tai-ve", true, "[7]"},
        {"/van-ban/:id/tai-ve", "/van-ban/7/xem", false, ""},
        {"/:a/:b", "/x/y", true, "[x][y]"},
        {"/:a", "/đường", true, "[đường]"},
        {"/TIN-TUC", "/tin-tuc", false, ""},  // case-sensitive
    };
    for (const Case& c : cases) {
      std::vector<std::string> args;
      std::string msg = std::string(c.pattern) + " vs " + Quote(c.path);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, c.matches, MatchPattern(c.pattern, c.path, &args));
      CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, std::string(c.args), Join(args));
    }
  }

  void testMatchPatternNoEmptyCaptures() {
    const char* paths[] = {"/bai-viet/", "/bai-viet//", "/bai-viet//x"};
    for (const char* path : paths) {
      std::vector<std::string> args;
      CPPUNIT_ASSERT_MESSAGE(path, !MatchPattern("/bai-viet/:id_slug", path, &args));
      CPPUNIT_ASSERT_MESSAGE(path, args.empty());
    }
    std::vector<std::string> args;
    CPPUNIT_ASSERT(!MatchPattern("/van-ban/:id/:file", "/van-ban//x.pdf", &args));
    CPPUNIT_ASSERT(!MatchPattern("/van-ban/:id/:file", "/van-ban/7/", &args));
    CPPUNIT_ASSERT(args.empty());
  }

  void testMatchPatternTrailingSlashMatters() {
    CPPUNIT_ASSERT(!MatchPattern("/tin-tuc", "/tin-tuc/", nullptr));
    CPPUNIT_ASSERT(!MatchPattern("/tin-tuc/", "/tin-tuc", nullptr));
    CPPUNIT_ASSERT(MatchPattern("/tin-tuc/", "/tin-tuc/", nullptr));
    std::vector<std::string> args;
    CPPUNIT_ASSERT(!MatchPattern("/bai-viet/:id_slug", "/bai-viet/12-x/", &args));
    CPPUNIT_ASSERT(args.empty());
    CPPUNIT_ASSERT(MatchPattern("/bai-viet/:id_slug/", "/bai-viet/12-x/", &args));
    CPPUNIT_ASSERT_EQUAL(std::string("[12-x]"), Join(args));
  }

  void testMatchPatternLeavesArgsOnFailure() {
    std::vector<std::string> args = {"kept"};
    // The first capture succeeds before the literal tail fails: nothing is left behind.
    CPPUNIT_ASSERT(!MatchPattern("/van-ban/:id/tai-ve", "/van-ban/7/xem", &args));
    CPPUNIT_ASSERT_EQUAL(std::string("[kept]"), Join(args));
    // On success captures are appended.
    CPPUNIT_ASSERT(MatchPattern("/van-ban/:id", "/van-ban/9", &args));
    CPPUNIT_ASSERT_EQUAL(std::string("[kept][9]"), Join(args));
  }

  void testMatchPatternWithoutArgs() {
    CPPUNIT_ASSERT(MatchPattern("/bai-viet/:id_slug", "/bai-viet/12", nullptr));
    CPPUNIT_ASSERT(!MatchPattern("/bai-viet/:id_slug", "/bai-viet/", nullptr));
  }

  void testFindRoute() {
    struct Case {
      Method method;
      const char* path;
      Handler handler;
      const char* args;
    };
    const Case cases[] = {
        {Method::kGet, "/", HandleHome, ""},
        {Method::kGet, "/tin-tuc", HandleCategory, ""},
        {Method::kGet, "/tin-tuc/giao-duc", HandleCategory, "[giao-duc]"},
        {Method::kGet, "/bai-viet/12-doi-moi", HandleArticle, "[12-doi-moi]"},
        {Method::kGet, "/van-ban/7", HandleDocument, "[7]"},
        {Method::kGet, "/van-ban/7/qd.pdf", HandleDocumentFile, "[7][qd.pdf]"},
        {Method::kGet, "/gop-y", HandleFeedback, ""},
        {Method::kPost, "/gop-y", HandleFeedbackPost, ""},
    };
    for (const Case& c : cases) {
      RouteMatch m = FindRoute(kRoutes, c.method, c.path);
      CPPUNIT_ASSERT_MESSAGE(c.path, m.route != nullptr);
      CPPUNIT_ASSERT_MESSAGE(c.path, m.route->handler == c.handler);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(c.path, std::string(c.args), Join(m.args));
    }
  }

  void testFindRouteFirstMatchWins() {
    RouteMatch m = FindRoute(kRoutes, Method::kGet, "/tin-tuc/moi-nhat");
    CPPUNIT_ASSERT(m.route == &kRoutes[2]);
    CPPUNIT_ASSERT(m.args.empty());

    const Route capture_first[] = {
        {Method::kGet, "/tin-tuc/:category", HandleCategory, {}},
        {Method::kGet, "/tin-tuc/moi-nhat", HandleLiteralFirst, {}},
    };
    RouteMatch c = FindRoute(capture_first, Method::kGet, "/tin-tuc/moi-nhat");
    CPPUNIT_ASSERT(c.route == &capture_first[0]);
    CPPUNIT_ASSERT_EQUAL(std::string("[moi-nhat]"), Join(c.args));
  }

  void testFindRouteHeadMatchesGet() {
    RouteMatch m = FindRoute(kRoutes, Method::kHead, "/bai-viet/12-doi-moi");
    CPPUNIT_ASSERT(m.route != nullptr);
    CPPUNIT_ASSERT(m.route->handler == HandleArticle);
    CPPUNIT_ASSERT_EQUAL(std::string("[12-doi-moi]"), Join(m.args));
    // HEAD never reaches a POST-only handler.
    const Route post_only[] = {{Method::kPost, "/gui", HandleFeedbackPost, {}}};
    RouteMatch p = FindRoute(post_only, Method::kHead, "/gui");
    CPPUNIT_ASSERT(p.route == nullptr);
    CPPUNIT_ASSERT(p.path_known);
  }

  void testFindRouteMethodNotAllowed() {
    RouteMatch post = FindRoute(kRoutes, Method::kPost, "/bai-viet/12-doi-moi");
    CPPUNIT_ASSERT(post.route == nullptr);
    CPPUNIT_ASSERT(post.path_known);
    CPPUNIT_ASSERT(post.args.empty());

    RouteMatch other = FindRoute(kRoutes, Method::kOther, "/gop-y");
    CPPUNIT_ASSERT(other.route == nullptr);
    CPPUNIT_ASSERT(other.path_known);
  }

  void testFindRouteUnknownPath() {
    const char* paths[] = {"/khong-co", "/tin-tuc/", "/bai-viet/", "/bai-viet/1/2", "", "/van-ban/7/"};
    for (const char* path : paths) {
      for (Method method : {Method::kGet, Method::kHead, Method::kPost}) {
        RouteMatch m = FindRoute(kRoutes, method, path);
        CPPUNIT_ASSERT_MESSAGE(Quote(path), m.route == nullptr);
        CPPUNIT_ASSERT_MESSAGE(Quote(path), !m.path_known);
        CPPUNIT_ASSERT_MESSAGE(Quote(path), m.args.empty());
      }
    }
    CPPUNIT_ASSERT(FindRoute(std::span<const Route>(), Method::kGet, "/").route == nullptr);
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(RouterTest);

}  // namespace
}  // namespace core
