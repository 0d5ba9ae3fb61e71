// Copyright 2026 The gtest_data Authors.

#include "gtest_data/gtest/environment.h"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <locale>
#include <sstream>
#include <string>
#include <utility>

#include "gtest_data/db/url.h"
#include "gtest_data/factory/scenario.h"
#include "gtest_data/random/seed.h"
#include "gtest_data/version.h"
#include "src/gtest/run_state.h"

namespace gtest_data {
namespace internal {

RunState& State() {
  static RunState* const state = new RunState();
  return *state;
}

report::Shard CurrentShard() {
  report::Shard shard;
  const char* total = std::getenv("GTEST_TOTAL_SHARDS");
  const char* index = std::getenv("GTEST_SHARD_INDEX");
  if (total != nullptr && index != nullptr) {
    const int t = std::atoi(total);
    const int i = std::atoi(index);
    if (t > 1 && i >= 0 && i < t) {
      shard.total = t;
      shard.index = i;
    }
  }
  return shard;
}

std::string ReportPathFor(const std::string& path, const report::Shard& shard) {
  if (shard.total <= 1) return path;
  const std::string tag =
      ".shard-" + std::to_string(shard.index) + "-of-" + std::to_string(shard.total);
  constexpr std::string_view kJson = ".json";
  if (path.size() > kJson.size() &&
      path.compare(path.size() - kJson.size(), kJson.size(), kJson) == 0) {
    return path.substr(0, path.size() - kJson.size()) + tag + ".json";
  }
  return path + tag;
}

std::string RecordingPath(const std::string& dir, const std::string& test_name,
                          const char* suffix) {
  std::string name = test_name;
  for (char& c : name) {
    if (c == '/') c = '~';
  }
  return dir + "/" + name + suffix;
}

namespace {

std::string Quote(const std::string& arg) {
  bool plain = !arg.empty();
  for (char c : arg) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '-' || c == '.' || c == '/' || c == '=' || c == ':' ||
                    c == ',' || c == '+' || c == '@';
    if (!ok) plain = false;
  }
  if (plain) return arg;
  std::string out = "'";
  for (char c : arg) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

std::string UtcNow(std::chrono::system_clock::time_point when) {
  const std::time_t t = std::chrono::system_clock::to_time_t(when);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

std::string FirstLines(const std::string& text, size_t limit) {
  if (text.size() <= limit) return text;
  return text.substr(0, limit) + " [...]";
}

}  // namespace

std::string ReportedParam(std::string_view printed, std::string_view test_name) {
  // GoogleTest prints a value without a printer as "12-byte object <4F-00
  // ...>": its bytes, pointers and padding included, so the same parameter
  // reads differently from run to run. The report keeps it stable: the
  // parameter's name GoogleTest gave the test (its index, or what the name
  // generator made), as "#name".
  size_t digits = 0;
  while (digits < printed.size() && printed[digits] >= '0' && printed[digits] <= '9') ++digits;
  constexpr std::string_view kBytes = "-byte object <";
  if (digits == 0 || printed.substr(digits, kBytes.size()) != kBytes) return std::string(printed);
  const size_t slash = test_name.rfind('/');
  return "#" + std::string(slash == std::string_view::npos ? test_name
                                                           : test_name.substr(slash + 1));
}

namespace {

// Records every test into the report, prints the replay line of each
// failing test and writes the report at the end of the program.
class ReportListener : public ::testing::EmptyTestEventListener {
 public:
  void OnTestIterationStart(const ::testing::UnitTest&, int iteration) override {
    State().iteration = iteration;
  }

