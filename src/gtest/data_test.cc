// Copyright 2026 The gtest_data Authors.

#include "gtest_data/gtest/data_test.h"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <utility>

#include "gtest_data/json/snapshot.h"
#include "gtest_data/random/run_seed.h"
#include "gtest_data/version.h"
#include "nlohmann/json.hpp"
#include "src/base/file.h"
#include "src/gtest/run_state.h"

namespace gtest_data {
namespace internal {

struct TestState {
  std::chrono::steady_clock::time_point setup_start;
  int64_t setup_us = 0;
  bool body_hook = false;  // DATA_TEST_F: the set-up check waits for BeginBody()
  bool set_up = false;     // DataTest::SetUp() ran to its end
  bool failed = false;     // a fatal data failure (set-up invariant) was reported
  std::vector<std::pair<const SharedData*, DataFingerprint>> shared;
  std::vector<report::InvariantCheck> checks;
};

}  // namespace internal

namespace {

int64_t MicrosSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace

std::string ParamNameText(size_t index, std::string_view text) {
  const std::string prefix = std::to_string(index);
  std::string out = prefix + "_";
  const size_t limit = out.size() + 32;
  for (char c : text) {
    if (out.size() >= limit) break;
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x80 && std::isalnum(u)) {
      out += c;
    } else if (out.back() != '_') {
      out += '_';
    }
  }
  while (out.size() > prefix.size() && out.back() == '_') out.pop_back();
  return out;
}

DataTest::DataTest() : context_(0), rng_(0), state_(new internal::TestState()) {}

DataTest::~DataTest() = default;

fake::Faker& DataTest::fake() {
  if (!fake_) fake_ = std::make_unique<fake::Faker>(DeriveSeed(seed_, "fake"), locale(), now());
  return *fake_;
}

void DataTest::SetBaselineRows(const Dataset* rows) {
  baseline_rows_ = rows;
  baseline_copy_.reset();
}

Dataset* DataTest::BaselineCopy() {
  if (baseline_rows_ == nullptr || baseline_rows_->empty()) return nullptr;
  if (!baseline_copy_) {
    // Rows only, no shared handles: objects read from them are this test's,
    // so a test that changes one leaves the next test's alone.
    baseline_copy_.emplace();
    for (const std::string& table : baseline_rows_->tables()) {
      for (const Dataset::Entry& entry : *baseline_rows_->Entries(table)) {
        baseline_copy_->Add(table, entry.CurrentRow(), entry.label).IgnoreError();
      }
    }
  }
  return &*baseline_copy_;
}

void DataTest::SetUp() {
  state_->setup_start = std::chrono::steady_clock::now();
  const ::testing::TestInfo& info = *::testing::UnitTest::GetInstance()->current_test_info();
  const DataFlags& flags = RunFlags();
  test_name_ = FullTestName(info);
  seed_ = DeriveSeed(RunSeed(), test_name_);  // TestSeed(info), the name made once
  const fake::Locale* locale = &RunLocale();

  internal::RunState& run_state = internal::State();
  if (!run_state.installed && !run_state.warned_not_installed && !flags.report.empty()) {
    // The variables were read, but nothing will write the report or the
    // replay lines: say so once rather than silently ignore them.
    run_state.warned_not_installed = true;
    std::fprintf(stderr,
                 "gtest_data: GTEST_DATA_REPORT is set, but this binary's main does not call "
                 "gtest_data::InitGoogleTestData (link gtest_data::main): no report will be "
                 "written and failing tests print no replay line\n");
  }
  const ScenarioDeclaration* declaration = DeclaredScenarios(info);
  // DATA_TEST_F's body calls BeginBody(), which does the set-up check after
  // the fixture's whole SetUp.
  state_->body_hook = declaration != nullptr && declaration->checked_before_body;

  // Failures here are reported at the test's definition.
  nlohmann::json meta;
  if (!flags.replay.empty()) {
    const std::string meta_path = internal::RecordingPath(flags.replay, test_name_, ".meta.json");
    std::ifstream in(meta_path);
    if (!in) {
      GTEST_FAIL_AT(info.file(), info.line())
          << "gtest_data: --data_replay: no recording of " << test_name_ << " (" << meta_path
          << " is missing); record one with --data_record=" << flags.replay;
      return;
    }
    meta = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (meta.is_discarded() || !meta.is_object() || !meta["seed"].is_number_unsigned() ||
        !meta["locale"].is_string() || !meta["data_version"].is_number_integer() ||
        !meta["scenarios"].is_array()) {
      GTEST_FAIL_AT(info.file(), info.line())
          << "gtest_data: " << meta_path
          << ": not a recording's metadata (expected an object with seed, locale, "
             "data_version and scenarios)";
      return;
    }
    if (meta["data_version"].get<int>() != kDataVersion) {
      GTEST_FAIL_AT(info.file(), info.line())
          << "gtest_data: " << meta_path << ": recorded with data version "
          << meta["data_version"].get<int>() << ", this build makes version " << kDataVersion
          << "; record again";
      return;
    }
    seed_ = meta["seed"].get<uint64_t>();
    locale = fake::Locale::Find(meta["locale"].get<std::string>());
    if (locale == nullptr) {
      GTEST_FAIL_AT(info.file(), info.line())
          << "gtest_data: " << meta_path << ": /locale: unknown locale " << meta["locale"];
      return;
    }
  }

  context_.Reset(seed_);
  context_.set_locale(*locale);
  context_.set_now(fake::kDefaultReferenceNow);
  // A factory error fails the test (the message names the factory, the
  // field and what went wrong), reported at the line of the Build(),
  // Create() or UseScenario() that ran it, else at the test's definition.
  context_.set_error_handler(
      [this, file = info.file(), line = info.line()](const absl::Status& status) {
        if (call_site_.line > 0) {
          ADD_FAILURE_AT(call_site_.file, call_site_.line) << "gtest_data: " << status.message();
        } else {
          ADD_FAILURE_AT(file, line) << "gtest_data: " << status.message();
        }
      });
  context_.set_recorder(&data_);
  // Created rows are recorded in data_; the store only assigns and checks
  // keys, so each row is kept once.
  context_.memory_store().set_keep_rows(false);
  rng_ = Rng(DeriveSeed(seed_, "test"));
  fake_.reset();
  PrepareData();
  if (HasFatalFailure()) return;
  // The listener records every test's seed; a replayed seed, or a run
  // without the listener, is recorded here.
  if (!flags.replay.empty() || !internal::State().listening) {
    RecordProperty("gtest_data_seed", FormatSeed(seed_));
  }

  if (!flags.replay.empty()) {
    LoadRecording();
    if (HasFatalFailure()) return;
    for (const auto& name : meta["scenarios"]) {
      if (name.is_string()) scenarios_.push_back(name.get<std::string>());
    }
  } else if (declaration != nullptr) {
    if (!declaration->error.empty()) {
      GTEST_FAIL_AT(declaration->file.c_str(), declaration->line)
          << "gtest_data: " << test_name_ << " declares " << declaration->error;
      return;
    }
    for (const ScenarioUse& use : declaration->uses) {
      // Failures point at the declaration.
      UseScenario(use.name, use.params, CallSite{declaration->file.c_str(), declaration->line});
      if (HasFatalFailure()) return;
    }
  }
  if (!flags.record.empty()) {
    SaveRecording();
    if (HasFatalFailure()) return;
  }
  internal::RunState& run = internal::State();
  for (const auto& [name, shared] : run.shared) {
    state_->shared.emplace_back(shared.get(), Fingerprint(shared->data));
  }
  state_->set_up = true;
  if (!state_->body_hook) {
    state_->setup_us = MicrosSince(state_->setup_start);
    CheckInvariants("set-up");
  }
}

bool DataTest::BeginBody() {
  if (!state_->set_up || state_->failed || HasFatalFailure() || IsSkipped()) return false;
  state_->setup_us = MicrosSince(state_->setup_start);
  CheckInvariants("set-up");
  // Our own flag as well as GoogleTest's: under gtest-spi's
  // EXPECT_FATAL_FAILURE a failure does not reach the test's result.
  return !state_->failed && !HasFatalFailure();
}

void DataTest::UseScenario(std::string_view name, const ScenarioParams& params,
                           CallSite where) {
  const AtCall at(this, where);
  const absl::Status made = RunScenarioInto(name, context_, params, &data_);
  scenarios_.emplace_back(name);
  if (!made.ok()) {
    GTEST_FAIL_AT(where.file, where.line) << "gtest_data: scenario \"" << name << "\" failed for "
                              << test_name_ << ": " << made.message();
    return;  // GTEST_FAIL_AT, unlike GTEST_FAIL, does not return
  }
}

const Dataset& DataTest::SharedScenario(std::string_view name, const ScenarioParams& params) {
  internal::RunState& run = internal::State();
  auto it = run.shared.find(name);
  if (it != run.shared.end()) return it->second->data;
  auto shared = std::make_unique<internal::SharedData>();
  shared->name = std::string(name);
  shared->context = std::make_unique<Context>(DeriveSeed(RunSeed(), "shared", name),
                                              &RunLocale());
  shared->context->set_error_handler([name = shared->name](const absl::Status& status) {
    ADD_FAILURE() << "gtest_data: shared scenario \"" << name << "\": " << status.message();
  });
  absl::StatusOr<Dataset> made = RunScenario(name, *shared->context, params);
  if (!made.ok()) {
    ADD_FAILURE() << "gtest_data: shared scenario \"" << name
                  << "\" failed: " << made.status().message();
  } else {
    shared->data = *std::move(made);
  }
  const Dataset& data = shared->data;
  run.shared.emplace(std::string(name), std::move(shared));
  return data;
}

void DataTest::CheckInvariants(const char* phase) {
  const ::testing::TestInfo& info = *::testing::UnitTest::GetInstance()->current_test_info();
  const bool set_up = std::string_view(phase) == "set-up";
  const std::vector<const Invariant*>& invariants = InvariantsFor(FixtureName(info));
  state_->checks.reserve(state_->checks.size() + invariants.size() + 2);
  for (const Invariant* invariant : invariants) {
    const absl::Status status = invariant->check(data_);
    report::InvariantCheck check{invariant->name, phase, status.ok(), ""};
    if (!status.ok()) {
      check.message = std::string(status.message());
      const std::string text = "gtest_data: invariant \"" + invariant->name + "\" violated " +
                               (set_up ? "after set-up" : "in tear-down") + ": " +
                               check.message;
      if (set_up) {
        // The body would run on bad data: stop the test here.
        GTEST_FAIL_AT(invariant->file.c_str(), invariant->line) << text;
        state_->failed = true;
      } else {
        ADD_FAILURE_AT(invariant->file.c_str(), invariant->line) << text;
      }
    }
    state_->checks.push_back(std::move(check));
    if (set_up && state_->failed) return;
  }
  // (after the fixture's invariants: a set-up that failed them stops here)
  std::vector<NamedCheck> more_checks = MoreInvariants(phase);
  for (NamedCheck& more : more_checks) {
    report::InvariantCheck check{std::move(more.name), phase, more.status.ok(), ""};
    if (!more.status.ok()) {
      check.message = std::string(more.status.message());
      const std::string text = "gtest_data: invariant \"" + check.name + "\" violated " +
                               (set_up ? "after set-up" : "in tear-down") + ": " +
                               check.message;
      const char* file = more.file.empty() ? info.file() : more.file.c_str();
      const int line = more.file.empty() ? info.line() : more.line;
      if (set_up) {
        GTEST_FAIL_AT(file, line) << text;
        state_->failed = true;
      } else {
        ADD_FAILURE_AT(file, line) << text;
      }
    }
    state_->checks.push_back(std::move(check));
    if (set_up && state_->failed) return;
  }
}

void DataTest::TearDown() {
  const auto start = std::chrono::steady_clock::now();
  if (state_->set_up) {
    CheckInvariants("tear-down");
    for (const auto& [shared, before] : state_->shared) {
      const absl::Status status = CompareFingerprint(shared->data, before);
      report::InvariantCheck check{"shared data \"" + shared->name + "\" unchanged",
                                   "shared-data", status.ok(), ""};
      if (!status.ok()) {
        check.message = std::string(status.message());
        // Blame the test that changed it, at its definition.
        const ::testing::TestInfo& info = *::testing::UnitTest::GetInstance()->current_test_info();
        ADD_FAILURE_AT(info.file(), info.line())
            << "gtest_data: " << test_name_ << " changed the shared data \"" << shared->name
            << "\": " << check.message;
      }
      state_->checks.push_back(std::move(check));
    }
  }
  ReportUsage();
  if (std::optional<report::TestRecord>& record = internal::State().current) {
    record->teardown_us = MicrosSince(start);
  }
}

void DataTest::ReportUsage() {
  std::optional<report::TestRecord>& record = internal::State().current;
  if (!record) return;
  record->data_test = true;
  record->seed = seed_;
  record->locale = std::string(locale().id());
  record->scenarios = scenarios_;
  record->factories.clear();
  record->factories.reserve(context_.usage().size());
  record->objects_created = 0;
  for (const auto& [name, usage] : context_.usage()) {
    report::FactoryCalls calls{name, usage.built, usage.created, usage.stubbed, usage.traits};
    record->objects_created += usage.created;
    record->factories.push_back(std::move(calls));
  }
  record->rows = static_cast<int64_t>(data_.row_count());
  record->invariants = std::move(state_->checks);  // the test's last use of them
  record->setup_us = state_->setup_us;
  record->replayed_from = replayed_from_;
}

void DataTest::SaveRecording() {
  const DataFlags& flags = RunFlags();
  const std::string data_path = internal::RecordingPath(flags.record, test_name_, ".json");
  const std::string meta_path = internal::RecordingPath(flags.record, test_name_, ".meta.json");
  nlohmann::ordered_json meta{{"test", test_name_},
                              {"seed", seed_},
                              {"run_seed", RunSeed()},
                              {"locale", std::string(locale().id())},
                              {"data_version", kDataVersion},
                              {"scenarios", scenarios_}};
  // The rows and their seed belong together: replaced as a pair, so a
  // failed save never leaves new rows beside an old seed (only a kill
  // between the two renames can; src/base/file.h says what it leaves).
  absl::StatusOr<std::string> rows = json::WriteSnapshot(data_);
  internal::FileSet files;
  absl::Status status = rows.ok() ? files.Add(data_path, *rows) : rows.status();
  if (status.ok()) status = files.Add(meta_path, meta.dump(2) + "\n");
  if (status.ok()) status = files.Commit();
  if (!status.ok()) {
    GTEST_FAIL() << "gtest_data: --data_record: " << status.message();
  }
}

void DataTest::LoadRecording() {
  const std::string path = internal::RecordingPath(RunFlags().replay, test_name_, ".json");
  absl::StatusOr<Dataset> loaded = json::LoadSnapshot(path);
  if (!loaded.ok()) {
    GTEST_FAIL() << "gtest_data: --data_replay: " << loaded.status().message();
  }
  // The recorded rows are this test's data and, as they were created, its
  // persisted state.
  for (const std::string& table : loaded->tables()) {
    for (const Dataset::Entry& entry : *loaded->Entries(table)) {
      Row row = entry.row;
      const std::string_view key = row.Find("id") != nullptr ? "id" : "";
      absl::Status inserted = context_.sink().Insert(table, key, &row, entry.label);
      if (!inserted.ok()) {
        GTEST_FAIL() << "gtest_data: --data_replay: " << path << ": " << inserted.message();
      }
    }
  }
  data_ = *std::move(loaded);
  replayed_from_ = path;
}

}  // namespace gtest_data
