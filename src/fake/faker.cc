// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/faker.h"

#include "gtest_data/internal/check.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace fake {

Faker::Faker(uint64_t seed, const Locale& locale, int64_t now) : seed_(seed) {
  context_.locale = &locale;
  context_.now = now;
}

uint64_t Faker::NextIndex(std::string_view key) {
  auto it = counters_.find(key);
  if (it == counters_.end()) it = counters_.emplace(std::string(key), 0).first;
  return it->second++;
}

std::string Faker::Field(std::string_view name) {
  const fake::Field* field = FindField(name);
  if (field == nullptr) {
    const std::string message = "Faker::Field: no field \"" + std::string(name) +
                                "\"; `gtest-data generate --list` lists them";
    ::gtest_data::internal::CheckFailed(__FILE__, __LINE__, "FindField(name) != nullptr",
                          message.c_str());
  }
  GTEST_DATA_INTERNAL_CHECK_(FieldSupports(*field, locale()),
                             "Faker::Field: the field does not support this locale");
  return GenerateField(*field, context_, seed_, NextIndex(name));
}

namespace {

// The engine of `stream` in record `index`, as AppendFieldValue seeds it.
Rng RecordStream(uint64_t seed, std::string_view stream, uint64_t index) {
  return Rng(DeriveSeed(RecordSeed(seed, index), stream));
}

}  // namespace

Person Faker::NextPerson() {
  Rng rng = RecordStream(seed_, "@person", NextIndex("@person"));
  return MakePerson(locale(), rng);
}

Address Faker::NextAddress() {
  Rng rng = RecordStream(seed_, "@address", NextIndex("@address"));
  return MakeAddress(locale(), rng);
}

Company Faker::NextCompany() {
  Rng rng = RecordStream(seed_, "@company", NextIndex("@company"));
  return MakeCompany(locale(), rng);
}

PhoneNumber Faker::NextPhone(PhoneKind kind) {
  // Any kind is the phone.* fields' number; a chosen kind has a stream of
  // its own, as phone.mobile_e164 has.
  const char* stream = kind == PhoneKind::kAny      ? "@phone"
                       : kind == PhoneKind::kMobile ? "phone.mobile_e164"
                                                    : "phone.fixed";
  // Counted apart from Field("phone.mobile_e164"), which has its own count.
  Rng rng = RecordStream(seed_, stream, NextIndex(std::string("#") + stream));
  return Phone(locale(), rng, kind);
}

Rng& Faker::Stream(std::string_view name) {
  auto it = streams_.find(name);
  if (it == streams_.end()) {
    it = streams_.emplace(std::string(name), Rng(DeriveSeed(seed_, name))).first;
  }
  return it->second;
}

void Faker::Reset() {
  counters_.clear();
  streams_.clear();
}

}  // namespace fake
}  // namespace gtest_data
