// Copyright 2026 The gtest_data Authors.
//
// Identifiers: UUIDs, ULIDs, vehicle identification numbers and national
// identity numbers, each valid by construction and each with a checker.
//
//   gtest_data::Rng rng(gtest_data::DeriveSeed(seed, "customer"));
//   namespace fake = gtest_data::fake;
//   constexpr int64_t kNow = 1767225600000;  // 2026-01-01T00:00:00Z, fixed
//   std::string id = fake::UuidV4(rng);  // "xxxxxxxx-xxxx-4xxx-9xxx-xxxx..."
//   std::string key = fake::UuidV7(rng, kNow);
//   std::string order = fake::Ulid(rng, kNow);  // "01KD..." (26 characters)
//   std::string vin = fake::Vin(rng);           // "WBA...", check digit set
//   std::string ssn = fake::Ssn(rng);           // "9xx-xx-xxxx", never issued
//   std::string pesel = fake::Pesel(rng, fake::CivilDate{1990, 5, 14},
//                                   fake::Sex::kFemale);
//   bool ok = fake::PeselValid(pesel);          // true
//
// Time-based identifiers (UUID version 7, ULID) never read a clock: the
// caller passes the timestamp, in milliseconds since the Unix epoch, usually
// from a fixed reference "now" of the test, so the value stays reproducible.
//
// The national identity numbers follow each country's published format and
// checksum. Only the US Social Security number is also guaranteed never to
// belong to a person (see Ssn()); the others are drawn from the valid space
// and may coincide with a real number, as any syntactically valid value can.
// Do not use them outside tests.
//
// Validators (UuidVersion, UlidValid, VinValid, PeselValid, CpfValid, ...)
// take untrusted text and return false or std::nullopt for anything malformed;
// they never abort. Generators abort through a check on a documented
// precondition (a timestamp outside 48 bits, an unsupported model year), for
// which a query function is provided.
//
// Determinism: every generated value is a pure function of the Rng state and
// the arguments, identical on every platform; the number of engine draws per
// call is documented where it is fixed. Changing any of it bumps the data
// version (gtest_data/version.h).
//
// Thread-safety: the functions are as thread-safe as the Rng they are given;
// the validators are pure and may be called from any thread.

#ifndef GTEST_DATA_FAKE_IDENTIFIERS_H_
#define GTEST_DATA_FAKE_IDENTIFIERS_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "gtest_data/fake/datetime.h"
#include "gtest_data/fake/person.h"
#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace fake {

// ---------------------------------------------------------------------------
// Timestamps of time-based identifiers
// ---------------------------------------------------------------------------

// The largest timestamp a UUID version 7 or a ULID can hold: 2^48 - 1
// milliseconds after the Unix epoch (in the year 10889).
inline constexpr int64_t kMaxUnixMillis48 = (int64_t{1} << 48) - 1;

// Returns whether `unix_ts_ms` lies in [0, kMaxUnixMillis48], the range that
// UuidV7() and Ulid() accept.
constexpr bool UnixMillisFits48Bits(int64_t unix_ts_ms) {
  return unix_ts_ms >= 0 && unix_ts_ms <= kMaxUnixMillis48;
}

// ---------------------------------------------------------------------------
// UUIDs (RFC 9562)
// ---------------------------------------------------------------------------

// Returns a random (version 4) UUID in lowercase 8-4-4-4-12 form, e.g.
// "919108f7-52d1-4320-9bac-f847db4148a8": 122 bits from the stream, the
// version nibble 4 and the RFC 9562 variant bits 10.
//
// Determinism: consumes exactly two draws.
std::string UuidV4(Rng& rng);
void AppendUuidV4(Rng& rng, std::string* out);  // the same, appended to *out

// Returns a time-ordered (version 7) UUID in lowercase 8-4-4-4-12 form: the
// 48-bit big-endian `unix_ts_ms`, the version nibble 7, 12 random bits, the
// variant bits 10 and 62 random bits. Values with a later timestamp sort
// after values with an earlier one, both as text and as bytes; values within
// one millisecond are in random order (no monotonic counter).
//
// Requires UnixMillisFits48Bits(unix_ts_ms).
// Determinism: consumes exactly two draws.
std::string UuidV7(Rng& rng, int64_t unix_ts_ms);

// Parses the 36-character 8-4-4-4-12 form (hex digits in either case) into
// its 16 bytes, most significant first. Returns std::nullopt for any other
// text: no braces, no "urn:uuid:" prefix, no missing hyphens.
std::optional<std::array<uint8_t, 16>> ParseUuid(std::string_view text);

