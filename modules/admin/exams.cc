// Exam results for the lookup (/admin/tra-cuu-diem; SPEC A10): exams of the site with the
// times they open and close for lookup, and the CSV upload: a preview with every row's
// Vietnamese error first, the import only after the staff confirm a file without errors.
// The uploaded file waits between the two steps under the private folder.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "admin/admin.h"
#include "core/abuse.h"
#include "core/audit.h"
#include "core/exam_csv.h"
#include "core/vntext.h"

namespace admin {
namespace {

using core::Row;
using core::Rows;
using core::Status;

constexpr const char* kExamRoles[] = {"quan-tri", "truong-ban", "pho-ban", "dau-moi", "van-thu"};

bool MayManage(const Context& context) {
  if (!context.user) return false;
  for (const char* r : kExamRoles) {
    if (context.user->Has(context.site.id, r)) return true;
  }
  return false;
}

std::string StagingDir(const Context& context) { return context.config.private_dir() + "/diem-tam"; }

// "2026-06-20T08:00" (datetime-local, Asia/Ho_Chi_Minh) → "YYYY-MM-DD HH:MM:SS" UTC; "" if empty;
// nullopt when malformed.
std::optional<std::string> LocalToSql(const std::string& text) {
  if (text.empty()) return std::string();
  std::optional<std::time_t> t = core::vntext::ParseFormDateTime(text);
  if (!t) return std::nullopt;
  return core::SqlDateTime(*t);
}

std::string SqlToLocal(const Row& r, size_t i) {
  if (r.IsNull(i)) return "";
  core::vntext::LocalTime t = core::vntext::ToLocal(r.Time(i));
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", t.year % 10000, t.month % 100, t.day % 100, t.hour % 100,
                t.minute % 100);
  return buf;
}

Result<Response> ShowList(const Request& request, Context& context, const std::string& message, int status) {
  Result<Rows> exams = context.db.Query(
      "SELECT e.id, e.code, e.name, e.opens_at, e.closes_at, e.imported_at, "
      "(SELECT COUNT(*) FROM exam_results r WHERE r.exam_id = e.id) FROM exams e WHERE e.site_id = ? "
      "ORDER BY e.id DESC LIMIT 100", {context.site.id});
  if (!exams.ok()) return exams.status();
  Dict layout("exams");
  Dict* page = StartPage(layout, request, context, "Tra cứu điểm thi", "admin/exams.tpl");
  for (const Row& e : *exams) {
    Dict* item = page->AddSectionDictionary("EXAM");
    item->SetValue("URL", AdminBase(context) + "/tra-cuu-diem/" + e.Str(0));
    item->SetValue("CODE", e.Str(1));
    item->SetValue("NAME", e.Str(2));
    item->SetValue("OPENS", e.IsNull(3) ? "chưa đặt" : core::vntext::FormatDateTime(e.Time(3)));
    item->SetValue("CLOSES", e.IsNull(4) ? "không đặt" : core::vntext::FormatDateTime(e.Time(4)));
    item->SetValue("COUNT", e.Str(6));
  }
  if (exams->empty()) page->ShowSection("EMPTY");
  if (MayManage(context)) page->ShowSection("CAN_MANAGE");
  auto entered = [&](const char* n) {
    if (const std::string* v = request.Field(n)) return *v;
    auto it = request.entered.find(n);
    return it == request.entered.end() ? std::string() : it->second.substr(0, 200);
  };
  page->SetValue("MA", entered("ma"));
  page->SetValue("TEN", entered("ten"));
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_ERROR");
  Result<Response> out = RenderPage(layout);
  if (out.ok()) out->status = status;
  return out;
}

Result<Row> LoadExam(Context& context, const std::string& arg) {
  if (arg.empty() || arg.size() > 10 || arg.find_first_not_of("0123456789") != std::string::npos) return Status::NotFound();
  return context.db.QueryRow(
      "SELECT e.id, e.code, e.name, e.opens_at, e.closes_at, e.imported_at, e.subjects, "
      "(SELECT COUNT(*) FROM exam_results r WHERE r.exam_id = e.id) FROM exams e WHERE e.id = ? AND e.site_id = ?",
      {std::stoll(arg), context.site.id});
}

Result<Response> ShowExam(const Request& request, Context& context, const Row& e, const std::string& message,
                          bool error, int status, const core::exam::Sheet* sheet, const std::string& token) {
  Dict layout("exam");
  Dict* page = StartPage(layout, request, context, e.Str(2), "admin/exam.tpl");
  page->SetValue("ACTION", AdminBase(context) + "/tra-cuu-diem/" + e.Str(0));
  page->SetValue("LIST_URL", AdminBase(context) + "/tra-cuu-diem");
  page->SetValue("CODE", e.Str(1));
  page->SetValue("NAME", e.Str(2));
  page->SetValue("OPENS", SqlToLocal(e, 3));
  page->SetValue("CLOSES", SqlToLocal(e, 4));
  page->SetValue("COUNT", e.Str(7));
  page->SetValue("IMPORTED", e.IsNull(5) ? "chưa nhập" : core::vntext::FormatDateTime(e.Time(5)));
  page->SetValue("SUBJECTS", e.Str(6));
  if (MayManage(context)) page->ShowSection("CAN_MANAGE");
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, error ? "HAS_ERROR" : "HAS_NOTICE");
  if (sheet) {
    Dict* p = page->AddSectionDictionary("PREVIEW");
    p->SetValue("CHARSET", sheet->charset);
    p->SetIntValue("ROWS", static_cast<long>(sheet->rows.size()));
    p->SetIntValue("ERRORS", static_cast<long>(sheet->error_count));
    for (const std::string& s : sheet->subjects) p->AddSectionDictionary("SUBJECT")->SetValue("NAME", s);
    for (size_t i = 0; i < sheet->rows.size() && i < 20; ++i) {
      const core::exam::Candidate& c = sheet->rows[i];
      Dict* r = p->AddSectionDictionary("ROW");
      r->SetIntValue("LINE", c.line);
      r->SetValue("NUMBER", c.number);
      r->SetValue("NAME", c.name);
      r->SetValue("DOB", c.birth_date);
      r->SetValue("SCHOOL", c.school);
      r->SetValue("TOTAL", c.total);
      r->SetValue("RESULT", c.result);
      for (const std::string& s : c.scores) r->AddSectionDictionary("SCORE")->SetValue("V", s);
    }
    for (const std::string& err : sheet->errors) p->AddSectionDictionary("ROW_ERROR")->SetValue("TEXT", err);
    if (sheet->error_count > sheet->errors.size()) {
      p->SetValueAndShowSection("MORE_ERRORS", std::to_string(sheet->error_count - sheet->errors.size()), "HAS_MORE_ERRORS");
    }
    if (sheet->error_count == 0 && !token.empty()) {
      Dict* c = p->AddSectionDictionary("CONFIRM");
      c->SetValue("TOKEN", token);
      c->SetIntValue("N", static_cast<long>(sheet->rows.size()));
    } else {
      p->ShowSection("HAS_ROW_ERRORS");
    }
  }
  Result<Response> out = RenderPage(layout);
  if (out.ok()) out->status = status;
  return out;
}

}  // namespace

