// Copyright 2026 The gtest_data Authors.

#include "gtest_data/internal/strings.h"

#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

namespace gtest_data {
namespace internal {
namespace {

std::string Utf8(char32_t code_point) {
  std::string out;
  AppendUtf8(code_point, &out);
  return out;
}

TEST(StringsTest, ApiExamples) {
  std::string s;
  AppendUtf8(0xE9, &s);
  EXPECT_EQ(s, "\xC3\xA9");
  EXPECT_EQ(StrJoin({"a", "b", "c"}, ", "), "a, b, c");
  EXPECT_EQ(AsciiStrToLower("INTEGER \xC3\x84"), "integer \xC3\x84");
}

TEST(StringsTest, AppendUtf8EncodesEveryLengthAtItsBounds) {
  EXPECT_EQ(Utf8(0x00), std::string(1, '\0'));
  EXPECT_EQ(Utf8(0x7F), "\x7F");
  EXPECT_EQ(Utf8(0x80), "\xC2\x80");
  EXPECT_EQ(Utf8(0x7FF), "\xDF\xBF");
  EXPECT_EQ(Utf8(0x800), "\xE0\xA0\x80");
  EXPECT_EQ(Utf8(0x20AC), "\xE2\x82\xAC");
  EXPECT_EQ(Utf8(0xFFFF), "\xEF\xBF\xBF");
  EXPECT_EQ(Utf8(0x10000), "\xF0\x90\x80\x80");
  EXPECT_EQ(Utf8(0x1F600), "\xF0\x9F\x98\x80");
  EXPECT_EQ(Utf8(0x10FFFF), "\xF4\x8F\xBF\xBF");
  // Surrogates are encoded, not rejected (the copies this replaced did so).
  EXPECT_EQ(Utf8(0xD800), "\xED\xA0\x80");
  std::string appended = "x";
  AppendUtf8(U'\u00FC', &appended);
  EXPECT_EQ(appended, "x\xC3\xBC");
}

TEST(StringsTest, StrJoinPutsTheSeparatorBetween) {
  EXPECT_EQ(StrJoin(std::vector<std::string>{}, ", "), "");
  EXPECT_EQ(StrJoin(std::vector<std::string>{"one"}, ", "), "one");
  EXPECT_EQ(StrJoin(std::vector<std::string>{"a", "", "c"}, "/"), "a//c");
  EXPECT_EQ(StrJoin(std::vector<std::string_view>{"x", "y"}, ""), "xy");
  EXPECT_EQ(StrJoin({"a"}, ", "), "a");
}

TEST(StringsTest, LowerCasingTouchesOnlyAsciiLetters) {
  EXPECT_EQ(AsciiToLower('A'), 'a');
  EXPECT_EQ(AsciiToLower('Z'), 'z');
  EXPECT_EQ(AsciiToLower('@'), '@');
  EXPECT_EQ(AsciiToLower('['), '[');
  EXPECT_EQ(AsciiToLower('a'), 'a');
  EXPECT_EQ(AsciiToLower('\xC4'), '\xC4');
  static_assert(AsciiToLower('Q') == 'q', "constexpr");
  EXPECT_EQ(AsciiStrToLower("VARCHAR(20) Not Null 123"), "varchar(20) not null 123");
  EXPECT_EQ(AsciiStrToLower(""), "");
}

}  // namespace
}  // namespace internal
}  // namespace gtest_data
