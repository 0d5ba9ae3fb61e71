// Copyright 2026 The gtest_data Authors.
//
// Runs the report subject (report_subject.cc) as a separate process under
// GoogleTest's and gtest_data's flags and checks what it prints and the
// reports it writes: the golden report, per-test seeds that do not move
// under shuffling, filtering, repetition or sharding, merging shards, the
// replay line, record and replay, and flag errors.

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "golden.h"
#include "gtest/gtest.h"
#include "gtest_data/report/report.h"
#include "gtest_data/version.h"
#include "nlohmann/json.hpp"

namespace {

namespace fs = std::filesystem;
using ::gtest_data::report::LoadReport;
using ::gtest_data::report::Report;
using ::gtest_data::report::TestRecord;
using ::testing::HasSubstr;
using ::testing::Not;

// The processes this test drives: from the environment when the build runs
// tests from elsewhere (Bazel's runfiles), else the paths CMake compiled in.
std::string FromEnvironmentOr(const char* variable, const char* built) {
  const char* value = std::getenv(variable);
  return value != nullptr && *value != '\0' ? value : built;
}
const std::string kSubject =
    FromEnvironmentOr("GTEST_DATA_TEST_REPORT_SUBJECT", GTEST_DATA_REPORT_SUBJECT);
const std::string kProgram = FromEnvironmentOr("GTEST_DATA_TEST_PROGRAM", GTEST_DATA_PROGRAM);
constexpr char kSourceDir[] = GTEST_DATA_SOURCE_DIR;

struct Outcome {
  int exit_code = -1;
  std::string output;  // stdout and stderr
};

// Runs `arguments` (shell words) with a clean gtest_data environment plus
// `environment` ("NAME=value ...").
Outcome Execute(const std::string& command, const std::string& environment = "") {
  const std::string line =
      "env -u GTEST_DATA_SEED -u GTEST_DATA_LOCALE -u GTEST_DATA_REPORT -u GTEST_DATA_RECORD "
      "-u GTEST_DATA_REPLAY -u GTEST_DATA_VERSION -u GTEST_TOTAL_SHARDS -u GTEST_SHARD_INDEX "
      "-u GTEST_OUTPUT -u GTEST_FILTER " +
      environment + " " + command + " 2>&1";
  Outcome outcome;
  std::FILE* pipe = popen(line.c_str(), "r");
  if (pipe == nullptr) return outcome;
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) outcome.output.append(buffer, n);
  // ctest marks a test skipped when its output holds GoogleTest's
  // "[  SKIPPED ]" (gtest_discover_tests' SKIP_REGULAR_EXPRESSION); a failure
  // that quotes the subject's output (which skips a test on purpose) must
  // still read as a failure, so the subject's marker is lower-cased.
  for (size_t at = outcome.output.find("[  SKIPPED ]"); at != std::string::npos;
       at = outcome.output.find("[  SKIPPED ]", at)) {
    outcome.output.replace(at, 12, "[  skipped ]");
  }
  const int status = pclose(pipe);
  outcome.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return outcome;
}

class ReportDriverTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::path(::testing::TempDir()) / ("gtest_data_driver_" + std::string(info->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    if (!HasFailure()) fs::remove_all(dir_);
  }

  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  // Runs the subject with `flags`, writing its report to `name`, and loads
  // the report.
  Report RunSubject(const std::string& flags, const std::string& name,
                    const std::string& environment = "", int expected_exit = 1) {
    const Outcome outcome =
        Execute(std::string(kSubject) + " " + flags + " --data_report=" + Path(name), environment);
    EXPECT_EQ(outcome.exit_code, expected_exit) << outcome.output;
    last_output_ = outcome.output;
    absl::StatusOr<Report> report = LoadReport(Path(name));
    EXPECT_TRUE(report.ok()) << report.status() << "\n" << outcome.output;
    return report.ok() ? *report : Report();
  }

  fs::path dir_;
  std::string last_output_;
};

