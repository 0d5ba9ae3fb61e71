// Copyright 2026 The gtest_data Authors.
//
// Fake financial identifiers: IBANs, BICs, payment card numbers, ISO 4217
// currencies and money amounts, each valid by construction.
//
//   gtest_data::Rng rng(gtest_data::DeriveSeed(test_seed, "payment"));
//   std::string iban = gtest_data::fake::Iban(rng, "DE");   // "DE89370400..."
//   std::string print = gtest_data::fake::FormatIbanPrint(iban);
//   std::string bic = gtest_data::fake::Bic(rng, "DE");     // "COBADEFF..."
//   std::string card =
//       gtest_data::fake::CardNumber(rng, gtest_data::fake::CardBrand::kVisa);
//   gtest_data::fake::ExpiryDate expiry =
//       gtest_data::fake::CardExpiry(rng, 2026, 3);  // after March 2026
//   int64_t cents = gtest_data::fake::Amount(rng, 100, 99999);
//   std::string text = gtest_data::fake::FormatAmount(cents, "EUR");
//
// What "valid" means:
//
//   IBAN   the country's exact BBAN layout from the SWIFT IBAN registry
//          (length; digits, letters or alphanumerics per field), the national
//          check digits inside the BBAN where the country defines them (the
//          French RIB key, the Spanish DC, the Italian CIN, ...; see Iban()),
//          and ISO 13616 mod-97 check digits. Bank codes are real or
//          realistic; accounts are random, so an IBAN may by chance name a
//          real account, as any well-formed test number can.
//   BIC    ISO 9362 structure: a 4-letter bank code, the country, a 2-character
//          location that is not a test or passive code, and an optional branch.
//   Cards  a prefix inside the brand's issuer identification number (IIN)
//          ranges, a length the brand issues, and a Luhn check digit. Use them
//          with test gateways only; they are not issued cards.
//   Money  integer minor units (cents) and ISO 4217 minor-unit exponents; no
//          floating point anywhere.
//
// Determinism: every value is a pure function of the Rng state; no clock,
// locale or std:: distribution is involved, so a seed gives the same values
// on every platform within a data version (gtest_data/version.h). How many
// engine draws a call consumes is fixed but not promised call by call: some
// generators reject and redraw (a Dutch account that fails the 11-test, a
// Norwegian one whose check digit would be 10), so treat the stream position
// after a call as opaque and derive a new stream per field instead of
// counting draws.
//
// Errors: passing an unsupported country, currency, length or month is a
// programming error and aborts with a message naming the value and what is
// supported. Ask IsIbanCountry(), IsBicCountry(), FindCurrency() or
// CardLengths() first when the value comes from outside the program.
//
// Thread-safety: the functions are as thread-safe as the Rng they are given;
// the rest (queries, validators, formatters) are pure and thread-safe.

#ifndef GTEST_DATA_FAKE_FINANCE_H_
#define GTEST_DATA_FAKE_FINANCE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace fake {

// ---------------------------------------------------------------------------
// IBAN (ISO 13616)
// ---------------------------------------------------------------------------

// Returns true if Iban() supports `country`, an upper-case ISO 3166 alpha-2
// code such as "DE". Case-sensitive: "de" is not supported.
bool IsIbanCountry(std::string_view country);

// Returns the countries Iban() supports, in alphabetical order:
// AT BE BR CH CZ DE DK EE ES FI FR GB GR HR HU IE IT LI LU MC NL NO PL PT SE
// SI SK SM.
std::vector<std::string> IbanCountries();

// Returns a random IBAN of `country` in electronic form: upper case, no
// spaces, e.g. "GB29NWBK60161331926819". The BBAN follows the country's
// registry layout and national rules:
//
//   BE  the last two digits are the first ten mod 97 (97 for 0).
//   CZ  SK  prefix and account pass the weighted mod-11 test.
//   EE  the account ends with its 7-3-1 check digit.
//   ES  the two DC digits check bank+branch and the account (mod 11).
//   FI  the 14-digit account ends with its Luhn check digit.
//   FR  MC  the RIB key (mod 97 over bank, branch and account).
//   HR  bank and account end with ISO 7064 MOD 11,10 check digits.
//   HU  the bank/branch block and the account end with 9-7-3-1 check digits.
//   IT  SM  the CIN letter over ABI, CAB and account.
//   NL  a real bank code (ABNA, INGB, RABO, ...); the account passes the
//       11-test (weights 10..1, mod 11).
//   NO  the account ends with its mod-11 check digit (weights 5,4,3,2,7,...).
//   PL  the bank sort code ends with its check digit (weights 3,9,7,1,...).
//   PT  SI  the national check digits (ISO 7064 MOD 97-10).
//   GB  IE  a real bank code (4 letters) with a sort code of that bank.
//
// AT, BR, CH, DE, DK, GR, LI, LU and SE get real or realistic bank codes but
// no national account check, which those countries define per bank or not
// at all.
//
// Aborts if !IsIbanCountry(country).
std::string Iban(Rng& rng, std::string_view country);

