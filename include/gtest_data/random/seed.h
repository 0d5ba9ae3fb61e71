// Copyright 2026 The gtest_data Authors.
//
// Seed derivation: turning one run seed into independent, named streams.
//
//   uint64_t test_seed = gtest_data::DeriveSeed(run_seed, "Checkout.Applies/3");
//   uint64_t field_seed =
//       gtest_data::DeriveSeed(test_seed, "customer", "email");
//   gtest_data::Rng rng(gtest_data::DeriveIndexSeed(field_seed, row));
//
// A stream's seed depends only on its parent seed and its path of names, never
// on how many other streams exist or in which order they were made. That is
// what makes a test's data independent of test order, filters and sharding,
// and what lets a factory gain a field without changing the others.
//
// The scheme, fixed as part of the API (golden-tested):
//
//   Fnv1a64(bytes)          FNV-1a, 64-bit: h = 0xcbf29ce484222325; for each
//                           byte b: h = (h ^ b) * 0x100000001b3 (mod 2^64).
//   HashName(name)          Mix64(Fnv1a64(UTF-8 bytes of name)).
//   DeriveSeed(p, name)     Mix64(p ^ HashName(name)).
//   DeriveSeed(p, a, b...)  DeriveSeed(DeriveSeed(p, a), b...): left to right.
//   DeriveIndexSeed(p, i)   Mix64(p ^ Mix64(i + 0x9e3779b97f4a7c15)).
//
// Names are hashed as raw bytes; callers pass UTF-8 (C++17 string literals in
// a UTF-8 source file are). std::hash is never used: its values differ between
// standard libraries and, in some, between runs.
//
// Thread-safety: all functions are pure and may be called from any thread.

#ifndef GTEST_DATA_RANDOM_SEED_H_
#define GTEST_DATA_RANDOM_SEED_H_

#include <cstdint>
#include <string_view>

#include "gtest_data/random/rng.h"

namespace gtest_data {

// FNV-1a over `bytes`, 64-bit variant. Stable across platforms and versions.
constexpr uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325u;
  for (char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3u;
  }
  return h;
}

// A well-mixed 64-bit hash of a name: Mix64(Fnv1a64(name)). Stable across
// platforms and versions; not for security (it is trivially invertible).
constexpr uint64_t HashName(std::string_view name) {
  return Mix64(Fnv1a64(name));
}

// Returns the seed of the stream called `name` below `parent`.
constexpr uint64_t DeriveSeed(uint64_t parent, std::string_view name) {
  return Mix64(parent ^ HashName(name));
}

// Returns the seed of the stream at path `first/rest...` below `parent`,
// deriving one level per name, left to right. Each name is hashed on its own,
// so ("ab", "c") and ("a", "bc") are different paths.
template <typename... Names>
constexpr uint64_t DeriveSeed(uint64_t parent, std::string_view first,
                              std::string_view second, Names... rest) {
  return DeriveSeed(DeriveSeed(parent, first), second, rest...);
}

// Returns the seed of the `index`-th member of a family of streams below
// `parent`, e.g. the i-th object a factory builds. Cheaper than formatting the
// index as a name. Index and name children use different pre-mixes, so the
// index 7 and the name "7" give unrelated seeds.
constexpr uint64_t DeriveIndexSeed(uint64_t parent, uint64_t index) {
  return Mix64(parent ^ Mix64(index + 0x9e3779b97f4a7c15u));
}

}  // namespace gtest_data

#endif  // GTEST_DATA_RANDOM_SEED_H_
