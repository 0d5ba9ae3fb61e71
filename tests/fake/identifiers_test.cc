// Copyright 2026 The gtest_data Authors.
//
// Tests of the identifier providers. Every generator is sampled 10,000 times
// from a fixed seed and each value is checked by a checker written here, from
// the published rules, rather than by the library's own validator; the
// validators are then tested on published examples and on every single-digit
// corruption of them.

#include "gtest_data/fake/identifiers.h"

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "corruptions.h"
#include "seed_properties.h"
#include "gtest/gtest.h"
#include "gtest_data/random/distributions.h"
#include "gtest_data/random/rng.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace fake {
namespace {

using ::testing::AnyOfArray;
using ::testing::Ge;
using ::testing::Le;
using ::testing::MatchesRegex;

constexpr int kSamples = 10000;
constexpr uint64_t kSeed = 20260101;
constexpr int64_t kNow = 1767225600000;  // 2026-01-01T00:00:00Z

// --- Independent helpers -----------------------------------------------------

bool IsLowerHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

int ToInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

bool Leap(int y) { return y % 400 == 0 || (y % 100 != 0 && y % 4 == 0); }

bool RealDate(int y, int m, int d) {
  static const int kLength[] = {0,  31, 28, 31, 30, 31, 30,
                                31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= kLength[m] + (m == 2 && Leap(y) ? 1 : 0);
}

using ::gtest_data::testing_internal::DigitCorruptions;
using ::gtest_data::testing_internal::ExpectCorruptionsFail;

// --- API examples ------------------------------------------------------------

TEST(IdentifiersTest, ApiExamples) {
  // The examples of the file comment of identifiers.h.
  const uint64_t seed = 42;
  gtest_data::Rng rng(gtest_data::DeriveSeed(seed, "customer"));
  namespace fake = gtest_data::fake;
  constexpr int64_t kExampleNow = 1767225600000;  // 2026-01-01T00:00:00Z
  std::string id = fake::UuidV4(rng);
  std::string key = fake::UuidV7(rng, kExampleNow);
  std::string order = fake::Ulid(rng, kExampleNow);
  std::string vin = fake::Vin(rng);
  std::string ssn = fake::Ssn(rng);
  std::string pesel =
      fake::Pesel(rng, fake::CivilDate{1990, 5, 14}, fake::Sex::kFemale);
  bool ok = fake::PeselValid(pesel);
  EXPECT_EQ(UuidVersion(id), 4);
  EXPECT_EQ(UuidV7Timestamp(key), kExampleNow);
  EXPECT_EQ(order.substr(0, 3), "01K");
  EXPECT_TRUE(VinValid(vin));
  EXPECT_EQ(ssn[0], '9');
  EXPECT_TRUE(ok);
}

// --- UUID
// ---------------------------------------------------------------------

// The 8-4-4-4-12 lowercase layout, version nibble and variant bits, read
// straight from the text.
void ExpectUuidShape(const std::string& uuid, char version) {
  ASSERT_EQ(uuid.size(), 36u) << uuid;
  for (size_t i = 0; i < uuid.size(); ++i) {
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      EXPECT_EQ(uuid[i], '-') << uuid;
    } else {
      EXPECT_TRUE(IsLowerHex(uuid[i])) << uuid;
    }
  }
  EXPECT_EQ(uuid[14], version) << uuid;
  // Variant 10xx: the first hex digit of the fourth group is 8, 9, a or b.
  EXPECT_THAT(std::string(1, uuid[19]), AnyOfArray({"8", "9", "a", "b"}))
      << uuid;
}

TEST(UuidV4Test, VersionVariantAndFormat) {
  Rng rng(kSeed);
  std::set<std::string> seen;
  // Every free hex position should take all 16 values over 10,000 draws
  // (the variant position only 8-b).
  std::vector<std::set<char>> per_position(36);
  for (int i = 0; i < kSamples; ++i) {
    const std::string uuid = UuidV4(rng);
    ExpectUuidShape(uuid, '4');
    seen.insert(uuid);
    for (size_t p = 0; p < uuid.size(); ++p) per_position[p].insert(uuid[p]);
  }
  EXPECT_EQ(seen.size(), static_cast<size_t>(kSamples));
  for (size_t p = 0; p < 36; ++p) {
    if (p == 8 || p == 13 || p == 18 || p == 23 || p == 14) continue;
    EXPECT_EQ(per_position[p].size(), p == 19 ? 4u : 16u) << "position " << p;
  }
}

TEST(UuidV7Test, TimestampVersionAndVariant) {
  Rng rng(kSeed);
  Rng timestamps(DeriveSeed(kSeed, "timestamps"));
  std::set<std::string> seen;
  for (int i = 0; i < kSamples; ++i) {
    const int64_t ts = UniformInt(timestamps, 0, kMaxUnixMillis48);
    const std::string uuid = UuidV7(rng, ts);
    ExpectUuidShape(uuid, '7');
    // The first twelve hex digits are the big-endian millisecond timestamp.
    const std::string hex = uuid.substr(0, 8) + uuid.substr(9, 4);
    int64_t decoded = 0;
    for (char c : hex) {
      decoded = decoded * 16 + (c <= '9' ? c - '0' : c - 'a' + 10);
    }
    EXPECT_EQ(decoded, ts) << uuid;
    EXPECT_EQ(UuidV7Timestamp(uuid), ts);
    seen.insert(uuid);
  }
  EXPECT_EQ(seen.size(), static_cast<size_t>(kSamples));
}

TEST(UuidV7Test, LaterTimestampsSortLater) {
  Rng rng(kSeed);
  Rng steps(DeriveSeed(kSeed, "steps"));
  std::string previous = UuidV7(rng, kNow);
  int64_t ts = kNow;
  for (int i = 0; i < kSamples; ++i) {
    ts += UniformInt(steps, 1, 1000);
    const std::string next = UuidV7(rng, ts);
    EXPECT_LT(previous, next);
    previous = next;
  }
}

TEST(UuidV7Test, TimestampExtremes) {
  Rng rng(kSeed);
  EXPECT_EQ(UuidV7(rng, 0).substr(0, 13), "00000000-0000");
  EXPECT_EQ(UuidV7(rng, kMaxUnixMillis48).substr(0, 13), "ffffffff-ffff");
  EXPECT_TRUE(UnixMillisFits48Bits(0));
  EXPECT_TRUE(UnixMillisFits48Bits(kMaxUnixMillis48));
  EXPECT_FALSE(UnixMillisFits48Bits(-1));
  EXPECT_FALSE(UnixMillisFits48Bits(kMaxUnixMillis48 + 1));
}

TEST(UuidV7Test, RejectsTimestampsOutside48Bits) {
  Rng rng(kSeed);
  EXPECT_DEATH_IF_SUPPORTED(UuidV7(rng, -1), "timestamp");
  EXPECT_DEATH_IF_SUPPORTED(UuidV7(rng, kMaxUnixMillis48 + 1), "timestamp");
  EXPECT_DEATH_IF_SUPPORTED(Ulid(rng, -1), "timestamp");
}

TEST(ParseUuidTest, Rfc9562Examples) {
  // RFC 9562, appendices A.3 (version 4) and A.6 (version 7).
  EXPECT_EQ(UuidVersion("919108f7-52d1-4320-9bac-f847db4148a8"), 4);
  EXPECT_EQ(UuidVersion("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"), 7);
  EXPECT_EQ(UuidVersion("017F22E2-79B0-7CC3-98C4-DC0C0C07398F"), 7);
  // 0x017F22E279B0 ms: 2022-02-22T19:22:22Z.
  EXPECT_EQ(UuidV7Timestamp("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"),
            1645557742000);
  EXPECT_EQ(UuidV7Timestamp("919108f7-52d1-4320-9bac-f847db4148a8"),
            std::nullopt);
  const auto bytes = ParseUuid("919108f7-52d1-4320-9bac-f847db4148a8");
  ASSERT_TRUE(bytes.has_value());
  EXPECT_EQ((*bytes)[0], 0x91);
  EXPECT_EQ((*bytes)[15], 0xa8);
}

TEST(ParseUuidTest, RejectsMalformedText) {
  EXPECT_EQ(ParseUuid(""), std::nullopt);
  EXPECT_EQ(ParseUuid("919108f752d143209bacf847db4148a8"), std::nullopt);
  EXPECT_EQ(ParseUuid("{919108f7-52d1-4320-9bac-f847db4148a8}"), std::nullopt);
  EXPECT_EQ(ParseUuid("919108f7-52d1-4320-9bac-f847db4148ag"), std::nullopt);
  EXPECT_EQ(ParseUuid("919108f7-52d14-320-9bac-f847db4148a8"), std::nullopt);
  // Parseable, but not the RFC 9562 variant: nil, max, Microsoft variant.
  EXPECT_TRUE(ParseUuid("00000000-0000-0000-0000-000000000000").has_value());
  EXPECT_EQ(UuidVersion("00000000-0000-0000-0000-000000000000"), std::nullopt);
  EXPECT_EQ(UuidVersion("ffffffff-ffff-ffff-ffff-ffffffffffff"), std::nullopt);
  EXPECT_EQ(UuidVersion("919108f7-52d1-4320-cbac-f847db4148a8"), std::nullopt);
}

// --- ULID
// ---------------------------------------------------------------------

constexpr std::string_view kCrockfordAlphabet =
    "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// The timestamp in the first ten characters, decoded here.
int64_t DecodeUlidTime(const std::string& ulid) {
  int64_t value = 0;
  for (size_t i = 0; i < 10; ++i) {
    value = value * 32 + static_cast<int64_t>(kCrockfordAlphabet.find(ulid[i]));
  }
  return value;
}

TEST(UlidTest, AlphabetLengthAndTimestampRoundTrip) {
  Rng rng(kSeed);
  Rng timestamps(DeriveSeed(kSeed, "timestamps"));
  std::set<std::string> seen;
  for (int i = 0; i < kSamples; ++i) {
    const int64_t ts = UniformInt(timestamps, 0, kMaxUnixMillis48);
    const std::string ulid = Ulid(rng, ts);
    ASSERT_EQ(ulid.size(), 26u);
    for (char c : ulid) {
      EXPECT_NE(kCrockfordAlphabet.find(c), std::string_view::npos) << ulid;
    }
    EXPECT_LE(ulid[0], '7') << ulid;
    EXPECT_EQ(DecodeUlidTime(ulid), ts) << ulid;
    EXPECT_EQ(UlidTimestamp(ulid), ts) << ulid;
    EXPECT_TRUE(UlidValid(ulid)) << ulid;
    seen.insert(ulid);
  }
  EXPECT_EQ(seen.size(), static_cast<size_t>(kSamples));
}

TEST(UlidTest, SpecExamples) {
  // github.com/ulid/spec: the example ULID, 2016-07-30T23:54:10.259Z.
  EXPECT_TRUE(UlidValid("01ARZ3NDEKTSV4RRFFQ69G5FAV"));
  EXPECT_EQ(UlidTimestamp("01ARZ3NDEKTSV4RRFFQ69G5FAV"), 1469922850259);
  EXPECT_EQ(UlidTimestamp("01arz3ndektsv4rrffq69g5fav"), 1469922850259);
  EXPECT_FALSE(UlidValid("01arz3ndektsv4rrffq69g5fav"));
  // The reference implementation's README: ulid(1469918176385) starts with
  // "01ARYZ6S41".
  Rng rng(kSeed);
  EXPECT_EQ(Ulid(rng, 1469918176385).substr(0, 10), "01ARYZ6S41");
  EXPECT_EQ(Ulid(rng, kMaxUnixMillis48).substr(0, 10), "7ZZZZZZZZZ");
}

TEST(UlidTest, RejectsMalformedText) {
  EXPECT_FALSE(UlidValid("01ARZ3NDEKTSV4RRFFQ69G5FA"));    // 25 characters
  EXPECT_FALSE(UlidValid("01ARZ3NDEKTSV4RRFFQ69G5FAVV"));  // 27
  EXPECT_FALSE(UlidValid("81ARZ3NDEKTSV4RRFFQ69G5FAV"));   // over 128 bits
  EXPECT_FALSE(UlidValid("01ARZ3NDEKTSV4RRFFQ69G5FAI"));   // I
  EXPECT_FALSE(UlidValid("01ARZ3NDEKTSV4RRFFQ69G5FAL"));   // L
  EXPECT_FALSE(UlidValid("01ARZ3NDEKTSV4RRFFQ69G5FAO"));   // O
  EXPECT_FALSE(UlidValid("01ARZ3NDEKTSV4RRFFQ69G5FAU"));   // U
  EXPECT_FALSE(UlidValid("01ARZ3NDEKTSV4RRFFQ69G5FA-"));
  EXPECT_EQ(UlidTimestamp("81ARZ3NDEKTSV4RRFFQ69G5FAV"), std::nullopt);
}

TEST(UlidTest, LaterTimestampsSortLater) {
  Rng rng(kSeed);
  std::string previous = Ulid(rng, kNow);
  for (int64_t ts = kNow + 1; ts <= kNow + 2000; ++ts) {
    const std::string next = Ulid(rng, ts);
    EXPECT_LT(previous, next);
    previous = next;
  }
}

// --- VIN
// ------------------------------------------------------------------------

// The transliteration table of 49 CFR 565.15, written out letter by letter.
const std::map<char, int>& VinTransliteration() {
  static const auto* table = new std::map<char, int>{
      {'A', 1}, {'B', 2}, {'C', 3}, {'D', 4}, {'E', 5}, {'F', 6}, {'G', 7},
      {'H', 8}, {'J', 1}, {'K', 2}, {'L', 3}, {'M', 4}, {'N', 5}, {'P', 7},
      {'R', 9}, {'S', 2}, {'T', 3}, {'U', 4}, {'V', 5}, {'W', 6}, {'X', 7},
      {'Y', 8}, {'Z', 9}, {'0', 0}, {'1', 1}, {'2', 2}, {'3', 3}, {'4', 4},
      {'5', 5}, {'6', 6}, {'7', 7}, {'8', 8}, {'9', 9}};
  return *table;
}

// True when the check digit at position 9 matches the weighted sum.
bool VinCheckHolds(const std::string& vin) {
  static const int kWeights[17] = {8, 7, 6, 5, 4, 3, 2, 10, 0,
                                   9, 8, 7, 6, 5, 4, 3, 2};
  if (vin.size() != 17) return false;
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) {
    if (i == 8) continue;
    const auto it = VinTransliteration().find(vin[i]);
    if (it == VinTransliteration().end()) return false;
    sum += it->second * kWeights[i];
  }
  const int remainder = sum % 11;
  return vin[8] == (remainder == 10 ? 'X' : static_cast<char>('0' + remainder));
}

