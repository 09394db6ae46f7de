// Tests for modules/core/password.cc: scrypt hashes and their stored form. Each hash
// with the production cost takes ~100 ms under ASan, so only two are made.
#include "core/password.h"

#include <cppunit/extensions/HelperMacros.h>

#include <string>

#include "unit/check.h"

namespace core::password {
namespace {

using unit::Quote;

bool IsLowerHex(const std::string& s) {
  return s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

class PasswordTest : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(PasswordTest);
  CPPUNIT_TEST(testHashAndVerify);
  CPPUNIT_TEST(testKnownVectors);
  CPPUNIT_TEST(testGarbageStoredForms);
  CPPUNIT_TEST(testRandomHex);
  CPPUNIT_TEST_SUITE_END();

 public:
  void testHashAndVerify() {
    const std::string password = "Mật khẩu 2016!";
    Result<std::string> stored = Hash(password);
    CPPUNIT_ASSERT_MESSAGE(stored.status().ToString(), stored.ok());
    // scrypt$N$r$p$<16-byte salt>$<32-byte hash>
    const std::string prefix = "scrypt$32768$8$1$";
    CPPUNIT_ASSERT_MESSAGE(*stored, stored->rfind(prefix, 0) == 0);
    std::string rest = stored->substr(prefix.size());
    CPPUNIT_ASSERT_EQUAL_MESSAGE(*stored, size_t{32 + 1 + 64}, rest.size());
    CPPUNIT_ASSERT_EQUAL_MESSAGE(*stored, '$', rest[32]);
    CPPUNIT_ASSERT_MESSAGE(*stored, IsLowerHex(rest.substr(0, 32)) && IsLowerHex(rest.substr(33)));

    CPPUNIT_ASSERT(Verify(password, *stored));
    CPPUNIT_ASSERT(!Verify("Mật khẩu 2016", *stored));
    CPPUNIT_ASSERT(!Verify("mật khẩu 2016!", *stored));
    CPPUNIT_ASSERT(!Verify("", *stored));

    // A fresh salt each time: the same password never hashes the same.
    Result<std::string> again = Hash(password);
    CPPUNIT_ASSERT(again.ok());
    CPPUNIT_ASSERT(*again != *stored);

    // Tampering with the hash or the salt makes the right password fail.
    std::string bad_hash = *stored;
    bad_hash.back() = bad_hash.back() == '0' ? '1' : '0';
    CPPUNIT_ASSERT(!Verify(password, bad_hash));
    std::string bad_salt = *stored;
    char& c = bad_salt[prefix.size()];
    c = c == '0' ? '1' : '0';
    CPPUNIT_ASSERT(!Verify(password, bad_salt));
  }

  // RFC 7914, section 12: scrypt test vectors, in our stored form. They check Verify
  // against an independent implementation and are cheap (N ≤ 1024).
  void testKnownVectors() {
    const std::string empty =
        "scrypt$16$1$1$$77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded"
        "0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906";
    CPPUNIT_ASSERT(Verify("", empty));
    CPPUNIT_ASSERT(!Verify("x", empty));
    const std::string nacl =
        "scrypt$1024$8$16$4e61436c$fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622"
        "eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640";
    CPPUNIT_ASSERT(Verify("password", nacl));
    CPPUNIT_ASSERT(!Verify("Password", nacl));
  }

  void testGarbageStoredForms() {
    const std::string salt = "00112233445566778899aabbccddeeff";
    const std::string hash(64, 'a');
    const std::string inputs[] = {
        "",
        "scrypt",
        "scrypt$",
        "$$$$$",
        "password",
        "bcrypt$32768$8$1$" + salt + "$" + hash,
        "scrypt$32768$8$1$" + salt,                      // five parts
        "scrypt$32768$8$1$" + salt + "$" + hash + "$x",  // seven parts
        "scrypt$x$8$1$" + salt + "$" + hash,
        "scrypt$$8$1$" + salt + "$" + hash,
        "scrypt$-1$8$1$" + salt + "$" + hash,
        "scrypt$32768$8$1x$" + salt + "$" + hash,
        "scrypt$32768$8$1$" + salt + "$",                 // empty hash
        "scrypt$32768$8$1$" + salt + "$abc",              // odd hex
        "scrypt$32768$8$1$" + salt + "$zz" + hash,        // not hex
        "scrypt$32768$8$1$0g$" + hash,
        "scrypt$1000$8$1$" + salt + "$" + hash,           // N not a power of two
        "scrypt$2097152$8$1$" + salt + "$" + hash,        // N too costly
        "scrypt$1048576$33$1$" + salt + "$" + hash,       // r too costly
        "scrypt$32768$8$17$" + salt + "$" + hash,         // p too costly
        "scrypt$1048576$32$16$" + salt + "$" + hash,      // beyond the memory limit
        "scrypt$99999999999999999999999$8$1$" + salt + "$" + hash,
    };
    for (const std::string& input : inputs) {
      CPPUNIT_ASSERT_MESSAGE(Quote(input), !Verify("password", input));
    }
  }

  void testRandomHex() {
    Result<std::string> a = RandomHex(16);
    Result<std::string> b = RandomHex(16);
    CPPUNIT_ASSERT(a.ok() && b.ok());
    CPPUNIT_ASSERT_EQUAL(size_t{32}, a->size());
    CPPUNIT_ASSERT_MESSAGE(*a, IsLowerHex(*a));
    CPPUNIT_ASSERT(*a != *b);
    Result<std::string> one = RandomHex(1);
    CPPUNIT_ASSERT(one.ok());
    CPPUNIT_ASSERT_EQUAL(size_t{2}, one->size());
  }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PasswordTest);

}  // namespace
}  // namespace core::password
