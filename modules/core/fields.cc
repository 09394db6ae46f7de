// Field validators.
#include "core/fields.h"

#include <charconv>

#include "core/keyset.h"
#include "core/vntext.h"

namespace core {
namespace {

std::string Named(const FieldSpec& spec) {
  return spec.label.empty() ? std::string("Giá trị") : std::string(spec.label);
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string_view TrimWhite(std::string_view s) {
  auto white = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && white(s.front())) s.remove_prefix(1);
  while (!s.empty() && white(s.back())) s.remove_suffix(1);
  return s;
}

struct Checker {
  const FieldSpec& spec;
  std::string_view value;

  Result<std::string> operator()(const Uint& v) const {
    uint64_t n = 0;
    if (value.empty() || value.size() > 20) return Bad(" phải là một số.");
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size()) return Bad(" phải là một số.");
    if (n < v.min || n > v.max) {
      return Bad(" phải nằm trong khoảng " + std::to_string(v.min) + " đến " +
                 std::to_string(v.max) + ".");
    }
    return std::to_string(n);
  }
  Result<std::string> operator()(const Text& v) const {
    Result<std::string> clean = vntext::CleanText(value);
    if (!clean.ok()) return Bad(": " + clean.status().user_message());
    std::string trimmed(TrimWhite(*clean));
    size_t n = CodePoints(trimmed);
    if (n < v.min) {
      return v.min == 1 ? Bad(" không được để trống.")
                        : Bad(" phải có ít nhất " + std::to_string(v.min) + " ký tự.");
    }
    if (n > v.max) return Bad(" không được dài quá " + std::to_string(v.max) + " ký tự.");
    return trimmed;
  }
  Result<std::string> operator()(const Slug& v) const {
    if (value.empty() || value.size() > v.max) return Bad(" không hợp lệ.");
    for (char c : value) {
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return Bad(" chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.");
      }
    }
    return std::string(value);
  }
  Result<std::string> operator()(const Cursor&) const {
    if (!ParseCursor(value)) return Bad(" không hợp lệ.");
    return std::string(value);
  }
  Result<std::string> operator()(const IsoWeek&) const {
    if (!ParseIsoWeek(value)) return Bad(" phải có dạng năm-Wtuần, ví dụ 2026-W47.");
    return std::string(value);
  }
  Result<std::string> operator()(const OneOf& v) const {
    for (std::string_view allowed : v.values) {
      if (allowed == value) return std::string(value);
    }
    return Bad(" không nằm trong danh sách cho phép.");
  }

  Status Bad(const std::string& tail) const {
    return Status::Invalid(Named(spec) + tail, std::string(spec.name));
  }
};

}  // namespace

Result<std::string> ValidateValue(const FieldSpec& spec, std::string_view value) {
  return std::visit(Checker{spec, value}, spec.validator);
}

void ValidateFields(std::span<const FieldSpec> specs, const Params& params, Request* request) {
  for (const FieldSpec& spec : specs) {
    const std::string* raw = nullptr;
    for (const auto& [name, value] : params) {
      if (name == spec.name) {
        raw = &value;
        break;
      }
    }
    std::string key(spec.name);
    if (raw == nullptr || TrimWhite(*raw).empty()) {
      if (spec.required) {
        request->invalid[key] = Named(spec) + " không được để trống.";
        request->entered[key] = raw ? *raw : std::string();
      } else if (raw != nullptr && std::holds_alternative<Text>(spec.validator)) {
        request->fields[key] = std::string();
      }
      continue;
    }
    Result<std::string> checked = ValidateValue(spec, *raw);
    if (checked.ok()) {
      request->fields[key] = std::move(checked).value();
    } else {
      request->invalid[key] = checked.status().user_message();
      // Keep what was typed so the form can show it again; only valid UTF-8 is echoed.
      request->entered[key] = vntext::IsValidUtf8(*raw) ? *raw : std::string();
    }
  }
}

}  // namespace core
