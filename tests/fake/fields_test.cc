// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/fields.h"

#include <map>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "gtest_data/fake/faker.h"
#include "gtest_data/fake/identifiers.h"
#include "gtest_data/random/seed.h"
#include "text.h"
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
  // Value i is the field in record RecordSeed(seed, i), on the stream named
  // after the field (it stands alone).
  EXPECT_EQ(RecordSeed(7, 5), DeriveIndexSeed(7, 5));
  EXPECT_EQ(FieldValueSeed(RecordSeed(7, 5), RecordField(iban)),
            DeriveSeed(DeriveIndexSeed(7, 5), "finance.iban"));
}

TEST(FieldsTest, ApiExamples) {
  // fields.h's file comment, compiled.
  const FieldContext context{&Locale::Default(), kDefaultReferenceNow};
  const uint64_t record = RecordSeed(/*seed=*/42, /*index=*/7);
  RecordField name(*FindField("person.full_name"), "name");
  RecordField email(*FindField("internet.email"), "email");
  EXPECT_EQ(FieldValue(name, context, record), "Maria Mary Garcia");
  EXPECT_EQ(FieldValue(email, context, record), "mgarcia2001@example.org");
}

TEST(FieldsTest, AppendFieldValueIsTheFieldOnItsStreamOfTheRecord) {
  // ru_RU: its cities list no area codes, so every field, phones too, is
  // the field's own value (elsewhere a phone takes its city's code: below).
  const FieldContext context{Locale::Find("ru_RU"), kDefaultReferenceNow};
  ASSERT_FALSE(context.locale->has_area_codes());
  for (const Field& field : Fields()) {
    if (!FieldSupports(field, *context.locale)) continue;
    for (const char* entity : {"", "second"}) {
      const RecordField ref(field, "column", entity);
      const uint64_t record = RecordSeed(99, 3);
      Rng rng(DeriveSeed(record, FieldStreamName(field, "column", entity)));
      std::string expected;
      field.generate(context, rng, &expected);
      EXPECT_EQ(FieldValue(ref, context, record), expected) << field.name << " " << entity;
      EXPECT_EQ(ref.stream_hash(), HashName(FieldStreamName(field, "column", entity)));
    }
  }
  EXPECT_EQ(FieldStreamName(*FindField("person.last_name"), "surname"), "@person");
  EXPECT_EQ(FieldStreamName(*FindField("internet.username"), "login", "seller"),
            "@person:seller");
  EXPECT_EQ(FieldStreamName(*FindField("lorem.word"), "tag"), "tag");
  EXPECT_EQ(FieldStreamName(*FindField("lorem.word"), ""), "lorem.word");
  EXPECT_EQ(FieldStreamName(*FindField("lorem.word"), "tag", "ignored"), "tag");
}

// In en_US a record's phone carries its city's area code (the locale's
// address.city area_codes), the same in each form; where the cities list
// none the plan's number is kept (the test above, in ru_RU).
TEST(FieldsTest, AUsRecordsPhoneCarriesItsCitysAreaCode) {
  const FieldContext context{Locale::Find("en_US"), kDefaultReferenceNow};
  const Table* cities = context.locale->Lookup("address.city");
  const size_t codes = *cities->ColumnIndex("area_codes");
  auto value = [&](const char* field, uint64_t record) {
    return FieldValue(RecordField(*FindField(field), field), context, record);
  };
  std::set<std::string> seen;
  for (uint64_t i = 0; i < 500; ++i) {
    const uint64_t record = RecordSeed(11, i);
    const std::string city = value("address.city", record);
    const std::string region = value("address.region_code", record);
    std::string listed;
    for (size_t r = 0; r < cities->size(); ++r) {
      if (cities->Cell(r, 0) == city && cities->Cell(r, 1) == region) {
        listed = " " + std::string(cities->Cell(r, codes)) + " ";
      }
    }
    ASSERT_FALSE(listed.empty()) << city;
    const std::string e164 = value("phone.e164", record);
    const std::string national = value("phone.national", record);
    const std::string mobile = value("phone.mobile_e164", record);
    EXPECT_NE(listed.find(" " + e164.substr(2, 3) + " "), std::string::npos) << city << e164;
    EXPECT_EQ(national.substr(1, 3), e164.substr(2, 3)) << national << " " << e164;
    EXPECT_NE(listed.find(" " + mobile.substr(2, 3) + " "), std::string::npos) << city << mobile;
    seen.insert(e164.substr(2, 3));
  }
  EXPECT_GT(seen.size(), 60u);  // the cities' codes, not one
}

