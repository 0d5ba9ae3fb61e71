// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/company.h"

#include "expand.h"
#include "gtest_data/random/seed.h"
#include "gtest_data/internal/check.h"
#include "gtest_data/random/distributions.h"
#include "sections.h"
#include "text.h"

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

std::string DomainLabel(std::string_view name) {
  // Words are split at ASCII separators; each is folded on its own, so
  // "Müller & Söhne" gives "mueller-soehne", not "muellersoehne".
  std::string label;
  std::string word;
  size_t start = 0;
  const auto flush = [&](size_t end) {
    word.clear();
    internal::AppendAsciiFold(name.substr(start, end - start), &word);
    if (word.empty()) return;
    if (!label.empty()) label.push_back('-');
    label.append(word);
  };
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    const bool separator = c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                         (c >= '0' && c <= '9'));
    if (separator) {
      flush(i);
      start = i + 1;
    }
  }
  flush(name.size());
  if (label.size() > 63) {
    label.resize(63);
    while (!label.empty() && label.back() == '-') label.pop_back();
  }
  return label;
}

Company MakeCompany(const Locale& locale, Rng& rng) {
  Company company;
  company.name = CompanyName(locale, rng);
  const uint64_t fork = rng.Next();
  Rng phrase(DeriveSeed(fork, "catch_phrase"));
  company.catch_phrase = CatchPhrase(locale, phrase);
  company.domain = DomainLabel(company.name);
  if (company.domain.size() < 2) {
    Rng word(DeriveSeed(fork, "domain"));
    company.domain = DomainLabel(internal::RequireSection(locale, internal::kDomainWord).Draw(word));
    if (company.domain.empty()) company.domain = "company";
    internal::AppendDecimal(UniformInt(word, 1, 999), 1, &company.domain);
  }
  company.domain.append(".test");
  return company;
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
