// Tests for modules/core/totp.cc: the RFC 4226 and RFC 6238 vectors, Base32, the drift
// window and replay refusal, the provisioning URI, the QR code's SVG, recovery codes.
// Recovery-code hashing costs one scrypt (~100 ms under ASan) per hash and per try, so
// only two codes are hashed.
#include "core/totp.h"

#include <cppunit/extensions/HelperMacros.h>

#include <cstdint>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/password.h"
#include "unit/check.h"

namespace core::totp {
namespace {

using unit::Quote;

// RFC 6238 Appendix B and RFC 4226 Appendix D: the ASCII secret "12345678901234567890".
const char kRfcSecret[] = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const char kRecoveryAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

// The value of attribute `name` in the first element `tag` of `svg`, or "" when absent.
std::string Attribute(const std::string& svg, const std::string& tag, const std::string& name) {
  size_t start = svg.find("<" + tag + " ");
  if (start == std::string::npos) return "";
  size_t end = svg.find('>', start);
  size_t at = svg.find(" " + name + "=\"", start);
  if (at == std::string::npos || at > end) return "";
  at += name.size() + 3;
  return svg.substr(at, svg.find('"', at) - at);
}

// The dark modules drawn by a path of "M<x> <y>h<n>v1h-<n>z" runs, as a size × size grid;
// empty when the path has any other shape or leaves the grid.
std::vector<std::vector<bool>> Modules(const std::string& d, int size) {
  std::vector<std::vector<bool>> grid(size, std::vector<bool>(size, false));
  std::istringstream in(d);
  char m, h, v, h2, z;
  int x, y, n, one, back;
  while (in >> m) {
    if (!(in >> x >> y >> h >> n >> v >> one >> h2 >> back >> z) || m != 'M' || h != 'h' ||
        v != 'v' || one != 1 || h2 != 'h' || back != -n || z != 'z' || n < 1 || x < 0 || y < 0 ||
        x + n > size || y >= size) {
      return {};
    }
    for (int i = 0; i < n; ++i) grid[y][x + i] = true;
  }
  return grid;
}

// A QR finder pattern (7 × 7: dark ring, light ring, dark 3 × 3 centre) at (left, top).
bool IsFinder(const std::vector<std::vector<bool>>& grid, int left, int top) {
  for (int dy = 0; dy < 7; ++dy) {
    for (int dx = 0; dx < 7; ++dx) {
      bool ring = dx == 0 || dx == 6 || dy == 0 || dy == 6;
      bool centre = dx >= 2 && dx <= 4 && dy >= 2 && dy <= 4;
      if (grid[top + dy][left + dx] != (ring || centre)) return false;
    }
  }
  return true;
}

class TotpTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(TotpTest);
  CPPUNIT_TEST(testRfc4226HotpValues);
  CPPUNIT_TEST(testRfc6238Vectors);
  CPPUNIT_TEST(testBase32Rfc4648Vectors);
  CPPUNIT_TEST(testBase32RoundTrip);
  CPPUNIT_TEST(testBase32RejectsBadText);
  CPPUNIT_TEST(testCodeRejectsBadSecrets);
  CPPUNIT_TEST(testNewSecret);
  CPPUNIT_TEST(testDriftWindow);
  CPPUNIT_TEST(testReplayRefused);
  CPPUNIT_TEST(testFirstStep);
  CPPUNIT_TEST(testTypedCodes);
  CPPUNIT_TEST(testProvisioningUri);
  CPPUNIT_TEST(testQrSvg);
  CPPUNIT_TEST(testQrSvgEncoderFailures);
  CPPUNIT_TEST(testNewRecoveryCodes);
  CPPUNIT_TEST(testNormalizeRecoveryCode);
  CPPUNIT_TEST(testMatchRecoveryCode);
  CPPUNIT_TEST_SUITE_END();

 public:
  void testRfc4226HotpValues() {
    const char* expected[] = {"755224", "287082", "359152", "969429", "338314",
                              "254676", "287922", "162583", "399871", "520489"};
    for (uint64_t counter = 0; counter < 10; ++counter) {
      Result<std::string> code = Code(kRfcSecret, counter);
      CPPUNIT_ASSERT_MESSAGE(code.status().ToString(), code.ok());
      CPPUNIT_ASSERT_EQUAL_MESSAGE("counter " + std::to_string(counter),
                                   std::string(expected[counter]), *code);
    }
  }

