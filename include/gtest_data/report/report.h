// Copyright 2026 The gtest_data Authors.
//
// The data-usage report: what each test of a run was given (seed,
// scenarios, factory calls, objects, invariant results, set-up and
// tear-down time) and how it ended. The GoogleTest listener fills it; this
// header knows nothing of GoogleTest, so `gtest-data report` can read,
// merge and render reports without linking a test framework.
//
//   gtest_data::report::Report report = ...;
//   absl::Status saved = gtest_data::report::SaveReport(report, "out/data.json");
//   // out/data.json and out/data.html, replaced together
//
// The JSON form is versioned (kSchemaVersion) and documented in
// docs/report-schema.md. A reader rejects a newer schema version with a
// message naming it, and reports every malformed field with its JSON
// pointer.

#ifndef GTEST_DATA_REPORT_REPORT_H_
#define GTEST_DATA_REPORT_REPORT_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace gtest_data {
namespace report {

// The version of the JSON form; bumped on any incompatible change.
inline constexpr int kSchemaVersion = 1;

// One invariant check of one test.
struct InvariantCheck {
  std::string name;
  std::string phase;    // "set-up", "tear-down" or "shared-data"
  bool passed = true;
  std::string message;  // the violation, empty when passed
};

// How a test used one factory.
struct FactoryCalls {
  std::string factory;
  int64_t built = 0;
  int64_t created = 0;
  int64_t stubbed = 0;
  std::map<std::string, int64_t> traits;  // trait -> objects made with it
};

// One test of one iteration.
// One table's use by a test (DbTest): rows written and whether it was read
// or written.
struct TableUse {
  std::string table;
  int64_t inserted = 0;
  int64_t updated = 0;
  int64_t deleted = 0;
  bool read = false;
  bool written = false;
};

// The database side of a DbTest; empty engine for other tests.
struct DatabaseUse {
  std::string engine;     // "sqlite" or "postgresql"
  std::string isolation;  // "rollback", "template-copy" or "truncate"
  std::vector<TableUse> tables;  // by name; untouched tables left out
};

struct TestRecord {
  std::string suite;       // "Prefix/CheckoutTest" for parameterised suites
  std::string name;        // "AppliesDiscount" or "Total/3"
  std::string param;       // the printed parameter, empty for none
  std::string result;      // "passed", "failed" or "skipped"
  int iteration = 0;       // of --gtest_repeat, from 0
  bool data_test = false;  // derived from gtest_data::DataTest
  uint64_t seed = 0;       // the per-test seed
  std::string locale;
  std::vector<std::string> scenarios;
  std::vector<FactoryCalls> factories;  // by factory name
  int64_t objects_created = 0;          // persisted through the sink
  int64_t rows = 0;                     // rows of the test's dataset
  std::vector<InvariantCheck> invariants;
  int64_t setup_us = 0;     // data set-up (scenarios, replay, checks)
  int64_t teardown_us = 0;  // data tear-down (checks, clean-up)
  int64_t test_us = 0;      // the whole test as GoogleTest timed it
  std::string replayed_from;          // the recording used, if any
  DatabaseUse database;               // DbTest only ("database" in JSON)
  std::vector<std::string> failures;  // failure messages, first lines
  std::string replay;                 // the replay line of a failed test

  std::string full_name() const { return suite + "." + name; }
};

// Where a report came from: one process, or one shard of a sharded run.
struct Shard {
  int index = 0;
  int total = 1;
};

struct Totals {
  int64_t tests = 0;
  int64_t passed = 0;
  int64_t failed = 0;
  int64_t skipped = 0;
  int64_t objects_created = 0;
  int64_t invariant_checks = 0;
  int64_t invariant_violations = 0;
  int64_t setup_us = 0;
  int64_t teardown_us = 0;
};

struct Report {
  int schema_version = kSchemaVersion;
  std::string library_version;
  int data_version = 0;
  uint64_t run_seed = 0;
  std::string seed_source;  // "explicit", "environment", "default", "random"
  std::string locale;
  std::string program;      // the test binary, as invoked
  std::string started_at;   // UTC, ISO 8601
  int64_t elapsed_ms = 0;
  std::vector<Shard> shards;  // one entry, or one per merged shard
  std::vector<TestRecord> tests;

