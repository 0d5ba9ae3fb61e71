// Copyright 2026 The gtest_data Authors.
//
// The field registry, and the one route from a seed to a fake value.
//
// Every generator has a stable dotted name ("person.first_name",
// "internet.email", "finance.iban"). Factories (Gen<T>::Fake and
// DefinitionMethods::Fake), dataset files ({"fake": "internet.email"}),
// schema-driven generation (db/generate.h), Faker and `gtest-data generate`
// all reach a value through AppendFieldValue():
//
//   using namespace gtest_data::fake;
//   const FieldContext context{&Locale::Default(), kDefaultReferenceNow};
//   const uint64_t record = RecordSeed(/*seed=*/42, /*index=*/7);
//   RecordField name(*FindField("person.full_name"), "name");
//   RecordField email(*FindField("internet.email"), "email");
//   std::string a = FieldValue(name, context, record);    // "Maria Mary Garcia"
//   std::string b = FieldValue(email, context, record);   // "mgarcia2001@example.org"
//
// A *record* is one object, one dataset row, one generated table row or one
// line of `gtest-data generate`; its seed comes from its path (test,
// factory or table, index), never from a counter shared with other records.
// Within a record:
//
// - Fields of one group describe one entity. person.* with internet.email,
//   internet.free_email and internet.username are one person (the e-mail and
//   user name are made from that person's romanized name); address.* one
//   address (city, region, postal code and coordinates agree); company.* one
//   company; phone.e164 and phone.national one number. A second entity of
//   the same group in one record is named: RecordField(field, slot,
//   "billing") is the billing address, apart from the default one.
// - A field that stands alone (lorem.word, finance.iban, ...) draws from the
//   stream of its slot (the member or column it fills), so two columns with
//   the same field get two values.
//
// Either way a value depends only on (record seed, locale, now, field, slot
// or entity): adding, removing or reordering other fields, members, columns
// or records changes nothing.
//
// Determinism: seed-stable across platforms within a data version
// (kDataVersion in gtest_data/version.h). The registry is immutable and
// thread-safe; RecordField is a value type.

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
  // The entity the field describes: "person", "address", "company",
  // "phone", or empty for a field that stands alone. Fields of one group in
  // one record describe one entity (see the file comment).
  std::string_view group;
  FieldSupport supports = nullptr;
};

// Every field, sorted by name.
const std::vector<Field>& Fields();

// The field called `name`, or null.
const Field* FindField(std::string_view name);

// Whether `field` can generate values for `locale`.
bool FieldSupports(const Field& field, const Locale& locale);

// The seed of record `index` of the family `seed` (the i-th object of a
// factory, row of a table, line of `gtest-data generate`):
// DeriveIndexSeed(seed, index).
uint64_t RecordSeed(uint64_t seed, uint64_t index);

// A field resolved for one place in a record: the registry entry and the
// name of the stream its value draws from, hashed once. Make one when a
// factory, plan or command is defined, not per value.
//
// The stream is "@GROUP" for a grouped field ("@person"), "@GROUP:ENTITY"
// when an entity is named ("@address:billing"), and `slot` for a field that
// stands alone (`slot` defaults to the field's name). Stream names starting
// with "@" cannot collide with a member or column name.
class RecordField {
 public:
  RecordField() = default;
  explicit RecordField(const Field& field, std::string_view slot = {},
                       std::string_view entity = {});

  const Field& field() const { return *field_; }
  bool valid() const { return field_ != nullptr; }
  // HashName() of the stream name.
  uint64_t stream_hash() const { return stream_hash_; }

 private:
  const Field* field_ = nullptr;
  uint64_t stream_hash_ = 0;
};

// The stream name RecordField(field, slot, entity) draws from (for messages
// and documentation; values use its hash).
std::string FieldStreamName(const Field& field, std::string_view slot,
                            std::string_view entity = {});

// The seed of `field`'s engine in the record `record_seed`:
// DeriveSeed(record_seed, stream name) = Mix64(record_seed ^ stream_hash).
uint64_t FieldValueSeed(uint64_t record_seed, const RecordField& field);

// THE route from a seed to a fake value: appends the value of `field` in
// the record `record_seed` to `*out`. Every caller of the registry makes
// this value: dataset files, schema generation, Faker and the program call
// it; a factory's grouped fields call it too, and its stand-alone fields
// call the generator with the engine of FieldValueSeed(), which is the
// same draw (the factory keeps the engine for the member's other draws).
// Requires field.valid() and FieldSupports(field, locale).
void AppendFieldValue(const RecordField& field, const FieldContext& context,
                      uint64_t record_seed, std::string* out);

// The same, returned.
std::string FieldValue(const RecordField& field, const FieldContext& context,
                       uint64_t record_seed);

// Value `index` of `field` as `gtest-data generate` and Faker give it: the
// field in record RecordSeed(seed, index), slot = its own name. So value i
// of person.first_name and value i of internet.email describe one person.
std::string GenerateField(const Field& field, const FieldContext& context,
                          uint64_t seed, uint64_t index);

// Appends the same to `*out`, without allocating a string.
void AppendField(const Field& field, const FieldContext& context, uint64_t seed,
                 uint64_t index, std::string* out);

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_FIELDS_H_
