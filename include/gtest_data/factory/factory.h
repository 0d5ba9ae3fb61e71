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

#ifndef GTEST_DATA_FACTORY_FACTORY_H_
#define GTEST_DATA_FACTORY_FACTORY_H_

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
#include "gtest_data/factory/describe.h"
#include "gtest_data/factory/value.h"
#include "gtest_data/fake/fields.h"
#include "gtest_data/random/rng.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {

// How an object is made.
enum class Strategy {
  kBuild,   // in memory
  kCreate,  // built, then persisted through the context's sink
  kStub,    // built, with its key assigned from a per-table counter; not persisted
};

const char* StrategyName(Strategy strategy);

template <typename T>
class Factory;

namespace internal {

// The message for a fake-data field the registry does not have.
std::string UnknownFakeField(const std::string& factory, std::string_view field);

// The message for a field the context's locale does not support.
std::string UnsupportedFakeField(const std::string& factory, const fake::Field& field,
                                 const fake::Locale& locale);

template <typename T>
struct BuildState;

}  // namespace internal

// What a generator sees: its own stream, the scope, the object so far and
// the transient parameters.
template <typename T>
class Gen {
 public:
  // `slot` names what is being generated: the field's name, or
  // "after_build" / "after_create" for callbacks.
  Gen(internal::BuildState<T>& state, Rng& rng, std::string_view slot)
      : state_(state), rng_(rng), slot_(slot) {}

  Rng& rng() { return rng_; }
  Context& context();
  const fake::Locale& locale();
  int64_t now();    // seconds since the epoch (the context's reference now)
  int64_t today();  // days since the epoch
  uint64_t index() const;        // the object's index within its factory and scope
  Strategy strategy() const;
  const T& object() const;       // the fields set so far

  // The transient parameter `name` (its default, or the call site's value).
  // An undeclared name fails the build.
  const Value& transient(std::string_view name);

  // A value of the fake-data field registry ("person.first_name",
  // "internet.email", see `gtest-data generate --list`) for this object, by
  // the one route of fake/fields.h with this object as the record: a
  // grouped field (person.*, internet.email, address.*, company.*, phone.*)
  // gives this object's person, address, company or number (`entity` names
  // a second one: "billing"), whichever member asks; a field that stands
  // alone draws from this member's own stream, continuing it (a second call
  // gives the next value). The name is looked up on every call: prefer the
  // definition form DefinitionMethods::Fake(&T::member, field), resolved
  // once. An unknown field or one the locale lacks fails the build.
  std::string Fake(std::string_view field, std::string_view entity = {});

  // The same for a field resolved beforehand. Its slot is ignored for a
  // field that stands alone (this member's stream is used).
  std::string Fake(const fake::RecordField& field);

  // Fails the build with `status` (the first failure wins); the generator
  // still returns a value, which is discarded.
  void Fail(absl::Status status);

 private:
  internal::BuildState<T>& state_;
  Rng& rng_;
  std::string_view slot_;
};

// Call-site modifiers.

// Traits to apply, in order (later ones win where they set the same field).
struct Traits {
  Traits(std::initializer_list<std::string> list) : names(list) {}
  explicit Traits(std::vector<std::string> list) : names(std::move(list)) {}
  std::vector<std::string> names;
};

// An override of a member, checked by the compiler.
template <typename T, typename M>
struct MemberOverride {
  M T::*member;
  M value;
};

template <typename T, typename M, typename V>
MemberOverride<T, M> With(M T::*member, V&& value) {
  static_assert(std::is_convertible<V&&, M>::value,
                "With(&T::member, value): the value does not convert to the member's type");
  return MemberOverride<T, M>{member, M(std::forward<V>(value))};
}

// An override of a field or transient parameter by name, checked when the
// object is built.
struct NameOverride {
  std::string name;
  Value value;
};

inline NameOverride With(std::string name, Value value) {
  return NameOverride{std::move(name), std::move(value)};
}

