// Articles in the staff area: the dashboard, lists, writing and the approval chain
// (seed 001 Điều 14), with every step and every save kept.
#include <algorithm>
#include <map>
#include <optional>

#include "admin/admin.h"
#include "core/audit.h"
#include "core/diff.h"
#include "core/media.h"
#include "core/sanitize.h"
#include "core/vntext.h"

namespace admin {
namespace {

using core::Row;
using core::Rows;
using core::Status;
namespace wf = core::workflow;

constexpr int kPageSize = 30;

constexpr char kCategoriesSql[] =
    "SELECT id, name FROM categories WHERE site_id = ? ORDER BY sort_order, id LIMIT 100";
constexpr char kGenresSql[] = "SELECT code, name FROM genres ORDER BY sort_order";
constexpr char kReasonsSql[] = "SELECT code, text FROM return_reasons ORDER BY sort_order";

constexpr char kArticleSql[] =
    "SELECT a.id, a.site_id, a.category_id, COALESCE(a.genre_code, ''), a.title, a.slug, a.summary, a.body, "
    "a.author_name, COALESCE(a.author_id, 0), COALESCE(a.source_name, ''), COALESCE(a.source_author, ''), "
    "COALESCE(a.source_url, ''), a.status, a.outside_plan, a.paid_notice, a.featured, a.published_at, "
    "COALESCE(a.last_reason_code, ''), COALESCE(a.last_note, ''), a.updated_at, COALESCE(a.cover_media_id, 0) "
    "FROM articles a WHERE a.id = ? AND a.site_id = ?";

constexpr char kEventsSql[] =
    "SELECT e.at, u.full_name, e.action, e.from_status, e.to_status, COALESCE(r.text, ''), e.note "
    "FROM article_events e JOIN users u ON u.id = e.user_id "
    "LEFT JOIN return_reasons r ON r.code = e.reason_code WHERE e.article_id = ? ORDER BY e.id LIMIT 200";

// Lists: keyset on (updated_at, id) is not needed for the staff's few hundred items;
// ids descending with ?sau=<id> keeps each page the same cost.
#define LIST_COLUMNS                                                                       \
  "SELECT a.id, a.title, a.status, a.updated_at, c.name, a.author_name, a.published_at "  \
  "FROM articles a JOIN categories c ON c.id = a.category_id "
constexpr char kListAllSql[] = LIST_COLUMNS "WHERE a.site_id = ? AND a.id < ? ORDER BY a.id DESC LIMIT ?";
constexpr char kListStatusSql[] =
    LIST_COLUMNS "WHERE a.site_id = ? AND a.status = ? AND a.id < ? ORDER BY a.id DESC LIMIT ?";
constexpr char kListMineSql[] =
    LIST_COLUMNS "WHERE a.site_id = ? AND a.author_id = ? AND a.id < ? ORDER BY a.id DESC LIMIT ?";

constexpr char kCountsSql[] =
    "SELECT status, COUNT(*) FROM articles WHERE site_id = ? GROUP BY status";

struct Loaded {
  Row row;
  wf::Article article;
};

Result<Loaded> LoadArticle(Context& context, const std::string& id_arg) {
  uint64_t id = 0;
  for (char c : id_arg) {
    if (c < '0' || c > '9' || id > 100000000000ull) return Status::NotFound();
    id = id * 10 + static_cast<uint64_t>(c - '0');
  }
  if (id == 0) return Status::NotFound();
  Result<Row> row = context.db.QueryRow(kArticleSql, {static_cast<long long>(id), context.site.id});
  if (!row.ok()) return row.status();
  Result<wf::State> state = wf::ParseState(row->Str(13));
  if (!state.ok()) return state.status();
  wf::Article art;
  art.state = *state;
  art.author_id = static_cast<uint32_t>(row->Int(9));
  art.category_id = static_cast<uint32_t>(row->Int(2));
  art.needs_chief = row->Int(14) != 0 || row->Int(15) != 0 || !row->Str(10).empty();
  return Loaded{std::move(row).value(), art};
}

// Which actions the actor may take now: shown as buttons (and checked again on POST).
std::vector<wf::Action> AllowedActions(const wf::Article& art, const wf::Actor& actor) {
  std::vector<wf::Action> out;
  for (wf::Action a : {wf::Action::kSave, wf::Action::kSubmit, wf::Action::kForward, wf::Action::kApprove,
                       wf::Action::kReturn, wf::Action::kTakeDown, wf::Action::kRestore}) {
    if (wf::Decide(a, art, actor).ok()) out.push_back(a);
  }
  return out;
}

void FillOptions(Dict* page, const char* section, const Rows& rows, const std::string& selected) {
  for (const Row& r : rows) {
    Dict* o = page->AddSectionDictionary(section);
    o->SetValue("VALUE", r.Str(0));
    o->SetValue("LABEL", r.Str(1));
    if (r.Str(0) == selected) o->ShowSection("SELECTED");
  }
}

// The editing form, from the article row or from what was typed.
struct FormValues {
  std::string title, category, genre, summary, body, author, source, source_author, source_url, publish_at;
  // Pictures from the media library: the cover's id, the gallery's ids in order ("12,5,9").
  std::string cover, gallery;
  bool outside_plan = false, paid = false, featured = false;
};

FormValues FromRow(const Row& r) {
  FormValues v;
  v.category = r.Str(2);
  v.genre = r.Str(3);
  v.title = r.Str(4);
  v.summary = r.Str(6);
  v.body = r.Str(7);
  v.author = r.Str(8);
  v.source = r.Str(10);
  v.source_author = r.Str(11);
  v.source_url = r.Str(12);
  v.outside_plan = r.Int(14) != 0;
  v.paid = r.Int(15) != 0;
  v.featured = r.Int(16) != 0;
  if (r.Int(21) != 0) v.cover = r.Str(21);
  return v;
}

FormValues FromRequest(const Request& request) {
  auto get = [&](const char* name) {
    if (const std::string* v = request.Field(name)) return *v;
    auto it = request.entered.find(name);
    return it == request.entered.end() ? std::string() : it->second;
  };
  FormValues v;
  v.title = get("tieu_de");
  v.category = get("chuyen_muc");
  v.genre = get("the_loai");
  v.summary = get("tom_tat");
  v.body = get("noi_dung");
  v.author = get("tac_gia");
  v.source = get("nguon");
  v.source_author = get("nguon_tac_gia");
  v.source_url = get("nguon_url");
  v.publish_at = get("dang_luc");
  v.outside_plan = request.Field("ngoai_ke_hoach") != nullptr;
  v.paid = request.Field("quang_cao") != nullptr;
  v.featured = request.Field("noi_bat") != nullptr;
  v.cover = get("anh_dai_dien");
  v.gallery = get("anh_album");
  return v;
}

// "12, 5,9" → {12, 5, 9} (each once, at most 60); nullopt when it is not such a list.
std::optional<std::vector<long long>> ParseIds(std::string_view text) {
  std::vector<long long> ids;
  long long n = -1;
  for (size_t i = 0; i <= text.size(); ++i) {
    char c = i < text.size() ? text[i] : ',';
    if (c >= '0' && c <= '9') {
      n = (n < 0 ? 0 : n) * 10 + (c - '0');
      if (n > 4294967295ll) return std::nullopt;
    } else if (c == ',' || c == ' ') {
      if (n > 0 && std::find(ids.begin(), ids.end(), n) == ids.end()) ids.push_back(n);
      else if (n == 0) return std::nullopt;
      n = -1;
    } else {
      return std::nullopt;
    }
  }
  if (ids.size() > 60) return std::nullopt;
  return ids;
}

// The site's images among `ids`: id → (path, thumb widths, title, alt).
struct Picture {
  std::string path, widths, title, alt;
};
Result<std::map<long long, Picture>> LoadPictures(Context& context, const std::vector<long long>& ids) {
  std::map<long long, Picture> out;
  if (ids.empty()) return out;
  std::string sql =
      "SELECT id, path, thumb_widths, COALESCE(NULLIF(title, ''), original_name), alt FROM media "
      "WHERE site_id = ? AND kind = 'image' AND id IN (";
  std::vector<core::Param> params = {context.site.id};
  for (size_t i = 0; i < ids.size(); ++i) {
    sql += i ? ",?" : "?";
    params.emplace_back(ids[i]);
  }
  sql += ")";
  Result<Rows> rows = context.db.Query(sql, params);
  if (!rows.ok()) return rows.status();
  for (const Row& r : *rows) out[r.Int(0)] = Picture{r.Str(1), r.Str(2), r.Str(3), r.Str(4)};
  return out;
}

// The gallery's ids in order, as the form holds them.
Result<std::string> GalleryOf(Context& context, long long article_id) {
  Result<Rows> rows = context.db.Query(
      "SELECT media_id FROM article_photos WHERE article_id = ? ORDER BY sort_order, media_id LIMIT 60", {article_id});
  if (!rows.ok()) return rows.status();
  std::string out;
  for (const Row& r : *rows) out += (out.empty() ? "" : ",") + r.Str(0);
  return out;
}

// Adds what the picker page sent back (?anh-dai-dien=, ?them-anh=) to the form.
void TakePicked(const Request& request, FormValues& values) {
  if (const std::string* cover = request.Field("anh-dai-dien")) values.cover = *cover;
  if (const std::string* add = request.Field("them-anh")) {
    std::optional<std::vector<long long>> ids = ParseIds(values.gallery);
    if (ids && std::find(ids->begin(), ids->end(), std::stoll(*add)) == ids->end()) {
      values.gallery += (values.gallery.empty() ? "" : ",") + *add;
    }
  }
}

Result<Response> ShowEditor(const Request& request, Context& context, const Loaded* loaded,
                            const FormValues& values, const std::string& message, int status) {
  Result<wf::Actor> actor = ActorOf(context);
  if (!actor.ok()) return actor.status();
  Result<Rows> categories = context.db.Query(kCategoriesSql, {context.site.id});
  if (!categories.ok()) return categories.status();
  Result<Rows> genres = context.db.Query(kGenresSql);
  if (!genres.ok()) return genres.status();
  Result<Rows> reasons = context.db.Query(kReasonsSql);
  if (!reasons.ok()) return reasons.status();

  Dict layout("editor");
  std::string title = loaded ? "Sửa bài viết" : "Viết bài mới";
  Dict* page = StartPage(layout, request, context, title, "admin/article_edit.tpl");
  page->SetValue("HEADING", title);
  page->SetValue("ACTION", loaded ? AdminBase(context) + "/bai-viet/" + loaded->row.Str(0)
                                  : AdminBase(context) + "/bai-viet/moi");
  page->SetValue("TITLE", values.title);
  page->SetValue("SUMMARY", values.summary);
  page->SetValue("BODY", values.body);
  page->SetValue("AUTHOR", values.author.empty() && !loaded ? context.user->full_name : values.author);
  page->SetValue("SOURCE", values.source);
  page->SetValue("SOURCE_AUTHOR", values.source_author);
  page->SetValue("SOURCE_URL", values.source_url);
  page->SetValue("PUBLISH_AT", values.publish_at);
  if (values.outside_plan) page->ShowSection("OUTSIDE_PLAN");
  if (values.paid) page->ShowSection("PAID");
  if (values.featured) page->ShowSection("FEATURED");
  FillOptions(page, "CATEGORY", *categories, values.category);
  FillOptions(page, "GENRE", *genres, values.genre);
  FillOptions(page, "REASON", *reasons, "");
  // The cover and the gallery, from the media library (media.cc's picker).
  {
    std::string self = loaded ? AdminBase(context) + "/bai-viet/" + loaded->row.Str(0) : AdminBase(context) + "/bai-viet/moi";
    std::string picker = AdminBase(context) + "/thu-vien-anh/chon";
    page->SetValue("PICKER_JSON", picker + "?dang=json");
    page->SetValue("PICK_COVER_URL", picker + "?muc-dich=anh-dai-dien&ve=" + core::UrlEncode(self));
    page->SetValue("PICK_PHOTO_URL", picker + "?muc-dich=anh-bai&ve=" + core::UrlEncode(self));
    page->SetValue("COVER_ID", values.cover);
    page->SetValue("GALLERY_IDS", values.gallery);
    std::vector<long long> ids = ParseIds(values.gallery).value_or(std::vector<long long>{});
    std::optional<std::vector<long long>> cover = ParseIds(values.cover);
    if (cover && cover->size() == 1) ids.push_back(cover->front());
    Result<std::map<long long, Picture>> pictures = LoadPictures(context, ids);
    if (!pictures.ok()) return pictures.status();
    if (cover && cover->size() == 1 && pictures->count(cover->front())) {
      const Picture& p = pictures->at(cover->front());
      Dict* c = page->AddSectionDictionary("COVER");
      c->SetValue("THUMB", core::media::BestThumb(p.path, p.widths, 320));
      c->SetValue("ALT", p.alt);
      c->SetValue("PICTURE_TITLE", p.title);
    } else {
      page->ShowSection("NO_COVER");
    }
    for (long long id : ParseIds(values.gallery).value_or(std::vector<long long>{})) {
      auto it = pictures->find(id);
      if (it == pictures->end()) continue;
      Dict* photo = page->AddSectionDictionary("PHOTO");
      photo->SetValue("ID", std::to_string(id));
      photo->SetValue("THUMB", core::media::BestThumb(it->second.path, it->second.widths, 320));
      photo->SetValue("PICTURE_TITLE", it->second.title);
      photo->SetValue("ALT", it->second.alt);
    }
  }
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  for (const auto& [field, text] : request.invalid) {
    Dict* e = page->AddSectionDictionary("ERROR");
    e->SetValue("ERROR_TEXT", text);
    page->SetValueAndShowSection("ERROR_" + field, text, "HAS_ERROR_" + field);
  }

  wf::Article art;
  if (loaded) {
    art = loaded->article;
    page->SetValueAndShowSection("STATUS_LABEL", std::string(wf::StateLabel(art.state)), "HAS_STATUS");
    page->SetValue("STATUS", std::string(wf::StateName(art.state)));
    page->SetValue("HISTORY_URL", AdminBase(context) + "/bai-viet/" + loaded->row.Str(0) + "/lich-su");
    if (art.state == wf::State::kPublished) {
      page->SetValueAndShowSection("PUBLIC_URL",
                                   context.prefix + "/bai-viet/" + loaded->row.Str(0) + "-" + loaded->row.Str(5),
                                   "IS_PUBLISHED");
    }
    if ((art.state == wf::State::kReturned || art.state == wf::State::kTakenDown) && !loaded->row.Str(18).empty()) {
      for (const Row& r : *reasons) {
        if (r.Str(0) == loaded->row.Str(18)) {
          page->SetValueAndShowSection("LAST_REASON", r.Str(0) + ") " + r.Str(1), "HAS_LAST_REASON");
        }
      }
      page->SetValue("LAST_NOTE", loaded->row.Str(19));
    }
    Result<Rows> events = context.db.Query(kEventsSql, {loaded->row.Int(0)});
    if (!events.ok()) return events.status();
    for (const Row& e : *events) {
      Dict* item = page->AddSectionDictionary("EVENT");
      item->SetValue("AT", core::vntext::FormatDateTime(e.Time(0)));
      item->SetValue("WHO", e.Str(1));
      Result<wf::Action> a = wf::ParseAction(e.Str(2));
      item->SetValue("WHAT", a.ok() ? std::string(wf::ActionLabel(*a)) : e.Str(2));
      Result<wf::State> to = wf::ParseState(e.Str(4));
      item->SetValue("TO", to.ok() ? std::string(wf::StateLabel(*to)) : e.Str(4));
      if (!e.Str(5).empty()) item->SetValueAndShowSection("REASON", e.Str(5), "HAS_REASON");
      if (!e.Str(6).empty()) item->SetValueAndShowSection("NOTE", e.Str(6), "HAS_NOTE");
    }
    if (!events->empty()) page->ShowSection("HAS_EVENTS");
  } else {
    art.author_id = actor->user_id;
  }
  std::vector<wf::Action> allowed = AllowedActions(art, *actor);
  bool can_edit = std::find(allowed.begin(), allowed.end(), wf::Action::kSave) != allowed.end();
  if (!loaded && wf::CanWrite(*actor)) {
    can_edit = true;
    allowed = {wf::Action::kSave, wf::Action::kSubmit};
  }
  if (!can_edit) page->ShowSection("READ_ONLY");
  for (wf::Action a : allowed) {
    if (a == wf::Action::kReturn || a == wf::Action::kTakeDown) {
      page->ShowSection("NEEDS_REASON");
      continue;
    }
    if (a == wf::Action::kSave && !can_edit) continue;
    Dict* b = page->AddSectionDictionary("BUTTON");
    b->SetValue("VALUE", std::string(wf::ActionName(a)));
    b->SetValue("LABEL", a == wf::Action::kSave && loaded && art.state != wf::State::kDraft &&
                                 art.state != wf::State::kReturned ? "Lưu" : std::string(wf::ActionLabel(a)));
    if (a == wf::Action::kApprove) page->ShowSection("CAN_APPROVE");
  }
  for (wf::Action a : allowed) {
    if (a != wf::Action::kReturn && a != wf::Action::kTakeDown) continue;
    Dict* b = page->AddSectionDictionary("REASON_BUTTON");
    b->SetValue("VALUE", std::string(wf::ActionName(a)));
    b->SetValue("LABEL", std::string(wf::ActionLabel(a)));
  }
  Result<Response> r = RenderPage(layout);
  if (r.ok()) r->status = status;
  return r;
}

// "2026-11-24T08:30" (local time, from <input type=datetime-local>) → UTC; nullopt if malformed.
std::optional<std::time_t> ParseLocalDateTime(const std::string& text) { return core::vntext::ParseFormDateTime(text); }

// Saves the content (a new revision when it changed) and applies the action, in one
// transaction with its event and audit entry.
Result<Response> Apply(const Request& request, Context& context, const Loaded* loaded) {
  Result<wf::Actor> actor = ActorOf(context);
  if (!actor.ok()) return actor.status();
  FormValues typed = FromRequest(request);
  Result<wf::Action> action = wf::ParseAction(request.Field("thao_tac") ? *request.Field("thao_tac") : "");
  if (!action.ok()) return ShowEditor(request, context, loaded, typed, "Vui lòng chọn một thao tác.", 422);

  wf::Article art;
  if (loaded) {
    art = loaded->article;
  } else {
    if (!wf::CanWrite(*actor)) return Status::Forbidden("Bạn không có quyền viết bài trên trang này.");
    art.author_id = actor->user_id;
    art.state = wf::State::kDraft;
  }
  art.needs_chief = art.needs_chief || typed.outside_plan || typed.paid || !typed.source.empty();
  Result<wf::State> next = wf::Decide(*action, art, *actor);
  if (!next.ok()) {
    (void)core::Audit(context, request, "article.denied", "article", loaded ? loaded->row.Int(0) : 0,
                      std::string(wf::ActionName(*action)));
    return next.status();
  }
  bool can_edit = !loaded || wf::Decide(wf::Action::kSave, art, *actor).ok();
  const std::string* reason = request.Field("ly_do");
  const std::string* note = request.Field("ghi_chu");
  if ((*action == wf::Action::kReturn || *action == wf::Action::kTakeDown) && (!reason || !note || note->empty())) {
    return ShowEditor(request, context, loaded, loaded ? FromRow(loaded->row) : typed,
                      "Khi trả lại hoặc gỡ bài, vui lòng chọn lý do (a–g) và ghi chú cho tác giả.", 422);
  }
  std::optional<std::time_t> publish_at;
  if (*action == wf::Action::kApprove && !typed.publish_at.empty()) {
    publish_at = ParseLocalDateTime(typed.publish_at);
    if (!publish_at) {
      return ShowEditor(request, context, loaded, typed, "Thời điểm đăng không hợp lệ.", 422);
    }
  }
  // Content: validated and sanitised, only when this actor may change it.
  std::string body;
  uint32_t category_id = loaded ? static_cast<uint32_t>(loaded->row.Int(2)) : 0;
  long long picked_cover = 0;
  std::string picked_cover_alt;
  std::vector<long long> picked_gallery;
  std::map<long long, std::string> picked_captions;
  if (can_edit) {
    if (!request.invalid.empty()) {
      return ShowEditor(request, context, loaded, typed, "Vui lòng kiểm tra lại các ô được đánh dấu.", 422);
    }
    body = core::html::Sanitize(typed.body);
    // A body of pictures only (ảnh hoạt động) has no text but is not empty.
    if (core::html::ToText(body).empty() && body.find("<img ") == std::string::npos) {
      return ShowEditor(request, context, loaded, typed, "Nội dung bài viết không được để trống.", 422);
    }
    Result<Row> category = context.db.QueryRow("SELECT id FROM categories WHERE id = ? AND site_id = ?",
                                               {typed.category, context.site.id});
    if (!category.ok()) {
      return ShowEditor(request, context, loaded, typed, "Chuyên mục không thuộc trang của đơn vị.", 422);
    }
    category_id = static_cast<uint32_t>(category->Int(0));
    if (!typed.source_url.empty() && typed.source_url.rfind("https://", 0) != 0 && typed.source_url.rfind("http://", 0) != 0) {
      return ShowEditor(request, context, loaded, typed, "Địa chỉ bài gốc phải bắt đầu bằng http:// hoặc https://.", 422);
    }
    // Pictures: the site's images; one newly chosen needs its description (alt) first.
    std::optional<std::vector<long long>> gallery_ids = ParseIds(typed.gallery);
    std::optional<std::vector<long long>> cover_ids = ParseIds(typed.cover);
    if (!gallery_ids || !cover_ids || cover_ids->size() > 1) {
      return ShowEditor(request, context, loaded, typed, "Danh sách ảnh không hợp lệ: ghi mã ảnh, cách nhau bởi dấu phẩy.", 422);
    }
    std::vector<long long> all = *gallery_ids;
    if (!cover_ids->empty()) all.push_back(cover_ids->front());
    Result<std::map<long long, Picture>> pictures = LoadPictures(context, all);
    if (!pictures.ok()) return pictures.status();
    std::string before_gallery;
    if (loaded) {
      Result<std::string> g = GalleryOf(context, loaded->row.Int(0));
      if (!g.ok()) return g.status();
      before_gallery = "," + *g + ",";
    }
    for (long long id : all) {
      auto it = pictures->find(id);
      if (it == pictures->end()) {
        return ShowEditor(request, context, loaded, typed, "Ảnh mã " + std::to_string(id) + " không có trong thư viện media của trang.", 422);
      }
      bool kept = loaded && (loaded->row.Int(21) == id || before_gallery.find("," + std::to_string(id) + ",") != std::string::npos);
      if (it->second.alt.empty() && !kept) {
        return ShowEditor(request, context, loaded, typed,
                          "Ảnh “" + it->second.title + "” chưa có mô tả (alt): hãy nhập mô tả trong Thư viện media trước khi dùng ảnh trên trang công khai.", 422);
      }
    }
    picked_cover = cover_ids->empty() ? 0 : cover_ids->front();
    picked_cover_alt = picked_cover ? pictures->at(picked_cover).alt : "";
    picked_gallery = *gallery_ids;
    for (long long id : picked_gallery) picked_captions[id] = pictures->at(id).alt;
    // A board member's approval is per category: the category now chosen counts.
    art.category_id = category_id;
    if (*action == wf::Action::kApprove && !wf::Decide(*action, art, *actor).ok()) {
      return wf::Decide(*action, art, *actor).status();
    }
  }

  core::Db& db = context.db;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  uint64_t id = loaded ? static_cast<uint64_t>(loaded->row.Int(0)) : 0;
  auto opt = [](const std::string& s) { return s.empty() ? std::optional<std::string>() : std::optional<std::string>(s); };
  if (!loaded) {
    Result<core::ExecResult> ins = db.Execute(
        "INSERT INTO articles (site_id, category_id, genre_code, title, slug, summary, body, author_name, author_id, "
        "source_name, source_author, source_url, status, outside_plan, paid_notice, featured) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)",
        {context.site.id, category_id, opt(typed.genre), typed.title, core::vntext::Slugify(typed.title), typed.summary,
         body, typed.author, context.user->user_id, opt(typed.source), opt(typed.source_author), opt(typed.source_url),
         typed.outside_plan ? 1 : 0, typed.paid ? 1 : 0, typed.featured ? 1 : 0});
    if (!ins.ok()) return ins.status();
    id = ins->insert_id;
  } else if (can_edit) {
    Result<core::ExecResult> upd = db.Execute(
        "UPDATE articles SET category_id = ?, genre_code = ?, title = ?, summary = ?, body = ?, author_name = ?, "
        "source_name = ?, source_author = ?, source_url = ?, outside_plan = ?, paid_notice = ?, featured = ?, "
        "updated_at = UTC_TIMESTAMP() WHERE id = ?",
        {category_id, opt(typed.genre), typed.title, typed.summary, body, typed.author, opt(typed.source),
         opt(typed.source_author), opt(typed.source_url), typed.outside_plan ? 1 : 0, typed.paid ? 1 : 0,
         typed.featured ? 1 : 0, static_cast<long long>(id)});
    if (!upd.ok()) return upd.status();
    // The slug follows the title until the article is first published.
    if (art.state != wf::State::kPublished && art.state != wf::State::kTakenDown) {
      (void)db.Execute("UPDATE articles SET slug = ? WHERE id = ?", {core::vntext::Slugify(typed.title), static_cast<long long>(id)});
    }
  }
  if (can_edit) {
    // The cover and the gallery; a photo kept keeps the caption it had.
    Result<core::ExecResult> cov = db.Execute(
        "UPDATE articles SET cover_media_id = ?, cover_alt = ? WHERE id = ?",
        {picked_cover ? std::optional<long long>(picked_cover) : std::optional<long long>(), picked_cover_alt,
         static_cast<long long>(id)});
    if (!cov.ok()) return cov.status();
    Result<Rows> captions = db.Query("SELECT media_id, caption FROM article_photos WHERE article_id = ?", {static_cast<long long>(id)});
    if (!captions.ok()) return captions.status();
    for (const Row& c : *captions) {
      if (!c.Str(1).empty() && picked_captions.count(c.Int(0))) picked_captions[c.Int(0)] = c.Str(1);
    }
    Result<core::ExecResult> clear = db.Execute("DELETE FROM article_photos WHERE article_id = ?", {static_cast<long long>(id)});
    if (!clear.ok()) return clear.status();
    int order = 0;
    for (long long media_id : picked_gallery) {
      Result<core::ExecResult> add = db.Execute(
          "INSERT INTO article_photos (article_id, media_id, sort_order, caption) VALUES (?, ?, ?, ?)",
          {static_cast<long long>(id), media_id, ++order, picked_captions[media_id]});
      if (!add.ok()) return add.status();
    }
    // Every save is a revision (unchanged content adds none).
    bool changed = !loaded || loaded->row.Str(4) != typed.title || loaded->row.Str(6) != typed.summary ||
                   loaded->row.Str(7) != body;
    if (changed) {
      Result<core::ExecResult> rev = db.Execute(
          "INSERT INTO article_revisions (article_id, user_id, title, summary, body) VALUES (?, ?, ?, ?, ?)",
          {static_cast<long long>(id), context.user->user_id, typed.title, typed.summary, body});
      if (!rev.ok()) return rev.status();
    }
  }
  wf::State to = *next;
  if (*action != wf::Action::kSave || !loaded) {
    std::string from(wf::StateName(loaded ? art.state : wf::State::kDraft));
    Result<core::ExecResult> st = db.Execute(
        "UPDATE articles SET status = ?, updated_at = UTC_TIMESTAMP(), "
        "last_reason_code = ?, last_note = ? WHERE id = ?",
        {std::string(wf::StateName(to)), reason ? std::optional<std::string>(*reason) : std::optional<std::string>(),
         note ? std::optional<std::string>(*note) : std::optional<std::string>(), static_cast<long long>(id)});
    if (!st.ok()) return st.status();
    if (*action == wf::Action::kApprove) {
      // Published now, or at the set time: the public pages show it when it is due.
      Result<core::ExecResult> p = db.Execute(
          "UPDATE articles SET published_at = COALESCE(?, UTC_TIMESTAMP()) WHERE id = ?",
          {publish_at ? std::optional<std::string>(core::SqlDateTime(*publish_at)) : std::optional<std::string>(),
           static_cast<long long>(id)});
      if (!p.ok()) return p.status();
    }
    Result<core::ExecResult> ev = db.Execute(
        "INSERT INTO article_events (article_id, user_id, action, from_status, to_status, reason_code, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        {static_cast<long long>(id), context.user->user_id, std::string(wf::ActionName(*action)), from,
         std::string(wf::StateName(to)), reason ? std::optional<std::string>(*reason) : std::optional<std::string>(),
         note ? *note : std::string()});
    if (!ev.ok()) return ev.status();
  }
  Status audit = core::Audit(context, request, "article." + std::string(wf::ActionName(*action)), "article", id,
                             typed.title.substr(0, 200));
  if (!audit.ok()) return audit;
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed;
  return Response::Redirect(AdminBase(context) + "/bai-viet/" + std::to_string(id) + "?da-luu=1", 303);
}

}  // namespace

