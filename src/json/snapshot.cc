// Copyright 2026 The gtest_data Authors.

#include "gtest_data/json/snapshot.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <string_view>
#include <vector>

#include "dataset_reader.h"
#include "gtest_data/internal/json_escape.h"
#include "src/base/file.h"
#include "src/base/status_macros.h"

namespace gtest_data {
namespace json {
namespace {

// Writes `text` as a JSON string at p; text starting with '@' gets a second
// '@' so that loading does not take it for a reference. Needs room for
// MaxJsonStringSize(text.size() + 1) bytes.
char* WriteText(const std::string& text, char* p) {
  if (!text.empty() && text[0] == '@') {
    char* const start = p;
    p = gtest_data::internal::WriteJsonString(text, p);
    // Shift the body right by one and put the extra '@' after the quote.
    std::memmove(start + 2, start + 1, static_cast<size_t>(p - start - 1));
    start[1] = '@';
    return p + 1;
  }
  return gtest_data::internal::WriteJsonString(text, p);
}

char* WriteLiteral(std::string_view literal, char* p) {
  gtest_data::internal::CopyBytes(p, literal.data(), literal.size());
  return p + literal.size();
}

// The most bytes WriteValue() may write for `value`.
size_t MaxValueSize(const Value& value) {
  return value.kind() == ValueKind::kString
             ? gtest_data::internal::MaxJsonStringSize(value.as_string().size() + 1)
             : 40;
}

// Writes `value` at p; nullptr for a double without a JSON form.
char* WriteValue(const Value& value, char* p) {
  switch (value.kind()) {
    case ValueKind::kNull:
      return WriteLiteral("null", p);
    case ValueKind::kBool:
      return WriteLiteral(value.as_bool() ? "true" : "false", p);
    case ValueKind::kInt:
      return std::to_chars(p, p + 24, value.as_int()).ptr;
    case ValueKind::kDouble: {
      const double d = value.as_double();
      if (!std::isfinite(d)) return nullptr;
      char* const end = std::to_chars(p, p + 32, d).ptr;
      // Keep the kind: 3.0 must not read back as the integer 3.
      if (std::string_view(p, static_cast<size_t>(end - p)).find_first_of(".eEn") ==
          std::string_view::npos) {
        return WriteLiteral(".0", end);
      }
      return end;
    }
    case ValueKind::kString:
      return WriteText(value.as_string(), p);
  }
  return p;
}

}  // namespace

absl::StatusOr<std::string> WriteSnapshot(const Dataset& dataset) {
  std::string out = "{";
  bool first_table = true;
  const size_t total = dataset.row_count();
  size_t sampled = 0;  // rows written when the output was sized; 0 until then
  // Each row is written into `row` through a pointer, then appended once.
  std::vector<char> row;
  for (const std::string& table : dataset.tables()) {
    out.append(first_table ? "\n" : ",\n");
    first_table = false;
    gtest_data::internal::AppendJsonString(table, &out);
    out.append(": [");
    const std::vector<Dataset::Entry>& entries = *dataset.Entries(table);
    for (size_t i = 0; i < entries.size(); ++i) {
      if (i == 64 && sampled == 0) {
        // Rows of a dataset are alike: size the text from the first ones
        // rather than doubling a large string again and again.
        sampled = 64;
        out.reserve(out.size() + (out.size() / sampled + 1) * (total - sampled) * 9 / 8);
      }
      const Dataset::Entry& entry = entries[i];
      size_t bound = 16 + gtest_data::internal::MaxJsonStringSize(entry.label.size());
      for (const Row::Cell& cell : entry.row.cells()) {
        bound += 4 + gtest_data::internal::MaxJsonStringSize(cell.first.size()) +
                 MaxValueSize(cell.second);
      }
      if (row.size() < bound) row.resize(bound);
      char* p = row.data();
      p = WriteLiteral(i == 0 ? "\n{" : ",\n{", p);
      bool first = true;
      if (!entry.label.empty()) {
        p = WriteLiteral("\"@label\": ", p);
        p = gtest_data::internal::WriteJsonString(entry.label, p);
        first = false;
      }
      for (const Row::Cell& cell : entry.row.cells()) {
        // The reader takes "@label" for the row's label: such a column
        // would come back as a label, or not at all.
        if (cell.first == "@label") {
          return absl::InvalidArgumentError(
              table + "[" + std::to_string(i) +
              "].@label: a column named \"@label\" has no snapshot form (the key holds a "
              "row's label)");
        }
        if (!first) p = WriteLiteral(", ", p);
        first = false;
        p = gtest_data::internal::WriteJsonString(cell.first, p);
        p = WriteLiteral(": ", p);
        p = WriteValue(cell.second, p);
        if (p == nullptr) {
          return absl::InvalidArgumentError(table + "[" + std::to_string(i) + "]." + cell.first +
                                            ": " + cell.second.ToString() +
                                            " has no JSON form");
        }
      }
      *p++ = '}';
      out.append(row.data(), static_cast<size_t>(p - row.data()));
    }
    out.append("\n]");
  }
  out.append("\n}\n");
  return out;
}

absl::Status SaveSnapshot(const Dataset& dataset, const std::string& path) {
  GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_(const std::string text, WriteSnapshot(dataset));
  // As before the shared route existed, a snapshot makes no directories.
  gtest_data::internal::WriteFileOptions options;
  options.create_parent_directories = false;
  return gtest_data::internal::WriteFileAtomically(path, text, options);
}

absl::StatusOr<Dataset> ReadSnapshot(std::string_view text, std::string_view file_name) {
  return internal::ReadDataset(text, file_name, nullptr, DatasetOptions());
}

absl::StatusOr<Dataset> LoadSnapshot(const std::string& path) {
  GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_(const std::string text, internal::ReadFile(path));
  return ReadSnapshot(text, path);
}

}  // namespace json
}  // namespace gtest_data
