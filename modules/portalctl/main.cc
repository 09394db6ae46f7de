// portalctl: the operator's command line (SPEC D31). Migrates the database, creates
// sites and accounts, loads the demo data.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/audit.h"
#include "core/config.h"
#include "core/db.h"
#include "core/password.h"
#include "core/vntext.h"
#include "portalctl/feeds.h"
#include "portalctl/mail.h"
#include "portalctl/search.h"
#include "portalctl/demo_documents.h"
#include "portalctl/demo_media.h"
#include "portalctl/exam.h"

namespace {

using core::Db;
using core::Result;
using core::Status;

using core::password::kDemoPassword;

struct Args {
  std::vector<std::string> words;                    // positional
  std::multimap<std::string, std::string> options;  // --name value

  std::string Get(const std::string& name, const std::string& fallback = "") const {
    auto it = options.find(name);
    return it == options.end() ? fallback : it->second;
  }
  bool Has(const std::string& name) const { return options.count(name) > 0; }
};

Args ParseArgs(int argc, char** argv, int start) {
  Args args;
  for (int i = start; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--", 0) == 0) {
      std::string name = a.substr(2);
      std::string value;
      if (size_t eq = name.find('='); eq != std::string::npos) {
        value = name.substr(eq + 1);
        name.resize(eq);
      } else if (i + 1 < argc && std::string(argv[i + 1]).rfind("--", 0) != 0) {
        value = argv[++i];
      }
      args.options.emplace(name, value);
    } else {
      args.words.push_back(a);
    }
  }
  return args;
}

int Fail(const Status& s) {
  std::fprintf(stderr, "portalctl: %s\n  (%s)\n", s.user_message().c_str(), s.ToString().c_str());
  return 1;
}

Result<std::string> ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Unavailable("cannot read " + path.string());
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::filesystem::path> SqlFiles(const std::string& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".sql") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// ---- migrate ---------------------------------------------------------------------