Result<Response> HandleDashboard(const Request& request, Context& context) {
  Result<wf::Actor> actor = ActorOf(context);
  if (!actor.ok()) return actor.status();
  // Signed in on a site where the account has no role (a school's focal point signing in
  // on the main host): its own site's dashboard, when it has exactly one.
  if (!context.user->HasAny(context.site.id) && !context.user->IsSystemAdmin() && !context.user->roles.empty()) {
    uint32_t only = context.user->roles.front().site_id;
    bool one = std::all_of(context.user->roles.begin(), context.user->roles.end(),
                           [&](const core::SiteRole& r) { return r.site_id == only; });
    const core::Site* s = context.sites.ById(only);
    if (one && s) return Response::Redirect((s == &context.sites.main() ? "" : "/don-vi/" + s->slug) + "/admin", 303);
  }
  Dict layout("dashboard");
  Dict* page = StartPage(layout, request, context, "Bảng điều khiển", "admin/dashboard.tpl");
  Status dispatches = FillDispatchDashboard(page, context);
  if (!dispatches.ok()) return dispatches;
  page->SetValue("USER_NAME", context.user->full_name);
  // The sites this account works on, with their roles.
  for (const core::SiteRole& r : context.user->roles) {
    const core::Site* s = context.sites.ById(r.site_id);
    if (!s) continue;
    Dict* item = page->AddSectionDictionary("SITE_ROLE");
    item->SetValue("SITE", s->name);
    item->SetValue("ROLE", r.role);
    item->SetValue("URL", (s == &context.sites.main() ? "" : "/don-vi/" + s->slug) + "/admin");
  }
  if (!context.user->HasAny(context.site.id) && !context.user->IsSystemAdmin()) {
    page->ShowSection("NO_ROLE_HERE");
  }
  Result<Rows> counts = context.db.Query(kCountsSql, {context.site.id});
  if (!counts.ok()) return counts.status();
  for (const Row& c : *counts) {
    Result<wf::State> s = wf::ParseState(c.Str(0));
    if (!s.ok()) continue;
    Dict* item = page->AddSectionDictionary("COUNT");
    item->SetValue("LABEL", std::string(wf::StateLabel(*s)));
    item->SetValue("N", c.Str(1));
    item->SetValue("URL", AdminBase(context) + "/bai-viet?trang-thai=" + c.Str(0));
  }
  if (wf::CanWrite(*actor)) page->ShowSection("CAN_WRITE");
  FillFeedbackSummary(page, context);
  return RenderPage(layout);
}

