// Copyright 2026 The gtest_data Authors.

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "gtest_data/fake/company.h"
#include "gtest_data/fake/lorem.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace fake {
namespace {

using ::testing::HasSubstr;

bool ContainsAnyEntry(const std::string& text, const Table& table) {
  for (size_t row = 0; row < table.size(); ++row) {
    if (text.find(std::string(table.Cell(row, 0))) != std::string::npos) return true;
  }
  return false;
}

class TextLocaleTest : public ::testing::TestWithParam<std::string> {};

std::vector<std::string> CountryLocales() {
  std::vector<std::string> ids;
  for (std::string_view id : Locale::CountryLocaleIds()) ids.emplace_back(id);
  return ids;
}

INSTANTIATE_TEST_SUITE_P(AllLocales, TextLocaleTest, ::testing::ValuesIn(CountryLocales()),
                         [](const auto& test_info) { return test_info.param; });

TEST_P(TextLocaleTest, CompanyNamesUseTheLocalesLegalForms) {
  const Locale& locale = *Locale::Find(GetParam());
  const Table& suffixes = *locale.Lookup("company.suffix");
  Rng rng(DeriveSeed(60, GetParam()));
  int with_form = 0;
  for (int i = 0; i < 1000; ++i) {
    const std::string name = CompanyName(locale, rng);
    ASSERT_FALSE(name.empty());
    ASSERT_EQ(name.find('{'), std::string::npos) << name;
    with_form += ContainsAnyEntry(name, suffixes);
  }
  EXPECT_GT(with_form, 0) << "no company name carries a legal form";
  EXPECT_FALSE(CatchPhrase(locale, rng).empty());
  EXPECT_FALSE(ProductName(locale, rng).empty());
  EXPECT_FALSE(Department(locale, rng).empty());
}

TEST_P(TextLocaleTest, SentencesFollowTheLocalesConventions) {
  const Locale& locale = *Locale::Find(GetParam());
  Rng rng(DeriveSeed(61, GetParam()));
  const std::string stop(locale.Directive("sentence_end"));
  const bool spaced = locale.Directive("word_separator") == "space";
  for (int i = 0; i < 500; ++i) {
    const std::string s = Sentence(locale, rng, 3, 3);
    ASSERT_GE(s.size(), stop.size());
    ASSERT_EQ(s.substr(s.size() - stop.size()), stop) << s;
    const size_t spaces = std::count(s.begin(), s.end(), ' ');
    if (spaced) {
      ASSERT_GE(spaces, 2u) << s;  // words may themselves hold a space
    } else {
      ASSERT_EQ(spaces, 0u) << s;
    }
  }
  EXPECT_FALSE(Paragraph(locale, rng).empty());
  EXPECT_EQ(Words(locale, rng, 5).size(), 5u);
}

TEST(LoremTest, CapitalisesLatinAndCyrillicSentences) {
  Rng rng(62);
  const std::string ru = Sentence(*Locale::Find("ru_RU"), rng, 1, 1);
  const unsigned char b0 = static_cast<unsigned char>(ru[0]);
  const unsigned char b1 = static_cast<unsigned char>(ru[1]);
  // Cyrillic capitals are U+0400..U+042F: D0 80..D0 AF in UTF-8.
  EXPECT_EQ(b0, 0xd0) << ru;
  EXPECT_TRUE(b1 >= 0x80 && b1 <= 0xaf) << ru;
  const std::string en = Sentence(*Locale::Find("en_US"), rng, 1, 1);
  EXPECT_TRUE(en[0] >= 'A' && en[0] <= 'Z') << en;
}

TEST(PriceTest, StaysInRangeAndLooksLikeAShopPrice) {
  Rng rng(63);
  int shaped = 0;
  for (int i = 0; i < 10000; ++i) {
    const int64_t p = Price(rng, 100, 99999);
    ASSERT_GE(p, 100);
    ASSERT_LE(p, 99999);
    shaped += p % 100 == 99 || p % 100 == 95;
  }
  EXPECT_GT(shaped, 7000);
  EXPECT_EQ(Price(rng, 5, 5), 5);
}

}  // namespace
}  // namespace fake
}  // namespace gtest_data
