// Copyright 2026 The gtest_data Authors.
//
// KeyedPermutation and the built-in transformers: what each keeps, that the
// uniqueness-preserving ones are one to one, that NULL stays NULL, and that
// errors name the transformer and the kind, never the value.

#include "gtest_data/mask/transformer.h"

#include <cstdio>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "gtest_data/fake/finance.h"
#include "gtest_data/random/rng.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace mask {
namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;
using ::testing::Not;

MaskKey RunKey() {
  return *MaskKey::FromHex("6a8f1c2e9b3d4f5a6c7e8d9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d");
}

std::string Text(const Transformer& t, const std::string& input) {
  absl::StatusOr<Value> out = t.Transform(Value(input), {});
  EXPECT_TRUE(out.ok()) << t.name() << ": " << out.status();
  return out.ok() && out->kind() == ValueKind::kString ? out->as_string() : "";
}

TEST(KeyedPermutationTest, IsABijectionOfEachDomainAndItsInverse) {
  const MaskKey key = RunKey().Derive("permutations");
  for (uint64_t n : {1u, 2u, 3u, 10u, 31u, 100u, 1000u, 4096u, 9999u}) {
    absl::StatusOr<KeyedPermutation> p = KeyedPermutation::Create(key, n, "t");
    ASSERT_TRUE(p.ok()) << p.status();
    std::set<uint64_t> seen;
    for (uint64_t x = 0; x < n; ++x) {
      const uint64_t y = p->Forward(x);
      ASSERT_LT(y, n);
      seen.insert(y);
      ASSERT_EQ(p->Backward(y), x) << n;
    }
    EXPECT_EQ(seen.size(), n);
  }
  // The largest domains too (no overflow in the halves).
  for (uint64_t n : {uint64_t{1} << 32, (uint64_t{1} << 63) + 12345, ~uint64_t{0}}) {
    absl::StatusOr<KeyedPermutation> p = KeyedPermutation::Create(key, n, "");
    ASSERT_TRUE(p.ok());
    for (uint64_t x : {uint64_t{0}, uint64_t{1}, n / 3, n - 1}) {
      const uint64_t y = p->Forward(x);
      ASSERT_LT(y, n);
      EXPECT_EQ(p->Backward(y), x);
    }
  }
  // Tweak, domain and key each choose another permutation.
  const KeyedPermutation a = *KeyedPermutation::Create(key, 1000000, "a");
  const KeyedPermutation b = *KeyedPermutation::Create(key, 1000000, "b");
  const KeyedPermutation c = *KeyedPermutation::Create(RunKey().Derive("other"), 1000000, "a");
  int same_b = 0, same_c = 0;
  for (uint64_t x = 0; x < 1000; ++x) {
    same_b += a.Forward(x) == b.Forward(x) ? 1 : 0;
    same_c += a.Forward(x) == c.Forward(x) ? 1 : 0;
  }
  EXPECT_LT(same_b, 3);
  EXPECT_LT(same_c, 3);
  // Pinned: part of the masking contract.
  // (A deliberate change of the construction changes these and says so in
  // docs/data-versions.md: masked data stops matching what was masked before.)
  EXPECT_EQ(a.Forward(0), 309095u);
  EXPECT_EQ(a.Forward(1), 156244u);
  EXPECT_EQ(KeyedPermutation::Create(key, 31, "day")->Forward(0), 29u);
  EXPECT_THAT(std::string(KeyedPermutation::Create(key, 0, "").status().message()),
              HasSubstr("domain of 1 or more"));
}

