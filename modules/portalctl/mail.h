// portalctl mail: the one sender of the mail outbox (core/outbox.h).
#ifndef EDUPORTAL_PORTALCTL_MAIL_H_
#define EDUPORTAL_PORTALCTL_MAIL_H_

#include "core/config.h"
#include "core/db.h"

namespace portalctl {

// Hands every due row of mail_outbox to the [mail] sendmail command (one process per
// message, the message on its standard input, 30 s at most) and marks it sent; a failure
// waits 1, 2, 4 … 64 minutes before the next try and gives up after 8 tries. With
// `follow`, polls every 2 seconds until SIGTERM/SIGINT. Returns the exit status.
int Mail(core::Db& db, const core::Config& config, bool follow);

}  // namespace portalctl

#endif  // EDUPORTAL_PORTALCTL_MAIL_H_
