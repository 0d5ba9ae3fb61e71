// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/locale.h"

#include <algorithm>
#include <charconv>
#include <mutex>
#include <utility>

#include "gtest_data/internal/check.h"
#include "expand.h"
#include "locale_data.h"
#include "gtest_data/random/seed.h"
#include "sections.h"
#include "text.h"

namespace gtest_data {
namespace fake {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t end = s.find(separator, start);
    parts.push_back(Trim(s.substr(start, end - start)));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

constexpr std::string_view kKnownDirectives[] = {
    "locale",       "name",       "native_name",    "script",
    "country",      "country_alpha3", "country_name", "calling_code",
    "postal_regex", "currency",   "word_separator", "sentence_end"};

constexpr std::string_view kSectionNames[] = {
#define GTEST_DATA_FAKE_SECTION_NAME_(id, name, required) name,
    GTEST_DATA_FAKE_SECTIONS_(GTEST_DATA_FAKE_SECTION_NAME_)
#undef GTEST_DATA_FAKE_SECTION_NAME_
};

}  // namespace

class LocaleParser {
 public:
  LocaleParser(std::string_view file_name, std::string_view text)
      : file_name_(file_name), text_(text) {}

  std::unique_ptr<Locale> Parse(std::string* error) {
    auto locale = std::make_unique<Locale>();
    locale->source_ = text_;
    locale_ = locale.get();
    size_t index = 0;
    size_t start = 0;
    while (start <= text_.size()) {
      size_t end = text_.find('\n', start);
      if (end == std::string_view::npos) end = text_.size();
      // The text starts right after R"locale( on the file's second line.
      const size_t line = index + 2;
      const std::string_view raw = text_.substr(start, end - start);
      start = end + 1;
      ++index;
      const std::string_view content = Trim(raw);
      if (content.empty() || content.front() == '#') continue;

      Step step = Step::kNext;
      if (content.front() == '@') {
        if (!ParseDirective(*locale, line, content.substr(1))) step = Step::kStop;
      } else if (content.front() == '[') {
        step = StartSection(line, content);
      } else if (!AddEntry(line, content)) {
        step = Step::kStop;
      }
      if (step == Step::kStop) break;
    }
    if (!error_.empty() || !FinishTable()) {
      if (error != nullptr) *error = error_;
      return nullptr;
    }
    if (locale->Directive("locale").empty()) {
      Fail(1, "no @locale directive");
      if (error != nullptr) *error = error_;
      return nullptr;
    }
    SetIdentity(*locale);
    return locale;
  }

 private:
  // What the line loop does after a line: read the next, or stop (the
  // error is reported).
  enum class Step { kNext, kStop };

  // A table's pattern column ("pattern" or "..._pattern"), compiled row by
  // row (internal::CompilePattern); a pattern that does not compile is an
  // error at its line.
  bool CompilePatterns(Table* table) {
    for (size_t column = 0; column < table->columns(); ++column) {
      const std::string_view name = table->column_names_[column];
      const std::string_view suffix = "_pattern";
      if (name != "pattern" && !(name.size() > suffix.size() &&
                                 name.substr(name.size() - suffix.size()) == suffix)) {
        continue;
      }
      table->pattern_column_ = column;
      table->pattern_steps_.resize(table->rows_);
      table->pattern_ok_.resize(table->rows_);
      for (size_t row = 0; row < table->rows_; ++row) {
        table->pattern_ok_[row] =
            internal::CompilePattern(table->Cell(row, column), &table->pattern_members_,
                                     &table->pattern_steps_[row]);
        if (!table->pattern_ok_[row]) {
          return Fail(row_lines_[row],
                      "pattern \"" + std::string(table->Cell(row, column)) + "\" in column " +
                          std::string(name) + " of [" + std::string(table->name_) +
                          "] has an empty, unterminated or backwards [class]; expected "
                          "members or ranges such as [A-F0-9] before a closing ]");
        }
      }
      return true;  // one pattern column per table
    }
    return true;
  }

