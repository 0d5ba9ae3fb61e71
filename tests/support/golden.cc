// Copyright 2026 The gtest_data Authors.

#include "golden.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace gtest_data {
namespace testing_internal {
namespace {

std::string LineAt(const std::string& text, size_t line_number) {
  std::istringstream in(text);
  std::string line;
  for (size_t i = 0; i < line_number && std::getline(in, line); ++i) {
  }
  return line;
}

}  // namespace

std::string TestdataPath(const std::string& name) {
  if (const char* dir = std::getenv("GTEST_DATA_TESTDATA_DIR");
      dir != nullptr && *dir != '\0') {
    return std::string(dir) + "/" + name;
  }
#ifdef GTEST_DATA_TESTDATA_DIR
  return std::string(GTEST_DATA_TESTDATA_DIR) + "/" + name;
#else
  return "tests/testdata/" + name;
#endif
}

::testing::AssertionResult MatchesGoldenFile(const std::string& actual,
                                             const std::string& name) {
  const std::string path = TestdataPath(name);
  const char* update = std::getenv("GTEST_DATA_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << actual;
    if (!out.good()) {
      return ::testing::AssertionFailure() << path << ": cannot write";
    }
    return ::testing::AssertionFailure()
           << path << ": rewritten (GTEST_DATA_UPDATE_GOLDEN=1); rerun without "
           << "it and review the diff";
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return ::testing::AssertionFailure()
           << path << ": cannot read golden file; create it with "
           << "GTEST_DATA_UPDATE_GOLDEN=1";
  }
  std::ostringstream expected;
  expected << in.rdbuf();
  if (expected.str() == actual) return ::testing::AssertionSuccess();

  // Find the first differing line, to point at the change.
  size_t line = 1;
  for (size_t i = 0; i < actual.size() && i < expected.str().size() &&
                     actual[i] == expected.str()[i];
       ++i) {
    if (actual[i] == '\n') ++line;
  }
  return ::testing::AssertionFailure()
         << path << ":" << line << ": output differs from the golden file\n"
         << "  expected: " << LineAt(expected.str(), line) << "\n"
         << "  actual:   " << LineAt(actual, line) << "\n"
         << "If the change is deliberate, bump the data version and rerun with "
         << "GTEST_DATA_UPDATE_GOLDEN=1.";
}

}  // namespace testing_internal
}  // namespace gtest_data
