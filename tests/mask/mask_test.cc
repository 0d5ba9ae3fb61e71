// Copyright 2026 The gtest_data Authors.
//
// The mask module's keyed primitives: MaskKey (loading, derivation,
// redaction), HMAC-SHA-256 and HKDF against their RFCs' vectors, and FF1
// against the sample vectors NIST published for SP 800-38G.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "gtest_data/mask/ff1.h"
#include "gtest_data/mask/key.h"
#include "gtest_data/random/distributions.h"
#include "gtest_data/random/rng.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace mask {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string Unhex(std::string_view hex) {
  std::string out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    out.push_back(static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  }
  return out;
}

std::string Hex(std::string_view bytes) {
  std::string out;
  char buffer[3];
  for (unsigned char c : bytes) {
    std::snprintf(buffer, sizeof(buffer), "%02x", c);
    out += buffer;
  }
  return out;
}

MaskKey KeyOf(std::string_view hex) {
  absl::StatusOr<MaskKey> key = MaskKey::FromHex(hex);
  EXPECT_TRUE(key.ok()) << key.status();
  return *key;
}

// --- FF1: the nine samples of NIST's "FF1 samples" for SP 800-38G ---------

struct Sample {
  const char* key;
  const char* tweak;
  uint32_t radix;
  const char* plaintext;
  const char* ciphertext;
};

constexpr char kAes128[] = "2B7E151628AED2A6ABF7158809CF4F3C";
constexpr char kAes192[] = "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F";
constexpr char kAes256[] = "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F7F036D6F04FC6A94";
constexpr char kDigits[] = "0123456789";
constexpr char kBase36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

const Sample kSamples[] = {
    {kAes128, "", 10, "0123456789", "2433477484"},
    {kAes128, "39383736353433323130", 10, "0123456789", "6124200773"},
    {kAes128, "3737373770717273373737", 36, "0123456789abcdefghi", "a9tv40mll9kdu509eum"},
    {kAes192, "", 10, "0123456789", "2830668132"},
    {kAes192, "39383736353433323130", 10, "0123456789", "2496655549"},
    {kAes192, "3737373770717273373737", 36, "0123456789abcdefghi", "xbj3kv35jrawxv32ysr"},
    {kAes256, "", 10, "0123456789", "6657667009"},
    {kAes256, "39383736353433323130", 10, "0123456789", "1001623463"},
    {kAes256, "3737373770717273373737", 36, "0123456789abcdefghi", "xs8a0azh2avyalyzuwd"},
};

TEST(Ff1Test, MatchesTheNistSamples) {
  int sample = 0;
  for (const Sample& s : kSamples) {
    SCOPED_TRACE("sample " + std::to_string(++sample));
    absl::StatusOr<Ff1> ff1 = Ff1::Create(KeyOf(s.key), s.radix);
    ASSERT_TRUE(ff1.ok()) << ff1.status();
    const std::string alphabet = std::string(kBase36).substr(0, s.radix);
    const std::string tweak = Unhex(s.tweak);
    absl::StatusOr<std::string> encrypted = ff1->EncryptText(s.plaintext, alphabet, tweak);
    ASSERT_TRUE(encrypted.ok()) << encrypted.status();
    EXPECT_EQ(*encrypted, s.ciphertext);
    absl::StatusOr<std::string> decrypted = ff1->DecryptText(s.ciphertext, alphabet, tweak);
    ASSERT_TRUE(decrypted.ok()) << decrypted.status();
    EXPECT_EQ(*decrypted, s.plaintext);
  }
}