Result<Response> HandleArticles(const Request& request, Context& context) {
  const std::string* filter = request.Field("trang-thai");
  const std::string* after = request.Field("sau");
  long long before_id = after ? std::stoll(*after) : (1ll << 40);
  Result<Rows> rows = Rows();
  if (!filter) {
    rows = context.db.Query(kListAllSql, {context.site.id, before_id, kPageSize + 1});
  } else if (*filter == "cua-toi") {
    rows = context.db.Query(kListMineSql, {context.site.id, context.user->user_id, before_id, kPageSize + 1});
  } else {
    rows = context.db.Query(kListStatusSql, {context.site.id, *filter, before_id, kPageSize + 1});
  }
  if (!rows.ok()) return rows.status();
  Dict layout("articles");
  Dict* page = StartPage(layout, request, context, "Bài viết", "admin/articles.tpl");
  for (const char* f : {"", "cua-toi", "draft", "submitted", "forwarded", "returned", "published", "taken_down"}) {
    Dict* tab = page->AddSectionDictionary("FILTER");
    std::string value = f;
    Result<wf::State> s = wf::ParseState(value);
    tab->SetValue("LABEL", value.empty() ? "Tất cả" : value == "cua-toi" ? "Bài của tôi" : std::string(wf::StateLabel(*s)));
    tab->SetValue("URL", AdminBase(context) + "/bai-viet" + (value.empty() ? "" : "?trang-thai=" + value));
    if ((filter ? *filter : "") == value) tab->ShowSection("CURRENT");
  }
  bool more = rows->size() > static_cast<size_t>(kPageSize);
  if (more) rows->erase(rows->begin() + kPageSize, rows->end());
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("ARTICLE");
    item->SetValue("URL", AdminBase(context) + "/bai-viet/" + r.Str(0));
    item->SetValue("TITLE", r.Str(1));
    Result<wf::State> s = wf::ParseState(r.Str(2));
    item->SetValue("STATUS", r.Str(2));
    item->SetValue("STATUS_LABEL", s.ok() ? std::string(wf::StateLabel(*s)) : r.Str(2));
    item->SetValue("UPDATED", core::vntext::FormatDateTime(r.Time(3)));
    item->SetValue("CATEGORY", r.Str(4));
    item->SetValue("AUTHOR", r.Str(5));
  }
  if (rows->empty()) page->ShowSection("EMPTY");
  if (more) {
    page->SetValueAndShowSection("MORE_URL", AdminBase(context) + "/bai-viet?" +
                                                 (filter ? "trang-thai=" + *filter + "&" : std::string()) +
                                                 "sau=" + rows->back().Str(0), "MORE");
  }
  return RenderPage(layout);
}