TEST(TransformerTest, KeepNullFixedRedactPartial) {
  const CellContext cell{"customers", "email", nullptr};
  EXPECT_EQ(*Keep().Transform(Value("ada@example.com"), cell), Value("ada@example.com"));
  EXPECT_TRUE(SetNull().Transform(Value(int64_t{7}), cell)->is_null());
  EXPECT_EQ(*Fixed(Value("n/a")).Transform(Value("x"), cell), Value("n/a"));
  EXPECT_EQ(*Fixed(Value("n/a")).Transform(Value(), cell), Value("n/a"));
  EXPECT_EQ(Text(Redact(), "ada@example.com"), "***@*******.***");
  EXPECT_EQ(Text(Redact("X"), "+44 20 7946-0958"), "+XX XX XXXX-XXXX");
  // Code points, not bytes: é is one character.
  EXPECT_EQ(Text(Redact(), "José Núñez"), "**** *****");
  EXPECT_EQ(Text(Partial(2, 2), "4111111111111111"), "41************11");
  EXPECT_EQ(Text(Partial(1, 0, "•"), "Zoë"), "Z••");
  // Too short to hide anything between the ends: hidden whole.
  EXPECT_EQ(Text(Partial(2, 2), "Anna"), "****");
  // Counts so large their sum wraps around still hide a short value whole.
  EXPECT_EQ(Text(Partial(~size_t{0}, 1), "Ada"), "***");
  for (const Transformer* t : std::vector<const Transformer*>{
           new Redact(), new Partial(1, 1), new SetNull(), new Keep()}) {
    EXPECT_TRUE(t->Transform(Value(), cell)->is_null()) << t->name();
    delete t;
  }
  const absl::Status bad = Redact().Transform(Value(int64_t{4111}), cell).status();
  EXPECT_THAT(std::string(bad.message()), HasSubstr("redact takes text, got int"));
  EXPECT_THAT(std::string(bad.message()), Not(HasSubstr("4111")));
}

TEST(TransformerTest, KeyedHashIsDeterministicAndKeyed) {
  const KeyedHashTransformer hash(RunKey().Derive("customers.email"));
  const std::string a = Text(hash, "ada@example.com");
  EXPECT_THAT(a, MatchesRegex("[0-9a-f]{64}"));
  EXPECT_EQ(Text(KeyedHashTransformer(RunKey().Derive("customers.email")), "ada@example.com"), a);
  EXPECT_NE(Text(KeyedHashTransformer(RunKey().Derive("orders.email")), "ada@example.com"), a);
  EXPECT_EQ(Text(KeyedHashTransformer(RunKey().Derive("x"), HashEncoding::kBase64Url, 10), "v")
                .size(),
            10u);
  const Value id = *hash.Transform(Value(int64_t{42}), {});
  ASSERT_EQ(id.kind(), ValueKind::kInt);
  EXPECT_GE(id.as_int(), 0);
  EXPECT_EQ(*hash.Transform(Value(int64_t{42}), {}), id);
  EXPECT_NE(*hash.Transform(Value(int64_t{43}), {}), id);
  EXPECT_FALSE(hash.Transform(Value(true), {}).ok());
}

TEST(TransformerTest, FormatPreservingKeepsShapeCaseAndSeparatorsOneToOne) {
  const FormatPreserving fpe(RunKey().Derive("customers.phone"));
  const std::string phone = "+44 20 7946 0958";
  const std::string masked = Text(fpe, phone);
  ASSERT_EQ(masked.size(), phone.size());
  for (size_t i = 0; i < phone.size(); ++i) {
    const bool digit = phone[i] >= '0' && phone[i] <= '9';
    EXPECT_EQ(masked[i] >= '0' && masked[i] <= '9', digit) << masked;
    if (!digit) {
      EXPECT_EQ(masked[i], phone[i]) << masked;
    }
  }
  EXPECT_NE(masked, phone);
  // Pinned, as the permutation is.
  EXPECT_EQ(masked, "+54 38 4299 4471");
  EXPECT_EQ(Text(FormatPreserving(RunKey().Derive("customers.phone")), phone), masked);
  // Letters keep their case; other bytes (here UTF-8) stay.
  const std::string code = Text(fpe, "AB-12cd-é");
  EXPECT_THAT(code, MatchesRegex("[A-Z][A-Z]-[0-9][0-9][a-z][a-z]-.*"));
  EXPECT_EQ(code.substr(code.size() - 2), "é");
  // One to one, below FF1's domain (four digits: a keyed permutation) and
  // above it (eight).
  for (const char* format : {"%04d", "%08d"}) {
    std::set<std::string> outputs;
    char text[16];
    for (int i = 0; i < 3000; ++i) {
      std::snprintf(text, sizeof(text), format, i * 3);
      outputs.insert(Text(fpe, text));
    }
    EXPECT_EQ(outputs.size(), 3000u) << format;
  }
  // Integers keep their sign and digit count, one to one.
  std::set<int64_t> ints;
  for (int64_t v : {int64_t{0}, int64_t{7}, int64_t{10}, int64_t{99}, int64_t{12345},
                    int64_t{-12345}, int64_t{1000000000000000000},
                    std::numeric_limits<int64_t>::max(), std::numeric_limits<int64_t>::min()}) {
    absl::StatusOr<Value> out = fpe.Transform(Value(v), {});
    ASSERT_TRUE(out.ok()) << out.status();
    const int64_t w = out->as_int();
    EXPECT_EQ(w < 0, v < 0) << v;
    EXPECT_EQ(std::to_string(w).size(), std::to_string(v).size()) << v << " -> " << w;
    ints.insert(w);
  }
  EXPECT_EQ(ints.size(), 9u);
  EXPECT_TRUE(fpe.preserves_uniqueness());
  // Every one-digit integer: -9..-1 stay negative, 0..9 stay one digit,
  // all distinct.
  std::set<int64_t> small;
  for (int64_t v = -9; v <= 9; ++v) {
    const int64_t w = fpe.Transform(Value(v), {})->as_int();
    EXPECT_EQ(w < 0, v < 0) << v << " -> " << w;
    EXPECT_GE(w, -9);
    EXPECT_LE(w, 9);
    small.insert(w);
  }
  EXPECT_EQ(small.size(), 19u);
}

