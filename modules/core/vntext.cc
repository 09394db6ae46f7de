// Vietnamese text helpers over ICU.
#include "core/vntext.h"

#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/timezone.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <mutex>

namespace core::vntext {
namespace {

const icu::Normalizer2& NfcNormalizer() {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err) || n == nullptr) throw std::runtime_error("ICU NFC unavailable");
  return *n;
}

const icu::Normalizer2& NfdNormalizer() {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(err);
  if (U_FAILURE(err) || n == nullptr) throw std::runtime_error("ICU NFD unavailable");
  return *n;
}

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

void AppendUtf8(std::string& out, UChar32 c) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, c, error);
  if (!error) out.append(buf, static_cast<size_t>(len));
}

// The collator is cloned per thread: ICU collators are not safe for concurrent
// compare calls on one instance.
const icu::Collator& ThreadCollator() {
  thread_local std::unique_ptr<icu::Collator> collator = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("vi"), err));
    if (U_FAILURE(err) || !c) throw std::runtime_error("ICU collator for vi unavailable");
    return c;
  }();
  return *collator;
}

const icu::TimeZone& VietnamZone() {
  static const std::unique_ptr<icu::TimeZone> zone(
      icu::TimeZone::createTimeZone("Asia/Ho_Chi_Minh"));
  return *zone;
}

int OffsetSeconds(std::time_t utc) {
  int32_t raw = 0, dst = 0;
  UErrorCode err = U_ZERO_ERROR;
  VietnamZone().getOffset(static_cast<UDate>(utc) * 1000.0, false, raw, dst, err);
  if (U_FAILURE(err)) return 7 * 3600;
  return (raw + dst) / 1000;
}

std::string_view GivenName(std::string_view name) {
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

}  // namespace

bool IsValidUtf8(std::string_view text) {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  if (text.size() > 0x7fffffff) return false;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::string Nfc(std::string_view text) {
  UErrorCode err = U_ZERO_ERROR;
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  const icu::Normalizer2& nfc = NfcNormalizer();
  if (nfc.isNormalized(in, err) && U_SUCCESS(err)) return std::string(text);
  err = U_ZERO_ERROR;
  icu::UnicodeString out = nfc.normalize(in, err);
  if (U_FAILURE(err)) return std::string(text);
  return ToUtf8(out);
}

Result<std::string> CleanText(std::string_view text) {
  if (!IsValidUtf8(text)) {
    return Status::Invalid("Nội dung có ký tự không hợp lệ (không phải Unicode UTF-8).",
                           "invalid UTF-8");
  }
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;
      out += '\n';
      continue;
    }
    // C0 controls, DEL, and the C1 controls U+0080–U+009F (encoded C2 80 – C2 9F).
    bool c1 = c == 0xC2 && i + 1 < text.size() &&
              static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
              static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f || c1) {
      return Status::Invalid("Nội dung có ký tự điều khiển không hợp lệ.", "control character");
    }
    out += static_cast<char>(c);
  }
  return Nfc(out);
}

std::string Fold(std::string_view text) {
  // ASCII only (half the syllables of Vietnamese, all digits and most numbers): nothing to
  // decompose, just lower case; the same result as below, without ICU.
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out(text);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  if (!IsValidUtf8(text)) return std::string();
  UErrorCode err = U_ZERO_ERROR;
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  icu::UnicodeString nfd = NfdNormalizer().normalize(in, err);
  if (U_FAILURE(err)) return std::string();
  std::string out;
  out.reserve(text.size());
  for (int32_t i = 0; i < nfd.length();) {
    UChar32 c = nfd.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x0110 || c == 0x0111) c = 'd';  // Đ đ
    c = u_tolower(c);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      AppendUtf8(out, c);
    }
  }
  return out;
}

