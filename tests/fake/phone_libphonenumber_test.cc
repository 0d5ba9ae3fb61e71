// Copyright 2026 The gtest_data Authors.
//
// Checks generated phone numbers with Google's libphonenumber (Debian's
// libphonenumber-dev), a validator written independently of our data: every
// number must be valid for the locale's country and of the kind asked for.

#include <phonenumbers/phonenumberutil.h>

#include <string>

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

}  // namespace
}  // namespace fake
}  // namespace gtest_data