// Everything a call site asked for, gathered from the modifiers.
template <typename T>
struct BuildSpec {
  struct Override {
    std::string name;
    std::function<void(T&)> apply;  // member overrides
    std::optional<Value> value;     // name overrides
  };
  std::vector<std::string> traits;
  std::vector<Override> overrides;
  std::string label;  // create: the row's label in the sink and recorder

  void Add(const Traits& t) { traits.insert(traits.end(), t.names.begin(), t.names.end()); }
  void Add(const NameOverride& o) { overrides.push_back(Override{o.name, nullptr, o.value}); }
  template <typename U, typename M>
  void Add(const MemberOverride<U, M>& o) {
    static_assert(std::is_same<U, T>::value,
                  "With(&Other::member, ...) passed to a factory of a different type");
    const char* name = MemberName<T>(o.member);
    GTEST_DATA_INTERNAL_CHECK_(name != nullptr,
                               "With(&T::member, ...): the member is not in T's description");
    auto member = o.member;
    M value = o.value;
    overrides.push_back(Override{name, [member, value](T& t) { t.*member = value; }, std::nullopt});
  }
  void Add(const BuildSpec& other) {
    traits.insert(traits.end(), other.traits.begin(), other.traits.end());
    overrides.insert(overrides.end(), other.overrides.begin(), other.overrides.end());
    if (!other.label.empty()) label = other.label;
  }
};

template <typename T, typename... Mods>
BuildSpec<T> MakeSpec(const Mods&... mods) {
  BuildSpec<T> spec;
  spec.overrides.reserve(sizeof...(Mods));
  (spec.Add(mods), ...);
  return spec;
}

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

// Whether the object type is row-shaped as a whole (a Row) or a described
// struct.
template <typename T>
constexpr bool kIsRow = std::is_same<T, Row>::value;

template <typename T>
Row ObjectToRow(const T& object) {
  if constexpr (kIsRow<T>) {
    return object;
  } else {
    return ToRow(object);
  }
}

// Sets `column` of `object` from `value`.
template <typename T>
bool SetColumn(T& object, std::string_view column, const Value& value, std::string* why) {
  if constexpr (kIsRow<T>) {
    object.Set(column, value);
    return true;
  } else {
    const ColumnAccess<T>* access = FindColumn<T>(column);
    if (access == nullptr) {
      *why = "not a row-shaped member";
      return false;
    }
    return access->set(value, &object, why);
  }
}

template <typename T>
Value GetColumn(const T& object, std::string_view column) {
  if constexpr (kIsRow<T>) {
    const Value* value = object.Find(column);
    return value != nullptr ? *value : Value();
  } else {
    const ColumnAccess<T>* access = FindColumn<T>(column);
    return access != nullptr ? access->get(object) : Value();
  }
}

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

  void Clear() {
    std::lock_guard<std::mutex> lock(mutex);
    plans.clear();
  }
};

template <typename T>
struct BuildState {
  Context* context;
  const Factory<T>* factory;
  Strategy strategy;
  uint64_t index;
  uint64_t object_seed;
  T* object;
  const Plan<T>* plan;
  std::vector<std::pair<std::string, Value>> transients;
  absl::Status error;  // the first failure a generator or callback reported
};

}  // namespace internal

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

// The definition methods a factory and each of its traits share. Self is
// the class whose reference they return, for chaining.
template <typename T, typename Self>
class DefinitionMethods {
 public:
  // The member gets generator(gen) (anything convertible to the member's
  // type); `gen` is a Gen<T>&.
  template <typename M, typename G>
  Self& Field(M T::*member, G generator) {
    static_assert(std::is_invocable<G&, Gen<T>&>::value,
                  "Field(&T::member, generator): the generator must be callable with Gen<T>&");
    static_assert(std::is_convertible<std::invoke_result_t<G&, Gen<T>&>, M>::value,
                  "Field(&T::member, generator): the generator's result does not convert to "
                  "the member's type");
    return AddField(NameOf(member), [member, generator](T& t, Gen<T>& g) mutable {
      t.*member = generator(g);
    });
  }

