// portal.fcgi: the public pages of every site. Handlers and the helpers they share
// inside this module.
#ifndef EDUPORTAL_PORTAL_PORTAL_H_
#define EDUPORTAL_PORTAL_PORTAL_H_

#include <cstdint>
#include <string>

#include "core/db.h"
#include "core/server.h"

namespace portal {

using core::Context;
using core::Dict;
using core::Request;
using core::Response;
using core::Result;

Result<Response> HandleHome(const Request& request, Context& context);
Result<Response> HandleNews(const Request& request, Context& context);
Result<Response> HandleCategory(const Request& request, Context& context);
Result<Response> HandleArticle(const Request& request, Context& context);
Result<Response> HandleViewPixel(const Request& request, Context& context);
Result<Response> HandleIntroIndex(const Request& request, Context& context);
Result<Response> HandleIntroPage(const Request& request, Context& context);
Result<Response> HandleDirectory(const Request& request, Context& context);
Result<Response> HandleUnits(const Request& request, Context& context);

// The shared layout of every portal page: site header, menu, footer.
void FillLayout(Dict& layout, const Request& request, Context& context);
// Fills the layout and sets the page title; returns the dictionary of the page's own
// template `content`, included as {{>CONTENT}}. Values set afterwards override.
Dict* StartPage(Dict& layout, const Request& request, Context& context, std::string_view title,
                std::string_view content);
// Renders a page begun with StartPage.
Result<Response> RenderPage(const Dict& layout);

// Spaces become no-break spaces ("0235 3822 111" stays on one line).
std::string NoBreakSpaces(std::string_view text);

// Fills one article card from a row of the card columns (see news.cc).
void FillArticleCard(Dict* item, const core::Row& row, const Context& context);

// View counts: counted in memory, flushed to the database in batches by Flush (the
// module's tick), so a page view costs no database write.
void CountView(uint32_t article_id);
void FlushViews(core::Db& db, const core::Config& config);

}  // namespace portal

#endif  // EDUPORTAL_PORTAL_PORTAL_H_
