// Password hashing with scrypt through OpenSSL, a fresh random salt per hash.
// Stored form: "scrypt$<N>$<r>$<p>$<salt hex>$<hash hex>".
#ifndef EDUPORTAL_CORE_PASSWORD_H_
#define EDUPORTAL_CORE_PASSWORD_H_

#include <string>
#include <string_view>

#include "core/status.h"

namespace core::password {

// The password of every demo account; refused for real accounts outside demo mode.
inline constexpr char kDemoPassword[] = "eduportal-demo";

// Internal when the random source or scrypt fails.
Result<std::string> Hash(std::string_view password);
// False for a wrong password and for a stored form that does not parse.
bool Verify(std::string_view password, std::string_view stored);

// `count` random bytes as lower-case hex.
Result<std::string> RandomHex(size_t count);

// Lower-case hex SHA-256 of `data`: how tokens and visitor ids are kept (never in clear).
std::string Sha256Hex(std::string_view data);

}  // namespace core::password

#endif  // EDUPORTAL_CORE_PASSWORD_H_
