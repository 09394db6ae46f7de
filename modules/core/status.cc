// Status to text for logs and tests.
#include "core/status.h"

namespace core {

std::string Status::ToString() const {
  const char* name = "OK";
  switch (code()) {
    case Code::kOk: return "OK";
    case Code::kNotFound: name = "NOT_FOUND"; break;
    case Code::kInvalid: name = "INVALID"; break;
    case Code::kForbidden: name = "FORBIDDEN"; break;
    case Code::kConflict: name = "CONFLICT"; break;
    case Code::kUnavailable: name = "UNAVAILABLE"; break;
    case Code::kInternal: name = "INTERNAL"; break;
  }
  std::string out = name;
  if (!detail().empty()) out += ": " + detail();
  return out;
}

}  // namespace core
