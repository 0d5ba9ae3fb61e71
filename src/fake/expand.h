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

// Appends one expansion of a pattern (data/README.md, "Patterns"):
// # digit, % digit 1-9, ? letter A-Z, [..] class, \X literal X. The data
// tests check every pattern of every locale, so malformed input here is a
// data defect and aborts.
void AppendPattern(Rng& rng, std::string_view pattern, std::string* out);

// Compiles `pattern` (the syntax above) into steps whose [class] members,
// '#', '%' and '?' are characters of `*members`, so that expanding it draws
// exactly what AppendPattern() draws without parsing. Returns false (and
// leaves the pattern to AppendPattern) for a pattern it cannot compile: an
// empty, unterminated or backwards class.
bool CompilePattern(std::string_view pattern, std::string* members,
                    std::vector<PatternStep>* steps);

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
      out->append(piece.text);
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
    AppendField(FormatPiece{name, Fnv1a64(name)}, out);
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
