// Official documents (văn bản), drafts for comment (dự thảo) and administrative
// procedures (thủ tục) in the staff area: entered by the clerk (văn thư) and the
// secretary (thư ký) and above. The number and symbol are parsed per NĐ 30/2020
// (core/docnumber.h) as they are typed (/admin/van-ban/kiem-tra-so, a JSON answer for
// www/static/js/admin-documents.js) and again on save; the database's unique key on
// (site, issuer, year, symbols, number) is the last word on duplicates.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <vector>

#include "admin/admin.h"
#include "core/audit.h"
#include "core/docnumber.h"
#include "core/upload.h"
#include "core/vntext.h"

namespace admin {
namespace {

using core::Row;
using core::Rows;
using core::Status;

constexpr std::string_view kDocumentRoles[] = {"van-thu", "thu-ky", "uy-vien", "pho-ban", "truong-ban", "quan-tri"};
constexpr size_t kMaxFiles = 10;

bool CanManage(const Context& context) {
  if (!context.user) return false;
  for (std::string_view r : kDocumentRoles) {
    if (context.user->Has(context.site.id, r)) return true;
  }
  return false;
}

Status Refused() {
  return Status::Forbidden("Chỉ văn thư, thư ký và ban biên tập của đơn vị quản lý văn bản, dự thảo và thủ tục.");
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
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '<') {
      out += "\\u003c";
    } else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// "2026-03-05" (what <input type=date> sends) → valid date or nullopt.
std::optional<std::string> IsoDate(const std::string& text) {
  if (!core::vntext::ParseFormDate(text, 1945)) return std::nullopt;
  return text;
}

std::string SafeFileName(const core::UploadedFile& f, const core::upload::Type& type) {
  Result<std::string> clean = core::vntext::CleanText(f.filename);
  std::string name = clean.ok() ? *clean : "";
  size_t slash = name.find_last_of("/\\");
  if (slash != std::string::npos) name = name.substr(slash + 1);
  if (name.empty()) name = "van-ban." + type.extension;
  return name.substr(0, 200);
}

// Files of a form, sniffed; a message when one is refused.
struct Upload {
  const core::UploadedFile* file;
  core::upload::Type type;
};
Result<std::vector<Upload>> SniffFiles(const Request& request, const char* field) {
  std::vector<Upload> out;
  for (const core::UploadedFile& f : request.files) {
    if (f.field != field || f.data.empty()) continue;
    if (out.size() == kMaxFiles) return Status::Invalid("Mỗi mục có tối đa 10 tệp.");
    Result<core::upload::Type> type = core::upload::Sniff(f.data, core::upload::kDocuments);
    if (!type.ok()) return Status::Invalid("Tệp \"" + f.filename + "\": " + type.status().user_message());
    out.push_back({&f, *type});
  }
  return out;
}

// Saves uploads under <private>/<sub>; removes them again unless Keep() is called.
class SavedFiles {
 public:
  SavedFiles(std::string dir, std::string sub) : dir_(std::move(dir)), sub_(std::move(sub)) {}
  ~SavedFiles() {
    if (keep_) return;
    for (const core::upload::Saved& s : saved_) core::upload::Remove(dir_, s.path);
  }
  Status Save(const std::vector<Upload>& uploads) {
    for (const Upload& u : uploads) {
      Result<core::upload::Saved> s = core::upload::Save(dir_, u.file->data, u.type);
      if (!s.ok()) return s.status();
      saved_.push_back(*s);
    }
    return Status();
  }
  std::string Path(size_t i) const { return sub_ + "/" + saved_[i].path; }
  const core::upload::Saved& at(size_t i) const { return saved_[i]; }
  void Keep() { keep_ = true; }

