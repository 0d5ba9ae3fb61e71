// Copyright 2026 The gtest_data Authors.
//
// Everything of the `random` module: the engine, distributions and seeds.
// Standard library only; link gtest_data::random.

#ifndef GTEST_DATA_RANDOM_H_
#define GTEST_DATA_RANDOM_H_

#include "gtest_data/random/distributions.h"  // IWYU pragma: export
#include "gtest_data/random/permutation.h"    // IWYU pragma: export
#include "gtest_data/random/rng.h"            // IWYU pragma: export
#include "gtest_data/random/run_seed.h"       // IWYU pragma: export
#include "gtest_data/random/seed.h"           // IWYU pragma: export
#include "gtest_data/version.h"               // IWYU pragma: export

#endif  // GTEST_DATA_RANDOM_H_
