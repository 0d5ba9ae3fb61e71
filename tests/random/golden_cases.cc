// Copyright 2026 The gtest_data Authors.

#include "golden_cases.h"

#include <charconv>
#include <cstdint>
#include <cstring>
#include <numeric>
#include <utility>
#include <string>
#include <vector>

#include "gtest_data/random.h"

namespace gtest_data {
namespace testing_internal {
namespace {

std::string Hex(uint64_t value) {
  char buffer[17];
  const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value, 16);
  std::string digits(buffer, result.ptr);
  return std::string(16 - digits.size(), '0') + digits;
}

// A double as its IEEE-754 bit pattern: exact, and independent of how any
// library formats floating point.
std::string Bits(double value) {
  uint64_t bits;
  static_assert(sizeof(bits) == sizeof(value), "double must be 64 bits");
  std::memcpy(&bits, &value, sizeof(bits));
  return Hex(bits);
}

std::string Dec(uint64_t value) { return std::to_string(value); }
std::string Dec(int64_t value) { return std::to_string(value); }

constexpr uint64_t kSeeds[] = {0, 42, 0xffffffffffffffffu};

}  // namespace

void WriteRandomGolden(std::ostream& out) {
  out << "# gtest_data random golden outputs, data version " << kDataVersion
      << "\n";

  for (uint64_t seed : {uint64_t{0}, uint64_t{1234567}}) {
    SplitMix64 sm(seed);
    out << "splitmix64 seed=" << Dec(seed) << ":";
    for (int i = 0; i < 4; ++i) out << " " << Hex(sm.Next());
    out << "\n";
  }

  for (uint64_t seed : kSeeds) {
    Rng rng(seed);
    out << "rng seed=" << Dec(seed) << ":";
    for (int i = 0; i < 8; ++i) out << " " << Hex(rng.Next());
    out << "\n";
    rng.Jump();
    out << "rng seed=" << Dec(seed) << " after 8 and jump:";
    for (int i = 0; i < 2; ++i) out << " " << Hex(rng.Next());
    out << "\n";
  }

  for (uint64_t seed : kSeeds) {
    const std::string tag = " seed=" + Dec(seed) + ":";
    {
      Rng rng(seed);
      out << "uniform_below bounds 1,2,6,10,1000,2^32+1,2^63+1,2^64-1" << tag;
      for (uint64_t bound : {uint64_t{1}, uint64_t{2}, uint64_t{6}, uint64_t{10},
                             uint64_t{1000}, (uint64_t{1} << 32) + 1,
                             (uint64_t{1} << 63) + 1, ~uint64_t{0}}) {
        out << " " << Dec(UniformBelow(rng, bound));
      }
      out << "\n";
    }
    {
      Rng rng(seed);
      out << "uniform_below bound=6 x20" << tag;
      for (int i = 0; i < 20; ++i) out << " " << Dec(UniformBelow(rng, 6));
      out << "\n";
    }
    {
      Rng rng(seed);
      out << "uniform_digits ten of 10 then 26,1,36,9 then 3,2^58" << tag;
      UniformDigits ten(rng, 10000000000);
      for (int i = 0; i < 10; ++i) out << " " << Dec(ten.Next(10));
      UniformDigits mixed(rng, 26 * 36 * 9);
      for (uint64_t bound : {26, 1, 36, 9}) out << " " << Dec(mixed.Next(bound));
      UniformDigits wide(rng, uint64_t{3} << 58);
      out << " " << Dec(wide.Next(3)) << " " << Dec(wide.Next(uint64_t{1} << 58));
      out << "\n";
    }
    {
      Rng rng(seed);
      out << "uniform_int [-5,5] [min,max] [min,min+1] [-1,0] [0,0]" << tag;
      out << " " << Dec(UniformInt(rng, -5, 5));
      out << " " << Dec(UniformInt(rng, INT64_MIN, INT64_MAX));
      out << " " << Dec(UniformInt(rng, INT64_MIN, INT64_MIN + 1));
      out << " " << Dec(UniformInt(rng, -1, 0));
      out << " " << Dec(UniformInt(rng, 0, 0));
      out << "\n";
    }
    {
      Rng rng(seed);
      out << "uniform_uint64 [0,max] [10,20] [max-1,max]" << tag;
      out << " " << Dec(UniformUint64(rng, 0, ~uint64_t{0}));
      out << " " << Dec(UniformUint64(rng, 10, 20));
      out << " " << Dec(UniformUint64(rng, ~uint64_t{0} - 1, ~uint64_t{0}));
      out << "\n";
    }
    {
      Rng rng(seed);
      out << "unit_double x4, uniform_double [-1,1) [1e-3,1e3)" << tag;
      for (int i = 0; i < 4; ++i) out << " " << Bits(UnitDouble(rng));
      out << " " << Bits(UniformDouble(rng, -1.0, 1.0));
      out << " " << Bits(UniformDouble(rng, 1e-3, 1e3));
      out << "\n";
    }
    {
      Rng rng(seed);
      out << "bernoulli p=0,0.25,0.5,1 x4 each" << tag << " ";
      for (double p : {0.0, 0.25, 0.5, 1.0}) {
        for (int i = 0; i < 4; ++i) out << (Bernoulli(rng, p) ? '1' : '0');
        out << (p < 1.0 ? "," : "");
      }
      out << " chance 1/3 x8: ";
      for (int i = 0; i < 8; ++i) out << (Chance(rng, 1, 3) ? '1' : '0');
      out << "\n";
    }
    {
      Rng rng(seed);
      const std::vector<uint64_t> weights = {1, 0, 5, 10, 84};
      const WeightedTable table(weights);
      out << "weighted {1,0,5,10,84} index x6, table x6" << tag;
      for (int i = 0; i < 6; ++i) out << " " << WeightedIndex(rng, weights);
      out << " |";
      for (int i = 0; i < 6; ++i) out << " " << table.Draw(rng);
      out << "\n";
    }
    {
      Rng rng(seed);
      std::vector<int> deck(10);
      std::iota(deck.begin(), deck.end(), 0);
      Shuffle(rng, deck.begin(), deck.end());
      out << "shuffle 0..9" << tag;
      for (int card : deck) out << " " << card;
      out << "\n";
    }
    {
      Rng rng(seed);
      out << "sample 5 of 100, 3 of 3, 0 of 7" << tag;
      for (size_t index : SampleIndices(rng, 100, 5)) out << " " << index;
      out << " |";
      for (size_t index : SampleIndices(rng, 3, 3)) out << " " << index;
      out << " |";
      for (size_t index : SampleIndices(rng, 7, 0)) out << " " << index;
      out << "\n";
    }
    {
      Rng rng(seed);
      out << "standard_normal x4, normal(100,15)" << tag;
      for (int i = 0; i < 4; ++i) out << " " << Bits(StandardNormal(rng));
      out << " " << Bits(Normal(rng, 100, 15));
      out << "\n";
    }
  }

  out << "log 1e-300 0.1 0.5 0.999 1 2 10 1e300:";
  for (double x : {1e-300, 0.1, 0.5, 0.999, 1.0, 2.0, 10.0, 1e300}) {
    out << " " << Bits(internal::DeterministicLog(x));
  }
  out << "\n";

  out << "fnv1a64 \"\" \"a\" \"foobar\":" << " " << Hex(Fnv1a64(""))
      << " " << Hex(Fnv1a64("a")) << " " << Hex(Fnv1a64("foobar")) << "\n";
  for (const char* name :
       {"", "Suite.Test", "Suite.Test/0", "customer.email",
        "\xc3\xa9t\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac"}) {
    out << "hash_name \"" << name << "\": " << Hex(HashName(name)) << "\n";
  }
  for (uint64_t seed : kSeeds) {
    out << "derive seed=" << Dec(seed) << ":";
    out << " " << Dec(DeriveSeed(seed, "CheckoutTest.AppliesDiscount"));
    out << " " << Dec(DeriveSeed(seed, "Suite.Test/3"));
    out << " " << Dec(DeriveSeed(seed, "customer", "email"));
    out << " " << Dec(DeriveSeed(seed, "customer", "email", "local_part"));
    out << " " << Dec(DeriveIndexSeed(seed, 0));
    out << " " << Dec(DeriveIndexSeed(seed, 999999));
    out << "\n";
  }

  for (uint64_t seed : kSeeds) {
    Rng rng(seed);
    out << "poisson means 0,0.5,3,40 x4 each seed=" << Dec(seed) << ":";
    for (double mean : {0.0, 0.5, 3.0, 40.0}) {
      for (int i = 0; i < 4; ++i) out << " " << Dec(Poisson(rng, mean));
    }
    out << "\n";
  }

  for (uint64_t seed : kSeeds) {
    Rng rng(seed);
    out << "binomial (n,p) (10,0.5),(700,0.01),(100000,1e-5),(5,0.999) x4 each seed=" << Dec(seed)
        << ":";
    for (const auto& [n, p] : {std::pair<int64_t, double>{10, 0.5}, {700, 0.01},
                               {100000, 1e-5}, {5, 0.999}}) {
      for (int i = 0; i < 4; ++i) out << " " << Dec(Binomial(rng, n, p));
    }
    out << "\n";
  }

  // Permutations: small sizes whole (odd and even widths, a power of two),
  // then single positions of large ones.
  for (uint64_t seed : kSeeds) {
    for (uint64_t n : {uint64_t{1}, uint64_t{2}, uint64_t{5}, uint64_t{16}, uint64_t{37}}) {
      IndexPermutation p(n, seed);
      out << "permutation n=" << Dec(n) << " seed=" << Dec(seed) << ":";
      for (uint64_t i = 0; i < n; ++i) out << " " << Dec(p.At(i));
      out << "\n";
    }
    for (uint64_t n : {uint64_t{1000003}, uint64_t{1} << 40, ~uint64_t{0}}) {
      IndexPermutation p(n, seed);
      out << "permutation n=" << Dec(n) << " seed=" << Dec(seed) << " at 0,1,n/2,n-1:";
      for (uint64_t i : {uint64_t{0}, uint64_t{1}, n / 2, n - 1}) out << " " << Dec(p.At(i));
      out << "\n";
    }
  }
}

}  // namespace testing_internal
}  // namespace gtest_data