// Returns the version nibble (0-15; RFC 9562 defines 1-8) of a UUID in
// 8-4-4-4-12 form whose variant bits are the RFC 9562 ones (10). Returns
// std::nullopt for text ParseUuid() rejects and for other variants,
// including the nil and max UUIDs.
std::optional<int> UuidVersion(std::string_view text);

// Returns the Unix timestamp in milliseconds of a version 7 UUID, or
// std::nullopt when UuidVersion(text) is not 7.
std::optional<int64_t> UuidV7Timestamp(std::string_view text);

// ---------------------------------------------------------------------------
// ULIDs (github.com/ulid/spec)
// ---------------------------------------------------------------------------

// Returns a ULID: the 48-bit `unix_ts_ms` followed by 80 random bits, in 26
// characters of Crockford's base32 (0-9 and A-Z without I, L, O, U), e.g.
// "01ARZ3NDEKTSV4RRFFQ69G5FAV". The first ten characters encode the
// timestamp, so later timestamps sort after earlier ones; values within one
// millisecond are in random order (no monotonic counter).
//
// Requires UnixMillisFits48Bits(unix_ts_ms).
// Determinism: consumes exactly two draws.
std::string Ulid(Rng& rng, int64_t unix_ts_ms);

// Returns whether `text` is a ULID in canonical form: 26 characters of the
// uppercase Crockford alphabet, the first one 0-7 (so the value fits in 128
// bits).
bool UlidValid(std::string_view text);

// Returns the timestamp of a ULID in milliseconds since the Unix epoch.
// Accepts the canonical form and its lowercase (the spec decodes
// case-insensitively); returns std::nullopt for anything else.
std::optional<int64_t> UlidTimestamp(std::string_view text);

// ---------------------------------------------------------------------------
// Vehicle identification numbers (ISO 3779, North American check digit)
// ---------------------------------------------------------------------------

// The model years a VIN's tenth character can name: its 30 codes repeat
// every 30 years from 1980.
inline constexpr int kVinMinModelYear = 1980;
inline constexpr int kVinMaxModelYear = 2039;

// The model years Vin(rng) draws from, uniformly.
inline constexpr int kVinDefaultFirstModelYear = 2000;
inline constexpr int kVinDefaultLastModelYear = 2025;

// Returns whether Vin() accepts `model_year`: kVinMinModelYear to
// kVinMaxModelYear.
constexpr bool VinModelYearSupported(int model_year) {
  return model_year >= kVinMinModelYear && model_year <= kVinMaxModelYear;
}

// Returns a 17-character VIN for the given model year:
//
//   1-3   a real world manufacturer identifier (WBA BMW, 1HG Honda USA, ...)
//   4-8   vehicle descriptor; position 7 is a letter for model years from
//         2010 and a digit before, as North American VINs mark the 30-year
//         cycle of the year code
//   9     the check digit (0-9 or X), computed as in 49 CFR 565.15
//   10    the model year code (A-Y without I, O, Q, U, Z, then 1-9)
//   11    assembly plant
//   12-17 serial number, digits
//
// Only the characters 0-9 and A-Z without I, O and Q appear.
// Requires VinModelYearSupported(model_year).
// Determinism: consumes exactly eight UniformBelow draws.
std::string Vin(Rng& rng, int model_year);

// Returns Vin(rng, year) for a model year drawn uniformly from
// kVinDefaultFirstModelYear to kVinDefaultLastModelYear.
// Determinism: consumes exactly nine UniformBelow draws, the year first.
std::string Vin(Rng& rng);

// Returns the check digit ('0'-'9' or 'X') that belongs at position 9 of a
// 17-character VIN, computed from the other 16 characters: each is
// transliterated (digits as themselves, A-H as 1-8, J-N as 1-5, P as 7, R as
// 9, S-Z as 2-9), weighted 8 7 6 5 4 3 2 10 - 9 8 7 6 5 4 3 2, summed, and
// taken mod 11, with 10 written X. Returns std::nullopt when `vin` is not 17
// characters or a character other than the ninth is outside 0-9 and
// uppercase A-Z without I, O, Q.
std::optional<char> VinCheckDigit(std::string_view vin);

// Returns whether `vin` is 17 valid characters whose ninth is the check
// digit VinCheckDigit() computes. Says nothing about the other fields.
bool VinCheckDigitValid(std::string_view vin);

// Returns whether `vin` is a well-formed VIN: VinCheckDigitValid() and a
// model year code at position 10 (not 0, U or Z).
bool VinValid(std::string_view vin);

