// The audit log (SPEC C30): every sign-in and every change, who, when, from where, what.
#ifndef EDUPORTAL_CORE_AUDIT_H_
#define EDUPORTAL_CORE_AUDIT_H_

#include <cstdint>
#include <string_view>

#include "core/server.h"

namespace core {

// Writes one entry for the request in `context` (its user, site and address).
// REQUIRES: inside the transaction of the change it records, when there is one.
Status Audit(Context& context, const Request& request, std::string_view action,
             std::string_view object_type, uint64_t object_id, std::string_view detail);

}  // namespace core

#endif  // EDUPORTAL_CORE_AUDIT_H_
