// Copyright 2026 The gtest_data Authors.
//
// The reader behind dataset files and snapshots: a SAX pass over the text
// (no JSON DOM is built) collects raw rows, then a resolution pass assigns
// keys, resolves labels and generator expressions and checks the schema.

#ifndef GTEST_DATA_SRC_JSON_DATASET_READER_H_
#define GTEST_DATA_SRC_JSON_DATASET_READER_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "gtest_data/factory/dataset.h"
#include "gtest_data/factory/schema.h"
#include "gtest_data/json/dataset_file.h"

namespace gtest_data {
namespace json {
namespace internal {

// `schema` null: a snapshot, checked only for structure; references are
// then errors and kinds come from the JSON.
absl::StatusOr<Dataset> ReadDataset(std::string_view text, std::string_view file_name,
                                    const Schema* schema, const DatasetOptions& options);

// Reads a whole file.
absl::StatusOr<std::string> ReadFile(const std::string& path);

}  // namespace internal
}  // namespace json
}  // namespace gtest_data

#endif  // GTEST_DATA_SRC_JSON_DATASET_READER_H_
