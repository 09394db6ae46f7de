#include "core/search_index.h"

#include <cstdio>
#include <cstdlib>
#include <set>

#include "core/vntext.h"

namespace core::search {
namespace {

// Folding as a Xapian stemmer, so TermGenerator and QueryParser fold every word the
// same way (STEM_ALL: no "Z" prefix).
class FoldStemmer : public Xapian::StemImplementation {
 public:
  std::string operator()(const std::string& word) override { return vntext::Fold(word); }
  std::string get_description() const override { return "vi-fold"; }
};

Xapian::Stem FoldStem() { return Xapian::Stem(new FoldStemmer()); }

constexpr int kTitleWeight = 3;

void IndexText(Xapian::Document& doc, const std::string& text, Xapian::termcount wdf) {
  Xapian::TermGenerator folded;
  folded.set_stemmer(FoldStem());
  folded.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL);
  folded.set_document(doc);
  folded.index_text(text, wdf);
  Xapian::TermGenerator exact;
  exact.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
  exact.set_document(doc);
  exact.index_text(text, wdf, kExactPrefix);
  doc = folded.get_document();
  // The exact generator shares the document handle; take its terms too.
  doc = exact.get_document();
}

struct Parsers {
  Xapian::QueryParser folded;
  Xapian::QueryParser exact;
  Parsers() {
    folded.set_stemmer(FoldStem());
    folded.set_stemming_strategy(Xapian::QueryParser::STEM_ALL);
    folded.set_default_op(Xapian::Query::OP_AND);
    exact.set_stemming_strategy(Xapian::QueryParser::STEM_NONE);
    exact.set_default_op(Xapian::Query::OP_OR);
  }
};

constexpr unsigned kParseFlags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                                 Xapian::QueryParser::FLAG_LOVEHATE;

std::string Line(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\n') c = ' ';
  }
  return out;
}

void AppendEscaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
}

// About `length` bytes of `text` around its first word whose folded form is a query
// term, HTML-escaped, each such word in <mark>. (MSet::snippet matches the unprefixed
// terms against words as written, which misses the folded ones.)
std::string Snippet(const std::string& text, const std::set<std::string>& terms, size_t length) {
  struct Word { size_t begin, end; bool match; };
  std::vector<Word> words;
  Xapian::Utf8Iterator it(text), end;
  while (it != end) {
    if (!Xapian::Unicode::is_wordchar(*it)) { ++it; continue; }
    size_t begin = it.raw() - text.data();
    while (it != end && Xapian::Unicode::is_wordchar(*it)) ++it;
    size_t stop = it == end ? text.size() : static_cast<size_t>(it.raw() - text.data());
    std::string word;
    Xapian::Utf8Iterator w(text.data() + begin, stop - begin);
    for (; w != end; ++w) Xapian::Unicode::append_utf8(word, Xapian::Unicode::tolower(*w));
    words.push_back({begin, stop, terms.count(vntext::Fold(word)) > 0});
  }
  size_t first = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].match) { first = i; break; }
  }
  size_t from = first;
  while (from > 0 && first - from < 8) --from;  // a little context before
  size_t start = words.empty() ? 0 : words[from].begin;
  std::string out;
  if (start > 0) out += "… ";
  size_t pos = start;
  for (size_t i = from; i < words.size(); ++i) {
    if (words[i].end - start > length) {
      AppendEscaped(out, std::string_view(text).substr(pos, words[i].begin - pos));
      out += "…";
      return out;
    }
    AppendEscaped(out, std::string_view(text).substr(pos, words[i].begin - pos));
    std::string_view w = std::string_view(text).substr(words[i].begin, words[i].end - words[i].begin);
    if (words[i].match) out += "<mark>";
    AppendEscaped(out, w);
    if (words[i].match) out += "</mark>";
    pos = words[i].end;
  }
  if (pos - start <= length) AppendEscaped(out, std::string_view(text).substr(pos));
  return out;
}

}  // namespace

std::string IdTerm(std::string_view kind, uint64_t id) {
  return std::string(kIdPrefix) + std::string(kind) + ":" + std::to_string(id);
}

std::string HtmlToText(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  for (size_t i = 0; i < html.size();) {
    char c = html[i];
    if (c == '<') {
      size_t end = html.find('>', i);
      if (end == std::string_view::npos) break;
      if (!out.empty() && out.back() != ' ') out += ' ';
      i = end + 1;
    } else if (c == '&') {
      size_t end = html.find(';', i);
      std::string_view entity = end == std::string_view::npos || end - i > 10 ? "" : html.substr(i, end - i + 1);
      if (entity == "&amp;") out += '&';
      else if (entity == "&lt;") out += '<';
      else if (entity == "&gt;") out += '>';
      else if (entity == "&quot;") out += '"';
      else if (entity == "&#39;" || entity == "&apos;") out += '\'';
      else if (entity == "&nbsp;") out += ' ';
      else {
        out += '&';
        ++i;
        continue;
      }
      i = end + 1;
    } else {
      out += (c == '\n' || c == '\t' || c == '\r') ? ' ' : c;
      ++i;
    }
  }
  size_t first = out.find_first_not_of(' ');
  if (first == std::string::npos) return "";
  out.erase(0, first);
  out.erase(out.find_last_not_of(' ') + 1);
  return out;
}

