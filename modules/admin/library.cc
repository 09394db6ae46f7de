// The resources library in the staff area (SPEC A12; seed 000 Điều 6.1.4 and 9.2:
// teachers share lesson plans, exam papers and innovation reports): a teacher submits a
// resource with its files; the site's editor approves it before it is public (/thu-vien)
// or internal (the internal portal), or returns it with a reason.
#include "admin/admin.h"
#include "core/audit.h"
#include "core/upload.h"
#include "core/vntext.h"

namespace admin {
namespace {

using core::Row;
using core::Rows;
using core::Status;

constexpr std::string_view kEditorRoles[] = {"truong-ban", "pho-ban", "quan-tri"};

bool IsEditor(const Context& context) {
  for (std::string_view r : kEditorRoles) {
    if (context.user->Has(context.site.id, r)) return true;
  }
  return false;
}

bool IsStaffHere(const Context& context) { return context.user && context.user->HasAny(context.site.id); }

std::string StatusLabel(std::string_view s) {
  if (s == "approved") return "Đã duyệt";
  if (s == "returned") return "Bị trả lại";
  return "Chờ duyệt";
}

std::string Typed(const Request& request, const char* name) {
  if (const std::string* v = request.Field(name)) return *v;
  auto it = request.entered.find(name);
  return it == request.entered.end() ? std::string() : it->second;
}

Result<Response> ShowForm(const Request& request, Context& context, const std::string& message, int status) {
  Result<Rows> kinds = context.db.Query("SELECT code, name FROM resource_kinds ORDER BY sort_order");
  if (!kinds.ok()) return kinds.status();
  Dict layout("library_new");
  Dict* page = StartPage(layout, request, context, "Gửi tài liệu", "admin/library_new.tpl");
  page->SetValue("ACTION", AdminBase(context) + "/thu-vien/moi");
  std::string kind = Typed(request, "loai");
  for (const Row& k : *kinds) {
    Dict* o = page->AddSectionDictionary("KIND");
    o->SetValue("VALUE", k.Str(0));
    o->SetValue("LABEL", k.Str(1));
    if (kind == k.Str(0)) o->ShowSection("SELECTED");
  }
  page->SetValue("TITLE", Typed(request, "tieu_de"));
  page->SetValue("SUMMARY", Typed(request, "tom_tat"));
  page->SetValue("SUBJECT", Typed(request, "mon"));
  page->SetValue("GRADE", Typed(request, "lop"));
  std::string author = Typed(request, "tac_gia");
  page->SetValue("AUTHOR", author.empty() && request.method != core::Method::kPost ? context.user->full_name : author);
  std::string year = Typed(request, "nam_hoc");
  if (year.empty() && request.method != core::Method::kPost) {
    // The school year starts in September (Asia/Ho_Chi_Minh).
    core::vntext::LocalTime t = core::vntext::ToLocal(std::time(nullptr));
    int start = t.month >= 9 ? t.year : t.year - 1;
    year = std::to_string(start) + "-" + std::to_string(start + 1);
  }
  page->SetValue("YEAR", year);
  if (Typed(request, "pham_vi") == "noi-bo") page->ShowSection("INTERNAL");
  else page->ShowSection("PUBLIC");
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  for (const auto& [field, text] : request.invalid) {
    page->SetValueAndShowSection("ERROR_" + field, text, "HAS_ERROR_" + field);
  }
  Result<Response> r = RenderPage(layout);
  if (r.ok()) r->status = status;
  return r;
}

}  // namespace

Result<Response> HandleLibrary(const Request& request, Context& context) {
  if (!IsStaffHere(context)) return Status::Forbidden("Chỉ cán bộ, giáo viên của đơn vị dùng được thư viện.");
  const std::string* filter = request.Field("loc");
  std::string f = filter ? *filter : (IsEditor(context) ? "cho-duyet" : "cua-toi");
  Result<Rows> rows = context.db.Query(
      "SELECT r.id, r.title, k.name, r.subject, r.grade, r.author_name, r.school_year, r.visibility, r.status, r.created_at "
      "FROM resources r JOIN resource_kinds k ON k.code = r.kind_code WHERE r.site_id = ? AND "
      "(CASE ? WHEN 1 THEN r.status = 'pending' WHEN 2 THEN r.submitted_by = ? ELSE 1 END) "
      "ORDER BY r.id DESC LIMIT 100",
      {context.site.id, f == "cho-duyet" ? 1 : f == "cua-toi" ? 2 : 0, context.user->user_id});
  if (!rows.ok()) return rows.status();
  Dict layout("library");
  Dict* page = StartPage(layout, request, context, "Thư viện tài liệu", "admin/library.tpl");
  page->SetValue("NEW_URL", AdminBase(context) + "/thu-vien/moi");
  page->SetValue("PUBLIC_URL", context.prefix + "/thu-vien");
  for (const auto& [value, label] : std::initializer_list<std::pair<const char*, const char*>>{
           {"cho-duyet", "Chờ duyệt"}, {"cua-toi", "Tài liệu của tôi"}}) {
    Dict* tab = page->AddSectionDictionary("FILTER");
    tab->SetValue("LABEL", label);
    tab->SetValue("URL", AdminBase(context) + "/thu-vien?loc=" + value);
    if (f == value) tab->ShowSection("CURRENT");
  }
  for (const auto& [k, v] : request.query_params) {
    if (k == "da-gui") page->SetValueAndShowSection("NOTICE", "Đã gửi tài liệu; tài liệu chờ ban biên tập duyệt.", "HAS_NOTICE");
  }
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("RESOURCE");
    item->SetValue("URL", AdminBase(context) + "/thu-vien/" + r.Str(0));
    item->SetValue("TITLE", r.Str(1));
    item->SetValue("META", r.Str(2) + " · " + r.Str(3) + " · " + r.Str(4) + " · " + r.Str(5) + " · " + r.Str(6));
    item->SetValue("VISIBILITY", r.Str(7) == "noi-bo" ? "Nội bộ" : "Công khai");
    item->SetValue("STATUS", r.Str(8));
    item->SetValue("STATUS_LABEL", StatusLabel(r.Str(8)));
  }
  if (rows->empty()) page->ShowSection("EMPTY");
  return RenderPage(layout);
}

