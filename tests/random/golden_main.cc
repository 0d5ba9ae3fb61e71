// Copyright 2026 The gtest_data Authors.
//
// Prints the random module's golden outputs. CI builds this twice, with
// g++/libstdc++ and with clang++/libc++, and compares both outputs with
// tests/testdata/random_golden.txt.

#include <iostream>

#include "golden_cases.h"

int main() {
  gtest_data::testing_internal::WriteRandomGolden(std::cout);
  return std::cout.good() ? 0 : 1;
}
