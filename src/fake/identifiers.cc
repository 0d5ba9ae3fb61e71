// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/identifiers.h"

#include <array>
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

// ASCII helpers of our own: <cctype> consults the C locale.
constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

bool AllDigits(std::string_view text) {
  for (char c : text) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

// Returns the digits of `text` as a number; requires AllDigits(text) and at
// most 18 digits.
uint64_t DigitsValue(std::string_view text) {
  uint64_t value = 0;
  for (char c : text) value = value * 10 + static_cast<uint64_t>(c - '0');
  return value;
}

int Digit(std::string_view text, size_t i) { return text[i] - '0'; }

// Appends `value` in decimal, zero-padded to exactly `width` digits.
void AppendDigits(uint64_t value, int width, std::string* out) {
  std::string digits(static_cast<size_t>(width), '0');
  for (int i = width - 1; i >= 0; --i) {
    digits[static_cast<size_t>(i)] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  out->append(digits);
}

// --- Calendar ---------------------------------------------------------------

// A date drawn uniformly from Jan 1 of min_year to Dec 31 of max_year. One
// UniformBelow draw.
CivilDate DrawDate(Rng& rng, int min_year, int max_year) {
  const int64_t first = DaysFromCivil({min_year, 1, 1});
  const int64_t end = DaysFromCivil({max_year + 1, 1, 1});
  return CivilFromDays(first + static_cast<int64_t>(UniformBelow(
                                   rng, static_cast<uint64_t>(end - first))));
}

// --- UUID and ULID ----------------------------------------------------------

constexpr char kHexDigits[] = "0123456789abcdef";

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The 128-bit value hi:lo as 8-4-4-4-12 lowercase hex.
void AppendUuid(uint64_t hi, uint64_t lo, std::string* out) {
  // Two hex digits per byte into a fixed buffer, then one copy: this is on
  // the hot path of bulk generation. kOffset[i] is where byte i's digits go
  // in 8-4-4-4-12.
  static constexpr int kOffset[16] = {0,  2,  4,  6,  9,  11, 14, 16,
                                      19, 21, 24, 26, 28, 30, 32, 34};
  char text[36];
  text[8] = text[13] = text[18] = text[23] = '-';
  for (int i = 0; i < 16; ++i) {
    const uint64_t word = i < 8 ? hi : lo;
    const unsigned byte = static_cast<unsigned>(word >> (56 - 8 * (i % 8))) & 0xff;
    text[kOffset[i]] = kHexDigits[byte >> 4];
    text[kOffset[i] + 1] = kHexDigits[byte & 0xf];
  }
  out->append(text, sizeof(text));
}

std::string FormatUuid(uint64_t hi, uint64_t lo) {
  std::string text;
  AppendUuid(hi, lo, &text);
  return text;
}

// Version nibble: bits 12-15 of the high word (octet 6). Variant: the top
// two bits of the low word (octet 8), 10 for RFC 9562.
constexpr uint64_t kVersionMask = uint64_t{0xf} << 12;
constexpr uint64_t kVariantMask = uint64_t{0x3} << 62;
constexpr uint64_t kVariantRfc = uint64_t{0x2} << 62;

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// The value of a Crockford base32 digit of the canonical alphabet, in either
// case; -1 for anything else (including the aliases I, L, O and U).
int CrockfordValue(char c) {
  if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  for (int v = 0; v < 32; ++v) {
    if (kCrockford[v] == c) return v;
  }
  return -1;
}

// The five bits of hi:lo whose lowest bit is bit `shift` (bits above 127
// read as zero).
uint64_t FiveBits(uint64_t hi, uint64_t lo, int shift) {
  if (shift >= 64) return (hi >> (shift - 64)) & 31;
  if (shift <= 59) return (lo >> shift) & 31;
  return ((lo >> shift) | (hi << (64 - shift))) & 31;
}

// Decodes a 26-character ULID into hi:lo. Accepts lowercase.
bool DecodeUlid(std::string_view text, uint64_t* hi, uint64_t* lo) {
  if (text.size() != 26) return false;
  uint64_t h = 0, l = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const int v = CrockfordValue(text[i]);
    if (v < 0 || (i == 0 && v > 7)) return false;
    h = (h << 5) | (l >> 59);
    l = (l << 5) | static_cast<uint64_t>(v);
  }
  *hi = h;
  *lo = l;
  return true;
}

// --- VIN --------------------------------------------------------------------

// Characters allowed in a VIN: I, O and Q are never used.
constexpr std::string_view kVinAlphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
constexpr std::string_view kVinLetters = "ABCDEFGHJKLMNPRSTUVWXYZ";
// Model year codes for 1980-2009, repeated for 2010-2039 (no I O Q U Z 0).
constexpr std::string_view kVinYearCodes = "ABCDEFGHJKLMNPRSTVWXY123456789";
// 49 CFR 565.15: position weights; position 9 (the check digit) weighs 0.
constexpr int kVinWeights[17] = {8, 7, 6, 5, 4, 3, 2, 10, 0,
                                 9, 8, 7, 6, 5, 4, 3, 2};

// World manufacturer identifiers of large makers whose third character is
// not 9 (a 9 would move part of the maker code into positions 12-14).
constexpr std::string_view kWmis[] = {
    "1FA",  // Ford, USA
    "1G1",  // Chevrolet, USA
    "1HG",  // Honda, USA
    "1N4",  // Nissan, USA
    "2HG",  // Honda, Canada
    "2T1",  // Toyota, Canada
    "3VW",  // Volkswagen, Mexico
    "4T1",  // Toyota, USA
    "5YJ",  // Tesla, USA
    "JHM",  // Honda, Japan
    "JN1",  // Nissan, Japan
    "JTD",  // Toyota, Japan
    "KMH",  // Hyundai, Korea
    "KNA",  // Kia, Korea
    "SAL",  // Land Rover, UK
    "VF1",  // Renault, France
    "WBA",  // BMW, Germany
    "WDD",  // Mercedes-Benz, Germany
    "WVW",  // Volkswagen, Germany
    "YV1",  // Volvo, Sweden
    "ZFA",  // Fiat, Italy
};

// The transliteration of a VIN character, or -1 when it may not appear.
int VinValue(char c) {
  if (IsDigit(c)) return c - '0';
  // A-H 1-8, J-N 1-5, P 7, R 9, S-Z 2-9; I, O and Q are not allowed.
  constexpr int kLetters[26] = {1, 2,  3, 4,  5, 6, 7, 8, -1, 1, 2, 3, 4,
                                5, -1, 7, -1, 9, 2, 3, 4, 5,  6, 7, 8, 9};
  if (IsUpper(c)) return kLetters[c - 'A'];
  return -1;
}

char DrawFrom(Rng& rng, std::string_view alphabet) {
  return alphabet[static_cast<size_t>(UniformBelow(rng, alphabet.size()))];
}

// --- SSN --------------------------------------------------------------------

struct SsnParts {
  int area;
  int group;
  int serial;
};

std::optional<SsnParts> ParseSsn(std::string_view text) {
  std::string digits;
  if (text.size() == 11 && text[3] == '-' && text[6] == '-') {
    digits.append(text.substr(0, 3));
    digits.append(text.substr(4, 2));
    digits.append(text.substr(7, 4));
  } else if (text.size() == 9) {
    digits.append(text);
  } else {
    return std::nullopt;
  }
  if (!AllDigits(digits)) return std::nullopt;
  const std::string_view d = digits;
  return SsnParts{static_cast<int>(DigitsValue(d.substr(0, 3))),
                  static_cast<int>(DigitsValue(d.substr(3, 2))),
                  static_cast<int>(DigitsValue(d.substr(5, 4)))};
}

// --- PESEL ------------------------------------------------------------------

constexpr int kPeselWeights[10] = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

// Returns the digit that completes the ten digits of `first_ten`.
char PeselCheck(std::string_view first_ten) {
  int sum = 0;
  for (size_t i = 0; i < 10; ++i) sum += Digit(first_ten, i) * kPeselWeights[i];
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

// What PESEL adds to the month for each century, 1800s to 2200s.
constexpr int kPeselMonthOffsets[5] = {80, 0, 20, 40, 60};

// --- CPF --------------------------------------------------------------------

// The CPF check digit over `digits` with weights len+1 down to 2.
int CpfCheck(std::string_view digits) {
  int sum = 0;
  const int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i)
    sum += Digit(digits, static_cast<size_t>(i)) * (n + 1 - i);
  const int remainder = sum % 11;
  return remainder < 2 ? 0 : 11 - remainder;
}

// --- Codice fiscale ---------------------------------------------------------

constexpr std::string_view kCfConsonants = "BCDFGLMNPRSTVZ";
constexpr std::string_view kCfLetters = "BCDFGLMNPRSTVZAEIOU";
constexpr std::string_view kCfMonths = "ABCDEHLMPRST";
constexpr std::string_view kCfOmocodia = "LMNPQRSTUV";  // substitutes of 0-9
// Codici catastali (Belfiore codes) of large comuni.
constexpr std::string_view kCfComuni[] = {
    "H501",  // Roma
    "F205",  // Milano
    "F839",  // Napoli
    "L219",  // Torino
    "G273",  // Palermo
    "D969",  // Genova
    "A944",  // Bologna
    "D612",  // Firenze
    "L736",  // Venezia
};

// The check letter over the first fifteen characters. Characters at odd
// positions (1st, 3rd, ...) use the decree's scrambled table, the others
// their plain value (digit, or A=0 ... Z=25).
char CfCheck(std::string_view first_fifteen) {
  constexpr int kOdd[26] = {1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                            20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
  int sum = 0;
  for (size_t i = 0; i < 15; ++i) {
    const char c = first_fifteen[i];
    const int index = IsDigit(c) ? c - '0' : c - 'A';
    sum += i % 2 == 0 ? kOdd[index] : index;
  }
  return static_cast<char>('A' + sum % 26);
}

// The digit value of a codice fiscale digit position: a digit or its
// omocodia letter; -1 otherwise.
int CfDigit(char c) {
  if (IsDigit(c)) return c - '0';
  const size_t at = kCfOmocodia.find(c);
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

}  // namespace

// --- UUID -------------------------------------------------------------------

std::string UuidV4(Rng& rng) {
  std::string text;
  AppendUuidV4(rng, &text);
  return text;
}

void AppendUuidV4(Rng& rng, std::string* out) {
  uint64_t hi = rng.Next();
  uint64_t lo = rng.Next();
  hi = (hi & ~kVersionMask) | (uint64_t{4} << 12);
  lo = (lo & ~kVariantMask) | kVariantRfc;
  AppendUuid(hi, lo, out);
}

std::string UuidV7(Rng& rng, int64_t unix_ts_ms) {
  GTEST_DATA_INTERNAL_CHECK_(UnixMillisFits48Bits(unix_ts_ms),
                             "UuidV7 needs a timestamp in [0, 2^48)");
  const uint64_t rand_a = rng.Next() >> 52;  // 12 bits
  const uint64_t rand_b = rng.Next() >> 2;   // 62 bits
  const uint64_t hi =
      (static_cast<uint64_t>(unix_ts_ms) << 16) | (uint64_t{7} << 12) | rand_a;
  return FormatUuid(hi, kVariantRfc | rand_b);
}

std::optional<std::array<uint8_t, 16>> ParseUuid(std::string_view text) {
  if (text.size() != 36) return std::nullopt;
  std::array<uint8_t, 16> bytes{};
  size_t nibble = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (text[i] != '-') return std::nullopt;
      continue;
    }
    const int v = HexValue(text[i]);
    if (v < 0) return std::nullopt;
    bytes[nibble / 2] = static_cast<uint8_t>(bytes[nibble / 2] |
                                             (nibble % 2 == 0 ? v << 4 : v));
    ++nibble;
  }
  return bytes;
}

