// Copyright 2026 The gtest_data Authors.
//
// The locale sections the generators know, by fixed index. Not installed.
//
// Each locale resolves these once (own table, fallback or absent), so the
// generators reach a table with an array index instead of a name lookup.

#ifndef GTEST_DATA_SRC_FAKE_SECTIONS_H_
#define GTEST_DATA_SRC_FAKE_SECTIONS_H_

#include <cstddef>

namespace gtest_data {
namespace fake {
namespace internal {

// X(identifier, "section.name", required). "required" sections must be
// covered by every country locale; person.last_name is required unless both
// sex-specific lists exist (checked separately).
#define GTEST_DATA_FAKE_SECTIONS_(X)                                      \
  X(kFirstNameMale, "person.first_name.male", true)                      \
  X(kFirstNameFemale, "person.first_name.female", true)                  \
  X(kLastName, "person.last_name", true)                                 \
  X(kLastNameMale, "person.last_name.male", false)                       \
  X(kLastNameFemale, "person.last_name.female", false)                   \
  X(kMiddleNameMale, "person.middle_name.male", true)                    \
  X(kMiddleNameFemale, "person.middle_name.female", true)                \
  X(kPrefixMale, "person.prefix.male", true)                             \
  X(kPrefixFemale, "person.prefix.female", true)                         \
  X(kSuffix, "person.suffix", true)                                      \
  X(kJobTitle, "person.job_title", true)                                 \
  X(kFullNameFormat, "person.full_name.format", true)                    \
  X(kRegion, "address.region", true)                                     \
  X(kCity, "address.city", true)                                         \
  X(kStreetRoot, "address.street_root", true)                            \
  X(kStreetSuffix, "address.street_suffix", true)                        \
  X(kStreetNameFormat, "address.street_name.format", true)               \
  X(kBuildingNumberPattern, "address.building_number.pattern", true)     \
  X(kSecondaryPattern, "address.secondary.pattern", true)                \
  X(kStreetAddressFormat, "address.street_address.format", true)         \
  X(kAddressFormat, "address.format", true)                              \
  X(kPhonePlan, "phone.plan", true)                                      \
  X(kFreeEmailDomain, "internet.free_email_domain", true)                \
  X(kDomainSuffix, "internet.domain_suffix", true)                       \
  X(kDomainWord, "internet.domain_word", true)                           \
  X(kCompanySuffix, "company.suffix", true)                              \
  X(kCompanyNameFormat, "company.name.format", true)                     \
  X(kCompanyWord, "company.word", true)                                  \
  X(kBuzzAdjective, "company.buzz_adjective", true)                      \
  X(kBuzzDescriptor, "company.buzz_descriptor", true)                    \
  X(kBuzzNoun, "company.buzz_noun", true)                                \
  X(kCatchPhraseFormat, "company.catch_phrase.format", true)             \
  X(kDepartment, "commerce.department", true)                            \
  X(kProductAdjective, "commerce.product_adjective", true)                \
  X(kProductMaterial, "commerce.product_material", true)                  \
  X(kProductNoun, "commerce.product_noun", true)                          \
  X(kProductNameFormat, "commerce.product_name.format", true)             \
  X(kLoremWord, "lorem.word", true)

enum SectionIndex : size_t {
#define GTEST_DATA_FAKE_SECTION_ENUM_(id, name, required) id,
  GTEST_DATA_FAKE_SECTIONS_(GTEST_DATA_FAKE_SECTION_ENUM_)
#undef GTEST_DATA_FAKE_SECTION_ENUM_
      kSectionCount
};

}  // namespace internal
}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_SRC_FAKE_SECTIONS_H_