 private:
  std::string dir_, sub_;
  std::vector<core::upload::Saved> saved_;
  bool keep_ = false;
};

// ---- documents -----------------------------------------------------------------------

struct Checked {
  core::docnumber::DocNumber number;
  std::string type_code;
  long long issuer_id = 0;
};

// The number and symbol against the chosen type, issuer and issue date; errors by field.
std::map<std::string, std::string> CheckNumber(Context& context, const std::string& typed, const std::string& type_code,
                                               long long issuer_id, const std::string& issued, Checked* out) {
  std::map<std::string, std::string> errors;
  int year = 0;
  if (std::optional<std::string> d = IsoDate(issued)) year = std::stoi(d->substr(0, 4));
  Result<core::docnumber::DocNumber> parsed = core::docnumber::Parse(typed, year);
  if (!parsed.ok()) {
    errors["so_ky_hieu"] = parsed.status().user_message();
    return errors;
  }
  out->number = *parsed;
  out->type_code = type_code;
  out->issuer_id = issuer_id;
  if (!type_code.empty()) {
    Result<Rows> t = context.db.Query("SELECT name, symbol FROM document_types WHERE code = ?", {type_code});
    if (!t.ok() || t->empty()) {
      errors["loai"] = "Vui lòng chọn loại văn bản trong danh sách.";
    } else if (type_code != "luat" && t->front().Str(1) != parsed->type_symbol) {
      const std::string& want = t->front().Str(1);
      errors["so_ky_hieu"] = "Số, ký hiệu không khớp loại văn bản «" + t->front().Str(0) + "»: " +
                             (want.empty() ? std::string("công văn không ghi chữ viết tắt tên loại")
                                           : "ký hiệu phải bắt đầu bằng «" + want + "-»") +
                             (parsed->type_symbol.empty() ? "." : " (đang ghi «" + parsed->type_symbol + "»).");
    }
  }
  if (issuer_id > 0) {
    Result<Rows> i = context.db.Query("SELECT name, code FROM document_issuers WHERE id = ?", {issuer_id});
    if (!i.ok() || i->empty()) {
      errors["co_quan"] = "Vui lòng chọn cơ quan ban hành trong danh sách.";
    } else {
      const std::string& code = i->front().Str(1);
      const std::string& got = parsed->issuer;
      bool match = code.empty() || got == code || got.rfind(code + "-", 0) == 0 ||
                   got.find("-" + code) != std::string::npos;
      if (!match) {
        errors["so_ky_hieu"] = "Chữ viết tắt cơ quan «" + got + "» không khớp cơ quan ban hành đã chọn (" +
                               i->front().Str(0) + ": «" + code + "»).";
      }
    }
  }
  return errors;
}

constexpr char kDocColumns[] =
    "d.id, d.number_symbol, d.type_code, d.issuer_id, COALESCE(d.field_code, ''), d.abstract, d.signer_name, "
    "d.signer_position, d.issued_on, COALESCE(d.effective_on, ''), COALESCE(d.expires_on, ''), d.validity, "
    "COALESCE(r.number_symbol, ''), d.direction, d.visibility, COALESCE(d.body, ''), d.slug, "
    "(SELECT COALESCE(GROUP_CONCAT(x.number_symbol ORDER BY x.issued_on SEPARATOR '\\n'), '') FROM document_relations dr "
    "JOIN documents x ON x.id = dr.related_id WHERE dr.document_id = d.id)";

Result<Response> ShowDocumentForm(const Request& request, Context& context, const Row* doc,
                                  const std::map<std::string, std::string>& errors, const std::string& message,
                                  int status) {
  Result<Rows> names = context.db.Query(
      "(SELECT 't', code, name, sort_order FROM document_types) UNION ALL "
      "(SELECT 'i', CAST(id AS CHAR), name, sort_order FROM document_issuers) UNION ALL "
      "(SELECT 'f', code, name, sort_order FROM document_fields) ORDER BY 1, 4, 3");
  if (!names.ok()) return names.status();
  bool posted = request.method == core::Method::kPost;
  auto value = [&](const char* field, int column) -> std::string {
    if (posted) return Typed(request, field);
    return doc ? doc->Str(column) : std::string();
  };
  Dict layout("document_form");
  std::string title = doc ? "Sửa văn bản " + doc->Str(1) : "Thêm văn bản";
  Dict* page = StartPage(layout, request, context, title, "admin/document_form.tpl");
  page->SetValue("HEADING", title);
  page->SetValue("ACTION", AdminBase(context) + "/van-ban/" + (doc ? doc->Str(0) : "moi"));
  page->SetValue("CHECK_URL", AdminBase(context) + "/van-ban/kiem-tra-so");
  page->SetValue("LIST_URL", AdminBase(context) + "/van-ban");
  if (doc) {
    page->SetValueAndShowSection("PUBLIC_URL", context.prefix + "/van-ban/" + doc->Str(0) + "-" + doc->Str(16), "EDITING");
    Result<Rows> files = context.db.Query(
        "SELECT id, file_name, size, download_count FROM document_files WHERE document_id = ? ORDER BY sort_order, id",
        {doc->Int(0)});
    if (!files.ok()) return files.status();
    for (const Row& f : *files) {
      Dict* item = page->AddSectionDictionary("FILE");
      item->SetValue("URL", AdminBase(context) + "/van-ban/tep/" + f.Str(0));
      item->SetValue("NAME", f.Str(1));
      item->SetValue("SIZE", std::to_string((f.Int(2) + 1023) / 1024) + " KB");
      item->SetValue("DOWNLOADS", f.Str(3));
      page->ShowSection("HAS_FILES");
    }
  }
  std::string type = value("loai", 2), issuer = value("co_quan", 3), field = value("linh_vuc", 4);
  for (const Row& n : *names) {
    const std::string& k = n.Str(0);
    Dict* o = page->AddSectionDictionary(k == "t" ? "TYPE" : k == "i" ? "ISSUER" : "FIELD");
    o->SetValue("VALUE", n.Str(1));
    o->SetValue("LABEL", n.Str(2));
    const std::string& current = k == "t" ? type : k == "i" ? issuer : field;
    if (current == n.Str(1)) o->ShowSection("SELECTED");
  }
  page->SetValue("NUMBER", value("so_ky_hieu", 1));
  page->SetValue("ABSTRACT", value("trich_yeu", 5));
  page->SetValue("SIGNER", value("nguoi_ky", 6));
  page->SetValue("POSITION", value("chuc_vu", 7));
  page->SetValue("ISSUED", value("ngay_ban_hanh", 8));
  page->SetValue("EFFECTIVE", value("ngay_hieu_luc", 9));
  page->SetValue("EXPIRES", value("ngay_het_hieu_luc", 10));
  page->SetValue("REPLACED_BY", value("thay_the_boi", 12));
  page->SetValue("BODY", value("noi_dung", 15));
  page->SetValue("RELATED", value("lien_quan", 17));
  std::string validity = value("hieu_luc", 11), direction = value("nguon", 13), visibility = value("pham_vi", 14);
  page->ShowSection(validity == "het-hieu-luc" ? "V_EXPIRED" : validity == "bi-thay-the" ? "V_REPLACED" : "V_IN_FORCE");
  page->ShowSection(direction == "den" ? "D_IN" : "D_OUT");
  page->ShowSection(visibility == "noi-bo" ? "P_INTERNAL" : "P_PUBLIC");
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  for (const auto& [f, text] : errors) page->SetValueAndShowSection("ERROR_" + f, text, "HAS_ERROR_" + f);
  Result<Response> r = RenderPage(layout);
  if (r.ok()) r->status = status;
  return r;
}

// Looks up a document of this site by its number as written (for "thay thế bởi").
Result<long long> FindByNumber(Context& context, const std::string& number) {
  Result<Rows> rows = context.db.Query("SELECT id FROM documents WHERE site_id = ? AND number_symbol = ? LIMIT 2",
                                       {context.site.id, number});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound("Không tìm thấy văn bản số " + number + " của đơn vị.");
  return rows->front().Int(0);
}

Result<Response> SaveDocument(const Request& request, Context& context, const Row* doc) {
  std::map<std::string, std::string> errors(request.invalid.begin(), request.invalid.end());
  std::string typed = Typed(request, "so_ky_hieu"), type = Typed(request, "loai"), issued = Typed(request, "ngay_ban_hanh");
  long long issuer = 0;
  if (const std::string* i = request.Field("co_quan")) issuer = std::stoll(*i);
  Checked checked;
  if (!errors.count("so_ky_hieu")) {
    for (auto& [k, v] : CheckNumber(context, typed, type, issuer, issued, &checked)) errors.emplace(k, v);
  }
  if (!errors.count("ngay_ban_hanh") && !IsoDate(issued)) errors["ngay_ban_hanh"] = "Ngày ban hành không hợp lệ.";
  std::string effective = Typed(request, "ngay_hieu_luc"), expires = Typed(request, "ngay_het_hieu_luc");
  if (!effective.empty() && !IsoDate(effective)) errors["ngay_hieu_luc"] = "Ngày hiệu lực không hợp lệ.";
  if (!expires.empty() && !IsoDate(expires)) errors["ngay_het_hieu_luc"] = "Ngày hết hiệu lực không hợp lệ.";
  if (!effective.empty() && IsoDate(issued) && IsoDate(effective) && effective < issued) {
    errors["ngay_hieu_luc"] = "Ngày hiệu lực không được trước ngày ban hành.";
  }
  if (!expires.empty() && !effective.empty() && IsoDate(expires) && IsoDate(effective) && expires < effective) {
    errors["ngay_het_hieu_luc"] = "Ngày hết hiệu lực phải sau ngày hiệu lực.";
  }
  std::string validity = Typed(request, "hieu_luc");
  std::string replaced_by_number = Typed(request, "thay_the_boi");
  long long replaced_by = 0;
  if (validity == "bi-thay-the" && replaced_by_number.empty()) {
    errors["thay_the_boi"] = "Văn bản bị thay thế: hãy nhập số, ký hiệu của văn bản thay thế.";
  } else if (!replaced_by_number.empty()) {
    Result<long long> found = FindByNumber(context, replaced_by_number);
    if (!found.ok() && !found.status().IsNotFound()) return found.status();
    if (!found.ok()) errors["thay_the_boi"] = found.status().user_message();
    else if (doc && *found == doc->Int(0)) errors["thay_the_boi"] = "Văn bản không thể thay thế chính nó.";
    else replaced_by = *found;
  }
  // Related documents: numbers of this site's documents, one a line (or comma-separated).
  std::vector<long long> related;
  {
    std::string text = Typed(request, "lien_quan");
    for (char& c : text) if (c == ',' || c == ';' || c == '\r') c = '\n';
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string number = text.substr(start, end - start);
      start = end + 1;
      while (!number.empty() && number.front() == ' ') number.erase(0, 1);
      while (!number.empty() && number.back() == ' ') number.pop_back();
      if (number.empty()) continue;
      Result<long long> found = FindByNumber(context, number);
      if (!found.ok() && !found.status().IsNotFound()) return found.status();
      if (!found.ok()) {
        errors["lien_quan"] = found.status().user_message();
        break;
      }
      if (doc && *found == doc->Int(0)) continue;
      if (std::find(related.begin(), related.end(), *found) == related.end()) related.push_back(*found);
      if (related.size() > 30) {
        errors["lien_quan"] = "Tối đa 30 văn bản liên quan.";
        break;
      }
    }
  }
  Result<std::vector<Upload>> uploads = SniffFiles(request, "tep");
  if (!uploads.ok()) errors["tep"] = uploads.status().user_message();
  if (!errors.empty()) {
    if (!request.files.empty() && !errors.count("tep")) {
      errors["tep"] = "Vui lòng chọn lại tệp đính kèm (trình duyệt không giữ tệp khi gửi lại).";
    }
    return ShowDocumentForm(request, context, doc, errors, "Vui lòng kiểm tra lại các ô được đánh dấu.", 422);
  }
  const std::string dir = context.config.private_dir() + "/van-ban";
  SavedFiles saved(dir, "van-ban");
  Status s = saved.Save(*uploads);
  if (!s.ok()) return s;

