// Tests for modules/core/search_index.cc: Vietnamese terms with and without diacritics,
// ranking of exact matches, phrases, malformed queries, on an in-memory Xapian index.
#include "core/search_index.h"

#include <cppunit/extensions/HelperMacros.h>

#include <string>

#include "unit/check.h"

namespace core::search {
namespace {

constexpr std::time_t kNow = 1800000000;

class SearchIndexTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(SearchIndexTest);
  CPPUNIT_TEST(testFoldedQueryFindsDiacritics);
  CPPUNIT_TEST(testDStroke);
  CPPUNIT_TEST(testExactRanksFirst);
  CPPUNIT_TEST(testPhrase);
  CPPUNIT_TEST(testSiteFilterAndSchedule);
  CPPUNIT_TEST(testMalformedQuery);
  CPPUNIT_TEST(testReplaceDeleteAndMetadata);
  CPPUNIT_TEST(testHtmlToText);
  CPPUNIT_TEST_SUITE_END();

 public:
  void setUp() override {
    db_ = Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Add(1, 1, "Hội nghị tổng kết năm học", "Ngành giáo dục huyện tổng kết công tác giáo dục.");
    Add(2, 1, "Tập huấn", "Lớp tập huấn đào tạo giáo viên cốt cán.");
    Add(3, 2, "Tin trường", "Bài viết không dấu: giao duc la quoc sach hang dau.");
    Add(4, 1, "Mùa thu", "Học sinh vui vẻ đến trường; giáo viên đón chào.");
    Add(5, 1, "Hẹn giờ", "Bài giáo dục hẹn giờ đăng sau này.", kNow + 3600);
  }

  void testFoldedQueryFindsDiacritics() {
    std::vector<uint64_t> ids = Ids("giao duc");
    CPPUNIT_ASSERT(Has(ids, 1));
    CPPUNIT_ASSERT(Has(ids, 3));
    CPPUNIT_ASSERT(!Has(ids, 2));
    // Typed with other capitals, same result.
    CPPUNIT_ASSERT(Has(Ids("GIÁO DỤC"), 1));
  }

  void testDStroke() {
    std::vector<uint64_t> ids = Ids("dao tao");
    CPPUNIT_ASSERT_EQUAL(size_t{1}, ids.size());
    CPPUNIT_ASSERT_EQUAL(uint64_t{2}, ids[0]);
    CPPUNIT_ASSERT(Has(Ids("đào tạo"), 2));
  }

  void testExactRanksFirst() {
    std::vector<uint64_t> ids = Ids("giáo dục");
    CPPUNIT_ASSERT_EQUAL(size_t{2}, ids.size());
    CPPUNIT_ASSERT_EQUAL(uint64_t{1}, ids[0]);
    CPPUNIT_ASSERT_EQUAL(uint64_t{3}, ids[1]);
    // Typed without marks: both, the folded match alone decides.
    CPPUNIT_ASSERT_EQUAL(size_t{2}, Ids("giao duc").size());
    // A word with marks and one without ("giáo duc"): each decides for itself.
    CPPUNIT_ASSERT_EQUAL(size_t{2}, Ids("giáo duc").size());
  }

  void testPhrase() {
    CPPUNIT_ASSERT(Has(Ids("\"giáo viên cốt cán\""), 2));
    CPPUNIT_ASSERT(Ids("\"cốt cán giáo viên\"").empty());
    CPPUNIT_ASSERT(Has(Ids("\"giao vien cot can\""), 2));
  }

  void testSiteFilterAndSchedule() {
    Result<Page> page = Search(db_, "giao duc", 1u, kNow, 0, 10);
    CPPUNIT_ASSERT(page.ok());
    CPPUNIT_ASSERT_EQUAL(size_t{1}, page->hits.size());
    CPPUNIT_ASSERT_EQUAL(uint64_t{1}, page->hits[0].item.id);
    CPPUNIT_ASSERT_EQUAL(std::string("/bai-viet/1-x"), page->hits[0].item.path);
    CPPUNIT_ASSERT_EQUAL(std::string("Hội nghị tổng kết năm học"), page->hits[0].item.title);
    CPPUNIT_ASSERT(page->hits[0].snippet_html.find("<mark>") != std::string::npos);
    // The scheduled article shows at its time.
    Result<Page> later = Search(db_, "giao duc", 1u, kNow + 7200, 0, 10);
    CPPUNIT_ASSERT(later.ok());
    CPPUNIT_ASSERT_EQUAL(size_t{2}, later->hits.size());
  }

  void testMalformedQuery() {
    for (const char* q : {"AND", "\"unclosed", "(((", "giáo AND", "NOT", "-", ""}) {
      Result<Page> page = Search(db_, q, std::nullopt, kNow, 0, 10);
      if (!page.ok()) {
        CPPUNIT_ASSERT_MESSAGE(unit::Quote(q), page.status().IsInvalid());
        CPPUNIT_ASSERT(!page.status().user_message().empty());
      }
    }
    CPPUNIT_ASSERT(!ParseQuery("").ok());
  }

  void testReplaceDeleteAndMetadata() {
    Add(2, 1, "Tập huấn", "Nội dung mới về thư viện.");
    CPPUNIT_ASSERT(Ids("dao tao").empty());
    CPPUNIT_ASSERT(Has(Ids("thu vien"), 2));
    RemoveItem(db_, "article", 2);
    CPPUNIT_ASSERT(!Has(Ids("thu vien"), 2));
    CPPUNIT_ASSERT_EQUAL(uint64_t{0}, LastQueueId(db_));
    SetLastQueueId(db_, 42);
    CPPUNIT_ASSERT_EQUAL(uint64_t{42}, LastQueueId(db_));
  }

  void testHtmlToText() {
    CPPUNIT_ASSERT_EQUAL(std::string("Giáo &amp; dục x<y"), HtmlToText("<p>Giáo &amp;amp; dục</p><p>x&lt;y</p>"));
    CPPUNIT_ASSERT_EQUAL(std::string("a & b c"), HtmlToText("<p>a &amp; b</p><br>c"));
  }

 private:
  void Add(uint64_t id, uint32_t site, const std::string& title, const std::string& text,
           std::time_t date = kNow - 86400) {
    Item item{"article", id, site, title, "/bai-viet/" + std::to_string(id) + "-x", date, text};
    IndexItem(db_, item);
  }
  std::vector<uint64_t> Ids(const std::string& q) {
    Result<Page> page = Search(db_, q, std::nullopt, kNow, 0, 10);
    CPPUNIT_ASSERT_MESSAGE(unit::Quote(q) + " " + page.status().ToString(), page.ok());
    std::vector<uint64_t> ids;
    for (const Hit& h : page->hits) ids.push_back(h.item.id);
    return ids;
  }
  static bool Has(const std::vector<uint64_t>& ids, uint64_t id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  }

  Xapian::WritableDatabase db_;
};

CPPUNIT_TEST_SUITE_REGISTRATION(SearchIndexTest);

}  // namespace
}  // namespace core::search
