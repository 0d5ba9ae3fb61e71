// Copyright 2026 The gtest_data Authors.
//
// Tests of the commerce-code providers. Every generator is sampled 10,000
// times from a fixed seed and each value is checked by a checker written
// here from the published rules, not by the library's validators; the
// validators are then tested on published examples and on every single-digit
// corruption of them.

#include "gtest_data/fake/codes.h"

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "corruptions.h"
#include "seed_properties.h"
#include "gtest/gtest.h"
#include "gtest_data/random/rng.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace fake {
namespace {

using ::testing::AnyOf;
using ::testing::Ge;
using ::testing::Le;
using ::testing::MatchesRegex;
using ::testing::StartsWith;

constexpr int kSamples = 10000;
constexpr uint64_t kSeed = 20260101;

int ToInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// The check of a whole GTIN read left to right: for an even length the
// weights are 3 1 3 1 ... 3 1, for an odd length 1 3 1 3 ... 1, so the check
// digit always weighs 1; the total is a multiple of 10.
bool GtinSumHolds(const std::string& code) {
  int sum = 0;
  const bool even_length = code.size() % 2 == 0;
  for (size_t i = 0; i < code.size(); ++i) {
    const bool weight_three = even_length ? i % 2 == 0 : i % 2 == 1;
    sum += (code[i] - '0') * (weight_three ? 3 : 1);
  }
  return sum % 10 == 0;
}

// The ISBN-10 rule in its "sum of all ten" form: d1*10 + d2*9 + ... + d10*1
// is a multiple of 11, with X worth 10.
bool Isbn10SumHolds(const std::string& isbn) {
  int sum = 0;
  for (size_t i = 0; i < 10; ++i) {
    const int value = isbn[i] == 'X' ? 10 : isbn[i] - '0';
    sum += value * static_cast<int>(10 - i);
  }
  return sum % 11 == 0;
}

// The prefixes no generated EAN may use: restricted circulation, coupons,
// refund receipts, ISSN, books, GS1 global office and all zeros.
bool RestrictedPrefix(int prefix) {
  return prefix == 0 || (prefix >= 20 && prefix <= 29) ||
         (prefix >= 40 && prefix <= 59) || (prefix >= 200 && prefix <= 299) ||
         (prefix >= 951 && prefix <= 952) || (prefix >= 960 && prefix <= 969) ||
         prefix >= 977;
}

using ::gtest_data::testing_internal::DigitCorruptions;
using ::gtest_data::testing_internal::ExpectCorruptionsFail;

TEST(CodesTest, ApiExamples) {
  // The examples of the file comment of codes.h.
  const uint64_t seed = 42;
  gtest_data::Rng rng(gtest_data::DeriveSeed(seed, "catalogue"));
  namespace fake = gtest_data::fake;
  std::string ean = fake::Ean13(rng);
  std::string own = fake::Ean13(rng, "400");
  std::string upc = fake::UpcA(rng);
  std::string isbn = fake::Isbn13(rng);
  std::string sku = fake::Sku(rng);
  std::string part = fake::Sku(rng, "ACME-@@##-*");
  bool ok = fake::Ean13Valid(ean);
  EXPECT_TRUE(ok);
  EXPECT_THAT(own, StartsWith("400"));
  EXPECT_TRUE(UpcAValid(upc));
  EXPECT_TRUE(Isbn13Valid(isbn));
  EXPECT_THAT(sku, MatchesRegex("[A-Z]{3}-[0-9]{6}"));
  EXPECT_THAT(part, MatchesRegex("ACME-[A-Z]{2}[0-9]{2}-[A-Z0-9]"));
}

// --- GS1
// ------------------------------------------------------------------------

TEST(Gs1CheckDigitTest, KnownValuesAndBadInput) {
  EXPECT_EQ(Gs1CheckDigit("400638133393"), '1');
  EXPECT_EQ(Gs1CheckDigit("03600029145"), '2');
  EXPECT_EQ(Gs1CheckDigit("9638507"), '4');
  EXPECT_EQ(Gs1CheckDigit("978030640615"), '7');
  EXPECT_EQ(Gs1CheckDigit("0"), '0');
  EXPECT_EQ(Gs1CheckDigit("1"), '7');
  EXPECT_EQ(Gs1CheckDigit(""), std::nullopt);
  EXPECT_EQ(Gs1CheckDigit("40063813339a"), std::nullopt);
  EXPECT_EQ(Gs1CheckDigit("4006-38133393"), std::nullopt);
}

TEST(Ean13Test, CheckDigitRecomputedAndPrefixRealistic) {
  Rng rng(kSeed);
  std::set<int> prefixes;
  std::set<std::string> seen;
  for (int i = 0; i < kSamples; ++i) {
    const std::string ean = Ean13(rng);
    ASSERT_THAT(ean, MatchesRegex("[0-9]{13}"));
    EXPECT_TRUE(GtinSumHolds(ean)) << ean;
    const int prefix = ToInt(ean.substr(0, 3));
    EXPECT_FALSE(RestrictedPrefix(prefix)) << ean;
    EXPECT_TRUE(Ean13Valid(ean)) << ean;
    prefixes.insert(prefix);
    seen.insert(ean);
  }
  EXPECT_GT(prefixes.size(), 200u);
  EXPECT_EQ(seen.size(), static_cast<size_t>(kSamples));
}

TEST(Ean13Test, GivenPrefix) {
  Rng rng(kSeed);
  for (const std::string prefix : {"", "4", "400", "4006381", "40063813339"}) {
    for (int i = 0; i < 1000; ++i) {
      const std::string ean = Ean13(rng, prefix);
      ASSERT_THAT(ean, MatchesRegex("[0-9]{13}"));
      EXPECT_THAT(ean, StartsWith(prefix));
      EXPECT_TRUE(GtinSumHolds(ean)) << ean;
    }
  }
  EXPECT_EQ(Ean13(rng, "400638133393"), "4006381333931");
  EXPECT_TRUE(Ean13PrefixValid(""));
  EXPECT_TRUE(Ean13PrefixValid("400638133393"));
  EXPECT_FALSE(Ean13PrefixValid("4006381333931"));
  EXPECT_FALSE(Ean13PrefixValid("40a"));
  EXPECT_DEATH_IF_SUPPORTED(Ean13(rng, "40a"), "prefix");
  EXPECT_DEATH_IF_SUPPORTED(Ean13(rng, "4006381333931"), "prefix");
}

TEST(Ean13Test, PublishedExample) {
  ExpectCorruptionsFail("4006381333931", Ean13Valid);
  EXPECT_FALSE(Ean13Valid("400638133393"));
  EXPECT_FALSE(Ean13Valid("40063813339310"));
  EXPECT_FALSE(Ean13Valid("400638133393a"));
  EXPECT_FALSE(Ean13Valid("4006381-333931"));
}

TEST(Ean8Test, CheckDigitRecomputed) {
  Rng rng(kSeed);
  std::set<int> prefixes;
  for (int i = 0; i < kSamples; ++i) {
    const std::string ean = Ean8(rng);
    ASSERT_THAT(ean, MatchesRegex("[0-9]{8}"));
    EXPECT_TRUE(GtinSumHolds(ean)) << ean;
    const int prefix = ToInt(ean.substr(0, 3));
    EXPECT_GE(prefix, 300) << ean;
    EXPECT_FALSE(RestrictedPrefix(prefix)) << ean;
    EXPECT_TRUE(Ean8Valid(ean)) << ean;
    prefixes.insert(prefix);
  }
  EXPECT_GT(prefixes.size(), 150u);
}

TEST(Ean8Test, PublishedExample) {
  ExpectCorruptionsFail("96385074", Ean8Valid);
  EXPECT_FALSE(Ean8Valid("9638507"));
  EXPECT_FALSE(Ean8Valid("4006381333931"));
}

TEST(UpcATest, CheckDigitRecomputed) {
  Rng rng(kSeed);
  std::set<char> systems;
  for (int i = 0; i < kSamples; ++i) {
    const std::string upc = UpcA(rng);
    ASSERT_THAT(upc, MatchesRegex("[01678][0-9]{11}"));
    // UPC-A's own statement of the rule: three times the digits in odd
    // positions plus the digits in even positions, check included, is a
    // multiple of 10.
    int sum = 0;
    for (size_t p = 0; p < 12; ++p)
      sum += (upc[p] - '0') * (p % 2 == 0 ? 3 : 1);
    EXPECT_EQ(sum % 10, 0) << upc;
    EXPECT_TRUE(UpcAValid(upc)) << upc;
    EXPECT_TRUE(Ean13Valid("0" + upc)) << upc;
    systems.insert(upc[0]);
  }
  EXPECT_EQ(systems.size(), 5u);
}

TEST(UpcATest, PublishedExample) {
  ExpectCorruptionsFail("036000291452", UpcAValid);
  EXPECT_TRUE(Ean13Valid("0036000291452"));
  EXPECT_FALSE(UpcAValid("03600029145"));
}

// --- ISBN
// -----------------------------------------------------------------------

TEST(Isbn13Test, CheckDigitRecomputedAndGroupsReal) {
  Rng rng(kSeed);
  std::set<std::string> prefixes;
  for (int i = 0; i < kSamples; ++i) {
    const std::string isbn = Isbn13(rng);
    ASSERT_THAT(isbn, MatchesRegex("97[89][0-9]{10}"));
    EXPECT_TRUE(GtinSumHolds(isbn)) << isbn;
    // Registration groups of the table: 978-0..5, 978-7, 978-80..93 except
    // 81 and 86 and 92, 979-8 and 979-10..12.
    EXPECT_THAT(isbn,
                AnyOf(MatchesRegex("978[0-57].*"),
                      MatchesRegex("978(80|82|83|84|85|87|88|89|90|91|93).*"),
                      MatchesRegex("9798.*"), MatchesRegex("9791[0-2].*")))
        << isbn;
    EXPECT_TRUE(Isbn13Valid(isbn)) << isbn;
    prefixes.insert(isbn.substr(0, 3));
  }
  EXPECT_EQ(prefixes.size(), 2u);
}

TEST(Isbn10Test, CheckCharacterRecomputed) {
  Rng rng(kSeed);
  int with_x = 0;
  for (int i = 0; i < kSamples; ++i) {
    const std::string isbn = Isbn10(rng);
    ASSERT_THAT(isbn, MatchesRegex("[0-9]{9}[0-9X]"));
    EXPECT_TRUE(Isbn10SumHolds(isbn)) << isbn;
    EXPECT_TRUE(Isbn10Valid(isbn)) << isbn;
    const std::optional<std::string> isbn13 = Isbn10ToIsbn13(isbn);
    ASSERT_TRUE(isbn13.has_value()) << isbn;
    EXPECT_EQ(isbn13->substr(0, 3), "978");
    EXPECT_EQ(isbn13->substr(3, 9), isbn.substr(0, 9));
    EXPECT_TRUE(GtinSumHolds(*isbn13)) << *isbn13;
    EXPECT_EQ(Isbn13ToIsbn10(*isbn13), isbn);
    with_x += isbn[9] == 'X' ? 1 : 0;
  }
  // One in eleven ends in X: 909 expected, standard deviation 29.
  EXPECT_THAT(with_x, ::testing::AllOf(Ge(750), Le(1070)));
}

TEST(IsbnTest, PublishedExamples) {
  EXPECT_TRUE(Isbn13Valid("978-0-306-40615-7"));
  EXPECT_TRUE(Isbn13Valid("978 0 306 40615 7"));
  ExpectCorruptionsFail("9780306406157", Isbn13Valid);
  ExpectCorruptionsFail("978-0-306-40615-7", Isbn13Valid);
  EXPECT_TRUE(Isbn10Valid("0-306-40615-2"));
  ExpectCorruptionsFail("0306406152", Isbn10Valid);
  EXPECT_EQ(Isbn10CheckDigit("030640615"), '2');
  // An ISBN-10 whose check character is X.
  EXPECT_TRUE(Isbn10Valid("0-8044-2957-X"));
  EXPECT_TRUE(Isbn10Valid("080442957x"));
  EXPECT_EQ(Isbn10CheckDigit("080442957"), 'X');
  ExpectCorruptionsFail("080442957X", Isbn10Valid);
  EXPECT_EQ(Isbn13ToIsbn10("978-0-306-40615-7"), "0306406152");
  EXPECT_EQ(Isbn10ToIsbn13("0-306-40615-2"), "9780306406157");
  EXPECT_EQ(Isbn10ToIsbn13("080442957X"), "9780804429573");
}

TEST(IsbnTest, RejectsMalformedText) {
  EXPECT_FALSE(Isbn13Valid("978--0306406157"));
  EXPECT_FALSE(Isbn13Valid("-9780306406157"));
  EXPECT_FALSE(Isbn13Valid("9780306406157-"));
  EXPECT_FALSE(Isbn13Valid("978_0306406157"));
  EXPECT_FALSE(Isbn13Valid(""));
  EXPECT_FALSE(Isbn13Valid("-"));
  // A valid EAN-13 outside the book prefixes (an ISSN's 977).
  std::string issn = "977031784700";
  issn.push_back(*Gs1CheckDigit(issn));
  EXPECT_TRUE(Ean13Valid(issn));
  EXPECT_FALSE(Isbn13Valid(issn));
  EXPECT_FALSE(Isbn10Valid("X306406152"));
  EXPECT_FALSE(Isbn10Valid("030640615"));
  EXPECT_FALSE(Isbn10Valid("03064061522"));
  EXPECT_EQ(Isbn10CheckDigit("03064061"), std::nullopt);
  EXPECT_EQ(Isbn10CheckDigit("03064061X"), std::nullopt);
  // A 979 ISBN has no ISBN-10.
  std::string isbn979 = "979100000001";
  isbn979.push_back(*Gs1CheckDigit(isbn979));
  EXPECT_TRUE(Isbn13Valid(isbn979));
  EXPECT_EQ(Isbn13ToIsbn10(isbn979), std::nullopt);
  EXPECT_EQ(Isbn13ToIsbn10("9780306406158"), std::nullopt);
  EXPECT_EQ(Isbn10ToIsbn13("0306406153"), std::nullopt);
}

// --- SKU
// ------------------------------------------------------------------------

TEST(SkuTest, DefaultPattern) {
  Rng rng(kSeed);
  std::set<std::string> seen;
  for (int i = 0; i < kSamples; ++i) {
    const std::string sku = Sku(rng);
    ASSERT_EQ(sku.size(), 10u);
    for (size_t p = 0; p < 3; ++p) {
      EXPECT_TRUE(sku[p] >= 'A' && sku[p] <= 'Z') << sku;
    }
    EXPECT_EQ(sku[3], '-') << sku;
    for (size_t p = 4; p < 10; ++p) {
      EXPECT_TRUE(sku[p] >= '0' && sku[p] <= '9') << sku;
    }
    EXPECT_TRUE(SkuMatches(sku)) << sku;
    seen.insert(sku);
  }
  EXPECT_EQ(seen.size(), static_cast<size_t>(kSamples));
}

TEST(SkuTest, PatternsPrefixesAndEscapes) {
  Rng rng(kSeed);
  std::set<char> mixed;
  for (int i = 0; i < kSamples; ++i) {
    const std::string sku = Sku(rng, "ACME-@@##-*");
    ASSERT_THAT(sku, MatchesRegex("ACME-[A-Z]{2}[0-9]{2}-[A-Z0-9]"));
    EXPECT_TRUE(SkuMatches(sku, "ACME-@@##-*"));
    mixed.insert(sku.back());
  }
  EXPECT_EQ(mixed.size(), 36u);
  const std::string escaped = Sku(rng, "\\#\\@\\*\\\\-#");
  EXPECT_THAT(escaped, MatchesRegex("#@\\*\\\\-[0-9]"));
  EXPECT_TRUE(SkuMatches(escaped, "\\#\\@\\*\\\\-#"));
  EXPECT_EQ(Sku(rng, "FIXED"), "FIXED");
}

TEST(SkuTest, Validation) {
  EXPECT_TRUE(SkuPatternValid(kDefaultSkuPattern));
  EXPECT_TRUE(SkuPatternValid("a b~"));
  EXPECT_TRUE(SkuPatternValid("\\\\"));
  EXPECT_FALSE(SkuPatternValid(""));
  EXPECT_FALSE(SkuPatternValid("ABC\\"));
  EXPECT_FALSE(SkuPatternValid("AB\tC"));
  EXPECT_FALSE(SkuPatternValid("\xc3\xa9"));
  EXPECT_TRUE(SkuMatches("ABC-123456"));
  EXPECT_FALSE(SkuMatches("ABC-12345"));
  EXPECT_FALSE(SkuMatches("ABC-1234567"));
  EXPECT_FALSE(SkuMatches("AbC-123456"));
  EXPECT_FALSE(SkuMatches("ABC_123456"));
  EXPECT_FALSE(SkuMatches("ABC-123456", "ABC\\"));
  EXPECT_TRUE(SkuMatches("#7", "\\##"));
  EXPECT_FALSE(SkuMatches("77", "\\##"));
  Rng rng(kSeed);
  EXPECT_DEATH_IF_SUPPORTED(Sku(rng, ""), "Sku needs");
  EXPECT_DEATH_IF_SUPPORTED(Sku(rng, "AB\\"), "Sku needs");
}

// --- Determinism
// ----------------------------------------------------------------

const std::vector<std::pair<std::string, std::function<std::string(Rng&)>>>&
Generators() {
  static const auto* generators =
      new std::vector<std::pair<std::string, std::function<std::string(Rng&)>>>{
          {"Ean13", [](Rng& r) { return Ean13(r); }},
          {"Ean13(prefix)", [](Rng& r) { return Ean13(r, "400"); }},
          {"Ean8", [](Rng& r) { return Ean8(r); }},
          {"UpcA", [](Rng& r) { return UpcA(r); }},
          {"Isbn13", [](Rng& r) { return Isbn13(r); }},
          {"Isbn10", [](Rng& r) { return Isbn10(r); }},
          {"Sku", [](Rng& r) { return Sku(r); }},
      };
  return *generators;
}

TEST(CodesTest, SameSeedSameValues) {
  for (const auto& [name, generate] : Generators()) {
    testing_internal::ExpectSameSeedSameValues(name, generate, kSeed);
  }
}

TEST(CodesTest, DifferentSeedsDifferentValues) {
  for (const auto& [name, generate] : Generators()) {
    testing_internal::ExpectDifferentSeedsDiffer(name, generate);
  }
}

TEST(CodesTest, DrawCountsAsDocumented) {
  struct Case {
    const char* name;
    std::function<std::string(Rng&)> generate;
    int draws;
  };
  const Case cases[] = {
      {"Ean13", [](Rng& r) { return Ean13(r); }, 3},
      {"Ean13(prefix)", [](Rng& r) { return Ean13(r, "400"); }, 1},
      {"Ean13(full prefix)", [](Rng& r) { return Ean13(r, "400638133393"); },
       0},
      {"Ean8", [](Rng& r) { return Ean8(r); }, 3},
      {"UpcA", [](Rng& r) { return UpcA(r); }, 2},
      {"Isbn13", [](Rng& r) { return Isbn13(r); }, 2},
      {"Isbn10", [](Rng& r) { return Isbn10(r); }, 2},
      {"Sku", [](Rng& r) { return Sku(r); }, 9},
      {"Sku(literal)", [](Rng& r) { return Sku(r, "A-\\#"); }, 0},
  };
  for (const Case& c : cases) {
    Rng used(kSeed);
    Rng reference(kSeed);
    c.generate(used);
    for (int i = 0; i < c.draws; ++i) reference.Next();
    EXPECT_EQ(used, reference) << c.name;
  }
}

TEST(CodesTest, StableValues) {
  // Pinned outputs for seed 42: a change here changes seeded data and needs
  // a new data version.
  Rng rng(42);
  EXPECT_EQ(Ean13(rng), "3306800434111");
  EXPECT_EQ(Ean13(rng, "400"), "4009246929454");
  EXPECT_EQ(Ean8(rng), "95571928");
  EXPECT_EQ(UpcA(rng), "876137438104");
  rng = Rng(42);
  EXPECT_EQ(Isbn13(rng), "9781378980255");
  EXPECT_EQ(Isbn10(rng), "8792469299");
  EXPECT_EQ(Sku(rng), "ZUS-875628");
  EXPECT_EQ(Sku(rng, "ACME-@@##-*"), "ACME-IS86-4");
}

}  // namespace
}  // namespace fake
}  // namespace gtest_data
