// The search index (SPEC A17) shared by its one writer (portalctl index/reindex) and its
// readers (search.fcgi): the document layout, Vietnamese terms, and query building.
//
// Every word is indexed twice: folded with positions (core::vntext::Fold, no prefix:
// "giáo" → "giao") and as written, lower-cased NFC, under the prefix "E" ("Egiáo"),
// without positions. A query must match the folded terms, so "giao duc" finds "giáo
// dục", and phrases ("…"), AND/OR/NOT and +/- work on them; the exact terms of the
// marked words typed only add weight, so a document written with the same diacritics
// ranks above one that matches only when folded (a query typed without any marks has no
// exact part: it usually means the marked words).
#ifndef EDUPORTAL_CORE_SEARCH_INDEX_H_
#define EDUPORTAL_CORE_SEARCH_INDEX_H_

#include <xapian.h>

#include <cstdint>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace core::search {

// Boolean term prefixes (Xapian's conventions, one table).
struct PrefixSpec {
  const char* name;
  const char* prefix;
};
inline constexpr PrefixSpec kPrefixes[] = {
    {"site", "S"},    // "S12": the site id
    {"kind", "K"},    // "Karticle", "Kpage"
    {"year", "Y"},    // "Y2026": local year of the date
    {"id", "Q"},      // "Qarticle:42": the unique id term
    {"exact", "E"},   // "Egiáo": a word as written (lower-cased NFC)
    {"type", "T"},    // "Tquyet-dinh": the type of a document
    {"number", "N"},  // "N37/2020/tt-bgddt": an NĐ 30 number, folded (weighted, see NumberTerms)
    {"scheduled", "F"},  // "F": dated after the time it was indexed (a scheduled article)
};
inline constexpr char kSitePrefix[] = "S";
inline constexpr char kKindPrefix[] = "K";
inline constexpr char kYearPrefix[] = "Y";
inline constexpr char kIdPrefix[] = "Q";
inline constexpr char kExactPrefix[] = "E";
inline constexpr char kTypePrefix[] = "T";
inline constexpr char kNumberPrefix[] = "N";
// The term of items dated in the future when indexed: a query hides them until their
// time by looking at the dates of these few only, not at every match's.
inline constexpr char kScheduledTerm[] = "F";

// Value slot of the date (sortable_serialise of epoch seconds).
inline constexpr Xapian::valueno kDateSlot = 0;
// Facet slots (counted by ValueCountMatchSpy): the kind, "code|Name" of a document's
// type, the year ("2026") and the site id ("12").
inline constexpr Xapian::valueno kKindSlot = 1;
inline constexpr Xapian::valueno kTypeSlot = 2;
inline constexpr Xapian::valueno kYearSlot = 3;
inline constexpr Xapian::valueno kSiteSlot = 4;

// Metadata key of the last search_queue id applied to the index.
inline constexpr char kLastQueueIdKey[] = "last_queue_id";
// Metadata key of the index's layout version ("2": scheduled items carry kScheduledTerm).
// An index without it was built before: its queries check every match's date.
inline constexpr char kFormatKey[] = "format";
inline constexpr char kFormat[] = "2";

// What is indexed of an article, an introduction page, a document, a procedure...
struct Item {
  std::string kind;    // "article" | "page" | "resource" | "qa" | "document" | "procedure"
  uint64_t id = 0;
  uint32_t site_id = 0;
  std::string title;
  std::string path;    // inside its site: "/bai-viet/42-slug", "/gioi-thieu/lich-su"
  std::time_t date = 0;
  std::string text;    // plain text (summary and body without tags): snippet source
  // Documents: the type's code and name, the number as written ("37/2020/TT-BGDĐT"),
  // the year of issue (the facet's year; otherwise the local year of `date`).
  std::string doc_type;
  std::string doc_type_name;
  std::string number;
  int year = 0;
  // Indexed but not stored (the text of a document's files): searchable, not shown.
  std::string extra_text;
};

