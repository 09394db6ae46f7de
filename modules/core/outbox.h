// The mail outbox: requests queue mail in the transaction of the change it reports, and
// one sender (`portalctl mail --follow`) delivers it through the sendmail command, so a
// slow or absent mail server never slows or fails a request.
#ifndef EDUPORTAL_CORE_OUTBOX_H_
#define EDUPORTAL_CORE_OUTBOX_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "core/db.h"
#include "core/status.h"

namespace core::outbox {

struct Mail {
  uint32_t site_id = 0;
  std::string to;       // one address
  std::string subject;  // one line; line breaks become spaces
  std::string body;     // plain text, UTF-8
  std::string kind;     // "feedback-answer", "dispatch-reminder"... (ASCII)
};

// A plausible single address: local@domain, no spaces, quotes, angle brackets or line
// breaks, at most 254 bytes.
bool IsAddress(std::string_view address);

// Queues `mail`; Invalid when the address is not one (nothing queued).
Status Enqueue(Db& db, const Mail& mail);

// The whole RFC 5322 message for the sendmail command: From, To, a UTF-8 Subject
// (RFC 2047), Date, Message-ID, MIME headers, then the body in 8-bit UTF-8 with CRLF
// line ends left to the command (LF).
std::string Compose(std::string_view from, const Mail& mail, int64_t created_epoch, uint64_t id);

}  // namespace core::outbox

#endif  // EDUPORTAL_CORE_OUTBOX_H_
