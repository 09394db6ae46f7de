#include "core/docnumber.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/vntext.h"

namespace core::docnumber {
namespace {

// NĐ 30/2020 Phụ lục III (administrative documents) and the legal documents' types.
constexpr std::array<std::string_view, 33> kTypeSymbols = {
    "NĐ", "TT", "TTLT", "NQ", "NQLT", "QĐ", "CT", "QC", "QyĐ", "TB", "HD", "CTr",
    "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ",
    "GM", "GGT", "GNP", "PG", "PC", "PB", "TC", "TCT", "QCLT"};
// Types whose series carries the year (legal documents).
constexpr std::array<std::string_view, 5> kNeedsYear = {"NĐ", "TT", "TTLT", "NQLT", "QCLT"};
// Types that may carry a year (a legal Quyết định, Nghị quyết, Chỉ thị).
constexpr std::array<std::string_view, 8> kMayHaveYear = {"NĐ", "TT", "TTLT", "NQLT", "QCLT", "NQ", "QĐ", "CT"};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view s) {
  for (std::string_view x : list)
    if (x == s) return true;
  return false;
}

Status Bad(std::string message, std::string_view text) {
  return Status::Invalid("Số, ký hiệu văn bản không hợp lệ: " + message, std::string(text));
}

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Case-insensitive ASCII + Đ/đ comparison, for "Qđ" → "QĐ" hints.
std::string Upper(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xC4 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x91) {
      out += "\xC4\x90";
      ++i;
    } else if (c >= 'a' && c <= 'z') {
      out += static_cast<char>(c - 32);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// One segment of the symbol: letters A–Z, a–z, Đ, đ and digits, starting with a capital
// letter (NĐ 30: abbreviations are written in capitals; TTg, TTr, GDTrH keep small ones).
Status CheckSegment(std::string_view seg, std::string_view text) {
  if (seg.empty()) return Bad("thừa hoặc thiếu dấu gạch nối (-) giữa các chữ viết tắt.", text);
  size_t letters = 0;
  for (size_t i = 0; i < seg.size();) {
    unsigned char c = static_cast<unsigned char>(seg[i]);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      letters += (c > '9');
      ++i;
      continue;
    }
    if (c == 0xC4 && i + 1 < seg.size() &&
        (static_cast<unsigned char>(seg[i + 1]) == 0x90 || static_cast<unsigned char>(seg[i + 1]) == 0x91)) {
      ++letters;
      i += 2;
      continue;
    }
    if (c == 0xC3 && i + 1 < seg.size() && static_cast<unsigned char>(seg[i + 1]) == 0x90) {
      return Bad("chữ «Ð» (U+00D0, chữ eth) không phải chữ «Đ» tiếng Việt; hãy gõ lại chữ Đ.", text);
    }
    if (c == '&') return Bad("chữ viết tắt không dùng dấu «&» (viết GDĐT, không viết GD&ĐT).", text);
    if (c == '.' || c == ',' || c == '_' || c == '\\' || c == '|')
      return Bad(std::string("ký tự «") + static_cast<char>(c) + "» không được dùng trong ký hiệu; các phần cách nhau bằng dấu / và dấu -.", text);
    if (c >= 0x80) {
      return Bad("chữ viết tắt không dùng dấu tiếng Việt (trừ chữ Đ): «" + std::string(seg) + "».", text);
    }
    return Bad(std::string("ký tự «") + static_cast<char>(c) + "» không được dùng trong ký hiệu.", text);
  }
  if (letters == 0) return Bad("ký hiệu «" + std::string(seg) + "» phải có chữ cái.", text);
  unsigned char first = static_cast<unsigned char>(seg[0]);
  bool capital = (first >= 'A' && first <= 'Z') || (first == 0xC4 && static_cast<unsigned char>(seg[1]) == 0x90);
  if (!capital) {
    return Bad("chữ viết tắt phải viết in hoa: «" + std::string(seg) + "».", text);
  }
  if (seg.size() > 24) return Bad("chữ viết tắt «" + std::string(seg) + "» quá dài.", text);
  return Status();
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

bool IsTypeSymbol(std::string_view symbol) { return In(kTypeSymbols, symbol); }

Result<DocNumber> Parse(std::string_view input, int issue_year) {
  if (!vntext::IsValidUtf8(input)) return Bad("không phải văn bản UTF-8.", "");
  std::string nfc = vntext::Nfc(input);
  std::string_view text = nfc;
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  // "Số: 34/QĐ-…" or "Số 34/QĐ-…" as printed on the document.
  for (std::string_view prefix : {"Số:", "số:", "SỐ:", "Số", "số", "SỐ"}) {
    if (text.substr(0, prefix.size()) == prefix) {
      text.remove_prefix(prefix.size());
      while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
      break;
    }
  }
  if (text.empty()) return Status::Invalid("Hãy nhập số, ký hiệu văn bản, ví dụ 34/QĐ-PGDĐT.", "empty");
  if (text.size() > 100) return Bad("quá dài (tối đa 100 ký tự).", text);
  for (char c : text) {
    if (IsSpace(c)) return Bad("không được có khoảng trắng (viết liền, ví dụ 34/QĐ-PGDĐT).", text);
  }
  if (text.find("\xE2\x80\x93") != std::string_view::npos || text.find("\xE2\x80\x94") != std::string_view::npos ||
      text.find("\xE2\x80\x90") != std::string_view::npos || text.find("\xE2\x80\x91") != std::string_view::npos) {
    return Bad("dùng dấu gạch nối (-), không dùng dấu gạch ngang dài (–, —).", text);
  }
  std::vector<std::string_view> parts = Split(text, '/');
  if (parts.size() < 2) return Bad("thiếu dấu / giữa số và ký hiệu (ví dụ 34/QĐ-PGDĐT).", text);
  if (parts.size() > 3) return Bad("có quá nhiều dấu /; chỉ có số, năm (nếu có) và ký hiệu.", text);

  DocNumber out;
  out.written = std::string(text);
  std::string_view number = parts[0];
  if (number.empty()) return Bad("thiếu số văn bản trước dấu /.", text);
  if (!IsDigits(number)) return Bad("số văn bản «" + std::string(number) + "» chỉ gồm chữ số.", text);
  if (number.size() > 7) return Bad("số văn bản quá dài.", text);
  out.number = static_cast<unsigned>(std::stoul(std::string(number)));
  if (out.number == 0) return Bad("số văn bản bắt đầu từ 01, không thể là 0.", text);

  std::string_view symbol = parts.back();
  if (parts.size() == 3) {
    std::string_view year = parts[1];
    if (!IsDigits(year) || year.size() != 4) return Bad("năm ban hành phải gồm 4 chữ số (ví dụ 37/2020/TT-BGDĐT).", text);
    out.year = std::stoi(std::string(year));
    out.year_written = true;
    if (out.year < 1945 || out.year > 2100) return Bad("năm ban hành " + std::string(year) + " không hợp lệ.", text);
    if (issue_year != 0 && issue_year != out.year) {
      return Bad("năm trong số, ký hiệu (" + std::string(year) + ") khác năm của ngày ban hành (" +
                     std::to_string(issue_year) + ").",
                 text);
    }
  } else {
    out.year = issue_year;
  }
  if (symbol.empty()) return Bad("thiếu ký hiệu sau dấu /.", text);
  if (IsDigits(symbol)) return Bad("thiếu ký hiệu (chữ viết tắt tên loại và cơ quan ban hành) sau năm.", text);

  std::vector<std::string_view> segs = Split(symbol, '-');
  for (std::string_view seg : segs) {
    Status s = CheckSegment(seg, text);
    if (!s.ok()) {
      // A known type written in the wrong case: say which one was meant.
      if (!seg.empty()) {
        std::string up = Upper(seg);
        for (std::string_view t : kTypeSymbols) {
          if (Upper(t) == up && t != seg) {
            return Bad("viết đúng chữ viết tắt tên loại văn bản: «" + std::string(t) + "», không phải «" +
                           std::string(seg) + "».",
                       text);
          }
        }
      }
      return s;
    }
  }
  std::string_view first = segs[0];
  if (first == "CV") {
    return Bad("công văn không ghi chữ viết tắt tên loại «CV»; ký hiệu công văn là chữ viết tắt tên cơ quan "
               "và đơn vị soạn thảo (ví dụ 405/SGDĐT-TCHC).",
               text);
  }
  // A known type written in the wrong case ("Kh-", "Qđ-"): say which one was meant.
  if (!IsTypeSymbol(first) && segs.size() >= 2) {
    std::string up = Upper(first);
    for (std::string_view t : kTypeSymbols) {
      if (Upper(t) == up) {
        return Bad("viết đúng chữ viết tắt tên loại văn bản: «" + std::string(t) + "», không phải «" +
                       std::string(first) + "».",
                   text);
      }
    }
  }
  if (IsTypeSymbol(first)) {
    if (segs.size() < 2) {
      return Bad("thiếu chữ viết tắt tên cơ quan ban hành sau «" + std::string(first) + "-».", text);
    }
    out.type_symbol = std::string(first);
    bool joint = first == "TTLT" || first == "NQLT" || first == "QCLT";
    if (joint) {
      if (segs.size() < 3) return Bad("văn bản liên tịch phải ghi ít nhất hai cơ quan ban hành.", text);
      for (size_t i = 1; i < segs.size(); ++i) {
        if (i > 1) out.issuer += '-';
        out.issuer += segs[i];
      }
    } else {
      out.issuer = std::string(segs[1]);
      for (size_t i = 2; i < segs.size(); ++i) {
        if (i > 2) out.sub_unit += '-';
        out.sub_unit += segs[i];
      }
    }
    if (IsTypeSymbol(out.issuer)) {
      return Bad("sau tên loại «" + std::string(first) + "» phải là cơ quan ban hành, không phải tên loại «" +
                     out.issuer + "».",
                 text);
    }
    if (out.year_written && !In(kMayHaveYear, first)) {
      return Bad("chỉ văn bản quy phạm pháp luật mới ghi năm trong số, ký hiệu; «" + std::string(first) +
                     "» không ghi năm.",
                 text);
    }
    if (!out.year_written && In(kNeedsYear, first)) {
      return Bad("nghị định, thông tư phải ghi năm ban hành sau số (ví dụ 12/2024/NĐ-CP, 37/2020/TT-BGDĐT).", text);
    }
  } else {
    // A công văn (issuer - drafting unit), or a law (number/year/QH14).
    out.issuer = std::string(first);
    for (size_t i = 1; i < segs.size(); ++i) {
      if (i > 1) out.sub_unit += '-';
      out.sub_unit += segs[i];
    }
    bool law = first.size() >= 3 && first.substr(0, 2) == "QH" && IsDigits(first.substr(2));
    if (out.year_written && !law) {
      return Bad("công văn không ghi năm trong số, ký hiệu (ví dụ 405/SGDĐT-TCHC).", text);
    }
    if (law && !out.year_written) return Bad("luật phải ghi năm ban hành (ví dụ 43/2019/QH14).", text);
    for (size_t i = 1; i < segs.size(); ++i) {
      if (IsTypeSymbol(segs[i]) && segs[i] != "TTr" && segs[i] != "TC") {
        return Bad("tên loại «" + std::string(segs[i]) + "» phải đứng trước cơ quan ban hành (ví dụ " +
                       std::string(segs[i]) + "-" + std::string(first) + ").",
                   text);
      }
    }
  }
  return out;
}

}  // namespace core::docnumber
