// Storing uploaded images and naming their thumbnails.
#include "core/media.h"

#include <openssl/evp.h>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <memory>

#include "core/image.h"
#include "core/password.h"
#include "core/upload.h"
#include "core/vntext.h"

namespace core::media {
namespace {

namespace fs = std::filesystem;

std::vector<int> ParseWidths(std::string_view list) {
  std::vector<int> widths;
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string_view item = list.substr(0, comma);
    int w = 0;
    auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), w);
    if (ec == std::errc() && end == item.data() + item.size() && w > 0) widths.push_back(w);
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
  }
  return widths;
}

// Copies `source` to <uploads_dir>/<path>, making its folders; returns the new file.
Result<fs::path> CopyInto(const std::string& uploads_dir, const std::string& path, const std::string& source) {
  std::error_code ec;
  fs::path dest = fs::path(uploads_dir) / path;
  fs::create_directories(dest.parent_path(), ec);
  if (ec) return Status::Internal("mkdir " + dest.parent_path().string() + ": " + ec.message());
  fs::copy_file(source, dest, fs::copy_options::overwrite_existing, ec);
  if (ec) return Status::Internal("copy to " + dest.string() + ": " + ec.message());
  return dest;
}

std::string_view Stem(std::string_view path) {
  size_t dot = path.rfind('.');
  size_t slash = path.rfind('/');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return path;
  return path.substr(0, dot);
}

}  // namespace

Result<std::string> Sha256File(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Unavailable("cannot read " + path);
  std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) {
    return Status::Internal("sha256 init");
  }
  char buf[65536];
  while (in) {
    in.read(buf, sizeof buf);
    if (in.gcount() > 0 && EVP_DigestUpdate(ctx.get(), buf, static_cast<size_t>(in.gcount())) != 1) {
      return Status::Internal("sha256 update");
    }
  }
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_DigestFinal_ex(ctx.get(), digest, &len) != 1) return Status::Internal("sha256 final");
  static const char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned i = 0; i < len; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 15];
  }
  return hex;
}

Result<Stored> StoreImage(Db& db, const std::string& uploads_dir, uint32_t site_id,
                          const std::string& source, std::string_view original_name,
                          std::string_view alt) {
  Result<image::Info> info = image::Probe(source);
  if (!info.ok()) return info.status();
  Result<std::string> sha = Sha256File(source);
  if (!sha.ok()) return sha.status();
  std::string ext = fs::path(source).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext != ".jpg" && ext != ".jpeg" && ext != ".png" && ext != ".webp" && ext != ".gif") ext = ".jpg";
  Result<std::string> path = upload::RandomPath(ext.substr(1));
  if (!path.ok()) return path.status();
  Stored stored;
  stored.path = *path;
  stored.width = info->width;
  stored.height = info->height;

  Result<fs::path> copied = CopyInto(uploads_dir, stored.path, source);
  if (!copied.ok()) return copied.status();
  fs::path dest = *copied;
  std::error_code ec;
  std::string base = (fs::path(uploads_dir) / std::string(Stem(stored.path))).string();
  auto remove_all = [&] {
    fs::remove(dest, ec);
    for (int w : image::kThumbWidths) fs::remove(base + "-" + std::to_string(w) + ".jpg", ec);
  };
  Result<std::vector<int>> thumbs = image::MakeThumbnails(dest.string(), base);
  if (!thumbs.ok()) {
    remove_all();
    return thumbs.status();
  }
  stored.thumb_widths = *thumbs;
  std::string widths;
  for (int w : stored.thumb_widths) widths += (widths.empty() ? "" : ",") + std::to_string(w);
  std::string mime = ext == ".png" ? "image/png" : ext == ".webp" ? "image/webp" : ext == ".gif" ? "image/gif" : "image/jpeg";
  Result<ExecResult> row = db.Execute(
      "INSERT INTO media (site_id, kind, path, original_name, mime_type, size_bytes, sha256, "
      "width, height, thumb_widths, alt) VALUES (?, 'image', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {site_id, stored.path, original_name, mime, static_cast<long long>(fs::file_size(dest, ec)),
       *sha, stored.width, stored.height, widths, alt});
  if (!row.ok()) {
    remove_all();
    return row.status();
  }
  stored.id = row->insert_id;
  return stored;
}

Result<Stored> StoreFile(Db& db, const std::string& uploads_dir, uint32_t site_id,
                         const std::string& source, std::string_view original_name,
                         std::string_view kind, std::string_view mime_type, std::string_view extension) {
  Result<std::string> sha = Sha256File(source);
  if (!sha.ok()) return sha.status();
  Result<std::string> path = upload::RandomPath(extension);
  if (!path.ok()) return path.status();
  Stored stored;
  stored.path = *path;
  Result<fs::path> copied = CopyInto(uploads_dir, stored.path, source);
  if (!copied.ok()) return copied.status();
  fs::path dest = *copied;
  std::error_code ec;
  Result<ExecResult> row = db.Execute(
      "INSERT INTO media (site_id, kind, path, original_name, mime_type, size_bytes, sha256) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)",
      {site_id, kind, stored.path, original_name, mime_type, static_cast<long long>(fs::file_size(dest, ec)), *sha});
  if (!row.ok()) {
    fs::remove(dest, ec);
    return row.status();
  }
  stored.id = row->insert_id;
  return stored;
}

std::string Url(std::string_view path) { return "/uploads/" + std::string(path); }

std::string ThumbUrl(std::string_view path, int width) {
  return "/uploads/" + std::string(Stem(path)) + "-" + std::to_string(width) + ".jpg";
}

std::string Srcset(std::string_view path, std::string_view thumb_widths) {
  std::string out;
  for (int w : ParseWidths(thumb_widths)) {
    if (!out.empty()) out += ", ";
    out += ThumbUrl(path, w) + " " + std::to_string(w) + "w";
  }
  return out;
}

std::string BestThumb(std::string_view path, std::string_view thumb_widths, int want) {
  std::vector<int> widths = ParseWidths(thumb_widths);
  if (widths.empty()) return Url(path);
  for (int w : widths) {
    if (w >= want) return ThumbUrl(path, w);
  }
  return ThumbUrl(path, widths.back());
}

}  // namespace core::media
