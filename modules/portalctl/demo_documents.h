// The demo's document files: PDFs rendered when the demo loads (Pango and cairo, fonts
// from Debian), from the rows of db/demo/221_documents.sql and 222_drafts_procedures.sql,
// so nothing is downloaded and the repository carries no binary documents.
#ifndef EDUPORTAL_PORTALCTL_DEMO_DOCUMENTS_H_
#define EDUPORTAL_PORTALCTL_DEMO_DOCUMENTS_H_

#include "core/config.h"
#include "core/db.h"
#include "core/status.h"

namespace portalctl {

// Fills slugs of documents, drafts and procedures, then renders every file row whose
// path starts with van-ban/demo/, du-thao/demo/ or thu-tuc/demo/ into the private
// folder (a path with "-scan" becomes an image-only PDF, as a scanner makes: no text
// layer) and records its size and SHA-256. REQUIRES: the demo SQL is loaded.
core::Status ImportDemoDocuments(core::Db& db, const core::Config& config);

}  // namespace portalctl

#endif  // EDUPORTAL_PORTALCTL_DEMO_DOCUMENTS_H_
