// Copyright 2026 The gtest_data Authors.
//
// The usage report: JSON form, reading errors, merging shards, HTML.

#include "gtest_data/report/report.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "gtest_data/version.h"

namespace gtest_data {
namespace report {
namespace {

using ::testing::HasSubstr;

Report SampleReport(int shard_index = 0, int shard_total = 1) {
  Report r;
  r.library_version = "0.1.0";
  r.data_version = 1;
  r.run_seed = 42;
  r.seed_source = "default";
  r.locale = "en_US";
  r.program = "./shop_test";
  r.started_at = "2026-11-24T12:00:00Z";
  r.elapsed_ms = 12;
  r.shards = {{shard_index, shard_total}};
  TestRecord pass;
  pass.suite = "CheckoutTest";
  pass.name = "Total" + std::to_string(shard_index);
  pass.result = "passed";
  pass.data_test = true;
  pass.seed = 18446744073709551615u;  // the largest seed survives the round trip
  pass.locale = "en_US";
  pass.scenarios = {"gold_basket"};
  pass.factories = {{"customer", 1, 1, 0, {{"gold", 1}}}, {"order", 3, 3, 0, {}}};
  pass.objects_created = 4;
  pass.rows = 4;
  pass.invariants = {{"prices_positive", "set-up", true, ""},
                     {"prices_positive", "tear-down", true, ""}};
  pass.setup_us = 120;
  pass.teardown_us = 7;
  pass.test_us = 300;
  TestRecord fail = pass;
  fail.name = "Fails<&>" + std::to_string(shard_index);
  fail.result = "failed";
  fail.failures = {"shop_test.cc:10: Expected equality <of> \"these\""};
  fail.replay = "./shop_test --gtest_filter=CheckoutTest.Fails --data_seed=42";
  fail.invariants[1] = {"prices_positive", "tear-down", false, "products[0] {\"price\": -1}"};
  r.tests = {pass, fail};
  return r;
}

// A report with one DbTest's table usage.
Report DatabaseReport() {
  Report r = SampleReport();
  r.tests[0].database = {"sqlite", "rollback",
                         {{"orders", 3, 1, 0, true, true}, {"products", 0, 0, 0, true, false}}};
  r.tests[1].database = {"sqlite", "template-copy", {{"orders", 1, 0, 2, false, true}}};
  return r;
}

TEST(ReportTest, TotalsCountResultsObjectsChecksAndTime) {
  const Totals t = SampleReport().totals();
  EXPECT_EQ(t.tests, 2);
  EXPECT_EQ(t.passed, 1);
  EXPECT_EQ(t.failed, 1);
  EXPECT_EQ(t.skipped, 0);
  EXPECT_EQ(t.objects_created, 8);
  EXPECT_EQ(t.invariant_checks, 4);
  EXPECT_EQ(t.invariant_violations, 1);
  EXPECT_EQ(t.setup_us, 240);
  EXPECT_EQ(t.teardown_us, 14);
}

TEST(ReportTest, JsonRoundTripKeepsEveryField) {
  const Report original = SampleReport();
  const std::string text = ToJsonText(original);
  absl::StatusOr<Report> read = ParseReport(text, "r.json");
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(ToJsonText(*read), text);
  EXPECT_EQ(read->tests[0].seed, 18446744073709551615u);
  EXPECT_EQ(read->tests[1].invariants[1].message, "products[0] {\"price\": -1}");
  EXPECT_EQ(read->tests[0].factories[0].traits.at("gold"), 1);
  // Keys in the documented order, totals included.
  EXPECT_LT(text.find("\"schema_version\": 1"), text.find("\"totals\""));
  EXPECT_THAT(text, HasSubstr("\"invariant_violations\": 1"));
}

TEST(ReportTest, DatabaseUseRoundTripsAndIsLeftOutForOtherTests) {
  const std::string text = ToJsonText(DatabaseReport());
  absl::StatusOr<Report> read = ParseReport(text, "r.json");
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(ToJsonText(*read), text);
  EXPECT_EQ(read->tests[0].database.isolation, "rollback");
  ASSERT_EQ(read->tests[0].database.tables.size(), 2u);
  EXPECT_EQ(read->tests[0].database.tables[0].updated, 1);
  EXPECT_FALSE(read->tests[0].database.tables[1].written);
  EXPECT_THAT(text, HasSubstr("\"database\": {\n        \"engine\": \"sqlite\""));
  // Tests without a database have no "database" key at all.
  EXPECT_THAT(ToJsonText(SampleReport()), Not(HasSubstr("\"database\"")));
  // A malformed entry is named by its pointer.
  std::string bad = text;
  const std::string inserted = "\"inserted\": 3";
  bad.replace(bad.find(inserted), inserted.size(), "\"inserted\": \"3\"");
  EXPECT_THAT(std::string(ParseReport(bad, "r.json").status().message()),
              HasSubstr("/tests/0/database/tables/0/inserted"));
}

TEST(ReportTest, HtmlSumsTableUsageOverTests) {
  const std::string html = RenderHtml(DatabaseReport());
  EXPECT_THAT(html, HasSubstr("<h2>Database tables</h2>"));
  // orders: 3 + 1 inserted, 1 updated, 2 deleted, read by 1 test, written by 2.
  EXPECT_THAT(html, HasSubstr("<tr><td>orders</td><td class=\"n\">4</td><td class=\"n\">1</td>"
                              "<td class=\"n\">2</td><td class=\"n\">1</td>"
                              "<td class=\"n\">2</td></tr>"));
  EXPECT_THAT(RenderHtml(SampleReport()), Not(HasSubstr("Database tables")));
}

TEST(ReportTest, ReadingErrorsNameFileAndPointer) {
  const std::string good = ToJsonText(SampleReport());
  struct Case {
    std::string from, to, message;
  };
  const Case cases[] = {
      {"\"schema_version\": 1", "\"schema_version\": 9",
       "r.json: /schema_version: this build reads report schema version 1, the file has 9"},
      {"\"run_seed\": 42", "\"run_seed\": -42", "r.json: /run_seed: expected an unsigned integer"},
      {"\"seed\": 18446744073709551615", "\"seed\": \"x\"",
       "r.json: /tests/0/seed: expected an unsigned integer"},
      {"\"result\": \"passed\"", "\"result\": \"ok\"",
       "r.json: /tests/0/result: expected \"passed\", \"failed\" or \"skipped\", got \"ok\""},
      {"\"gold\": 1", "\"gold\": true", "r.json: /tests/0/factories/0/traits/gold: expected an integer"},
      {"\"scenarios\": [\n        \"gold_basket\"", "\"scenarios\": [\n        7",
       "r.json: /tests/0/scenarios/0: expected a string"},
      {"\"locale\": \"en_US\",\n  \"program\"", "\"program\"",
       "r.json: /locale: missing; expected a string"},
  };
  for (const Case& c : cases) {
    std::string text = good;
    const size_t at = text.find(c.from);
    ASSERT_NE(at, std::string::npos) << c.from;
    text.replace(at, c.from.size(), c.to);
    absl::StatusOr<Report> read = ParseReport(text, "r.json");
    ASSERT_FALSE(read.ok()) << c.message;
    EXPECT_EQ(std::string(read.status().message()), c.message);
  }
  EXPECT_EQ(std::string(ParseReport("{", "r.json").status().message()), "r.json: not valid JSON");
  EXPECT_EQ(LoadReport("/nonexistent/r.json").status().code(), absl::StatusCode::kNotFound);
}

TEST(ReportTest, MergeJoinsShardsInIndexOrder) {
  absl::StatusOr<Report> merged =
      MergeReports({SampleReport(2, 3), SampleReport(0, 3), SampleReport(1, 3)}, {"c", "a", "b"});
  ASSERT_TRUE(merged.ok()) << merged.status();
  ASSERT_EQ(merged->tests.size(), 6u);
  EXPECT_EQ(merged->tests[0].name, "Total0");
  EXPECT_EQ(merged->tests[2].name, "Total1");
  EXPECT_EQ(merged->tests[4].name, "Total2");
  ASSERT_EQ(merged->shards.size(), 3u);
  EXPECT_EQ(merged->shards[0].index, 0);
  EXPECT_EQ(merged->shards[2].index, 2);
  EXPECT_EQ(merged->totals().failed, 3);
}

TEST(ReportTest, MergeRefusesReportsOfDifferentRuns) {
  Report other_seed = SampleReport(1, 2);
  other_seed.run_seed = 7;
  EXPECT_EQ(std::string(MergeReports({SampleReport(0, 2), other_seed}, {"a.json", "b.json"})
                            .status()
                            .message()),
            "b.json: run seed 7 differs from a.json's 42; shards of one run share a seed");
  Report other_locale = SampleReport(1, 2);
  other_locale.locale = "de_DE";
  EXPECT_THAT(std::string(MergeReports({SampleReport(0, 2), other_locale}, {"a.json", "b.json"})
                              .status()
                              .message()),
              HasSubstr("b.json: locale de_DE differs from a.json's en_US"));
  Report other_version = SampleReport(1, 2);
  other_version.data_version = ::gtest_data::kDataVersion + 1;
  EXPECT_EQ(MergeReports({SampleReport(0, 2), other_version}, {}).status().code(),
            absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(std::string(MergeReports({SampleReport(1, 2), SampleReport(1, 2)}, {"a", "b"})
                            .status()
                            .message()),
            "b: shard 1 of 2 is also in a");
  EXPECT_FALSE(MergeReports({}, {}).ok());
}

TEST(ReportTest, HtmlIsSelfContainedEscapedAndShowsFailuresFirst) {
  const std::string html = RenderHtml(SampleReport());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  EXPECT_THAT(html, Not(HasSubstr("http://www.w3.org/1999")));  // no external stylesheet
  EXPECT_THAT(html, Not(HasSubstr("<link")));
  EXPECT_THAT(html, HasSubstr("CheckoutTest.Fails&lt;&amp;&gt;0"));
  EXPECT_THAT(html, Not(HasSubstr("Fails<&>")));
  EXPECT_THAT(html, HasSubstr("--gtest_filter=CheckoutTest.Fails --data_seed=42"));
  EXPECT_THAT(html, HasSubstr("&lt;of&gt; &quot;these&quot;"));
  // The failing section comes before the chart and the full table.
  const size_t failing = html.find("Failing tests (1)");
  EXPECT_LT(failing, html.find("Data set-up time per test"));
  EXPECT_LT(html.find("Data set-up time per test"), html.find("All tests"));
  EXPECT_THAT(html, HasSubstr("<svg"));
  EXPECT_THAT(html, HasSubstr("gold_basket"));
  EXPECT_THAT(html, HasSubstr("gold ×2"));  // trait usage summed over tests
}

TEST(ReportTest, HtmlPathSitsBesideTheJson) {
  EXPECT_EQ(HtmlPathFor("out/data.json"), "out/data.html");
  EXPECT_EQ(HtmlPathFor("out/data"), "out/data.html");
  EXPECT_EQ(HtmlPathFor(".json"), ".json.html");
}

TEST(ReportTest, SaveWritesBothFilesAndNoTemporaryRemains) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(::testing::TempDir()) / "gtest_data_report_test" / "nested";
  fs::remove_all(dir.parent_path());
  ASSERT_TRUE(SaveReport(SampleReport(), (dir / "r.json").string()).ok());
  absl::StatusOr<Report> read = LoadReport((dir / "r.json").string());
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(read->tests.size(), 2u);
  EXPECT_TRUE(fs::exists(dir / "r.html"));
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    static_cast<void>(entry);
    ++files;
  }
  EXPECT_EQ(files, 2);
  // A path whose directory cannot be made is an error, not a partial file.
  const absl::Status bad = SaveReport(SampleReport(), (dir / "r.json" / "x.json").string());
  EXPECT_FALSE(bad.ok());
  EXPECT_THAT(std::string(bad.message()), HasSubstr("r.json"));
  fs::remove_all(dir.parent_path());
}

TEST(ReportWriterTest, StreamedReportEqualsTheWholeReport) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(::testing::TempDir()) / "gtest_data_writer_test";
  fs::remove_all(dir);
  for (size_t count : {0, 1, 2}) {
    Report whole = SampleReport();
    whole.tests.resize(count);
    const std::string path = (dir / ("r" + std::to_string(count) + ".json")).string();
    ReportWriter writer(path);
    for (const TestRecord& test : whole.tests) ASSERT_TRUE(writer.Add(test).ok());
    EXPECT_EQ(writer.totals().tests, static_cast<int64_t>(count));
    Report header = whole;
    header.tests.clear();
    ASSERT_TRUE(writer.Finish(header).ok());
    std::ifstream json(path);
    std::stringstream json_text;
    json_text << json.rdbuf();
    EXPECT_EQ(json_text.str(), ToJsonText(whole)) << count;
    std::ifstream html(HtmlPathFor(path));
    std::stringstream html_text;
    html_text << html.rdbuf();
    EXPECT_EQ(html_text.str(), RenderHtml(whole)) << count;
    EXPECT_TRUE(ParseReport(json_text.str(), path).ok());
  }
  // Only the finished files remain: no spool, no temporary.
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    static_cast<void>(entry);
    ++files;
  }
  EXPECT_EQ(files, 6);
  fs::remove_all(dir);
}

