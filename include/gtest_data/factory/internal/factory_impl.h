// Copyright 2026 The gtest_data Authors.
//
// Not part of the gtest_data API; include "gtest_data/factory/factory.h"
// instead. IWYU pragma: private, include "gtest_data/factory/factory.h"
//
// The template bodies of the factory: the state of one object being made
// (BuildState), Gen<T>'s members, compiling a plan (PlanFor,
// MergeDefinition) and Factory<T>::Make with its steps. factory/factory.h
// includes this header at its end; this header includes factory/factory.h
// first, so that it also compiles on its own (the include guards end the
// cycle).
//
// Determinism: Make() is where every seed of an object is derived (see
// factory/factory.h); the order of its steps is part of the contract: the
// index is taken before overrides are checked, fields are set in plan
// order, the stub key's counter advances after the fields.

#ifndef GTEST_DATA_FACTORY_INTERNAL_FACTORY_IMPL_H_
#define GTEST_DATA_FACTORY_INTERNAL_FACTORY_IMPL_H_

#include "gtest_data/factory/factory.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest_data/factory/context.h"
#include "gtest_data/factory/dataset.h"
#include "gtest_data/factory/describe.h"
#include "gtest_data/factory/gen.h"
#include "gtest_data/factory/internal/messages.h"
#include "gtest_data/factory/internal/plan.h"
#include "gtest_data/factory/internal/row_adapters.h"
#include "gtest_data/factory/modifiers.h"
#include "gtest_data/factory/strategy.h"
#include "gtest_data/factory/value.h"
#include "gtest_data/fake/fields.h"
#include "gtest_data/random/rng.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace internal {

template <typename T>
struct BuildState {
  Context* context;
  const Factory<T>* factory;
  Strategy strategy;
  uint64_t index;
  uint64_t object_seed;
  T* object;
  // When the caller shares `object` (a scenario's Create): the recorder
  // keeps this handle instead of a copy.
  const std::shared_ptr<T>* shared = nullptr;
  const Plan<T>* plan;
  std::vector<std::pair<std::string, Value>> transients;
  absl::Status error;  // the first failure a generator or callback reported
};

// Runs `callbacks` on the object with one Gen, whose stream is
// DeriveSeed(object seed, slot); returns the first failure they reported.
template <typename T>
absl::Status RunCallbacks(const std::vector<const std::function<void(T&, Gen<T>&)>*>& callbacks,
                          std::string_view slot, BuildState<T>* state) {
  if (callbacks.empty()) return absl::OkStatus();
  Gen<T> gen(*state, DeriveSeed(state->object_seed, slot), slot);
  for (const auto* callback : callbacks) (*callback)(*state->object, gen);
  return state->error;
}

}  // namespace internal

template <typename T>
Context& Gen<T>::context() {
  return *state_.context;
}
template <typename T>
const fake::Locale& Gen<T>::locale() {
  return state_.context->locale();
}
template <typename T>
int64_t Gen<T>::now() {
  return state_.context->now();
}
template <typename T>
int64_t Gen<T>::today() {
  return state_.context->today();
}
template <typename T>
uint64_t Gen<T>::index() const {
  return state_.index;
}
template <typename T>
Strategy Gen<T>::strategy() const {
  return state_.strategy;
}
template <typename T>
const T& Gen<T>::object() const {
  return *state_.object;
}
template <typename T>
const Value& Gen<T>::transient(std::string_view name) {
  for (const auto& t : state_.transients) {
    if (t.first == name) return t.second;
  }
  static const Value* const null = new Value();
  Fail(absl::InvalidArgumentError("factory " + state_.factory->name() +
                                  ": no transient parameter named \"" + std::string(name) +
                                  "\""));
  return *null;
}
template <typename T>
std::string Gen<T>::Fake(std::string_view field, std::string_view entity) {
  const fake::Field* found = fake::FindField(field);
  if (found == nullptr) {
    Fail(absl::InvalidArgumentError(internal::UnknownFakeField(state_.factory->name(), field)));
    return std::string();
  }
  return Fake(fake::RecordField(*found, slot_, entity));
}

