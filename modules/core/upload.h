// Files sent by people: their type sniffed from the bytes with libmagic (never from the
// name or the browser's claim) against an allow-list, saved under random names, and the
// private ones handed to nginx to send after a module's own permission check.
#ifndef EDUPORTAL_CORE_UPLOAD_H_
#define EDUPORTAL_CORE_UPLOAD_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/http.h"
#include "core/status.h"

namespace core::upload {

struct Type {
  std::string mime;       // "application/pdf"
  std::string extension;  // "pdf"
};

// Allow-lists of MIME types.
extern const std::span<const std::string_view> kImages;     // JPEG, PNG, GIF, WebP
extern const std::span<const std::string_view> kDocuments;  // PDF, DOC, DOCX, XLS, XLSX, ODT, ODS
extern const std::span<const std::string_view> kFeedback;   // PDF, JPEG, PNG, DOCX

// The type of `data` when libmagic names one of `allowed`; otherwise Invalid with a
// Vietnamese message listing what is accepted. Empty data is Invalid too.
Result<Type> Sniff(std::string_view data, std::span<const std::string_view> allowed);

// "PDF, DOCX, JPEG" for a message.
std::string Describe(std::span<const std::string_view> allowed);

struct Saved {
  std::string path;    // relative to the folder: "2026/11/<32 hex>.pdf"
  std::string sha256;  // lower-case hex
  uint64_t size = 0;
};

// "YYYY/MM/<32 random hex>.<extension>" (the month in Asia/Ho_Chi_Minh): where a new
// file goes, never under its own name.
Result<std::string> RandomPath(std::string_view extension);

// Writes `data` under `dir` as YYYY/MM/<random>.<extension> (folders made as needed),
// through a temporary file and a rename, so a reader never sees half a file.
Result<Saved> Save(const std::string& dir, std::string_view data, const Type& type);

// Removes a file saved by Save (a transaction that failed after saving). Best effort.
void Remove(const std::string& dir, std::string_view path);

// A response with no body that makes nginx send <private_dir>/<path> from its internal
// /_private/ location. `download_name` is what the person's browser saves it as;
// `inline_view` shows it in the browser (a PDF) instead of downloading. The caller has
// checked that the person may read it.
Response SendPrivate(std::string_view path, std::string_view mime, std::string_view download_name,
                     bool inline_view);

// `Content-Disposition` for a file name in any language (RFC 6266: an ASCII fallback and
// the UTF-8 name percent-encoded).
std::string ContentDisposition(std::string_view download_name, bool inline_view);

}  // namespace core::upload

#endif  // EDUPORTAL_CORE_UPLOAD_H_