// The names in `dir`, sorted.
std::vector<std::string> Names(const std::filesystem::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::filesystem::path FreshDir(const std::string& name) {
  const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(ReportTest, SaveRefusesToReplaceAnInput) {
  const std::filesystem::path dir = FreshDir("gtest_data_report_inputs");
  const std::string json = (dir / "r.json").string();
  const std::string html = (dir / "r.html").string();
  ASSERT_TRUE(SaveReport(SampleReport(), json).ok());
  const std::string json_before = ReadText(json);
  const std::string html_before = ReadText(html);
  const std::string respelled = (dir / "." / "r.json").string();
  const absl::Status same = SaveReport(SampleReport(1, 2), respelled, {json});
  EXPECT_EQ(same.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(same.message(), respelled + ": refusing to write: it is the input " + json);
  const absl::Status page = SaveHtml(SampleReport(1, 2), html, {json, html});
  EXPECT_EQ(page.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(page.message(), html + ": refusing to write: it is the input " + html);
  EXPECT_EQ(ReadText(json), json_before);
  EXPECT_EQ(ReadText(html), html_before);
  EXPECT_THAT(Names(dir), ::testing::ElementsAre("r.html", "r.json"));
}

// A refused HTML path fails the save before anything is replaced: the old
// JSON stays, the link and what it points to are untouched.
TEST(ReportTest, SaveRefusesALinkAtTheHtmlPathAndKeepsTheOldPair) {
  const std::filesystem::path dir = FreshDir("gtest_data_report_link");
  const std::string json = (dir / "r.json").string();
  const std::string html = (dir / "r.html").string();
  ASSERT_TRUE(SaveReport(SampleReport(), json).ok());
  const std::string json_before = ReadText(json);
  std::filesystem::remove(html);
  std::ofstream(dir / "victim") << "precious";
  ASSERT_EQ(::symlink((dir / "victim").c_str(), html.c_str()), 0);
  const absl::Status saved = SaveReport(SampleReport(1, 2), json);
  EXPECT_EQ(saved.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(saved.message(), html + ": refusing to write: it is a symbolic link; name the "
                                    "file it points to instead");
  EXPECT_EQ(ReadText(json), json_before);
  EXPECT_EQ(ReadText(dir / "victim"), "precious");
  EXPECT_THAT(Names(dir), ::testing::ElementsAre("r.html", "r.json", "victim"));
}

TEST(ReportWriterTest, TheSpoolHasNoNameAndAnUnfinishedWriterLeavesNothing) {
  const std::filesystem::path dir = FreshDir("gtest_data_writer_spool");
  {
    ReportWriter writer((dir / "out" / "r.json").string());
    ASSERT_TRUE(writer.Add(SampleReport().tests[0]).ok());
    ASSERT_TRUE(writer.Add(SampleReport().tests[1]).ok());
    EXPECT_THAT(Names(dir / "out"), ::testing::IsEmpty());
  }
  EXPECT_THAT(Names(dir / "out"), ::testing::IsEmpty());
}

TEST(ReportWriterTest, FinishOntoAFifoIsRefusedAndEndsTheWriter) {
  const std::filesystem::path dir = FreshDir("gtest_data_writer_fifo");
  const std::string json = (dir / "r.json").string();
  ASSERT_EQ(::mkfifo(json.c_str(), 0600), 0);
  ReportWriter writer(json);
  ASSERT_TRUE(writer.Add(SampleReport().tests[0]).ok());
  Report header = SampleReport();
  header.tests.clear();
  const absl::Status finished = writer.Finish(header);
  EXPECT_EQ(finished.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(finished.message(), json + ": refusing to write: it is a FIFO, not a regular file");
  EXPECT_TRUE(std::filesystem::is_fifo(json));
  EXPECT_THAT(Names(dir), ::testing::ElementsAre("r.json"));
  const absl::Status again = writer.Finish(header);
  EXPECT_EQ(again.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(again.message(), json + ": the report was already finished");
  EXPECT_EQ(writer.Add(SampleReport().tests[0]).code(), absl::StatusCode::kFailedPrecondition);
}

TEST(ReportWriterTest, LargeRunsShowBoundedHtml) {
  Report report = SampleReport();
  const TestRecord passing = report.tests[0];
  report.tests.clear();
  for (int i = 0; i < 2500; ++i) {
    TestRecord test = passing;
    test.name = "T" + std::to_string(i);
    test.setup_us = i;
    report.tests.push_back(test);
  }
  const std::string html = RenderHtml(report);
  EXPECT_THAT(html, HasSubstr("The 300 slowest of 2500 tests, in run order."));
  EXPECT_THAT(html, HasSubstr("The first 2000 of 2500 tests; the JSON report lists them all."));
  EXPECT_THAT(html, HasSubstr(">CheckoutTest.T2499</text>"));  // slowest: charted
  EXPECT_THAT(html, Not(HasSubstr(">CheckoutTest.T10</text>")));  // fast: not charted
  EXPECT_LT(html.find(">CheckoutTest.T2200</text>"), html.find(">CheckoutTest.T2300</text>"));
}

}  // namespace
}  // namespace report
}  // namespace gtest_data