  core::Db& db = context.db;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  // Params hold views: every value lives in a named string until the statement ran.
  const std::string abstract = Typed(request, "trich_yeu"), slug = core::vntext::Slugify(abstract);
  const std::string field = Typed(request, "linh_vuc"), body = Typed(request, "noi_dung");
  const std::string signer = Typed(request, "nguoi_ky"), position = Typed(request, "chuc_vu");
  const std::string direction = Typed(request, "nguon"), visibility = Typed(request, "pham_vi");
  const std::string validity_value = validity.empty() ? "con-hieu-luc" : validity;
  const core::docnumber::DocNumber& n = checked.number;
  std::vector<core::Param> params = {
      type, issuer, n.written, static_cast<long long>(n.number), static_cast<long long>(n.year), n.type_symbol,
      n.issuer, n.sub_unit, abstract, slug, field.empty() ? core::Param(nullptr) : core::Param(field), signer, position,
      issued, effective.empty() ? core::Param(nullptr) : core::Param(effective),
      expires.empty() ? core::Param(nullptr) : core::Param(expires), validity_value,
      replaced_by ? core::Param(replaced_by) : core::Param(nullptr), direction, visibility,
      body.empty() ? core::Param(nullptr) : core::Param(body)};
  long long id = doc ? doc->Int(0) : 0;
  const char* action = doc ? "document.update" : "document.create";
  if (doc) {
    params.push_back(id);
    params.push_back(static_cast<long long>(context.site.id));
  } else {
    params.insert(params.begin(), core::Param(static_cast<long long>(context.site.id)));
    params.push_back(static_cast<long long>(context.user->user_id));
  }
  Result<core::ExecResult> w = doc ? db.Execute(
        "UPDATE documents SET type_code = ?, issuer_id = ?, number_symbol = ?, number = ?, year = ?, type_symbol = ?, "
        "issuer_symbol = ?, sub_unit = ?, abstract = ?, slug = ?, field_code = ?, signer_name = ?, signer_position = ?, "
        "issued_on = ?, effective_on = ?, expires_on = ?, validity = ?, replaced_by_id = ?, direction = ?, visibility = ?, "
        "body = ?, updated_at = UTC_TIMESTAMP() WHERE id = ? AND site_id = ?",
        params) : db.Execute(
        "INSERT INTO documents (site_id, type_code, issuer_id, number_symbol, number, year, type_symbol, issuer_symbol, "
        "sub_unit, abstract, slug, field_code, signer_name, signer_position, issued_on, effective_on, expires_on, validity, "
        "replaced_by_id, direction, visibility, body, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        params);
  if (!w.ok()) {
    if (w.status().IsConflict()) {
      return ShowDocumentForm(
          request, context, doc,
          {{"so_ky_hieu", "Đã có văn bản số " + checked.number.written + " của cơ quan này trong năm " +
                              std::to_string(checked.number.year) + " (số văn bản không được trùng trong một năm)."}},
          "Số, ký hiệu văn bản bị trùng.", 409);
    }
    return w.status();
  }
  if (!doc) id = static_cast<long long>(w->insert_id);
  for (size_t i = 0; i < uploads->size(); ++i) {
    const Upload& u = (*uploads)[i];
    Result<core::ExecResult> f = db.Execute(
        "INSERT INTO document_files (document_id, path, file_name, mime, size, sha256, sort_order) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        {id, saved.Path(i), SafeFileName(*u.file, u.type), u.type.mime, static_cast<long long>(saved.at(i).size),
         saved.at(i).sha256, static_cast<long long>(i)});
    if (!f.ok()) return f.status();
  }
  Result<core::ExecResult> cleared = db.Execute("DELETE FROM document_relations WHERE document_id = ?", {id});
  if (!cleared.ok()) return cleared.status();
  for (long long r : related) {
    Result<core::ExecResult> rel = db.Execute(
        "INSERT IGNORE INTO document_relations (document_id, related_id, kind) VALUES (?, ?, 'lien-quan')", {id, r});
    if (!rel.ok()) return rel.status();
  }
  // Replacing is linked both ways: the replaced one says so.
  if (replaced_by) {
    Result<core::ExecResult> u = db.Execute(
        "UPDATE documents SET validity = 'bi-thay-the' WHERE id = ? AND site_id = ? AND validity <> 'bi-thay-the'",
        {id, context.site.id});
    if (!u.ok()) return u.status();
  }
  Status a = core::Audit(context, request, action, "document", static_cast<uint64_t>(id),
                         checked.number.written + " " + abstract.substr(0, 150));
  if (!a.ok()) return a;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  saved.Keep();
  return Response::Redirect(AdminBase(context) + "/van-ban?da-luu=" + std::to_string(id), 303);
}

Result<Row> LoadDocument(Context& context, const std::string& id) {
  return context.db.QueryRow(std::string("SELECT ") + kDocColumns +
                                 " FROM documents d LEFT JOIN documents r ON r.id = d.replaced_by_id "
                                 "WHERE d.id = ? AND d.site_id = ?",
                             {id, context.site.id});
}

}  // namespace

