// Copyright 2026 The gtest_data Authors.
//
// Ff1: format-preserving encryption, mode FF1 of NIST SP 800-38G (Rev. 1)
// over AES (OpenSSL's libcrypto; AES-128, -192 or -256 by the key's length).
// A string of n numerals in radix r maps to another string of n numerals
// in radix r, one to one for each key and tweak: a 16-digit card number
// stays 16 digits, distinct inputs stay distinct, and Decrypt() gives the
// input back.
//
//   absl::StatusOr<mask::Ff1> ff1 = mask::Ff1::Create(key.Derive("cards"), 10);
//   absl::StatusOr<std::string> masked =
//       ff1->EncryptText("4111111111111111", "0123456789", /*tweak=*/"");
//
// The domain is what the standard allows: 2 <= radix <= 65536, and at least
// as many numerals as make radix^n >= 1,000,000 (6 decimal digits, 4 in
// radix 36), at most 2^32 - 1; a tweak of up to 2^16 bytes. Anything else
// is an InvalidArgument naming the limit and what was given.
//
// Thread-compatible; a const Ff1 may be used from several threads (each
// call makes its own cipher contexts).

#ifndef GTEST_DATA_MASK_FF1_H_
#define GTEST_DATA_MASK_FF1_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "gtest_data/mask/key.h"

namespace gtest_data {
namespace mask {

class Ff1 {
 public:
  static constexpr uint32_t kMaxRadix = 65536;
  static constexpr uint32_t kMaxTweakBytes = 65536;
  // The smallest domain the standard allows: radix^minlen >= 1,000,000.
  static constexpr uint64_t kMinDomain = 1000000;

  // FF1 under `key`, whose bytes are the AES key (16, 24 or 32 of them; a
  // derived MaskKey has 32), for numerals in `radix`.
  static absl::StatusOr<Ff1> Create(const MaskKey& key, uint32_t radix);

  uint32_t radix() const { return radix_; }
  // The fewest numerals this radix allows.
  size_t min_length() const { return min_length_; }

  // FF1.Encrypt and FF1.Decrypt of the standard on numerals (each below
  // the radix).
  absl::StatusOr<std::vector<uint32_t>> Encrypt(const std::vector<uint32_t>& numerals,
                                                std::string_view tweak) const;
  absl::StatusOr<std::vector<uint32_t>> Decrypt(const std::vector<uint32_t>& numerals,
                                                std::string_view tweak) const;

  // The same over text whose every byte is one of `alphabet`'s (the i-th
  // byte of the alphabet is numeral i; its size must be the radix, each
  // byte once): "0123456789" for digits, the standard's samples use
  // "0123456789abcdefghijklmnopqrstuvwxyz" for radix 36. A byte outside the
  // alphabet is an error naming its position.
  absl::StatusOr<std::string> EncryptText(std::string_view text, std::string_view alphabet,
                                          std::string_view tweak) const;
  absl::StatusOr<std::string> DecryptText(std::string_view text, std::string_view alphabet,
                                          std::string_view tweak) const;

 private:
  Ff1(MaskKey key, uint32_t radix, size_t min_length)
      : key_(std::move(key)), radix_(radix), min_length_(min_length) {}

  absl::StatusOr<std::vector<uint32_t>> Run(const std::vector<uint32_t>& numerals,
                                            std::string_view tweak, bool encrypt) const;
  absl::StatusOr<std::string> RunText(std::string_view text, std::string_view alphabet,
                                      std::string_view tweak, bool encrypt) const;

  MaskKey key_;
  uint32_t radix_;
  size_t min_length_;
};

}  // namespace mask
}  // namespace gtest_data

#endif  // GTEST_DATA_MASK_FF1_H_
