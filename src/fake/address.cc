// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/address.h"

#include "expand.h"
#include "gtest_data/internal/check.h"
#include "gtest_data/random/distributions.h"
#include "sections.h"
#include "text.h"

namespace gtest_data {
namespace fake {
namespace {

using internal::Expander;

// cos(d degrees) * 2^16, d = 0..90, rounded to the nearest integer: a
// committed table, so that no libm function shapes seeded output.
constexpr int64_t kCosine16[91] = {
    65536, 65526, 65496, 65446, 65376, 65287, 65177, 65048, 64898, 64729,
    64540, 64332, 64104, 63856, 63589, 63303, 62997, 62672, 62328, 61966,
    61584, 61183, 60764, 60326, 59870, 59396, 58903, 58393, 57865, 57319,
    56756, 56175, 55578, 54963, 54332, 53684, 53020, 52339, 51643, 50931,
    50203, 49461, 48703, 47930, 47143, 46341, 45525, 44695, 43852, 42995,
    42126, 41243, 40348, 39441, 38521, 37590, 36647, 35693, 34729, 33754,
    32768, 31772, 30767, 29753, 28729, 27697, 26656, 25607, 24550, 23486,
    22415, 21336, 20252, 19161, 18064, 16962, 15855, 14742, 13626, 12505,
    11380, 10252, 9121, 7987, 6850, 5712, 4572, 3430, 2287, 1144,
    0,};

// Metres per degree of latitude on a sphere of the mean Earth radius
// (6,371,008.8 m * pi / 180).
constexpr int64_t kMetresPerDegree = 111195;

// How far from the city centre a generated location may lie.
constexpr int64_t kCityRadiusMetres = 3000;

GeoPoint CityCentre(const Locale& locale, size_t row) {
  return GeoPoint{locale.CityLatitudeE6(row), locale.CityLongitudeE6(row)};
}

void AppendFullText(const Locale& locale, Rng& rng, internal::Expander& expander,
                    Address* address);

void AssignIfChanged(std::string_view value, std::string* out) {
  if (*out != value) out->assign(value);
}

std::string ExpandOne(const Locale& locale, Rng& rng, std::string_view field) {
  Expander expander(locale, rng);
  std::string out;
  expander.AppendField(field, &out);
  return out;
}

}  // namespace

std::string FormatCoordinate(int64_t micro_degrees) {
  std::string out;
  internal::AppendFixedPoint(micro_degrees, 6, &out);
  return out;
}

GeoPoint NearPoint(Rng& rng, const GeoPoint& center, int64_t radius_m) {
  GTEST_DATA_INTERNAL_CHECK_(radius_m > 0 && radius_m <= 1000000,
                             "NearPoint needs 0 < radius_m <= 1,000,000");
  int64_t dx, dy;
  do {
    dx = UniformInt(rng, -radius_m, radius_m);
    dy = UniformInt(rng, -radius_m, radius_m);
  } while (dx * dx + dy * dy > radius_m * radius_m);
  GeoPoint p;
  p.latitude_e6 = center.latitude_e6 + dy * 1000000 / kMetresPerDegree;
  if (p.latitude_e6 > 90000000) p.latitude_e6 = 90000000;
  if (p.latitude_e6 < -90000000) p.latitude_e6 = -90000000;
  int64_t degree = center.latitude_e6 / 1000000;
  if (degree < 0) degree = -degree;
  if (degree > 89) degree = 89;  // keep the divisor away from zero
  p.longitude_e6 = center.longitude_e6 +
                   dx * 1000000 * 65536 / (kMetresPerDegree * kCosine16[degree]);
  // Wrap into [-180, 180).
  while (p.longitude_e6 >= 180000000) p.longitude_e6 -= 360000000;
  while (p.longitude_e6 < -180000000) p.longitude_e6 += 360000000;
  return p;
}

Address MakeAddress(const Locale& locale, Rng& rng) {
  return MakeAddress(locale, rng, AddressOptions());
}

Address MakeAddress(const Locale& locale, Rng& rng, const AddressOptions& options) {
  Address a;
  MakeAddress(locale, rng, options, &a);
  return a;
}

void MakeAddress(const Locale& locale, Rng& rng, const AddressOptions& options,
                 Address* address) {
  Expander expander(locale, rng);
  Address& a = *address;
  for (std::string* part :
       {&a.street_name, &a.building_number, &a.secondary, &a.street_address, &a.city,
        &a.region, &a.region_code, &a.postal_code, &a.full}) {
    part->clear();  // keeps the buffer for the next record
  }
  a.location = GeoPoint();
  const size_t city_row = expander.CityRow();
  expander.AppendField(internal::Placeholder::kStreetName, &a.street_name);
  expander.AppendField(internal::Placeholder::kBuildingNumber, &a.building_number);
  // The street-address format decides where the number and any secondary
  // unit go; expand it with the parts already drawn.
  internal::ExpandPieces(
      internal::DrawFormat(locale, internal::kStreetAddressFormat, rng),
      [&](const FormatPiece& placeholder, std::string* out) {
        switch (internal::PlaceholderOf(placeholder)) {
          case internal::Placeholder::kStreetName:
            out->append(a.street_name);
            break;
          case internal::Placeholder::kBuildingNumber:
            out->append(a.building_number);
            break;
          case internal::Placeholder::kSecondary:
            expander.AppendField(placeholder, &a.secondary);
            out->append(a.secondary);
            break;
          default:
            expander.AppendField(placeholder, out);
        }
      },
      &a.street_address);
  expander.AppendField(internal::Placeholder::kCity, &a.city);
  expander.AppendField(internal::Placeholder::kRegion, &a.region);
  expander.AppendField(internal::Placeholder::kRegionCode, &a.region_code);
  expander.AppendField(internal::Placeholder::kPostalCode, &a.postal_code);
  // The same three for every record of a locale: a reused Address keeps them.
  AssignIfChanged(locale.country_name(), &a.country);
  AssignIfChanged(locale.country(), &a.country_code);
  AssignIfChanged(locale.country_alpha3(), &a.country_code3);
  if (options.full_text) AppendFullText(locale, rng, expander, &a);
  if (options.location) {
    a.location = NearPoint(rng, CityCentre(locale, city_row), kCityRadiusMetres);
  }
}

namespace {

void AppendFullText(const Locale& locale, Rng& rng, internal::Expander& expander,
                    Address* address) {
  Address& a = *address;
  internal::ExpandPieces(
      internal::DrawFormat(locale, internal::kAddressFormat, rng),
      [&](const FormatPiece& placeholder, std::string* out) {
        switch (internal::PlaceholderOf(placeholder)) {
          case internal::Placeholder::kStreetAddress:
            out->append(a.street_address);
            break;
          case internal::Placeholder::kCity:
            out->append(a.city);
            break;
          case internal::Placeholder::kPostalCode:
            out->append(a.postal_code);
            break;
          case internal::Placeholder::kRegion:
            out->append(a.region);
            break;
          case internal::Placeholder::kRegionCode:
            out->append(a.region_code);
            break;
          case internal::Placeholder::kCountry:
            out->append(a.country);
            break;
          default:
            expander.AppendField(placeholder, out);
        }
      },
      &a.full);
}

}  // namespace

std::string StreetName(const Locale& locale, Rng& rng) {
  return ExpandOne(locale, rng, "street_name");
}
std::string BuildingNumber(const Locale& locale, Rng& rng) {
  return ExpandOne(locale, rng, "building_number");
}
std::string SecondaryAddress(const Locale& locale, Rng& rng) {
  return ExpandOne(locale, rng, "secondary");
}
std::string StreetAddress(const Locale& locale, Rng& rng) {
  return ExpandOne(locale, rng, "street_address");
}
std::string City(const Locale& locale, Rng& rng) {
  return ExpandOne(locale, rng, "city");
}
std::string PostalCode(const Locale& locale, Rng& rng) {
  return ExpandOne(locale, rng, "postal_code");
}
std::string Region(const Locale& locale, Rng& rng) {
  return ExpandOne(locale, rng, "region");
}
std::string RegionCode(const Locale& locale, Rng& rng) {
  return ExpandOne(locale, rng, "region_code");
}

GeoPoint Location(const Locale& locale, Rng& rng) {
  const size_t row =
      internal::RequireSection(locale, internal::kCity).DrawRow(rng);
  return NearPoint(rng, CityCentre(locale, row), kCityRadiusMetres);
}

}  // namespace fake
}  // namespace gtest_data
