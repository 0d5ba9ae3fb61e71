// Copyright 2026 The gtest_data Authors.
//
// The fake module's private text helpers (src/fake/text.h).

#include "text.h"

#include <string>

#include "gtest/gtest.h"

namespace gtest_data {
namespace fake {
namespace internal {
namespace {

std::string Fold(std::string_view text) {
  std::string out;
  AppendAsciiFold(text, &out);
  return out;
}

std::string FoldKeepingCase(std::string_view text) {
  std::string out;
  AppendAsciiFoldPreservingCase(text, &out);
  return out;
}

TEST(TextTest, FoldsLatinLettersToLowercaseAscii) {
  EXPECT_EQ(Fold("Müller"), "mueller");
  EXPECT_EQ(Fold("Straße 7"), "strasse7");
  EXPECT_EQ(Fold("Łukasz Żółć"), "lukaszzolc");
  EXPECT_EQ(Fold("François Núñez"), "francoisnunez");
  EXPECT_EQ(Fold("O'Brien-Smith"), "obriensmith");
  EXPECT_EQ(Fold("東京 Москва"), "");  // other scripts need a romanization
}

TEST(TextTest, FoldKeepingCaseKeepsCaseSpacesAndHyphens) {
  EXPECT_EQ(FoldKeepingCase("Ängelholm"), "Aengelholm");
  EXPECT_EQ(FoldKeepingCase("Łódź"), "Lodz");
  EXPECT_EQ(FoldKeepingCase("Jean-Luc O'Neil"), "Jean-Luc O'Neil");
  EXPECT_EQ(FoldKeepingCase("Šimon"), "Simon");
}

TEST(TextTest, CapitalisesLatinAndCyrillic) {
  EXPECT_EQ(CapitalizeFirst("hello"), "Hello");
  EXPECT_EQ(CapitalizeFirst("élan"), "Élan");
  EXPECT_EQ(CapitalizeFirst("łódź"), "Łódź");
  EXPECT_EQ(CapitalizeFirst("привет"), "Привет");
  EXPECT_EQ(CapitalizeFirst("ёлка"), "Ёлка");
  EXPECT_EQ(CapitalizeFirst("東京"), "東京");
  EXPECT_EQ(CapitalizeFirst(""), "");
  EXPECT_EQ(CapitalizeFirst("Already"), "Already");
}

TEST(TextTest, DecodesUtf8StrictlyAndReencodes) {
  uint32_t cp = 0;
  EXPECT_EQ(DecodeUtf8("é", 0, &cp), 2u);
  EXPECT_EQ(cp, 0xe9u);
  EXPECT_EQ(DecodeUtf8("\xf0\x9f\x98\x80", 0, &cp), 4u);
  EXPECT_EQ(cp, 0x1f600u);
  EXPECT_EQ(DecodeUtf8("\xc0\xaf", 0, &cp), 0u);          // overlong
  EXPECT_EQ(DecodeUtf8("\xed\xa0\x80", 0, &cp), 0u);      // surrogate
  EXPECT_EQ(DecodeUtf8("\xe2\x82", 0, &cp), 0u);          // truncated
  size_t pos = 0;
  EXPECT_EQ(NextCodePoint("\xff" "a", &pos), 0xfffdu);
  EXPECT_EQ(pos, 1u);
  std::string out;
  for (char32_t c : {U'a', U'é', U'€', U'😀'}) AppendUtf8(c, &out);
  EXPECT_EQ(out, "aé€😀");
}

TEST(TextTest, FormatsAndParsesFixedPoint) {
  std::string out;
  AppendFixedPoint(48137154, 6, &out);
  EXPECT_EQ(out, "48.137154");
  out.clear();
  AppendFixedPoint(-5, 2, &out);
  EXPECT_EQ(out, "-0.05");
  out.clear();
  AppendDecimal(7, 3, &out);
  AppendDecimal(-42, 1, &out);
  EXPECT_EQ(out, "007-42");
  int64_t value = 0;
  EXPECT_TRUE(ParseFixedPoint("48.1372", 6, &value));
  EXPECT_EQ(value, 48137200);
  EXPECT_TRUE(ParseFixedPoint("-0.5", 6, &value));
  EXPECT_EQ(value, -500000);
  EXPECT_TRUE(ParseFixedPoint("12", 2, &value));
  EXPECT_EQ(value, 1200);
  EXPECT_FALSE(ParseFixedPoint("1.2345678", 6, &value));  // too many decimals
  EXPECT_FALSE(ParseFixedPoint("1.2.3", 6, &value));
  EXPECT_FALSE(ParseFixedPoint("", 6, &value));
  EXPECT_FALSE(ParseFixedPoint("12a", 6, &value));
}

}  // namespace
}  // namespace internal
}  // namespace fake
}  // namespace gtest_data
