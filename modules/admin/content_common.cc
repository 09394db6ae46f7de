// Helpers shared by the editors of public content (content.h): who may edit, forms that
// keep what was typed, and uploads that disappear again when their transaction fails.
#include <charconv>
#include <filesystem>
#include <fstream>

#include "admin/content.h"
#include "core/audit.h"
#include "core/fields.h"
#include "core/image.h"
#include "core/upload.h"

namespace admin::content {
namespace {

namespace fs = std::filesystem;
using core::Status;

// Seed 001 Điều 5–9: the secretary prepares what the portal shows; the board above them.
constexpr std::string_view kEditorRoles[] = {"thu-ky", "uy-vien", "pho-ban", "truong-ban", "quan-tri"};
constexpr std::string_view kPhotoList[] = {"image/jpeg", "image/png", "image/webp"};
constexpr std::string_view kVideoList[] = {"video/mp4"};

std::string Megabytes(size_t bytes) { return std::to_string(bytes / (1024 * 1024)) + " MB"; }

// The upload as a temporary file in the private folder (never served), with the
// extension of its sniffed type: StoreImage and StoreFile read from a path.
Result<std::string> WriteTemp(const std::string& dir, std::string_view data, std::string_view extension) {
  std::error_code ec;
  fs::path tmp_dir = fs::path(dir) / "tmp";
  fs::create_directories(tmp_dir, ec);
  if (ec) return Status::Internal("mkdir " + tmp_dir.string() + ": " + ec.message());
  Result<std::string> name = core::upload::RandomPath(extension);
  if (!name.ok()) return name.status();
  fs::path path = tmp_dir / fs::path(*name).filename();
  std::ofstream out(path, std::ios::binary);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  out.close();
  if (!out) return Status::Internal("write " + path.string());
  return path.string();
}

}  // namespace

const std::span<const std::string_view> kPhotoTypes(kPhotoList);

bool MayEdit(const Context& context) {
  if (!context.user) return false;
  if (context.user->IsSystemAdmin()) return true;
  for (std::string_view r : kEditorRoles) {
    if (context.user->Has(context.site.id, r)) return true;
  }
  return false;
}

Status RequireEditor(Context& context, const Request& request) {
  if (MayEdit(context)) return Status();
  if (request.method == core::Method::kPost) {
    Status audit = core::Audit(context, request, "content.denied", "", 0, request.full_path.substr(0, 200));
    if (!audit.ok()) return audit;
  }
  return Status::Forbidden("Chỉ Thư ký tòa soạn, Ban biên tập của đơn vị và quản trị hệ thống được sửa nội dung này.");
}

std::string Typed(const Request& request, std::string_view name) {
  if (const std::string* v = request.Field(name)) return *v;
  auto it = request.entered.find(name);
  return it == request.entered.end() ? std::string() : it->second;
}

void ShowFieldErrors(Dict* page, const Request& request) {
  for (const auto& [field, text] : request.invalid) {
    page->SetValueAndShowSection("ERROR_" + field, text, "HAS_ERROR_" + field);
    page->AddSectionDictionary("INVALID_ITEM")->SetValue("TEXT", text);
  }
  if (!request.invalid.empty()) page->ShowSection("HAS_INVALID");
}

Result<Response> Render(const Dict& layout, int status) {
  Result<Response> r = RenderPage(layout);
  if (r.ok()) r->status = status;
  return r;
}

uint32_t PathId(const Request& request, size_t index) {
  if (request.path_args.size() <= index) return 0;
  const std::string& text = request.path_args[index];
  uint32_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty() || text[0] == '0') return 0;
  return id;
}

std::optional<std::string> FormValue(const Request& request, std::string_view name, core::Validator validator,
                                     std::string_view label, std::string* error) {
  for (const auto& [k, v] : request.form_params) {
    if (k != name) continue;
    core::FieldSpec spec{name, validator, label, false};
    Result<std::string> checked = core::ValidateValue(spec, v);
    if (checked.ok()) return std::move(checked).value();
    if (error) *error = checked.status().user_message();
    return std::nullopt;
  }
  return std::nullopt;
}

Uploads::~Uploads() {
  if (keep_) return;
  std::error_code ec;
  for (const std::string& path : written_) {
    fs::remove(fs::path(dir_) / path, ec);
    std::string stem = path.substr(0, path.rfind('.'));
    for (int w : core::image::kThumbWidths) fs::remove(fs::path(dir_) / (stem + "-" + std::to_string(w) + ".jpg"), ec);
  }
}

Result<core::media::Stored> Uploads::Image(Context& context, const core::UploadedFile& file, std::string_view alt,
                                           std::span<const std::string_view> allowed, size_t max_bytes) {
  if (file.data.size() > max_bytes) {
    return Status::Invalid("Ảnh \"" + file.filename.substr(0, 100) + "\" lớn hơn " + Megabytes(max_bytes) + ".");
  }
  Result<core::upload::Type> type = core::upload::Sniff(file.data, allowed);
  if (!type.ok()) return Status::Invalid("Tệp \"" + file.filename.substr(0, 100) + "\": " + type.status().user_message());
  Result<std::string> tmp = WriteTemp(context.config.private_dir(), file.data, type->extension);
  if (!tmp.ok()) return tmp.status();
  Result<core::media::Stored> stored =
      core::media::StoreImage(context.db, dir_, context.site.id, *tmp, file.filename.substr(0, 255), alt);
  std::error_code ec;
  fs::remove(*tmp, ec);
  if (!stored.ok()) {
    if (stored.status().code() == Status::Code::kInvalid) {
      return Status::Invalid("Tệp \"" + file.filename.substr(0, 100) + "\" không phải là ảnh đọc được.");
    }
    return stored.status();
  }
  written_.push_back(stored->path);
  return stored;
}

Result<core::media::Stored> Uploads::Video(Context& context, const core::UploadedFile& file, size_t max_bytes) {
  if (file.data.size() > max_bytes) {
    return Status::Invalid("Tệp video lớn hơn " + Megabytes(max_bytes) + ".");
  }
  Result<core::upload::Type> type = core::upload::Sniff(file.data, kVideoList);
  if (!type.ok()) return Status::Invalid("Tệp video: " + type.status().user_message());
  Result<std::string> tmp = WriteTemp(context.config.private_dir(), file.data, type->extension);
  if (!tmp.ok()) return tmp.status();
  Result<core::media::Stored> stored = core::media::StoreFile(context.db, dir_, context.site.id, *tmp,
                                                              file.filename.substr(0, 255), "video", type->mime,
                                                              type->extension);
  std::error_code ec;
  fs::remove(*tmp, ec);
  if (!stored.ok()) return stored.status();
  written_.push_back(stored->path);
  return stored;
}

}  // namespace admin::content
