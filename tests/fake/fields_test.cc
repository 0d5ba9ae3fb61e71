// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/fields.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "gtest_data/fake/faker.h"
#include "gtest_data/fake/internet.h"
#include "gtest_data/fake/unique.h"

namespace gtest_data {
namespace fake {
namespace {

using ::testing::HasSubstr;

TEST(FieldsTest, TheDocumentedFieldsExist) {
  for (const char* name :
       {"person.first_name", "person.last_name", "person.full_name", "internet.email",
        "internet.username", "internet.url", "internet.ipv4", "internet.ipv6",
        "internet.mac", "phone.e164", "phone.national", "address.street_address",
        "address.city", "address.postal_code", "address.country_code",
        "address.latitude", "address.longitude", "finance.iban", "finance.bic",
        "finance.card_number", "finance.currency_code", "datetime.iso_date",
        "datetime.iso_datetime", "commerce.ean13", "commerce.isbn13",
        "identifiers.uuid4", "identifiers.uuid7", "identifiers.ulid",
        "identifiers.vin", "identifiers.national_id"}) {
    const Field* field = FindField(name);
    ASSERT_NE(field, nullptr) << name;
    EXPECT_EQ(field->name, name);
    EXPECT_FALSE(field->description.empty()) << name;
  }
  EXPECT_EQ(FindField("person.shoe_size"), nullptr);
  const auto& fields = Fields();
  EXPECT_TRUE(std::is_sorted(fields.begin(), fields.end(),
                             [](const Field& a, const Field& b) { return a.name < b.name; }));
}

TEST(FieldsTest, EveryFieldGeneratesInEverySupportedLocale) {
  for (std::string_view id : Locale::CountryLocaleIds()) {
    const FieldContext context{Locale::Find(id), kDefaultReferenceNow};
    for (const Field& field : Fields()) {
      if (!FieldSupports(field, *context.locale)) continue;
      for (uint64_t i = 0; i < 20; ++i) {
        const std::string value = GenerateField(field, context, 42, i);
        const bool may_be_empty = field.name == "person.prefix" ||
                                  field.name == "person.middle_name" ||
                                  field.name == "address.secondary";
        ASSERT_TRUE(may_be_empty || !value.empty()) << id << " " << field.name;
      }
    }
  }
}

TEST(FieldsTest, ValueDependsOnlyOnSeedLocaleFieldAndIndex) {
  const FieldContext context{Locale::Find("de_DE"), kDefaultReferenceNow};
  const Field& iban = *FindField("finance.iban");
  const std::string fifth = GenerateField(iban, context, 7, 5);
  // Other fields and indices in any order change nothing.
  for (const Field& field : Fields()) GenerateField(field, context, 7, 5);
  EXPECT_EQ(GenerateField(iban, context, 7, 5), fifth);
  EXPECT_NE(GenerateField(iban, context, 8, 5), fifth);
  EXPECT_NE(GenerateField(iban, context, 7, 6), fifth);
  EXPECT_EQ(FieldValueSeed(7, iban, 5),
            DeriveIndexSeed(DeriveSeed(7, "finance.iban"), 5));
}

TEST(FieldsTest, FieldsOfOneRecordDescribeOnePerson) {
  const FieldContext context{Locale::Find("en_US"), kDefaultReferenceNow};
  for (uint64_t i = 0; i < 200; ++i) {
    const std::string first = GenerateField(*FindField("person.first_name"), context, 1, i);
    const std::string last = GenerateField(*FindField("person.last_name"), context, 1, i);
    const std::string full = GenerateField(*FindField("person.full_name"), context, 1, i);
    EXPECT_THAT(full, HasSubstr(first));
    EXPECT_THAT(full, HasSubstr(last));
  }
}

TEST(FieldsTest, NationalIdIsOfferedOnlyWhereItExists) {
  const Field& id = *FindField("identifiers.national_id");
  EXPECT_TRUE(FieldSupports(id, *Locale::Find("pl_PL")));
  EXPECT_TRUE(FieldSupports(id, *Locale::Find("en_US")));
  EXPECT_FALSE(FieldSupports(id, *Locale::Find("ja_JP")));
  EXPECT_TRUE(FieldSupports(*FindField("person.first_name"), *Locale::Find("ja_JP")));
}

TEST(FakerTest, NthCallsOfDifferentFieldsShareTheNthPerson) {
  Faker fake(42, *Locale::Find("fr_FR"));
  for (int i = 0; i < 50; ++i) {
    const std::string full = fake.Field("person.full_name");
    const std::string first = fake.Field("person.first_name");
    EXPECT_THAT(full, HasSubstr(first));
    fake.Field("internet.ipv4");  // draws elsewhere change nothing above
  }
  Faker again(42, *Locale::Find("fr_FR"));
  const Person p = again.NextPerson();
  EXPECT_EQ(again.Field("person.full_name"), p.full_name);
}

TEST(FakerTest, StreamsAreNamedAndIndependent) {
  Faker a(5), b(5);
  a.Stream("other").Next();
  EXPECT_EQ(a.Stream("dice").Next(), b.Stream("dice").Next());
  EXPECT_EQ(a.Field("internet.email"), b.Field("internet.email"));
  a.Reset();
  Faker fresh(5);
  EXPECT_EQ(a.Field("internet.email"), fresh.Field("internet.email"));
  EXPECT_EQ(a.NextAddress().full, fresh.NextAddress().full);
}

TEST(FakerDeathTest, UnknownFieldAborts) {
  Faker fake(1);
  EXPECT_DEATH_IF_SUPPORTED(fake.Field("person.shoe_size"),
                            "no field \"person.shoe_size\"");
}

TEST(UniqueTest, NeverRepeatsAndFailsClearlyWhenExhausted) {
  Rng rng(50);
  Unique<int64_t> dice("dice", UniqueOptions{200});
  std::string error;
  std::set<int64_t> seen;
  for (int i = 0; i < 6; ++i) {
    const std::optional<int64_t> v = dice.Next([&] { return UniformInt(rng, 1, 6); }, &error);
    ASSERT_TRUE(v.has_value()) << error;
    EXPECT_TRUE(seen.insert(*v).second);
  }
  EXPECT_EQ(dice.Next([&] { return UniformInt(rng, 1, 6); }, &error), std::nullopt);
  EXPECT_EQ(error,
            "unique dice: no new value after 200 attempts; it had produced 6 distinct "
            "values in this scope; widen the generator, raise max_attempts or Reset() "
            "the scope");
  dice.Reset();
  EXPECT_EQ(dice.size(), 0u);
  EXPECT_TRUE(dice.Next([&] { return UniformInt(rng, 1, 6); }, &error).has_value());
}

TEST(UniqueTest, IsDeterministic) {
  const auto run = [] {
    Rng rng(51);
    Unique<std::string> emails("internet.email");
    std::vector<std::string> out;
    std::string error;
    for (int i = 0; i < 300; ++i) {
      out.push_back(*emails.Next([&] { return Email(Locale::Default(), rng); }, &error));
    }
    return out;
  };
  EXPECT_EQ(run(), run());
}

TEST(UniqueTest, ShardsNeverShareAValue) {
  std::set<int64_t> all;
  size_t total = 0;
  for (uint32_t shard = 0; shard < 3; ++shard) {
    Rng rng(52);  // the same stream in every shard, as in a sharded run
    Unique<int64_t> ids("ids", UniqueOptions{1000, shard, 3});
    std::string error;
    for (int i = 0; i < 100; ++i) {
      const std::optional<int64_t> v =
          ids.Next([&] { return UniformInt(rng, 0, 999); }, &error);
      ASSERT_TRUE(v.has_value()) << error;
      EXPECT_EQ(StableValueHash(*v) % 3, shard);
      all.insert(*v);
      ++total;
    }
  }
  EXPECT_EQ(all.size(), total);
}

TEST(UniqueDeathTest, BadShardOptionsAbort) {
  EXPECT_DEATH_IF_SUPPORTED(Unique<int64_t>("x", UniqueOptions{10, 3, 3}),
                            "shard_index < shard_count");
}

}  // namespace
}  // namespace fake
}  // namespace gtest_data
