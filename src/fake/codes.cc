// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/codes.h"

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

#include "gtest_data/internal/check.h"
#include "gtest_data/random/distributions.h"

namespace gtest_data {
namespace fake {
namespace {

// ASCII helper of our own: <cctype> consults the C locale.
constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool AllDigits(std::string_view text) {
  for (char c : text) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

// Appends `value` in decimal, zero-padded to exactly `width` digits.
void AppendDigits(uint64_t value, size_t width, std::string* out) {
  std::string digits(width, '0');
  for (size_t i = width; i > 0; --i) {
    digits[i - 1] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  out->append(digits);
}

uint64_t PowerOfTen(size_t exponent) {
  uint64_t p = 1;
  for (size_t i = 0; i < exponent; ++i) p *= 10;
  return p;
}

// Appends `count` uniformly random digits with one draw (count <= 19).
void AppendRandomDigits(Rng& rng, size_t count, std::string* out) {
  AppendDigits(UniformBelow(rng, PowerOfTen(count)), count, out);
}

// A range of three-digit GS1 prefixes assigned to one member organisation
// (GS1 General Specifications, "GS1 Prefixes"). Countries with two separate
// ranges have two rows, so each is drawn with the odds of any one row.
struct PrefixRange {
  int first;
  int last;
};

constexpr PrefixRange kGs1Prefixes[] = {
    {1, 19},     // GS1 US (000 is left out: all-zero company prefixes)
    {30, 39},    // GS1 US
    {60, 139},   // GS1 US
    {300, 379},  // France and Monaco
    {380, 380},  // Bulgaria
    {383, 383},  // Slovenia
    {385, 385},  // Croatia
    {400, 440},  // Germany
    {450, 459},  // Japan
    {460, 469},  // Russia
    {471, 471},  // Taiwan
    {489, 489},  // Hong Kong
    {490, 499},  // Japan
    {500, 509},  // United Kingdom
    {520, 521},  // Greece
    {540, 549},  // Belgium and Luxembourg
    {560, 560},  // Portugal
    {569, 569},  // Iceland
    {570, 579},  // Denmark
    {590, 590},  // Poland
    {594, 594},  // Romania
    {599, 599},  // Hungary
    {640, 649},  // Finland
    {690, 699},  // China
    {700, 709},  // Norway
    {729, 729},  // Israel
    {730, 739},  // Sweden
    {750, 750},  // Mexico
    {760, 769},  // Switzerland and Liechtenstein
    {779, 779},  // Argentina
    {789, 790},  // Brazil
    {800, 839},  // Italy
    {840, 849},  // Spain
    {858, 858},  // Slovakia
    {859, 859},  // Czech Republic
    {869, 869},  // Turkey
    {870, 879},  // Netherlands
    {880, 880},  // South Korea
    {885, 885},  // Thailand
    {888, 888},  // Singapore
    {890, 890},  // India
    {893, 893},  // Vietnam
    {899, 899},  // Indonesia
    {900, 919},  // Austria
    {930, 939},  // Australia
    {940, 949},  // New Zealand
    {955, 955},  // Malaysia
};

// EAN-8 codes starting with 0 or 2 are restricted; the GS1 US rows come
// first in the table and are skipped.
constexpr size_t kFirstEan8Row = 3;
static_assert(kGs1Prefixes[kFirstEan8Row].first == 300 &&
                  kGs1Prefixes[kFirstEan8Row - 1].last < 200,
              "kFirstEan8Row must point at the first prefix from 300");

// Draws a row, then a prefix within it: two UniformBelow draws.
void AppendGs1Prefix(Rng& rng, size_t first_row, std::string* out) {
  const PrefixRange& range =
      kGs1Prefixes[first_row +
                   UniformBelow(rng, std::size(kGs1Prefixes) - first_row)];
  const uint64_t span = static_cast<uint64_t>(range.last - range.first) + 1;
  AppendDigits(static_cast<uint64_t>(range.first) + UniformBelow(rng, span), 3,
               out);
}

// Appends the GS1 check digit of *code.
void AppendGs1Check(std::string* code) {
  code->push_back(*Gs1CheckDigit(*code));
}

bool Gs1Valid(std::string_view text, size_t length) {
  return text.size() == length && AllDigits(text) &&
         Gs1CheckDigit(text.substr(0, length - 1)) == text[length - 1];
}

// A registration group of the ISBN system, with its EAN prefix.
struct IsbnGroup {
  std::string_view prefix;  // "978" or "979"
  std::string_view group;
};

constexpr IsbnGroup kIsbnGroups[] = {
    {"978", "0"},   // English language
    {"978", "1"},   // English language
    {"978", "2"},   // French language
    {"978", "3"},   // German language
    {"978", "4"},   // Japan
    {"978", "5"},   // former USSR
    {"978", "7"},   // China
    {"978", "80"},  // Czech Republic and Slovakia
    {"978", "82"},  // Norway
    {"978", "83"},  // Poland
    {"978", "84"},  // Spain
    {"978", "85"},  // Brazil
    {"978", "87"},  // Denmark
    {"978", "88"},  // Italy
    {"978", "89"},  // South Korea
    {"978", "90"},  // Netherlands
    {"978", "91"},  // Sweden
    {"978", "93"},  // India
    {"979", "8"},   // United States
    {"979", "10"},  // France
    {"979", "11"},  // South Korea
    {"979", "12"},  // Italy
};

// The rows with the prefix 978 come first.
constexpr size_t kIsbn978Groups = 18;
static_assert(kIsbnGroups[kIsbn978Groups - 1].prefix == "978" &&
                  kIsbnGroups[kIsbn978Groups].prefix == "979",
              "kIsbn978Groups must count the rows with the prefix 978");

std::string DrawIsbn13(Rng& rng, size_t groups) {
  const IsbnGroup& g = kIsbnGroups[UniformBelow(rng, groups)];
  std::string out(g.prefix);
  out.append(g.group);
  AppendRandomDigits(rng, 12 - out.size(), &out);
  AppendGs1Check(&out);
  return out;
}

// Removes single separators (hyphen or space) between characters. Returns
// std::nullopt for a separator at either end or two in a row.
std::optional<std::string> StripIsbnSeparators(std::string_view text) {
  std::string out;
  bool after_separator = true;  // a leading separator is an error too
  for (char c : text) {
    const bool separator = c == '-' || c == ' ';
    if (separator && after_separator) return std::nullopt;
    if (!separator) out.push_back(c);
    after_separator = separator;
  }
  if (after_separator && !text.empty()) return std::nullopt;
  return out;
}

// One alphabet per SKU placeholder.
std::string_view SkuAlphabet(char placeholder) {
  switch (placeholder) {
    case '#':
      return "0123456789";
    case '@':
      return "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    case '*':
      return "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    default:
      return {};
  }
}

}  // namespace

std::optional<char> Gs1CheckDigit(std::string_view data) {
  if (data.empty() || !AllDigits(data)) return std::nullopt;
  int sum = 0;
  int weight = 3;  // the digit next to the check digit weighs 3
  for (size_t i = data.size(); i > 0; --i) {
    sum += (data[i - 1] - '0') * weight;
    weight = 4 - weight;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

// --- EAN-13, EAN-8, UPC-A ----------------------------------------------------

std::string Ean13(Rng& rng) {
  std::string out;
  AppendGs1Prefix(rng, 0, &out);
  AppendRandomDigits(rng, 9, &out);
  AppendGs1Check(&out);
  return out;
}

bool Ean13PrefixValid(std::string_view prefix) {
  return prefix.size() <= 12 && AllDigits(prefix);
}

std::string Ean13(Rng& rng, std::string_view prefix) {
  GTEST_DATA_INTERNAL_CHECK_(Ean13PrefixValid(prefix),
                             "Ean13 needs a prefix of 0 to 12 digits");
  std::string out(prefix);
  if (out.size() < 12) AppendRandomDigits(rng, 12 - out.size(), &out);
  AppendGs1Check(&out);
  return out;
}

bool Ean13Valid(std::string_view text) { return Gs1Valid(text, 13); }

std::string Ean8(Rng& rng) {
  std::string out;
  AppendGs1Prefix(rng, kFirstEan8Row, &out);
  AppendRandomDigits(rng, 4, &out);
  AppendGs1Check(&out);
  return out;
}

bool Ean8Valid(std::string_view text) { return Gs1Valid(text, 8); }

std::string UpcA(Rng& rng) {
  constexpr std::string_view kNumberSystems = "01678";
  std::string out(1, kNumberSystems[UniformBelow(rng, kNumberSystems.size())]);
  AppendRandomDigits(rng, 10, &out);
  AppendGs1Check(&out);
  return out;
}

bool UpcAValid(std::string_view text) { return Gs1Valid(text, 12); }

// --- ISBN --------------------------------------------------------------------

std::string Isbn13(Rng& rng) { return DrawIsbn13(rng, std::size(kIsbnGroups)); }

std::string Isbn10(Rng& rng) {
  return *Isbn13ToIsbn10(DrawIsbn13(rng, kIsbn978Groups));
}

std::optional<char> Isbn10CheckDigit(std::string_view first_nine) {
  if (first_nine.size() != 9 || !AllDigits(first_nine)) return std::nullopt;
  int sum = 0;
  for (size_t i = 0; i < 9; ++i) {
    sum += (first_nine[i] - '0') * static_cast<int>(10 - i);
  }
  const int check = (11 - sum % 11) % 11;
  return check == 10 ? 'X' : static_cast<char>('0' + check);
}

bool Isbn13Valid(std::string_view text) {
  const std::optional<std::string> digits = StripIsbnSeparators(text);
  if (!digits || !Gs1Valid(*digits, 13)) return false;
  const std::string_view prefix = std::string_view(*digits).substr(0, 3);
  return prefix == "978" || prefix == "979";
}

bool Isbn10Valid(std::string_view text) {
  const std::optional<std::string> chars = StripIsbnSeparators(text);
  if (!chars || chars->size() != 10) return false;
  char last = (*chars)[9];
  if (last == 'x') last = 'X';
  return Isbn10CheckDigit(std::string_view(*chars).substr(0, 9)) == last;
}

std::optional<std::string> Isbn13ToIsbn10(std::string_view isbn13) {
  if (!Isbn13Valid(isbn13)) return std::nullopt;
  const std::string digits = *StripIsbnSeparators(isbn13);
  if (digits.compare(0, 3, "978") != 0) return std::nullopt;
  std::string out = digits.substr(3, 9);
  out.push_back(*Isbn10CheckDigit(out));
  return out;
}

std::optional<std::string> Isbn10ToIsbn13(std::string_view isbn10) {
  if (!Isbn10Valid(isbn10)) return std::nullopt;
  std::string out = "978" + StripIsbnSeparators(isbn10)->substr(0, 9);
  AppendGs1Check(&out);
  return out;
}

// --- SKU ---------------------------------------------------------------------

bool SkuPatternValid(std::string_view pattern) {
  if (pattern.empty()) return false;
  bool escaped = false;
  for (char c : pattern) {
    if (c < ' ' || c > '~') return false;
    escaped = !escaped && c == '\\';
  }
  return !escaped;
}

std::string Sku(Rng& rng, std::string_view pattern) {
  GTEST_DATA_INTERNAL_CHECK_(
      SkuPatternValid(pattern),
      "Sku needs a non-empty printable ASCII pattern not ending in \\");
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      out.push_back(pattern[++i]);
      continue;
    }
    const std::string_view alphabet = SkuAlphabet(c);
    if (alphabet.empty()) {
      out.push_back(c);
    } else {
      out.push_back(alphabet[UniformBelow(rng, alphabet.size())]);
    }
  }
  return out;
}

bool SkuMatches(std::string_view sku, std::string_view pattern) {
  if (!SkuPatternValid(pattern)) return false;
  size_t at = 0;
  for (size_t i = 0; i < pattern.size(); ++i, ++at) {
    if (at >= sku.size()) return false;
    char c = pattern[i];
    if (c == '\\') {
      c = pattern[++i];
    } else if (!SkuAlphabet(c).empty()) {
      if (SkuAlphabet(c).find(sku[at]) == std::string_view::npos) return false;
      continue;
    }
    if (sku[at] != c) return false;
  }
  return at == sku.size();
}

}  // namespace fake
}  // namespace gtest_data
