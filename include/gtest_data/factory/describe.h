// Copyright 2026 The gtest_data Authors.
//
// Describing a struct once: its members, by name. The description serves
// factories (overrides by name, persisting as rows), JSON (to_json/from_json,
// see json/json.h) and datasets.
//
//   namespace shop {
//   struct Customer {
//     int64_t id = 0;
//     std::string name;
//     std::optional<std::string> phone;
//   };
//   GTEST_DATA_DESCRIBE(Customer, id, name, phone);
//   }  // namespace shop
//
//   gtest_data::Row row = gtest_data::ToRow(customer);   // {"id": 7, "name": ...}
//
// The macro defines, in the struct's namespace, the function
//
//   auto GtestDataDescribe(gtest_data::Tag<Customer>) {
//     return gtest_data::Members<Customer>(gtest_data::Member("id", &Customer::id), ...);
//   }
//
// which gtest_data finds by argument-dependent lookup; write it by hand to
// name a member differently from its C++ name.
//
// Row-shaped members are those with a ValueTraits specialisation: bool, the
// integer types, float, double, std::string and std::optional of those.
// Specialise gtest_data::ValueTraits<M> for your own (an enum stored as
// text, a money type stored as minor units). Other members (nested structs,
// vectors) are part of the description for JSON and factories but not of
// rows.

#ifndef GTEST_DATA_FACTORY_DESCRIBE_H_
#define GTEST_DATA_FACTORY_DESCRIBE_H_

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "gtest_data/factory/value.h"
#include "gtest_data/internal/for_each.h"

namespace gtest_data {

// Names a type in overloads found by argument-dependent lookup.
template <typename T>
struct Tag {};

// How a member type M converts to and from a Value. Specialisations provide:
//
//   static constexpr ValueKind kKind;       // the kind ToValue returns
//   static constexpr bool kNullable;        // whether null is a valid value
//   static Value ToValue(const M& m);
//   // Sets *m; on a value of the wrong kind or range, returns false and
//   // sets *why to what was expected ("expected int, got string \"x\"").
//   static bool FromValue(const Value& v, M* m, std::string* why);
template <typename M, typename Enable = void>
struct ValueTraits;

namespace internal {

std::string ExpectedGot(const char* expected, const Value& got);

template <typename M, typename = void>
struct IsRowShaped : std::false_type {};
template <typename M>
struct IsRowShaped<M, std::void_t<decltype(ValueTraits<M>::kKind)>> : std::true_type {};

}  // namespace internal

template <>
struct ValueTraits<bool> {
  static constexpr ValueKind kKind = ValueKind::kBool;
  static constexpr bool kNullable = false;
  static Value ToValue(bool b) { return Value(b); }
  static bool FromValue(const Value& v, bool* out, std::string* why) {
    if (v.kind() != ValueKind::kBool) {
      *why = internal::ExpectedGot("bool", v);
      return false;
    }
    *out = v.as_bool();
    return true;
  }
};

template <typename I>
struct ValueTraits<I, std::enable_if_t<std::is_integral<I>::value && !std::is_same<I, bool>::value>> {
  static constexpr ValueKind kKind = ValueKind::kInt;
  static constexpr bool kNullable = false;
  static Value ToValue(I i) { return Value(i); }
  static bool FromValue(const Value& v, I* out, std::string* why) {
    if (v.kind() != ValueKind::kInt) {
      *why = internal::ExpectedGot("int", v);
      return false;
    }
    const int64_t i = v.as_int();
    const bool fits =
        std::is_signed<I>::value
            ? (i >= static_cast<int64_t>(std::numeric_limits<I>::min()) &&
               (sizeof(I) >= sizeof(int64_t) ||
                i <= static_cast<int64_t>(std::numeric_limits<I>::max())))
            : (i >= 0 && (sizeof(I) >= sizeof(int64_t) ||
                          static_cast<uint64_t>(i) <=
                              static_cast<uint64_t>(std::numeric_limits<I>::max())));
    if (!fits) {
      *why = "expected an int in [" + std::to_string(std::numeric_limits<I>::min()) + ", " +
             std::to_string(std::numeric_limits<I>::max()) + "], got " + std::to_string(i);
      return false;
    }
    *out = static_cast<I>(i);
    return true;
  }
};

template <typename F>
struct ValueTraits<F, std::enable_if_t<std::is_floating_point<F>::value>> {
  static constexpr ValueKind kKind = ValueKind::kDouble;
  static constexpr bool kNullable = false;
  static Value ToValue(F f) { return Value(static_cast<double>(f)); }
  static bool FromValue(const Value& v, F* out, std::string* why) {
    if (v.kind() == ValueKind::kDouble) {
      *out = static_cast<F>(v.as_double());
      return true;
    }
    if (v.kind() == ValueKind::kInt) {  // JSON writes 3.0 as 3 in places
      *out = static_cast<F>(v.as_int());
      return true;
    }
    *why = internal::ExpectedGot("double", v);
    return false;
  }
};

template <>
struct ValueTraits<std::string> {
  static constexpr ValueKind kKind = ValueKind::kString;
  static constexpr bool kNullable = false;
  static Value ToValue(const std::string& s) { return Value(s); }
  static bool FromValue(const Value& v, std::string* out, std::string* why) {
    if (v.kind() != ValueKind::kString) {
      *why = internal::ExpectedGot("string", v);
      return false;
    }
    *out = v.as_string();
    return true;
  }
};

template <typename M>
struct ValueTraits<std::optional<M>, std::enable_if_t<internal::IsRowShaped<M>::value>> {
  static constexpr ValueKind kKind = ValueTraits<M>::kKind;
  static constexpr bool kNullable = true;
  static Value ToValue(const std::optional<M>& m) {
    return m ? ValueTraits<M>::ToValue(*m) : Value();
  }
  static bool FromValue(const Value& v, std::optional<M>* out, std::string* why) {
    if (v.is_null()) {
      out->reset();
      return true;
    }
    M m{};
    if (!ValueTraits<M>::FromValue(v, &m, why)) return false;
    *out = std::move(m);
    return true;
  }
};

// One described member: its name and pointer.
template <typename T, typename M>
struct MemberSpec {
  const char* name;
  M T::*pointer;
};

template <typename T, typename M>
constexpr MemberSpec<T, M> Member(const char* name, M T::*pointer) {
  return MemberSpec<T, M>{name, pointer};
}

// The members of T, in order. ForEach(f) calls f(spec) for each
// MemberSpec<T, M>, with its static type.
template <typename T, typename... M>
struct Description {
  std::tuple<MemberSpec<T, M>...> members;

