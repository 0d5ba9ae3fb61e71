// Copyright 2026 The gtest_data Authors.
//
// Not part of the gtest_data API; include "gtest_data/factory/factory.h"
// instead. IWYU pragma: private, include "gtest_data/factory/factory.h"
//
// Texts of the errors Factory<T> reports, shared by its templates and
// defined once in src/factory/factory.cc, so that every factory words them
// alike. Pure functions; thread-safe.

#ifndef GTEST_DATA_FACTORY_INTERNAL_MESSAGES_H_
#define GTEST_DATA_FACTORY_INTERNAL_MESSAGES_H_

#include <string>
#include <string_view>
#include <vector>

#include "gtest_data/fake/fields.h"
#include "gtest_data/fake/locale.h"

namespace gtest_data {
namespace internal {

// `names` joined by `separator`: ("a", "b"), ", " gives "a, b".
std::string JoinNames(const std::vector<std::string>& names, const char* separator);

// The message for a fake-data field the registry does not have.
std::string UnknownFakeField(const std::string& factory, std::string_view field);

// The message for a field the context's locale does not support.
std::string UnsupportedFakeField(const std::string& factory, const fake::Field& field,
                                 const fake::Locale& locale);

}  // namespace internal
}  // namespace gtest_data

#endif  // GTEST_DATA_FACTORY_INTERNAL_MESSAGES_H_
