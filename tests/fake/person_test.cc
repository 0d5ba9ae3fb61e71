// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/person.h"

#include <set>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace fake {
namespace {

using ::testing::HasSubstr;

bool InColumn(const Table& table, std::string_view value) {
  for (size_t row = 0; row < table.size(); ++row) {
    if (table.Cell(row, 0) == value) return true;
  }
  return false;
}

class PersonLocaleTest : public ::testing::TestWithParam<std::string> {};

std::vector<std::string> CountryLocales() {
  std::vector<std::string> ids;
  for (std::string_view id : Locale::CountryLocaleIds()) ids.emplace_back(id);
  return ids;
}

INSTANTIATE_TEST_SUITE_P(AllLocales, PersonLocaleTest,
                         ::testing::ValuesIn(CountryLocales()),
                         [](const auto& test_info) { return test_info.param; });

TEST_P(PersonLocaleTest, PartsComeFromTheSexsListsAndAppearInTheFullName) {
  const Locale& locale = *Locale::Find(GetParam());
  Rng rng(DeriveSeed(7, "person", GetParam()));
  for (int i = 0; i < 10000; ++i) {
    const Person p = MakePerson(locale, rng);
    const Table& firsts = *locale.Lookup(p.sex == Sex::kMale ? "person.first_name.male"
                                                             : "person.first_name.female");
    ASSERT_TRUE(InColumn(firsts, p.first_name)) << p.first_name;
    const Table* lasts = locale.Lookup(p.sex == Sex::kMale ? "person.last_name.male"
                                                           : "person.last_name.female");
    if (lasts == nullptr) lasts = locale.Lookup("person.last_name");
    ASSERT_NE(lasts, nullptr);
    // A double surname is two list entries, joined as the full name joins
    // them (a space or a hyphen), and the full name holds it whole.
    if (!InColumn(*lasts, p.last_name)) {
      const size_t joint = p.last_name.find_first_of(" -");
      ASSERT_NE(joint, std::string::npos) << p.last_name;
      ASSERT_TRUE(InColumn(*lasts, p.last_name.substr(0, joint))) << p.last_name;
      ASSERT_TRUE(InColumn(*lasts, p.last_name.substr(joint + 1))) << p.last_name;
    }
    ASSERT_THAT(p.full_name, HasSubstr(p.first_name));
    ASSERT_THAT(p.full_name, HasSubstr(p.last_name));
    ASSERT_FALSE(p.first_name_latin.empty()) << p.first_name;
    ASSERT_FALSE(p.last_name_latin.empty()) << p.last_name;
    for (char c : p.first_name_latin + p.last_name_latin) {
      ASSERT_LT(static_cast<unsigned char>(c), 0x80) << p.first_name_latin;
    }
    ASSERT_EQ(p.full_name.find("  "), std::string::npos) << p.full_name;
    ASSERT_NE(p.full_name.back(), ' ');
  }
}

TEST(PersonTest, PolishAndRussianSurnamesAgreeWithSex) {
  for (const char* id : {"pl_PL", "ru_RU"}) {
    const Locale& locale = *Locale::Find(id);
    const Table& female = *locale.Lookup("person.last_name.female");
    const Table& male = *locale.Lookup("person.last_name.male");
    Rng rng(DeriveSeed(8, id));
    for (int i = 0; i < 2000; ++i) {
      const Person p = MakePerson(locale, rng);
      EXPECT_TRUE(InColumn(p.sex == Sex::kFemale ? female : male, p.last_name))
          << id << " " << SexName(p.sex) << " " << p.last_name;
    }
  }
}

TEST(PersonTest, RussianFullNamesCarryAMatchingPatronymic) {
  const Locale& ru = *Locale::Find("ru_RU");
  Rng rng(9);
  int with_patronymic = 0;
  for (int i = 0; i < 1000; ++i) {
    const Person p = MakePerson(ru, rng, Sex::kFemale);
    if (p.middle_name.empty()) continue;
    ++with_patronymic;
    EXPECT_TRUE(InColumn(*ru.Lookup("person.middle_name.female"), p.middle_name));
  }
  EXPECT_GT(with_patronymic, 0);
}

TEST(PersonTest, JapaneseAndChineseNamesAreFamilyFirstWithoutSpaces) {
  for (const char* id : {"ja_JP", "zh_CN"}) {
    const Locale& locale = *Locale::Find(id);
    Rng rng(DeriveSeed(10, id));
    for (int i = 0; i < 500; ++i) {
      const Person p = MakePerson(locale, rng);
      EXPECT_EQ(p.full_name, p.last_name + p.first_name) << id;
    }
  }
}

TEST(PersonTest, SexIsHonoured) {
  const Locale& de = *Locale::Find("de_DE");
  Rng rng(11);
  for (int i = 0; i < 500; ++i) {
    EXPECT_TRUE(InColumn(*de.Lookup("person.first_name.female"),
                         FirstName(de, rng, Sex::kFemale)));
    EXPECT_TRUE(InColumn(*de.Lookup("person.first_name.male"),
                         FirstName(de, rng, Sex::kMale)));
  }
}

TEST(PersonTest, SameSeedSamePersonDifferentSeedDifferentPeople) {
  const Locale& fr = *Locale::Find("fr_FR");
  Rng a(12), b(12), c(13);
  std::set<std::string> names;
  for (int i = 0; i < 100; ++i) {
    const Person pa = MakePerson(fr, a);
    EXPECT_EQ(pa.full_name, MakePerson(fr, b).full_name);
    names.insert(pa.full_name);
  }
  EXPECT_GT(names.size(), 90u);
  EXPECT_NE(FullName(fr, c), FullName(fr, a));
}

TEST(PersonTest, JobTitlesAreInTheLocalesLanguage) {
  const Locale& it = *Locale::Find("it_IT");
  Rng rng(14);
  EXPECT_TRUE(InColumn(*it.Lookup("person.job_title"), JobTitle(it, rng)));
}

}  // namespace
}  // namespace fake
}  // namespace gtest_data
