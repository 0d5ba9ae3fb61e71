// Copyright 2026 The gtest_data Authors.
//
// Snapshots: a Dataset saved as JSON and loaded back identically (tables,
// row order, column order, labels, values and their kinds). The format is
// the dataset-file format with every value written out, one row per line:
//
//   {
//   "customers": [
//   {"@label": "alice", "id": 1, "name": "Alice", "score": 2.5},
//   {"id": 2, "name": "@@handle", "score": null}
//   ]
//   }
//
// (text starting with "@" is written with "@@", as dataset files expect).
// Doubles are written in their shortest form that reads back exactly, with
// ".0" when integral, so kinds survive. Record-and-replay in the GoogleTest
// integration is built on this.

#ifndef GTEST_DATA_JSON_SNAPSHOT_H_
#define GTEST_DATA_JSON_SNAPSHOT_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest_data/factory/dataset.h"

namespace gtest_data {
namespace json {

// The snapshot text of `dataset`. NaN and infinite doubles have no JSON
// form, and a column named "@label" none in a snapshot (the key holds a
// row's label): kInvalidArgument naming table, row and column.
absl::StatusOr<std::string> WriteSnapshot(const Dataset& dataset);

// Writes the snapshot to `path` atomically: in full to a temporary file
// created exclusively beside it, then renamed into place, so readers never
// see half a file and a failure leaves the old file and no temporary.
// The directory must exist (else kUnavailable: "<path>: cannot open
// directory <dir>: No such file or directory"). A target that is a symbolic
// link, FIFO, device or directory is kFailedPrecondition ("<path>: refusing
// to write: it is a FIFO, not a regular file"); other I/O failures are
// kUnavailable naming the path; a value without JSON form is
// WriteSnapshot()'s error.
absl::Status SaveSnapshot(const Dataset& dataset, const std::string& path);

// Reads snapshot text (no schema: kinds come from the JSON).
absl::StatusOr<Dataset> ReadSnapshot(std::string_view text,
                                     std::string_view file_name = "<snapshot>");
absl::StatusOr<Dataset> LoadSnapshot(const std::string& path);

}  // namespace json
}  // namespace gtest_data

#endif  // GTEST_DATA_JSON_SNAPSHOT_H_
