// Tests for the shared pieces behind every upload and mail: multipart/form-data parsing
// (core/http.h), sniffing and saving files (core/upload.h), and composing queued mail
// (core/outbox.h).
#include <cppunit/extensions/HelperMacros.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/http.h"
#include "core/outbox.h"
#include "core/upload.h"
#include "unit/check.h"

namespace core {
namespace {

const std::string kType = "multipart/form-data; boundary=----WebKitFormBoundaryX3u";
const std::string kPng("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00", 29);
const std::string kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n";

std::string Part(const std::string& disposition, const std::string& content) {
  return "------WebKitFormBoundaryX3u\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n" + content + "\r\n";
}
const std::string kEnd = "------WebKitFormBoundaryX3u--\r\n";

class UploadTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(UploadTest);
  CPPUNIT_TEST(testMultipartFieldsAndFiles);
  CPPUNIT_TEST(testMultipartBinaryContentWithCrlf);
  CPPUNIT_TEST(testMultipartDropsEmptyFileInput);
  CPPUNIT_TEST(testMultipartStripsPathsFromFilenames);
  CPPUNIT_TEST(testMultipartMalformed);
  CPPUNIT_TEST(testMultipartLimits);
  CPPUNIT_TEST(testSniffAllowsByContentNotName);
  CPPUNIT_TEST(testSniffRefusesDisguisedFiles);
  CPPUNIT_TEST(testSaveWritesUnderRandomNames);
  CPPUNIT_TEST(testContentDisposition);
  CPPUNIT_TEST(testSendPrivate);
  CPPUNIT_TEST(testMailAddress);
  CPPUNIT_TEST(testComposeEncodesVietnameseSubject);
  CPPUNIT_TEST_SUITE_END();

 public:
  void testMultipartFieldsAndFiles() {
    std::string body = Part("name=\"csrf\"", "abc") + Part("name=\"tieu_de\"", "Thông báo") +
                       Part("name=\"tep\"; filename=\"Công văn.pdf\"\r\nContent-Type: application/pdf", kPdf) + kEnd;
    Params form;
    std::vector<UploadedFile> files;
    Status s = ParseMultipart(kType, body, &form, &files);
    CPPUNIT_ASSERT_MESSAGE(s.ToString(), s.ok());
    CPPUNIT_ASSERT_EQUAL(size_t{2}, form.size());
    CPPUNIT_ASSERT_EQUAL(std::string("csrf"), form[0].first);
    CPPUNIT_ASSERT_EQUAL(std::string("abc"), form[0].second);
    CPPUNIT_ASSERT_EQUAL(std::string("Thông báo"), form[1].second);
    CPPUNIT_ASSERT_EQUAL(size_t{1}, files.size());
    CPPUNIT_ASSERT_EQUAL(std::string("tep"), files[0].field);
    CPPUNIT_ASSERT_EQUAL(std::string("Công văn.pdf"), files[0].filename);
    CPPUNIT_ASSERT_EQUAL(kPdf, files[0].data);

    Request r;
    r.files = files;
    CPPUNIT_ASSERT(r.File("tep") != nullptr);
    CPPUNIT_ASSERT(r.File("khac") == nullptr);
  }

  void testMultipartBinaryContentWithCrlf() {
    // Content may hold CRLF and dashes; only CRLF + the whole delimiter ends a part.
    std::string tricky = "a\r\n------WebKitFormBoundaryX3\r\n--\r\nb";
    tricky += std::string("\x00\xff", 2);
    std::string body = Part("name=\"f\"; filename=\"x.bin\"", tricky) + kEnd;
    Params form;
    std::vector<UploadedFile> files;
    CPPUNIT_ASSERT(ParseMultipart(kType, body, &form, &files).ok());
    CPPUNIT_ASSERT_EQUAL(size_t{1}, files.size());
    CPPUNIT_ASSERT_EQUAL(tricky, files[0].data);
    // A quoted boundary, as some clients send it.
    Params form2;
    std::vector<UploadedFile> files2;
    CPPUNIT_ASSERT(ParseMultipart("multipart/form-data; boundary=\"----WebKitFormBoundaryX3u\"", body, &form2, &files2).ok());
    CPPUNIT_ASSERT_EQUAL(size_t{1}, files2.size());
  }

  void testMultipartDropsEmptyFileInput() {
    std::string body = Part("name=\"tep\"; filename=\"\"\r\nContent-Type: application/octet-stream", "") +
                       Part("name=\"a\"", "") + kEnd;
    Params form;
    std::vector<UploadedFile> files;
    CPPUNIT_ASSERT(ParseMultipart(kType, body, &form, &files).ok());
    CPPUNIT_ASSERT(files.empty());
    CPPUNIT_ASSERT_EQUAL(size_t{1}, form.size());
    CPPUNIT_ASSERT_EQUAL(std::string(""), form[0].second);
  }