  // The end of a section: its weights, format column and parsed formats.
  bool FinishTable() {
    Table* current = current_;
    if (current == nullptr) return true;
    if (current->rows_ == 0) {
      return Fail(section_line_, "section [" + std::string(current->name_) +
                                     "] has no entries; expected at least one");
    }
    if (weight_column_) current->weights_ = std::make_unique<WeightedTable>(weights_);
    current->format_column_ =
        current->ColumnIndex("format").value_or(current->columns() - 1);
    current->latin_column_ = current->ColumnIndex("latin");
    if (current->name_.substr(0, 17) == "person.first_name" ||
        current->name_.substr(0, 16) == "person.last_name") {
      const size_t column = current->latin_column_.value_or(0);
      current->latin_names_.resize(current->rows_);
      for (size_t row = 0; row < current->rows_; ++row) {
        internal::AppendAsciiFoldPreservingCase(current->Cell(row, column),
                                                &current->latin_names_[row]);
      }
    }
    const std::string_view suffix = ".format";
    const std::string_view name = current->name_;
    if (name.size() > suffix.size() &&
        name.substr(name.size() - suffix.size()) == suffix) {
      for (size_t row = 0; row < current->rows_; ++row) {
        current->format_pieces_.push_back(
            internal::ParseFormat(current->Cell(row, current->format_column_)));
      }
    } else {
      current->format_pieces_.resize(current->rows_);
    }
    return CompilePatterns(current);
  }

  // A section header, [name] or [name: col|col]: ends the section before
  // and starts a table.
  Step StartSection(size_t line, std::string_view content) {
    if (!FinishTable()) return Step::kStop;
    if (content.back() != ']') {
      Fail(line, "section header without closing ]; expected [name] or "
                 "[name: col|col]");
      return Step::kStop;
    }
    const std::string_view inner = content.substr(1, content.size() - 2);
    const size_t colon = inner.find(':');
    const std::string_view name = Trim(inner.substr(0, colon));
    if (name.empty()) {
      Fail(line, "empty section name; expected [name]");
      return Step::kStop;
    }
    if (locale_->by_name_.count(name) != 0) {
      Fail(line, "section [" + std::string(name) + "] appears twice");
      return Step::kStop;
    }
    auto table = std::make_unique<Table>();
    table->name_ = name;
    if (colon == std::string_view::npos) {
      table->column_names_ = {"value"};
    } else {
      table->column_names_ = Split(inner.substr(colon + 1), '|');
      for (std::string_view column : table->column_names_) {
        if (column.empty()) {
          Fail(line, "empty column name in [" + std::string(name) + "]");
          return Step::kStop;
        }
      }
    }
    weight_column_ = table->ColumnIndex("weight");
    weights_.clear();
    row_lines_.clear();
    current_ = table.get();
    section_line_ = line;
    locale_->by_name_[name] = current_;
    locale_->tables_.push_back(std::move(table));
    return Step::kNext;
  }

  // One entry of the current section: its cells, and its weight if the
  // table has a weight column.
  bool AddEntry(size_t line, std::string_view content) {
    Table* current = current_;
    if (current == nullptr) {
      return Fail(line, "entry before any [section]; expected @directive or [section]");
    }
    std::vector<std::string_view> cells =
        current->columns() == 1 ? std::vector<std::string_view>{content}
                                : Split(content, '|');
    if (current->columns() == 1 && content.find('|') != std::string_view::npos) {
      return Fail(line, "'|' in an entry of the list [" + std::string(current->name_) +
                            "]; a list has one column");
    }
    if (cells.size() != current->columns()) {
      return Fail(line, "row has " + std::to_string(cells.size()) + " columns; [" +
                            std::string(current->name_) + "] expects " +
                            std::to_string(current->columns()));
    }
    if (weight_column_) {
      const std::string_view text = cells[*weight_column_];
      uint64_t weight = 0;
      const auto result =
          std::from_chars(text.data(), text.data() + text.size(), weight);
      if (result.ec != std::errc() || result.ptr != text.data() + text.size() ||
          weight == 0) {
        return Fail(line, "weight \"" + std::string(text) +
                              "\" is not a positive integer");
      }
      weights_.push_back(weight);
    }
    current->cells_.insert(current->cells_.end(), cells.begin(), cells.end());
    ++current->rows_;
    row_lines_.push_back(line);
    return true;
  }