// Returns the model year of a VinValid() VIN, read as North American VINs
// are: the tenth character names a year in 1980-2009 when the seventh is a
// digit, and in 2010-2039 when it is a letter. Vin() follows that rule, so
// VinModelYear(Vin(rng, y)) == y. Returns std::nullopt when !VinValid(vin).
std::optional<int> VinModelYear(std::string_view vin);

// ---------------------------------------------------------------------------
// National identity numbers: shared types
// ---------------------------------------------------------------------------

// Birth dates are CivilDate (datetime.h) and sexes are Sex (person.h).

// Returns whether `date` is a real calendar date with a year in 1-9999.
bool BirthDateValid(const CivilDate& date);

// How numbers with a conventional punctuation are written.
enum class IdFormat {
  kFormatted,   // with the usual separators: "912-34-5678", "529.982.247-25"
  kDigitsOnly,  // the digits alone: "912345678", "52998224725"
};

// ---------------------------------------------------------------------------
// United States: Social Security number
// ---------------------------------------------------------------------------

// Returns a US Social Security number that is never a real person's:
// area 900-999, group 01-49, serial 0001-9999, as "9AA-GG-SSSS" or nine
// digits.
//
// Why this range: the Social Security Administration has never issued an
// area number of 900-999 (nor 000 or 666). The IRS uses area 9xx for
// Individual Taxpayer Identification Numbers, whose group is 50-65, 70-88,
// 90-92 or 94-99, and for Adoption Taxpayer Identification Numbers (group
// 93); groups 01-49 are none of these, so the value is no one's taxpayer
// number of any kind.
//
// The trade-off: since the SSA randomised issuance in June 2011, every
// number with area 001-665 or 667-899, group 01-99 and serial 0001-9999 can
// be issued, so no value passes a validator that rejects area 9xx and is
// still guaranteed fictitious. These values pass format checks ("###-##-####"
// with no all-zero field, SsnWellFormed()) but fail strict validators that
// reject area 9xx (SsnMayBeIssued() is false). Code under test that insists
// on an issuable SSN needs a value chosen by hand.
//
// Determinism: consumes exactly one UniformBelow draw.
std::string Ssn(Rng& rng, IdFormat format = IdFormat::kFormatted);

// Returns whether `text` is an SSN in form: "AAA-GG-SSSS" or nine digits,
// with area, group and serial each not all zeros.
bool SsnWellFormed(std::string_view text);

// Returns whether `text` is SsnWellFormed() and in the space the SSA issues
// from: area 001-665 or 667-899. Ssn() never returns such a number.
bool SsnMayBeIssued(std::string_view text);

// ---------------------------------------------------------------------------
// Poland: PESEL
// ---------------------------------------------------------------------------

// The birth years a PESEL can encode: the month field adds 80, 0, 20, 40 or
// 60 for the centuries 1800-2299.
inline constexpr int kPeselMinBirthYear = 1800;
inline constexpr int kPeselMaxBirthYear = 2299;

// Returns whether Pesel() accepts `date`: BirthDateValid() and a year from
// kPeselMinBirthYear to kPeselMaxBirthYear.
bool PeselBirthDateSupported(const CivilDate& date);

// Returns an 11-digit PESEL: YYMMDD with the century in the month (+80 for
// 1800-1899, +0 for 1900-1999, +20, +40, +60 for the 2000s, 2100s, 2200s),
// a three-digit serial, a sex digit (even for kFemale, odd for kMale) and a
// check digit: 10 minus the last digit of the digits weighted 1 3 7 9 1 3 7
// 9 1 3, mod 10.
//
// Requires PeselBirthDateSupported(birth_date).
// Determinism: consumes exactly one UniformBelow draw.
std::string Pesel(Rng& rng, const CivilDate& birth_date, Sex sex);

// Returns a PESEL whose birth date is drawn uniformly from the days of the
// years min_birth_year to max_birth_year and whose sex is drawn with equal
// odds. Requires kPeselMinBirthYear <= min_birth_year <= max_birth_year <=
// kPeselMaxBirthYear.
// Determinism: consumes exactly three UniformBelow draws.
std::string Pesel(Rng& rng, int min_birth_year, int max_birth_year);

// Returns whether `text` is 11 digits with a real birth date (century
// encoded in the month) and a correct check digit.
bool PeselValid(std::string_view text);

// Returns the birth date of a PeselValid() number, else std::nullopt.
std::optional<CivilDate> PeselBirthDate(std::string_view text);

// Returns the sex of a PeselValid() number, else std::nullopt.
std::optional<Sex> PeselSex(std::string_view text);

// ---------------------------------------------------------------------------
// Brazil: CPF (Cadastro de Pessoas Físicas)
// ---------------------------------------------------------------------------

