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

}  // namespace

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
    // A literal is a step with one member: it draws nothing (a value below
    // 1 is 0) and needs no branch of its own when expanded.
    char literal = c;
    if (c == '\\') {
      i += 2;
      if (i - 1 >= pattern.size()) continue;  // a trailing '\' adds nothing
      literal = pattern[i - 1];
    } else {
      ++i;
    }
    size_t offset = members->find(literal);
    if (offset == std::string::npos) {
      offset = members->size();
      members->push_back(literal);
    }
    pooled(static_cast<uint32_t>(offset), 1);
  }
  // Runs of drawing steps whose counts multiply to at most 2^56 share one
  // draw: a ten-digit phone number is one draw, and a rejection (chance
  // below product / 2^64) stays rarer than one in 256.
  constexpr uint64_t kRunLimit = uint64_t{1} << 56;
  PatternStep* run = nullptr;
  for (PatternStep& step : *steps) {
    if (step.count == 1) continue;
    if (run != nullptr && run->run_product <= kRunLimit / step.count) {
      run->run_product *= step.count;
    } else {
      run = &step;
      run->run_product = step.count;
    }
  }
  return true;
}

void AppendPattern(Rng& rng, std::string_view pattern, std::string* out) {
  std::string members;
  std::vector<PatternStep> steps;
  GTEST_DATA_INTERNAL_CHECK_(CompilePattern(pattern, &members, &steps),
                             "unterminated, empty or backwards [class] in a pattern");
  AppendSteps(rng, steps, members.data(), out);
}

void AppendSteps(Rng& rng, const std::vector<PatternStep>& steps, const char* members,
                 std::string* out) {
  // Characters collect in a small buffer, appended when full and at the end:
  // patterns (postal codes, phone numbers, house numbers) are short and sit
  // on the hot path of bulk generation.
  char buffer[32];
  size_t n = 0;
  UniformDigits digits;  // a run's first step draws; steps before any run are literals
  for (const PatternStep& step : steps) {
    if (n == sizeof(buffer)) {
      out->append(buffer, n);
      n = 0;
    }
    if (step.run_product != 0) digits = UniformDigits(rng, step.run_product);
    buffer[n++] = members[step.offset + digits.Next(step.count)];
  }
  out->append(buffer, n);
}

void AppendTablePattern(Rng& rng, const Table& table, size_t row, size_t column,
                        std::string* out) {
  const std::vector<PatternStep>* steps = table.CompiledPattern(row, column);
  if (steps == nullptr) return AppendPattern(rng, table.Cell(row, column), out);
  AppendSteps(rng, *steps, table.pattern_members(), out);
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
  // Placeholders are dispatched on their number, found when the locale was
  // parsed: one jump through a table instead of comparisons of names or
  // hashes on the hot path of every formatted value. An unknown name
  // (kUnknown) falls through to the data-defect error below.
  switch (PlaceholderOf(placeholder)) {
    // Person.
    case Placeholder::kFirstName:
      return AppendName(kFirstNameMale, kFirstNameFemale, out);
    case Placeholder::kLastName:
      return AppendLastName(out);
    case Placeholder::kMiddleName:
      return AppendName(kMiddleNameMale, kMiddleNameFemale, out);
    case Placeholder::kPrefix:
      return AppendName(kPrefixMale, kPrefixFemale, out);
    case Placeholder::kSuffix:
      return AppendFromSection(l, kSuffix, rng_, out);
    // Address.
    case Placeholder::kStreetRoot:
      return AppendFromSection(l, kStreetRoot, rng_, out);
    case Placeholder::kStreetSuffix:
      return AppendFromSection(l, kStreetSuffix, rng_, out);
    case Placeholder::kStreetName:
      return ExpandSection(kStreetNameFormat, out);
    case Placeholder::kBuildingNumber:
      return AppendPatternOf(kBuildingNumberPattern, out);
    case Placeholder::kSecondary:
      return AppendPatternOf(kSecondaryPattern, out);
    case Placeholder::kStreetAddress:
      return ExpandSection(kStreetAddressFormat, out);
    case Placeholder::kCity:
      out->append(RequireSection(l, kCity).Cell(CityRow(), 0));
      return;
    case Placeholder::kPostalCode:
      return AppendTablePattern(rng_, RequireSection(l, kCity), CityRow(), 2, out);
    case Placeholder::kRegionCode:
      return AppendRegion(true, out);
    case Placeholder::kRegion:
      return AppendRegion(false, out);
    case Placeholder::kCountry:
      out->append(l.country_name());
      return;
    // Company and commerce.
    case Placeholder::kCompanySuffix:
      return AppendFromSection(l, kCompanySuffix, rng_, out);
    case Placeholder::kCompanyWord:
      return AppendFromSection(l, kCompanyWord, rng_, out);
    case Placeholder::kBuzzAdjective:
      return AppendFromSection(l, kBuzzAdjective, rng_, out);
    case Placeholder::kBuzzDescriptor:
      return AppendFromSection(l, kBuzzDescriptor, rng_, out);
    case Placeholder::kBuzzNoun:
      return AppendFromSection(l, kBuzzNoun, rng_, out);
    case Placeholder::kProductAdjective:
      return AppendFromSection(l, kProductAdjective, rng_, out);
    case Placeholder::kProductMaterial:
      return AppendFromSection(l, kProductMaterial, rng_, out);
    case Placeholder::kProductNoun:
      return AppendFromSection(l, kProductNoun, rng_, out);
    case Placeholder::kUnknown:
      break;
  }
  DataDefect(l, "a format uses an unknown {placeholder}: " + std::string(name));
}

}  // namespace internal
}  // namespace fake
}  // namespace gtest_data