// The model year code, written out: 1980 A ... 2000 Y, 2001 1 ... 2009 9,
// and again from 2010.
char ExpectedYearCode(int year) {
  static const char kCodes[] = {'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H',
                                'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S',
                                'T', 'V', 'W', 'X', 'Y', '1', '2', '3',
                                '4', '5', '6', '7', '8', '9'};
  return kCodes[(year - 1980) % 30];
}

TEST(VinTest, CheckDigitRecomputedWithStandardWeights) {
  Rng rng(kSeed);
  Rng years(DeriveSeed(kSeed, "years"));
  const std::vector<std::string> known_wmis = {
      "1FA", "1G1", "1HG", "1N4", "2HG", "2T1", "3VW",
      "4T1", "5YJ", "JHM", "JN1", "JTD", "KMH", "KNA",
      "SAL", "VF1", "WBA", "WDD", "WVW", "YV1", "ZFA"};
  std::set<std::string> seen;
  std::set<std::string> wmis;
  for (int i = 0; i < kSamples; ++i) {
    const int year = static_cast<int>(UniformInt(years, 1980, 2039));
    const std::string vin = Vin(rng, year);
    ASSERT_EQ(vin.size(), 17u);
    EXPECT_THAT(vin, MatchesRegex("[A-HJ-NPR-Z0-9]{17}"));
    EXPECT_TRUE(VinCheckHolds(vin)) << vin;
    EXPECT_EQ(vin[9], ExpectedYearCode(year)) << vin << " " << year;
    // Position 7: a letter from 2010, a digit before.
    const bool letter = vin[6] >= 'A' && vin[6] <= 'Z';
    EXPECT_EQ(letter, year >= 2010) << vin << " " << year;
    EXPECT_THAT(vin.substr(11), MatchesRegex("[0-9]{6}"));
    EXPECT_THAT(vin.substr(0, 3), AnyOfArray(known_wmis));
    EXPECT_TRUE(VinValid(vin));
    EXPECT_EQ(VinModelYear(vin), year) << vin;
    wmis.insert(vin.substr(0, 3));
    seen.insert(vin);
  }
  EXPECT_EQ(wmis.size(), known_wmis.size());
  EXPECT_EQ(seen.size(), static_cast<size_t>(kSamples));
}