  // The locale's identity from its directives.
  static void SetIdentity(Locale& locale) {
    locale.id_ = locale.Directive("locale");
    locale.country_ = locale.Directive("country");
    locale.country_alpha3_ = locale.Directive("country_alpha3");
    locale.country_name_ = locale.Directive("country_name");
    locale.calling_code_ = locale.Directive("calling_code");
    locale.spaced_words_ = locale.Directive("word_separator") != "none";
    if (!locale.Directive("sentence_end").empty()) {
      locale.sentence_end_ = locale.Directive("sentence_end");
    }
  }

  bool ParseDirective(Locale& locale, size_t line, std::string_view body) {
    const size_t space = body.find(' ');
    const std::string_view key = body.substr(0, space);
    const std::string_view value =
        space == std::string_view::npos ? std::string_view() : Trim(body.substr(space));
    if (key == "fallback") {
      const size_t equals = value.find('=');
      const std::string_view section = Trim(value.substr(0, equals));
      const std::string_view target =
          equals == std::string_view::npos ? std::string_view()
                                           : Trim(value.substr(equals + 1));
      if (section.empty() || target.empty()) {
        return Fail(line, "@fallback needs SECTION = LOCALE or SECTION = SECTION2");
      }
      Locale::Fallback fallback;
      if (target.find('.') != std::string_view::npos) {
        fallback.section = target;
      } else {
        fallback.locale = target;
        fallback.section = section;
      }
      if (!locale.fallbacks_.emplace(section, fallback).second) {
        return Fail(line, "second @fallback for " + std::string(section));
      }
      return true;
    }
    if (key == "absent") {
      if (value.empty()) return Fail(line, "@absent needs a section name");
      locale.absent_.push_back(value);
      return true;
    }
    if (std::find(std::begin(kKnownDirectives), std::end(kKnownDirectives), key) ==
        std::end(kKnownDirectives)) {
      return Fail(line, "unknown directive @" + std::string(key) +
                            "; expected one of @locale @name @native_name "
                            "@script @country @country_alpha3 @country_name "
                            "@calling_code @postal_regex @currency "
                            "@word_separator @sentence_end @fallback @absent");
    }
    if (value.empty()) return Fail(line, "@" + std::string(key) + " has no value");
    if (!locale.directives_.emplace(key, value).second) {
      return Fail(line, "@" + std::string(key) + " appears twice");
    }
    return true;
  }

  bool Fail(size_t line, const std::string& message) {
    if (error_.empty()) {
      error_ = std::string(file_name_) + ":" + std::to_string(line) + ": " + message;
    }
    return false;
  }

