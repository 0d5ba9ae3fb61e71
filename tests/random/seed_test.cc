// Copyright 2026 The gtest_data Authors.

#include "gtest_data/random/seed.h"

#include <cstdint>
#include <set>
#include <string>

#include "gtest/gtest.h"
#include "gtest_data/random/distributions.h"

namespace gtest_data {
namespace {

TEST(SeedTest, ApiExamples) {
  // The example of the file comment of seed.h.
  const uint64_t run_seed = 42;
  uint64_t test_seed = DeriveSeed(run_seed, "Checkout.Applies/3");
  uint64_t field_seed = DeriveSeed(test_seed, "customer", "email");
  Rng rng(DeriveIndexSeed(field_seed, 7));
  EXPECT_EQ(rng, Rng(DeriveIndexSeed(field_seed, 7)));
}

TEST(Fnv1a64Test, MatchesPublishedVectors) {
  // Test vectors of the FNV-1a 64-bit reference.
  EXPECT_EQ(Fnv1a64(""), 0xcbf29ce484222325u);
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cu);
  EXPECT_EQ(Fnv1a64("foobar"), 0x85944171f73967e8u);
}

TEST(Fnv1a64Test, HashesBytesNotCharacters) {
  // A high byte hashes as unsigned, whatever the signedness of char.
  EXPECT_EQ(Fnv1a64("\xff"), (0xcbf29ce484222325u ^ 0xffu) * 0x100000001b3u);
}

TEST(SeedTest, IsUsableAtCompileTime) {
  constexpr uint64_t kSeed = DeriveSeed(1, "a", "b");
  static_assert(kSeed == DeriveSeed(DeriveSeed(1, "a"), "b"),
                "derivation folds left to right");
  static_assert(HashName("x") == Mix64(Fnv1a64("x")), "documented scheme");
  static_assert(DeriveSeed(5, "x") == Mix64(5 ^ HashName("x")),
                "documented scheme");
  static_assert(DeriveIndexSeed(5, 3) == Mix64(5 ^ Mix64(3 + 0x9e3779b97f4a7c15u)),
                "documented scheme");
  EXPECT_NE(kSeed, 1u);
}

TEST(SeedTest, PathsAreOrderedAndNotConcatenated) {
  EXPECT_NE(DeriveSeed(1, "a", "b"), DeriveSeed(1, "b", "a"));
  EXPECT_NE(DeriveSeed(1, "ab", "c"), DeriveSeed(1, "a", "bc"));
  EXPECT_NE(DeriveSeed(1, "abc"), DeriveSeed(1, "ab", "c"));
  EXPECT_NE(DeriveSeed(1, "x"), DeriveSeed(2, "x"));
  EXPECT_NE(DeriveSeed(1, ""), 1u);
}

TEST(SeedTest, IndexAndNameChildrenDiffer) {
  EXPECT_NE(DeriveIndexSeed(1, 7), DeriveSeed(1, "7"));
}

TEST(SeedTest, NoCollisionsAmongManySiblings) {
  std::set<uint64_t> seen;
  for (uint64_t i = 0; i < 100000; ++i) {
    ASSERT_TRUE(seen.insert(DeriveIndexSeed(42, i)).second) << "index " << i;
    ASSERT_TRUE(seen.insert(DeriveSeed(42, "Suite.Test/" + std::to_string(i)))
                    .second)
        << "name " << i;
  }
}

TEST(SeedTest, StreamsAreIsolated) {
  // Drawing heavily from one stream changes nothing in a sibling: the value
  // of "email" is the same whether or not "name" was used first.
  const uint64_t test_seed = DeriveSeed(42, "Suite.Test");
  Rng email_alone(DeriveSeed(test_seed, "email"));
  const uint64_t expected = UniformBelow(email_alone, 1000000);

  Rng name(DeriveSeed(test_seed, "name"));
  for (int i = 0; i < 1000; ++i) name.Next();
  Rng email_after(DeriveSeed(test_seed, "email"));
  EXPECT_EQ(UniformBelow(email_after, 1000000), expected);
}

TEST(SeedTest, Utf8NamesAreHashedByTheirBytes) {
  // "été" written as UTF-8 bytes: the hash is a function of those bytes.
  const std::string ete = "\xc3\xa9t\xc3\xa9";
  EXPECT_EQ(HashName(ete), Mix64(Fnv1a64(ete)));
  EXPECT_NE(HashName(ete), HashName("ete"));
}

}  // namespace
}  // namespace gtest_data