  void OnTestStart(const ::testing::TestInfo& info) override {
    RunState& state = State();
    report::TestRecord record;
    record.suite = info.test_suite_name();
    record.name = info.name();
    if (info.value_param() != nullptr) {
      record.param = ReportedParam(info.value_param(), info.name());
    } else if (info.type_param() != nullptr) {
      record.param = info.type_param();
    }
    record.iteration = state.iteration;
    record.seed = TestSeed(info);
    record.locale = RunFlags().locale;
    state.current = std::move(record);
    state.current_start = std::chrono::steady_clock::now();
    // Every test, DataTest or not, carries its seed in --gtest_output.
    ::testing::Test::RecordProperty("gtest_data_seed", FormatSeed(state.current->seed));
  }

  void OnTestPartResult(const ::testing::TestPartResult& result) override {
    RunState& state = State();
    if (!state.current || !result.failed()) return;
    std::string where;
    if (result.file_name() != nullptr) {
      where = std::string(result.file_name()) + ":" + std::to_string(result.line_number()) + ": ";
    }
    state.current->failures.push_back(FirstLines(where + result.message(), 2000));
  }

  void OnTestEnd(const ::testing::TestInfo& info) override {
    RunState& state = State();
    if (!state.current) return;
    report::TestRecord& record = *state.current;
    const ::testing::TestResult& result = *info.result();
    record.result = result.Skipped() ? "skipped" : result.Failed() ? "failed" : "passed";
    record.test_us = std::chrono::duration_cast<std::chrono::microseconds>(
                         std::chrono::steady_clock::now() - state.current_start)
                         .count();
    if (result.Failed()) {
      record.replay = ReplayLine(info);
      std::printf("[  REPLAY  ] %s\n", record.replay.c_str());
      std::fflush(stdout);
    }
    if (!RunFlags().report.empty()) {
      // Each record goes to disk as the test ends: memory stays flat
      // however many tests run.
      if (!state.writer) {
        state.writer = std::make_unique<report::ReportWriter>(
            ReportPathFor(RunFlags().report, CurrentShard()));
      }
      absl::Status added = state.writer->Add(record);
      if (!added.ok() && !write_error_reported_) {
        std::fprintf(stderr, "gtest_data: cannot write the data-usage report: %s\n",
                     std::string(added.message()).c_str());
        write_error_reported_ = true;
      }
    }
    state.current.reset();
  }

  void OnTestProgramEnd(const ::testing::UnitTest& unit_test) override {
    WriteReport();
    FailIfNothingRan(unit_test);
  }

 private:
  // A run that runs no test fails. Under ctest, a test registered by a
  // name that no longer exists (names made from generated values, another
  // seed or locale) runs nothing, and GoogleTest alone would report that as
  // a pass. A shard may rightly get none of the tests, so sharded runs are
  // left alone.
  static void FailIfNothingRan(const ::testing::UnitTest& unit_test) {
    if (unit_test.test_to_run_count() > 0 || CurrentShard().total > 1) return;
    const std::string filter = GTEST_FLAG_GET(filter);
    std::fprintf(stderr,
                 "gtest_data: no test ran: --gtest_filter=%s matches none of the %d tests of "
                 "this program. A run that runs nothing fails, so that a test registered under "
                 "a name that no longer exists (ctest; names made from generated data) does "
                 "not pass unseen.\n",
                 filter.c_str(), unit_test.total_test_count());
    std::fflush(stdout);
    std::fflush(stderr);
    std::exit(1);
  }

  void WriteReport() {
    RunState& state = State();
    const DataFlags& flags = RunFlags();
    if (flags.report.empty()) return;
    report::Report& r = state.report;
    r.library_version = kVersionString;
    r.data_version = kDataVersion;
    r.run_seed = flags.seed.seed;
    r.seed_source = SeedSourceName(flags.seed.source);
    r.locale = flags.locale;
    r.program = state.program;
    r.started_at = UtcNow(state.started);
    r.elapsed_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::steady_clock::now() - state.started_steady)
                       .count();
    const report::Shard shard = CurrentShard();
    r.shards = {shard};
    const std::string path = ReportPathFor(flags.report, shard);
    if (!state.writer) state.writer = std::make_unique<report::ReportWriter>(path);
    absl::Status saved = state.writer->Finish(r);
    state.writer.reset();
    if (!saved.ok()) {
      std::fprintf(stderr, "gtest_data: cannot write the data-usage report: %s\n",
                   std::string(saved.message()).c_str());
      return;
    }
    std::printf("gtest_data: data-usage report: %s (HTML: %s)\n", path.c_str(),
                report::HtmlPathFor(path).c_str());
    std::fflush(stdout);
  }