  void testMultipartStripsPathsFromFilenames() {
    std::string body = Part("name=\"f\"; filename=\"C:\\\\Users\\\\a\\\\..\\\\x.pdf\"", "1") +
                       Part("name=\"g\"; filename=\"../../etc/passwd\"", "2") + kEnd;
    Params form;
    std::vector<UploadedFile> files;
    CPPUNIT_ASSERT(ParseMultipart(kType, body, &form, &files).ok());
    CPPUNIT_ASSERT_EQUAL(size_t{2}, files.size());
    CPPUNIT_ASSERT_EQUAL(std::string("x.pdf"), files[0].filename);
    CPPUNIT_ASSERT_EQUAL(std::string("passwd"), files[1].filename);
  }

  void testMultipartMalformed() {
    const char* bad_types[] = {"multipart/form-data", "multipart/form-data; boundary=",
                               "multipart/form-data; boundary=\"unterminated"};
    for (const char* t : bad_types) {
      Params form;
      std::vector<UploadedFile> files;
      CPPUNIT_ASSERT_MESSAGE(t, ParseMultipart(t, Part("name=\"a\"", "1") + kEnd, &form, &files).IsInvalid());
    }
    const std::string bad_bodies[] = {
        "",                                                                  // nothing
        Part("name=\"a\"", "1"),                                             // no close delimiter
        "------WebKitFormBoundaryX3u\r\nContent-Disposition: form-data; name=\"a\"\r\n1\r\n" + kEnd,  // no blank line
        Part("filename=\"x\"", "1") + kEnd,                                  // no name
        "------WebKitFormBoundaryX3u\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\n1\r\n" + kEnd,
        "------WebKitFormBoundaryX3u\r\nX: y\r\n\r\n1\r\n" + kEnd,           // no disposition
        "------WebKitFormBoundaryX3uGARBAGE",
    };
    for (const std::string& b : bad_bodies) {
      Params form;
      std::vector<UploadedFile> files;
      Status s = ParseMultipart(kType, b, &form, &files);
      CPPUNIT_ASSERT_MESSAGE(unit::Quote(b), s.IsInvalid());
      CPPUNIT_ASSERT(!s.user_message().empty());
    }
  }

  void testMultipartLimits() {
    std::string body;
    for (int i = 0; i < 4; ++i) body += Part("name=\"f\"; filename=\"a.pdf\"", "x");
    body += kEnd;
    Params form;
    std::vector<UploadedFile> files;
    MultipartLimits limits;
    limits.max_files = 3;
    CPPUNIT_ASSERT(ParseMultipart(kType, body, &form, &files, limits).IsInvalid());
    std::string huge_header = "------WebKitFormBoundaryX3u\r\nContent-Disposition: form-data; name=\"a\"\r\nX: " +
                              std::string(5000, 'y') + "\r\n\r\n1\r\n" + kEnd;
    Params form2;
    std::vector<UploadedFile> files2;
    CPPUNIT_ASSERT(ParseMultipart(kType, huge_header, &form2, &files2).IsInvalid());
  }

  void testSniffAllowsByContentNotName() {
    Result<upload::Type> png = upload::Sniff(kPng, upload::kImages);
    CPPUNIT_ASSERT_MESSAGE(png.status().ToString(), png.ok());
    CPPUNIT_ASSERT_EQUAL(std::string("image/png"), png->mime);
    CPPUNIT_ASSERT_EQUAL(std::string("png"), png->extension);
    Result<upload::Type> pdf = upload::Sniff(kPdf, upload::kDocuments);
    CPPUNIT_ASSERT_MESSAGE(pdf.status().ToString(), pdf.ok());
    CPPUNIT_ASSERT_EQUAL(std::string("pdf"), pdf->extension);
    CPPUNIT_ASSERT(upload::Sniff(kPdf, upload::kFeedback).ok());
    CPPUNIT_ASSERT(upload::Sniff(kPng, upload::kFeedback).ok());
  }

  void testSniffRefusesDisguisedFiles() {
    const std::string html = "<!DOCTYPE html><html><script>alert(1)</script></html>";
    Result<upload::Type> r = upload::Sniff(html, upload::kImages);
    CPPUNIT_ASSERT(r.status().IsInvalid());
    CPPUNIT_ASSERT(r.status().user_message().find("JPEG") != std::string::npos);
    CPPUNIT_ASSERT(upload::Sniff(kPdf, upload::kImages).status().IsInvalid());    // a PDF is not an image
    CPPUNIT_ASSERT(upload::Sniff(kPng, upload::kDocuments).status().IsInvalid());  // nor an image a document
    CPPUNIT_ASSERT(upload::Sniff("", upload::kDocuments).status().IsInvalid());
    CPPUNIT_ASSERT(upload::Sniff("#!/bin/sh\nrm -rf /\n", upload::kDocuments).status().IsInvalid());
    CPPUNIT_ASSERT_EQUAL(std::string("PDF, JPEG, PNG, DOCX"), upload::Describe(upload::kFeedback));
  }

