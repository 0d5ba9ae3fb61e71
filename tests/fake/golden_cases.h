// Copyright 2026 The gtest_data Authors.
//
// The golden outputs of the fake module: the first values of every field in
// every locale for a fixed seed. Written by the gtest golden test
// (libstdc++) and by the stand-alone printer CI also builds with clang and
// libc++; both must match tests/testdata/fake_golden.txt byte for byte.
// Standard library only.

#ifndef GTEST_DATA_TESTS_FAKE_GOLDEN_CASES_H_
#define GTEST_DATA_TESTS_FAKE_GOLDEN_CASES_H_

#include <ostream>

namespace gtest_data {
namespace testing_internal {

// Writes every golden case of the fake module to `out`.
void WriteFakeGolden(std::ostream& out);

}  // namespace testing_internal
}  // namespace gtest_data

#endif  // GTEST_DATA_TESTS_FAKE_GOLDEN_CASES_H_
