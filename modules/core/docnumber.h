// Numbers and symbols of official documents as Nghị định 30/2020/NĐ-CP writes them
// (Phụ lục I, mục 3; Phụ lục III for the abbreviations of types):
//   34/QĐ-THCSNGT       number / type - issuer                (Quyết định of a school)
//   37/2020/TT-BGDĐT    number / year / type - issuer         (legal documents carry the year)
//   405/SGDĐT-TCHC      number / issuer - drafting unit       (công văn has no type symbol)
//   20/2014/TTLT-BGDĐT-BNV  joint documents: every issuer after the type
//   43/2019/QH14        a law: number / year / the legislature
// Parse() splits one into its parts or answers a Vietnamese reason for the clerk.
#ifndef EDUPORTAL_CORE_DOCNUMBER_H_
#define EDUPORTAL_CORE_DOCNUMBER_H_

#include <string>
#include <string_view>

#include "core/status.h"

namespace core::docnumber {

struct DocNumber {
  std::string written;       // trimmed and in NFC, without a leading "Số:"
  unsigned number = 0;       // 34 (from "34" or "034")
  int year = 0;              // the written year, else the issue year given (0 if none)
  bool year_written = false;
  std::string type_symbol;   // "QĐ", "TT", "TTLT"; "" for a công văn or a law
  std::string issuer;        // "THCSNGT", "BGDĐT", "BGDĐT-BNV" (joint), "QH14"
  std::string sub_unit;      // "TCHC" (công văn: drafting unit); may be ""
};

// issue_year: the year of the issue date when known (0 otherwise); a written year must
// match it (NĐ 30: numbers run from 01 on 1 January to 31 December).
Result<DocNumber> Parse(std::string_view text, int issue_year = 0);

// Whether the symbol is an abbreviation of a type of document (NĐ 30 Phụ lục III and
// legal documents), exactly as written ("QĐ", "TTr", "CTr").
bool IsTypeSymbol(std::string_view symbol);

}  // namespace core::docnumber

#endif  // EDUPORTAL_CORE_DOCNUMBER_H_
