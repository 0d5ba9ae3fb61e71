// Copyright 2026 The gtest_data Authors.

#include "gtest_data/random/permutation.h"

#include "gtest_data/internal/check.h"
#include "gtest_data/random/rng.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {

IndexPermutation::IndexPermutation(uint64_t n, uint64_t seed) : n_(n) {
  // Bits of the largest element, n - 1, rounded up to an even count, at
  // least 2 (so each half has a bit).
  int bits = 0;
  for (uint64_t largest = n > 0 ? n - 1 : 0; largest != 0; largest >>= 1) ++bits;
  if (bits < 2) bits = 2;
  if (bits % 2 != 0) ++bits;
  half_bits_ = bits / 2;
  half_mask_ = half_bits_ == 32 ? 0xffffffffu : (uint64_t{1} << half_bits_) - 1;
  for (int r = 0; r < kRounds; ++r) keys_[r] = DeriveIndexSeed(seed, static_cast<uint64_t>(r));
}

uint64_t IndexPermutation::Forward(uint64_t x) const {
  uint64_t left = x >> half_bits_;
  uint64_t right = x & half_mask_;
  for (int r = 0; r < kRounds; ++r) {
    const uint64_t next = left ^ (Mix64(keys_[r] ^ right) & half_mask_);
    left = right;
    right = next;
  }
  return (left << half_bits_) | right;
}

uint64_t IndexPermutation::Backward(uint64_t x) const {
  uint64_t left = x >> half_bits_;
  uint64_t right = x & half_mask_;
  for (int r = kRounds - 1; r >= 0; --r) {
    const uint64_t previous = right ^ (Mix64(keys_[r] ^ left) & half_mask_);
    right = left;
    left = previous;
  }
  return (left << half_bits_) | right;
}

uint64_t IndexPermutation::At(uint64_t i) const {
  GTEST_DATA_INTERNAL_CHECK_(i < n_, "IndexPermutation::At needs a position below size()");
  // Cycle walking: the cycle through i of the Feistel bijection returns to
  // i, which is below n, so the walk ends.
  uint64_t x = Forward(i);
  while (x >= n_) x = Forward(x);
  return x;
}

uint64_t IndexPermutation::IndexOf(uint64_t value) const {
  GTEST_DATA_INTERNAL_CHECK_(value < n_, "IndexPermutation::IndexOf needs a value below size()");
  uint64_t x = Backward(value);
  while (x >= n_) x = Backward(x);
  return x;
}

}  // namespace gtest_data
