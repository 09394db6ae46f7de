// Tests for modules/core/config.cc: INI parsing and the typed Config with its defaults
// and path resolution. A few tests write small files under a fresh temporary folder.
#include "core/config.h"

#include <cppunit/extensions/HelperMacros.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "unit/check.h"

namespace core {
namespace {

using unit::Quote;

IniFile MustParse(std::string_view text) {
  Result<IniFile> ini = IniFile::Parse(text);
  CPPUNIT_ASSERT_MESSAGE(ini.status().ToString(), ini.ok());
  return *ini;
}

Config MustConfig(std::string_view text, const std::string& base_dir) {
  Result<Config> c = Config::FromIni(MustParse(text), base_dir);
  CPPUNIT_ASSERT_MESSAGE(c.status().ToString(), c.ok());
  return *c;
}

class ConfigTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(ConfigTest);
  CPPUNIT_TEST(testIniSectionsAndKeys);
  CPPUNIT_TEST(testIniCommentsAndBlankLines);
  CPPUNIT_TEST(testIniBadLines);
  CPPUNIT_TEST(testIniLaterValueWins);
  CPPUNIT_TEST(testIniGetInt);
  CPPUNIT_TEST(testIniLoadMissingFile);
  CPPUNIT_TEST(testConfigDefaults);
  CPPUNIT_TEST(testConfigValues);
  CPPUNIT_TEST(testConfigResolvesRelativePaths);
  CPPUNIT_TEST(testConfigRejectsOutOfRangeNumbers);
  CPPUNIT_TEST(testConfigReadsPasswordFile);
  CPPUNIT_TEST(testConfigPasswordFileWithCrLf);
  CPPUNIT_TEST(testConfigMissingPasswordFile);
  CPPUNIT_TEST(testConfigLoadResolvesAgainstFileFolder);
  CPPUNIT_TEST_SUITE_END();

 public:
  void setUp() override {
    char templ[] = "/tmp/eduportal-config-test-XXXXXX";
    const char* dir = mkdtemp(templ);
    CPPUNIT_ASSERT(dir != nullptr);
    dir_ = dir;
  }
  void tearDown() override {
    std::error_code ec;
    if (!dir_.empty()) std::filesystem::remove_all(dir_, ec);
  }

  void testIniSectionsAndKeys() {
    IniFile ini = MustParse(
        "top = level\n"
        "[database]\n"
        "host = db.local\n"
        "port=3307\n"
        "  [ paths ]  \n"
        "templates =  /srv/tpl  \n"
        "empty =\n"
        "with_equals = a=b\n"
        "Case = upper\n");
    CPPUNIT_ASSERT_EQUAL(std::string("level"), ini.Get("", "top"));
    CPPUNIT_ASSERT_EQUAL(std::string("db.local"), ini.Get("database", "host"));
    CPPUNIT_ASSERT_EQUAL(std::string("3307"), ini.Get("database", "port"));
    CPPUNIT_ASSERT_EQUAL(std::string("/srv/tpl"), ini.Get("paths", "templates"));
    CPPUNIT_ASSERT_EQUAL(std::string(""), ini.Get("paths", "empty", "fallback"));
    CPPUNIT_ASSERT_EQUAL(std::string("a=b"), ini.Get("paths", "with_equals"));
    CPPUNIT_ASSERT_EQUAL(std::string("upper"), ini.Get("paths", "Case"));
    CPPUNIT_ASSERT_EQUAL(std::string("none"), ini.Get("paths", "case", "none"));  // case-sensitive
    CPPUNIT_ASSERT_EQUAL(std::string("none"), ini.Get("database", "templates", "none"));
    CPPUNIT_ASSERT_EQUAL(std::string(""), ini.Get("nope", "nope"));
  }

