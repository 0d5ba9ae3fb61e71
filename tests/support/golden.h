// Copyright 2026 The gtest_data Authors.
//
// Golden-file comparison for tests.
//
//   EXPECT_TRUE(gtest_data::testing_internal::MatchesGoldenFile(
//       actual_text, "random_golden.txt"));
//
// Golden files live in tests/testdata/. The directory is found through the
// environment variable GTEST_DATA_TESTDATA_DIR, else the compile-time
// GTEST_DATA_TESTDATA_DIR (CMake sets it to the absolute source path), else
// "tests/testdata" relative to the working directory (Bazel's runfiles root).
// With GTEST_DATA_UPDATE_GOLDEN=1 the file is rewritten instead of compared,
// and the test fails so that an update is never mistaken for a pass.

#ifndef GTEST_DATA_TESTS_SUPPORT_GOLDEN_H_
#define GTEST_DATA_TESTS_SUPPORT_GOLDEN_H_

#include <string>

#include "gtest/gtest.h"

namespace gtest_data {
namespace testing_internal {

// Returns the path of `name` inside the testdata directory.
std::string TestdataPath(const std::string& name);

// Compares `actual` with the golden file `name`. On a mismatch the failure
// names the file, the first differing line (1-based) and both versions of it.
::testing::AssertionResult MatchesGoldenFile(const std::string& actual,
                                             const std::string& name);

}  // namespace testing_internal
}  // namespace gtest_data

#endif  // GTEST_DATA_TESTS_SUPPORT_GOLDEN_H_
