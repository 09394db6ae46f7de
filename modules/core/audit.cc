// Audit entries.
#include "core/audit.h"

namespace core {

Status Audit(Db& db, const AuditEntry& e) {
  auto id_or_null = [](uint64_t id) {
    return id ? std::optional<long long>(static_cast<long long>(id)) : std::optional<long long>();
  };
  Result<ExecResult> r = db.Execute(
      "INSERT INTO audit_log (user_id, site_id, address, action, object_type, object_id, detail) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)",
      {id_or_null(e.user_id), id_or_null(e.site_id), e.address, e.action, e.object_type,
       id_or_null(e.object_id), e.detail});
  return r.ok() ? Status() : r.status();
}

Status Audit(Context& context, const Request& request, std::string_view action,
             std::string_view object_type, uint64_t object_id, std::string_view detail) {
  return Audit(context.db, AuditEntry{context.user ? context.user->user_id : 0, context.site.id,
                                      request.remote_addr, action, object_type, object_id, detail});
}

}  // namespace core