int Migrate(Db& db, const core::Config& config, const Args&) {
  Status s = db.ExecuteScript(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INT UNSIGNED NOT NULL PRIMARY KEY,"
      " name VARCHAR(255) NOT NULL,"
      " applied_at DATETIME NOT NULL DEFAULT UTC_TIMESTAMP()"
      ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
  if (!s.ok()) return Fail(s);
  // One migrator at a time, across hosts.
  Result<core::Row> lock = db.QueryRow("SELECT GET_LOCK('eduportal-migrate', 60)");
  if (!lock.ok()) return Fail(lock.status());
  if (lock->Int(0) != 1) return Fail(Status::Unavailable("another migration is running"));
  std::vector<std::filesystem::path> files = SqlFiles(config.migrations_dir);
  if (files.empty()) {
    return Fail(Status::Invalid("Không tìm thấy tệp migration nào.", config.migrations_dir));
  }
  int applied = 0;
  for (const auto& file : files) {
    std::string name = file.filename().string();
    unsigned version = 0;
    if (std::sscanf(name.c_str(), "%4u_", &version) != 1 || version == 0) {
      return Fail(Status::Invalid("Tên tệp migration phải có dạng NNNN_ten.sql.", name));
    }
    Result<core::Rows> done = db.Query("SELECT name FROM schema_migrations WHERE version = ?", {version});
    if (!done.ok()) return Fail(done.status());
    if (!done->empty()) {
      if (done->front().Str(0) != name) {
        return Fail(Status::Conflict("Hai migration trùng số hiệu.", name + " vs " + done->front().Str(0)));
      }
      continue;
    }
    Result<std::string> sql = ReadFile(file);
    if (!sql.ok()) return Fail(sql.status());
    std::printf("migrate: applying %s\n", name.c_str());
    Status run = db.ExecuteScript(*sql);
    if (!run.ok()) return Fail(run);
    Result<core::ExecResult> rec =
        db.Execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", {version, name});
    if (!rec.ok()) return Fail(rec.status());
    ++applied;
  }
  (void)db.Query("SELECT RELEASE_LOCK('eduportal-migrate')");
  std::printf("migrate: %d applied, %zu in all\n", applied, files.size());
  return 0;
}

// ---- sites -------------------------------------------------------------------------

int SiteAdd(Db& db, const core::Config&, const Args& args) {
  std::string name = args.Get("name"), slug = args.Get("slug"), level = args.Get("level", "khac");
  if (name.empty()) {
    std::fprintf(stderr, "usage: portalctl site add --name TÊN [--short-name TÊN_NGẮN] [--slug SLUG] "
                         "[--level CẤP] [--parent SLUG] [--hostname HOST] [--base-url URL]\n");
    return 2;
  }
  Result<std::string> clean = core::vntext::CleanText(name);
  if (!clean.ok()) return Fail(clean.status());
  name = *clean;
  if (slug.empty()) slug = core::vntext::Slugify(name, 60);
  if (slug.empty() || core::vntext::Slugify(slug, 60) != slug) {
    return Fail(Status::Invalid("Mã đơn vị (slug) chỉ gồm chữ thường không dấu, số và dấu gạch ngang.", slug));
  }
  std::optional<long long> parent_id;
  if (args.Has("parent")) {
    Result<core::Row> parent = db.QueryRow("SELECT id FROM sites WHERE slug = ?", {args.Get("parent")});
    if (!parent.ok()) return Fail(Status::NotFound("Không tìm thấy đơn vị cấp trên.", args.Get("parent")));
    parent_id = parent->Int(0);
  }
  std::string short_name = args.Get("short-name", name);
  std::optional<std::string> hostname;
  if (args.Has("hostname")) hostname = args.Get("hostname");
  Result<core::ExecResult> r = db.Execute(
      "INSERT INTO sites (parent_id, slug, level_code, name, short_name, hostname, base_url) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)",
      {parent_id, slug, level, name, short_name, hostname, args.Get("base-url")});
  if (!r.ok()) {
    if (r.status().IsConflict()) return Fail(Status::Conflict("Mã đơn vị hoặc tên miền đã tồn tại.", slug));
    return Fail(r.status());
  }
  (void)core::Audit(db, core::AuditEntry{0, static_cast<uint32_t>(r->insert_id), "", "site.add", "site",
                                         r->insert_id, "portalctl: " + slug});
  std::printf("site %s added (id %llu)\n", slug.c_str(), static_cast<unsigned long long>(r->insert_id));
  return 0;
}

// ---- users -------------------------------------------------------------------------

// Creates the account and its roles in one transaction. Roles are "role@site-slug".
Status CreateUser(Db& db, const std::string& username, const std::string& full_name,
                  const std::string& email, const std::string& password,
                  const std::vector<std::pair<std::string, std::string>>& roles) {
  Result<std::string> hash = core::password::Hash(password);
  if (!hash.ok()) return hash.status();
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> r = db.Execute(
      "INSERT INTO users (username, full_name, email, password_hash) VALUES (?, ?, ?, ?)",
      {username, full_name, email, *hash});
  if (!r.ok()) {
    if (r.status().IsConflict()) return Status::Conflict("Tên đăng nhập đã tồn tại.", username);
    return r.status();
  }
  for (const auto& [role, site] : roles) {
    Result<core::ExecResult> g = db.Execute(
        "INSERT INTO user_roles (user_id, site_id, role_code) "
        "SELECT ?, s.id, r.code FROM sites s JOIN roles r ON r.code = ? WHERE s.slug = ?",
        {r->insert_id, role, site});
    if (!g.ok()) return g.status();
    if (g->affected_rows != 1) {
      return Status::Invalid("Vai trò hoặc đơn vị không tồn tại.", role + "@" + site);
    }
  }
  Status audit = core::Audit(db, core::AuditEntry{0, 0, "", "user.add", "user", r->insert_id,
                                                  "portalctl: " + username});
  if (!audit.ok()) return audit;
  return (*tx)->Commit();
}

Result<std::string> ReadNewPassword(const core::Config& config, const Args& args);

int UserAdd(Db& db, const core::Config& config, const Args& args) {
  std::string username = args.Get("username"), name = args.Get("name");
  if (username.empty() || name.empty()) {
    std::fprintf(stderr, "usage: portalctl user add --username TÊN --name \"Họ và tên\" [--email E] "
                         "[--role VAI_TRÒ@SLUG_ĐƠN_VỊ]... [--password-file F]  (mật khẩu đọc từ stdin nếu không có tệp)\n");
    return 2;
  }
  for (char c : username) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') {
      return Fail(Status::Invalid("Tên đăng nhập chỉ gồm chữ không dấu, số, '-', '_' và '.'.", username));
    }
  }
  Result<std::string> read = ReadNewPassword(config, args);
  if (!read.ok()) return Fail(read.status());
  std::string password = *read;
  std::vector<std::pair<std::string, std::string>> roles;
  for (auto [it, end] = args.options.equal_range("role"); it != end; ++it) {
    size_t at = it->second.find('@');
    if (at == std::string::npos) return Fail(Status::Invalid("Vai trò phải có dạng vai-tro@slug-don-vi.", it->second));
    roles.emplace_back(it->second.substr(0, at), it->second.substr(at + 1));
  }
  Result<std::string> clean = core::vntext::CleanText(name);
  if (!clean.ok()) return Fail(clean.status());
  Status s = CreateUser(db, username, *clean, args.Get("email"), password, roles);
  if (!s.ok()) return Fail(s);
  std::printf("user %s added\n", username.c_str());
  return 0;
}

