// Copyright 2026 The gtest_data Authors.
//
// Prints the golden outputs of one module of the seeded core:
//   golden_printer random|fake
// CI builds this twice, with g++/libstdc++ and with clang++/libc++, and
// compares both outputs with tests/testdata/<module>_golden.txt. Standard
// library only.

#include <cstring>
#include <iostream>

#include "fake/golden_cases.h"
#include "random/golden_cases.h"

int main(int argc, char** argv) {
  if (argc == 2 && std::strcmp(argv[1], "random") == 0) {
    gtest_data::testing_internal::WriteRandomGolden(std::cout);
  } else if (argc == 2 && std::strcmp(argv[1], "fake") == 0) {
    gtest_data::testing_internal::WriteFakeGolden(std::cout);
  } else {
    std::cerr << "usage: golden_printer random|fake\n";
    return 2;
  }
  return std::cout.good() ? 0 : 1;
}
