#include "portalctl/search.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string_view>
#include <vector>
#include <set>
#include <thread>
#include <utility>

#include "core/search_index.h"
#include "core/textextract.h"

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
// Official documents (issue 6): public ones only (internal documents never enter the
// index), their type, number and year for the facets and the number terms; the text of
// their files is added by DocumentFiles.
#define EDUPORTAL_DOCUMENT_COLUMNS                                                                          \
  "SELECT d.id, d.site_id, d.abstract, d.slug, "                                                          \
  "CONCAT_WS(' ', t.name, d.number_symbol, i.name, d.signer_position, d.signer_name, f.name, d.body), '', " \
  "CAST(d.issued_on AS DATETIME), d.type_code, t.name, d.number_symbol, YEAR(d.issued_on) "               \
  "FROM documents d JOIN document_types t ON t.code = d.type_code "                                     \
  "JOIN document_issuers i ON i.id = d.issuer_id LEFT JOIN document_fields f ON f.code = d.field_code "
constexpr char kDocumentSql[] = EDUPORTAL_DOCUMENT_COLUMNS "WHERE d.id = ? AND d.visibility = 'cong-khai'";
constexpr char kAllDocumentsSql[] =
    EDUPORTAL_DOCUMENT_COLUMNS "WHERE d.visibility = 'cong-khai' AND d.id > ? ORDER BY d.id LIMIT 500";
#undef EDUPORTAL_DOCUMENT_COLUMNS
// The files of documents with ids in (?, ?].
constexpr char kDocumentFilesSql[] =
    "SELECT document_id, path, sha256 FROM document_files WHERE document_id > ? AND document_id <= ? "
    "ORDER BY document_id, sort_order, id";
// Administrative procedures: published ones, every part a visitor may search.
#define EDUPORTAL_PROCEDURE_COLUMNS                                                                        \
  "SELECT p.id, p.site_id, p.name, p.slug, "                                                             \
  "CONCAT_WS(' ', p.code, f.name, p.agency, p.subjects, p.steps, p.methods, p.dossier, p.time_limit, "   \
  "p.fees, p.result, p.requirements), '', p.updated_at "                                                 \
  "FROM procedures p LEFT JOIN document_fields f ON f.code = p.field_code "
constexpr char kProcedureSql[] = EDUPORTAL_PROCEDURE_COLUMNS "WHERE p.id = ? AND p.published = 1";
constexpr char kAllProceduresSql[] =
    EDUPORTAL_PROCEDURE_COLUMNS "WHERE p.published = 1 AND p.id > ? ORDER BY p.id LIMIT 500";
#undef EDUPORTAL_PROCEDURE_COLUMNS

// Rows after the last applied one, with their age. Ids are taken before commit, so a gap
// may be a transaction still in flight: rows after a young gap are applied (items are
// re-read, so applying twice is harmless) but the recorded last id stays before the gap
// until it is filled or old enough to be a rollback.
constexpr char kQueueSql[] =
    "SELECT id, kind, item_id, TIMESTAMPDIFF(SECOND, queued_at, UTC_TIMESTAMP()) FROM search_queue "
    "WHERE id > ? ORDER BY id LIMIT ?";
constexpr char kCountSql[] =
    "SELECT (SELECT COUNT(*) FROM articles WHERE status = 'published' AND published_at IS NOT NULL), "
    "(SELECT COUNT(*) FROM pages), "
    "(SELECT COUNT(*) FROM resources WHERE status = 'approved' AND visibility = 'cong-khai'), "
    "(SELECT COUNT(*) FROM feedback WHERE status = 'published'), "
    "(SELECT COUNT(*) FROM documents WHERE visibility = 'cong-khai'), "
    "(SELECT COUNT(*) FROM procedures WHERE published = 1)";
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
  if (kind == "document") item.path = "/van-ban/" + r.Str(0) + (r.Str(3).empty() ? "" : "-" + r.Str(3));
  if (kind == "procedure") item.path = "/thu-tuc-hanh-chinh/" + r.Str(0) + (r.Str(3).empty() ? "" : "-" + r.Str(3));
  item.date = r.Time(6);
  std::string summary = r.Str(4);
  item.text = summary.empty() ? search::HtmlToText(r.Str(5)) : summary + " " + search::HtmlToText(r.Str(5));
  if (kind == "document") {
    item.doc_type = r.Str(7);
    item.doc_type_name = r.Str(8);
    item.number = r.Str(9);
    item.year = static_cast<int>(r.Int(10));
  }
  return item;
}

