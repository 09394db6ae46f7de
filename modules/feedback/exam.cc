// Exam results lookup (tra cứu điểm; SPEC A10): a candidate finds their own row by the
// candidate number AND date of birth together, with one exact indexed query; no listing,
// no partial match, and the same answer whether the number exists or not. Rate-limited
// per address; an exam answers only between its opening and closing times.
#include <ctime>

#include "core/abuse.h"
#include "core/db.h"
#include "core/vntext.h"
#include "core/workdays.h"
#include "feedback/feedback.h"

namespace feedback {
namespace {

using core::Row;
using core::Rows;
using core::Status;

constexpr int kLookupLimit = 10;  // per address in 10 minutes
constexpr int kLookupWindow = 600;

constexpr char kExamsSql[] =
    "SELECT id, name, opens_at, closes_at, "
    "(opens_at IS NOT NULL AND opens_at <= UTC_TIMESTAMP() AND (closes_at IS NULL OR closes_at > UTC_TIMESTAMP())) "
    "FROM exams WHERE site_id = ? AND imported_at IS NOT NULL "
    "AND (closes_at IS NULL OR closes_at > UTC_TIMESTAMP()) ORDER BY opens_at DESC, id DESC LIMIT 20";
constexpr char kOpenExamSql[] =
    "SELECT id, name, subjects FROM exams WHERE id = ? AND site_id = ? AND imported_at IS NOT NULL "
    "AND opens_at IS NOT NULL AND opens_at <= UTC_TIMESTAMP() AND (closes_at IS NULL OR closes_at > UTC_TIMESTAMP())";
constexpr char kResultSql[] =
    "SELECT candidate_no, DATE_FORMAT(birth_date, '%Y-%m-%d'), full_name, school, scores, total, result "
    "FROM exam_results WHERE exam_id = ? AND candidate_no = ? AND birth_date = ?";

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t bar = s.find('|', start);
    out.push_back(s.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return out;
}

std::string NormalizeCandidate(std::string_view typed) {
  std::string out;
  for (char c : typed) {
    if (c == ' ') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return "";
    out += c;
  }
  return out.size() <= 20 ? out : "";
}

Result<Response> ShowForm(const Request& request, Context& context, const std::string& message, int status,
                          const Row* result, const Row* exam) {
  Result<Rows> exams = context.db.Query(kExamsSql, {context.site.id});
  if (!exams.ok()) return exams.status();
  Dict layout("exam");
  Dict* page = StartPage(layout, request, context, result ? "Kết quả thi" : "Tra cứu điểm thi", "feedback/exam.tpl",
                         request.method == core::Method::kPost);
  const std::string* chosen = request.Field("ky_thi");
  auto entered = [&](const char* name) {
    if (const std::string* v = request.Field(name)) return *v;
    auto it = request.entered.find(name);
    return it == request.entered.end() ? std::string() : it->second.substr(0, 40);
  };
  page->SetValue("SO_BAO_DANH", entered("so_bao_danh"));
  page->SetValue("NGAY_SINH", entered("ngay_sinh"));
  bool any_open = false;
  for (const Row& e : *exams) {
    if (e.Int(4)) {
      any_open = true;
      Dict* o = page->AddSectionDictionary("EXAM");
      o->SetValue("VALUE", e.Str(0));
      o->SetValue("LABEL", e.Str(1));
      if (chosen && *chosen == e.Str(0)) o->ShowSection("SELECTED");
    } else if (!e.IsNull(2)) {
      Dict* u = page->AddSectionDictionary("UPCOMING");
      u->SetValue("NAME", e.Str(1));
      u->SetValue("OPENS", core::vntext::FormatDateTime(e.Time(2)));
      page->ShowSection("HAS_UPCOMING");
    }
  }
  if (any_open) page->ShowSection("HAS_OPEN");
  else page->ShowSection("NONE_OPEN");
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  for (const auto& [field, text] : request.invalid) {
    page->SetValueAndShowSection("ERROR_" + field, text, "HAS_ERROR_" + field);
  }
  if (result && exam) {
    Dict* r = page->AddSectionDictionary("RESULT");
    r->SetValue("EXAM", exam->Str(1));
    r->SetValue("CANDIDATE", result->Str(0));
    std::optional<core::workdays::Day> dob = core::workdays::Parse(result->Str(1));
    r->SetValue("DOB", dob ? core::workdays::ToVn(*dob) : result->Str(1));
    r->SetValue("NAME", result->Str(2));
    r->SetValueAndShowSection("SCHOOL", result->Str(3), "HAS_SCHOOL");
    std::vector<std::string> subjects = Split(exam->Str(2));
    std::vector<std::string> scores = Split(result->Str(4));
    for (size_t i = 0; i < subjects.size() && !exam->Str(2).empty(); ++i) {
      Dict* s = r->AddSectionDictionary("SCORE");
      s->SetValue("SUBJECT", subjects[i]);
      std::string score = i < scores.size() ? scores[i] : "";
      s->SetValue("VALUE", score.empty() ? "Vắng" : score);
    }
    r->SetValueAndShowSection("TOTAL", result->Str(5), "HAS_TOTAL");
    r->SetValueAndShowSection("OUTCOME", result->Str(6), "HAS_OUTCOME");
  }
  return RenderPage(layout, status, true);
}

}  // namespace

Result<Response> HandleExamForm(const Request& request, Context& context) {
  return ShowForm(request, context, "", 200, nullptr, nullptr);
}

Result<Response> HandleExamLookup(const Request& request, Context& context) {
  Result<int> hits = core::abuse::Hit(context.db, "diem.ip", ClientAddress(request), kLookupWindow);
  if (!hits.ok()) return hits.status();
  if (*hits > kLookupLimit) {
    return ShowForm(request, context,
                    "Bạn đã tra cứu quá 10 lần trong 10 phút. Vui lòng đợi 10 phút rồi thử lại.", 429, nullptr,
                    nullptr);
  }
  if (!request.invalid.empty()) {
    return ShowForm(request, context, "Vui lòng nhập đủ số báo danh và ngày sinh.", 422, nullptr, nullptr);
  }
  Result<Row> exam = context.db.QueryRow(kOpenExamSql, {*request.Field("ky_thi"), context.site.id});
  if (!exam.ok() && !exam.status().IsNotFound()) return exam.status();
  if (!exam.ok()) {
    return ShowForm(request, context, "Kỳ thi này hiện không mở tra cứu.", 404, nullptr, nullptr);
  }
  std::string candidate = NormalizeCandidate(*request.Field("so_bao_danh"));
  std::string dob = ParseVnDate(*request.Field("ngay_sinh"));
  if (dob.empty()) {
    Request shown = request;
    shown.invalid["ngay_sinh"] = "Ngày sinh viết theo dạng ngày/tháng/năm, ví dụ 05/09/2012.";
    return ShowForm(shown, context, "Ngày sinh không hợp lệ.", 422, nullptr, nullptr);
  }
  // One exact query; a missing number and a wrong date of birth read the same.
  Result<Row> found = context.db.QueryRow(kResultSql, {exam->Int(0), candidate, dob});
  if (!found.ok() && !found.status().IsNotFound()) return found.status();
  if (!found.ok()) {
    return ShowForm(request, context,
                    "Không tìm thấy kết quả với số báo danh và ngày sinh đã nhập. Vui lòng kiểm tra lại cả hai thông tin.",
                    404, nullptr, nullptr);
  }
  return ShowForm(request, context, "", 200, &*found, &*exam);
}

}  // namespace feedback