Result<Response> HandleDocumentsAdmin(const Request& request, Context& context) {
  if (!CanManage(context)) return Refused();
  std::string q = Typed(request, "q");
  std::string like = "%" + q + "%";
  Result<Rows> rows = context.db.Query(
      "SELECT d.id, d.number_symbol, d.abstract, t.name, i.name, d.issued_on, d.visibility, d.validity, "
      "(SELECT COALESCE(SUM(f.download_count), 0) FROM document_files f WHERE f.document_id = d.id) "
      "FROM documents d JOIN document_types t ON t.code = d.type_code JOIN document_issuers i ON i.id = d.issuer_id "
      "WHERE d.site_id = ? AND (CHAR_LENGTH(?) = 0 OR d.number_symbol LIKE ? OR d.abstract LIKE ?) "
      "ORDER BY d.issued_on DESC, d.id DESC LIMIT 100",
      {context.site.id, q, like, like});
  if (!rows.ok()) return rows.status();
  Dict layout("documents_admin");
  Dict* page = StartPage(layout, request, context, "Văn bản", "admin/documents.tpl");
  page->SetValue("NEW_URL", AdminBase(context) + "/van-ban/moi");
  page->SetValue("ACTION", AdminBase(context) + "/van-ban");
  page->SetValue("PUBLIC_URL", context.prefix + "/van-ban");
  page->SetValue("DRAFTS_URL", AdminBase(context) + "/du-thao");
  page->SetValue("PROCEDURES_URL", AdminBase(context) + "/thu-tuc");
  page->SetValue("Q", q);
  if (request.Field("da-luu")) page->ShowSection("SAVED");
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("DOC");
    item->SetValue("URL", AdminBase(context) + "/van-ban/" + r.Str(0));
    item->SetValue("NUMBER", r.Str(1));
    item->SetValue("TITLE", r.Str(2));
    item->SetValue("TYPE", r.Str(3));
    item->SetValue("ISSUER", r.Str(4));
    std::string d = r.Str(5);
    item->SetValue("DATE", d.size() == 10 ? d.substr(8, 2) + "/" + d.substr(5, 2) + "/" + d.substr(0, 4) : d);
    item->SetValue("VISIBILITY", r.Str(6) == "noi-bo" ? "Nội bộ" : "Công khai");
    item->SetValue("VALIDITY", r.Str(7) == "het-hieu-luc" ? "Hết hiệu lực" : r.Str(7) == "bi-thay-the" ? "Bị thay thế" : "Còn hiệu lực");
    item->SetValue("DOWNLOADS", r.Str(8));
  }
  if (rows->empty()) page->ShowSection("EMPTY");
  return RenderPage(layout);
}