Result<Response> HandleLibraryNew(const Request& request, Context& context) {
  if (!IsStaffHere(context)) return Status::Forbidden("Chỉ cán bộ, giáo viên của đơn vị gửi được tài liệu.");
  return ShowForm(request, context, "", 200);
}

Result<Response> HandleLibraryCreate(const Request& request, Context& context) {
  if (!IsStaffHere(context)) return Status::Forbidden("Chỉ cán bộ, giáo viên của đơn vị gửi được tài liệu.");
  if (context.user->posting_revoked) return Status::Forbidden("Tài khoản của bạn đã bị thu hồi quyền đăng tin.");
  if (!request.invalid.empty()) return ShowForm(request, context, "Vui lòng kiểm tra lại các ô được đánh dấu.", 422);
  const std::string& year = *request.Field("nam_hoc");
  int a = 0, b = 0;
  if (std::sscanf(year.c_str(), "%4d-%4d", &a, &b) != 2 || b != a + 1 || a < 1990 || a > 2100) {
    return ShowForm(request, context, "Năm học ghi theo dạng 2025-2026.", 422);
  }
  std::vector<std::pair<const core::UploadedFile*, core::upload::Type>> files;
  for (const core::UploadedFile& f : request.files) {
    if (f.field != "tep" || f.data.empty()) continue;
    if (files.size() == 5) return ShowForm(request, context, "Mỗi tài liệu có tối đa 5 tệp.", 422);
    Result<core::upload::Type> type = core::upload::Sniff(f.data, core::upload::kDocuments);
    if (!type.ok()) return ShowForm(request, context, "Tệp \"" + f.filename + "\": " + type.status().user_message(), 422);
    files.emplace_back(&f, *type);
  }
  if (files.empty()) return ShowForm(request, context, "Vui lòng đính kèm tệp tài liệu (PDF, Word, Excel).", 422);
  std::vector<core::upload::Saved> saved;
  const std::string dir = context.config.private_dir() + "/thu-vien";
  // Saved files go again unless the transaction below commits.
  bool committed_files = false;
  struct Cleanup {
    const std::string& dir;
    const std::vector<core::upload::Saved>& saved;
    const bool& keep;
    ~Cleanup() {
      if (keep) return;
      for (const core::upload::Saved& s : saved) core::upload::Remove(dir, s.path);
    }
  } cleanup{dir, saved, committed_files};
  for (const auto& [f, type] : files) {
    Result<core::upload::Saved> s = core::upload::Save(dir, f->data, type);
    if (!s.ok()) return s.status();
    saved.push_back(*s);
  }
  core::Db& db = context.db;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  const std::string& title = *request.Field("tieu_de");
  Result<core::ExecResult> ins = db.Execute(
      "INSERT INTO resources (site_id, kind_code, title, slug, summary, subject, grade, author_name, school_year, "
      "visibility, submitted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {context.site.id, *request.Field("loai"), title, core::vntext::Slugify(title),
       request.Field("tom_tat") ? *request.Field("tom_tat") : std::string(), *request.Field("mon"), *request.Field("lop"),
       *request.Field("tac_gia"), year, *request.Field("pham_vi"), context.user->user_id});
  if (!ins.ok()) return ins.status();
  for (size_t i = 0; i < files.size(); ++i) {
    std::string name = files[i].first->filename.empty() ? "tai-lieu." + files[i].second.extension : files[i].first->filename;
    Result<std::string> clean = core::vntext::CleanText(name);
    name = clean.ok() && !clean->empty() ? clean->substr(0, 200) : "tai-lieu." + files[i].second.extension;
    Result<core::ExecResult> f = db.Execute(
        "INSERT INTO resource_files (resource_id, path, file_name, mime, size, sha256) VALUES (?, ?, ?, ?, ?, ?)",
        {static_cast<long long>(ins->insert_id), "thu-vien/" + saved[i].path, name, files[i].second.mime,
         static_cast<long long>(saved[i].size), saved[i].sha256});
    if (!f.ok()) return f.status();
  }
  Status audit = core::Audit(context, request, "resource.submit", "resource", ins->insert_id, title.substr(0, 200));
  if (!audit.ok()) return audit;
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed;
  committed_files = true;
  return Response::Redirect(AdminBase(context) + "/thu-vien?loc=cua-toi&da-gui=1", 303);
}

