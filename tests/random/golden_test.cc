// Copyright 2026 The gtest_data Authors.
//
// Pins every seeded output of the random module. The same text is produced
// by random_golden built with clang and libc++ (see tests/CMakeLists.txt), so
// a difference between standard libraries fails CI.

#include <sstream>

#include "golden.h"
#include "golden_cases.h"
#include "gtest/gtest.h"

namespace gtest_data {
namespace {

TEST(RandomGoldenTest, OutputsMatchGoldenFile) {
  std::ostringstream out;
  testing_internal::WriteRandomGolden(out);
  EXPECT_TRUE(testing_internal::MatchesGoldenFile(out.str(), "random_golden.txt"));
}

}  // namespace
}  // namespace gtest_data