// Returns a CPF: nine digits and two mod-11 check digits, as "###.###.###-##"
// or eleven digits. The first check digit weighs the nine digits 10 down to
// 2, the second weighs the ten digits 11 down to 2; each is 11 - (sum mod
// 11), or 0 when that remainder is below 2. Never returns a repeated-digit
// number (000.000.000-00, 111.111.111-11, ...): those pass the arithmetic
// but are rejected by the Receita Federal and by validators.
//
// Determinism: consumes one UniformBelow draw, and another in the 9 in 10^9
// cases of a repeated-digit body.
std::string Cpf(Rng& rng, IdFormat format = IdFormat::kFormatted);

// Returns whether `text` is a CPF, formatted "###.###.###-##" or as eleven
// digits, with both check digits correct and not all digits equal.
bool CpfValid(std::string_view text);

// ---------------------------------------------------------------------------
// Spain: DNI and NIE
// ---------------------------------------------------------------------------

// Returns the control letter of the DNI number `number`:
// "TRWAGMYFPDXBNJZSQVHLCKE"[number mod 23]. Requires number <= 99999999.
char DniLetter(uint32_t number);

// Returns a DNI (Documento Nacional de Identidad): eight digits, zero-padded,
// from 00000001 to 99999999, and the control letter, e.g. "12345678Z".
// Determinism: consumes exactly one UniformBelow draw.
std::string Dni(Rng& rng);

// Returns whether `text` is eight digits followed by their control letter
// (uppercase).
bool DniValid(std::string_view text);

// Returns a NIE (Número de Identidad de Extranjero): X, Y or Z, seven
// digits and a control letter computed as for a DNI with the prefix read as
// 0, 1 or 2, e.g. "X1234567L".
// Determinism: consumes exactly one UniformBelow draw.
std::string Nie(Rng& rng);

// Returns whether `text` is a NIE: X, Y or Z, seven digits and the right
// control letter (uppercase).
bool NieValid(std::string_view text);

// ---------------------------------------------------------------------------
// Netherlands: BSN (burgerservicenummer)
// ---------------------------------------------------------------------------

// Returns a nine-digit BSN passing the "elfproef": 9*d1 + 8*d2 + ... +
// 2*d8 - 1*d9 is divisible by 11. The first digit is 1-9, so the value keeps
// nine digits when stored as an integer.
// Determinism: consumes one UniformBelow draw per attempt; about one attempt
// in eleven is discarded (no ninth digit fits), so 1.1 draws on average.
std::string Bsn(Rng& rng);

// Returns whether `text` is nine digits, not all zero, passing the elfproef.
bool BsnValid(std::string_view text);

// ---------------------------------------------------------------------------
// Italy: codice fiscale
// ---------------------------------------------------------------------------

// Returns a 16-character codice fiscale for a person born on `birth_date`:
// three letters for the surname and three for the given name (consonants
// first, as the real derivation produces), the year's last two digits, the
// month letter (ABCDEHLMPRST), the day (plus 40 for kFemale), the cadastral
// code of a large Italian comune (H501 Roma, F205 Milano, ...) and the
// check letter of the official odd/even position tables. The name letters
// are drawn, not derived from a name.
//
// Requires BirthDateValid(birth_date).
// Determinism: consumes exactly seven UniformBelow draws.
std::string CodiceFiscale(Rng& rng, const CivilDate& birth_date, Sex sex);

// Returns the codice fiscale of a person: the name letters are the
// surname's and given name's by the official rule (consonants, then vowels,
// then X; a given name with four or more consonants takes the first, third
// and fourth), from ASCII names (romanized or folded: "Rossi", "Mario"
// give RSSMRA); the birth date and sex as above, the place drawn.
// Requires BirthDateValid(birth_date).
// Determinism: consumes exactly one UniformBelow draw.
std::string CodiceFiscaleFor(Rng& rng, std::string_view surname, std::string_view given_name,
                             const CivilDate& birth_date, Sex sex);

// Returns a codice fiscale with a birth date drawn uniformly from the days of
// the years min_birth_year to max_birth_year and a sex drawn with equal odds.
// Requires 1 <= min_birth_year <= max_birth_year <= 9999.
// Determinism: consumes exactly nine UniformBelow draws.
std::string CodiceFiscale(Rng& rng, int min_birth_year, int max_birth_year);

// Returns whether `text` is a codice fiscale: six letters, a two-digit year,
// a month letter, a day of 1-31 or 41-71 that the month can have, a letter
// and three digits of place, and the right check letter (uppercase only).
// The digit positions also accept the omocodia substitutes L-V (0-9) that
// the tax office assigns when two people would share a code.
bool CodiceFiscaleValid(std::string_view text);

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_IDENTIFIERS_H_