TEST(VinTest, DefaultModelYears) {
  Rng rng(kSeed);
  std::set<int> years;
  for (int i = 0; i < 1000; ++i) {
    const std::optional<int> year = VinModelYear(Vin(rng));
    ASSERT_TRUE(year.has_value());
    years.insert(*year);
  }
  EXPECT_EQ(*years.begin(), kVinDefaultFirstModelYear);
  EXPECT_EQ(*years.rbegin(), kVinDefaultLastModelYear);
}

TEST(VinTest, PublishedExamples) {
  // The NHTSA check-digit example, whose check digit is X.
  EXPECT_TRUE(VinCheckDigitValid("1M8GDM9AXKP042788"));
  EXPECT_TRUE(VinValid("1M8GDM9AXKP042788"));
  EXPECT_EQ(VinCheckDigit("1M8GDM9AXKP042788"), 'X');
  EXPECT_EQ(VinCheckDigit("1M8GDM9A?KP042788"), 'X');  // position 9 ignored
  EXPECT_TRUE(VinCheckHolds("1M8GDM9AXKP042788"));
  // Seventeen ones: the weights sum to 89, and 89 mod 11 = 1.
  EXPECT_TRUE(VinValid("11111111111111111"));
  ExpectCorruptionsFail("1M8GDM9AXKP042788", VinCheckDigitValid);
  ExpectCorruptionsFail("11111111111111111", VinCheckDigitValid);
}

