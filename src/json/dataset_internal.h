// Copyright 2026 The gtest_data Authors.
//
// Not part of the gtest_data API; include "gtest_data/json/dataset_file.h"
// instead. Not installed.
//
// The pieces of the dataset reader (dataset_reader.h) and what they share:
//   dataset_locate.cc:  where an error is: EscapeToken, PositionOf,
//                       LocatePointer (public) and DatasetError.
//   dataset_sax.cc:     the SAX pass, text to raw tables (ReadRawDocument).
//   dataset_resolve.cc: labels, keys, references, generators and schema
//                       checks, raw tables to a Dataset (ResolveDataset).
//   dataset_file.cc:    StableId, ReadDataset (the two passes), files.

#ifndef GTEST_DATA_SRC_JSON_DATASET_INTERNAL_H_
#define GTEST_DATA_SRC_JSON_DATASET_INTERNAL_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest_data/factory/dataset.h"
#include "gtest_data/factory/schema.h"
#include "gtest_data/factory/value.h"
#include "gtest_data/json/dataset_file.h"

namespace gtest_data {
namespace json {
namespace internal {

// JSON Pointer (RFC 6901) escaping of one reference token.
inline std::string EscapeToken(std::string_view token) { return EscapePointerToken(token); }

// The line and column (1-based, in code points) of byte `offset` of `text`.
inline TextPosition PositionOf(std::string_view text, size_t offset) {
  return PositionAt(text, offset);
}

// The error "file:line:col: what (/pointer): why" for the value at
// `pointer` of `text` (without line and column when the pointer is not
// found in it).
absl::Status DatasetError(std::string_view text, std::string_view file_name,
                          const std::string& pointer, const std::string& what,
                          const std::string& why);

// A generator object ({"fake": ...}) standing at cell `cell` of its row,
// whose value is a null placeholder until resolved.
struct Expression {
  size_t cell;
  std::vector<std::pair<std::string, Value>> parts;
};

// A row as the file wrote it, before resolution. The cells are a Row
// already, so that a row without references or generators (every row of a
// snapshot) moves into the dataset without a copy.
struct RawRow {
  std::string label;
  bool has_label = false;
  Row cells;
  std::vector<Expression> expressions;  // by ascending cell

  const Expression* ExpressionAt(size_t cell) const {
    for (const Expression& e : expressions) {
      if (e.cell == cell) return &e;
    }
    return nullptr;
  }
};

struct RawTable {
  std::string name;
  std::vector<RawRow> rows;
};

// What the SAX pass read: the raw tables, or where it stopped.
struct RawDocument {
  std::vector<RawTable> tables;
  bool parsed = false;        // the whole text was read
  std::string error_pointer;  // where a structural error is
  std::string error_what;
  std::string error_why;
  bool syntax_error = false;  // not JSON at all
  size_t syntax_position = 0;
  std::string syntax_message;
};

// Reads `text` with nlohmann's SAX parser (no DOM). The document must be an
// object of arrays of row objects; a row's values are scalars or one-level
// objects (generator expressions).
RawDocument ReadRawDocument(std::string_view text);

// Resolves raw tables into a dataset: labels, keys, references, generator
// values and, with a `schema`, its checks (null: a snapshot). Errors name
// `file_name` and the place in `text`. Moves cells out of `tables`.
absl::StatusOr<Dataset> ResolveDataset(std::string_view text, std::string_view file_name,
                                       const Schema* schema, const DatasetOptions& options,
                                       std::vector<RawTable>& tables);

}  // namespace internal
}  // namespace json
}  // namespace gtest_data

#endif  // GTEST_DATA_SRC_JSON_DATASET_INTERNAL_H_
