// Template loading and expansion: every template loaded once at start (a broken one
// stops the start), then expanded by each thread from its own cache (see ThreadCache).
#include "core/render.h"

#include <ctemplate/template_cache.h>

#include <filesystem>
#include <memory>

namespace core {
namespace {

// Set once by InitTemplates, before the worker threads start.
std::string g_root;
bool g_reload = false;

// The cache a thread expands with. ctemplate takes its cache's write lock and the
// template's own refcount lock twice for every expansion and every included template
// (a list page includes a card per article), so sixteen threads queued on them. Each
// thread has its own cache and parses the templates it uses on first use (the default
// cache, loaded at start, has already checked that they all parse); only where
// templates reload when changed (demo mode) does everyone use the default cache.
ctemplate::TemplateCache* ThreadCache() {
  if (g_reload) return ctemplate::mutable_default_template_cache();
  thread_local std::unique_ptr<ctemplate::TemplateCache> cache;
  if (!cache) {
    cache = std::make_unique<ctemplate::TemplateCache>();
    cache->SetTemplateRootDirectory(g_root);
  }
  return cache.get();
}

}  // namespace

Status InitTemplates(const std::string& templates_dir, bool reload_on_change) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(templates_dir, ec)) {
    return Status::Internal("templates folder missing: " + templates_dir);
  }
  std::string root = templates_dir;
  if (root.back() != '/') root += '/';
  ctemplate::mutable_default_template_cache()->SetTemplateRootDirectory(root);
  g_root = root;
  g_reload = reload_on_change;
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
  if (!ThreadCache()->ExpandWithData(std::string(name), ctemplate::STRIP_WHITESPACE, &dict, nullptr, &out)) {
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
