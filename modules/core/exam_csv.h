// Exam results from CSV (tra cứu điểm; SPEC A10, D31): the bytes' character set detected
// (UTF-8 with or without BOM, UTF-16 from Excel's "Unicode text", Windows-1258 converted
// with ICU; TCVN3/ABC refused with a clear message), the header mapped to columns, every
// row checked with a Vietnamese message naming its line, and the import into the tables
// that feedback.fcgi looks up. Used by `portalctl exam import` and /admin/tra-cuu-diem.
#ifndef EDUPORTAL_CORE_EXAM_CSV_H_
#define EDUPORTAL_CORE_EXAM_CSV_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/db.h"
#include "core/status.h"

namespace core::exam {

inline constexpr size_t kMaxBytes = 8u << 20;
inline constexpr size_t kMaxRows = 50000;

// The text as UTF-8 NFC; `charset` names what it was ("UTF-8", "Windows-1258"...).
// Invalid with a Vietnamese message for TCVN3 and anything not recognised.
Result<std::string> ToUtf8(std::string_view bytes, std::string* charset);

struct Candidate {
  int line = 0;
  std::string number, birth_date /* YYYY-MM-DD */, name, school, total, result;
  std::vector<std::string> scores;  // "8.5", "" when absent
};

struct Sheet {
  std::string charset;
  std::vector<std::string> subjects;
  std::vector<Candidate> rows;
  std::vector<std::string> errors;  // "Dòng 7: …", at most 200
  size_t error_count = 0;
};

// Parses CSV bytes (comma or semicolon separated, RFC 4180 quotes). Columns by header:
// "Số báo danh", "Họ và tên", "Ngày sinh" (required), "Trường", "Tổng điểm", "Kết quả";
// every other column is a subject's score (0–10, comma or dot decimal, empty = absent).
// A Status only when the file cannot be read at all; row problems go to `errors`.
Result<Sheet> Parse(std::string_view bytes);

// Replaces the results of `exam_id` with the sheet's rows and records its subjects and
// the import time. REQUIRES: sheet without errors; inside the caller's transaction.
Status Import(Db& db, uint64_t exam_id, const Sheet& sheet);

}  // namespace core::exam

#endif  // EDUPORTAL_CORE_EXAM_CSV_H_