// Returns `iban` in print form: groups of four characters separated by one
// space, the last group possibly shorter, e.g.
// FormatIbanPrint("DE89370400440532013000") == "DE89 3704 0044 0532 0130 00".
// Expects the electronic form; other text is grouped as it is.
std::string FormatIbanPrint(std::string_view iban);

// Returns true if `iban` is a valid IBAN of a supported country (see
// IsIbanCountry()): the country's exact length, its BBAN character layout
// (digits, upper-case letters or alphanumerics per field) and ISO 13616
// mod-97 check digits (check digits 00, 01 and 99 are invalid). Spaces are
// ignored, so the print form validates too; lower case does not. National
// check digits inside the BBAN are not verified, because some countries (the
// Netherlands, the United Kingdom) apply them to some banks only.
bool ValidIban(std::string_view iban);

// ---------------------------------------------------------------------------
// BIC (ISO 9362)
// ---------------------------------------------------------------------------

// Returns true if Bic() supports `country`: every IBAN country plus AU, CA,
// CN, HK, IN, JP, MX, NZ, SG, US and ZA. Case-sensitive.
bool IsBicCountry(std::string_view country);

// Returns the countries Bic() supports, in alphabetical order.
std::vector<std::string> BicCountries();

// Returns a random BIC of `country`: 8 characters (head office) or, one time
// in four, 11 (with a branch code; "XXX" is never drawn then). The bank code
// comes from a list of real institution codes of that country where we have
// one (e.g. DEUT, COBA for DE), else four random letters. The location code
// avoids "0" and "1" as its second character, which mark test and passive
// BICs. Aborts if !IsBicCountry(country).
std::string Bic(Rng& rng, std::string_view country);

// Returns true if `bic` has the ISO 9362 shape: 8 or 11 characters, four
// upper-case letters, two upper-case letters (the country; not checked
// against a list), two upper-case alphanumerics, and optionally three more.
bool ValidBic(std::string_view bic);

// ---------------------------------------------------------------------------
// Payment cards
// ---------------------------------------------------------------------------

// Card networks. The IIN ranges and lengths generated:
//
//   kVisa        4                                    13, 16 or 19 digits
//   kMastercard  51-55, 2221-2720                     16
//   kAmex        34, 37                               15
//   kDiscover    6011, 644-649, 65, 622126-622925     16 or 19
//   kJcb         3528-3589                            16 or 19
//   kDinersClub  300-305, 3095, 36, 38, 39            14
//   kUnionPay    62                                   16 or 19
//   kMaestro     5018, 5020, 5038, 5893, 6304, 6759,  12 to 19 (mostly 16)
//                6761, 6762, 6763
//
// 622126-622925 is issued jointly by Discover and UnionPay, so it appears
// under both.
enum class CardBrand {
  kVisa,
  kMastercard,
  kAmex,
  kDiscover,
  kJcb,
  kDinersClub,
  kUnionPay,
  kMaestro,
};

// Returns every CardBrand, in declaration order.
std::vector<CardBrand> CardBrands();

// Returns the brand's display name: "Visa", "Mastercard", "American Express",
// "Discover", "JCB", "Diners Club", "UnionPay" or "Maestro".
std::string_view CardBrandName(CardBrand brand);

// Returns the lengths (number of digits) that CardNumber(rng, brand, length)
// accepts for `brand`, ascending, e.g. {13, 16, 19} for kVisa.
std::vector<int> CardLengths(CardBrand brand);

// Returns a random card number of `brand`: digits only, a prefix in one of
// the brand's IIN ranges (chosen in proportion to the share of the number
// space each range covers) and a valid Luhn check digit. The length is drawn
// from the common lengths: Visa 16 (13 and 19 rarely), Discover, JCB and
// UnionPay 16 (19 rarely), Maestro mostly 16.
std::string CardNumber(Rng& rng, CardBrand brand);

