// Copyright 2026 The gtest_data Authors.
//
// Checks that the fields of one record describe one entity, written from the
// locale's tables and the published formats, not from the generators: a
// person's names, e-mail and user name agree; an address's city, region,
// postal code and coordinates agree; a company's domain comes from its
// name. Each returns an empty string when the record hangs together, else
// what disagrees (for a test's failure message).

#ifndef GTEST_DATA_TESTS_SUPPORT_COHERENCE_H_
#define GTEST_DATA_TESTS_SUPPORT_COHERENCE_H_

#include <string>

#include "gtest_data/fake/locale.h"

namespace gtest_data {
namespace testing_support {

struct PersonFields {
  std::string first_name;
  std::string last_name;
  std::string full_name;
  std::string email;     // empty: not checked
  std::string username;  // empty: not checked
};

// The full name holds the first and last names; the e-mail's local part
// holds the romanized last name and the first name or its initial; the user
// name starts with the romanized first name or its initial.
std::string PersonDisagreement(const fake::Locale& locale, const PersonFields& person);

struct AddressFields {
  std::string city;
  std::string region;       // empty: not checked
  std::string region_code;  // empty: not checked
  std::string postal_code;
  std::string latitude;     // empty: not checked
  std::string longitude;
};

// The city is a row of the locale's city table with that region, whose
// postal-code pattern the postal code matches, and whose centre lies within
// 3.1 km of the coordinates.
std::string AddressDisagreement(const fake::Locale& locale, const AddressFields& address);

// The domain is the company name's words folded to ASCII and joined by
// hyphens, under .test (or a locale domain word when the name has no Latin
// letters).
std::string CompanyDisagreement(const std::string& name, const std::string& domain);

}  // namespace testing_support
}  // namespace gtest_data

#endif  // GTEST_DATA_TESTS_SUPPORT_COHERENCE_H_
