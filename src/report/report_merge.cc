// Copyright 2026 The gtest_data Authors.
//
// MergeReports: the shards of one run joined into one report.

#include <algorithm>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest_data/report/report.h"

namespace gtest_data {
namespace report {

absl::StatusOr<Report> MergeReports(const std::vector<Report>& reports,
                                    const std::vector<std::string>& names) {
  if (reports.empty()) return absl::InvalidArgumentError("no reports to merge");
  auto name_of = [&](size_t i) { return i < names.size() ? names[i] : "#" + std::to_string(i); };
  struct Part {
    int index;
    size_t input;
  };
  std::vector<Part> parts;
  const Report& first = reports.front();
  for (size_t i = 0; i < reports.size(); ++i) {
    const Report& r = reports[i];
    if (r.run_seed != first.run_seed) {
      return absl::FailedPreconditionError(
          name_of(i) + ": run seed " + std::to_string(r.run_seed) + " differs from " +
          name_of(0) + "'s " + std::to_string(first.run_seed) +
          "; shards of one run share a seed");
    }
    if (r.data_version != first.data_version) {
      return absl::FailedPreconditionError(
          name_of(i) + ": data version " + std::to_string(r.data_version) + " differs from " +
          name_of(0) + "'s " + std::to_string(first.data_version));
    }
    if (r.locale != first.locale) {
      return absl::FailedPreconditionError(name_of(i) + ": locale " + r.locale +
                                           " differs from " + name_of(0) + "'s " +
                                           first.locale);
    }
    for (const Shard& shard : r.shards) {
      for (size_t j = 0; j < i; ++j) {
        for (const Shard& other : reports[j].shards) {
          if (other.index == shard.index && other.total == shard.total) {
            return absl::InvalidArgumentError(
                name_of(i) + ": shard " + std::to_string(shard.index) + " of " +
                std::to_string(shard.total) + " is also in " + name_of(j));
          }
        }
      }
    }
    parts.push_back({r.shards.empty() ? 0 : r.shards.front().index, i});
  }
  std::stable_sort(parts.begin(), parts.end(),
                   [](const Part& a, const Part& b) { return a.index < b.index; });
  Report merged;
  merged.library_version = first.library_version;
  merged.data_version = first.data_version;
  merged.run_seed = first.run_seed;
  merged.seed_source = first.seed_source;
  merged.locale = first.locale;
  merged.program = first.program;
  merged.started_at = first.started_at;
  for (const Part& part : parts) {
    const Report& r = reports[part.input];
    if (!r.started_at.empty() && (merged.started_at.empty() || r.started_at < merged.started_at)) {
      merged.started_at = r.started_at;
    }
    merged.elapsed_ms = std::max(merged.elapsed_ms, r.elapsed_ms);
    merged.shards.insert(merged.shards.end(), r.shards.begin(), r.shards.end());
    merged.tests.insert(merged.tests.end(), r.tests.begin(), r.tests.end());
  }
  return merged;
}

}  // namespace report
}  // namespace gtest_data
