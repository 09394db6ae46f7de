#include "core/textextract.h"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zip.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>

#include "core/vntext.h"

namespace core::textextract {
namespace {

using Clock = std::chrono::steady_clock;

// Exit codes of a child that parses in-process.
constexpr int kExitMalformed = 3;
constexpr int kExitTooBig = 4;
constexpr int kExitExecFailed = 127;

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer reserves terabytes of shadow address space: an address-space limit
// would fail every allocation of an instrumented child (unit tests only).
constexpr bool kLimitAddressSpace = false;
#else
constexpr bool kLimitAddressSpace = true;
#endif

void SetLimit(int resource, rlim_t value) {
  struct rlimit rl = {value, value};
  setrlimit(resource, &rl);
}

// Runs `body` in a forked child with the limits, its stdout captured (at most
// limits.max_text bytes, the rest ignored), killed at `deadline`.
Result<std::string> RunChild(const std::function<int()>& body, const Limits& limits, Clock::time_point deadline) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return Status::Internal(std::string("pipe: ") + std::strerror(errno));
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return Status::Internal(std::string("fork: ") + std::strerror(errno));
  }
  if (pid == 0) {
    setpgid(0, 0);
    SetLimit(RLIMIT_CPU, static_cast<rlim_t>(limits.cpu_seconds));
    if (kLimitAddressSpace) SetLimit(RLIMIT_AS, static_cast<rlim_t>(limits.address_space));
    SetLimit(RLIMIT_FSIZE, static_cast<rlim_t>(limits.file_size));
    SetLimit(RLIMIT_CORE, 0);
    int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
      dup2(null, 0);
      dup2(null, 2);
    }
    dup2(fds[1], 1);
    _exit(body());
  }
  close(fds[1]);
  std::string out;
  bool timed_out = false;
  char buf[65536];
  while (true) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) {
      timed_out = true;
      break;
    }
    struct pollfd p = {fds[0], POLLIN, 0};
    int r = poll(&p, 1, static_cast<int>(std::min<long long>(left, 1000)));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) continue;
    ssize_t n = read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    if (out.size() < limits.max_text) out.append(buf, std::min(static_cast<size_t>(n), limits.max_text - out.size()));
  }
  close(fds[0]);
  if (timed_out) kill(-pid, SIGKILL), kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!timed_out) kill(-pid, SIGKILL);  // a grandchild left behind
  if (timed_out) return Status::Unavailable("text extraction: timed out");
  if (WIFSIGNALED(status)) {
    return Status::Unavailable("text extraction: killed by signal " + std::to_string(WTERMSIG(status)));
  }
  int code = WEXITSTATUS(status);
  if (code == kExitTooBig) return Status::Invalid("Tệp quá lớn khi giải nén.", "zip entry over the limit");
  if (code == kExitExecFailed) return Status::Internal("text extraction: the tool could not be run");
  if (code != 0) return Status::Invalid("Tệp hỏng hoặc không đọc được.", "exit " + std::to_string(code));
  return out;
}

int ExecBody(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  setenv("OMP_THREAD_LIMIT", "1", 1);
  execvp(args[0], args.data());
  return kExitExecFailed;
}

// Text of the XML of an OOXML part: <…:t> runs, a space for tabs and breaks, a line per
// paragraph (<w:p>) or shared string (<si>).
void XmlText(xmlNode* node, std::string& out) {
  for (xmlNode* n = node; n; n = n->next) {
    if (n->type == XML_ELEMENT_NODE) {
      const char* name = reinterpret_cast<const char*>(n->name);
      if (std::strcmp(name, "t") == 0) {
        xmlChar* text = xmlNodeGetContent(n);
        if (text) {
          out += reinterpret_cast<const char*>(text);
          xmlFree(text);
        }
        continue;
      }
      if (std::strcmp(name, "tab") == 0 || std::strcmp(name, "br") == 0 || std::strcmp(name, "cr") == 0) out += ' ';
      XmlText(n->children, out);
      if (std::strcmp(name, "p") == 0 || std::strcmp(name, "si") == 0) out += '\n';
    }
  }
}

