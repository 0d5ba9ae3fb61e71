// Copyright 2026 The gtest_data Authors.
//
// Faker: the convenient front door to fake data for one seed and locale.
//
//   gtest_data::fake::Faker fake(/*seed=*/42, *Locale::Find("fr_FR"));
//   std::string name = fake.Field("person.full_name");
//   std::string email = fake.Field("internet.email");   // same person as name
//   gtest_data::fake::Address home = fake.NextAddress();
//   gtest_data::Rng& dice = fake.Stream("dice");          // for custom draws
//
// The n-th call of Field(f) returns value n of field f (GenerateField with
// index n), so the n-th first name, last name and email describe the same
// person, and calls of one field never change the values of another.
// NextPerson(), NextAddress(), NextCompany() and NextPhone() likewise return
// the person, address, company and number of the n-th record, the ones the
// person.*, address.*, company.* and phone.* fields of that record describe.
// Value n of a field is AppendFieldValue() in record RecordSeed(seed, n)
// (fields.h), so `gtest-data generate --seed S` prints the same values.
//
// Determinism: every value is a pure function of (seed, locale, now, field,
// call count of that field). Thread-compatible, not thread-safe.

#ifndef GTEST_DATA_FAKE_FAKER_H_
#define GTEST_DATA_FAKE_FAKER_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "gtest_data/fake/address.h"
#include "gtest_data/fake/company.h"
#include "gtest_data/fake/datetime.h"
#include "gtest_data/fake/fields.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/fake/person.h"
#include "gtest_data/fake/phone.h"
#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace fake {

class Faker {
 public:
  // `now` is the reference instant (seconds since the epoch) for relative
  // dates; the GoogleTest integration fixes it per test.
  explicit Faker(uint64_t seed, const Locale& locale = Locale::Default(),
                 int64_t now = kDefaultReferenceNow);

  uint64_t seed() const { return seed_; }
  const Locale& locale() const { return *context_.locale; }
  int64_t now() const { return context_.now; }

  // The next value of the registered field `name` (see fields.h). Requires a
  // registered field that supports the locale; check with FindField() and
  // FieldSupports() when the name comes from input.
  std::string Field(std::string_view name);

  // The next coherent person, address, company and phone number.
  Person NextPerson();
  Address NextAddress();
  Company NextCompany();
  PhoneNumber NextPhone(PhoneKind kind = PhoneKind::kAny);

  // A named stream of this Faker's seed, created on first use: Rng seeded
  // with DeriveSeed(seed, name). The same name returns the same engine,
  // continuing where it left off.
  Rng& Stream(std::string_view name);

  // Starts over: every field and stream returns to its first value.
  void Reset();

 private:
  uint64_t NextIndex(std::string_view key);

  uint64_t seed_;
  FieldContext context_;
  std::map<std::string, uint64_t, std::less<>> counters_;
  std::map<std::string, Rng, std::less<>> streams_;
};

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_FAKER_H_
