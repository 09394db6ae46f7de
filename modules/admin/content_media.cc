// Photo albums (/admin/album) and videos (/admin/video) of events (SPEC A13): what the
// public /album and /video show. Photos are uploaded several at once (JPEG, PNG, WebP,
// each up to 5 MB, sniffed, thumbnails made) with captions, ordered, one of them the
// cover. A video is a YouTube link (its id checked as the portal checks it) or an MP4 up
// to 20 MB sniffed by libmagic.
#include <algorithm>
#include <cstdio>

#include "admin/content.h"
#include "core/audit.h"
#include "core/media.h"
#include "core/upload.h"
#include "core/vntext.h"

namespace admin {
namespace {

using core::Row;
using core::Rows;
using core::Status;
using content::Typed;

constexpr size_t kMaxPhotoBytes = 5 * 1024 * 1024;
constexpr size_t kMaxVideoBytes = 20 * 1024 * 1024;
constexpr int kMaxPhotos = 300;

constexpr char kAlbumsSql[] =
    "SELECT a.id, a.slug, a.title, a.event_date, a.published_at, "
    "(SELECT COUNT(*) FROM album_photos p WHERE p.album_id = a.id) FROM albums a WHERE a.site_id = ? "
    "ORDER BY a.id DESC LIMIT 200";
constexpr char kAlbumSql[] =
    "SELECT id, slug, title, description, DATE_FORMAT(event_date, '%Y-%m-%d'), published_at, "
    "COALESCE(cover_media_id, 0) FROM albums WHERE id = ? AND site_id = ?";
constexpr char kPhotosSql[] =
    "SELECT m.id, m.path, m.thumb_widths, p.caption, p.sort_order FROM album_photos p JOIN media m ON m.id = p.media_id "
    "WHERE p.album_id = ? ORDER BY p.sort_order, m.id LIMIT 300";
constexpr char kVideosSql[] =
    "SELECT id, slug, title, youtube_id, media_id, published_at FROM videos WHERE site_id = ? ORDER BY id DESC LIMIT 200";
constexpr char kVideoSql[] =
    "SELECT v.id, v.slug, v.title, v.description, v.youtube_id, v.media_id, v.published_at, m.original_name "
    "FROM videos v LEFT JOIN media m ON m.id = v.media_id WHERE v.id = ? AND v.site_id = ?";

bool IsDate(std::string_view text) { return core::vntext::ParseFormDate(text, 1990).has_value(); }

// ---- albums --------------------------------------------------------------------------

struct AlbumForm {
  std::string title, description, event_date, captions;
  bool published = false;
};

Result<Response> ShowAlbumForm(const Request& request, Context& context, uint32_t id, const AlbumForm& f,
                               const std::string& message, bool error, int status) {
  Rows photos;
  uint64_t cover = 0;
  std::string public_url;
  if (id) {
    Result<Row> album = context.db.QueryRow(kAlbumSql, {id, context.site.id});
    if (!album.ok()) return album.status();
    cover = static_cast<uint64_t>(album->Int(6));
    if (!album->IsNull(5)) public_url = context.prefix + "/album/" + album->Str(0) + "-" + album->Str(1);
    Result<Rows> rows = context.db.Query(kPhotosSql, {id});
    if (!rows.ok()) return rows.status();
    photos = std::move(rows).value();
  }
  Dict layout("admin_album");
  const char* title = id ? "Sửa album ảnh" : "Thêm album ảnh";
  Dict* page = StartPage(layout, request, context, title, "admin/content_album.tpl");
  page->SetValue("HEADING", title);
  page->SetValue("ACTION", AdminBase(context) + "/album/" + (id ? std::to_string(id) : "moi"));
  page->SetValue("BACK_URL", AdminBase(context) + "/album");
  page->SetValue("F_TITLE", f.title);
  page->SetValue("F_DESCRIPTION", f.description);
  page->SetValue("F_DATE", f.event_date);
  page->SetValue("F_CAPTIONS", f.captions);
  if (f.published) page->ShowSection("PUBLISHED");
  if (!public_url.empty()) page->SetValueAndShowSection("PUBLIC_URL", public_url, "HAS_PUBLIC");
  int index = 0;
  for (const Row& p : photos) {
    Dict* item = page->AddSectionDictionary("PHOTO");
    ++index;
    item->SetValue("MID", p.Str(0));
    item->SetIntValue("N", index);
    item->SetValue("THUMB_URL", core::media::BestThumb(p.Str(1), p.Str(2), 320));
    // What was typed for this photo, when the form comes back with an error.
    std::string caption = p.Str(3), order = p.Str(4);
    for (const auto& [k, v] : request.form_params) {
      if (k == "chu_thich_" + p.Str(0)) caption = v.substr(0, 500);
      if (k == "thu_tu_" + p.Str(0)) order = v.substr(0, 10);
    }
    item->SetValue("CAPTION", caption);
    item->SetValue("ORDER", order);
    if (static_cast<uint64_t>(p.Int(0)) == cover) item->ShowSection("COVER");
  }
  if (!photos.empty()) page->ShowSection("HAS_PHOTOS");
  if (id) page->SetValueAndShowSection("DELETE_URL", AdminBase(context) + "/album/" + std::to_string(id) + "/xoa", "CAN_DELETE");
  content::ShowFieldErrors(page, request);
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, error ? "HAS_ERROR" : "HAS_NOTICE");
  return content::Render(layout, status);
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    out.push_back(line.substr(0, 500));
    start = end + 1;
  }
  return out;
}

