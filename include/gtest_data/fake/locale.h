// Copyright 2026 The gtest_data Authors.
//
// Locales: the tables behind every locale-dependent generator.
//
//   const gtest_data::fake::Locale* de = gtest_data::fake::Locale::Find("de_DE");
//   const gtest_data::fake::Table* cities = de->Lookup("address.city");
//   size_t row = cities->DrawRow(rng);
//   std::string_view city = cities->Cell(row, 0);   // "München", ...
//
// Each locale is a data file, data/locales/<id>.locale (grammar in
// data/README.md), compiled into the library and parsed on first use. A
// locale either has a section, or names its fallback (another locale or
// another of its own sections), or declares it absent: nothing falls back
// silently. CoverageOf() says which, and `gtest-data locales` prints it.
//
// Determinism: tables keep the row order of the file; DrawRow() uses only
// gtest_data distributions. Editing a data file changes seeded output and
// bumps the data version.
//
// Thread-safety: Locale objects are immutable after the first Find(), which
// is itself thread-safe; all accessors may be called from any thread.

#ifndef GTEST_DATA_FAKE_LOCALE_H_
#define GTEST_DATA_FAKE_LOCALE_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gtest_data/random/distributions.h"
#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace fake {

// One piece of a parsed format: literal text (placeholder_hash == 0), or a
// {placeholder} whose name is `text` and whose FNV-1a hash (seed.h) is
// placeholder_hash. `placeholder` numbers the names the generators know
// (src/fake/expand.h, 0 for any other), so that expanding a piece is a jump
// through a table. Not API.
struct FormatPiece {
  std::string_view text;
  uint64_t placeholder_hash = 0;
  uint8_t placeholder = 0;
};

// One step of a pattern compiled when its locale was parsed: the character
// at offset + a uniform value below `count` of the table's member pool (a
// literal is a step of count 1). The steps of count above 1 come in runs
// that share one engine draw (UniformDigits); the first step of a run holds
// the product of the run's counts in `run_product`, every other step 0.
// Not API.
struct PatternStep {
  uint32_t offset = 0;
  uint32_t count = 0;
  uint64_t run_product = 0;
};

// One section of a locale file: a list (one column) or a table (named
// columns), optionally weighted by a column called "weight".
class Table {
 public:
  // The section name, e.g. "address.city".
  std::string_view name() const { return name_; }
  // Number of rows (at least one).
  size_t size() const { return rows_; }
  // Number of columns (one for a list).
  size_t columns() const { return column_names_.size(); }
  // The name of column `column`; "value" for a list.
  std::string_view column_name(size_t column) const {
    return column_names_[column];
  }
  // The index of the column called `name`, or std::nullopt.
  std::optional<size_t> ColumnIndex(std::string_view name) const;
  // The cell at (row, column). Requires row < size(), column < columns().
  std::string_view Cell(size_t row, size_t column) const {
    return cells_[row * column_names_.size() + column];
  }
  // The "format" column of a format table (else the last column) and the
  // "latin" column of a name table, looked up once at parse time.
  size_t format_column() const { return format_column_; }
  std::optional<size_t> latin_column() const { return latin_column_; }
  // For the first- and last-name tables (person.first_name*, person.last_name*):
  // row `row`'s romanized form, its latin column (else column 0) folded to
  // ASCII with case kept, made once at parse time; has_latin_names() says
  // whether the table has them. Not API.
  bool has_latin_names() const { return !latin_names_.empty(); }
  std::string_view LatinName(size_t row) const { return latin_names_[row]; }
  // For a format section (its name ends in ".format"): row `row`'s format
  // split into pieces, parsed once so that generating a value never scans
  // the format text. Empty for other sections.
  const std::vector<FormatPiece>& FormatPieces(size_t row) const {
    return format_pieces_[row];
  }
  // For the pattern column (named "pattern" or "..._pattern"): row `row`'s
  // pattern compiled once, so that expanding it never parses a [class]
  // (parsing refuses a locale whose pattern does not compile); null for
  // other columns. Not API.
  const std::vector<PatternStep>* CompiledPattern(size_t row, size_t column) const {
    return column == pattern_column_ && !pattern_steps_.empty() && pattern_ok_[row]
               ? &pattern_steps_[row]
               : nullptr;
  }
  // The characters PatternStep offsets point into.
  const char* pattern_members() const { return pattern_members_.data(); }
  // Whether rows are drawn by a weight column.
  bool weighted() const { return weights_ != nullptr; }
  // Draws a row index: by weight if weighted(), else uniformly. Consumes one
  // UniformBelow draw (plus its rare rejections).
  size_t DrawRow(Rng& rng) const {
    return weights_ ? weights_->Draw(rng)
                    : static_cast<size_t>(UniformBelow(rng, rows_));
  }
  // Draws a row and returns its cell in `column`.
  std::string_view Draw(Rng& rng, size_t column = 0) const {
    return Cell(DrawRow(rng), column);
  }

 private:
  friend class Locale;
  friend class LocaleParser;

  std::string_view name_;
  std::vector<std::string_view> column_names_;
  std::vector<std::string_view> cells_;
  size_t rows_ = 0;
  size_t format_column_ = 0;
  std::optional<size_t> latin_column_;
  std::vector<std::string> latin_names_;
  std::vector<std::vector<FormatPiece>> format_pieces_;
  size_t pattern_column_ = static_cast<size_t>(-1);
  std::vector<std::vector<PatternStep>> pattern_steps_;
  std::vector<bool> pattern_ok_;
  std::string pattern_members_;
  std::unique_ptr<WeightedTable> weights_;
};

