// Copyright 2026 The gtest_data Authors.

#include "gtest_data/mask/key.h"

#include <fcntl.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "absl/status/status.h"
#include "gtest_data/internal/check.h"

namespace gtest_data {
namespace mask {
namespace {

constexpr std::string_view kSalt = "gtest_data mask v1";

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string_view TrimSpace(std::string_view text) {
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

// Wipes a string's bytes in use, then empties it. (Key strings never grow
// into a new buffer, so no copy is left behind in an old one.)
void Cleanse(std::string* text) {
  if (!text->empty()) OPENSSL_cleanse(text->data(), text->size());
  text->clear();
}

// Decodes hex into *out; on an error says what was wrong in words that
// never quote the text (it is a secret).
absl::Status DecodeHex(std::string_view hex, std::string* out) {
  hex = TrimSpace(hex);
  if (hex.size() % 2 != 0) {
    return absl::InvalidArgumentError("expected an even number of hex digits, got " +
                                      std::to_string(hex.size()) + " characters");
  }
  if (hex.size() < 2 * MaskKey::kMinBytes) {
    return absl::InvalidArgumentError(
        "expected at least " + std::to_string(2 * MaskKey::kMinBytes) + " hex digits (" +
        std::to_string(MaskKey::kMinBytes) + " bytes), got " + std::to_string(hex.size()) +
        "; make one with: openssl rand -hex 32");
  }
  out->assign(hex.size() / 2, '\0');
  for (size_t i = 0; i < hex.size(); i += 2) {
    const int high = HexValue(hex[i]);
    const int low = HexValue(hex[i + 1]);
    if (high < 0 || low < 0) {
      Cleanse(out);
      return absl::InvalidArgumentError("expected hex digits only; character " +
                                        std::to_string(i + (high < 0 ? 1 : 2)) +
                                        " is not one");
    }
    (*out)[i / 2] = static_cast<char>(high * 16 + low);
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<MaskKey> MaskKey::FromBytes(std::string_view bytes) {
  if (bytes.size() < kMinBytes) {
    return absl::InvalidArgumentError("a masking key needs at least " +
                                      std::to_string(kMinBytes) + " bytes, got " +
                                      std::to_string(bytes.size()));
  }
  return MaskKey(std::string(bytes));
}

absl::StatusOr<MaskKey> MaskKey::FromHex(std::string_view hex) {
  std::string bytes;
  absl::Status decoded = DecodeHex(hex, &bytes);
  if (!decoded.ok()) {
    return absl::InvalidArgumentError("masking key: " + std::string(decoded.message()));
  }
  MaskKey key(std::move(bytes));
  return key;
}

absl::StatusOr<MaskKey> MaskKey::FromEnvironment(const char* variable) {
  const char* value = std::getenv(variable);
  if (value == nullptr || *value == '\0') {
    return absl::NotFoundError(std::string(variable) +
                               " is not set; set it to a hex key (openssl rand -hex 32) or "
                               "give a key file");
  }
  std::string bytes;
  absl::Status decoded = DecodeHex(value, &bytes);
  if (!decoded.ok()) {
    return absl::InvalidArgumentError(std::string(variable) + ": " +
                                      std::string(decoded.message()));
  }
  return MaskKey(std::move(bytes));
}

absl::StatusOr<MaskKey> MaskKey::FromFile(const std::string& path) {
  // O_NOFOLLOW: a link (someone else's file in our name) is refused;
  // O_NONBLOCK: a FIFO does not hang the open (it is refused below).
  const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    const int error = errno;
    if (error == ELOOP) {
      return absl::PermissionDeniedError(path +
                                         ": is a symbolic link; give the key file itself");
    }
    const std::string why = path + ": cannot open the key file: " + std::strerror(error);
    if (error == EACCES || error == EPERM) return absl::PermissionDeniedError(why);
    return absl::NotFoundError(why);
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    return absl::InternalError(path + ": cannot read the key file's status: " +
                               std::strerror(errno));
  }
  if (!S_ISREG(info.st_mode)) return absl::InvalidArgumentError(path + ": not a regular file");
  if ((info.st_mode & 077) != 0) {
    char mode[8];
    std::snprintf(mode, sizeof(mode), "%04o", static_cast<unsigned>(info.st_mode & 07777));
    return absl::PermissionDeniedError(path + ": the key file is accessible to others (mode " +
                                       mode + "); chmod 600 it");
  }
  constexpr off_t kMaxKeyFile = 4096;
  if (info.st_size > kMaxKeyFile) {
    return absl::InvalidArgumentError(path + ": " + std::to_string(info.st_size) +
                                      " bytes; a key file holds one hex key");
  }
  std::string text(static_cast<size_t>(info.st_size), '\0');
  size_t got = 0;
  while (got < text.size()) {
    const ssize_t n = ::read(fd, text.data() + got, text.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  text.resize(got);
  std::string bytes;
  absl::Status decoded = DecodeHex(text, &bytes);
  Cleanse(&text);
  if (!decoded.ok()) {
    return absl::InvalidArgumentError(path + ": " + std::string(decoded.message()));
  }
  return MaskKey(std::move(bytes));
}

MaskKey::MaskKey(const MaskKey& other) : bytes_(other.bytes_) {}

MaskKey& MaskKey::operator=(const MaskKey& other) {
  if (this != &other) {
    Wipe();
    bytes_ = other.bytes_;
  }
  return *this;
}

MaskKey::MaskKey(MaskKey&& other) noexcept : bytes_(std::move(other.bytes_)) {
  other.Wipe();
}

MaskKey& MaskKey::operator=(MaskKey&& other) noexcept {
  if (this != &other) {
    Wipe();
    bytes_ = std::move(other.bytes_);
    other.Wipe();
  }
  return *this;
}

MaskKey::~MaskKey() { Wipe(); }

void MaskKey::Wipe() { Cleanse(&bytes_); }

MaskKey MaskKey::Derive(std::string_view purpose) const {
  return MaskKey(internal::HkdfSha256(bytes_, kSalt, purpose, 32));
}

std::string MaskKey::Fingerprint() const {
  return KeyedHash(*this, "gtest_data key fingerprint", HashEncoding::kHex, 16);
}

bool operator==(const MaskKey& a, const MaskKey& b) {
  return a.bytes_.size() == b.bytes_.size() &&
         CRYPTO_memcmp(a.bytes_.data(), b.bytes_.data(), a.bytes_.size()) == 0;
}

std::ostream& operator<<(std::ostream& out, const MaskKey& key) {
  return out << "MaskKey(redacted, fingerprint " << key.Fingerprint() << ")";
}

std::string HmacSha256(const MaskKey& key, std::string_view data) {
  EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  GTEST_DATA_INTERNAL_CHECK_(mac != nullptr, "OpenSSL has no HMAC");
  EVP_MAC_CTX* context = EVP_MAC_CTX_new(mac);
  GTEST_DATA_INTERNAL_CHECK_(context != nullptr, "out of memory");
  char digest_name[] = "SHA256";
  const OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest_name, 0),
      OSSL_PARAM_construct_end()};
  std::string out(32, '\0');
  size_t length = 0;
  const bool ok =
      EVP_MAC_init(context, reinterpret_cast<const unsigned char*>(key.bytes().data()),
                   key.bytes().size(), params) == 1 &&
      EVP_MAC_update(context, reinterpret_cast<const unsigned char*>(data.data()),
                     data.size()) == 1 &&
      EVP_MAC_final(context, reinterpret_cast<unsigned char*>(out.data()), &length,
                    out.size()) == 1;
  EVP_MAC_CTX_free(context);
  EVP_MAC_free(mac);
  GTEST_DATA_INTERNAL_CHECK_(ok && length == 32, "HMAC-SHA-256 failed");
  return out;
}

std::string KeyedHash(const MaskKey& key, std::string_view value, HashEncoding encoding,
                      size_t length) {
  const std::string digest = HmacSha256(key, value);
  std::string out;
  if (encoding == HashEncoding::kHex) {
    constexpr char kDigits[] = "0123456789abcdef";
    for (unsigned char c : digest) {
      out.push_back(kDigits[c >> 4]);
      out.push_back(kDigits[c & 15]);
    }
  } else {
    constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    uint32_t bits = 0;
    int count = 0;
    for (unsigned char c : digest) {
      bits = (bits << 8) | c;
      count += 8;
      while (count >= 6) {
        count -= 6;
        out.push_back(kAlphabet[(bits >> count) & 63]);
      }
    }
    if (count > 0) out.push_back(kAlphabet[(bits << (6 - count)) & 63]);
  }
  if (length != 0 && length < out.size()) out.resize(length);
  return out;
}

namespace internal {

std::string HkdfSha256(std::string_view key, std::string_view salt, std::string_view info,
                       size_t length) {
  EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
  GTEST_DATA_INTERNAL_CHECK_(kdf != nullptr, "OpenSSL has no HKDF");
  EVP_KDF_CTX* context = EVP_KDF_CTX_new(kdf);
  GTEST_DATA_INTERNAL_CHECK_(context != nullptr, "out of memory");
  char digest_name[] = "SHA256";
  // OSSL_PARAM takes non-const pointers; the buffers are only read.
  std::string key_copy(key), salt_copy(salt), info_copy(info);
  const OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest_name, 0),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, key_copy.data(), key_copy.size()),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt_copy.data(),
                                        salt_copy.size()),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info_copy.data(),
                                        info_copy.size()),
      OSSL_PARAM_construct_end()};
  std::string out(length, '\0');
  const bool ok = EVP_KDF_derive(context, reinterpret_cast<unsigned char*>(out.data()), length,
                                 params) == 1;
  EVP_KDF_CTX_free(context);
  EVP_KDF_free(kdf);
  Cleanse(&key_copy);
  GTEST_DATA_INTERNAL_CHECK_(ok, "HKDF-SHA-256 failed");
  return out;
}

}  // namespace internal

}  // namespace mask
}  // namespace gtest_data
