// Copyright 2026 The gtest_data Authors.
//
// MaskKey: the secret every keyed masking transformer derives its own key
// from. It comes from the environment or from a key file, never from a
// masking policy, and it never appears in a message, a log or a file the
// library writes: printing one shows only that it is redacted.
//
//   absl::StatusOr<mask::MaskKey> key = mask::MaskKey::FromEnvironment();
//   // GTEST_DATA_MASK_KEY holds 64 hex digits (32 bytes), e.g. from
//   //   openssl rand -hex 32
//   mask::MaskKey emails = key->Derive("customers.email");   // HKDF-SHA-256
//   std::string token = mask::KeyedHash(emails, "ada@example.com");
//
// A derived key depends only on the run's key and the purpose string, so
// the same rule masks the same value the same way in every table, run and
// engine; two purposes give unrelated keys.
//
// The bytes are wiped (OPENSSL_cleanse) when a key is destroyed or
// overwritten. Thread-compatible; a const key may be used from several
// threads.

#ifndef GTEST_DATA_MASK_KEY_H_
#define GTEST_DATA_MASK_KEY_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

#include "absl/status/statusor.h"

namespace gtest_data {
namespace mask {

class MaskKey {
 public:
  // The shortest key accepted, in bytes (128 bits).
  static constexpr size_t kMinBytes = 16;
  // The environment variable FromEnvironment() reads by default.
  static constexpr const char* kEnvironmentVariable = "GTEST_DATA_MASK_KEY";

  // A key of these raw bytes (at least kMinBytes).
  static absl::StatusOr<MaskKey> FromBytes(std::string_view bytes);
  // A key written as hex digits (upper or lower case, at least 32 of them,
  // an even count; surrounding whitespace ignored).
  static absl::StatusOr<MaskKey> FromHex(std::string_view hex);
  // The hex key in the environment variable `variable`. Errors name the
  // variable and what was expected, never its value.
  static absl::StatusOr<MaskKey> FromEnvironment(const char* variable = kEnvironmentVariable);
  // The hex key in the file at `path`, which must be a regular file (not
  // a symbolic link) that neither its group nor others can read or write:
  // a key file others can read is refused, as ssh refuses such a private
  // key. Errors name the file, never its contents.
  static absl::StatusOr<MaskKey> FromFile(const std::string& path);

  MaskKey(const MaskKey& other);
  MaskKey& operator=(const MaskKey& other);
  MaskKey(MaskKey&& other) noexcept;
  MaskKey& operator=(MaskKey&& other) noexcept;
  ~MaskKey();

  // The key for one purpose (a masking rule's name): 32 bytes of
  // HKDF-SHA-256 with this key as input keying material, the fixed salt
  // "gtest_data mask v1" and `purpose` as info.
  MaskKey Derive(std::string_view purpose) const;

  // A short public name of the key: the first 8 bytes of
  // HMAC-SHA-256(key, "gtest_data key fingerprint") in hex. Tells two keys
  // apart in a report without revealing either.
  std::string Fingerprint() const;

  size_t size() const { return bytes_.size(); }
  // The raw bytes, for the transformers (FF1's AES key, HMAC's key). Never
  // print them.
  std::string_view bytes() const { return bytes_; }

  // Whether two keys are the same, in time independent of where they differ.
  friend bool operator==(const MaskKey& a, const MaskKey& b);
  friend bool operator!=(const MaskKey& a, const MaskKey& b) { return !(a == b); }

 private:
  explicit MaskKey(std::string bytes) : bytes_(std::move(bytes)) {}
  void Wipe();

  std::string bytes_;
};

// "MaskKey(redacted, fingerprint ...)": never the bytes.
std::ostream& operator<<(std::ostream& out, const MaskKey& key);

// HMAC-SHA-256 of `data` under `key`: the 32 raw bytes.
std::string HmacSha256(const MaskKey& key, std::string_view data);

// How KeyedHash() writes its bytes.
enum class HashEncoding {
  kHex,        // lower-case hex, two characters a byte
  kBase64Url,  // RFC 4648 base64url without padding
};

// A keyed, deterministic token for `value`: HMAC-SHA-256 under `key`,
// encoded, then cut to `length` characters when `length` is not zero
// (a length beyond the encoding's is an error in the caller: it is
// clamped). Equal values give equal tokens, so joins survive; without the
// key a token says nothing of its value (unlike a salted SHA, whose salt
// travels with the policy).
std::string KeyedHash(const MaskKey& key, std::string_view value,
                      HashEncoding encoding = HashEncoding::kHex, size_t length = 0);

namespace internal {

// HKDF-SHA-256 (RFC 5869) of `length` bytes.
std::string HkdfSha256(std::string_view key, std::string_view salt, std::string_view info,
                       size_t length);

}  // namespace internal

}  // namespace mask
}  // namespace gtest_data

#endif  // GTEST_DATA_MASK_KEY_H_
