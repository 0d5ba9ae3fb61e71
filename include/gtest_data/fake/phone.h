// Copyright 2026 The gtest_data Authors.
//
// Telephone numbers that follow the country's numbering plan.
//
//   using namespace gtest_data::fake;
//   PhoneNumber n = Phone(*Locale::Find("de_DE"), rng, PhoneKind::kMobile);
//   // n.e164 "+4915123456789", n.national "0151 23456789"
//
// Each locale lists real prefixes (area codes, mobile ranges) with their real
// lengths, checked against libphonenumber's metadata when the data was
// written, so numbers parse and validate as the right kind for the country.
// They are not known to be unassigned: use them in tests, never dial them.
//
// Determinism: a pure function of (locale data, Rng state); seed-stable
// across platforms within a data version. Thread-compatible.

#ifndef GTEST_DATA_FAKE_PHONE_H_
#define GTEST_DATA_FAKE_PHONE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "gtest_data/fake/locale.h"
#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace fake {

enum class PhoneKind { kAny, kMobile, kFixed };

struct PhoneNumber {
  PhoneKind kind = PhoneKind::kAny;  // kMobile or kFixed
  std::string nsn;       // national significant number: digits only
  std::string national;  // as dialled in the country: "(212) 555-0142"
  std::string e164;      // "+" country code, NSN: "+12125550142"
};

// A number of the locale's country. kAny picks a row of the plan by its
// weight, whatever its kind.
PhoneNumber Phone(const Locale& locale, Rng& rng, PhoneKind kind = PhoneKind::kAny);

// The same, into `*number`, reusing its strings' buffers (for bulk
// generation).
void Phone(const Locale& locale, Rng& rng, PhoneKind kind, PhoneNumber* number);

// A number of the city `city` in the region `region_code`: where the
// locale's address.city table lists the city's telephone area codes (its
// `area_codes` column), one of them, chosen by `choice`, leads the number
// in `phone` from `from` on (the E.164 "+..." form or a national one).
// NANP (en_US): the code is written over the first three digits. Elsewhere
// the number is made again from a row of the locale's phone plan of the
// same kind whose pattern starts with the code, in that row's national
// form where the number was national; a number no such row fits (a
// mobile, where mobiles carry no area code) is left alone. Returns whether
// the number was changed. The record routes (fake::AppendFieldValue, and
// through it factories, dataset files, Faker and schema-driven generation)
// give phone.e164, phone.national and phone.mobile_e164 their record's
// city's code this way.
bool UseCityAreaCode(const Locale& locale, std::string_view city, std::string_view region_code,
                     uint64_t choice, std::string* phone, size_t from = 0);

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_PHONE_H_
