// Template loading and expansion over ctemplate's default cache (thread-safe for
// expansion once loaded).
#include "core/render.h"

#include <filesystem>

namespace core {

Status InitTemplates(const std::string& templates_dir, bool reload_on_change) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(templates_dir, ec)) {
    return Status::Internal("templates folder missing: " + templates_dir);
  }
  std::string root = templates_dir;
  if (root.back() != '/') root += '/';
  ctemplate::mutable_default_template_cache()->SetTemplateRootDirectory(root);
  for (const auto& entry : fs::recursive_directory_iterator(templates_dir, ec)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".tpl") continue;
    std::string rel = fs::relative(entry.path(), templates_dir).string();
    if (!ctemplate::LoadTemplate(rel, ctemplate::STRIP_WHITESPACE)) {
      return Status::Internal("template does not load: " + rel);
    }
  }
  if (reload_on_change) ctemplate::mutable_default_template_cache()->ReloadAllIfChanged(
      ctemplate::TemplateCache::LAZY_RELOAD);
  return Status();
}

Result<std::string> Render(std::string_view name, const Dict& dict) {
  std::string out;
  out.reserve(16384);
  if (!ctemplate::ExpandTemplate(std::string(name), ctemplate::STRIP_WHITESPACE, &dict, &out)) {
    return Status::Internal("template expansion failed: " + std::string(name));
  }
  return out;
}

Dict* SetContent(Dict& layout, std::string_view name) {
  Dict* content = layout.AddIncludeDictionary("CONTENT");
  content->SetFilename(std::string(name));
  return content;
}

}  // namespace core
