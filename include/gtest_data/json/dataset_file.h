// Copyright 2026 The gtest_data Authors.
//
// Dataset files: tables of rows in JSON, checked against a Schema.
//
//   {
//     "customers": [
//       {"@label": "alice", "name": "Alice", "email": {"fake": "internet.email"}},
//       {"@label": "bob", "name": "Bob", "email": "bob@example.com"}
//     ],
//     "orders": [
//       {"@label": "first", "customer_id": "@customers.alice", "total_minor": 1299}
//     ]
//   }
//
//   absl::StatusOr<Dataset> data = LoadDatasetFile("testdata/shop.json", schema, {seed});
//
// - "@label" names a row; labels are unique per table.
// - A row without its key column gets a stable key derived from its label
//   (StableId(table, label) for integer keys, the label itself for text
//   keys; unlabelled rows use "#<index>"), so ids do not change when rows are
//   added elsewhere.
// - "@table.label" as a value is the key of that row (forward references
//   are fine); when the column declares a referenced table, the label must
//   be in it. Write "@@" for a text value that starts with "@".
// - {"fake": "internet.email"} is a value of the fake-data field, drawn from
//   DeriveSeed(seed, "dataset", table, label or "#index", column): the same
//   for a seed, independent of other rows.
// - Columns a row leaves out take the schema's default, else null when
//   nullable; otherwise the row is an error.
//
// Errors read "file:line:column: what (/json/pointer): why". Unknown tables,
// columns and labels, duplicate labels and keys, and values of the wrong
// kind are errors; a failed load returns no dataset at all.

#ifndef GTEST_DATA_JSON_DATASET_FILE_H_
#define GTEST_DATA_JSON_DATASET_FILE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest_data/fake/datetime.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/factory/dataset.h"
#include "gtest_data/factory/schema.h"

namespace gtest_data {
namespace json {

struct DatasetOptions {
  uint64_t seed = 42;                       // for {"fake": ...} values
  const fake::Locale* locale = nullptr;     // en_US when null
  int64_t now = fake::kDefaultReferenceNow; // for date fields
  // Labelled rows outside the file that "@table.label" references may
  // name (rows seeded before, e.g. by another dataset file); a reference
  // takes the row's key column. The file's own labels come first. Null:
  // only the file's rows.
  const Dataset* known_rows = nullptr;
};

// The key a row labelled `label` in `table` gets: a positive integer below
// 2^47 (exact in JSON numbers and JavaScript), from a hash of
// "table.label". Seed-independent, so fixtures can name it.
int64_t StableId(std::string_view table, std::string_view label);

// Parses dataset text; `file_name` is used in messages only.
absl::StatusOr<Dataset> ParseDataset(std::string_view text, std::string_view file_name,
                                     const Schema& schema, const DatasetOptions& options = {});

// Reads and parses the file at `path` (kNotFound when it cannot be read).
absl::StatusOr<Dataset> LoadDatasetFile(const std::string& path, const Schema& schema,
                                        const DatasetOptions& options = {});

// The 1-based line and column where the value at JSON `pointer` starts in
// `text`, or std::nullopt when the text has no such value.
struct TextPosition {
  int line = 0;
  int column = 0;
};
std::optional<TextPosition> LocatePointer(std::string_view text, std::string_view pointer);

// The 1-based line and column of byte `offset` of `text` (columns count
// code points).
TextPosition PositionAt(std::string_view text, size_t offset);

// One reference token of a JSON pointer, escaped (RFC 6901: ~ is ~0, / is
// ~1): "/" + EscapePointerToken(name) is the pointer to member `name`.
std::string EscapePointerToken(std::string_view token);

}  // namespace json
}  // namespace gtest_data

#endif  // GTEST_DATA_JSON_DATASET_FILE_H_
