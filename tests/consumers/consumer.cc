// Copyright 2026 The gtest_data Authors.
//
// A tiny user of gtest_data, built against the installed package and as a
// subdirectory. Prints a seeded value and checks it against the golden one,
// so a broken install that still links would fail too.

#include <iostream>

#include "gtest_data/gtest_data.h"

int main() {
  gtest_data::Rng rng(gtest_data::DeriveSeed(gtest_data::kDefaultRunSeed,
                                             "consumer"));
  const uint64_t roll = gtest_data::UniformBelow(rng, 1000000);
  std::cout << "gtest_data " << gtest_data::kVersionString << " roll " << roll
            << "\n";
  // Pinned: the determinism contract says this never changes within a data
  // version.
  return roll == CONSUMER_EXPECTED_ROLL ? 0 : 1;
}
