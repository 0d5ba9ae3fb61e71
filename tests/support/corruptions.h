// Copyright 2026 The gtest_data Authors.
//
// Checks that a checksum validator rejects every single-digit error of a
// valid example: the property every check digit (Luhn, mod 11, mod 97, ...)
// is designed to have.

#ifndef GTEST_DATA_TESTS_SUPPORT_CORRUPTIONS_H_
#define GTEST_DATA_TESTS_SUPPORT_CORRUPTIONS_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

namespace gtest_data {
namespace testing_internal {

// Every string made from `text` by replacing one digit with another digit.
inline std::vector<std::string> DigitCorruptions(const std::string& text) {
  std::vector<std::string> out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') continue;
    for (char d = '0'; d <= '9'; ++d) {
      if (d == text[i]) continue;
      std::string copy = text;
      copy[i] = d;
      out.push_back(copy);
    }
  }
  return out;
}

// Expects `valid(example)` and !valid(c) for every digit corruption c.
inline void ExpectCorruptionsFail(const std::string& example,
                                  const std::function<bool(std::string_view)>& valid) {
  EXPECT_TRUE(valid(example)) << example;
  const std::vector<std::string> corruptions = DigitCorruptions(example);
  EXPECT_FALSE(corruptions.empty());
  for (const std::string& c : corruptions) EXPECT_FALSE(valid(c)) << c;
}

}  // namespace testing_internal
}  // namespace gtest_data

#endif  // GTEST_DATA_TESTS_SUPPORT_CORRUPTIONS_H_
