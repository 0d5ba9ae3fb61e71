// Copyright 2026 The gtest_data Authors.
//
// ISO 3166-1 countries: alpha-2, alpha-3 and numeric codes and English short
// names, for columns that hold any country (a countries lookup table), as
// opposed to the locale's own (address.country_code).
//
//   const gtest_data::fake::Country* de = gtest_data::fake::FindCountry("DE");
//   // de->alpha3 == "DEU", de->numeric == 276, de->name == "Germany"
//
// Standard library only. The table belongs to the data version: entries
// change only with it.

#ifndef GTEST_DATA_FAKE_COUNTRIES_H_
#define GTEST_DATA_FAKE_COUNTRIES_H_

#include <string_view>
#include <vector>

namespace gtest_data {
namespace fake {

struct Country {
  std::string_view alpha2;  // "DE"
  std::string_view alpha3;  // "DEU"
  int numeric;              // 276; print with three digits ("004")
  std::string_view name;    // English short name, "Germany", "South Korea"
};

// The 249 countries and territories of ISO 3166-1, sorted by alpha-2 code.
const std::vector<Country>& Countries();

// The country with this alpha-2 or alpha-3 code (upper case), or null.
const Country* FindCountry(std::string_view code);

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_COUNTRIES_H_