TEST(VinTest, RejectsMalformedText) {
  EXPECT_FALSE(VinCheckDigitValid("1M8GDM9AXKP04278"));    // 16 characters
  EXPECT_FALSE(VinCheckDigitValid("1M8GDM9AXKP0427888"));  // 18
  EXPECT_FALSE(VinCheckDigitValid("1m8gdm9axkp042788"));   // lowercase
  EXPECT_FALSE(VinCheckDigitValid("1M8GDM9AXKP04278I"));
  EXPECT_FALSE(VinCheckDigitValid("1M8GDM9AXKP04278O"));
  EXPECT_FALSE(VinCheckDigitValid("1M8GDM9AXKP04278Q"));
  EXPECT_EQ(VinCheckDigit("1M8GDM9AXKP04278Q"), std::nullopt);
  // A sound check digit but no model year code at position 10 (U, Z, 0).
  for (char year : {'U', 'Z', '0'}) {
    std::string vin = "1M8GDM9A0" + std::string(1, year) + "P042788";
    vin[8] = *VinCheckDigit(vin);
    EXPECT_TRUE(VinCheckDigitValid(vin)) << vin;
    EXPECT_FALSE(VinValid(vin)) << vin;
    EXPECT_EQ(VinModelYear(vin), std::nullopt);
  }
}

TEST(VinTest, ModelYearRange) {
  EXPECT_TRUE(VinModelYearSupported(1980));
  EXPECT_TRUE(VinModelYearSupported(2039));
  EXPECT_FALSE(VinModelYearSupported(1979));
  EXPECT_FALSE(VinModelYearSupported(2040));
  Rng rng(kSeed);
  EXPECT_DEATH_IF_SUPPORTED(Vin(rng, 1979), "model year");
}

// --- SSN
// ------------------------------------------------------------------------

// The documented rule: area 900-999 has never been issued as an SSN; groups
// 01-49 under it are neither ITINs (50-65, 70-88, 90-92, 94-99) nor ATINs
// (93).
void ExpectNeverIssued(int area, int group, int serial,
                       const std::string& ssn) {
  EXPECT_THAT(area, ::testing::AllOf(Ge(900), Le(999))) << ssn;
  EXPECT_THAT(group, ::testing::AllOf(Ge(1), Le(49))) << ssn;
  EXPECT_THAT(serial, ::testing::AllOf(Ge(1), Le(9999))) << ssn;
}

TEST(SsnTest, NeverInAnIssuedRange) {
  Rng rng(kSeed);
  std::set<int> areas;
  std::set<int> groups;
  for (int i = 0; i < kSamples; ++i) {
    const std::string ssn = Ssn(rng);
    ASSERT_THAT(ssn, MatchesRegex("[0-9]{3}-[0-9]{2}-[0-9]{4}"));
    const int area = ToInt(ssn.substr(0, 3));
    const int group = ToInt(ssn.substr(4, 2));
    ExpectNeverIssued(area, group, ToInt(ssn.substr(7, 4)), ssn);
    EXPECT_TRUE(SsnWellFormed(ssn));
    EXPECT_FALSE(SsnMayBeIssued(ssn));
    areas.insert(area);
    groups.insert(group);
  }
  EXPECT_EQ(areas.size(), 100u);
  EXPECT_EQ(groups.size(), 49u);
}

TEST(SsnTest, DigitsOnly) {
  Rng rng(kSeed);
  for (int i = 0; i < kSamples; ++i) {
    const std::string ssn = Ssn(rng, IdFormat::kDigitsOnly);
    ASSERT_THAT(ssn, MatchesRegex("[0-9]{9}"));
    ExpectNeverIssued(ToInt(ssn.substr(0, 3)), ToInt(ssn.substr(3, 2)),
                      ToInt(ssn.substr(5, 4)), ssn);
    EXPECT_TRUE(SsnWellFormed(ssn));
    EXPECT_FALSE(SsnMayBeIssued(ssn));
  }
}

TEST(SsnTest, Validators) {
  EXPECT_TRUE(SsnWellFormed("123-45-6789"));
  EXPECT_TRUE(SsnMayBeIssued("123-45-6789"));
  EXPECT_TRUE(SsnMayBeIssued("123456789"));
  EXPECT_TRUE(SsnMayBeIssued("899-99-9999"));
  EXPECT_TRUE(SsnWellFormed("666-12-3456"));
  EXPECT_FALSE(SsnMayBeIssued("666-12-3456"));
  EXPECT_TRUE(SsnWellFormed("987-65-4321"));
  EXPECT_FALSE(SsnMayBeIssued("987-65-4321"));
  EXPECT_FALSE(SsnWellFormed("000-12-3456"));
  EXPECT_FALSE(SsnWellFormed("123-00-4567"));
  EXPECT_FALSE(SsnWellFormed("123-45-0000"));
  EXPECT_FALSE(SsnWellFormed("12345678"));
  EXPECT_FALSE(SsnWellFormed("123-456789"));
  EXPECT_FALSE(SsnWellFormed("123 45 6789"));
  EXPECT_FALSE(SsnWellFormed("12a-45-6789"));
}

// --- PESEL
// ----------------------------------------------------------------------

// The check rule in its second published form: all eleven digits weighted
// 1 3 7 9 1 3 7 9 1 3 1 sum to a multiple of 10.
bool PeselSumHolds(const std::string& pesel) {
  static const int kWeights[11] = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1};
  int sum = 0;
  for (size_t i = 0; i < 11; ++i) sum += (pesel[i] - '0') * kWeights[i];
  return sum % 10 == 0;
}

// The birth year, month and day, decoded with the century table.
std::array<int, 3> PeselDate(const std::string& pesel) {
  const int yy = ToInt(pesel.substr(0, 2));
  int mm = ToInt(pesel.substr(2, 2));
  int century = 1900;
  if (mm > 80) {
    century = 1800, mm -= 80;
  } else if (mm > 60) {
    century = 2200, mm -= 60;
  } else if (mm > 40) {
    century = 2100, mm -= 40;
  } else if (mm > 20) {
    century = 2000, mm -= 20;
  }
  return {century + yy, mm, ToInt(pesel.substr(4, 2))};
}