std::optional<int> UuidVersion(std::string_view text) {
  const std::optional<std::array<uint8_t, 16>> bytes = ParseUuid(text);
  if (!bytes || ((*bytes)[8] >> 6) != 2) return std::nullopt;
  return (*bytes)[6] >> 4;
}

std::optional<int64_t> UuidV7Timestamp(std::string_view text) {
  if (UuidVersion(text) != 7) return std::nullopt;
  const std::array<uint8_t, 16> bytes = *ParseUuid(text);
  int64_t ms = 0;
  for (size_t i = 0; i < 6; ++i) ms = (ms << 8) | bytes[i];
  return ms;
}

// --- ULID -------------------------------------------------------------------

std::string Ulid(Rng& rng, int64_t unix_ts_ms) {
  GTEST_DATA_INTERNAL_CHECK_(UnixMillisFits48Bits(unix_ts_ms),
                             "Ulid needs a timestamp in [0, 2^48)");
  // 128 bits: timestamp (48) | random (80), the random part being the top
  // 16 bits of the first draw followed by the whole second draw.
  const uint64_t hi =
      (static_cast<uint64_t>(unix_ts_ms) << 16) | (rng.Next() >> 48);
  const uint64_t lo = rng.Next();
  std::string out(26, '0');
  // 26 characters carry 130 bits; the first holds only the top 3.
  for (int i = 0; i < 26; ++i) {
    out[static_cast<size_t>(i)] = kCrockford[FiveBits(hi, lo, 125 - 5 * i)];
  }
  return out;
}

