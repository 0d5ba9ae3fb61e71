// Copyright 2026 The gtest_data Authors.
//
// The two properties every seeded generator has: the same seed gives the
// same values (and consumes the same draws), different seeds give different
// values.

#ifndef GTEST_DATA_TESTS_SUPPORT_SEED_PROPERTIES_H_
#define GTEST_DATA_TESTS_SUPPORT_SEED_PROPERTIES_H_

#include <cstdint>
#include <functional>
#include <string>

#include "gtest/gtest.h"
#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace testing_internal {

using StringGenerator = std::function<std::string(Rng&)>;

// 100 values from two engines of `seed` are equal, and the engines end in
// the same state.
inline void ExpectSameSeedSameValues(const std::string& name,
                                     const StringGenerator& generate, uint64_t seed) {
  Rng a(seed);
  Rng b(seed);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(generate(a), generate(b)) << name;
  EXPECT_EQ(a, b) << name << " consumed a different number of draws";
}

// 100 values from seeds 1 and 2 differ pairwise.
inline void ExpectDifferentSeedsDiffer(const std::string& name,
                                       const StringGenerator& generate) {
  Rng a(1);
  Rng b(2);
  int equal = 0;
  for (int i = 0; i < 100; ++i) equal += generate(a) == generate(b) ? 1 : 0;
  EXPECT_EQ(equal, 0) << name;
}

}  // namespace testing_internal
}  // namespace gtest_data

#endif  // GTEST_DATA_TESTS_SUPPORT_SEED_PROPERTIES_H_
