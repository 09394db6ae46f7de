// The media library of the staff area (issue 5 item 5, SPEC A13/C26): uploads of images,
// documents and MP4 videos, sniffed with libmagic against an allow-list (core/upload.h),
// stored under random names with their SHA-256 (the same bytes twice on a site are stored
// once), images with the thumbnails the public pages use (core/image.h, core/media.h);
// alt text, titles, where an item is used, deletion of unused items, and the picker the
// article editor uses (a page without JavaScript, JSON for www/static/js/admin-picker.js).
#include <algorithm>
#include <filesystem>

#include "admin/admin.h"
#include "core/audit.h"
#include "core/image.h"
#include "core/keyset.h"
#include "core/like.h"
#include "core/media.h"
#include "core/password.h"
#include "core/upload.h"
#include "core/vntext.h"

namespace admin {
namespace {

using core::Row;
using core::Rows;
using core::Status;
namespace fs = std::filesystem;

constexpr std::string_view kLibraryTypes[] = {
    "image/jpeg", "image/png", "image/webp", "image/gif", "application/pdf", "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "video/mp4"};
constexpr size_t kImageMaxBytes = 10u << 20;
constexpr size_t kFileMaxBytes = 20u << 20;
// A decompression bomb (a small PNG of huge dimensions) is refused before libvips decodes it.
constexpr long long kMaxPixels = 80'000'000;
constexpr int kPageSize = 24;

// Who may upload (and edit or delete their own items): staff who write on the site.
constexpr std::string_view kUploaders[] = {"cong-tac-vien", "giao-vien", "thu-ky", "uy-vien", "pho-ban",
                                           "truong-ban", "quan-tri", "dau-moi"};
// Who may edit or delete anyone's items on the site: the secretary and above.
constexpr std::string_view kManagers[] = {"thu-ky", "uy-vien", "pho-ban", "truong-ban", "quan-tri", "dau-moi"};

bool HasRole(const Context& context, std::span<const std::string_view> roles) {
  if (!context.user) return false;
  for (std::string_view r : roles) {
    if (context.user->Has(context.site.id, r)) return true;
  }
  return false;
}
bool CanUpload(const Context& context) { return HasRole(context, kUploaders) && !context.user->posting_revoked; }
bool IsManager(const Context& context) { return HasRole(context, kManagers); }
bool CanChange(const Context& context, uint32_t uploaded_by) {
  if (!context.user || context.user->posting_revoked) return false;
  return IsManager(context) || (uploaded_by != 0 && uploaded_by == context.user->user_id && CanUpload(context));
}

std::string LibraryUrl(const Context& context) { return AdminBase(context) + "/thu-vien-anh"; }

std::string KindLabel(std::string_view kind) {
  if (kind == "image") return "Ảnh";
  if (kind == "video") return "Video";
  return "Tài liệu";
}
// The filter's codes in URLs ↔ the table's kinds.
std::string KindOfFilter(std::string_view code) {
  if (code == "anh") return "image";
  if (code == "video") return "video";
  if (code == "tai-lieu") return "file";
  return "";
}

std::string SizeText(long long bytes) {
  if (bytes >= (1 << 20)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
    std::string s = buf;
    std::replace(s.begin(), s.end(), '.', ',');
    return s;
  }
  return std::to_string((bytes + 1023) / 1024) + " KB";
}

std::string Extension(std::string_view path) {
  size_t dot = path.rfind('.');
  std::string ext = dot == std::string_view::npos ? "" : std::string(path.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return ext;
}

std::string Stem(std::string_view path) {
  size_t dot = path.rfind('.');
  return std::string(dot == std::string_view::npos ? path : path.substr(0, dot));
}

// The files of an item: the original and, for images, its thumbnails.
void RemoveFiles(const std::string& dir, std::string_view path) {
  core::upload::Remove(dir, path);
  for (int w : core::image::kThumbWidths) core::upload::Remove(dir, Stem(path) + "-" + std::to_string(w) + ".jpg");
}

// At most `bytes` bytes of `text`, cut back to a whole UTF-8 character.
std::string Cut(std::string text, size_t bytes) {
  if (text.size() <= bytes) return text;
  text.resize(bytes);
  while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
  if (!text.empty() && (static_cast<unsigned char>(text.back()) & 0x80)) text.pop_back();
  return text;
}

std::string Typed(const Request& request, const char* name) {
  if (const std::string* v = request.Field(name)) return *v;
  auto it = request.entered.find(name);
  return it == request.entered.end() ? std::string() : it->second;
}

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      default:
        if (u < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", u);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

// One page of the site's items, newest first (keyset on created_at, id).
constexpr char kListSql[] =
    "SELECT m.id, m.kind, m.path, m.thumb_widths, COALESCE(NULLIF(m.title, ''), m.original_name), m.alt, "
    "m.size_bytes, m.created_at, COALESCE(m.width, 0), COALESCE(m.height, 0) FROM media m "
    "WHERE m.site_id = ? AND (? = 0 OR m.kind = ?) AND (? = 0 OR m.title LIKE ? OR m.original_name LIKE ?) "
    "AND (? = 0 OR m.created_at < ? OR (m.created_at = ? AND m.id < ?)) "
    "ORDER BY m.created_at DESC, m.id DESC LIMIT ?";

struct Page {
  Rows rows;
  std::string next;  // cursor of the next page, empty on the last
};

Result<Page> ListPage(Context& context, const std::string& kind, const std::string& query, const std::string* after) {
  std::optional<core::KeysetCursor> cursor = after ? core::ParseCursor(*after) : std::nullopt;
  std::string like = core::LikeContains(query);
  std::string at = cursor ? core::SqlDateTime(cursor->time) : std::string("1970-01-01 00:00:00");
  Result<Rows> rows = context.db.Query(
      kListSql, {context.site.id, kind.empty() ? 0 : 1, kind, query.empty() ? 0 : 1, like, like, cursor ? 1 : 0, at, at,
                 static_cast<long long>(cursor ? cursor->id : 0), kPageSize + 1});
  if (!rows.ok()) return rows.status();
  Page page;
  page.rows = std::move(rows).value();
  if (page.rows.size() > static_cast<size_t>(kPageSize)) {
    page.rows.erase(page.rows.begin() + kPageSize, page.rows.end());
    const Row& last = page.rows.back();
    page.next = core::FormatCursor({last.Time(7), static_cast<uint64_t>(last.Int(0))});
  }
  return page;
}

// Where an item is used: articles (cover, video, gallery, pictures in the text), albums,
// videos and the site's banner. Every reference counts, whatever site holds it.
constexpr char kUsageSql[] =
    "SELECT 'cover', a.id, a.title FROM articles a WHERE a.cover_media_id = ? OR a.video_media_id = ? "
    "UNION ALL SELECT 'gallery', a.id, a.title FROM article_photos p JOIN articles a ON a.id = p.article_id "
    "WHERE p.media_id = ? "
    "UNION ALL SELECT 'body', a.id, a.title FROM articles a WHERE a.site_id = ? AND a.body LIKE ? "
    "UNION ALL SELECT 'album', al.id, al.title FROM albums al WHERE al.cover_media_id = ? "
    "UNION ALL SELECT 'album', al.id, al.title FROM album_photos p JOIN albums al ON al.id = p.album_id "
    "WHERE p.media_id = ? "
    "UNION ALL SELECT 'video', v.id, v.title FROM videos v WHERE v.media_id = ? OR v.poster_media_id = ? "
    "UNION ALL SELECT 'banner', s.id, s.name FROM sites s WHERE s.id = ? AND s.banner_path LIKE ? "
    "LIMIT 50";

Result<Rows> Usage(Context& context, long long id, std::string_view path) {
  std::string like = "%" + Stem(path) + "%";
  return context.db.Query(kUsageSql, {id, id, id, context.site.id, like, id, id, id, id, context.site.id, like});
}

std::string UsageLabel(std::string_view where) {
  if (where == "cover") return "Ảnh đại diện hoặc video của bài viết";
  if (where == "gallery") return "Ảnh trong bài viết";
  if (where == "body") return "Chèn trong nội dung bài viết";
  if (where == "album") return "Album ảnh";
  if (where == "video") return "Video";
  return "Ảnh bìa (banner) của trang";
}

constexpr char kItemSql[] =
    "SELECT m.id, m.kind, m.path, m.thumb_widths, m.title, m.original_name, m.alt, m.mime_type, m.size_bytes, "
    "COALESCE(m.width, 0), COALESCE(m.height, 0), m.created_at, COALESCE(m.uploaded_by, 0), "
    "COALESCE(u.full_name, ''), m.sha256 FROM media m LEFT JOIN users u ON u.id = m.uploaded_by "
    "WHERE m.id = ? AND m.site_id = ?";

Result<Row> LoadItem(Context& context, const std::string& id_arg) {
  if (id_arg.empty() || id_arg.size() > 10 || id_arg.find_first_not_of("0123456789") != std::string::npos) {
    return Status::NotFound();
  }
  return context.db.QueryRow(kItemSql, {std::stoll(id_arg), context.site.id});
}

void AddLines(Dict* page, const char* section, const char* shown, const std::vector<std::string>& lines) {
  for (const std::string& l : lines) page->AddSectionDictionary(section)->SetValue("TEXT", l);
  if (!lines.empty()) page->ShowSection(shown);
}

// The library: the upload form (kept as typed after a refusal), the filter and a page.
Result<Response> ShowLibrary(const Request& request, Context& context, const std::vector<std::string>& messages,
                             const std::vector<std::string>& notices, int status) {
  const std::string* filter = request.method == core::Method::kGet ? request.Field("loai") : nullptr;
  const std::string* query = request.method == core::Method::kGet ? request.Field("q") : nullptr;
  const std::string* after = request.method == core::Method::kGet ? request.Field("sau") : nullptr;
  std::string kind = filter ? KindOfFilter(*filter) : "";
  Result<Page> list = ListPage(context, kind, query ? *query : "", after);
  if (!list.ok()) return list.status();

  Dict layout("media");
  Dict* page = StartPage(layout, request, context, "Thư viện media", "admin/media.tpl");
  page->SetValue("ACTION", LibraryUrl(context));
  page->SetValue("LIST_URL", LibraryUrl(context));
  if (CanUpload(context)) page->ShowSection("CAN_UPLOAD");
  // What was typed comes back only with a refusal; after an upload the form is empty again.
  if (request.method == core::Method::kPost && status != 200) {
    page->SetValue("TITLE", Typed(request, "tieu_de"));
    page->SetValue("ALT", Typed(request, "mo_ta"));
  }
  for (const auto& [field, text] : request.invalid) {
    page->SetValueAndShowSection("ERROR_" + field, text, "HAS_ERROR_" + field);
  }
  AddLines(page, "MESSAGE", "HAS_MESSAGE", messages);
  AddLines(page, "NOTICE", "HAS_NOTICE", notices);
  for (const auto& [value, label] : std::initializer_list<std::pair<const char*, const char*>>{
           {"", "Tất cả"}, {"anh", "Ảnh"}, {"video", "Video"}, {"tai-lieu", "Tài liệu"}}) {
    Dict* o = page->AddSectionDictionary("KIND");
    o->SetValue("VALUE", value);
    o->SetValue("LABEL", label);
    if ((filter ? *filter : std::string()) == value) o->ShowSection("SELECTED");
  }
  page->SetValue("QUERY", query ? *query : "");
  for (const Row& r : list->rows) {
    Dict* item = page->AddSectionDictionary("ITEM");
    item->SetValue("URL", LibraryUrl(context) + "/" + r.Str(0));
    item->SetValue("TITLE", r.Str(4));
    item->SetValue("KIND_LABEL", KindLabel(r.Str(1)));
    item->SetValue("SIZE", SizeText(r.Int(6)));
    if (r.Str(1) == "image") {
      item->SetValueAndShowSection("THUMB", core::media::BestThumb(r.Str(2), r.Str(3), 320), "HAS_THUMB");
      if (r.Str(5).empty()) item->ShowSection("NEEDS_ALT");
    } else {
      item->SetValueAndShowSection("EXT", Extension(r.Str(2)), "NO_THUMB");
    }
  }
  if (list->rows.empty()) page->ShowSection("EMPTY");
  std::string base = LibraryUrl(context) + "?loai=" + core::UrlEncode(filter ? *filter : "") +
                     "&q=" + core::UrlEncode(query ? *query : "");
  page->SetValue("FIRST_URL", base);
  if (!list->next.empty()) {
    page->SetValueAndShowSection("MORE_URL", base + "&sau=" + list->next, "HAS_MORE");
    if (after) page->ShowSection("HAS_FIRST");
  } else if (after) {
    page->ShowSection("ONLY_FIRST");
  }
  Result<Response> r = RenderPage(layout);
  if (r.ok()) r->status = status;
  return r;
}

// A file of an upload, checked and not yet stored.
struct Incoming {
  const core::UploadedFile* file = nullptr;
  core::upload::Type type;
  std::string kind;  // image, video, file
  std::string sha256;
  std::string name;  // cleaned uploaded name
  long long existing = 0;
  std::string existing_title;
  // After storing:
  std::string path;
  int width = 0, height = 0;
  std::string thumbs;
};

std::string CleanName(const core::UploadedFile& f, const core::upload::Type& type) {
  Result<std::string> clean = core::vntext::CleanText(f.filename);
  std::string name = clean.ok() ? *clean : "";
  name = Cut(name, 200);
  return name.empty() ? "tep." + type.extension : name;
}

std::string TitleFromName(std::string_view name) {
  size_t dot = name.rfind('.');
  std::string stem(dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot));
  std::replace(stem.begin(), stem.end(), '_', ' ');
  return stem;
}

// The picker's return address: a page of this site's staff area, nothing else (no open
// redirect, no other host).
bool SafeReturn(const Context& context, const std::string& ret) {
  std::string base = AdminBase(context) + "/";
  if (ret.rfind(base, 0) != 0 || ret.size() > 300) return false;
  if (ret.find("//") != std::string::npos) return false;
  return ret.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789/-") == std::string::npos;
}

}  // namespace

Result<Response> HandleMediaLibrary(const Request& request, Context& context) {
  if (!context.user || !context.user->HasAny(context.site.id)) {
    return Status::Forbidden("Chỉ cán bộ của đơn vị dùng được thư viện media.");
  }
  std::vector<std::string> notices;
  for (const auto& [k, v] : request.query_params) {
    if (k == "da-xoa") notices.push_back("Đã xóa tệp khỏi thư viện.");
  }
  return ShowLibrary(request, context, {}, notices, 200);
}

Result<Response> HandleMediaUpload(const Request& request, Context& context) {
  if (!CanUpload(context)) {
    (void)core::Audit(context, request, "media.denied", "media", 0, "upload");
    return Status::Forbidden("Bạn không có quyền tải tệp lên thư viện media của trang này.");
  }
  if (!request.invalid.empty()) return ShowLibrary(request, context, {"Vui lòng kiểm tra lại các ô được đánh dấu."}, {}, 422);

  std::vector<Incoming> incoming;
  std::vector<std::string> errors;
  for (const core::UploadedFile& f : request.files) {
    if (f.field != "tep" || f.data.empty()) continue;
    Incoming in;
    in.file = &f;
    std::string shown = f.filename.empty() ? "(không tên)" : f.filename;
    Result<core::upload::Type> type = core::upload::Sniff(f.data, kLibraryTypes);
    if (!type.ok()) {
      errors.push_back("Tệp “" + shown + "”: " + type.status().user_message());
      continue;
    }
    in.type = *type;
    in.kind = type->mime.rfind("image/", 0) == 0 ? "image" : type->mime == "video/mp4" ? "video" : "file";
    size_t limit = in.kind == "image" ? kImageMaxBytes : kFileMaxBytes;
    if (f.data.size() > limit) {
      errors.push_back("Tệp “" + shown + "” quá lớn (" + SizeText(static_cast<long long>(f.data.size())) + "): " +
                       (in.kind == "image" ? "ảnh tối đa 10 MB." : "tài liệu và video tối đa 20 MB."));
      continue;
    }
    in.sha256 = core::password::Sha256Hex(f.data);
    in.name = CleanName(f, in.type);
    incoming.push_back(std::move(in));
  }
  if (!errors.empty()) {
    errors.push_back("Chưa tệp nào được lưu; vui lòng chọn lại các tệp hợp lệ.");
    (void)core::Audit(context, request, "media.refused", "media", 0, Cut(errors.front(), 200));
    return ShowLibrary(request, context, errors, {}, 422);
  }
  if (incoming.empty()) return ShowLibrary(request, context, {"Vui lòng chọn ít nhất một tệp để tải lên."}, {}, 422);

  // The same bytes already on this site (or twice in this upload) are reused, not stored again.
  for (size_t i = 0; i < incoming.size(); ++i) {
    Incoming& in = incoming[i];
    for (size_t j = 0; j < i; ++j) {
      if (incoming[j].sha256 == in.sha256) in.existing = -1 - static_cast<long long>(j);
    }
    if (in.existing) continue;
    Result<Rows> same = context.db.Query(
        "SELECT id, COALESCE(NULLIF(title, ''), original_name) FROM media WHERE site_id = ? AND sha256 = ? "
        "ORDER BY id LIMIT 1", {context.site.id, in.sha256});
    if (!same.ok()) return same.status();
    if (!same->empty()) {
      in.existing = same->front().Int(0);
      in.existing_title = same->front().Str(1);
    }
  }

  // Files first, then one transaction for the rows; files written go again unless it commits.
  const std::string dir = context.config.uploads_dir();
  std::vector<std::string> written;
  bool keep = false;
  struct Cleanup {
    const std::string& dir;
    const std::vector<std::string>& written;
    const bool& keep;
    ~Cleanup() {
      if (keep) return;
      for (const std::string& p : written) RemoveFiles(dir, p);
    }
  } cleanup{dir, written, keep};
  for (Incoming& in : incoming) {
    if (in.existing) continue;
    Result<core::upload::Saved> saved = core::upload::Save(dir, in.file->data, in.type);
    if (!saved.ok()) return saved.status();
    in.path = saved->path;
    written.push_back(in.path);
    if (in.kind != "image") continue;
    std::string full = dir + "/" + in.path;
    Result<core::image::Info> info = core::image::Probe(full);
    if (!info.ok() || static_cast<long long>(info->width) * info->height > kMaxPixels) {
      std::string why = info.ok() ? "ảnh quá lớn (tối đa 80 triệu điểm ảnh)." : info.status().user_message();
      (void)core::Audit(context, request, "media.refused", "media", 0, Cut("not an image: " + in.name, 200));
      return ShowLibrary(request, context, {"Tệp “" + in.file->filename + "”: " + why,
                                            "Chưa tệp nào được lưu; vui lòng chọn lại các tệp hợp lệ."}, {}, 422);
    }
    in.width = info->width;
    in.height = info->height;
    Result<std::vector<int>> thumbs = core::image::MakeThumbnails(full, dir + "/" + Stem(in.path));
    if (!thumbs.ok()) {
      if (thumbs.status().IsInvalid()) {
        (void)core::Audit(context, request, "media.refused", "media", 0, Cut("not an image: " + in.name, 200));
        return ShowLibrary(request, context, {"Tệp “" + in.file->filename + "”: " + thumbs.status().user_message(),
                                              "Chưa tệp nào được lưu; vui lòng chọn lại các tệp hợp lệ."}, {}, 422);
      }
      return thumbs.status();
    }
    for (int w : *thumbs) in.thumbs += (in.thumbs.empty() ? "" : ",") + std::to_string(w);
  }

  std::string typed_title = Typed(request, "tieu_de");
  std::string typed_alt = Typed(request, "mo_ta");
  core::Db& db = context.db;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  std::vector<std::string> notices;
  int stored = 0, numbered = 0;
  size_t fresh = static_cast<size_t>(std::count_if(incoming.begin(), incoming.end(), [](const Incoming& i) { return !i.existing; }));
  bool needs_alt = false;
  for (Incoming& in : incoming) {
    if (in.existing) continue;
    std::string title = typed_title.empty() ? TitleFromName(in.name)
                        : fresh > 1 ? typed_title + " (" + std::to_string(++numbered) + ")" : typed_title;
    std::string alt = in.kind == "image" ? typed_alt : "";
    if (in.kind == "image" && alt.empty()) needs_alt = true;
    auto opt_int = [&](int v) { return in.kind == "image" ? std::optional<long long>(v) : std::optional<long long>(); };
    Result<core::ExecResult> ins = db.Execute(
        "INSERT INTO media (site_id, kind, path, original_name, title, mime_type, size_bytes, sha256, width, height, "
        "thumb_widths, alt, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {context.site.id, in.kind, in.path, in.name, title, in.type.mime,
         static_cast<long long>(in.file->data.size()), in.sha256, opt_int(in.width), opt_int(in.height), in.thumbs,
         alt, context.user->user_id});
    if (!ins.ok()) return ins.status();
    Status audit = core::Audit(context, request, "media.upload", "media", ins->insert_id,
                               Cut(in.type.extension + " " + in.name, 200));
    if (!audit.ok()) return audit;
    ++stored;
  }
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed;
  keep = true;
  if (stored > 0) notices.push_back("Đã tải lên " + std::to_string(stored) + " tệp.");
  for (const Incoming& in : incoming) {
    if (in.existing > 0) {
      notices.push_back("Tệp “" + in.name + "” đã có trong thư viện (“" + in.existing_title +
                        "”): dùng lại tệp đã có, không lưu thêm bản nữa.");
    } else if (in.existing < 0) {
      notices.push_back("Tệp “" + in.name + "” được chọn hai lần: chỉ lưu một bản.");
    }
  }
  if (needs_alt) notices.push_back("Ảnh chưa có mô tả (alt): hãy nhập mô tả trước khi dùng ảnh trên trang công khai.");
  return ShowLibrary(request, context, {}, notices, 200);
}

static Result<Response> ShowItem(const Request& request, Context& context, const Row& r, const std::string& message,
                          const std::string& notice, int status) {
  Result<Rows> usage = Usage(context, r.Int(0), r.Str(2));
  if (!usage.ok()) return usage.status();
  std::string title = r.Str(4).empty() ? r.Str(5) : r.Str(4);
  Dict layout("media_item");
  Dict* page = StartPage(layout, request, context, title, "admin/media_item.tpl");
  std::string url = LibraryUrl(context) + "/" + r.Str(0);
  page->SetValue("BACK_URL", LibraryUrl(context));
  page->SetValue("TITLE", title);
  page->SetValue("TITLE_VALUE", request.method == core::Method::kPost ? Typed(request, "tieu_de") : r.Str(4));
  page->SetValue("ALT", request.method == core::Method::kPost ? Typed(request, "mo_ta") : r.Str(6));
  page->SetValue("ALT_SHOWN", r.Str(6));
  page->SetValue("KIND_LABEL", KindLabel(r.Str(1)));
  page->SetValue("MIME", r.Str(7));
  page->SetValue("ORIGINAL", r.Str(5));
  page->SetValue("SIZE", SizeText(r.Int(8)));
  page->SetValue("UPLOADER", r.Str(13).empty() ? "(không rõ)" : r.Str(13));
  page->SetValue("CREATED", core::vntext::FormatDateTime(r.Time(11)));
  page->SetValue("FILE_URL", core::media::Url(r.Str(2)));
  page->SetValue("SHA", r.Str(14));
  if (r.Str(1) == "image") {
    page->ShowSection("IS_IMAGE");
    page->SetValue("PREVIEW", core::media::BestThumb(r.Str(2), r.Str(3), 640));
    page->SetValue("SRCSET", core::media::Srcset(r.Str(2), r.Str(3)));
    page->SetValue("WIDTH", std::to_string(r.Int(9)));
    page->SetValue("HEIGHT", std::to_string(r.Int(10)));
  }
  bool can_change = CanChange(context, static_cast<uint32_t>(r.Int(12)));
  if (can_change) {
    page->ShowSection("CAN_EDIT");
    page->SetValue("ACTION", url);
    if (usage->empty()) {
      page->ShowSection("CAN_DELETE");
      page->SetValue("DELETE_URL", url + "/xoa");
    }
  }
  for (const Row& u : *usage) {
    Dict* item = page->AddSectionDictionary("USE");
    item->SetValue("WHERE", UsageLabel(u.Str(0)));
    item->SetValue("NAME", u.Str(2));
    std::string where = u.Str(0);
    if (where == "cover" || where == "gallery" || where == "body") {
      item->SetValueAndShowSection("LINK", AdminBase(context) + "/bai-viet/" + u.Str(1), "HAS_LINK");
    } else {
      item->ShowSection("NO_LINK");
    }
  }
  if (usage->empty()) page->ShowSection("UNUSED");
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  if (!notice.empty()) page->SetValueAndShowSection("NOTICE", notice, "HAS_NOTICE");
  for (const auto& [field, text] : request.invalid) {
    page->SetValueAndShowSection("ERROR_" + field, text, "HAS_ERROR_" + field);
  }
  Result<Response> resp = RenderPage(layout);
  if (resp.ok()) resp->status = status;
  return resp;
}

Result<Response> HandleMediaItem(const Request& request, Context& context) {
  if (!context.user || !context.user->HasAny(context.site.id)) {
    return Status::Forbidden("Chỉ cán bộ của đơn vị dùng được thư viện media.");
  }
  Result<Row> r = LoadItem(context, request.path_args.at(0));
  if (!r.ok()) return r.status();
  std::string notice;
  for (const auto& [k, v] : request.query_params) {
    if (k == "da-luu") notice = "Đã lưu.";
  }
  return ShowItem(request, context, *r, "", notice, 200);
}

Result<Response> HandleMediaUpdate(const Request& request, Context& context) {
  Result<Row> r = LoadItem(context, request.path_args.at(0));
  if (!r.ok()) return r.status();
  if (!CanChange(context, static_cast<uint32_t>(r->Int(12)))) {
    (void)core::Audit(context, request, "media.denied", "media", r->Int(0), "update");
    return Status::Forbidden("Bạn chỉ sửa được tệp mình tải lên (thư ký trở lên sửa được mọi tệp).");
  }
  if (!request.invalid.empty()) return ShowItem(request, context, *r, "Vui lòng kiểm tra lại các ô được đánh dấu.", "", 422);
  std::string title = Typed(request, "tieu_de");
  std::string alt = r->Str(1) == "image" ? Typed(request, "mo_ta") : "";
  Result<Rows> usage = Usage(context, r->Int(0), r->Str(2));
  if (!usage.ok()) return usage.status();
  if (r->Str(1) == "image" && alt.empty() && !usage->empty()) {
    return ShowItem(request, context, *r, "Ảnh đang được dùng trên trang công khai nên phải có mô tả (alt).", "", 422);
  }
  core::Db& db = context.db;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> u = db.Execute(
      "UPDATE media SET title = ?, alt = ?, updated_at = UTC_TIMESTAMP() WHERE id = ? AND site_id = ?",
      {title, alt, r->Int(0), context.site.id});
  if (!u.ok()) return u.status();
  // Articles whose cover this is show its description.
  Result<core::ExecResult> covers = db.Execute(
      "UPDATE articles SET cover_alt = ? WHERE cover_media_id = ? AND site_id = ?", {alt, r->Int(0), context.site.id});
  if (!covers.ok()) return covers.status();
  Status audit = core::Audit(context, request, "media.update", "media", r->Int(0), Cut("alt: " + alt, 200));
  if (!audit.ok()) return audit;
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed;
  return Response::Redirect(LibraryUrl(context) + "/" + r->Str(0) + "?da-luu=1", 303);
}

Result<Response> HandleMediaDelete(const Request& request, Context& context) {
  Result<Row> r = LoadItem(context, request.path_args.at(0));
  if (!r.ok()) return r.status();
  if (!CanChange(context, static_cast<uint32_t>(r->Int(12)))) {
    (void)core::Audit(context, request, "media.denied", "media", r->Int(0), "delete");
    return Status::Forbidden("Bạn chỉ xóa được tệp mình tải lên; xóa tệp của người khác cần thư ký trở lên.");
  }
  core::Db& db = context.db;
  std::string path = r->Str(2);
  {
    Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
    if (!tx.ok()) return tx.status();
    Result<Rows> lock = db.Query("SELECT id FROM media WHERE id = ? AND site_id = ? FOR UPDATE", {r->Int(0), context.site.id});
    if (!lock.ok()) return lock.status();
    if (lock->empty()) return Status::NotFound();
    Result<Rows> usage = Usage(context, r->Int(0), path);
    if (!usage.ok()) return usage.status();
    if (!usage->empty()) {
      tx->reset();  // rolls back: the refusal below is audited on its own
      (void)core::Audit(context, request, "media.delete_refused", "media", r->Int(0),
                        std::to_string(usage->size()) + " uses");
      std::string where = UsageLabel(usage->front().Str(0)) + " “" + usage->front().Str(2) + "”";
      return Status::Conflict("Không xóa được: tệp đang được dùng ở " + std::to_string(usage->size()) +
                              " nơi (" + where + (usage->size() > 1 ? "…" : "") +
                              "). Hãy gỡ tệp khỏi các nơi đó trước khi xóa.");
    }
    Result<core::ExecResult> del = db.Execute("DELETE FROM media WHERE id = ? AND site_id = ?", {r->Int(0), context.site.id});
    if (!del.ok()) return del.status();
    Status audit = core::Audit(context, request, "media.delete", "media", r->Int(0),
                               Cut(r->Str(5) + " " + r->Str(14).substr(0, 16), 200));
    if (!audit.ok()) return audit;
    Status committed = (*tx)->Commit();
    if (!committed.ok()) return committed;
  }
  RemoveFiles(context.config.uploads_dir(), path);
  return Response::Redirect(LibraryUrl(context) + "?da-xoa=1", 303);
}

// The picker: images of the site to choose from, as a page that links back to the form
// that asked (no JavaScript needed), or as JSON for admin-picker.js.
Result<Response> HandleMediaPicker(const Request& request, Context& context) {
  if (!context.user || !context.user->HasAny(context.site.id)) {
    return Status::Forbidden("Chỉ cán bộ của đơn vị dùng được thư viện media.");
  }
  const std::string* query = request.Field("q");
  Result<Page> list = ListPage(context, "image", query ? *query : "", request.Field("sau"));
  if (!list.ok()) return list.status();
  const std::string* format = request.Field("dang");
  if (format && *format == "json") {
    std::string out = "{\"items\":[";
    bool first = true;
    for (const Row& r : list->rows) {
      if (!first) out += ",";
      first = false;
      out += "{\"id\":" + r.Str(0) + ",\"title\":" + JsonString(r.Str(4)) + ",\"alt\":" + JsonString(r.Str(5)) +
             ",\"thumb\":" + JsonString(core::media::BestThumb(r.Str(2), r.Str(3), 320)) +
             ",\"src\":" + JsonString(core::media::BestThumb(r.Str(2), r.Str(3), 1024)) +
             ",\"width\":" + r.Str(8) + ",\"height\":" + r.Str(9) +
             ",\"edit\":" + JsonString(LibraryUrl(context) + "/" + r.Str(0)) + "}";
    }
    out += "],\"next\":" + JsonString(list->next) + "}";
    Response resp;
    resp.content_type = "application/json; charset=utf-8";
    resp.body = std::move(out);
    resp.Header("Cache-Control", "no-store");
    return resp;
  }
  const std::string* purpose = request.Field("muc-dich");
  std::string code = purpose ? *purpose : "anh-dai-dien";
  const std::string* ret = request.Field("ve");
  std::string back = ret && SafeReturn(context, *ret) ? *ret : AdminBase(context) + "/bai-viet/moi";
  Dict layout("media_picker");
  Dict* page = StartPage(layout, request, context, "Chọn ảnh từ thư viện", "admin/media_picker.tpl");
  page->SetValue("BACK_URL", back);
  page->SetValue("RETURN", back);
  page->SetValue("PURPOSE_CODE", code);
  page->SetValue("PURPOSE", code == "anh-bai" ? "Chọn ảnh để thêm vào bộ ảnh của bài viết."
                                              : "Chọn ảnh đại diện cho bài viết.");
  page->SetValue("PICKER_URL", LibraryUrl(context) + "/chon");
  page->SetValue("LIBRARY_URL", LibraryUrl(context));
  page->SetValue("QUERY", query ? *query : "");
  std::string param = code == "anh-bai" ? "them-anh" : "anh-dai-dien";
  for (const Row& r : list->rows) {
    Dict* item = page->AddSectionDictionary("ITEM");
    item->SetValue("TITLE", r.Str(4));
    item->SetValue("THUMB", core::media::BestThumb(r.Str(2), r.Str(3), 320));
    item->SetValue("ITEM_URL", LibraryUrl(context) + "/" + r.Str(0));
    if (r.Str(5).empty()) {
      item->ShowSection("NEEDS_ALT");
    } else {
      item->SetValueAndShowSection("PICK_URL", back + "?" + param + "=" + r.Str(0), "CAN_PICK");
    }
  }
  if (list->rows.empty()) page->ShowSection("EMPTY");
  if (!list->next.empty()) {
    page->SetValueAndShowSection("MORE_URL",
                                 LibraryUrl(context) + "/chon?muc-dich=" + code + "&ve=" + core::UrlEncode(back) +
                                     "&q=" + core::UrlEncode(query ? *query : "") + "&sau=" + list->next,
                                 "HAS_MORE");
  }
  return RenderPage(layout);
}

}  // namespace admin
