// The optional second factor for staff sign-in: time-based one-time codes (RFC 6238,
// HOTP of RFC 4226 with HMAC-SHA1, 6 digits, 30 s), the QR code an authenticator app
// scans, and one-time recovery codes.
#ifndef EDUPORTAL_CORE_TOTP_H_
#define EDUPORTAL_CORE_TOTP_H_

#include <cstddef>
#include <cstdint>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace core::totp {

// A new random 20-byte (160-bit, RFC 4226 R6) secret as Base32 (RFC 4648, upper case,
// no padding, 32 characters) for the authenticator app. Internal when the random
// source fails.
Result<std::string> NewSecret();

// Base32 (RFC 4648 alphabet) without padding.
std::string Base32Encode(std::string_view bytes);
// The bytes of Base32 `text`. Lower case and trailing '=' padding are accepted;
// Invalid on any other character, on a length no encoding has, on non-zero unused
// bits in the last character, and on empty text.
Result<std::string> Base32Decode(std::string_view text);

// The 6-digit code (leading zeros kept) of `base32_secret` at time step `counter`:
// HMAC-SHA1 with RFC 4226 dynamic truncation. Invalid when the secret is not Base32 or
// shorter than 16 bytes (RFC 4226 R6: at least 128 bits); Internal when HMAC fails.
Result<std::string> Code(std::string_view base32_secret, uint64_t counter);

// Checks a code typed at unix time `now` against time steps of 30 s, accepting one step
// of clock drift either way. Spaces and tabs in `typed` are ignored ("123 456").
// Returns the matched counter; the caller stores it and passes it back as
// `last_used_counter` next time (0 when none was used yet), so a code is accepted once
// and never after a newer one (RFC 6238 section 5.2). Codes are compared in constant
// time. Invalid (with a Vietnamese message for the form) when `typed` is not 6 digits,
// matches no step, or matches only steps ≤ last_used_counter; and for the failures of
// Code(). Internal when `now` is before 1970 (a broken clock).
Result<uint64_t> Verify(std::string_view base32_secret, std::string_view typed, std::time_t now,
                        uint64_t last_used_counter);

// "otpauth://totp/<issuer>:<account>?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30"
// (Google Authenticator's key URI format). Issuer and account are percent-encoded as
// UTF-8, so "Phòng GD&ĐT" survives; the ':' between them stays literal.
std::string ProvisioningUri(std::string_view issuer, std::string_view account,
                            std::string_view base32_secret);

// The QR code of `text` (8-bit mode, error correction level M) as a self-contained SVG
// element: a white background, one <path> of the dark modules, a quiet zone of 4
// modules, a viewBox in modules and no width or height (the page's CSS sizes it),
// role="img" with a Vietnamese aria-label, shape-rendering="crispEdges"; no scripts and
// no external references. Safe to put inline in an HTML page or serve as image/svg+xml.
// Internal when the encoder fails (empty text, or too long for a QR code).
Result<std::string> QrSvg(std::string_view text);

// `n` recovery codes for when the phone is lost, shown to the user once, as
// "XXXXX-XXXXX": 10 characters (about 49 bits) from 23456789ABCDEFGHJKMNPQRSTUVWXYZ,
// without the look-alikes 0 O 1 I L. Distinct within one call.
// How they are kept: each as core::password::Hash(code) (scrypt, never in clear), one
// row per code; a code is used by MatchRecoveryCode and its row deleted, so each works
// once. Internal when the random source fails.
Result<std::vector<std::string>> NewRecoveryCodes(size_t n);

// The canonical "XXXXX-XXXXX" form of a typed recovery code: spaces and dashes removed,
// lower case upper-cased. Invalid when what is left is not 10 characters of the
// alphabet above (checked before any costly hash is tried).
Result<std::string> NormalizeRecoveryCode(std::string_view typed);

// The index in `stored_hashes` (from core::password::Hash) of the typed recovery code,
// trying each hash in turn: one scrypt each, ~90 ms per stored code, so the caller
// limits attempts as for passwords. Invalid when `typed` does not normalise or matches
// none of them.
Result<size_t> MatchRecoveryCode(std::string_view typed,
                                 const std::vector<std::string>& stored_hashes);

}  // namespace core::totp

#endif  // EDUPORTAL_CORE_TOTP_H_