  void testIniCommentsAndBlankLines() {
    IniFile ini = MustParse(
        "; a comment\n"
        "# another\n"
        "\n"
        "   \t\n"
        "[server]\r\n"
        "  ; indented comment = not a key\n"
        "threads = 4\r\n"
        "#threads = 9\n"
        "last = no newline at end");
    CPPUNIT_ASSERT_EQUAL(std::string("4"), ini.Get("server", "threads"));
    CPPUNIT_ASSERT_EQUAL(std::string("none"), ini.Get("server", "; indented comment", "none"));
    CPPUNIT_ASSERT_EQUAL(std::string("no newline at end"), ini.Get("server", "last"));
    CPPUNIT_ASSERT(IniFile::Parse("").ok());
  }

  void testIniBadLines() {
    const char* inputs[] = {
        "just words\n",
        "[database\nhost = x\n",
        "[ok]\nkey value\n",
        "[ok]\nkey = 1\n]\n",
        "[\n",
    };
    for (const char* input : inputs) {
      Result<IniFile> ini = IniFile::Parse(input);
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !ini.ok());
      CPPUNIT_ASSERT_MESSAGE(Quote(input), ini.status().IsInvalid());
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !ini.status().user_message().empty());
    }
    // The detail names the line.
    Result<IniFile> third = IniFile::Parse("[a]\nx = 1\noops\n");
    CPPUNIT_ASSERT(!third.ok());
    CPPUNIT_ASSERT_EQUAL(std::string("INVALID: line 3"), third.status().ToString());
  }

  void testIniLaterValueWins() {
    IniFile ini = MustParse("[a]\nx = 1\n[b]\nx = 2\n[a]\nx = 3\n");
    CPPUNIT_ASSERT_EQUAL(std::string("3"), ini.Get("a", "x"));
    CPPUNIT_ASSERT_EQUAL(std::string("2"), ini.Get("b", "x"));
  }

  void testIniGetInt() {
    IniFile ini = MustParse("[n]\nok = 42\nneg = -3\nword = abc\ntail = 5x\nbig = 99999999999999999999999\n"
                            "space = 1 2\nempty =\n");
    Result<long> ok = ini.GetInt("n", "ok", 0, 0, 100);
    CPPUNIT_ASSERT(ok.ok());
    CPPUNIT_ASSERT_EQUAL(42L, *ok);
    Result<long> absent = ini.GetInt("n", "absent", 7, 0, 100);
    CPPUNIT_ASSERT(absent.ok());
    CPPUNIT_ASSERT_EQUAL(7L, *absent);
    Result<long> neg = ini.GetInt("n", "neg", 0, -10, 10);
    CPPUNIT_ASSERT(neg.ok());
    CPPUNIT_ASSERT_EQUAL(-3L, *neg);
    CPPUNIT_ASSERT(!ini.GetInt("n", "ok", 0, 0, 41).ok());
    CPPUNIT_ASSERT(!ini.GetInt("n", "ok", 0, 43, 100).ok());
    CPPUNIT_ASSERT(!ini.GetInt("n", "neg", 0, 0, 10).ok());
    const char* bad[] = {"word", "tail", "big", "space", "empty"};
    for (const char* key : bad) {
      Result<long> r = ini.GetInt("n", key, 0, LONG_MIN, LONG_MAX);
      CPPUNIT_ASSERT_MESSAGE(key, !r.ok());
      CPPUNIT_ASSERT_MESSAGE(key, r.status().IsInvalid());
      CPPUNIT_ASSERT_MESSAGE(r.status().detail(), r.status().detail().find(std::string("n.") + key) == 0);
    }
  }

  void testIniLoadMissingFile() {
    Result<IniFile> ini = IniFile::Load(dir_ + "/missing.conf");
    CPPUNIT_ASSERT(!ini.ok());
    CPPUNIT_ASSERT(ini.status().IsUnavailable());
  }

  void testConfigDefaults() {
    Config c = MustConfig("", "/etc/eduportal");
    CPPUNIT_ASSERT_EQUAL(std::string(""), c.database.socket);
    CPPUNIT_ASSERT_EQUAL(std::string("127.0.0.1"), c.database.host);
    CPPUNIT_ASSERT_EQUAL(3306, c.database.port);
    CPPUNIT_ASSERT_EQUAL(std::string("eduportal"), c.database.name);
    CPPUNIT_ASSERT_EQUAL(std::string("eduportal"), c.database.user);
    CPPUNIT_ASSERT_EQUAL(std::string(""), c.database.password);
    CPPUNIT_ASSERT_EQUAL(std::string("http://127.0.0.1:8080"), c.base_url);
    CPPUNIT_ASSERT_EQUAL(std::string(""), c.main_site_slug);
    CPPUNIT_ASSERT_EQUAL(std::string("/usr/share/eduportal/templates"), c.templates_dir);
    CPPUNIT_ASSERT_EQUAL(std::string("/usr/share/eduportal/www"), c.static_dir);
    CPPUNIT_ASSERT_EQUAL(std::string("/var/lib/eduportal"), c.data_dir);
    CPPUNIT_ASSERT_EQUAL(std::string("/var/log/eduportal"), c.log_dir);
    CPPUNIT_ASSERT_EQUAL(std::string("/run/eduportal"), c.run_dir);
    CPPUNIT_ASSERT_EQUAL(std::string("/usr/share/eduportal/db/migrations"), c.migrations_dir);
    CPPUNIT_ASSERT_EQUAL(std::string("/usr/share/eduportal/db/demo"), c.demo_dir);
    CPPUNIT_ASSERT_EQUAL(8, c.threads);
    CPPUNIT_ASSERT_EQUAL(false, c.demo_mode);
    CPPUNIT_ASSERT_EQUAL(false, c.access_log);
    CPPUNIT_ASSERT_EQUAL(false, c.debug_headers);
    CPPUNIT_ASSERT_EQUAL(1, c.cache_seconds);
  }

  void testConfigValues() {
    Config c = MustConfig(
        "[database]\nsocket = /run/mysqld/mysqld.sock\nhost = 10.0.0.2\nport = 3307\n"
        "name = pgd\nuser = web\n"
        "[portal]\nbase_url = https://pgd.edu.vn///\nmain_site = pgd-gia-lam\ndemo_mode = true\n"
        "[server]\nthreads = 16\naccess_log = true\ndebug_headers = true\n"
        "[cache]\nseconds = 0\n",
        "/etc/eduportal");
    CPPUNIT_ASSERT_EQUAL(std::string("/run/mysqld/mysqld.sock"), c.database.socket);
    CPPUNIT_ASSERT_EQUAL(std::string("10.0.0.2"), c.database.host);
    CPPUNIT_ASSERT_EQUAL(3307, c.database.port);
    CPPUNIT_ASSERT_EQUAL(std::string("pgd"), c.database.name);
    CPPUNIT_ASSERT_EQUAL(std::string("web"), c.database.user);
    CPPUNIT_ASSERT_EQUAL(std::string("https://pgd.edu.vn"), c.base_url);  // no trailing slash
    CPPUNIT_ASSERT_EQUAL(std::string("pgd-gia-lam"), c.main_site_slug);
    CPPUNIT_ASSERT_EQUAL(true, c.demo_mode);
    CPPUNIT_ASSERT_EQUAL(16, c.threads);
    CPPUNIT_ASSERT_EQUAL(true, c.access_log);
    CPPUNIT_ASSERT_EQUAL(true, c.debug_headers);
    CPPUNIT_ASSERT_EQUAL(0, c.cache_seconds);
  }

  void testConfigResolvesRelativePaths() {
    const char* text =
        "[database]\nsocket = run/db.sock\n"
        "[paths]\ntemplates = templates\nstatic = ../www\ndata = /srv/data\nlog = var/log\n"
        "run = var/run\nmigrations = db/migrations\ndemo = db/demo\n";
    Config c = MustConfig(text, "/opt/edu/etc");
    CPPUNIT_ASSERT_EQUAL(std::string("/opt/edu/etc/run/db.sock"), c.database.socket);
    CPPUNIT_ASSERT_EQUAL(std::string("/opt/edu/etc/templates"), c.templates_dir);
    CPPUNIT_ASSERT_EQUAL(std::string("/opt/edu/etc/../www"), c.static_dir);
    CPPUNIT_ASSERT_EQUAL(std::string("/srv/data"), c.data_dir);  // absolute: unchanged
    CPPUNIT_ASSERT_EQUAL(std::string("/opt/edu/etc/var/log"), c.log_dir);
    CPPUNIT_ASSERT_EQUAL(std::string("/opt/edu/etc/var/run"), c.run_dir);
    CPPUNIT_ASSERT_EQUAL(std::string("/opt/edu/etc/db/migrations"), c.migrations_dir);
    CPPUNIT_ASSERT_EQUAL(std::string("/opt/edu/etc/db/demo"), c.demo_dir);
    // Without a base folder, relative paths stay relative to the working directory.
    Config here = MustConfig(text, "");
    CPPUNIT_ASSERT_EQUAL(std::string("templates"), here.templates_dir);
  }

  void testConfigRejectsOutOfRangeNumbers() {
    const char* inputs[] = {
        "[database]\nport = 0\n",     "[database]\nport = 65536\n", "[database]\nport = http\n",
        "[server]\nthreads = 0\n",    "[server]\nthreads = 257\n",  "[server]\nthreads = many\n",
        "[cache]\nseconds = 6\n",     "[cache]\nseconds = -1\n",
    };
    for (const char* input : inputs) {
      Result<Config> c = Config::FromIni(MustParse(input), "/etc");
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !c.ok());
      CPPUNIT_ASSERT_MESSAGE(Quote(input), c.status().IsInvalid());
    }
    CPPUNIT_ASSERT(Config::FromIni(MustParse("[database]\nport = 65535\n[server]\nthreads = 256\n"
                                             "[cache]\nseconds = 5\n"),
                                   "/etc")
                       .ok());
  }

  void testConfigReadsPasswordFile() {
    Write("db.password", "  s3cr\xe1\xba\xbft\n");
    Config c = MustConfig("[database]\npassword_file = db.password\n", dir_);
    CPPUNIT_ASSERT_EQUAL(std::string("s3cr\xe1\xba\xbft"), c.database.password);
    Write("bare.password", "p@ss");
    Config bare = MustConfig("[database]\npassword_file = " + dir_ + "/bare.password\n", "/elsewhere");
    CPPUNIT_ASSERT_EQUAL(std::string("p@ss"), bare.database.password);
  }

  // A password file saved by a Windows editor ends in "\r\n"; the "\r" is not part of
  // the password.
  void testConfigPasswordFileWithCrLf() {
    Write("crlf.password", "s3cret\r\n");
    Config c = MustConfig("[database]\npassword_file = crlf.password\n", dir_);
    CPPUNIT_ASSERT_EQUAL(unit::Quote("s3cret"), unit::Quote(c.database.password));
  }

  void testConfigMissingPasswordFile() {
    Result<Config> c = Config::FromIni(MustParse("[database]\npassword_file = nope\n"), dir_);
    CPPUNIT_ASSERT(!c.ok());
    CPPUNIT_ASSERT(c.status().IsUnavailable());
    CPPUNIT_ASSERT(c.status().detail().find(dir_ + "/nope") != std::string::npos);
  }

  void testConfigLoadResolvesAgainstFileFolder() {
    Write("eduportal.conf", "[portal]\nmain_site = pgd\n[paths]\ntemplates = tpl\n");
    Result<Config> c = Config::Load(dir_ + "/eduportal.conf");
    CPPUNIT_ASSERT_MESSAGE(c.status().ToString(), c.ok());
    CPPUNIT_ASSERT_EQUAL(std::string("pgd"), c->main_site_slug);
    CPPUNIT_ASSERT_EQUAL(dir_ + "/tpl", c->templates_dir);
    Write("bad.conf", "[portal\n");
    CPPUNIT_ASSERT(Config::Load(dir_ + "/bad.conf").status().IsInvalid());
    CPPUNIT_ASSERT(Config::Load(dir_ + "/absent.conf").status().IsUnavailable());
  }

 private:
  void Write(const std::string& name, const std::string& content) {
    std::ofstream out(dir_ + "/" + name, std::ios::binary);
    out << content;
    CPPUNIT_ASSERT(out.good());
  }

  std::string dir_;
};

CPPUNIT_TEST_SUITE_REGISTRATION(ConfigTest);

}  // namespace
}  // namespace core