  void testSaveWritesUnderRandomNames() {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("eduportal-upload-test-" + std::to_string(::getpid()));
    Result<upload::Saved> a = upload::Save(dir.string(), kPdf, upload::Type{"application/pdf", "pdf"});
    Result<upload::Saved> b = upload::Save(dir.string(), kPdf, upload::Type{"application/pdf", "pdf"});
    CPPUNIT_ASSERT_MESSAGE(a.status().ToString(), a.ok() && b.ok());
    CPPUNIT_ASSERT(a->path != b->path);
    CPPUNIT_ASSERT_EQUAL(a->sha256, b->sha256);
    CPPUNIT_ASSERT_EQUAL(size_t{64}, a->sha256.size());
    CPPUNIT_ASSERT_EQUAL(static_cast<uint64_t>(kPdf.size()), a->size);
    CPPUNIT_ASSERT(a->path.size() > 4 && a->path.substr(a->path.size() - 4) == ".pdf");
    std::ifstream in(dir / a->path, std::ios::binary);
    std::stringstream got;
    got << in.rdbuf();
    CPPUNIT_ASSERT_EQUAL(kPdf, got.str());
    upload::Remove(dir.string(), a->path);
    CPPUNIT_ASSERT(!fs::exists(dir / a->path));
    fs::remove_all(dir);
  }

  void testContentDisposition() {
    CPPUNIT_ASSERT_EQUAL(std::string("attachment; filename=\"Cng vn s 12.pdf\"; filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20s%E1%BB%91%2012.pdf"),
                         upload::ContentDisposition("Công văn số 12.pdf", false));
    std::string evil = upload::ContentDisposition("a\"; x=\"\r\nSet-Cookie: y.pdf", true);
    CPPUNIT_ASSERT(evil.rfind("inline; filename=\"a__ x=___Set-Cookie: y.pdf\"", 0) == 0);
    CPPUNIT_ASSERT(evil.find('\r') == std::string::npos && evil.find('\n') == std::string::npos);
  }

  void testSendPrivate() {
    Response r = upload::SendPrivate("2026/11/ab.pdf", "application/pdf", "x.pdf", true);
    CPPUNIT_ASSERT_EQUAL(200, r.status);
    CPPUNIT_ASSERT_EQUAL(std::string("X-Accel-Redirect"), r.headers[0].first);
    CPPUNIT_ASSERT_EQUAL(std::string("/_private/2026/11/ab.pdf"), r.headers[0].second);
    CPPUNIT_ASSERT(r.body.empty());
    CPPUNIT_ASSERT_EQUAL(404, upload::SendPrivate("../../etc/passwd", "text/plain", "p", false).status);
    CPPUNIT_ASSERT_EQUAL(404, upload::SendPrivate("/etc/passwd", "text/plain", "p", false).status);
  }

  void testMailAddress() {
    CPPUNIT_ASSERT(outbox::IsAddress("phuhuynh@gmail.com"));
    CPPUNIT_ASSERT(outbox::IsAddress("c2nguyenvantroi@thanhbinh.edu.vn"));
    const char* bad[] = {"", "a", "a@", "@b.vn", "a@b", "a@@b.vn", "a b@c.vn", "a@b.vn\r\nBcc: x@y.vn",
                         "<a@b.vn>", "a@b..vn", "a@.b.vn", "a,b@c.vn"};
    for (const char* a : bad) CPPUNIT_ASSERT_MESSAGE(unit::Quote(a), !outbox::IsAddress(a));
  }

  void testComposeEncodesVietnameseSubject() {
    outbox::Mail m{1, "ph@example.vn", "Trả lời góp ý\r\nBcc: evil@example.vn", "Nội dung\n", "feedback-answer"};
    std::string msg = outbox::Compose("no-reply@pgd.edu.vn", m, 1700000000, 42);
    CPPUNIT_ASSERT(msg.find("To: ph@example.vn\n") != std::string::npos);
    CPPUNIT_ASSERT(msg.find("Subject: =?UTF-8?B?") != std::string::npos);
    CPPUNIT_ASSERT(msg.find("\nBcc:") == std::string::npos);  // no header injection
    CPPUNIT_ASSERT(msg.find("Message-ID: <outbox-42-1700000000@pgd.edu.vn>") != std::string::npos);
    CPPUNIT_ASSERT(msg.find("Content-Type: text/plain; charset=utf-8") != std::string::npos);
    const std::string tail = "\n\nNội dung\n";
    CPPUNIT_ASSERT(msg.size() > tail.size() && msg.substr(msg.size() - tail.size()) == tail);
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(UploadTest);

}  // namespace
}  // namespace core
