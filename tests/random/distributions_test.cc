// Copyright 2026 The gtest_data Authors.
//
// Properties of the distributions. Every statistical check uses a fixed seed,
// so it either always passes or always fails; tolerances are several standard
// deviations wide and documented beside each check.

#include "gtest_data/random/distributions.h"
#include "gtest_data/random/seed.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gtest_data {
namespace {

using ::testing::ElementsAre;

// Pearson's chi-square statistic of observed counts against equal expected
// counts.
double ChiSquare(const std::vector<int>& counts) {
  const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
  const double expected = total / static_cast<double>(counts.size());
  double chi = 0;
  for (int count : counts) chi += (count - expected) * (count - expected) / expected;
  return chi;
}

TEST(DistributionsTest, ApiExamples) {
  // The examples of the file comment of distributions.h.
  Rng rng(42);
  int64_t quantity = UniformInt(rng, 1, 12);
  double discount = UniformDouble(rng, 0.0, 0.3);
  std::vector<int> lines = {1, 2, 3};
  Shuffle(rng, lines.begin(), lines.end());
  EXPECT_GE(quantity, 1);
  EXPECT_LE(quantity, 12);
  EXPECT_GE(discount, 0.0);
  EXPECT_LT(discount, 0.3);
  EXPECT_THAT(std::set<int>(lines.begin(), lines.end()),
              ElementsAre(1, 2, 3));
}

TEST(UniformBelowTest, BoundOneIsAlwaysZero) {
  Rng rng(1);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(UniformBelow(rng, 1), 0u);
}

TEST(UniformBelowTest, StaysBelowBound) {
  Rng rng(2);
  for (uint64_t bound : {uint64_t{2}, uint64_t{3}, uint64_t{1000},
                         (uint64_t{1} << 63) + 1, ~uint64_t{0}}) {
    for (int i = 0; i < 1000; ++i) EXPECT_LT(UniformBelow(rng, bound), bound);
  }
}

TEST(UniformBelowTest, DieIsFair) {
  // Six faces, 60000 rolls: chi-square with 5 degrees of freedom stays below
  // 20.5 with probability 0.999.
  Rng rng(6);
  std::vector<int> counts(6);
  for (int i = 0; i < 60000; ++i) ++counts[UniformBelow(rng, 6)];
  EXPECT_LT(ChiSquare(counts), 20.5);
}

TEST(UniformBelowTest, RejectionRemovesMultiplyShiftBias) {
  // For bound = 3 * 2^62 a plain multiply-shift maps two inputs onto every
  // result divisible by 3 and one onto the others, so a third of the results
  // would appear half the time. With rejection the rate is 1/3: over 30000
  // draws the standard deviation is 0.0027, and 0.02 is more than 7 sigma
  // yet far from the biased 0.5.
  Rng rng(3);
  const uint64_t bound = uint64_t{3} << 62;
  int multiples_of_three = 0;
  constexpr int kDraws = 30000;
  for (int i = 0; i < kDraws; ++i) {
    multiples_of_three += UniformBelow(rng, bound) % 3 == 0;
  }
  EXPECT_NEAR(multiples_of_three / static_cast<double>(kDraws), 1.0 / 3, 0.02);
}

TEST(UniformBelowDeathTest, ZeroBoundAborts) {
  Rng rng(1);
  EXPECT_DEATH_IF_SUPPORTED(UniformBelow(rng, 0), "needs a bound above 0");
}

TEST(UniformDigitsTest, AreTheMixedRadixDigitsOfOneUniformBelow) {
  // Twin engines: the digits of one UniformDigits draw, read as a number in
  // their mixed radix, equal UniformBelow over the product, and both leave
  // the engine in the same state, rejections included (the product 3 * 2^58
  // rejects one draw in 64).
  const std::vector<std::vector<uint64_t>> radices = {
      {10}, {10, 10, 10}, {26, 10, 9, 36}, {1, 7, 1, 13}, {3, uint64_t{1} << 58},
      {10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10}};
  for (uint64_t seed = 0; seed < 200; ++seed) {
    for (const std::vector<uint64_t>& bounds : radices) {
      uint64_t product = 1;
      for (uint64_t b : bounds) product *= b;
      Rng digits_rng(seed), below_rng(seed);
      UniformDigits digits(digits_rng, product);
      uint64_t number = 0;
      for (uint64_t b : bounds) {
        const uint64_t d = digits.Next(b);
        ASSERT_LT(d, b);
        number = number * b + d;
      }
      EXPECT_EQ(number, UniformBelow(below_rng, product)) << "seed " << seed;
      EXPECT_EQ(digits_rng, below_rng) << "seed " << seed;
    }
  }
}

TEST(UniformDigitsTest, EachDigitPositionIsFair) {
  // Four decimal digits from one draw, 40000 times: every position's ten
  // counts pass chi-square with 9 degrees of freedom below 27.9 (p = 0.999),
  // and the pair (first, last) is independent: its 100 counts pass below
  // 148.2 (99 degrees of freedom, p = 0.999).
  Rng rng(11);
  std::vector<std::vector<int>> counts(4, std::vector<int>(10));
  std::vector<int> pairs(100);
  for (int i = 0; i < 40000; ++i) {
    UniformDigits digits(rng, 10000);
    uint64_t d[4];
    for (int k = 0; k < 4; ++k) ++counts[k][d[k] = digits.Next(10)];
    ++pairs[d[0] * 10 + d[3]];
  }
  for (int k = 0; k < 4; ++k) EXPECT_LT(ChiSquare(counts[k]), 27.9) << "digit " << k;
  EXPECT_LT(ChiSquare(pairs), 148.2);
}

TEST(UniformDigitsTest, ABoundOfOneKeepsTheDraw) {
  Rng a(5), b(5);
  UniformDigits with_ones(a, 100);
  UniformDigits without(b, 100);
  EXPECT_EQ(with_ones.Next(1), 0u);
  const uint64_t tens = with_ones.Next(10);
  EXPECT_EQ(with_ones.Next(1), 0u);
  EXPECT_EQ(tens, without.Next(10));
  EXPECT_EQ(with_ones.Next(10), without.Next(10));
  UniformDigits empty;
  EXPECT_EQ(empty.Next(1), 0u);
}

TEST(UniformDigitsDeathTest, ZeroProductOrBoundAborts) {
  Rng rng(1);
  EXPECT_DEATH_IF_SUPPORTED(UniformDigits(rng, 0), "needs a product above 0");
  UniformDigits digits(rng, 10);
  EXPECT_DEATH_IF_SUPPORTED(digits.Next(0), "Next needs a bound above 0");
}

TEST(UniformIntTest, CoversSmallRangeInclusively) {
  Rng rng(4);
  std::set<int64_t> seen;
  for (int i = 0; i < 1000; ++i) {
    const int64_t x = UniformInt(rng, -3, 3);
    ASSERT_GE(x, -3);
    ASSERT_LE(x, 3);
    seen.insert(x);
  }
  EXPECT_EQ(seen.size(), 7u);
}

TEST(UniformIntTest, HandlesExtremesOfInt64) {
  Rng rng(5);
  constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  std::set<int64_t> low, high;
  for (int i = 0; i < 200; ++i) {
    low.insert(UniformInt(rng, kMin, kMin + 1));
    high.insert(UniformInt(rng, kMax - 1, kMax));
  }
  EXPECT_THAT(low, ElementsAre(kMin, kMin + 1));
  EXPECT_THAT(high, ElementsAre(kMax - 1, kMax));
  // The full range draws both signs.
  int negative = 0;
  for (int i = 0; i < 1000; ++i) negative += UniformInt(rng, kMin, kMax) < 0;
  EXPECT_NEAR(negative, 500, 80);
  EXPECT_EQ(UniformInt(rng, 9, 9), 9);
}

TEST(UniformIntDeathTest, ReversedRangeAborts) {
  Rng rng(1);
  EXPECT_DEATH_IF_SUPPORTED(UniformInt(rng, 2, 1), "needs lo <= hi");
}

TEST(UniformUint64Test, FullRangeConsumesExactlyOneDraw) {
  Rng a(8), b(8);
  EXPECT_EQ(UniformUint64(a, 0, ~uint64_t{0}), b.Next());
  EXPECT_EQ(a, b);
}

TEST(UnitDoubleTest, IsInUnitIntervalWithMeanOneHalf) {
  // Mean of 100000 uniforms: standard deviation 0.0009; tolerance 0.005.
  Rng rng(9);
  double sum = 0;
  for (int i = 0; i < 100000; ++i) {
    const double u = UnitDouble(rng);
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
  }
  EXPECT_NEAR(sum / 100000, 0.5, 0.005);
}

TEST(UnitDoubleTest, UsesTopFiftyThreeBits) {
  Rng a(10), b(10);
  EXPECT_EQ(UnitDouble(a), static_cast<double>(b.Next() >> 11) / 9007199254740992.0);
}

TEST(UniformDoubleTest, NeverReturnsUpperBound) {
  // A range one ulp wide: every draw rounds to lo or hi, and hi must be moved
  // down to lo.
  Rng rng(11);
  const double lo = 1.0;
  const double hi = std::nextafter(1.0, 2.0);
  for (int i = 0; i < 1000; ++i) EXPECT_EQ(UniformDouble(rng, lo, hi), lo);
}

TEST(UniformDoubleTest, ConsumesExactlyOneDraw) {
  Rng a(12), b(12);
  UniformDouble(a, -5, 5);
  b.Next();
  EXPECT_EQ(a, b);
}

TEST(UniformDoubleDeathTest, InfiniteWidthAborts) {
  Rng rng(1);
  const double big = std::numeric_limits<double>::max();
  EXPECT_DEATH_IF_SUPPORTED(UniformDouble(rng, -big, big),
                            "needs a finite hi - lo");
}

TEST(BernoulliTest, RateMatchesProbability) {
  // 40000 trials at p = 0.25: standard deviation 0.0022; tolerance 0.01.
  Rng rng(13);
  int hits = 0;
  for (int i = 0; i < 40000; ++i) hits += Bernoulli(rng, 0.25);
  EXPECT_NEAR(hits / 40000.0, 0.25, 0.01);
}

TEST(BernoulliTest, ZeroAndOneAreCertainAndStillConsumeOneDraw) {
  Rng a(14), b(14);
  for (int i = 0; i < 1000; ++i) {
    EXPECT_FALSE(Bernoulli(a, 0.0));
    EXPECT_TRUE(Bernoulli(a, 1.0));
  }
  for (int i = 0; i < 2000; ++i) b.Next();
  EXPECT_EQ(a, b);
}

TEST(ChanceTest, RateMatchesFraction) {
  // 30000 trials at 1/3: standard deviation 0.0027; tolerance 0.015.
  Rng rng(15);
  int hits = 0;
  for (int i = 0; i < 30000; ++i) hits += Chance(rng, 1, 3);
  EXPECT_NEAR(hits / 30000.0, 1.0 / 3, 0.015);
  EXPECT_FALSE(Chance(rng, 0, 5));
  EXPECT_TRUE(Chance(rng, 5, 5));
}

TEST(WeightedIndexTest, FrequenciesFollowWeightsAndZeroIsNeverChosen) {
  // Weights 1:0:3:6 over 50000 draws; expected 5000, 0, 15000, 30000.
  // Chi-square over the three live cells (2 degrees of freedom) < 13.8 with
  // probability 0.999.
  Rng rng(16);
  const std::vector<uint64_t> weights = {1, 0, 3, 6};
  std::vector<int> counts(4);
  for (int i = 0; i < 50000; ++i) ++counts[WeightedIndex(rng, weights)];
  EXPECT_EQ(counts[1], 0);
  const double expected[] = {5000, 0, 15000, 30000};
  double chi = 0;
  for (int i : {0, 2, 3}) {
    chi += (counts[i] - expected[i]) * (counts[i] - expected[i]) / expected[i];
  }
  EXPECT_LT(chi, 13.8);
}

TEST(WeightedTableTest, DrawsWhatWeightedIndexDraws) {
  const std::vector<uint64_t> weights = {7, 1, 0, 12, 3};
  const WeightedTable table(weights);
  EXPECT_EQ(table.size(), 5u);
  EXPECT_EQ(table.total(), 23u);
  Rng a(17), b(17);
  for (int i = 0; i < 1000; ++i) {
    ASSERT_EQ(table.Draw(a), WeightedIndex(b, weights)) << "draw " << i;
  }
}

// Tables of more than 16 rows search from a guide table; whatever the shape
// of the weights, each draw must land on the row a plain binary search finds.
TEST(WeightedTableTest, GuidedSearchMatchesBinarySearchOnLargeTables) {
  std::vector<std::vector<uint64_t>> shapes;
  shapes.push_back(std::vector<uint64_t>(17, 1));      // just past the linear scan
  shapes.push_back(std::vector<uint64_t>(1000, 3));    // uniform
  std::vector<uint64_t> skewed(300, 1);                // one row takes almost all
  skewed[150] = 1'000'000;
  skewed[0] = 0;
  skewed[299] = 0;
  shapes.push_back(skewed);
  std::vector<uint64_t> zipf;                          // name-frequency-like
  for (uint64_t i = 1; i <= 5000; ++i) zipf.push_back(1'000'000 / i);
  shapes.push_back(zipf);
  std::vector<uint64_t> huge(40, uint64_t{1} << 57);   // total near 2^63
  huge[3] = 1;
  shapes.push_back(huge);
  for (size_t s = 0; s < shapes.size(); ++s) {
    const WeightedTable table(shapes[s]);
    Rng a(DeriveIndexSeed(23, s)), b(DeriveIndexSeed(23, s));
    for (int i = 0; i < 20000; ++i) {
      ASSERT_EQ(table.Draw(a), WeightedIndex(b, shapes[s])) << "shape " << s << ", draw " << i;
    }
  }
}

TEST(WeightedTableDeathTest, EmptyAndZeroTablesAbort) {
  EXPECT_DEATH_IF_SUPPORTED(WeightedTable(std::vector<uint64_t>{}),
                            "weight table is empty");
  EXPECT_DEATH_IF_SUPPORTED(WeightedTable(std::vector<uint64_t>{0, 0}),
                            "total weight is zero");
  EXPECT_DEATH_IF_SUPPORTED(
      WeightedTable(std::vector<uint64_t>{~uint64_t{0}, 1}),
      "does not fit in 64 bits");
}

TEST(ShuffleTest, IsAPermutation) {
  Rng rng(18);
  std::vector<int> values(100);
  std::iota(values.begin(), values.end(), 0);
  Shuffle(rng, values.begin(), values.end());
  std::vector<int> sorted = values;
  std::sort(sorted.begin(), sorted.end());
  for (int i = 0; i < 100; ++i) EXPECT_EQ(sorted[i], i);
  EXPECT_FALSE(std::is_sorted(values.begin(), values.end()));
}

TEST(ShuffleTest, AllOrdersOfThreeAreEquallyLikely) {
  // 6 orders, 60000 shuffles: chi-square with 5 degrees of freedom < 20.5.
  Rng rng(19);
  std::map<std::string, int> seen;
  for (int i = 0; i < 60000; ++i) {
    std::string abc = "abc";
    Shuffle(rng, abc.begin(), abc.end());
    ++seen[abc];
  }
  ASSERT_EQ(seen.size(), 6u);
  std::vector<int> counts;
  for (const auto& entry : seen) counts.push_back(entry.second);
  EXPECT_LT(ChiSquare(counts), 20.5);
}

TEST(ShuffleTest, EmptyAndSingleRangesConsumeNothing) {
  Rng rng(20), untouched(20);
  std::vector<int> none, one = {1};
  Shuffle(rng, none.begin(), none.end());
  Shuffle(rng, one.begin(), one.end());
  EXPECT_EQ(rng, untouched);
}

TEST(SampleIndicesTest, ReturnsSortedDistinctIndicesInRange) {
  Rng rng(21);
  for (int round = 0; round < 100; ++round) {
    const std::vector<size_t> picked = SampleIndices(rng, 50, 10);
    ASSERT_EQ(picked.size(), 10u);
    EXPECT_TRUE(std::is_sorted(picked.begin(), picked.end()));
    EXPECT_EQ(std::set<size_t>(picked.begin(), picked.end()).size(), 10u);
    EXPECT_LT(picked.back(), 50u);
  }
  EXPECT_THAT(SampleIndices(rng, 4, 4), ElementsAre(0, 1, 2, 3));
  EXPECT_TRUE(SampleIndices(rng, 4, 0).empty());
  EXPECT_TRUE(SampleIndices(rng, 0, 0).empty());
}

TEST(SampleIndicesTest, AllPairsOfFourAreEquallyLikely) {
  // 6 pairs, 60000 samples: chi-square with 5 degrees of freedom < 20.5.
  Rng rng(22);
  std::map<std::vector<size_t>, int> seen;
  for (int i = 0; i < 60000; ++i) ++seen[SampleIndices(rng, 4, 2)];
  ASSERT_EQ(seen.size(), 6u);
  std::vector<int> counts;
  for (const auto& entry : seen) counts.push_back(entry.second);
  EXPECT_LT(ChiSquare(counts), 20.5);
}

TEST(SampleIndicesDeathTest, MoreThanPopulationAborts) {
  Rng rng(1);
  EXPECT_DEATH_IF_SUPPORTED(SampleIndices(rng, 3, 4), "needs k <= n");
}

TEST(SampleTest, KeepsOriginalOrder) {
  Rng rng(23);
  const std::vector<std::string> names = {"ann", "bob", "cy", "dee", "eve"};
  const std::vector<std::string> picked = Sample(rng, names, 3);
  ASSERT_EQ(picked.size(), 3u);
  auto position = [&](const std::string& name) {
    return std::find(names.begin(), names.end(), name) - names.begin();
  };
  EXPECT_LT(position(picked[0]), position(picked[1]));
  EXPECT_LT(position(picked[1]), position(picked[2]));
}

TEST(NormalTest, MomentsAndOneSigmaMassMatch) {
  // 100000 variates: the mean's standard error is 0.0032, the variance's
  // about 0.0045; the mass within one sigma is 0.6827 with standard error
  // 0.0015. Tolerances are about 5 standard errors.
  Rng rng(24);
  constexpr int kCount = 100000;
  double sum = 0, sum_sq = 0;
  int within_one = 0;
  for (int i = 0; i < kCount; ++i) {
    const double z = StandardNormal(rng);
    ASSERT_TRUE(std::isfinite(z));
    sum += z;
    sum_sq += z * z;
    within_one += std::fabs(z) < 1;
  }
  const double mean = sum / kCount;
  EXPECT_NEAR(mean, 0.0, 0.016);
  EXPECT_NEAR(sum_sq / kCount - mean * mean, 1.0, 0.023);
  EXPECT_NEAR(within_one / static_cast<double>(kCount), 0.6827, 0.0075);
}

TEST(NormalTest, ScalesAndShifts) {
  Rng a(25), b(25);
  EXPECT_EQ(Normal(a, 100, 15), 100 + 15 * StandardNormal(b));
  EXPECT_EQ(Normal(a, 3, 0), 3);
}

TEST(DeterministicLogTest, AgreesWithLibmToAFewUlp) {
  // libm is only the yardstick here; the seeded path never calls it.
  Rng rng(26);
  for (int i = 0; i < 100000; ++i) {
    // Spread x over many binades: mantissa in [1, 2), exponent in [-60, 60).
    const double x = std::ldexp(1 + UnitDouble(rng),
                                static_cast<int>(UniformInt(rng, -60, 59)));
    const double want = std::log(x);
    const double got = internal::DeterministicLog(x);
    const double ulp = std::fabs(std::nextafter(want, 2 * want + 1) - want);
    ASSERT_LE(std::fabs(got - want), 4 * ulp) << "x = " << x;
  }
  EXPECT_EQ(internal::DeterministicLog(1.0), 0.0);
  EXPECT_NEAR(internal::DeterministicLog(1e-300), std::log(1e-300), 1e-12);
  EXPECT_NEAR(internal::DeterministicLog(1e300), std::log(1e300), 1e-12);
}

TEST(PoissonTest, MeanAndVarianceMatch) {
  // A Poisson variate's mean and variance are both `mean`.
  for (double mean : {0.5, 3.0, 25.0}) {
    Rng rng(11);
    constexpr int kDraws = 100000;
    double sum = 0, sum_squares = 0;
    for (int i = 0; i < kDraws; ++i) {
      const double x = static_cast<double>(Poisson(rng, mean));
      sum += x;
      sum_squares += x * x;
    }
    const double m = sum / kDraws;
    const double variance = sum_squares / kDraws - m * m;
    EXPECT_NEAR(m, mean, 0.03 * mean + 0.01) << mean;
    EXPECT_NEAR(variance, mean, 0.06 * mean + 0.02) << mean;
  }
}

TEST(PoissonTest, ZeroMeanIsZeroAndOneDraw) {
  Rng rng(3), copy(3);
  EXPECT_EQ(Poisson(rng, 0), 0);
  copy.Next();
  EXPECT_EQ(rng, copy);
}

TEST(BinomialTest, MeanAndVarianceMatch) {
  // Mean n p, variance n p (1 - p); small and large p, small and large n.
  struct Case {
    int64_t n;
    double p;
  };
  for (const Case c : {Case{10, 0.5}, Case{700, 0.01}, Case{7000, 1e-3}, Case{50, 0.9}}) {
    Rng rng(17);
    constexpr int kDraws = 50000;
    double sum = 0, sum_squares = 0;
    for (int i = 0; i < kDraws; ++i) {
      const int64_t k = Binomial(rng, c.n, c.p);
      ASSERT_GE(k, 0);
      ASSERT_LE(k, c.n);
      sum += static_cast<double>(k);
      sum_squares += static_cast<double>(k) * static_cast<double>(k);
    }
    const double mean = c.n * c.p, variance = mean * (1 - c.p);
    const double m = sum / kDraws;
    EXPECT_NEAR(m, mean, 0.02 * mean + 0.02) << c.n << " " << c.p;
    EXPECT_NEAR(sum_squares / kDraws - m * m, variance, 0.06 * variance + 0.02)
        << c.n << " " << c.p;
  }
}

TEST(BinomialTest, CertainAndImpossibleTrialsTakeNoDraw) {
  Rng rng(5);
  const Rng before = rng;
  EXPECT_EQ(Binomial(rng, 12, 1.0), 12);
  EXPECT_EQ(Binomial(rng, 12, 0.0), 0);
  EXPECT_EQ(Binomial(rng, 0, 0.5), 0);
  EXPECT_EQ(rng, before);
}

TEST(BinomialTest, EverySuccessCanHappen) {
  // n = 3, p = 1/2: each of 0..3 appears, with about 1/8, 3/8, 3/8, 1/8.
  Rng rng(23);
  int seen[4] = {0, 0, 0, 0};
  constexpr int kDraws = 40000;
  for (int i = 0; i < kDraws; ++i) ++seen[Binomial(rng, 3, 0.5)];
  EXPECT_NEAR(seen[0], kDraws / 8.0, kDraws * 0.01);
  EXPECT_NEAR(seen[1], kDraws * 3 / 8.0, kDraws * 0.01);
  EXPECT_NEAR(seen[2], kDraws * 3 / 8.0, kDraws * 0.01);
  EXPECT_NEAR(seen[3], kDraws / 8.0, kDraws * 0.01);
}

TEST(BinomialDeathTest, RefusesNegativeTrials) {
  Rng rng(1);
  EXPECT_DEATH(Binomial(rng, -1, 0.5), "Binomial needs n >= 0");
}

TEST(PoissonDeathTest, RefusesANegativeOrHugeMean) {
  Rng rng(1);
  EXPECT_DEATH(Poisson(rng, -1), "Poisson needs 0 <= mean <= 1e6");
  EXPECT_DEATH(Poisson(rng, 2e6), "Poisson needs 0 <= mean <= 1e6");
}

}  // namespace
}  // namespace gtest_data
