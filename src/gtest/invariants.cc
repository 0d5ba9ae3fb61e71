// Copyright 2026 The gtest_data Authors.

#include "gtest_data/gtest/invariants.h"

#include <utility>

#include "gtest_data/random/seed.h"
#include "src/gtest/run_state.h"

namespace gtest_data {

bool AddInvariant(std::string name, InvariantFunction check, std::string fixture,
                  const char* file, int line) {
  internal::State().invariants.push_back(
      Invariant{std::move(name), std::move(fixture), std::move(check), file, line});
  return true;
}

std::vector<const Invariant*> InvariantsFor(std::string_view fixture) {
  std::vector<const Invariant*> out;
  const auto& all = internal::State().invariants;
  for (const Invariant& invariant : all) {
    if (invariant.fixture.empty()) out.push_back(&invariant);
  }
  for (const Invariant& invariant : all) {
    if (!invariant.fixture.empty() && invariant.fixture == fixture) out.push_back(&invariant);
  }
  return out;
}

std::string DescribeRecord(std::string_view table, size_t index, const Dataset::Entry& entry) {
  std::string out = std::string(table) + "[" + std::to_string(index) + "]";
  if (!entry.label.empty()) out += " @" + entry.label;
  out += " " + entry.CurrentRow().ToString();
  return out;
}

InvariantFunction EveryRow(std::string table, std::function<bool(const Row&)> ok,
                           std::string expectation) {
  return [table = std::move(table), ok = std::move(ok),
          expectation = std::move(expectation)](const Dataset& data) -> absl::Status {
    const std::vector<Dataset::Entry>* entries = data.Entries(table);
    if (entries == nullptr) return absl::OkStatus();
    for (size_t i = 0; i < entries->size(); ++i) {
      const Dataset::Entry& entry = (*entries)[i];
      if (!ok(entry.CurrentRow())) {
        return absl::FailedPreconditionError(DescribeRecord(table, i, entry) + ": expected " +
                                             expectation);
      }
    }
    return absl::OkStatus();
  };
}

DataFingerprint Fingerprint(const Dataset& data) {
  DataFingerprint print;
  for (const std::string& table : data.tables()) {
    std::vector<uint64_t> rows;
    if (const std::vector<Dataset::Entry>* entries = data.Entries(table)) {
      rows.reserve(entries->size());
      for (const Dataset::Entry& entry : *entries) {
        // The row's text (names, kinds and values) and its label.
        rows.push_back(HashName(entry.label + "\x1f" + entry.CurrentRow().ToString()));
      }
    }
    print.tables.emplace_back(table, std::move(rows));
  }
  return print;
}

absl::Status CompareFingerprint(const Dataset& data, const DataFingerprint& before) {
  const DataFingerprint now = Fingerprint(data);
  for (const auto& [table, rows] : before.tables) {
    const std::vector<Dataset::Entry>* entries = data.Entries(table);
    const size_t count = entries == nullptr ? 0 : entries->size();
    std::vector<uint64_t> current;
    for (const auto& [t, r] : now.tables) {
      if (t == table) current = r;
    }
    for (size_t i = 0; i < rows.size() && i < count; ++i) {
      if (rows[i] != current[i]) {
        return absl::FailedPreconditionError(DescribeRecord(table, i, (*entries)[i]) +
                                             ": changed during the test");
      }
    }
    if (count < rows.size()) {
      return absl::FailedPreconditionError(table + ": " + std::to_string(rows.size() - count) +
                                           " record(s) removed during the test");
    }
    if (count > rows.size()) {
      return absl::FailedPreconditionError(DescribeRecord(table, rows.size(),
                                                          (*entries)[rows.size()]) +
                                           ": added during the test");
    }
  }
  if (now.tables.size() > before.tables.size()) {
    return absl::FailedPreconditionError(now.tables[before.tables.size()].first +
                                         ": table added during the test");
  }
  return absl::OkStatus();
}

}  // namespace gtest_data