bool UlidValid(std::string_view text) {
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
  }
  uint64_t hi = 0, lo = 0;
  return DecodeUlid(text, &hi, &lo);
}

std::optional<int64_t> UlidTimestamp(std::string_view text) {
  uint64_t hi = 0, lo = 0;
  if (!DecodeUlid(text, &hi, &lo)) return std::nullopt;
  return static_cast<int64_t>(hi >> 16);
}

// --- VIN --------------------------------------------------------------------

std::string Vin(Rng& rng, int model_year) {
  GTEST_DATA_INTERNAL_CHECK_(VinModelYearSupported(model_year),
                             "Vin needs a model year in 1980-2039");
  std::string vin(kWmis[UniformBelow(rng, std::size(kWmis))]);
  for (int i = 0; i < 3; ++i) vin.push_back(DrawFrom(rng, kVinAlphabet));
  // Position 7 tells North American decoders which 30-year cycle the year
  // code belongs to.
  vin.push_back(model_year >= 2010 ? DrawFrom(rng, kVinLetters)
                                   : DrawFrom(rng, "0123456789"));
  vin.push_back(DrawFrom(rng, kVinAlphabet));
  vin.push_back('0');  // check digit, set below
  vin.push_back(kVinYearCodes[static_cast<size_t>((model_year - 1980) % 30)]);
  vin.push_back(DrawFrom(rng, kVinAlphabet));  // plant
  AppendDigits(UniformBelow(rng, 1000000), 6, &vin);
  vin[8] = *VinCheckDigit(vin);
  return vin;
}