Result<Response> SaveAlbum(const Request& const_request, Context& context, uint32_t id) {
  Request request = const_request;
  AlbumForm f{Typed(request, "tieu_de"), Typed(request, "mo_ta"), Typed(request, "ngay_su_kien"),
              Typed(request, "chu_thich_moi"), request.Field("cong_bo") != nullptr};
  if (!f.event_date.empty() && !request.invalid.count("ngay_su_kien") && !IsDate(f.event_date)) {
    request.invalid["ngay_su_kien"] = "Ngày sự kiện không hợp lệ (chọn một ngày).";
  }
  // Each existing photo's caption and order (fields named after the photo).
  Rows photos;
  uint64_t cover = 0;
  if (id) {
    Result<Row> album = context.db.QueryRow(kAlbumSql, {id, context.site.id});
    if (!album.ok()) return album.status();
    cover = static_cast<uint64_t>(album->Int(6));
    Result<Rows> rows = context.db.Query(kPhotosSql, {id});
    if (!rows.ok()) return rows.status();
    photos = std::move(rows).value();
  }
  struct PhotoEdit {
    std::string media_id, caption;
    long order = 0;
    bool remove = false;
  };
  std::vector<PhotoEdit> edits;
  for (const Row& p : photos) {
    PhotoEdit e{p.Str(0), p.Str(3), static_cast<long>(p.Int(4)), false};
    std::string error;
    if (std::optional<std::string> c = content::FormValue(request, "chu_thich_" + e.media_id, core::Text{0, 500}, "Chú thích", &error)) e.caption = *c;
    if (std::optional<std::string> o = content::FormValue(request, "thu_tu_" + e.media_id, core::Uint{0, 100000}, "Thứ tự", &error)) e.order = std::stol(*o);
    for (const auto& [k, v] : request.form_params) {
      if (k == "xoa_" + e.media_id && v == "1") e.remove = true;
    }
    if (!error.empty()) request.invalid["anh_" + e.media_id] = "Ảnh " + e.media_id + ": " + error;
    edits.push_back(e);
  }
  std::vector<const core::UploadedFile*> files;
  for (const core::UploadedFile& file : request.files) {
    if (file.field == "anh" && !file.data.empty()) files.push_back(&file);
  }
  if (photos.size() + files.size() > static_cast<size_t>(kMaxPhotos)) {
    request.invalid["anh"] = "Một album có tối đa " + std::to_string(kMaxPhotos) + " ảnh.";
  }
  if (!request.invalid.empty()) return ShowAlbumForm(request, context, id, f, "", true, 422);

  const std::string* cover_field = request.Field("bia");
  if (cover_field) {
    uint64_t wanted = std::stoull(*cover_field);
    for (const PhotoEdit& e : edits) {
      if (std::to_string(wanted) == e.media_id && !e.remove) cover = wanted;
    }
  }
  for (const PhotoEdit& e : edits) {
    if (e.remove && std::to_string(cover) == e.media_id) cover = 0;
  }

  content::Uploads uploads(context.config.uploads_dir());
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  std::string slug = core::vntext::Slugify(f.title, 200);
  if (slug.empty()) slug = "album";
  std::optional<std::string> event_date;
  if (!f.event_date.empty()) event_date = f.event_date;
  uint64_t album_id = id;
  if (id == 0) {
    Result<core::ExecResult> ins = context.db.Execute(
        "INSERT INTO albums (site_id, title, slug, description, event_date, published_at) VALUES (?, ?, ?, ?, ?, "
        "IF(? = 1, UTC_TIMESTAMP(), NULL))",
        {context.site.id, f.title, slug, f.description, event_date, f.published ? 1 : 0});
    if (!ins.ok()) return ins.status();
    album_id = ins->insert_id;
  }
  for (const PhotoEdit& e : edits) {
    Result<core::ExecResult> up =
        e.remove ? context.db.Execute("DELETE FROM album_photos WHERE album_id = ? AND media_id = ?", {album_id, e.media_id})
                 : context.db.Execute("UPDATE album_photos SET caption = ?, sort_order = ? WHERE album_id = ? AND media_id = ?",
                                      {e.caption, e.order, album_id, e.media_id});
    if (!up.ok()) return up.status();
  }
  long next_order = 0;
  for (const PhotoEdit& e : edits) next_order = std::max(next_order, e.order);
  std::vector<std::string> captions = Lines(f.captions);
  for (size_t i = 0; i < files.size(); ++i) {
    std::string caption = i < captions.size() ? captions[i] : "";
    Result<core::media::Stored> stored =
        uploads.Image(context, *files[i], caption.empty() ? f.title : caption, content::kPhotoTypes, kMaxPhotoBytes);
    if (!stored.ok()) {
      if (!stored.status().IsInvalid()) return stored.status();
      tx->reset();  // nothing of this save is kept, and the files written go too
      request.invalid["anh"] = stored.status().user_message() + " Không ảnh nào được lưu; vui lòng chọn lại ảnh.";
      return ShowAlbumForm(request, context, id, f, "", true, 422);
    }
    next_order += 10;
    Result<core::ExecResult> link = context.db.Execute(
        "INSERT INTO album_photos (album_id, media_id, sort_order, caption) VALUES (?, ?, ?, ?)",
        {album_id, stored->id, next_order, caption});
    if (!link.ok()) return link.status();
    if (cover == 0) cover = stored->id;
  }
  if (cover == 0) {
    for (const PhotoEdit& e : edits) {
      if (!e.remove) {
        cover = std::stoull(e.media_id);
        break;
      }
    }
  }
  core::Param cover_param = cover ? core::Param(static_cast<long long>(cover)) : core::Param(nullptr);
  Result<core::ExecResult> up = context.db.Execute(
      "UPDATE albums SET title = ?, slug = ?, description = ?, event_date = ?, cover_media_id = ?, "
      "published_at = IF(? = 1, COALESCE(published_at, UTC_TIMESTAMP()), NULL) WHERE id = ? AND site_id = ?",
      {f.title, slug, f.description, event_date, cover_param, f.published ? 1 : 0, album_id, context.site.id});
  if (!up.ok()) return up.status();
  Status audit = core::Audit(context, request, id ? "album.update" : "album.create", "album", album_id,
                             f.title.substr(0, 200) + " (" + std::to_string(files.size()) + " ảnh mới)");
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  uploads.Keep();
  return Response::Redirect(AdminBase(context) + "/album/" + std::to_string(album_id) + "?da-luu=1", 303);
}

