// Sniffing uploads with libmagic and storing them.
#include "core/upload.h"

#include <fcntl.h>
#include <magic.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>

#include "core/password.h"
#include "core/vntext.h"

namespace core::upload {
namespace {

namespace fs = std::filesystem;

struct Known {
  std::string_view mime, extension, label;
};
constexpr Known kKnown[] = {
    {"image/jpeg", "jpg", "JPEG"},
    {"image/png", "png", "PNG"},
    {"image/gif", "gif", "GIF"},
    {"image/webp", "webp", "WebP"},
    {"application/pdf", "pdf", "PDF"},
    {"application/msword", "doc", "DOC"},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "DOCX"},
    {"application/vnd.ms-excel", "xls", "XLS"},
    {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "XLSX"},
    {"application/vnd.oasis.opendocument.text", "odt", "ODT"},
    {"application/vnd.oasis.opendocument.spreadsheet", "ods", "ODS"},
    {"video/mp4", "mp4", "MP4"},
};

const Known* Find(std::string_view mime) {
  for (const Known& k : kKnown) {
    if (k.mime == mime) return &k;
  }
  return nullptr;
}

constexpr std::string_view kImageList[] = {"image/jpeg", "image/png", "image/gif", "image/webp"};
constexpr std::string_view kDocumentList[] = {
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
};
constexpr std::string_view kFeedbackList[] = {
    "application/pdf", "image/jpeg", "image/png",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"};

// One libmagic handle per thread: a handle is not safe to share.
class Magic {
 public:
  Magic() : cookie_(magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR)) {
    if (cookie_ && magic_load(cookie_, nullptr) != 0) {
      magic_close(cookie_);
      cookie_ = nullptr;
    }
  }
  ~Magic() {
    if (cookie_) magic_close(cookie_);
  }
  Magic(const Magic&) = delete;
  Magic& operator=(const Magic&) = delete;
  magic_t get() const { return cookie_; }

 private:
  magic_t cookie_;
};

}  // namespace

const std::span<const std::string_view> kImages(kImageList);
const std::span<const std::string_view> kDocuments(kDocumentList);
const std::span<const std::string_view> kFeedback(kFeedbackList);

std::string Describe(std::span<const std::string_view> allowed) {
  std::string out;
  for (std::string_view mime : allowed) {
    const Known* k = Find(mime);
    if (!k) continue;
    if (!out.empty()) out += ", ";
    out += k->label;
  }
  return out;
}

Result<Type> Sniff(std::string_view data, std::span<const std::string_view> allowed) {
  if (data.empty()) return Status::Invalid("Tệp gửi lên trống.", "empty upload");
  thread_local Magic magic;
  if (!magic.get()) return Status::Internal("libmagic: cannot load the magic database");
  const char* found = magic_buffer(magic.get(), data.data(), data.size());
  std::string mime = found ? found : "";
  for (std::string_view a : allowed) {
    if (a == mime) {
      const Known* k = Find(mime);
      if (!k) break;
      return Type{mime, std::string(k->extension)};
    }
  }
  return Status::Invalid("Tệp không đúng định dạng cho phép (chỉ nhận " + Describe(allowed) + ").",
                         "sniffed type not allowed: " + (mime.empty() ? std::string("unknown") : mime));
}

Result<std::string> RandomPath(std::string_view extension) {
  Result<std::string> random = password::RandomHex(16);
  if (!random.ok()) return random.status();
  vntext::LocalTime now = vntext::ToLocal(std::time(nullptr));
  std::string path;
  path.reserve(48);
  path += std::to_string(now.year);
  path += now.month < 10 ? "/0" : "/";
  path += std::to_string(now.month);
  path += "/" + *random + "." + std::string(extension);
  return path;
}

Result<Saved> Save(const std::string& dir, std::string_view data, const Type& type) {
  Result<std::string> path = RandomPath(type.extension);
  if (!path.ok()) return path.status();
  Saved saved;
  saved.path = std::move(path).value();
  saved.sha256 = password::Sha256Hex(data);
  saved.size = data.size();

  fs::path dest = fs::path(dir) / saved.path;
  std::error_code ec;
  fs::create_directories(dest.parent_path(), ec);
  if (ec) return Status::Internal("mkdir " + dest.parent_path().string() + ": " + ec.message());
  std::string temp = dest.string() + ".part";
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
  if (fd < 0) return Status::Internal("open " + temp + ": " + std::strerror(errno));
  size_t written = 0;
  while (written < data.size()) {
    ssize_t n = ::write(fd, data.data() + written, data.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int err = errno;
      ::close(fd);
      ::unlink(temp.c_str());
      return Status::Internal("write " + temp + ": " + std::strerror(err));
    }
    written += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    ::unlink(temp.c_str());
    return Status::Internal("close " + temp + ": " + std::strerror(errno));
  }
  if (::rename(temp.c_str(), dest.c_str()) != 0) {
    int err = errno;
    ::unlink(temp.c_str());
    return Status::Internal("rename " + temp + ": " + std::strerror(err));
  }
  return saved;
}

void Remove(const std::string& dir, std::string_view path) {
  if (path.empty() || path.find("..") != std::string_view::npos) return;
  std::error_code ec;
  fs::remove(fs::path(dir) / path, ec);
}

std::string ContentDisposition(std::string_view download_name, bool inline_view) {
  std::string ascii;
  for (char c : download_name) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7f && c != '"' && c != '\\' && c != ';') ascii += c;
    else if (u < 0x80) ascii += '_';
  }
  if (ascii.empty() || ascii.find_first_not_of("._ ") == std::string::npos) ascii = "tep";
  std::string out = inline_view ? "inline" : "attachment";
  out += "; filename=\"" + ascii + "\"; filename*=UTF-8''" + UrlEncode(download_name);
  return out;
}

Response SendPrivate(std::string_view path, std::string_view mime, std::string_view download_name,
                     bool inline_view) {
  Response r;
  r.content_type = std::string(mime);
  if (path.empty() || path.find("..") != std::string_view::npos || path.front() == '/') {
    r.status = 404;
    r.content_type = "text/plain; charset=utf-8";
    r.body = "Không tìm thấy tệp.";
    return r;
  }
  r.Header("X-Accel-Redirect", "/_private/" + std::string(path));
  r.Header("Content-Disposition", ContentDisposition(download_name, inline_view));
  r.Header("Cache-Control", "private, no-store");
  return r;
}

}  // namespace core::upload