TEST(PeselTest, ChecksumDateAndSexRecomputed) {
  Rng rng(kSeed);
  std::set<int> centuries;
  for (int i = 0; i < kSamples; ++i) {
    const std::string pesel = Pesel(rng, 1800, 2299);
    ASSERT_THAT(pesel, MatchesRegex("[0-9]{11}"));
    EXPECT_TRUE(PeselSumHolds(pesel)) << pesel;
    const std::array<int, 3> date = PeselDate(pesel);
    EXPECT_TRUE(RealDate(date[0], date[1], date[2])) << pesel;
    EXPECT_THAT(date[0], ::testing::AllOf(Ge(1800), Le(2299))) << pesel;
    EXPECT_TRUE(PeselValid(pesel)) << pesel;
    EXPECT_EQ(PeselBirthDate(pesel), (CivilDate{date[0], date[1], date[2]}));
    EXPECT_EQ(PeselSex(pesel),
              (pesel[9] - '0') % 2 == 0 ? Sex::kFemale : Sex::kMale);
    centuries.insert(date[0] / 100);
  }
  EXPECT_EQ(centuries.size(), 5u);
}

TEST(PeselTest, GivenDateAndSex) {
  struct Case {
    CivilDate date;
    const char* encoded;  // YYMMDD
  };
  const Case cases[] = {
      {{1800, 1, 1}, "008101"},  {{1899, 12, 31}, "999231"},
      {{1900, 2, 28}, "000228"}, {{1944, 5, 14}, "440514"},
      {{2000, 2, 29}, "002229"}, {{2099, 12, 31}, "993231"},
      {{2100, 3, 1}, "004301"},  {{2299, 12, 31}, "997231"},
  };
  Rng rng(kSeed);
  for (const Case& c : cases) {
    for (Sex sex : {Sex::kFemale, Sex::kMale}) {
      for (int i = 0; i < 100; ++i) {
        const std::string pesel = Pesel(rng, c.date, sex);
        EXPECT_EQ(pesel.substr(0, 6), c.encoded) << pesel;
        EXPECT_EQ((pesel[9] - '0') % 2, sex == Sex::kMale ? 1 : 0) << pesel;
        EXPECT_TRUE(PeselSumHolds(pesel)) << pesel;
        EXPECT_EQ(PeselBirthDate(pesel), c.date) << pesel;
        EXPECT_EQ(PeselSex(pesel), sex) << pesel;
      }
    }
  }
}

TEST(PeselTest, YearBounds) {
  Rng rng(kSeed);
  for (int i = 0; i < 1000; ++i) {
    const std::optional<CivilDate> date =
        PeselBirthDate(Pesel(rng, 1990, 1990));
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(date->year, 1990);
  }
  EXPECT_TRUE(PeselBirthDateSupported({1800, 1, 1}));
  EXPECT_FALSE(PeselBirthDateSupported({1799, 12, 31}));
  EXPECT_FALSE(PeselBirthDateSupported({2300, 1, 1}));
  EXPECT_FALSE(PeselBirthDateSupported({2023, 2, 29}));
  EXPECT_DEATH_IF_SUPPORTED(Pesel(rng, CivilDate{2023, 2, 29}, Sex::kMale),
                            "Pesel");
  EXPECT_DEATH_IF_SUPPORTED(Pesel(rng, 2000, 1999), "Pesel");
  EXPECT_DEATH_IF_SUPPORTED(Pesel(rng, 1799, 1900), "Pesel");
}

TEST(PeselTest, PublishedExample) {
  ExpectCorruptionsFail("44051401359", PeselValid);
  EXPECT_EQ(PeselBirthDate("44051401359"), (CivilDate{1944, 5, 14}));
  EXPECT_EQ(PeselSex("44051401359"), Sex::kMale);
}

TEST(PeselTest, RejectsMalformedText) {
  EXPECT_FALSE(PeselValid("4405140135"));
  EXPECT_FALSE(PeselValid("440514013590"));
  EXPECT_FALSE(PeselValid("4405140135a"));
  EXPECT_EQ(PeselSex("44051401358"), std::nullopt);
  // Correct check digits around impossible dates: 30 February 1944, month
  // 13, day 0.
  for (std::string body : {"4402300135", "4413140135", "4405000135"}) {
    for (char check = '0'; check <= '9'; ++check) {
      const std::string pesel = body + check;
      if (!PeselSumHolds(pesel)) continue;
      EXPECT_FALSE(PeselValid(pesel)) << pesel;
    }
  }
}

// --- CPF
// ------------------------------------------------------------------------

// A check digit in the "times ten, mod 11" form: (sum * 10) mod 11, with 10
// written 0. Equivalent to the header's form, computed differently.
int CpfDigitTimesTen(const std::string& digits) {
  int sum = 0;
  const int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i)
    sum += (digits[static_cast<size_t>(i)] - '0') * (n + 1 - i);
  return sum * 10 % 11 % 10;
}

void ExpectCpfDigitsHold(const std::string& digits) {
  ASSERT_EQ(digits.size(), 11u);
  EXPECT_EQ(digits[9] - '0', CpfDigitTimesTen(digits.substr(0, 9))) << digits;
  EXPECT_EQ(digits[10] - '0', CpfDigitTimesTen(digits.substr(0, 10))) << digits;
  EXPECT_NE(digits, std::string(11, digits[0])) << digits;
}

TEST(CpfTest, CheckDigitsRecomputed) {
  Rng rng(kSeed);
  for (int i = 0; i < kSamples; ++i) {
    const std::string cpf = Cpf(rng);
    ASSERT_THAT(cpf, MatchesRegex("[0-9]{3}\\.[0-9]{3}\\.[0-9]{3}-[0-9]{2}"));
    ExpectCpfDigitsHold(cpf.substr(0, 3) + cpf.substr(4, 3) + cpf.substr(8, 3) +
                        cpf.substr(12, 2));
    EXPECT_TRUE(CpfValid(cpf)) << cpf;
  }
  for (int i = 0; i < kSamples; ++i) {
    const std::string cpf = Cpf(rng, IdFormat::kDigitsOnly);
    ASSERT_THAT(cpf, MatchesRegex("[0-9]{11}"));
    ExpectCpfDigitsHold(cpf);
    EXPECT_TRUE(CpfValid(cpf)) << cpf;
  }
}