// ---- videos --------------------------------------------------------------------------

// The portal's rule (portal/main.cc IsYoutubeId): 11 of [A-Za-z0-9_-].
bool IsYoutubeId(std::string_view id) {
  if (id.size() != 11) return false;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
  }
  return true;
}

// The video id of what was typed: a bare id, or a link to youtube.com/watch?v=, youtu.be/,
// youtube.com/embed/, /shorts/ or /live/. Empty when none is found.
std::string YoutubeIdOf(std::string_view text) {
  if (IsYoutubeId(text)) return std::string(text);
  std::string_view rest = text;
  for (std::string_view scheme : {"https://", "http://"}) {
    if (rest.rfind(scheme, 0) == 0) rest.remove_prefix(scheme.size());
  }
  size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return "";
  std::string_view host = rest.substr(0, slash), path = rest.substr(slash);
  std::string_view candidate;
  if (host == "youtu.be") {
    candidate = path.substr(1);
  } else if (host == "youtube.com" || host == "www.youtube.com" || host == "m.youtube.com" ||
             host == "www.youtube-nocookie.com") {
    if (path.rfind("/watch?", 0) == 0) {
      std::string_view query = path.substr(7);
      while (!query.empty()) {
        size_t amp = query.find('&');
        std::string_view pair = query.substr(0, amp);
        if (pair.rfind("v=", 0) == 0) candidate = pair.substr(2);
        if (amp == std::string_view::npos) break;
        query.remove_prefix(amp + 1);
      }
    } else {
      for (std::string_view prefix : {"/embed/", "/shorts/", "/live/"}) {
        if (path.rfind(prefix, 0) == 0) candidate = path.substr(prefix.size());
      }
    }
  }
  candidate = candidate.substr(0, candidate.find_first_of("?&#/"));
  return IsYoutubeId(candidate) ? std::string(candidate) : "";
}