Xapian::Document MakeDocument(const Item& item) {
  Xapian::Document doc;
  std::string title = vntext::Nfc(item.title), text = vntext::Nfc(item.text);
  IndexText(doc, title, kTitleWeight);
  IndexText(doc, text, 1);
  doc.add_boolean_term(IdTerm(item.kind, item.id));
  doc.add_boolean_term(kSitePrefix + std::to_string(item.site_id));
  doc.add_boolean_term(kKindPrefix + item.kind);
  if (item.date > 0) doc.add_boolean_term(kYearPrefix + std::to_string(vntext::ToLocal(item.date).year));
  doc.add_value(kDateSlot, Xapian::sortable_serialise(static_cast<double>(item.date)));
  // Data: kind, id, site, date, path, title on a line each, then the text.
  doc.set_data(item.kind + "\n" + std::to_string(item.id) + "\n" + std::to_string(item.site_id) + "\n" +
               std::to_string(static_cast<long long>(item.date)) + "\n" + Line(item.path) + "\n" + Line(title) +
               "\n" + text);
  return doc;
}

void IndexItem(Xapian::WritableDatabase& db, const Item& item) {
  db.replace_document(IdTerm(item.kind, item.id), MakeDocument(item));
}

void RemoveItem(Xapian::WritableDatabase& db, std::string_view kind, uint64_t id) {
  db.delete_document(IdTerm(kind, id));
}

Item ReadDocument(const Xapian::Document& doc) {
  std::string data = doc.get_data();
  std::vector<std::string> parts;
  size_t start = 0;
  for (int i = 0; i < 6; ++i) {
    size_t nl = data.find('\n', start);
    if (nl == std::string::npos) nl = data.size();
    parts.push_back(data.substr(start, nl - start));
    start = std::min(nl + 1, data.size());
  }
  Item item;
  item.kind = parts[0];
  item.id = std::strtoull(parts[1].c_str(), nullptr, 10);
  item.site_id = static_cast<uint32_t>(std::strtoul(parts[2].c_str(), nullptr, 10));
  item.date = static_cast<std::time_t>(std::strtoll(parts[3].c_str(), nullptr, 10));
  item.path = parts[4];
  item.title = parts[5];
  item.text = data.substr(start);
  return item;
}

uint64_t LastQueueId(const Xapian::Database& db) {
  std::string v = db.get_metadata(kLastQueueIdKey);
  return v.empty() ? 0 : std::strtoull(v.c_str(), nullptr, 10);
}

void SetLastQueueId(Xapian::WritableDatabase& db, uint64_t id) {
  db.set_metadata(kLastQueueIdKey, std::to_string(id));
}

Result<Xapian::Query> ParseQuery(std::string_view text) {
  thread_local Parsers parsers;
  std::string q = vntext::IsValidUtf8(text) ? vntext::Nfc(text) : std::string();
  try {
    Xapian::Query folded = parsers.folded.parse_query(q, kParseFlags);
    if (folded.empty()) return Status::Invalid("Hãy nhập từ cần tìm.", "empty query");
    // Typed without any marks (a keyboard without Vietnamese input, usually meaning the
    // marked words): no exact part, or unmarked homographs ("giao" thông) would win.
    bool has_marks = false;
    for (unsigned char c : q) has_marks = has_marks || c >= 0x80;
    if (!has_marks) return folded;
    Xapian::Query exact = parsers.exact.parse_query(q, kParseFlags, kExactPrefix);
    if (exact.empty()) return folded;
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, folded, exact);
  } catch (const Xapian::QueryParserError& e) {
    return Status::Invalid("Câu tìm kiếm chưa đúng cú pháp. Hãy bỏ bớt dấu ngoặc kép hoặc các từ AND, OR, NOT.",
                           e.get_msg());
  }
}

Result<Page> Search(const Xapian::Database& db, std::string_view text, std::optional<uint32_t> site_id,
                    std::time_t now, Xapian::doccount offset, Xapian::doccount count) {
  Result<Xapian::Query> parsed = ParseQuery(text);
  if (!parsed.ok()) return parsed.status();
  try {
    Xapian::Query filter(Xapian::Query::OP_VALUE_LE, kDateSlot,
                         Xapian::sortable_serialise(static_cast<double>(now)));
    if (site_id) {
      filter = Xapian::Query(Xapian::Query::OP_AND, filter, Xapian::Query(kSitePrefix + std::to_string(*site_id)));
    }
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, *parsed, filter));
    Xapian::MSet mset = enquire.get_mset(offset, count);
    std::set<std::string> folded_terms;
    for (auto t = parsed->get_unique_terms_begin(); t != parsed->get_unique_terms_end(); ++t) {
      if (!(*t).empty() && !((*t)[0] >= 'A' && (*t)[0] <= 'Z')) folded_terms.insert(*t);
    }
    Page page;
    page.estimated = mset.get_matches_estimated();
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
      Hit hit;
      hit.item = ReadDocument(it.get_document());
      hit.snippet_html = Snippet(hit.item.text, folded_terms, 300);
      page.hits.push_back(std::move(hit));
    }
    return page;
  } catch (const Xapian::DatabaseModifiedError& e) {
    return Status::Unavailable("index modified: " + e.get_msg());
  } catch (const Xapian::Error& e) {
    return Status::Internal("xapian: " + e.get_description());
  }
}

}  // namespace core::search