  // The member gets the fake-data field `field` ("person.first_name",
  // "internet.email", see `gtest-data generate --list`) of this object, by
  // the one route of fake/fields.h with the object as the record: members
  // given grouped fields describe one person, one address, one company
  // (`entity` names a second one: Fake(&Order::billing_city, "address.city",
  // "billing")); a field that stands alone draws from the member's stream.
  // The name is resolved here, once; an unknown name fails every build (and
  // Lint()) with a message naming it.
  template <typename M>
  Self& Fake(M T::*member, std::string_view field, std::string_view entity = {}) {
    static_assert(std::is_constructible<M, std::string>::value,
                  "Fake(&T::member, field): the member cannot hold text (std::string)");
    const std::string name = NameOf(member);
    const fake::Field* found = fake::FindField(field);
    if (found == nullptr) return AddFailingField(name, field);
    const fake::RecordField resolved(*found, name, entity);
    return AddField(name, [member, resolved](T& t, Gen<T>& g) {
      t.*member = M(g.Fake(resolved));
    });
  }

  // Row factories: the column gets the fake-data field `field`, as Fake().
  Self& ColumnFake(std::string column, std::string_view field, std::string_view entity = {}) {
    static_assert(internal::kIsRow<T>, "ColumnFake() is for factories of Row; use Fake()");
    const fake::Field* found = fake::FindField(field);
    if (found == nullptr) return AddFailingField(column, field);
    const fake::RecordField resolved(*found, column, entity);
    std::string name = column;
    return AddField(std::move(name), [column, resolved](T& row, Gen<T>& g) {
      row.Set(column, Value(g.Fake(resolved)));
    });
  }

  // The member gets `value`.
  template <typename M, typename V>
  Self& Set(M T::*member, V value) {
    static_assert(std::is_convertible<V, M>::value,
                  "Set(&T::member, value): the value does not convert to the member's type");
    M stored(std::move(value));
    return AddField(NameOf(member), [member, stored](T& t, Gen<T>&) { t.*member = stored; });
  }

  // The member gets format(n) for n = 1, 2, 3, ... per context (plus the
  // shard offset, see Context::set_shard), counted per factory and field.
  template <typename M, typename F>
  Self& Sequence(M T::*member, F format) {
    const std::string name = NameOf(member);
    std::string counter = data().factory_name + "." + name;
    return AddField(name, [member, format, counter](T& t, Gen<T>& g) mutable {
      t.*member = format(g.context().NextSequence(counter));
    });
  }
  template <typename M>
  Self& Sequence(M T::*member) {
    static_assert(std::is_integral<M>::value,
                  "Sequence(&T::member) without a format needs an integer member");
    return Sequence(member, [](int64_t n) { return static_cast<M>(n); });
  }

  // Row factories: the column gets generator(gen) (convertible to Value).
  template <typename G>
  Self& Column(std::string column, G generator) {
    static_assert(internal::kIsRow<T>, "Column() is for factories of Row; use Field()");
    std::string name = column;
    return AddField(std::move(name), [column, generator](T& row, Gen<T>& g) mutable {
      row.Set(column, Value(generator(g)));
    });
  }
  Self& ColumnValue(std::string column, Value value) {
    static_assert(internal::kIsRow<T>, "ColumnValue() is for factories of Row; use Set()");
    std::string name = column;
    return AddField(std::move(name),
                    [column, value](T& row, Gen<T>&) { row.Set(column, value); });
  }
  Self& ColumnSequence(std::string column) {
    static_assert(internal::kIsRow<T>, "ColumnSequence() is for factories of Row");
    std::string counter = data().factory_name + "." + column;
    std::string name = column;
    return AddField(std::move(name), [column, counter](T& row, Gen<T>& g) {
      row.Set(column, g.context().NextSequence(counter));
    });
  }

