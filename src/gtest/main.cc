// Copyright 2026 The gtest_data Authors.
//
// gtest_data::main: a main() for test binaries that want GoogleTest with
// gtest_data's flags, environment and usage report and nothing else.

#include "gtest/gtest.h"
#include "gtest_data/gtest/environment.h"

int main(int argc, char** argv) {
  gtest_data::InitGoogleTestData(&argc, argv);
  return RUN_ALL_TESTS();
}