// Whether a row of the locale's phone plan of `kind` makes `nsn`.
bool OfPlanKind(const Locale& locale, std::string_view nsn, std::string_view kind) {
  const Table* plan = locale.Lookup("phone.plan");
  for (size_t row = 0; row < plan->size(); ++row) {
    const std::vector<PatternStep>* steps = plan->CompiledPattern(row, 2);
    if (plan->Cell(row, 0) != kind || steps == nullptr || steps->size() != nsn.size()) continue;
    bool fits = true;
    for (size_t i = 0; i < nsn.size() && fits; ++i) {
      const PatternStep& step = (*steps)[i];
      fits = std::string_view(plan->pattern_members() + step.offset, step.count)
                 .find(nsn[i]) != std::string_view::npos;
    }
    if (fits) return true;
  }
  return false;
}

// Outside NANP a record's fixed-line number starts with one of its city's
// codes, in E.164 and in the national form alike; a mobile does where the
// country's mobiles carry the code (Brazil) and keeps its plan prefix
// where they do not (Spain, France, Poland).
TEST(FieldsTest, ARecordsFixedLineCarriesItsCitysAreaCodeOutsideNanp) {
  for (const char* id : {"de_DE", "en_GB", "es_ES", "fr_FR", "it_IT", "ja_JP", "nl_NL", "pl_PL", "pt_BR"}) {
    const FieldContext context{Locale::Find(id), kDefaultReferenceNow};
    ASSERT_TRUE(context.locale->has_area_codes()) << id;
    const std::string cc = "+" + std::string(context.locale->calling_code());
    auto value = [&](const char* field, uint64_t record) {
      return FieldValue(RecordField(*FindField(field), field), context, record);
    };
    int fixed = 0, coded_mobiles = 0;
    for (uint64_t i = 0; i < 400; ++i) {
      const uint64_t record = RecordSeed(12, i);
      const std::string city = value("address.city", record);
      const std::string region = value("address.region_code", record);
      const std::string listed = " " + std::string(context.locale->CityCell(city, region,
                                                                            "area_codes")) + " ";
      ASSERT_NE(listed, "  ") << id << " " << city;
      const auto coded = [&](const std::string& nsn) {
        for (size_t n = 1; n <= 4 && n <= nsn.size(); ++n) {
          if (listed.find(" " + nsn.substr(0, n) + " ") != std::string::npos) return true;
        }
        return false;
      };
      const std::string e164 = value("phone.e164", record);
      const std::string national = value("phone.national", record);
      ASSERT_EQ(e164.substr(0, cc.size()), cc) << e164;
      const std::string nsn = e164.substr(cc.size());
      std::string national_digits;
      for (char c : national) {
        if (c >= '0' && c <= '9') national_digits.push_back(c);
      }
      // The two forms are of the same number: the national one may add a
      // trunk digit in front.
      EXPECT_EQ(national_digits.substr(national_digits.size() - nsn.size()), nsn)
          << id << " " << national << " " << e164;
      const std::string mobile = value("phone.mobile_e164", record).substr(cc.size());
      if (!OfPlanKind(*context.locale, nsn, "mobile")) {
        ASSERT_TRUE(OfPlanKind(*context.locale, nsn, "fixed")) << id << " " << e164;
        ++fixed;
        EXPECT_TRUE(coded(nsn)) << id << " " << city << ": " << e164 << " not of" << listed;
      }
      if (coded(mobile)) ++coded_mobiles;
    }
    EXPECT_GT(fixed, 40) << id;
    if (std::string_view(id) == "pt_BR") {
      EXPECT_EQ(coded_mobiles, 400) << "Brazilian mobiles carry the area code";
    } else {
      EXPECT_LT(coded_mobiles, 40) << id << ": mobiles carry no area code";
    }
  }
}

