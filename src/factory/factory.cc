// Copyright 2026 The gtest_data Authors.

#include "gtest_data/factory/factory.h"

#include <string>

#include "gtest_data/fake/fields.h"
#include "gtest_data/internal/check.h"

namespace gtest_data {

const char* StrategyName(Strategy strategy) {
  switch (strategy) {
    case Strategy::kBuild:
      return "build";
    case Strategy::kCreate:
      return "create";
    case Strategy::kStub:
      return "stub";
  }
  return "?";
}

namespace internal {

std::string ExpectedGot(const char* expected, const Value& got) {
  return std::string("expected ") + expected + ", got " + ValueKindName(got.kind()) +
         (got.is_null() ? "" : " " + got.ToString());
}

std::string JoinNames(const std::vector<std::string>& names, const char* separator) {
  std::string joined;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) joined += separator;
    joined += names[i];
  }
  return joined;
}

std::string UnknownFakeField(const std::string& factory, std::string_view field) {
  return "factory " + factory + ": unknown fake-data field \"" + std::string(field) +
         "\" (see gtest-data generate --list)";
}

std::string UnsupportedFakeField(const std::string& factory, const fake::Field& field,
                                 const fake::Locale& locale) {
  return "factory " + factory + ": fake-data field " + std::string(field.name) +
         " has no values for locale " + std::string(locale.id());
}

}  // namespace internal
}  // namespace gtest_data
