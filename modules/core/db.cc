// MariaDB Connector/C wrapper: prepared statements, string results, reconnects.
#include "core/db.h"

#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>

#include "core/vntext.h"

namespace core {
namespace {

bool IsConnectionError(unsigned err) {
  return err == CR_SERVER_GONE_ERROR || err == CR_SERVER_LOST || err == CR_CONNECTION_ERROR ||
         err == ER_UNKNOWN_STMT_HANDLER || err == 1927 /* ER_CONNECTION_KILLED */;
}

Status StatusOfError(unsigned err, const char* message, std::string_view sql) {
  std::string detail = std::to_string(err) + " " + message + " in: " + std::string(sql.substr(0, 200));
  if (err == ER_DUP_ENTRY || err == ER_DUP_KEY) {
    return Status::Conflict("Dữ liệu bị trùng với một mục đã có.", detail);
  }
  if (IsConnectionError(err) || err == CR_CONN_HOST_ERROR) return Status::Unavailable(detail);
  return Status::Internal(detail);
}

}  // namespace

const std::string& Row::Str(size_t i) const {
  static const std::string kEmpty;
  const auto& c = cells_.at(i);
  return c ? *c : kEmpty;
}

int64_t Row::Int(size_t i) const {
  const auto& c = cells_.at(i);
  if (!c) return 0;
  int64_t v = 0;
  auto [end, ec] = std::from_chars(c->data(), c->data() + c->size(), v);
  if (ec != std::errc() || end != c->data() + c->size()) return 0;
  return v;
}

std::time_t Row::Time(size_t i) const {
  const auto& c = cells_.at(i);
  if (!c) return 0;
  return ParseSqlDateTime(*c).value_or(0);
}

std::string SqlDateTime(std::time_t utc) {
  using namespace std::chrono;
  sys_seconds tp{seconds{utc}};
  sys_days day = floor<days>(tp);
  year_month_day ymd{day};
  hh_mm_ss<seconds> hms{tp - day};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02ld:%02ld:%02ld", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()),
                static_cast<long>(hms.seconds().count()));
  return buf;
}

std::optional<std::time_t> ParseSqlDateTime(std::string_view text) {
  // "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS", or that with fractional seconds (DATETIME(3)).
  // No sscanf: every card of every list page reads a date.
  bool fraction = text.size() > 20 && text[19] == '.';
  if (text.size() != 10 && text.size() != 19 && !fraction) return std::nullopt;
  std::optional<vntext::FormDate> day = vntext::ParseFormDate(text.substr(0, 10), 0, 9999);
  if (!day) return std::nullopt;
  unsigned h = 0, mi = 0, s = 0;
  auto two = [&](size_t at, unsigned* out) {  // exactly two digits
    return std::from_chars(text.data() + at, text.data() + at + 2, *out).ptr == text.data() + at + 2;
  };
  if (text.size() > 10 && (text[10] != ' ' || !two(11, &h) || text[13] != ':' || !two(14, &mi) ||
                           text[16] != ':' || !two(17, &s) || h > 23 || mi > 59 || s > 59)) {
    return std::nullopt;
  }
  using namespace std::chrono;
  sys_days days{year{day->year} / month{day->month} / std::chrono::day{day->day}};
  return static_cast<std::time_t>(days.time_since_epoch().count()) * 86400 + h * 3600 + mi * 60 + s;
}

void Db::StmtCloser::operator()(st_mysql_stmt* s) const {
  if (s) mysql_stmt_close(s);
}

Result<std::unique_ptr<Db>> Db::Connect(const DatabaseConfig& config) {
  std::unique_ptr<Db> db(new Db(config));
  Status s = db->Open();
  if (!s.ok()) return s;
  return db;
}

Db::~Db() { Close(); }

void Db::Close() {
  statements_.clear();
  if (mysql_) mysql_close(mysql_);
  mysql_ = nullptr;
}