// The password of a new or reset account: from --password-file, else one line of stdin;
// at least 10 characters; never the demo password outside demo mode.
Result<std::string> ReadNewPassword(const core::Config& config, const Args& args) {
  std::string password;
  if (args.Has("password-file")) {
    Result<std::string> text = ReadFile(args.Get("password-file"));
    if (!text.ok()) return text.status();
    password = *text;
  } else {
    std::getline(std::cin, password);
  }
  while (!password.empty() && (password.back() == '\n' || password.back() == '\r')) password.pop_back();
  if (password.size() < 10) return Status::Invalid("Mật khẩu phải có ít nhất 10 ký tự.", "short password");
  if (password == kDemoPassword && !config.demo_mode) {
    return Status::Forbidden("Mật khẩu của tài khoản trình diễn chỉ được dùng ở chế độ demo.", "demo password");
  }
  return password;
}

// An administrator's reset: a new password, every session of the account ended.
int UserPassword(Db& db, const core::Config& config, const Args& args) {
  std::string username = args.Get("username");
  if (username.empty()) {
    std::fprintf(stderr, "usage: portalctl user passwd --username TÊN [--password-file F]  (mật khẩu mới đọc từ stdin nếu không có tệp)\n");
    return 2;
  }
  Result<std::string> password = ReadNewPassword(config, args);
  if (!password.ok()) return Fail(password.status());
  Result<std::string> hash = core::password::Hash(*password);
  if (!hash.ok()) return Fail(hash.status());
  Result<core::Row> user = db.QueryRow("SELECT id FROM users WHERE username = ?", {username});
  if (!user.ok()) return Fail(Status::NotFound("Không tìm thấy tài khoản.", username));
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return Fail(tx.status());
  Result<core::ExecResult> updated = db.Execute(
      "UPDATE users SET password_hash = ?, password_changed_at = UTC_TIMESTAMP() WHERE id = ?", {*hash, user->Int(0)});
  if (!updated.ok()) return Fail(updated.status());
  Result<core::ExecResult> ended = db.Execute("DELETE FROM sessions WHERE user_id = ?", {user->Int(0)});
  if (!ended.ok()) return Fail(ended.status());
  Status audit = core::Audit(db, core::AuditEntry{0, 0, "", "password.reset", "user",
                                                  static_cast<uint64_t>(user->Int(0)), "portalctl: " + username});
  if (!audit.ok()) return Fail(audit);
  Status s = (*tx)->Commit();
  if (!s.ok()) return Fail(s);
  std::printf("password of %s reset; its sessions are signed out\n", username.c_str());
  return 0;
}

