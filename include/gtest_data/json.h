// Copyright 2026 The gtest_data Authors.
//
// The json module: to_json/from_json for described structs, dataset files
// and snapshots.

#ifndef GTEST_DATA_JSON_H_
#define GTEST_DATA_JSON_H_

#include "gtest_data/json/dataset_file.h"  // IWYU pragma: export
#include "gtest_data/json/json.h"          // IWYU pragma: export
#include "gtest_data/json/snapshot.h"      // IWYU pragma: export

#endif  // GTEST_DATA_JSON_H_