const char* OneSql(std::string_view kind) {
  return kind == "article"     ? kArticleSql
         : kind == "resource"  ? kResourceSql
         : kind == "qa"        ? kQaSql
         : kind == "document"  ? kDocumentSql
         : kind == "procedure" ? kProcedureSql
                               : kPageSql;
}

const char* AllSql(std::string_view kind) {
  return kind == "article"     ? kAllArticlesSql
         : kind == "resource"  ? kAllResourcesSql
         : kind == "qa"        ? kAllQaSql
         : kind == "document"  ? kAllDocumentsSql
         : kind == "procedure" ? kAllProceduresSql
                               : kAllPagesSql;
}

constexpr size_t kMaxFilesText = 4u << 20;  // of one document, all its files

// The text of one stored file, through a cache by content (<data_dir>/xapian-text/<sha256>):
// extracted once (OCR'd when a PDF has no text layer), kept for the next reindex. A file
// that cannot be read caches as empty text (and is logged), so it is not retried.
std::string FileText(const core::Config& config, const std::string& path, const std::string& sha256) {
  if (path.empty() || path.find("..") != std::string::npos || path[0] == '/' || sha256.size() != 64 ||
      sha256.find_first_not_of("0123456789abcdef") != std::string::npos) {
    return "";
  }
  std::string cache = config.data_dir + "/xapian-text/" + sha256;
  {
    std::ifstream in(cache, std::ios::binary);
    if (in) return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  std::string file = config.private_dir() + "/" + path;
  std::error_code missing;
  if (!std::filesystem::is_regular_file(file, missing)) {
    // Not there (yet): nothing cached, read when the document is indexed again.
    std::fprintf(stderr, "portalctl index: %s: no such file\n", path.c_str());
    return "";
  }
  Result<std::string> text = core::textextract::Extract(file);
  if (text.ok() && core::textextract::Detect(file) == core::textextract::Format::kPdf &&
      core::textextract::NeedsOcr(*text)) {
    core::textextract::Limits limits;
    limits.wall_ms = 90000;
    Result<std::string> ocr = core::textextract::Ocr(file, limits);
    if (ocr.ok()) {
      std::fprintf(stderr, "portalctl index: OCR %s: %zu bytes of text\n", path.c_str(), ocr->size());
      text = std::move(ocr);
    } else {
      std::fprintf(stderr, "portalctl index: OCR %s: %s\n", path.c_str(), ocr.status().ToString().c_str());
    }
  }
  if (!text.ok()) {
    std::fprintf(stderr, "portalctl index: text of %s: %s\n", path.c_str(), text.status().ToString().c_str());
    // A limit hit may be the machine's load: not cached, tried again next time.
    if (text.status().IsUnavailable()) return "";
  }
  std::string value = text.ok() ? *text : "";
  std::error_code ec;
  std::filesystem::create_directories(config.data_dir + "/xapian-text", ec);
  std::string tmp = cache + ".tmp" + std::to_string(getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << value;
  }
  std::filesystem::rename(tmp, cache, ec);
  return value;
}

// Adds the text of the files of the documents among `items` (ids in (after, last]).
Status AddFilesText(core::Db& db, const core::Config& config, std::vector<search::Item>& items, long long after,
                    long long last) {
  Result<core::Rows> files = db.Query(kDocumentFilesSql, {after, last});
  if (!files.ok()) return files.status();
  for (search::Item& item : items) {
    for (const core::Row& f : *files) {
      if (static_cast<uint64_t>(f.Int(0)) != item.id || item.extra_text.size() >= kMaxFilesText) continue;
      std::string text = FileText(config, f.Str(1), f.Str(2));
      if (text.empty()) continue;
      if (!item.extra_text.empty()) item.extra_text += '\n';
      item.extra_text += text.substr(0, kMaxFilesText - std::min(kMaxFilesText, item.extra_text.size()));
    }
    // The snippet may come from the files when the abstract does not hold the words.
    if (!item.extra_text.empty()) item.text += " " + item.extra_text.substr(0, 3000);
  }
  return Status();
}

struct Pass {
  size_t applied = 0;  // queue rows read and applied
  bool full = false;   // a whole batch: more may be waiting
};

// One pass over the queue, one commit.
Result<Pass> ApplyQueue(core::Db& db, const core::Config& config, Xapian::WritableDatabase& index) {
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
    // Kinds this indexer does not know are skipped, never indexed as pages.
    bool known = kind == "article" || kind == "page" || kind == "resource" || kind == "qa" || kind == "document" ||
                 kind == "procedure";
    if (known && done.insert({kind, item_id}).second) {
      Result<core::Rows> item = db.Query(OneSql(kind), {static_cast<long long>(item_id)});
      if (!item.ok()) return item.status();
      if (item->empty()) {
        search::RemoveItem(index, kind, item_id);
      } else {
        std::vector<search::Item> one = {ItemOf(item->front(), kind)};
        if (kind == "document") {
          Status files = AddFilesText(db, config, one, static_cast<long long>(item_id) - 1,
                                      static_cast<long long>(item_id));
          if (!files.ok()) return files;
        }
        search::IndexItem(index, one.front());
      }
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

// "reindex: [#####.....]  41% 61500/150000 mục, 5230 mục/giây": on a terminal one line
// redrawn, otherwise a line every batch.
void Progress(size_t count, size_t expected, std::chrono::steady_clock::time_point started, bool tty) {
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  double rate = seconds > 0 ? count / seconds : 0.0;
  size_t pct = expected > 0 ? std::min<size_t>(100, count * 100 / expected) : 100;
  std::string bar(pct / 5, '#');
  bar.resize(20, '.');
  std::printf("%sreindex: [%s] %3zu%% %zu/%zu mục, %.0f mục/giây%s", tty ? "\r" : "", bar.c_str(), pct, count,
              expected, rate, tty ? "" : "\n");
  std::fflush(stdout);
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
        search::MarkFormat(index);
        applied = ApplyQueue(db, config, index);
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
  // What an interrupted reindex left (its process gone): a whole index's worth of disk.
  const std::string stem = std::filesystem::path(live).filename().string() + ".new.";
  for (const auto& entry : std::filesystem::directory_iterator(config.data_dir + "/xapian", ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(stem, 0) != 0) continue;
    std::string pid = name.substr(stem.size());
    bool digits = !pid.empty() && pid.find_first_not_of("0123456789") == std::string::npos;
    if (digits && (kill(static_cast<pid_t>(std::stol(pid)), 0) == 0 || errno == EPERM)) continue;  // still running
    std::filesystem::remove_all(entry.path(), ec);
  }
  std::filesystem::remove_all(fresh, ec);
  Result<core::Row> max = db.QueryRow(kMaxQueueSql);
  if (!max.ok()) return Fail(max.status());
  auto started = std::chrono::steady_clock::now();
  size_t count = 0;
  try {
    Xapian::WritableDatabase index(fresh, Xapian::DB_CREATE_OR_OVERWRITE);
    search::MarkFormat(index);
    Result<core::Row> total = db.QueryRow(kCountSql);
    if (!total.ok()) return Fail(total.status());
    size_t expected = 0;
    for (int i = 0; i < 6; ++i) expected += static_cast<size_t>(total->Int(i));
    bool tty = isatty(fileno(stdout));
    for (const char* kind : {"article", "page", "resource", "qa", "document", "procedure"}) {
      long long after = 0;
      while (true) {
        Result<core::Rows> rows = db.Query(AllSql(kind), {after});
        if (!rows.ok()) return Fail(rows.status());
        if (rows->empty()) break;
        std::vector<search::Item> items;
        for (const core::Row& r : *rows) items.push_back(ItemOf(r, kind));
        if (std::string_view(kind) == "document") {
          Status files = AddFilesText(db, config, items, after, static_cast<long long>(items.back().id));
          if (!files.ok()) return Fail(files);
        }
        for (const search::Item& item : items) {
          search::IndexItem(index, item, /*fresh=*/true);
          ++count;
        }
        after = static_cast<long long>(items.back().id);
        Progress(count, expected, started, tty);
      }
    }
    if (tty) std::printf("\n");
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
  uintmax_t bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(live, ec)) {
    if (entry.is_regular_file(ec)) bytes += entry.file_size(ec);
  }
  std::printf("reindex: xong, %zu mục trong %.1f giây (%.0f mục/giây), chỉ mục %.1f MiB\n", count, seconds,
              seconds > 0 ? count / seconds : 0.0, bytes / 1048576.0);
  return 0;
}

}  // namespace portalctl
