// Copyright 2026 The gtest_data Authors.

#include "gtest_data/random/rng.h"

#include <cstddef>

#include "gtest_data/internal/check.h"

namespace gtest_data {

void Rng::Jump() {
  // The jump polynomial for 2^128 steps, from the xoshiro256** reference.
  static constexpr uint64_t kJump[] = {0x180ec6d33cfd0abau, 0xd5a61266f0c9392cu,
                                       0xa9582618e03fc9aau, 0x39abdc4529b1661cu};
  std::array<uint64_t, 4> acc = {0, 0, 0, 0};
  for (uint64_t word : kJump) {
    for (int bit = 0; bit < 64; ++bit) {
      if (word & (uint64_t{1} << bit)) {
        for (size_t i = 0; i < acc.size(); ++i) acc[i] ^= s_[i];
      }
      Next();
    }
  }
  s_ = acc;
}

}  // namespace gtest_data