Result<Response> HandleDocumentNew(const Request& request, Context& context) {
  if (!CanManage(context)) return Refused();
  return ShowDocumentForm(request, context, nullptr, {}, "", 200);
}

Result<Response> HandleDocumentCreate(const Request& request, Context& context) {
  if (!CanManage(context)) return Refused();
  return SaveDocument(request, context, nullptr);
}

Result<Response> HandleDocumentEdit(const Request& request, Context& context) {
  if (!CanManage(context)) return Refused();
  Result<Row> doc = LoadDocument(context, request.path_args.at(0));
  if (!doc.ok()) return doc.status();
  return ShowDocumentForm(request, context, &*doc, {}, "", 200);
}

Result<Response> HandleDocumentUpdate(const Request& request, Context& context) {
  if (!CanManage(context)) return Refused();
  Result<Row> doc = LoadDocument(context, request.path_args.at(0));
  if (!doc.ok()) return doc.status();
  return SaveDocument(request, context, &*doc);
}

// GET ?so=…&loai=…&co_quan=…&ngay=…: {"ok":true,"number":34,"year":2026,…} or
// {"ok":false,"field":"so_ky_hieu","message":"…"}; also says when the number is taken.
Result<Response> HandleDocumentCheck(const Request& request, Context& context) {
  if (!CanManage(context)) return Refused();
  std::string typed = Typed(request, "so"), type = Typed(request, "loai"), issued = Typed(request, "ngay");
  long long issuer = 0;
  if (const std::string* i = request.Field("co_quan")) issuer = std::stoll(*i);
  long long self = 0;
  if (const std::string* i = request.Field("id")) self = std::stoll(*i);
  Checked checked;
  std::map<std::string, std::string> errors = CheckNumber(context, typed, type, issuer, issued, &checked);
  std::string json;
  if (!errors.empty()) {
    const auto& [field, message] = *errors.begin();
    json = "{\"ok\":false,\"field\":" + JsonString(field) + ",\"message\":" + JsonString(message) + "}";
  } else {
    std::string taken;
    if (issuer > 0 && checked.number.year > 0) {
      Result<Rows> dup = context.db.Query(
          "SELECT id FROM documents WHERE site_id = ? AND issuer_id = ? AND year = ? AND issuer_symbol = ? "
          "AND type_symbol = ? AND number = ? AND id <> ? LIMIT 1",
          {context.site.id, issuer, static_cast<long long>(checked.number.year), checked.number.issuer,
           checked.number.type_symbol, static_cast<long long>(checked.number.number), self});
      if (!dup.ok()) return dup.status();
      if (!dup->empty()) {
        taken = "Đã có văn bản số " + checked.number.written + " của cơ quan này trong năm " +
                std::to_string(checked.number.year) + ".";
      }
    }
    if (!taken.empty()) {
      json = "{\"ok\":false,\"field\":\"so_ky_hieu\",\"message\":" + JsonString(taken) + "}";
    } else {
      const core::docnumber::DocNumber& n = checked.number;
      std::string summary = "Số " + std::to_string(n.number) + (n.year ? ", năm " + std::to_string(n.year) : "") +
                            (n.type_symbol.empty() ? ", công văn" : ", loại " + n.type_symbol) + ", cơ quan " + n.issuer +
                            (n.sub_unit.empty() ? "" : ", đơn vị soạn thảo " + n.sub_unit) + ".";
      json = "{\"ok\":true,\"number\":" + std::to_string(n.number) + ",\"year\":" + std::to_string(n.year) +
             ",\"type\":" + JsonString(n.type_symbol) + ",\"issuer\":" + JsonString(n.issuer) +
             ",\"sub_unit\":" + JsonString(n.sub_unit) + ",\"message\":" + JsonString(summary) + "}";
    }
  }
  Response r;
  r.content_type = "application/json; charset=utf-8";
  r.body = json;
  r.Header("Cache-Control", "no-store");
  return r;
}

// Any file of a document of this site, internal ones included, for its staff.
Result<Response> HandleDocumentFileAdmin(const Request& request, Context& context) {
  if (!context.user || !context.user->HasAny(context.site.id)) return Status::Forbidden();
  Result<Row> f = context.db.QueryRow(
      "SELECT f.path, f.mime, f.file_name FROM document_files f JOIN documents d ON d.id = f.document_id "
      "WHERE f.id = ? AND d.site_id = ?",
      {request.path_args.at(0), context.site.id});
  if (!f.ok()) return f.status();
  return core::upload::SendPrivate(f->Str(0), f->Str(1), f->Str(2), f->Str(1) == "application/pdf");
}

// ---- drafts for comment --------------------------------------------------------------

namespace {

// "2026-12-31T17:00" (datetime-local, Vietnam time) → UTC "2026-12-31 10:00:00".
std::optional<std::string> LocalDateTime(const std::string& text) {
  std::optional<std::time_t> t = core::vntext::ParseFormDateTime(text, 1945);
  if (!t) return std::nullopt;
  return core::SqlDateTime(*t);
}

Result<Response> ShowDraftForm(const Request& request, Context& context, const std::map<std::string, std::string>& errors,
                               const std::string& message, int status) {
  Result<Rows> fields = context.db.Query("SELECT code, name FROM document_fields ORDER BY sort_order");
  if (!fields.ok()) return fields.status();
  Dict layout("draft_form");
  Dict* page = StartPage(layout, request, context, "Đăng dự thảo lấy ý kiến", "admin/draft_form.tpl");
  page->SetValue("ACTION", AdminBase(context) + "/du-thao/moi");
  page->SetValue("LIST_URL", AdminBase(context) + "/du-thao");
  std::string field = Typed(request, "linh_vuc");
  for (const Row& f : *fields) {
    Dict* o = page->AddSectionDictionary("FIELD");
    o->SetValue("VALUE", f.Str(0));
    o->SetValue("LABEL", f.Str(1));
    if (f.Str(0) == field) o->ShowSection("SELECTED");
  }
  page->SetValue("TITLE", Typed(request, "tieu_de"));
  page->SetValue("SUMMARY", Typed(request, "tom_tat"));
  page->SetValue("UNIT", Typed(request, "don_vi_soan_thao"));
  page->SetValue("CLOSES", Typed(request, "han_gop_y"));
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  for (const auto& [f, text] : errors) page->SetValueAndShowSection("ERROR_" + f, text, "HAS_ERROR_" + f);
  Result<Response> r = RenderPage(layout);
  if (r.ok()) r->status = status;
  return r;
}

}  // namespace

