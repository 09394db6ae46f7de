// Audit entries.
#include "core/audit.h"

namespace core {

Status Audit(Context& context, const Request& request, std::string_view action,
             std::string_view object_type, uint64_t object_id, std::string_view detail) {
  std::optional<long long> user;
  if (context.user) user = context.user->user_id;
  std::optional<long long> object;
  if (object_id) object = static_cast<long long>(object_id);
  Result<ExecResult> r = context.db.Execute(
      "INSERT INTO audit_log (user_id, site_id, address, action, object_type, object_id, detail) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)",
      {user, context.site.id, request.remote_addr, action, object_type, object, detail});
  return r.ok() ? Status() : r.status();
}

}  // namespace core
