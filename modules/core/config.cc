// INI parsing and the typed configuration.
#include "core/config.h"

#include <charconv>
#include <fstream>
#include <sstream>

namespace core {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string Key(std::string_view section, std::string_view key) {
  std::string k(section);
  k += '.';
  k += key;
  return k;
}

std::string Resolve(const std::string& base_dir, const std::string& path) {
  if (path.empty() || path.front() == '/' || base_dir.empty()) return path;
  return base_dir + "/" + path;
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Unavailable("cannot open " + path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

Result<IniFile> IniFile::Parse(std::string_view text) {
  IniFile ini;
  std::string section;
  int line_no = 0;
  while (!text.empty()) {
    size_t eol = text.find('\n');
    std::string_view line = Trim(text.substr(0, eol));
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    ++line_no;
    if (line.empty() || line.front() == ';' || line.front() == '#') continue;
    if (line.front() == '[') {
      if (line.back() != ']') {
        return Status::Invalid("Tệp cấu hình sai cú pháp.", "line " + std::to_string(line_no));
      }
      section = std::string(Trim(line.substr(1, line.size() - 2)));
      continue;
    }
    size_t eq = line.find('=');
    if (eq == std::string_view::npos) {
      return Status::Invalid("Tệp cấu hình sai cú pháp.", "line " + std::to_string(line_no));
    }
    ini.values_[Key(section, Trim(line.substr(0, eq)))] = std::string(Trim(line.substr(eq + 1)));
  }
  return ini;
}

Result<IniFile> IniFile::Load(const std::string& path) {
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  return Parse(*text);
}

std::string IniFile::Get(std::string_view section, std::string_view key,
                         std::string_view fallback) const {
  auto it = values_.find(Key(section, key));
  return it == values_.end() ? std::string(fallback) : it->second;
}

Result<long> IniFile::GetInt(std::string_view section, std::string_view key, long fallback,
                             long min, long max) const {
  auto it = values_.find(Key(section, key));
  if (it == values_.end()) return fallback;
  long value = 0;
  const std::string& s = it->second;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size() || value < min || value > max) {
    return Status::Invalid("Giá trị cấu hình không hợp lệ.", Key(section, key) + " = " + s);
  }
  return value;
}

Result<Config> Config::FromIni(const IniFile& ini, const std::string& base_dir) {
  Config c;
  c.database.socket = Resolve(base_dir, ini.Get("database", "socket"));
  c.database.host = ini.Get("database", "host", "127.0.0.1");
  Result<long> port = ini.GetInt("database", "port", 3306, 1, 65535);
  if (!port.ok()) return port.status();
  c.database.port = static_cast<int>(*port);
  c.database.name = ini.Get("database", "name", "eduportal");
  c.database.user = ini.Get("database", "user", "eduportal");
  std::string password_file = Resolve(base_dir, ini.Get("database", "password_file"));
  if (!password_file.empty()) {
    Result<std::string> pw = ReadFile(password_file);
    if (!pw.ok()) return pw.status();
    std::string_view pw_text = *pw;
    while (!pw_text.empty() && (pw_text.back() == '\n' || pw_text.back() == '\r')) {
      pw_text.remove_suffix(1);
    }
    c.database.password = std::string(Trim(pw_text));
  }
  c.base_url = ini.Get("portal", "base_url", "http://127.0.0.1:8080");
  while (!c.base_url.empty() && c.base_url.back() == '/') c.base_url.pop_back();
  c.main_site_slug = ini.Get("portal", "main_site", "");
  c.templates_dir = Resolve(base_dir, ini.Get("paths", "templates", "/usr/share/eduportal/templates"));
  c.static_dir = Resolve(base_dir, ini.Get("paths", "static", "/usr/share/eduportal/www"));
  c.data_dir = Resolve(base_dir, ini.Get("paths", "data", "/var/lib/eduportal"));
  c.log_dir = Resolve(base_dir, ini.Get("paths", "log", "/var/log/eduportal"));
  c.run_dir = Resolve(base_dir, ini.Get("paths", "run", "/run/eduportal"));
  c.migrations_dir =
      Resolve(base_dir, ini.Get("paths", "migrations", "/usr/share/eduportal/db/migrations"));
  c.demo_dir = Resolve(base_dir, ini.Get("paths", "demo", "/usr/share/eduportal/db/demo"));
  Result<long> threads = ini.GetInt("server", "threads", 8, 1, 256);
  if (!threads.ok()) return threads.status();
  c.threads = static_cast<int>(*threads);
  c.demo_mode = ini.Get("portal", "demo_mode", "false") == "true";
  c.access_log = ini.Get("server", "access_log", "false") == "true";
  c.debug_headers = ini.Get("server", "debug_headers", "false") == "true";
  Result<long> cache = ini.GetInt("cache", "seconds", 1, 0, 5);
  if (!cache.ok()) return cache.status();
  c.cache_seconds = static_cast<int>(*cache);
  c.mail_command = ini.Get("mail", "sendmail", c.mail_command);
  c.mail_from = ini.Get("mail", "from", c.mail_from);
  if (c.mail_from.find_first_of("\r\n") != std::string::npos) {
    return Status::Invalid("Địa chỉ gửi thư không hợp lệ.", "[mail] from has a line break");
  }
  return c;
}

Result<Config> Config::Load(const std::string& path) {
  Result<IniFile> ini = IniFile::Load(path);
  if (!ini.ok()) return ini.status();
  std::string base_dir;
  size_t slash = path.rfind('/');
  if (slash != std::string::npos) base_dir = path.substr(0, slash);
  return FromIni(*ini, base_dir);
}

}  // namespace core