Result<Response> HandleDraftsAdmin(const Request& request, Context& context) {
  if (!CanManage(context)) return Refused();
  Result<Rows> rows = context.db.Query(
      "SELECT d.id, d.title, d.closes_at, d.closes_at > UTC_TIMESTAMP(), "
      "(SELECT COUNT(*) FROM draft_comments c WHERE c.draft_id = d.id), d.slug "
      "FROM document_drafts d WHERE d.site_id = ? ORDER BY d.id DESC LIMIT 100",
      {context.site.id});
  if (!rows.ok()) return rows.status();
  Dict layout("drafts_admin");
  Dict* page = StartPage(layout, request, context, "Dự thảo lấy ý kiến", "admin/drafts.tpl");
  page->SetValue("NEW_URL", AdminBase(context) + "/du-thao/moi");
  page->SetValue("DOCUMENTS_URL", AdminBase(context) + "/van-ban");
  if (request.Field("da-luu")) page->ShowSection("SAVED");
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("DRAFT");
    item->SetValue("URL", AdminBase(context) + "/du-thao/" + r.Str(0));
    item->SetValue("PUBLIC_URL", context.prefix + "/du-thao/" + r.Str(0) + "-" + r.Str(5));
    item->SetValue("TITLE", r.Str(1));
    item->SetValue("CLOSES", core::vntext::FormatDateTime(r.Time(2)));
    item->SetValue("STATE", r.Int(3) ? "Đang lấy ý kiến" : "Đã đóng");
    item->SetValue("COMMENTS", r.Str(4));
  }
  if (rows->empty()) page->ShowSection("EMPTY");
  return RenderPage(layout);
}

Result<Response> HandleDraftNew(const Request& request, Context& context) {
  if (!CanManage(context)) return Refused();
  return ShowDraftForm(request, context, {}, "", 200);
}

Result<Response> HandleDraftCreate(const Request& request, Context& context) {
  if (!CanManage(context)) return Refused();
  std::map<std::string, std::string> errors(request.invalid.begin(), request.invalid.end());
  std::optional<std::string> closes;
  if (!errors.count("han_gop_y")) {
    closes = LocalDateTime(Typed(request, "han_gop_y"));
    if (!closes) errors["han_gop_y"] = "Hạn góp ý không hợp lệ.";
    else if (core::ParseSqlDateTime(*closes).value_or(0) <= std::time(nullptr)) {
      errors["han_gop_y"] = "Hạn góp ý phải sau thời điểm hiện tại.";
    }
  }
  Result<std::vector<Upload>> uploads = SniffFiles(request, "tep");
  if (!uploads.ok()) errors["tep"] = uploads.status().user_message();
  if (!errors.empty()) return ShowDraftForm(request, context, errors, "Vui lòng kiểm tra lại các ô được đánh dấu.", 422);
  SavedFiles saved(context.config.private_dir() + "/du-thao", "du-thao");
  Status s = saved.Save(*uploads);
  if (!s.ok()) return s;
  core::Db& db = context.db;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  std::string title = Typed(request, "tieu_de"), field = Typed(request, "linh_vuc");
  Result<core::ExecResult> ins = db.Execute(
      "INSERT INTO document_drafts (site_id, title, slug, summary, field_code, drafting_unit, closes_at, created_by) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {context.site.id, title, core::vntext::Slugify(title), Typed(request, "tom_tat"),
       field.empty() ? core::Param(nullptr) : core::Param(field), Typed(request, "don_vi_soan_thao"), *closes,
       context.user->user_id});
  if (!ins.ok()) return ins.status();
  for (size_t i = 0; i < uploads->size(); ++i) {
    const Upload& u = (*uploads)[i];
    Result<core::ExecResult> f = db.Execute(
        "INSERT INTO draft_files (draft_id, path, file_name, mime, size, sha256) VALUES (?, ?, ?, ?, ?, ?)",
        {static_cast<long long>(ins->insert_id), saved.Path(i), SafeFileName(*u.file, u.type), u.type.mime,
         static_cast<long long>(saved.at(i).size), saved.at(i).sha256});
    if (!f.ok()) return f.status();
  }
  Status a = core::Audit(context, request, "draft.create", "document_draft", ins->insert_id, title.substr(0, 200));
  if (!a.ok()) return a;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  saved.Keep();
  return Response::Redirect(AdminBase(context) + "/du-thao?da-luu=1", 303);
}

