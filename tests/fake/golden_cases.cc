// Copyright 2026 The gtest_data Authors.

#include "golden_cases.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "gtest_data/fake/edge_cases.h"
#include "gtest_data/fake/fields.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/fake/patterns.h"
#include "gtest_data/random/distributions.h"
#include "gtest_data/random/seed.h"
#include "gtest_data/version.h"

namespace gtest_data {
namespace testing_internal {
namespace {

// Newlines and backslashes escaped, so one value is one line.
std::string Escape(const std::string& value) {
  std::string out;
  for (char c : value) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\\') {
      out += "\\\\";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

void WriteFakeGolden(std::ostream& out) {
  out << "# gtest_data fake golden outputs, data version " << kDataVersion
      << ", seed 42, reference now " << fake::kDefaultReferenceNow << "\n";
  for (std::string_view id : fake::Locale::CountryLocaleIds()) {
    const fake::FieldContext context{fake::Locale::Find(id), fake::kDefaultReferenceNow};
    for (const fake::Field& field : fake::Fields()) {
      if (!fake::FieldSupports(field, *context.locale)) {
        out << id << " " << field.name << ": (not offered in this locale)\n";
        continue;
      }
      for (uint64_t index = 0; index < 3; ++index) {
        out << id << " " << field.name << "[" << index << "]: "
            << Escape(fake::GenerateField(field, context, 42, index)) << "\n";
      }
    }
  }
  // The locale-free providers: patterns, regular expressions and edge cases.
  {
    Rng rng(DeriveSeed(42, "golden", "patterns"));
    for (const char* pattern : {"###-?%?-%%", "[A-HJ-NP-Z]## #?X", "\\#?#"}) {
      for (int i = 0; i < 3; ++i) {
        out << "patterns numerify/bothify " << pattern << "[" << i << "]: "
            << Escape(fake::Numerify(rng, pattern)) << " " << Escape(fake::Bothify(rng, pattern))
            << "\n";
      }
    }
    for (const char* regex : {"DE\\d{2} ?\\d{4}", "(ab|c[x-z]){2,3}\\w+", "[^a-z]{3}"}) {
      std::string error;
      std::optional<fake::RegexGenerator> generator = fake::RegexGenerator::Compile(regex, &error);
      for (int i = 0; i < 3; ++i) {
        out << "patterns regex " << regex << "[" << i << "]: "
            << (generator ? Escape(generator->Generate(rng)) : "error: " + error) << "\n";
      }
    }
  }
  {
    Rng rng(DeriveSeed(42, "golden", "edge_cases"));
    for (int i = 0; i < 5; ++i) {
      out << "edge_cases string[" << i << "]: " << fake::DrawEdgeCaseString(rng).name << "\n";
    }
    for (int i = 0; i < 5; ++i) {
      out << "edge_cases int32[" << i << "]: " << fake::DrawEdgeCaseNumber<int32_t>(rng) << "\n";
    }
    for (int i = 0; i < 5; ++i) {
      // Bits, not text: the same double must print the same everywhere.
      const double d = fake::DrawEdgeCaseNumber<double>(rng);
      uint64_t bits = 0;
      std::memcpy(&bits, &d, sizeof(bits));
      char hex[24];
      std::snprintf(hex, sizeof(hex), "%016llx", static_cast<unsigned long long>(bits));
      out << "edge_cases double bits[" << i << "]: " << hex << "\n";
    }
    const std::vector<int64_t> edges = {0, -1, INT64_MAX};
    for (int i = 0; i < 5; ++i) {
      out << "edge_cases mixed[" << i << "]: "
          << fake::WithEdgeCases<int64_t>(rng, 1, 3, edges,
                                          [](Rng& r) { return UniformInt(r, 1, 12); })
          << "\n";
    }
  }
}

}  // namespace testing_internal
}  // namespace gtest_data
