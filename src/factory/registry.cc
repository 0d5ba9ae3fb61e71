// Copyright 2026 The gtest_data Authors.

#include "gtest_data/factory/registry.h"

#include <utility>

namespace gtest_data {

absl::Status FactoryRegistry::Add(const FactoryBase& factory) {
  if (factories_.count(factory.name()) != 0) {
    return absl::AlreadyExistsError("a factory named \"" + factory.name() +
                                    "\" is registered already");
  }
  factories_.emplace(factory.name(), &factory);
  order_.push_back(factory.name());
  return absl::OkStatus();
}

const FactoryBase* FactoryRegistry::Find(std::string_view name) const {
  auto it = factories_.find(name);
  return it == factories_.end() ? nullptr : it->second;
}

std::vector<LintFailure> Lint(const FactoryRegistry& registry, Context& context,
                              Strategy strategy) {
  std::vector<LintFailure> failures;
  // MakeRow() returns errors rather than passing them to the context.
  for (const std::string& name : registry.names()) {
    const FactoryBase& factory = *registry.Find(name);
    std::vector<std::vector<std::string>> variants = {{}};
    for (const std::string& trait : factory.trait_names()) variants.push_back({trait});
    Context::StreamScope scope(context, "lint/" + name);
    for (const auto& traits : variants) {
      absl::StatusOr<Row> row = factory.MakeRow(context, strategy, traits, {});
      if (!row.ok()) {
        failures.push_back(LintFailure{name, traits.empty() ? "" : traits[0],
                                       std::string(row.status().message())});
      }
    }
  }
  return failures;
}

absl::Status LintFactories(const FactoryRegistry& registry, Context& context,
                           Strategy strategy) {
  const std::vector<LintFailure> failures = Lint(registry, context, strategy);
  if (failures.empty()) return absl::OkStatus();
  std::string message = std::to_string(failures.size()) + " factory build(s) failed:";
  for (const LintFailure& f : failures) {
    message += "\n  " + f.factory + (f.trait.empty() ? "" : "[" + f.trait + "]") + ": " +
               f.message;
  }
  return absl::InvalidArgumentError(message);
}

}  // namespace gtest_data
