// The text of untrusted files (uploaded PDF, DOCX, DOC, XLSX) for the search index
// (issue 6 item 5). Every parser runs in a forked child under setrlimit (CPU seconds,
// address space, file size) and a wall-clock timeout, its output read through a pipe and
// capped: a malformed or hostile file costs at most those limits and yields an error,
// never a crash or a hang of the indexer.
//   PDF   pdftotext (poppler-utils); a PDF without a text layer (a signed scan) is OCR'd
//         by Ocr(): pdftoppm renders the first pages, tesseract -l vie reads them.
//   DOCX  libzip + libxml2 (word/document.xml), zip bombs refused by the declared and the
//         actual uncompressed sizes.
//   XLSX  libzip + libxml2 (xl/sharedStrings.xml).
//   DOC   antiword.
// The format is taken from the bytes, never from a name or a claimed type.
#ifndef EDUPORTAL_CORE_TEXTEXTRACT_H_
#define EDUPORTAL_CORE_TEXTEXTRACT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace core::textextract {

struct Limits {
  int cpu_seconds = 20;                    // RLIMIT_CPU of a child
  size_t address_space = 1024u << 20;      // RLIMIT_AS of a child
  size_t file_size = 64u << 20;            // RLIMIT_FSIZE (OCR page images)
  int wall_ms = 30000;                     // the whole extraction, children killed after
  size_t max_text = 2u << 20;              // bytes of text kept
  size_t max_entry = 32u << 20;            // uncompressed bytes of one zip entry
  int ocr_pages = 5;                       // pages of a scan rendered and OCR'd
  int ocr_dpi = 200;
};

enum class Format { kUnknown, kPdf, kDocx, kXlsx, kDoc };

// The format of a file from its first bytes (a zip is told apart by its entries).
Format Detect(const std::string& path);

// The text of the file at `path`, UTF-8, whitespace runs collapsed, at most
// limits.max_text bytes. Invalid when the format is not one of the above or the file is
// malformed; Unavailable when a limit stopped the parser (time, memory).
Result<std::string> Extract(const std::string& path, const Limits& limits = {});

// Whether a PDF's extracted text is too thin to be its text layer (a scan).
bool NeedsOcr(std::string_view pdf_text);

// The text of the first limits.ocr_pages pages of a PDF read by tesseract with its
// Vietnamese data. Bounded in pages and time like Extract.
Result<std::string> Ocr(const std::string& pdf_path, const Limits& limits = {});

// Runs `argv` (argv[0] searched in PATH) in a limited child and returns its stdout, at
// most limits.max_text bytes. Exposed for the tests of the limits.
Result<std::string> RunTool(const std::vector<std::string>& argv, const Limits& limits);

}  // namespace core::textextract

#endif  // EDUPORTAL_CORE_TEXTEXTRACT_H_