std::map<std::string, uint64_t> SeedsByTest(const Report& report) {
  std::map<std::string, uint64_t> seeds;
  for (const TestRecord& test : report.tests) seeds[test.full_name()] = test.seed;
  return seeds;
}

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); !from.empty() && at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// The report with times, dates and paths made fixed.
Report Normalised(Report report, const std::string& dir) {
  report.started_at = "<started_at>";
  report.elapsed_ms = 0;
  report.program = "report_subject";
  auto fix = [&](std::string text) {
    text = ReplaceAll(text, kSubject, "report_subject");
    text = ReplaceAll(text, std::string(kSourceDir) + "/", "");
    return ReplaceAll(text, dir, "<dir>");
  };
  for (TestRecord& test : report.tests) {
    test.setup_us = test.teardown_us = test.test_us = 0;
    test.replay = fix(test.replay);
    test.replayed_from = fix(test.replayed_from);
    for (std::string& failure : test.failures) failure = fix(failure);
  }
  return report;
}

TEST_F(ReportDriverTest, ReportMatchesTheGoldenFiles) {
  const Report report = Normalised(RunSubject("", "report.json"), dir_.string());
  EXPECT_TRUE(gtest_data::testing_internal::MatchesGoldenFile(
      gtest_data::report::ToJsonText(report), "report_golden.json"));
  EXPECT_TRUE(gtest_data::testing_internal::MatchesGoldenFile(
      gtest_data::report::RenderHtml(report), "report_golden.html"));
  // The HTML written beside the JSON is the same page, before normalising.
  EXPECT_TRUE(fs::exists(Path("report.html")));
  EXPECT_THAT(last_output_, HasSubstr("gtest_data: data-usage report: " + Path("report.json") +
                                      " (HTML: " + Path("report.html") + ")"));
  EXPECT_THAT(last_output_, HasSubstr("gtest_data: run seed 42 (default), locale en_US, data "
                                      "version " +
                                      std::to_string(::gtest_data::kDataVersion)));
}

TEST_F(ReportDriverTest, EveryFailingTestPrintsAReplayLine) {
  const Report report = RunSubject("", "report.json");
  int failed = 0;
  for (const TestRecord& test : report.tests) {
    if (test.result != "failed") continue;
    ++failed;
    const std::string line = std::string(kSubject) + " --gtest_filter=" + test.full_name() +
                             " --data_seed=42 --data_locale=en_US --data_version=" +
                             std::to_string(::gtest_data::kDataVersion);
    EXPECT_EQ(test.replay, line);
    EXPECT_THAT(last_output_, HasSubstr("[  REPLAY  ] " + line + "\n"));
  }
  EXPECT_EQ(failed, 5);
}

TEST_F(ReportDriverTest, ReplayLineRerunsExactlyThatTestWithTheSameData) {
  const Report first = RunSubject("--data_seed=777 --data_locale=de_DE", "first.json");
  const TestRecord* failing = nullptr;
  for (const TestRecord& test : first.tests) {
    if (test.name == "FailsOnPurpose") failing = &test;
  }
  ASSERT_NE(failing, nullptr);
  const Report again = RunSubject(failing->replay.substr(std::string(kSubject).size()),
                                  "again.json");
  ASSERT_EQ(again.tests.size(), 1u);
  EXPECT_EQ(again.tests[0].full_name(), "ShopTest.FailsOnPurpose");
  EXPECT_EQ(again.tests[0].seed, failing->seed);
  EXPECT_EQ(again.tests[0].locale, "de_DE");
  EXPECT_EQ(again.tests[0].rows, failing->rows);
  EXPECT_EQ(again.tests[0].result, "failed");
  EXPECT_EQ(again.run_seed, 777u);
}