// Locks or unlocks an account (khóa / mở khóa); a lock also ends its sessions.
int UserLock(Db& db, const Args& args, bool lock) {
  std::string username = args.Get("username");
  if (username.empty()) {
    std::fprintf(stderr, "usage: portalctl user %s --username TÊN\n", lock ? "lock" : "unlock");
    return 2;
  }
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
  if (!tx.ok()) return Fail(tx.status());
  Result<core::ExecResult> r = db.Execute("UPDATE users SET locked = ? WHERE username = ?", {lock ? 1 : 0, username});
  if (!r.ok()) return Fail(r.status());
  if (r->affected_rows == 0) {
    Result<core::Row> exists = db.QueryRow("SELECT id FROM users WHERE username = ?", {username});
    if (!exists.ok()) return Fail(Status::NotFound("Không tìm thấy tài khoản.", username));
  }
  if (lock) {
    Result<core::ExecResult> ended = db.Execute(
        "DELETE s FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = ?", {username});
    if (!ended.ok()) return Fail(ended.status());
  }
  Status audit = core::Audit(db, core::AuditEntry{0, 0, "", lock ? "user.lock" : "user.unlock", "user", 0,
                                                  "portalctl: " + username});
  if (!audit.ok()) return Fail(audit);
  Status s = (*tx)->Commit();
  if (!s.ok()) return Fail(s);
  std::printf("%s %s\n", username.c_str(), lock ? "locked" : "unlocked");
  return 0;
}

// ---- demo --------------------------------------------------------------------------

struct DemoAccount {
  const char* username;
  const char* full_name;
  const char* role;
};

// The office's editorial board and staff (seed 001 Điều 5–9).
constexpr DemoAccount kOfficeAccounts[] = {
    {"quantri", "Lê Minh Quân", "quan-tri"},
    {"truongban", "Nguyễn Thị Thu Hà", "truong-ban"},
    {"phoban", "Trần Văn Phúc", "pho-ban"},
    {"uyvien", "Phạm Thị Vân", "uy-vien"},
    {"thuky", "Hoàng Thị Kim Ký", "thu-ky"},
    {"congtacvien", "Đỗ Minh Tâm", "cong-tac-vien"},
    {"giaovien", "Võ Thị Giang", "giao-vien"},
    {"vanthu", "Bùi Thị Thư", "van-thu"},
};

Status FillSlugs(Db& db, const char* table) {
  std::string select = std::string("SELECT id, title FROM ") + table + " WHERE slug = ''";
  Result<core::Rows> rows = db.Query(select);
  if (!rows.ok()) return rows.status();
  std::string update = std::string("UPDATE ") + table + " SET slug = ? WHERE id = ?";
  for (const core::Row& row : *rows) {
    std::string slug = core::vntext::Slugify(row.Str(1));
    if (slug.empty()) slug = "bai-viet";
    Result<core::ExecResult> u = db.Execute(update, {slug, row.Int(0)});
    if (!u.ok()) return u.status();
  }
  return Status();
}

