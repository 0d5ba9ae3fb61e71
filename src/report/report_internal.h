// Copyright 2026 The gtest_data Authors.
//
// Not part of the gtest_data API; include "gtest_data/report/report.h"
// instead. Not installed.
//
// What the report's sources share:
//   report_totals.cc: AddToTotals (Report::totals and the HTML summary).
//   report_json.cc:   the JSON text in pieces (HeaderText, TestText, the
//                     footers), so that ReportWriter streams the same bytes
//                     ToJsonText() gives.
//   report_html.cc:   HtmlSummary, gathered one test at a time, and
//                     RenderSummary, the page from it.
//   report_writer.cc: ReportWriter, SaveReport, SaveHtml.
//   report_merge.cc:  MergeReports.

#ifndef GTEST_DATA_SRC_REPORT_REPORT_INTERNAL_H_
#define GTEST_DATA_SRC_REPORT_REPORT_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "gtest_data/report/report.h"

namespace gtest_data {
namespace report {

// What the HTML page shows, gathered one test at a time so that a run of
// any size renders in bounded memory (report_html.cc).
struct HtmlSummary {
  struct Bar {
    size_t index;
    std::string name;
    int64_t setup_us;
    bool failed;
  };
  struct Line {
    std::string name, param, result;
    uint64_t seed;
    std::vector<std::string> scenarios;
    int64_t objects, setup_us, teardown_us;
  };

  void Add(const TestRecord& test);

  // Keeps the kChartLimit slowest bars, in run order.
  void TrimBars();

  Totals totals;
  size_t seen = 0;
  std::vector<TestRecord> failing;
  std::vector<Bar> bars;
  std::vector<Line> lines;
  std::map<std::string, int64_t> scenarios;
  std::map<std::string, FactoryCalls> factories;
  struct TableTotals {
    int64_t inserted = 0, updated = 0, deleted = 0, reading_tests = 0, writing_tests = 0;
  };
  std::map<std::string, TableTotals> tables;  // DbTest usage, by table
};

namespace report_internal {

// Adds one test to the totals (report_totals.cc).
void AddToTotals(const TestRecord& test, Totals* t);

// The report's text up to and including "\"tests\": [" (without a newline),
// with totals `t` (report_json.cc).
std::string HeaderText(const Report& report, const Totals& t);

// One test as it appears in the "tests" array (no separator).
std::string TestText(const TestRecord& test);

// What follows the tests: after at least one test, and after none.
inline constexpr char kFooterWithTests[] = "\n  ]\n}\n";
inline constexpr char kFooterEmpty[] = "]\n}\n";

// The HTML page of `report`'s header and the tests gathered in `summary`
// (report_html.cc). Trims the summary's bars first.
std::string RenderSummary(const Report& report, HtmlSummary& summary);

}  // namespace report_internal
}  // namespace report
}  // namespace gtest_data

#endif  // GTEST_DATA_SRC_REPORT_REPORT_INTERNAL_H_
