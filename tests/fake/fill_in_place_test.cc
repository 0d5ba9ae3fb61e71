// Copyright 2026 The gtest_data Authors.
//
// The fill-in-place overloads (MakePerson(..., Person*), MakeAddress(...,
// Address*), Phone(..., PhoneNumber*), AppendEmailFor, AppendIsoDate,
// AppendUuidV4) exist for bulk generation. Reusing one object across records
// must give, record by record, what the value-returning forms give: nothing
// left over from the previous record, and the same draws.

#include <cstdio>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "gtest_data/fake/address.h"
#include "gtest_data/fake/datetime.h"
#include "gtest_data/fake/identifiers.h"
#include "gtest_data/fake/internet.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/fake/person.h"
#include "gtest_data/fake/phone.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace fake {
namespace {

std::vector<std::string> CountryLocales() {
  std::vector<std::string> ids;
  for (std::string_view id : Locale::CountryLocaleIds()) ids.emplace_back(id);
  return ids;
}

class FillInPlaceTest : public ::testing::TestWithParam<std::string> {
 protected:
  const Locale& locale() const { return *Locale::Find(GetParam()); }
};

INSTANTIATE_TEST_SUITE_P(AllLocales, FillInPlaceTest, ::testing::ValuesIn(CountryLocales()),
                         [](const auto& test_info) { return test_info.param; });

void ExpectSamePerson(const Person& a, const Person& b, int record) {
  EXPECT_EQ(a.sex, b.sex) << "record " << record;
  EXPECT_EQ(a.first_name, b.first_name) << "record " << record;
  EXPECT_EQ(a.middle_name, b.middle_name) << "record " << record;
  EXPECT_EQ(a.last_name, b.last_name) << "record " << record;
  EXPECT_EQ(a.prefix, b.prefix) << "record " << record;
  EXPECT_EQ(a.suffix, b.suffix) << "record " << record;
  EXPECT_EQ(a.full_name, b.full_name) << "record " << record;
  EXPECT_EQ(a.first_name_latin, b.first_name_latin) << "record " << record;
  EXPECT_EQ(a.last_name_latin, b.last_name_latin) << "record " << record;
}

void ExpectSameAddress(const Address& a, const Address& b, int record) {
  EXPECT_EQ(a.street_name, b.street_name) << "record " << record;
  EXPECT_EQ(a.building_number, b.building_number) << "record " << record;
  EXPECT_EQ(a.secondary, b.secondary) << "record " << record;
  EXPECT_EQ(a.street_address, b.street_address) << "record " << record;
  EXPECT_EQ(a.city, b.city) << "record " << record;
  EXPECT_EQ(a.region, b.region) << "record " << record;
  EXPECT_EQ(a.region_code, b.region_code) << "record " << record;
  EXPECT_EQ(a.postal_code, b.postal_code) << "record " << record;
  EXPECT_EQ(a.country, b.country) << "record " << record;
  EXPECT_EQ(a.country_code, b.country_code) << "record " << record;
  EXPECT_EQ(a.country_code3, b.country_code3) << "record " << record;
  EXPECT_EQ(a.full, b.full) << "record " << record;
  EXPECT_EQ(a.location.latitude_e6, b.location.latitude_e6) << "record " << record;
  EXPECT_EQ(a.location.longitude_e6, b.location.longitude_e6) << "record " << record;
}

TEST_P(FillInPlaceTest, ReusedObjectsMatchFreshValuesRecordByRecord) {
  // Start from objects full of text no record could produce, so a part the
  // overloads forgot to clear shows up.
  Person person;
  for (std::string* part :
       {&person.first_name, &person.middle_name, &person.last_name, &person.prefix,
        &person.suffix, &person.full_name, &person.first_name_latin,
        &person.last_name_latin}) {
    *part = "LEFTOVER-LEFTOVER-LEFTOVER";
  }
  Address address;
  address.secondary = address.full = address.region = "LEFTOVER";
  address.location = {12500000, 34500000};
  PhoneNumber phone;
  phone.nsn = phone.national = phone.e164 = "999999999999999999999";
  std::string text = "prefix:";

  AddressOptions all;
  AddressOptions parts_only;
  parts_only.full_text = false;
  parts_only.location = false;
  for (int record = 0; record < 400; ++record) {
    const uint64_t seed = DeriveIndexSeed(DeriveSeed(5, "fill", GetParam()), record);
    Rng fresh(seed);
    Rng reused(seed);

    const Person expected_person = MakePerson(locale(), fresh);
    MakePerson(locale(), reused, &person);
    ExpectSamePerson(person, expected_person, record);

    const std::string expected_email = EmailFor(expected_person, locale(), fresh);
    text.resize(7);
    AppendEmailFor(person, locale(), reused, EmailDomain::kSafe, &text);
    EXPECT_EQ(text, "prefix:" + expected_email) << "record " << record;

    const PhoneKind kind = record % 3 == 0   ? PhoneKind::kAny
                           : record % 3 == 1 ? PhoneKind::kMobile
                                             : PhoneKind::kFixed;
    const PhoneNumber expected_phone = Phone(locale(), fresh, kind);
    Phone(locale(), reused, kind, &phone);
    EXPECT_EQ(phone.kind, expected_phone.kind) << "record " << record;
    EXPECT_EQ(phone.nsn, expected_phone.nsn) << "record " << record;
    EXPECT_EQ(phone.national, expected_phone.national) << "record " << record;
    EXPECT_EQ(phone.e164, expected_phone.e164) << "record " << record;

    const AddressOptions& options = record % 2 == 0 ? all : parts_only;
    const Address expected_address = MakeAddress(locale(), fresh, options);
    MakeAddress(locale(), reused, options, &address);
    ExpectSameAddress(address, expected_address, record);

    const std::string expected_uuid = UuidV4(fresh);
    text.resize(7);
    AppendUuidV4(reused, &text);
    EXPECT_EQ(text, "prefix:" + expected_uuid) << "record " << record;

    // Both generators end on the same stream position.
    EXPECT_EQ(fresh.Next(), reused.Next()) << "record " << record;
    if (HasFailure()) break;  // one record's diff is enough to read
  }
}

TEST(AppendIsoDateTest, WritesYearMonthDayForEveryDayOfYearsZeroTo9999) {
  // The ten-character fast path, against printf's formatting of the civil
  // date, for every day it covers.
  std::string out = "x";
  char expected[32];
  for (int64_t day = DaysFromCivil({0, 1, 1}); day <= DaysFromCivil({9999, 12, 31}); ++day) {
    const CivilDate date = CivilFromDays(day);
    std::snprintf(expected, sizeof(expected), "x%04d-%02d-%02d",
                  static_cast<int>(date.year), date.month, date.day);
    out.resize(1);
    AppendIsoDate(day, &out);
    ASSERT_EQ(out, expected) << "day " << day;
  }
}

TEST(AppendIsoDateTest, ExpandsYearsOutsideZeroTo9999WithASign) {
  std::string out;
  AppendIsoDate(DaysFromCivil({10000, 1, 1}), &out);
  EXPECT_EQ(out, "+10000-01-01");
  out.clear();
  AppendIsoDate(DaysFromCivil({-1, 12, 31}), &out);
  EXPECT_EQ(out, "-0001-12-31");
  EXPECT_EQ(FormatIsoDate(DaysFromCivil({-12345, 2, 3})), "-12345-02-03");
}

}  // namespace
}  // namespace fake
}  // namespace gtest_data
