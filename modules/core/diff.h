// A readable word-level diff of two revisions of an article's text, for the revision
// history (SPEC 25: "who, when, what changed"), as pieces, as HTML and as word counts.
#ifndef EDUPORTAL_CORE_DIFF_H_
#define EDUPORTAL_CORE_DIFF_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace core::diff {

// A stretch of text that both revisions share, or that only the later (kAdded) or the
// earlier (kRemoved) one has. The kSame and kRemoved pieces, in order, spell `before`;
// the kSame and kAdded pieces spell `after`.
struct Piece {
  enum Kind { kSame, kAdded, kRemoved } kind;
  std::string text;
};

// The changes from `before` to `after`, word by word: a word is a run of letters, digits
// and combining marks of any script ("dưỡng", "2024"); other characters are one token
// each; whitespace belongs to the token before it and a change in it alone shows as
// such. Pieces are never empty; between two kSame pieces there is at most one kRemoved
// followed by at most one kAdded. Empty when both texts are empty.
// Time and memory stay bounded: when the changed middle has more than 4,000,000 pairs of
// words the diff is line by line instead, and when it also has that many pairs of lines
// the changed middle is shown as removed then added whole. Bytes that are not UTF-8 are
// kept, one token each.
std::vector<Piece> Words(std::string_view before, std::string_view after);

// The pieces as HTML: kSame escaped, kAdded in <ins>, kRemoved in <del>, "\n" as <br>.
// All text is escaped (HtmlEscape), so the result is safe to show as is.
std::string ToHtml(const std::vector<Piece>& pieces);

// Words (runs of letters, digits and combining marks) in the kAdded and the kRemoved pieces.
struct Stats {
  size_t added = 0, removed = 0;
};
Stats Count(const std::vector<Piece>& pieces);

}  // namespace core::diff

#endif  // EDUPORTAL_CORE_DIFF_H_
