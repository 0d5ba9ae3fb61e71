// Copyright 2026 The gtest_data Authors.
//
// The definition vocabulary of a factory (factory/factory.h): how each
// field of T gets its value, shared by a Factory<T> and each of its traits.
//
//   Factory<Customer> f("customer", "customers");
//   f.Key(&Customer::id);
//   f.Fake(&Customer::name, "person.full_name");        // the registry's field
//   f.Set(&Customer::tier, std::string("standard"));    // a constant
//   f.Trait("gold").Set(&Customer::tier, std::string("gold"));
//   f.Validate([](const Customer& c) {
//     return c.name.empty() ? absl::InvalidArgumentError("no name") : absl::OkStatus();
//   });
//
// DefinitionMethods<T, Self> holds the methods (Field, Fake, Set, Sequence,
// the Column* forms for factories of Row, Association, Transient,
// AfterBuild, AfterCreate, Validate); each returns Self& for chaining.
// TraitDefinition<T> is a named trait, which may include other traits
// (Uses). Defining a field again replaces it in place.
//
// Determinism: a field's stream depends on its name only (see
// factory/gen.h), so adding, removing or reordering a definition changes no
// other field's value. Fields are set in declaration order: a computed
// field sees every field declared before it.
//
// Thread-compatible: defining while another thread builds from the same
// factory is a data race.

#ifndef GTEST_DATA_FACTORY_DEFINITION_H_
#define GTEST_DATA_FACTORY_DEFINITION_H_

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "gtest_data/factory/describe.h"
#include "gtest_data/factory/gen.h"
#include "gtest_data/factory/internal/messages.h"
#include "gtest_data/factory/internal/plan.h"
#include "gtest_data/factory/internal/row_adapters.h"
#include "gtest_data/factory/value.h"
#include "gtest_data/fake/fields.h"
#include "gtest_data/internal/check.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {

template <typename T>
class Factory;

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

}  // namespace gtest_data

#endif  // GTEST_DATA_FACTORY_DEFINITION_H_