int Demo(Db& db, const core::Config& config, const Args& args) {
  if (!config.demo_mode) {
    return Fail(Status::Forbidden("Dữ liệu trình diễn chỉ được nạp khi cấu hình có demo_mode = true.", "not demo mode"));
  }
  Result<core::Row> count = db.QueryRow("SELECT COUNT(*) FROM sites");
  if (!count.ok()) return Fail(count.status());
  if (count->Int(0) > 0 && !args.Has("if-empty")) {
    return Fail(Status::Conflict("Cơ sở dữ liệu đã có dữ liệu; dữ liệu trình diễn chỉ nạp vào cơ sở dữ liệu trống.", "not empty"));
  }
  if (count->Int(0) > 0) {
    std::printf("demo: data already loaded\n");
    return 0;
  }
  std::vector<std::filesystem::path> files = SqlFiles(config.demo_dir);
  if (files.empty()) return Fail(Status::Invalid("Không tìm thấy dữ liệu trình diễn.", config.demo_dir));
  {
    Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(db);
    if (!tx.ok()) return Fail(tx.status());
    for (const auto& file : files) {
      Result<std::string> sql = ReadFile(file);
      if (!sql.ok()) return Fail(sql.status());
      Status s = db.ExecuteScript(*sql);
      if (!s.ok()) return Fail(Status::Internal(file.filename().string() + ": " + s.detail()));
    }
    for (const char* table : {"articles", "albums", "videos"}) {
      Status s = FillSlugs(db, table);
      if (!s.ok()) return Fail(s);
    }
    Status s = portalctl::ImportDemoMedia(db, config);
    if (!s.ok()) return Fail(s);
    s = portalctl::ImportDemoDocuments(db, config);
    if (!s.ok()) return Fail(s);
    // The demo's private files (dispatch and library PDFs) that its rows point to.
    std::filesystem::path private_demo = std::filesystem::path(config.demo_dir) / "private";
    if (std::filesystem::is_directory(private_demo)) {
      std::error_code ec;
      std::filesystem::create_directories(config.private_dir(), ec);
      std::filesystem::copy(private_demo, config.private_dir(),
                            std::filesystem::copy_options::recursive | std::filesystem::copy_options::overwrite_existing, ec);
      if (ec) return Fail(Status::Internal("copy " + private_demo.string() + ": " + ec.message()));
    }
    s = (*tx)->Commit();
    if (!s.ok()) return Fail(s);
  }
  // Accounts: the office's board, and one focal point (đầu mối) for each school.
  Result<core::Row> office = db.QueryRow("SELECT slug FROM sites WHERE parent_id IS NULL ORDER BY id LIMIT 1");
  if (!office.ok()) return Fail(office.status());
  for (const DemoAccount& a : kOfficeAccounts) {
    Status s = CreateUser(db, a.username, a.full_name, std::string(a.username) + "@demo.edu.vn",
                          kDemoPassword, {{a.role, office->Str(0)}});
    if (!s.ok()) return Fail(s);
  }
  Result<core::Rows> schools = db.Query("SELECT slug, short_name FROM sites WHERE parent_id IS NOT NULL ORDER BY id");
  if (!schools.ok()) return Fail(schools.status());
  for (const core::Row& school : *schools) {
    std::string username = "daumoi-" + school.Str(0);
    Status s = CreateUser(db, username, "Đầu mối " + school.Str(1), username + "@demo.edu.vn",
                          kDemoPassword, {{"dau-moi", school.Str(0)}});
    if (!s.ok()) return Fail(s);
  }
  // The board member approves the office's "Tin giáo dục" (or its first category).
  Result<core::ExecResult> delegated = db.Execute(
      "INSERT INTO category_delegations (user_id, category_id) "
      "SELECT u.id, (SELECT c.id FROM categories c JOIN sites s ON s.id = c.site_id WHERE s.slug = ? "
      "ORDER BY c.slug = 'tin-giao-duc' DESC, c.sort_order, c.id LIMIT 1) FROM users u WHERE u.username = 'uyvien'",
      {office->Str(0)});
  if (!delegated.ok()) return Fail(delegated.status());
  Result<core::Row> articles = db.QueryRow("SELECT COUNT(*) FROM articles");
  std::printf("demo: loaded %zu files, %lld sites, %lld articles, %zu accounts\n", files.size(),
              static_cast<long long>(schools->size() + 1),
              articles.ok() ? static_cast<long long>(articles->Int(0)) : -1LL,
              std::size(kOfficeAccounts) + schools->size());
  return 0;
}

int Accounts(Db& db, const core::Config&, const Args&) {
  Result<core::Rows> rows = db.Query(
      "SELECT u.username, r.name, s.short_name FROM users u "
      "JOIN user_roles ur ON ur.user_id = u.id JOIN roles r ON r.code = ur.role_code "
      "JOIN sites s ON s.id = ur.site_id ORDER BY s.id, r.sort_order, u.username");
  if (!rows.ok()) return Fail(rows.status());
  for (const core::Row& r : *rows) {
    std::printf("  %-32s %s — %s\n", r.Str(0).c_str(), r.Str(1).c_str(), r.Str(2).c_str());
  }
  return 0;
}

