#include "portalctl/search.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <set>
#include <thread>
#include <utility>

#include "core/search_index.h"

namespace portalctl {
namespace {

using core::Result;
using core::Status;
namespace search = core::search;

std::atomic<bool> g_stop{false};
void OnSignal(int) { g_stop = true; }

int Fail(const Status& s) {
  std::fprintf(stderr, "portalctl: %s\n  (%s)\n", s.user_message().c_str(), s.ToString().c_str());
  return 1;
}

constexpr char kArticleSql[] =
    "SELECT id, site_id, title, slug, summary, body, published_at FROM articles "
    "WHERE id = ? AND status = 'published' AND published_at IS NOT NULL";
constexpr char kPageSql[] = "SELECT id, site_id, title, slug, '', body, updated_at FROM pages WHERE id = ?";
constexpr char kAllArticlesSql[] =
    "SELECT id, site_id, title, slug, summary, body, published_at FROM articles "
    "WHERE status = 'published' AND published_at IS NOT NULL AND id > ? ORDER BY id LIMIT 500";
// Library resources (SPEC A12): only approved public ones are searchable; internal ones
// (noi-bo) never enter the index.
constexpr char kResourceSql[] =
    "SELECT id, site_id, title, slug, CONCAT(summary, ' ', subject, ' ', grade, ' ', author_name), '', approved_at "
    "FROM resources WHERE id = ? AND status = 'approved' AND visibility = 'cong-khai'";
constexpr char kAllResourcesSql[] =
    "SELECT id, site_id, title, slug, CONCAT(summary, ' ', subject, ' ', grade, ' ', author_name), '', approved_at "
    "FROM resources WHERE status = 'approved' AND visibility = 'cong-khai' AND id > ? ORDER BY id LIMIT 500";
constexpr char kAllPagesSql[] =
    "SELECT id, site_id, title, slug, '', body, updated_at FROM pages WHERE id > ? ORDER BY id LIMIT 500";
// Published questions and answers (hỏi đáp, feedback.fcgi): the edited public question,
// never the sender's own text or identity.
constexpr char kQaSql[] =
    "SELECT id, site_id, public_title, slug, public_question, answer_html, published_at FROM feedback "
    "WHERE id = ? AND status = 'published'";
constexpr char kAllQaSql[] =
    "SELECT id, site_id, public_title, slug, public_question, answer_html, published_at FROM feedback "
    "WHERE status = 'published' AND id > ? ORDER BY id LIMIT 500";
// Rows after the last applied one, with their age. Ids are taken before commit, so a gap
// may be a transaction still in flight: rows after a young gap are applied (items are
// re-read, so applying twice is harmless) but the recorded last id stays before the gap
// until it is filled or old enough to be a rollback.
constexpr char kQueueSql[] =
    "SELECT id, kind, item_id, TIMESTAMPDIFF(SECOND, queued_at, UTC_TIMESTAMP()) FROM search_queue "
    "WHERE id > ? ORDER BY id LIMIT ?";
constexpr char kMaxQueueSql[] = "SELECT COALESCE(MAX(id), 0) FROM search_queue";
constexpr int kGapWaitSeconds = 10;
constexpr long long kBatch = 1000;

search::Item ItemOf(const core::Row& r, const std::string& kind) {
  search::Item item;
  item.kind = kind;
  item.id = static_cast<uint64_t>(r.Int(0));
  item.site_id = static_cast<uint32_t>(r.Int(1));
  item.title = r.Str(2);
  item.path = kind == "article"    ? "/bai-viet/" + r.Str(0) + "-" + r.Str(3)
              : kind == "resource" ? "/thu-vien/" + r.Str(0) + "-" + r.Str(3)
                                   : "/gioi-thieu/" + r.Str(3);
  if (kind == "qa") item.path = "/hoi-dap/" + r.Str(0) + "-" + r.Str(3);
  item.date = r.Time(6);
  std::string summary = r.Str(4);
  item.text = summary.empty() ? search::HtmlToText(r.Str(5)) : summary + " " + search::HtmlToText(r.Str(5));
  return item;
}

struct Pass {
  size_t applied = 0;  // queue rows read and applied
  bool full = false;   // a whole batch: more may be waiting
};

// One pass over the queue, one commit.
Result<Pass> ApplyQueue(core::Db& db, Xapian::WritableDatabase& index) {
  uint64_t last = search::LastQueueId(index);
  Result<core::Rows> rows = db.Query(kQueueSql, {static_cast<long long>(last), kBatch});
  if (!rows.ok()) return rows.status();
  std::set<std::pair<std::string, uint64_t>> done;
  Pass pass;
  pass.full = static_cast<long long>(rows->size()) == kBatch;
  uint64_t safe = last;  // the recorded position: no young gap at or before it
  bool gap = false;
  for (const core::Row& r : *rows) {
    uint64_t id = static_cast<uint64_t>(r.Int(0));
    if (!gap && id != safe + 1 && safe != 0 && r.Int(3) < kGapWaitSeconds) gap = true;
    if (!gap) safe = id;
    std::string kind = r.Str(1);
    uint64_t item_id = static_cast<uint64_t>(r.Int(2));
    // Kinds this indexer does not know (documents, procedures) are skipped, never indexed
    // as pages; `portalctl reindex` of a newer indexer takes them in.
    bool known = kind == "article" || kind == "page" || kind == "resource" || kind == "qa";
    if (known && done.insert({kind, item_id}).second) {
      Result<core::Rows> item = db.Query(kind == "article"    ? kArticleSql
                                         : kind == "resource" ? kResourceSql
                                         : kind == "qa"       ? kQaSql
                                                              : kPageSql,
                                         {static_cast<long long>(item_id)});
      if (!item.ok()) return item.status();
      if (item->empty()) search::RemoveItem(index, kind, item_id);
      else search::IndexItem(index, ItemOf(item->front(), kind));
    }
    ++pass.applied;
  }
  if (pass.applied > 0) {
    search::SetLastQueueId(index, safe);
    index.commit();
  }
  // Behind a young gap the same rows come again: no hurry for them.
  if (gap) pass.full = false;
  return pass;
}

}  // namespace

std::string IndexPath(const core::Config& config) { return config.data_dir + "/xapian/main"; }

int Index(core::Db& db, const core::Config& config, bool follow) {
  std::signal(SIGTERM, OnSignal);
  std::signal(SIGINT, OnSignal);
  std::error_code ec;
  std::filesystem::create_directories(config.data_dir + "/xapian", ec);
  try {
    do {
      Result<Pass> applied = Status::Internal("unset");
      {
        // Opened per pass: a reindex may have swapped a new index folder in.
        Xapian::WritableDatabase index(IndexPath(config), Xapian::DB_CREATE_OR_OPEN);
        applied = ApplyQueue(db, index);
        if (applied.ok() && !follow) {
          std::printf("index: %zu thay đổi đã áp dụng, chỉ mục có %u mục\n", applied->applied,
                      index.get_doccount());
        }
      }
      if (!applied.ok()) {
        if (!follow) return Fail(applied.status());
        std::fprintf(stderr, "portalctl index: %s\n", applied.status().ToString().c_str());
      }
      if (follow && (!applied.ok() || !applied->full)) {
        for (int i = 0; i < 10 && !g_stop; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
    } while (follow && !g_stop);
  } catch (const Xapian::DatabaseLockError& e) {
    return Fail(Status::Conflict("Đã có một tiến trình khác đang ghi chỉ mục tìm kiếm.", e.get_msg()));
  } catch (const Xapian::Error& e) {
    return Fail(Status::Internal("xapian: " + e.get_description()));
  }
  return 0;
}

int Reindex(core::Db& db, const core::Config& config) {
  std::string live = IndexPath(config);
  std::string fresh = live + ".new." + std::to_string(getpid());
  std::error_code ec;
  std::filesystem::create_directories(config.data_dir + "/xapian", ec);
  std::filesystem::remove_all(fresh, ec);
  Result<core::Row> max = db.QueryRow(kMaxQueueSql);
  if (!max.ok()) return Fail(max.status());
  auto started = std::chrono::steady_clock::now();
  size_t count = 0;
  try {
    Xapian::WritableDatabase index(fresh, Xapian::DB_CREATE_OR_OVERWRITE);
    for (const char* kind : {"article", "page", "resource", "qa"}) {
      long long after = 0;
      while (true) {
        std::string_view k(kind);
        Result<core::Rows> rows =
            db.Query(k == "article"    ? kAllArticlesSql
                     : k == "resource" ? kAllResourcesSql
                     : k == "qa"       ? kAllQaSql
                                       : kAllPagesSql, {after});
        if (!rows.ok()) return Fail(rows.status());
        if (rows->empty()) break;
        for (const core::Row& r : *rows) {
          search::IndexItem(index, ItemOf(r, kind));
          after = r.Int(0);
          ++count;
        }
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        std::printf("reindex: %zu mục, %.0f mục/giây\n", count, seconds > 0 ? count / seconds : 0.0);
      }
    }
    search::SetLastQueueId(index, static_cast<uint64_t>(max->Int(0)));
    index.commit();
    index.close();
  } catch (const Xapian::Error& e) {
    std::filesystem::remove_all(fresh, ec);
    return Fail(Status::Internal("xapian: " + e.get_description()));
  }
  // Swap atomically (renameat2 RENAME_EXCHANGE): readers and the indexer see the old
  // folder or the new one, never none; they reopen by path. Then the old one goes.
  if (std::filesystem::exists(live)) {
    if (renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, live.c_str(), RENAME_EXCHANGE) != 0) {
      return Fail(Status::Internal("exchange " + fresh + " " + live + ": " + std::strerror(errno)));
    }
  } else {
    std::filesystem::rename(fresh, live, ec);
    if (ec) return Fail(Status::Internal("rename " + fresh + ": " + ec.message()));
  }
  std::filesystem::remove_all(fresh, ec);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("reindex: xong, %zu mục trong %.1f giây (%.0f mục/giây)\n", count, seconds,
              seconds > 0 ? count / seconds : 0.0);
  return 0;
}

}  // namespace portalctl
