// Copyright 2026 The gtest_data Authors.
//
// AES on single 16-byte blocks under one key (OpenSSL EVP, ECB, no
// padding): the block cipher FF1 and KeyedPermutation are built on. Not API.

#ifndef GTEST_DATA_SRC_MASK_AES_H_
#define GTEST_DATA_SRC_MASK_AES_H_

#include <openssl/evp.h>

#include <array>
#include <memory>
#include <string_view>

#include "gtest_data/internal/check.h"

namespace gtest_data {
namespace mask {
namespace internal {

using Block = std::array<unsigned char, 16>;

class Aes {
 public:
  // `key` has 16, 24 or 32 bytes (AES-128, -192, -256); callers check.
  explicit Aes(std::string_view key) : ctx_(EVP_CIPHER_CTX_new()) {
    GTEST_DATA_INTERNAL_CHECK_(ctx_ != nullptr, "out of memory");
    const EVP_CIPHER* cipher = key.size() == 16   ? EVP_aes_128_ecb()
                               : key.size() == 24 ? EVP_aes_192_ecb()
                                                  : EVP_aes_256_ecb();
    const bool ok =
        EVP_EncryptInit_ex(ctx_.get(), cipher, nullptr,
                           reinterpret_cast<const unsigned char*>(key.data()), nullptr) == 1 &&
        EVP_CIPHER_CTX_set_padding(ctx_.get(), 0) == 1;
    GTEST_DATA_INTERNAL_CHECK_(ok, "AES key set-up failed");
  }

  Block Encrypt(const Block& in) const {
    Block out{};
    int length = 0;
    const bool ok = EVP_EncryptUpdate(ctx_.get(), out.data(), &length, in.data(), 16) == 1 &&
                    length == 16;
    GTEST_DATA_INTERNAL_CHECK_(ok, "AES failed");
    return out;
  }

 private:
  struct Free {
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
  };
  std::unique_ptr<EVP_CIPHER_CTX, Free> ctx_;
};

// Whether AES takes a key of this many bytes.
inline bool IsAesKeySize(size_t bytes) { return bytes == 16 || bytes == 24 || bytes == 32; }

}  // namespace internal
}  // namespace mask
}  // namespace gtest_data

#endif  // GTEST_DATA_SRC_MASK_AES_H_