  Totals totals() const;
};

// The JSON text of `report` (two-space indented, keys in a fixed order).
std::string ToJsonText(const Report& report);

// Parses report JSON. Errors name `file_name` and the JSON pointer of the
// bad field: "shard0.json: /tests/3/seed: expected an unsigned integer".
absl::StatusOr<Report> ParseReport(std::string_view text, std::string_view file_name);
absl::StatusOr<Report> LoadReport(const std::string& path);

// A self-contained HTML page (inline style and SVG, no script, no network):
// summary, failing tests first with their replay lines, set-up time per
// test as a chart, scenario and factory usage.
std::string RenderHtml(const Report& report);

// The HTML path that goes with a JSON report path: "x/data.json" gives
// "x/data.html"; a path not ending in ".json" gets ".html" appended.
std::string HtmlPathFor(const std::string& json_path);

// Writes the JSON report to `json_path` and the HTML page to
// HtmlPathFor(json_path), replacing both together: each is first written in
// full to a temporary file created exclusively beside it, and only then are
// the two renamed into place, the JSON first. If the second rename fails,
// the first file is put back as it was, so the pair is either both new or
// both old (the error ends "; put back as before: <json_path>"). A crash
// between the two renames leaves the new JSON with the old page, both
// whole, beside the page's `.tmp-...` and the old JSON's `.old-...` files.
// Missing parent directories are created.
//
// Errors: a target that is a symbolic link, FIFO, device or directory is
// kFailedPrecondition ("out/data.json: refusing to write: it is a FIFO, not
// a regular file"); a target that is the same file as one of `inputs` (the
// files the report was read from; any spelling, hard links included) is
// kInvalidArgument ("data.json: refusing to write: it is the input
// ./data.json"); I/O failures are kUnavailable naming the path. On any
// error no temporary file remains and both targets are as they were.
[[nodiscard]] absl::Status SaveReport(const Report& report, const std::string& json_path,
                                      const std::vector<std::string>& inputs = {});

// Writes only the HTML page of `report` to `html_path`, atomically, with the
// checks and errors of SaveReport().
[[nodiscard]] absl::Status SaveHtml(const Report& report, const std::string& html_path,
                                    const std::vector<std::string>& inputs = {});

// Writes a report test by test, in memory bounded by the failing tests
// shown (at most 500) and not by the run's size: each record goes to a
// spool file beside the report as it arrives, and Finish() writes the JSON
// (byte-identical to ToJsonText of the whole report) and the HTML page and
// replaces both together, as SaveReport() does. The HTML shows every total,
// the first 2000 tests, and the 300 slowest set-ups.
//
// The spool is created exclusively (never through a planted link) and
// unlinked at once, so it has no name while the run goes on: nothing of it
// remains after Finish(), after a writer destroyed without Finish(), or
// after the process is killed. The first error (the spool cannot be made or
// written) is kept: Add() and Finish() return it from then on, and Finish()
// writes nothing. Finish() ends the writer: Add() or Finish() after it is
// kFailedPrecondition. Thread-compatible.
struct HtmlSummary;
class ReportWriter {
 public:
  explicit ReportWriter(std::string json_path);
  ReportWriter(const ReportWriter&) = delete;
  ReportWriter& operator=(const ReportWriter&) = delete;
  ~ReportWriter();

  absl::Status Add(const TestRecord& test);
  // `header` gives everything but the tests (its `tests` are ignored).
  absl::Status Finish(const Report& header);
  const Totals& totals() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Joins the reports of the shards of one run: they must agree on run seed,
// data version and locale (else kFailedPrecondition naming the first that
// differs) and come from different shards (else kInvalidArgument). Tests
// keep their order within a shard; shards follow each other by index.
// `names` label the inputs in messages.
absl::StatusOr<Report> MergeReports(const std::vector<Report>& reports,
                                    const std::vector<std::string>& names);

}  // namespace report
}  // namespace gtest_data

#endif  // GTEST_DATA_REPORT_REPORT_H_
