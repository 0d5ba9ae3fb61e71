// Copyright 2026 The gtest_data Authors.

#include "gtest_data/random/run_seed.h"

#include <optional>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gtest_data {
namespace {

using ::testing::HasSubstr;
using ::testing::Optional;

TEST(ParseSeedTest, AcceptsDecimalAndHex) {
  EXPECT_THAT(ParseSeed("0", nullptr), Optional(0u));
  EXPECT_THAT(ParseSeed("12345", nullptr), Optional(12345u));
  EXPECT_THAT(ParseSeed("0x3039", nullptr), Optional(12345u));
  EXPECT_THAT(ParseSeed("0XFF", nullptr), Optional(255u));
  EXPECT_THAT(ParseSeed("18446744073709551615", nullptr),
              Optional(~uint64_t{0}));
  EXPECT_THAT(ParseSeed("0xffffffffffffffff", nullptr),
              Optional(~uint64_t{0}));
}

TEST(ParseSeedTest, RejectsMalformedTextWithAClearMessage) {
  for (const char* bad : {"", "-1", "+1", " 1", "1 ", "12x", "0x", "0xg",
                          "1.5", "random"}) {
    std::string error;
    EXPECT_EQ(ParseSeed(bad, &error), std::nullopt) << "\"" << bad << "\"";
    EXPECT_THAT(error, HasSubstr("invalid seed \"" + std::string(bad) + "\""));
    EXPECT_THAT(error, HasSubstr("expected a decimal integer"));
  }
}

TEST(ParseSeedTest, SaysWhenTheValueIsTooLarge) {
  std::string error;
  EXPECT_EQ(ParseSeed("18446744073709551616", &error), std::nullopt);
  EXPECT_THAT(error, HasSubstr("does not fit in 64 bits"));
}

TEST(FormatSeedTest, RoundTripsThroughParseSeed) {
  for (uint64_t seed : {uint64_t{0}, uint64_t{42}, ~uint64_t{0}}) {
    EXPECT_THAT(ParseSeed(FormatSeed(seed), nullptr), Optional(seed));
  }
  EXPECT_EQ(FormatSeed(42), "42");
}

TEST(ResolveRunSeedTest, ExplicitBeatsEnvironmentBeatsDefault) {
  std::string error;
  std::optional<SeedChoice> choice = ResolveRunSeed("7", "8", &error);
  ASSERT_TRUE(choice.has_value()) << error;
  EXPECT_EQ(choice->seed, 7u);
  EXPECT_EQ(choice->source, SeedSource::kExplicit);

  choice = ResolveRunSeed(nullptr, "8", &error);
  ASSERT_TRUE(choice.has_value()) << error;
  EXPECT_EQ(choice->seed, 8u);
  EXPECT_EQ(choice->source, SeedSource::kEnvironment);

  choice = ResolveRunSeed("", "", &error);
  ASSERT_TRUE(choice.has_value()) << error;
  EXPECT_EQ(choice->seed, kDefaultRunSeed);
  EXPECT_EQ(choice->source, SeedSource::kDefault);
}

TEST(ResolveRunSeedTest, RandomPicksASeedAndSaysHowToReplayIt) {
  std::string error;
  const std::optional<SeedChoice> first = ResolveRunSeed("random", nullptr, &error);
  const std::optional<SeedChoice> second = ResolveRunSeed(nullptr, "random", &error);
  ASSERT_TRUE(first.has_value() && second.has_value()) << error;
  EXPECT_EQ(first->source, SeedSource::kRandom);
  EXPECT_EQ(second->source, SeedSource::kRandom);
  // Two 64-bit draws from the OS collide with probability 2^-64.
  EXPECT_NE(first->seed, second->seed);
  EXPECT_EQ(DescribeSeedChoice(*first),
            "run seed " + FormatSeed(first->seed) +
                " (random; rerun with GTEST_DATA_SEED=" +
                FormatSeed(first->seed) + ")");
}

TEST(ResolveRunSeedTest, BadEnvironmentValueNamesTheVariable) {
  std::string error;
  EXPECT_EQ(ResolveRunSeed(nullptr, "forty-two", &error), std::nullopt);
  EXPECT_THAT(error, HasSubstr("GTEST_DATA_SEED: invalid seed \"forty-two\""));
}

TEST(ResolveRunSeedTest, BadExplicitValueLeavesTheFlagNameToTheCaller) {
  std::string error;
  EXPECT_EQ(ResolveRunSeed("x", "8", &error), std::nullopt);
  EXPECT_EQ(error.rfind("invalid seed \"x\"", 0), 0u) << error;
}

TEST(DescribeSeedChoiceTest, NamesTheSource) {
  EXPECT_EQ(DescribeSeedChoice({42, SeedSource::kDefault}),
            "run seed 42 (default)");
  EXPECT_EQ(DescribeSeedChoice({7, SeedSource::kEnvironment}),
            "run seed 7 (environment)");
  EXPECT_EQ(DescribeSeedChoice({7, SeedSource::kExplicit}),
            "run seed 7 (explicit)");
}

}  // namespace
}  // namespace gtest_data
