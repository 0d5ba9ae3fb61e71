// Copyright 2026 The gtest_data Authors.

#include "gtest_data/report/report.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <utility>

#include "gtest_data/internal/strings.h"
#include "nlohmann/json.hpp"
#include "src/base/file.h"
#include "src/base/status_macros.h"

namespace gtest_data {
namespace report {
namespace {

using Json = nlohmann::ordered_json;

Json FactoryToJson(const FactoryCalls& calls) {
  Json traits = Json::object();
  for (const auto& [trait, count] : calls.traits) traits[trait] = count;
  return Json{{"factory", calls.factory},
              {"built", calls.built},
              {"created", calls.created},
              {"stubbed", calls.stubbed},
              {"traits", std::move(traits)}};
}

Json TestToJson(const TestRecord& test) {
  Json factories = Json::array();
  for (const FactoryCalls& calls : test.factories) factories.push_back(FactoryToJson(calls));
  Json invariants = Json::array();
  for (const InvariantCheck& check : test.invariants) {
    invariants.push_back(Json{{"name", check.name},
                              {"phase", check.phase},
                              {"passed", check.passed},
                              {"message", check.message}});
  }
  Json out{{"suite", test.suite},
              {"name", test.name},
              {"param", test.param},
              {"result", test.result},
              {"iteration", test.iteration},
              {"data_test", test.data_test},
              {"seed", test.seed},
              {"locale", test.locale},
              {"scenarios", test.scenarios},
              {"factories", std::move(factories)},
              {"objects_created", test.objects_created},
              {"rows", test.rows},
              {"invariants", std::move(invariants)},
              {"setup_us", test.setup_us},
              {"teardown_us", test.teardown_us},
              {"test_us", test.test_us},
              {"replayed_from", test.replayed_from},
              {"failures", test.failures},
              {"replay", test.replay}};
  if (!test.database.engine.empty()) {
    Json tables = Json::array();
    for (const TableUse& use : test.database.tables) {
      tables.push_back(Json{{"table", use.table},
                            {"inserted", use.inserted},
                            {"updated", use.updated},
                            {"deleted", use.deleted},
                            {"read", use.read},
                            {"written", use.written}});
    }
    out["database"] = Json{{"engine", test.database.engine},
                           {"isolation", test.database.isolation},
                           {"tables", std::move(tables)}};
  }
  return out;
}

// Reads fields of one JSON object, remembering the first error with its
// JSON pointer.
class Reader {
 public:
  Reader(const Json& object, std::string pointer, std::string* error)
      : object_(object), pointer_(std::move(pointer)), error_(error) {
    if (!object_.is_object()) Error(pointer_, "expected an object");
  }

  const Json* Field(const char* key, bool (Json::*is)() const, const char* expected) {
    if (!error_->empty() || !object_.is_object()) return nullptr;
    auto it = object_.find(key);
    if (it == object_.end()) {
      Error(pointer_ + "/" + key, std::string("missing; expected ") + expected);
      return nullptr;
    }
    if (!((*it).*is)()) {
      Error(pointer_ + "/" + key, std::string("expected ") + expected);
      return nullptr;
    }
    return &*it;
  }

  void Get(const char* key, std::string* out) {
    if (const Json* v = Field(key, &Json::is_string, "a string")) *out = v->get<std::string>();
  }
  void Get(const char* key, bool* out) {
    if (const Json* v = Field(key, &Json::is_boolean, "true or false")) *out = v->get<bool>();
  }
  void Get(const char* key, int64_t* out) {
    if (const Json* v = Field(key, &Json::is_number_integer, "an integer")) {
      *out = v->get<int64_t>();
    }
  }
  void Get(const char* key, int* out) {
    int64_t wide = 0;
    Get(key, &wide);
    *out = static_cast<int>(wide);
  }
  void Get(const char* key, uint64_t* out) {
    const Json* v = Field(key, &Json::is_number_integer, "an unsigned integer");
    if (v == nullptr) return;
    if (!v->is_number_unsigned()) {
      Error(pointer_ + "/" + key, "expected an unsigned integer");
      return;
    }
    *out = v->get<uint64_t>();
  }
  void Get(const char* key, std::vector<std::string>* out) {
    const Json* v = Field(key, &Json::is_array, "an array of strings");
    if (v == nullptr) return;
    for (size_t i = 0; i < v->size(); ++i) {
      if (!(*v)[i].is_string()) {
        Error(pointer_ + "/" + key + "/" + std::to_string(i), "expected a string");
        return;
      }
      out->push_back((*v)[i].get<std::string>());
    }
  }
  const Json* Array(const char* key) { return Field(key, &Json::is_array, "an array"); }
  const Json* Object(const char* key) { return Field(key, &Json::is_object, "an object"); }
  const std::string& pointer() const { return pointer_; }