Result<Response> HandleLibraryItem(const Request& request, Context& context) {
  if (!IsStaffHere(context)) return Status::Forbidden("Chỉ cán bộ, giáo viên của đơn vị dùng được thư viện.");
  Result<Rows> rows = context.db.Query(
      "SELECT r.id, r.title, k.name, r.summary, r.subject, r.grade, r.author_name, r.school_year, r.visibility, r.status, "
      "r.return_note, r.reviewed_by_name, COALESCE(r.submitted_by, 0), r.slug FROM resources r "
      "JOIN resource_kinds k ON k.code = r.kind_code WHERE r.id = ? AND r.site_id = ?",
      {request.path_args.at(0), context.site.id});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound();
  const Row& r = rows->front();
  Result<Rows> files = context.db.Query(
      "SELECT id, file_name, size FROM resource_files WHERE resource_id = ? ORDER BY id LIMIT 10", {r.Int(0)});
  if (!files.ok()) return files.status();
  Dict layout("library_item");
  Dict* page = StartPage(layout, request, context, r.Str(1), "admin/library_item.tpl");
  page->SetValue("BACK_URL", AdminBase(context) + "/thu-vien");
  page->SetValue("TITLE", r.Str(1));
  page->SetValue("KIND", r.Str(2));
  page->SetValue("SUMMARY", r.Str(3));
  page->SetValue("SUBJECT", r.Str(4));
  page->SetValue("GRADE", r.Str(5));
  page->SetValue("AUTHOR", r.Str(6));
  page->SetValue("YEAR", r.Str(7));
  page->SetValue("VISIBILITY", r.Str(8) == "noi-bo" ? "Nội bộ (cán bộ đơn vị)" : "Công khai");
  page->SetValue("STATUS", r.Str(9));
  page->SetValue("STATUS_LABEL", StatusLabel(r.Str(9)));
  if (!r.Str(10).empty()) page->SetValueAndShowSection("RETURN_NOTE", r.Str(10), "HAS_RETURN_NOTE");
  if (r.Str(9) == "approved" && r.Str(8) == "cong-khai") {
    page->SetValueAndShowSection("PUBLIC_URL", context.prefix + "/thu-vien/" + r.Str(0) + "-" + r.Str(13), "IS_PUBLIC");
  }
  for (const Row& f : *files) {
    Dict* item = page->AddSectionDictionary("FILE");
    item->SetValue("URL", AdminBase(context) + "/thu-vien/tep/" + f.Str(0));
    item->SetValue("NAME", f.Str(1));
    item->SetValue("SIZE", std::to_string((f.Int(2) + 1023) / 1024) + " KB");
  }
  if (r.Str(9) == "pending" && IsEditor(context)) {
    page->ShowSection("CAN_REVIEW");
    page->SetValue("APPROVE_URL", AdminBase(context) + "/thu-vien/" + r.Str(0) + "/duyet");
    page->SetValue("RETURN_URL", AdminBase(context) + "/thu-vien/" + r.Str(0) + "/tra-lai");
  }
  return RenderPage(layout);
}

