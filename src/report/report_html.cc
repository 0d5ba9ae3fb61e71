// Copyright 2026 The gtest_data Authors.
//
// The report's HTML page: a self-contained page (inline style and SVG, no
// script) rendered from an HtmlSummary, which gathers what the page shows
// one test at a time so that the streamed writer renders a run of any size
// in bounded memory.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>

#include "gtest_data/internal/strings.h"
#include "gtest_data/report/report.h"
#include "report_internal.h"

namespace gtest_data {
namespace report {
namespace {

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string FormatMicros(int64_t us) {
  char buffer[32];
  if (us < 1000) {
    std::snprintf(buffer, sizeof buffer, "%lld µs", static_cast<long long>(us));
  } else if (us < 1000000) {
    std::snprintf(buffer, sizeof buffer, "%.2f ms", static_cast<double>(us) / 1e3);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.2f s", static_cast<double>(us) / 1e6);
  }
  return buffer;
}

constexpr char kStyle[] =
    "body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1d2330;max-width:1100px}"
    "h1{font-size:20px}h2{font-size:16px;margin-top:28px;border-bottom:1px solid #dde}"
    "table{border-collapse:collapse;width:100%}td,th{padding:3px 8px;text-align:left;"
    "border-bottom:1px solid #eef;vertical-align:top}th{background:#f4f5fa}"
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}"
    ".failed{color:#b3261e;font-weight:600}.passed{color:#1b6e2d}.skipped{color:#7a6a00}"
    "code,pre{font:12px ui-monospace,monospace;background:#f4f5fa;padding:1px 4px}"
    "pre{padding:6px;white-space:pre-wrap;margin:4px 0}"
    ".summary td{border:none;padding:1px 12px 1px 0}svg text{font:11px sans-serif}";

constexpr size_t kChartLimit = 300;   // bars: the slowest set-ups
constexpr size_t kTableLimit = 2000;  // rows of the all-tests table
constexpr size_t kFailingLimit = 500; // failing tests shown in full

// The page's head and the run's summary table.
void RenderRunSummary(const Report& report, const Totals& t, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      << "<title>gtest_data report: " << Escape(report.program) << "</title>"
      << "<style>" << kStyle << "</style></head><body>\n";
  out << "<h1>Test data report</h1>\n<table class=\"summary\">"
      << "<tr><td>Program</td><td><code>" << Escape(report.program) << "</code></td></tr>"
      << "<tr><td>Run seed</td><td><code>" << report.run_seed << "</code> ("
      << Escape(report.seed_source) << ")</td></tr>"
      << "<tr><td>Locale</td><td>" << Escape(report.locale) << "</td></tr>"
      << "<tr><td>Data version</td><td>" << report.data_version << " (library "
      << Escape(report.library_version) << ")</td></tr>"
      << "<tr><td>Started</td><td>" << Escape(report.started_at) << ", "
      << report.elapsed_ms << " ms</td></tr>"
      << "<tr><td>Shards</td><td>";
  for (size_t i = 0; i < report.shards.size(); ++i) {
    out << (i ? ", " : "") << report.shards[i].index << "/" << report.shards[i].total;
  }
  out << "</td></tr>"
      << "<tr><td>Tests</td><td>" << t.tests << ": <span class=\"passed\">" << t.passed
      << " passed</span>, <span class=\"failed\">" << t.failed
      << " failed</span>, <span class=\"skipped\">" << t.skipped << " skipped</span></td></tr>"
      << "<tr><td>Objects created</td><td>" << t.objects_created << "</td></tr>"
      << "<tr><td>Invariant checks</td><td>" << t.invariant_checks << ", "
      << t.invariant_violations << " violated</td></tr>"
      << "<tr><td>Data set-up / tear-down</td><td>" << FormatMicros(t.setup_us) << " / "
      << FormatMicros(t.teardown_us) << "</td></tr></table>\n";
}

// Failing tests first, each with its replay line.
void RenderFailingTests(const Totals& t, const HtmlSummary& summary, std::ostream& out) {
  out << "<h2>Failing tests (" << t.failed << ")</h2>\n";
  if (t.failed == 0) out << "<p>None.</p>\n";
  for (const TestRecord& test : summary.failing) {
    out << "<h3 class=\"failed\">" << Escape(test.full_name()) << "</h3>\n"
        << "<p>seed <code>" << test.seed << "</code>";
    if (test.iteration > 0) out << ", iteration " << test.iteration;
    out << "</p>\n<pre>" << Escape(test.replay) << "</pre>\n";
    for (const std::string& failure : test.failures) {
      out << "<pre>" << Escape(failure) << "</pre>\n";
    }
    for (const InvariantCheck& check : test.invariants) {
      if (!check.passed) {
        out << "<p>invariant <b>" << Escape(check.name) << "</b> (" << Escape(check.phase)
            << "): " << Escape(check.message) << "</p>\n";
      }
    }
  }
  if (static_cast<size_t>(t.failed) > summary.failing.size()) {
    out << "<p>... and " << t.failed - static_cast<int64_t>(summary.failing.size())
        << " more; the JSON report lists them all.</p>\n";
  }

}

// Set-up time per test as horizontal bars.
void RenderSetupChart(const HtmlSummary& summary, std::ostream& out) {
  out << "<h2>Data set-up time per test</h2>\n";
  if (summary.seen > summary.bars.size()) {
    out << "<p>The " << summary.bars.size() << " slowest of " << summary.seen
        << " tests, in run order.</p>\n";
  }
  int64_t longest = 1;
  for (const HtmlSummary::Bar& bar : summary.bars) longest = std::max(longest, bar.setup_us);
  constexpr int kRow = 16;
  constexpr int kLabel = 360;
  constexpr int kBar = 560;
  out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << kLabel + kBar + 90
      << "\" height=\"" << kRow * summary.bars.size() + 4 << "\" role=\"img\">\n";
  for (size_t i = 0; i < summary.bars.size(); ++i) {
    const HtmlSummary::Bar& bar = summary.bars[i];
    const int64_t width = bar.setup_us * kBar / longest;
    const size_t y = i * kRow;
    out << "<text x=\"0\" y=\"" << y + 12 << "\">" << Escape(bar.name) << "</text>"
        << "<rect x=\"" << kLabel << "\" y=\"" << y + 3 << "\" width=\"" << width
        << "\" height=\"" << kRow - 5 << "\" fill=\"" << (bar.failed ? "#d9534f" : "#4a78c2")
        << "\"/>"
        << "<text x=\"" << kLabel + width + 4 << "\" y=\"" << y + 12 << "\">"
        << FormatMicros(bar.setup_us) << "</text>\n";
  }
  out << "</svg>\n";
}

// Scenario usage: tests per scenario.
void RenderScenarios(const HtmlSummary& summary, std::ostream& out) {
  out << "<h2>Scenarios</h2>\n";
  if (summary.scenarios.empty()) {
    out << "<p>None used.</p>\n";
  } else {
    out << "<table><tr><th>Scenario</th><th class=\"n\">Tests</th></tr>\n";
    for (const auto& [name, n] : summary.scenarios) {
      out << "<tr><td>" << Escape(name) << "</td><td class=\"n\">" << n << "</td></tr>\n";
    }
    out << "</table>\n";
  }
}

// Factory usage: objects per strategy and trait.
void RenderFactories(const HtmlSummary& summary, std::ostream& out) {
  out << "<h2>Factories</h2>\n";
  if (summary.factories.empty()) {
    out << "<p>None used.</p>\n";
  } else {
    out << "<table><tr><th>Factory</th><th class=\"n\">Built</th><th class=\"n\">Created</th>"
        << "<th class=\"n\">Stubbed</th><th>Traits</th></tr>\n";
    for (const auto& [name, calls] : summary.factories) {
      out << "<tr><td>" << Escape(name) << "</td><td class=\"n\">" << calls.built
          << "</td><td class=\"n\">" << calls.created << "</td><td class=\"n\">"
          << calls.stubbed << "</td><td>";
      bool first = true;
      for (const auto& [trait, n] : calls.traits) {
        out << (first ? "" : ", ") << Escape(trait) << " ×" << n;
        first = false;
      }
      out << "</td></tr>\n";
    }
    out << "</table>\n";
  }
}

// DbTest usage per table; nothing without a DbTest.
void RenderTables(const HtmlSummary& summary, std::ostream& out) {
  if (!summary.tables.empty()) {
    out << "<h2>Database tables</h2>\n<table><tr><th>Table</th><th class=\"n\">Inserted</th>"
        << "<th class=\"n\">Updated</th><th class=\"n\">Deleted</th>"
        << "<th class=\"n\">Tests reading</th><th class=\"n\">Tests writing</th></tr>\n";
    for (const auto& [name, sum] : summary.tables) {
      out << "<tr><td>" << Escape(name) << "</td><td class=\"n\">" << sum.inserted
          << "</td><td class=\"n\">" << sum.updated << "</td><td class=\"n\">" << sum.deleted
          << "</td><td class=\"n\">" << sum.reading_tests << "</td><td class=\"n\">"
          << sum.writing_tests << "</td></tr>\n";
    }
    out << "</table>\n";
  }
}

// Every test (up to kTableLimit), and the page's end.
void RenderAllTests(const Report& report, const HtmlSummary& summary, std::ostream& out) {
  out << "<h2>All tests</h2>\n<table><tr><th>Test</th><th>Result</th><th class=\"n\">Seed</th>"
      << "<th>Scenarios</th><th class=\"n\">Objects</th><th class=\"n\">Set-up</th>"
      << "<th class=\"n\">Tear-down</th></tr>\n";
  for (const HtmlSummary::Line& line : summary.lines) {
    out << "<tr><td>" << Escape(line.name);
    if (!line.param.empty()) out << " <code>" << Escape(line.param) << "</code>";
    out << "</td><td class=\"" << Escape(line.result) << "\">" << Escape(line.result)
        << "</td><td class=\"n\"><code>" << line.seed << "</code></td><td>"
        << Escape(internal::StrJoin(line.scenarios, ", "))
        << "</td><td class=\"n\">" << line.objects << "</td><td class=\"n\">"
        << FormatMicros(line.setup_us) << "</td><td class=\"n\">"
        << FormatMicros(line.teardown_us) << "</td></tr>\n";
  }
  out << "</table>\n";
  if (summary.seen > summary.lines.size()) {
    out << "<p>The first " << summary.lines.size() << " of " << summary.seen
        << " tests; the JSON report lists them all.</p>\n";
  }
  out << "<p>Report schema version " << report.schema_version
      << "; see docs/report-schema.md.</p>\n</body></html>\n";
}

}  // namespace

void HtmlSummary::Add(const TestRecord& test) {
  report_internal::AddToTotals(test, &totals);
  if (test.result == "failed" && failing.size() < kFailingLimit) failing.push_back(test);
  bars.push_back({seen, test.full_name(), test.setup_us, test.result == "failed"});
  if (bars.size() >= 2 * kChartLimit) TrimBars();
  if (lines.size() < kTableLimit) {
    lines.push_back({test.full_name(), test.param, test.result, test.seed, test.scenarios,
                     test.objects_created, test.setup_us, test.teardown_us});
  }
  for (const std::string& name : test.scenarios) ++scenarios[name];
  for (const TableUse& use : test.database.tables) {
    TableTotals& sum = tables[use.table];
    sum.inserted += use.inserted;
    sum.updated += use.updated;
    sum.deleted += use.deleted;
    sum.reading_tests += use.read ? 1 : 0;
    sum.writing_tests += use.written ? 1 : 0;
  }
  for (const FactoryCalls& calls : test.factories) {
    FactoryCalls& sum = factories[calls.factory];
    sum.factory = calls.factory;
    sum.built += calls.built;
    sum.created += calls.created;
    sum.stubbed += calls.stubbed;
    for (const auto& [trait, n] : calls.traits) sum.traits[trait] += n;
  }
  ++seen;
}

void HtmlSummary::TrimBars() {
  if (bars.size() > kChartLimit) {
    std::nth_element(bars.begin(), bars.begin() + kChartLimit, bars.end(),
                     [](const Bar& a, const Bar& b) { return a.setup_us > b.setup_us; });
    bars.resize(kChartLimit);
  }
  std::sort(bars.begin(), bars.end(),
            [](const Bar& a, const Bar& b) { return a.index < b.index; });
}

namespace report_internal {

std::string RenderSummary(const Report& report, HtmlSummary& summary) {
  summary.TrimBars();
  const Totals& t = summary.totals;
  std::ostringstream out;
  RenderRunSummary(report, t, out);
  RenderFailingTests(t, summary, out);
  RenderSetupChart(summary, out);
  RenderScenarios(summary, out);
  RenderFactories(summary, out);
  RenderTables(summary, out);
  RenderAllTests(report, summary, out);
  return out.str();
}

}  // namespace report_internal

std::string RenderHtml(const Report& report) {
  HtmlSummary summary;
  for (const TestRecord& test : report.tests) summary.Add(test);
  return report_internal::RenderSummary(report, summary);
}

}  // namespace report
}  // namespace gtest_data
