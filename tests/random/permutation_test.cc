// Copyright 2026 The gtest_data Authors.

#include "gtest_data/random/permutation.h"

#include <cstdint>
#include <vector>

#include "gtest/gtest.h"
#include "gtest_data/random/rng.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace {

TEST(IndexPermutationTest, ApiExample) {
  // The example of the file comment of permutation.h, checked.
  IndexPermutation parents(300, DeriveSeed(42, "payments", "order_id"));
  std::vector<bool> seen(300, false);
  for (uint64_t row = 0; row < 300; ++row) {
    const uint64_t parent = parents.At(row);
    ASSERT_LT(parent, 300u);
    EXPECT_FALSE(seen[parent]) << "row " << row << " repeats parent " << parent;
    seen[parent] = true;
  }
}

TEST(IndexPermutationTest, IsABijectionForEverySizeUpTo300) {
  // Every width (odd and even bit counts, exact powers of two, one past
  // them), several seeds.
  for (uint64_t n = 1; n <= 300; ++n) {
    for (uint64_t seed : {uint64_t{0}, uint64_t{7}, ~uint64_t{0}}) {
      IndexPermutation p(n, seed);
      ASSERT_EQ(p.size(), n);
      std::vector<int> hits(n, 0);
      for (uint64_t i = 0; i < n; ++i) {
        const uint64_t v = p.At(i);
        ASSERT_LT(v, n) << "n=" << n << " seed=" << seed << " i=" << i;
        ++hits[v];
        ASSERT_EQ(p.IndexOf(v), i) << "n=" << n << " seed=" << seed;
      }
      for (uint64_t v = 0; v < n; ++v) ASSERT_EQ(hits[v], 1) << "n=" << n << " v=" << v;
    }
  }
}

TEST(IndexPermutationTest, IsABijectionOnALargerDomain) {
  const uint64_t n = (uint64_t{1} << 17) + 3;  // a walk of up to 2^18 / n steps
  IndexPermutation p(n, 99);
  std::vector<char> seen(n, 0);
  for (uint64_t i = 0; i < n; ++i) {
    const uint64_t v = p.At(i);
    ASSERT_LT(v, n);
    ASSERT_EQ(seen[v], 0) << "repeated " << v;
    seen[v] = 1;
  }
}

TEST(IndexPermutationTest, InvertsOnTheWidestDomains) {
  // 2^64 - 1 elements: halves of 32 bits, and the walk must never step
  // onto the one value past the end.
  for (uint64_t n : {~uint64_t{0}, uint64_t{1} << 63, (uint64_t{1} << 62) + 1}) {
    IndexPermutation p(n, 5);
    Rng rng(n);
    for (int k = 0; k < 1000; ++k) {
      const uint64_t i = rng.Next() % n;
      const uint64_t v = p.At(i);
      ASSERT_LT(v, n);
      ASSERT_EQ(p.IndexOf(v), i);
    }
  }
}

TEST(IndexPermutationTest, DependsOnTheSeed) {
  IndexPermutation a(1000, 1);
  IndexPermutation b(1000, 2);
  int same = 0;
  for (uint64_t i = 0; i < 1000; ++i) same += a.At(i) == b.At(i) ? 1 : 0;
  // Two random permutations agree in about one place.
  EXPECT_LT(same, 10);
  // And the same seed gives the same permutation.
  IndexPermutation c(1000, 1);
  for (uint64_t i = 0; i < 1000; ++i) ASSERT_EQ(a.At(i), c.At(i));
}

TEST(IndexPermutationTest, LooksShuffled) {
  // Not a statistical test suite; a guard against a permutation that leaves
  // most elements near their place (too few rounds, a weak round function).
  const uint64_t n = 10000;
  IndexPermutation p(n, 3);
  int fixed_points = 0;
  int near = 0;  // within 1% of their position
  int rises = 0;
  uint64_t previous = p.At(0);
  for (uint64_t i = 0; i < n; ++i) {
    const uint64_t v = p.At(i);
    fixed_points += v == i ? 1 : 0;
    near += (v > i ? v - i : i - v) < n / 100 ? 1 : 0;
    if (i > 0) rises += v > previous ? 1 : 0;
    previous = v;
  }
  EXPECT_LT(fixed_points, 8);         // expected about 1
  EXPECT_LT(near, 2 * n / 100 + 60);  // expected about 2%
  EXPECT_GT(rises, 4800);             // expected about half of 9999
  EXPECT_LT(rises, 5200);
}

TEST(IndexPermutationDeathTest, RefusesPositionsOutsideTheDomain) {
  IndexPermutation p(10, 1);
  EXPECT_DEATH(p.At(10), "IndexPermutation::At needs a position below size\\(\\)");
  EXPECT_DEATH(p.IndexOf(10), "IndexPermutation::IndexOf needs a value below size\\(\\)");
  IndexPermutation empty(0, 1);
  EXPECT_EQ(empty.size(), 0u);
  EXPECT_DEATH(empty.At(0), "below size");
}

}  // namespace
}  // namespace gtest_data
