// Images through libvips: the size of an image and the thumbnails the public pages use
// (responsive `srcset` widths), written beside the original as "<base>-<width>.jpg".
#ifndef EDUPORTAL_CORE_IMAGE_H_
#define EDUPORTAL_CORE_IMAGE_H_

#include <span>
#include <string>
#include <vector>

#include "core/status.h"

namespace core::image {

// The widths the public pages ask for, smallest first.
inline constexpr int kThumbWidths[] = {320, 640, 1024};

struct Info {
  int width = 0;
  int height = 0;
};

// Starts libvips once per process (thread-safe; later calls do nothing). Internal when
// libvips cannot start.
Status Init(const char* program_name);

// Invalid (with a Vietnamese message) when the file is not an image libvips reads.
Result<Info> Probe(const std::string& path);

// Writes "<dest_base>-<w>.jpg" for each width in `widths` below the image's own width
// (and the smallest always, so every image has one), keeping the aspect ratio; returns
// the widths written. Invalid when the source is not an image; Internal on write errors.
Result<std::vector<int>> MakeThumbnails(const std::string& source, const std::string& dest_base,
                                        std::span<const int> widths = kThumbWidths);

// Converts any image libvips reads (JPEG, PNG, WebP, SVG…) to a JPEG at most
// `max_width` wide. Used for demo images drawn as SVG.
Status ToJpeg(const std::string& source, const std::string& dest, int max_width);

}  // namespace core::image

#endif  // EDUPORTAL_CORE_IMAGE_H_