struct VideoForm {
  std::string title, description, youtube, file_name;
  bool published = false;
};

Result<Response> ShowVideoForm(const Request& request, Context& context, uint32_t id, const VideoForm& f,
                               const std::string& message, bool error, int status, const std::string& public_url = "") {
  Dict layout("admin_video");
  const char* title = id ? "Sửa video" : "Thêm video";
  Dict* page = StartPage(layout, request, context, title, "admin/content_video.tpl");
  page->SetValue("HEADING", title);
  page->SetValue("ACTION", AdminBase(context) + "/video/" + (id ? std::to_string(id) : "moi"));
  page->SetValue("BACK_URL", AdminBase(context) + "/video");
  page->SetValue("F_TITLE", f.title);
  page->SetValue("F_DESCRIPTION", f.description);
  page->SetValue("F_YOUTUBE", f.youtube);
  if (!f.file_name.empty()) page->SetValueAndShowSection("FILE_NAME", f.file_name, "HAS_FILE");
  if (f.published) page->ShowSection("PUBLISHED");
  if (!public_url.empty()) page->SetValueAndShowSection("PUBLIC_URL", public_url, "HAS_PUBLIC");
  if (id) page->SetValueAndShowSection("DELETE_URL", AdminBase(context) + "/video/" + std::to_string(id) + "/xoa", "CAN_DELETE");
  content::ShowFieldErrors(page, request);
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, error ? "HAS_ERROR" : "HAS_NOTICE");
  return content::Render(layout, status);
}