  // The member holds the key (key member of P) of an object `parent` makes
  // first, by the same strategy (create persists the parent first), with
  // `traits`. An override of the member skips the parent.
  template <typename M, typename P, typename K>
  Self& Association(M T::*member, const Factory<P>& parent, K P::*key,
                    std::vector<std::string> traits = {}) {
    static_assert(std::is_convertible<K, M>::value,
                  "Association: the parent's key does not convert to the member's type");
    const std::string name = NameOf(member);
    const Factory<P>* from = &parent;
    return AddField(name, [member, from, key, traits](T& t, Gen<T>& g) {
      P p = from->MakeAssociated(g, traits);
      t.*member = p.*key;
    });
  }

  // The member holds the whole object `parent` makes.
  template <typename P>
  Self& Association(P T::*member, const Factory<P>& parent, std::vector<std::string> traits = {}) {
    const std::string name = NameOf(member);
    const Factory<P>* from = &parent;
    return AddField(name, [member, from, traits](T& t, Gen<T>& g) {
      t.*member = from->MakeAssociated(g, traits);
    });
  }

  // Row factories: the column holds the parent's key column.
  template <typename P>
  Self& ColumnAssociation(std::string column, const Factory<P>& parent,
                          std::vector<std::string> traits = {}) {
    static_assert(internal::kIsRow<T>, "ColumnAssociation() is for factories of Row");
    const Factory<P>* from = &parent;
    std::string name = column;
    return AddField(std::move(name), [column, from, traits](T& row, Gen<T>& g) {
      P p = from->MakeAssociated(g, traits);
      row.Set(column, internal::GetColumn(p, from->key()));
    });
  }

  // A transient parameter: an input generators and callbacks read with
  // gen.transient(name), set at the call site with With(name, value), never
  // stored in the object.
  Self& Transient(std::string name, Value default_value) {
    data().def->transients.emplace_back(std::move(name), std::move(default_value));
    return self();
  }

  // Runs after the fields are set (build, create and stub) / after the
  // object was persisted (create only).
  template <typename F>
  Self& AfterBuild(F callback) {
    data().def->after_build.push_back(std::function<void(T&, Gen<T>&)>(std::move(callback)));
    return self();
  }
  template <typename F>
  Self& AfterCreate(F callback) {
    data().def->after_create.push_back(std::function<void(T&, Gen<T>&)>(std::move(callback)));
    return self();
  }

  // A check every built object must pass (run after the after-build
  // callbacks); a failure fails the build with its message. Lint() runs it
  // for every trait.
  template <typename F>
  Self& Validate(F check) {
    data().def->validators.push_back(std::function<absl::Status(const T&)>(std::move(check)));
    return self();
  }

 protected:
  virtual ~DefinitionMethods() = default;

  struct Data {
    internal::DefinitionData<T>* def;
    std::string factory_name;
  };
  virtual Data data() = 0;

  template <typename M>
  std::string NameOf(M T::*member) {
    if constexpr (internal::kIsRow<T>) {
      static_cast<void>(member);
      return std::string();
    } else {
      const char* name = MemberName<T>(member);
      GTEST_DATA_INTERNAL_CHECK_(name != nullptr,
                                 "factory field: the member is not in the struct's "
                                 "GTEST_DATA_DESCRIBE list");
      return name;
    }
  }

  Self& AddField(std::string name, std::function<void(T&, Gen<T>&)> apply) {
    internal::FieldDef<T> def;
    def.name_hash = HashName(name);
    def.name = std::move(name);
    def.apply = std::move(apply);
    auto& fields = data().def->fields;
    for (auto& existing : fields) {
      if (existing.name == def.name) {  // redefinition: replace in place
        existing = std::move(def);
        return self();
      }
    }
    fields.push_back(std::move(def));
    return self();
  }

