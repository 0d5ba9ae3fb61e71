// Copyright 2026 The gtest_data Authors.
//
// The library version and the data version.
//
// The data version names the exact output of every seeded generator. Two
// builds with the same data version produce byte-identical data from the same
// seed on every platform; a deliberate change of any seeded output (a new
// algorithm, an edited word list) bumps it, updates the golden files and is a
// release-note item. Reports record it so that a replay can tell when the
// data it asks for can no longer be produced. docs/data-versions.md says what
// a bump means for users and lists each version:
//
//   1  the first release's data.
//   2  one route from a seed to a fake value (fake/fields.h): a factory's
//      object, a dataset row and a generated table row are records whose
//      person, address and company fields describe one of each.

#ifndef GTEST_DATA_VERSION_H_
#define GTEST_DATA_VERSION_H_

#define GTEST_DATA_VERSION_MAJOR 0
#define GTEST_DATA_VERSION_MINOR 1
#define GTEST_DATA_VERSION_PATCH 0

namespace gtest_data {

// "MAJOR.MINOR.PATCH" of the library.
inline constexpr const char kVersionString[] = "0.1.0";

// The data version; see the file comment.
inline constexpr int kDataVersion = 10;

}  // namespace gtest_data

#endif  // GTEST_DATA_VERSION_H_
