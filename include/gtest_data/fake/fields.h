// Copyright 2026 The gtest_data Authors.
//
// The field registry: every generator by a stable dotted name
// ("person.first_name", "internet.email", "finance.iban"), as used by
// `gtest-data generate`, dataset files ({"fake": "internet.email"}) and
// schema-driven generation.
//
//   using namespace gtest_data::fake;
//   const Field* email = FindField("internet.email");
//   FieldContext context{&Locale::Default(), kDefaultReferenceNow};
//   std::string value = GenerateField(*email, context, /*seed=*/42, /*index=*/7);
//
// GenerateField's value depends only on (seed, locale, field name, index):
// it seeds a fresh Rng from DeriveIndexSeed(DeriveSeed(seed, stream), index),
// where the stream is the field's group ("person", "address", ...). Adding,
// removing or reordering other fields changes nothing.
//
// Determinism: seed-stable across platforms within a data version. The
// registry itself is immutable and thread-safe.

#ifndef GTEST_DATA_FAKE_FIELDS_H_
#define GTEST_DATA_FAKE_FIELDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gtest_data/fake/datetime.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace fake {

// What a field generator may depend on besides its stream.
struct FieldContext {
  const Locale* locale = nullptr;        // never null when used
  int64_t now = kDefaultReferenceNow;    // seconds since the epoch
};

// Appends one value to `*out`.
using FieldFunction = void (*)(const FieldContext& context, Rng& rng,
                               std::string* out);

// Whether a field can generate values for a locale (e.g. a national ID
// exists only for some countries); null means every locale.
using FieldSupport = bool (*)(const Locale& locale);

struct Field {
  std::string_view name;         // "internet.email"
  std::string_view description;  // one line, for `gtest-data generate --list`
  FieldFunction generate;
  // The stream the value is drawn from. Fields that describe one thing share
  // a stream, so record i's person.first_name, person.last_name and
  // internet.email belong to one person, and its address.* fields to one
  // address; each still depends only on (seed, locale, stream, index).
  std::string_view stream;
  FieldSupport supports = nullptr;
};

// Every field, sorted by name.
const std::vector<Field>& Fields();

// The field called `name`, or null.
const Field* FindField(std::string_view name);

// The seed of value `index` of `field` under `seed`:
// DeriveIndexSeed(DeriveSeed(seed, field.stream), index).
uint64_t FieldValueSeed(uint64_t seed, const Field& field, uint64_t index);

// Whether `field` can generate values for `locale`.
bool FieldSupports(const Field& field, const Locale& locale);

// Value `index` of `field`, from its own stream (see the file comment).
std::string GenerateField(const Field& field, const FieldContext& context,
                          uint64_t seed, uint64_t index);

// Appends value `index` of `field` to `*out`; GenerateField without the
// string allocation, for bulk generation.
void AppendField(const Field& field, const FieldContext& context, uint64_t seed,
                 uint64_t index, std::string* out);

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_FIELDS_H_