struct Command {
  const char* name;
  int (*run)(Db&, const core::Config&, const Args&);
  const char* help;
};

constexpr Command kCommands[] = {
    {"migrate", Migrate, "áp dụng các migration chưa chạy trong db/migrations"},
    {"site add", SiteAdd, "thêm đơn vị (--name, --slug, --level, --parent, --hostname)"},
    {"user add", UserAdd, "thêm tài khoản (--username, --name, --role vai-tro@don-vi)"},
    {"user passwd", UserPassword, "đặt lại mật khẩu (--username); mọi phiên đăng nhập của tài khoản kết thúc"},
    {"user lock", [](Db& db, const core::Config&, const Args& args) { return UserLock(db, args, true); },
     "khóa tài khoản (--username)"},
    {"user unlock", [](Db& db, const core::Config&, const Args& args) { return UserLock(db, args, false); },
     "mở khóa tài khoản (--username)"},
    {"demo", Demo, "nạp dữ liệu trình diễn vào cơ sở dữ liệu trống (--if-empty: bỏ qua nếu đã có)"},
    {"accounts", Accounts, "liệt kê tài khoản và vai trò"},
    {"feeds",
     [](Db& db, const core::Config& config, const Args& args) {
       return portalctl::Feeds(db, config, args.words, args.options);
     },
     "tin từ nguồn RSS/Atom cấp trên: feeds add --site --url --category [--publish] | "
     "feeds list | feeds fetch [--id]"},
    {"index",
     [](Db& db, const core::Config& config, const Args& args) {
       return portalctl::Index(db, config, args.Has("follow"));
     },
     "áp dụng hàng đợi tìm kiếm vào chỉ mục Xapian (--follow: chạy liên tục, mỗi giây)"},
    {"mail",
     [](Db& db, const core::Config& config, const Args& args) { return portalctl::Mail(db, config, args.Has("follow")); },
     "gửi thư trong hàng đợi qua lệnh sendmail đã cấu hình (--follow: chạy liên tục)"},
    {"exam",
     [](Db& db, const core::Config& config, const Args& args) {
       return portalctl::Exam(db, config, args.words, args.options);
     },
     "kết quả thi cho tra cứu điểm: exam import <đơn-vị> <mã-kỳ-thi> <tệp.csv> [--name] [--opens] [--closes] | "
     "exam example"},
    {"reindex", [](Db& db, const core::Config& config, const Args&) { return portalctl::Reindex(db, config); },
     "dựng lại chỉ mục tìm kiếm từ cơ sở dữ liệu rồi thay vào chỉ mục đang dùng"},
};

void Usage() {
  std::fprintf(stderr, "usage: portalctl [--config PATH] COMMAND ...\n");
  for (const Command& c : kCommands) std::fprintf(stderr, "  %-10s %s\n", c.name, c.help);
}

}  // namespace

int main(int argc, char** argv) {
  std::string config_path = "/etc/eduportal/eduportal.conf";
  int i = 1;
  if (i + 1 < argc && std::string(argv[i]) == "--config") {
    config_path = argv[i + 1];
    i += 2;
  }
  if (i >= argc) {
    Usage();
    return 2;
  }
  const Command* command = nullptr;
  for (const Command& c : kCommands) {
    std::string name = c.name;
    size_t space = name.find(' ');
    if (space == std::string::npos) {
      if (argv[i] == name) command = &c;
    } else if (argv[i] == name.substr(0, space) && i + 1 < argc && argv[i + 1] == name.substr(space + 1)) {
      command = &c;
    }
    if (command) {
      i += space == std::string::npos ? 1 : 2;
      break;
    }
  }
  if (!command) {
    Usage();
    return 2;
  }
  Result<core::Config> config = core::Config::Load(config_path);
  if (!config.ok()) return Fail(config.status());
  Result<std::unique_ptr<Db>> db = Db::Connect(config->database);
  if (!db.ok()) return Fail(db.status());
  return command->run(**db, *config, ParseArgs(argc, argv, i));
}
