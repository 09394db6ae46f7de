// The search index (SPEC A17) shared by its one writer (portalctl index/reindex) and its
// readers (search.fcgi): the document layout, Vietnamese terms, and query building.
//
// Every word is indexed twice, with positions: folded (core::vntext::Fold, no prefix:
// "giáo" → "giao") and as written, lower-cased NFC, under the prefix "E" ("Egiáo"). A
// query must match the folded terms, so "giao duc" finds "giáo dục"; the exact terms of
// the words as typed only add weight, so a document written with the same diacritics
// ranks above one that matches only when folded (a query typed without any marks has no
// exact part: it usually means the marked words). Both parts come from the same query
// text, so phrases ("…"), AND/OR/NOT and +/- work on both.
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
};
inline constexpr char kSitePrefix[] = "S";
inline constexpr char kKindPrefix[] = "K";
inline constexpr char kYearPrefix[] = "Y";
inline constexpr char kIdPrefix[] = "Q";
inline constexpr char kExactPrefix[] = "E";

// Value slot of the date (sortable_serialise of epoch seconds).
inline constexpr Xapian::valueno kDateSlot = 0;

// Metadata key of the last search_queue id applied to the index.
inline constexpr char kLastQueueIdKey[] = "last_queue_id";

// What is indexed of an article or an introduction page.
struct Item {
  std::string kind;    // "article" | "page"
  uint64_t id = 0;
  uint32_t site_id = 0;
  std::string title;
  std::string path;    // inside its site: "/bai-viet/42-slug", "/gioi-thieu/lich-su"
  std::time_t date = 0;
  std::string text;    // plain text (summary and body without tags): snippet source
};

// "Qarticle:42"
std::string IdTerm(std::string_view kind, uint64_t id);

// Plain text of sanitised HTML, trimmed: tags dropped (each becomes a space), the common
// entities decoded.
std::string HtmlToText(std::string_view html);

// The document of an item: terms, data, values.
Xapian::Document MakeDocument(const Item& item);
// Adds or replaces the item in the index.
void IndexItem(Xapian::WritableDatabase& db, const Item& item);
void RemoveItem(Xapian::WritableDatabase& db, std::string_view kind, uint64_t id);

// The stored fields of a document.
Item ReadDocument(const Xapian::Document& doc);

// The last queue id recorded in the index's metadata (0 when none).
uint64_t LastQueueId(const Xapian::Database& db);
void SetLastQueueId(Xapian::WritableDatabase& db, uint64_t id);

// Builds the query of what a reader typed with this thread's parsers; Invalid with a
// Vietnamese message when it is malformed or has no words.
Result<Xapian::Query> ParseQuery(std::string_view text);

struct Hit {
  Item item;
  std::string snippet_html;  // escaped text with <mark>…</mark> around matches
};
struct Page {
  Xapian::doccount estimated = 0;
  std::vector<Hit> hits;
};

// Runs a query: restricted to `site_id` when given, to items dated at or before `now`
// (scheduled articles appear at their time), best first.
Result<Page> Search(const Xapian::Database& db, std::string_view text, std::optional<uint32_t> site_id,
                    std::time_t now, Xapian::doccount offset, Xapian::doccount count);

}  // namespace core::search

#endif  // EDUPORTAL_CORE_SEARCH_INDEX_H_
