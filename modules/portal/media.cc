// Photo albums (/album) and videos (/video) of events (SPEC A13).
#include "core/keyset.h"
#include "core/media.h"
#include "core/vntext.h"
#include "portal/portal.h"

namespace portal {
namespace {

using core::Row;
using core::Rows;
using core::Status;

constexpr int kPerPage = 24;

#define PUBLISHED_NOW "published_at IS NOT NULL AND published_at <= UTC_TIMESTAMP()"

constexpr char kAlbumsFirstSql[] =
    "SELECT a.id, a.slug, a.title, a.event_date, a.published_at, m.path, m.thumb_widths, "
    "(SELECT COUNT(*) FROM album_photos p WHERE p.album_id = a.id) "
    "FROM albums a LEFT JOIN media m ON m.id = a.cover_media_id "
    "WHERE a.site_id = ? AND a." PUBLISHED_NOW " ORDER BY a.published_at DESC, a.id DESC LIMIT ?";
constexpr char kAlbumsOlderSql[] =
    "SELECT a.id, a.slug, a.title, a.event_date, a.published_at, m.path, m.thumb_widths, "
    "(SELECT COUNT(*) FROM album_photos p WHERE p.album_id = a.id) "
    "FROM albums a LEFT JOIN media m ON m.id = a.cover_media_id "
    "WHERE a.site_id = ? AND a." PUBLISHED_NOW
    " AND (a.published_at < ? OR (a.published_at = ? AND a.id < ?)) "
    "ORDER BY a.published_at DESC, a.id DESC LIMIT ?";
constexpr char kAlbumSql[] =
    "SELECT id, slug, title, description, event_date, published_at FROM albums "
    "WHERE id = ? AND site_id = ? AND " PUBLISHED_NOW;
constexpr char kAlbumPhotosSql[] =
    "SELECT m.path, m.thumb_widths, p.caption FROM album_photos p JOIN media m ON m.id = p.media_id "
    "WHERE p.album_id = ? ORDER BY p.sort_order, m.id LIMIT 300";

constexpr char kVideosFirstSql[] =
    "SELECT v.id, v.slug, v.title, v.description, v.published_at, m.path, m.thumb_widths "
    "FROM videos v LEFT JOIN media m ON m.id = v.poster_media_id "
    "WHERE v.site_id = ? AND v." PUBLISHED_NOW " ORDER BY v.published_at DESC, v.id DESC LIMIT ?";
constexpr char kVideosOlderSql[] =
    "SELECT v.id, v.slug, v.title, v.description, v.published_at, m.path, m.thumb_widths "
    "FROM videos v LEFT JOIN media m ON m.id = v.poster_media_id "
    "WHERE v.site_id = ? AND v." PUBLISHED_NOW
    " AND (v.published_at < ? OR (v.published_at = ? AND v.id < ?)) "
    "ORDER BY v.published_at DESC, v.id DESC LIMIT ?";
constexpr char kVideoSql[] =
    "SELECT v.id, v.slug, v.title, v.description, v.published_at, v.youtube_id, vm.path, "
    "m.path, m.thumb_widths FROM videos v LEFT JOIN media vm ON vm.id = v.media_id "
    "LEFT JOIN media m ON m.id = v.poster_media_id "
    "WHERE v.id = ? AND v.site_id = ? AND v." PUBLISHED_NOW;

// A keyset page of albums or videos: the first page, or the one after ?sau=.
Result<Rows> LoadPage(core::Db& db, const Request& request, uint32_t site, const char* first,
                      const char* older) {
  if (const std::string* after = request.Field("sau")) {
    core::KeysetCursor c = *core::ParseCursor(*after);
    std::string t = core::SqlDateTime(c.time);
    Result<Rows> rows = db.Query(older, {site, t, t, c.id, kPerPage + 1});
    if (rows.ok() && rows->empty()) return Status::NotFound();
    return rows;
  }
  return db.Query(first, {site, kPerPage + 1});
}

void FillOlder(Dict* page, Rows& rows, const std::string& base, size_t time_col) {
  if (rows.size() <= static_cast<size_t>(kPerPage)) return;
  rows.erase(rows.begin() + kPerPage, rows.end());
  const Row& last = rows.back();
  page->SetValueAndShowSection(
      "OLDER_URL", base + "?sau=" + core::FormatCursor({last.Time(time_col), static_cast<uint64_t>(last.Int(0))}),
      "OLDER");
}

}  // namespace

Result<Response> HandleAlbums(const Request& request, Context& context) {
  Result<Rows> rows = LoadPage(context.db, request, context.site.id, kAlbumsFirstSql, kAlbumsOlderSql);
  if (!rows.ok()) return rows.status();
  Dict layout("albums");
  Dict* page = StartPage(layout, request, context, "Thư viện ảnh", "portal/albums.tpl");
  FillOlder(page, *rows, context.prefix + "/album", 4);
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("ALBUM");
    item->SetValue("URL", context.prefix + "/album/" + r.Str(0) + "-" + r.Str(1));
    item->SetValue("TITLE", r.Str(2));
    if (std::optional<std::time_t> d = core::ParseSqlDateTime(r.Str(3))) {
      item->SetValueAndShowSection("EVENT_DATE", core::vntext::FormatDate(*d), "HAS_EVENT_DATE");
    }
    item->SetValue("COUNT", r.Str(7));
    if (!r.IsNull(5)) {
      Dict* cover = item->AddSectionDictionary("COVER");
      cover->SetValue("COVER_URL", core::media::BestThumb(r.Str(5), r.Str(6), 640));
      cover->SetValue("COVER_SRCSET", core::media::Srcset(r.Str(5), r.Str(6)));
    }
  }
  if (rows->empty()) page->ShowSection("EMPTY");
  return RenderPage(layout);
}

