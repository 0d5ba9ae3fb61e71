// Copyright 2026 The gtest_data Authors.
//
// Not part of the gtest_data API; include "gtest_data/factory/factory.h"
// instead. IWYU pragma: private, include "gtest_data/factory/factory.h"
//
// What a factory definition holds, and the plan compiled from it. A
// DefinitionData is the base definition of a Factory<T> or one of its
// traits, as the definition methods (factory/definition.h) fill it. A Plan
// is the effective definition for one list of traits: fields in declaration
// order, a trait's field replacing the base field of the same name in
// place. Plans point into the definitions they were compiled from, so a
// PlanCache is emptied whenever a definition changes.
//
// Thread-safety: definitions are thread-compatible; PlanCache guards its
// map with a mutex, so builds from one const factory may share it.

#ifndef GTEST_DATA_FACTORY_INTERNAL_PLAN_H_
#define GTEST_DATA_FACTORY_INTERNAL_PLAN_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "gtest_data/factory/gen.h"
#include "gtest_data/factory/value.h"

namespace gtest_data {
namespace internal {

template <typename T>
struct FieldDef {
  std::string name;
  uint64_t name_hash = 0;
  // Sets the field of the object being built.
  std::function<void(T&, Gen<T>&)> apply;
};

template <typename T>
struct Callback {
  std::function<void(T&, Gen<T>&)> run;
};

// A base definition or one trait.
template <typename T>
struct DefinitionData {
  std::vector<FieldDef<T>> fields;
  std::vector<std::pair<std::string, Value>> transients;
  std::vector<std::function<void(T&, Gen<T>&)>> after_build;
  std::vector<std::function<void(T&, Gen<T>&)>> after_create;
  std::vector<std::function<absl::Status(const T&)>> validators;
  std::vector<std::string> uses;  // traits this trait includes
};

// The effective definition for one list of traits.
template <typename T>
struct Plan {
  std::vector<const FieldDef<T>*> fields;
  std::vector<std::pair<std::string, Value>> transients;
  std::vector<const std::function<void(T&, Gen<T>&)>*> after_build;
  std::vector<const std::function<void(T&, Gen<T>&)>*> after_create;
  std::vector<const std::function<absl::Status(const T&)>*> validators;
};

// A factory's compiled plans by trait list. Built on first use under a
// mutex, so concurrent builds from one const factory are safe; emptied
// whenever the definition (or one of its traits) changes, since plans point
// into it.
template <typename T>
struct PlanCache {
  std::mutex mutex;
  std::map<std::string, std::unique_ptr<Plan<T>>> plans;
  // The plan without traits, once made: what most builds ask for, read
  // without the lock.
  std::atomic<const Plan<T>*> base{nullptr};

  void Clear() {
    std::lock_guard<std::mutex> lock(mutex);
    base.store(nullptr, std::memory_order_release);
    plans.clear();
  }
};

}  // namespace internal
}  // namespace gtest_data

#endif  // GTEST_DATA_FACTORY_INTERNAL_PLAN_H_
