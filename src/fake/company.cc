// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/company.h"

#include "expand.h"
#include "gtest_data/internal/check.h"
#include "gtest_data/random/distributions.h"
#include "sections.h"

namespace gtest_data {
namespace fake {
namespace {

std::string ExpandSection(const Locale& locale, Rng& rng,
                          internal::SectionIndex section) {
  internal::Expander expander(locale, rng);
  std::string out;
  expander.ExpandSection(section, &out);
  return out;
}

std::string FromSection(const Locale& locale, Rng& rng,
                        internal::SectionIndex section) {
  std::string out;
  internal::AppendFromSection(locale, section, rng, &out);
  return out;
}

}  // namespace

std::string CompanyName(const Locale& locale, Rng& rng) {
  return ExpandSection(locale, rng, internal::kCompanyNameFormat);
}

std::string CompanySuffix(const Locale& locale, Rng& rng) {
  return FromSection(locale, rng, internal::kCompanySuffix);
}

std::string CatchPhrase(const Locale& locale, Rng& rng) {
  return ExpandSection(locale, rng, internal::kCatchPhraseFormat);
}

std::string Department(const Locale& locale, Rng& rng) {
  return FromSection(locale, rng, internal::kDepartment);
}

std::string ProductName(const Locale& locale, Rng& rng) {
  return ExpandSection(locale, rng, internal::kProductNameFormat);
}

int64_t Price(Rng& rng, int64_t min_minor, int64_t max_minor) {
  GTEST_DATA_INTERNAL_CHECK_(0 <= min_minor && min_minor <= max_minor,
                             "Price needs 0 <= min_minor <= max_minor");
  const int64_t price = UniformInt(rng, min_minor, max_minor);
  const uint64_t ending = UniformBelow(rng, 4);
  if (ending == 3) return price;
  // Round to a shop-like ending, staying inside the range.
  const int64_t shaped = price - price % 100 + (ending == 0 ? 95 : 99);
  return shaped >= min_minor && shaped <= max_minor ? shaped : price;
}

}  // namespace fake
}  // namespace gtest_data