template <typename T>
std::string Gen<T>::Fake(const fake::RecordField& field) {
  const fake::Locale& locale = state_.context->locale();
  if (!fake::FieldSupports(field.field(), locale)) {
    Fail(absl::InvalidArgumentError(
        internal::UnsupportedFakeField(state_.factory->name(), field.field(), locale)));
    return std::string();
  }
  const fake::FieldContext context{&locale, state_.context->now()};
  std::string value;
  if (field.field().group.empty()) {
    // A field that stands alone: this member's stream, which is where
    // AppendFieldValue() would start (its seed is DeriveSeed(object seed,
    // member name)); a second call continues it.
    field.field().generate(context, rng(), &value);
  } else {
    fake::AppendFieldValue(field, context, state_.object_seed, &value);
  }
  return value;
}

template <typename T>
void Gen<T>::Fail(absl::Status status) {
  if (state_.error.ok()) state_.error = std::move(status);
}

template <typename T>
void Factory<T>::MergeDefinition(const internal::DefinitionData<T>& def,
                                 internal::Plan<T>* plan) {
  for (const auto& field : def.fields) {
    bool replaced = false;
    for (auto& existing : plan->fields) {
      if (existing->name == field.name) {
        existing = &field;
        replaced = true;
        break;
      }
    }
    if (!replaced) plan->fields.push_back(&field);
  }
  for (const auto& t : def.transients) {
    bool replaced = false;
    for (auto& existing : plan->transients) {
      if (existing.first == t.first) {
        existing.second = t.second;
        replaced = true;
      }
    }
    if (!replaced) plan->transients.push_back(t);
  }
  for (const auto& c : def.after_build) plan->after_build.push_back(&c);
  for (const auto& c : def.after_create) plan->after_create.push_back(&c);
  for (const auto& v : def.validators) plan->validators.push_back(&v);
}

template <typename T>
absl::Status Factory<T>::AddTraitFields(const std::string& trait, std::vector<std::string>* stack,
                                        internal::Plan<T>* plan) const {
  auto it = traits_.find(trait);
  if (it == traits_.end()) {
    std::string known = trait_order_.empty() ? "(none)" : internal::JoinNames(trait_order_, ", ");
    return absl::InvalidArgumentError("factory " + name_ + ": unknown trait \"" + trait +
                                      "\"; traits: " + known);
  }
  for (const std::string& open : *stack) {
    if (open == trait) {
      stack->push_back(trait);
      return absl::InvalidArgumentError("factory " + name_ + ": traits include each other: " +
                                        internal::JoinNames(*stack, " -> "));
    }
  }
  stack->push_back(trait);
  const internal::DefinitionData<T>& def = it->second->definition();
  for (const std::string& used : def.uses) {
    absl::Status status = AddTraitFields(used, stack, plan);
    if (!status.ok()) return status;
  }
  stack->pop_back();
  MergeDefinition(def, plan);
  return absl::OkStatus();
}

template <typename T>
absl::StatusOr<const internal::Plan<T>*> Factory<T>::PlanFor(
    const std::vector<std::string>& traits) const {
  if (traits.empty()) {
    if (const internal::Plan<T>* base = plans_->base.load(std::memory_order_acquire)) return base;
  }
  const std::string key = internal::JoinNames(traits, "\x1f");
  std::lock_guard<std::mutex> lock(plans_->mutex);
  auto it = plans_->plans.find(key);
  if (it != plans_->plans.end()) return it->second.get();
  auto plan = std::make_unique<internal::Plan<T>>();
  MergeDefinition(base_, plan.get());
  for (const std::string& trait : traits) {
    std::vector<std::string> stack;
    absl::Status status = AddTraitFields(trait, &stack, plan.get());
    if (!status.ok()) return status;
  }
  const internal::Plan<T>* result = plan.get();
  plans_->plans.emplace(key, std::move(plan));
  if (traits.empty()) plans_->base.store(result, std::memory_order_release);
  return result;
}