TEST_F(ReportDriverTest, SeedsDoNotDependOnShuffleFilterRepeatOrSharding) {
  const Report base = RunSubject("", "base.json");
  const std::map<std::string, uint64_t> seeds = SeedsByTest(base);
  ASSERT_EQ(seeds.size(), 13u);

  for (const char* flags : {"--gtest_shuffle --gtest_random_seed=3",
                            "--gtest_shuffle --gtest_random_seed=11"}) {
    const Report shuffled = RunSubject(flags, "shuffled.json");
    EXPECT_EQ(SeedsByTest(shuffled), seeds) << flags;
    std::vector<std::string> base_order, shuffled_order;
    for (const TestRecord& t : base.tests) base_order.push_back(t.full_name());
    for (const TestRecord& t : shuffled.tests) shuffled_order.push_back(t.full_name());
    EXPECT_NE(shuffled_order, base_order) << "the shuffle did not change the order";
    // The data too: rows and objects per test.
    for (const TestRecord& t : shuffled.tests) {
      for (const TestRecord& b : base.tests) {
        if (b.full_name() == t.full_name()) {
          EXPECT_EQ(t.rows, b.rows) << t.full_name();
          EXPECT_EQ(t.objects_created, b.objects_created) << t.full_name();
        }
      }
    }
  }

  const Report filtered =
      RunSubject("--gtest_filter=ShopTest.GoldBuyer*:Generated/*", "filtered.json", "", 0);
  EXPECT_EQ(filtered.tests.size(), 3u);
  for (const auto& [name, seed] : SeedsByTest(filtered)) EXPECT_EQ(seed, seeds.at(name)) << name;

  const Report repeated = RunSubject("--gtest_repeat=3", "repeated.json");
  EXPECT_EQ(repeated.tests.size(), 39u);
  for (const TestRecord& test : repeated.tests) {
    EXPECT_EQ(test.seed, seeds.at(test.full_name())) << test.full_name() << " " << test.iteration;
  }
  EXPECT_EQ(repeated.tests.back().iteration, 2);

  std::vector<std::string> shard_files;
  std::map<std::string, uint64_t> union_of_shards;
  for (int shard = 0; shard < 3; ++shard) {
    const std::string env =
        "GTEST_TOTAL_SHARDS=3 GTEST_SHARD_INDEX=" + std::to_string(shard);
    const Outcome outcome = Execute(std::string(kSubject) + " --data_report=" + Path("shard.json"),
                                env);
    const std::string file = Path("shard.shard-" + std::to_string(shard) + "-of-3.json");
    absl::StatusOr<Report> report = LoadReport(file);
    ASSERT_TRUE(report.ok()) << report.status() << outcome.output;
    ASSERT_EQ(report->shards.size(), 1u);
    EXPECT_EQ(report->shards[0].index, shard);
    EXPECT_EQ(report->shards[0].total, 3);
    for (const auto& [name, seed] : SeedsByTest(*report)) {
      EXPECT_EQ(seed, seeds.at(name)) << name;
      EXPECT_TRUE(union_of_shards.emplace(name, seed).second) << name << " ran in two shards";
    }
    shard_files.push_back(file);
  }
  EXPECT_EQ(union_of_shards, seeds);

  // gtest-data report merge joins them into the unsharded report's tests.
  const Outcome merged = Execute(std::string(kProgram) + " report merge -o " + Path("merged.json") +
                             " " + shard_files[2] + " " + shard_files[0] + " " + shard_files[1]);
  ASSERT_EQ(merged.exit_code, 0) << merged.output;
  EXPECT_THAT(merged.output, HasSubstr("merged 3 report(s), 13 tests (5 failed)"));
  absl::StatusOr<Report> merged_report = LoadReport(Path("merged.json"));
  ASSERT_TRUE(merged_report.ok()) << merged_report.status();
  EXPECT_EQ(SeedsByTest(*merged_report), seeds);
  EXPECT_EQ(merged_report->shards.size(), 3u);
  EXPECT_TRUE(fs::exists(Path("merged.html")));

  // Reports of different runs do not merge.
  const Report other = RunSubject("--data_seed=5", "other.json");
  const Outcome refused =
      Execute(std::string(kProgram) + " report merge -o " + Path("bad.json") + " " +
          Path("base.json") + " " + Path("other.json"));
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_THAT(refused.output, HasSubstr("run seed 5 differs from"));
  EXPECT_FALSE(fs::exists(Path("bad.json")));
}

TEST_F(ReportDriverTest, RunSeedChangesEverySeed) {
  const std::map<std::string, uint64_t> a = SeedsByTest(RunSubject("", "a.json"));
  const std::map<std::string, uint64_t> b =
      SeedsByTest(RunSubject("", "b.json", "GTEST_DATA_SEED=43"));
  for (const auto& [name, seed] : b) {
    auto it = a.find(name);
    if (it != a.end()) {
      EXPECT_NE(seed, it->second) << name;
    }
  }
}

