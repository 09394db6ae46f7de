// Tests for modules/core/textextract.cc: the text of a real PDF with Vietnamese text, of
// DOCX and XLSX files made here with libzip, OCR of an image-only PDF; malformed,
// truncated and zip-bomb files refused; the time and CPU limits of the children.
#include "core/textextract.h"

#include <cppunit/extensions/HelperMacros.h>
#include <unistd.h>
#include <zip.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "unit/check.h"

namespace core::textextract {
namespace {

// A fixture's path, from the working directory (`make check` runs at the root) or next
// to the binary (build/bin/../../tests/...).
std::string FixturePath(const std::string& name) {
  const std::string relative = "tests/unit/fixtures/textextract/" + name;
  if (access(relative.c_str(), R_OK) == 0) return relative;
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    std::string dir(exe, static_cast<size_t>(n));
    dir = dir.substr(0, dir.rfind('/'));
    return dir + "/../../" + relative;
  }
  return relative;
}

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void Write(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

// A zip with the given entries (name, content), deflated.
void MakeZip(const std::string& path, const std::vector<std::pair<std::string, std::string>>& entries) {
  std::remove(path.c_str());
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  CPPUNIT_ASSERT(zip != nullptr);
  for (const auto& [name, content] : entries) {
    // libzip frees the copy when done (freep = 1).
    void* copy = malloc(content.size() ? content.size() : 1);
    std::memcpy(copy, content.data(), content.size());
    zip_source_t* src = zip_source_buffer(zip, copy, content.size(), 1);
    CPPUNIT_ASSERT(src != nullptr);
    CPPUNIT_ASSERT(zip_file_add(zip, name.c_str(), src, ZIP_FL_ENC_UTF_8) >= 0);
  }
  CPPUNIT_ASSERT_EQUAL(0, zip_close(zip));
}

const char kDocumentXml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
    "<w:p><w:r><w:t>CÔNG VĂN</w:t></w:r></w:p>"
    "<w:p><w:r><w:t xml:space=\"preserve\">Về việc tổ chức </w:t></w:r><w:r><w:t>hội giảng</w:t></w:r>"
    "<w:r><w:tab/><w:t>cấp huyện &amp; trường</w:t></w:r></w:p>"
    "</w:body></w:document>";

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class TextExtractTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(TextExtractTest);
  CPPUNIT_TEST(testPdf);
  CPPUNIT_TEST(testDocx);
  CPPUNIT_TEST(testXlsx);
  CPPUNIT_TEST(testMalformedPdf);
  CPPUNIT_TEST(testTruncatedDocx);
  CPPUNIT_TEST(testZipBomb);
  CPPUNIT_TEST(testEntityExpansionRefused);
  CPPUNIT_TEST(testUnknownFormat);
  CPPUNIT_TEST(testScanNeedsOcr);
  CPPUNIT_TEST(testOcr);
  CPPUNIT_TEST(testWallClockLimit);
  CPPUNIT_TEST(testCpuLimit);
  CPPUNIT_TEST_SUITE_END();

 public:
  void setUp() override {
    char dir[] = "/tmp/textextract-test-XXXXXX";
    CPPUNIT_ASSERT(mkdtemp(dir) != nullptr);
    dir_ = dir;
  }
  void tearDown() override {
    std::string cmd = "rm -rf '" + dir_ + "'";
    CPPUNIT_ASSERT_EQUAL(0, std::system(cmd.c_str()));
  }

  void testPdf() {
    std::string path = FixturePath("vietnamese.pdf");
    CPPUNIT_ASSERT(Detect(path) == Format::kPdf);
    Result<std::string> text = Extract(path);
    CPPUNIT_ASSERT_MESSAGE(text.status().ToString(), text.ok());
    CPPUNIT_ASSERT_MESSAGE(unit::Quote(*text), Has(*text, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"));
    CPPUNIT_ASSERT(Has(*text, "37/2020/TT-BGDĐT"));
    CPPUNIT_ASSERT(Has(*text, "khủng long xanh"));
    CPPUNIT_ASSERT(!Has(*text, "\n"));  // whitespace runs collapsed
    CPPUNIT_ASSERT(!NeedsOcr(*text));
  }

  void testDocx() {
    std::string path = dir_ + "/a.docx";
    MakeZip(path, {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", kDocumentXml}});
    CPPUNIT_ASSERT(Detect(path) == Format::kDocx);
    Result<std::string> text = Extract(path);
    CPPUNIT_ASSERT_MESSAGE(text.status().ToString(), text.ok());
    CPPUNIT_ASSERT_EQUAL(std::string("CÔNG VĂN Về việc tổ chức hội giảng cấp huyện & trường"), *text);
  }

  void testXlsx() {
    std::string path = dir_ + "/a.xlsx";
    MakeZip(path, {{"xl/workbook.xml", "<workbook/>"},
                   {"xl/sharedStrings.xml",
                    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    "<si><t>Mã hồ sơ</t></si><si><r><t>Lệ phí </t></r><r><t>tuyển sinh</t></r></si></sst>"}});
    CPPUNIT_ASSERT(Detect(path) == Format::kXlsx);
    Result<std::string> text = Extract(path);
    CPPUNIT_ASSERT_MESSAGE(text.status().ToString(), text.ok());
    CPPUNIT_ASSERT_EQUAL(std::string("Mã hồ sơ Lệ phí tuyển sinh"), *text);
  }

  void testMalformedPdf() {
    std::string path = dir_ + "/bad.pdf";
    Write(path, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nendobj\ntrailer << /Root 1 0 R >>\n\xff\xfe garbage");
    Result<std::string> text = Extract(path);
    // Either refused or nothing: never a crash, never junk bytes.
    if (text.ok()) {
      CPPUNIT_ASSERT(NeedsOcr(*text));
    } else {
      CPPUNIT_ASSERT(text.status().IsInvalid());
    }
    // Half of the real PDF.
    std::string half = Read(FixturePath("vietnamese.pdf"));
    Write(path, half.substr(0, half.size() / 2));
    Result<std::string> cut = Extract(path);
    CPPUNIT_ASSERT(cut.ok() || cut.status().IsInvalid());
  }

  void testTruncatedDocx() {
    std::string path = dir_ + "/a.docx";
    MakeZip(path, {{"word/document.xml", std::string(kDocumentXml) + std::string(5000, ' ')}});
    std::string bytes = Read(path);
    Write(path, bytes.substr(0, bytes.size() - 40));  // the end of the central directory is gone
    Result<std::string> text = Extract(path);
    CPPUNIT_ASSERT(!text.ok());
    CPPUNIT_ASSERT(text.status().IsInvalid());
    // A zip without the part.
    MakeZip(path, {{"word/other.xml", "<x/>"}, {"word/document.xml.rels", "<x/>"}});
    Result<std::string> missing = Extract(path);
    CPPUNIT_ASSERT(!missing.ok());
    // Broken XML inside.
    MakeZip(path, {{"word/document.xml", "<w:document><w:p><w:t>dở dang"}});
    Result<std::string> broken = Extract(path);
    CPPUNIT_ASSERT(!broken.ok() || broken->size() < 40);
  }

  void testZipBomb() {
    std::string path = dir_ + "/bomb.docx";
    // 8 MB of one byte deflates to a few KB.
    MakeZip(path, {{"word/document.xml", std::string(8u << 20, 'a')}});
    CPPUNIT_ASSERT(Read(path).size() < 100000);
    Limits limits;
    limits.max_entry = 1u << 20;
    Result<std::string> text = Extract(path, limits);
    CPPUNIT_ASSERT(!text.ok());
    CPPUNIT_ASSERT_EQUAL(std::string("Tệp quá lớn khi giải nén."), text.status().user_message());
  }

  void testEntityExpansionRefused() {
    std::string path = dir_ + "/lol.docx";
    std::string xml =
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
        "<w:document xmlns:w=\"x\"><w:p><w:t>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</w:t></w:p></w:document>";
    MakeZip(path, {{"word/document.xml", xml}});
    Result<std::string> text = Extract(path);
    // Entities are not substituted: no 100,000 letters.
    CPPUNIT_ASSERT(!text.ok() || text->size() < 1000);
  }

  void testUnknownFormat() {
    std::string path = dir_ + "/x.pdf";
    Write(path, "MZ\x90\x00 not a document");
    CPPUNIT_ASSERT(Detect(path) == Format::kUnknown);
    CPPUNIT_ASSERT(Extract(path).status().IsInvalid());
    CPPUNIT_ASSERT(Detect(dir_ + "/none") == Format::kUnknown);
    CPPUNIT_ASSERT(Detect(dir_) == Format::kUnknown);
  }

  void testScanNeedsOcr() {
    Result<std::string> text = Extract(FixturePath("scan.pdf"));
    CPPUNIT_ASSERT_MESSAGE(text.status().ToString(), text.ok());
    CPPUNIT_ASSERT(NeedsOcr(*text));
  }

  void testOcr() {
    Result<std::string> text = Ocr(FixturePath("scan.pdf"));
    CPPUNIT_ASSERT_MESSAGE(text.status().ToString(), text.ok());
    CPPUNIT_ASSERT_MESSAGE(unit::Quote(*text), Has(*text, "Tuyển sinh"));
    CPPUNIT_ASSERT_MESSAGE(unit::Quote(*text), Has(*text, "đăng ký"));
  }

  void testWallClockLimit() {
    Limits limits;
    limits.wall_ms = 300;
    auto start = std::chrono::steady_clock::now();
    Result<std::string> out = RunTool({"sleep", "5"}, limits);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    CPPUNIT_ASSERT(!out.ok());
    CPPUNIT_ASSERT(out.status().IsUnavailable());
    CPPUNIT_ASSERT_MESSAGE(std::to_string(ms), ms < 2000);
  }

  void testCpuLimit() {
    Limits limits;
    limits.cpu_seconds = 1;
    Result<std::string> out = RunTool({"sh", "-c", "while :; do :; done"}, limits);
    CPPUNIT_ASSERT(!out.ok());
    CPPUNIT_ASSERT_MESSAGE(out.status().ToString(), out.status().IsUnavailable());
    Result<std::string> echo = RunTool({"echo", "xin chào"}, limits);
    CPPUNIT_ASSERT(echo.ok());
    CPPUNIT_ASSERT_EQUAL(std::string("xin chào\n"), *echo);
  }

 private:
  std::string dir_;
};

CPPUNIT_TEST_SUITE_REGISTRATION(TextExtractTest);

}  // namespace
}  // namespace core::textextract