  bool write_error_reported_ = false;
};

const DataFlags& LoadFlagsFromEnvironment() {
  RunState& state = State();
  if (!state.flags) {
    int argc = 0;
    char* argv[] = {nullptr};
    absl::StatusOr<DataFlags> flags = ParseDataFlags(&argc, argv);
    if (!flags.ok()) {
      std::fprintf(stderr, "gtest_data: %s\n", std::string(flags.status().message()).c_str());
      std::abort();
    }
    state.flags = *flags;
  }
  return *state.flags;
}

void Install() {
  RunState& state = State();
  if (state.installed) return;
  state.installed = true;
  state.listening = true;
  ::testing::AddGlobalTestEnvironment(new Environment());
  ::testing::UnitTest::GetInstance()->listeners().Append(new ReportListener());
}

}  // namespace
}  // namespace internal

void InitGoogleTestData(int* argc, char** argv) {
  internal::RunState& state = internal::State();
  const std::string program = (*argc > 0 && argv[0] != nullptr) ? argv[0] : "./test";
  absl::StatusOr<DataFlags> flags = ParseDataFlags(argc, argv);
  if (!flags.ok()) {
    std::fprintf(stderr, "%s: %s\n\n%s", program.c_str(),
                 std::string(flags.status().message()).c_str(), DataFlagsHelp().c_str());
    std::exit(2);
  }
  state.flags = *flags;
  state.program = program;
  const bool data_help_only = flags->help;
  ::testing::InitGoogleTest(argc, argv);
  if (data_help_only) {
    std::printf("\n%s", DataFlagsHelp().c_str());
    bool gtest_help = false;
    for (int i = 1; i < *argc; ++i) {
      const std::string arg = argv[i];
      if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "/?" ||
          arg.rfind("--gtest_", 0) == 0 || arg.rfind("--gtest-", 0) == 0) {
        gtest_help = true;
      }
    }
    // --data_help alone: GoogleTest would run the tests; stop here.
    if (!gtest_help) std::exit(0);
  }
  internal::Install();
}

const DataFlags& RunFlags() { return internal::LoadFlagsFromEnvironment(); }

uint64_t RunSeed() { return RunFlags().seed.seed; }

const fake::Locale& RunLocale() {
  internal::RunState& state = internal::State();
  const DataFlags& flags = RunFlags();
  if (state.locale == nullptr || state.locale->id() != flags.locale) {
    state.locale = fake::Locale::Find(flags.locale);
    if (state.locale == nullptr) state.locale = &fake::Locale::Default();
  }
  return *state.locale;
}

std::string FullTestName(const ::testing::TestInfo& info) {
  return std::string(info.test_suite_name()) + "." + info.name();
}

uint64_t TestSeed(const ::testing::TestInfo& info) {
  return DeriveSeed(RunSeed(), FullTestName(info));
}