Result<Response> HandleDraftAdmin(const Request& request, Context& context) {
  if (!CanManage(context)) return Refused();
  Result<Row> d = context.db.QueryRow(
      "SELECT id, title, summary, closes_at, closes_at > UTC_TIMESTAMP(), slug FROM document_drafts "
      "WHERE id = ? AND site_id = ?",
      {request.path_args.at(0), context.site.id});
  if (!d.ok()) return d.status();
  Result<Rows> comments = context.db.Query(
      "SELECT name, email, body, created_at FROM draft_comments WHERE draft_id = ? ORDER BY id LIMIT 1000", {d->Int(0)});
  if (!comments.ok()) return comments.status();
  Dict layout("draft_admin");
  Dict* page = StartPage(layout, request, context, d->Str(1), "admin/draft.tpl");
  page->SetValue("LIST_URL", AdminBase(context) + "/du-thao");
  page->SetValue("PUBLIC_URL", context.prefix + "/du-thao/" + d->Str(0) + "-" + d->Str(5));
  page->SetValue("TITLE", d->Str(1));
  page->SetValue("SUMMARY", d->Str(2));
  page->SetValue("CLOSES", core::vntext::FormatDateTime(d->Time(3)));
  page->SetValue("STATE", d->Int(4) ? "Đang lấy ý kiến" : "Đã đóng");
  page->SetIntValue("COUNT", static_cast<long>(comments->size()));
  for (const Row& c : *comments) {
    Dict* item = page->AddSectionDictionary("COMMENT");
    item->SetValue("NAME", c.Str(0));
    if (!c.Str(1).empty()) item->SetValueAndShowSection("EMAIL", c.Str(1), "HAS_EMAIL");
    item->SetValue("BODY", c.Str(2));
    item->SetValue("DATE", core::vntext::FormatDateTime(c.Time(3)));
  }
  if (comments->empty()) page->ShowSection("EMPTY");
  return RenderPage(layout);
}

// ---- procedures ------------------------------------------------------------------------

