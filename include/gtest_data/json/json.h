// Copyright 2026 The gtest_data Authors.
//
// nlohmann/json for described structs and rows. A struct described once
// with GTEST_DATA_DESCRIBE gets to_json/from_json from GTEST_DATA_JSON:
//
//   namespace shop {
//   GTEST_DATA_DESCRIBE(Customer, id, name, phone);
//   GTEST_DATA_JSON(Customer);
//   }  // namespace shop
//
//   nlohmann::json j = customer;                        // {"id": 7, "name": ...}
//   Customer back = j.get<Customer>();                  // throws on bad input
//   absl::StatusOr<Customer> c = gtest_data::json::FromJson<Customer>(j);  // no throw
//
// Members are written under their described names; std::optional members
// as null when empty; other members through nlohmann (nested described
// structs need their own GTEST_DATA_JSON). Reading is strict: a key the
// struct does not describe, or a value of the wrong type, is an error naming
// the JSON pointer and what was expected. Keys left out keep the member's
// value.

#ifndef GTEST_DATA_JSON_JSON_H_
#define GTEST_DATA_JSON_JSON_H_

#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest_data/factory/describe.h"
#include "gtest_data/factory/value.h"
#include "nlohmann/json.hpp"

namespace gtest_data {
namespace json {

// A Value as JSON (doubles that are NaN or infinite become null).
nlohmann::json ValueToJson(const Value& value);

// JSON scalars as a Value: null, bool, integers (unsigned above INT64_MAX is
// an error), doubles, strings. Arrays and objects are errors.
absl::StatusOr<Value> JsonToValue(const nlohmann::json& json);

// "string", "number", "object", ... for messages.
const char* JsonTypeName(const nlohmann::json& json);

// A row as a JSON object, columns in order.
nlohmann::ordered_json RowToJson(const Row& row);

namespace internal {

template <typename M>
struct IsOptional : std::false_type {};
template <typename M>
struct IsOptional<std::optional<M>> : std::true_type {};

template <typename M>
struct IsVector : std::false_type {};
template <typename M, typename A>
struct IsVector<std::vector<M, A>> : std::true_type {};

template <typename M>
nlohmann::json MemberToJson(const M& member);

template <typename M>
absl::Status MemberFromJson(const nlohmann::json& json, const std::string& pointer, M* member);

std::string Expected(const std::string& pointer, const char* expected, const nlohmann::json& got);

// `pointer` extended by the member `key`, escaped as RFC 6901 asks ('~' as
// "~0", '/' as "~1").
std::string ChildPointer(const std::string& pointer, const std::string& key);

}  // namespace internal

// T's described members as a JSON object.
template <typename T>
nlohmann::json ToJson(const T& object) {
  nlohmann::json j = nlohmann::json::object();
  Describe<T>().ForEach(
      [&](const auto& spec) { j[spec.name] = internal::MemberToJson(object.*spec.pointer); });
  return j;
}

// Sets *object from a JSON object; errors name the pointer under `pointer`
// (the location of `json` in a larger document).
template <typename T>
absl::Status FromJson(const nlohmann::json& json, T* object, const std::string& pointer = "") {
  if (!json.is_object()) {
    return absl::InvalidArgumentError(internal::Expected(pointer, "an object", json));
  }
  for (auto it = json.begin(); it != json.end(); ++it) {
    bool known = false;
    absl::Status status;
    Describe<T>().ForEach([&](const auto& spec) {
      if (known || it.key() != spec.name) return;
      known = true;
      status = internal::MemberFromJson(it.value(), internal::ChildPointer(pointer, it.key()),
                                        &(object->*spec.pointer));
    });
    if (!known) {
      std::string names;
      Describe<T>().ForEach([&](const auto& spec) {
        names += (names.empty() ? "" : ", ") + std::string(spec.name);
      });
      return absl::InvalidArgumentError(internal::ChildPointer(pointer, it.key()) +
                                        ": unknown member \"" +
                                        it.key() + "\"; expected one of " + names);
    }
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

template <typename T>
absl::StatusOr<T> FromJson(const nlohmann::json& json) {
  T object{};
  absl::Status status = FromJson(json, &object);
  if (!status.ok()) return status;
  return object;
}

namespace internal {

template <typename M>
nlohmann::json MemberToJson(const M& member) {
  if constexpr (IsOptional<M>::value) {
    return member ? MemberToJson(*member) : nlohmann::json(nullptr);
  } else if constexpr (::gtest_data::internal::IsRowShaped<M>::value) {
    return ValueToJson(ValueTraits<M>::ToValue(member));
  } else if constexpr (kIsDescribed<M>) {
    return ToJson(member);
  } else if constexpr (IsVector<M>::value) {
    nlohmann::json array = nlohmann::json::array();
    for (const auto& element : member) array.push_back(MemberToJson(element));
    return array;
  } else {
    return nlohmann::json(member);
  }
}

template <typename M>
absl::Status MemberFromJson(const nlohmann::json& json, const std::string& pointer, M* member) {
  if constexpr (IsOptional<M>::value) {
    if (json.is_null()) {
      member->reset();
      return absl::OkStatus();
    }
    typename M::value_type inner{};
    absl::Status status = MemberFromJson(json, pointer, &inner);
    if (status.ok()) *member = std::move(inner);
    return status;
  } else if constexpr (::gtest_data::internal::IsRowShaped<M>::value) {
    absl::StatusOr<Value> value = JsonToValue(json);
    if (!value.ok()) return absl::InvalidArgumentError(pointer + ": " +
                                                       std::string(value.status().message()));
    std::string why;
    if (!ValueTraits<M>::FromValue(*value, member, &why)) {
      return absl::InvalidArgumentError(pointer + ": " + why);
    }
    return absl::OkStatus();
  } else if constexpr (kIsDescribed<M>) {
    return FromJson(json, member, pointer);
  } else if constexpr (IsVector<M>::value) {
    if (!json.is_array()) return absl::InvalidArgumentError(Expected(pointer, "an array", json));
    member->clear();
    for (size_t i = 0; i < json.size(); ++i) {
      typename M::value_type element{};
      absl::Status status = MemberFromJson(json[i], pointer + "/" + std::to_string(i), &element);
      if (!status.ok()) return status;
      member->push_back(std::move(element));
    }
    return absl::OkStatus();
  } else {
    // A type nlohmann converts (its own adl_serializer or the user's
    // from_json); its exceptions become a status here.
    try {
      *member = json.get<M>();
    } catch (const nlohmann::json::exception& e) {
      return absl::InvalidArgumentError(pointer + ": " + e.what());
    }
    return absl::OkStatus();
  }
}

// from_json for GTEST_DATA_JSON: nlohmann's contract is to throw.
template <typename T>
void FromJsonOrThrow(const nlohmann::json& j, T& object) {
  absl::Status status = FromJson(j, &object);
  if (!status.ok()) {
    throw nlohmann::json::type_error::create(302, std::string(status.message()), &j);
  }
}

}  // namespace internal
}  // namespace json
}  // namespace gtest_data

// Defines to_json and from_json for a described type, in its namespace.
#define GTEST_DATA_JSON(Type) GTEST_DATA_INTERNAL_JSON_(Type)

// Internal: nlohmann's ADL hooks over ToJson and FromJson, for
// GTEST_DATA_JSON.
#define GTEST_DATA_INTERNAL_JSON_(Type)                                             \
  [[maybe_unused]] inline void to_json(::nlohmann::json& j, const Type& object) {  \
    j = ::gtest_data::json::ToJson(object);                                         \
  }                                                                                 \
  [[maybe_unused]] inline void from_json(const ::nlohmann::json& j, Type& object) { \
    ::gtest_data::json::internal::FromJsonOrThrow(j, object);                       \
  }                                                                                 \
  static_assert(true, "")

#endif  // GTEST_DATA_JSON_JSON_H_