namespace internal {

// Splits a format into pieces: "{{" and "}}" are literal braces, "\n" a line
// break, "{name}" a placeholder. An unclosed "{" runs to the end.
std::vector<FormatPiece> ParseFormat(std::string_view format);

}  // namespace internal

// How a locale provides a section.
enum class Coverage {
  kOwn,       // the locale's own table
  kFallback,  // another locale's table, or another of its own sections
  kAbsent,    // declared absent: the field does not exist in this culture
  kMissing,   // neither (a defect of the data; tests forbid it for required
              // sections)
};

// Returns "own", "fallback", "absent" or "missing".
const char* CoverageName(Coverage coverage);

class Locale {
 public:
  // Returns the locale with this id ("en_US", "de_DE", ...), or null when
  // there is none. Thread-safe; parses every locale on the first call.
  static const Locale* Find(std::string_view id);

  // en_US, the locale used when none is named.
  static const Locale& Default();

  // Every locale id, sorted. Includes "la", the Latin placeholder-text locale
  // that other locales name as a fallback for lorem text; see
  // CountryLocaleIds() for the country locales alone.
  static std::vector<std::string_view> Ids();

  // The ids of the locales that describe a country (all but "la"), sorted.
  static std::vector<std::string_view> CountryLocaleIds();

  // The sections every country locale must cover (own, fallback or absent),
  // in a fixed order.
  static const std::vector<std::string_view>& RequiredSections();

  // The value of a directive ("@country DE" -> Directive("country") == "DE"),
  // or an empty view when the file has none.
  std::string_view Directive(std::string_view key) const;

  // The common directives, cached (the generators read them per value).
  std::string_view id() const { return id_; }
  std::string_view name() const { return Directive("name"); }
  std::string_view country() const { return country_; }              // "DE"
  std::string_view country_alpha3() const { return country_alpha3_; }  // "DEU"
  std::string_view country_name() const { return country_name_; }   // "Deutschland"
  std::string_view calling_code() const { return calling_code_; }    // "49"
  // Whether lorem words are separated by spaces (@word_separator space).
  bool spaced_words() const { return spaced_words_; }
  std::string_view sentence_end() const { return sentence_end_; }    // "." or "。"

  // The section's table after following fallbacks, or null when the section
  // is absent or missing.
  const Table* Lookup(std::string_view section) const;

  // How the section is provided. For kFallback, `*detail` (if not null) is
  // set to the target ("en_US" or "person.first_name.male").
  Coverage CoverageOf(std::string_view section, std::string* detail) const;

  // The locale's own sections, in file order.
  const std::vector<std::unique_ptr<Table>>& tables() const { return tables_; }

  // The generators' fast path: the resolved table of a section by its
  // internal index (see src/fake/sections.h), or null when absent. Not API.
  const Table* ResolvedSection(size_t index) const { return resolved_[index]; }

  // For row i of the resolved address.city table: the row of its region in
  // address.region, and its centre in micro-degrees. Computed once. Not API.
  size_t CityRegionRow(size_t city_row) const { return city_region_rows_[city_row]; }
  int64_t CityLatitudeE6(size_t city_row) const { return city_centres_[2 * city_row]; }
  int64_t CityLongitudeE6(size_t city_row) const {
    return city_centres_[2 * city_row + 1];
  }

  // The cell `column` ("time_zone", "area_codes") of the city `name` in
  // the region `region_code` (Portland, OR and Portland, ME are two), from
  // the resolved address.city table; empty when there is no such city or
  // column. A binary search over an index made once.
  std::string_view CityCell(std::string_view name, std::string_view region_code,
                            std::string_view column) const;
  // Whether the resolved address.city table lists area codes (an
  // `area_codes` column). Not API.
  bool has_area_codes() const { return has_area_codes_; }

 private:
  friend class LocaleParser;

  struct Fallback {
    std::string_view locale;   // empty for a section of this locale
    std::string_view section;  // the section to use instead
  };

  const Table* OwnTable(std::string_view section) const;
  void IndexCities();

  std::string_view source_;  // the file text, for error messages
  std::map<std::string_view, std::string_view> directives_;
  std::vector<std::unique_ptr<Table>> tables_;
  std::map<std::string_view, const Table*> by_name_;
  std::map<std::string_view, Fallback> fallbacks_;
  std::vector<std::string_view> absent_;
  std::vector<const Table*> resolved_;
  std::vector<size_t> city_region_rows_;
  std::vector<int64_t> city_centres_;
  // (CityKey(name, region code), row) of every city, sorted.
  std::vector<std::pair<uint64_t, size_t>> city_index_;
  bool has_area_codes_ = false;
  std::string_view id_, country_, country_alpha3_, country_name_, calling_code_;
  std::string_view sentence_end_ = ".";
  bool spaced_words_ = true;
};

namespace internal {

// Parses one locale file's text. On malformed text returns null and sets
// `*error` to "<file>:<line>: <what>; expected <what>". The text must outlive
// the result (tables point into it). Exposed for the data-file tests.
std::unique_ptr<Locale> ParseLocale(std::string_view file_name,
                                    std::string_view text, std::string* error);

}  // namespace internal
}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_LOCALE_H_
