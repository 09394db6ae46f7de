// Word diff by longest common subsequence: common head and tail trimmed first, then
// the classic table over the changed middle, bounded by kMaxCells.
#include "core/diff.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <utility>

#include "core/http.h"

namespace core::diff {
namespace {

// Above this many (word, word) pairs the table would cost too much time and memory
// (uint16_t cells: 8 MB); a huge or rewritten article is compared line by line.
constexpr size_t kMaxCells = 4'000'000;

// A token is compared by `key` alone; its trailing whitespace `space` is diffed apart
// so "a b" → "a  b" shows one changed space, not a changed word.
struct Token {
  std::string_view key;
  std::string_view space;
};

// The next code point of `text` at `*i` (advanced past it); negative for a byte that
// does not start a well-formed UTF-8 sequence.
UChar32 Next(std::string_view text, size_t* i) {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
  int64_t at = static_cast<int64_t>(*i), length = static_cast<int64_t>(text.size());
  UChar32 c;
  U8_NEXT(s, at, length, c);
  *i = static_cast<size_t>(at);
  return c;
}

bool IsWordChar(UChar32 c) {
  // Marks too, so text that is not NFC ("u" + U+0323) keeps its words whole.
  return c >= 0 && (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK)) != 0;
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsSpace(UChar32 c) { return c >= 0 && u_isUWhiteSpace(c); }

// The end of the whitespace that starts at `i`.
size_t SkipSpace(std::string_view text, size_t i) {
  while (i < text.size()) {
    size_t next = i;
    if (!IsSpace(Next(text, &next))) break;
    i = next;
  }
  return i;
}

// Words, single other characters, each with the whitespace after it. Whitespace at the
// very start is a token with an empty key.
std::vector<Token> SplitWords(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = SkipSpace(text, 0);
  if (i > 0) tokens.push_back({text.substr(0, 0), text.substr(0, i)});
  while (i < text.size()) {
    size_t start = i;
    if (IsWordChar(Next(text, &i))) {
      while (i < text.size()) {
        size_t next = i;
        if (!IsWordChar(Next(text, &next))) break;
        i = next;
      }
    }
    size_t end = SkipSpace(text, i);
    tokens.push_back({text.substr(start, i - start), text.substr(i, end - i)});
    i = end;
  }
  return tokens;
}

// Lines, each with its "\n".
std::vector<Token> SplitLines(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    size_t newline = text.find('\n', i);
    if (newline == std::string_view::npos) {
      tokens.push_back({text.substr(i), text.substr(text.size())});
      break;
    }
    tokens.push_back({text.substr(i, newline - i), text.substr(newline, 1)});
    i = newline + 1;
  }
  return tokens;
}

// Appends text to the last piece when it has the same kind.
class Builder {
 public:
  void Add(Piece::Kind kind, std::string_view text) {
    if (text.empty()) return;
    if (!pieces_.empty() && pieces_.back().kind == kind) {
      pieces_.back().text.append(text);
    } else {
      pieces_.push_back({kind, std::string(text)});
    }
  }
  void Same(const Token& before, const Token& after) {
    Add(Piece::kSame, before.key);
    if (before.space == after.space) {
      Add(Piece::kSame, before.space);
    } else {
      Add(Piece::kRemoved, before.space);
      Add(Piece::kAdded, after.space);
    }
  }
  void Removed(const Token& t) {
    Add(Piece::kRemoved, t.key);
    Add(Piece::kRemoved, t.space);
  }
  void Added(const Token& t) {
    Add(Piece::kAdded, t.key);
    Add(Piece::kAdded, t.space);
  }

  // Within each run of changes, everything removed then everything added, so a reader
  // sees the old passage and then the new one; whitespace that both end with stays
  // outside ("<del>công tác</del><ins>làm việc</ins> tuần", one line break, not two).
  std::vector<Piece> Finish() && {
    std::vector<Piece> out;
    auto push = [&out](Piece::Kind kind, std::string_view text) {
      if (text.empty()) return;
      if (!out.empty() && out.back().kind == kind) {
        out.back().text.append(text);
      } else {
        out.push_back({kind, std::string(text)});
      }
    };
    std::string removed, added;
    auto flush = [&] {
      size_t common = 0;
      if (!removed.empty() && !added.empty()) {
        while (common < removed.size() && common < added.size()) {
          char c = removed[removed.size() - 1 - common];
          if (c != added[added.size() - 1 - common] || !IsAsciiSpace(c)) break;
          ++common;
        }
      }
      std::string_view r(removed), a(added);
      push(Piece::kRemoved, r.substr(0, r.size() - common));
      push(Piece::kAdded, a.substr(0, a.size() - common));
      push(Piece::kSame, r.substr(r.size() - common));
      removed.clear();
      added.clear();
    };
    for (const Piece& piece : pieces_) {
      if (piece.kind == Piece::kRemoved) {
        removed += piece.text;
      } else if (piece.kind == Piece::kAdded) {
        added += piece.text;
      } else {
        flush();
        push(Piece::kSame, piece.text);
      }
    }
    flush();
    return out;
  }