std::string Vin(Rng& rng) {
  const int year = static_cast<int>(
      UniformInt(rng, kVinDefaultFirstModelYear, kVinDefaultLastModelYear));
  return Vin(rng, year);
}

std::optional<char> VinCheckDigit(std::string_view vin) {
  if (vin.size() != 17) return std::nullopt;
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) {
    if (i == 8) continue;
    const int value = VinValue(vin[i]);
    if (value < 0) return std::nullopt;
    sum += value * kVinWeights[i];
  }
  const int check = sum % 11;
  return check == 10 ? 'X' : static_cast<char>('0' + check);
}

bool VinCheckDigitValid(std::string_view vin) {
  const std::optional<char> check = VinCheckDigit(vin);
  return check && vin[8] == *check;
}

bool VinValid(std::string_view vin) {
  return VinCheckDigitValid(vin) &&
         kVinYearCodes.find(vin[9]) != std::string_view::npos;
}

std::optional<int> VinModelYear(std::string_view vin) {
  if (!VinValid(vin)) return std::nullopt;
  const int cycle = static_cast<int>(kVinYearCodes.find(vin[9]));
  return (IsDigit(vin[6]) ? 1980 : 2010) + cycle;
}

// --- Shared -----------------------------------------------------------------

bool BirthDateValid(const CivilDate& date) {
  return date.year >= 1 && date.year <= 9999 && date.month >= 1 &&
         date.month <= 12 && date.day >= 1 &&
         date.day <= DaysInMonth(date.year, date.month);
}

// --- SSN --------------------------------------------------------------------