TEST(CpfTest, PublishedExample) {
  ExpectCorruptionsFail("529.982.247-25", CpfValid);
  ExpectCorruptionsFail("52998224725", CpfValid);
}

TEST(CpfTest, RejectsRepeatedDigitsAndMalformedText) {
  for (char d = '0'; d <= '9'; ++d) {
    const std::string same(11, d);
    EXPECT_FALSE(CpfValid(same)) << same;
  }
  EXPECT_FALSE(CpfValid("111.111.111-11"));
  EXPECT_FALSE(CpfValid("529.982.247.25"));
  EXPECT_FALSE(CpfValid("529982247-25"));
  EXPECT_FALSE(CpfValid("5299822472"));
  EXPECT_FALSE(CpfValid("529.982.24a-25"));
}

// --- DNI and NIE
// -----------------------------------------------------------------

char ControlLetter(int number) {
  static const std::string_view kTable = "TRWAGMYFPDXBNJZSQVHLCKE";
  return kTable[static_cast<size_t>(number % 23)];
}

TEST(DniTest, LetterRecomputed) {
  Rng rng(kSeed);
  std::set<char> letters;
  for (int i = 0; i < kSamples; ++i) {
    const std::string dni = Dni(rng);
    ASSERT_THAT(dni, MatchesRegex("[0-9]{8}[A-Z]"));
    EXPECT_EQ(dni[8], ControlLetter(ToInt(dni.substr(0, 8)))) << dni;
    EXPECT_NE(dni.substr(0, 8), "00000000");
    EXPECT_TRUE(DniValid(dni)) << dni;
    letters.insert(dni[8]);
  }
  EXPECT_EQ(letters.size(), 23u);
}

TEST(NieTest, LetterRecomputed) {
  Rng rng(kSeed);
  std::set<char> prefixes;
  for (int i = 0; i < kSamples; ++i) {
    const std::string nie = Nie(rng);
    ASSERT_THAT(nie, MatchesRegex("[XYZ][0-9]{7}[A-Z]"));
    const int prefix = nie[0] == 'X' ? 0 : nie[0] == 'Y' ? 1 : 2;
    EXPECT_EQ(nie[8],
              ControlLetter(prefix * 10000000 + ToInt(nie.substr(1, 7))))
        << nie;
    EXPECT_TRUE(NieValid(nie)) << nie;
    EXPECT_FALSE(DniValid(nie)) << nie;
    prefixes.insert(nie[0]);
  }
  EXPECT_EQ(prefixes.size(), 3u);
}

TEST(DniTest, PublishedExamples) {
  EXPECT_EQ(DniLetter(12345678), 'Z');
  ExpectCorruptionsFail("12345678Z", DniValid);
  EXPECT_FALSE(DniValid("12345678A"));
  EXPECT_FALSE(DniValid("12345678z"));
  EXPECT_FALSE(DniValid("1234567Z"));
  EXPECT_FALSE(DniValid("X1234567L"));
  ExpectCorruptionsFail("X1234567L", NieValid);
  EXPECT_TRUE(NieValid("Y1234567X"));  // 11234567 mod 23 = 10
  EXPECT_TRUE(NieValid("Z1234567R"));  // 21234567 mod 23 = 1
  EXPECT_FALSE(NieValid("x1234567L"));
  EXPECT_FALSE(NieValid("A1234567L"));
  EXPECT_FALSE(NieValid("X1234567M"));
  EXPECT_DEATH_IF_SUPPORTED(DniLetter(100000000), "DniLetter");
}

// --- BSN
// ------------------------------------------------------------------------

// The elfproef with the weights written out, the last one negative.
bool ElevenTestHolds(const std::string& bsn) {
  static const int kWeights[9] = {9, 8, 7, 6, 5, 4, 3, 2, -1};
  int sum = 0;
  for (size_t i = 0; i < 9; ++i) sum += (bsn[i] - '0') * kWeights[i];
  return sum % 11 == 0;
}

TEST(BsnTest, ElevenTestRecomputed) {
  Rng rng(kSeed);
  std::set<char> last_digits;
  for (int i = 0; i < kSamples; ++i) {
    const std::string bsn = Bsn(rng);
    ASSERT_THAT(bsn, MatchesRegex("[1-9][0-9]{8}"));
    EXPECT_TRUE(ElevenTestHolds(bsn)) << bsn;
    EXPECT_TRUE(BsnValid(bsn)) << bsn;
    last_digits.insert(bsn[8]);
  }
  EXPECT_EQ(last_digits.size(), 10u);
}

TEST(BsnTest, PublishedExamples) {
  ExpectCorruptionsFail("111222333", BsnValid);
  ExpectCorruptionsFail("123456782", BsnValid);
  EXPECT_FALSE(BsnValid("000000000"));
  EXPECT_FALSE(BsnValid("12345678"));
  EXPECT_FALSE(BsnValid("1234567820"));
  EXPECT_FALSE(BsnValid("12345678a"));
}

// --- Codice fiscale
// -------------------------------------------------------------

// The check letter with the decree's tables written as maps.
char CfCheckLetter(const std::string& first_fifteen) {
  static const auto* odd = new std::map<char, int>{
      {'0', 1},  {'1', 0},  {'2', 5},  {'3', 7},  {'4', 9},  {'5', 13},
      {'6', 15}, {'7', 17}, {'8', 19}, {'9', 21}, {'A', 1},  {'B', 0},
      {'C', 5},  {'D', 7},  {'E', 9},  {'F', 13}, {'G', 15}, {'H', 17},
      {'I', 19}, {'J', 21}, {'K', 2},  {'L', 4},  {'M', 18}, {'N', 20},
      {'O', 11}, {'P', 3},  {'Q', 6},  {'R', 8},  {'S', 12}, {'T', 14},
      {'U', 16}, {'V', 10}, {'W', 22}, {'X', 25}, {'Y', 24}, {'Z', 23}};
  int sum = 0;
  for (size_t i = 0; i < 15; ++i) {
    const char c = first_fifteen[i];
    if (i % 2 == 0) {
      sum += odd->at(c);
    } else {
      sum += c >= '0' && c <= '9' ? c - '0' : c - 'A';
    }
  }
  return static_cast<char>('A' + sum % 26);
}

