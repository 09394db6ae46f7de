#include "portalctl/exam.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/audit.h"
#include "core/exam_csv.h"
#include "core/vntext.h"
#include "core/workdays.h"

namespace portalctl {
namespace {

using core::Result;
using core::Status;

int Fail(const Status& s) {
  std::fprintf(stderr, "portalctl: %s\n  (%s)\n", s.user_message().c_str(), s.ToString().c_str());
  return 1;
}

std::string Option(const std::multimap<std::string, std::string>& options, const std::string& name) {
  auto it = options.find(name);
  return it == options.end() ? "" : it->second;
}

// "2026-06-20 08:00" (Asia/Ho_Chi_Minh) → SQL UTC; "" when empty; nullopt when malformed.
std::optional<std::string> LocalToSql(const std::string& text) {
  if (text.empty()) return std::string();
  int y, mo, d, h = 0, mi = 0;
  int n = std::sscanf(text.c_str(), "%4d-%2d-%2d%*c%2d:%2d", &y, &mo, &d, &h, &mi);
  if ((n != 3 && n != 5) || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return std::nullopt;
  return core::SqlDateTime(core::vntext::FromLocal(y, mo, d, h, mi));
}

int Import(core::Db& db, const std::vector<std::string>& words, const std::multimap<std::string, std::string>& options) {
  if (words.size() != 4) {
    std::fprintf(stderr, "usage: portalctl exam import <site> <exam-code> <file.csv> [--name TÊN] [--opens \"YYYY-MM-DD HH:MM\"] [--closes ...]\n");
    return 2;
  }
  const std::string& site_slug = words[1];
  const std::string& code = words[2];
  if (code.empty() || code.size() > 32 || code.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos) {
    return Fail(Status::Invalid("Mã kỳ thi chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa 32 ký tự)."));
  }
  std::ifstream in(words[3], std::ios::binary);
  if (!in) return Fail(Status::Invalid("Không mở được tệp " + words[3] + "."));
  std::stringstream bytes;
  bytes << in.rdbuf();
  Result<core::exam::Sheet> sheet = core::exam::Parse(bytes.str());
  if (!sheet.ok()) return Fail(sheet.status());
  if (sheet->error_count) {
    for (const std::string& e : sheet->errors) std::fprintf(stderr, "%s\n", e.c_str());
    if (sheet->error_count > sheet->errors.size()) {
      std::fprintf(stderr, "… và %zu lỗi khác.\n", sheet->error_count - sheet->errors.size());
    }
    std::fprintf(stderr, "portalctl: tệp có %zu dòng lỗi; chưa nhập gì.\n", sheet->error_count);
    return 1;
  }
  std::optional<std::string> opens = LocalToSql(Option(options, "opens"));
  std::optional<std::string> closes = LocalToSql(Option(options, "closes"));
  if (!opens || !closes) return Fail(Status::Invalid("Thời điểm mở/đóng viết dạng \"YYYY-MM-DD HH:MM\"."));
  Result<core::Row> site = db.QueryRow("SELECT id FROM sites WHERE slug = ?", {site_slug});
  if (!site.ok()) return Fail(site.status().IsNotFound() ? Status::NotFound("Không có đơn vị «" + site_slug + "».") : site.status());
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return Fail(tx.status());
  std::string name = Option(options, "name");
  auto opt = [](const std::string& v) { return v.empty() ? std::optional<std::string>() : std::optional<std::string>(v); };
  Result<core::ExecResult> upsert = db.Execute(
      "INSERT INTO exams (site_id, code, name, opens_at, closes_at) VALUES (?, ?, ?, ?, ?) "
      "ON DUPLICATE KEY UPDATE name = COALESCE(?, name), "
      "opens_at = COALESCE(VALUES(opens_at), opens_at), closes_at = COALESCE(VALUES(closes_at), closes_at)",
      {site->Int(0), code, name.empty() ? code : name, opt(*opens), opt(*closes), opt(name)});
  if (!upsert.ok()) return Fail(upsert.status());
  Result<core::Row> exam = db.QueryRow("SELECT id FROM exams WHERE site_id = ? AND code = ?", {site->Int(0), code});
  if (!exam.ok()) return Fail(exam.status());
  Status s = core::exam::Import(db, static_cast<uint64_t>(exam->Int(0)), *sheet);
  if (!s.ok()) return Fail(s);
  s = core::Audit(db, core::AuditEntry{0, static_cast<uint32_t>(site->Int(0)), "", "exam.import", "exam",
                                       static_cast<uint64_t>(exam->Int(0)),
                                       "portalctl: " + std::to_string(sheet->rows.size()) + " thí sinh, " + sheet->charset});
  if (!s.ok()) return Fail(s);
  s = (*tx)->Commit();
  if (!s.ok()) return Fail(s);
  std::printf("exam: %s/%s: đã nhập %zu thí sinh (%zu môn, bảng mã %s)\n", site_slug.c_str(), code.c_str(),
              sheet->rows.size(), sheet->subjects.size(), sheet->charset.c_str());
  return 0;
}

int Example(core::Db& db) {
  Result<core::Row> row = db.QueryRow(
      "SELECT e.name, s.slug, s.parent_id IS NULL, r.candidate_no, DATE_FORMAT(r.birth_date, '%d/%m/%Y') "
      "FROM exams e JOIN sites s ON s.id = e.site_id JOIN exam_results r ON r.exam_id = e.id "
      "WHERE e.opens_at <= UTC_TIMESTAMP() AND (e.closes_at IS NULL OR e.closes_at > UTC_TIMESTAMP()) "
      "ORDER BY e.id, r.candidate_no LIMIT 1 OFFSET 41");
  if (!row.ok() && row.status().IsNotFound()) {
    std::printf("exam: không có kỳ thi nào đang mở tra cứu\n");
    return 0;
  }
  if (!row.ok()) return Fail(row.status());
  std::printf("Tra cứu điểm thử (%s/tra-cuu-diem): %s, số báo danh %s, ngày sinh %s\n",
              row->Int(2) ? "" : ("/don-vi/" + row->Str(1)).c_str(), row->Str(0).c_str(), row->Str(3).c_str(),
              row->Str(4).c_str());
  return 0;
}

}  // namespace

int Exam(core::Db& db, const core::Config&, const std::vector<std::string>& words,
         const std::multimap<std::string, std::string>& options) {
  if (!words.empty() && words[0] == "import") return Import(db, words, options);
  if (!words.empty() && words[0] == "example") return Example(db);
  std::fprintf(stderr, "usage: portalctl exam import <site> <exam-code> <file.csv> | portalctl exam example\n");
  return 2;
}

}  // namespace portalctl
