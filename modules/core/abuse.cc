#include "core/abuse.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <cstdio>
#include <mutex>
#include <stdexcept>

namespace core::abuse {
namespace {

constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
constexpr int kChallengeSeconds = 20 * 60;

void RandomBytes(unsigned char* out, size_t n) {
  if (RAND_bytes(out, static_cast<int>(n)) != 1) throw std::runtime_error("RAND_bytes failed");
}

bool ParseLong(std::string_view s, long* out) {
  if (s.empty() || s.size() > 12) return false;
  long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

bool SameHex(std::string_view a, std::string_view b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

const char* const kDigitWords[] = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

}  // namespace

Result<int> Hit(Db& db, std::string_view bucket, std::string_view subject, int window_seconds) {
  Result<ExecResult> ins = db.Execute("INSERT INTO abuse_hits (bucket, subject) VALUES (?, ?)", {bucket, subject});
  if (!ins.ok()) return ins.status();
  if (ins->insert_id % 200 == 0) {
    (void)db.Execute("DELETE FROM abuse_hits WHERE at < UTC_TIMESTAMP() - INTERVAL 2 DAY LIMIT 5000");
  }
  return Count(db, bucket, subject, window_seconds);
}

Result<int> Count(Db& db, std::string_view bucket, std::string_view subject, int window_seconds) {
  Result<Row> row = db.QueryRow(
      "SELECT COUNT(*) FROM abuse_hits WHERE bucket = ? AND subject = ? AND at > UTC_TIMESTAMP() - INTERVAL ? SECOND",
      {bucket, subject, window_seconds});
  if (!row.ok()) return row.status();
  return static_cast<int>(row->Int(0));
}

Result<std::string> FormKey(Db& db) {
  static std::mutex mu;
  static std::string cached;
  {
    std::lock_guard<std::mutex> lock(mu);
    if (!cached.empty()) return cached;
  }
  Result<Row> row = db.QueryRow("SELECT secret FROM form_keys WHERE name = 'public-forms'");
  if (!row.ok()) return row.status().IsNotFound() ? Status::Internal("no form key") : row.status();
  if (row->Str(0).size() < 32) return Status::Internal("form key too short");
  std::lock_guard<std::mutex> lock(mu);
  cached = row->Str(0);
  return cached;
}

std::string HmacHex(std::string_view key, std::string_view data) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(data.data()), data.size(), mac, &len);
  std::string hex;
  char buf[3];
  for (unsigned int i = 0; i < len; ++i) {
    std::snprintf(buf, sizeof buf, "%02x", mac[i]);
    hex += buf;
  }
  return hex;
}

std::string IssueFormTime(std::string_view key, std::string_view form, std::time_t now) {
  std::string issued = std::to_string(static_cast<long>(now));
  return issued + "." + HmacHex(key, "t|" + std::string(form) + "|" + issued).substr(0, 32);
}

std::optional<long> Elapsed(std::string_view key, std::string_view form, std::string_view token,
                            std::time_t now) {
  size_t dot = token.find('.');
  if (dot == std::string_view::npos) return std::nullopt;
  long issued = 0;
  if (!ParseLong(token.substr(0, dot), &issued)) return std::nullopt;
  std::string expect = HmacHex(key, "t|" + std::string(form) + "|" + std::string(token.substr(0, dot))).substr(0, 32);
  if (!SameHex(expect, token.substr(dot + 1))) return std::nullopt;
  return static_cast<long>(now) - issued;
}

Challenge NewChallenge(std::string_view key, std::time_t now) {
  unsigned char r[2];
  RandomBytes(r, sizeof r);
  int a = 1 + r[0] % 9, b = 1 + r[1] % 9;
  Challenge c;
  c.question = std::string(kDigitWords[a]) + " cộng " + kDigitWords[b] + " bằng bao nhiêu?";
  c.question[0] = static_cast<char>(c.question[0] - 'a' + 'A');  // the words start in ASCII
  std::string nonce = RandomHex16();
  std::string expires = std::to_string(static_cast<long>(now) + kChallengeSeconds);
  c.token = nonce + "." + expires + "." + HmacHex(key, "c|" + nonce + "|" + expires + "|" + std::to_string(a + b)).substr(0, 32);
  return c;
}

bool CheckChallenge(std::string_view key, std::string_view token, std::string_view answer, std::time_t now) {
  size_t d1 = token.find('.');
  size_t d2 = d1 == std::string_view::npos ? d1 : token.find('.', d1 + 1);
  if (d2 == std::string_view::npos) return false;
  std::string_view nonce = token.substr(0, d1), expires = token.substr(d1 + 1, d2 - d1 - 1);
  long until = 0;
  if (nonce.size() != 32 || !ParseLong(expires, &until) || until < now) return false;
  std::string digits;
  for (char c : answer) {
    if (c == ' ') continue;
    if (c < '0' || c > '9' || digits.size() >= 3) return false;
    digits += c;
  }
  if (digits.empty()) return false;
  while (digits.size() > 1 && digits[0] == '0') digits.erase(0, 1);
  std::string expect = HmacHex(key, "c|" + std::string(nonce) + "|" + std::string(expires) + "|" + digits).substr(0, 32);
  return SameHex(expect, token.substr(d2 + 1));
}

std::string RandomCode(size_t length) {
  std::string code;
  while (code.size() < length) {
    unsigned char b[32];
    RandomBytes(b, sizeof b);
    for (unsigned char c : b) {
      // 248 = 8 × 31: rejection keeps every symbol equally likely.
      if (c < 248 && code.size() < length) code += kAlphabet[c % 31];
    }
  }
  return code;
}

std::string NormalizeCode(std::string_view typed) {
  std::string out;
  for (char c : typed) {
    if (c == ' ' || c == '-' || c == '\t') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (std::string_view(kAlphabet).find(c) == std::string_view::npos || c == '\0') return "";
    out += c;
    if (out.size() > 32) return "";
  }
  return out;
}

std::string RandomHex16() {
  unsigned char b[16];
  RandomBytes(b, sizeof b);
  std::string hex;
  char buf[3];
  for (unsigned char c : b) {
    std::snprintf(buf, sizeof buf, "%02x", c);
    hex += buf;
  }
  return hex;
}

}  // namespace core::abuse
