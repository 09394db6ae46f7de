// The public layout (templates/layout/page.tpl) as modules other than portal.fcgi fill
// it: site header, the default menu, footer. portal.fcgi fills it with the site's own
// menu from its cached site data; search.fcgi and feedback.fcgi use this one.
#ifndef EDUPORTAL_CORE_PUBLIC_LAYOUT_H_
#define EDUPORTAL_CORE_PUBLIC_LAYOUT_H_

#include "core/render.h"
#include "core/server.h"

namespace core {

// Fills the layout of a public page of `context.site`; values the included page
// templates need (PREFIX, SITE_NAME, SITE_SHORT_NAME) are template-global. Runs no
// statement, so error pages can use it when the database is down.
void FillPublicLayout(Dict& layout, const Request& request, Context& context);

}  // namespace core

#endif  // EDUPORTAL_CORE_PUBLIC_LAYOUT_H_
