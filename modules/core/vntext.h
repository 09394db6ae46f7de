// Vietnamese text in one place: UTF-8 validation and NFC (TCVN 6909 text is Unicode,
// stored NFC), folding for search and slugs ("Đổi mới" → "doi moi"), dates shown in
// Asia/Ho_Chi_Minh, and Vietnamese collation for sorting names.
#ifndef EDUPORTAL_CORE_VNTEXT_H_
#define EDUPORTAL_CORE_VNTEXT_H_

#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace core::vntext {

bool IsValidUtf8(std::string_view text);

// NFC form of valid UTF-8. REQUIRES: IsValidUtf8(text).
std::string Nfc(std::string_view text);

// The boundary check for every text field: Invalid (with a Vietnamese message) when the
// bytes are not UTF-8 or hold control characters other than tab and newlines; otherwise
// the NFC form with "\r\n" turned into "\n".
Result<std::string> CleanText(std::string_view text);

// Lower case without diacritics; "đ" and "Đ" become "d". Other characters are kept.
// "Giáo dục ĐÀO TẠO" → "giao duc dao tao".
std::string Fold(std::string_view text);

// A URL slug: folded, ASCII letters and digits, words joined by '-', at most
// max_length bytes, cut at a word boundary. "Đổi mới giáo dục" → "doi-moi-giao-duc".
// Empty when the text has no letters or digits.
std::string Slugify(std::string_view text, size_t max_length = 80);

// Calendar fields of an instant in Asia/Ho_Chi_Minh.
struct LocalTime {
  int year, month, day, hour, minute, second;
  int weekday;  // 0 = Chủ nhật (Sunday) … 6 = Thứ bảy
};
LocalTime ToLocal(std::time_t utc);
// The UTC instant of a local wall-clock time in Asia/Ho_Chi_Minh.
std::time_t FromLocal(int year, int month, int day, int hour = 0, int minute = 0, int second = 0);

// What the date inputs of a form send, checked as real calendar days (no 31/02):
// "2026-03-05" (<input type=date>) with a year in [min_year, max_year]; nullopt otherwise.
struct FormDate {
  int year;
  unsigned month, day;
};
std::optional<FormDate> ParseFormDate(std::string_view text, int min_year = 1900, int max_year = 2100);
// "2026-11-24T08:30" (<input type=datetime-local>, Vietnam time) → the UTC instant.
std::optional<std::time_t> ParseFormDateTime(std::string_view text, int min_year = 2000, int max_year = 2100);

// "Thứ năm", "Chủ nhật".
std::string WeekdayName(int weekday);
// "Thứ năm, ngày 20/10/2016"
std::string DateLine(std::time_t utc);
// "20/10/2016"
std::string FormatDate(std::time_t utc);
// "20/10/2016 14:05"
std::string FormatDateTime(std::time_t utc);
// ISO 8601 with offset for machines: "2016-10-20T14:05:00+07:00".
std::string FormatIso(std::time_t utc);

// Vietnamese collation (ICU, locale "vi"): a < ă < â, d < đ, tones after letters.
// Thread-safe.
int Compare(std::string_view a, std::string_view b);

// Vietnamese name order: by given name (the last word), then the whole name.
// "Trần Văn An" < "Nguyễn Thị Ánh" < "Lê Bình".
bool NameLess(std::string_view a, std::string_view b);
void SortNames(std::vector<std::string>& names);

}  // namespace core::vntext

#endif  // EDUPORTAL_CORE_VNTEXT_H_