std::string Ssn(Rng& rng, IdFormat format) {
  // One draw over all 100 * 49 * 9999 combinations of area 900-999, group
  // 01-49 and serial 0001-9999 (see the header for why this range).
  uint64_t n = UniformBelow(rng, uint64_t{100} * 49 * 9999);
  const uint64_t area = 900 + n % 100;
  n /= 100;
  const uint64_t group = 1 + n % 49;
  const uint64_t serial = 1 + n / 49;
  const bool formatted = format == IdFormat::kFormatted;
  std::string out;
  AppendDigits(area, 3, &out);
  if (formatted) out.push_back('-');
  AppendDigits(group, 2, &out);
  if (formatted) out.push_back('-');
  AppendDigits(serial, 4, &out);
  return out;
}

bool SsnWellFormed(std::string_view text) {
  const std::optional<SsnParts> parts = ParseSsn(text);
  return parts && parts->area != 0 && parts->group != 0 && parts->serial != 0;
}

bool SsnMayBeIssued(std::string_view text) {
  if (!SsnWellFormed(text)) return false;
  const int area = ParseSsn(text)->area;
  return area != 666 && area < 900;
}

// --- PESEL ------------------------------------------------------------------

bool PeselBirthDateSupported(const CivilDate& date) {
  return BirthDateValid(date) && date.year >= kPeselMinBirthYear &&
         date.year <= kPeselMaxBirthYear;
}

std::string Pesel(Rng& rng, const CivilDate& birth_date, Sex sex) {
  GTEST_DATA_INTERNAL_CHECK_(PeselBirthDateSupported(birth_date),
                             "Pesel needs a real date in 1800-2299");
  // One draw for the serial (000-999) and which of the five even or odd sex
  // digits.
  const uint64_t n = UniformBelow(rng, 5000);
  const int century = birth_date.year / 100 - 18;
  std::string out;
  AppendDigits(static_cast<uint64_t>(birth_date.year % 100), 2, &out);
  AppendDigits(
      static_cast<uint64_t>(birth_date.month + kPeselMonthOffsets[century]), 2,
      &out);
  AppendDigits(static_cast<uint64_t>(birth_date.day), 2, &out);
  AppendDigits(n / 5, 3, &out);
  out.push_back(
      static_cast<char>('0' + (n % 5) * 2 + (sex == Sex::kMale ? 1 : 0)));
  out.push_back(PeselCheck(out));
  return out;
}

std::string Pesel(Rng& rng, int min_birth_year, int max_birth_year) {
  GTEST_DATA_INTERNAL_CHECK_(kPeselMinBirthYear <= min_birth_year &&
                                 min_birth_year <= max_birth_year &&
                                 max_birth_year <= kPeselMaxBirthYear,
                             "Pesel needs 1800 <= min <= max <= 2299");
  const CivilDate date = DrawDate(rng, min_birth_year, max_birth_year);
  const Sex sex = DrawSex(rng);
  return Pesel(rng, date, sex);
}

std::optional<CivilDate> PeselBirthDate(std::string_view text) {
  if (text.size() != 11 || !AllDigits(text) || text[10] != PeselCheck(text)) {
    return std::nullopt;
  }
  const int encoded_month = static_cast<int>(DigitsValue(text.substr(2, 2)));
  const int offset = encoded_month / 20 * 20;  // 0, 20, 40, 60 or 80
  const int century_index = offset == 80 ? 0 : offset / 20 + 1;
  const CivilDate date{1800 + 100 * century_index +
                           static_cast<int>(DigitsValue(text.substr(0, 2))),
                       encoded_month - offset,
                       static_cast<int>(DigitsValue(text.substr(4, 2)))};
  if (!PeselBirthDateSupported(date)) return std::nullopt;
  return date;
}

bool PeselValid(std::string_view text) {
  return PeselBirthDate(text).has_value();
}

std::optional<Sex> PeselSex(std::string_view text) {
  if (!PeselValid(text)) return std::nullopt;
  return Digit(text, 9) % 2 == 0 ? Sex::kFemale : Sex::kMale;
}

// --- CPF --------------------------------------------------------------------