std::string ReplayLine(const ::testing::TestInfo& info) {
  const DataFlags& flags = RunFlags();
  std::string line = internal::Quote(internal::State().program) + " " +
                     internal::Quote("--gtest_filter=" + FullTestName(info)) +
                     " --data_seed=" + FormatSeed(flags.seed.seed) +
                     " --data_locale=" + internal::Quote(flags.locale) +
                     " --data_version=" + std::to_string(kDataVersion);
  // Every flag that shapes the data: the database (its password redacted)
  // and the schema files.
  std::string note;
  if (!flags.db.empty()) {
    absl::StatusOr<db::DatabaseUrl> url = db::DatabaseUrl::Parse(flags.db);
    line += " " + internal::Quote("--data_db=" + (url.ok() ? url->redacted()
                                                            : db::RedactPassword(flags.db)));
    if (url.ok() && url->has_password()) {
      note = "  # the --data_db password is shown as ***: give it there, or in PGPASSWORD "
             "or ~/.pgpass";
    }
  }
  for (const std::string& schema : flags.schema) {
    line += " " + internal::Quote("--data_schema=" + schema);
  }
  // A test that ran on recorded data reruns on it; the note, a shell
  // comment, comes after every flag.
  const internal::RunState& state = internal::State();
  if (state.current && state.current->suite + "." + state.current->name == FullTestName(info) &&
      !state.current->replayed_from.empty()) {
    line += " --data_replay=" + internal::Quote(flags.replay);
  }
  return line + note;
}

std::string_view FixtureName(const ::testing::TestInfo& info) {
  std::string_view suite = info.test_suite_name();
  const size_t slash = suite.rfind('/');
  // "Prefix/Fixture" for value-parameterised suites; "Fixture/0" for typed.
  if (slash == std::string_view::npos) return suite;
  if (info.value_param() != nullptr) return suite.substr(slash + 1);
  return suite.substr(0, slash);
}

namespace {

// A small reader for ParseScenarioUse: the text, a position, and errors that
// say where.
class UseReader {
 public:
  explicit UseReader(std::string_view text) : text_(text) {}

  bool done() { return SkipSpace(), pos_ >= text_.size(); }
  char peek() { return SkipSpace(), pos_ < text_.size() ? text_[pos_] : '\0'; }
  bool Take(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  std::string Identifier() {
    SkipSpace();
    const size_t start = pos_;
    while (pos_ < text_.size() && (IsWordChar(text_[pos_]))) ++pos_;
    if (pos_ > start && text_[start] >= '0' && text_[start] <= '9') pos_ = start;
    return std::string(text_.substr(start, pos_ - start));
  }
  absl::StatusOr<Value> Literal() {
    SkipSpace();
    const size_t start = pos_;
    if (Take('"')) {
      std::string out;
      while (pos_ < text_.size() && text_[pos_] != '"') {
        if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) ++pos_;
        out.push_back(text_[pos_++]);
      }
      if (pos_ >= text_.size()) return Error(start, "a closing quote for the string opened here");
      ++pos_;
      return Value(std::move(out));
    }
    const std::string word = Word();
    if (word == "true" || word == "false") return Value(word == "true");
    if (!word.empty()) {
      int64_t i = 0;
      auto r = std::from_chars(word.data(), word.data() + word.size(), i);
      if (r.ec == std::errc() && r.ptr == word.data() + word.size()) return Value(i);
      double d = 0;
      std::istringstream in(word);
      in.imbue(std::locale::classic());
      if (in >> d && in.peek() == EOF) return Value(d);
    }
    return Error(start, "a value (an integer, a number, true, false or a \"string\")");
  }
  absl::Status Error(size_t at, const std::string& expected) const {
    return absl::InvalidArgumentError("scenario \"" + std::string(text_) + "\": at character " +
                                      std::to_string(at + 1) + ": expected " + expected);
  }
  size_t pos() { return SkipSpace(), pos_; }

 private:
  static bool IsWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  std::string Word() {
    const size_t start = pos_;
    while (pos_ < text_.size() && (IsWordChar(text_[pos_]) || text_[pos_] == '-' ||
                                   text_[pos_] == '+' || text_[pos_] == '.')) {
      ++pos_;
    }
    return std::string(text_.substr(start, pos_ - start));
  }
  void SkipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                   text_[pos_] == '\n' || text_[pos_] == '\r')) {
      ++pos_;
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
};

}  // namespace

