// Copyright 2026 The gtest_data Authors.
//
// Addresses: streets, cities, regions, postal codes and coordinates, in the
// locale's formats.
//
//   using namespace gtest_data::fake;
//   const Locale& gb = *Locale::Find("en_GB");
//   Address a = MakeAddress(gb, rng);
//   // a.postal_code "M4 6PL" fits a.city "Manchester"; a.full is the
//   // whole address in British order, lines separated by '\n'.
//   GeoPoint p = NearPoint(rng, {51507400, -127800}, 2000);  // within 2 km
//
// Every part of one Address comes from one city row of the locale: the
// postal code follows the city's own pattern, the region is the city's, the
// coordinates lie near the city centre. Postal codes follow the country's
// real format (each locale declares it as @postal_regex, which the tests
// check).
//
// Determinism: integer arithmetic only (coordinates are micro-degrees; the
// cosine for east-west distances is a committed table); seed-stable across
// platforms within a data version. Thread-compatible.

#ifndef GTEST_DATA_FAKE_ADDRESS_H_
#define GTEST_DATA_FAKE_ADDRESS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "gtest_data/fake/locale.h"
#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace fake {

// A point on Earth in micro-degrees (WGS 84): latitude in
// [-90e6, 90e6], longitude in [-180e6, 180e6).
struct GeoPoint {
  int64_t latitude_e6 = 0;
  int64_t longitude_e6 = 0;
};

// "48.137154" style text of a coordinate in micro-degrees.
std::string FormatCoordinate(int64_t micro_degrees);

struct Address {
  std::string street_name;      // "Lindenstraße"
  std::string building_number;  // "12a"
  std::string secondary;        // "Apt. 4" (empty where the format has none)
  std::string street_address;   // "Lindenstraße 12a"
  std::string city;             // "München"
  std::string region;           // "Bayern"
  std::string region_code;      // "BY" (ISO 3166-2 subdivision, after the hyphen)
  std::string postal_code;      // "80331"
  std::string country;          // the country's name in its language
  std::string country_code;     // ISO 3166-1 alpha-2, "DE"
  std::string country_code3;    // ISO 3166-1 alpha-3, "DEU"
  std::string full;             // the postal address, lines joined by '\n'
  GeoPoint location;            // within about 3 km of the city centre
};

// What MakeAddress fills besides the street, city, region and postal code,
// which it always fills.
struct AddressOptions {
  bool full_text = true;  // Address::full
  bool location = true;   // Address::location
};

// A coherent address in the locale's country. The full text and then the
// location are drawn last, so leaving them out (for speed, when generating
// millions of rows) does not change the other parts; leaving out the full
// text does change the location.
Address MakeAddress(const Locale& locale, Rng& rng);
Address MakeAddress(const Locale& locale, Rng& rng, const AddressOptions& options);

// The same, into `*address`, reusing its strings' buffers (for bulk
// generation). Draws exactly as MakeAddress(locale, rng, options).
void MakeAddress(const Locale& locale, Rng& rng, const AddressOptions& options,
                 Address* address);

// Single parts; each call draws independently (a PostalCode() need not match
// a City() drawn before it; use MakeAddress for coherent parts).
std::string StreetName(const Locale& locale, Rng& rng);
std::string BuildingNumber(const Locale& locale, Rng& rng);
std::string SecondaryAddress(const Locale& locale, Rng& rng);
std::string StreetAddress(const Locale& locale, Rng& rng);
std::string City(const Locale& locale, Rng& rng);
std::string PostalCode(const Locale& locale, Rng& rng);
std::string Region(const Locale& locale, Rng& rng);
std::string RegionCode(const Locale& locale, Rng& rng);

// A point within `radius_m` metres of `center` (uniform over the disc, by
// rejection from the enclosing square). Requires 0 < radius_m <= 1,000,000.
GeoPoint NearPoint(Rng& rng, const GeoPoint& center, int64_t radius_m);

// A point near the centre of one of the locale's cities.
GeoPoint Location(const Locale& locale, Rng& rng);

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_ADDRESS_H_
