#include "core/search_index.h"

#include <cstdio>
#include <cstdlib>
#include <algorithm>
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
  // The words as written only weigh (never phrases): no positions, half the index.
  Xapian::TermGenerator exact;
  exact.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
  exact.set_document(doc);
  exact.index_text_without_positions(text, wdf, kExactPrefix);
  doc = folded.get_document();
  // The exact generator shares the document handle; take its terms too.
  doc = exact.get_document();
}

struct Parsers {
  Xapian::QueryParser folded;
  Parsers() {
    folded.set_stemmer(FoldStem());
    folded.set_stemming_strategy(Xapian::QueryParser::STEM_ALL);
    folded.set_default_op(Xapian::Query::OP_AND);
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
  // Words are read (and folded) only as far as the snippet can reach: up to the first
  // match and `length` bytes past it, not the whole stored text.
  size_t first_match = std::string::npos;
  while (it != end) {
    if (!Xapian::Unicode::is_wordchar(*it)) { ++it; continue; }
    size_t begin = it.raw() - text.data();
    while (it != end && Xapian::Unicode::is_wordchar(*it)) ++it;
    size_t stop = it == end ? text.size() : static_cast<size_t>(it.raw() - text.data());
    std::string word;
    Xapian::Utf8Iterator w(text.data() + begin, stop - begin);
    for (; w != end; ++w) Xapian::Unicode::append_utf8(word, Xapian::Unicode::tolower(*w));
    words.push_back({begin, stop, terms.count(vntext::Fold(word)) > 0});
    if (words.back().match && first_match == std::string::npos) first_match = begin;
    // This word ends past any window that starts at or before the first match.
    if (first_match != std::string::npos && stop > first_match + length) break;
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

// The lower-cased words of a text (Xapian's idea of word characters).
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  Xapian::Utf8Iterator it(text), end;
  while (it != end) {
    if (!Xapian::Unicode::is_wordchar(*it)) {
      ++it;
      continue;
    }
    std::string word;
    while (it != end && Xapian::Unicode::is_wordchar(*it)) {
      Xapian::Unicode::append_utf8(word, Xapian::Unicode::tolower(*it));
      ++it;
    }
    words.push_back(std::move(word));
  }
  return words;
}

constexpr size_t kStoredText = 4000;

// The length of the longest prefix of `s` of at most `max` bytes that ends on a whole
// UTF-8 character.
size_t CutUtf8(const std::string& s, size_t max) {
  size_t n = std::min(max, s.size());
  while (n > 0 && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xc0) == 0x80) --n;
  return n;
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

std::string NormalizeNumber(std::string_view number) {
  if (!vntext::IsValidUtf8(number)) return "";
  std::string folded = vntext::Fold(vntext::Nfc(number));
  std::string out;
  for (char c : folded) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || c == '/' || c == '-' || c == '.') out += c;
    else if (u >= 'A' && u <= 'Z') out += static_cast<char>(u - 'A' + 'a');
  }
  while (!out.empty() && (out.back() == '-' || out.back() == '/' || out.back() == '.')) out.pop_back();
  if (out.empty() || !(out[0] >= '0' && out[0] <= '9') || out.find('/') == std::string::npos) return "";
  return out;
}

std::vector<std::string> NumberTerms(std::string_view number) {
  std::string n = NormalizeNumber(number);
  std::vector<std::string> terms;
  if (n.empty()) return terms;
  std::set<std::string> seen;
  auto add = [&](const std::string& t) {
    if (t.find('/') != std::string::npos && seen.insert(t).second) terms.push_back(kNumberPrefix + t);
  };
  add(n);
  size_t first_slash = n.find('/');
  for (size_t i = n.size(); i-- > first_slash + 1;) {
    if (n[i] == '-' || n[i] == '/') add(n.substr(0, i));
  }
  return terms;
}