Result<Response> HandleArticleNew(const Request& request, Context& context) {
  Result<wf::Actor> actor = ActorOf(context);
  if (!actor.ok()) return actor.status();
  if (!wf::CanWrite(*actor)) return Status::Forbidden("Bạn không có quyền viết bài trên trang này.");
  FormValues values;
  TakePicked(request, values);
  return ShowEditor(request, context, nullptr, values, "", 200);
}

Result<Response> HandleArticleCreate(const Request& request, Context& context) {
  return Apply(request, context, nullptr);
}

Result<Response> HandleArticleEdit(const Request& request, Context& context) {
  Result<Loaded> loaded = LoadArticle(context, request.path_args.at(0));
  if (!loaded.ok()) return loaded.status();
  std::string saved;
  for (const auto& [k, v] : request.query_params) {
    if (k == "da-luu" && v == "1") saved = "Đã lưu.";
  }
  FormValues values = FromRow(loaded->row);
  Result<std::string> gallery = GalleryOf(context, loaded->row.Int(0));
  if (!gallery.ok()) return gallery.status();
  values.gallery = *gallery;
  TakePicked(request, values);
  if (loaded->row.IsNull(17) == false && loaded->article.state == wf::State::kPublished) {
    core::vntext::LocalTime t = core::vntext::ToLocal(loaded->row.Time(17));
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", t.year, t.month % 100, t.day % 100, t.hour % 100, t.minute % 100);
    values.publish_at = buf;
  }
  Result<Response> r = ShowEditor(request, context, &*loaded, values, "", 200);
  if (r.ok() && !saved.empty()) {
    // The message rides in the page for the author: re-render with it.
    return ShowEditor(request, context, &*loaded, values, saved, 200);
  }
  return r;
}

