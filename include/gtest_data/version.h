// Copyright 2026 The gtest_data Authors.
//
// The library version and the data version.
//
// The data version names the exact output of every seeded generator. Two
// builds with the same data version produce byte-identical data from the same
// seed on every platform; a deliberate change of any seeded output (a new
// algorithm, an edited word list) bumps it, updates the golden files and is a
// release-note item. Reports record it so that a replay can tell when the
// data it asks for can no longer be produced.

#ifndef GTEST_DATA_VERSION_H_
#define GTEST_DATA_VERSION_H_

#define GTEST_DATA_VERSION_MAJOR 0
#define GTEST_DATA_VERSION_MINOR 1
#define GTEST_DATA_VERSION_PATCH 0

namespace gtest_data {

// "MAJOR.MINOR.PATCH" of the library.
inline constexpr const char kVersionString[] = "0.1.0";

// The data version; see the file comment.
inline constexpr int kDataVersion = 1;

}  // namespace gtest_data

#endif  // GTEST_DATA_VERSION_H_