TEST(CodiceFiscaleTest, CheckLetterAndFieldsRecomputed) {
  Rng rng(kSeed);
  const std::string months = "ABCDEHLMPRST";
  for (int i = 0; i < kSamples; ++i) {
    const std::string cf = CodiceFiscale(rng, 1900, 2020);
    ASSERT_THAT(cf, MatchesRegex("[A-Z]{6}[0-9]{2}[ABCDEHLMPRST][0-9]{2}"
                                 "[A-Z][0-9]{3}[A-Z]"));
    EXPECT_EQ(cf[15], CfCheckLetter(cf)) << cf;
    int day = ToInt(cf.substr(9, 2));
    if (day > 40) day -= 40;
    const int month = static_cast<int>(months.find(cf[8])) + 1;
    EXPECT_TRUE(RealDate(2000, month, day)) << cf;  // 2000: Feb 29 allowed
    EXPECT_TRUE(CodiceFiscaleValid(cf)) << cf;
  }
}

TEST(CodiceFiscaleTest, GivenDateAndSex) {
  Rng rng(kSeed);
  for (int i = 0; i < 100; ++i) {
    const std::string male =
        CodiceFiscale(rng, CivilDate{1985, 12, 10}, Sex::kMale);
    EXPECT_EQ(male.substr(6, 5), "85T10") << male;
    const std::string female =
        CodiceFiscale(rng, CivilDate{2004, 2, 29}, Sex::kFemale);
    EXPECT_EQ(female.substr(6, 5), "04B69") << female;
    EXPECT_EQ(female[15], CfCheckLetter(female));
  }
  EXPECT_DEATH_IF_SUPPORTED(
      CodiceFiscale(rng, CivilDate{2023, 2, 29}, Sex::kMale), "real date");
}

TEST(CodiceFiscaleTest, NameLettersFollowTheRule) {
  Rng rng(1);
  const auto letters = [&](std::string_view surname, std::string_view given) {
    const std::string code = CodiceFiscaleFor(rng, surname, given, {1980, 1, 1}, Sex::kMale);
    EXPECT_TRUE(CodiceFiscaleValid(code)) << code;
    return code.substr(0, 6);
  };
  EXPECT_EQ(letters("Rossi", "Mario"), "RSSMRA");         // consonants, then vowels
  EXPECT_EQ(letters("Bianchi", "Gianfranco"), "BNCGFR");  // 4+ consonants: 1st, 3rd, 4th
  EXPECT_EQ(letters("Fo", "Ugo"), "FOXGUO");              // X pads a short name
  EXPECT_EQ(letters("De Luca", "Anna"), "DLCNNA");        // spaces skipped
  const std::string code = CodiceFiscaleFor(rng, "Rossi", "Maria", {1980, 1, 1}, Sex::kFemale);
  EXPECT_EQ(code.substr(6, 5), "80A41");  // a woman's day + 40
}

TEST(CodiceFiscaleTest, PublishedExample) {
  // The sample code every description of the format uses: Mario Rossi, male,
  // born on 10 December 1985 in the comune with cadastral code A562.
  EXPECT_EQ(CfCheckLetter("RSSMRA85T10A562"), 'S');
  ExpectCorruptionsFail("RSSMRA85T10A562S", CodiceFiscaleValid);
  // Omocodia: the last digit of the place code written as its letter (2 ->
  // N), with the check letter recomputed.
  std::string omocode = "RSSMRA85T10A56N";
  omocode.push_back(CfCheckLetter(omocode));
  EXPECT_TRUE(CodiceFiscaleValid(omocode)) << omocode;
  EXPECT_FALSE(CodiceFiscaleValid("rssmra85t10a562s"));
  EXPECT_FALSE(CodiceFiscaleValid("RSSMRA85T10A562"));
  EXPECT_FALSE(CodiceFiscaleValid("RSSMRA85F10A562S"));  // F: no month
  std::string day_zero = "RSSMRA85T00A562";
  day_zero.push_back(CfCheckLetter(day_zero));
  EXPECT_FALSE(CodiceFiscaleValid(day_zero));
  std::string feb_30 = "RSSMRA85B30A562";
  feb_30.push_back(CfCheckLetter(feb_30));
  EXPECT_FALSE(CodiceFiscaleValid(feb_30));
}

// --- Determinism
// ----------------------------------------------------------------

// Each generator under one name, for the determinism tests.
const std::vector<std::pair<std::string, std::function<std::string(Rng&)>>>&
Generators() {
  static const auto* generators =
      new std::vector<std::pair<std::string, std::function<std::string(Rng&)>>>{
          {"UuidV4", [](Rng& r) { return UuidV4(r); }},
          {"UuidV7", [](Rng& r) { return UuidV7(r, kNow); }},
          {"Ulid", [](Rng& r) { return Ulid(r, kNow); }},
          {"Vin", [](Rng& r) { return Vin(r); }},
          {"Ssn", [](Rng& r) { return Ssn(r); }},
          {"Pesel", [](Rng& r) { return Pesel(r, 1950, 2010); }},
          {"Cpf", [](Rng& r) { return Cpf(r); }},
          {"Dni", [](Rng& r) { return Dni(r); }},
          {"Nie", [](Rng& r) { return Nie(r); }},
          {"Bsn", [](Rng& r) { return Bsn(r); }},
          {"CodiceFiscale",
           [](Rng& r) { return CodiceFiscale(r, 1950, 2000); }},
      };
  return *generators;
}

TEST(IdentifiersTest, SameSeedSameValues) {
  for (const auto& [name, generate] : Generators()) {
    testing_internal::ExpectSameSeedSameValues(name, generate, kSeed);
  }
}

