// The INI configuration (/etc/eduportal/eduportal.conf), read once at start into a
// typed struct; no other global mutable state.
#ifndef EDUPORTAL_CORE_CONFIG_H_
#define EDUPORTAL_CORE_CONFIG_H_

#include <map>
#include <string>
#include <string_view>

#include "core/status.h"

namespace core {

// Raw "section.key" → value pairs of an INI file. Lines are `key = value`; `[section]`
// starts a section; `;` and `#` start comments. Keys are case-sensitive.
class IniFile {
 public:
  static Result<IniFile> Parse(std::string_view text);
  static Result<IniFile> Load(const std::string& path);

  // The value, or `fallback` when the key is absent.
  std::string Get(std::string_view section, std::string_view key,
                  std::string_view fallback = "") const;
  // Invalid when present but not a whole number in [min, max].
  Result<long> GetInt(std::string_view section, std::string_view key, long fallback, long min,
                      long max) const;

 private:
  std::map<std::string, std::string, std::less<>> values_;
};

struct DatabaseConfig {
  std::string socket;  // unix socket; when empty, host:port
  std::string host = "127.0.0.1";
  int port = 3306;
  std::string name = "eduportal";
  std::string user = "eduportal";
  std::string password;  // read from password_file when given
};

struct Config {
  DatabaseConfig database;
  std::string base_url;        // absolute URL of the main host, no trailing slash
  std::string main_site_slug;  // the site served at the root of the main host
  std::string templates_dir;
  std::string static_dir;
  std::string data_dir;
  std::string log_dir;
  std::string run_dir;  // module sockets
  std::string migrations_dir;  // db/migrations
  std::string demo_dir;        // db/demo
  int threads = 8;
  bool demo_mode = false;
  bool access_log = false;     // one log line per request (nginx logs access anyway)
  bool debug_headers = false;  // X-Db-Queries on every response (tests, bench)
  int cache_seconds = 1;       // nginx micro-cache time of anonymous public pages
  // [mail]: the command that takes one message (headers + body) on its standard input,
  // split on spaces and run without a shell; the sender address of every mail.
  std::string mail_command = "/usr/sbin/sendmail -t -i";
  std::string mail_from = "no-reply@localhost";

  // Files that must never be served directly (feedback attachments, internal documents,
  // dispatches): sent by nginx's internal /_private/ location after a module's check.
  std::string private_dir() const { return data_dir + "/private"; }
  std::string uploads_dir() const { return data_dir + "/uploads"; }

  // Loads and validates; relative paths are resolved against the file's folder.
  static Result<Config> Load(const std::string& path);
  static Result<Config> FromIni(const IniFile& ini, const std::string& base_dir);
};

}  // namespace core

#endif  // EDUPORTAL_CORE_CONFIG_H_
