// Copyright 2026 The gtest_data Authors.
//
// The locale files compiled into the library. Not installed.

#ifndef GTEST_DATA_SRC_FAKE_LOCALE_DATA_H_
#define GTEST_DATA_SRC_FAKE_LOCALE_DATA_H_

#include <string_view>
#include <vector>

namespace gtest_data {
namespace fake {
namespace internal {

struct EmbeddedLocale {
  std::string_view file_name;  // "data/locales/de_DE.locale"
  std::string_view text;       // the file between R"locale( and )locale"
};

// Every locale file of data/locales, in a fixed order.
const std::vector<EmbeddedLocale>& EmbeddedLocales();

}  // namespace internal
}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_SRC_FAKE_LOCALE_DATA_H_
