// Copyright 2026 The gtest_data Authors.
//
// Dataset files: the reader's two passes (dataset_sax.cc, then
// dataset_resolve.cc) and reading files; errors are placed by
// dataset_locate.cc.

#include "gtest_data/json/dataset_file.h"

#include <fstream>
#include <string>
#include <string_view>

#include "dataset_internal.h"
#include "dataset_reader.h"
#include "gtest_data/random/seed.h"
#include "src/base/status_macros.h"

namespace gtest_data {
namespace json {

int64_t StableId(std::string_view table, std::string_view label) {
  std::string name(table);
  name.push_back('.');
  name.append(label);
  // 47 bits, never 0.
  return static_cast<int64_t>(HashName(name) >> 17) + 1;
}

namespace internal {

absl::StatusOr<Dataset> ReadDataset(std::string_view text, std::string_view file_name,
                                    const Schema* schema, const DatasetOptions& options) {
  RawDocument document = ReadRawDocument(text);
  if (document.syntax_error) {
    // nlohmann's message carries its own position; ours leads with file,
    // line and column like every other error.
    const TextPosition p = PositionOf(text, document.syntax_position > 0
                                                ? document.syntax_position - 1
                                                : 0);
    std::string message = document.syntax_message;
    const size_t colon = message.find(": ", message.find("parse error"));
    if (colon != std::string::npos) message = message.substr(colon + 2);
    return absl::InvalidArgumentError(std::string(file_name) + ":" + std::to_string(p.line) +
                                      ":" + std::to_string(p.column) + ": invalid JSON: " +
                                      message);
  }
  if (!document.parsed) {
    return DatasetError(text, file_name, document.error_pointer, document.error_what,
                        document.error_why);
  }
  return ResolveDataset(text, file_name, schema, options, document.tables);
}

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(path + ": cannot open for reading");
  std::string text;
  char buffer[1 << 14];
  while (in.read(buffer, sizeof(buffer)), in.gcount() > 0) {
    text.append(buffer, static_cast<size_t>(in.gcount()));
  }
  // A directory opens but does not read (EISDIR): the stream goes bad,
  // where streaming rdbuf() gave "" and so a misleading JSON error.
  if (in.bad()) return absl::NotFoundError(path + ": cannot read");
  return text;
}

}  // namespace internal

absl::StatusOr<Dataset> ParseDataset(std::string_view text, std::string_view file_name,
                                     const Schema& schema, const DatasetOptions& options) {
  return internal::ReadDataset(text, file_name, &schema, options);
}

absl::StatusOr<Dataset> LoadDatasetFile(const std::string& path, const Schema& schema,
                                        const DatasetOptions& options) {
  GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_(const std::string text, internal::ReadFile(path));
  return ParseDataset(text, path, schema, options);
}

}  // namespace json
}  // namespace gtest_data
