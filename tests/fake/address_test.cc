// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/address.h"

#include <cmath>
#include <regex>
#include <set>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "gtest_data/fake/countries.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace fake {
namespace {

// The regex a data-file pattern stands for, written independently of the
// generator: # digit, % 1-9, ? A-Z, [..] class, \X literal.
std::string PatternRegex(std::string_view pattern) {
  std::string re;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '#') {
      re += "[0-9]";
    } else if (c == '%') {
      re += "[1-9]";
    } else if (c == '?') {
      re += "[A-Z]";
    } else if (c == '[') {
      const size_t close = pattern.find(']', i);
      re += std::string(pattern.substr(i, close - i + 1));
      i = close;
    } else if (c == '\\') {
      re += "\\";
      re += pattern[++i];
    } else if (std::string_view("^$.|()*+{}").find(c) != std::string_view::npos) {
      re += "\\";
      re += c;
    } else {
      re += c;
    }
  }
  return re;
}

double DistanceMetres(const GeoPoint& a, const GeoPoint& b) {
  const double kRadius = 6371008.8;
  const double to_radians = 3.14159265358979323846 / 180e6;
  const double dlat = (b.latitude_e6 - a.latitude_e6) * to_radians;
  const double dlon = (b.longitude_e6 - a.longitude_e6) * to_radians;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.latitude_e6 * to_radians) * std::cos(b.latitude_e6 * to_radians) *
                       std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kRadius * std::asin(std::sqrt(h));
}

class AddressLocaleTest : public ::testing::TestWithParam<std::string> {};

std::vector<std::string> CountryLocales() {
  std::vector<std::string> ids;
  for (std::string_view id : Locale::CountryLocaleIds()) ids.emplace_back(id);
  return ids;
}

INSTANTIATE_TEST_SUITE_P(AllLocales, AddressLocaleTest,
                         ::testing::ValuesIn(CountryLocales()),
                         [](const auto& test_info) { return test_info.param; });

TEST_P(AddressLocaleTest, PartsOfOneAddressBelongToOneCity) {
  const Locale& locale = *Locale::Find(GetParam());
  const Table& cities = *locale.Lookup("address.city");
  std::vector<std::regex> postal_patterns;
  for (size_t row = 0; row < cities.size(); ++row) {
    postal_patterns.emplace_back(PatternRegex(cities.Cell(row, 2)));
  }
  Rng rng(DeriveSeed(30, GetParam()));
  for (int i = 0; i < 10000; ++i) {
    const Address a = MakeAddress(locale, rng);
    // Find the city row whose pattern and region fit (names may repeat).
    bool found = false;
    for (size_t row = 0; row < cities.size() && !found; ++row) {
      if (cities.Cell(row, 0) != a.city || cities.Cell(row, 1) != a.region_code) continue;
      if (!std::regex_match(a.postal_code, postal_patterns[row])) {
        continue;
      }
      GeoPoint centre;
      centre.latitude_e6 = std::llround(std::stod(std::string(cities.Cell(row, 3))) * 1e6);
      centre.longitude_e6 = std::llround(std::stod(std::string(cities.Cell(row, 4))) * 1e6);
      ASSERT_LT(DistanceMetres(centre, a.location), 3100) << a.city;
      found = true;
    }
    ASSERT_TRUE(found) << a.city << " " << a.region_code << " " << a.postal_code;
    ASSERT_FALSE(a.street_address.empty());
    ASSERT_NE(a.full.find(a.city), std::string::npos) << a.full;
    ASSERT_NE(a.full.find(a.postal_code), std::string::npos) << a.full;
    ASSERT_EQ(a.country_code, locale.country());
    ASSERT_EQ(a.country_code3.size(), 3u);
    ASSERT_NE(a.street_address.find(a.building_number), std::string::npos)
        << a.street_address << " lacks " << a.building_number;
  }
}

TEST(AddressTest, FormatsCoordinates) {
  EXPECT_EQ(FormatCoordinate(48137154), "48.137154");
  EXPECT_EQ(FormatCoordinate(-5), "-0.000005");
  EXPECT_EQ(FormatCoordinate(-122419416), "-122.419416");
  EXPECT_EQ(FormatCoordinate(0), "0.000000");
}

