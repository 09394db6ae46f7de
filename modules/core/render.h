// ctemplate rendering with HTML auto-escaping: every template starts with
// {{%AUTOESCAPE context="HTML"}} (or "XML"/"JSON"); a page is the shared layout with the
// page's own template included as {{>CONTENT}}.
#ifndef EDUPORTAL_CORE_RENDER_H_
#define EDUPORTAL_CORE_RENDER_H_

#include <ctemplate/template.h>

#include <string>
#include <string_view>

#include "core/status.h"

namespace core {

using Dict = ctemplate::TemplateDictionary;

// Sets the template root once at start and loads every template under it, so a
// broken template stops the start, not a request. REQUIRES: called before any Render.
Status InitTemplates(const std::string& templates_dir, bool reload_on_change);

// Expands `name` (relative to the root) with `dict`. Internal when the template is
// missing or broken.
Result<std::string> Render(std::string_view name, const Dict& dict);

// Sets {{>CONTENT}} of a layout dictionary to the page template `name`.
Dict* SetContent(Dict& layout, std::string_view name);

}  // namespace core

#endif  // EDUPORTAL_CORE_RENDER_H_
