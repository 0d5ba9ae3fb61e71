// Copyright 2026 The gtest_data Authors.
//
// GTEST_DATA_DONT_DEFINE_DATA_TEST leaves the short spellings out, as
// GTEST_DONT_DEFINE_TEST does for TEST; the prefixed ones still work.

#define GTEST_DATA_DONT_DEFINE_DATA_TEST 1
#include "gtest_data/gtest/data_test.h"

#if defined(DATA_TEST_F) || defined(DATA_TEST_P)
#error "DATA_TEST_F/DATA_TEST_P are defined although GTEST_DATA_DONT_DEFINE_DATA_TEST is 1"
#endif

#include "gtest/gtest.h"
#include "shop_domain.h"

namespace {

GTEST_DATA_SCENARIO(one_customer, s) { s.Create(shop::Customers(), "solo"); }

class ShortMacrosOffTest : public gtest_data::DataTest {};

GTEST_DATA_TEST_F(ShortMacrosOffTest, PrefixedSpellingWorks, one_customer) {
  EXPECT_NE(Find<shop::Customer>("customers", "solo"), nullptr);
}

}  // namespace
