// Copyright 2026 The gtest_data Authors.
//
// Factory<T>: factory_bot-style builders for C++ types. A factory lists how
// each field of T gets its value (a generator, a constant, a sequence, a
// value computed from other fields, or an associated object built by another
// factory), plus transient parameters, named traits and callbacks. At the
// call site, tests choose traits and override fields by member pointer
// (type-checked) or by name.
//
//   GTEST_DATA_DESCRIBE(Customer, id, first_name, name, email, tier);
//
//   Factory<Customer> customers = [] {
//     Factory<Customer> f("customer", "customers");
//     f.Key(&Customer::id);
//     f.Fake(&Customer::first_name, "person.first_name");  // one person:
//     f.Fake(&Customer::name, "person.full_name");         // the same one's
//     f.Fake(&Customer::email, "internet.email");          // name and e-mail
//     f.Set(&Customer::tier, std::string("standard"));
//     f.Trait("gold").Set(&Customer::tier, std::string("gold"));
//     return f;
//   }();
//
//   Customer a = customers.Build(context);
//   Customer b = customers.Build(context, Traits{"gold"}, With(&Customer::name, "Ada"));
//   std::vector<Customer> many = customers.BuildList(context, 100);
//   Customer saved = customers.Create(context);   // persisted; id assigned
//   Customer stub = customers.Stub(context);      // id assigned, not persisted
//
// Determinism: object n of factory F in scope s is a record (fake/fields.h)
// with seed DeriveIndexSeed(DeriveSeed(context.stream_seed(), F), n). Field
// f of it draws from DeriveSeed(record seed, f); a fake-data field reaches
// its value through fake::AppendFieldValue() with the object as the record,
// so its person.*, internet.email, address.* and company.* members describe
// one person, address and company. Adding, removing or reordering a field, a
// trait or a factory changes no other value. An associated object draws
// from a stream derived from its child's object and field. Fields are set in
// declaration order (a trait's field replaces the base field of the same
// name in place; a new one is appended), so a computed field sees every
// field declared before it, overrides included.
//
// Errors (an unknown trait or override name, a value of the wrong type, an
// association cycle, a failed validation, a sink that refuses a row) go to
// Context::Fail(); TryBuild() returns them instead.
//
// Thread-compatible: a const factory may build on several threads at once,
// each with its own Context (the compiled plans are cached under a mutex);
// defining (Field, Trait, ...) while another thread builds is a data race. A
// factory must outlive every factory that associates to it.
//
// The pieces, each in its own header that this one includes: Strategy
// (factory/strategy.h), what a generator sees (Gen<T>, factory/gen.h), the
// call-site modifiers (Traits, With, factory/modifiers.h) and the
// definition vocabulary (DefinitionMethods, TraitDefinition,
// factory/definition.h). Include this header to use any of them.

#ifndef GTEST_DATA_FACTORY_FACTORY_H_
#define GTEST_DATA_FACTORY_FACTORY_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest_data/factory/context.h"
#include "gtest_data/factory/dataset.h"
#include "gtest_data/factory/definition.h"
#include "gtest_data/factory/describe.h"
#include "gtest_data/factory/gen.h"
#include "gtest_data/factory/internal/plan.h"
#include "gtest_data/factory/internal/row_adapters.h"
#include "gtest_data/factory/modifiers.h"
#include "gtest_data/factory/strategy.h"
#include "gtest_data/factory/value.h"
#include "gtest_data/fake/fields.h"
#include "gtest_data/random/rng.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {

// The name-level view of a factory, for the registry, lint and scenarios.
class FactoryBase {
 public:
  virtual ~FactoryBase() = default;
  const std::string& name() const { return name_; }
  const std::string& table() const { return table_; }
  const std::string& key() const { return key_; }
  // Trait names in declaration order.
  std::vector<std::string> trait_names() const { return trait_order_; }

  // Makes one object by `strategy` with `traits` and name overrides, and
  // returns it as a row.
  virtual absl::StatusOr<Row> MakeRow(Context& context, Strategy strategy,
                                      const std::vector<std::string>& traits,
                                      const std::vector<NameOverride>& overrides) const = 0;

 protected:
  explicit FactoryBase(std::string name, std::string table)
      : name_(std::move(name)), table_(table.empty() ? name_ : std::move(table)) {}

  std::string name_;
  std::string table_;
  std::string key_;
  std::vector<std::string> trait_order_;
};