template <typename T>
absl::Status Factory<T>::Make(Context& context, Strategy strategy, const BuildSpec<T>& spec,
                              std::optional<uint64_t> object_seed, T* out,
                              const std::shared_ptr<T>* shared) const {
  absl::StatusOr<const internal::Plan<T>*> planned = PlanFor(spec.traits);
  if (!planned.ok()) return planned.status();
  absl::Status status = CheckAssociationChain(context);
  if (!status.ok()) return status;
  internal::BuildState<T> state = StartBuild(context, strategy, **planned, object_seed, out);
  state.shared = shared;
  status = ResolveOverrides(spec, &state);
  if (!status.ok()) return status;

  std::vector<std::string>& chain = context.build_chain();
  chain.push_back(name_);
  struct Pop {
    std::vector<std::string>& chain;
    ~Pop() { chain.pop_back(); }
  } pop{chain};

  status = SetFields(spec, &state);
  if (!status.ok()) return status;
  status = SetUndefinedMembers(spec, &state);
  if (!status.ok()) return status;
  if (strategy == Strategy::kStub && !key_.empty()) {
    status = AssignStubKey(context, out);
    if (!status.ok()) return status;
  }
  status = FinishBuild(spec, &state);
  if (!status.ok()) return status;

  FactoryUsage& usage = context.UsageOf(name_);
  for (const std::string& trait : spec.traits) ++usage.traits[trait];
  if (strategy == Strategy::kBuild) ++usage.built;
  if (strategy == Strategy::kStub) ++usage.stubbed;
  if (strategy != Strategy::kCreate) return absl::OkStatus();
  return Persist(spec, &state, &usage);
}

template <typename T>
absl::Status Factory<T>::CheckAssociationChain(Context& context) const {
  const std::vector<std::string>& chain = context.build_chain();
  for (const std::string& open : chain) {
    if (open == name_) {
      std::vector<std::string> cycle = chain;
      cycle.push_back(name_);
      return absl::InvalidArgumentError("association cycle: " +
                                        internal::JoinNames(cycle, " -> "));
    }
  }
  if (static_cast<int>(chain.size()) > context.max_association_depth()) {
    std::vector<std::string> path = chain;
    path.push_back(name_);
    return absl::InvalidArgumentError(
        "association depth limit " + std::to_string(context.max_association_depth()) +
        " exceeded: " + internal::JoinNames(path, " -> "));
  }
  return absl::OkStatus();
}

template <typename T>
internal::BuildState<T> Factory<T>::StartBuild(Context& context, Strategy strategy,
                                               const internal::Plan<T>& plan,
                                               std::optional<uint64_t> object_seed,
                                               T* out) const {
  internal::BuildState<T> state;
  state.context = &context;
  state.factory = this;
  state.strategy = strategy;
  state.object = out;
  state.plan = &plan;
  state.transients = plan.transients;
  if (object_seed) {
    state.index = 0;
    state.object_seed = *object_seed;
  } else {
    state.index = (*context.IndexCounter(name_))++;
    state.object_seed =
        DeriveIndexSeed(DeriveSeed(context.stream_seed(), name_), state.index);
  }
  return state;
}

template <typename T>
absl::Status Factory<T>::ResolveOverrides(const BuildSpec<T>& spec,
                                          internal::BuildState<T>* state) const {
  // Each override must name a field of the plan, a transient, or (for
  // described structs) a member.
  const internal::Plan<T>& plan = *state->plan;
  for (const auto& o : spec.overrides) {
    bool known = false;
    for (auto& t : state->transients) {
      if (t.first == o.name) {
        if (!o.value) {
          return absl::InvalidArgumentError("factory " + name_ + ": \"" + o.name +
                                            "\" is a transient parameter; set it by name");
        }
        t.second = *o.value;
        known = true;
      }
    }
    if (known) continue;
    // A member override (With(&T::member, v)) names a member by
    // construction.
    bool is_field = o.apply != nullptr;
    for (const auto* f : plan.fields) is_field = is_field || f->name == o.name;
    if constexpr (!internal::kIsRow<T>) {
      is_field = is_field || FindColumn<T>(o.name) != nullptr;
    }
    if (!is_field) {
      std::vector<std::string> names;
      for (const auto* f : plan.fields) names.push_back(f->name);
      for (const auto& t : plan.transients) names.push_back(t.first);
      return absl::InvalidArgumentError("factory " + name_ + ": no field or transient named \"" +
                                        o.name + "\"; known: " + internal::JoinNames(names, ", "));
    }
  }
  return absl::OkStatus();
}