absl::StatusOr<ScenarioUse> ParseScenarioUse(std::string_view text) {
  UseReader in(text);
  ScenarioUse use;
  use.name = in.Identifier();
  if (use.name.empty()) return in.Error(in.pos(), "a scenario name");
  if (in.Take('(')) {
    if (!in.Take(')')) {
      while (true) {
        const size_t at = in.pos();
        const std::string key = in.Identifier();
        if (key.empty()) return in.Error(at, "a parameter name");
        if (!in.Take('=')) return in.Error(in.pos(), "'=' after " + key);
        absl::StatusOr<Value> value = in.Literal();
        if (!value.ok()) return value.status();
        if (!use.params.emplace(key, *std::move(value)).second) {
          return in.Error(at, "each parameter once; " + key + " is given twice");
        }
        if (in.Take(')')) break;
        if (!in.Take(',')) return in.Error(in.pos(), "',' or ')'");
      }
    }
  }
  if (!in.done()) return in.Error(in.pos(), "the end, or parameters in ( )");
  return use;
}

bool DeclareScenarios(const char* fixture, const char* test, std::vector<std::string> uses,
                      const char* file, int line, bool checked_before_body) {
  ScenarioDeclaration& declaration =
      internal::State().declarations[std::string(fixture) + "\x1f" + test];
  declaration.uses.clear();
  declaration.error.clear();
  for (const std::string& text : uses) {
    absl::StatusOr<ScenarioUse> use = ParseScenarioUse(text);
    if (use.ok()) {
      declaration.uses.push_back(*std::move(use));
    } else if (declaration.error.empty()) {
      declaration.error = std::string(use.status().message());
    }
  }
  declaration.file = file;
  declaration.line = line;
  declaration.checked_before_body = checked_before_body;
  return true;
}

const ScenarioDeclaration* DeclaredScenarios(const ::testing::TestInfo& info) {
  std::string_view name = info.name();
  if (info.value_param() != nullptr) name = name.substr(0, name.find('/'));
  const std::string key = std::string(FixtureName(info)) + "\x1f" + std::string(name);
  const auto& declarations = internal::State().declarations;
  auto it = declarations.find(key);
  return it == declarations.end() ? nullptr : &it->second;
}

void Environment::SetUp() {
  const DataFlags& flags = RunFlags();
  std::printf("gtest_data: run seed %s (%s), locale %s, data version %d\n",
              FormatSeed(flags.seed.seed).c_str(), SeedSourceName(flags.seed.source),
              flags.locale.c_str(), kDataVersion);
  if (flags.seed.source == SeedSource::kRandom) {
    std::printf("gtest_data: the seed was drawn at random; rerun with --data_seed=%s\n",
                FormatSeed(flags.seed.seed).c_str());
  }
  std::fflush(stdout);
  const ScenarioRegistry& registry = ScenarioRegistry::Global();
  for (const auto& [key, declaration] : internal::State().declarations) {
    for (const ScenarioUse& use : declaration.uses) {
      const std::string& name = use.name;
      if (registry.Find(name) != nullptr) continue;
      std::string known;
      for (const std::string& n : registry.names()) known += (known.empty() ? "" : ", ") + n;
      std::string test = key;
      test[test.find('\x1f')] = '.';
      ADD_FAILURE_AT(declaration.file.c_str(), declaration.line)
          << "gtest_data: " << test << " declares the scenario \"" << name
          << "\", which is not defined (GTEST_DATA_SCENARIO); defined: "
          << (known.empty() ? "none" : known);
    }
  }
}

void Environment::TearDown() {
  std::vector<std::function<void()>>& hooks = internal::State().at_tear_down;
  while (!hooks.empty()) {
    std::function<void()> hook = std::move(hooks.back());
    hooks.pop_back();
    hook();
  }
}

namespace internal {
void AtEnvironmentTearDown(std::function<void()> hook) {
  State().at_tear_down.push_back(std::move(hook));
}
}  // namespace internal

}  // namespace gtest_data
