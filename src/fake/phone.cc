// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/phone.h"

#include "expand.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/internal/check.h"
#include "gtest_data/random/distributions.h"
#include "sections.h"

namespace gtest_data {
namespace fake {

PhoneNumber Phone(const Locale& locale, Rng& rng, PhoneKind kind) {
  PhoneNumber number;
  Phone(locale, rng, kind, &number);
  return number;
}

void Phone(const Locale& locale, Rng& rng, PhoneKind kind, PhoneNumber* into) {
  const Table& plan = internal::RequireSection(locale, internal::kPhonePlan);
  // Columns: kind|weight|nsn_pattern|national_format (data/README.md).
  const std::string_view wanted =
      kind == PhoneKind::kMobile ? "mobile" : kind == PhoneKind::kFixed ? "fixed" : "";
  size_t row = 0;
  if (wanted.empty()) {
    row = plan.DrawRow(rng);
  } else {
    // Weighted choice among the rows of one kind: sum, draw, walk. Plans are
    // a few dozen rows, so this beats keeping per-kind tables.
    uint64_t total = 0;
    for (size_t r = 0; r < plan.size(); ++r) {
      if (plan.Cell(r, 0) == wanted) total += std::stoull(std::string(plan.Cell(r, 1)));
    }
    GTEST_DATA_INTERNAL_CHECK_(total > 0, "the locale's phone plan lacks that kind");
    uint64_t point = UniformBelow(rng, total);
    for (size_t r = 0; r < plan.size(); ++r) {
      if (plan.Cell(r, 0) != wanted) continue;
      const uint64_t weight = std::stoull(std::string(plan.Cell(r, 1)));
      if (point < weight) {
        row = r;
        break;
      }
      point -= weight;
    }
  }
  PhoneNumber& number = *into;
  number.kind = plan.Cell(row, 0) == "mobile" ? PhoneKind::kMobile : PhoneKind::kFixed;
  number.nsn.clear();
  number.national.clear();
  internal::AppendTablePattern(rng, plan, row, 2, &number.nsn);
  // The national format's '#'s take the NSN's digits in order.
  const std::string_view format = plan.Cell(row, 3);
  number.national.resize(format.size());
  size_t next = 0;
  for (size_t k = 0; k < format.size(); ++k) {
    const char c = format[k];
    number.national[k] = c == '#' && next < number.nsn.size() ? number.nsn[next++] : c;
  }
  number.e164.assign(1, '+');
  number.e164.append(locale.calling_code());
  number.e164.append(number.nsn);
}

bool UseCityAreaCode(const Locale& locale, std::string_view city, std::string_view region_code,
                     uint64_t choice, std::string* phone, size_t from) {
  // The codes are NANP's: three digits after +1 or the national "(".
  if (locale.calling_code() != "1") return false;
  const std::string_view codes = locale.CityCell(city, region_code, "area_codes");
  if (codes.empty()) return false;
  size_t count = 0;
  for (size_t start = 0; start < codes.size();) {
    size_t end = codes.find(' ', start);
    if (end == std::string_view::npos) end = codes.size();
    if (end > start) ++count;
    start = end + 1;
  }
  if (count == 0) return false;
  size_t wanted = static_cast<size_t>(choice % count);
  std::string_view code;
  for (size_t start = 0; start < codes.size();) {
    size_t end = codes.find(' ', start);
    if (end == std::string_view::npos) end = codes.size();
    if (end > start && wanted-- == 0) {
      code = codes.substr(start, end - start);
      break;
    }
    start = end + 1;
  }
  // E.164 starts with + and the calling code: the national number follows.
  size_t i = from;
  if (i < phone->size() && (*phone)[i] == '+') i += 1 + locale.calling_code().size();
  for (size_t k = 0; i < phone->size() && k < code.size(); ++i) {
    if ((*phone)[i] >= '0' && (*phone)[i] <= '9') (*phone)[i] = code[k++];
  }
  return true;
}

}  // namespace fake
}  // namespace gtest_data