Status Db::Open() {
  Close();
  mysql_ = mysql_init(nullptr);
  if (!mysql_) return Status::Unavailable("mysql_init failed");
  unsigned timeout = 5;
  mysql_optionsv(mysql_, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
  mysql_optionsv(mysql_, MYSQL_SET_CHARSET_NAME, "utf8mb4");
  // Every time in the database is UTC; NOW() included.
  mysql_optionsv(mysql_, MYSQL_INIT_COMMAND,
                 "SET time_zone = '+00:00', collation_connection = 'utf8mb4_uca1400_vietnamese_as_ci'");
  const char* socket = config_.socket.empty() ? nullptr : config_.socket.c_str();
  if (!mysql_real_connect(mysql_, socket ? nullptr : config_.host.c_str(), config_.user.c_str(),
                          config_.password.c_str(), config_.name.c_str(),
                          socket ? 0 : static_cast<unsigned>(config_.port), socket,
                          CLIENT_MULTI_STATEMENTS)) {
    std::string detail = std::string("connect: ") + mysql_error(mysql_);
    Close();
    return Status::Unavailable(detail);
  }
  return Status();
}

Result<Rows> Db::Query(std::string_view sql, std::initializer_list<Param> params) {
  return Run(sql, params.begin(), params.size(), true, nullptr);
}

Result<Rows> Db::Query(std::string_view sql, const std::vector<Param>& params) {
  return Run(sql, params.data(), params.size(), true, nullptr);
}

Result<Row> Db::QueryRow(std::string_view sql, std::initializer_list<Param> params) {
  Result<Rows> rows = Run(sql, params.begin(), params.size(), true, nullptr);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::NotFound();
  return std::move(rows->front());
}

Result<ExecResult> Db::Execute(std::string_view sql, std::initializer_list<Param> params) {
  ExecResult exec;
  Result<Rows> r = Run(sql, params.begin(), params.size(), false, &exec);
  if (!r.ok()) return r.status();
  return exec;
}

Result<ExecResult> Db::Execute(std::string_view sql, const std::vector<Param>& params) {
  ExecResult exec;
  Result<Rows> r = Run(sql, params.data(), params.size(), false, &exec);
  if (!r.ok()) return r.status();
  return exec;
}

Status Db::ExecuteScript(std::string_view sql) {
  if (!mysql_) {
    Status s = Open();
    if (!s.ok()) return s;
  }
  ++query_count_;
  if (mysql_real_query(mysql_, sql.data(), sql.size()) != 0) {
    return StatusOfError(mysql_errno(mysql_), mysql_error(mysql_), sql);
  }
  // Drain every result of a multi-statement script; an error stops at its statement.
  for (;;) {
    MYSQL_RES* res = mysql_store_result(mysql_);
    if (res) mysql_free_result(res);
    int next = mysql_next_result(mysql_);
    if (next < 0) break;
    if (next > 0) return StatusOfError(mysql_errno(mysql_), mysql_error(mysql_), sql);
  }
  return Status();
}

Result<Rows> Db::Run(std::string_view sql, const Param* params, size_t count, bool want_rows,
                     ExecResult* exec) {
  bool retry = false;
  Result<Rows> r = RunOnce(sql, params, count, want_rows, exec, &retry);
  // A lost connection is retried once, outside transactions only: inside one, the work
  // done before the loss is gone and the caller must know.
  if (retry && !in_transaction_) {
    Status s = Open();
    if (!s.ok()) return s;
    r = RunOnce(sql, params, count, want_rows, exec, &retry);
  }
  return r;
}

Result<Rows> Db::RunOnce(std::string_view sql, const Param* params, size_t count, bool want_rows,
                         ExecResult* exec, bool* retry) {
  *retry = false;
  if (!mysql_) {
    Status s = Open();
    if (!s.ok()) return s;
  }
  ++query_count_;
  std::string key(sql);
  auto it = statements_.find(key);
  if (it == statements_.end()) {
    StmtPtr stmt(mysql_stmt_init(mysql_));
    if (!stmt) return Status::Internal("mysql_stmt_init failed");
    if (mysql_stmt_prepare(stmt.get(), sql.data(), sql.size()) != 0) {
      unsigned err = mysql_stmt_errno(stmt.get());
      *retry = IsConnectionError(err);
      return StatusOfError(err, mysql_stmt_error(stmt.get()), sql);
    }
    my_bool update_max = 1;
    mysql_stmt_attr_set(stmt.get(), STMT_ATTR_UPDATE_MAX_LENGTH, &update_max);
    it = statements_.emplace(std::move(key), std::move(stmt)).first;
  }
  MYSQL_STMT* stmt = it->second.get();

  if (mysql_stmt_param_count(stmt) != count) {
    return Status::Internal("parameter count mismatch in: " + std::string(sql.substr(0, 200)));
  }
  std::vector<MYSQL_BIND> binds(count);
  std::vector<my_bool> nulls(count, 0);
  for (size_t i = 0; i < count; ++i) {
    MYSQL_BIND& b = binds[i];
    std::memset(&b, 0, sizeof b);
    const auto& v = params[i].value();
    if (std::holds_alternative<std::monostate>(v)) {
      b.buffer_type = MYSQL_TYPE_NULL;
    } else if (const int64_t* n = std::get_if<int64_t>(&v)) {
      b.buffer_type = MYSQL_TYPE_LONGLONG;
      b.buffer = const_cast<int64_t*>(n);
    } else if (const double* d = std::get_if<double>(&v)) {
      b.buffer_type = MYSQL_TYPE_DOUBLE;
      b.buffer = const_cast<double*>(d);
    } else {
      const std::string_view& s = std::get<std::string_view>(v);
      b.buffer_type = MYSQL_TYPE_STRING;
      b.buffer = const_cast<char*>(s.data());
      b.buffer_length = s.size();
    }
  }
  if (count > 0 && mysql_stmt_bind_param(stmt, binds.data()) != 0) {
    return StatusOfError(mysql_stmt_errno(stmt), mysql_stmt_error(stmt), sql);
  }
  if (mysql_stmt_execute(stmt) != 0) {
    unsigned err = mysql_stmt_errno(stmt);
    *retry = IsConnectionError(err);
    if (*retry) statements_.clear();
    return StatusOfError(err, mysql_stmt_error(stmt), sql);
  }
  if (exec) {
    exec->affected_rows = mysql_stmt_affected_rows(stmt);
    exec->insert_id = mysql_stmt_insert_id(stmt);
  }

  Rows rows;
  MYSQL_RES* meta = mysql_stmt_result_metadata(stmt);
  if (!meta) return rows;
  std::unique_ptr<MYSQL_RES, void (*)(MYSQL_RES*)> meta_owner(meta, mysql_free_result);
  if (mysql_stmt_store_result(stmt) != 0) {
    return StatusOfError(mysql_stmt_errno(stmt), mysql_stmt_error(stmt), sql);
  }
  struct StmtResultFree {
    MYSQL_STMT* s;
    ~StmtResultFree() { mysql_stmt_free_result(s); }
  } free_result{stmt};
  if (!want_rows) return rows;

  unsigned columns = mysql_num_fields(meta);
  MYSQL_FIELD* fields = mysql_fetch_fields(meta);
  std::vector<MYSQL_BIND> out(columns);
  std::vector<std::string> buffers(columns);
  std::vector<unsigned long> lengths(columns);
  std::vector<my_bool> is_null(columns), error(columns);
  for (unsigned c = 0; c < columns; ++c) {
    buffers[c].resize(std::max<unsigned long>(fields[c].max_length, 64) + 1);
    std::memset(&out[c], 0, sizeof out[c]);
    out[c].buffer_type = MYSQL_TYPE_STRING;
    out[c].buffer = buffers[c].data();
    out[c].buffer_length = buffers[c].size();
    out[c].length = &lengths[c];
    out[c].is_null = &is_null[c];
    out[c].error = &error[c];
  }
  if (mysql_stmt_bind_result(stmt, out.data()) != 0) {
    return StatusOfError(mysql_stmt_errno(stmt), mysql_stmt_error(stmt), sql);
  }
  rows.reserve(mysql_stmt_num_rows(stmt));
  for (;;) {
    int rc = mysql_stmt_fetch(stmt);
    if (rc == MYSQL_NO_DATA) break;
    if (rc == 1) return StatusOfError(mysql_stmt_errno(stmt), mysql_stmt_error(stmt), sql);
    std::vector<std::optional<std::string>> cells(columns);
    for (unsigned c = 0; c < columns; ++c) {
      if (is_null[c]) continue;
      if (lengths[c] <= buffers[c].size()) {
        cells[c].emplace(buffers[c].data(), lengths[c]);
      } else {
        // Truncated: fetch the whole column into its own buffer.
        std::string whole(lengths[c], '\0');
        MYSQL_BIND b;
        std::memset(&b, 0, sizeof b);
        b.buffer_type = MYSQL_TYPE_STRING;
        b.buffer = whole.data();
        b.buffer_length = whole.size();
        if (mysql_stmt_fetch_column(stmt, &b, c, 0) != 0) {
          return StatusOfError(mysql_stmt_errno(stmt), mysql_stmt_error(stmt), sql);
        }
        cells[c] = std::move(whole);
      }
    }
    rows.emplace_back(std::move(cells));
  }
  return rows;
}

Result<std::unique_ptr<Transaction>> Transaction::Begin(Db& db) {
  if (db.in_transaction_) return Status::Internal("nested transaction");
  Status s = db.ExecuteScript("START TRANSACTION");
  if (!s.ok()) return s;
  db.in_transaction_ = true;
  return std::unique_ptr<Transaction>(new Transaction(db));
}

Transaction::~Transaction() {
  if (!done_) {
    (void)db_.ExecuteScript("ROLLBACK");
    db_.in_transaction_ = false;
  }
}

Status Transaction::Commit() {
  Status s = db_.ExecuteScript("COMMIT");
  done_ = true;
  db_.in_transaction_ = false;
  return s;
}

}  // namespace core