template <typename T>
absl::Status Factory<T>::SetFields(const BuildSpec<T>& spec,
                                   internal::BuildState<T>* state) const {
  for (const internal::FieldDef<T>* field : state->plan->fields) {
    const typename BuildSpec<T>::Override* override_of = nullptr;
    for (const auto& o : spec.overrides) {
      if (o.name == field->name) override_of = &o;  // the last one wins
    }
    if (override_of != nullptr) {
      absl::Status status = ApplyOverride(*override_of, state->object);
      if (!status.ok()) return status;
      continue;
    }
    Gen<T> gen(*state, Mix64(state->object_seed ^ field->name_hash), field->name);
    field->apply(*state->object, gen);
    if (!state->error.ok()) return state->error;
  }
  return absl::OkStatus();
}

template <typename T>
absl::Status Factory<T>::SetUndefinedMembers(const BuildSpec<T>& spec,
                                             internal::BuildState<T>* state) const {
  for (const auto& o : spec.overrides) {
    bool defined = false;
    for (const auto* f : state->plan->fields) defined = defined || f->name == o.name;
    bool transient = false;
    for (const auto& t : state->transients) transient = transient || t.first == o.name;
    if (!defined && !transient) {
      absl::Status status = ApplyOverride(o, state->object);
      if (!status.ok()) return status;
    }
  }
  return absl::OkStatus();
}

template <typename T>
absl::Status Factory<T>::ApplyOverride(const typename BuildSpec<T>::Override& o, T* out) const {
  if (o.apply) {
    o.apply(*out);
    return absl::OkStatus();
  }
  std::string why;
  if (!internal::SetColumn(*out, o.name, *o.value, &why)) {
    return absl::InvalidArgumentError("factory " + name_ + ": override of \"" + o.name +
                                      "\" with " + o.value->ToString() + ": " + why);
  }
  return absl::OkStatus();
}

template <typename T>
absl::Status Factory<T>::AssignStubKey(Context& context, T* out) const {
  const std::string counter = "stub." + table_;
  std::string why;
  if (!internal::SetColumn(*out, key_, Value(1000 + context.NextSequence(counter)), &why)) {
    return absl::InvalidArgumentError("factory " + name_ + ": stub key \"" + key_ + "\": " + why);
  }
  return absl::OkStatus();
}

template <typename T>
absl::Status Factory<T>::FinishBuild(const BuildSpec<T>& spec,
                                     internal::BuildState<T>* state) const {
  absl::Status status = internal::RunCallbacks(state->plan->after_build, "after_build", state);
  if (!status.ok()) return status;
  for (const auto* validator : state->plan->validators) {
    status = (*validator)(*state->object);
    if (!status.ok()) {
      std::string traits = spec.traits.empty() ? "" : " with traits " +
                                                          internal::JoinNames(spec.traits, ", ");
      return absl::Status(status.code(), "factory " + name_ + traits +
                                             ": built an invalid object: " +
                                             std::string(status.message()));
    }
  }
  return absl::OkStatus();
}

template <typename T>
absl::Status Factory<T>::Persist(const BuildSpec<T>& spec, internal::BuildState<T>* state,
                                 FactoryUsage* usage) const {
  T* out = state->object;
  const internal::Plan<T>& plan = *state->plan;
  Row row = internal::ObjectToRow(*out);
  absl::Status status = state->context->sink().Insert(table_, key_, &row, spec.label);
  if (!status.ok()) {
    return absl::Status(status.code(),
                        "factory " + name_ + ": persisting into " + table_ + " failed: " +
                            std::string(status.message()));
  }
  if (!key_.empty()) {
    std::string why;
    if (const Value* key = row.Find(key_)) internal::SetColumn(*out, key_, *key, &why);
  }
  status = internal::RunCallbacks(plan.after_create, "after_create", state);
  if (!status.ok()) return status;
  ++usage->created;
  if (Dataset* recorder = state->context->recorder()) {
    // The persisted row is the object's row unless a callback changed it.
    absl::Status recorded = recorder->AddObject(
        table_, plan.after_create.empty() ? std::move(row) : internal::ObjectToRow(*out),
        spec.label, state->shared != nullptr ? *state->shared : std::make_shared<T>(*out));
    if (!recorded.ok()) return recorded;
  }
  return absl::OkStatus();
}

}  // namespace gtest_data

#endif  // GTEST_DATA_FACTORY_INTERNAL_FACTORY_IMPL_H_