TEST(TransformerTest, CardNumbersKeepIinLengthAndLuhn) {
  const CardNumber cards(RunKey().Derive("payments.card"));
  Rng rng(DeriveSeed(5, "cards"));
  std::set<std::string> outputs;
  for (int i = 0; i < 500; ++i) {
    const fake::CardBrand brand = fake::CardBrands()[static_cast<size_t>(i) % fake::CardBrands().size()];
    const std::string card = fake::CardNumber(rng, brand);
    const std::string masked = Text(cards, card);
    ASSERT_EQ(masked.size(), card.size());
    EXPECT_EQ(masked.substr(0, 6), card.substr(0, 6)) << card;
    EXPECT_TRUE(fake::LuhnValid(masked)) << masked;
    outputs.insert(masked);
    if (outputs.size() != static_cast<size_t>(i + 1)) ADD_FAILURE() << "collision at " << card;
  }
  EXPECT_EQ(Text(cards, "4111 1111 1111 1111"), "4111 1136 2636 9499");  // pinned
  EXPECT_THAT(Text(cards, "4111-1111-1111-1111"), MatchesRegex("4111-11[0-9]{2}-[0-9]{4}-[0-9]{4}"));
  const absl::Status luhn = cards.Transform(Value("4111111111111112"), {}).status();
  EXPECT_THAT(std::string(luhn.message()), HasSubstr("fails the Luhn check"));
  EXPECT_THAT(std::string(luhn.message()), Not(HasSubstr("4111")));
  EXPECT_THAT(std::string(cards.Transform(Value("12345"), {}).status().message()),
              HasSubstr("12 to 19 digits, got 5"));
  EXPECT_TRUE(cards.Transform(Value(), {})->is_null());
  // Integer card numbers stay integers, even where the masked number would
  // pass INT64_MAX (IIN 922337, 19 digits): one to one on those that fit.
  std::set<int64_t> big;
  for (int i = 0; i < 200; ++i) {
    std::string payload = "922337" + std::to_string(100000000000 + i * 7919);
    payload += fake::LuhnCheckDigit(payload);
    ASSERT_EQ(payload.size(), 19u);
    if (payload > std::to_string(std::numeric_limits<int64_t>::max())) continue;
    absl::StatusOr<Value> out = cards.Transform(Value(static_cast<int64_t>(std::stoll(payload))), {});
    ASSERT_TRUE(out.ok()) << out.status();
    ASSERT_EQ(out->kind(), ValueKind::kInt);
    const std::string masked = std::to_string(out->as_int());
    EXPECT_EQ(masked.substr(0, 6), "922337");
    EXPECT_TRUE(fake::LuhnValid(masked)) << masked;
    big.insert(out->as_int());
  }
  EXPECT_GT(big.size(), 100u);
}

}  // namespace
}  // namespace mask
}  // namespace gtest_data
