// TOTP (RFC 6238 over RFC 4226) with OpenSSL's HMAC, QR codes as SVG with libqrencode,
// and recovery codes kept as scrypt hashes.
#include "core/totp.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <qrencode.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <memory>
#include <set>

#include "core/http.h"
#include "core/password.h"

namespace core::totp {
namespace {

constexpr char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr size_t kSecretBytes = 20;     // RFC 4226 R6 recommends 160 bits
constexpr size_t kMinSecretBytes = 16;  // and requires at least 128
constexpr size_t kDigits = 6;
constexpr uint32_t kModulus = 1000000;  // 10^kDigits
constexpr std::time_t kStepSeconds = 30;
constexpr int kQuietZone = 4;  // ISO/IEC 18004: four modules of light margin
constexpr char kQrLabel[] = "Mã QR để thêm tài khoản vào ứng dụng xác thực";
// Recovery codes: digits and upper-case letters without 0 O 1 I L.
constexpr char kRecoveryAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
constexpr size_t kRecoveryAlphabetSize = sizeof kRecoveryAlphabet - 1;  // 31
constexpr size_t kRecoveryChars = 10;

Status BadCode() { return Status::Invalid("Mã xác thực không đúng hoặc đã hết hạn."); }

// The secret's bytes, or Invalid when it is not a usable secret.
Result<std::string> SecretBytes(std::string_view base32_secret) {
  Result<std::string> key = Base32Decode(base32_secret);
  if (!key.ok()) {
    return Status::Invalid("Khóa bí mật của ứng dụng xác thực không hợp lệ.",
                           "TOTP secret: " + key.status().detail());
  }
  if (key->size() < kMinSecretBytes) {
    return Status::Invalid("Khóa bí mật của ứng dụng xác thực không hợp lệ.",
                           "TOTP secret shorter than 128 bits");
  }
  return key;
}

// RFC 4226 section 5.3: HMAC-SHA1 of the big-endian counter, dynamic truncation, mod 10^6.
Result<std::string> Hotp(const std::string& key, uint64_t counter) {
  unsigned char message[8];
  for (int i = 7; i >= 0; --i) {
    message[i] = static_cast<unsigned char>(counter & 0xff);
    counter >>= 8;
  }
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int mac_len = 0;
  if (HMAC(EVP_sha1(), key.data(), static_cast<int>(key.size()), message, sizeof message, mac,
           &mac_len) == nullptr ||
      mac_len != 20) {
    return Status::Internal("HMAC-SHA1 failed");
  }
  unsigned offset = mac[19] & 0x0f;
  uint32_t binary = (static_cast<uint32_t>(mac[offset] & 0x7f) << 24) |
                    (static_cast<uint32_t>(mac[offset + 1]) << 16) |
                    (static_cast<uint32_t>(mac[offset + 2]) << 8) | mac[offset + 3];
  uint32_t value = binary % kModulus;
  std::string code(kDigits, '0');
  for (size_t i = kDigits; i-- > 0;) {
    code[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  return code;
}

using QrCodePtr = std::unique_ptr<QRcode, decltype(&QRcode_free)>;

}  // namespace

std::string Base32Encode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() * 8 + 4) / 5);
  uint32_t buffer = 0;
  int bits = 0;
  for (unsigned char c : bytes) {
    buffer = (buffer << 8) | c;
    bits += 8;
    while (bits >= 5) {
      out += kBase32[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += kBase32[(buffer << (5 - bits)) & 31];
  return out;
}

Result<std::string> Base32Decode(std::string_view text) {
  size_t padding = 0;
  while (!text.empty() && text.back() == '=') {
    text.remove_suffix(1);
    ++padding;
  }
  if (text.empty()) return Status::Invalid("Chuỗi Base32 trống.", "empty Base32");
  if (padding > 0 && (text.size() + padding) % 8 != 0) {
    return Status::Invalid("Chuỗi Base32 không hợp lệ.", "Base32 padding does not fill a block");
  }
  // 8 characters carry 5 bytes; a final group of 1, 3 or 6 characters ends no byte.
  switch (text.size() % 8) {
    case 1:
    case 3:
    case 6:
      return Status::Invalid("Chuỗi Base32 không hợp lệ.",
                             "Base32 length " + std::to_string(text.size()));
  }
  std::string out;
  out.reserve(text.size() * 5 / 8);
  uint32_t buffer = 0;
  int bits = 0;
  for (char ch : text) {
    unsigned value;
    if (ch >= 'A' && ch <= 'Z') {
      value = ch - 'A';
    } else if (ch >= 'a' && ch <= 'z') {
      value = ch - 'a';
    } else if (ch >= '2' && ch <= '7') {
      value = ch - '2' + 26;
    } else {
      return Status::Invalid("Chuỗi Base32 không hợp lệ.", "not a Base32 character");
    }
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      out += static_cast<char>((buffer >> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  // The unused low bits of the last character must be zero, so each byte string has
  // exactly one encoding (RFC 4648 section 3.5).
  if ((buffer & ((1u << bits) - 1)) != 0) {
    return Status::Invalid("Chuỗi Base32 không hợp lệ.", "non-zero Base32 pad bits");
  }
  return out;
}

Result<std::string> NewSecret() {
  unsigned char bytes[kSecretBytes];
  if (RAND_bytes(bytes, sizeof bytes) != 1) return Status::Internal("RAND_bytes failed");
  return Base32Encode(std::string_view(reinterpret_cast<const char*>(bytes), sizeof bytes));
}

Result<std::string> Code(std::string_view base32_secret, uint64_t counter) {
  Result<std::string> key = SecretBytes(base32_secret);
  if (!key.ok()) return key.status();
  return Hotp(*key, counter);
}

Result<uint64_t> Verify(std::string_view base32_secret, std::string_view typed, std::time_t now,
                        uint64_t last_used_counter) {
  std::string digits;
  for (char c : typed) {
    if (c == ' ' || c == '\t') continue;
    if (c < '0' || c > '9' || digits.size() == kDigits) {
      return Status::Invalid("Mã xác thực gồm 6 chữ số.", "malformed TOTP code");
    }
    digits += c;
  }
  if (digits.size() != kDigits) {
    return Status::Invalid("Mã xác thực gồm 6 chữ số.", "malformed TOTP code");
  }
  if (now < 0) return Status::Internal("TOTP check before 1970");
  Result<std::string> key = SecretBytes(base32_secret);
  if (!key.ok()) return key.status();

  // RFC 6238 section 5.2: one step back and one ahead for clock drift. Every candidate is
  // computed and compared, so the time taken does not tell which one matched.
  const uint64_t step = static_cast<uint64_t>(now / kStepSeconds);
  uint64_t accepted = 0;
  bool matched = false, replayed = false;
  for (uint64_t counter = step == 0 ? 0 : step - 1; counter <= step + 1; ++counter) {
    Result<std::string> expected = Hotp(*key, counter);
    if (!expected.ok()) return expected.status();
    if (CRYPTO_memcmp(expected->data(), digits.data(), kDigits) != 0) continue;
    if (counter <= last_used_counter) {
      replayed = true;
    } else {
      matched = true;
      accepted = counter;  // the newest match, should two steps share a code
    }
  }
  if (matched) return accepted;
  if (replayed) {
    return Status::Invalid("Mã xác thực này đã được dùng. Vui lòng chờ mã mới trên ứng dụng.",
                           "TOTP code replayed");
  }
  return BadCode();
}

std::string ProvisioningUri(std::string_view issuer, std::string_view account,
                            std::string_view base32_secret) {
  std::string encoded_issuer = UrlEncode(issuer);
  return "otpauth://totp/" + encoded_issuer + ":" + UrlEncode(account) +
         "?secret=" + UrlEncode(base32_secret) + "&issuer=" + encoded_issuer +
         "&algorithm=SHA1&digits=6&period=30";
}

Result<std::string> QrSvg(std::string_view text) {
  if (text.size() > INT_MAX) return Status::Internal("QR text too long");
  errno = 0;
  QrCodePtr qr(
      QRcode_encodeData(static_cast<int>(text.size()),
                        reinterpret_cast<const unsigned char*>(text.data()), 0, QR_ECLEVEL_M),
      &QRcode_free);
  if (qr == nullptr) {
    return Status::Internal("QRcode_encodeData failed for " + std::to_string(text.size()) +
                            " bytes: " + std::strerror(errno));
  }
  const int width = qr->width;
  const std::string size = std::to_string(width + 2 * kQuietZone);
  // One subpath per horizontal run of dark modules: "M<x> <y>h<run>v1h-<run>z".
  std::string d;
  for (int y = 0; y < width; ++y) {
    const unsigned char* row = qr->data + static_cast<size_t>(y) * width;
    for (int x = 0; x < width;) {
      if ((row[x] & 1) == 0) {
        ++x;
        continue;
      }
      int run = 1;
      while (x + run < width && (row[x + run] & 1)) ++run;
      const std::string length = std::to_string(run);
      d += "M" + std::to_string(x + kQuietZone) + " " + std::to_string(y + kQuietZone) + "h" +
           length + "v1h-" + length + "z";
      x += run;
    }
  }
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size +
         "\" role=\"img\" aria-label=\"" + kQrLabel +
         "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size +
         "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + d + "\"/></svg>";
}

Result<std::vector<std::string>> NewRecoveryCodes(size_t n) {
  std::set<std::string> seen;
  std::vector<std::string> codes;
  codes.reserve(n);
  unsigned char random[64];
  size_t used = sizeof random;
  while (codes.size() < n) {
    std::string code;
    while (code.size() < kRecoveryChars + 1) {
      if (code.size() == 5) {
        code += '-';
        continue;
      }
      if (used == sizeof random) {
        if (RAND_bytes(random, sizeof random) != 1) return Status::Internal("RAND_bytes failed");
        used = 0;
      }
      unsigned char byte = random[used++];
      // Rejection sampling: 248 = 8 × 31, so every character is equally likely.
      if (byte >= 256 - 256 % kRecoveryAlphabetSize) continue;
      code += kRecoveryAlphabet[byte % kRecoveryAlphabetSize];
    }
    if (seen.insert(code).second) codes.push_back(std::move(code));
  }
  return codes;
}

Result<std::string> NormalizeRecoveryCode(std::string_view typed) {
  std::string code;
  for (char c : typed) {
    if (c == ' ' || c == '\t' || c == '-') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (code.size() == kRecoveryChars ||
        std::memchr(kRecoveryAlphabet, c, kRecoveryAlphabetSize) == nullptr) {
      return Status::Invalid("Mã khôi phục gồm 10 ký tự, dạng XXXXX-XXXXX.",
                             "malformed recovery code");
    }
    code += c;
  }
  if (code.size() != kRecoveryChars) {
    return Status::Invalid("Mã khôi phục gồm 10 ký tự, dạng XXXXX-XXXXX.",
                           "malformed recovery code");
  }
  code.insert(5, 1, '-');
  return code;
}

Result<size_t> MatchRecoveryCode(std::string_view typed,
                                 const std::vector<std::string>& stored_hashes) {
  Result<std::string> code = NormalizeRecoveryCode(typed);
  if (!code.ok()) return code.status();
  for (size_t i = 0; i < stored_hashes.size(); ++i) {
    if (password::Verify(*code, stored_hashes[i])) return i;
  }
  return Status::Invalid("Mã khôi phục không đúng hoặc đã được dùng.", "unknown recovery code");
}

}  // namespace core::totp
