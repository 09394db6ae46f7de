// Runs every registered CppUnit suite, prints each failure, and ends with the one line
// that scripts/check.sh parses: "unit: N passed, N failed" (N counts test methods).
// An optional argument runs only the test methods whose full name contains it:
// `unit_tests VntextTest`, `unit_tests testSlugify`.
#include <cppunit/Exception.h>
#include <cppunit/Message.h>
#include <cppunit/SourceLine.h>
#include <cppunit/Test.h>
#include <cppunit/TestFailure.h>
#include <cppunit/TestListener.h>
#include <cppunit/TestResult.h>
#include <cppunit/extensions/TestFactoryRegistry.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

// Counts test methods (not assertions) and prints each failure as it happens, so a
// crash later in the run still leaves the earlier failures on screen.
class CountingListener : public CppUnit::TestListener {
 public:
  void startTest(CppUnit::Test*) override {
    ++run_;
    current_failed_ = false;
  }
  void addFailure(const CppUnit::TestFailure& failure) override {
    if (!current_failed_) ++failed_;
    current_failed_ = true;
    const CppUnit::Exception* e = failure.thrownException();
    std::cout << (failure.isError() ? "ERROR " : "FAIL ") << failure.failedTestName();
    CppUnit::SourceLine where = failure.sourceLine();
    if (where.isValid()) std::cout << " (" << where.fileName() << ":" << where.lineNumber() << ")";
    std::cout << "\n";
    if (e != nullptr) {
      const CppUnit::Message& m = e->message();
      if (!m.shortDescription().empty()) std::cout << "  " << m.shortDescription() << "\n";
      std::string details = m.details();
      // Indent every line of the details.
      std::string indented = "  ";
      for (char c : details) {
        indented += c;
        if (c == '\n') indented += "  ";
      }
      while (!indented.empty() && (indented.back() == ' ' || indented.back() == '\n')) {
        indented.pop_back();
      }
      if (!details.empty()) std::cout << indented << "\n";
    }
    std::cout.flush();
  }

  int run() const { return run_; }
  int failed() const { return failed_; }

 private:
  int run_ = 0;
  int failed_ = 0;
  bool current_failed_ = false;
};

// The leaves of the suite tree (one per test method) whose name contains `filter`.
void CollectMethods(CppUnit::Test* test, const std::string& filter,
                    std::vector<CppUnit::Test*>* out) {
  if (test->getChildTestCount() == 0) {
    if (test->getName().find(filter) != std::string::npos) out->push_back(test);
    return;
  }
  for (int i = 0; i < test->getChildTestCount(); ++i) {
    CollectMethods(test->getChildTestAt(i), filter, out);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string filter = argc > 1 ? argv[1] : "";
  std::unique_ptr<CppUnit::Test> all(CppUnit::TestFactoryRegistry::getRegistry().makeTest());
  CppUnit::TestResult result;
  CountingListener listener;
  result.addListener(&listener);
  std::vector<CppUnit::Test*> methods;
  CollectMethods(all.get(), filter, &methods);
  if (methods.empty()) std::cout << "no test matches \"" << filter << "\"\n";
  for (CppUnit::Test* method : methods) method->run(&result);
  int failed = listener.failed();
  int passed = listener.run() - failed;
  std::cout << "unit: " << passed << " passed, " << failed << " failed" << std::endl;
  return failed == 0 && listener.run() > 0 ? 0 : 1;
}
