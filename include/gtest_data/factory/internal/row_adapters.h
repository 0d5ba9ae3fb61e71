// Copyright 2026 The gtest_data Authors.
//
// Not part of the gtest_data API; include "gtest_data/factory/factory.h"
// instead. IWYU pragma: private, include "gtest_data/factory/factory.h"
//
// The row view of a factory's object, whichever kind it is: a Row itself,
// or a struct described with GTEST_DATA_DESCRIBE (factory/describe.h), whose
// row-shaped members are its columns. Factory<T> persists, overrides by name
// and reads association keys through these.

#ifndef GTEST_DATA_FACTORY_INTERNAL_ROW_ADAPTERS_H_
#define GTEST_DATA_FACTORY_INTERNAL_ROW_ADAPTERS_H_

#include <string>
#include <string_view>
#include <type_traits>

#include "gtest_data/factory/describe.h"
#include "gtest_data/factory/value.h"

namespace gtest_data {
namespace internal {

// Whether the object type is row-shaped as a whole (a Row) or a described
// struct.
template <typename T>
constexpr bool kIsRow = std::is_same<T, Row>::value;

// The object as a row: a copy of a Row, the row-shaped members of a struct.
template <typename T>
Row ObjectToRow(const T& object) {
  if constexpr (kIsRow<T>) {
    return object;
  } else {
    return ToRow(object);
  }
}

// Sets `column` of `object` from `value`. Returns false, with the reason in
// `*why`, when a struct has no row-shaped member of that name or the value
// does not convert to it.
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

// The value of `column` of `object`; null when there is no such column.
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

}  // namespace internal
}  // namespace gtest_data

#endif  // GTEST_DATA_FACTORY_INTERNAL_ROW_ADAPTERS_H_