// Round trips over many radices, lengths (odd and even halves) and tweaks;
// a permutation: distinct inputs give distinct outputs.
TEST(Ff1Test, DecryptUndoesEncryptAndDistinctInputsStayDistinct) {
  const MaskKey key = KeyOf(kAes256).Derive("ff1 round trips");
  Rng rng(DeriveSeed(13, "ff1"));
  for (uint32_t radix : {2u, 3u, 10u, 16u, 26u, 36u, 62u, 255u, 1000u, 65536u}) {
    absl::StatusOr<Ff1> ff1 = Ff1::Create(key, radix);
    ASSERT_TRUE(ff1.ok()) << ff1.status();
    for (size_t n = ff1->min_length(); n < ff1->min_length() + 9; ++n) {
      std::vector<uint32_t> x(n);
      for (uint32_t& numeral : x) numeral = static_cast<uint32_t>(UniformBelow(rng, radix));
      const std::string tweak(n % 5 * 3, static_cast<char>('a' + n % 7));
      absl::StatusOr<std::vector<uint32_t>> y = ff1->Encrypt(x, tweak);
      ASSERT_TRUE(y.ok()) << y.status();
      ASSERT_EQ(y->size(), n);
      for (uint32_t numeral : *y) ASSERT_LT(numeral, radix);
      absl::StatusOr<std::vector<uint32_t>> back = ff1->Decrypt(*y, tweak);
      ASSERT_TRUE(back.ok()) << back.status();
      EXPECT_EQ(*back, x) << "radix " << radix << ", " << n << " numerals";
      // Another tweak gives another ciphertext (for all but a vanishing share).
      absl::StatusOr<std::vector<uint32_t>> other = ff1->Encrypt(x, tweak + "!");
      ASSERT_TRUE(other.ok());
      EXPECT_NE(*other, *y) << "radix " << radix << ", " << n << " numerals";
    }
  }
  // Every six-digit string in a slice of the domain: all outputs distinct.
  absl::StatusOr<Ff1> ff1 = Ff1::Create(key, 10);
  ASSERT_TRUE(ff1.ok());
  std::set<std::string> outputs;
  char text[7];
  for (int i = 0; i < 20000; ++i) {
    std::snprintf(text, sizeof(text), "%06d", i * 37);
    absl::StatusOr<std::string> out = ff1->EncryptText(text, kDigits, "");
    ASSERT_TRUE(out.ok());
    ASSERT_EQ(out->size(), 6u);
    outputs.insert(*out);
  }
  EXPECT_EQ(outputs.size(), 20000u);
}

TEST(Ff1Test, RefusesWhatTheStandardDoesNotAllowWithTheLimitNamed) {
  const MaskKey key = KeyOf(kAes128);
  EXPECT_THAT(std::string(Ff1::Create(key, 1).status().message()),
              HasSubstr("radix must be from 2 to 65536, got 1"));
  EXPECT_THAT(std::string(Ff1::Create(key, 65537).status().message()),
              HasSubstr("got 65537"));
  absl::StatusOr<MaskKey> twenty = MaskKey::FromBytes(std::string(20, 'k'));
  ASSERT_TRUE(twenty.ok());
  EXPECT_THAT(std::string(Ff1::Create(*twenty, 10).status().message()),
              HasSubstr("AES key of 16, 24 or 32 bytes, got 20"));
  absl::StatusOr<Ff1> decimal = Ff1::Create(key, 10);
  ASSERT_TRUE(decimal.ok());
  EXPECT_EQ(decimal->min_length(), 6u);  // 10^6 = 1,000,000
  EXPECT_EQ(Ff1::Create(key, 36)->min_length(), 4u);
  EXPECT_EQ(Ff1::Create(key, 2)->min_length(), 20u);
  EXPECT_EQ(Ff1::Create(key, 65536)->min_length(), 2u);
  EXPECT_THAT(std::string(decimal->EncryptText("12345", kDigits, "").status().message()),
              HasSubstr("needs at least 6 numerals (radix^n >= 1,000,000), got 5"));
  // A character outside the alphabet is named by position, never quoted
  // (the text may be personal data).
  const absl::Status outside = decimal->EncryptText("4111-1111", kDigits, "").status();
  EXPECT_THAT(std::string(outside.message()), HasSubstr("character 4 of the text"));
  EXPECT_THAT(std::string(outside.message()), Not(HasSubstr("4111")));
  EXPECT_THAT(std::string(decimal->Encrypt({1, 2, 3, 4, 5, 10}, "").status().message()),
              HasSubstr("numeral 5 is 10, not below the radix 10"));
  EXPECT_THAT(std::string(decimal->EncryptText("123456", "012345678", "").status().message()),
              HasSubstr("the alphabet has 9 characters; this FF1 has radix 10"));
  EXPECT_THAT(std::string(decimal->EncryptText("123456", "0123456780", "").status().message()),
              HasSubstr("the alphabet has byte 9 twice (first at 0)"));
  EXPECT_THAT(
      std::string(decimal->Encrypt({1, 2, 3, 4, 5, 6}, std::string(65537, 't')).status().message()),
      HasSubstr("at most 65536 bytes, got 65537"));
}

// --- HMAC-SHA-256, HKDF and the keyed hash ---------------------------------