TEST(IdentifiersTest, DifferentSeedsDifferentValues) {
  for (const auto& [name, generate] : Generators()) {
    testing_internal::ExpectDifferentSeedsDiffer(name, generate);
  }
}

TEST(IdentifiersTest, DrawCountsAsDocumented) {
  // Each generator's documented number of engine draws, checked against a
  // reference engine advanced by hand. Rejection loops (Cpf, Bsn) are left
  // out; UniformBelow's own rejection is below 2^-30 here.
  struct Case {
    const char* name;
    std::function<std::string(Rng&)> generate;
    int draws;
  };
  const Case cases[] = {
      {"UuidV4", [](Rng& r) { return UuidV4(r); }, 2},
      {"UuidV7", [](Rng& r) { return UuidV7(r, kNow); }, 2},
      {"Ulid", [](Rng& r) { return Ulid(r, kNow); }, 2},
      {"Vin(year)", [](Rng& r) { return Vin(r, 2015); }, 8},
      {"Vin", [](Rng& r) { return Vin(r); }, 9},
      {"Ssn", [](Rng& r) { return Ssn(r); }, 1},
      {"Pesel(date)",
       [](Rng& r) {
         return Pesel(r, CivilDate{1990, 1, 1}, Sex::kMale);
       },
       1},
      {"Pesel", [](Rng& r) { return Pesel(r, 1950, 2010); }, 3},
      {"Dni", [](Rng& r) { return Dni(r); }, 1},
      {"Nie", [](Rng& r) { return Nie(r); }, 1},
      {"CodiceFiscale(date)",
       [](Rng& r) {
         return CodiceFiscale(r, CivilDate{1990, 1, 1}, Sex::kMale);
       },
       7},
      {"CodiceFiscale", [](Rng& r) { return CodiceFiscale(r, 1950, 2000); }, 9},
  };
  for (const Case& c : cases) {
    Rng used(kSeed);
    Rng reference(kSeed);
    c.generate(used);
    for (int i = 0; i < c.draws; ++i) reference.Next();
    EXPECT_EQ(used, reference) << c.name;
  }
}

TEST(IdentifiersTest, StableValues) {
  // Pinned outputs for seed 42: a change here changes seeded data and needs
  // a new data version.
  Rng rng(42);
  EXPECT_EQ(UuidV4(rng), "15780b2e-0c2e-4716-a104-d9866d113a7e");
  EXPECT_EQ(UuidV4(rng), "ae175332-39e4-49a1-acb8-ad4703b360a1");
  rng = Rng(42);
  EXPECT_EQ(UuidV7(rng, kNow), "019b76da-a800-7157-9841-36619b444e9f");
  rng = Rng(42);
  EXPECT_EQ(Ulid(rng, kNow), "01KDVDNA002NW6216SGSPH2EKY");
  rng = Rng(42);
  EXPECT_EQ(Vin(rng), "4T1NXZ7P52V761374");
  EXPECT_EQ(Vin(rng), "SAL9TATV2FL851390");
  EXPECT_EQ(Vin(rng, 1995), "SALP354K3SA489191");
  rng = Rng(42);
  EXPECT_EQ(Ssn(rng), "974-27-0839");
  EXPECT_EQ(Ssn(rng, IdFormat::kDigitsOnly), "975213790");
  rng = Rng(42);
  EXPECT_EQ(Pesel(rng, 1950, 2010), "55021268001");
  EXPECT_EQ(Pesel(rng, CivilDate{1990, 5, 14}, Sex::kFemale), "90051492460");
  rng = Rng(42);
  EXPECT_EQ(Cpf(rng), "083.862.971-74");
  EXPECT_EQ(Cpf(rng, IdFormat::kDigitsOnly), "37898025067");
  rng = Rng(42);
  EXPECT_EQ(Dni(rng), "08386298S");
  EXPECT_EQ(Nie(rng), "Y1369407R");
  EXPECT_EQ(Bsn(rng), "712039065");
  rng = Rng(42);
  EXPECT_EQ(CodiceFiscale(rng, 1950, 2000), "RVUSSI54D52A944V");
  EXPECT_EQ(CodiceFiscale(rng, CivilDate{1985, 12, 10}, Sex::kMale),
            "PRLTGZ85T10D612R");
}

// --- Dates
// ----------------------------------------------------------------------

TEST(BirthDateTest, Validity) {
  EXPECT_TRUE(BirthDateValid({2000, 2, 29}));
  EXPECT_FALSE(BirthDateValid({1900, 2, 29}));
  EXPECT_TRUE(BirthDateValid({2024, 2, 29}));
  EXPECT_FALSE(BirthDateValid({2023, 2, 29}));
  EXPECT_FALSE(BirthDateValid({2023, 4, 31}));
  EXPECT_FALSE(BirthDateValid({2023, 13, 1}));
  EXPECT_FALSE(BirthDateValid({2023, 0, 1}));
  EXPECT_FALSE(BirthDateValid({2023, 1, 0}));
  EXPECT_FALSE(BirthDateValid({0, 1, 1}));
  EXPECT_FALSE(BirthDateValid({10000, 1, 1}));
  EXPECT_TRUE(BirthDateValid({1, 1, 1}));
  EXPECT_TRUE(BirthDateValid({9999, 12, 31}));
}

TEST(BirthDateTest, DrawnDatesAreUniformOverDays) {
  // One leap year drawn 36,600 times: each of its 366 days, February 29
  // included, expects 100 with a standard deviation of 10; 50..150 is five
  // standard deviations either way.
  Rng rng(kSeed);
  std::map<std::array<int, 2>, int> counts;
  for (int i = 0; i < 36600; ++i) {
    const std::optional<CivilDate> date =
        PeselBirthDate(Pesel(rng, 2024, 2024));
    ASSERT_TRUE(date.has_value());
    ++counts[{date->month, date->day}];
  }
  EXPECT_EQ(counts.size(), 366u);
  for (const auto& [day, count] : counts) {
    EXPECT_THAT(count, ::testing::AllOf(Ge(50), Le(150)))
        << day[0] << "-" << day[1];
  }
}

}  // namespace
}  // namespace fake
}  // namespace gtest_data
