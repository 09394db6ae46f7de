// portalctl index / reindex: the one Xapian writer (SPEC A17, ARCHITECTURE "Search").
#ifndef EDUPORTAL_PORTALCTL_SEARCH_H_
#define EDUPORTAL_PORTALCTL_SEARCH_H_

#include <string>

#include "core/config.h"
#include "core/db.h"

namespace portalctl {

// <data_dir>/xapian/main
std::string IndexPath(const core::Config& config);

// Applies the search_queue rows after the last id recorded in the index's metadata:
// each item is (re)indexed when it is public (a published article, an introduction
// page) and removed otherwise; one commit per batch records the new last id. With
// `follow`, polls every second until SIGTERM/SIGINT; without, exits after one pass.
// Returns the exit status.
int Index(core::Db& db, const core::Config& config, bool follow);

// Builds a fresh index of every public item beside the live one and swaps it in,
// printing progress (items/s). The queue position is taken before the build, so the
// indexer re-applies what changed meanwhile.
int Reindex(core::Db& db, const core::Config& config);

}  // namespace portalctl

#endif  // EDUPORTAL_PORTALCTL_SEARCH_H_
