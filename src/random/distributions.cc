// Copyright 2026 The gtest_data Authors.

#include "gtest_data/random/distributions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace gtest_data {
namespace internal {

double DeterministicLog(double x) {
  GTEST_DATA_INTERNAL_CHECK_(x > 0 && x <= std::numeric_limits<double>::max(),
                             "DeterministicLog needs a positive finite x");
  // x = m * 2^e exactly, with m in [0.5, 1). Move m into [sqrt(1/2), sqrt(2))
  // so that f below stays small and the series converges fast.
  int e = 0;
  double m = std::frexp(x, &e);
  if (m < 0.70710678118654752440) {
    m *= 2;  // exact
    e -= 1;
  }
  // ln(m) = 2 atanh(f) = 2 (f + f^3/3 + f^5/5 + ...), f = (m - 1) / (m + 1).
  // |f| < 0.1716, so f^2 < 0.0295 and each term is under 3% of the one
  // before: thirteen terms (through f^25) reach full double precision.
  const double f = (m - 1) / (m + 1);
  const double f2 = f * f;
  double series = 1.0 / 25;
  for (int k = 11; k >= 0; --k) {
    series = 1.0 / (2 * k + 1) + f2 * series;
  }
  const double log_m = 2 * f * series;
  // ln 2 split into a high part with trailing zero bits (so e * kLn2High is
  // exact for |e| < 2^11) and the rest, as in the classic fdlibm reduction.
  constexpr double kLn2High = 6.93147180369123816490e-01;
  constexpr double kLn2Low = 1.90821492927058770002e-10;
  const double de = static_cast<double>(e);
  return de * kLn2High + (de * kLn2Low + log_m);
}

}  // namespace internal

uint64_t UniformUint64(Rng& rng, uint64_t lo, uint64_t hi) {
  GTEST_DATA_INTERNAL_CHECK_(lo <= hi, "UniformUint64 needs lo <= hi");
  const uint64_t span = hi - lo;
  if (span == std::numeric_limits<uint64_t>::max()) return rng.Next();
  return lo + UniformBelow(rng, span + 1);
}

int64_t UniformInt(Rng& rng, int64_t lo, int64_t hi) {
  GTEST_DATA_INTERNAL_CHECK_(lo <= hi, "UniformInt needs lo <= hi");
  // Work in unsigned arithmetic, where the span of any int64_t range fits and
  // wrap-around is defined, then map back by two's complement.
  const uint64_t ulo = static_cast<uint64_t>(lo);
  const uint64_t offset =
      UniformUint64(rng, 0, static_cast<uint64_t>(hi) - ulo);
  return static_cast<int64_t>(ulo + offset);
}

double UniformDouble(Rng& rng, double lo, double hi) {
  GTEST_DATA_INTERNAL_CHECK_(lo < hi, "UniformDouble needs lo < hi");
  const double width = hi - lo;
  GTEST_DATA_INTERNAL_CHECK_(std::isfinite(width),
                             "UniformDouble needs a finite hi - lo");
  const double value = lo + width * UnitDouble(rng);
  return value < hi ? value : std::nextafter(hi, lo);
}

bool Bernoulli(Rng& rng, double p) {
  GTEST_DATA_INTERNAL_CHECK_(p >= 0 && p <= 1, "Bernoulli needs 0 <= p <= 1");
  // p * 2^53 is exact (scaling by a power of two), and so is the comparison
  // with a 53-bit integer: no rounding anywhere.
  return static_cast<double>(rng.Next() >> 11) < p * 0x1.0p53;
}

bool Chance(Rng& rng, uint64_t numerator, uint64_t denominator) {
  GTEST_DATA_INTERNAL_CHECK_(denominator > 0 && numerator <= denominator,
                             "Chance needs 0 < denominator, numerator <= "
                             "denominator");
  return UniformBelow(rng, denominator) < numerator;
}

namespace {

std::vector<uint64_t> CumulativeWeights(const std::vector<uint64_t>& weights) {
  GTEST_DATA_INTERNAL_CHECK_(!weights.empty(), "weight table is empty");
  std::vector<uint64_t> cumulative;
  cumulative.reserve(weights.size());
  uint64_t total = 0;
  for (uint64_t weight : weights) {
    GTEST_DATA_INTERNAL_CHECK_(
        weight <= std::numeric_limits<uint64_t>::max() - total,
        "total weight does not fit in 64 bits");
    total += weight;
    cumulative.push_back(total);
  }
  GTEST_DATA_INTERNAL_CHECK_(total > 0, "total weight is zero");
  return cumulative;
}

// The first index whose cumulative weight exceeds `point`. A linear scan
// beats binary search on the short tables that dominate (name formats,
// phone plans); both give the same index.
size_t FindPoint(const std::vector<uint64_t>& cumulative, uint64_t point) {
  if (cumulative.size() <= 16) {
    size_t i = 0;
    while (cumulative[i] <= point) ++i;
    return i;
  }
  return static_cast<size_t>(
      std::upper_bound(cumulative.begin(), cumulative.end(), point) -
      cumulative.begin());
}

}  // namespace