TEST(NearPointTest, StaysWithinTheRadiusAndFillsTheDisc) {
  Rng rng(31);
  for (const GeoPoint centre : {GeoPoint{0, 0}, GeoPoint{60169900, 24938400},
                                GeoPoint{-33868800, 151209300}, GeoPoint{64000000, 179990000}}) {
    int outer = 0;
    for (int i = 0; i < 5000; ++i) {
      const GeoPoint p = NearPoint(rng, centre, 10000);
      const double d = DistanceMetres(centre, p);
      ASSERT_LT(d, 10100) << centre.latitude_e6;
      outer += d > 7071;  // half the disc's area lies beyond r / sqrt(2)
      ASSERT_GE(p.longitude_e6, -180000000);
      ASSERT_LT(p.longitude_e6, 180000000);
    }
    EXPECT_NEAR(outer, 2500, 250) << centre.latitude_e6;
  }
}

TEST(NearPointDeathTest, RejectsBadRadius) {
  Rng rng(1);
  EXPECT_DEATH_IF_SUPPORTED(NearPoint(rng, {}, 0), "0 < radius_m");
}

TEST(AddressTest, SinglePartsComeFromTheLocale) {
  const Locale& nl = *Locale::Find("nl_NL");
  Rng rng(32);
  const std::regex postal(std::string(nl.Directive("postal_regex")));
  for (int i = 0; i < 100; ++i) {
    EXPECT_TRUE(std::regex_match(PostalCode(nl, rng), postal));
    EXPECT_FALSE(City(nl, rng).empty());
    EXPECT_FALSE(StreetName(nl, rng).empty());
    EXPECT_FALSE(Region(nl, rng).empty());
  }
}

}  // namespace
}  // namespace fake
}  // namespace gtest_data

namespace gtest_data {
namespace fake {
namespace {

TEST(CountriesTest, HoldsIso3166OneSortedAndDistinct) {
  const std::vector<Country>& countries = Countries();
  ASSERT_EQ(countries.size(), 249u);
  std::set<std::string_view> alpha2, alpha3;
  std::set<int> numeric;
  for (size_t i = 0; i < countries.size(); ++i) {
    const Country& c = countries[i];
    EXPECT_EQ(c.alpha2.size(), 2u) << c.name;
    EXPECT_EQ(c.alpha3.size(), 3u) << c.name;
    for (char ch : std::string(c.alpha2) + std::string(c.alpha3)) {
      EXPECT_TRUE(ch >= 'A' && ch <= 'Z') << c.alpha2;
    }
    EXPECT_TRUE(c.numeric > 0 && c.numeric < 1000) << c.alpha2;
    EXPECT_FALSE(c.name.empty());
    if (i > 0) {
      EXPECT_LT(countries[i - 1].alpha2, c.alpha2);
    }
    alpha2.insert(c.alpha2);
    alpha3.insert(c.alpha3);
    numeric.insert(c.numeric);
  }
  EXPECT_EQ(alpha2.size(), 249u);
  EXPECT_EQ(alpha3.size(), 249u);
  EXPECT_EQ(numeric.size(), 249u);
}

TEST(CountriesTest, FindsByEitherCode) {
  const Country* de = FindCountry("DE");
  ASSERT_NE(de, nullptr);
  EXPECT_EQ(de->alpha3, "DEU");
  EXPECT_EQ(de->numeric, 276);
  EXPECT_EQ(de->name, "Germany");
  EXPECT_EQ(FindCountry("JPN"), FindCountry("JP"));
  EXPECT_EQ(FindCountry("KR")->name, "South Korea");
  EXPECT_EQ(FindCountry("XX"), nullptr);
  EXPECT_EQ(FindCountry("de"), nullptr);  // codes are upper case
  // Every country locale's country is in the table.
  for (std::string_view id : Locale::CountryLocaleIds()) {
    const Locale* locale = Locale::Find(id);
    ASSERT_NE(locale, nullptr);
    const Country* own = FindCountry(locale->country());
    ASSERT_NE(own, nullptr) << id;
    EXPECT_EQ(own->alpha3, locale->country_alpha3()) << id;
  }
}

}  // namespace
}  // namespace fake
}  // namespace gtest_data
