// Copyright 2026 The gtest_data Authors.

#include "gtest_data/report/report.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

#include "nlohmann/json.hpp"

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
  return Json{{"suite", test.suite},
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

Totals Report::totals() const {
  Totals t;
  for (const TestRecord& test : tests) {
    ++t.tests;
    if (test.result == "passed") ++t.passed;
    if (test.result == "failed") ++t.failed;
    if (test.result == "skipped") ++t.skipped;
    t.objects_created += test.objects_created;
    for (const InvariantCheck& check : test.invariants) {
      ++t.invariant_checks;
      if (!check.passed) ++t.invariant_violations;
    }
    t.setup_us += test.setup_us;
    t.teardown_us += test.teardown_us;
  }
  return t;
}

std::string ToJsonText(const Report& report) {
  const Totals t = report.totals();
  Json shards = Json::array();
  for (const Shard& shard : report.shards) {
    shards.push_back(Json{{"index", shard.index}, {"total", shard.total}});
  }
  Json tests = Json::array();
  for (const TestRecord& test : report.tests) tests.push_back(TestToJson(test));
  Json json{{"schema_version", report.schema_version},
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
                  {"teardown_us", t.teardown_us}}},
            {"tests", std::move(tests)}};
  return json.dump(2) + "\n";
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

absl::Status WriteFileAtomically(const std::string& path, std::string_view contents) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) {
    fs::create_directories(target.parent_path(), ec);
    if (ec) {
      return absl::UnavailableError(path + ": cannot create directory " +
                                    target.parent_path().string() + ": " + ec.message());
    }
  }
  const std::string temporary = path + ".tmp." + std::to_string(::getpid());
  std::FILE* file = std::fopen(temporary.c_str(), "wb");
  if (file == nullptr) {
    return absl::UnavailableError(temporary + ": cannot create: " + std::strerror(errno));
  }
  const bool written = std::fwrite(contents.data(), 1, contents.size(), file) == contents.size();
  const bool closed = std::fclose(file) == 0;
  if (!written || !closed) {
    std::remove(temporary.c_str());
    return absl::UnavailableError(temporary + ": write failed: " + std::strerror(errno));
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    std::remove(temporary.c_str());
    return absl::UnavailableError(path + ": cannot rename the temporary file into place: " + why);
  }
  return absl::OkStatus();
}

absl::Status SaveReport(const Report& report, const std::string& json_path) {
  absl::Status status = WriteFileAtomically(json_path, ToJsonText(report));
  if (!status.ok()) return status;
  return WriteFileAtomically(HtmlPathFor(json_path), RenderHtml(report));
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

std::string RenderHtml(const Report& report) {
  const Totals t = report.totals();
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
  for (const TestRecord& test : report.tests) {
    if (test.result != "failed") continue;
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

  // Set-up time per test as horizontal bars.
  out << "<h2>Data set-up time per test</h2>\n";
  int64_t longest = 1;
  for (const TestRecord& test : report.tests) longest = std::max(longest, test.setup_us);
  constexpr int kRow = 16;
  constexpr int kLabel = 360;
  constexpr int kBar = 560;
  out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << kLabel + kBar + 90
      << "\" height=\"" << kRow * report.tests.size() + 4 << "\" role=\"img\">\n";
  for (size_t i = 0; i < report.tests.size(); ++i) {
    const TestRecord& test = report.tests[i];
    const int64_t width = test.setup_us * kBar / longest;
    const size_t y = i * kRow;
    out << "<text x=\"0\" y=\"" << y + 12 << "\">" << Escape(test.full_name()) << "</text>"
        << "<rect x=\"" << kLabel << "\" y=\"" << y + 3 << "\" width=\"" << width
        << "\" height=\"" << kRow - 5 << "\" fill=\""
        << (test.result == "failed" ? "#d9534f" : "#4a78c2") << "\"/>"
        << "<text x=\"" << kLabel + width + 4 << "\" y=\"" << y + 12 << "\">"
        << FormatMicros(test.setup_us) << "</text>\n";
  }
  out << "</svg>\n";

  // Scenario usage.
  std::map<std::string, int64_t> scenarios;
  std::map<std::string, FactoryCalls> factories;
  for (const TestRecord& test : report.tests) {
    for (const std::string& s : test.scenarios) ++scenarios[s];
    for (const FactoryCalls& calls : test.factories) {
      FactoryCalls& sum = factories[calls.factory];
      sum.factory = calls.factory;
      sum.built += calls.built;
      sum.created += calls.created;
      sum.stubbed += calls.stubbed;
      for (const auto& [trait, n] : calls.traits) sum.traits[trait] += n;
    }
  }
  out << "<h2>Scenarios</h2>\n";
  if (scenarios.empty()) out << "<p>None used.</p>\n";
  else {
    out << "<table><tr><th>Scenario</th><th class=\"n\">Tests</th></tr>\n";
    for (const auto& [name, n] : scenarios) {
      out << "<tr><td>" << Escape(name) << "</td><td class=\"n\">" << n << "</td></tr>\n";
    }
    out << "</table>\n";
  }
  out << "<h2>Factories</h2>\n";
  if (factories.empty()) out << "<p>None used.</p>\n";
  else {
    out << "<table><tr><th>Factory</th><th class=\"n\">Built</th><th class=\"n\">Created</th>"
        << "<th class=\"n\">Stubbed</th><th>Traits</th></tr>\n";
    for (const auto& [name, calls] : factories) {
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

  // Every test.
  out << "<h2>All tests</h2>\n<table><tr><th>Test</th><th>Result</th><th class=\"n\">Seed</th>"
      << "<th>Scenarios</th><th class=\"n\">Objects</th><th class=\"n\">Set-up</th>"
      << "<th class=\"n\">Tear-down</th></tr>\n";
  for (const TestRecord& test : report.tests) {
    out << "<tr><td>" << Escape(test.full_name());
    if (!test.param.empty()) out << " <code>" << Escape(test.param) << "</code>";
    out << "</td><td class=\"" << Escape(test.result) << "\">" << Escape(test.result)
        << "</td><td class=\"n\"><code>" << test.seed << "</code></td><td>";
    for (size_t i = 0; i < test.scenarios.size(); ++i) {
      out << (i ? ", " : "") << Escape(test.scenarios[i]);
    }
    out << "</td><td class=\"n\">" << test.objects_created << "</td><td class=\"n\">"
        << FormatMicros(test.setup_us) << "</td><td class=\"n\">"
        << FormatMicros(test.teardown_us) << "</td></tr>\n";
  }
  out << "</table>\n<p>Report schema version " << report.schema_version
      << "; see docs/report-schema.md.</p>\n</body></html>\n";
  return out.str();
}

}  // namespace report
}  // namespace gtest_data
