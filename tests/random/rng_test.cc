// Copyright 2026 The gtest_data Authors.

#include "gtest_data/random/rng.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "gtest/gtest.h"

namespace gtest_data {
namespace {

TEST(SplitMix64Test, MatchesPublishedSequenceForSeedZero) {
  // The widely published first outputs of SplitMix64 seeded with 0.
  SplitMix64 sm(0);
  EXPECT_EQ(sm.Next(), 0xe220a8397b1dcdafu);
  EXPECT_EQ(sm.Next(), 0x6e789e6aa1b965f4u);
  EXPECT_EQ(sm.Next(), 0x06c45d188009454fu);
  EXPECT_EQ(sm.Next(), 0xf88bb8a8724c81ecu);
}

TEST(RngTest, MatchesReferenceOutputsFromStateOneTwoThreeFour) {
  // The reference test vector of xoshiro256** from state {1, 2, 3, 4}, as
  // other ports of the reference C code publish it.
  Rng rng(std::array<uint64_t, 4>{1, 2, 3, 4});
  const uint64_t expected[] = {11520u,
                               0u,
                               1509978240u,
                               1215971899390074240u,
                               1216172134540287360u,
                               607988272756665600u,
                               16172922978634559625u,
                               8476171486693032832u,
                               10595114339597558777u,
                               2904607092377533576u};
  for (uint64_t want : expected) EXPECT_EQ(rng.Next(), want);
}

TEST(RngTest, SeedFillsStateFromSplitMix64) {
  Rng rng(0);
  SplitMix64 sm(0);
  for (uint64_t word : rng.state()) EXPECT_EQ(word, sm.Next());
}

TEST(RngTest, SameSeedSameSequenceDifferentSeedDifferentSequence) {
  Rng a(7), b(7), c(8);
  for (int i = 0; i < 100; ++i) {
    const uint64_t x = a.Next();
    EXPECT_EQ(x, b.Next());
    EXPECT_NE(x, c.Next()) << "at draw " << i;
  }
}

TEST(RngTest, RestoringSavedStateContinuesTheSequence) {
  Rng rng(99);
  rng.Next();
  Rng copy(rng.state());
  EXPECT_EQ(copy, rng);
  for (int i = 0; i < 10; ++i) EXPECT_EQ(copy.Next(), rng.Next());
}

TEST(RngDeathTest, AllZeroStateIsRejected) {
  EXPECT_DEATH_IF_SUPPORTED(Rng(std::array<uint64_t, 4>{0, 0, 0, 0}),
                            "all-zero xoshiro256\\*\\* state");
}

TEST(RngTest, SatisfiesUniformRandomBitGenerator) {
  static_assert(Rng::min() == 0, "");
  static_assert(Rng::max() == ~uint64_t{0}, "");
  Rng a(3), b(3);
  EXPECT_EQ(a(), b.Next());
}

TEST(RngTest, BitsAreBalanced) {
  // Each of the 64 output bits should be set in about half of the draws:
  // 20000 draws give a standard deviation of ~71, so 600 is > 8 sigma.
  Rng rng(2026);
  std::array<int, 64> ones{};
  constexpr int kDraws = 20000;
  for (int i = 0; i < kDraws; ++i) {
    const uint64_t x = rng.Next();
    for (int bit = 0; bit < 64; ++bit) ones[bit] += (x >> bit) & 1;
  }
  for (int bit = 0; bit < 64; ++bit) {
    EXPECT_NEAR(ones[bit], kDraws / 2, 600) << "bit " << bit;
  }
}

TEST(RngTest, JumpCommutesWithNext) {
  // A jump is a polynomial in the transition, so it commutes with a step.
  Rng a(5), b(5);
  a.Jump();
  a.Next();
  b.Next();
  b.Jump();
  EXPECT_EQ(a, b);
}

TEST(RngTest, JumpIsLinearOverGf2) {
  // xoshiro's state transition is linear over GF(2), hence so is the jump:
  // jump(x ^ y) == jump(x) ^ jump(y).
  const std::array<uint64_t, 4> x = {1, 2, 3, 4};
  const std::array<uint64_t, 4> y = {0xdeadbeef, 0, 77, 1u << 31};
  std::array<uint64_t, 4> x_xor_y;
  for (int i = 0; i < 4; ++i) x_xor_y[i] = x[i] ^ y[i];
  Rng rx(x), ry(y), rxy(x_xor_y);
  rx.Jump();
  ry.Jump();
  rxy.Jump();
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(rxy.state()[i], rx.state()[i] ^ ry.state()[i]) << "word " << i;
  }
}

TEST(RngTest, JumpedStreamDoesNotOverlapTheStart) {
  Rng start(11), jumped(11);
  jumped.Jump();
  std::vector<uint64_t> head;
  for (int i = 0; i < 1000; ++i) head.push_back(start.Next());
  std::sort(head.begin(), head.end());
  for (int i = 0; i < 1000; ++i) {
    EXPECT_FALSE(std::binary_search(head.begin(), head.end(), jumped.Next()));
  }
}

}  // namespace
}  // namespace gtest_data
