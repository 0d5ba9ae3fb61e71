// Copyright 2026 The gtest_data Authors.
//
// Expansion of the locale files' patterns and formats. Not installed.

#ifndef GTEST_DATA_SRC_FAKE_EXPAND_H_
#define GTEST_DATA_SRC_FAKE_EXPAND_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gtest_data/fake/locale.h"
#include "gtest_data/fake/person.h"
#include "gtest_data/random/rng.h"
#include "gtest_data/random/seed.h"
#include "sections.h"

namespace gtest_data {
namespace fake {
namespace internal {

// The placeholders the locale formats may use, numbered for
// FormatPiece::placeholder; kUnknown (0) for any other name.
enum class Placeholder : uint8_t {
  kUnknown = 0,
  kFirstName,
  kLastName,
  kMiddleName,
  kPrefix,
  kSuffix,
  kStreetRoot,
  kStreetSuffix,
  kStreetName,
  kBuildingNumber,
  kSecondary,
  kStreetAddress,
  kCity,
  kPostalCode,
  kRegionCode,
  kRegion,
  kCountry,
  kCompanySuffix,
  kCompanyWord,
  kBuzzAdjective,
  kBuzzDescriptor,
  kBuzzNoun,
  kProductAdjective,
  kProductMaterial,
  kProductNoun,
};

// The number of a placeholder name; constant-folded for a literal name.
constexpr Placeholder PlaceholderOf(std::string_view name) {
  if (name == "first_name") return Placeholder::kFirstName;
  if (name == "last_name") return Placeholder::kLastName;
  if (name == "middle_name") return Placeholder::kMiddleName;
  if (name == "prefix") return Placeholder::kPrefix;
  if (name == "suffix") return Placeholder::kSuffix;
  if (name == "street_root") return Placeholder::kStreetRoot;
  if (name == "street_suffix") return Placeholder::kStreetSuffix;
  if (name == "street_name") return Placeholder::kStreetName;
  if (name == "building_number") return Placeholder::kBuildingNumber;
  if (name == "secondary") return Placeholder::kSecondary;
  if (name == "street_address") return Placeholder::kStreetAddress;
  if (name == "city") return Placeholder::kCity;
  if (name == "postal_code") return Placeholder::kPostalCode;
  if (name == "region_code") return Placeholder::kRegionCode;
  if (name == "region") return Placeholder::kRegion;
  if (name == "country") return Placeholder::kCountry;
  if (name == "company_suffix") return Placeholder::kCompanySuffix;
  if (name == "company_word") return Placeholder::kCompanyWord;
  if (name == "buzz_adjective") return Placeholder::kBuzzAdjective;
  if (name == "buzz_descriptor") return Placeholder::kBuzzDescriptor;
  if (name == "buzz_noun") return Placeholder::kBuzzNoun;
  if (name == "product_adjective") return Placeholder::kProductAdjective;
  if (name == "product_material") return Placeholder::kProductMaterial;
  if (name == "product_noun") return Placeholder::kProductNoun;
  return Placeholder::kUnknown;
}

inline Placeholder PlaceholderOf(const FormatPiece& piece) {
  return static_cast<Placeholder>(piece.placeholder);
}

// Appends one expansion of a pattern (data/README.md, "Patterns"):
// # digit, % digit 1-9, ? letter A-Z, [..] class, \X literal X. Runs of
// drawing characters share one engine draw (UniformDigits; see
// CompilePattern). The data tests check every pattern of every locale, so
// malformed input here is a data defect and aborts.
void AppendPattern(Rng& rng, std::string_view pattern, std::string* out);

// Compiles `pattern` (the syntax above) into steps whose [class] members,
// '#', '%' and '?' are characters of `*members`, and groups the drawing
// steps into runs whose counts multiply to at most 2^56, each run one
// UniformDigits draw. Returns false for a pattern it cannot compile: an
// empty, unterminated or backwards class.
bool CompilePattern(std::string_view pattern, std::string* members,
                    std::vector<PatternStep>* steps);

// Appends one expansion of compiled steps.
void AppendSteps(Rng& rng, const std::vector<PatternStep>& steps, const char* members,
                 std::string* out);

// Appends one expansion of the pattern in (row, column) of `table`: its
// compiled form where the table has one, else AppendPattern() of the cell.
// The same draws and the same text either way.
void AppendTablePattern(Rng& rng, const Table& table, size_t row, size_t column,
                        std::string* out);

// The resolved table of a section, aborting with the locale and section if
// it is missing (a data defect the tests forbid).
const Table& RequireSection(const Locale& locale, SectionIndex section);

// Appends a drawn row's column 0 of the section, or nothing if the section
// is declared absent.
void AppendFromSection(const Locale& locale, SectionIndex section, Rng& rng,
                       std::string* out);

// Expands parsed format pieces: literal pieces are appended, and each
// placeholder calls field(piece, out).
template <typename FieldFn>
void ExpandPieces(const std::vector<FormatPiece>& pieces, FieldFn&& field,
                  std::string* out) {
  for (const FormatPiece& piece : pieces) {
    if (piece.placeholder_hash == 0) {
      // Most literals are one space or comma: push_back is inlined, and
      // append is a call.
      if (piece.text.size() == 1) {
        out->push_back(piece.text[0]);
      } else {
        out->append(piece.text);
      }
    } else {
      field(piece, out);
    }
  }
}

// The parsed format of a drawn row of the (weighted) format table `section`.
const std::vector<FormatPiece>& DrawFormat(const Locale& locale, SectionIndex section,
                                           Rng& rng);

// Expands the locale's formats: "{last_name} {company_suffix}". Values of
// one expansion are coherent: one person's names agree with its sex, and
// city, postal code and region come from one city row.
class Expander {
 public:
  Expander(const Locale& locale, Rng& rng) : locale_(locale), rng_(rng) {}

  // Draws a row of the (weighted) format table `section` and expands its
  // "format" column.
  void ExpandSection(SectionIndex section, std::string* out);

  // Expands parsed format pieces.
  void Expand(const std::vector<FormatPiece>& pieces, std::string* out);

  // Appends the value of the placeholder `name` ("first_name", "city", ...).
  void AppendField(std::string_view name, std::string* out) {
    AppendField(FormatPiece{name, Fnv1a64(name), static_cast<uint8_t>(PlaceholderOf(name))},
                out);
  }
  // The same for a known placeholder.
  void AppendField(Placeholder placeholder, std::string* out) {
    FormatPiece piece;
    piece.placeholder = static_cast<uint8_t>(placeholder);
    AppendField(piece, out);
  }
  // The same for a parsed placeholder (its hash already computed).
  void AppendField(const FormatPiece& placeholder, std::string* out);

  // The person whose parts name placeholders use; drawn on first use.
  void SetSex(Sex sex) { sex_ = sex; }
  Sex sex();

  // The city row address placeholders use; drawn on first use.
  size_t CityRow();

  const Locale& locale() const { return locale_; }
  Rng& rng() { return rng_; }

 private:
  void AppendName(SectionIndex male, SectionIndex female, std::string* out);
  void AppendLastName(std::string* out);
  void AppendRegion(bool code, std::string* out);
  void AppendPatternOf(SectionIndex section, std::string* out);

  const Locale& locale_;
  Rng& rng_;
  std::optional<Sex> sex_;
  std::optional<size_t> city_row_;
  std::optional<size_t> last_name_row_;
};

// The column of a name table holding the romanization, if any.
std::optional<size_t> LatinColumn(const Table& table);

}  // namespace internal
}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_SRC_FAKE_EXPAND_H_
