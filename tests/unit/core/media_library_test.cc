// Tests for what the media library (modules/admin/media.cc) asks of core/upload.h: an MP4
// video is sniffed from its bytes as video/mp4 (stored as .mp4), and what only looks like
// one by name is refused.
#include <cppunit/extensions/HelperMacros.h>

#include <string>
#include <string_view>

#include "core/upload.h"

namespace core {
namespace {

// An ISO base media file's first box: "ftyp", brand "isom".
const std::string kMp4("\x00\x00\x00\x20" "ftypisom\x00\x00\x02\x00" "isomiso2avc1mp41"
                       "\x00\x00\x00\x08" "free", 40);
constexpr std::string_view kVideos[] = {"video/mp4"};

class MediaLibraryTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(MediaLibraryTest);
  CPPUNIT_TEST(testMp4IsSniffedFromItsBytes);
  CPPUNIT_TEST(testNotAnMp4IsRefused);
  CPPUNIT_TEST_SUITE_END();

 public:
  void testMp4IsSniffedFromItsBytes() {
    Result<upload::Type> type = upload::Sniff(kMp4, kVideos);
    CPPUNIT_ASSERT_MESSAGE(type.status().ToString(), type.ok());
    CPPUNIT_ASSERT_EQUAL(std::string("video/mp4"), type->mime);
    CPPUNIT_ASSERT_EQUAL(std::string("mp4"), type->extension);
    CPPUNIT_ASSERT_EQUAL(std::string("MP4"), upload::Describe(kVideos));
  }

  void testNotAnMp4IsRefused() {
    for (std::string_view forged : {std::string_view("<html><script>alert(1)</script></html>"),
                                    std::string_view("<?php echo 1; ?>"), std::string_view("ftypisom")}) {
      Result<upload::Type> type = upload::Sniff(forged, kVideos);
      CPPUNIT_ASSERT(!type.ok());
      CPPUNIT_ASSERT(type.status().IsInvalid());
      CPPUNIT_ASSERT_EQUAL(std::string("Tệp không đúng định dạng cho phép (chỉ nhận MP4)."), type.status().user_message());
    }
    // Images only: an MP4 is not one.
    CPPUNIT_ASSERT(!upload::Sniff(kMp4, upload::kImages).ok());
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(MediaLibraryTest);

}  // namespace
}  // namespace core