// As CardNumber(rng, brand), with exactly `length` digits. Aborts unless
// `length` is one of CardLengths(brand).
std::string CardNumber(Rng& rng, CardBrand brand, int length);

// Returns true if `digits` is non-empty, all ASCII digits, and passes the
// Luhn (mod 10) check, e.g. LuhnValid("4111111111111111"). No spaces.
bool LuhnValid(std::string_view digits);

// Returns the digit ('0'-'9') that, appended to `payload`, makes it pass
// LuhnValid(). Aborts unless `payload` is all ASCII digits.
char LuhnCheckDigit(std::string_view payload);

// Returns a random card security code: 4 digits for kAmex (the CID on the
// front), 3 for every other brand. Leading zeros are kept ("007").
std::string Cvv(Rng& rng, CardBrand brand);

// A card's expiry month: `month` is 1-12, `year` the full year (2029).
struct ExpiryDate {
  int year = 0;
  int month = 0;

  friend bool operator==(const ExpiryDate& a, const ExpiryDate& b) {
    return a.year == b.year && a.month == b.month;
  }
  friend bool operator!=(const ExpiryDate& a, const ExpiryDate& b) {
    return !(a == b);
  }
};

// Returns a random expiry month 1 to 60 months after the reference month
// (uniformly), i.e. a card still valid in `reference_month` of
// `reference_year` and issued for at most five years. The reference is
// passed in, never read from a clock, so the value is reproducible. Aborts
// unless 1 <= reference_month <= 12 and 1 <= reference_year <= 9999.
ExpiryDate CardExpiry(Rng& rng, int reference_year, int reference_month);

// Returns a random expiry month between `min_months_ahead` and
// `max_months_ahead` months after the reference month, both included;
// negative offsets give expired cards, e.g. (-24, -1). Aborts unless the
// reference is as above, min_months_ahead <= max_months_ahead, and the
// result stays within the years 1 to 9999.
ExpiryDate CardExpiry(Rng& rng, int reference_year, int reference_month,
                      int min_months_ahead, int max_months_ahead);

// Returns `expiry` as printed on a card, "MM/YY": FormatExpiry({2029, 3}) ==
// "03/29". Aborts unless 1 <= expiry.month <= 12 and 0 <= expiry.year.
std::string FormatExpiry(const ExpiryDate& expiry);

// ---------------------------------------------------------------------------
// Currencies (ISO 4217) and amounts
// ---------------------------------------------------------------------------

// An ISO 4217 currency.
struct Currency {
  std::string_view code;  // alphabetic code, "EUR"
  int numeric;            // numeric code, 978; print with three digits ("036")
  int minor_units;        // decimal places of the minor unit: 0, 2 or 3
  std::string_view name;  // English name as in ISO 4217, "Euro"
};

// Returns the currency table, sorted by code: 58 active ISO 4217 currencies,
// among them EUR, USD, GBP, JPY (0 minor units), KWD, BHD, OMR (3) and CHF.
// The table belongs to the data version: entries change only with it.
const std::vector<Currency>& Currencies();

// Returns the entry of `code` ("EUR"; case-sensitive) in Currencies(), or
// nullptr if the table has no such currency.
const Currency* FindCurrency(std::string_view code);

// Returns the code of a currency drawn uniformly from Currencies().
std::string CurrencyCode(Rng& rng);

// Returns an amount in minor units (cents for EUR) drawn uniformly from
// [min_minor, max_minor], both included. Aborts if min_minor > max_minor.
int64_t Amount(Rng& rng, int64_t min_minor, int64_t max_minor);

// Returns `minor_units` written in major units with the currency's number of
// decimals, a '.' decimal point, no grouping and a leading '-' for negative
// amounts: FormatAmount(123456, EUR) == "1234.56", FormatAmount(-5, EUR) ==
// "-0.05", FormatAmount(1500, JPY) == "1500", FormatAmount(1, KWD) ==
// "0.001". Exact for every int64_t; locale-independent.
std::string FormatAmount(int64_t minor_units, const Currency& currency);

// As above, with the currency given by code. Aborts if FindCurrency(code) is
// nullptr.
std::string FormatAmount(int64_t minor_units, std::string_view currency_code);

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_FINANCE_H_