  std::string_view file_name_;
  std::string_view text_;
  std::string error_;
  size_t section_line_ = 0;
  // While parsing: the locale, its current section, and that section's
  // weights if it has a weight column.
  Locale* locale_ = nullptr;
  Table* current_ = nullptr;
  std::vector<uint64_t> weights_;
  std::optional<size_t> weight_column_;
  std::vector<size_t> row_lines_;  // the line of each row of the current section
};

namespace {

struct Registry {
  std::map<std::string_view, std::unique_ptr<Locale>> locales;
};

const Registry& GetRegistry() {
  static const Registry* const registry = [] {
    auto* r = new Registry;
    for (const internal::EmbeddedLocale& file : internal::EmbeddedLocales()) {
      std::string error;
      std::unique_ptr<Locale> locale =
          internal::ParseLocale(file.file_name, file.text, &error);
      // The data files are part of the library and tested; a parse failure
      // here is a build defect, not user input.
      GTEST_DATA_INTERNAL_CHECK_(locale != nullptr, error.c_str());
      const std::string_view id = locale->id();
      r->locales.emplace(id, std::move(locale));
    }
    return r;
  }();
  return *registry;
}

// The key a city is found by in Locale::CityCell: its name's and region's
// hashes combined (a lookup key, not a seed).
uint64_t CityKey(std::string_view name, std::string_view region_code) {
  return HashName(name) * 0x9e3779b97f4a7c15u + HashName(region_code);
}

// A locale by id without waiting for section resolution (which itself
// follows fallbacks into other locales).
const Locale* FindParsed(std::string_view id) {
  const Registry& registry = GetRegistry();
  const auto it = registry.locales.find(id);
  return it == registry.locales.end() ? nullptr : it->second.get();
}

}  // namespace

std::optional<size_t> Table::ColumnIndex(std::string_view name) const {
  for (size_t i = 0; i < column_names_.size(); ++i) {
    if (column_names_[i] == name) return i;
  }
  return std::nullopt;
}

const char* CoverageName(Coverage coverage) {
  switch (coverage) {
    case Coverage::kOwn:
      return "own";
    case Coverage::kFallback:
      return "fallback";
    case Coverage::kAbsent:
      return "absent";
    case Coverage::kMissing:
      return "missing";
  }
  return "unknown";
}

const Locale* Locale::Find(std::string_view id) {
  static std::once_flag resolved;
  const Registry& registry = GetRegistry();
  // Fallbacks may point at other locales, so sections are resolved once all
  // locales exist.
  std::call_once(resolved, [&registry] {
    for (const auto& entry : registry.locales) {
      Locale& locale = *entry.second;
      locale.resolved_.assign(internal::kSectionCount, nullptr);
      for (size_t i = 0; i < internal::kSectionCount; ++i) {
        locale.resolved_[i] = locale.Lookup(kSectionNames[i]);
      }
      locale.IndexCities();
    }
  });
  return FindParsed(id);
}

const Locale& Locale::Default() {
  const Locale* locale = Find("en_US");
  GTEST_DATA_INTERNAL_CHECK_(locale != nullptr, "en_US locale is missing");
  return *locale;
}

std::vector<std::string_view> Locale::Ids() {
  std::vector<std::string_view> ids;
  for (const auto& entry : GetRegistry().locales) ids.push_back(entry.first);
  return ids;  // std::map keeps them sorted
}

std::vector<std::string_view> Locale::CountryLocaleIds() {
  std::vector<std::string_view> ids;
  for (const auto& entry : GetRegistry().locales) {
    if (!entry.second->country().empty()) ids.push_back(entry.first);
  }
  return ids;
}

const std::vector<std::string_view>& Locale::RequiredSections() {
  static const std::vector<std::string_view> sections = [] {
    std::vector<std::string_view> names;
#define GTEST_DATA_FAKE_SECTION_REQUIRED_(id, name, required) \
  if (required) names.push_back(name);
    GTEST_DATA_FAKE_SECTIONS_(GTEST_DATA_FAKE_SECTION_REQUIRED_)
#undef GTEST_DATA_FAKE_SECTION_REQUIRED_
    return names;
  }();
  return sections;
}

std::string_view Locale::Directive(std::string_view key) const {
  const auto it = directives_.find(key);
  return it == directives_.end() ? std::string_view() : it->second;
}

void Locale::IndexCities() {
  const Table* cities = resolved_[internal::kCity];
  const Table* regions = resolved_[internal::kRegion];
  if (cities == nullptr || regions == nullptr || cities->columns() < 5) return;
  has_area_codes_ = cities->ColumnIndex("area_codes").has_value();
  for (size_t row = 0; row < cities->size(); ++row) {
    size_t region_row = regions->size();  // "none"; the data tests forbid it
    for (size_t r = 0; r < regions->size(); ++r) {
      if (regions->Cell(r, 0) == cities->Cell(row, 1)) region_row = r;
    }
    city_region_rows_.push_back(region_row);
    int64_t latitude = 0, longitude = 0;
    const bool ok = internal::ParseFixedPoint(cities->Cell(row, 3), 6, &latitude) &&
                    internal::ParseFixedPoint(cities->Cell(row, 4), 6, &longitude);
    GTEST_DATA_INTERNAL_CHECK_(ok, "a city's coordinates are not decimal degrees");
    city_centres_.push_back(latitude);
    city_centres_.push_back(longitude);
    city_index_.emplace_back(CityKey(cities->Cell(row, 0), cities->Cell(row, 1)), row);
  }
  std::sort(city_index_.begin(), city_index_.end());
}

std::string_view Locale::CityCell(std::string_view name, std::string_view region_code,
                                  std::string_view column) const {
  const Table* cities = resolved_.empty() ? nullptr : resolved_[internal::kCity];
  if (cities == nullptr) return {};
  const std::optional<size_t> at = cities->ColumnIndex(column);
  if (!at) return {};
  // By a hash of both, in integers; equal hashes are told apart by text.
  const uint64_t key = CityKey(name, region_code);
  for (auto it = std::lower_bound(city_index_.begin(), city_index_.end(),
                                  std::make_pair(key, size_t{0}));
       it != city_index_.end() && it->first == key; ++it) {
    if (cities->Cell(it->second, 0) == name && cities->Cell(it->second, 1) == region_code) {
      return cities->Cell(it->second, *at);
    }
  }
  return {};
}

const Table* Locale::OwnTable(std::string_view section) const {
  const auto it = by_name_.find(section);
  return it == by_name_.end() ? nullptr : it->second;
}

const Table* Locale::Lookup(std::string_view section) const {
  const Locale* locale = this;
  // Follow fallbacks; a chain longer than the number of locales times the
  // number of sections would be a cycle, which the data tests forbid.
  for (int hops = 0; hops < 64; ++hops) {
    if (const Table* own = locale->OwnTable(section)) return own;
    const auto it = locale->fallbacks_.find(section);
    if (it == locale->fallbacks_.end()) return nullptr;
    if (!it->second.locale.empty()) {
      locale = FindParsed(it->second.locale);
      if (locale == nullptr) return nullptr;
    }
    section = it->second.section;
  }
  return nullptr;
}

Coverage Locale::CoverageOf(std::string_view section, std::string* detail) const {
  if (OwnTable(section) != nullptr) return Coverage::kOwn;
  const auto it = fallbacks_.find(section);
  if (it != fallbacks_.end()) {
    if (detail != nullptr) {
      *detail = std::string(it->second.locale.empty() ? it->second.section
                                                      : it->second.locale);
    }
    return Coverage::kFallback;
  }
  if (std::find(absent_.begin(), absent_.end(), section) != absent_.end()) {
    return Coverage::kAbsent;
  }
  return Coverage::kMissing;
}

namespace internal {

std::vector<FormatPiece> ParseFormat(std::string_view format) {
  std::vector<FormatPiece> pieces;
  size_t literal = 0;  // start of the pending literal text
  const auto flush = [&](size_t end) {
    if (end > literal) pieces.push_back({format.substr(literal, end - literal), 0});
  };
  size_t i = 0;
  while (i < format.size()) {
    const char c = format[i];
    const bool doubled = i + 1 < format.size() && format[i + 1] == c;
    if ((c == '{' || c == '}') && doubled) {
      flush(i);
      pieces.push_back({c == '{' ? std::string_view("{") : std::string_view("}"), 0});
      i += 2;
      literal = i;
    } else if (c == '\\' && i + 1 < format.size() && format[i + 1] == 'n') {
      flush(i);
      pieces.push_back({std::string_view("\n"), 0});
      i += 2;
      literal = i;
    } else if (c == '{') {
      flush(i);
      size_t close = format.find('}', i);
      if (close == std::string_view::npos) close = format.size();
      const std::string_view name = format.substr(i + 1, close - i - 1);
      pieces.push_back({name, Fnv1a64(name), static_cast<uint8_t>(PlaceholderOf(name))});
      i = close + 1;
      literal = i;
    } else {
      ++i;
    }
  }
  flush(std::min(i, format.size()));
  return pieces;
}

std::unique_ptr<Locale> ParseLocale(std::string_view file_name,
                                    std::string_view text, std::string* error) {
  return LocaleParser(file_name, text).Parse(error);
}

}  // namespace internal
}  // namespace fake
}  // namespace gtest_data