TEST_F(ReportDriverTest, RecordThenReplayUsesTheSavedData) {
  const Report recorded = RunSubject("--data_record=" + Path("rec"), "recorded.json");
  const std::string saved = Path("rec/ShopTest.CatalogueHasThreeProducts.json");
  ASSERT_TRUE(fs::exists(saved));
  ASSERT_TRUE(fs::exists(Path("rec/ShopTest.CatalogueHasThreeProducts.meta.json")));
  int parameterised = 0;  // '/' in a test name becomes '~' in its file name
  for (const auto& entry : fs::directory_iterator(Path("rec"))) {
    if (entry.path().filename().string().rfind("Generated~GeneratedCustomerTest.HasAnEmail~", 0) ==
        0) {
      ++parameterised;
    }
  }
  EXPECT_EQ(parameterised, 4);  // two tests, data and metadata each

  const Report replayed = RunSubject("--data_replay=" + Path("rec"), "replayed.json");
  ASSERT_EQ(replayed.tests.size(), recorded.tests.size());
  for (size_t i = 0; i < replayed.tests.size(); ++i) {
    const TestRecord& r = replayed.tests[i];
    EXPECT_EQ(r.seed, recorded.tests[i].seed) << r.full_name();
    EXPECT_EQ(r.rows, recorded.tests[i].rows) << r.full_name();
    if (r.data_test && r.name != "ScenarioFails") {
      EXPECT_THAT(r.replayed_from, HasSubstr("rec/")) << r.full_name();
    }
  }

  // Replay takes the recording, not the generator: a price edited in the
  // saved file reaches the test and trips the invariant at set-up.
  std::ifstream in(saved);
  std::stringstream text;
  text << in.rdbuf();
  std::string edited = std::regex_replace(text.str(), std::regex("\"price_minor\": [0-9]+"),
                                          "\"price_minor\": -3", std::regex_constants::format_first_only);
  ASSERT_NE(edited, text.str());
  std::ofstream(saved) << edited;
  const Report tampered = RunSubject("--data_replay=" + Path("rec") +
                                         " --gtest_filter=ShopTest.CatalogueHasThreeProducts",
                                     "tampered.json");
  ASSERT_EQ(tampered.tests.size(), 1u);
  EXPECT_EQ(tampered.tests[0].result, "failed");
  ASSERT_FALSE(tampered.tests[0].failures.empty());
  EXPECT_THAT(tampered.tests[0].failures[0],
              HasSubstr("invariant \"prices_positive\" violated after set-up: products[0] "
                        "@widget"));
  EXPECT_THAT(tampered.tests[0].replay, HasSubstr("--data_replay=" + Path("rec")));
  // With a redacted password, its note (a shell comment) comes after every
  // flag, --data_replay included.
  const Report noted = RunSubject("--data_replay=" + Path("rec") +
                                      " --gtest_filter=ShopTest.CatalogueHasThreeProducts"
                                      " '--data_db=host=h password=S3cretPW'",
                                  "noted.json");
  ASSERT_EQ(noted.tests.size(), 1u);
  const std::string line = noted.tests[0].replay;
  EXPECT_THAT(line, Not(HasSubstr("S3cret")));
  ASSERT_NE(line.find(" --data_replay="), std::string::npos) << line;
  ASSERT_NE(line.find("  # the --data_db password"), std::string::npos) << line;
  EXPECT_LT(line.find(" --data_replay="), line.find("  # the --data_db password")) << line;

  // A test without a recording fails, saying how to make one.
  fs::remove(Path("rec/ShopTest.GoldBuyerHasAnOrder.meta.json"));
  const Report missing = RunSubject(
      "--data_replay=" + Path("rec") + " --gtest_filter=ShopTest.GoldBuyerHasAnOrder",
      "missing.json");
  ASSERT_EQ(missing.tests.size(), 1u);
  ASSERT_FALSE(missing.tests[0].failures.empty());
  EXPECT_THAT(missing.tests[0].failures[0],
              HasSubstr("--data_replay: no recording of ShopTest.GoldBuyerHasAnOrder"));
  // At the test's definition, not in the library's source.
  EXPECT_THAT(missing.tests[0].failures[0], HasSubstr("report_subject.cc:"));
  EXPECT_THAT(missing.tests[0].failures[0], Not(HasSubstr("data_test.cc")));
}

