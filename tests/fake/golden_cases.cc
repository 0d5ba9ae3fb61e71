// Copyright 2026 The gtest_data Authors.

#include "golden_cases.h"

#include <string>

#include "gtest_data/fake/fields.h"
#include "gtest_data/fake/locale.h"
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
}

}  // namespace testing_internal
}  // namespace gtest_data
