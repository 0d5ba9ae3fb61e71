// Copyright 2026 The gtest_data Authors.

#include "gtest_data/factory/value.h"

#include <charconv>
#include <cmath>

#include "gtest_data/internal/json_escape.h"

namespace gtest_data {

const char* ValueKindName(ValueKind kind) {
  switch (kind) {
    case ValueKind::kNull:
      return "null";
    case ValueKind::kBool:
      return "bool";
    case ValueKind::kInt:
      return "int";
    case ValueKind::kDouble:
      return "double";
    case ValueKind::kString:
      return "string";
  }
  return "?";
}

bool Value::as_bool() const {
  GTEST_DATA_INTERNAL_CHECK_(kind() == ValueKind::kBool, "Value::as_bool on a non-bool");
  return std::get<bool>(value_);
}

int64_t Value::as_int() const {
  GTEST_DATA_INTERNAL_CHECK_(kind() == ValueKind::kInt, "Value::as_int on a non-int");
  return std::get<int64_t>(value_);
}

double Value::as_double() const {
  GTEST_DATA_INTERNAL_CHECK_(kind() == ValueKind::kDouble, "Value::as_double on a non-double");
  return std::get<double>(value_);
}

const std::string& Value::as_string() const {
  GTEST_DATA_INTERNAL_CHECK_(kind() == ValueKind::kString, "Value::as_string on a non-string");
  return std::get<std::string>(value_);
}

std::string Value::ToString() const {
  switch (kind()) {
    case ValueKind::kNull:
      return "null";
    case ValueKind::kBool:
      return as_bool() ? "true" : "false";
    case ValueKind::kInt:
      return std::to_string(as_int());
    case ValueKind::kDouble: {
      const double d = as_double();
      if (std::isnan(d)) return "NaN";
      if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
      // Shortest text that reads back as the same double.
      char buffer[32];
      const auto result = std::to_chars(buffer, buffer + sizeof(buffer), d);
      std::string text(buffer, result.ptr);
      if (text.find_first_of(".eE") == std::string::npos) text += ".0";
      return text;
    }
    case ValueKind::kString: {
      std::string text;
      internal::AppendJsonString(as_string(), &text);
      return text;
    }
  }
  return "?";
}

Row::Row(std::initializer_list<Cell> cells) {
  for (const Cell& cell : cells) Set(cell.first, cell.second);
}

void Row::Set(std::string_view column, Value value) {
  if (Value* existing = Find(column)) {
    *existing = std::move(value);
    return;
  }
  cells_.emplace_back(std::string(column), std::move(value));
}

const Value* Row::Find(std::string_view column) const {
  for (const Cell& cell : cells_) {
    if (cell.first == column) return &cell.second;
  }
  return nullptr;
}

Value* Row::Find(std::string_view column) {
  for (Cell& cell : cells_) {
    if (cell.first == column) return &cell.second;
  }
  return nullptr;
}

const Value& Row::Get(std::string_view column) const {
  const Value* value = Find(column);
  GTEST_DATA_INTERNAL_CHECK_(value != nullptr, "Row::Get of a column the row lacks");
  return *value;
}

std::string Row::ToString() const {
  std::string text = "{";
  for (size_t i = 0; i < cells_.size(); ++i) {
    if (i > 0) text += ", ";
    internal::AppendJsonString(cells_[i].first, &text);
    text += ": ";
    text += cells_[i].second.ToString();
  }
  text += "}";
  return text;
}

}  // namespace gtest_data
