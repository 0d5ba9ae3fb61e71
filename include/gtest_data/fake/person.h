// Copyright 2026 The gtest_data Authors.
//
// People: names (sex-aware where the locale distinguishes), titles, jobs.
//
//   using namespace gtest_data::fake;
//   const Locale& pl = *Locale::Find("pl_PL");
//   Person p = MakePerson(pl, rng);          // p.full_name "Anna Kowalska"
//   std::string first = FirstName(pl, rng, Sex::kMale);
//
// Names come from the locale's tables (data/locales); surnames that differ by
// sex (Kowalski/Kowalska, Иванов/Иванова) agree with the person's sex, and so
// do patronymics and prefixes. For non-Latin scripts, a Person also carries
// the ASCII romanization its email address and user name are made from.
//
// Determinism: a pure function of (locale data, Rng state); seed-stable
// across platforms within a data version. Thread-compatible.

#ifndef GTEST_DATA_FAKE_PERSON_H_
#define GTEST_DATA_FAKE_PERSON_H_

#include <string>

#include "gtest_data/fake/locale.h"
#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace fake {

enum class Sex { kFemale, kMale };

// "female" or "male".
const char* SexName(Sex sex);

// Female or male with equal probability; one draw.
Sex DrawSex(Rng& rng);

// A coherent person: every part agrees with `sex`, and full_name is built
// from the same parts by one of the locale's name formats.
struct Person {
  Sex sex = Sex::kFemale;
  std::string first_name;
  std::string middle_name;  // patronymic where the culture has one
  // Both surnames where the format gives two, joined as the full name joins
  // them: "Soto Sanz", "Zimmermann-Dietrich".
  std::string last_name;
  std::string prefix;  // "Mr.", "Frau", ...; empty where the locale has none
  std::string suffix;  // "Jr.", ...; empty where the locale has none
  std::string full_name;
  // ASCII romanizations ("Sato" for 佐藤), or the names folded to ASCII
  // ("Mueller" for Müller) in Latin-script locales; lowercase is not
  // applied. Of two surnames, the first alone, as e-mail addresses
  // commonly use it ("jaime.soto@...").
  std::string first_name_latin;
  std::string last_name_latin;
};

// A person of a random sex, or of `sex`.
Person MakePerson(const Locale& locale, Rng& rng);
Person MakePerson(const Locale& locale, Rng& rng, Sex sex);

// The same, into `*person`, reusing its strings' buffers: for bulk
// generation, one Person filled again per record allocates nothing once its
// buffers are large enough. Draws exactly as the forms above.
void MakePerson(const Locale& locale, Rng& rng, Person* person);
void MakePerson(const Locale& locale, Rng& rng, Sex sex, Person* person);

// Single parts. Without a sex argument the sex is drawn first (one draw).
std::string FirstName(const Locale& locale, Rng& rng);
std::string FirstName(const Locale& locale, Rng& rng, Sex sex);
std::string LastName(const Locale& locale, Rng& rng);
std::string LastName(const Locale& locale, Rng& rng, Sex sex);
std::string MiddleName(const Locale& locale, Rng& rng, Sex sex);
std::string NamePrefix(const Locale& locale, Rng& rng, Sex sex);
std::string NameSuffix(const Locale& locale, Rng& rng);
std::string FullName(const Locale& locale, Rng& rng);
std::string FullName(const Locale& locale, Rng& rng, Sex sex);

// A job title in the locale's language.
std::string JobTitle(const Locale& locale, Rng& rng);

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_PERSON_H_
