// Copyright 2026 The gtest_data Authors.

#include "gtest_data/mask/keyed_permutation.h"

#include "absl/status/status.h"
#include "gtest_data/internal/check.h"
#include "src/mask/aes.h"

namespace gtest_data {
namespace mask {

absl::StatusOr<KeyedPermutation> KeyedPermutation::Create(const MaskKey& key, uint64_t n,
                                                          std::string_view tweak) {
  if (!internal::IsAesKeySize(key.size())) {
    return absl::InvalidArgumentError(
        "a keyed permutation needs an AES key of 16, 24 or 32 bytes, got " +
        std::to_string(key.size()) + " (a key from MaskKey::Derive() has 32)");
  }
  if (n == 0) return absl::InvalidArgumentError("a keyed permutation needs a domain of 1 or more");
  int bits = 0;
  while (bits < 64 && (uint64_t{1} << bits) < n) ++bits;  // 2^bits >= n (or bits = 64)
  if (bits < 2) bits = 2;
  if (bits % 2 != 0) ++bits;
  std::string label = "gtest_data permutation";
  for (int i = 7; i >= 0; --i) label.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
  label.append(tweak);
  std::string salt = HmacSha256(key, label).substr(0, 6);
  return KeyedPermutation(key, n, bits / 2, std::move(salt));
}

uint64_t KeyedPermutation::Forward(uint64_t x) const { return Walk(x, /*forward=*/true); }

uint64_t KeyedPermutation::Backward(uint64_t x) const { return Walk(x, /*forward=*/false); }

uint64_t KeyedPermutation::Walk(uint64_t x, bool forward) const {
  GTEST_DATA_INTERNAL_CHECK_(x < n_, "KeyedPermutation: the value is not below the domain's size");
  const internal::Aes aes(key_.bytes());
  const int h = half_bits_;
  const uint64_t mask = h == 32 ? 0xffffffffu : (uint64_t{1} << h) - 1;
  auto round_function = [&](int round, uint64_t half) {
    internal::Block block{};
    for (int i = 0; i < 8; ++i) block[i] = static_cast<unsigned char>((half >> (8 * (7 - i))) & 0xff);
    block[8] = static_cast<unsigned char>(round);
    block[9] = static_cast<unsigned char>(2 * h);
    for (int i = 0; i < 6; ++i) block[10 + i] = static_cast<unsigned char>(salt_[i]);
    const internal::Block out = aes.Encrypt(block);
    uint64_t value = 0;
    for (int i = 0; i < 8; ++i) value = (value << 8) | out[i];
    return value & mask;
  };
  // One pass of the network, then again while outside [0, n) (cycle
  // walking: the walk stays on x's cycle of the bijection of [0, 2^w)).
  do {
    uint64_t left = x >> h;
    uint64_t right = x & mask;
    if (forward) {
      for (int r = 0; r < kRounds; ++r) {
        const uint64_t next = left ^ round_function(r, right);
        left = right;
        right = next;
      }
    } else {
      for (int r = kRounds - 1; r >= 0; --r) {
        const uint64_t previous = right ^ round_function(r, left);
        right = left;
        left = previous;
      }
    }
    x = (left << h) | right;
  } while (x >= n_);
  return x;
}

}  // namespace mask
}  // namespace gtest_data
