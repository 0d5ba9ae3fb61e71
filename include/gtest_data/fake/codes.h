// Copyright 2026 The gtest_data Authors.
//
// Commerce codes: GS1 barcodes (EAN-13, EAN-8, UPC-A), ISBNs and SKUs, each
// with a correct check digit and each with a validator.
//
//   gtest_data::Rng rng(gtest_data::DeriveSeed(seed, "catalogue"));
//   namespace fake = gtest_data::fake;
//   std::string ean = fake::Ean13(rng);          // "4006381333931"-like
//   std::string own = fake::Ean13(rng, "400");   // a German GS1 prefix
//   std::string upc = fake::UpcA(rng);           // 12 digits
//   std::string isbn = fake::Isbn13(rng);        // "978..." or "979..."
//   std::string sku = fake::Sku(rng);            // "KQZ-402913"
//   std::string part = fake::Sku(rng, "ACME-@@##-*");  // "ACME-BX41-7"
//   bool ok = fake::Ean13Valid(ean);             // true
//
// Barcodes start with a real GS1 member-organisation prefix (country ranges
// such as 400-440 Germany or 690-699 China); the prefixes for restricted
// circulation (020-029, 040-049, 200-299), coupons (050-059, 981-984, 99),
// refund receipts (980), ISSN (977) and books (978, 979) are never drawn. The
// company and item digits that follow are random, so a code looks real but
// names no actual product.
//
// Validators take untrusted text and return false or std::nullopt for
// anything malformed; they never abort. Generators abort through a check on
// a documented precondition (a malformed prefix or pattern), for which a
// query function is provided.
//
// Determinism: every generated value is a pure function of the Rng state and
// the arguments, identical on every platform; the number of engine draws per
// call is documented. Changing any of it bumps the data version
// (gtest_data/version.h).
//
// Thread-safety: the functions are as thread-safe as the Rng they are given;
// the validators are pure and may be called from any thread.

#ifndef GTEST_DATA_FAKE_CODES_H_
#define GTEST_DATA_FAKE_CODES_H_

#include <optional>
#include <string>
#include <string_view>

#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace fake {

// ---------------------------------------------------------------------------
// GS1 check digits (EAN-13, EAN-8, UPC-A, ISBN-13, GTIN-14)
// ---------------------------------------------------------------------------

// Returns the GS1 check digit that completes `data`, the code without its
// last digit: the digits are weighted 3, 1, 3, 1, ... from the right, and the
// check digit brings the sum to a multiple of 10. The one rule serves every
// GTIN length. Returns std::nullopt when `data` is empty or has a non-digit.
std::optional<char> Gs1CheckDigit(std::string_view data);

// ---------------------------------------------------------------------------
// EAN-13
// ---------------------------------------------------------------------------

// Returns a 13-digit EAN-13: a three-digit GS1 prefix drawn uniformly from
// a table of member-organisation ranges (a range per country, then a prefix
// within it), nine random digits and the check digit.
// Determinism: consumes exactly three UniformBelow draws.
std::string Ean13(Rng& rng);

// Returns whether Ean13(rng, prefix) accepts `prefix`: zero to twelve ASCII
// digits.
bool Ean13PrefixValid(std::string_view prefix);

// Returns an EAN-13 that starts with `prefix` (a GS1 country prefix such as
// "400", or a full company prefix such as "4006381"), followed by random
// digits up to twelve and the check digit. An empty prefix gives twelve
// random digits, restricted ranges included.
// Requires Ean13PrefixValid(prefix).
// Determinism: consumes exactly one UniformBelow draw when the prefix is
// shorter than twelve digits, none otherwise.
std::string Ean13(Rng& rng, std::string_view prefix);

// Returns whether `text` is thirteen digits with the right check digit.
bool Ean13Valid(std::string_view text);

// ---------------------------------------------------------------------------
// EAN-8
// ---------------------------------------------------------------------------

// Returns an 8-digit EAN-8: a three-digit GS1 prefix from 300 up (EAN-8
// codes starting with 0 or 2 are for restricted circulation), four random
// digits and the check digit.
// Determinism: consumes exactly three UniformBelow draws.
std::string Ean8(Rng& rng);

// Returns whether `text` is eight digits with the right check digit.
bool Ean8Valid(std::string_view text);

