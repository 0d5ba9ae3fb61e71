// Copyright 2026 The gtest_data Authors.
//
// Distributions over an Rng, written out so that every platform agrees.
//
//   gtest_data::Rng rng(gtest_data::DeriveSeed(seed, "orders"));
//   int64_t quantity = gtest_data::UniformInt(rng, 1, 12);
//   double discount = gtest_data::UniformDouble(rng, 0.0, 0.3);
//   if (gtest_data::Bernoulli(rng, 0.1)) { /* one order in ten */ }
//   gtest_data::Shuffle(rng, lines.begin(), lines.end());
//
// The C++ standard specifies its engines exactly but leaves the algorithms of
// its distributions (uniform_int_distribution, normal_distribution, ...) and
// of shuffle to each library, so libstdc++, libc++ and MSVC turn the same engine
// output into different values. The functions here fix the algorithm:
//
//   UniformBelow       Lemire's multiply-and-reject (2019): one 64x64->128
//                      multiplication, rejection only in the biased sliver.
//   UniformDigits      one UniformBelow over the product of several bounds,
//                      read back as its mixed-radix digits, most significant
//                      first, by one multiplication each.
//   UnitDouble         the top 53 bits of one draw, times 2^-53.
//   WeightedIndex      one UniformBelow over the integer total weight.
//   Shuffle            Fisher-Yates from the back, one UniformBelow per step.
//   SampleIndices      Floyd's algorithm, k draws for k of n.
//   StandardNormal     Marsaglia's polar method, with a logarithm of our own
//                      built from + - * / only, so libm never reaches output.
//   Poisson            counts unit-rate exponential gaps (the same logarithm)
//                      before `mean`: about mean + 1 draws.
//
// How many engine draws each call consumes is part of the contract too: it
// decides every later value of the stream. Golden tests pin all of it.
//
// Preconditions (a zero bound, lo > hi, an empty weight table) are programming
// errors and abort with a message; they are documented per function.
//
// Thread-safety: the functions are as thread-safe as the Rng they are given.

#ifndef GTEST_DATA_RANDOM_DISTRIBUTIONS_H_
#define GTEST_DATA_RANDOM_DISTRIBUTIONS_H_

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <utility>
#include <vector>

#include "gtest_data/internal/check.h"
#include "gtest_data/random/rng.h"