std::string Cpf(Rng& rng, IdFormat format) {
  uint64_t body = UniformBelow(rng, 1000000000);
  // Every repeated-digit body is k * 111111111 for k in 0-9.
  while (body % 111111111 == 0) body = UniformBelow(rng, 1000000000);
  std::string digits;
  AppendDigits(body, 9, &digits);
  digits.push_back(static_cast<char>('0' + CpfCheck(digits)));
  digits.push_back(static_cast<char>('0' + CpfCheck(digits)));
  if (format == IdFormat::kDigitsOnly) return digits;
  const std::string_view d = digits;
  std::string out;
  out.append(d.substr(0, 3)).append(".");
  out.append(d.substr(3, 3)).append(".");
  out.append(d.substr(6, 3)).append("-");
  out.append(d.substr(9, 2));
  return out;
}

bool CpfValid(std::string_view text) {
  std::string digits;
  if (text.size() == 14 && text[3] == '.' && text[7] == '.' &&
      text[11] == '-') {
    digits.append(text.substr(0, 3));
    digits.append(text.substr(4, 3));
    digits.append(text.substr(8, 3));
    digits.append(text.substr(12, 2));
  } else if (text.size() == 11) {
    digits.append(text);
  } else {
    return false;
  }
  if (!AllDigits(digits)) return false;
  const std::string_view d = digits;
  if (DigitsValue(d.substr(0, 9)) % 111111111 == 0 && d[9] == d[0] &&
      d[10] == d[0]) {
    return false;  // all eleven digits equal
  }
  return Digit(d, 9) == CpfCheck(d.substr(0, 9)) &&
         Digit(d, 10) == CpfCheck(d.substr(0, 10));
}

// --- DNI and NIE ------------------------------------------------------------

char DniLetter(uint32_t number) {
  GTEST_DATA_INTERNAL_CHECK_(number <= 99999999,
                             "DniLetter needs a number of at most 8 digits");
  constexpr char kLetters[] = "TRWAGMYFPDXBNJZSQVHLCKE";
  return kLetters[number % 23];
}

std::string Dni(Rng& rng) {
  const uint64_t number = 1 + UniformBelow(rng, 99999999);
  std::string out;
  AppendDigits(number, 8, &out);
  out.push_back(DniLetter(static_cast<uint32_t>(number)));
  return out;
}

bool DniValid(std::string_view text) {
  if (text.size() != 9 || !AllDigits(text.substr(0, 8))) return false;
  return text[8] ==
         DniLetter(static_cast<uint32_t>(DigitsValue(text.substr(0, 8))));
}

std::string Nie(Rng& rng) {
  // X, Y, Z stand for 0, 1, 2 in front of the seven digits, so one draw
  // below 3 * 10^7 is the whole number.
  const uint64_t n = UniformBelow(rng, 30000000);
  std::string out(1, "XYZ"[n / 10000000]);
  AppendDigits(n % 10000000, 7, &out);
  out.push_back(DniLetter(static_cast<uint32_t>(n)));
  return out;
}

bool NieValid(std::string_view text) {
  if (text.size() != 9 || !AllDigits(text.substr(1, 7))) return false;
  const size_t prefix = std::string_view("XYZ").find(text[0]);
  if (prefix == std::string_view::npos) return false;
  const uint64_t n = prefix * 10000000 + DigitsValue(text.substr(1, 7));
  return text[8] == DniLetter(static_cast<uint32_t>(n));
}

// --- BSN --------------------------------------------------------------------

std::string Bsn(Rng& rng) {
  while (true) {
    // Eight digits, the first 1-9; the ninth must equal the weighted sum mod
    // 11, so a sum of 10 mod 11 has no ninth digit and is drawn again.
    const uint64_t first_eight = 10000000 + UniformBelow(rng, 90000000);
    std::string out;
    AppendDigits(first_eight, 8, &out);
    int sum = 0;
    for (size_t i = 0; i < 8; ++i)
      sum += Digit(out, i) * static_cast<int>(9 - i);
    if (sum % 11 == 10) continue;
    out.push_back(static_cast<char>('0' + sum % 11));
    return out;
  }
}

bool BsnValid(std::string_view text) {
  if (text.size() != 9 || !AllDigits(text) || DigitsValue(text) == 0) {
    return false;
  }
  int sum = 0;
  for (size_t i = 0; i < 8; ++i)
    sum += Digit(text, i) * static_cast<int>(9 - i);
  return (sum - Digit(text, 8)) % 11 == 0;
}