std::vector<std::string> QueryNumbers(std::string_view text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '"' || text[i] == '(' ||
                               text[i] == ',' || text[i] == ';')) {
      ++i;
    }
    size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '"' && text[i] != ',' &&
           text[i] != ';' && text[i] != ')') {
      ++i;
    }
    std::string n = NormalizeNumber(text.substr(start, i - start));
    if (!n.empty()) out.push_back(n);
  }
  return out;
}

Xapian::Document MakeDocument(const Item& item, std::time_t now) {
  Xapian::Document doc;
  std::string title = vntext::Nfc(item.title), text = vntext::Nfc(item.text);
  IndexText(doc, title, kTitleWeight);
  if (!item.number.empty()) IndexText(doc, vntext::Nfc(item.number), kTitleWeight);
  IndexText(doc, text, 1);
  if (!item.extra_text.empty() && vntext::IsValidUtf8(item.extra_text)) {
    IndexText(doc, vntext::Nfc(item.extra_text), 1);
  }
  for (const std::string& t : NumberTerms(item.number)) doc.add_term(t, 1);
  doc.add_boolean_term(IdTerm(item.kind, item.id));
  doc.add_boolean_term(kSitePrefix + std::to_string(item.site_id));
  doc.add_boolean_term(kKindPrefix + item.kind);
  int year = item.year > 0 ? item.year : item.date > 0 ? vntext::ToLocal(item.date).year : 0;
  if (year > 0) {
    doc.add_boolean_term(kYearPrefix + std::to_string(year));
    doc.add_value(kYearSlot, std::to_string(year));
  }
  if (!item.doc_type.empty()) {
    doc.add_boolean_term(kTypePrefix + item.doc_type);
    doc.add_value(kTypeSlot, item.doc_type + "|" + item.doc_type_name);
  }
  doc.add_value(kDateSlot, Xapian::sortable_serialise(static_cast<double>(item.date)));
  if (item.date > now) doc.add_boolean_term(kScheduledTerm);
  doc.add_value(kKindSlot, item.kind);
  doc.add_value(kSiteSlot, std::to_string(item.site_id));
  // Data: kind, id, site, date, path, title, "type|type name|number|year" on a line each,
  // then the text (at most kStoredText bytes: the snippet's source).
  std::string stored = text.size() > kStoredText ? text.substr(0, CutUtf8(text, kStoredText)) : text;
  doc.set_data(item.kind + "\n" + std::to_string(item.id) + "\n" + std::to_string(item.site_id) + "\n" +
               std::to_string(static_cast<long long>(item.date)) + "\n" + Line(item.path) + "\n" + Line(title) +
               "\n" + Line(item.doc_type) + "|" + Line(item.doc_type_name) + "|" + Line(item.number) + "|" +
               std::to_string(year) + "\n" + stored);
  return doc;
}

void IndexItem(Xapian::WritableDatabase& db, const Item& item, bool fresh, std::time_t now) {
  if (fresh) db.add_document(MakeDocument(item, now));
  else db.replace_document(IdTerm(item.kind, item.id), MakeDocument(item, now));
  // Spelling data ("Có phải bạn muốn tìm"): the words of titles, as written.
  try {
    for (const std::string& word : Words(vntext::IsValidUtf8(item.title) ? vntext::Nfc(item.title) : "")) {
      if (word.size() >= 2 && !(word[0] >= '0' && word[0] <= '9')) db.add_spelling(word);
    }
  } catch (const Xapian::UnimplementedError&) {
    // A backend without spelling data (in-memory): no suggestions.
  }
}

void RemoveItem(Xapian::WritableDatabase& db, std::string_view kind, uint64_t id) {
  db.delete_document(IdTerm(kind, id));
}

