#include "core/exam_csv.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "core/vntext.h"
#include "core/workdays.h"

namespace core::exam {
namespace {

// Converts with an ICU converter; nullopt on any invalid sequence.
std::optional<std::string> Convert(const char* from, std::string_view bytes) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(from, &err), ucnv_close);
  if (U_FAILURE(err)) return std::nullopt;
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  std::u16string wide(bytes.size() * 2 + 16, u'\0');
  int32_t n = ucnv_toUChars(conv.get(), reinterpret_cast<UChar*>(wide.data()), static_cast<int32_t>(wide.size()),
                            bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  if (U_FAILURE(err)) return std::nullopt;
  wide.resize(static_cast<size_t>(n));
  std::string out;
  out.reserve(wide.size() * 2);
  for (size_t i = 0; i < wide.size(); ++i) {
    uint32_t c = wide[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < wide.size()) c = 0x10000 + ((c - 0xD800) << 10) + (wide[++i] - 0xDC00);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

// TCVN3 (ABC, the .VnTime fonts) puts precomposed lower-case Vietnamese letters in
// 0xA1–0xFE, most of them in 0xA8–0xBF and 0xC6–0xFE, where Windows-1258 has symbols and
// upper-case letters; and Windows-1258 writes tones as combining marks (0xCC, 0xD2, 0xDE,
// 0xEC, 0xF2) after a letter. Counting both tells them apart on any real list of names.
bool LooksLikeTcvn3(std::string_view bytes) {
  size_t tcvn = 0, combining = 0, high = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) continue;
    ++high;
    if (c >= 0xA8 && c <= 0xBF) ++tcvn;
    bool after_letter = i > 0 && ((bytes[i - 1] | 0x20) >= 'a' && (bytes[i - 1] | 0x20) <= 'z');
    if ((c == 0xCC || c == 0xD2 || c == 0xDE || c == 0xEC || c == 0xF2) && after_letter) ++combining;
  }
  return high > 0 && tcvn * 4 > high && tcvn > combining;
}

std::vector<std::string> SplitRecord(std::string_view text, size_t* pos, char sep, bool* bad) {
  std::vector<std::string> cells;
  std::string cell;
  bool quoted = false, was_quoted = false;
  size_t i = *pos;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        cell += c;
      }
    } else if (c == '"' && cell.empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else if (c == sep) {
      cells.push_back(std::move(cell));
      cell.clear();
      was_quoted = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++i;
      break;
    } else {
      cell += c;
    }
  }
  if (quoted) *bad = true;
  cells.push_back(std::move(cell));
  *pos = i;
  return cells;
}

std::string Trim(std::string s) {
  size_t a = s.find_first_not_of(" \t");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t");
  return s.substr(a, b - a + 1);
}

// "8,5" / "8.5" / "10" → "8.5"; nullopt when not a number in [0, max] with ≤ 2 decimals.
std::optional<std::string> Score(const std::string& text, double max) {
  std::string s;
  int dots = 0, decimals = 0, digits = 0;
  for (char c : text) {
    if (c == ',' || c == '.') {
      if (++dots > 1) return std::nullopt;
      s += '.';
    } else if (c >= '0' && c <= '9') {
      s += c;
      if (dots) ++decimals;
      else ++digits;
    } else {
      return std::nullopt;
    }
  }
  if (digits == 0 || digits > 3 || decimals > 2) return std::nullopt;
  double v = std::stod(s);
  if (v < 0 || v > max) return std::nullopt;
  if (dots && decimals == 0) s.pop_back();
  return s;
}

std::string Quoted(const std::string& s) { return "«" + s.substr(0, 60) + "»"; }

}  // namespace

Result<std::string> ToUtf8(std::string_view bytes, std::string* charset) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::string out;
  if (vntext::IsValidUtf8(bytes)) {
    *charset = "UTF-8";
    out = std::string(bytes);
  } else {
    // ICU's detector recognises UTF-16 (Excel's "Unicode text") and names other sets for
    // the message; Vietnamese single-byte sets it does not know are told apart below.
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> det(ucsdet_open(&err), ucsdet_close);
    std::string detected;
    if (U_SUCCESS(err)) {
      ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(std::min<size_t>(bytes.size(), 1 << 20)), &err);
      const UCharsetMatch* match = ucsdet_detect(det.get(), &err);
      if (U_SUCCESS(err) && match) detected = ucsdet_getName(match, &err);
    }
    if (detected.rfind("UTF-16", 0) == 0 || detected.rfind("UTF-32", 0) == 0) {
      std::optional<std::string> conv = Convert(detected.c_str(), bytes);
      if (!conv) return Status::Invalid("Tệp có ký tự không đọc được theo bảng mã " + detected + ".");
      *charset = detected;
      out = std::move(*conv);
      if (out.rfind("\xEF\xBB\xBF", 0) == 0) out.erase(0, 3);
    } else if (LooksLikeTcvn3(bytes)) {
      return Status::Invalid(
          "Tệp dùng bảng mã TCVN3 (ABC, phông .VnTime), không được hỗ trợ. Vui lòng chuyển sang Unicode (ví dụ bằng "
          "Unikey: Công cụ chuyển mã, từ TCVN3 sang Unicode) rồi lưu lại dạng «CSV UTF-8».",
          "tcvn3");
    } else {
      std::optional<std::string> conv = Convert("windows-1258", bytes);
      if (!conv) {
        return Status::Invalid("Không nhận ra bảng mã của tệp" + (detected.empty() ? "" : " (có thể là " + detected + ")") +
                               ". Vui lòng lưu lại dạng «CSV UTF-8».");
      }
      *charset = "Windows-1258";
      out = std::move(*conv);
    }
  }
  Result<std::string> clean = vntext::CleanText(out);
  if (!clean.ok()) return Status::Invalid("Tệp có ký tự điều khiển không hợp lệ.", clean.status().detail());
  return std::move(clean).value();
}

