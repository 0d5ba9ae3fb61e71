// Copyright 2026 The gtest_data Authors.

#include "gtest_data/factory/scenario.h"

#include <cstdio>
#include <cstdlib>

namespace gtest_data {

Value ScenarioContext::Param(std::string_view name, Value default_value) {
  auto it = params_.find(name);
  if (it == params_.end()) return default_value;
  if (!default_value.is_null() && it->second.kind() != default_value.kind()) {
    Fail(absl::InvalidArgumentError("scenario " + name_ + ": parameter \"" + std::string(name) +
                                    "\" is " + ValueKindName(it->second.kind()) + " " +
                                    it->second.ToString() + "; expected " +
                                    ValueKindName(default_value.kind())));
    return default_value;
  }
  return it->second;
}

void ScenarioContext::Use(std::string_view name, ScenarioParams params) {
  const ScenarioDefinition* definition = registry_.Find(name);
  if (definition == nullptr) {
    Fail(absl::NotFoundError("scenario " + name_ + " uses unknown scenario \"" +
                             std::string(name) + "\""));
    return;
  }
  Context::StreamScope scope(context_, "scenario/" + std::string(name));
  ScenarioContext inner(context_, dataset_, registry_, std::move(params), std::string(name));
  definition->body(inner);
  if (!inner.status().ok()) Fail(inner.status());
}

ScenarioRegistry& ScenarioRegistry::Global() {
  static ScenarioRegistry* const registry = new ScenarioRegistry();
  return *registry;
}

absl::Status ScenarioRegistry::Add(ScenarioDefinition definition) {
  auto it = scenarios_.find(definition.name);
  if (it != scenarios_.end()) {
    return absl::AlreadyExistsError(
        definition.file + ":" + std::to_string(definition.line) + ": scenario \"" +
        definition.name + "\" is defined already at " + it->second.file + ":" +
        std::to_string(it->second.line));
  }
  std::string name = definition.name;
  scenarios_.emplace(std::move(name), std::move(definition));
  return absl::OkStatus();
}

const ScenarioDefinition* ScenarioRegistry::Find(std::string_view name) const {
  auto it = scenarios_.find(name);
  return it == scenarios_.end() ? nullptr : &it->second;
}

std::vector<std::string> ScenarioRegistry::names() const {
  std::vector<std::string> list;
  for (const auto& s : scenarios_) list.push_back(s.first);
  return list;
}

namespace {

absl::Status RunInto(const ScenarioRegistry& registry, std::string_view name, Context& context,
                     const ScenarioParams& params, Dataset* dataset) {
  const ScenarioDefinition* definition = registry.Find(name);
  if (definition == nullptr) {
    std::string known;
    for (const std::string& n : registry.names()) known += (known.empty() ? "" : ", ") + n;
    return absl::NotFoundError("unknown scenario \"" + std::string(name) +
                               "\"; known: " + (known.empty() ? "(none)" : known));
  }
  Context::StreamScope scope(context, "scenario/" + std::string(name));
  Dataset* const saved = context.recorder();
  context.set_recorder(dataset);
  ScenarioContext s(context, *dataset, registry, params, std::string(name));
  definition->body(s);
  context.set_recorder(saved);
  return s.status();
}

}  // namespace

absl::StatusOr<Dataset> RunScenario(const ScenarioRegistry& registry, std::string_view name,
                                    Context& context, const ScenarioParams& params) {
  Dataset dataset;
  absl::Status status = RunInto(registry, name, context, params, &dataset);
  if (!status.ok()) return status;
  return dataset;
}

absl::Status RunScenarioInto(std::string_view name, Context& context,
                             const ScenarioParams& params, Dataset* into) {
  return RunInto(ScenarioRegistry::Global(), name, context, params, into);
}

absl::StatusOr<Dataset> RunScenario(std::string_view name, Context& context,
                                    const ScenarioParams& params) {
  return RunScenario(ScenarioRegistry::Global(), name, context, params);
}

absl::StatusOr<Dataset> RunScenarios(const ScenarioRegistry& registry,
                                     const std::vector<std::string>& names, Context& context) {
  Dataset dataset;
  for (const std::string& name : names) {
    absl::Status status = RunInto(registry, name, context, {}, &dataset);
    if (!status.ok()) return status;
  }
  return dataset;
}

namespace internal {

bool RegisterScenario(const char* name, void (*body)(ScenarioContext&), const char* file,
                      int line) {
  absl::Status status = ScenarioRegistry::Global().Add(
      ScenarioDefinition{name, body, file, line});
  if (!status.ok()) {
    std::fprintf(stderr, "gtest_data: %s\n", std::string(status.message()).c_str());
    std::abort();
  }
  return true;
}

}  // namespace internal
}  // namespace gtest_data
