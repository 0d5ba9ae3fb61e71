// Copyright 2026 The gtest_data Authors.
//
// The report's JSON form: writing (ToJsonText, and the pieces the streamed
// writer uses), reading (ParseReport, LoadReport).

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <utility>

#include "gtest_data/report/report.h"
#include "nlohmann/json.hpp"
#include "report_internal.h"

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

}  // namespace

namespace report_internal {

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

}  // namespace report_internal

std::string ToJsonText(const Report& report) {
  std::string out = report_internal::HeaderText(report, report.totals());
  for (size_t i = 0; i < report.tests.size(); ++i) {
    out += i == 0 ? "\n" : ",\n";
    out += report_internal::TestText(report.tests[i]);
  }
  out += report.tests.empty() ? report_internal::kFooterEmpty
                               : report_internal::kFooterWithTests;
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

}  // namespace report
}  // namespace gtest_data