Result<Response> HandleExams(const Request& request, Context& context) { return ShowList(request, context, "", 200); }

Result<Response> HandleExamCreate(const Request& request, Context& context) {
  if (!MayManage(context)) return Status::Forbidden("Bạn không có quyền quản lý kỳ thi của đơn vị.");
  if (!request.invalid.empty()) return ShowList(request, context, request.invalid.begin()->second, 422);
  std::string code = *request.Field("ma");
  std::string name = *request.Field("ten");
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> ins = context.db.Execute("INSERT INTO exams (site_id, code, name) VALUES (?, ?, ?)",
                                                    {context.site.id, code, name});
  if (!ins.ok() && ins.status().IsConflict()) return ShowList(request, context, "Mã kỳ thi đã có.", 422);
  if (!ins.ok()) return ins.status();
  Status audit = core::Audit(context, request, "exam.create", "exam", ins->insert_id, code);
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  return Response::Redirect(AdminBase(context) + "/tra-cuu-diem/" + std::to_string(ins->insert_id), 303);
}

Result<Response> HandleExam(const Request& request, Context& context) {
  Result<Row> e = LoadExam(context, request.path_args.at(0));
  if (!e.ok()) return e.status();
  std::string message;
  for (const auto& [k, v] : request.query_params) {
    if (k == "da-luu" && v == "1") message = "Đã lưu.";
  }
  return ShowExam(request, context, *e, message, false, 200, nullptr, "");
}

