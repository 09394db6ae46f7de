// Input fields declared once, as data, each with a validator (kcgi's way): core validates
// before the handler runs, so handlers see only typed, valid values; undeclared fields
// never reach them.
#ifndef EDUPORTAL_CORE_FIELDS_H_
#define EDUPORTAL_CORE_FIELDS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>

#include "core/http.h"

namespace core {

// A whole number in [min, max], digits only.
struct Uint {
  uint64_t min = 0;
  uint64_t max = UINT32_MAX;
};
// UTF-8 text, NFC-normalised and trimmed, of [min, max] characters (code points).
struct Text {
  size_t min = 0;
  size_t max = 1000;
};
// Lower-case ASCII letters, digits and '-', as Slugify makes them.
struct Slug {
  size_t max = 100;
};
// A keyset cursor: "<epoch seconds>-<id>" (see keyset.h).
struct Cursor {};
// An ISO week: "2026-W47".
struct IsoWeek {};
// One of a fixed list of values.
struct OneOf {
  std::span<const std::string_view> values;
};

using Validator = std::variant<Uint, Text, Slug, Cursor, IsoWeek, OneOf>;

struct FieldSpec {
  std::string_view name;
  Validator validator;
  std::string_view label = "";  // Vietnamese, for messages: "Nội dung"
  bool required = false;
};

// Checks one value. Returns the normalised value or Invalid with a Vietnamese message
// that names the label.
Result<std::string> ValidateValue(const FieldSpec& spec, std::string_view value);

// Validates the declared fields found in `params` into request->fields, failures into
// request->invalid (and what was typed into request->entered). A required field that is
// absent or empty is invalid. The first value of a repeated name is used. Undeclared
// names are dropped.
void ValidateFields(std::span<const FieldSpec> specs, const Params& params, Request* request);

}  // namespace core

#endif  // EDUPORTAL_CORE_FIELDS_H_