  // A field whose fake-data name the registry lacks: every build fails
  // with the message.
  Self& AddFailingField(const std::string& name, std::string_view field) {
    std::string message = internal::UnknownFakeField(data().factory_name, field);
    return AddField(name, [message](T&, Gen<T>& g) { g.Fail(absl::InvalidArgumentError(message)); });
  }

  Self& self() { return static_cast<Self&>(*this); }
};

// A trait of Factory<T>: its own fields, transients and callbacks, and
// other traits it includes (Uses).
template <typename T>
class TraitDefinition : public DefinitionMethods<T, TraitDefinition<T>> {
 public:
  TraitDefinition(std::string factory_name, internal::PlanCache<T>* cache)
      : factory_name_(std::move(factory_name)), cache_(cache) {}

  // Includes other traits of the same factory, applied before this one's
  // own fields.
  TraitDefinition& Uses(std::initializer_list<std::string> traits) {
    if (cache_ != nullptr) cache_->Clear();
    def_.uses.insert(def_.uses.end(), traits.begin(), traits.end());
    return *this;
  }

  const internal::DefinitionData<T>& definition() const { return def_; }

 protected:
  typename DefinitionMethods<T, TraitDefinition<T>>::Data data() override {
    if (cache_ != nullptr) cache_->Clear();
    return {&def_, factory_name_};
  }

 private:
  friend class Factory<T>;

  std::string factory_name_;
  internal::PlanCache<T>* cache_;  // the owning factory's
  internal::DefinitionData<T> def_;
};

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

  absl::Status Make(Context& context, Strategy strategy, const BuildSpec<T>& spec,
                    std::optional<uint64_t> object_seed, T* out) const;

  absl::Status AddTraitFields(const std::string& trait, std::vector<std::string>* stack,
                              internal::Plan<T>* plan) const;
  static void MergeDefinition(const internal::DefinitionData<T>& def, internal::Plan<T>* plan);

  internal::DefinitionData<T> base_;
  std::map<std::string, std::unique_ptr<TraitDefinition<T>>> traits_;
  // Compiled plans; see internal::PlanCache. Building is thread-safe on a
  // const factory, defining is not.
  std::unique_ptr<internal::PlanCache<T>> plans_ = std::make_unique<internal::PlanCache<T>>();
};

// ---------------------------------------------------------------------------
// Implementation details below.

namespace internal {
std::string JoinNames(const std::vector<std::string>& names, const char* separator);
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
    field.field().generate(context, rng_, &value);
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
  return result;
}