Item ReadDocument(const Xapian::Document& doc) {
  std::string data = doc.get_data();
  std::vector<std::string> parts;
  size_t start = 0;
  for (int i = 0; i < 7; ++i) {
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
  std::vector<std::string> meta;
  size_t from = 0;
  for (int i = 0; i < 4; ++i) {
    size_t bar = parts[6].find('|', from);
    if (bar == std::string::npos) bar = parts[6].size();
    meta.push_back(parts[6].substr(from, bar - from));
    from = std::min(bar + 1, parts[6].size());
  }
  item.doc_type = meta[0];
  item.doc_type_name = meta[1];
  item.number = meta[2];
  item.year = std::atoi(meta[3].c_str());
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

void MarkFormat(Xapian::WritableDatabase& db) {
  if (db.get_doccount() == 0) db.set_metadata(kFormatKey, kFormat);
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
    // The marked words as typed, each adding weight where it is written the same way.
    std::vector<Xapian::Query> exact;
    for (const std::string& word : Words(q)) {
      bool marked = false;
      for (unsigned char c : word) marked = marked || c >= 0x80;
      if (marked) exact.emplace_back(kExactPrefix + word);
    }
    if (exact.empty()) return folded;
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, folded,
                         Xapian::Query(Xapian::Query::OP_OR, exact.begin(), exact.end()));
  } catch (const Xapian::QueryParserError& e) {
    return Status::Invalid("Câu tìm kiếm chưa đúng cú pháp. Hãy bỏ bớt dấu ngoặc kép hoặc các từ AND, OR, NOT.",
                           e.get_msg());
  }
}

namespace {

// Facet values by count (then value), scaled when the spy saw only part of the matches.
std::vector<FacetValue> Counts(const Xapian::ValueCountMatchSpy& spy, double scale) {
  std::vector<FacetValue> out;
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
    if ((*it).empty()) continue;
    Xapian::doccount n = static_cast<Xapian::doccount>(it.get_termfreq() * scale + 0.5);
    out.push_back({*it, n > 0 ? n : 1});
  }
  std::sort(out.begin(), out.end(), [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  return out;
}

// How many matches the facets (and the estimate) look at, at least: exact counts for
// all but the commonest words, bounded time for those.
constexpr Xapian::doccount kCheckAtLeast = 1000;

}  // namespace

Result<Page> Search(const Xapian::Database& db, std::string_view text, const Options& options, std::time_t now) {
  Result<Xapian::Query> parsed = ParseQuery(text);
  if (!parsed.ok()) return parsed.status();
  try {
    Xapian::Query query = *parsed;
    // NĐ 30 numbers typed in the query: their documents first (the number terms are
    // rare, and weighted well above any word).
    std::vector<std::string> numbers = QueryNumbers(text);
    if (!numbers.empty()) {
      std::vector<Xapian::Query> terms;
      for (const std::string& n : numbers) terms.emplace_back(kNumberPrefix + n);
      Xapian::Query by_number(Xapian::Query::OP_OR, terms.begin(), terms.end());
      query = Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, by_number, 20.0),
                            query);
    }
    std::vector<Xapian::Query> filters;
    // Items dated after `now` stay hidden. In a current index only those indexed while
    // still in the future can be (a few scheduled articles): their dates are checked,
    // not every match's.
    const bool scheduled_terms = db.get_metadata(kFormatKey) == kFormat;
    if (!scheduled_terms) {
      filters.emplace_back(Xapian::Query::OP_VALUE_LE, kDateSlot, Xapian::sortable_serialise(static_cast<double>(now)));
    }
    if (options.site_id) filters.emplace_back(kSitePrefix + std::to_string(*options.site_id));
    if (!options.kind.empty()) filters.emplace_back(kKindPrefix + options.kind);
    if (!options.doc_type.empty()) filters.emplace_back(kTypePrefix + options.doc_type);
    if (options.year > 0) filters.emplace_back(kYearPrefix + std::to_string(options.year));
    if (!filters.empty()) {
      query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                            Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end()));
    }
    if (scheduled_terms) {
      Xapian::Query not_yet(Xapian::Query::OP_VALUE_GE, kDateSlot,
                            Xapian::sortable_serialise(static_cast<double>(now) + 1));
      query = Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                            Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(kScheduledTerm), not_yet));
    }
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    if (options.by_date) enquire.set_sort_by_value_then_relevance(kDateSlot, true);
    Xapian::ValueCountMatchSpy kinds(kKindSlot), types(kTypeSlot), years(kYearSlot), sites(kSiteSlot);
    if (options.facets) {
      enquire.add_matchspy(&kinds);
      enquire.add_matchspy(&types);
      enquire.add_matchspy(&years);
      if (!options.site_id) enquire.add_matchspy(&sites);
    }
    Xapian::MSet mset = enquire.get_mset(options.offset, options.count, options.facets ? kCheckAtLeast : 0);
    std::set<std::string> folded_terms;
    for (auto t = parsed->get_unique_terms_begin(); t != parsed->get_unique_terms_end(); ++t) {
      if (!(*t).empty() && !((*t)[0] >= 'A' && (*t)[0] <= 'Z')) folded_terms.insert(*t);
    }
    Page page;
    page.estimated = mset.get_matches_estimated();
    if (options.facets) {
      Xapian::doccount seen = kinds.get_total();
      double scale = seen > 0 && seen < page.estimated ? static_cast<double>(page.estimated) / seen : 1.0;
      page.facets_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound() && scale == 1.0;
      page.kinds = Counts(kinds, scale);
      page.types = Counts(types, scale);
      page.years = Counts(years, scale);
      if (!options.site_id) page.sites = Counts(sites, scale);
    }
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
      Hit hit;
      hit.item = ReadDocument(it.get_document());
      hit.snippet_html = Snippet(hit.item.text, folded_terms, 300);
      // The snippet is what is shown of the text: a page kept in a cache keeps only that.
      std::string().swap(hit.item.text);
      page.hits.push_back(std::move(hit));
    }
    page.suggestion = Suggest(db, text);
    return page;
  } catch (const Xapian::DatabaseModifiedError& e) {
    return Status::Unavailable("index modified: " + e.get_msg());
  } catch (const Xapian::Error& e) {
    return Status::Internal("xapian: " + e.get_description());
  }
}

