// Copyright 2026 The gtest_data Authors.
//
// Companies and commerce: company names with the locale's legal forms, catch
// phrases, departments, product names and prices.
//
//   using namespace gtest_data::fake;
//   const Locale& de = *Locale::Find("de_DE");
//   std::string company = CompanyName(de, rng);    // "Schmitt Logistik GmbH"
//   std::string product = ProductName(de, rng);    // "Leichter Stahl-Stuhl"
//   int64_t cents = Price(rng, 100, 99999);        // 1999 for 19.99
//   Company acme = MakeCompany(de, rng);           // name, catch phrase, domain
//
// EAN-13, UPC-A, ISBN-13 and SKUs are in gtest_data/fake/codes.h.
//
// Determinism: a pure function of (locale data, Rng state); seed-stable
// across platforms within a data version. Thread-compatible.

#ifndef GTEST_DATA_FAKE_COMPANY_H_
#define GTEST_DATA_FAKE_COMPANY_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "gtest_data/fake/locale.h"
#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace fake {

// A company name by one of the locale's formats, with its legal form.
std::string CompanyName(const Locale& locale, Rng& rng);

// A coherent company: its domain is made from its name.
struct Company {
  std::string name;          // CompanyName(): "Schmitt Logistik GmbH"
  std::string catch_phrase;  // CatchPhrase()
  // The name's words folded to ASCII, joined by hyphens, under the reserved
  // top-level domain .test (RFC 2606), so it never resolves:
  // "schmitt-logistik-gmbh.test". A name with no Latin letters (株式会社...)
  // gets a word of the locale's domain table instead.
  std::string domain;
};

// A company. The name is CompanyName()'s (the same first draws); the catch
// phrase and any domain word come from streams forked after it, so the
// name does not change when the other parts do.
Company MakeCompany(const Locale& locale, Rng& rng);

// `name` as a domain label: words folded to lowercase ASCII letters and
// digits (AppendAsciiFold) and joined by single hyphens, at most 63
// characters; empty when nothing Latin is left.
std::string DomainLabel(std::string_view name);

// A legal form alone ("GmbH", "S.A.", "株式会社").
std::string CompanySuffix(const Locale& locale, Rng& rng);

// A catch phrase ("Nachhaltige skalierbare Plattform").
std::string CatchPhrase(const Locale& locale, Rng& rng);

// A department of a shop ("Garten", "Electronics").
std::string Department(const Locale& locale, Rng& rng);

// A product name ("Ergonomic Steel Chair").
std::string ProductName(const Locale& locale, Rng& rng);

// A price in minor units in [min_minor, max_minor], shaped like a shop's
// price: three in four end in 99 or 95 minor units (when the range allows).
// Requires 0 <= min_minor <= max_minor.
int64_t Price(Rng& rng, int64_t min_minor, int64_t max_minor);

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_COMPANY_H_