namespace {

constexpr char kProcColumns[] =
    "id, code, name, COALESCE(field_code, ''), level, agency, subjects, steps, methods, dossier, time_limit, fees, "
    "result, requirements, online_url, online_level, published, slug";
// Form field → column index of kProcColumns.
constexpr std::pair<const char*, int> kProcFields[] = {
    {"ma", 1}, {"ten", 2}, {"linh_vuc", 3}, {"cap", 4}, {"co_quan", 5}, {"doi_tuong", 6}, {"trinh_tu", 7},
    {"cach_thuc", 8}, {"ho_so", 9}, {"thoi_han", 10}, {"phi", 11}, {"ket_qua", 12}, {"yeu_cau", 13},
    {"dich_vu_cong", 14}, {"muc_do", 15}};

Result<Response> ShowProcedureForm(const Request& request, Context& context, const Row* p,
                                   const std::map<std::string, std::string>& errors, const std::string& message,
                                   int status) {
  Result<Rows> fields = context.db.Query("SELECT code, name FROM document_fields ORDER BY sort_order");
  if (!fields.ok()) return fields.status();
  bool posted = request.method == core::Method::kPost;
  Dict layout("procedure_form");
  std::string title = p ? "Sửa thủ tục" : "Thêm thủ tục hành chính";
  Dict* page = StartPage(layout, request, context, title, "admin/procedure_form.tpl");
  page->SetValue("HEADING", title);
  page->SetValue("ACTION", AdminBase(context) + "/thu-tuc/" + (p ? p->Str(0) : "moi"));
  page->SetValue("LIST_URL", AdminBase(context) + "/thu-tuc");
  if (p) page->SetValueAndShowSection("PUBLIC_URL", context.prefix + "/thu-tuc-hanh-chinh/" + p->Str(0) + "-" + p->Str(17), "EDITING");
  std::map<std::string, std::string> values;
  for (const auto& [f, col] : kProcFields) values[f] = posted ? Typed(request, f) : p ? p->Str(col) : "";
  for (const auto& [f, v] : values) page->SetValue(std::string("V_") + f, v);
  for (const Row& f : *fields) {
    Dict* o = page->AddSectionDictionary("FIELD");
    o->SetValue("VALUE", f.Str(0));
    o->SetValue("LABEL", f.Str(1));
    if (f.Str(0) == values["linh_vuc"]) o->ShowSection("SELECTED");
  }
  for (const auto& [v, label] : {std::pair{"huyen", "Cấp huyện"}, std::pair{"xa", "Cấp xã"},
                                 std::pair{"truong", "Cơ sở giáo dục"}, std::pair{"tinh", "Cấp tỉnh"}}) {
    Dict* o = page->AddSectionDictionary("LEVEL");
    o->SetValue("VALUE", v);
    o->SetValue("LABEL", label);
    if (values["cap"] == v) o->ShowSection("SELECTED");
  }
  for (const auto& [v, label] : {std::pair{"", "Không có"}, std::pair{"mot-phan", "Một phần"},
                                 std::pair{"toan-trinh", "Toàn trình"}}) {
    Dict* o = page->AddSectionDictionary("ONLINE");
    o->SetValue("VALUE", v);
    o->SetValue("LABEL", label);
    if (values["muc_do"] == v) o->ShowSection("SELECTED");
  }
  bool published = posted ? request.Field("cong_khai") != nullptr : (p ? p->Int(16) != 0 : true);
  if (published) page->ShowSection("PUBLISHED");
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  for (const auto& [f, text] : errors) page->SetValueAndShowSection("ERROR_" + f, text, "HAS_ERROR_" + f);
  Result<Response> r = RenderPage(layout);
  if (r.ok()) r->status = status;
  return r;
}

Result<Response> SaveProcedure(const Request& request, Context& context, const Row* p) {
  std::map<std::string, std::string> errors(request.invalid.begin(), request.invalid.end());
  std::string url = Typed(request, "dich_vu_cong");
  if (!url.empty() && url.rfind("https://", 0) != 0 && !errors.count("dich_vu_cong")) {
    errors["dich_vu_cong"] = "Địa chỉ dịch vụ công phải bắt đầu bằng https://";
  }
  Result<std::vector<Upload>> uploads = SniffFiles(request, "bieu_mau");
  if (!uploads.ok()) errors["bieu_mau"] = uploads.status().user_message();
  if (!errors.empty()) return ShowProcedureForm(request, context, p, errors, "Vui lòng kiểm tra lại các ô được đánh dấu.", 422);
  SavedFiles saved(context.config.private_dir() + "/thu-tuc", "thu-tuc");
  Status s = saved.Save(*uploads);
  if (!s.ok()) return s;
  core::Db& db = context.db;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  // Params hold views: every value lives in a named string until the statement ran.
  std::map<std::string, std::string> v;
  for (const auto& [f, col] : kProcFields) v[f] = Typed(request, f);
  const std::string slug = core::vntext::Slugify(v["ten"]);
  if (v["cap"].empty()) v["cap"] = "huyen";
  if (url.empty()) v["muc_do"] = "";
  std::vector<core::Param> params = {
      v["ma"], v["ten"], slug, v["linh_vuc"].empty() ? core::Param(nullptr) : core::Param(v["linh_vuc"]), v["cap"],
      v["co_quan"], v["doi_tuong"], v["trinh_tu"], v["cach_thuc"], v["ho_so"], v["thoi_han"], v["phi"], v["ket_qua"],
      v["yeu_cau"], v["dich_vu_cong"], v["muc_do"], request.Field("cong_khai") ? 1LL : 0LL};
  const std::string& name = v["ten"];
  long long id = p ? p->Int(0) : 0;
  if (p) {
    params.push_back(id);
    params.push_back(static_cast<long long>(context.site.id));
  } else {
    params.insert(params.begin(), core::Param(static_cast<long long>(context.site.id)));
    params.push_back(static_cast<long long>(context.user->user_id));
  }
  Result<core::ExecResult> w = p ? db.Execute(
        "UPDATE procedures SET code = ?, name = ?, slug = ?, field_code = ?, level = ?, agency = ?, subjects = ?, "
        "steps = ?, methods = ?, dossier = ?, time_limit = ?, fees = ?, result = ?, requirements = ?, online_url = ?, "
        "online_level = ?, published = ?, updated_at = UTC_TIMESTAMP() WHERE id = ? AND site_id = ?",
        params) : db.Execute(
        "INSERT INTO procedures (site_id, code, name, slug, field_code, level, agency, subjects, steps, methods, dossier, "
        "time_limit, fees, result, requirements, online_url, online_level, published, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        params);
  if (!w.ok()) return w.status();
  if (!p) id = static_cast<long long>(w->insert_id);
  for (size_t i = 0; i < uploads->size(); ++i) {
    const Upload& u = (*uploads)[i];
    std::string file_name = SafeFileName(*u.file, u.type);
    Result<core::ExecResult> f = db.Execute(
        "INSERT INTO procedure_files (procedure_id, title, path, file_name, mime, size, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {id, file_name, saved.Path(i), file_name, u.type.mime, static_cast<long long>(saved.at(i).size), saved.at(i).sha256});
    if (!f.ok()) return f.status();
  }
  Status a = core::Audit(context, request, p ? "procedure.update" : "procedure.create", "procedure",
                         static_cast<uint64_t>(id), name.substr(0, 200));
  if (!a.ok()) return a;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  saved.Keep();
  return Response::Redirect(AdminBase(context) + "/thu-tuc?da-luu=1", 303);
}

Result<Row> LoadProcedure(Context& context, const std::string& id) {
  return context.db.QueryRow(std::string("SELECT ") + kProcColumns + " FROM procedures WHERE id = ? AND site_id = ?",
                             {id, context.site.id});
}

}  // namespace

Result<Response> HandleProceduresAdmin(const Request& request, Context& context) {
  if (!CanManage(context)) return Refused();
  Result<Rows> rows = context.db.Query(
      "SELECT p.id, p.code, p.name, COALESCE(f.name, ''), p.published, "
      "(SELECT COUNT(*) FROM procedure_files pf WHERE pf.procedure_id = p.id) FROM procedures p "
      "LEFT JOIN document_fields f ON f.code = p.field_code WHERE p.site_id = ? ORDER BY p.name LIMIT 500",
      {context.site.id});
  if (!rows.ok()) return rows.status();
  Dict layout("procedures_admin");
  Dict* page = StartPage(layout, request, context, "Thủ tục hành chính", "admin/procedures.tpl");
  page->SetValue("NEW_URL", AdminBase(context) + "/thu-tuc/moi");
  page->SetValue("DOCUMENTS_URL", AdminBase(context) + "/van-ban");
  if (request.Field("da-luu")) page->ShowSection("SAVED");
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("PROCEDURE");
    item->SetValue("URL", AdminBase(context) + "/thu-tuc/" + r.Str(0));
    item->SetValue("CODE", r.Str(1));
    item->SetValue("NAME", r.Str(2));
    item->SetValue("FIELD", r.Str(3));
    item->SetValue("STATE", r.Int(4) ? "Công khai" : "Ẩn");
    item->SetValue("FORMS", r.Str(5));
  }
  if (rows->empty()) page->ShowSection("EMPTY");
  return RenderPage(layout);
}

Result<Response> HandleProcedureNew(const Request& request, Context& context) {
  if (!CanManage(context)) return Refused();
  return ShowProcedureForm(request, context, nullptr, {}, "", 200);
}

Result<Response> HandleProcedureCreate(const Request& request, Context& context) {
  if (!CanManage(context)) return Refused();
  return SaveProcedure(request, context, nullptr);
}

Result<Response> HandleProcedureEdit(const Request& request, Context& context) {
  if (!CanManage(context)) return Refused();
  Result<Row> p = LoadProcedure(context, request.path_args.at(0));
  if (!p.ok()) return p.status();
  return ShowProcedureForm(request, context, &*p, {}, "", 200);
}

Result<Response> HandleProcedureUpdate(const Request& request, Context& context) {
  if (!CanManage(context)) return Refused();
  Result<Row> p = LoadProcedure(context, request.path_args.at(0));
  if (!p.ok()) return p.status();
  return SaveProcedure(request, context, &*p);
}

}  // namespace admin