  // The last six digits of the eight-digit SHA-1 vectors of RFC 6238 Appendix B.
  void testRfc6238Vectors() {
    const struct {
      std::time_t time;
      uint64_t counter;
      const char* code;
    } cases[] = {
        {59, 0x1, "287082"},
        {1111111109, 0x23523EC, "081804"},
        {1111111111, 0x23523ED, "050471"},
        {1234567890, 0x273EF07, "005924"},
        {2000000000, 0x3F940AA, "279037"},
        {20000000000, 0x27BC86AA, "353130"},
    };
    for (const auto& c : cases) {
      const std::string at = "t=" + std::to_string(c.time);
      Result<std::string> code = Code(kRfcSecret, c.counter);
      CPPUNIT_ASSERT_MESSAGE(at + " " + code.status().ToString(), code.ok());
      CPPUNIT_ASSERT_EQUAL_MESSAGE(at, std::string(c.code), *code);
      Result<uint64_t> matched = Verify(kRfcSecret, c.code, c.time, 0);
      CPPUNIT_ASSERT_MESSAGE(at + " " + matched.status().ToString(), matched.ok());
      CPPUNIT_ASSERT_EQUAL_MESSAGE(at, c.counter, *matched);
    }
  }

  // RFC 4648 section 10 (without padding on encoding; decoding takes both).
  void testBase32Rfc4648Vectors() {
    const struct {
      const char* bytes;
      const char* encoded;
      const char* padded;
    } cases[] = {
        {"f", "MY", "MY======"},
        {"fo", "MZXQ", "MZXQ===="},
        {"foo", "MZXW6", "MZXW6==="},
        {"foob", "MZXW6YQ", "MZXW6YQ="},
        {"fooba", "MZXW6YTB", "MZXW6YTB"},
        {"foobar", "MZXW6YTBOI", "MZXW6YTBOI======"},
        {"12345678901234567890", kRfcSecret, kRfcSecret},
    };
    CPPUNIT_ASSERT_EQUAL(std::string(), Base32Encode(""));
    for (const auto& c : cases) {
      CPPUNIT_ASSERT_EQUAL_MESSAGE(c.bytes, std::string(c.encoded), Base32Encode(c.bytes));
      for (std::string text : {std::string(c.encoded), std::string(c.padded)}) {
        Result<std::string> decoded = Base32Decode(text);
        CPPUNIT_ASSERT_MESSAGE(Quote(text) + " " + decoded.status().ToString(), decoded.ok());
        CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(text), std::string(c.bytes), *decoded);
        for (char& ch : text) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        decoded = Base32Decode(text);
        CPPUNIT_ASSERT_MESSAGE(Quote(text) + " " + decoded.status().ToString(), decoded.ok());
        CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(text), std::string(c.bytes), *decoded);
      }
    }
  }

  // Every length from 1 to 40 bytes, every byte value.
  void testBase32RoundTrip() {
    for (size_t length = 1; length <= 40; ++length) {
      std::string bytes;
      for (size_t i = 0; i < length; ++i) bytes += static_cast<char>((i * 97 + length * 31) & 0xff);
      std::string encoded = Base32Encode(bytes);
      CPPUNIT_ASSERT_EQUAL((length * 8 + 4) / 5, encoded.size());
      Result<std::string> decoded = Base32Decode(encoded);
      CPPUNIT_ASSERT_MESSAGE(encoded + " " + decoded.status().ToString(), decoded.ok());
      CPPUNIT_ASSERT_MESSAGE(encoded, bytes == *decoded);
    }
    std::string all;
    for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
    Result<std::string> decoded = Base32Decode(Base32Encode(all));
    CPPUNIT_ASSERT(decoded.ok());
    CPPUNIT_ASSERT(all == *decoded);
  }

  void testBase32RejectsBadText() {
    const std::string inputs[] = {
        "",
        "=",
        "========",
        "M",          // 1 character ends no byte
        "MZX",        // nor 3
        "MZXW6Y",     // nor 6
        "MZXW6YTBO",  // 8 + 1
        "MZ",         // "MY" is "f"; the unused low bits of 'Z' are not zero
        "MZXR",       // likewise for "MZXQ"
        "MY=",        // padding that does not fill a block
        "MY=======",  // one '=' too many
        "MY==MY==",   // padding inside
        "MZ1Q",       // '1' and '0' are not Base32
        "MZ0Q",
        "MZ8Q",
        "MZ Q",
        "MZXQ\n",
        "MZ-Q",
        "MZ\xc3\x80Q",  // "MZÀQ"
        std::string("MZ\0Q", 4),
    };
    for (const std::string& input : inputs) {
      Result<std::string> decoded = Base32Decode(input);
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !decoded.ok());
      CPPUNIT_ASSERT_MESSAGE(Quote(input), decoded.status().IsInvalid());
    }
  }

  void testCodeRejectsBadSecrets() {
    const std::string secrets[] = {
        "",
        "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ1",  // '1'
        "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ",   // 31 characters: bad length
        "MZXW6YTBOI",                        // 6 bytes: shorter than 128 bits
        "GEZDGNBVGY3TQOJQGEZDGNBV",          // 15 bytes
    };
    for (const std::string& secret : secrets) {
      Result<std::string> code = Code(secret, 1);
      CPPUNIT_ASSERT_MESSAGE(Quote(secret), code.status().IsInvalid());
      Result<uint64_t> matched = Verify(secret, "287082", 59, 0);
      CPPUNIT_ASSERT_MESSAGE(Quote(secret), matched.status().IsInvalid());
    }
    // 16 bytes is the shortest secret taken.
    CPPUNIT_ASSERT(Code(Base32Encode(std::string(16, 'k')), 1).ok());
  }

  void testNewSecret() {
    Result<std::string> a = NewSecret();
    Result<std::string> b = NewSecret();
    CPPUNIT_ASSERT_MESSAGE(a.status().ToString(), a.ok() && b.ok());
    CPPUNIT_ASSERT_EQUAL_MESSAGE(*a, size_t{32}, a->size());
    CPPUNIT_ASSERT_MESSAGE(
        *a, a->find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") == std::string::npos);
    CPPUNIT_ASSERT(*a != *b);
    Result<std::string> bytes = Base32Decode(*a);
    CPPUNIT_ASSERT(bytes.ok());
    CPPUNIT_ASSERT_EQUAL(size_t{20}, bytes->size());
    CPPUNIT_ASSERT_EQUAL(*a, Base32Encode(*bytes));

    // A secret made here works end to end.
    const std::time_t now = unit::Utc(2025, 9, 5, 7, 30, 12);
    Result<std::string> code = Code(*a, static_cast<uint64_t>(now / 30));
    CPPUNIT_ASSERT(code.ok());
    Result<uint64_t> matched = Verify(*a, *code, now, 0);
    CPPUNIT_ASSERT_MESSAGE(matched.status().ToString(), matched.ok());
    CPPUNIT_ASSERT_EQUAL(static_cast<uint64_t>(now / 30), *matched);
  }

  // The code of step S (valid from S × 30 to S × 30 + 29) typed at various times.
  void testDriftWindow() {
    const uint64_t step = 55555555;
    const std::time_t start = static_cast<std::time_t>(step) * 30;
    Result<std::string> code = Code(kRfcSecret, step);
    CPPUNIT_ASSERT(code.ok());
    const struct {
      std::time_t offset;
      bool accepted;
      const char* why;
    } cases[] = {
        {0, true, "start of its step"},
        {15, true, "middle of its step"},
        {29, true, "end of its step"},
        {15 + 30, true, "server 30 s ahead of the phone: one step later"},
        {15 - 30, true, "server 30 s behind the phone: one step earlier"},
        {59, true, "last second of the next step"},
        {-30, true, "first second of the previous step"},
        {60, false, "two steps later"},
        {-31, false, "two steps earlier"},
        {15 + 90, false, "90 s later"},
        {15 - 90, false, "90 s earlier"},
        {3600, false, "an hour later"},
        {-3600, false, "an hour earlier"},
    };
    for (const auto& c : cases) {
      const std::string at = "offset " + std::to_string(c.offset) + " (" + c.why + ")";
      Result<uint64_t> matched = Verify(kRfcSecret, *code, start + c.offset, 0);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(at + " " + matched.status().ToString(), c.accepted,
                                   matched.ok());
      if (c.accepted) {
        CPPUNIT_ASSERT_EQUAL_MESSAGE(at, step, *matched);
      } else {
        CPPUNIT_ASSERT_MESSAGE(at, matched.status().IsInvalid());
      }
    }
  }

  void testReplayRefused() {
    const uint64_t step = 55555555;
    const std::time_t now = static_cast<std::time_t>(step) * 30 + 10;
    Result<std::string> current = Code(kRfcSecret, step);
    Result<std::string> previous = Code(kRfcSecret, step - 1);
    CPPUNIT_ASSERT(current.ok() && previous.ok());

    // First use, then the same code again within its 30 s.
    Result<uint64_t> first = Verify(kRfcSecret, *current, now, step - 5);
    CPPUNIT_ASSERT_MESSAGE(first.status().ToString(), first.ok());
    CPPUNIT_ASSERT_EQUAL(step, *first);
    Result<uint64_t> again = Verify(kRfcSecret, *current, now + 5, *first);
    CPPUNIT_ASSERT(again.status().IsInvalid());
    CPPUNIT_ASSERT_MESSAGE(again.status().user_message(),
                           again.status().user_message().find("đã được dùng") != std::string::npos);

    // An older code still inside the drift window, after a newer one was used.
    Result<uint64_t> older = Verify(kRfcSecret, *previous, now, step);
    CPPUNIT_ASSERT(older.status().IsInvalid());
    // A code whose step is below the last used one (a clock that went back).
    CPPUNIT_ASSERT(Verify(kRfcSecret, *current, now, step + 1).status().IsInvalid());
    // The previous step's code is fine when nothing newer was used.
    Result<uint64_t> late = Verify(kRfcSecret, *previous, now, step - 2);
    CPPUNIT_ASSERT_MESSAGE(late.status().ToString(), late.ok());
    CPPUNIT_ASSERT_EQUAL(step - 1, *late);
  }

  // At the very first step there is no step behind it.
  void testFirstStep() {
    for (std::time_t now : {0, 29}) {
      Result<uint64_t> matched = Verify(kRfcSecret, "755224", now, 0);
      CPPUNIT_ASSERT(matched.status().IsInvalid());  // counter 0 is not above "last used" 0
    }
    Result<uint64_t> ahead = Verify(kRfcSecret, "287082", 0, 0);  // one step ahead
    CPPUNIT_ASSERT_MESSAGE(ahead.status().ToString(), ahead.ok());
    CPPUNIT_ASSERT_EQUAL(uint64_t{1}, *ahead);
    CPPUNIT_ASSERT(Verify(kRfcSecret, "287082", -1, 0).status().IsInternal());
  }

  // The RFC 6238 code at t = 59 (step 1) as a person might type it.
  void testTypedCodes() {
    const struct {
      const char* typed;
      bool accepted;
    } cases[] = {
        {"287082", true},
        {"287 082", true},
        {" 287082 ", true},
        {"2 8 7 0 8 2", true},
        {"\t287082", true},
        {"287083", false},  // wrong code
        {"782082", false},
        {"", false},
        {"      ", false},
        {"28708", false},    // too short
        {"2870820", false},  // too long
        {"0287082", false},
        {"28708a", false},  // not digits
        {"287-082", false},
        {"+287082", false},
        {"287082\n", false},
        {"287.08", false},
        {"\xef\xbc\x92\xef\xbc\x98\xef\xbc\x97\xef\xbc\x90\xef\xbc\x98\xef\xbc\x92",
         false},            // full-width
        {"٢٨٧٠٨٢", false},  // Arabic-Indic digits
    };
    for (const auto& c : cases) {
      Result<uint64_t> matched = Verify(kRfcSecret, c.typed, 59, 0);
      CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.typed) + " " + matched.status().ToString(), c.accepted,
                                   matched.ok());
      if (c.accepted) {
        CPPUNIT_ASSERT_EQUAL(uint64_t{1}, *matched);
      } else {
        CPPUNIT_ASSERT_MESSAGE(Quote(c.typed), matched.status().IsInvalid());
        CPPUNIT_ASSERT_MESSAGE(Quote(c.typed), !matched.status().user_message().empty());
      }
    }
    // NUL inside the input is not skipped.
    CPPUNIT_ASSERT(Verify(kRfcSecret,
                          std::string("287\0"
                                      "082",
                                      7),
                          59, 0)
                       .status()
                       .IsInvalid());
  }

  void testProvisioningUri() {
    const std::string tail = "&algorithm=SHA1&digits=6&period=30";
    CPPUNIT_ASSERT_EQUAL("otpauth://totp/Eduportal:admin?secret=" + std::string(kRfcSecret) +
                             "&issuer=Eduportal" + tail,
                         ProvisioningUri("Eduportal", "admin", kRfcSecret));
    CPPUNIT_ASSERT_EQUAL(
        std::string("otpauth://totp/Ph%C3%B2ng%20GD%26%C4%90T%20H%E1%BA%A3i%20Ch%C3%A2u:"
                    "nguyen.van.a%40pgd.edu.vn?secret=") +
            kRfcSecret + "&issuer=Ph%C3%B2ng%20GD%26%C4%90T%20H%E1%BA%A3i%20Ch%C3%A2u" + tail,
        ProvisioningUri("Phòng GD&ĐT Hải Châu", "nguyen.van.a@pgd.edu.vn", kRfcSecret));
    // Characters that would end the label, the path or a parameter are escaped.
    CPPUNIT_ASSERT_EQUAL("otpauth://totp/a%3Ab%2Fc%3Fd:e%3Af%23g%3Dh%26i%2Bj%25?secret=" +
                             std::string(kRfcSecret) + "&issuer=a%3Ab%2Fc%3Fd" + tail,
                         ProvisioningUri("a:b/c?d", "e:f#g=h&i+j%", kRfcSecret));
  }

  void testQrSvg() {
    const std::string uri =
        ProvisioningUri("Phòng GD&ĐT Hải Châu", "nguyen.van.a@pgd.edu.vn", kRfcSecret);
    Result<std::string> svg = QrSvg(uri);
    CPPUNIT_ASSERT_MESSAGE(svg.status().ToString(), svg.ok());

    // Shape: <svg ...><rect .../><path .../></svg>, nothing else.
    CPPUNIT_ASSERT_MESSAGE(*svg, svg->rfind("<svg ", 0) == 0);
    CPPUNIT_ASSERT_MESSAGE(*svg, svg->size() > 6 && svg->substr(svg->size() - 6) == "</svg>");
    CPPUNIT_ASSERT_EQUAL(size_t{4}, Count(*svg, "<"));  // and </svg>
    CPPUNIT_ASSERT_EQUAL(size_t{1}, Count(*svg, "<path "));
    CPPUNIT_ASSERT_EQUAL(size_t{1}, Count(*svg, "<rect "));
    // No scripts, event handlers, links, style sheets, entities or processing instructions.
    for (const char* absent : {"<script", " on", "href", "url(", "style", "<!", "<?", "&"}) {
      CPPUNIT_ASSERT_MESSAGE(absent, Count(*svg, absent) == 0);
    }
    CPPUNIT_ASSERT_EQUAL(std::string("http://www.w3.org/2000/svg"),
                         Attribute(*svg, "svg", "xmlns"));
    CPPUNIT_ASSERT_EQUAL(std::string("img"), Attribute(*svg, "svg", "role"));
    CPPUNIT_ASSERT_EQUAL(std::string("Mã QR để thêm tài khoản vào ứng dụng xác thực"),
                         Attribute(*svg, "svg", "aria-label"));
    CPPUNIT_ASSERT_EQUAL(std::string("crispEdges"), Attribute(*svg, "svg", "shape-rendering"));
    CPPUNIT_ASSERT_EQUAL(std::string("#fff"), Attribute(*svg, "rect", "fill"));
    CPPUNIT_ASSERT_EQUAL(std::string("#000"), Attribute(*svg, "path", "fill"));

    // The viewBox is the symbol (17 + 4 × version modules) plus a quiet zone of 4 each side.
    const std::string view_box = Attribute(*svg, "svg", "viewBox");
    std::istringstream box(view_box);
    int x0 = -1, y0 = -1, w = 0, h = 0;
    CPPUNIT_ASSERT_MESSAGE(view_box, static_cast<bool>(box >> x0 >> y0 >> w >> h));
    CPPUNIT_ASSERT_MESSAGE(view_box, x0 == 0 && y0 == 0 && w == h);
    const int symbol = w - 8;
    CPPUNIT_ASSERT_MESSAGE(view_box, symbol >= 21 && symbol <= 177 && (symbol - 17) % 4 == 0);
    CPPUNIT_ASSERT_EQUAL(std::to_string(w), Attribute(*svg, "rect", "width"));

    // Redraw the modules: the quiet zone is light, the three finder patterns are where a
    // reader looks for them, with their light separators.
    const auto grid = Modules(Attribute(*svg, "path", "d"), w);
    CPPUNIT_ASSERT_MESSAGE(Attribute(*svg, "path", "d"), !grid.empty());
    for (int y = 0; y < w; ++y) {
      for (int x = 0; x < w; ++x) {
        bool quiet = x < 4 || y < 4 || x >= w - 4 || y >= w - 4;
        if (quiet) CPPUNIT_ASSERT_MESSAGE(std::to_string(x) + "," + std::to_string(y), !grid[y][x]);
      }
    }
    CPPUNIT_ASSERT(IsFinder(grid, 4, 4));
    CPPUNIT_ASSERT(IsFinder(grid, w - 11, 4));
    CPPUNIT_ASSERT(IsFinder(grid, 4, w - 11));
    CPPUNIT_ASSERT(!IsFinder(grid, w - 11, w - 11));
    for (int i = 0; i < 8; ++i) {
      CPPUNIT_ASSERT(!grid[4 + 7][4 + i] && !grid[4 + i][4 + 7]);
    }
    // Timing pattern: alternating modules on row 6 between the finders.
    for (int x = 8; x < symbol - 8; ++x) CPPUNIT_ASSERT_EQUAL(x % 2 == 0, bool(grid[4 + 6][4 + x]));

    // The same text gives the same picture; other text another one.
    Result<std::string> same = QrSvg(uri);
    CPPUNIT_ASSERT(same.ok() && *same == *svg);
    Result<std::string> other = QrSvg(uri + "x");
    CPPUNIT_ASSERT(other.ok() && *other != *svg);
    // Bytes outside UTF-8 and NUL are data like any other in 8-bit mode.
    CPPUNIT_ASSERT(QrSvg(std::string("a\0\xff", 3)).ok());
  }

  void testQrSvgEncoderFailures() {
    Result<std::string> empty = QrSvg("");
    CPPUNIT_ASSERT_MESSAGE(empty.status().ToString(), empty.status().IsInternal());
    // Version 40 at level M holds 2331 bytes in 8-bit mode.
    CPPUNIT_ASSERT(QrSvg(std::string(2331, 'a')).ok());
    Result<std::string> too_long = QrSvg(std::string(2332, 'a'));
    CPPUNIT_ASSERT_MESSAGE(too_long.status().ToString(), too_long.status().IsInternal());
  }

  void testNewRecoveryCodes() {
    Result<std::vector<std::string>> none = NewRecoveryCodes(0);
    CPPUNIT_ASSERT(none.ok() && none->empty());

    Result<std::vector<std::string>> codes = NewRecoveryCodes(10);
    CPPUNIT_ASSERT_MESSAGE(codes.status().ToString(), codes.ok());
    CPPUNIT_ASSERT_EQUAL(size_t{10}, codes->size());

    // Format and alphabet; over 2000 characters every one of the 31 shows up.
    Result<std::vector<std::string>> many = NewRecoveryCodes(200);
    CPPUNIT_ASSERT(many.ok());
    CPPUNIT_ASSERT_EQUAL(size_t{200}, many->size());
    std::set<std::string> distinct;
    std::set<char> seen;
    for (const auto* batch : {&*codes, &*many}) {
      for (const std::string& code : *batch) {
        CPPUNIT_ASSERT_EQUAL_MESSAGE(code, size_t{11}, code.size());
        CPPUNIT_ASSERT_EQUAL_MESSAGE(code, '-', code[5]);
        for (size_t i = 0; i < code.size(); ++i) {
          if (i == 5) continue;
          CPPUNIT_ASSERT_MESSAGE(code,
                                 std::string(kRecoveryAlphabet).find(code[i]) != std::string::npos);
          seen.insert(code[i]);
        }
        distinct.insert(code);
        // What NewRecoveryCodes shows is already canonical.
        Result<std::string> normal = NormalizeRecoveryCode(code);
        CPPUNIT_ASSERT(normal.ok() && *normal == code);
      }
    }
    CPPUNIT_ASSERT_EQUAL(size_t{210}, distinct.size());
    CPPUNIT_ASSERT_EQUAL(size_t{31}, seen.size());
    for (char ambiguous : std::string("0O1IL")) CPPUNIT_ASSERT(!seen.count(ambiguous));
  }

  void testNormalizeRecoveryCode() {
    const struct {
      const char* typed;
      const char* canonical;  // nullptr: Invalid
    } cases[] = {
        {"ABCDE-FGHJK", "ABCDE-FGHJK"},
        {"abcde-fghjk", "ABCDE-FGHJK"},
        {"ABCDEFGHJK", "ABCDE-FGHJK"},
        {" abcde fghjk ", "ABCDE-FGHJK"},
        {"AB-CD-EF-GH-JK", "ABCDE-FGHJK"},
        {"23456-789XZ", "23456-789XZ"},
        {"", nullptr},
        {"-", nullptr},
        {"ABCDE-FGHJ", nullptr},    // 9 characters
        {"ABCDE-FGHJKM", nullptr},  // 11
        {"ABCDE-FGH0K", nullptr},   // ambiguous characters are not in the alphabet
        {"ABCDE-FGHOK", nullptr},
        {"ABCDE-FGH1K", nullptr},
        {"ABCDE-FGHIK", nullptr},
        {"ABCDE-FGHLK", nullptr},
        {"abcde-fghlk", nullptr},
        {"ABCDE_FGHJK", nullptr},
        {"ÀBCDE-FGHJK", nullptr},
        {"ABCDE-FGHJK\n", nullptr},
    };
    for (const auto& c : cases) {
      Result<std::string> normal = NormalizeRecoveryCode(c.typed);
      if (c.canonical == nullptr) {
        CPPUNIT_ASSERT_MESSAGE(Quote(c.typed), normal.status().IsInvalid());
      } else {
        CPPUNIT_ASSERT_MESSAGE(Quote(c.typed) + " " + normal.status().ToString(), normal.ok());
        CPPUNIT_ASSERT_EQUAL_MESSAGE(Quote(c.typed), std::string(c.canonical), *normal);
      }
    }
  }

  // Two hashed codes (each scrypt is costly under ASan).
  void testMatchRecoveryCode() {
    Result<std::vector<std::string>> codes = NewRecoveryCodes(3);
    CPPUNIT_ASSERT(codes.ok());
    std::vector<std::string> stored;
    for (size_t i = 0; i < 2; ++i) {
      Result<std::string> hash = password::Hash((*codes)[i]);
      CPPUNIT_ASSERT_MESSAGE(hash.status().ToString(), hash.ok());
      CPPUNIT_ASSERT(hash->find((*codes)[i]) == std::string::npos);  // never in clear
      stored.push_back(*hash);
    }
    // Typed in lower case without the dash, the second code is found.
    std::string typed = (*codes)[1];
    typed.erase(5, 1);
    for (char& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    Result<size_t> found = MatchRecoveryCode(typed, stored);
    CPPUNIT_ASSERT_MESSAGE(found.status().ToString(), found.ok());
    CPPUNIT_ASSERT_EQUAL(size_t{1}, *found);
    // Once its row is deleted it is refused, as is a code never stored.
    stored.erase(stored.begin() + 1);
    CPPUNIT_ASSERT(MatchRecoveryCode((*codes)[1], stored).status().IsInvalid());
    // Malformed input is refused before any hash is tried, and with no stored codes.
    CPPUNIT_ASSERT(MatchRecoveryCode("ABCDE-FGH0K", stored).status().IsInvalid());
    CPPUNIT_ASSERT(MatchRecoveryCode((*codes)[2], {}).status().IsInvalid());
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(TotpTest);

}  // namespace
}  // namespace core::totp
