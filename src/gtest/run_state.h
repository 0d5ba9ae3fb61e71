// Copyright 2026 The gtest_data Authors.
//
// The process-wide state of a gtest_data run, shared by the environment,
// the listener and DataTest. Internal.

#ifndef GTEST_DATA_SRC_GTEST_RUN_STATE_H_
#define GTEST_DATA_SRC_GTEST_RUN_STATE_H_

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "gtest_data/factory/context.h"
#include "gtest_data/factory/dataset.h"
#include "gtest_data/gtest/environment.h"
#include "gtest_data/gtest/flags.h"
#include "gtest_data/gtest/invariants.h"
#include "gtest_data/report/report.h"

namespace gtest_data {
namespace internal {

struct SharedData {
  std::string name;
  std::unique_ptr<Context> context;
  Dataset data;
};

struct RunState {
  std::optional<DataFlags> flags;  // set by InitGoogleTestData or on first use
  const fake::Locale* locale = nullptr;  // flags->locale, looked up once
  std::string program = "./test";  // argv[0]
  bool installed = false;          // environment and listener added
  bool listening = false;          // the report listener is active
  bool warned_not_installed = false;
  int iteration = 0;
  std::chrono::system_clock::time_point started = std::chrono::system_clock::now();
  std::chrono::steady_clock::time_point started_steady = std::chrono::steady_clock::now();
  report::Report report;  // the run's metadata (tests go to `writer`)
  std::unique_ptr<report::ReportWriter> writer;  // with --data_report
  // The record of the running test, between OnTestStart and OnTestEnd.
  std::optional<report::TestRecord> current;
  std::chrono::steady_clock::time_point current_start;
  // "fixture\x1ftest" -> declaration.
  std::map<std::string, ScenarioDeclaration> declarations;
  std::deque<Invariant> invariants;
  std::map<std::string, std::unique_ptr<SharedData>, std::less<>> shared;
  // Run by the environment's tear-down, last registered first: modules
  // above this one (DbTest closing its database) register here, so the
  // gtest module links none of them.
  std::vector<std::function<void()>> at_tear_down;
};

RunState& State();

// The report's "param" of a value-parameterised test: GoogleTest's printed
// value when the type has a printer, else "#" and the parameter's part of
// the test name ("#3"), because GoogleTest's byte dump of a value without a
// printer changes from run to run.
std::string ReportedParam(std::string_view printed, std::string_view test_name);

// Adds `hook` to RunState::at_tear_down.
void AtEnvironmentTearDown(std::function<void()> hook);

// The shard of this process from GTEST_SHARD_INDEX / GTEST_TOTAL_SHARDS.
report::Shard CurrentShard();

// The report path of this process: the flag's path, with
// ".shard-I-of-N" before ".json" when sharded.
std::string ReportPathFor(const std::string& path, const report::Shard& shard);

// A test's recording files in `dir`: "<dir>/<name>.json" and
// "<dir>/<name>.meta.json", where name is the full test name with '/'
// written as '~'.
std::string RecordingPath(const std::string& dir, const std::string& test_name,
                          const char* suffix);

}  // namespace internal
}  // namespace gtest_data

#endif  // GTEST_DATA_SRC_GTEST_RUN_STATE_H_