TEST_F(ReportDriverTest, BadFlagsStopTheBinaryWithAClearMessage) {
  struct Case {
    std::string flags, environment, message;
  };
  const Case cases[] = {
      {"--data_sed=3", "", "unknown flag --data_sed; known: --data_seed"},
      {"--data_seed=3x", "", "--data_seed: invalid seed \"3x\""},
      {"--data_locale=xx", "", "--data_locale: unknown locale \"xx\""},
      {"", "GTEST_DATA_LOCALE=yy", "GTEST_DATA_LOCALE: unknown locale \"yy\""},
      {"--data_version=99", "",
       "this build makes data version " + std::to_string(::gtest_data::kDataVersion) + ", not \"99\""},
  };
  for (const Case& c : cases) {
    const Outcome outcome = Execute(std::string(kSubject) + " " + c.flags, c.environment);
    EXPECT_EQ(outcome.exit_code, 2) << c.flags;
    EXPECT_THAT(outcome.output, HasSubstr(c.message));
    EXPECT_THAT(outcome.output, HasSubstr("gtest_data flags"));  // the list follows
    EXPECT_THAT(outcome.output, Not(HasSubstr("[ RUN      ]")));
  }
}

TEST_F(ReportDriverTest, HelpListsOurFlagsAfterGoogleTests) {
  const Outcome help = Execute(std::string(kSubject) + " --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_THAT(help.output, HasSubstr("--gtest_filter"));
  EXPECT_THAT(help.output, HasSubstr("--data_seed=N|random"));
  EXPECT_LT(help.output.find("--gtest_filter"), help.output.find("--data_seed"));
  EXPECT_THAT(help.output, Not(HasSubstr("[ RUN      ]")));
  const Outcome data_help = Execute(std::string(kSubject) + " --data_help");
  EXPECT_EQ(data_help.exit_code, 0);
  EXPECT_THAT(data_help.output, HasSubstr("--data_replay=DIR"));
  EXPECT_THAT(data_help.output, Not(HasSubstr("[ RUN      ]")));
}

TEST_F(ReportDriverTest, SeedReachesGoogleTestsXmlAndJsonOutput) {
  const Outcome xml = Execute(std::string(kSubject) + " --gtest_filter=PlainTest.*:ShopTest.Plain* "
                          "--gtest_output=xml:" + Path("out.xml"));
  EXPECT_EQ(xml.exit_code, 0) << xml.output;
  std::ifstream in(Path("out.xml"));
  std::stringstream text;
  text << in.rdbuf();
  for (const std::string test : {"NotADataTest", "PlainTestFBuilds"}) {
    const size_t at = text.str().find("name=\"" + test + "\"");
    ASSERT_NE(at, std::string::npos) << test;
    const std::string testcase = text.str().substr(at, text.str().find("</testcase>", at) - at);
    EXPECT_THAT(testcase, HasSubstr("<property name=\"gtest_data_seed\" value=\"")) << test;
  }
  const Outcome json = Execute(std::string(kSubject) + " --gtest_filter=PlainTest.* "
                           "--gtest_output=json:" + Path("out.json"));
  EXPECT_EQ(json.exit_code, 0) << json.output;
  std::ifstream jin(Path("out.json"));
  const nlohmann::json parsed = nlohmann::json::parse(jin);
  const auto& test = parsed["testsuites"][0]["testsuite"][0];
  EXPECT_EQ(test["name"], "NotADataTest");
  EXPECT_TRUE(test.contains("gtest_data_seed"));
}

TEST_F(ReportDriverTest, ReportHtmlCommandRendersAReport) {
  RunSubject("", "r.json");
  fs::remove(Path("r.html"));
  const Outcome html = Execute(std::string(kProgram) + " report html " + Path("r.json"));
  EXPECT_EQ(html.exit_code, 0) << html.output;
  EXPECT_TRUE(fs::exists(Path("r.html")));
  const Outcome bad = Execute(std::string(kProgram) + " report html " + Path("missing.json"));
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_THAT(bad.output, HasSubstr("missing.json: cannot open"));
  const Outcome usage = Execute(std::string(kProgram) + " report frobnicate");
  EXPECT_EQ(usage.exit_code, 2);
  EXPECT_THAT(usage.output, HasSubstr("report: unknown subcommand 'frobnicate'"));
}

}  // namespace
