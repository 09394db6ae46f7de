// The demo's pictures: drawn as SVG in db/demo/images/, turned into JPEG photos with
// thumbnails through libvips when the demo loads, and attached to articles and albums
// as the manifests there say.
#ifndef EDUPORTAL_PORTALCTL_DEMO_MEDIA_H_
#define EDUPORTAL_PORTALCTL_DEMO_MEDIA_H_

#include "core/config.h"
#include "core/db.h"
#include "core/status.h"

namespace portalctl {

// Imports <demo_dir>/images/ as described by images.tsv (file, alt text), then:
// covers.tsv (a folded keyword of a title, or "*", → file) gives articles their covers,
// albums.tsv (album slug → files) fills albums, videos.tsv (video slug → poster file).
// REQUIRES: the demo SQL is loaded.
core::Status ImportDemoMedia(core::Db& db, const core::Config& config);

}  // namespace portalctl

#endif  // EDUPORTAL_PORTALCTL_DEMO_MEDIA_H_