TEST(FieldsTest, ValuesDoNotDependOnTheOrderFieldsAreAskedIn) {
  // A record's entity is drawn once and kept while its fields are asked in a
  // row (a per-thread memo): asking record by record, field by field, or
  // interleaving records must give the same values.
  const FieldContext context{Locale::Find("ru_RU"), kDefaultReferenceNow};
  std::vector<const Field*> fields;
  for (const Field& field : Fields()) {
    if (!field.group.empty() && FieldSupports(field, *context.locale)) fields.push_back(&field);
  }
  ASSERT_GT(fields.size(), 20u);
  const auto value = [&](uint64_t record, const Field* f) {
    return FieldValue(RecordField(*f, "x"), context, RecordSeed(5, record));
  };
  std::map<std::pair<uint64_t, const Field*>, std::string> by_record, by_field, interleaved;
  for (uint64_t r = 0; r < 30; ++r) {
    for (const Field* f : fields) by_record[{r, f}] = value(r, f);
  }
  for (auto it = fields.rbegin(); it != fields.rend(); ++it) {
    for (uint64_t r = 30; r-- > 0;) by_field[{r, *it}] = value(r, *it);
  }
  for (const Field* f : fields) {
    for (uint64_t r = 0; r < 30; ++r) {
      interleaved[{r, f}] = value(r, f);
      interleaved[{(r * 7) % 30, f}] = value((r * 7) % 30, f);
    }
  }
  EXPECT_EQ(by_record, by_field);
  EXPECT_EQ(by_record, interleaved);
  // Another locale with the same seeds misses the memo and differs.
  const FieldContext other{Locale::Find("ja_JP"), kDefaultReferenceNow};
  const std::string russian = by_record[{0, FindField("person.full_name")}];
  EXPECT_NE(FieldValue(RecordField(*FindField("person.full_name")), other, RecordSeed(5, 0)),
            russian);
}

TEST(FieldsTest, GroupsAreTheDocumentedOnes) {
  std::map<std::string_view, std::vector<std::string_view>> groups;
  for (const Field& field : Fields()) groups[field.group].push_back(field.name);
  EXPECT_THAT(groups["person"],
              ::testing::IsSupersetOf({"person.first_name", "person.last_name",
                                       "person.full_name", "person.sex", "person.birthdate",
                                       "internet.email", "internet.free_email",
                                       "internet.username", "identifiers.national_id"}));
  EXPECT_THAT(groups["address"],
              ::testing::IsSupersetOf({"address.city", "address.region", "address.postal_code",
                                       "address.latitude", "address.longitude",
                                       "address.secondary", "address.full"}));
  EXPECT_THAT(groups["company"], ::testing::UnorderedElementsAre(
                                     "company.name", "company.catch_phrase", "company.domain"));
  EXPECT_THAT(groups["phone"], ::testing::UnorderedElementsAre("phone.e164", "phone.national"));
  EXPECT_THAT(groups[""], ::testing::Contains("lorem.word"));
  EXPECT_THAT(groups[""], ::testing::Contains("person.job_title"));
  EXPECT_EQ(groups.size(), 5u);
}

TEST(FieldsTest, APersonsIdCarriesTheirSexAndBirthDate) {
  for (const char* id : {"pl_PL", "it_IT"}) {
    const FieldContext context{Locale::Find(id), kDefaultReferenceNow};
    for (uint64_t i = 0; i < 200; ++i) {
      const std::string national = GenerateField(*FindField("identifiers.national_id"), context, 4, i);
      const std::string sex = GenerateField(*FindField("person.sex"), context, 4, i);
      const std::string born = GenerateField(*FindField("person.birthdate"), context, 4, i);
      if (std::string_view(id) == "pl_PL") {
        ASSERT_TRUE(PeselValid(national)) << national;
        EXPECT_EQ(SexName(*PeselSex(national)), sex) << national;
        const CivilDate d = *PeselBirthDate(national);
        EXPECT_EQ(FormatIsoDate(DaysFromCivil(d)), born) << national;
      } else {
        ASSERT_TRUE(CodiceFiscaleValid(national)) << national;
        // Characters 7-8 are the year, 9 the month letter, 10-11 the day
        // (plus 40 for a woman).
        const int day = std::stoi(national.substr(9, 2));
        EXPECT_EQ(day > 40 ? "female" : "male", sex) << national;
        EXPECT_EQ(national.substr(6, 2), born.substr(2, 2)) << national << " " << born;
        EXPECT_EQ(day % 40, std::stoi(born.substr(8, 2))) << national << " " << born;
        // The name letters are the person's own.
        const std::string last = GenerateField(*FindField("person.last_name"), context, 4, i);
        const std::string first = GenerateField(*FindField("person.first_name"), context, 4, i);
        std::string last_latin, first_latin;
        internal::AppendAsciiFoldPreservingCase(last, &last_latin);
        internal::AppendAsciiFoldPreservingCase(first, &first_latin);
        Rng unused(0);
        EXPECT_EQ(national.substr(0, 6),
                  CodiceFiscaleFor(unused, last_latin, first_latin, {1990, 1, 1}, Sex::kMale)
                      .substr(0, 6))
            << national << " " << first << " " << last;
      }
    }
  }
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
