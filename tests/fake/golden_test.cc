// Copyright 2026 The gtest_data Authors.
//
// Pins the first values of every field in every locale (see golden_cases.h).

#include <sstream>

#include "golden.h"
#include "golden_cases.h"
#include "gtest/gtest.h"

namespace gtest_data {
namespace {

TEST(FakeGoldenTest, OutputsMatchGoldenFile) {
  std::ostringstream out;
  testing_internal::WriteFakeGolden(out);
  EXPECT_TRUE(testing_internal::MatchesGoldenFile(out.str(), "fake_golden.txt"));
}

}  // namespace
}  // namespace gtest_data