Result<Sheet> Parse(std::string_view bytes) {
  if (bytes.size() > kMaxBytes) return Status::Invalid("Tệp lớn hơn 8 MB.");
  if (bytes.empty()) return Status::Invalid("Tệp rỗng.");
  Sheet sheet;
  Result<std::string> text = ToUtf8(bytes, &sheet.charset);
  if (!text.ok()) return text.status();
  std::string_view t = *text;
  size_t first_line = t.find('\n');
  std::string_view head = t.substr(0, first_line);
  char sep = std::count(head.begin(), head.end(), ';') > std::count(head.begin(), head.end(), ',') ? ';' : ',';
  size_t pos = 0;
  bool bad = false;
  std::vector<std::string> header = SplitRecord(t, &pos, sep, &bad);
  int col_number = -1, col_name = -1, col_dob = -1, col_school = -1, col_total = -1, col_result = -1;
  std::vector<int> subject_cols;
  for (size_t i = 0; i < header.size(); ++i) {
    std::string h = Trim(header[i]);
    std::string f = vntext::Fold(h);
    for (char& c : f) {
      if (c == '_' || c == '-') c = ' ';
    }
    int idx = static_cast<int>(i);
    if (f == "so bao danh" || f == "sbd") col_number = idx;
    else if (f == "ho va ten" || f == "ho ten" || f == "ten thi sinh") col_name = idx;
    else if (f == "ngay sinh") col_dob = idx;
    else if (f == "truong" || f == "truong hoc" || f == "don vi") col_school = idx;
    else if (f == "tong diem" || f == "tong") col_total = idx;
    else if (f == "ket qua" || f == "xep loai") col_result = idx;
    else if (!h.empty()) {
      subject_cols.push_back(idx);
      sheet.subjects.push_back(h.substr(0, 60));
    }
  }
  std::vector<std::string> missing;
  if (col_number < 0) missing.push_back("«Số báo danh»");
  if (col_name < 0) missing.push_back("«Họ và tên»");
  if (col_dob < 0) missing.push_back("«Ngày sinh»");
  if (!missing.empty()) {
    std::string list;
    for (const std::string& m : missing) list += (list.empty() ? "" : ", ") + m;
    return Status::Invalid("Dòng tiêu đề (dòng 1) thiếu cột " + list + ".");
  }
  if (sheet.subjects.size() > 20) return Status::Invalid("Tệp có quá 20 cột môn thi.");
  auto error = [&](int line, const std::string& msg) {
    if (sheet.errors.size() < 200) sheet.errors.push_back("Dòng " + std::to_string(line) + ": " + msg);
    ++sheet.error_count;
  };
  std::map<std::string, int> seen;
  // Lines inside quoted cells count too, so messages name the line an editor shows.
  int newlines = static_cast<int>(std::count(t.begin(), t.begin() + pos, '\n'));
  while (pos < t.size()) {
    int line = newlines + 1;
    size_t start = pos;
    bad = false;
    std::vector<std::string> cells = SplitRecord(t, &pos, sep, &bad);
    newlines += static_cast<int>(std::count(t.begin() + start, t.begin() + pos, '\n'));
    bool blank = true;
    for (const std::string& c : cells) blank = blank && Trim(c).empty();
    if (blank) continue;
    if (bad) {
      error(line, "dấu ngoặc kép không đóng.");
      continue;
    }
    if (sheet.rows.size() + sheet.error_count >= kMaxRows) return Status::Invalid("Tệp có quá 50.000 dòng.");
    if (cells.size() != header.size()) {
      error(line, "có " + std::to_string(cells.size()) + " cột, dòng tiêu đề có " + std::to_string(header.size()) + " cột.");
      continue;
    }
    Candidate c;
    c.line = line;
    size_t errors_before = sheet.error_count;
    std::string number = Trim(cells[col_number]);
    for (char& ch : number) ch = (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
    if (number.empty()) error(line, "thiếu số báo danh.");
    else if (number.size() > 20 || number.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != std::string::npos)
      error(line, "số báo danh " + Quoted(number) + " chỉ được gồm chữ cái không dấu và chữ số, tối đa 20 ký tự.");
    else if (auto it = seen.find(number); it != seen.end())
      error(line, "số báo danh " + Quoted(number) + " trùng với dòng " + std::to_string(it->second) + ".");
    else seen[number] = line;
    c.number = number;
    c.name = Trim(cells[col_name]);
    if (c.name.empty()) error(line, "thiếu họ và tên.");
    else if (c.name.size() > 300) error(line, "họ và tên quá dài.");
    std::string dob = Trim(cells[col_dob]);
    // dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy or yyyy-mm-dd.
    {
      std::string iso;
      int d = 0, m = 0, y = 0;
      char s1 = 0, s2 = 0;
      char tail = 0;
      if (std::sscanf(dob.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && dob.size() == 10) {
      } else if (std::sscanf(dob.c_str(), "%2d%c%2d%c%4d%c", &d, &s1, &m, &s2, &y, &tail) == 5 && s1 == s2 &&
                 (s1 == '/' || s1 == '-' || s1 == '.')) {
      } else {
        y = 0;
      }
      char buf[32];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
      if (y >= 1900 && y <= 2100 && workdays::Parse(buf)) iso = buf;
      if (dob.empty()) error(line, "thiếu ngày sinh.");
      else if (iso.empty()) error(line, "ngày sinh " + Quoted(dob) + " không hợp lệ (viết dạng ngày/tháng/năm, ví dụ 05/09/2012).");
      c.birth_date = iso;
    }
    if (col_school >= 0) c.school = Trim(cells[col_school]).substr(0, 250);
    if (col_result >= 0) c.result = Trim(cells[col_result]).substr(0, 100);
    if (col_total >= 0) {
      std::string total = Trim(cells[col_total]);
      if (!total.empty()) {
        std::optional<std::string> v = Score(total, 1000);
        if (!v) error(line, "tổng điểm " + Quoted(total) + " không phải là số.");
        else c.total = *v;
      }
    }
    for (size_t k = 0; k < subject_cols.size(); ++k) {
      std::string raw = Trim(cells[subject_cols[k]]);
      if (raw.empty()) {
        c.scores.push_back("");
        continue;
      }
      std::optional<std::string> v = Score(raw, 10);
      if (!v) error(line, "điểm môn " + sheet.subjects[k] + " " + Quoted(raw) + " phải là số từ 0 đến 10 (để trống nếu vắng thi).");
      c.scores.push_back(v ? *v : "");
    }
    if (sheet.error_count == errors_before) sheet.rows.push_back(std::move(c));
  }
  if (sheet.rows.empty() && sheet.error_count == 0) return Status::Invalid("Tệp không có dòng dữ liệu nào sau dòng tiêu đề.");
  return sheet;
}

Status Import(Db& db, uint64_t exam_id, const Sheet& sheet) {
  Result<ExecResult> del = db.Execute("DELETE FROM exam_results WHERE exam_id = ?", {static_cast<long long>(exam_id)});
  if (!del.ok()) return del.status();
  constexpr size_t kBatch = 100;
  std::string batch_sql, one_sql;
  auto sql_for = [](size_t n) {
    std::string s = "INSERT INTO exam_results (exam_id, candidate_no, birth_date, full_name, school, scores, total, result) VALUES ";
    for (size_t i = 0; i < n; ++i) s += i ? ", (?, ?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?, ?)";
    return s;
  };
  batch_sql = sql_for(kBatch);
  one_sql = sql_for(1);
  std::vector<std::string> joined(sheet.rows.size());
  for (size_t i = 0; i < sheet.rows.size(); ++i) {
    for (size_t k = 0; k < sheet.rows[i].scores.size(); ++k) joined[i] += (k ? "|" : "") + sheet.rows[i].scores[k];
  }
  long long eid = static_cast<long long>(exam_id);
  size_t i = 0;
  while (i < sheet.rows.size()) {
    size_t n = sheet.rows.size() - i >= kBatch ? kBatch : 1;
    std::vector<Param> params;
    params.reserve(n * 8);
    for (size_t k = i; k < i + n; ++k) {
      const Candidate& c = sheet.rows[k];
      params.insert(params.end(), {Param(eid), Param(c.number), Param(c.birth_date), Param(c.name), Param(c.school),
                                   Param(joined[k]), Param(c.total), Param(c.result)});
    }
    Result<ExecResult> ins = db.Execute(n == kBatch ? batch_sql : one_sql, params);
    if (!ins.ok()) return ins.status();
    i += n;
  }
  std::string subjects;
  for (size_t k = 0; k < sheet.subjects.size(); ++k) subjects += (k ? "|" : "") + sheet.subjects[k];
  Result<ExecResult> upd = db.Execute("UPDATE exams SET subjects = ?, imported_at = UTC_TIMESTAMP() WHERE id = ?",
                                      {subjects, eid});
  if (!upd.ok()) return upd.status();
  return Status();
}

}  // namespace core::exam