// ---------------------------------------------------------------------------
// UPC-A
// ---------------------------------------------------------------------------

// Returns a 12-digit UPC-A: a number-system digit for regular products (0,
// 1, 6, 7 or 8; never 2 and 4, in-store, 3, drugs, or 5 and 9, coupons),
// ten random digits and the check digit. Prefixing a 0 gives the same
// product's EAN-13.
// Determinism: consumes exactly two UniformBelow draws.
std::string UpcA(Rng& rng);

// Returns whether `text` is twelve digits with the right check digit.
bool UpcAValid(std::string_view text);

// ---------------------------------------------------------------------------
// ISBN
// ---------------------------------------------------------------------------

// Returns an ISBN-13 as thirteen digits, without hyphens: the prefix 978 or
// 979, a registration group from a table of real ones (978-0 and 978-1
// English, 978-3 German, 979-10 France, ...), random registrant and
// publication digits, and the GS1 check digit. The digits after the group
// are not checked against the International ISBN Agency's registrant ranges,
// which is also why no hyphenated form is offered.
// Determinism: consumes exactly two UniformBelow draws.
std::string Isbn13(Rng& rng);

// Returns an ISBN-10 as ten characters: Isbn13ToIsbn10() of an ISBN-13 with
// the prefix 978 (only those have an ISBN-10).
// Determinism: consumes exactly two UniformBelow draws.
std::string Isbn10(Rng& rng);

// Returns the ISBN-10 check character ('0'-'9' or 'X') of its first nine
// digits: the digits weighted 10 down to 2, and the check value making the
// sum a multiple of 11, with 10 written X. Returns std::nullopt unless
// `first_nine` is nine digits.
std::optional<char> Isbn10CheckDigit(std::string_view first_nine);

// Returns whether `text` is an ISBN-13: thirteen digits starting with 978 or
// 979 with the right check digit. Single hyphens or spaces may separate the
// digits ("978-0-306-40615-7"), but not lead or trail.
bool Isbn13Valid(std::string_view text);

// Returns whether `text` is an ISBN-10: nine digits and a check character
// (a digit, or X or x for 10), with the same separators as Isbn13Valid().
bool Isbn10Valid(std::string_view text);

// Converts a valid ISBN-13 with the prefix 978 to its ISBN-10 (ten
// characters, no separators), e.g. "9780306406157" -> "0306406152".
// Returns std::nullopt for an invalid ISBN-13 or the prefix 979.
std::optional<std::string> Isbn13ToIsbn10(std::string_view isbn13);

// Converts a valid ISBN-10 to its ISBN-13 (prefix 978, thirteen digits, no
// separators). Returns std::nullopt for an invalid ISBN-10.
std::optional<std::string> Isbn10ToIsbn13(std::string_view isbn10);

// ---------------------------------------------------------------------------
// SKU (stock-keeping unit)
// ---------------------------------------------------------------------------

// A SKU pattern is text in which
//
//   #   becomes a digit 0-9
//   @   becomes an uppercase letter A-Z
//   *   becomes an uppercase letter or a digit
//   \c  is the character c itself (to write #, @, * or \ literally)
//
// and every other character is copied as it is. The default gives
// "KQZ-402913"; put a fixed prefix in front for a house style, as in
// "ACME-@@@-######". (The letter placeholder is @ rather than Faker's ?,
// because "??" followed by - = / ' ( ) ! < or > is a trigraph in C++14 and
// earlier, and compilers still warn about it.)
inline constexpr std::string_view kDefaultSkuPattern = "@@@-######";

// Returns whether `pattern` is a usable SKU pattern: not empty, printable
// ASCII only (space to ~), and no backslash at its end.
bool SkuPatternValid(std::string_view pattern);

// Returns a SKU following `pattern`.
// Requires SkuPatternValid(pattern).
// Determinism: consumes exactly one UniformBelow draw per #, @ and *.
std::string Sku(Rng& rng, std::string_view pattern = kDefaultSkuPattern);

// Returns whether `sku` is a value Sku(rng, pattern) can return. False when
// the pattern is not SkuPatternValid().
bool SkuMatches(std::string_view sku,
                std::string_view pattern = kDefaultSkuPattern);

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_CODES_H_