// A factory of T: its definition (the methods of DefinitionMethods), its
// traits, and the strategies that make objects from them (see the file
// comment). T is a struct described with GTEST_DATA_DESCRIBE, or Row.
template <typename T>
class Factory : public FactoryBase, public DefinitionMethods<T, Factory<T>> {
  static_assert(std::is_default_constructible<T>::value,
                "Factory<T> needs a default-constructible T");
  static_assert(internal::kIsRow<T> || kIsDescribed<T>,
                "Factory<T> needs T described with GTEST_DATA_DESCRIBE (or T = Row)");

 public:
  // `name` names the factory (streams, sequences, usage, the registry);
  // `table` the table create persists to (default: the name).
  explicit Factory(std::string name, std::string table = {})
      : FactoryBase(std::move(name), std::move(table)) {}

  Factory(const Factory& other) : FactoryBase(other), base_(other.base_) {
    for (const auto& t : other.traits_) {
      auto copy = std::make_unique<TraitDefinition<T>>(*t.second);
      copy->cache_ = plans_.get();
      traits_.emplace(t.first, std::move(copy));
    }
  }
  // The moved-from factory keeps a cache of its own, so it stays safe to
  // destroy or assign to.
  Factory(Factory&& other)
      : FactoryBase(std::move(other)),
        base_(std::move(other.base_)),
        traits_(std::move(other.traits_)),
        plans_(std::move(other.plans_)) {
    other.plans_ = std::make_unique<internal::PlanCache<T>>();
  }
  Factory& operator=(const Factory&) = delete;
  Factory& operator=(Factory&&) = delete;

  // The key member: create takes it from the sink (when unset), stub
  // assigns it, and associations default to it.
  template <typename M>
  Factory& Key(M T::*member) {
    key_ = this->NameOf(member);
    return *this;
  }
  Factory& KeyColumn(std::string column) {
    key_ = std::move(column);
    return *this;
  }

  // Defines (or extends) the trait `name`.
  TraitDefinition<T>& Trait(const std::string& name) {
    auto it = traits_.find(name);
    if (it == traits_.end()) {
      plans_->Clear();
      it = traits_.emplace(name, std::make_unique<TraitDefinition<T>>(name_, plans_.get())).first;
      trait_order_.push_back(name);
    }
    return *it->second;
  }

  // Strategies. Each takes any number of modifiers: Traits{...},
  // With(&T::member, value), With("name", value).
  template <typename... Mods>
  T Build(Context& context, const Mods&... mods) const {
    return MakeOrFail(context, Strategy::kBuild, MakeSpec<T>(mods...));
  }
  template <typename... Mods>
  std::vector<T> BuildList(Context& context, size_t count, const Mods&... mods) const {
    return MakeList(context, Strategy::kBuild, count, MakeSpec<T>(mods...));
  }
  template <typename... Mods>
  T Create(Context& context, const Mods&... mods) const {
    return MakeOrFail(context, Strategy::kCreate, MakeSpec<T>(mods...));
  }
  template <typename... Mods>
  std::vector<T> CreateList(Context& context, size_t count, const Mods&... mods) const {
    return MakeList(context, Strategy::kCreate, count, MakeSpec<T>(mods...));
  }
  template <typename... Mods>
  T Stub(Context& context, const Mods&... mods) const {
    return MakeOrFail(context, Strategy::kStub, MakeSpec<T>(mods...));
  }

  // The same, returning the error instead of passing it to Context::Fail().
  absl::StatusOr<T> TryMake(Context& context, Strategy strategy, const BuildSpec<T>& spec) const {
    T object{};
    absl::Status status = Make(context, strategy, spec, std::nullopt, &object);
    if (!status.ok()) return status;
    return object;
  }
  template <typename... Mods>
  absl::StatusOr<T> TryBuild(Context& context, const Mods&... mods) const {
    return TryMake(context, Strategy::kBuild, MakeSpec<T>(mods...));
  }
  template <typename... Mods>
  absl::StatusOr<T> TryCreate(Context& context, const Mods&... mods) const {
    return TryMake(context, Strategy::kCreate, MakeSpec<T>(mods...));
  }

  absl::StatusOr<Row> MakeRow(Context& context, Strategy strategy,
                              const std::vector<std::string>& traits,
                              const std::vector<NameOverride>& overrides) const override {
    BuildSpec<T> spec;
    spec.traits = traits;
    for (const NameOverride& o : overrides) spec.Add(o);
    absl::StatusOr<T> object = TryMake(context, strategy, spec);
    if (!object.ok()) return object.status();
    return internal::ObjectToRow(*object);
  }

