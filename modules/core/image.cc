// Thumbnails with libvips (VImage::thumbnail shrinks on load, so large photos stay cheap).
#include "core/image.h"

#include <vips/vips8>

#include <mutex>

namespace core::image {
namespace {

std::once_flag g_init_once;
bool g_init_ok = false;

Status Untrusted(const vips::VError& e, const std::string& path) {
  return Status::Invalid("Tệp không phải là ảnh hợp lệ.", path + ": " + e.what());
}

}  // namespace

Status Init(const char* program_name) {
  std::call_once(g_init_once, [&] {
    g_init_ok = VIPS_INIT(program_name) == 0;
    if (g_init_ok) {
      // Bounded memory on a 1 GB VPS: a small operation cache.
      vips_cache_set_max(20);
      vips_cache_set_max_mem(32 * 1024 * 1024);
    }
  });
  return g_init_ok ? Status() : Status::Internal("libvips did not start");
}

Result<Info> Probe(const std::string& path) {
  Status s = Init("eduportal");
  if (!s.ok()) return s;
  try {
    vips::VImage img = vips::VImage::new_from_file(path.c_str(),
                                                   vips::VImage::option()->set("access", VIPS_ACCESS_SEQUENTIAL));
    return Info{img.width(), img.height()};
  } catch (const vips::VError& e) {
    return Untrusted(e, path);
  }
}

Result<std::vector<int>> MakeThumbnails(const std::string& source, const std::string& dest_base,
                                        std::span<const int> widths) {
  Result<Info> info = Probe(source);
  if (!info.ok()) return info.status();
  std::vector<int> made;
  try {
    for (size_t i = 0; i < widths.size(); ++i) {
      int w = widths[i];
      if (i > 0 && w >= info->width) break;
      vips::VImage thumb = vips::VImage::thumbnail(
          source.c_str(), std::min(w, info->width),
          vips::VImage::option()->set("size", VIPS_SIZE_DOWN)->set("no_rotate", false));
      std::string dest = dest_base + "-" + std::to_string(w) + ".jpg";
      thumb.jpegsave(dest.c_str(), vips::VImage::option()->set("Q", 80)->set("strip", true)->set(
                                       "optimize_coding", true)->set("interlace", true));
      made.push_back(w);
    }
  } catch (const vips::VError& e) {
    return Status::Internal(std::string("thumbnail of ") + source + ": " + e.what());
  }
  return made;
}

Status ToJpeg(const std::string& source, const std::string& dest, int max_width) {
  Result<Info> info = Probe(source);
  if (!info.ok()) return info.status();
  try {
    vips::VImage img = vips::VImage::thumbnail(source.c_str(), std::min(max_width, info->width),
                                               vips::VImage::option()->set("size", VIPS_SIZE_DOWN));
    if (img.has_alpha()) img = img.flatten(vips::VImage::option()->set("background", std::vector<double>{255, 255, 255}));
    img.jpegsave(dest.c_str(), vips::VImage::option()->set("Q", 85)->set("strip", true));
  } catch (const vips::VError& e) {
    return Status::Internal(std::string("convert ") + source + ": " + e.what());
  }
  return Status();
}

}  // namespace core::image
