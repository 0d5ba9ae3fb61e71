// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/phone.h"

#include <optional>
#include <string>
#include <vector>

#include "expand.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/internal/check.h"
#include "gtest_data/random/distributions.h"
#include "gtest_data/random/seed.h"
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

namespace {

// The codes of a space-separated list.
std::vector<std::string_view> SplitCodes(std::string_view codes) {
  std::vector<std::string_view> out;
  for (size_t start = 0; start < codes.size();) {
    size_t end = codes.find(' ', start);
    if (end == std::string_view::npos) end = codes.size();
    if (end > start) out.push_back(codes.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Whether the national-number pattern of plan row `row` lets a number
// start with `digits` (each of its first steps has the digit among its
// members), and, when `whole`, is exactly as long.
bool PlanRowAccepts(const Table& plan, size_t row, std::string_view digits, bool whole) {
  const std::vector<PatternStep>* steps = plan.CompiledPattern(row, 2);
  if (steps == nullptr || steps->size() < digits.size()) return false;
  if (whole && steps->size() != digits.size()) return false;
  const char* const members = plan.pattern_members();
  for (size_t i = 0; i < digits.size(); ++i) {
    const PatternStep& step = (*steps)[i];
    if (std::string_view(members + step.offset, step.count).find(digits[i]) ==
        std::string_view::npos) {
      return false;
    }
  }
  return true;
}

// The national number in a national form written by `format` ('#' a digit
// of it, anything else itself), or nullopt when `text` is not in that form.
std::optional<std::string> NumberInFormat(std::string_view text, std::string_view format) {
  if (text.size() != format.size()) return std::nullopt;
  std::string digits;
  for (size_t i = 0; i < format.size(); ++i) {
    if (format[i] == '#') {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      digits.push_back(text[i]);
    } else if (text[i] != format[i]) {
      return std::nullopt;
    }
  }
  return digits;
}

// NANP: every number is three digits of area code and seven more, so the
// code is written over the first three digits after +1 or the "(".
bool UseNanpAreaCode(const Locale& locale, std::string_view code, std::string* phone,
                     size_t from) {
  size_t i = from;
  if (i < phone->size() && (*phone)[i] == '+') i += 1 + locale.calling_code().size();
  for (size_t k = 0; i < phone->size() && k < code.size(); ++i) {
    if ((*phone)[i] >= '0' && (*phone)[i] <= '9') (*phone)[i] = code[k++];
  }
  return true;
}

}  // namespace

bool UseCityAreaCode(const Locale& locale, std::string_view city, std::string_view region_code,
                     uint64_t choice, std::string* phone, size_t from) {
  const std::vector<std::string_view> codes =
      SplitCodes(locale.CityCell(city, region_code, "area_codes"));
  if (codes.empty() || from > phone->size()) return false;
  const std::string_view code = codes[choice % codes.size()];
  if (locale.calling_code() == "1") return UseNanpAreaCode(locale, code, phone, from);

  // Elsewhere the lengths and the national forms differ by code (Madrid's
  // 91 and Soria's 975 both lead nine digits; Dutch numbers split after the
  // code): find the plan row the number was made from, then one of its kind
  // that starts with the code, and make the number again from that row.
  const Table& plan = internal::RequireSection(locale, internal::kPhonePlan);
  const std::string_view text = std::string_view(*phone).substr(from);
  const std::string prefix = "+" + std::string(locale.calling_code());
  const bool e164 = text.substr(0, prefix.size()) == prefix;
  std::optional<size_t> drawn;
  for (size_t row = 0; row < plan.size() && !drawn; ++row) {
    const std::optional<std::string> nsn =
        e164 ? std::optional<std::string>(std::string(text.substr(prefix.size())))
             : NumberInFormat(text, plan.Cell(row, 3));
    if (nsn && PlanRowAccepts(plan, row, *nsn, /*whole=*/true)) drawn = row;
  }
  if (!drawn) return false;  // not a number of the plan
  std::vector<size_t> rows;
  for (size_t row = 0; row < plan.size(); ++row) {
    if (plan.Cell(row, 0) == plan.Cell(*drawn, 0) && PlanRowAccepts(plan, row, code, false)) {
      rows.push_back(row);
    }
  }
  if (rows.empty()) return false;  // a kind without area codes (mobiles)
  const size_t row = rows[(choice / codes.size()) % rows.size()];
  // The code, then the row's other steps, drawn from the choice's stream
  // (the record's, so that each form of its number agrees) for the kind and
  // the locale: a record's mobile and fixed numbers differ, and so do its
  // numbers in two countries.
  const std::vector<PatternStep>& steps = *plan.CompiledPattern(row, 2);
  Rng rng(DeriveSeed(choice, "phone.plan", plan.Cell(row, 0), locale.id()));
  std::string nsn(code);
  for (size_t i = code.size(); i < steps.size(); ++i) {
    nsn.push_back(plan.pattern_members()[steps[i].offset + UniformBelow(rng, steps[i].count)]);
  }
  std::string number;
  if (e164) {
    number = prefix + nsn;
  } else {
    const std::string_view format = plan.Cell(row, 3);
    size_t next = 0;
    for (const char c : format) number.push_back(c == '#' && next < nsn.size() ? nsn[next++] : c);
  }
  phone->replace(from, std::string::npos, number);
  return true;
}

}  // namespace fake
}  // namespace gtest_data