std::string Slugify(std::string_view text, size_t max_length) {
  std::string folded = Fold(text);
  std::string slug;
  bool pending_dash = false;
  for (char ch : folded) {
    bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (!alnum) {
      pending_dash = !slug.empty();
      continue;
    }
    if (pending_dash) {
      if (slug.size() + 2 > max_length) break;
      slug += '-';
      pending_dash = false;
    }
    slug += ch;
  }
  if (slug.size() > max_length) {
    slug.resize(max_length);
    size_t dash = slug.rfind('-');
    if (dash != std::string::npos && dash > 0) slug.resize(dash);
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

LocalTime ToLocal(std::time_t utc) {
  using namespace std::chrono;
  std::time_t local = utc + OffsetSeconds(utc);
  sys_seconds tp{seconds{local}};
  sys_days day = floor<days>(tp);
  year_month_day ymd{day};
  hh_mm_ss<seconds> hms{tp - day};
  LocalTime t;
  t.year = static_cast<int>(ymd.year());
  t.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  t.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  t.hour = static_cast<int>(hms.hours().count());
  t.minute = static_cast<int>(hms.minutes().count());
  t.second = static_cast<int>(hms.seconds().count());
  t.weekday = static_cast<int>(weekday{day}.c_encoding());
  return t;
}

std::time_t FromLocal(int year, int month, int day, int hour, int minute, int second) {
  using namespace std::chrono;
  sys_days d{std::chrono::year{year} / std::chrono::month{static_cast<unsigned>(month)} /
             std::chrono::day{static_cast<unsigned>(day)}};
  std::time_t as_utc = static_cast<std::time_t>(d.time_since_epoch().count()) * 86400 +
                       hour * 3600 + minute * 60 + second;
  // Vietnam has no daylight saving; the offset at the guessed instant is the offset.
  return as_utc - OffsetSeconds(as_utc);
}

namespace {

// Digits only, exactly `text.size()` of them.
bool Digits(std::string_view text, int* out) {
  int v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return !text.empty();
}

}  // namespace

std::optional<FormDate> ParseFormDate(std::string_view text, int min_year, int max_year) {
  int y = 0, m = 0, d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !Digits(text.substr(0, 4), &y) ||
      !Digits(text.substr(5, 2), &m) || !Digits(text.substr(8, 2), &d)) {
    return std::nullopt;
  }
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                  std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || y < min_year || y > max_year) return std::nullopt;
  return FormDate{y, static_cast<unsigned>(m), static_cast<unsigned>(d)};
}

std::optional<std::time_t> ParseFormDateTime(std::string_view text, int min_year, int max_year) {
  int h = 0, mi = 0;
  if (text.size() != 16 || text[10] != 'T' || text[13] != ':' || !Digits(text.substr(11, 2), &h) ||
      !Digits(text.substr(14, 2), &mi) || h > 23 || mi > 59) {
    return std::nullopt;
  }
  std::optional<FormDate> day = ParseFormDate(text.substr(0, 10), min_year, max_year);
  if (!day) return std::nullopt;
  return FromLocal(day->year, static_cast<int>(day->month), static_cast<int>(day->day), h, mi);
}

std::string WeekdayName(int weekday) {
  static const char* const kNames[] = {"Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư",
                                       "Thứ năm",  "Thứ sáu", "Thứ bảy"};
  return kNames[((weekday % 7) + 7) % 7];
}

std::string DateLine(std::time_t utc) {
  return WeekdayName(ToLocal(utc).weekday) + ", ngày " + FormatDate(utc);
}

namespace {

// Appends `value` as exactly `width` decimal digits (dates are on every card of every
// list, so no printf here).
void AppendDigits(std::string& out, int value, int width) {
  char buf[8];
  for (int i = width - 1; i >= 0; --i) {
    buf[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  out.append(buf, static_cast<size_t>(width));
}

void AppendDate(std::string& out, const LocalTime& t) {
  AppendDigits(out, t.day, 2);
  out += '/';
  AppendDigits(out, t.month, 2);
  out += '/';
  AppendDigits(out, t.year, 4);
}

}  // namespace

std::string FormatDate(std::time_t utc) {
  std::string out;
  out.reserve(10);
  AppendDate(out, ToLocal(utc));
  return out;
}

std::string FormatDateTime(std::time_t utc) {
  LocalTime t = ToLocal(utc);
  std::string out;
  out.reserve(16);
  AppendDate(out, t);
  out += ' ';
  AppendDigits(out, t.hour, 2);
  out += ':';
  AppendDigits(out, t.minute, 2);
  return out;
}

std::string FormatIso(std::time_t utc) {
  int off = OffsetSeconds(utc);
  LocalTime t = ToLocal(utc);
  std::string out;
  out.reserve(25);
  AppendDigits(out, t.year, 4);
  out += '-';
  AppendDigits(out, t.month, 2);
  out += '-';
  AppendDigits(out, t.day, 2);
  out += 'T';
  AppendDigits(out, t.hour, 2);
  out += ':';
  AppendDigits(out, t.minute, 2);
  out += ':';
  AppendDigits(out, t.second, 2);
  out += off < 0 ? '-' : '+';
  AppendDigits(out, std::abs(off) / 3600, 2);
  out += ':';
  AppendDigits(out, (std::abs(off) % 3600) / 60, 2);
  return out;
}

int Compare(std::string_view a, std::string_view b) {
  UErrorCode err = U_ZERO_ERROR;
  UCollationResult r = ThreadCollator().compareUTF8(icu::StringPiece(a.data(), a.size()),
                                                    icu::StringPiece(b.data(), b.size()), err);
  if (U_FAILURE(err)) return a.compare(b);
  return r == UCOL_LESS ? -1 : (r == UCOL_GREATER ? 1 : 0);
}

bool NameLess(std::string_view a, std::string_view b) {
  int given = Compare(GivenName(a), GivenName(b));
  if (given != 0) return given < 0;
  return Compare(a, b) < 0;
}

void SortNames(std::vector<std::string>& names) {
  std::stable_sort(names.begin(), names.end(),
                   [](const std::string& a, const std::string& b) { return NameLess(a, b); });
}

}  // namespace core::vntext