namespace gtest_data {

namespace internal {

#if defined(__SIZEOF_INT128__)
// __extension__ keeps -Wpedantic quiet about the GCC/Clang 128-bit type.
__extension__ typedef unsigned __int128 Uint128;
#endif

// The high and low halves of the 128-bit product a * b.
inline uint64_t MultiplyHigh(uint64_t a, uint64_t b, uint64_t* low) {
#if defined(__SIZEOF_INT128__)
  const Uint128 product = static_cast<Uint128>(a) * b;
  *low = static_cast<uint64_t>(product);
  return static_cast<uint64_t>(product >> 64);
#else
  // Schoolbook multiplication on 32-bit halves; same result, no compiler
  // extension.
  const uint64_t a_lo = a & 0xffffffffu, a_hi = a >> 32;
  const uint64_t b_lo = b & 0xffffffffu, b_hi = b >> 32;
  const uint64_t lo_lo = a_lo * b_lo;
  const uint64_t hi_lo = a_hi * b_lo;
  const uint64_t lo_hi = a_lo * b_hi;
  const uint64_t hi_hi = a_hi * b_hi;
  const uint64_t cross = (lo_lo >> 32) + (hi_lo & 0xffffffffu) + lo_hi;
  *low = (cross << 32) | (lo_lo & 0xffffffffu);
  return hi_hi + (hi_lo >> 32) + (cross >> 32);
#endif
}

// The natural logarithm of a positive, finite, normal x, computed with
// exactly rounded operations only (frexp, + - * /). Within a few ulp of the
// true value, and bit-identical on every IEEE-754 platform that does not
// contract a*b+c into a fused multiply-add (we build with -ffp-contract=off).
double DeterministicLog(double x);

}  // namespace internal

// Returns a uniformly distributed integer in [0, bound). Requires bound > 0.
// Unbiased. Usually consumes one draw; consumes more with probability below
// bound / 2^64.
inline uint64_t UniformBelow(Rng& rng, uint64_t bound) {
  GTEST_DATA_INTERNAL_CHECK_(bound > 0, "UniformBelow needs a bound above 0");
  uint64_t low;
  uint64_t high = internal::MultiplyHigh(rng.Next(), bound, &low);
  if (low < bound) {
    // 2^64 mod bound: the low products below it would over-represent some
    // results, so those draws are rejected.
    const uint64_t threshold = (0 - bound) % bound;
    while (low < threshold) {
      high = internal::MultiplyHigh(rng.Next(), bound, &low);
    }
  }
  return high;
}

// Several independent uniform values from one draw: the digits of one
// UniformBelow(rng, product) in the mixed radix of the bounds. For a pattern
// like "###-####" that is one engine draw instead of seven.
//
//   UniformDigits digits(rng, 10 * 10 * 26);
//   const uint64_t a = digits.Next(10), b = digits.Next(10), c = digits.Next(26);
//
// The constructor accepts an engine draw x exactly when UniformBelow(rng,
// product) would (and draws again when it would), so floor(x * product /
// 2^64) is uniform over [0, product). Next(b) returns floor(x * b / 2^64) and
// keeps the low 64 bits of x * b as the new x; by induction the values
// returned are that number's digits, radix b1, b2, ... in turn. With a single
// bound the one value is exactly UniformBelow(rng, bound).
//
// Requires 0 < product < 2^64 (a product of uint64_t bounds: mind int
// arithmetic when writing it out), and the bounds given to Next() to
// multiply to `product` in the order of the calls; values stay below their
// bound either way, but only then are they uniform and independent. A bound
// of 1 leaves the draw as it was and returns 0. The constructor consumes one
// engine draw, more with probability below product / 2^64; Next() none.
class UniformDigits {
 public:
  // Holds no draw: Next() returns 0, which is right only for a bound of 1.
  UniformDigits() = default;

  UniformDigits(Rng& rng, uint64_t product) {
    GTEST_DATA_INTERNAL_CHECK_(product > 0, "UniformDigits needs a product above 0");
    x_ = rng.Next();
    uint64_t low;
    internal::MultiplyHigh(x_, product, &low);
    if (low < product) {
      const uint64_t threshold = (0 - product) % product;
      while (low < threshold) {
        x_ = rng.Next();
        internal::MultiplyHigh(x_, product, &low);
      }
    }
  }

  // The next digit, in [0, bound). Requires bound > 0.
  uint64_t Next(uint64_t bound) {
    GTEST_DATA_INTERNAL_CHECK_(bound > 0, "UniformDigits::Next needs a bound above 0");
    return internal::MultiplyHigh(x_, bound, &x_);
  }

 private:
  uint64_t x_ = 0;
};

// Returns a uniformly distributed integer in [lo, hi], both ends included.
// Requires lo <= hi. The full range [0, 2^64 - 1] is allowed and consumes
// exactly one draw.
uint64_t UniformUint64(Rng& rng, uint64_t lo, uint64_t hi);

// Returns a uniformly distributed integer in [lo, hi], both ends included.
// Requires lo <= hi. The full int64_t range is allowed.
int64_t UniformInt(Rng& rng, int64_t lo, int64_t hi);

// Returns a double uniformly distributed over the 2^53 multiples of 2^-53 in
// [0, 1). Consumes exactly one draw.
inline double UnitDouble(Rng& rng) {
  return static_cast<double>(rng.Next() >> 11) * 0x1.0p-53;
}

// Returns a double in [lo, hi): lo + (hi - lo) * UnitDouble(), moved down to
// the largest double below hi in the rare case rounding reaches hi. Requires
// lo < hi and hi - lo finite. Consumes exactly one draw.
double UniformDouble(Rng& rng, double lo, double hi);

// Returns true with probability p, exactly to 2^-53. Requires 0 <= p <= 1.
// Consumes exactly one draw, also for p = 0 and p = 1, so a change of rate
// never shifts the rest of the stream.
bool Bernoulli(Rng& rng, double p);

// Returns true with probability numerator / denominator, exactly. Requires
// 0 < denominator and numerator <= denominator.
bool Chance(Rng& rng, uint64_t numerator, uint64_t denominator);

// Returns index i with probability weights[i] / sum(weights). Zero weights
// are never chosen. Requires a non-empty table whose sum is positive and fits
// in 64 bits. For repeated draws from one table, WeightedTable is faster.
size_t WeightedIndex(Rng& rng, const std::vector<uint64_t>& weights);

// A weight table prepared for repeated draws in O(log n). Draws the same
// indices as WeightedIndex() given the same engine state.
class WeightedTable {
 public:
  // Requires a non-empty table whose sum is positive and fits in 64 bits.
  explicit WeightedTable(const std::vector<uint64_t>& weights);

