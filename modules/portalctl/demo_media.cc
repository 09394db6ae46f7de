// Demo pictures: SVG → JPEG + thumbnails (libvips), attached by the manifests.
#include "portalctl/demo_media.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "core/image.h"
#include "core/media.h"
#include "core/vntext.h"

namespace portalctl {
namespace {

using core::Result;
using core::Status;
namespace fs = std::filesystem;

// Rows of a tab-separated manifest; '#' starts a comment line.
std::vector<std::vector<std::string>> ReadTsv(const fs::path& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      cells.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(cells));
  }
  return rows;
}

std::vector<std::string> SplitComma(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    std::string item = s.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!item.empty()) out.push_back(item);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

}  // namespace

Status ImportDemoMedia(core::Db& db, const core::Config& config) {
  fs::path dir = fs::path(config.demo_dir) / "images";
  if (!fs::is_directory(dir)) return Status();
  Status init = core::image::Init("portalctl");
  if (!init.ok()) return init;
  Result<core::Row> office = db.QueryRow("SELECT id FROM sites WHERE parent_id IS NULL ORDER BY id LIMIT 1");
  if (!office.ok()) return office.status();
  std::string uploads = config.data_dir + "/uploads";

  // file name → media id
  std::map<std::string, uint64_t> media;
  std::map<std::string, std::string> alts;
  fs::path tmp = fs::temp_directory_path() / ("eduportal-demo-" + std::to_string(getpid()));
  fs::create_directories(tmp);
  for (const auto& row : ReadTsv(dir / "images.tsv")) {
    if (row.size() < 2) continue;
    fs::path source = dir / row[0];
    fs::path jpeg = tmp / (source.stem().string() + ".jpg");
    Status s = core::image::ToJpeg(source.string(), jpeg.string(), 1280);
    if (!s.ok()) return Status::Internal(row[0] + ": " + s.detail());
    Result<core::media::Stored> stored = core::media::StoreImage(
        db, uploads, static_cast<uint32_t>(office->Int(0)), jpeg.string(), source.stem().string() + ".jpg", row[1]);
    if (!stored.ok()) return stored.status();
    media[row[0]] = stored->id;
    alts[row[0]] = row[1];
  }
  std::error_code ec;
  fs::remove_all(tmp, ec);

  // Covers: the first keyword found in the folded title wins; "*" rows are the default
  // cycle for articles that match nothing (short news, tin ngắn, keep no picture).
  std::vector<std::pair<std::string, std::string>> keywords;
  std::vector<std::string> defaults;
  for (const auto& row : ReadTsv(dir / "covers.tsv")) {
    if (row.size() < 2 || !media.count(row[1])) continue;
    if (row[0] == "*") defaults.push_back(row[1]);
    else keywords.emplace_back(core::vntext::Fold(row[0]), row[1]);
  }
  Result<core::Rows> articles = db.Query("SELECT id, title, COALESCE(genre_code, '') FROM articles ORDER BY id");
  if (!articles.ok()) return articles.status();
  size_t cycle = 0;
  for (const core::Row& a : *articles) {
    std::string title = core::vntext::Fold(a.Str(1));
    std::string chosen;
    for (const auto& [word, file] : keywords) {
      if (title.find(word) != std::string::npos) {
        chosen = file;
        break;
      }
    }
    if (chosen.empty()) {
      if (a.Str(2) == "tin-ngan" || defaults.empty()) continue;
      chosen = defaults[cycle++ % defaults.size()];
    }
    Result<core::ExecResult> u = db.Execute(
        "UPDATE articles SET cover_media_id = ?, cover_alt = ? WHERE id = ?",
        {media[chosen], alts[chosen], a.Int(0)});
    if (!u.ok()) return u.status();
  }

  for (const auto& row : ReadTsv(dir / "albums.tsv")) {
    if (row.size() < 2) continue;
    Result<core::Row> album = db.QueryRow("SELECT id FROM albums WHERE slug = ? ORDER BY id LIMIT 1", {row[0]});
    if (!album.ok()) continue;
    int order = 0;
    for (const std::string& file : SplitComma(row[1])) {
      if (!media.count(file)) continue;
      Result<core::ExecResult> ins = db.Execute(
          "INSERT IGNORE INTO album_photos (album_id, media_id, sort_order, caption) VALUES (?, ?, ?, ?)",
          {album->Int(0), media[file], order++, alts[file]});
      if (!ins.ok()) return ins.status();
      if (order == 1) {
        Result<core::ExecResult> c = db.Execute("UPDATE albums SET cover_media_id = ? WHERE id = ?",
                                                {media[file], album->Int(0)});
        if (!c.ok()) return c.status();
      }
    }
  }
  // Videos: a poster picture and an MP4 file from db/demo/media/.
  for (const auto& row : ReadTsv(dir / "videos.tsv")) {
    if (row.size() < 2 || !media.count(row[1])) continue;
    Result<core::ExecResult> u = db.Execute("UPDATE videos SET poster_media_id = ? WHERE slug = ?",
                                            {media[row[1]], row[0]});
    if (!u.ok()) return u.status();
    if (row.size() < 3) continue;
    fs::path file = fs::path(config.demo_dir) / "media" / row[2];
    if (!fs::exists(file)) continue;
    Result<core::media::Stored> stored = core::media::StoreFile(
        db, uploads, static_cast<uint32_t>(office->Int(0)), file.string(), row[2], "video", "video/mp4", "mp4");
    if (!stored.ok()) return stored.status();
    Result<core::ExecResult> v = db.Execute("UPDATE videos SET media_id = ? WHERE slug = ?", {stored->id, row[0]});
    if (!v.ok()) return v.status();
  }
  // Article galleries: "gallery" rows of albums.tsv name an article by a title keyword.
  for (const auto& row : ReadTsv(dir / "galleries.tsv")) {
    if (row.size() < 2) continue;
    Result<core::Rows> found = db.Query("SELECT id FROM articles WHERE title LIKE ? ORDER BY id LIMIT 1",
                                        {"%" + row[0] + "%"});
    if (!found.ok()) return found.status();
    if (found->empty()) continue;
    int order = 0;
    for (const std::string& file : SplitComma(row[1])) {
      if (!media.count(file)) continue;
      Result<core::ExecResult> ins = db.Execute(
          "INSERT IGNORE INTO article_photos (article_id, media_id, sort_order, caption) VALUES (?, ?, ?, ?)",
          {found->front().Int(0), media[file], order++, alts[file]});
      if (!ins.ok()) return ins.status();
    }
  }
  return Status();
}

}  // namespace portalctl
