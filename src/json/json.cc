// Copyright 2026 The gtest_data Authors.

#include "gtest_data/json/json.h"

#include <cmath>
#include <cstdint>
#include <limits>

#include "gtest_data/json/dataset_file.h"

namespace gtest_data {
namespace json {

nlohmann::json ValueToJson(const Value& value) {
  switch (value.kind()) {
    case ValueKind::kNull:
      return nullptr;
    case ValueKind::kBool:
      return value.as_bool();
    case ValueKind::kInt:
      return value.as_int();
    case ValueKind::kDouble:
      if (!std::isfinite(value.as_double())) return nullptr;
      return value.as_double();
    case ValueKind::kString:
      return value.as_string();
  }
  return nullptr;
}

const char* JsonTypeName(const nlohmann::json& json) { return json.type_name(); }

absl::StatusOr<Value> JsonToValue(const nlohmann::json& json) {
  switch (json.type()) {
    case nlohmann::json::value_t::null:
      return Value();
    case nlohmann::json::value_t::boolean:
      return Value(json.get<bool>());
    case nlohmann::json::value_t::number_integer:
      return Value(json.get<int64_t>());
    case nlohmann::json::value_t::number_unsigned: {
      const uint64_t u = json.get<uint64_t>();
      if (u > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
        return absl::InvalidArgumentError("integer " + std::to_string(u) +
                                          " is above the 64-bit signed range");
      }
      return Value(static_cast<int64_t>(u));
    }
    case nlohmann::json::value_t::number_float:
      return Value(json.get<double>());
    case nlohmann::json::value_t::string:
      return Value(json.get_ref<const std::string&>());
    default:
      return absl::InvalidArgumentError(std::string("expected a scalar, got ") +
                                        json.type_name());
  }
}

nlohmann::ordered_json RowToJson(const Row& row) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (const Row::Cell& cell : row.cells()) {
    j[cell.first] = nlohmann::ordered_json(ValueToJson(cell.second));
  }
  return j;
}

namespace internal {

std::string Expected(const std::string& pointer, const char* expected, const nlohmann::json& got) {
  return (pointer.empty() ? std::string("/") : pointer) + ": expected " + expected + ", got " +
         got.type_name();
}

std::string ChildPointer(const std::string& pointer, const std::string& key) {
  return pointer + "/" + EscapePointerToken(key);
}

}  // namespace internal
}  // namespace json
}  // namespace gtest_data
