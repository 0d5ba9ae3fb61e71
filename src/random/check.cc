// Copyright 2026 The gtest_data Authors.

#include "gtest_data/internal/check.h"

#include <cstdio>
#include <cstdlib>

namespace gtest_data {
namespace internal {

void CheckFailed(const char* file, int line, const char* condition,
                 const char* message) {
  std::fprintf(stderr, "%s:%d: gtest_data check failed: %s: %s\n", file, line,
               condition, message);
  std::fflush(stderr);
  std::abort();
}

}  // namespace internal
}  // namespace gtest_data