size_t WeightedIndex(Rng& rng, const std::vector<uint64_t>& weights) {
  const std::vector<uint64_t> cumulative = CumulativeWeights(weights);
  return FindPoint(cumulative, UniformBelow(rng, cumulative.back()));
}

WeightedTable::WeightedTable(const std::vector<uint64_t>& weights)
    : cumulative_(CumulativeWeights(weights)) {
  if (cumulative_.size() <= 16) return;  // FindPoint's linear scan is as fast
  // A guide table (Chen and Asau, 1974): the points [0, total) fall into
  // buckets of 2^shift_ consecutive points, about as many buckets as rows;
  // guide_[b] is the first row whose cumulative weight exceeds the bucket's
  // first point, so a draw starts its search there and, for tables without a
  // few overwhelming weights, steps a row or two. It only shortens the
  // search: every point maps to the row FindPoint() returns.
  int bucket_bits = 0;
  while ((size_t{1} << bucket_bits) < cumulative_.size()) ++bucket_bits;
  int total_bits = 0;
  while (total_bits < 64 && ((cumulative_.back() - 1) >> total_bits) != 0) ++total_bits;
  shift_ = total_bits > bucket_bits ? total_bits - bucket_bits : 0;
  const uint64_t buckets = ((cumulative_.back() - 1) >> shift_) + 1;
  guide_.reserve(buckets);
  size_t row = 0;
  for (uint64_t b = 0; b < buckets; ++b) {
    const uint64_t first_point = b << shift_;
    while (cumulative_[row] <= first_point) ++row;
    guide_.push_back(static_cast<uint32_t>(row));
  }
}

size_t WeightedTable::Draw(Rng& rng) const {
  const uint64_t point = UniformBelow(rng, cumulative_.back());
  if (guide_.empty()) return FindPoint(cumulative_, point);
  size_t row = guide_[point >> shift_];
  while (cumulative_[row] <= point) ++row;
  return row;
}

std::vector<size_t> SampleIndices(Rng& rng, size_t n, size_t k) {
  GTEST_DATA_INTERNAL_CHECK_(k <= n, "SampleIndices needs k <= n");
  // Floyd (Bentley and Floyd, CACM 1987): for j = n-k .. n-1, draw t in
  // [0, j]; take t, or j itself if t was taken already. Each k-subset comes
  // out with equal probability. std::set only answers membership, so its
  // layout cannot leak into the result.
  std::set<size_t> chosen;
  for (size_t j = n - k; j < n; ++j) {
    const size_t t = static_cast<size_t>(UniformBelow(rng, uint64_t{j} + 1));
    if (!chosen.insert(t).second) chosen.insert(j);
  }
  return std::vector<size_t>(chosen.begin(), chosen.end());
}

double StandardNormal(Rng& rng) {
  // Marsaglia's polar method: a point uniform in the unit disc (by rejection)
  // gives u * sqrt(-2 ln s / s) ~ N(0, 1), with s = u^2 + v^2. sqrt is exactly
  // rounded by IEEE 754 and the logarithm is our own, so the result is the
  // same everywhere.
  double u, v, s;
  do {
    u = 2 * UnitDouble(rng) - 1;
    v = 2 * UnitDouble(rng) - 1;
    s = u * u + v * v;
  } while (s >= 1 || s == 0);
  return u * std::sqrt(-2 * internal::DeterministicLog(s) / s);
}

double Normal(Rng& rng, double mean, double stddev) {
  GTEST_DATA_INTERNAL_CHECK_(stddev >= 0, "Normal needs stddev >= 0");
  return mean + stddev * StandardNormal(rng);
}

int64_t Poisson(Rng& rng, double mean) {
  GTEST_DATA_INTERNAL_CHECK_(mean >= 0 && mean <= 1e6, "Poisson needs 0 <= mean <= 1e6");
  int64_t arrivals = 0;
  double time = 0;
  for (;;) {
    // 1 - UnitDouble() is in (0, 1]: the logarithm is defined, and 0 at 1.
    time -= internal::DeterministicLog(1 - UnitDouble(rng));
    if (time >= mean) return arrivals;
    ++arrivals;
  }
}

int64_t Binomial(Rng& rng, int64_t n, double p) {
  GTEST_DATA_INTERNAL_CHECK_(n >= 0, "Binomial needs n >= 0");
  if (n == 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const double log_fail = internal::DeterministicLog(1 - p);  // < 0
  int64_t successes = 0;
  int64_t trial = 0;  // trials used so far
  for (;;) {
    // Failures before the next success: a geometric variate.
    const double failures = internal::DeterministicLog(1 - UnitDouble(rng)) / log_fail;
    if (failures >= static_cast<double>(n - trial)) return successes;
    trial += static_cast<int64_t>(failures) + 1;  // <= n
    ++successes;
  }
}

}  // namespace gtest_data
