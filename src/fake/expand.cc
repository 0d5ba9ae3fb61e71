// Copyright 2026 The gtest_data Authors.

#include "expand.h"

#include <string>

#include "gtest_data/internal/check.h"
#include "gtest_data/random/distributions.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace fake {
namespace internal {
namespace {

[[noreturn]] void DataDefect(const Locale& locale, std::string_view what) {
  const std::string message = std::string(locale.id()) + ": " + std::string(what);
  ::gtest_data::internal::CheckFailed(__FILE__, __LINE__, "locale data", message.c_str());
}

// Returns one character of a [...] class starting after '[' at pattern[*i];
// leaves *i after the closing ']'.
char DrawFromClass(Rng& rng, std::string_view pattern, size_t* i) {
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
  char chosen = 0;
  j = start;
  while (true) {
    if (j + 2 < pattern.size() && pattern[j + 1] == '-' && pattern[j + 2] != ']') {
      const uint64_t span = static_cast<unsigned char>(pattern[j + 2]) -
                            static_cast<unsigned char>(pattern[j]) + 1;
      if (pick < span) {
        chosen = static_cast<char>(pattern[j] + pick);
        break;
      }
      pick -= span;
      j += 3;
    } else {
      if (pick == 0) {
        chosen = pattern[j];
        break;
      }
      --pick;
      ++j;
    }
  }
  *i = pattern.find(']', j) + 1;
  return chosen;
}

}  // namespace

void AppendPattern(Rng& rng, std::string_view pattern, std::string* out) {
  // Characters collect in a small buffer, appended when full and at the end:
  // patterns (postal codes, phone numbers, house numbers) are short and sit
  // on the hot path of bulk generation.
  char buffer[32];
  size_t n = 0;
  size_t i = 0;
  while (i < pattern.size()) {
    if (n == sizeof(buffer)) {
      out->append(buffer, n);
      n = 0;
    }
    const char c = pattern[i];
    switch (c) {
      case '#':
        buffer[n++] = static_cast<char>('0' + UniformBelow(rng, 10));
        ++i;
        break;
      case '%':
        buffer[n++] = static_cast<char>('1' + UniformBelow(rng, 9));
        ++i;
        break;
      case '?':
        buffer[n++] = static_cast<char>('A' + UniformBelow(rng, 26));
        ++i;
        break;
      case '[':
        ++i;
        buffer[n++] = DrawFromClass(rng, pattern, &i);
        break;
      case '\\':
        if (i + 1 < pattern.size()) buffer[n++] = pattern[i + 1];
        i += 2;
        break;
      default:
        buffer[n++] = c;
        ++i;
    }
  }
  out->append(buffer, n);
}

// The pool every compiled pattern's members start with: '#' is its first
// ten characters, '%' nine from offset 1, '?' 26 from offset 10.
constexpr std::string_view kPatternPool = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

bool CompilePattern(std::string_view pattern, std::string* members,
                    std::vector<PatternStep>* steps) {
  if (members->empty()) members->assign(kPatternPool);
  steps->clear();
  const auto pooled = [&](uint32_t offset, uint32_t count) {
    PatternStep step;
    step.offset = offset;
    step.count = count;
    steps->push_back(step);
  };
  size_t i = 0;
  while (i < pattern.size()) {
    const char c = pattern[i];
    if (c == '#' || c == '%' || c == '?') {
      pooled(c == '#' ? 0 : c == '%' ? 1 : 10, c == '#' ? 10 : c == '%' ? 9 : 26);
      ++i;
      continue;
    }
    if (c == '[') {
      // The members in the order DrawFromClass() counts them.
      std::string set;
      size_t j = i + 1;
      while (j < pattern.size() && pattern[j] != ']') {
        if (j + 2 < pattern.size() && pattern[j + 1] == '-' && pattern[j + 2] != ']') {
          const unsigned char from = static_cast<unsigned char>(pattern[j]);
          const unsigned char to = static_cast<unsigned char>(pattern[j + 2]);
          if (to < from) return false;
          for (unsigned v = from; v <= to; ++v) set.push_back(static_cast<char>(v));
          j += 3;
        } else {
          set.push_back(pattern[j]);
          ++j;
        }
      }
      if (j >= pattern.size() || set.empty()) return false;
      size_t offset = members->find(set);
      if (offset == std::string::npos) {
        offset = members->size();
        members->append(set);
      }
      pooled(static_cast<uint32_t>(offset), static_cast<uint32_t>(set.size()));
      i = j + 1;
      continue;
    }
    PatternStep literal;
    if (c == '\\') {
      i += 2;
      if (i - 1 >= pattern.size()) continue;  // a trailing '\' adds nothing
      literal.literal = pattern[i - 1];
    } else {
      literal.literal = c;
      ++i;
    }
    steps->push_back(literal);
  }
  return true;
}

void AppendTablePattern(Rng& rng, const Table& table, size_t row, size_t column,
                        std::string* out) {
  const std::vector<PatternStep>* steps = table.CompiledPattern(row, column);
  if (steps == nullptr) return AppendPattern(rng, table.Cell(row, column), out);
  const char* const members = table.pattern_members();
  char buffer[32];
  size_t n = 0;
  for (const PatternStep& step : *steps) {
    if (n == sizeof(buffer)) {
      out->append(buffer, n);
      n = 0;
    }
    buffer[n++] = step.count == 0 ? step.literal
                                  : members[step.offset + UniformBelow(rng, step.count)];
  }
  out->append(buffer, n);
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

std::optional<size_t> LatinColumn(const Table& table) { return table.latin_column(); }

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

const std::vector<FormatPiece>& DrawFormat(const Locale& locale, SectionIndex section,
                                           Rng& rng) {
  const Table& table = RequireSection(locale, section);
  return table.FormatPieces(table.DrawRow(rng));
}

void Expander::ExpandSection(SectionIndex section, std::string* out) {
  Expand(DrawFormat(locale_, section, rng_), out);
}

void Expander::Expand(const std::vector<FormatPiece>& pieces, std::string* out) {
  ExpandPieces(
      pieces,
      [this](const FormatPiece& piece, std::string* o) { AppendField(piece, o); }, out);
}

void Expander::AppendRegion(bool code, std::string* out) {
  const size_t city = CityRow();
  if (code) {
    out->append(RequireSection(locale_, kCity).Cell(city, 1));
    return;
  }
  const Table& regions = RequireSection(locale_, kRegion);
  const size_t row = locale_.CityRegionRow(city);
  if (row >= regions.size()) {
    DataDefect(locale_, "a city names a region code that address.region lacks");
  }
  out->append(regions.Cell(row, 1));
}

void Expander::AppendPatternOf(SectionIndex section, std::string* out) {
  if (const Table* table = locale_.ResolvedSection(section)) {
    // The pattern is the last column; any before it is the weight.
    AppendTablePattern(rng_, *table, table->DrawRow(rng_), table->columns() - 1, out);
  }
}

void Expander::AppendField(const FormatPiece& placeholder, std::string* out) {
  const Locale& l = locale_;
  const std::string_view name = placeholder.text;
  // Placeholders are dispatched on the FNV-1a hash of their name, computed
  // when the locale was parsed: a jump instead of a chain of string
  // comparisons on the hot path of every formatted value. Equal hashes of two
  // names would not compile (duplicate case labels); an unknown name reaches
  // the default.
  switch (placeholder.placeholder_hash) {
    // Person.
    case Fnv1a64("first_name"):
      return AppendName(kFirstNameMale, kFirstNameFemale, out);
    case Fnv1a64("last_name"):
      return AppendLastName(out);
    case Fnv1a64("middle_name"):
      return AppendName(kMiddleNameMale, kMiddleNameFemale, out);
    case Fnv1a64("prefix"):
      return AppendName(kPrefixMale, kPrefixFemale, out);
    case Fnv1a64("suffix"):
      return AppendFromSection(l, kSuffix, rng_, out);
    // Address.
    case Fnv1a64("street_root"):
      return AppendFromSection(l, kStreetRoot, rng_, out);
    case Fnv1a64("street_suffix"):
      return AppendFromSection(l, kStreetSuffix, rng_, out);
    case Fnv1a64("street_name"):
      return ExpandSection(kStreetNameFormat, out);
    case Fnv1a64("building_number"):
      return AppendPatternOf(kBuildingNumberPattern, out);
    case Fnv1a64("secondary"):
      return AppendPatternOf(kSecondaryPattern, out);
    case Fnv1a64("street_address"):
      return ExpandSection(kStreetAddressFormat, out);
    case Fnv1a64("city"):
      out->append(RequireSection(l, kCity).Cell(CityRow(), 0));
      return;
    case Fnv1a64("postal_code"):
      return AppendTablePattern(rng_, RequireSection(l, kCity), CityRow(), 2, out);
    case Fnv1a64("region_code"):
      return AppendRegion(true, out);
    case Fnv1a64("region"):
      return AppendRegion(false, out);
    case Fnv1a64("country"):
      out->append(l.country_name());
      return;
    // Company and commerce.
    case Fnv1a64("company_suffix"):
      return AppendFromSection(l, kCompanySuffix, rng_, out);
    case Fnv1a64("company_word"):
      return AppendFromSection(l, kCompanyWord, rng_, out);
    case Fnv1a64("buzz_adjective"):
      return AppendFromSection(l, kBuzzAdjective, rng_, out);
    case Fnv1a64("buzz_descriptor"):
      return AppendFromSection(l, kBuzzDescriptor, rng_, out);
    case Fnv1a64("buzz_noun"):
      return AppendFromSection(l, kBuzzNoun, rng_, out);
    case Fnv1a64("product_adjective"):
      return AppendFromSection(l, kProductAdjective, rng_, out);
    case Fnv1a64("product_material"):
      return AppendFromSection(l, kProductMaterial, rng_, out);
    case Fnv1a64("product_noun"):
      return AppendFromSection(l, kProductNoun, rng_, out);
    default:
      DataDefect(l, "a format uses an unknown {placeholder}: " + std::string(name));
  }
}

}  // namespace internal
}  // namespace fake
}  // namespace gtest_data
