// Copyright 2026 The gtest_data Authors.
//
// Scenarios: named, parameterised, composable recipes that make a dataset
// (tables of rows plus typed handles to the objects created). Tests ask for
// data by scenario name; the GoogleTest integration runs the scenarios a
// test declares before its body.
//
//   GTEST_DATA_SCENARIO(basket, s) {
//     Customer& ada = s.Create(customers, "ada");
//     const int64_t items = s.Param("items", 3);
//     for (int64_t i = 0; i < items; ++i) {
//       s.Create(orders, "", With(&Order::customer_id, ada.id));
//     }
//   }
//
//   Context context(seed);
//   absl::StatusOr<Dataset> data = RunScenario("basket", context, {{"items", 5}});
//   Customer* ada = data->Object<Customer>("customers", "ada");
//
// Determinism: a scenario draws from a stream scope derived from the
// context's stream seed and its name, so its data does not depend on what
// ran before it in the same context; a scenario used by another gets a scope
// nested in its user's. Parameters change the data only as the body uses
// them.
//
// Thread-compatible. The global registry is filled during static
// initialisation (GTEST_DATA_SCENARIO) and only read afterwards.

#ifndef GTEST_DATA_FACTORY_SCENARIO_H_
#define GTEST_DATA_FACTORY_SCENARIO_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest_data/factory/context.h"
#include "gtest_data/factory/dataset.h"
#include "gtest_data/factory/factory.h"
#include "gtest_data/factory/value.h"

namespace gtest_data {

using ScenarioParams = std::map<std::string, Value, std::less<>>;

class ScenarioRegistry;

// What a scenario body works with.
class ScenarioContext {
 public:
  ScenarioContext(Context& context, Dataset& dataset, const ScenarioRegistry& registry,
                  ScenarioParams params, std::string name)
      : context_(context),
        dataset_(dataset),
        registry_(registry),
        params_(std::move(params)),
        name_(std::move(name)) {}

  Context& context() { return context_; }
  Dataset& dataset() { return dataset_; }
  const std::string& name() const { return name_; }

  // Creates an object (persisted through the context's sink and recorded in
  // the dataset, labelled `label` unless empty) and returns the dataset's
  // handle to it, valid as long as the dataset.
  template <typename T, typename... Mods>
  T& Create(const Factory<T>& factory, std::string label, const Mods&... mods) {
    BuildSpec<T> spec = MakeSpec<T>(mods...);
    spec.label = std::move(label);
    // Made in place: the dataset (the context's recorder) keeps this very
    // handle, not a copy.
    auto object = std::make_shared<T>();
    absl::Status status =
        factory.Make(context_, Strategy::kCreate, spec, std::nullopt, object.get(), &object);
    if (!status.ok()) {
      // The scenario has failed; the body goes on with a default object
      // that this context owns, and RunScenario() returns the error.
      Fail(std::move(status));
      auto fallback = std::make_shared<T>();
      T& result = *fallback;
      fallbacks_.push_back(std::move(fallback));
      return result;
    }
    if (context_.recorder() != &dataset_) fallbacks_.push_back(object);  // kept alive here
    return *object;
  }

  // `count` objects, unlabelled.
  template <typename T, typename... Mods>
  std::vector<T*> CreateList(const Factory<T>& factory, size_t count, const Mods&... mods) {
    std::vector<T*> handles;
    for (size_t i = 0; i < count && status_.ok(); ++i) {
      handles.push_back(&Create(factory, "", mods...));
    }
    return handles;
  }

  // The parameter `name`: the caller's value, else `default_value`. A value
  // of another kind than the default's fails the scenario.
  Value Param(std::string_view name, Value default_value);
  int64_t Param(std::string_view name, int default_value) {
    return Param(name, Value(default_value)).as_int();
  }

  // Runs the registered scenario `name` into this scenario's dataset.
  void Use(std::string_view name, ScenarioParams params = {});

  // Fails the scenario (the first failure wins).
  void Fail(absl::Status status) {
    if (status_.ok()) status_ = std::move(status);
  }
  const absl::Status& status() const { return status_; }

 private:
  Context& context_;
  Dataset& dataset_;
  const ScenarioRegistry& registry_;
  ScenarioParams params_;
  std::string name_;
  absl::Status status_;
  std::vector<std::shared_ptr<void>> fallbacks_;
};

struct ScenarioDefinition {
  std::string name;
  std::function<void(ScenarioContext&)> body;
  std::string file;  // where it was defined, for messages
  int line = 0;
};

class ScenarioRegistry {
 public:
  // The registry GTEST_DATA_SCENARIO adds to.
  static ScenarioRegistry& Global();

  // Adds a scenario; a duplicate name is kAlreadyExists naming both places.
  absl::Status Add(ScenarioDefinition definition);
  const ScenarioDefinition* Find(std::string_view name) const;
  // Names in alphabetical order.
  std::vector<std::string> names() const;

 private:
  std::map<std::string, ScenarioDefinition, std::less<>> scenarios_;
};

// Runs the scenario `name` in a stream scope of its own and returns what it
// created. Created objects are persisted through the context's sink as
// well. An unknown name is kNotFound (listing the known ones); a failure in
// the body returns its status.
absl::StatusOr<Dataset> RunScenario(const ScenarioRegistry& registry, std::string_view name,
                                    Context& context, const ScenarioParams& params = {});
absl::StatusOr<Dataset> RunScenario(std::string_view name, Context& context,
                                    const ScenarioParams& params = {});

// The same, appending what it creates to *into instead of a new dataset
// (no copy). On failure *into may hold part of the scenario's data.
absl::Status RunScenarioInto(std::string_view name, Context& context,
                             const ScenarioParams& params, Dataset* into);

// Runs several scenarios into one dataset, in order.
absl::StatusOr<Dataset> RunScenarios(const ScenarioRegistry& registry,
                                     const std::vector<std::string>& names, Context& context);

namespace internal {

// Registers a scenario at static-initialisation time; aborts on a
// duplicate name (two scenarios may not share one).
bool RegisterScenario(const char* name, void (*body)(ScenarioContext&), const char* file,
                      int line);

}  // namespace internal
}  // namespace gtest_data

// Defines and registers the scenario `name` (an identifier); the body
// follows as a block in which `s` names the ScenarioContext.
#define GTEST_DATA_SCENARIO(name, s) \
  GTEST_DATA_INTERNAL_SCENARIO_(name, s, GtestDataScenario_##name)

// Internal: declares the body `function`, registers it (RegisterScenario)
// and starts its definition.
#define GTEST_DATA_INTERNAL_SCENARIO_(name, s, function)                                    \
  static void function(::gtest_data::ScenarioContext& s);                                   \
  [[maybe_unused]] static const bool gtest_data_scenario_registered_##name =                \
      ::gtest_data::internal::RegisterScenario(#name, &function, __FILE__, __LINE__);      \
  static void function(::gtest_data::ScenarioContext& s)

#endif  // GTEST_DATA_FACTORY_SCENARIO_H_
