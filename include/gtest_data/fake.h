// Copyright 2026 The gtest_data Authors.
//
// Everything of the `fake` module: locales, providers, edge cases,
// uniqueness and the field registry. Standard library only; link
// gtest_data::fake.

#ifndef GTEST_DATA_FAKE_H_
#define GTEST_DATA_FAKE_H_

#include "gtest_data/fake/address.h"      // IWYU pragma: export
#include "gtest_data/fake/codes.h"        // IWYU pragma: export
#include "gtest_data/fake/countries.h"    // IWYU pragma: export
#include "gtest_data/fake/company.h"      // IWYU pragma: export
#include "gtest_data/fake/datetime.h"     // IWYU pragma: export
#include "gtest_data/fake/edge_cases.h"   // IWYU pragma: export
#include "gtest_data/fake/faker.h"        // IWYU pragma: export
#include "gtest_data/fake/fields.h"       // IWYU pragma: export
#include "gtest_data/fake/finance.h"      // IWYU pragma: export
#include "gtest_data/fake/identifiers.h"  // IWYU pragma: export
#include "gtest_data/fake/internet.h"     // IWYU pragma: export
#include "gtest_data/fake/locale.h"       // IWYU pragma: export
#include "gtest_data/fake/lorem.h"        // IWYU pragma: export
#include "gtest_data/fake/patterns.h"     // IWYU pragma: export
#include "gtest_data/fake/person.h"       // IWYU pragma: export
#include "gtest_data/fake/phone.h"        // IWYU pragma: export
#include "gtest_data/fake/regex_generator.h"  // IWYU pragma: export
#include "gtest_data/fake/unique.h"       // IWYU pragma: export

#endif  // GTEST_DATA_FAKE_H_
