// Copyright 2026 The gtest_data Authors.
//
// Value and Row: the row-shaped view of test data. A Value is one cell (null,
// bool, 64-bit integer, double or UTF-8 string); a Row is an ordered list of
// named cells. Factories for row-shaped data build Rows, described structs
// convert to and from Rows (describe.h), datasets hold Rows per table, and
// the database seeder binds them.
//
//   Row row;
//   row.Set("email", "ada@example.com");
//   row.Set("age", 36);
//   row.Get("age").as_int();        // 36
//   row.ToString();                 // {"email": "ada@example.com", "age": 36}
//
// Columns keep the order in which they were first set. Thread-compatible.

#ifndef GTEST_DATA_FACTORY_VALUE_H_
#define GTEST_DATA_FACTORY_VALUE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "gtest_data/internal/check.h"

namespace gtest_data {

// The kinds a Value holds, in the order of the variant's alternatives.
enum class ValueKind { kNull, kBool, kInt, kDouble, kString };

// "null", "bool", "int", "double" or "string": the words error messages use.
const char* ValueKindName(ValueKind kind);

// One cell of a row. Integers of every width convert to kInt (an unsigned
// value above INT64_MAX is a programming error and aborts); float and double
// to kDouble; const char*, std::string and std::string_view to kString.
class Value {
 public:
  Value() = default;  // null
  Value(std::nullptr_t) {}  // NOLINT: implicit, so that {"col", nullptr} reads well
  Value(bool value) : value_(value) {}  // NOLINT
  template <typename I,
            typename std::enable_if<std::is_integral<I>::value &&
                                        !std::is_same<I, bool>::value,
                                    int>::type = 0>
  Value(I value) : value_(ToInt64(value)) {}  // NOLINT
  Value(double value) : value_(value) {}  // NOLINT
  Value(float value) : value_(static_cast<double>(value)) {}  // NOLINT
  Value(const char* value) : value_(std::string(value)) {}  // NOLINT
  Value(std::string value) : value_(std::move(value)) {}  // NOLINT
  Value(std::string_view value) : value_(std::string(value)) {}  // NOLINT

  ValueKind kind() const { return static_cast<ValueKind>(value_.index()); }
  bool is_null() const { return kind() == ValueKind::kNull; }

  // The held value. Each aborts when the kind differs (check kind() first,
  // or use the converting accessors of describe.h, which return a status).
  bool as_bool() const;
  int64_t as_int() const;
  double as_double() const;
  const std::string& as_string() const;

  // JSON-like text for messages and diffs: null, true, 42, 2.5, "text".
  std::string ToString() const;

  friend bool operator==(const Value& a, const Value& b) { return a.value_ == b.value_; }
  friend bool operator!=(const Value& a, const Value& b) { return !(a == b); }

 private:
  template <typename I>
  static int64_t ToInt64(I value) {
    if constexpr (std::is_unsigned<I>::value && sizeof(I) >= sizeof(int64_t)) {
      GTEST_DATA_INTERNAL_CHECK_(value <= static_cast<uint64_t>(INT64_MAX),
                                 "an unsigned value above INT64_MAX does not fit a Value");
    }
    return static_cast<int64_t>(value);
  }

  std::variant<std::monostate, bool, int64_t, double, std::string> value_;
};

// An ordered list of (column, value) cells with unique column names.
class Row {
 public:
  using Cell = std::pair<std::string, Value>;

  Row() = default;
  Row(std::initializer_list<Cell> cells);

  // Sets `column`, replacing its value if present, else appending it.
  void Set(std::string_view column, Value value);

  // Appends a cell without looking for `column` among the existing ones:
  // for readers that know their columns are distinct (a duplicate would
  // break Find()'s and Set()'s contract).
  void AppendUnchecked(std::string column, Value value) {
    cells_.emplace_back(std::move(column), std::move(value));
  }

  // The value of `column`, or nullptr when the row has no such column.
  const Value* Find(std::string_view column) const;
  Value* Find(std::string_view column);

  // The value of `column`; aborts when absent (use Find() when unsure).
  const Value& Get(std::string_view column) const;

  bool Has(std::string_view column) const { return Find(column) != nullptr; }
  size_t size() const { return cells_.size(); }
  bool empty() const { return cells_.empty(); }
  const std::vector<Cell>& cells() const { return cells_; }
  // For readers that resolve values in place; renaming a column to one the
  // row already has breaks Find()'s and Set()'s contract.
  std::vector<Cell>& mutable_cells() { return cells_; }
  void Reserve(size_t n) { cells_.reserve(n); }

  // {"a": 1, "b": "x"}, columns in order.
  std::string ToString() const;

  // Equal when they have the same cells in the same order.
  friend bool operator==(const Row& a, const Row& b) { return a.cells_ == b.cells_; }
  friend bool operator!=(const Row& a, const Row& b) { return !(a == b); }

 private:
  std::vector<Cell> cells_;
};

}  // namespace gtest_data

#endif  // GTEST_DATA_FACTORY_VALUE_H_
