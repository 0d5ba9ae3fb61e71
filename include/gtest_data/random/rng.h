// Copyright 2026 The gtest_data Authors.
//
// The pseudo-random engines behind every seeded value in gtest_data.
//
//   gtest_data::Rng rng(42);
//   uint64_t bits = rng.Next();              // 64 uniformly random bits
//   uint64_t die = gtest_data::UniformBelow(rng, 6) + 1;  // distributions.h
//
// `Rng` is xoshiro256** 1.0 (Blackman and Vigna, 2018), whose 256-bit state
// is filled from the seed by SplitMix64 (Steele, Lea and Flood, 2014), as the
// xoshiro authors recommend. Both algorithms are fully specified integer
// arithmetic, so a seed yields the same sequence on every compiler, standard
// library and CPU. Golden tests pin the outputs; they are part of the API and
// change only with a new data version (see gtest_data/version.h).
//
// Thread-safety: thread-compatible, not thread-safe. Give each thread its own
// engine, derived with DeriveSeed() (seed.h), rather than sharing one.

#ifndef GTEST_DATA_RANDOM_RNG_H_
#define GTEST_DATA_RANDOM_RNG_H_

#include <array>
#include <cstdint>
#include <limits>

#include "gtest_data/internal/check.h"

namespace gtest_data {

// The SplitMix64 finaliser: a bijective 64-bit mixing function. Every input
// bit affects every output bit with probability close to one half. Used to
// seed `Rng` and to derive seeds; exposed because its exact values are part of
// the documented seed-derivation scheme.
constexpr uint64_t Mix64(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
  return z ^ (z >> 31);
}

// SplitMix64: a tiny 64-bit generator with a 64-bit state. Good enough on its
// own for seeding; `Rng` is the engine for data.
//
// Determinism: output for a given seed is fixed forever.
class SplitMix64 {
 public:
  constexpr explicit SplitMix64(uint64_t seed) : state_(seed) {}

  // Returns the next 64-bit output.
  constexpr uint64_t Next() {
    state_ += 0x9e3779b97f4a7c15u;
    return Mix64(state_);
  }

 private:
  uint64_t state_;
};

// xoshiro256**: the engine behind all seeded data. Satisfies the standard's
// UniformRandomBitGenerator requirements, so it can drive standard algorithms
// in code that is not seeded; seeded code uses the distributions in
// distributions.h instead of std:: distributions, whose algorithms differ
// between standard libraries.
//
// Determinism: for a given seed, the sequence of Next() values is fixed
// forever and identical on every platform.
class Rng {
 public:
  using result_type = uint64_t;

  // Seeds the 256-bit state with four consecutive SplitMix64(seed) outputs.
  // Every seed is valid; SplitMix64 never yields four zero words in a row.
  explicit Rng(uint64_t seed) {
    // Inline: bulk generation makes an engine per record and per field.
    SplitMix64 seeder(seed);
    for (uint64_t& word : s_) word = seeder.Next();
  }

  // Restores an engine from a state saved with state(). Requires a state that
  // is not all zero (xoshiro's one fixed point).
  explicit Rng(const std::array<uint64_t, 4>& state) : s_(state) {
    GTEST_DATA_INTERNAL_CHECK_((s_[0] | s_[1] | s_[2] | s_[3]) != 0,
                               "an all-zero xoshiro256** state never changes");
  }

  // Returns 64 uniformly distributed bits and advances the state.
  uint64_t Next() {
    const uint64_t result = RotateLeft(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = RotateLeft(s_[3], 45);
    return result;
  }

  // UniformRandomBitGenerator interface.
  uint64_t operator()() { return Next(); }
  static constexpr uint64_t min() { return 0; }
  static constexpr uint64_t max() {
    return std::numeric_limits<uint64_t>::max();
  }

  // Advances the state by 2^128 calls of Next(), using the reference jump
  // polynomial. Yields up to 2^128 non-overlapping subsequences from one seed.
  // Prefer DeriveSeed() for named streams; Jump() is for fixed partitions.
  void Jump();

  // The raw state, for golden tests and for saving a stream position.
  const std::array<uint64_t, 4>& state() const { return s_; }

  // Two engines are equal when their states are: they then yield the same
  // sequence from here on.
  friend bool operator==(const Rng& a, const Rng& b) { return a.s_ == b.s_; }
  friend bool operator!=(const Rng& a, const Rng& b) { return !(a == b); }

 private:
  static constexpr uint64_t RotateLeft(uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
  }

  std::array<uint64_t, 4> s_;
};

}  // namespace gtest_data

#endif  // GTEST_DATA_RANDOM_RNG_H_