Result<Response> SaveVideo(const Request& const_request, Context& context, uint32_t id, bool has_media) {
  Request request = const_request;
  VideoForm f{Typed(request, "tieu_de"), Typed(request, "mo_ta"), Typed(request, "youtube"), "",
              request.Field("cong_bo") != nullptr};
  const core::UploadedFile* file = request.File("tep");
  std::string youtube_id;
  if (!f.youtube.empty() && !request.invalid.count("youtube")) {
    youtube_id = YoutubeIdOf(f.youtube);
    if (youtube_id.empty()) {
      request.invalid["youtube"] = "Liên kết YouTube không hợp lệ: dán địa chỉ dạng https://www.youtube.com/watch?v=… "
                                   "hoặc https://youtu.be/… (mã video gồm 11 chữ, số, dấu - hoặc _).";
    }
  }
  if (!f.youtube.empty() && file) request.invalid["tep"] = "Chỉ chọn một trong hai: liên kết YouTube hoặc tệp MP4.";
  if (f.youtube.empty() && !file && !has_media && !request.invalid.count("youtube")) {
    request.invalid["youtube"] = "Dán liên kết YouTube hoặc chọn một tệp MP4.";
  }
  if (!request.invalid.empty()) return ShowVideoForm(request, context, id, f, "", true, 422);

  content::Uploads uploads(context.config.uploads_dir());
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  std::optional<uint64_t> media_id;
  if (file) {
    Result<core::media::Stored> stored = uploads.Video(context, *file, kMaxVideoBytes);
    if (!stored.ok()) {
      if (!stored.status().IsInvalid()) return stored.status();
      tx->reset();
      request.invalid["tep"] = stored.status().user_message();
      return ShowVideoForm(request, context, id, f, "", true, 422);
    }
    media_id = stored->id;
  }
  std::string slug = core::vntext::Slugify(f.title, 200);
  if (slug.empty()) slug = "video";
  std::optional<std::string> yt;
  if (!youtube_id.empty()) yt = youtube_id;
  core::Param media_param = media_id ? core::Param(static_cast<long long>(*media_id)) : core::Param(nullptr);
  uint64_t video_id = id;
  Result<core::ExecResult> saved = Status::Internal("unreachable");
  if (id == 0) {
    saved = context.db.Execute(
        "INSERT INTO videos (site_id, title, slug, description, youtube_id, media_id, published_at) "
        "VALUES (?, ?, ?, ?, ?, ?, IF(? = 1, UTC_TIMESTAMP(), NULL))",
        {context.site.id, f.title, slug, f.description, yt, media_param, f.published ? 1 : 0});
  } else if (yt || media_id) {
    // A new source replaces the old one.
    saved = context.db.Execute(
        "UPDATE videos SET title = ?, slug = ?, description = ?, youtube_id = ?, media_id = ?, "
        "published_at = IF(? = 1, COALESCE(published_at, UTC_TIMESTAMP()), NULL) WHERE id = ? AND site_id = ?",
        {f.title, slug, f.description, yt, media_param, f.published ? 1 : 0, id, context.site.id});
  } else {
    saved = context.db.Execute(
        "UPDATE videos SET title = ?, slug = ?, description = ?, "
        "published_at = IF(? = 1, COALESCE(published_at, UTC_TIMESTAMP()), NULL) WHERE id = ? AND site_id = ?",
        {f.title, slug, f.description, f.published ? 1 : 0, id, context.site.id});
  }
  if (!saved.ok()) return saved.status();
  if (id == 0) video_id = saved->insert_id;
  Status audit = core::Audit(context, request, id ? "video.update" : "video.create", "video", video_id,
                             f.title.substr(0, 200) + (yt ? " youtube:" + *yt : media_id ? " mp4" : ""));
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  uploads.Keep();
  return Response::Redirect(AdminBase(context) + "/video/" + std::to_string(video_id) + "?da-luu=1", 303);
}

bool SavedNotice(const Request& request) {
  for (const auto& [k, v] : request.query_params) {
    if (k == "da-luu" && v == "1") return true;
  }
  return false;
}

}  // namespace

Result<Response> HandleAlbums(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  Result<Rows> rows = context.db.Query(kAlbumsSql, {context.site.id});
  if (!rows.ok()) return rows.status();
  Dict layout("admin_albums");
  Dict* page = StartPage(layout, request, context, "Album ảnh", "admin/content_albums.tpl");
  page->SetValue("NEW_URL", AdminBase(context) + "/album/moi");
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("ALBUM");
    item->SetValue("TITLE", r.Str(2));
    item->SetValue("EDIT_URL", AdminBase(context) + "/album/" + r.Str(0));
    item->SetValue("COUNT", r.Str(5));
    item->SetValue("STATE", r.IsNull(4) ? "Chưa công bố" : "Đã công bố " + core::vntext::FormatDate(r.Time(4)));
  }
  page->ShowSection(rows->empty() ? "EMPTY" : "HAS_ALBUMS");
  for (const auto& [k, v] : request.query_params) {
    if (k == "da-xoa" && v == "1") page->SetValueAndShowSection("NOTICE", "Đã xóa album.", "HAS_NOTICE");
  }
  return RenderPage(layout);
}

Result<Response> HandleAlbumNew(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  return ShowAlbumForm(request, context, 0, AlbumForm{}, "", false, 200);
}

Result<Response> HandleAlbumCreate(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  return SaveAlbum(request, context, 0);
}