// In the child: one part of an OOXML zip, its text written to stdout.
int OoxmlBody(const std::string& path, const char* part, const Limits& limits) {
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!zip) return kExitMalformed;
  if (zip_get_num_entries(zip, 0) > 20000) return kExitTooBig;
  zip_int64_t index = zip_name_locate(zip, part, 0);
  if (index < 0) return kExitMalformed;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(zip, static_cast<zip_uint64_t>(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
    return kExitMalformed;
  }
  if (st.size > limits.max_entry) return kExitTooBig;  // declared size
  zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0);
  if (!file) return kExitMalformed;
  std::string xml;
  char buf[65536];
  while (true) {
    zip_int64_t n = zip_fread(file, buf, sizeof buf);
    if (n < 0) return kExitMalformed;
    if (n == 0) break;
    xml.append(buf, static_cast<size_t>(n));
    if (xml.size() > limits.max_entry) return kExitTooBig;  // actual size, whatever was declared
  }
  zip_fclose(file);
  if (xml.size() != st.size) return kExitMalformed;
  zip_close(zip);
  // No entity substitution, no network, no DTD loading: only the element tree.
  xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), part, nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT);
  if (!doc) return kExitMalformed;
  std::string text;
  XmlText(xmlDocGetRootElement(doc), text);
  xmlFreeDoc(doc);
  size_t written = 0;
  while (written < text.size()) {
    ssize_t n = write(1, text.data() + written, text.size() - written);
    if (n <= 0) break;
    written += static_cast<size_t>(n);
  }
  return 0;
}

// Valid UTF-8 kept (other bytes become spaces), control characters and whitespace runs
// become one space, NFC.
std::string Clean(std::string_view raw, size_t max) {
  std::string out;
  out.reserve(std::min(raw.size(), max));
  bool space = true;
  for (size_t i = 0; i < raw.size() && out.size() < max;) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    size_t len = c < 0x80 ? 1 : c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
    bool ok = len > 0 && i + len <= raw.size();
    for (size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(raw[i + k]) & 0xc0) == 0x80;
    if (ok && len > 1 && vntext::IsValidUtf8(raw.substr(i, len))) {
      // U+00A0 and U+FEFF are spaces here.
      std::string_view ch = raw.substr(i, len);
      if (ch == "\xc2\xa0" || ch == "\xef\xbb\xbf" || ch == "\xe2\x80\x8b") {
        if (!space) out += ' ';
        space = true;
      } else {
        out.append(ch);
        space = false;
      }
      i += len;
      continue;
    }
    if (!ok || len > 1 || c < 0x20 || c == 0x7f || c == ' ') {
      if (!space) out += ' ';
      space = true;
    } else {
      out += static_cast<char>(c);
      space = false;
    }
    i += ok ? len : 1;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  // Cut at max may have split nothing (whole characters only); NFC for the indexer.
  return vntext::IsValidUtf8(out) ? vntext::Nfc(out) : out;
}

bool Contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

Format Detect(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Format::kUnknown;
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return Format::kUnknown;
  }
  std::string head(1024, '\0');
  ssize_t n = pread(fd, head.data(), head.size(), 0);
  head.resize(n > 0 ? static_cast<size_t>(n) : 0);
  Format format = Format::kUnknown;
  if (Contains(head, "%PDF-")) {
    format = Format::kPdf;
  } else if (head.rfind("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0) == 0) {
    format = Format::kDoc;
  } else if (head.rfind("PK\x03\x04", 0) == 0) {
    // The entry names are plain text in the central directory at the end (and in the
    // local headers): look for the part that tells the kind, without parsing the zip.
    constexpr off_t kTail = 256 * 1024;
    off_t from = st.st_size > kTail ? st.st_size - kTail : 0;
    std::string tail(static_cast<size_t>(st.st_size - from), '\0');
    ssize_t m = pread(fd, tail.data(), tail.size(), from);
    tail.resize(m > 0 ? static_cast<size_t>(m) : 0);
    if (Contains(tail, "word/document.xml")) format = Format::kDocx;
    else if (Contains(tail, "xl/sharedStrings.xml") || Contains(tail, "xl/workbook.xml")) format = Format::kXlsx;
  }
  close(fd);
  return format;
}