template <typename T>
absl::Status Factory<T>::Make(Context& context, Strategy strategy, const BuildSpec<T>& spec,
                              std::optional<uint64_t> object_seed, T* out) const {
  absl::StatusOr<const internal::Plan<T>*> planned = PlanFor(spec.traits);
  if (!planned.ok()) return planned.status();
  const internal::Plan<T>& plan = **planned;

  // Association chain: cycles and depth.
  std::vector<std::string>& chain = context.build_chain();
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

  // Overrides: each must name a field of the plan, a transient, or (for
  // described structs) a member.
  for (const auto& o : spec.overrides) {
    bool known = false;
    for (auto& t : state.transients) {
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
    bool is_field = false;
    for (const auto* f : plan.fields) is_field = is_field || f->name == o.name;
    if constexpr (!internal::kIsRow<T>) {
      is_field = is_field || FindColumn<T>(o.name) != nullptr || o.apply != nullptr;
    }
    if (!is_field) {
      std::vector<std::string> names;
      for (const auto* f : plan.fields) names.push_back(f->name);
      for (const auto& t : plan.transients) names.push_back(t.first);
      return absl::InvalidArgumentError("factory " + name_ + ": no field or transient named \"" +
                                        o.name + "\"; known: " + internal::JoinNames(names, ", "));
    }
  }

  chain.push_back(name_);
  struct Pop {
    std::vector<std::string>& chain;
    ~Pop() { chain.pop_back(); }
  } pop{chain};

  auto apply_override = [&](const typename BuildSpec<T>::Override& o) -> absl::Status {
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
  };

  for (const internal::FieldDef<T>* field : plan.fields) {
    const typename BuildSpec<T>::Override* override_of = nullptr;
    for (const auto& o : spec.overrides) {
      if (o.name == field->name) override_of = &o;  // the last one wins
    }
    if (override_of != nullptr) {
      absl::Status status = apply_override(*override_of);
      if (!status.ok()) return status;
      continue;
    }
    Rng rng(Mix64(state.object_seed ^ field->name_hash));
    Gen<T> gen(state, rng, field->name);
    field->apply(*out, gen);
    if (!state.error.ok()) return state.error;
  }
  // Overrides of members the factory does not define.
  for (const auto& o : spec.overrides) {
    bool defined = false;
    for (const auto* f : plan.fields) defined = defined || f->name == o.name;
    bool transient = false;
    for (const auto& t : state.transients) transient = transient || t.first == o.name;
    if (!defined && !transient) {
      absl::Status status = apply_override(o);
      if (!status.ok()) return status;
    }
  }

  if (strategy == Strategy::kStub && !key_.empty()) {
    const std::string counter = "stub." + table_;
    std::string why;
    if (!internal::SetColumn(*out, key_, Value(1000 + context.NextSequence(counter)), &why)) {
      return absl::InvalidArgumentError("factory " + name_ + ": stub key \"" + key_ + "\": " + why);
    }
  }

  if (!plan.after_build.empty()) {
    Rng rng(DeriveSeed(state.object_seed, "after_build"));
    Gen<T> gen(state, rng, "after_build");
    for (const auto* callback : plan.after_build) (*callback)(*out, gen);
    if (!state.error.ok()) return state.error;
  }
  for (const auto* validator : plan.validators) {
    absl::Status status = (*validator)(*out);
    if (!status.ok()) {
      std::string traits = spec.traits.empty() ? "" : " with traits " +
                                                          internal::JoinNames(spec.traits, ", ");
      return absl::Status(status.code(), "factory " + name_ + traits +
                                             ": built an invalid object: " +
                                             std::string(status.message()));
    }
  }

  FactoryUsage& usage = context.UsageOf(name_);
  for (const std::string& trait : spec.traits) ++usage.traits[trait];
  if (strategy == Strategy::kBuild) ++usage.built;
  if (strategy == Strategy::kStub) ++usage.stubbed;
  if (strategy != Strategy::kCreate) return absl::OkStatus();

  Row row = internal::ObjectToRow(*out);
  absl::Status status = context.sink().Insert(table_, key_, &row, spec.label);
  if (!status.ok()) {
    return absl::Status(status.code(),
                        "factory " + name_ + ": persisting into " + table_ + " failed: " +
                            std::string(status.message()));
  }
  if (!key_.empty()) {
    std::string why;
    if (const Value* key = row.Find(key_)) internal::SetColumn(*out, key_, *key, &why);
  }
  if (!plan.after_create.empty()) {
    Rng rng(DeriveSeed(state.object_seed, "after_create"));
    Gen<T> gen(state, rng, "after_create");
    for (const auto* callback : plan.after_create) (*callback)(*out, gen);
    if (!state.error.ok()) return state.error;
  }
  ++usage.created;
  if (Dataset* recorder = context.recorder()) {
    // The persisted row is the object's row unless a callback changed it.
    absl::Status recorded = recorder->AddObject(
        table_, plan.after_create.empty() ? std::move(row) : internal::ObjectToRow(*out),
        spec.label, std::make_shared<T>(*out));
    if (!recorded.ok()) return recorded;
  }
  return absl::OkStatus();
}

}  // namespace gtest_data

#endif  // GTEST_DATA_FACTORY_FACTORY_H_
