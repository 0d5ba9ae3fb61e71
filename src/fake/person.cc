// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/person.h"

#include "expand.h"
#include "gtest_data/random/distributions.h"
#include "sections.h"
#include "text.h"

namespace gtest_data {
namespace fake {
namespace {

using internal::Expander;
using internal::SectionIndex;

// Appends the romanized form of a name row: folded at parse time for the
// name tables, else now.
void AppendLatin(const Table& table, size_t row, std::string* latin) {
  if (table.has_latin_names()) {
    latin->append(table.LatinName(row));
    return;
  }
  internal::AppendAsciiFoldPreservingCase(table.Cell(row, table.latin_column().value_or(0)),
                                          latin);
}

// Draws from a name table, filling the name and its ASCII romanization (the
// "latin" column, else the name folded to ASCII).
void DrawName(const Table& table, Rng& rng, std::string* name, std::string* latin) {
  const size_t row = table.DrawRow(rng);
  name->assign(table.Cell(row, 0));
  if (latin != nullptr) AppendLatin(table, row, latin);
}

void DrawLastName(const Locale& locale, Rng& rng, Sex sex, std::string* name,
                  std::string* latin) {
  const Table* male = locale.ResolvedSection(internal::kLastNameMale);
  const Table* female = locale.ResolvedSection(internal::kLastNameFemale);
  if (male != nullptr && female != nullptr) {
    // Row i of one list is the other sex's form of row i of the other.
    const size_t row = male->DrawRow(rng);
    const Table& table = sex == Sex::kMale ? *male : *female;
    name->assign(table.Cell(row, 0));
    if (latin != nullptr) AppendLatin(table, row, latin);
    return;
  }
  DrawName(internal::RequireSection(locale, internal::kLastName), rng, name, latin);
}

SectionIndex BySex(Sex sex, SectionIndex male, SectionIndex female) {
  return sex == Sex::kMale ? male : female;
}

std::string DrawPart(const Locale& locale, Rng& rng, SectionIndex section) {
  std::string out;
  internal::AppendFromSection(locale, section, rng, &out);
  return out;
}

}  // namespace

const char* SexName(Sex sex) { return sex == Sex::kMale ? "male" : "female"; }

Sex DrawSex(Rng& rng) { return UniformBelow(rng, 2) == 0 ? Sex::kFemale : Sex::kMale; }

Person MakePerson(const Locale& locale, Rng& rng) {
  Person p;
  MakePerson(locale, rng, &p);
  return p;
}

Person MakePerson(const Locale& locale, Rng& rng, Sex sex) {
  Person p;
  MakePerson(locale, rng, sex, &p);
  return p;
}

void MakePerson(const Locale& locale, Rng& rng, Person* person) {
  const Sex sex = DrawSex(rng);
  MakePerson(locale, rng, sex, person);
}

void MakePerson(const Locale& locale, Rng& rng, Sex sex, Person* person) {
  Person& p = *person;
  p.sex = sex;
  // clear() keeps each string's buffer: a caller that reuses one Person for
  // millions of records allocates nothing after the first few.
  for (std::string* part : {&p.first_name, &p.middle_name, &p.last_name, &p.prefix,
                            &p.suffix, &p.full_name, &p.first_name_latin,
                            &p.last_name_latin}) {
    part->clear();
  }
  DrawName(internal::RequireSection(
               locale, BySex(sex, internal::kFirstNameMale, internal::kFirstNameFemale)),
           rng, &p.first_name, &p.first_name_latin);
  DrawLastName(locale, rng, sex, &p.last_name, &p.last_name_latin);

  // The format decides which other parts appear; they are drawn when the
  // format asks, so a locale without prefixes spends no draws on them. A
  // second {last_name} (Spanish double surnames) draws another surname and
  // joins it to last_name.
  bool last_used = false;
  bool maybe_untidy = false;  // an empty prefix or suffix may leave spaces
  internal::ExpandPieces(
      internal::DrawFormat(locale, internal::kFullNameFormat, rng),
      [&](const FormatPiece& placeholder, std::string* out) {
        switch (internal::PlaceholderOf(placeholder)) {
          case internal::Placeholder::kFirstName:
            out->append(p.first_name);
            break;
          case internal::Placeholder::kLastName: {
            if (!last_used) {
              out->append(p.last_name);
              last_used = true;
              break;
            }
            // The surnames join in last_name as the format joins them
            // ("Zimmermann-Dietrich", "Soto Sanz"); the romanized form,
            // which e-mails and user names use, keeps the first alone.
            const char joint = !out->empty() && out->back() == '-' ? '-' : ' ';
            std::string more;
            DrawLastName(locale, rng, sex, &more, nullptr);
            out->append(more);
            p.last_name += joint;
            p.last_name += more;
            break;
          }
          case internal::Placeholder::kMiddleName:
            internal::AppendFromSection(
                locale, BySex(sex, internal::kMiddleNameMale, internal::kMiddleNameFemale), rng,
                &p.middle_name);
            out->append(p.middle_name);
            maybe_untidy = true;
            break;
          case internal::Placeholder::kPrefix:
            internal::AppendFromSection(
                locale, BySex(sex, internal::kPrefixMale, internal::kPrefixFemale), rng, &p.prefix);
            out->append(p.prefix);
            maybe_untidy = true;
            break;
          case internal::Placeholder::kSuffix:
            internal::AppendFromSection(locale, internal::kSuffix, rng, &p.suffix);
            out->append(p.suffix);
            maybe_untidy = true;
            break;
          default:
            break;  // the data tests allow no other placeholder here
        }
      },
      &p.full_name);
  if (!maybe_untidy) return;
  // An absent prefix, suffix or middle name leaves doubled or trailing
  // spaces behind; squeeze them out in place.
  std::string& text = p.full_name;
  size_t kept = 0;
  for (const char c : text) {
    if (c == ' ' && (kept == 0 || text[kept - 1] == ' ')) continue;
    text[kept++] = c;
  }
  while (kept > 0 && text[kept - 1] == ' ') --kept;
  text.resize(kept);
}

std::string FirstName(const Locale& locale, Rng& rng) {
  return FirstName(locale, rng, DrawSex(rng));
}

std::string FirstName(const Locale& locale, Rng& rng, Sex sex) {
  return DrawPart(locale, rng,
                  BySex(sex, internal::kFirstNameMale, internal::kFirstNameFemale));
}

std::string LastName(const Locale& locale, Rng& rng) {
  return LastName(locale, rng, DrawSex(rng));
}

std::string LastName(const Locale& locale, Rng& rng, Sex sex) {
  std::string name;
  DrawLastName(locale, rng, sex, &name, nullptr);
  return name;
}

std::string MiddleName(const Locale& locale, Rng& rng, Sex sex) {
  return DrawPart(locale, rng,
                  BySex(sex, internal::kMiddleNameMale, internal::kMiddleNameFemale));
}

std::string NamePrefix(const Locale& locale, Rng& rng, Sex sex) {
  return DrawPart(locale, rng, BySex(sex, internal::kPrefixMale, internal::kPrefixFemale));
}

std::string NameSuffix(const Locale& locale, Rng& rng) {
  return DrawPart(locale, rng, internal::kSuffix);
}

std::string FullName(const Locale& locale, Rng& rng) {
  return MakePerson(locale, rng).full_name;
}

std::string FullName(const Locale& locale, Rng& rng, Sex sex) {
  return MakePerson(locale, rng, sex).full_name;
}

std::string JobTitle(const Locale& locale, Rng& rng) {
  return DrawPart(locale, rng, internal::kJobTitle);
}

}  // namespace fake
}  // namespace gtest_data