  template <typename F>
  void ForEach(F&& f) const {
    std::apply([&](const auto&... m) { (f(m), ...); }, members);
  }
};

template <typename T, typename... M>
constexpr Description<T, M...> Members(MemberSpec<T, M>... members) {
  return Description<T, M...>{std::tuple<MemberSpec<T, M>...>(members...)};
}

namespace internal {

template <typename T, typename = void>
struct HasDescription : std::false_type {};
template <typename T>
struct HasDescription<T, std::void_t<decltype(GtestDataDescribe(Tag<T>{}))>>
    : std::true_type {};

}  // namespace internal

// Whether T has a description (GTEST_DATA_DESCRIBE or a hand-written
// GtestDataDescribe overload).
template <typename T>
constexpr bool kIsDescribed = internal::HasDescription<T>::value;

// T's description; T must be described.
template <typename T>
auto Describe() {
  static_assert(kIsDescribed<T>,
                "this type has no description: add GTEST_DATA_DESCRIBE(Type, members...) "
                "in its namespace");
  return GtestDataDescribe(Tag<T>{});
}

// The name under which `member` is described, or nullptr when it is not.
template <typename T, typename M>
const char* MemberName(M T::*member) {
  const char* found = nullptr;
  Describe<T>().ForEach([&](const auto& spec) {
    if constexpr (std::is_same<std::decay_t<decltype(spec.pointer)>, M T::*>::value) {
      if (found == nullptr && spec.pointer == member) found = spec.name;
    }
  });
  return found;
}

// A row-shaped member of T, erased to its name and Value conversions.
template <typename T>
struct ColumnAccess {
  std::string name;
  ValueKind kind;
  bool nullable;
  std::function<Value(const T&)> get;
  std::function<bool(const Value&, T*, std::string*)> set;
};

// The row-shaped members of a described T, computed once per type.
template <typename T>
const std::vector<ColumnAccess<T>>& Columns() {
  static const std::vector<ColumnAccess<T>>* const columns = [] {
    auto* list = new std::vector<ColumnAccess<T>>();
    Describe<T>().ForEach([&](const auto& spec) {
      using M = std::decay_t<decltype(spec.pointer)>;
      using MemberType = std::remove_reference_t<decltype(std::declval<T&>().*spec.pointer)>;
      static_cast<void>(sizeof(M));
      if constexpr (internal::IsRowShaped<MemberType>::value) {
        const auto pointer = spec.pointer;
        list->push_back(ColumnAccess<T>{
            spec.name, ValueTraits<MemberType>::kKind, ValueTraits<MemberType>::kNullable,
            [pointer](const T& t) { return ValueTraits<MemberType>::ToValue(t.*pointer); },
            [pointer](const Value& v, T* t, std::string* why) {
              return ValueTraits<MemberType>::FromValue(v, &(t->*pointer), why);
            }});
      }
    });
    return list;
  }();
  return *columns;
}

// The column of T named `name`, or nullptr.
template <typename T>
const ColumnAccess<T>* FindColumn(std::string_view name) {
  for (const ColumnAccess<T>& column : Columns<T>()) {
    if (column.name == name) return &column;
  }
  return nullptr;
}

// T's row-shaped members as a Row, in description order.
template <typename T>
Row ToRow(const T& object) {
  Row row;
  row.Reserve(Columns<T>().size());
  // Described members have distinct names: no need to look for duplicates.
  for (const ColumnAccess<T>& column : Columns<T>()) {
    row.AppendUnchecked(column.name, column.get(object));
  }
  return row;
}

// Sets the members of *object named by `row`'s columns. On a column T does
// not describe, or a value of the wrong kind, returns false with *error
// naming the column and what was expected; *object may then be partly set.
template <typename T>
bool FromRow(const Row& row, T* object, std::string* error) {
  for (const Row::Cell& cell : row.cells()) {
    const ColumnAccess<T>* column = FindColumn<T>(cell.first);
    if (column == nullptr) {
      *error = "unknown column \"" + cell.first + "\"";
      return false;
    }
    std::string why;
    if (!column->set(cell.second, object, &why)) {
      *error = "column \"" + cell.first + "\": " + why;
      return false;
    }
  }
  return true;
}

namespace internal {

// What GoogleTest prints for a described value: its row.
template <typename T>
void PrintDescribed(const T& object, std::ostream* os) {
  *os << ToRow(object).ToString();
}

}  // namespace internal
}  // namespace gtest_data

