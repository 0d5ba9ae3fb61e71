// Copyright 2026 The gtest_data Authors.
//
// The GoogleTest integration: flags and environment (environment.h),
// DataTest and the scenario macros (data_test.h), invariants
// (invariants.h). Link gtest_data::gtest, and gtest_data::main unless the
// binary has its own main calling gtest_data::InitGoogleTestData(). No
// database driver comes with it: DbTest (gtest_data/gtest/db_test.h) is the
// gtest_data::db_test target's.

#ifndef GTEST_DATA_GTEST_H_
#define GTEST_DATA_GTEST_H_

#include "gtest_data/gtest/data_test.h"     // IWYU pragma: export
#include "gtest_data/gtest/environment.h"   // IWYU pragma: export
#include "gtest_data/gtest/flags.h"         // IWYU pragma: export
#include "gtest_data/gtest/invariants.h"    // IWYU pragma: export
#include "gtest_data/report/report.h"       // IWYU pragma: export

#endif  // GTEST_DATA_GTEST_H_