Result<Response> HandleLibraryReview(const Request& request, Context& context) {
  if (!IsStaffHere(context) || !IsEditor(context)) return Status::Forbidden("Chỉ ban biên tập của đơn vị duyệt được tài liệu.");
  bool approve = request.path.size() >= 6 && request.path.substr(request.path.size() - 6) == "/duyet";
  const std::string* note = request.Field("ghi_chu");
  if (!approve && (!note || note->empty())) return Status::Invalid("Vui lòng ghi lý do trả lại.");
  core::Db& db = context.db;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> u = db.Execute(
      "UPDATE resources SET status = ?, reviewed_by_name = ?, return_note = ?, "
      "approved_at = IF(? = 1, UTC_TIMESTAMP(), approved_at) WHERE id = ? AND site_id = ? AND status = 'pending'",
      {approve ? "approved" : "returned", context.user->full_name, note ? *note : std::string(),
       approve ? 1 : 0, request.path_args.at(0), context.site.id});
  if (!u.ok()) return u.status();
  if (u->affected_rows != 1) return Status::NotFound("Không tìm thấy tài liệu chờ duyệt (có thể đã được xử lý).");
  Status audit = core::Audit(context, request, approve ? "resource.approve" : "resource.return", "resource",
                             std::stoull(request.path_args.at(0)), note ? note->substr(0, 200) : "");
  if (!audit.ok()) return audit;
  Status committed = (*tx)->Commit();
  if (!committed.ok()) return committed;
  return Response::Redirect(AdminBase(context) + "/thu-vien/" + request.path_args.at(0), 303);
}

// Any file of the site's resources, for its staff (internal and pending ones included).
Result<Response> HandleLibraryFile(const Request& request, Context& context) {
  if (!IsStaffHere(context)) return Status::NotFound();
  Result<Rows> rows = context.db.Query(
      "SELECT f.path, f.mime, f.file_name FROM resource_files f JOIN resources r ON r.id = f.resource_id "
      "WHERE f.id = ? AND r.site_id = ?", {request.path_args.at(0), context.site.id});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound();
  const Row& f = rows->front();
  return core::upload::SendPrivate(f.Str(0), f.Str(1), f.Str(2), f.Str(1) == "application/pdf");
}

}  // namespace admin