// --- Codice fiscale ---------------------------------------------------------

std::string CodiceFiscale(Rng& rng, const CivilDate& birth_date, Sex sex) {
  GTEST_DATA_INTERNAL_CHECK_(BirthDateValid(birth_date),
                             "CodiceFiscale needs a real date in 1-9999");
  std::string out;
  for (int part = 0; part < 2; ++part) {  // surname, then given name
    out.push_back(DrawFrom(rng, kCfConsonants));
    out.push_back(DrawFrom(rng, kCfConsonants));
    out.push_back(DrawFrom(rng, kCfLetters));
  }
  AppendDigits(static_cast<uint64_t>(birth_date.year % 100), 2, &out);
  out.push_back(kCfMonths[static_cast<size_t>(birth_date.month - 1)]);
  AppendDigits(
      static_cast<uint64_t>(birth_date.day + (sex == Sex::kFemale ? 40 : 0)),
      2, &out);
  out.append(kCfComuni[UniformBelow(rng, std::size(kCfComuni))]);
  out.push_back(CfCheck(out));
  return out;
}

namespace {

// The three letters of a codice fiscale for a name (DM 23/12/1976): the
// consonants in order, then the vowels, then X; a given name with four or
// more consonants takes its first, third and fourth. Letters outside A-Z
// (after upper-casing ASCII) are skipped.
std::string CfNameLetters(std::string_view name, bool given) {
  std::string consonants, vowels;
  for (char c : name) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') continue;
    (std::string_view("AEIOU").find(c) != std::string_view::npos ? vowels : consonants)
        .push_back(c);
  }
  if (given && consonants.size() >= 4) {
    return std::string{consonants[0], consonants[2], consonants[3]};
  }
  std::string letters = consonants + vowels + "XXX";
  return letters.substr(0, 3);
}

}  // namespace

std::string CodiceFiscaleFor(Rng& rng, std::string_view surname, std::string_view given_name,
                             const CivilDate& birth_date, Sex sex) {
  GTEST_DATA_INTERNAL_CHECK_(BirthDateValid(birth_date),
                             "CodiceFiscaleFor needs a real date in 1-9999");
  std::string out = CfNameLetters(surname, false) + CfNameLetters(given_name, true);
  AppendDigits(static_cast<uint64_t>(birth_date.year % 100), 2, &out);
  out.push_back(kCfMonths[static_cast<size_t>(birth_date.month - 1)]);
  AppendDigits(
      static_cast<uint64_t>(birth_date.day + (sex == Sex::kFemale ? 40 : 0)),
      2, &out);
  out.append(kCfComuni[UniformBelow(rng, std::size(kCfComuni))]);
  out.push_back(CfCheck(out));
  return out;
}

std::string CodiceFiscale(Rng& rng, int min_birth_year, int max_birth_year) {
  GTEST_DATA_INTERNAL_CHECK_(1 <= min_birth_year &&
                                 min_birth_year <= max_birth_year &&
                                 max_birth_year <= 9999,
                             "CodiceFiscale needs 1 <= min <= max <= 9999");
  const CivilDate date = DrawDate(rng, min_birth_year, max_birth_year);
  const Sex sex = DrawSex(rng);
  return CodiceFiscale(rng, date, sex);
}

bool CodiceFiscaleValid(std::string_view text) {
  if (text.size() != 16) return false;
  constexpr size_t kLetterPositions[] = {0, 1, 2, 3, 4, 5, 11, 15};
  constexpr size_t kDigitPositions[] = {6, 7, 9, 10, 12, 13, 14};
  for (size_t i : kLetterPositions) {
    if (!IsUpper(text[i])) return false;
  }
  for (size_t i : kDigitPositions) {
    if (CfDigit(text[i]) < 0) return false;
  }
  const size_t month = kCfMonths.find(text[8]);
  if (month == std::string_view::npos) return false;
  int day = CfDigit(text[9]) * 10 + CfDigit(text[10]);
  if (day > 40) day -= 40;
  // The year's century is unknown, so February 29 is always allowed.
  if (day < 1 || day > DaysInMonth(2000, static_cast<int>(month) + 1)) {
    return false;
  }
  return text[15] == CfCheck(text);
}

}  // namespace fake
}  // namespace gtest_data
