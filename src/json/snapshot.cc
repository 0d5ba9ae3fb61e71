// Copyright 2026 The gtest_data Authors.

#include "gtest_data/json/snapshot.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>

#include "dataset_reader.h"
#include "gtest_data/internal/json_escape.h"

namespace gtest_data {
namespace json {
namespace {

// Appends a string value; text starting with '@' gets a second '@' so that
// loading does not take it for a reference.
void AppendText(const std::string& text, std::string* out) {
  if (!text.empty() && text[0] == '@') {
    std::string escaped = "@" + text;
    gtest_data::internal::AppendJsonString(escaped, out);
    return;
  }
  gtest_data::internal::AppendJsonString(text, out);
}

bool AppendValue(const Value& value, std::string* out) {
  char buffer[32];
  switch (value.kind()) {
    case ValueKind::kNull:
      out->append("null");
      return true;
    case ValueKind::kBool:
      out->append(value.as_bool() ? "true" : "false");
      return true;
    case ValueKind::kInt: {
      const auto r = std::to_chars(buffer, buffer + sizeof(buffer), value.as_int());
      out->append(buffer, r.ptr);
      return true;
    }
    case ValueKind::kDouble: {
      const double d = value.as_double();
      if (!std::isfinite(d)) return false;
      const auto r = std::to_chars(buffer, buffer + sizeof(buffer), d);
      const std::string_view text(buffer, static_cast<size_t>(r.ptr - buffer));
      out->append(text);
      // Keep the kind: 3.0 must not read back as the integer 3.
      if (text.find_first_of(".eEn") == std::string_view::npos) out->append(".0");
      return true;
    }
    case ValueKind::kString:
      AppendText(value.as_string(), out);
      return true;
  }
  return false;
}

}  // namespace

absl::StatusOr<std::string> WriteSnapshot(const Dataset& dataset) {
  std::string out = "{";
  bool first_table = true;
  for (const std::string& table : dataset.tables()) {
    out.append(first_table ? "\n" : ",\n");
    first_table = false;
    gtest_data::internal::AppendJsonString(table, &out);
    out.append(": [");
    const std::vector<Dataset::Entry>& entries = *dataset.Entries(table);
    for (size_t i = 0; i < entries.size(); ++i) {
      out.append(i == 0 ? "\n{" : ",\n{");
      bool first = true;
      if (!entries[i].label.empty()) {
        out.append("\"@label\": ");
        gtest_data::internal::AppendJsonString(entries[i].label, &out);
        first = false;
      }
      for (const Row::Cell& cell : entries[i].row.cells()) {
        if (!first) out.append(", ");
        first = false;
        gtest_data::internal::AppendJsonString(cell.first, &out);
        out.append(": ");
        if (!AppendValue(cell.second, &out)) {
          return absl::InvalidArgumentError(table + "[" + std::to_string(i) + "]." + cell.first +
                                            ": " + cell.second.ToString() +
                                            " has no JSON form");
        }
      }
      out.push_back('}');
    }
    out.append("\n]");
  }
  out.append("\n}\n");
  return out;
}

absl::Status SaveSnapshot(const Dataset& dataset, const std::string& path) {
  absl::StatusOr<std::string> text = WriteSnapshot(dataset);
  if (!text.ok()) return text.status();
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return absl::UnavailableError(temporary + ": cannot open for writing");
    out.write(text->data(), static_cast<std::streamsize>(text->size()));
    out.flush();
    if (!out) {
      std::remove(temporary.c_str());
      return absl::UnavailableError(temporary + ": write failed");
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    return absl::UnavailableError(path + ": cannot rename the temporary file into place");
  }
  return absl::OkStatus();
}

absl::StatusOr<Dataset> ReadSnapshot(std::string_view text, std::string_view file_name) {
  return internal::ReadDataset(text, file_name, nullptr, DatasetOptions());
}

absl::StatusOr<Dataset> LoadSnapshot(const std::string& path) {
  absl::StatusOr<std::string> text = internal::ReadFile(path);
  if (!text.ok()) return text.status();
  return ReadSnapshot(*text, path);
}

}  // namespace json
}  // namespace gtest_data