Result<Response> HandleExamUpdate(const Request& request, Context& context) {
  Result<Row> e = LoadExam(context, request.path_args.at(0));
  if (!e.ok()) return e.status();
  if (!MayManage(context)) return Status::Forbidden("Bạn không có quyền quản lý kỳ thi của đơn vị.");
  std::string action = request.Field("thao_tac") ? *request.Field("thao_tac") : "";
  long long id = e->Int(0);
  std::string url = AdminBase(context) + "/tra-cuu-diem/" + e->Str(0) + "?da-luu=1";
  if (action == "thoi-gian") {
    std::optional<std::string> opens = LocalToSql(request.Field("mo_luc") ? *request.Field("mo_luc") : "");
    std::optional<std::string> closes = LocalToSql(request.Field("dong_luc") ? *request.Field("dong_luc") : "");
    if (!opens || !closes) return ShowExam(request, context, *e, "Thời điểm không hợp lệ.", true, 422, nullptr, "");
    if (!opens->empty() && !closes->empty() && *closes <= *opens) {
      return ShowExam(request, context, *e, "Thời điểm đóng phải sau thời điểm mở.", true, 422, nullptr, "");
    }
    std::string name = request.Field("ten") && !request.Field("ten")->empty() ? *request.Field("ten") : e->Str(2);
    Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
    if (!tx.ok()) return tx.status();
    Result<core::ExecResult> u = context.db.Execute(
        "UPDATE exams SET name = ?, opens_at = ?, closes_at = ? WHERE id = ?",
        {name, opens->empty() ? std::optional<std::string>() : *opens,
         closes->empty() ? std::optional<std::string>() : *closes, id});
    if (!u.ok()) return u.status();
    Status audit = core::Audit(context, request, "exam.times", "exam", static_cast<uint64_t>(id), *opens + " – " + *closes);
    if (!audit.ok()) return audit;
    Status c = (*tx)->Commit();
    if (!c.ok()) return c;
    return Response::Redirect(url, 303);
  }
  if (action == "xem-truoc") {
    const core::UploadedFile* file = request.File("tep");
    if (!file) return ShowExam(request, context, *e, "Vui lòng chọn tệp CSV.", true, 422, nullptr, "");
    Result<core::exam::Sheet> sheet = core::exam::Parse(file->data);
    if (!sheet.ok()) return ShowExam(request, context, *e, sheet.status().user_message(), true, 422, nullptr, "");
    std::string token;
    if (sheet->error_count == 0) {
      token = core::abuse::RandomHex16();
      std::error_code ec;
      std::filesystem::create_directories(StagingDir(context), ec);
      std::ofstream out(StagingDir(context) + "/" + token + ".csv", std::ios::binary);
      out.write(file->data.data(), static_cast<std::streamsize>(file->data.size()));
      if (!out) return Status::Internal("cannot stage exam csv");
    }
    std::string msg = sheet->error_count
                          ? "Tệp có " + std::to_string(sheet->error_count) + " dòng lỗi; sửa rồi tải lên lại. Chưa có gì được nhập."
                          : "Tệp hợp lệ: kiểm tra bản xem trước rồi bấm «Nhập kết quả».";
    return ShowExam(request, context, *e, msg, sheet->error_count > 0, sheet->error_count ? 422 : 200, &*sheet, token);
  }
  if (action == "nhap") {
    std::string token = request.Field("tep_tam") ? *request.Field("tep_tam") : "";
    if (token.size() != 32 || token.find_first_not_of("0123456789abcdef") != std::string::npos) {
      return ShowExam(request, context, *e, "Tệp xem trước không còn; vui lòng tải lên lại.", true, 422, nullptr, "");
    }
    std::string path = StagingDir(context) + "/" + token + ".csv";
    std::ifstream in(path, std::ios::binary);
    if (!in) return ShowExam(request, context, *e, "Tệp xem trước không còn; vui lòng tải lên lại.", true, 422, nullptr, "");
    std::stringstream bytes;
    bytes << in.rdbuf();
    Result<core::exam::Sheet> sheet = core::exam::Parse(bytes.str());
    if (!sheet.ok() || sheet->error_count) return ShowExam(request, context, *e, "Tệp có lỗi; vui lòng tải lên lại.", true, 422, nullptr, "");
    Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
    if (!tx.ok()) return tx.status();
    Status imported = core::exam::Import(context.db, static_cast<uint64_t>(id), *sheet);
    if (!imported.ok()) return imported;
    Status audit = core::Audit(context, request, "exam.import", "exam", static_cast<uint64_t>(id),
                               std::to_string(sheet->rows.size()) + " thí sinh, " + sheet->charset);
    if (!audit.ok()) return audit;
    Status c = (*tx)->Commit();
    if (!c.ok()) return c;
    std::error_code ec;
    std::filesystem::remove(path, ec);
    return Response::Redirect(url, 303);
  }
  return ShowExam(request, context, *e, "Vui lòng chọn một thao tác.", true, 422, nullptr, "");
}

}  // namespace admin