Result<std::string> RunTool(const std::vector<std::string>& argv, const Limits& limits) {
  return RunChild([&] { return ExecBody(argv); }, limits, Clock::now() + std::chrono::milliseconds(limits.wall_ms));
}

Result<std::string> Extract(const std::string& path, const Limits& limits) {
  auto deadline = Clock::now() + std::chrono::milliseconds(limits.wall_ms);
  Result<std::string> raw = Status::Invalid("Định dạng tệp không được hỗ trợ để lấy nội dung.", "unknown format");
  switch (Detect(path)) {
    case Format::kPdf:
      raw = RunChild([&] { return ExecBody({"pdftotext", "-q", "-enc", "UTF-8", "-l", "500", path, "-"}); },
                     limits, deadline);
      break;
    case Format::kDocx:
      raw = RunChild([&] { return OoxmlBody(path, "word/document.xml", limits); }, limits, deadline);
      break;
    case Format::kXlsx: {
      raw = RunChild([&] { return OoxmlBody(path, "xl/sharedStrings.xml", limits); }, limits, deadline);
      break;
    }
    case Format::kDoc:
      raw = RunChild([&] { return ExecBody({"antiword", "-m", "UTF-8.txt", "-w", "0", path}); }, limits, deadline);
      break;
    case Format::kUnknown:
      break;
  }
  if (!raw.ok()) return raw.status();
  return Clean(*raw, limits.max_text);
}

bool NeedsOcr(std::string_view pdf_text) {
  size_t letters = 0;
  for (unsigned char c : pdf_text) {
    if (c >= 0x80 || std::isalnum(c)) ++letters;
  }
  return letters < 40;
}

Result<std::string> Ocr(const std::string& pdf_path, const Limits& limits) {
  auto deadline = Clock::now() + std::chrono::milliseconds(limits.wall_ms);
  const char* tmp = std::getenv("TMPDIR");
  std::string dir_template = std::string(tmp && *tmp ? tmp : "/tmp") + "/eduportal-ocr-XXXXXX";
  if (!mkdtemp(dir_template.data())) return Status::Internal(std::string("mkdtemp: ") + std::strerror(errno));
  std::string dir = dir_template;
  struct Cleanup {
    std::string dir;
    ~Cleanup() {
      std::error_code ec;
      std::filesystem::remove_all(dir, ec);
    }
  } cleanup{dir};
  Result<std::string> rendered = RunChild(
      [&] {
        return ExecBody({"pdftoppm", "-q", "-r", std::to_string(limits.ocr_dpi), "-gray", "-png", "-f", "1", "-l",
                         std::to_string(limits.ocr_pages), pdf_path, dir + "/p"});
      },
      limits, deadline);
  if (!rendered.ok()) return rendered.status();
  std::vector<std::string> images;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) images.push_back(entry.path().string());
  std::sort(images.begin(), images.end());
  if (images.empty()) return Status::Invalid("Tệp PDF không có trang nào đọc được.", "no page rendered");
  std::string text;
  for (const std::string& image : images) {
    Result<std::string> page =
        RunChild([&] { return ExecBody({"tesseract", image, "stdout", "-l", "vie", "--psm", "3"}); }, limits, deadline);
    if (!page.ok()) {
      if (text.empty()) return page.status();
      break;  // out of time: what was read so far
    }
    text += *page;
    text += '\n';
    if (text.size() >= limits.max_text) break;
  }
  return Clean(text, limits.max_text);
}

}  // namespace core::textextract
