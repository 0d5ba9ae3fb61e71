// Copyright 2026 The gtest_data Authors.

#include "expand.h"

#include <string>

#include "gtest_data/internal/check.h"
#include "gtest_data/random/distributions.h"

namespace gtest_data {
namespace fake {
namespace internal {
namespace {

[[noreturn]] void DataDefect(const Locale& locale, std::string_view what) {
  const std::string message = std::string(locale.id()) + ": " + std::string(what);
  ::gtest_data::internal::CheckFailed(__FILE__, __LINE__, "locale data", message.c_str());
}

// Appends one character of a [...] class starting after '[' at pattern[*i];
// leaves *i after the closing ']'.
void AppendFromClass(Rng& rng, std::string_view pattern, size_t* i,
                     std::string* out) {
  // Two passes over the class: count its members, then pick one. Classes are
  // short and ASCII, so this costs less than building a set.
  const size_t start = *i;
  uint64_t count = 0;
  size_t j = start;
  while (j < pattern.size() && pattern[j] != ']') {
    if (j + 2 < pattern.size() && pattern[j + 1] == '-' && pattern[j + 2] != ']') {
      count += static_cast<unsigned char>(pattern[j + 2]) -
               static_cast<unsigned char>(pattern[j]) + 1;
      j += 3;
    } else {
      ++count;
      ++j;
    }
  }
  GTEST_DATA_INTERNAL_CHECK_(j < pattern.size() && count > 0,
                             "unterminated or empty [class] in a pattern");
  uint64_t pick = UniformBelow(rng, count);
  j = start;
  while (true) {
    if (j + 2 < pattern.size() && pattern[j + 1] == '-' && pattern[j + 2] != ']') {
      const uint64_t span = static_cast<unsigned char>(pattern[j + 2]) -
                            static_cast<unsigned char>(pattern[j]) + 1;
      if (pick < span) {
        out->push_back(static_cast<char>(pattern[j] + pick));
        break;
      }
      pick -= span;
      j += 3;
    } else {
      if (pick == 0) {
        out->push_back(pattern[j]);
        break;
      }
      --pick;
      ++j;
    }
  }
  *i = pattern.find(']', j) + 1;
}

}  // namespace

void AppendPattern(Rng& rng, std::string_view pattern, std::string* out) {
  size_t i = 0;
  while (i < pattern.size()) {
    const char c = pattern[i];
    switch (c) {
      case '#':
        out->push_back(static_cast<char>('0' + UniformBelow(rng, 10)));
        ++i;
        break;
      case '%':
        out->push_back(static_cast<char>('1' + UniformBelow(rng, 9)));
        ++i;
        break;
      case '?':
        out->push_back(static_cast<char>('A' + UniformBelow(rng, 26)));
        ++i;
        break;
      case '[':
        ++i;
        AppendFromClass(rng, pattern, &i, out);
        break;
      case '\\':
        if (i + 1 < pattern.size()) out->push_back(pattern[i + 1]);
        i += 2;
        break;
      default:
        out->push_back(c);
        ++i;
    }
  }
}

const Table& RequireSection(const Locale& locale, SectionIndex section) {
  const Table* table = locale.ResolvedSection(section);
  if (table == nullptr) {
    DataDefect(locale, "a generator needs a section the locale declares absent");
  }
  return *table;
}

void AppendFromSection(const Locale& locale, SectionIndex section, Rng& rng,
                       std::string* out) {
  if (const Table* table = locale.ResolvedSection(section)) {
    out->append(table->Draw(rng));
  }
}

std::optional<size_t> LatinColumn(const Table& table) {
  return table.ColumnIndex("latin");
}

Sex Expander::sex() {
  if (!sex_) sex_ = DrawSex(rng_);
  return *sex_;
}

size_t Expander::CityRow() {
  if (!city_row_) city_row_ = RequireSection(locale_, kCity).DrawRow(rng_);
  return *city_row_;
}

void Expander::AppendName(SectionIndex male, SectionIndex female,
                          std::string* out) {
  AppendFromSection(locale_, sex() == Sex::kMale ? male : female, rng_, out);
}

void Expander::AppendLastName(std::string* out) {
  const Table* male = locale_.ResolvedSection(kLastNameMale);
  const Table* female = locale_.ResolvedSection(kLastNameFemale);
  if (male != nullptr && female != nullptr) {
    // Row i of one list is the other sex's form of row i of the other.
    const size_t row = male->DrawRow(rng_);
    out->append((sex() == Sex::kMale ? male : female)->Cell(row, 0));
    return;
  }
  out->append(RequireSection(locale_, kLastName).Draw(rng_));
}

void Expander::ExpandSection(SectionIndex section, std::string* out) {
  const Table& table = RequireSection(locale_, section);
  const std::optional<size_t> column = table.ColumnIndex("format");
  Expand(table.Cell(table.DrawRow(rng_), column ? *column : 0), out);
}

void Expander::Expand(std::string_view format, std::string* out) {
  ExpandFormat(
      format,
      [this](std::string_view name, std::string* o) { AppendField(name, o); },
      out);
}

void Expander::AppendField(std::string_view name, std::string* out) {
  const Locale& l = locale_;
  // Person.
  if (name == "first_name") return AppendName(kFirstNameMale, kFirstNameFemale, out);
  if (name == "last_name") return AppendLastName(out);
  if (name == "middle_name") return AppendName(kMiddleNameMale, kMiddleNameFemale, out);
  if (name == "prefix") return AppendName(kPrefixMale, kPrefixFemale, out);
  if (name == "suffix") return AppendFromSection(l, kSuffix, rng_, out);
  // Address.
  if (name == "street_root") return AppendFromSection(l, kStreetRoot, rng_, out);
  if (name == "street_suffix") return AppendFromSection(l, kStreetSuffix, rng_, out);
  if (name == "street_name") return ExpandSection(kStreetNameFormat, out);
  if (name == "building_number") {
    const Table& table = RequireSection(l, kBuildingNumberPattern);
    return AppendPattern(rng_, table.Cell(table.DrawRow(rng_), table.columns() - 1), out);
  }
  if (name == "secondary") {
    if (const Table* table = l.ResolvedSection(kSecondaryPattern)) {
      AppendPattern(rng_, table->Cell(table->DrawRow(rng_), table->columns() - 1), out);
    }
    return;
  }
  if (name == "street_address") return ExpandSection(kStreetAddressFormat, out);
  const Table& cities = RequireSection(l, kCity);
  if (name == "city") {
    out->append(cities.Cell(CityRow(), 0));
    return;
  }
  if (name == "postal_code") {
    return AppendPattern(rng_, cities.Cell(CityRow(), 2), out);
  }
  if (name == "region_code" || name == "region") {
    const std::string_view code = cities.Cell(CityRow(), 1);
    if (name == "region_code") {
      out->append(code);
      return;
    }
    const Table& regions = RequireSection(l, kRegion);
    for (size_t row = 0; row < regions.size(); ++row) {
      if (regions.Cell(row, 0) == code) {
        out->append(regions.Cell(row, 1));
        return;
      }
    }
    DataDefect(l, "a city names a region code that address.region lacks");
  }
  if (name == "country") {
    out->append(l.Directive("country_name"));
    return;
  }
  // Company and commerce.
  if (name == "company_suffix") return AppendFromSection(l, kCompanySuffix, rng_, out);
  if (name == "company_word") return AppendFromSection(l, kCompanyWord, rng_, out);
  if (name == "buzz_adjective") return AppendFromSection(l, kBuzzAdjective, rng_, out);
  if (name == "buzz_descriptor") return AppendFromSection(l, kBuzzDescriptor, rng_, out);
  if (name == "buzz_noun") return AppendFromSection(l, kBuzzNoun, rng_, out);
  if (name == "product_adjective") return AppendFromSection(l, kProductAdjective, rng_, out);
  if (name == "product_material") return AppendFromSection(l, kProductMaterial, rng_, out);
  if (name == "product_noun") return AppendFromSection(l, kProductNoun, rng_, out);
  DataDefect(l, "a format uses an unknown {placeholder}: " + std::string(name));
}

}  // namespace internal
}  // namespace fake
}  // namespace gtest_data
