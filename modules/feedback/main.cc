// feedback.fcgi: the route table and the public layout of its pages.
#include "core/public_layout.h"
#include "core/workdays.h"
#include "feedback/feedback.h"

namespace feedback {
namespace {

using core::Method;
using core::Route;

constexpr Route kRoutes[] = {
    {Method::kGet, "/gop-y", HandleForm, {}},
    {Method::kPost, "/gop-y", HandleSubmit, kFormFields},
    {Method::kGet, "/gop-y/tra-cuu", HandleTrackForm, {}},
    {Method::kPost, "/gop-y/tra-cuu", HandleTrack, kTrackFields},
    {Method::kGet, "/gop-y/tep/:token", HandleAnswerFile, {}},
    {Method::kGet, "/hoi-dap", HandleQaList, kQaListFields},
    {Method::kGet, "/hoi-dap/:id_slug", HandleQaItem, {}},
    {Method::kGet, "/tra-cuu-diem", HandleExamForm, {}},
    {Method::kPost, "/tra-cuu-diem", HandleExamLookup, kExamFields},
};

}  // namespace

Dict* StartPage(Dict& layout, const Request& request, Context& context, std::string_view title,
                std::string_view content, bool noindex) {
  core::FillPublicLayout(layout, request, context);
  layout.SetValue("PAGE_TITLE", std::string(title));
  if (noindex) layout.ShowSection("NOINDEX");
  return core::SetContent(layout, content);
}

Result<Response> RenderPage(const Dict& layout, int status, bool no_store) {
  Result<std::string> html = core::Render("layout/page.tpl", layout);
  if (!html.ok()) return html.status();
  Response r = Response::Html(std::move(html).value(), status);
  if (no_store) r.Header("Cache-Control", "no-store");
  return r;
}

std::string ClientAddress(const Request& request) { return request.remote_addr.substr(0, 64); }

std::string ParseVnDate(std::string_view text) {
  int d = 0, m = 0, y = 0;
  std::string s(text);
  char sep = s.find('/') != std::string::npos ? '/' : s.find('-') != std::string::npos ? '-' : '.';
  std::string parts[3];
  int n = 0;
  for (char c : s) {
    if (c == sep) {
      if (++n > 2) return "";
    } else if (c >= '0' && c <= '9') {
      parts[n] += c;
    } else {
      return "";
    }
  }
  if (n != 2) return "";
  auto num = [](const std::string& p) { return p.empty() || p.size() > 4 ? -1 : std::stoi(p); };
  if (parts[0].size() == 4) {  // 2012-05-31
    y = num(parts[0]); m = num(parts[1]); d = num(parts[2]);
  } else {
    d = num(parts[0]); m = num(parts[1]); y = num(parts[2]);
  }
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return core::workdays::Parse(buf) ? buf : "";
}

}  // namespace feedback

int main(int argc, char** argv) {
  core::Module module;
  module.name = "feedback";
  module.routes = feedback::kRoutes;
  module.fill_layout = core::FillPublicLayout;
  // A 10 MB attachment with the form's text, in multipart.
  module.max_body = 11 << 20;
  return core::RunModule(module, argc, argv);
}
