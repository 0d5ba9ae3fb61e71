// Copyright 2026 The gtest_data Authors.
//
// Sample 02: seeded fake data in a GoogleTest suite.
//
// A small signup validator is tested with realistic people from several
// locales, valid-by-construction IBANs and deliberate edge cases. Every test
// gets its own seed from the run seed and its full name, so its data is the
// same on every run, platform and standard library, whatever other tests
// run. GTEST_DATA_SEED=N (or "random") changes the run seed.

#include <cstdlib>
#include <iostream>
#include <string>

#include "gtest/gtest.h"
#include "gtest_data/fake.h"
#include "gtest_data/random.h"

namespace {

using gtest_data::fake::Faker;
using gtest_data::fake::Locale;

// The code under test: a deliberately simple signup check.
struct Signup {
  std::string name;
  std::string email;
  std::string iban;
};

bool LooksLikeEmail(const std::string& email) {
  const size_t at = email.find('@');
  return at != std::string::npos && at > 0 && email.find('.', at) != std::string::npos &&
         email.find(' ') == std::string::npos;
}

bool Accept(const Signup& signup) {
  return !signup.name.empty() && signup.name.size() <= 200 && LooksLikeEmail(signup.email) &&
         gtest_data::fake::ValidIban(signup.iban);
}

uint64_t RunSeed() {
  static const uint64_t seed = [] {
    std::string error;
    auto choice = gtest_data::ResolveRunSeed(
        nullptr, std::getenv(gtest_data::kSeedEnvironmentVariable), &error);
    if (!choice) {
      std::cerr << error << "\n";
      std::exit(2);
    }
    return choice->seed;
  }();
  return seed;
}

// The per-test seed: run seed and the test's full name, parameter included.
uint64_t TestSeed() {
  const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = std::string(info->test_suite_name()) + "." + info->name();
  const uint64_t seed = gtest_data::DeriveSeed(RunSeed(), name);
  ::testing::Test::RecordProperty("gtest_data_seed", gtest_data::FormatSeed(seed));
  return seed;
}

class SignupTest : public ::testing::TestWithParam<const char*> {};

TEST_P(SignupTest, AcceptsRealisticPeople) {
  const Locale* locale = Locale::Find(GetParam());
  ASSERT_NE(locale, nullptr);
  Faker fake(TestSeed(), *locale);
  for (int i = 0; i < 100; ++i) {
    const Signup signup{fake.Field("person.full_name"), fake.Field("internet.email"),
                        fake.Field("finance.iban")};
    EXPECT_TRUE(Accept(signup)) << signup.name << " <" << signup.email << "> " << signup.iban;
  }
}

INSTANTIATE_TEST_SUITE_P(Locales, SignupTest,
                         ::testing::Values("en_US", "de_DE", "fr_FR", "pl_PL", "ja_JP",
                                           "ru_RU"));

TEST(SignupEdgeTest, RejectsBrokenIbans) {
  Faker fake(TestSeed(), *Locale::Find("nl_NL"));
  for (int i = 0; i < 50; ++i) {
    std::string iban = fake.Field("finance.iban");
    iban[iban.size() - 1] = iban.back() == '0' ? '1' : '0';  // break the checksum
    EXPECT_FALSE(Accept({"Jan de Vries", "jan@example.com", iban})) << iban;
  }
}

TEST(SignupEdgeTest, RejectsEmailsWithSpaces) {
  for (const std::string& email : {std::string("a b@example.com"), std::string(" @example.com")}) {
    EXPECT_FALSE(Accept({"X", email, "DE89370400440532013000"})) << email;
  }
}

}  // namespace
