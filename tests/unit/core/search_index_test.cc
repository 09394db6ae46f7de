// Tests for modules/core/search_index.cc: Vietnamese terms with and without diacritics,
// ranking of exact matches, phrases, malformed queries, on an in-memory Xapian index.
#include "core/search_index.h"

#include <cppunit/extensions/HelperMacros.h>

#include <cstdlib>
#include <filesystem>
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
  CPPUNIT_TEST(testNormalizeNumber);
  CPPUNIT_TEST(testNumbersFirst);
  CPPUNIT_TEST(testFacetsFiltersAndSort);
  CPPUNIT_TEST(testFilesTextSearchableNotStored);
  CPPUNIT_TEST(testSuggestion);
  CPPUNIT_TEST(testSnippetWindow);
  CPPUNIT_TEST_SUITE_END();

 public:
  void tearDown() override {
    db_.close();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  void setUp() override {
    // A glass database in a temporary folder: the in-memory backend has no spelling data.
    char dir[] = "/tmp/search-index-test-XXXXXX";
    CPPUNIT_ASSERT(mkdtemp(dir) != nullptr);
    dir_ = dir;
    db_ = Xapian::WritableDatabase(dir_ + "/db", Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS);
    MarkFormat(db_);
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
    // Only items dated after their indexing carry the scheduled term; an index built
    // before the term existed (no format metadata) checks every date instead.
    CPPUNIT_ASSERT_EQUAL(std::string(kFormat), db_.get_metadata(kFormatKey));
    db_.set_metadata(kFormatKey, "");
    CPPUNIT_ASSERT_EQUAL(size_t{1}, Search(db_, "giao duc", 1u, kNow, 0, 10)->hits.size());
    CPPUNIT_ASSERT_EQUAL(size_t{2}, Search(db_, "giao duc", 1u, kNow + 7200, 0, 10)->hits.size());
    // MarkFormat leaves an index with items as it is.
    MarkFormat(db_);
    CPPUNIT_ASSERT_EQUAL(std::string(), db_.get_metadata(kFormatKey));
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

  void testNormalizeNumber() {
    CPPUNIT_ASSERT_EQUAL(std::string("37/2020/tt-bgddt"), NormalizeNumber("37/2020/TT-BGDĐT"));
    CPPUNIT_ASSERT_EQUAL(std::string("405/sgddt-tchc"), NormalizeNumber(" 405/SGDĐT-TCHC. "));
    CPPUNIT_ASSERT_EQUAL(std::string(""), NormalizeNumber("giáo dục"));
    CPPUNIT_ASSERT_EQUAL(std::string(""), NormalizeNumber("2025"));
    CPPUNIT_ASSERT_EQUAL(std::string(""), NormalizeNumber("QĐ-UBND/12"));
    std::vector<std::string> terms = NumberTerms("405/SGDĐT-TCHC");
    CPPUNIT_ASSERT_EQUAL(size_t{2}, terms.size());
    CPPUNIT_ASSERT_EQUAL(std::string("N405/sgddt-tchc"), terms[0]);
    CPPUNIT_ASSERT_EQUAL(std::string("N405/sgddt"), terms[1]);
    terms = NumberTerms("37/2020/TT-BGDĐT");
    CPPUNIT_ASSERT_EQUAL(size_t{3}, terms.size());
    CPPUNIT_ASSERT_EQUAL(std::string("N37/2020/tt"), terms[1]);
    CPPUNIT_ASSERT_EQUAL(std::string("N37/2020"), terms[2]);
    std::vector<std::string> q = QueryNumbers("công văn số 405/SGDĐT, \"37/2020/TT-BGDĐT\" năm 2020");
    CPPUNIT_ASSERT_EQUAL(size_t{2}, q.size());
    CPPUNIT_ASSERT_EQUAL(std::string("405/sgddt"), q[0]);
    CPPUNIT_ASSERT_EQUAL(std::string("37/2020/tt-bgddt"), q[1]);
  }

  void testNumbersFirst() {
    // Documents citing the number in their abstract many times rank below the one with it.
    AddDocument(101, 1, "cong-van", "Công văn", "12/PGDĐT", 2025,
                "Triển khai Thông tư 37/2020/TT-BGDĐT: thực hiện Thông tư 37/2020/TT-BGDĐT về thông tư");
    AddDocument(102, 1, "thong-tu", "Thông tư", "37/2020/TT-BGDĐT", 2020, "Ban hành chương trình giáo dục");
    AddDocument(103, 1, "cong-van", "Công văn", "405/SGDĐT-TCHC", 2025, "Về việc tuyển dụng viên chức");
    AddDocument(104, 1, "cong-van", "Công văn", "406/SGDĐT-TCHC", 2025, "Về việc 405 SGDĐT báo cáo");
    std::vector<uint64_t> ids = DocIds("37/2020/TT-BGDĐT");
    CPPUNIT_ASSERT(!ids.empty());
    CPPUNIT_ASSERT_EQUAL(uint64_t{102}, ids[0]);
    CPPUNIT_ASSERT_EQUAL(uint64_t{102}, DocIds("thông tư 37/2020/tt-bgddt")[0]);
    ids = DocIds("405/SGDĐT");
    CPPUNIT_ASSERT(!ids.empty());
    CPPUNIT_ASSERT_EQUAL(uint64_t{103}, ids[0]);
    CPPUNIT_ASSERT_EQUAL(uint64_t{103}, DocIds("405/sgddt-tchc")[0]);
  }

  void testFacetsFiltersAndSort() {
    AddDocument(201, 1, "quyet-dinh", "Quyết định", "34/QĐ-PGDĐT", 2024, "Quyết định khen thưởng giáo viên");
    AddDocument(202, 2, "quyet-dinh", "Quyết định", "35/QĐ-PGDĐT", 2025, "Quyết định thành lập hội đồng giáo viên");
    AddDocument(203, 1, "ke-hoach", "Kế hoạch", "36/KH-PGDĐT", 2025, "Kế hoạch bồi dưỡng giáo viên");
    Options options;
    options.facets = true;
    Result<Page> page = Search(db_, "giao vien", options, kNow);
    CPPUNIT_ASSERT(page.ok());
    CPPUNIT_ASSERT(page->facets_exact);
    auto count = [](const std::vector<FacetValue>& values, const std::string& v) -> Xapian::doccount {
      for (const FacetValue& f : values) {
        if (f.value == v) return f.count;
      }
      return 0;
    };
    // Articles 2 and 4 say "giáo viên" too.
    CPPUNIT_ASSERT_EQUAL(Xapian::doccount{3}, count(page->kinds, "document"));
    CPPUNIT_ASSERT_EQUAL(Xapian::doccount{2}, count(page->kinds, "article"));
    CPPUNIT_ASSERT_EQUAL(Xapian::doccount{2}, count(page->types, "quyet-dinh|Quyết định"));
    CPPUNIT_ASSERT_EQUAL(Xapian::doccount{1}, count(page->types, "ke-hoach|Kế hoạch"));
    CPPUNIT_ASSERT_EQUAL(Xapian::doccount{2}, count(page->years, "2025"));
    CPPUNIT_ASSERT_EQUAL(Xapian::doccount{1}, count(page->sites, "2"));
    CPPUNIT_ASSERT_EQUAL(std::string("document"), page->kinds[0].value);  // by count
    Options docs;
    docs.kind = "document";
    CPPUNIT_ASSERT_EQUAL(size_t{3}, DocIds("giao vien", docs).size());
    docs.doc_type = "quyet-dinh";
    CPPUNIT_ASSERT_EQUAL(size_t{2}, DocIds("giao vien", docs).size());
    docs.year = 2025;
    std::vector<uint64_t> ids = DocIds("giao vien", docs);
    CPPUNIT_ASSERT_EQUAL(size_t{1}, ids.size());
    CPPUNIT_ASSERT_EQUAL(uint64_t{202}, ids[0]);
    docs = {};
    docs.site_id = 1;
    docs.kind = "document";
    docs.by_date = true;
    ids = DocIds("giao vien", docs);
    CPPUNIT_ASSERT_EQUAL(size_t{2}, ids.size());
    CPPUNIT_ASSERT_EQUAL(uint64_t{203}, ids[0]);  // newer
    CPPUNIT_ASSERT_EQUAL(uint64_t{201}, ids[1]);
    // Stored fields come back.
    Result<Page> one = Search(db_, "34/QĐ-PGDĐT", Options{}, kNow);
    CPPUNIT_ASSERT(one.ok() && !one->hits.empty());
    CPPUNIT_ASSERT_EQUAL(std::string("34/QĐ-PGDĐT"), one->hits[0].item.number);
    CPPUNIT_ASSERT_EQUAL(std::string("Quyết định"), one->hits[0].item.doc_type_name);
    CPPUNIT_ASSERT_EQUAL(2024, one->hits[0].item.year);
  }

  void testSnippetWindow() {
    // A long text with the one match in its middle: the snippet is the window around it,
    // cut with "…" at both ends, never the rest of the text.
    std::string filler;
    for (int i = 0; i < 60; ++i) filler += "Các lớp học sinh hoạt đầu tuần. ";
    Add(40, 3, "Tin dài", filler + "Đội tuyển khúc côn cầu của trường. " + filler);
    std::vector<Hit> hits = Search(db_, "khuc con cau", 3u, kNow, 0, 10)->hits;
    CPPUNIT_ASSERT_EQUAL(size_t{1}, hits.size());
    const std::string& s = hits[0].snippet_html;
    CPPUNIT_ASSERT_MESSAGE(s, s.rfind("… ", 0) == 0);
    CPPUNIT_ASSERT_MESSAGE(s, s.find("<mark>khúc</mark> <mark>côn</mark> <mark>cầu</mark>") != std::string::npos);
    CPPUNIT_ASSERT_MESSAGE(s, s.size() > 3 && s.compare(s.size() - 3, 3, "…") == 0);
    CPPUNIT_ASSERT_MESSAGE(s, s.size() < 300 + 100);
  }

  void testFilesTextSearchableNotStored() {
    AddDocument(301, 1, "cong-van", "Công văn", "1/PGDĐT", 2025, "Về việc phòng chống bão",
                "Nội dung tệp đính kèm: các trường kiểm tra mái che, cây xanh trước mùa mưa lũ.");
    CPPUNIT_ASSERT(Has(DocIds("mai che cay xanh"), 301));
    CPPUNIT_ASSERT(Has(DocIds("\"mùa mưa lũ\""), 301));
  }

  void testSuggestion() {
    CPPUNIT_ASSERT_EQUAL(std::string(""), Suggest(db_, "giáo dục"));
    CPPUNIT_ASSERT_EQUAL(std::string(""), Suggest(db_, "giao duc"));
    CPPUNIT_ASSERT_EQUAL(std::string("tổng kết"), Suggest(db_, "tổng kếtt"));
    CPPUNIT_ASSERT_EQUAL(std::string("\"hội nghị\""), Suggest(db_, "\"hội nghịi\""));
    Options options;
    Result<Page> page = Search(db_, "tổng kếtt", options, kNow);
    CPPUNIT_ASSERT(page.ok());
    CPPUNIT_ASSERT(page->hits.empty());
    CPPUNIT_ASSERT_EQUAL(std::string("tổng kết"), page->suggestion);
  }

 private:
  void Add(uint64_t id, uint32_t site, const std::string& title, const std::string& text,
           std::time_t date = kNow - 86400) {
    Item item;
    item.kind = "article";
    item.id = id;
    item.site_id = site;
    item.title = title;
    item.path = "/bai-viet/" + std::to_string(id) + "-x";
    item.date = date;
    item.text = text;
    IndexItem(db_, item, false, kNow);
  }
  void AddDocument(uint64_t id, uint32_t site, const std::string& type, const std::string& type_name,
                   const std::string& number, int year, const std::string& abstract, const std::string& files = "") {
    Item item;
    item.kind = "document";
    item.id = id;
    item.site_id = site;
    item.title = abstract;
    item.path = "/van-ban/" + std::to_string(id) + "-x";
    item.date = kNow - 86400 * (400 - static_cast<std::time_t>(id));
    item.text = abstract;
    item.doc_type = type;
    item.doc_type_name = type_name;
    item.number = number;
    item.year = year;
    item.extra_text = files;
    IndexItem(db_, item, false, kNow);
  }
  std::vector<uint64_t> DocIds(const std::string& q, Options options = {}) {
    Result<Page> page = Search(db_, q, options, kNow);
    CPPUNIT_ASSERT_MESSAGE(unit::Quote(q) + " " + page.status().ToString(), page.ok());
    std::vector<uint64_t> ids;
    for (const Hit& h : page->hits) ids.push_back(h.item.id);
    return ids;
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
  std::string dir_;
};

CPPUNIT_TEST_SUITE_REGISTRATION(SearchIndexTest);

}  // namespace
}  // namespace core::search