Result<Response> HandleArticleUpdate(const Request& request, Context& context) {
  Result<Loaded> loaded = LoadArticle(context, request.path_args.at(0));
  if (!loaded.ok()) return loaded.status();
  return Apply(request, context, &*loaded);
}

Result<Response> HandleArticleHistory(const Request& request, Context& context) {
  Result<Loaded> loaded = LoadArticle(context, request.path_args.at(0));
  if (!loaded.ok()) return loaded.status();
  Result<Rows> revisions = context.db.Query(
      "SELECT r.id, r.at, u.full_name, r.title, r.summary, r.body FROM article_revisions r "
      "JOIN users u ON u.id = r.user_id WHERE r.article_id = ? ORDER BY r.id DESC LIMIT 200",
      {loaded->row.Int(0)});
  if (!revisions.ok()) return revisions.status();
  Dict layout("history");
  Dict* page = StartPage(layout, request, context, "Lịch sử sửa đổi", "admin/article_history.tpl");
  page->SetValue("TITLE", loaded->row.Str(4));
  page->SetValue("EDIT_URL", AdminBase(context) + "/bai-viet/" + loaded->row.Str(0));
  const std::string* from = request.Field("tu");
  const std::string* to = request.Field("den");
  const Row* a = nullptr;
  const Row* b = nullptr;
  for (const Row& r : *revisions) {
    Dict* item = page->AddSectionDictionary("REVISION");
    item->SetValue("ID", r.Str(0));
    item->SetValue("AT", core::vntext::FormatDateTime(r.Time(1)));
    item->SetValue("WHO", r.Str(2));
    if (from && r.Str(0) == *from) { a = &r; item->ShowSection("IS_FROM"); }
    if (to && r.Str(0) == *to) { b = &r; item->ShowSection("IS_TO"); }
  }
  // Default: the two newest revisions.
  if (!a && !b && revisions->size() >= 2) {
    b = &(*revisions)[0];
    a = &(*revisions)[1];
  }
  if (a && b) {
    auto text = [](const Row& r) { return r.Str(3) + "\n\n" + r.Str(4) + "\n\n" + core::html::ToText(r.Str(5)); };
    std::vector<core::diff::Piece> pieces = core::diff::Words(text(*a), text(*b));
    core::diff::Stats stats = core::diff::Count(pieces);
    page->SetValueAndShowSection("DIFF", core::diff::ToHtml(pieces), "HAS_DIFF");
    page->SetValue("FROM_AT", core::vntext::FormatDateTime(a->Time(1)));
    page->SetValue("TO_AT", core::vntext::FormatDateTime(b->Time(1)));
    page->SetIntValue("ADDED", static_cast<long>(stats.added));
    page->SetIntValue("REMOVED", static_cast<long>(stats.removed));
  } else if (from || to) {
    return Status::NotFound();
  }
  return RenderPage(layout);
}

}  // namespace admin
