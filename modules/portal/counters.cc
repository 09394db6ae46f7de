// Visit and view counters (SPEC A1, A4): counted in memory and flushed to the database in
// batches by the module's tick, so a page view costs no database write. Pages carry a
// 1×1 image that is never cached, so counts stay right behind nginx's micro-cache.
#include <unistd.h>

#include <chrono>
#include <functional>
#include <mutex>
#include <unordered_map>

#include "core/vntext.h"
#include "portal/portal.h"

namespace portal {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kOnlineWindow = std::chrono::minutes(5);
constexpr size_t kMaxTracked = 100000;  // bounds memory under a flood of made-up visitors

struct Counters {
  std::mutex mu;
  std::unordered_map<uint32_t, uint32_t> views;   // article → views since the last flush
  std::unordered_map<uint32_t, uint32_t> visits;  // site → visits since the last flush
  // site → visitor key → last seen; a key is a hash of address and browser, never stored.
  std::unordered_map<uint32_t, std::unordered_map<size_t, Clock::time_point>> online;
  size_t online_size = 0;
};

Counters& Get() {
  static Counters counters;
  return counters;
}

// A 1×1 transparent GIF.
constexpr unsigned char kPixel[] = {0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80,
                                    0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0x21, 0xf9, 0x04,
                                    0x01, 0x00, 0x00, 0x00, 0x00, 0x2c, 0x00, 0x00, 0x00, 0x00, 0x01,
                                    0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b};

Response Pixel() {
  Response r;
  r.content_type = "image/gif";
  r.body.assign(reinterpret_cast<const char*>(kPixel), sizeof kPixel);
  r.Header("Cache-Control", "no-store");
  return r;
}

void CountVisit(uint32_t site_id, const Request& request) {
  size_t key = std::hash<std::string>{}(request.remote_addr + '\n' + request.user_agent);
  Counters& c = Get();
  std::lock_guard<std::mutex> lock(c.mu);
  ++c.visits[site_id];
  auto& seen = c.online[site_id];
  auto it = seen.find(key);
  if (it != seen.end()) {
    it->second = Clock::now();
  } else if (c.online_size < kMaxTracked) {
    seen.emplace(key, Clock::now());
    ++c.online_size;
  }
}

std::string HostName() {
  char name[64] = {0};
  if (gethostname(name, sizeof name - 1) != 0) return "localhost";
  return name;
}

}  // namespace

void CountView(uint32_t article_id) {
  Counters& c = Get();
  std::lock_guard<std::mutex> lock(c.mu);
  if (c.views.size() >= kMaxTracked && !c.views.count(article_id)) return;
  ++c.views[article_id];
}

Result<Response> HandleVisitPixel(const Request& request, Context& context) {
  CountVisit(context.site.id, request);
  return Pixel();
}

Result<Response> HandleViewPixel(const Request& request, Context& context) {
  uint32_t id = ParseLeadingId(request.path_args.at(0));
  if (id == 0 || request.path_args[0].find('-') != std::string::npos) return core::Status::NotFound();
  CountView(id);
  CountVisit(context.site.id, request);
  return Pixel();
}

void FlushCounters(core::Db& db, const core::Config&) {
  std::unordered_map<uint32_t, uint32_t> views, visits, online;
  {
    Counters& c = Get();
    std::lock_guard<std::mutex> lock(c.mu);
    views.swap(c.views);
    visits.swap(c.visits);
    auto cutoff = Clock::now() - kOnlineWindow;
    c.online_size = 0;
    for (auto site = c.online.begin(); site != c.online.end();) {
      std::erase_if(site->second, [&](const auto& kv) { return kv.second < cutoff; });
      c.online_size += site->second.size();
      online[site->first] = static_cast<uint32_t>(site->second.size());
      site = site->second.empty() ? c.online.erase(site) : std::next(site);
    }
  }
  // Sites whose last visitor left get a zero row, so the sum falls.
  static std::unordered_map<uint32_t, bool> reported;
  for (auto& [site, was] : reported) {
    if (!online.count(site) && was) online[site] = 0;
  }
  if (views.empty() && visits.empty() && online.empty()) return;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return;
  for (const auto& [id, count] : views) {
    (void)db.Execute("UPDATE articles SET view_count = view_count + ? WHERE id = ? AND status = 'published'",
                     {count, id});
  }
  core::vntext::LocalTime today = core::vntext::ToLocal(std::time(nullptr));
  char day[16];
  std::snprintf(day, sizeof day, "%04d-%02d-%02d", today.year, today.month % 100, today.day % 100);
  for (const auto& [site, count] : visits) {
    (void)db.Execute("INSERT INTO site_visits (site_id, day, visits) VALUES (?, ?, ?) "
                     "ON DUPLICATE KEY UPDATE visits = visits + VALUES(visits)", {site, day, count});
    (void)db.Execute("UPDATE sites SET visit_total = visit_total + ? WHERE id = ?", {count, site});
  }
  std::string host = HostName();
  for (const auto& [site, count] : online) {
    (void)db.Execute("REPLACE INTO site_online (site_id, host, visitors, updated_at) VALUES (?, ?, ?, UTC_TIMESTAMP())",
                     {site, host, count});
    reported[site] = count > 0;
  }
  (void)(*tx)->Commit();
}

}  // namespace portal
