// scrypt password hashes (OpenSSL EVP_PBE_scrypt).
#include "core/password.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <charconv>
#include <vector>

namespace core::password {
namespace {

// 2^15 × r 8 needs 32 MiB per hash: slow enough for guessing, small enough for a 1 GB VPS.
constexpr uint64_t kN = 32768, kR = 8, kP = 1;
constexpr size_t kSaltBytes = 16, kHashBytes = 32;
constexpr uint64_t kMaxMem = 64ull * 1024 * 1024;

std::string ToHex(const unsigned char* data, size_t n) {
  static const char kHex[] = "0123456789abcdef";
  std::string out(n * 2, '0');
  for (size_t i = 0; i < n; ++i) {
    out[2 * i] = kHex[data[i] >> 4];
    out[2 * i + 1] = kHex[data[i] & 15];
  }
  return out;
}

bool FromHex(std::string_view hex, std::vector<unsigned char>* out) {
  if (hex.size() % 2) return false;
  out->resize(hex.size() / 2);
  for (size_t i = 0; i < out->size(); ++i) {
    unsigned v = 0;
    auto [end, ec] = std::from_chars(hex.data() + 2 * i, hex.data() + 2 * i + 2, v, 16);
    if (ec != std::errc() || end != hex.data() + 2 * i + 2) return false;
    (*out)[i] = static_cast<unsigned char>(v);
  }
  return true;
}

bool Scrypt(std::string_view password, const unsigned char* salt, size_t salt_len, uint64_t n,
            uint64_t r, uint64_t p, unsigned char* out, size_t out_len) {
  return EVP_PBE_scrypt(password.data(), password.size(), salt, salt_len, n, r, p, kMaxMem, out,
                        out_len) == 1;
}

}  // namespace

Result<std::string> RandomHex(size_t count) {
  std::vector<unsigned char> bytes(count);
  if (RAND_bytes(bytes.data(), static_cast<int>(count)) != 1) {
    return Status::Internal("RAND_bytes failed");
  }
  return ToHex(bytes.data(), count);
}

std::string Sha256Hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), digest, &len, EVP_sha256(), nullptr);
  return ToHex(digest, len);
}

Result<std::string> Hash(std::string_view password) {
  unsigned char salt[kSaltBytes], hash[kHashBytes];
  if (RAND_bytes(salt, sizeof salt) != 1) return Status::Internal("RAND_bytes failed");
  if (!Scrypt(password, salt, sizeof salt, kN, kR, kP, hash, sizeof hash)) {
    return Status::Internal("scrypt failed");
  }
  return "scrypt$" + std::to_string(kN) + "$" + std::to_string(kR) + "$" + std::to_string(kP) +
         "$" + ToHex(salt, sizeof salt) + "$" + ToHex(hash, sizeof hash);
}

bool Verify(std::string_view password, std::string_view stored) {
  std::vector<std::string_view> parts;
  while (true) {
    size_t d = stored.find('$');
    parts.push_back(stored.substr(0, d));
    if (d == std::string_view::npos) break;
    stored.remove_prefix(d + 1);
  }
  if (parts.size() != 6 || parts[0] != "scrypt") return false;
  uint64_t nrp[3];
  for (int i = 0; i < 3; ++i) {
    auto [end, ec] = std::from_chars(parts[1 + i].data(), parts[1 + i].data() + parts[1 + i].size(), nrp[i]);
    if (ec != std::errc() || end != parts[1 + i].data() + parts[1 + i].size()) return false;
  }
  if (nrp[0] > (1u << 20) || nrp[1] > 32 || nrp[2] > 16) return false;
  std::vector<unsigned char> salt, expected;
  if (!FromHex(parts[4], &salt) || !FromHex(parts[5], &expected) || expected.empty()) return false;
  std::vector<unsigned char> actual(expected.size());
  if (!Scrypt(password, salt.data(), salt.size(), nrp[0], nrp[1], nrp[2], actual.data(), actual.size())) {
    return false;
  }
  return CRYPTO_memcmp(actual.data(), expected.data(), actual.size()) == 0;
}

}  // namespace core::password
