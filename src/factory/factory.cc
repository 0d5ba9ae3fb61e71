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

std::optional<std::string> FakeValue(std::string_view name, const fake::Locale& locale,
                                     int64_t now, Rng& rng) {
  const fake::Field* field = fake::FindField(name);
  if (field == nullptr) return std::nullopt;
  fake::FieldContext context;
  context.locale = &locale;
  context.now = now;
  std::string value;
  field->generate(context, rng, &value);
  return value;
}

}  // namespace internal
}  // namespace gtest_data