  // Makes the parent of an association field (see Association()).
  template <typename C>
  T MakeAssociated(Gen<C>& child, const std::vector<std::string>& traits) const {
    BuildSpec<T> spec;
    spec.traits = traits;
    // The parent's object seed is the first draw of the child's field
    // stream: it depends on the child's path (scope, factory, index, field),
    // not on how many parents were made before.
    const uint64_t parent_seed = child.rng().Next();
    T object{};
    absl::Status status = Make(child.context(), child.strategy(), spec, parent_seed, &object);
    if (!status.ok()) child.Fail(status);
    return object;
  }

  // The effective plan for `traits`, or an error naming an unknown trait or
  // a cycle among Uses().
  absl::StatusOr<const internal::Plan<T>*> PlanFor(const std::vector<std::string>& traits) const;

 private:
  friend class Gen<T>;
  friend class ScenarioContext;

  typename DefinitionMethods<T, Factory<T>>::Data data() override {
    plans_->Clear();
    return {&base_, name_};
  }

  T MakeOrFail(Context& context, Strategy strategy, const BuildSpec<T>& spec) const {
    T object{};
    absl::Status status = Make(context, strategy, spec, std::nullopt, &object);
    if (!status.ok()) context.Fail(status);
    return object;
  }

  std::vector<T> MakeList(Context& context, Strategy strategy, size_t count,
                          const BuildSpec<T>& spec) const {
    std::vector<T> list;
    list.reserve(count);
    for (size_t i = 0; i < count; ++i) {
      list.emplace_back();
      absl::Status status = Make(context, strategy, spec, std::nullopt, &list.back());
      if (!status.ok()) {
        context.Fail(status);
        break;
      }
    }
    return list;
  }

  // Makes one object into `*out`: the plan for the spec's traits, then the
  // steps below in order. `object_seed` is given for an association's
  // parent; otherwise the object takes the factory's next index.
  // With `shared` (the handle owning `*out`), a create's recorder keeps
  // that handle rather than a copy of the object.
  absl::Status Make(Context& context, Strategy strategy, const BuildSpec<T>& spec,
                    std::optional<uint64_t> object_seed, T* out,
                    const std::shared_ptr<T>* shared = nullptr) const;

  // The steps of Make(). Each returns the first error, naming the factory.
  //
  // An association cycle, or a chain deeper than the context allows.
  absl::Status CheckAssociationChain(Context& context) const;
  // The object's index and seed, the plan and its default transients.
  internal::BuildState<T> StartBuild(Context& context, Strategy strategy,
                                     const internal::Plan<T>& plan,
                                     std::optional<uint64_t> object_seed, T* out) const;
  // Checks that every override names a field, transient or member, and sets
  // the transients the call site gave.
  absl::Status ResolveOverrides(const BuildSpec<T>& spec, internal::BuildState<T>* state) const;
  // Sets the plan's fields in order: an override's value, else the field's
  // generator with its own stream.
  absl::Status SetFields(const BuildSpec<T>& spec, internal::BuildState<T>* state) const;
  // Applies the overrides of members the plan does not define.
  absl::Status SetUndefinedMembers(const BuildSpec<T>& spec, internal::BuildState<T>* state) const;
  absl::Status ApplyOverride(const typename BuildSpec<T>::Override& o, T* out) const;
  // A stub's key, from the per-table counter (1001, 1002, ...).
  absl::Status AssignStubKey(Context& context, T* out) const;
  // The after-build callbacks, then the validators.
  absl::Status FinishBuild(const BuildSpec<T>& spec, internal::BuildState<T>* state) const;
  // Create: the sink inserts the row (and assigns the key), then the
  // after-create callbacks run and the recorder gets the object.
  absl::Status Persist(const BuildSpec<T>& spec, internal::BuildState<T>* state,
                       FactoryUsage* usage) const;

  // Compiling a plan: the base definition, then each trait (its Uses()
  // first) merged over it.
  absl::Status AddTraitFields(const std::string& trait, std::vector<std::string>* stack,
                              internal::Plan<T>* plan) const;
  static void MergeDefinition(const internal::DefinitionData<T>& def, internal::Plan<T>* plan);

  internal::DefinitionData<T> base_;
  std::map<std::string, std::unique_ptr<TraitDefinition<T>>> traits_;
  // Compiled plans; see internal::PlanCache. Building is thread-safe on a
  // const factory, defining is not.
  std::unique_ptr<internal::PlanCache<T>> plans_ = std::make_unique<internal::PlanCache<T>>();
};

}  // namespace gtest_data

// The template bodies (Gen<T>'s members, Factory<T>::Make and its steps).
#include "gtest_data/factory/internal/factory_impl.h"  // IWYU pragma: export

#endif  // GTEST_DATA_FACTORY_FACTORY_H_
