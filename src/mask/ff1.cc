// Copyright 2026 The gtest_data Authors.
//
// FF1 as NIST SP 800-38G (Rev. 1) writes it, section 6.2, Algorithms 7 and
// 8; the step numbers below are the standard's. AES comes from libcrypto
// (EVP, ECB, one block at a time: the PRF is its CBC-MAC with a zero IV);
// the numbers NUM_radix and NUM are OpenSSL BIGNUMs.

#include "gtest_data/mask/ff1.h"

#include <openssl/bn.h>
#include <openssl/crypto.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <memory>

#include "absl/status/status.h"
#include "gtest_data/internal/check.h"
#include "src/mask/aes.h"

namespace gtest_data {
namespace mask {
namespace {

using internal::Aes;
using internal::Block;

struct BnDeleter {
  void operator()(BIGNUM* bn) const { BN_clear_free(bn); }
};
using Bn = std::unique_ptr<BIGNUM, BnDeleter>;

Bn NewBn() {
  Bn bn(BN_new());
  GTEST_DATA_INTERNAL_CHECK_(bn != nullptr, "out of memory");
  return bn;
}

struct CtxDeleter {
  void operator()(BN_CTX* ctx) const { BN_CTX_free(ctx); }
};

// NUM_radix(X): the numerals as one number, the first most significant.
void NumRadix(const uint32_t* numerals, size_t count, uint32_t radix, BIGNUM* out) {
  BN_zero(out);
  for (size_t i = 0; i < count; ++i) {
    GTEST_DATA_INTERNAL_CHECK_(BN_mul_word(out, radix) == 1 && BN_add_word(out, numerals[i]) == 1,
                               "BIGNUM arithmetic failed");
  }
}

// STR^m_radix(x): x as m numerals, the first most significant; x < radix^m.
void StrRadix(BIGNUM* x, uint32_t radix, size_t m, uint32_t* out) {
  for (size_t i = m; i-- > 0;) {
    const BN_ULONG digit = BN_div_word(x, radix);
    GTEST_DATA_INTERNAL_CHECK_(digit != static_cast<BN_ULONG>(-1), "BIGNUM arithmetic failed");
    out[i] = static_cast<uint32_t>(digit);
  }
}

// radix^m.
Bn Power(uint32_t radix, size_t m) {
  Bn out = NewBn();
  GTEST_DATA_INTERNAL_CHECK_(BN_one(out.get()) == 1, "BIGNUM arithmetic failed");
  for (size_t i = 0; i < m; ++i) {
    GTEST_DATA_INTERNAL_CHECK_(BN_mul_word(out.get(), radix) == 1, "BIGNUM arithmetic failed");
  }
  return out;
}

void Append(std::string* out, uint64_t value, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) out->push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

}  // namespace

absl::StatusOr<Ff1> Ff1::Create(const MaskKey& key, uint32_t radix) {
  if (!internal::IsAesKeySize(key.size())) {
    return absl::InvalidArgumentError("FF1 needs an AES key of 16, 24 or 32 bytes, got " +
                                      std::to_string(key.size()) +
                                      " (a key from MaskKey::Derive() has 32)");
  }
  if (radix < 2 || radix > kMaxRadix) {
    return absl::InvalidArgumentError("FF1's radix must be from 2 to " +
                                      std::to_string(kMaxRadix) + ", got " +
                                      std::to_string(radix));
  }
  // minlen: the fewest numerals with radix^minlen >= 1,000,000 (and 2).
  size_t min_length = 0;
  for (uint64_t domain = 1; domain < kMinDomain || min_length < 2; domain *= radix) ++min_length;
  return Ff1(key, radix, min_length);
}

absl::StatusOr<std::vector<uint32_t>> Ff1::Encrypt(const std::vector<uint32_t>& numerals,
                                                   std::string_view tweak) const {
  return Run(numerals, tweak, /*encrypt=*/true);
}

absl::StatusOr<std::vector<uint32_t>> Ff1::Decrypt(const std::vector<uint32_t>& numerals,
                                                   std::string_view tweak) const {
  return Run(numerals, tweak, /*encrypt=*/false);
}

absl::StatusOr<std::vector<uint32_t>> Ff1::Run(const std::vector<uint32_t>& numerals,
                                               std::string_view tweak, bool encrypt) const {
  const size_t n = numerals.size();
  if (n < min_length_) {
    return absl::InvalidArgumentError(
        "FF1 in radix " + std::to_string(radix_) + " needs at least " +
        std::to_string(min_length_) + " numerals (radix^n >= 1,000,000), got " +
        std::to_string(n));
  }
  if (n > 0xffffffffu) {
    return absl::InvalidArgumentError("FF1 takes at most 2^32 - 1 numerals, got " +
                                      std::to_string(n));
  }
  if (tweak.size() > kMaxTweakBytes) {
    return absl::InvalidArgumentError("FF1's tweak may have at most " +
                                      std::to_string(kMaxTweakBytes) + " bytes, got " +
                                      std::to_string(tweak.size()));
  }
  for (size_t i = 0; i < n; ++i) {
    if (numerals[i] >= radix_) {
      return absl::InvalidArgumentError("numeral " + std::to_string(i) + " is " +
                                        std::to_string(numerals[i]) + ", not below the radix " +
                                        std::to_string(radix_));
    }
  }
  const Aes aes(key_.bytes());
  std::unique_ptr<BN_CTX, CtxDeleter> ctx(BN_CTX_new());
  GTEST_DATA_INTERNAL_CHECK_(ctx != nullptr, "out of memory");

  // Steps 1-5.
  const size_t u = n / 2;
  const size_t v = n - u;
  std::vector<uint32_t> a(numerals.begin(), numerals.begin() + static_cast<ptrdiff_t>(u));
  std::vector<uint32_t> b(numerals.begin() + static_cast<ptrdiff_t>(u), numerals.end());
  const Bn radix_u = Power(radix_, u);
  const Bn radix_v = Power(radix_, v);
  // b = ceil(ceil(v log2 radix) / 8): ceil(v log2 radix) is the bit length
  // of radix^v - 1.
  size_t b_bytes = 0;
  {
    Bn top = NewBn();
    GTEST_DATA_INTERNAL_CHECK_(BN_copy(top.get(), radix_v.get()) != nullptr &&
                                   BN_sub_word(top.get(), 1) == 1,
                               "BIGNUM arithmetic failed");
    b_bytes = (static_cast<size_t>(BN_num_bits(top.get())) + 7) / 8;
  }
  const size_t d = 4 * ((b_bytes + 3) / 4) + 4;
  const size_t t = tweak.size();
  std::string p;
  p.push_back(1);
  p.push_back(2);
  p.push_back(1);
  Append(&p, radix_, 3);
  p.push_back(10);
  p.push_back(static_cast<char>(u % 256));
  Append(&p, n, 4);
  Append(&p, t, 4);
  // Q's fixed part: T, then zeros to make T || 0s || [i] || [NUM(B)]^b a
  // whole number of blocks.
  std::string q_head(tweak);
  q_head.append((16 - (t + b_bytes + 1) % 16) % 16, '\0');

  Bn num = NewBn();
  Bn y = NewBn();
  Bn c = NewBn();
  std::string q;
  std::string num_bytes(b_bytes, '\0');
  std::vector<unsigned char> s(((d + 15) / 16) * 16);
  // Step 6, ten rounds (backwards to decrypt).
  for (int round = 0; round < 10; ++round) {
    const int i = encrypt ? round : 9 - round;
    // The half fed to the PRF: B to encrypt, A to decrypt.
    const std::vector<uint32_t>& fed = encrypt ? b : a;
    NumRadix(fed.data(), fed.size(), radix_, num.get());
    GTEST_DATA_INTERNAL_CHECK_(
        BN_bn2binpad(num.get(), reinterpret_cast<unsigned char*>(num_bytes.data()),
                     static_cast<int>(b_bytes)) == static_cast<int>(b_bytes),
        "NUM_radix(B) does not fit in b bytes");
    // 6.i: Q; 6.ii: R = PRF(P || Q), CBC-MAC with a zero IV.
    q = q_head;
    q.push_back(static_cast<char>(i));
    q += num_bytes;
    const std::string pq = p + q;
    Block r{};
    for (size_t at = 0; at < pq.size(); at += 16) {
      for (size_t k = 0; k < 16; ++k) r[k] ^= static_cast<unsigned char>(pq[at + k]);
      r = aes.Encrypt(r);
    }
    // 6.iii: S = R || CIPH(R xor [1]^16) || CIPH(R xor [2]^16) ..., d bytes.
    std::copy(r.begin(), r.end(), s.begin());
    for (size_t j = 1; j * 16 < d; ++j) {
      Block x = r;
      for (int k = 0; k < 8; ++k) x[15 - k] ^= static_cast<unsigned char>((j >> (8 * k)) & 0xff);
      const Block e = aes.Encrypt(x);
      std::copy(e.begin(), e.end(), s.begin() + static_cast<ptrdiff_t>(16 * j));
    }
    // 6.iv: y = NUM(S); 6.v: m; 6.vi: c = NUM_radix(A) +- y mod radix^m.
    GTEST_DATA_INTERNAL_CHECK_(BN_bin2bn(s.data(), static_cast<int>(d), y.get()) != nullptr,
                               "BIGNUM arithmetic failed");
    const size_t m = i % 2 == 0 ? u : v;
    const BIGNUM* modulus = i % 2 == 0 ? radix_u.get() : radix_v.get();
    const std::vector<uint32_t>& other = encrypt ? a : b;
    NumRadix(other.data(), other.size(), radix_, num.get());
    const bool ok = (encrypt ? BN_add(c.get(), num.get(), y.get())
                             : BN_sub(c.get(), num.get(), y.get())) == 1 &&
                    BN_nnmod(c.get(), c.get(), modulus, ctx.get()) == 1;
    GTEST_DATA_INTERNAL_CHECK_(ok, "BIGNUM arithmetic failed");
    // 6.vii-ix: C = STR^m_radix(c); encrypt: A = B, B = C; decrypt: B = A,
    // A = C.
    std::vector<uint32_t> next(m);
    StrRadix(c.get(), radix_, m, next.data());
    if (encrypt) {
      a = std::move(b);
      b = std::move(next);
    } else {
      b = std::move(a);
      a = std::move(next);
    }
  }
  OPENSSL_cleanse(s.data(), s.size());
  // Step 7.
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

absl::StatusOr<std::string> Ff1::EncryptText(std::string_view text, std::string_view alphabet,
                                             std::string_view tweak) const {
  return RunText(text, alphabet, tweak, /*encrypt=*/true);
}

absl::StatusOr<std::string> Ff1::DecryptText(std::string_view text, std::string_view alphabet,
                                             std::string_view tweak) const {
  return RunText(text, alphabet, tweak, /*encrypt=*/false);
}

absl::StatusOr<std::string> Ff1::RunText(std::string_view text, std::string_view alphabet,
                                         std::string_view tweak, bool encrypt) const {
  if (alphabet.size() != radix_) {
    return absl::InvalidArgumentError("the alphabet has " + std::to_string(alphabet.size()) +
                                      " characters; this FF1 has radix " +
                                      std::to_string(radix_));
  }
  std::array<int, 256> index;
  index.fill(-1);
  for (size_t i = 0; i < alphabet.size(); ++i) {
    int& slot = index[static_cast<unsigned char>(alphabet[i])];
    if (slot >= 0) {
      return absl::InvalidArgumentError("the alphabet has byte " + std::to_string(i) +
                                        " twice (first at " + std::to_string(slot) + ")");
    }
    slot = static_cast<int>(i);
  }
  std::vector<uint32_t> numerals(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const int value = index[static_cast<unsigned char>(text[i])];
    if (value < 0) {
      return absl::InvalidArgumentError("character " + std::to_string(i) +
                                        " of the text is not in the alphabet");
    }
    numerals[i] = static_cast<uint32_t>(value);
  }
  absl::StatusOr<std::vector<uint32_t>> out = Run(numerals, tweak, encrypt);
  if (!out.ok()) return out.status();
  std::string result(out->size(), '\0');
  for (size_t i = 0; i < out->size(); ++i) result[i] = alphabet[(*out)[i]];
  return result;
}

}  // namespace mask
}  // namespace gtest_data
