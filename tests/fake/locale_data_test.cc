// Copyright 2026 The gtest_data Authors.
//
// Checks every locale file against data/README.md: coverage of the required
// sections, directives, patterns (compiled by the independent Pattern
// parser), format placeholders, minimum sizes, romanizations, and that the
// generated postal codes and phone numbers have the country's shape.

#include <map>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "gtest_data/fake/address.h"
#include "gtest_data/fake/finance.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/fake/patterns.h"
#include "gtest_data/fake/phone.h"
#include "gtest_data/random/seed.h"
#include "expand.h"

namespace gtest_data {
namespace fake {
namespace {

using ::testing::HasSubstr;

class LocaleDataTest : public ::testing::TestWithParam<std::string> {
 protected:
  const Locale& locale() const {
    const Locale* l = Locale::Find(GetParam());
    EXPECT_NE(l, nullptr) << GetParam();
    return *l;
  }
};

std::vector<std::string> CountryLocales() {
  std::vector<std::string> ids;
  for (std::string_view id : Locale::CountryLocaleIds()) ids.emplace_back(id);
  return ids;
}

INSTANTIATE_TEST_SUITE_P(AllLocales, LocaleDataTest,
                         ::testing::ValuesIn(CountryLocales()),
                         [](const auto& test_info) { return test_info.param; });

TEST(LocaleTest, TwelveCountryLocalesAndLatinExist) {
  EXPECT_THAT(Locale::CountryLocaleIds(),
              ::testing::ElementsAre("de_DE", "en_GB", "en_US", "es_ES", "fr_FR",
                                     "it_IT", "ja_JP", "nl_NL", "pl_PL", "pt_BR",
                                     "ru_RU", "zh_CN"));
  ASSERT_NE(Locale::Find("la"), nullptr);
  EXPECT_EQ(Locale::Find("xx_XX"), nullptr);
  EXPECT_EQ(Locale::Default().id(), "en_US");
}

TEST_P(LocaleDataTest, HasEveryDirective) {
  for (const char* key : {"locale", "name", "native_name", "script", "country",
                          "country_alpha3", "country_name", "calling_code",
                          "postal_regex", "currency", "word_separator",
                          "sentence_end"}) {
    EXPECT_FALSE(locale().Directive(key).empty()) << "@" << key;
  }
  EXPECT_EQ(locale().id(), GetParam());
  EXPECT_EQ(locale().country(), GetParam().substr(3));
  EXPECT_THAT(locale().Directive("word_separator"),
              ::testing::AnyOf("space", "none"));
  EXPECT_NE(FindCurrency(locale().Directive("currency")), nullptr)
      << "@currency " << locale().Directive("currency") << " is not in the ISO 4217 table";
}

TEST_P(LocaleDataTest, CoversEveryRequiredSection) {
  for (std::string_view section : Locale::RequiredSections()) {
    std::string detail;
    const Coverage coverage = locale().CoverageOf(section, &detail);
    if (section == "person.last_name" && coverage == Coverage::kMissing) {
      // Allowed when both sex-specific lists exist.
      EXPECT_EQ(locale().CoverageOf("person.last_name.male", nullptr), Coverage::kOwn);
      EXPECT_EQ(locale().CoverageOf("person.last_name.female", nullptr), Coverage::kOwn);
      continue;
    }
    EXPECT_NE(coverage, Coverage::kMissing) << section;
    if (coverage == Coverage::kFallback) {
      EXPECT_NE(locale().Lookup(section), nullptr)
          << section << " falls back to " << detail << ", which has no table";
    }
  }
}

TEST_P(LocaleDataTest, SexSpecificSurnamesPairRowByRow) {
  const Table* male = locale().Lookup("person.last_name.male");
  const Table* female = locale().Lookup("person.last_name.female");
  ASSERT_EQ(male == nullptr, female == nullptr);
  if (male != nullptr) {
    EXPECT_EQ(male->size(), female->size());
    EXPECT_GE(male->size(), 80u);
  }
}

// Minimum sizes from data/README.md.
TEST_P(LocaleDataTest, MeetsMinimumSizes) {
  const std::pair<const char*, size_t> minimums[] = {
      {"person.first_name.male", 60}, {"person.first_name.female", 60},
      {"person.job_title", 40},       {"address.city", 40},
      {"address.street_root", 40},    {"internet.domain_word", 30},
      {"company.word", 30},           {"commerce.department", 15},
      {"commerce.product_adjective", 15}, {"commerce.product_material", 15},
      {"commerce.product_noun", 15},  {"lorem.word", 150}};
  for (const auto& [section, minimum] : minimums) {
    const Table* table = locale().Lookup(section);
    ASSERT_NE(table, nullptr) << section;
    EXPECT_GE(table->size(), minimum) << section;
  }
  if (const Table* last = locale().Lookup("person.last_name")) {
    EXPECT_GE(last->size(), 80u);
  }
}

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

TEST_P(LocaleDataTest, NonLatinNamesCarryAsciiRomanizations) {
  if (locale().Directive("script") == "Latn") return;
  for (const char* section :
       {"person.first_name.male", "person.first_name.female", "person.last_name",
        "person.last_name.male", "person.last_name.female",
        "person.middle_name.male", "person.middle_name.female"}) {
    if (locale().CoverageOf(section, nullptr) != Coverage::kOwn) continue;
    const Table* table = locale().Lookup(section);
    const std::optional<size_t> latin = table->ColumnIndex("latin");
    ASSERT_TRUE(latin.has_value()) << section << " needs a latin column";
    for (size_t row = 0; row < table->size(); ++row) {
      EXPECT_TRUE(IsAscii(table->Cell(row, *latin)))
          << section << " row " << row << ": " << table->Cell(row, *latin);
      EXPECT_FALSE(table->Cell(row, *latin).empty()) << section << " row " << row;
    }
  }
  const Table* words = locale().Lookup("internet.domain_word");
  for (size_t row = 0; row < words->size(); ++row) {
    EXPECT_TRUE(IsAscii(words->Cell(row, 0))) << words->Cell(row, 0);
  }
}

TEST_P(LocaleDataTest, PatternsCompile) {
  const auto check = [&](const char* section, const char* column) {
    const Table* table = locale().Lookup(section);
    if (table == nullptr) return;  // declared absent
    const std::optional<size_t> index = table->ColumnIndex(column);
    ASSERT_TRUE(index.has_value()) << section << " has no column " << column;
    for (size_t row = 0; row < table->size(); ++row) {
      std::string error;
      EXPECT_TRUE(Pattern::Compile(table->Cell(row, *index), &error).has_value())
          << section << " row " << row << ": " << error;
    }
  };
  check("address.building_number.pattern", "pattern");
  check("address.secondary.pattern", "pattern");
  check("address.city", "postal_pattern");
  check("phone.plan", "nsn_pattern");
}

// The pattern grammar (data/README.md, "Patterns") drawn the way data
// version 9 specifies, written out here apart from src/fake/expand.cc: the
// characters of a pattern, each a set of members (a literal one member);
// runs of sets of more than one member whose counts multiply to at most
// 2^56 take one UniformBelow over that product, read as its digits in the
// runs' mixed radix, most significant first.
std::string ReferencePattern(Rng& rng, std::string_view pattern) {
  std::vector<std::string> sets;
  for (size_t i = 0; i < pattern.size();) {
    const char c = pattern[i];
    if (c == '#' || c == '%' || c == '?') {
      sets.push_back(c == '#' ? "0123456789" : c == '%' ? "123456789"
                                                        : "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
      ++i;
    } else if (c == '[') {
      std::string set;
      size_t j = i + 1;
      for (; pattern[j] != ']'; ++j) {
        if (pattern[j + 1] == '-' && pattern[j + 2] != ']') {
          for (char m = pattern[j]; m <= pattern[j + 2]; ++m) set.push_back(m);
          j += 2;
        } else {
          set.push_back(pattern[j]);
        }
      }
      sets.push_back(set);
      i = j + 1;
    } else if (c == '\\') {
      if (i + 1 < pattern.size()) sets.emplace_back(1, pattern[i + 1]);
      i += 2;
    } else {
      sets.emplace_back(1, c);
      ++i;
    }
  }
  std::string out;
  for (size_t i = 0; i < sets.size();) {
    if (sets[i].size() == 1) {
      out += sets[i++];
      continue;
    }
    // The run: this set and the following ones (one-member sets pass
    // through it) while the product stays within 2^56.
    std::vector<size_t> members;  // indices into sets of the run's draws
    uint64_t product = 1;
    size_t end = i;
    for (; end < sets.size(); ++end) {
      const uint64_t count = sets[end].size();
      if (count == 1) continue;
      if (product > (uint64_t{1} << 56) / count) break;
      product *= count;
      members.push_back(end);
    }
    uint64_t value = UniformBelow(rng, product);
    std::vector<uint64_t> digit(sets.size());
    for (size_t k = members.size(); k-- > 0;) {
      const uint64_t count = sets[members[k]].size();
      digit[members[k]] = value % count;
      value /= count;
    }
    for (size_t k = i; k < end; ++k) out += sets[k][sets[k].size() == 1 ? 0 : digit[k]];
    i = end;
  }
  return out;
}

TEST(ReferencePatternTest, DrawsAsDataVersion9Says) {
  // "%#" is one draw below 90: its tens digit is the %, 1 to 9.
  Rng a(3), b(3);
  const uint64_t v = UniformBelow(b, 90);
  EXPECT_EQ(ReferencePattern(a, "A%#"),
            "A" + std::to_string(1 + v / 10) + std::to_string(v % 10));
  EXPECT_TRUE(a == b);
}

// A pattern compiled at parse time (Table::CompiledPattern) expands to what
// the reference above and the interpreter (internal::AppendPattern) make of
// its text, with the same draws: the engines agree afterwards.
void ExpectCompiledMatchesInterpreted(const Table& table, size_t column) {
  for (size_t row = 0; row < table.size(); ++row) {
    for (uint64_t seed = 0; seed < 50; ++seed) {
      Rng compiled(seed);
      Rng interpreted(seed);
      Rng reference(seed);
      std::string a = "x";
      std::string b = "x";
      internal::AppendTablePattern(compiled, table, row, column, &a);
      internal::AppendPattern(interpreted, table.Cell(row, column), &b);
      ASSERT_EQ(a, b) << table.name() << " row " << row << " seed " << seed;
      ASSERT_EQ(a, "x" + ReferencePattern(reference, table.Cell(row, column)))
          << table.name() << " row " << row << " seed " << seed;
      ASSERT_TRUE(compiled == interpreted) << table.name() << " row " << row;
      ASSERT_TRUE(compiled == reference) << table.name() << " row " << row;
    }
  }
}

TEST_P(LocaleDataTest, CompiledPatternsDrawWhatTheInterpreterDraws) {
  const auto check = [&](const char* section, const char* column) {
    const Table* table = locale().Lookup(section);
    if (table == nullptr) return;
    const size_t index = table->ColumnIndex(column).value();
    for (size_t row = 0; row < table->size(); ++row) {
      EXPECT_NE(table->CompiledPattern(row, index), nullptr) << section << " row " << row;
    }
    ExpectCompiledMatchesInterpreted(*table, index);
  };
  check("address.building_number.pattern", "pattern");
  check("address.secondary.pattern", "pattern");
  check("address.city", "postal_pattern");
  check("phone.plan", "nsn_pattern");
}

TEST(LocaleParseTest, CompilesPatternColumnsAndRefusesOnesThatDoNotCompile) {
  std::string error;
  const auto locale = internal::ParseLocale(
      "p.locale",
      "\n@locale xx_XX\n@country XX\n[codes: weight|pattern]\n"
      "1|AB-%#?\n1|[0-9A-F][xyz][-a]\\[#\n1|[a-ce-g]\\\n1|[A]##\n"
      "[plain: value|other]\nx|##\n",
      &error);
  ASSERT_NE(locale, nullptr) << error;
  const Table* codes = locale->Lookup("codes");
  ASSERT_NE(codes, nullptr);
  for (size_t row = 0; row < 4; ++row) EXPECT_NE(codes->CompiledPattern(row, 1), nullptr);
  EXPECT_EQ(codes->CompiledPattern(0, 0), nullptr);  // the weight column
  EXPECT_EQ(locale->Lookup("plain")->CompiledPattern(0, 0), nullptr);
  Rng compiled(7);
  Rng interpreted(7);
  Rng reference(7);
  for (size_t row = 0; row < 4; ++row) {
    std::string a;
    std::string b;
    internal::AppendTablePattern(compiled, *codes, row, 1, &a);
    internal::AppendPattern(interpreted, codes->Cell(row, 1), &b);
    EXPECT_EQ(a, b) << "row " << row;
    EXPECT_EQ(a, ReferencePattern(reference, codes->Cell(row, 1))) << "row " << row;
    EXPECT_TRUE(compiled == interpreted) << "row " << row;
    EXPECT_TRUE(compiled == reference) << "row " << row;
  }
  // A backwards range, an unterminated or an empty class: the locale is
  // refused at the row's line (the locale file's: its text starts on the
  // file's second line), naming the pattern, column and section.
  for (const auto& [row, line] : std::vector<std::pair<std::string, std::string>>{
           {"1|[z-a]#", "p.locale:7: pattern \"[z-a]#\""},
           {"1|[ab", "p.locale:7: pattern \"[ab\""},
           {"1|x[]", "p.locale:7: pattern \"x[]\""}}) {
    std::string why;
    EXPECT_EQ(internal::ParseLocale("p.locale",
                                    "\n@locale xx_XX\n@country XX\n[codes: weight|pattern]\n"
                                    "1|AB\n" + row + "\n",
                                    &why),
              nullptr);
    EXPECT_THAT(why, HasSubstr(line)) << why;
    EXPECT_THAT(why, HasSubstr("in column pattern of [codes] has an empty, unterminated or "
                               "backwards [class]"));
  }
}

// The placeholders each format section may use (data/README.md).
TEST_P(LocaleDataTest, FormatsUseOnlyTheirPlaceholders) {
  const std::pair<const char*, std::set<std::string>> allowed[] = {
      {"person.full_name.format",
       {"first_name", "last_name", "middle_name", "prefix", "suffix"}},
      {"address.street_name.format",
       {"street_root", "street_suffix", "last_name", "first_name"}},
      {"address.street_address.format", {"street_name", "building_number", "secondary"}},
      {"address.format",
       {"street_address", "city", "postal_code", "region", "region_code", "country"}},
      {"company.name.format", {"last_name", "company_suffix", "company_word", "city"}},
      {"company.catch_phrase.format", {"buzz_adjective", "buzz_descriptor", "buzz_noun"}},
      {"commerce.product_name.format",
       {"product_adjective", "product_material", "product_noun"}},
  };
  const std::regex placeholder(R"(\{([a-z_]+)\})");
  for (const auto& [section, names] : allowed) {
    const Table* table = locale().Lookup(section);
    ASSERT_NE(table, nullptr) << section;
    const std::optional<size_t> column = table->ColumnIndex("format");
    ASSERT_TRUE(column.has_value()) << section;
    for (size_t row = 0; row < table->size(); ++row) {
      const std::string format(table->Cell(row, *column));
      for (auto it = std::sregex_iterator(format.begin(), format.end(), placeholder);
           it != std::sregex_iterator(); ++it) {
        EXPECT_EQ(names.count((*it)[1]), 1u)
            << section << " row " << row << " uses {" << (*it)[1] << "}";
      }
    }
  }
}

TEST_P(LocaleDataTest, CitiesNameKnownRegionsAndValidCoordinates) {
  const Table* cities = locale().Lookup("address.city");
  const Table* regions = locale().Lookup("address.region");
  ASSERT_NE(cities, nullptr);
  ASSERT_NE(regions, nullptr);
  std::set<std::string_view> codes;
  for (size_t row = 0; row < regions->size(); ++row) codes.insert(regions->Cell(row, 0));
  const std::regex coordinate(R"(-?\d{1,3}\.\d{1,6})");
  for (size_t row = 0; row < cities->size(); ++row) {
    EXPECT_EQ(codes.count(cities->Cell(row, 1)), 1u)
        << cities->Cell(row, 0) << " names region " << cities->Cell(row, 1);
    EXPECT_TRUE(std::regex_match(std::string(cities->Cell(row, 3)), coordinate));
    EXPECT_TRUE(std::regex_match(std::string(cities->Cell(row, 4)), coordinate));
  }
}

// A city's time zone (schema-driven generation gives it to the city's
// rows) is an IANA Area/Location name; its area codes are the leading
// digits of its national numbers, as long as a plan's (NANP: three).
TEST_P(LocaleDataTest, CityTimeZonesAndAreaCodesAreWellFormed) {
  const Table* cities = locale().Lookup("address.city");
  ASSERT_NE(cities, nullptr);
  const std::optional<size_t> zone = cities->ColumnIndex("time_zone");
  const std::optional<size_t> codes = cities->ColumnIndex("area_codes");
  if (zone) {
    const std::regex iana(R"([A-Z][a-z]+/[A-Z][A-Za-z_]+(/[A-Z][A-Za-z_]+)?)");
    for (size_t row = 0; row < cities->size(); ++row) {
      EXPECT_TRUE(std::regex_match(std::string(cities->Cell(row, *zone)), iana))
          << cities->Cell(row, 0) << ": " << cities->Cell(row, *zone);
    }
  }
  if (codes) {
    // NANP codes are three digits, written over a number's first three;
    // elsewhere a code leads the national numbers of plan rows, one to four
    // digits, a zero first only where the national number keeps its trunk
    // zero (Italy: Roma 06) (phone_libphonenumber_test checks that some
    // fixed row of the plan starts with each, and what the numbers become).
    const std::string code = locale().country() == "IT" ? "0[1-9][0-9]{0,2}"
                                                         : "[1-9][0-9]{0,3}";
    const std::regex list(locale().calling_code() == "1"
                              ? R"([2-9][0-9][0-9]( [2-9][0-9][0-9])*)"
                              : code + "( " + code + ")*");
    for (size_t row = 0; row < cities->size(); ++row) {
      EXPECT_TRUE(std::regex_match(std::string(cities->Cell(row, *codes)), list))
          << cities->Cell(row, 0) << ": " << cities->Cell(row, *codes);
    }
  }
  // Where a country spans several zones, the cities say which.
  const std::string_view country = locale().country();
  if (country == "US" || country == "RU" || country == "BR" || country == "ES") {
    EXPECT_TRUE(zone.has_value()) << country << " spans several time zones";
  }
}

// A city's fixed-line number never starts with another city's longer code
// (Valencia's 96 must not make Murcia's 968...): where codes nest, the
// shorter one is listed as the longer one's complement (Valencia: 960 961
// 962 963). France's one-digit codes (the region digit) are meant to cover
// the region's cities and are left out.
TEST_P(LocaleDataTest, CityAreaCodesNeverMakeAnotherCitysNumber) {
  const Table* cities = locale().Lookup("address.city");
  ASSERT_NE(cities, nullptr);
  const std::optional<size_t> column = cities->ColumnIndex("area_codes");
  if (!column || locale().calling_code() == "1") return;  // none, or NANP's fixed three
  // Every listed code, with the cities that list it.
  std::map<std::string, std::set<size_t>> owners;
  std::vector<std::vector<std::string>> codes(cities->size());
  for (size_t row = 0; row < cities->size(); ++row) {
    std::string cell(cities->Cell(row, *column));
    for (size_t at = 0; at < cell.size();) {
      size_t end = cell.find(' ', at);
      if (end == std::string::npos) end = cell.size();
      codes[row].push_back(cell.substr(at, end - at));
      owners[codes[row].back()].insert(row);
      at = end + 1;
    }
  }
  const std::string cc = "+" + std::string(locale().calling_code());
  Rng rng(DeriveSeed(7, "nested codes", locale().id()));
  int checked = 0;
  for (size_t row = 0; row < cities->size(); ++row) {
    for (uint64_t choice = 0; choice < codes[row].size() * 40; ++choice) {
      const std::string& code = codes[row][choice % codes[row].size()];
      if (code.size() == 1) continue;
      std::string e164 = Phone(locale(), rng, PhoneKind::kFixed).e164;
      if (!UseCityAreaCode(locale(), cities->Cell(row, 0), cities->Cell(row, 1), choice, &e164)) {
        continue;
      }
      ++checked;
      const std::string nsn = e164.substr(cc.size());
      for (const auto& [other, rows] : owners) {
        if (other.size() <= code.size() || rows.count(row) != 0) continue;
        EXPECT_NE(nsn.substr(0, other.size()), other)
            << cities->Cell(row, 0) << " (" << code << ") got " << e164 << ", a number of "
            << cities->Cell(*rows.begin(), 0) << " (" << other << ")";
      }
    }
  }
  EXPECT_GT(checked, 0);
}

TEST_P(LocaleDataTest, PostalCodesMatchTheCountryFormat) {
  const std::regex postal(std::string(locale().Directive("postal_regex")));
  Rng rng(DeriveSeed(42, "postal", GetParam()));
  for (int i = 0; i < 10000; ++i) {
    const Address address = MakeAddress(locale(), rng);
    ASSERT_TRUE(std::regex_match(address.postal_code, postal))
        << address.postal_code << " (" << address.city << ")";
  }
}

TEST_P(LocaleDataTest, PhoneFormatsHoldEveryDigitOfTheNumber) {
  const Table* plan = locale().Lookup("phone.plan");
  ASSERT_NE(plan, nullptr);
  Rng rng(DeriveSeed(42, "phone-format", GetParam()));
  for (size_t row = 0; row < plan->size(); ++row) {
    EXPECT_THAT(plan->Cell(row, 0), ::testing::AnyOf("mobile", "fixed"));
  }
  for (int i = 0; i < 10000; ++i) {
    const PhoneNumber number = Phone(locale(), rng);
    ASSERT_EQ(number.e164, "+" + std::string(locale().Directive("calling_code")) + number.nsn);
    // The national form contains the NSN's digits in order.
    std::string digits;
    for (char c : number.national) {
      if (c >= '0' && c <= '9') digits.push_back(c);
    }
    ASSERT_NE(digits.find(number.nsn), std::string::npos)
        << number.national << " lacks " << number.nsn;
    ASSERT_LE(number.e164.size(), 16u) << "E.164 allows at most 15 digits";
  }
}

TEST(LocaleParseTest, ReportsFileLineAndWhatWasExpected) {
  const std::pair<const char*, const char*> cases[] = {
      {"\n@locale xx\n[a]\none|two\n", "f.locale:5: '|' in an entry of the list [a]"},
      {"\n@locale xx\n[a: x|y]\nonly\n", "f.locale:5: row has 1 columns; [a] expects 2"},
      {"\n@locale xx\n[a: weight|x]\n0|zero\n", "f.locale:5: weight \"0\" is not a positive integer"},
      {"\n@locale xx\n[a]\n[b]\nx\n", "f.locale:4: section [a] has no entries"},
      {"\n@locale xx\n[a]\nx\n[a]\ny\n", "f.locale:6: section [a] appears twice"},
      {"\n@locale xx\n@colour blue\n", "f.locale:4: unknown directive @colour"},
      {"\n@locale xx\nstray\n", "f.locale:4: entry before any [section]"},
      {"\n[a]\nx\n", "f.locale:1: no @locale directive"},
      {"\n@locale xx\n[a\n", "f.locale:4: section header without closing ]"},
      {"\n@locale xx\n@fallback a.b\n", "f.locale:4: @fallback needs SECTION = LOCALE"},
      // It used to fail with no message at all.
      {"\n@locale xx\n[a: x||y]\n1|2|3\n", "f.locale:4: empty column name in [a]"},
  };
  for (const auto& [text, message] : cases) {
    std::string error;
    EXPECT_EQ(internal::ParseLocale("f.locale", text, &error), nullptr) << text;
    EXPECT_THAT(error, HasSubstr(message)) << text;
  }
}

TEST(LocaleParseTest, SplitsFormatsIntoLiteralsAndPlaceholders) {
  const std::vector<FormatPiece> pieces =
      internal::ParseFormat("Dr. {{x}} {last_name}\\n{city}!");
  std::vector<std::string> texts;
  std::vector<bool> is_placeholder;
  for (const FormatPiece& piece : pieces) {
    texts.emplace_back(piece.text);
    is_placeholder.push_back(piece.placeholder_hash != 0);
    if (piece.placeholder_hash != 0) {
      EXPECT_EQ(piece.placeholder_hash, Fnv1a64(piece.text));
    }
  }
  EXPECT_THAT(texts, ::testing::ElementsAre("Dr. ", "{", "x", "}", " ", "last_name", "\n",
                                            "city", "!"));
  EXPECT_THAT(is_placeholder, ::testing::ElementsAre(false, false, false, false, false,
                                                     true, false, true, false));
  EXPECT_TRUE(internal::ParseFormat("").empty());
}

TEST(LocaleParseTest, ParsesListsTablesWeightsAndFallbacks) {
  std::string error;
  const auto locale = internal::ParseLocale(
      "f.locale",
      "\n@locale xx_XX\n@country XX\n# comment\n[a]\n  one  \ntwo\n"
      "[b: weight|word]\n1|rare\n99|common\n@fallback c = d.e\n@absent f\n",
      &error);
  ASSERT_NE(locale, nullptr) << error;
  const Table* a = locale->Lookup("a");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->size(), 2u);
  EXPECT_EQ(a->Cell(0, 0), "one");
  EXPECT_FALSE(a->weighted());
  const Table* b = locale->Lookup("b");
  ASSERT_NE(b, nullptr);
  EXPECT_TRUE(b->weighted());
  EXPECT_EQ(b->ColumnIndex("word"), 1u);
  Rng rng(1);
  int common = 0;
  for (int i = 0; i < 1000; ++i) common += b->Draw(rng, 1) == "common";
  EXPECT_GT(common, 950);
  std::string detail;
  EXPECT_EQ(locale->CoverageOf("c", &detail), Coverage::kFallback);
  EXPECT_EQ(detail, "d.e");
  EXPECT_EQ(locale->CoverageOf("f", nullptr), Coverage::kAbsent);
  EXPECT_EQ(locale->CoverageOf("g", nullptr), Coverage::kMissing);
}

}  // namespace
}  // namespace fake
}  // namespace gtest_data