 private:
  std::vector<Piece> pieces_;
};

// Diffs two token lists into `out`. When the changed middle has more than kMaxCells
// pairs: returns false without touching `out`, or, with `replace_if_too_big`, shows the
// middle as removed and added whole.
bool DiffTokens(const std::vector<Token>& a, const std::vector<Token>& b, bool replace_if_too_big,
                Builder* out) {
  size_t head = 0;
  while (head < a.size() && head < b.size() && a[head].key == b[head].key) ++head;
  size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail].key == b[b.size() - 1 - tail].key) {
    ++tail;
  }
  const size_t n = a.size() - head - tail, m = b.size() - head - tail;
  const bool too_big = n > 0 && m > kMaxCells / n;
  if (too_big && !replace_if_too_big) return false;

  for (size_t k = 0; k < head; ++k) out->Same(a[k], b[k]);
  if (n == 0 || m == 0 || too_big) {
    for (size_t i = 0; i < n; ++i) out->Removed(a[head + i]);
    for (size_t j = 0; j < m; ++j) out->Added(b[head + j]);
  } else {
    // Tokens as numbers, so the table compares integers.
    std::unordered_map<std::string_view, uint32_t> ids;
    std::vector<uint32_t> x(n), y(m);
    for (size_t i = 0; i < n; ++i) x[i] = ids.emplace(a[head + i].key, ids.size()).first->second;
    for (size_t j = 0; j < m; ++j) y[j] = ids.emplace(b[head + j].key, ids.size()).first->second;
    // lcs[i][j]: the longest common subsequence of x[i..] and y[j..]. It is at most
    // min(n, m) <= sqrt(kMaxCells) = 2000, so uint16_t holds it.
    const size_t width = m + 1;
    std::vector<uint16_t> lcs((n + 1) * width, 0);
    for (size_t i = n; i-- > 0;) {
      for (size_t j = m; j-- > 0;) {
        lcs[i * width + j] = x[i] == y[j]
                                 ? lcs[(i + 1) * width + j + 1] + 1
                                 : std::max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
      }
    }
    size_t i = 0, j = 0;
    while (i < n && j < m) {
      if (x[i] == y[j]) {
        out->Same(a[head + i++], b[head + j++]);
      } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
        out->Removed(a[head + i++]);
      } else {
        out->Added(b[head + j++]);
      }
    }
    for (; i < n; ++i) out->Removed(a[head + i]);
    for (; j < m; ++j) out->Added(b[head + j]);
  }
  for (size_t k = tail; k > 0; --k) out->Same(a[a.size() - k], b[b.size() - k]);
  return true;
}

}  // namespace

std::vector<Piece> Words(std::string_view before, std::string_view after) {
  Builder builder;
  if (!DiffTokens(SplitWords(before), SplitWords(after), false, &builder)) {
    DiffTokens(SplitLines(before), SplitLines(after), true, &builder);
  }
  return std::move(builder).Finish();
}

std::string ToHtml(const std::vector<Piece>& pieces) {
  std::string html;
  for (const Piece& piece : pieces) {
    std::string escaped = HtmlEscape(piece.text);
    std::string text;
    text.reserve(escaped.size());
    for (char c : escaped) {
      if (c == '\n') {
        text += "<br>";
      } else {
        text += c;
      }
    }
    switch (piece.kind) {
      case Piece::kSame:
        html += text;
        break;
      case Piece::kAdded:
        html += "<ins>" + text + "</ins>";
        break;
      case Piece::kRemoved:
        html += "<del>" + text + "</del>";
        break;
    }
  }
  return html;
}

Stats Count(const std::vector<Piece>& pieces) {
  Stats stats;
  for (const Piece& piece : pieces) {
    if (piece.kind == Piece::kSame) continue;
    size_t words = 0;
    bool in_word = false;
    for (size_t i = 0; i < piece.text.size();) {
      bool word = IsWordChar(Next(piece.text, &i));
      if (word && !in_word) ++words;
      in_word = word;
    }
    (piece.kind == Piece::kAdded ? stats.added : stats.removed) += words;
  }
  return stats;
}

}  // namespace core::diff
