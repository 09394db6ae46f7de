// Tests for modules/core/diff.cc: the word diff of two revisions, its HTML and its counts.
#include "core/diff.h"

#include <cppunit/extensions/HelperMacros.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "unit/check.h"

namespace core::diff {
namespace {

using unit::Quote;

// "[=same][-removed][+added]"
std::string Show(const std::vector<Piece>& pieces) {
  std::string out;
  for (const Piece& p : pieces) {
    out += p.kind == Piece::kSame ? "[=" : p.kind == Piece::kRemoved ? "[-" : "[+";
    out += p.text + "]";
  }
  return out;
}

// What every diff promises: the pieces spell both texts, none is empty, and between two
// kSame pieces there is at most one kRemoved followed by at most one kAdded.
void CheckWellFormed(std::string_view before, std::string_view after,
                     const std::vector<Piece>& pieces) {
  std::string msg = Quote(before) + " → " + Quote(after) + ": " + Quote(Show(pieces));
  std::string old_text, new_text;
  for (size_t i = 0; i < pieces.size(); ++i) {
    const Piece& p = pieces[i];
    CPPUNIT_ASSERT_MESSAGE(msg, !p.text.empty());
    if (p.kind != Piece::kAdded) old_text += p.text;
    if (p.kind != Piece::kRemoved) new_text += p.text;
    if (i == 0) continue;
    Piece::Kind prev = pieces[i - 1].kind;
    CPPUNIT_ASSERT_MESSAGE(msg, prev != p.kind);
    CPPUNIT_ASSERT_MESSAGE(msg, !(prev == Piece::kAdded && p.kind == Piece::kRemoved));
  }
  CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, std::string(before), old_text);
  CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, std::string(after), new_text);
}

std::string Diff(std::string_view before, std::string_view after) {
  std::vector<Piece> pieces = Words(before, after);
  CheckWellFormed(before, after, pieces);
  return Show(pieces);
}

// "w0 w1 … w9\nw10 …": `lines` lines of ten distinct words, each prefixed by `tag`.
std::string Article(const char* tag, size_t lines, size_t first_line = 0) {
  std::string text;
  for (size_t line = first_line; line < first_line + lines; ++line) {
    for (size_t w = 0; w < 10; ++w) {
      text += tag + std::to_string(line * 10 + w) + (w < 9 ? " " : "\n");
    }
  }
  return text;
}

class DiffTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(DiffTest);
  CPPUNIT_TEST(testIdentical);
  CPPUNIT_TEST(testEmptySides);
  CPPUNIT_TEST(testPureInsertion);
  CPPUNIT_TEST(testPureDeletion);
  CPPUNIT_TEST(testReplacementInTheMiddle);
  CPPUNIT_TEST(testVietnamese);
  CPPUNIT_TEST(testWhitespaceAndPunctuation);
  CPPUNIT_TEST(testAdjacentPiecesMerged);
  CPPUNIT_TEST(testInvalidUtf8IsKept);
  CPPUNIT_TEST(testToHtml);
  CPPUNIT_TEST(testToHtmlOfWords);
  CPPUNIT_TEST(testCount);
  CPPUNIT_TEST(testBigInputFallsBackToLines);
  CPPUNIT_TEST(testHugeInputReplacedWhole);
  CPPUNIT_TEST_SUITE_END();

 public:
  void testIdentical() {
    CPPUNIT_ASSERT_EQUAL(std::string("[=Họp giao ban tuần 12.]"),
                         Diff("Họp giao ban tuần 12.", "Họp giao ban tuần 12."));
    CPPUNIT_ASSERT_EQUAL(std::string("[=Dòng một\nDòng hai\n]"),
                         Diff("Dòng một\nDòng hai\n", "Dòng một\nDòng hai\n"));
    CPPUNIT_ASSERT_EQUAL(std::string("[=  ]"), Diff("  ", "  "));
    std::string long_text = Article("w", 300);  // 3000 words: trimmed, not tabled
    CPPUNIT_ASSERT_EQUAL("[=" + long_text + "]", Diff(long_text, long_text));
  }

  void testEmptySides() {
    CPPUNIT_ASSERT(Words("", "").empty());
    CPPUNIT_ASSERT_EQUAL(std::string("[+Tin mới]"), Diff("", "Tin mới"));
    CPPUNIT_ASSERT_EQUAL(std::string("[-Tin mới]"), Diff("Tin mới", ""));
    CPPUNIT_ASSERT_EQUAL(std::string("[+\n]"), Diff("", "\n"));
    CPPUNIT_ASSERT_EQUAL(std::string("[- ]"), Diff(" ", ""));
  }

  void testPureInsertion() {
    struct Case {
      const char *before, *after, *pieces;
    };
    const Case cases[] = {
        {"Họp giao ban.", "Họp giao ban tháng.", "[=Họp giao ban][+ tháng][=.]"},
        {"giao ban", "Họp giao ban", "[+Họp ][=giao ban]"},
        {"giao ban", "giao ban tuần", "[=giao ban][+ tuần]"},
        {"Họp ban", "Họp giao ban", "[=Họp ][+giao ][=ban]"},
        {"a e", "a b c d e", "[=a ][+b c d ][=e]"},
        {"ngày 5/9.", "ngày 5/9/2024.", "[=ngày 5/9][+/2024][=.]"},
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(c.after, std::string(c.pieces), Diff(c.before, c.after));
    }
  }

  void testPureDeletion() {
    struct Case {
      const char *before, *after, *pieces;
    };
    const Case cases[] = {
        {"Họp giao ban tháng.", "Họp giao ban.", "[=Họp giao ban][- tháng][=.]"},
        {"Họp giao ban", "giao ban", "[-Họp ][=giao ban]"},
        {"Họp giao ban", "Họp ban", "[=Họp ][-giao ][=ban]"},
        {"a b c d e", "a e", "[=a ][-b c d ][=e]"},
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(c.before, std::string(c.pieces), Diff(c.before, c.after));
    }
  }

  void testReplacementInTheMiddle() {
    CPPUNIT_ASSERT_EQUAL(
        std::string("[=Lịch ][-công tác][+làm việc][= tuần 12 của Phòng]"),
        Diff("Lịch công tác tuần 12 của Phòng", "Lịch làm việc tuần 12 của Phòng"));
    CPPUNIT_ASSERT_EQUAL(std::string("[=năm học ][-2023–][=2024][+–2025]"),
                         Diff("năm học 2023–2024", "năm học 2024–2025"));
    CPPUNIT_ASSERT_EQUAL(std::string("[=(][-dự thảo][+chính thức][=)]"),
                         Diff("(dự thảo)", "(chính thức)"));
    // A whole line replaced keeps one line break outside the change.
    CPPUNIT_ASSERT_EQUAL(std::string("[=Dòng một\n][-Dòng hai][+Câu khác][=\nDòng ba]"),
                         Diff("Dòng một\nDòng hai\nDòng ba", "Dòng một\nCâu khác\nDòng ba"));
  }

  // Words are whole Vietnamese words: a changed tone or vowel changes the word, never
  // part of it.
  void testVietnamese() {
    CPPUNIT_ASSERT_EQUAL(std::string("[=giáo ][-dục][+dưỡng]"), Diff("giáo dục", "giáo dưỡng"));
    CPPUNIT_ASSERT_EQUAL(std::string("[=Sở ][-Giáo][+giáo][= dục và Đào tạo]"),
                         Diff("Sở Giáo dục và Đào tạo", "Sở giáo dục và Đào tạo"));
    CPPUNIT_ASSERT_EQUAL(std::string("[-Đổi][+Đôi][= mới]"), Diff("Đổi mới", "Đôi mới"));
    CPPUNIT_ASSERT_EQUAL(std::string("[=Trường THCS ][-Ngô][+Nguyễn][= Gia Tự]"),
                         Diff("Trường THCS Ngô Gia Tự", "Trường THCS Nguyễn Gia Tự"));
    // Text that is not NFC: "dục" as "du" + U+0323 + "c" is still one word.
    const char* decomposed = "giáo du\xcc\xa3\x63 mới";
    CPPUNIT_ASSERT_EQUAL(std::string("[=giáo ][-du\xcc\xa3\x63][+dưỡng][= mới]"),
                         Diff(decomposed, "giáo dưỡng mới"));
    Stats stats = Count(Words(decomposed, "giáo dưỡng mới"));
    CPPUNIT_ASSERT_EQUAL(size_t{1}, stats.added);
    CPPUNIT_ASSERT_EQUAL(size_t{1}, stats.removed);
    // Other scripts too.
    CPPUNIT_ASSERT_EQUAL(std::string("[=Học ][-中文][+English][= nhé]"),
                         Diff("Học 中文 nhé", "Học English nhé"));
  }

  void testWhitespaceAndPunctuation() {
    struct Case {
      const char *before, *after, *pieces;
    };
    const Case cases[] = {
        // A change of spacing alone shows as that, not as changed words.
        {"Số 12", "Số  12", "[=Số][+ ][= 12]"},
        {"Số  12", "Số 12", "[=Số][- ][= 12]"},
        {"một hai", "một\nhai", "[=một][- ][+\n][=hai]"},
        {"  a", "a", "[-  ][=a]"},
        {"a", "a\n", "[=a][+\n]"},
        {"tin, bài", "tin; bài", "[=tin][-,][+;][= bài]"},
        {"Kết quả: tốt.", "Kết quả: tốt!", "[=Kết quả: tốt][-.][+!]"},
        {"a b c", "x y z", "[-a b c][+x y z]"},
    };
    for (const Case& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.before) + " → " + Quote(c.after), std::string(c.pieces),
                                   Diff(c.before, c.after));
    }
  }

  // Consecutive changed words make one <del> and one <ins>, not one per word.
  void testAdjacentPiecesMerged() {
    CPPUNIT_ASSERT_EQUAL(std::string("[=một ][-hai ba bốn][+sáu bảy tám][= năm]"),
                         Diff("một hai ba bốn năm", "một sáu bảy tám năm"));
    CPPUNIT_ASSERT_EQUAL(std::string("[=a ][-b][+x][= c ][-d][+y][= e]"),
                         Diff("a b c d e", "a x c y e"));
    // Removals and insertions that the table interleaves come out removed-then-added.
    CPPUNIT_ASSERT_EQUAL(std::string("[-x ][=a][+ y]"), Diff("x a", "a y"));
    CPPUNIT_ASSERT_EQUAL(std::string("[=p ][-q r s][+t u][= v]"), Diff("p q r s v", "p t u v"));
    const char* pairs[][2] = {
        {"một hai ba", "ba hai một"},
        {"a b a b a b", "b a b a"},
        {"Kế hoạch tháng 9: họp, kiểm tra, báo cáo.",
         "Kế hoạch tháng 10: kiểm tra; họp; tổng kết."},
        {"x\ny\nz\n", "z\ny\nx\n"},
        {"a  b\t\tc", "a\tb  c "},
    };
    for (const auto& pair : pairs) Diff(pair[0], pair[1]);  // CheckWellFormed
  }

  void testInvalidUtf8IsKept() {
    std::string before = "tin \xff\xfe mới";
    std::string after = "tin \xc3 mới";
    CPPUNIT_ASSERT_EQUAL(std::string("[=tin ][-\xff\xfe][+\xc3][= mới]"), Diff(before, after));
  }

  void testToHtml() {
    CPPUNIT_ASSERT_EQUAL(std::string(), ToHtml({}));
    std::vector<Piece> pieces = {
        {Piece::kSame, "Điểm < 5 & "},
        {Piece::kRemoved, "\"kém\"\n"},
        {Piece::kAdded, "'yếu'<script>"},
        {Piece::kSame, "\nLớp 6A"},
    };
    CPPUNIT_ASSERT_EQUAL(std::string("Điểm &lt; 5 &amp; <del>&quot;kém&quot;<br></del>"
                                     "<ins>&#39;yếu&#39;&lt;script&gt;</ins><br>Lớp 6A"),
                         ToHtml(pieces));
  }

  void testToHtmlOfWords() {
    CPPUNIT_ASSERT_EQUAL(std::string("giáo <del>dục</del><ins>dưỡng</ins>"),
                         ToHtml(Words("giáo dục", "giáo dưỡng")));
    CPPUNIT_ASSERT_EQUAL(
        std::string("Điểm &lt; 5 &amp; <del>&quot;kém&quot;</del><ins>&#39;yếu&#39;</ins>"
                    "<br>Lớp 6A"),
        ToHtml(Words("Điểm < 5 & \"kém\"\nLớp 6A", "Điểm < 5 & 'yếu'\nLớp 6A")));
    CPPUNIT_ASSERT_EQUAL(std::string("<ins>&lt;b&gt;Mới&lt;/b&gt;</ins>"),
                         ToHtml(Words("", "<b>Mới</b>")));
    CPPUNIT_ASSERT_EQUAL(std::string("&lt;p&gt;a&lt;/p&gt;<br><br>"),
                         ToHtml(Words("<p>a</p>\n\n", "<p>a</p>\n\n")));
  }

  void testCount() {
    struct Case {
      const char *before, *after;
      size_t added, removed;
    };
    const Case cases[] = {
        {"", "", 0, 0},
        {"Họp giao ban", "Họp giao ban", 0, 0},
        {"", "Tin mới về tuyển sinh lớp 6", 7, 0},
        {"Tin mới về tuyển sinh lớp 6", "", 0, 7},
        {"giáo dục", "giáo dưỡng", 1, 1},
        {"Họp giao ban.", "Họp giao ban tháng 9.", 2, 0},
        {"một hai ba bốn năm", "một sáu bảy năm", 2, 3},
        {"Số 12", "Số  12", 0, 0},              // spacing only
        {"tin, bài", "tin; bài", 0, 0},         // punctuation only
        {"ngày 5/9.", "ngày 5/9/2024.", 1, 0},  // "2024"
    };
    for (const Case& c : cases) {
      Stats stats = Count(Words(c.before, c.after));
      std::string msg = Quote(c.before) + " → " + Quote(c.after);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, c.added, stats.added);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(msg, c.removed, stats.removed);
    }
    // Count reads the pieces themselves, whatever made them.
    Stats stats =
        Count({{Piece::kSame, "a b"}, {Piece::kAdded, "c, d-e"}, {Piece::kRemoved, " f "}});
    CPPUNIT_ASSERT_EQUAL(size_t{3}, stats.added);
    CPPUNIT_ASSERT_EQUAL(size_t{1}, stats.removed);
  }

  // Lines of ten words; in every other line the first word differs between the two
  // revisions. 400 lines: 4,000 × 4,000 words is past the guard, so the diff goes line by
  // line (400 × 400) and a changed line is removed and added whole. 190 lines: under the
  // guard, word by word.
  void testBigInputFallsBackToLines() {
    auto revision = [](const char* tag, size_t lines) {
      std::string text;
      for (size_t line = 0; line < lines; ++line) {
        std::string words = Article("w", 1, line);
        if (line % 2 == 0) words.replace(0, 1, tag);  // "w20 w21 …" → "a20 w21 …"
        text += words;
      }
      return text;
    };
    std::string before = revision("a", 400), after = revision("b", 400);
    auto start = std::chrono::steady_clock::now();
    std::vector<Piece> pieces = Words(before, after);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CPPUNIT_ASSERT_MESSAGE(std::to_string(seconds) + " s", seconds < 2.0);
    CheckWellFormed(before, after, pieces);
    CPPUNIT_ASSERT_EQUAL(size_t{600}, pieces.size());  // per two lines: removed, added, kept
    CPPUNIT_ASSERT(pieces[0].kind == Piece::kRemoved);
    CPPUNIT_ASSERT_EQUAL(std::string("a0 w1 w2 w3 w4 w5 w6 w7 w8 w9"), pieces[0].text);
    CPPUNIT_ASSERT(pieces[1].kind == Piece::kAdded);
    CPPUNIT_ASSERT_EQUAL(std::string("b0 w1 w2 w3 w4 w5 w6 w7 w8 w9"), pieces[1].text);
    CPPUNIT_ASSERT(pieces[2].kind == Piece::kSame);
    CPPUNIT_ASSERT_EQUAL("\n" + Article("w", 1, 1), pieces[2].text);
    Stats stats = Count(pieces);
    CPPUNIT_ASSERT_EQUAL(size_t{2000}, stats.added);
    CPPUNIT_ASSERT_EQUAL(size_t{2000}, stats.removed);

    before = revision("a", 190);
    after = revision("b", 190);
    pieces = Words(before, after);
    CheckWellFormed(before, after, pieces);
    CPPUNIT_ASSERT_EQUAL(size_t{3 * 95}, pieces.size());
    std::string head = "[-a0][+b0][= w1 w2 w3 w4 w5 w6 w7 w8 w9\nw10 ";
    CPPUNIT_ASSERT_EQUAL(head, Show(pieces).substr(0, head.size()));
    stats = Count(pieces);
    CPPUNIT_ASSERT_EQUAL(size_t{95}, stats.added);
    CPPUNIT_ASSERT_EQUAL(size_t{95}, stats.removed);
  }

  // Past the guard in lines too (3,000 × 3,000 lines), or one enormous line: the changed
  // middle is removed and added whole, at once.
  void testHugeInputReplacedWhole() {
    std::string before = "Đầu bài\n" + Article("a", 3000) + "Cuối bài\n";
    std::string after = "Đầu bài\n" + Article("b", 3000) + "Cuối bài\n";
    auto start = std::chrono::steady_clock::now();
    std::vector<Piece> pieces = Words(before, after);
    std::string one_line_before, one_line_after;
    for (size_t i = 0; i < 40000; ++i) {
      one_line_before += "từ" + std::to_string(i % 10) + " ";
      one_line_after += "chữ" + std::to_string(i % 10) + " ";
    }
    std::vector<Piece> one_line = Words(one_line_before, one_line_after);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CPPUNIT_ASSERT_MESSAGE(std::to_string(seconds) + " s", seconds < 3.0);

    CheckWellFormed(before, after, pieces);
    CPPUNIT_ASSERT_EQUAL(size_t{4}, pieces.size());
    CPPUNIT_ASSERT(pieces[0].kind == Piece::kSame && pieces[0].text == "Đầu bài\n");
    CPPUNIT_ASSERT(pieces[1].kind == Piece::kRemoved);
    CPPUNIT_ASSERT(pieces[2].kind == Piece::kAdded);
    CPPUNIT_ASSERT(pieces[3].kind == Piece::kSame && pieces[3].text == "\nCuối bài\n");

    CheckWellFormed(one_line_before, one_line_after, one_line);
    CPPUNIT_ASSERT_EQUAL(size_t{3}, one_line.size());
    CPPUNIT_ASSERT(one_line[0].kind == Piece::kRemoved);
    CPPUNIT_ASSERT(one_line[1].kind == Piece::kAdded);
    CPPUNIT_ASSERT(one_line[2].kind == Piece::kSame && one_line[2].text == " ");
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(DiffTest);

}  // namespace
}  // namespace core::diff