Result<Page> Search(const Xapian::Database& db, std::string_view text, std::optional<uint32_t> site_id,
                    std::time_t now, Xapian::doccount offset, Xapian::doccount count) {
  Options options;
  options.site_id = site_id;
  options.offset = offset;
  options.count = count;
  return Search(db, text, options, now);
}

std::string Suggest(const Xapian::Database& db, std::string_view text) {
  if (!vntext::IsValidUtf8(text)) return "";
  std::string q = vntext::Nfc(text);
  // Rebuilt word by word; everything between words (spaces, quotes, operators) kept.
  std::string out;
  bool changed = false;
  Xapian::Utf8Iterator it(q), end;
  size_t copied = 0;
  while (it != end) {
    if (!Xapian::Unicode::is_wordchar(*it)) {
      ++it;
      continue;
    }
    size_t begin = it.raw() - q.data();
    std::string word;
    while (it != end && Xapian::Unicode::is_wordchar(*it)) {
      Xapian::Unicode::append_utf8(word, Xapian::Unicode::tolower(*it));
      ++it;
    }
    size_t stop = it == end ? q.size() : static_cast<size_t>(it.raw() - q.data());
    out.append(q, copied, begin - copied);
    copied = stop;
    std::string original = q.substr(begin, stop - begin);
    bool is_operator = original == "AND" || original == "OR" || original == "NOT";
    bool has_digit = std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (is_operator || has_digit || word.size() < 3 || db.get_termfreq(vntext::Fold(word)) > 0) {
      out += original;
      continue;
    }
    std::string better = db.get_spelling_suggestion(word, 2);
    if (better.empty()) {
      out += original;
    } else {
      out += better;
      changed = true;
    }
  }
  out.append(q, copied, std::string::npos);
  return changed ? out : "";
}

}  // namespace core::search