// "37/2020/TT-BGDĐT" → "37/2020/tt-bgddt": folded, lower case, only letters, digits,
// '/', '-' and '.' kept. Empty when it does not start with a digit or has no '/'.
std::string NormalizeNumber(std::string_view number);
// The number terms of a document: the whole number and its shorter forms cut at each
// '-' and at each '/' after the first ("405/sgddt-tchc" → also "405/sgddt";
// "37/2020/tt-bgddt" → also "37/2020/tt", "37/2020"), each with kNumberPrefix.
std::vector<std::string> NumberTerms(std::string_view number);
// The number-like words of a query ("Số 405/SGDĐT về..." → {"405/sgddt"}).
std::vector<std::string> QueryNumbers(std::string_view text);

// "Qarticle:42"
std::string IdTerm(std::string_view kind, uint64_t id);

// Plain text of sanitised HTML, trimmed: tags dropped (each becomes a space), the common
// entities decoded.
std::string HtmlToText(std::string_view html);

// The document of an item: terms, data, values; indexed at `now` (an item dated later
// is scheduled: kScheduledTerm).
Xapian::Document MakeDocument(const Item& item, std::time_t now = std::time(nullptr));
// Adds or replaces the item in the index; `fresh`: the index being built from nothing
// (a reindex) cannot hold it yet, so no lookup.
void IndexItem(Xapian::WritableDatabase& db, const Item& item, bool fresh = false,
               std::time_t now = std::time(nullptr));
void RemoveItem(Xapian::WritableDatabase& db, std::string_view kind, uint64_t id);

// The stored fields of a document.
Item ReadDocument(const Xapian::Document& doc);

// The last queue id recorded in the index's metadata (0 when none).
uint64_t LastQueueId(const Xapian::Database& db);
void SetLastQueueId(Xapian::WritableDatabase& db, uint64_t id);
// Records kFormat in an index that holds nothing yet (a new one, or a reindex's).
void MarkFormat(Xapian::WritableDatabase& db);

// Builds the query of what a reader typed with this thread's parsers; Invalid with a
// Vietnamese message when it is malformed or has no words.
Result<Xapian::Query> ParseQuery(std::string_view text);

struct Hit {
  Item item;  // without its text: the snippet is what a page shows of it
  std::string snippet_html;  // escaped text with <mark>…</mark> around matches
};
struct FacetValue {
  std::string value;  // the slot's value ("document", "quyet-dinh|Quyết định", "2025", "3")
  Xapian::doccount count = 0;
};
struct Page {
  Xapian::doccount estimated = 0;
  std::vector<Hit> hits;
  // Facet counts over the matches (by count, then value); empty when not asked.
  // Exact when facets_exact, else scaled from the first matches examined.
  std::vector<FacetValue> kinds, types, years, sites;
  bool facets_exact = true;
  // "Có phải bạn muốn tìm": the query with its unknown words corrected, or empty.
  std::string suggestion;
};

struct Options {
  std::optional<uint32_t> site_id;  // one site, or the whole hierarchy
  std::string kind;                 // only this kind ("document"), or every kind
  std::string doc_type;             // only documents of this type code
  int year = 0;                     // only this year
  bool by_date = false;             // newest first instead of best first
  bool facets = false;              // count kinds, types, years, sites
  Xapian::doccount offset = 0;
  Xapian::doccount count = 10;
};

// Runs a query: restricted by `options`, to items dated at or before `now` (scheduled
// articles appear at their time); number-like words ("405/SGDĐT") put the documents with
// that number first.
Result<Page> Search(const Xapian::Database& db, std::string_view text, const Options& options, std::time_t now);
Result<Page> Search(const Xapian::Database& db, std::string_view text, std::optional<uint32_t> site_id,
                    std::time_t now, Xapian::doccount offset, Xapian::doccount count);

// The words of a query that match no indexed word, replaced by the nearest indexed
// title word (Xapian's spelling data); empty when every word is known or none has a
// suggestion.
std::string Suggest(const Xapian::Database& db, std::string_view text);

}  // namespace core::search

#endif  // EDUPORTAL_CORE_SEARCH_INDEX_H_