#define GTEST_DATA_INTERNAL_DESCRIBE_MEMBER_(Type, member) \
  ::gtest_data::Member(#member, &Type::member)

// Describes the members of `Type` (see the file comment). Use it in Type's
// namespace, after the struct; list each member once. It also defines
// PrintTo(const Type&, std::ostream*), which GoogleTest finds by
// argument-dependent lookup, so parameters and failure messages show the
// value as a row ({"id": 7, "name": "Ada"}) instead of raw bytes.
#define GTEST_DATA_DESCRIBE(Type, ...) \
  GTEST_DATA_INTERNAL_DESCRIBE_(           \
      Type, GTEST_DATA_INTERNAL_FOR_EACH_(GTEST_DATA_INTERNAL_DESCRIBE_MEMBER_, Type, __VA_ARGS__))

// Internal: the ADL description (Members<Type>(Member(...), ...)) and the
// printer, for GTEST_DATA_DESCRIBE.
#define GTEST_DATA_INTERNAL_DESCRIBE_(Type, ...)                                \
  [[maybe_unused]] inline auto GtestDataDescribe(::gtest_data::Tag<Type>) {   \
    return ::gtest_data::Members<Type>(__VA_ARGS__);                            \
  }                                                                             \
  [[maybe_unused]] inline void PrintTo(const Type& value, ::std::ostream* os) { \
    ::gtest_data::internal::PrintDescribed(value, os);                          \
  }

#endif  // GTEST_DATA_FACTORY_DESCRIBE_H_
