// Copyright 2026 The gtest_data Authors.
//
// The golden outputs of the random module, written as text. The same function
// feeds the gtest golden test (libstdc++) and the stand-alone printer that CI
// also builds with clang and libc++; both must match
// tests/testdata/random_golden.txt byte for byte. Standard library only.

#ifndef GTEST_DATA_TESTS_RANDOM_GOLDEN_CASES_H_
#define GTEST_DATA_TESTS_RANDOM_GOLDEN_CASES_H_

#include <ostream>

namespace gtest_data {
namespace testing_internal {

// Writes every golden case of the random module to `out`.
void WriteRandomGolden(std::ostream& out);

}  // namespace testing_internal
}  // namespace gtest_data

#endif  // GTEST_DATA_TESTS_RANDOM_GOLDEN_CASES_H_
