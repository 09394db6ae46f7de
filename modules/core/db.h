// MariaDB through Connector/C: one connection per worker thread, its prepared statements
// cached by SQL text, results as rows of nullable strings. Only prepared statements:
// no SQL is ever built from input.
#ifndef EDUPORTAL_CORE_DB_H_
#define EDUPORTAL_CORE_DB_H_

#include <cstdint>
#include <ctime>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "core/config.h"
#include "core/status.h"

struct st_mysql;
struct st_mysql_stmt;

namespace core {

// A statement parameter. Text is borrowed: it must outlive the call.
class Param {
 public:
  Param(std::nullptr_t) : value_(std::monostate{}) {}  // NOLINT: implicit by design
  Param(int v) : value_(static_cast<int64_t>(v)) {}    // NOLINT
  Param(unsigned v) : value_(static_cast<int64_t>(v)) {}  // NOLINT
  Param(long v) : value_(static_cast<int64_t>(v)) {}   // NOLINT
  Param(long long v) : value_(static_cast<int64_t>(v)) {}  // NOLINT
  Param(unsigned long v) : value_(static_cast<int64_t>(v)) {}  // NOLINT
  Param(double v) : value_(v) {}                         // NOLINT
  Param(std::string_view v) : value_(v) {}               // NOLINT
  Param(const std::string& v) : value_(std::string_view(v)) {}  // NOLINT
  Param(const char* v) : value_(std::string_view(v)) {}  // NOLINT
  template <typename T>
  Param(const std::optional<T>& v)  // NOLINT
      : Param(v ? Param(*v) : Param(nullptr)) {}

  const std::variant<std::monostate, int64_t, double, std::string_view>& value() const {
    return value_;
  }

 private:
  std::variant<std::monostate, int64_t, double, std::string_view> value_;
};

class Row {
 public:
  explicit Row(std::vector<std::optional<std::string>> cells) : cells_(std::move(cells)) {}
  size_t size() const { return cells_.size(); }
  bool IsNull(size_t i) const { return !cells_.at(i).has_value(); }
  // The text of a cell; "" when NULL.
  const std::string& Str(size_t i) const;
  // The cell as an integer; 0 when NULL or not a number.
  int64_t Int(size_t i) const;
  // A DATETIME cell (UTC) as epoch seconds; 0 when NULL.
  std::time_t Time(size_t i) const;
  const std::optional<std::string>& Cell(size_t i) const { return cells_.at(i); }

 private:
  std::vector<std::optional<std::string>> cells_;
};

using Rows = std::vector<Row>;

struct ExecResult {
  uint64_t affected_rows = 0;
  uint64_t insert_id = 0;
};

// "YYYY-MM-DD HH:MM:SS" (UTC) ↔ epoch seconds.
std::string SqlDateTime(std::time_t utc);
std::optional<std::time_t> ParseSqlDateTime(std::string_view text);

// One connection and its statements. Not thread-safe: one per thread.
class Db {
 public:
  static Result<std::unique_ptr<Db>> Connect(const DatabaseConfig& config);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Runs a prepared statement (cached by its text) and returns its rows.
  // Unavailable when the server cannot be reached after one reconnect; Conflict on a
  // duplicate key; Internal on other errors.
  Result<Rows> Query(std::string_view sql, std::initializer_list<Param> params = {});
  Result<Rows> Query(std::string_view sql, const std::vector<Param>& params);
  // The first row, or NotFound.
  Result<Row> QueryRow(std::string_view sql, std::initializer_list<Param> params = {});
  Result<ExecResult> Execute(std::string_view sql, std::initializer_list<Param> params = {});
  Result<ExecResult> Execute(std::string_view sql, const std::vector<Param>& params);
  // Runs text that may hold several statements (migrations, demo data); no parameters.
  Status ExecuteScript(std::string_view sql);

  // Statements run since the last call (for the fixed-count checks).
  int TakeQueryCount() {
    int n = query_count_;
    query_count_ = 0;
    return n;
  }
  bool in_transaction() const { return in_transaction_; }

 private:
  friend class Transaction;
  explicit Db(DatabaseConfig config) : config_(std::move(config)) {}
  Status Open();
  void Close();
  Result<Rows> Run(std::string_view sql, const Param* params, size_t count, bool want_rows,
                   ExecResult* exec);
  Result<Rows> RunOnce(std::string_view sql, const Param* params, size_t count, bool want_rows,
                       ExecResult* exec, bool* retry);

  struct StmtCloser {
    void operator()(st_mysql_stmt* s) const;
  };
  using StmtPtr = std::unique_ptr<st_mysql_stmt, StmtCloser>;

  const DatabaseConfig config_;
  st_mysql* mysql_ = nullptr;
  std::unordered_map<std::string, StmtPtr> statements_;
  int query_count_ = 0;
  bool in_transaction_ = false;
};

// Rolls back unless Commit() was called. REQUIRES: no other Transaction open on db.
class [[nodiscard]] Transaction {
 public:
  static Result<std::unique_ptr<Transaction>> Begin(Db& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  Status Commit();

 private:
  explicit Transaction(Db& db) : db_(db) {}
  Db& db_;
  bool done_ = false;
};

}  // namespace core

#endif  // EDUPORTAL_CORE_DB_H_