  void Error(const std::string& pointer, const std::string& why) {
    if (error_->empty()) *error_ = pointer + ": " + why;
  }

 private:
  const Json& object_;
  std::string pointer_;
  std::string* error_;
};

TestRecord TestFromJson(const Json& json, const std::string& pointer, std::string* error) {
  TestRecord test;
  Reader r(json, pointer, error);
  r.Get("suite", &test.suite);
  r.Get("name", &test.name);
  r.Get("param", &test.param);
  r.Get("result", &test.result);
  if (error->empty() && test.result != "passed" && test.result != "failed" &&
      test.result != "skipped") {
    r.Error(pointer + "/result", "expected \"passed\", \"failed\" or \"skipped\", got \"" +
                                     test.result + "\"");
  }
  r.Get("iteration", &test.iteration);
  r.Get("data_test", &test.data_test);
  r.Get("seed", &test.seed);
  r.Get("locale", &test.locale);
  r.Get("scenarios", &test.scenarios);
  if (const Json* factories = r.Array("factories")) {
    for (size_t i = 0; i < factories->size() && error->empty(); ++i) {
      const std::string p = pointer + "/factories/" + std::to_string(i);
      Reader f((*factories)[i], p, error);
      FactoryCalls calls;
      f.Get("factory", &calls.factory);
      f.Get("built", &calls.built);
      f.Get("created", &calls.created);
      f.Get("stubbed", &calls.stubbed);
      if (const Json* traits = f.Object("traits")) {
        for (auto it = traits->begin(); it != traits->end(); ++it) {
          if (!it.value().is_number_integer()) {
            f.Error(p + "/traits/" + it.key(), "expected an integer");
            break;
          }
          calls.traits[it.key()] = it.value().get<int64_t>();
        }
      }
      test.factories.push_back(std::move(calls));
    }
  }
  r.Get("objects_created", &test.objects_created);
  r.Get("rows", &test.rows);
  if (const Json* invariants = r.Array("invariants")) {
    for (size_t i = 0; i < invariants->size() && error->empty(); ++i) {
      Reader c((*invariants)[i], pointer + "/invariants/" + std::to_string(i), error);
      InvariantCheck check;
      c.Get("name", &check.name);
      c.Get("phase", &check.phase);
      c.Get("passed", &check.passed);
      c.Get("message", &check.message);
      test.invariants.push_back(std::move(check));
    }
  }
  r.Get("setup_us", &test.setup_us);
  r.Get("teardown_us", &test.teardown_us);
  r.Get("test_us", &test.test_us);
  r.Get("replayed_from", &test.replayed_from);
  r.Get("failures", &test.failures);
  r.Get("replay", &test.replay);
  if (error->empty() && json.contains("database")) {
    const std::string p = pointer + "/database";
    if (const Json* database = r.Object("database")) {
      Reader d(*database, p, error);
      d.Get("engine", &test.database.engine);
      d.Get("isolation", &test.database.isolation);
      if (const Json* tables = d.Array("tables")) {
        for (size_t i = 0; i < tables->size() && error->empty(); ++i) {
          Reader t((*tables)[i], p + "/tables/" + std::to_string(i), error);
          TableUse use;
          t.Get("table", &use.table);
          t.Get("inserted", &use.inserted);
          t.Get("updated", &use.updated);
          t.Get("deleted", &use.deleted);
          t.Get("read", &use.read);
          t.Get("written", &use.written);
          test.database.tables.push_back(std::move(use));
        }
      }
    }
  }
  return test;
}

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

}  // namespace

namespace {

// `value` dumped with two-space indentation, every line after the first
// shifted right by `indent` spaces (its place inside the report object).
void AppendIndented(std::string* out, const Json& value, int indent) {
  const std::string text = value.dump(2);
  const std::string pad(static_cast<size_t>(indent), ' ');
  for (char c : text) {
    out->push_back(c);
    if (c == '\n') out->append(pad);
  }
}

// The report's text up to and including "\"tests\": [" (without a newline).
std::string HeaderText(const Report& report, const Totals& t) {
  Json shards = Json::array();
  for (const Shard& shard : report.shards) {
    shards.push_back(Json{{"index", shard.index}, {"total", shard.total}});
  }
  Json header{{"schema_version", report.schema_version},
              {"library_version", report.library_version},
              {"data_version", report.data_version},
              {"run_seed", report.run_seed},
              {"seed_source", report.seed_source},
              {"locale", report.locale},
              {"program", report.program},
              {"started_at", report.started_at},
              {"elapsed_ms", report.elapsed_ms},
              {"shards", std::move(shards)},
              {"totals",
               Json{{"tests", t.tests},
                    {"passed", t.passed},
                    {"failed", t.failed},
                    {"skipped", t.skipped},
                    {"objects_created", t.objects_created},
                    {"invariant_checks", t.invariant_checks},
                    {"invariant_violations", t.invariant_violations},
                    {"setup_us", t.setup_us},
                    {"teardown_us", t.teardown_us}}}};
  std::string out = "{";
  bool first = true;
  for (auto it = header.begin(); it != header.end(); ++it) {
    out += first ? "\n  " : ",\n  ";
    first = false;
    out += Json(it.key()).dump() + ": ";
    AppendIndented(&out, it.value(), 2);
  }
  out += ",\n  \"tests\": [";
  return out;
}

// One test as it appears in the "tests" array (no separator).
std::string TestText(const TestRecord& test) {
  std::string out = "    ";
  AppendIndented(&out, TestToJson(test), 4);
  return out;
}

constexpr char kFooterWithTests[] = "\n  ]\n}\n";
constexpr char kFooterEmpty[] = "]\n}\n";

void AddToTotals(const TestRecord& test, Totals* t) {
  ++t->tests;
  if (test.result == "passed") ++t->passed;
  if (test.result == "failed") ++t->failed;
  if (test.result == "skipped") ++t->skipped;
  t->objects_created += test.objects_created;
  for (const InvariantCheck& check : test.invariants) {
    ++t->invariant_checks;
    if (!check.passed) ++t->invariant_violations;
  }
  t->setup_us += test.setup_us;
  t->teardown_us += test.teardown_us;
}

}  // namespace

Totals Report::totals() const {
  Totals t;
  for (const TestRecord& test : tests) AddToTotals(test, &t);
  return t;
}

std::string ToJsonText(const Report& report) {
  std::string out = HeaderText(report, report.totals());
  for (size_t i = 0; i < report.tests.size(); ++i) {
    out += i == 0 ? "\n" : ",\n";
    out += TestText(report.tests[i]);
  }
  out += report.tests.empty() ? kFooterEmpty : kFooterWithTests;
  return out;
}

absl::StatusOr<Report> ParseReport(std::string_view text, std::string_view file_name) {
  const std::string name(file_name);
  Json json = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) {
    return absl::InvalidArgumentError(name + ": not valid JSON");
  }
  std::string error;
  Report report;
  Reader r(json, "", &error);
  r.Get("schema_version", &report.schema_version);
  if (error.empty() && report.schema_version != kSchemaVersion) {
    return absl::FailedPreconditionError(
        name + ": /schema_version: this build reads report schema version " +
        std::to_string(kSchemaVersion) + ", the file has " +
        std::to_string(report.schema_version));
  }
  r.Get("library_version", &report.library_version);
  r.Get("data_version", &report.data_version);
  r.Get("run_seed", &report.run_seed);
  r.Get("seed_source", &report.seed_source);
  r.Get("locale", &report.locale);
  r.Get("program", &report.program);
  r.Get("started_at", &report.started_at);
  r.Get("elapsed_ms", &report.elapsed_ms);
  if (const Json* shards = r.Array("shards")) {
    for (size_t i = 0; i < shards->size() && error.empty(); ++i) {
      Reader s((*shards)[i], "/shards/" + std::to_string(i), &error);
      Shard shard;
      s.Get("index", &shard.index);
      s.Get("total", &shard.total);
      report.shards.push_back(shard);
    }
  }
  if (const Json* tests = r.Array("tests")) {
    for (size_t i = 0; i < tests->size() && error.empty(); ++i) {
      report.tests.push_back(TestFromJson((*tests)[i], "/tests/" + std::to_string(i), &error));
    }
  }
  if (!error.empty()) return absl::InvalidArgumentError(name + ": " + error);
  return report;
}

absl::StatusOr<Report> LoadReport(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(path + ": cannot open: " + std::strerror(errno));
  }
  std::ostringstream text;
  text << in.rdbuf();
  return ParseReport(text.str(), path);
}

