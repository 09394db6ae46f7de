// Uploaded media on disk: files kept under <data>/uploads/YYYY/MM/ with random names
// (never the uploaded name), their SHA-256 and, for images, thumbnails; the database
// row is what finds them, so a shared file store can serve several hosts.
#ifndef EDUPORTAL_CORE_MEDIA_H_
#define EDUPORTAL_CORE_MEDIA_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/db.h"
#include "core/status.h"

namespace core::media {

struct Stored {
  uint64_t id = 0;
  std::string path;  // relative to the uploads folder
  int width = 0, height = 0;
  std::vector<int> thumb_widths;
};

// Lower-case hex SHA-256 of a file; Unavailable when it cannot be read.
Result<std::string> Sha256File(const std::string& path);

// Copies the image at `source` into `uploads_dir`, makes its thumbnails and inserts its
// media row for `site_id`. Invalid when it is not an image; nothing is left behind on
// failure.
Result<Stored> StoreImage(Db& db, const std::string& uploads_dir, uint32_t site_id,
                          const std::string& source, std::string_view original_name,
                          std::string_view alt);

// Copies a file that is not an image (an MP4 video, a PDF) into `uploads_dir` with a
// random name and inserts its media row. `kind` is "video" or "file"; `mime_type` is what
// the caller sniffed. Nothing is left behind on failure.
Result<Stored> StoreFile(Db& db, const std::string& uploads_dir, uint32_t site_id,
                         const std::string& source, std::string_view original_name,
                         std::string_view kind, std::string_view mime_type, std::string_view extension);

// "/uploads/<path>"
std::string Url(std::string_view path);
// "/uploads/<path without extension>-<width>.jpg"
std::string ThumbUrl(std::string_view path, int width);
// "… 320w, … 640w" for the widths in "320,640,1024"; empty when there are none.
std::string Srcset(std::string_view path, std::string_view thumb_widths);
// The URL of the smallest thumbnail at least `want` wide (or the largest there is);
// the original when there are none.
std::string BestThumb(std::string_view path, std::string_view thumb_widths, int want);

}  // namespace core::media

#endif  // EDUPORTAL_CORE_MEDIA_H_