Result<Response> HandleAlbum(const Request& request, Context& context) {
  uint32_t id = ParseLeadingId(request.path_args.at(0));
  if (id == 0) return Status::NotFound();
  Result<Row> album = context.db.QueryRow(kAlbumSql, {id, context.site.id});
  if (!album.ok()) return album.status();
  std::string own = "/album/" + album->Str(0) + "-" + album->Str(1);
  if (request.path != own) return Response::Redirect(context.prefix + own, 301);
  Result<Rows> photos = context.db.Query(kAlbumPhotosSql, {id});
  if (!photos.ok()) return photos.status();
  Dict layout("album");
  Dict* page = StartPage(layout, request, context, album->Str(2), "portal/album.tpl");
  page->SetValue("TITLE", album->Str(2));
  page->SetValue("DESCRIPTION", album->Str(3));
  if (std::optional<std::time_t> d = core::ParseSqlDateTime(album->Str(4))) {
    page->SetValueAndShowSection("EVENT_DATE", core::vntext::FormatDate(*d), "HAS_EVENT_DATE");
  }
  page->SetIntValue("COUNT", static_cast<long>(photos->size()));
  for (const Row& p : *photos) {
    Dict* item = page->AddSectionDictionary("PHOTO");
    item->SetValue("THUMB_URL", core::media::BestThumb(p.Str(0), p.Str(1), 640));
    item->SetValue("THUMB_SRCSET", core::media::Srcset(p.Str(0), p.Str(1)));
    item->SetValue("FULL_URL", core::media::Url(p.Str(0)));
    item->SetValue("CAPTION", p.Str(2));
  }
  if (photos->empty()) page->ShowSection("EMPTY");
  return RenderPage(layout);
}

Result<Response> HandleVideos(const Request& request, Context& context) {
  Result<Rows> rows = LoadPage(context.db, request, context.site.id, kVideosFirstSql, kVideosOlderSql);
  if (!rows.ok()) return rows.status();
  Dict layout("videos");
  Dict* page = StartPage(layout, request, context, "Video", "portal/videos.tpl");
  FillOlder(page, *rows, context.prefix + "/video", 4);
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("VIDEO");
    item->SetValue("URL", context.prefix + "/video/" + r.Str(0) + "-" + r.Str(1));
    item->SetValue("TITLE", r.Str(2));
    item->SetValue("DESCRIPTION", r.Str(3));
    item->SetValue("DATE", core::vntext::FormatDate(r.Time(4)));
    if (!r.IsNull(5)) {
      Dict* poster = item->AddSectionDictionary("POSTER");
      poster->SetValue("POSTER_URL", core::media::BestThumb(r.Str(5), r.Str(6), 640));
    }
  }
  if (rows->empty()) page->ShowSection("EMPTY");
  return RenderPage(layout);
}

Result<Response> HandleVideo(const Request& request, Context& context) {
  uint32_t id = ParseLeadingId(request.path_args.at(0));
  if (id == 0) return Status::NotFound();
  Result<Row> v = context.db.QueryRow(kVideoSql, {id, context.site.id});
  if (!v.ok()) return v.status();
  std::string own = "/video/" + v->Str(0) + "-" + v->Str(1);
  if (request.path != own) return Response::Redirect(context.prefix + own, 301);
  Dict layout("video");
  Dict* page = StartPage(layout, request, context, v->Str(2), "portal/video.tpl");
  page->SetValue("TITLE", v->Str(2));
  page->SetValue("DESCRIPTION", v->Str(3));
  page->SetValue("DATE", core::vntext::FormatDate(v->Time(4)));
  if (IsYoutubeId(v->Str(5))) {
    page->SetValueAndShowSection("YOUTUBE_ID", v->Str(5), "YOUTUBE");
  } else if (!v->IsNull(6)) {
    Dict* file = page->AddSectionDictionary("FILE");
    file->SetValue("VIDEO_URL", core::media::Url(v->Str(6)));
    if (!v->IsNull(7)) file->SetValueAndShowSection("POSTER_URL", core::media::BestThumb(v->Str(7), v->Str(8), 1024), "HAS_POSTER");
  } else {
    page->ShowSection("UNAVAILABLE");
  }
  return RenderPage(layout);
}

}  // namespace portal