Result<Response> HandleAlbumEdit(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<Row> a = context.db.QueryRow(kAlbumSql, {id, context.site.id});
  if (!a.ok()) return a.status();
  AlbumForm f{a->Str(2), a->Str(3), a->Str(4), "", !a->IsNull(5)};
  return ShowAlbumForm(request, context, id, f, SavedNotice(request) ? "Đã lưu album." : "", false, 200);
}

Result<Response> HandleAlbumUpdate(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<Row> a = context.db.QueryRow(kAlbumSql, {id, context.site.id});
  if (!a.ok()) return a.status();
  return SaveAlbum(request, context, id);
}

Result<Response> HandleAlbumDelete(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<Row> a = context.db.QueryRow(kAlbumSql, {id, context.site.id});
  if (!a.ok()) return a.status();
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> photos = context.db.Execute("DELETE FROM album_photos WHERE album_id = ?", {id});
  if (!photos.ok()) return photos.status();
  Result<core::ExecResult> del = context.db.Execute("DELETE FROM albums WHERE id = ? AND site_id = ?", {id, context.site.id});
  if (!del.ok()) return del.status();
  Status audit = core::Audit(context, request, "album.delete", "album", id, a->Str(2).substr(0, 200));
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  return Response::Redirect(AdminBase(context) + "/album?da-xoa=1", 303);
}

Result<Response> HandleVideos(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  Result<Rows> rows = context.db.Query(kVideosSql, {context.site.id});
  if (!rows.ok()) return rows.status();
  Dict layout("admin_videos");
  Dict* page = StartPage(layout, request, context, "Video", "admin/content_videos.tpl");
  page->SetValue("NEW_URL", AdminBase(context) + "/video/moi");
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("VIDEO");
    item->SetValue("TITLE", r.Str(2));
    item->SetValue("EDIT_URL", AdminBase(context) + "/video/" + r.Str(0));
    item->SetValue("SOURCE", !r.IsNull(3) ? "YouTube" : !r.IsNull(4) ? "Tệp MP4" : "(chưa có)");
    item->SetValue("STATE", r.IsNull(5) ? "Chưa công bố" : "Đã công bố " + core::vntext::FormatDate(r.Time(5)));
  }
  page->ShowSection(rows->empty() ? "EMPTY" : "HAS_VIDEOS");
  for (const auto& [k, v] : request.query_params) {
    if (k == "da-xoa" && v == "1") page->SetValueAndShowSection("NOTICE", "Đã xóa video.", "HAS_NOTICE");
  }
  return RenderPage(layout);
}

Result<Response> HandleVideoNew(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  return ShowVideoForm(request, context, 0, VideoForm{}, "", false, 200);
}

Result<Response> HandleVideoCreate(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  return SaveVideo(request, context, 0, false);
}

Result<Response> HandleVideoEdit(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<Row> v = context.db.QueryRow(kVideoSql, {id, context.site.id});
  if (!v.ok()) return v.status();
  VideoForm f{v->Str(2), v->Str(3), v->IsNull(4) ? "" : "https://www.youtube.com/watch?v=" + v->Str(4), v->Str(7),
              !v->IsNull(6)};
  std::string public_url = v->IsNull(6) ? "" : context.prefix + "/video/" + v->Str(0) + "-" + v->Str(1);
  return ShowVideoForm(request, context, id, f, SavedNotice(request) ? "Đã lưu video." : "", false, 200, public_url);
}

Result<Response> HandleVideoUpdate(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<Row> v = context.db.QueryRow(kVideoSql, {id, context.site.id});
  if (!v.ok()) return v.status();
  return SaveVideo(request, context, id, !v->IsNull(4) || !v->IsNull(5));
}

Result<Response> HandleVideoDelete(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<Row> v = context.db.QueryRow(kVideoSql, {id, context.site.id});
  if (!v.ok()) return v.status();
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> del = context.db.Execute("DELETE FROM videos WHERE id = ? AND site_id = ?", {id, context.site.id});
  if (!del.ok()) return del.status();
  Status audit = core::Audit(context, request, "video.delete", "video", id, v->Str(2).substr(0, 200));
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  return Response::Redirect(AdminBase(context) + "/video?da-xoa=1", 303);
}

}  // namespace admin
