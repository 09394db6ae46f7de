// portalctl feeds: a site's subscriptions to its superior office's RSS 2.0 or Atom feed,
// and the fetch that files their new items as articles (seed 000 Điều 3 khoản 7).
#ifndef EDUPORTAL_PORTALCTL_FEEDS_H_
#define EDUPORTAL_PORTALCTL_FEEDS_H_

#include <map>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/db.h"

namespace portalctl {

// `portalctl feeds SUBCOMMAND`, where words[0] is the subcommand and options the
// "--name value" pairs:
//   add --site SLUG --url URL --category SLUG [--publish] [--name TÊN]
//       subscribes a site; items go to the category, as drafts or, with --publish,
//       published at once;
//   list
//       every subscription with the outcome of its last fetch;
//   fetch [--id N]
//       fetches every active subscription (or only subscription N) and files its new
//       items, one transaction per subscription; a feed that fails (HTTP error, not
//       XML, larger than 5 MB, ...) is reported and skipped with nothing saved.
// Prints a Vietnamese summary. Returns the exit status: 0, 1 when something failed
// (for fetch: any subscription), 2 on a usage error.
int Feeds(core::Db& db, const core::Config& config, const std::vector<std::string>& words,
          const std::multimap<std::string, std::string>& options);

}  // namespace portalctl

#endif  // EDUPORTAL_PORTALCTL_FEEDS_H_