TEST(KeyedHashTest, HmacMatchesRfc4231) {
  // Test cases 1 and 6 (the keys of 2 and 5 are shorter than a MaskKey).
  absl::StatusOr<MaskKey> one = MaskKey::FromBytes(std::string(20, '\x0b'));
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(Hex(HmacSha256(*one, "Hi There")),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  absl::StatusOr<MaskKey> six = MaskKey::FromBytes(std::string(131, '\xaa'));
  ASSERT_TRUE(six.ok());
  EXPECT_EQ(Hex(HmacSha256(*six, "Test Using Larger Than Block-Size Key - Hash Key First")),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  // Encodings of the same digest.
  EXPECT_EQ(KeyedHash(*one, "Hi There"),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  EXPECT_EQ(KeyedHash(*one, "Hi There", HashEncoding::kBase64Url),
            "sDRMYdjbOFNcqK_OrwvxK4gdwgDJgz2nJuk3bC4yz_c");
  EXPECT_EQ(KeyedHash(*one, "Hi There", HashEncoding::kHex, 12), "b0344c61d8db");
  EXPECT_EQ(KeyedHash(*one, "Hi There", HashEncoding::kHex, 500).size(), 64u);
}

TEST(KeyedHashTest, HkdfMatchesRfc5869) {
  // Test case 1.
  EXPECT_EQ(Hex(internal::HkdfSha256(std::string(22, '\x0b'), Unhex("000102030405060708090a0b0c"),
                                     Unhex("f0f1f2f3f4f5f6f7f8f9"), 42)),
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
}

TEST(MaskKeyTest, DerivedKeysDependOnKeyAndPurposeOnly) {
  const MaskKey run = KeyOf("000102030405060708090a0b0c0d0e0f");
  EXPECT_EQ(run.Derive("customers.email"), run.Derive("customers.email"));
  EXPECT_NE(run.Derive("customers.email"), run.Derive("customers.phone"));
  EXPECT_NE(run.Derive("customers.email"),
            KeyOf("000102030405060708090a0b0c0d0e0e").Derive("customers.email"));
  EXPECT_EQ(run.Derive("x").size(), 32u);
  // Pinned: the derivation is part of the masking contract (the same key
  // masks the same value the same way in every version that keeps it).
  EXPECT_EQ(Hex(run.Derive("customers.email").bytes()),
            Hex(internal::HkdfSha256(run.bytes(), "gtest_data mask v1", "customers.email", 32)));
  EXPECT_EQ(KeyedHash(run.Derive("customers.email"), "ada@example.com"),
            KeyedHash(KeyOf("000102030405060708090a0b0c0d0e0f").Derive("customers.email"),
                      "ada@example.com"));
}

TEST(MaskKeyTest, NeverPrintsItsBytes) {
  const std::string hex = "00112233445566778899aabbccddeeff0123456789abcdef";
  const MaskKey key = KeyOf(hex);
  std::ostringstream out;
  out << key;
  EXPECT_THAT(out.str(), HasSubstr("MaskKey(redacted, fingerprint "));
  EXPECT_THAT(out.str(), Not(HasSubstr("00112233")));
  EXPECT_THAT(out.str(), Not(HasSubstr(hex.substr(8, 8))));
  EXPECT_EQ(key.Fingerprint().size(), 16u);
  EXPECT_EQ(key.Fingerprint(), KeyOf(hex).Fingerprint());
  EXPECT_NE(key.Fingerprint(), key.Derive("a").Fingerprint());
  EXPECT_EQ(out.str().find(key.Fingerprint()) != std::string::npos, true);
}

TEST(MaskKeyTest, BadKeysAreRefusedWithoutQuotingThem) {
  // Too short, odd, not hex: each message says what was expected and never
  // repeats the text given.
  const std::string secret_short = "deadbeefdeadbeef";
  absl::Status s = MaskKey::FromHex(secret_short).status();
  EXPECT_THAT(std::string(s.message()),
              HasSubstr("expected at least 32 hex digits (16 bytes), got 16"));
  EXPECT_THAT(std::string(s.message()), Not(HasSubstr("deadbeef")));
  const std::string secret_bad = "00112233445566778899aabbccddeeXf";
  s = MaskKey::FromHex(secret_bad).status();
  EXPECT_THAT(std::string(s.message()), HasSubstr("character 31 is not one"));
  EXPECT_THAT(std::string(s.message()), Not(HasSubstr("00112233")));
  s = MaskKey::FromHex(secret_bad + "0").status();
  EXPECT_THAT(std::string(s.message()), HasSubstr("even number of hex digits, got 33"));
  EXPECT_FALSE(MaskKey::FromBytes(std::string(15, 'k')).ok());
  // Whitespace around a key (a file's newline) is not part of it.
  EXPECT_EQ(KeyOf("  000102030405060708090a0b0c0d0e0f\n"), KeyOf("000102030405060708090A0B0C0D0E0F"));
}

TEST(MaskKeyTest, ReadsTheEnvironmentAndSaysWhichVariable) {
  ::unsetenv("GTEST_DATA_TEST_MASK_KEY");
  absl::Status missing = MaskKey::FromEnvironment("GTEST_DATA_TEST_MASK_KEY").status();
  EXPECT_EQ(missing.code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(missing.message()), HasSubstr("GTEST_DATA_TEST_MASK_KEY is not set"));
  ::setenv("GTEST_DATA_TEST_MASK_KEY", "0f0e0d0c0b0a09080706050403020100", 1);
  absl::StatusOr<MaskKey> key = MaskKey::FromEnvironment("GTEST_DATA_TEST_MASK_KEY");
  ASSERT_TRUE(key.ok()) << key.status();
  EXPECT_EQ(*key, KeyOf("0f0e0d0c0b0a09080706050403020100"));
  ::setenv("GTEST_DATA_TEST_MASK_KEY", "0f0e0d0c0b0a0908070605040302010z", 1);
  absl::Status bad = MaskKey::FromEnvironment("GTEST_DATA_TEST_MASK_KEY").status();
  EXPECT_THAT(std::string(bad.message()), HasSubstr("GTEST_DATA_TEST_MASK_KEY: expected hex"));
  EXPECT_THAT(std::string(bad.message()), Not(HasSubstr("0f0e0d")));
  ::unsetenv("GTEST_DATA_TEST_MASK_KEY");
}

class KeyFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/gtest_data_mask_key_XXXXXX";
    ASSERT_NE(::mkdtemp(pattern), nullptr);
    dir_ = pattern;
  }
  void TearDown() override {
    for (const char* name : {"key", "open", "link", "fifo"}) ::unlink((dir_ + "/" + name).c_str());
    ::rmdir(dir_.c_str());
  }
  std::string Write(const std::string& name, const std::string& text, mode_t mode) {
    const std::string path = dir_ + "/" + name;
    std::ofstream(path) << text;
    ::chmod(path.c_str(), mode);
    return path;
  }
  std::string dir_;
};

TEST_F(KeyFileTest, ReadsAPrivateFileAndRefusesOthers) {
  const std::string hex = "a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf";
  const std::string key = Write("key", hex + "\n", 0600);
  absl::StatusOr<MaskKey> read = MaskKey::FromFile(key);
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(*read, KeyOf(hex));
  // Readable by the group or others: refused, the mode named.
  const std::string open = Write("open", hex + "\n", 0644);
  absl::Status refused = MaskKey::FromFile(open).status();
  EXPECT_EQ(refused.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_THAT(std::string(refused.message()), HasSubstr("accessible to others (mode 0644)"));
  EXPECT_THAT(std::string(refused.message()), Not(HasSubstr("a0a1a2")));
  // A link, even to a private key file: refused.
  ASSERT_EQ(::symlink(key.c_str(), (dir_ + "/link").c_str()), 0);
  absl::Status linked = MaskKey::FromFile(dir_ + "/link").status();
  EXPECT_THAT(std::string(linked.message()), HasSubstr("is a symbolic link"));
  // Not hex: the file named, its contents not.
  Write("key", "not a key at all, a secret nonetheless\n", 0600);
  absl::Status garbled = MaskKey::FromFile(key).status();
  EXPECT_THAT(std::string(garbled.message()), HasSubstr(key + ": expected"));
  EXPECT_THAT(std::string(garbled.message()), Not(HasSubstr("secret")));
  EXPECT_THAT(std::string(MaskKey::FromFile(dir_ + "/none").status().message()),
              HasSubstr("cannot open the key file"));
  // A FIFO is refused at once, not waited on.
  ASSERT_EQ(::mkfifo((dir_ + "/fifo").c_str(), 0600), 0);
  EXPECT_THAT(std::string(MaskKey::FromFile(dir_ + "/fifo").status().message()),
              HasSubstr("not a regular file"));
}

}  // namespace
}  // namespace mask
}  // namespace gtest_data
