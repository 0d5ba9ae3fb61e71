// Copyright 2026 The gtest_data Authors.
//
// Fuzz target for the dataset reader (dataset files and snapshots).
// Properties, for any input:
// - reading never crashes, and a failure is a status whose message starts
//   with "<file>:" (file, then line and column where known);
// - a snapshot that reads back writes out and reads again to an equal
//   dataset, and writes the same text the second time (round trip);
// - a dataset file read against the shop schema holds only schema tables,
//   each row with exactly the schema's columns.
//
// Built as a libFuzzer target by scripts/fuzz.sh (clang), and as a replay
// of tests/fuzz/corpus/dataset by ctest (any compiler, no libFuzzer).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "gtest_data/json/dataset_file.h"
#include "gtest_data/json/snapshot.h"
#include "shop_domain.h"

namespace {

void Check(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "dataset_fuzzer: property violated: %s\n", what);
    std::abort();
  }
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace gtest_data;
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  absl::StatusOr<Dataset> snapshot = json::ReadSnapshot(text, "fuzz.json");
  if (!snapshot.ok()) {
    Check(StartsWith(std::string(snapshot.status().message()), "fuzz.json"), "error names the file");
  } else {
    absl::StatusOr<std::string> written = json::WriteSnapshot(*snapshot);
    // NaN cannot come from JSON text, so every read snapshot can be written.
    Check(written.ok(), "a read snapshot can be written");
    absl::StatusOr<Dataset> again = json::ReadSnapshot(*written, "again.json");
    Check(again.ok(), "a written snapshot reads back");
    Check(*again == *snapshot, "the snapshot round-trips");
    Check(*json::WriteSnapshot(*again) == *written, "writing is stable");
  }

  json::DatasetOptions options;
  options.seed = 7;
  absl::StatusOr<Dataset> file = json::ParseDataset(text, "fuzz.json", shop::ShopSchema(), options);
  if (!file.ok()) {
    Check(StartsWith(std::string(file.status().message()), "fuzz.json"), "error names the file");
  } else {
    for (const std::string& table : file->tables()) {
      const TableSchema* schema = shop::ShopSchema().Find(table);
      Check(schema != nullptr, "only schema tables");
      for (const Row& row : file->Rows(table)) {
        Check(row.size() == schema->columns.size(), "rows have the schema's columns");
      }
    }
  }
  return 0;
}
