// Copyright 2026 The gtest_data Authors.
//
// Checks generated phone numbers with Google's libphonenumber (Debian's
// libphonenumber-dev), a validator written independently of our data: every
// number must be valid for the locale's country and of the kind asked for.

#include <phonenumbers/phonenumberutil.h>

#include <optional>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/fake/phone.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace fake {
namespace {

using ::i18n::phonenumbers::PhoneNumberUtil;

class PhoneValidityTest : public ::testing::TestWithParam<std::string> {};

std::vector<std::string> CountryLocales() {
  std::vector<std::string> ids;
  for (std::string_view id : Locale::CountryLocaleIds()) ids.emplace_back(id);
  return ids;
}

INSTANTIATE_TEST_SUITE_P(AllLocales, PhoneValidityTest,
                         ::testing::ValuesIn(CountryLocales()),
                         [](const auto& test_info) { return test_info.param; });

TEST_P(PhoneValidityTest, LibphonenumberAcceptsKindAndRegion) {
  const Locale& locale = *Locale::Find(GetParam());
  const std::string region(locale.country());
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  for (PhoneKind kind : {PhoneKind::kMobile, PhoneKind::kFixed}) {
    Rng rng(DeriveSeed(42, "libphonenumber", GetParam(),
                       kind == PhoneKind::kMobile ? "mobile" : "fixed"));
    int failures = 0;
    for (int i = 0; i < 10000 && failures < 5; ++i) {
      const PhoneNumber number = Phone(locale, rng, kind);
      ::i18n::phonenumbers::PhoneNumber parsed;
      ASSERT_EQ(util.Parse(number.e164, "ZZ", &parsed), PhoneNumberUtil::NO_PARSING_ERROR)
          << number.e164;
      const PhoneNumberUtil::PhoneNumberType type = util.GetNumberType(parsed);
      const bool kind_ok =
          kind == PhoneKind::kMobile
              ? type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE
              : type == PhoneNumberUtil::FIXED_LINE ||
                    type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
      if (!util.IsValidNumberForRegion(parsed, region) || !kind_ok) {
        ++failures;
        ADD_FAILURE() << GetParam() << ": " << number.e164 << " (" << number.national
                      << ") valid=" << util.IsValidNumberForRegion(parsed, region)
                      << " type=" << type;
      }
    }
  }
}

// A number given its city's area code (UseCityAreaCode, every record
// route) is still valid, of its kind, and starts with the code: for every
// city and each of its codes, in both forms.
TEST_P(PhoneValidityTest, CityAreaCodesKeepNumbersValid) {
  const Locale& locale = *Locale::Find(GetParam());
  const Table* cities = locale.Lookup("address.city");
  const std::optional<size_t> codes = cities->ColumnIndex("area_codes");
  if (!codes) return;  // the locale lists none: nothing to check
  const std::string region(locale.country());
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  Rng rng(DeriveSeed(42, "area codes", GetParam()));
  int changed = 0, listed_codes = 0;
  for (size_t row = 0; row < cities->size(); ++row) {
    std::vector<std::string> listed;
    const std::string cell(cities->Cell(row, *codes));
    for (size_t at = 0; at < cell.size();) {
      size_t end = cell.find(' ', at);
      if (end == std::string::npos) end = cell.size();
      listed.push_back(cell.substr(at, end - at));
      at = end + 1;
    }
    listed_codes += static_cast<int>(listed.size());
    for (uint64_t choice = 0; choice < listed.size(); ++choice) {
      for (PhoneKind kind : {PhoneKind::kFixed, PhoneKind::kMobile}) {
        const PhoneNumber number = Phone(locale, rng, kind);
        std::string e164 = number.e164, national = number.national;
        const bool e164_changed = UseCityAreaCode(locale, cities->Cell(row, 0),
                                                  cities->Cell(row, 1), choice, &e164);
        const bool national_changed = UseCityAreaCode(locale, cities->Cell(row, 0),
                                                      cities->Cell(row, 1), choice, &national);
        EXPECT_EQ(e164_changed, national_changed) << cities->Cell(row, 0) << " " << number.e164;
        if (kind == PhoneKind::kFixed) {
          EXPECT_TRUE(e164_changed) << cities->Cell(row, 0) << ": no fixed plan row starts with "
                                    << listed[choice];
        }
        if (!e164_changed) continue;
        ++changed;
        const std::string nsn = e164.substr(1 + locale.calling_code().size());
        EXPECT_EQ(nsn.substr(0, listed[choice].size()), listed[choice])
            << cities->Cell(row, 0) << ": " << e164;
        ::i18n::phonenumbers::PhoneNumber parsed;
        ASSERT_EQ(util.Parse(e164, "ZZ", &parsed), PhoneNumberUtil::NO_PARSING_ERROR) << e164;
        EXPECT_TRUE(util.IsValidNumberForRegion(parsed, region))
            << cities->Cell(row, 0) << ": " << e164 << " (from " << number.e164 << ")";
        const PhoneNumberUtil::PhoneNumberType type = util.GetNumberType(parsed);
        EXPECT_TRUE(kind == PhoneKind::kMobile ? type != PhoneNumberUtil::FIXED_LINE
                                               : type != PhoneNumberUtil::MOBILE)
            << e164 << " type " << type;
        // The national form: the national format of the number's plan row.
        std::string national_digits;
        for (char c : national) {
          if (c >= '0' && c <= '9') national_digits.push_back(c);
        }
        EXPECT_NE(national_digits.find(listed[choice]), std::string::npos) << national;
      }
    }
  }
  EXPECT_GE(changed, listed_codes);  // every fixed number, and mobiles where coded
}

}  // namespace
}  // namespace fake
}  // namespace gtest_data