std::string HtmlPathFor(const std::string& json_path) {
  constexpr std::string_view kJson = ".json";
  if (json_path.size() > kJson.size() &&
      json_path.compare(json_path.size() - kJson.size(), kJson.size(), kJson) == 0) {
    return json_path.substr(0, json_path.size() - kJson.size()) + ".html";
  }
  return json_path + ".html";
}

absl::Status SaveReport(const Report& report, const std::string& json_path,
                        const std::vector<std::string>& inputs) {
  internal::WriteFileOptions options;
  options.inputs = inputs;
  internal::FileSet files(std::move(options));
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(files.Add(json_path, ToJsonText(report)));
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(files.Add(HtmlPathFor(json_path), RenderHtml(report)));
  return files.Commit();
}

absl::Status SaveHtml(const Report& report, const std::string& html_path,
                      const std::vector<std::string>& inputs) {
  internal::WriteFileOptions options;
  options.inputs = inputs;
  return internal::WriteFileAtomically(html_path, RenderHtml(report), options);
}

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

namespace {

constexpr size_t kChartLimit = 300;   // bars: the slowest set-ups
constexpr size_t kTableLimit = 2000;  // rows of the all-tests table
constexpr size_t kFailingLimit = 500; // failing tests shown in full

}  // namespace

// What the HTML page shows, gathered one test at a time so that a run of
// any size renders in bounded memory.
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

  void Add(const TestRecord& test) {
    AddToTotals(test, &totals);
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

  // Keeps the kChartLimit slowest bars, in run order.
  void TrimBars() {
    if (bars.size() > kChartLimit) {
      std::nth_element(bars.begin(), bars.begin() + kChartLimit, bars.end(),
                       [](const Bar& a, const Bar& b) { return a.setup_us > b.setup_us; });
      bars.resize(kChartLimit);
    }
    std::sort(bars.begin(), bars.end(),
              [](const Bar& a, const Bar& b) { return a.index < b.index; });
  }

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

namespace {

std::string RenderSummary(const Report& report, HtmlSummary& summary) {
  summary.TrimBars();
  const Totals& t = summary.totals;
  std::ostringstream out;
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

  // Failing tests first, each with its replay line.
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

  // Set-up time per test as horizontal bars.
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
  return out.str();
}

}  // namespace

std::string RenderHtml(const Report& report) {
  HtmlSummary summary;
  for (const TestRecord& test : report.tests) summary.Add(test);
  return RenderSummary(report, summary);
}

struct ReportWriter::State {
  std::string json_path;
  // Nameless from the start (internal::CreateScratchFile), so closing it,
  // which the destructor does when Finish() never ran, is all the clean-up.
  internal::UniqueFile spool;
  HtmlSummary summary;
  absl::Status error;
  bool finished = false;
};

ReportWriter::ReportWriter(std::string json_path) : state_(new State) {
  state_->json_path = std::move(json_path);
}

ReportWriter::~ReportWriter() = default;

const Totals& ReportWriter::totals() const { return state_->summary.totals; }

absl::Status ReportWriter::Add(const TestRecord& test) {
  State& st = *state_;
  if (!st.error.ok()) return st.error;
  if (st.finished) {
    return absl::FailedPreconditionError(st.json_path + ": the report was already finished");
  }
  if (st.spool == nullptr) {
    absl::StatusOr<internal::UniqueFile> spool = internal::CreateScratchFile(st.json_path);
    if (!spool.ok()) return st.error = spool.status();
    st.spool = *std::move(spool);
  }
  const std::string text = (st.summary.seen == 0 ? "\n" : ",\n") + TestText(test);
  if (std::fwrite(text.data(), 1, text.size(), st.spool.get()) != text.size()) {
    return st.error = absl::UnavailableError(st.json_path + ": cannot spool the test records: " +
                                             std::strerror(errno));
  }
  st.summary.Add(test);
  return absl::OkStatus();
}

absl::Status ReportWriter::Finish(const Report& header) {
  State& st = *state_;
  if (!st.error.ok()) return st.error;
  if (st.finished) {
    return absl::FailedPreconditionError(st.json_path + ": the report was already finished");
  }
  st.finished = true;
  // Closed (and so gone) on every return below.
  const internal::UniqueFile spool = std::move(st.spool);
  const internal::WriteFunction write_json = [&](internal::FileWriter& out) {
    GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(out.Write(HeaderText(header, st.summary.totals)));
    if (spool != nullptr) {
      if (std::fflush(spool.get()) != 0) {
        return absl::UnavailableError(st.json_path + ": cannot spool the test records: " +
                                      std::strerror(errno));
      }
      std::rewind(spool.get());
      char buffer[1 << 16];
      size_t n;
      while ((n = std::fread(buffer, 1, sizeof buffer, spool.get())) > 0) {
        GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(out.Write({buffer, n}));
      }
      if (std::ferror(spool.get())) {
        return absl::UnavailableError(st.json_path + ": cannot read back the spooled tests: " +
                                      std::strerror(errno));
      }
    }
    return out.Write(st.summary.seen == 0 ? kFooterEmpty : kFooterWithTests);
  };
  internal::FileSet files;
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(files.Add(st.json_path, write_json));
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(
      files.Add(HtmlPathFor(st.json_path), RenderSummary(header, st.summary)));
  return files.Commit();
}

}  // namespace report
}  // namespace gtest_data
