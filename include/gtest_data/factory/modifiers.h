// Copyright 2026 The gtest_data Authors.
//
// Call-site modifiers of a factory (factory/factory.h): which traits to
// apply and which fields to override, for one Build(), Create() or Stub().
//
//   Customer gold = customers.Build(context, Traits{"gold"});
//   Customer ada = customers.Build(context, With(&Customer::name, "Ada"));  // compile-time check
//   Customer bob = customers.Build(context, With("name", Value("Bob")));    // checked when built
//
// With(&T::member, value) is checked by the compiler (the value must convert
// to the member's type, the member must belong to the factory's type);
// With("name", value) names a field, member or transient parameter and is
// checked when the object is made (an unknown name or a value of the wrong
// kind fails the build, naming it). An overridden field draws nothing, so
// the other fields keep their values.
//
// The modifiers are plain values: copyable, and thread-compatible.

#ifndef GTEST_DATA_FACTORY_MODIFIERS_H_
#define GTEST_DATA_FACTORY_MODIFIERS_H_

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "gtest_data/factory/describe.h"
#include "gtest_data/factory/value.h"
#include "gtest_data/internal/check.h"

namespace gtest_data {

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

// Overrides `member` with `value`, converted to the member's type here.
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

// Overrides the field, member or transient parameter `name` with `value`.
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

// The BuildSpec of a call site's modifiers, in the order given.
template <typename T, typename... Mods>
BuildSpec<T> MakeSpec(const Mods&... mods) {
  BuildSpec<T> spec;
  spec.overrides.reserve(sizeof...(Mods));
  (spec.Add(mods), ...);
  return spec;
}

}  // namespace gtest_data

#endif  // GTEST_DATA_FACTORY_MODIFIERS_H_