  // Returns index i with probability weights[i] / total().
  size_t Draw(Rng& rng) const;

  size_t size() const { return cumulative_.size(); }
  uint64_t total() const { return cumulative_.back(); }

 private:
  std::vector<uint64_t> cumulative_;  // cumulative_[i] = sum of weights[0..i]
  // For tables of more than 16 rows: where to start searching for a point
  // p, indexed by p >> shift_ (see the constructor). Empty otherwise.
  std::vector<uint32_t> guide_;
  int shift_ = 0;
};

// Shuffles [first, last) uniformly: Fisher-Yates from the back, swapping
// element i with a uniformly chosen j in [0, i], for i = n-1 down to 1.
// Consumes n - 1 UniformBelow calls for n elements.
template <typename RandomIt>
void Shuffle(Rng& rng, RandomIt first, RandomIt last) {
  using Difference = typename std::iterator_traits<RandomIt>::difference_type;
  const Difference n = last - first;
  for (Difference i = n - 1; i > 0; --i) {
    const Difference j = static_cast<Difference>(
        UniformBelow(rng, static_cast<uint64_t>(i) + 1));
    using std::swap;
    swap(first[i], first[j]);
  }
}

// Returns k distinct indices drawn uniformly from [0, n), in ascending order.
// Every k-subset is equally likely. Requires k <= n. Floyd's algorithm:
// exactly k UniformBelow calls, O(k log k) time and O(k) memory, whatever n.
std::vector<size_t> SampleIndices(Rng& rng, size_t n, size_t k);

// Returns k distinct elements of `population` chosen uniformly, in their
// original relative order. Requires k <= population.size().
template <typename T>
std::vector<T> Sample(Rng& rng, const std::vector<T>& population, size_t k) {
  std::vector<T> chosen;
  chosen.reserve(k);
  for (size_t index : SampleIndices(rng, population.size(), k)) {
    chosen.push_back(population[index]);
  }
  return chosen;
}

// Returns a standard normal variate (mean 0, standard deviation 1) by
// Marsaglia's polar method. Each call starts afresh (no cached second
// variate), so the value depends only on the engine state at the call.
double StandardNormal(Rng& rng);

// Returns mean + stddev * StandardNormal(rng). Requires stddev >= 0.
double Normal(Rng& rng, double mean, double stddev);

// Returns a Poisson variate with the given mean: the number of arrivals of
// a unit-rate process before time `mean`, each gap -log(1 - UnitDouble())
// with the logarithm above. Consumes one draw per arrival and one more.
// Requires 0 <= mean <= 1e6.
int64_t Poisson(Rng& rng, double mean);

// Returns a binomial variate: the successes among n independent trials,
// each a success with probability p. The trials are walked by their
// geometric gaps (one draw a success, and one more), each gap
// floor(log(1 - UnitDouble()) / log(1 - p)) + 1 with the logarithm above,
// so a small p costs about n * p + 1 draws. p <= 0 gives 0 and p >= 1
// gives n, with no draw. Requires n >= 0.
int64_t Binomial(Rng& rng, int64_t n, double p);

}  // namespace gtest_data

#endif  // GTEST_DATA_RANDOM_DISTRIBUTIONS_H_
