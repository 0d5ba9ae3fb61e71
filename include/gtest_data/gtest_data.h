// Copyright 2026 The gtest_data Authors.
//
// The umbrella header: includes every public module header that this build
// provides. Prefer the module headers (gtest_data/random.h, ...) in library
// code, so that a change in one module recompiles only its users.

#ifndef GTEST_DATA_GTEST_DATA_H_
#define GTEST_DATA_GTEST_DATA_H_

#include "gtest_data/factory.h"  // IWYU pragma: export
#include "gtest_data/fake.h"     // IWYU pragma: export
#include "gtest_data/gtest.h"    // IWYU pragma: export
#include "gtest_data/gtest/db_test.h"  // IWYU pragma: export
#include "gtest_data/json.h"     // IWYU pragma: export
#include "gtest_data/mask.h"     // IWYU pragma: export
#include "gtest_data/random.h"   // IWYU pragma: export
#include "gtest_data/version.h"  // IWYU pragma: export

#endif  // GTEST_DATA_GTEST_DATA_H_
