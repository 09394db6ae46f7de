// The audit log (SPEC C30): every sign-in and every change, who, when, from where, what.
#ifndef EDUPORTAL_CORE_AUDIT_H_
#define EDUPORTAL_CORE_AUDIT_H_

#include <cstdint>
#include <string_view>

#include "core/server.h"

namespace core {

// One entry. Zero user, site or object ids are stored as NULL ("nobody", the whole
// installation, no object); `address` is empty for the command line.
struct AuditEntry {
  uint32_t user_id = 0;
  uint32_t site_id = 0;
  std::string_view address;
  std::string_view action;       // "signin.ok", "article.approve"…
  std::string_view object_type;  // "user", "article"…
  uint64_t object_id = 0;
  std::string_view detail;
};

// Writes one entry. REQUIRES: inside the transaction of the change it records, when
// there is one.
Status Audit(Db& db, const AuditEntry& entry);

// The same for a request: its signed-in user (if any), site and address.
Status Audit(Context& context, const Request& request, std::string_view action,
             std::string_view object_type, uint64_t object_id, std::string_view detail);

}  // namespace core

#endif  // EDUPORTAL_CORE_AUDIT_H_
