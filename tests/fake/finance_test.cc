// Copyright 2026 The gtest_data Authors.
//
// Tests of the finance providers. The structural facts (IBAN layouts, IIN
// ranges, national check digit algorithms) are written out here a second
// time, independently of src/fake/finance.cc and where possible in a
// different form (the RIB key as a 23-digit number divisible by 97, the Czech
// weights as powers of two mod 11, ...), so that a slip in one copy shows up
// as a disagreement. Published example IBANs and test card numbers check the
// test helpers themselves. Every loop uses a fixed seed.

#include "gtest_data/fake/finance.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "gtest_data/random/rng.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace fake {
namespace {

using ::testing::AnyOf;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Eq;
using ::testing::IsSupersetOf;
using ::testing::SizeIs;

constexpr int kSamples = 10000;

bool IsDigitChar(char c) { return c >= '0' && c <= '9'; }
bool IsUpperChar(char c) { return c >= 'A' && c <= 'Z'; }
int Digit(char c) { return c - '0'; }

// A decimal string mod m, digit by digit.
int Mod(std::string_view digits, int m) {
  int r = 0;
  for (char c : digits) r = (r * 10 + Digit(c)) % m;
  return r;
}

// ---------------------------------------------------------------------------
// Independent national check helpers. Each takes the BBAN.
// ---------------------------------------------------------------------------

// The test's own Luhn: double every second digit from the right.
bool TestLuhn(std::string_view digits) {
  if (digits.empty()) return false;
  int sum = 0;
  for (size_t k = 0; k < digits.size(); ++k) {
    const char c = digits[digits.size() - 1 - k];
    if (!IsDigitChar(c)) return false;
    int d = Digit(c);
    if (k % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 == 0;
}

// Belgium: the check pair equals the first ten digits mod 97 (97 for 0).
bool BelgianCheck(const std::string& bban) {
  const int r = Mod(bban.substr(0, 10), 97);
  return std::stoi(bban.substr(10, 2)) == (r == 0 ? 97 : r);
}

// France and Monaco: with letters replaced by their RIB digits, bank, branch,
// account and key form a 23-digit number divisible by 97.
bool RibKeyCheck(const std::string& bban) {
  std::string digits;
  for (char c : bban) {
    if (IsDigitChar(c)) {
      digits.push_back(c);
    } else {
      // A-I -> 1-9, J-R -> 1-9, S-Z -> 2-9.
      static const std::string kRows[] = {"AJ", "BKS", "CLT", "DMU", "ENV",
                                          "FOW", "GPX", "HQY", "IRZ"};
      for (int row = 0; row < 9; ++row) {
        if (kRows[row].find(c) != std::string::npos) {
          digits.push_back(static_cast<char>('1' + row));
        }
      }
    }
  }
  return digits.size() == 23 && Mod(digits, 97) == 0;
}

// Spain: each DC digit is 11 - (Σ d_i · 2^i mod 11) mod 11, mapped 11 -> 0
// and 10 -> 1, over "00"+bank+branch and over the account.
int SpanishDigit(const std::string& ten) {
  int sum = 0;
  int weight = 1;
  for (char c : ten) {
    sum += Digit(c) * weight;
    weight = weight * 2 % 11;
  }
  const int d = 11 - sum % 11;
  return d == 11 ? 0 : d == 10 ? 1 : d;
}

bool SpanishCheck(const std::string& bban) {
  return Digit(bban[8]) == SpanishDigit("00" + bban.substr(0, 8)) &&
         Digit(bban[9]) == SpanishDigit(bban.substr(10, 10));
}

// Italy and San Marino: the CIN. Odd positions (1-based) count by the
// position of the character's letter (A for 0, ..., J for 9) in
// "BAKPLCQDREVOSFTGUHMINJWZYX", even ones by their index 0-25.
bool CinCheck(const std::string& bban) {
  static const std::string kOddOrder = "BAKPLCQDREVOSFTGUHMINJWZYX";
  int sum = 0;
  for (size_t i = 1; i < bban.size(); ++i) {
    const char c = bban[i];
    const char as_letter =
        IsDigitChar(c) ? static_cast<char>('A' + Digit(c)) : c;
    if (i % 2 == 1) {
      sum += static_cast<int>(kOddOrder.find(as_letter));
    } else {
      sum += as_letter - 'A';
    }
  }
  return bban[0] == 'A' + sum % 26;
}

// Poland: the sort code weighted 3, 9, 7, 1 repeating sums to 0 mod 10.
bool PolishCheck(const std::string& bban) {
  const int weights[] = {3, 9, 7, 1, 3, 9, 7, 1};
  int sum = 0;
  for (int i = 0; i < 8; ++i) sum += Digit(bban[i]) * weights[i];
  return sum % 10 == 0;
}

// Norway: weights 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 and 1 for the check digit;
// the sum is divisible by 11.
bool NorwegianCheck(const std::string& bban) {
  const int weights[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
  int sum = 0;
  for (int i = 0; i < 11; ++i) sum += Digit(bban[i]) * weights[i];
  return sum % 11 == 0;
}

// Finland: the 14-digit account passes Luhn.
bool FinnishCheck(const std::string& bban) { return TestLuhn(bban); }

// Portugal (NIB, 21 digits) and Slovenia (15 digits): ISO 7064 MOD 97-10,
// i.e. the whole number is 1 mod 97.
bool Mod97Is1(const std::string& bban) { return Mod(bban, 97) == 1; }

// Czech Republic and Slovakia: prefix (6) and account (10) each have
// Σ d · (2^k mod 11), k counted from the right, divisible by 11.
bool CzechBlock(std::string_view block) {
  int sum = 0;
  int weight = 1;
  for (size_t k = block.size(); k-- > 0;) {
    sum += Digit(block[k]) * weight;
    weight = weight * 2 % 11;
  }
  return sum % 11 == 0;
}

bool CzechSlovakCheck(const std::string& bban) {
  return CzechBlock(bban.substr(4, 6)) && CzechBlock(bban.substr(10, 10));
}

// Hungary: the first 8 digits and the last 16 each weighted 9, 7, 3, 1
// repeating sum to 0 mod 10.
bool HungarianBlock(std::string_view block) {
  const int weights[] = {9, 7, 3, 1};
  int sum = 0;
  for (size_t i = 0; i < block.size(); ++i) {
    sum += Digit(block[i]) * weights[i % 4];
  }
  return sum % 10 == 0;
}

bool HungarianCheck(const std::string& bban) {
  return HungarianBlock(std::string_view(bban).substr(0, 8)) &&
         HungarianBlock(std::string_view(bban).substr(8, 16));
}

// Estonia: the 12-digit domestic account (after bank and "00") ends with a
// check digit; 7, 3, 1 repeating from the right of the rest, plus the check
// digit, sum to 0 mod 10.
bool EstonianCheck(const std::string& bban) {
  const std::string account = bban.substr(4);
  const int weights[] = {7, 3, 1};
  int sum = Digit(account.back());
  for (size_t k = 0; k + 1 < account.size(); ++k) {
    sum += Digit(account[account.size() - 2 - k]) * weights[k % 3];
  }
  return sum % 10 == 0 && bban.substr(2, 2) == "00";
}

// Croatia: ISO 7064 MOD 11,10 over bank (7) and account (10); a block is
// valid when the running value after its last digit is 1 mod 10.
bool Iso7064Mod11_10(std::string_view block) {
  int p = 10;
  int s = 0;
  for (char c : block) {
    s = (p + Digit(c)) % 10;
    if (s == 0) s = 10;
    p = s * 2 % 11;
  }
  return s % 10 == 1;
}

bool CroatianCheck(const std::string& bban) {
  return Iso7064Mod11_10(std::string_view(bban).substr(0, 7)) &&
         Iso7064Mod11_10(std::string_view(bban).substr(7, 10));
}

// Netherlands: the 11-test, weights 10 down to 1.
bool DutchCheck(const std::string& bban) {
  int sum = 0;
  for (int i = 0; i < 10; ++i) sum += Digit(bban[4 + i]) * (10 - i);
  return sum % 11 == 0 && bban.substr(4) != "0000000000";
}

// United Kingdom and Ireland: a real bank code.
bool GbBankCheck(const std::string& bban) {
  static const std::set<std::string> kBanks = {
      "ABBY", "BARC", "BUKB", "HBUK", "LOYD", "MIDL", "MONZ",
      "NAIA", "NWBK", "RBOS", "SRLG", "TSBS"};
  return kBanks.count(bban.substr(0, 4)) == 1;
}

bool IeBankCheck(const std::string& bban) {
  static const std::set<std::string> kBanks = {"AIBK", "BOFI", "IPBS", "ULSB"};
  return kBanks.count(bban.substr(0, 4)) == 1;
}

// Brazil: account type C or P, holder 1 or 2.
bool BrazilianCheck(const std::string& bban) {
  return (bban[23] == 'C' || bban[23] == 'P') &&
         (bban[24] == '1' || bban[24] == '2');
}

// ---------------------------------------------------------------------------
// The test's own copy of the registry: IBAN length and BBAN layout, written
// as counts and classes ("4a6n8n": 4 letters, 6 digits, 8 digits; c is an
// upper-case alphanumeric), and the national check if any.
// ---------------------------------------------------------------------------

struct CountrySpec {
  int length;
  std::string layout;
  bool (*national)(const std::string& bban);
};

const std::map<std::string, CountrySpec>& Registry() {
  static const auto* const registry = new std::map<std::string, CountrySpec>{
      {"AT", {20, "5n11n", nullptr}},
      {"BE", {16, "3n7n2n", BelgianCheck}},
      {"BR", {29, "8n5n10n1a1c", BrazilianCheck}},
      {"CH", {21, "5n12c", nullptr}},
      {"CZ", {24, "4n6n10n", CzechSlovakCheck}},
      {"DE", {22, "8n10n", nullptr}},
      {"DK", {18, "4n9n1n", nullptr}},
      {"EE", {20, "2n2n11n1n", EstonianCheck}},
      {"ES", {24, "4n4n1n1n10n", SpanishCheck}},
      {"FI", {18, "3n11n", FinnishCheck}},
      {"FR", {27, "5n5n11c2n", RibKeyCheck}},
      {"GB", {22, "4a6n8n", GbBankCheck}},
      {"GR", {27, "3n4n16c", nullptr}},
      {"HR", {21, "7n10n", CroatianCheck}},
      {"HU", {28, "3n4n1n15n1n", HungarianCheck}},
      {"IE", {22, "4a6n8n", IeBankCheck}},
      {"IT", {27, "1a5n5n12c", CinCheck}},
      {"LI", {21, "5n12c", nullptr}},
      {"LU", {20, "3n13c", nullptr}},
      {"MC", {27, "5n5n11c2n", RibKeyCheck}},
      {"NL", {18, "4a10n", DutchCheck}},
      {"NO", {15, "4n6n1n", NorwegianCheck}},
      {"PL", {28, "8n16n", PolishCheck}},
      {"PT", {25, "4n4n11n2n", Mod97Is1}},
      {"SE", {24, "3n16n1n", nullptr}},
      {"SI", {19, "5n8n2n", Mod97Is1}},
      {"SK", {24, "4n6n10n", CzechSlovakCheck}},
      {"SM", {27, "1a5n5n12c", CinCheck}},
  };
  return *registry;
}

bool MatchesLayout(const std::string& bban, const std::string& layout) {
  size_t pos = 0;
  int count = 0;
  for (char c : layout) {
    if (IsDigitChar(c)) {
      count = count * 10 + Digit(c);
      continue;
    }
    for (int i = 0; i < count; ++i, ++pos) {
      if (pos >= bban.size()) return false;
      const char b = bban[pos];
      const bool ok = c == 'n'   ? IsDigitChar(b)
                      : c == 'a' ? IsUpperChar(b)
                                 : IsDigitChar(b) || IsUpperChar(b);
      if (!ok) return false;
    }
    count = 0;
  }
  return pos == bban.size();
}

// ISO 13616, written as the standard states it: move the first four
// characters to the end, replace letters by 10-35, the number mod 97 is 1.
bool TestIsoMod97(const std::string& iban) {
  const std::string moved = iban.substr(4) + iban.substr(0, 4);
  std::string digits;
  for (char c : moved) {
    digits += IsDigitChar(c) ? std::string(1, c) : std::to_string(c - 'A' + 10);
  }
  return Mod(digits, 97) == 1;
}

// ---------------------------------------------------------------------------
// IBAN
// ---------------------------------------------------------------------------

TEST(FinanceTest, ApiExamples) {
  // The example of the file comment of finance.h.
  const uint64_t test_seed = 7;
  gtest_data::Rng rng(gtest_data::DeriveSeed(test_seed, "payment"));
  std::string iban = gtest_data::fake::Iban(rng, "DE");
  std::string print = gtest_data::fake::FormatIbanPrint(iban);
  std::string bic = gtest_data::fake::Bic(rng, "DE");
  std::string card =
      gtest_data::fake::CardNumber(rng, gtest_data::fake::CardBrand::kVisa);
  gtest_data::fake::ExpiryDate expiry =
      gtest_data::fake::CardExpiry(rng, 2026, 3);
  int64_t cents = gtest_data::fake::Amount(rng, 100, 99999);
  std::string text = gtest_data::fake::FormatAmount(cents, "EUR");

  EXPECT_TRUE(ValidIban(iban)) << iban;
  EXPECT_THAT(print, SizeIs(27));
  EXPECT_TRUE(ValidBic(bic)) << bic;
  EXPECT_EQ(bic.substr(4, 2), "DE");
  EXPECT_TRUE(LuhnValid(card)) << card;
  EXPECT_GT(expiry.year * 12 + expiry.month, 2026 * 12 + 3);
  EXPECT_GE(cents, 100);
  EXPECT_LE(cents, 99999);
  EXPECT_EQ(text.size() - text.find('.'), 3u) << text;
}

TEST(IbanTest, SupportsTheRequiredCountries) {
  const std::vector<std::string> countries = IbanCountries();
  EXPECT_THAT(countries, IsSupersetOf({"AT", "BE", "BR", "CH", "DE", "DK",
                                       "ES", "FI", "FR", "GB", "IE", "IT",
                                       "NL", "NO", "PL", "PT", "SE", "LU",
                                       "CZ", "SK"}));
  EXPECT_GE(countries.size(), 18u);
  EXPECT_TRUE(std::is_sorted(countries.begin(), countries.end()));
  EXPECT_EQ(std::adjacent_find(countries.begin(), countries.end()),
            countries.end());
  // The test's registry covers exactly the supported countries.
  std::vector<std::string> registry_codes;
  for (const auto& entry : Registry()) registry_codes.push_back(entry.first);
  EXPECT_EQ(countries, registry_codes);
  for (const std::string& country : countries) {
    EXPECT_TRUE(IsIbanCountry(country)) << country;
  }
  EXPECT_FALSE(IsIbanCountry("de"));
  EXPECT_FALSE(IsIbanCountry("XX"));
  EXPECT_FALSE(IsIbanCountry("US"));
  EXPECT_FALSE(IsIbanCountry(""));
  EXPECT_FALSE(IsIbanCountry("DEU"));
}

TEST(IbanTest, EveryCountryIsValidByConstruction) {
  for (const auto& [country, spec] : Registry()) {
    SCOPED_TRACE(country);
    Rng rng(DeriveSeed(20260301, "iban", country));
    std::set<std::string> distinct;
    int failures = 0;
    for (int i = 0; i < kSamples && failures < 5; ++i) {
      const std::string iban = Iban(rng, country);
      const std::string bban = iban.size() > 4 ? iban.substr(4) : "";
      const bool ok = static_cast<int>(iban.size()) == spec.length &&
                      iban.substr(0, 2) == country &&
                      IsDigitChar(iban[2]) && IsDigitChar(iban[3]) &&
                      MatchesLayout(bban, spec.layout) &&
                      TestIsoMod97(iban) &&
                      (spec.national == nullptr || spec.national(bban)) &&
                      ValidIban(iban);
      if (!ok) {
        ++failures;
        ADD_FAILURE() << "invalid IBAN " << iban << " (length " << iban.size()
                      << ", layout " << MatchesLayout(bban, spec.layout)
                      << ", mod 97 " << TestIsoMod97(iban) << ", national "
                      << (spec.national == nullptr || spec.national(bban))
                      << ", ValidIban " << ValidIban(iban) << ")";
      }
      distinct.insert(iban);
    }
    // Random accounts: collisions among 10,000 are vanishingly rare.
    EXPECT_GT(distinct.size(), static_cast<size_t>(kSamples * 99 / 100));
  }
}

TEST(IbanTest, NationalFieldsVary) {
  // The random parts really vary: letters turn up in French and Italian
  // accounts, and every listed bank code is used.
  Rng rng(11);
  int french_letters = 0;
  int italian_cc = 0;
  std::set<std::string> dutch_banks;
  std::set<char> cins;
  for (int i = 0; i < kSamples; ++i) {
    const std::string fr = Iban(rng, "FR");
    if (!std::all_of(fr.begin() + 14, fr.begin() + 25, IsDigitChar)) {
      ++french_letters;
    }
    const std::string it = Iban(rng, "IT");
    cins.insert(it[4]);
    if (it.substr(15, 2) == "CC") ++italian_cc;
    dutch_banks.insert(Iban(rng, "NL").substr(4, 4));
  }
  EXPECT_GT(french_letters, kSamples / 20);
  EXPECT_GT(italian_cc, kSamples / 20);
  EXPECT_EQ(cins.size(), 26u);
  EXPECT_THAT(dutch_banks, IsSupersetOf({"ABNA", "INGB", "RABO"}));
}

// Examples published in the SWIFT IBAN registry and by national banks.
const std::vector<std::string>& PublishedIbans() {
  static const auto* const ibans = new std::vector<std::string>{
      "AT611904300234573201",
      "BE68539007547034",
      "BR1800360305000010009795493C1",
      "BR9700360305000010009795493P1",
      "CH9300762011623852957",
      "CZ6508000000192000145399",
      "CZ9455000000001011038930",
      "DE89370400440532013000",
      "DK5000400440116243",
      "EE382200221020145685",
      "ES9121000418450200051332",
      "FI2112345600000785",
      "FR1420041010050500013M02606",
      "GB29NWBK60161331926819",
      "GB82WEST12345698765432",
      "GR1601101250000000012300695",
      "HR1210010051863000160",
      "HU42117730161111101800000000",
      "IE29AIBK93115212345678",
      "IT60X0542811101000000123456",
      "LI21088100002324013AA",
      "LU280019400644750000",
      "MC5811222000010123456789030",
      "NL91ABNA0417164300",
      "NO9386011117947",
      "PL61109010140000071219812874",
      "PT50000201231234567890154",
      "SE4550000000058398257466",
      "SI56263300012039086",
      "SI56191000000123438",
      "SK3112000000198742637541",
      "SM86U0322509800000000270100",
  };
  return *ibans;
}

TEST(IbanTest, PublishedExamplesValidate) {
  for (const std::string& iban : PublishedIbans()) {
    SCOPED_TRACE(iban);
    EXPECT_TRUE(ValidIban(iban));
    EXPECT_TRUE(ValidIban(FormatIbanPrint(iban)));
    EXPECT_TRUE(TestIsoMod97(iban));
    const CountrySpec& spec = Registry().at(iban.substr(0, 2));
    EXPECT_EQ(static_cast<int>(iban.size()), spec.length);
    EXPECT_TRUE(MatchesLayout(iban.substr(4), spec.layout));
  }
}

TEST(IbanTest, PublishedExamplesPassTheNationalChecks) {
  // Validates the test helpers against data from outside this project. The
  // GB example "WEST" is a made-up bank, so the bank-code check is skipped.
  for (const std::string& iban : PublishedIbans()) {
    SCOPED_TRACE(iban);
    const std::string country = iban.substr(0, 2);
    const CountrySpec& spec = Registry().at(country);
    if (spec.national == nullptr || country == "GB") continue;
    EXPECT_TRUE(spec.national(iban.substr(4)));
  }
  EXPECT_TRUE(GbBankCheck("NWBK60161331926819"));
}

TEST(IbanTest, NationalHelpersRejectAWrongCheckDigit) {
  // The position (in the BBAN) of a national check character. Changing it
  // must fail the helper, or the helper's approval proves nothing.
  const std::map<std::string, size_t> check_position = {
      {"BE", 11}, {"CZ", 19}, {"EE", 15}, {"ES", 8},  {"FI", 13},
      {"FR", 22}, {"HR", 16}, {"HU", 7},  {"IT", 0},  {"MC", 22},
      {"NL", 13}, {"NO", 10}, {"PL", 7},  {"PT", 20}, {"SI", 14},
      {"SK", 19}, {"SM", 0}};
  for (const auto& [country, position] : check_position) {
    SCOPED_TRACE(country);
    const CountrySpec& spec = Registry().at(country);
    ASSERT_NE(spec.national, nullptr);
    Rng rng(DeriveSeed(8, country));
    for (int i = 0; i < 100; ++i) {
      std::string bban = Iban(rng, country).substr(4);
      ASSERT_TRUE(spec.national(bban)) << bban;
      for (int step = 1; step < (IsDigitChar(bban[position]) ? 10 : 26);
           ++step) {
        std::string wrong = bban;
        wrong[position] =
            IsDigitChar(bban[position])
                ? static_cast<char>('0' + (Digit(bban[position]) + step) % 10)
                : static_cast<char>('A' + (bban[position] - 'A' + step) % 26);
        ASSERT_FALSE(spec.national(wrong)) << wrong;
      }
    }
  }
}

TEST(IbanTest, CorruptedIbansFail) {
  for (const std::string& iban : PublishedIbans()) {
    SCOPED_TRACE(iban);
    // Every single-character substitution (mod 97 catches them all).
    for (size_t i = 2; i < iban.size(); ++i) {
      std::string corrupted = iban;
      if (IsDigitChar(iban[i])) {
        corrupted[i] = static_cast<char>('0' + (Digit(iban[i]) + 3) % 10);
      } else {
        corrupted[i] = static_cast<char>('A' + (iban[i] - 'A' + 5) % 26);
      }
      EXPECT_FALSE(ValidIban(corrupted)) << corrupted;
    }
    // Adjacent transpositions of different characters.
    for (size_t i = 4; i + 1 < iban.size(); ++i) {
      if (iban[i] == iban[i + 1]) continue;
      std::string swapped = iban;
      std::swap(swapped[i], swapped[i + 1]);
      if (MatchesLayout(swapped.substr(4),
                        Registry().at(iban.substr(0, 2)).layout)) {
        EXPECT_FALSE(ValidIban(swapped)) << swapped;
      }
    }
    EXPECT_FALSE(ValidIban(iban.substr(0, iban.size() - 1)));
    EXPECT_FALSE(ValidIban(iban + "0"));
  }
  EXPECT_FALSE(ValidIban("gb29nwbk60161331926819"));
  EXPECT_FALSE(ValidIban("GB29NWBK6016133192681X"));  // letter in a digit field
  EXPECT_FALSE(ValidIban("XX29NWBK60161331926819"));
  EXPECT_FALSE(ValidIban("MT84MALT011000012345MTLCAST001S"));  // not supported
  EXPECT_FALSE(ValidIban(""));
  EXPECT_FALSE(ValidIban("GB"));
  EXPECT_FALSE(ValidIban("GB29"));
}

TEST(IbanTest, CheckDigitsOutside02To98Fail) {
  // 00, 01 and 99 satisfy mod 97 when 97, 98 or 02 do, yet are invalid.
  Rng rng(97);
  std::map<std::string, std::string> replacement = {
      {"97", "00"}, {"98", "01"}, {"02", "99"}};
  std::set<std::string> tried;
  for (int i = 0; i < 100000 && tried.size() < 3; ++i) {
    const std::string iban = Iban(rng, "DE");
    const auto it = replacement.find(iban.substr(2, 2));
    if (it == replacement.end() || tried.count(it->first) > 0) continue;
    tried.insert(it->first);
    const std::string twin = iban.substr(0, 2) + it->second + iban.substr(4);
    EXPECT_TRUE(TestIsoMod97(twin)) << twin;
    EXPECT_FALSE(ValidIban(twin)) << twin;
  }
  EXPECT_EQ(tried.size(), 3u);
}

TEST(IbanTest, PrintFormGroupsOfFour) {
  EXPECT_EQ(FormatIbanPrint("DE89370400440532013000"),
            "DE89 3704 0044 0532 0130 00");
  EXPECT_EQ(FormatIbanPrint("GB82WEST12345698765432"),
            "GB82 WEST 1234 5698 7654 32");
  EXPECT_EQ(FormatIbanPrint("FR1420041010050500013M02606"),
            "FR14 2004 1010 0505 0001 3M02 606");
  EXPECT_EQ(FormatIbanPrint("BE68539007547034"), "BE68 5390 0754 7034");
  EXPECT_EQ(FormatIbanPrint(""), "");
  EXPECT_EQ(FormatIbanPrint("NO93"), "NO93");
}

TEST(IbanTest, SameSeedSameValues) {
  for (const std::string& country : IbanCountries()) {
    Rng a(5), b(5);
    for (int i = 0; i < 20; ++i) EXPECT_EQ(Iban(a, country), Iban(b, country));
  }
}

TEST(IbanTest, DifferentSeedsDifferentValues) {
  for (const std::string& country : IbanCountries()) {
    Rng a(5), b(6);
    std::vector<std::string> from_a, from_b;
    for (int i = 0; i < 10; ++i) {
      from_a.push_back(Iban(a, country));
      from_b.push_back(Iban(b, country));
    }
    EXPECT_NE(from_a, from_b) << country;
  }
}

TEST(IbanDeathTest, UnsupportedCountryAborts) {
  Rng rng(1);
  EXPECT_DEATH_IF_SUPPORTED(
      Iban(rng, "XX"),
      "Iban: unsupported country \"XX\"; supported: AT, BE, BR, CH");
  EXPECT_DEATH_IF_SUPPORTED(Iban(rng, "de"), "unsupported country \"de\"");
  EXPECT_DEATH_IF_SUPPORTED(Iban(rng, "US"), "unsupported country \"US\"");
}

// ---------------------------------------------------------------------------
// BIC
// ---------------------------------------------------------------------------

TEST(BicTest, Countries) {
  const std::vector<std::string> countries = BicCountries();
  EXPECT_TRUE(std::is_sorted(countries.begin(), countries.end()));
  EXPECT_EQ(std::adjacent_find(countries.begin(), countries.end()),
            countries.end());
  EXPECT_THAT(countries, IsSupersetOf(IbanCountries()));
  EXPECT_THAT(countries, IsSupersetOf({"US", "JP", "CA", "AU", "CN"}));
  for (const std::string& country : countries) {
    EXPECT_TRUE(IsBicCountry(country)) << country;
  }
  EXPECT_FALSE(IsBicCountry("XX"));
  EXPECT_FALSE(IsBicCountry("us"));
}

TEST(BicTest, ValidForEveryCountry) {
  for (const std::string& country : BicCountries()) {
    SCOPED_TRACE(country);
    Rng rng(DeriveSeed(3, "bic", country));
    int eleven = 0;
    for (int i = 0; i < kSamples; ++i) {
      const std::string bic = Bic(rng, country);
      ASSERT_TRUE(ValidBic(bic)) << bic;
      ASSERT_EQ(bic.substr(4, 2), country) << bic;
      ASSERT_TRUE(std::all_of(bic.begin(), bic.begin() + 4, IsUpperChar));
      // Location: not starting with 0 or 1; second character not 0 (test)
      // or 1 (passive participant).
      ASSERT_THAT(bic[6], ::testing::Not(AnyOf(Eq('0'), Eq('1')))) << bic;
      ASSERT_THAT(bic[7], ::testing::Not(AnyOf(Eq('0'), Eq('1')))) << bic;
      if (bic.size() == 11) {
        ++eleven;
        ASSERT_NE(bic[8], 'X') << bic;
      }
    }
    // One in four has a branch: 2500 expected, sd about 43.
    EXPECT_GT(eleven, 2200);
    EXPECT_LT(eleven, 2800);
  }
}

TEST(BicTest, RealBankCodes) {
  Rng rng(4);
  std::set<std::string> banks;
  for (int i = 0; i < 1000; ++i) banks.insert(Bic(rng, "DE").substr(0, 4));
  EXPECT_THAT(banks, Contains("DEUT"));
  EXPECT_THAT(banks, Contains("COBA"));
}

TEST(BicTest, ValidBicShape) {
  EXPECT_TRUE(ValidBic("DEUTDEFF"));
  EXPECT_TRUE(ValidBic("DEUTDEFF500"));
  EXPECT_TRUE(ValidBic("NWBKGB2L"));
  EXPECT_TRUE(ValidBic("BNPAFRPPXXX"));
  EXPECT_FALSE(ValidBic("DEUTDEF"));
  EXPECT_FALSE(ValidBic("DEUTDEFF5"));
  EXPECT_FALSE(ValidBic("deutdeff"));
  EXPECT_FALSE(ValidBic("DEU1DEFF"));
  EXPECT_FALSE(ValidBic("DEUTD3FF"));
  EXPECT_FALSE(ValidBic("DEUTDEFF-00"));
  EXPECT_FALSE(ValidBic(""));
}

TEST(BicTest, Deterministic) {
  Rng a(9), b(9), c(10);
  std::vector<std::string> from_a, from_b, from_c;
  for (int i = 0; i < 10; ++i) {
    from_a.push_back(Bic(a, "FR"));
    from_b.push_back(Bic(b, "FR"));
    from_c.push_back(Bic(c, "FR"));
  }
  EXPECT_EQ(from_a, from_b);
  EXPECT_NE(from_a, from_c);
}

TEST(BicDeathTest, UnsupportedCountryAborts) {
  Rng rng(1);
  EXPECT_DEATH_IF_SUPPORTED(
      Bic(rng, "XX"), "Bic: unsupported country \"XX\"; supported: AT, AU");
}

// ---------------------------------------------------------------------------
// Cards
// ---------------------------------------------------------------------------

// The test's own IIN table: prefixes as [low, high] strings of equal length.
struct TestRange {
  std::string low;
  std::string high;
};

struct TestBrand {
  std::vector<TestRange> ranges;
  std::vector<int> lengths;
};

const std::map<CardBrand, TestBrand>& CardSpecs() {
  static const auto* const specs = new std::map<CardBrand, TestBrand>{
      {CardBrand::kVisa, {{{"4", "4"}}, {13, 16, 19}}},
      {CardBrand::kMastercard, {{{"51", "55"}, {"2221", "2720"}}, {16}}},
      {CardBrand::kAmex, {{{"34", "34"}, {"37", "37"}}, {15}}},
      {CardBrand::kDiscover,
       {{{"6011", "6011"}, {"644", "649"}, {"65", "65"}, {"622126", "622925"}},
        {16, 17, 18, 19}}},
      {CardBrand::kJcb, {{{"3528", "3589"}}, {16, 17, 18, 19}}},
      {CardBrand::kDinersClub,
       {{{"300", "305"}, {"3095", "3095"}, {"36", "36"}, {"38", "39"}}, {14}}},
      {CardBrand::kUnionPay, {{{"62", "62"}}, {16, 17, 18, 19}}},
      {CardBrand::kMaestro,
       {{{"5018", "5018"}, {"5020", "5020"}, {"5038", "5038"},
         {"5893", "5893"}, {"6304", "6304"}, {"6759", "6759"},
         {"6761", "6763"}},
        {12, 13, 14, 15, 16, 17, 18, 19}}},
  };
  return *specs;
}

bool InIinRanges(const std::string& number, const TestBrand& spec) {
  for (const TestRange& range : spec.ranges) {
    const std::string prefix = number.substr(0, range.low.size());
    // Equal-length digit strings compare like the numbers they spell.
    if (prefix >= range.low && prefix <= range.high) return true;
  }
  return false;
}

TEST(CardTest, BrandsAndNames) {
  EXPECT_THAT(CardBrands(),
              ElementsAre(CardBrand::kVisa, CardBrand::kMastercard,
                          CardBrand::kAmex, CardBrand::kDiscover,
                          CardBrand::kJcb, CardBrand::kDinersClub,
                          CardBrand::kUnionPay, CardBrand::kMaestro));
  EXPECT_EQ(CardBrandName(CardBrand::kVisa), "Visa");
  EXPECT_EQ(CardBrandName(CardBrand::kAmex), "American Express");
  EXPECT_EQ(CardBrandName(CardBrand::kJcb), "JCB");
  for (CardBrand brand : CardBrands()) {
    EXPECT_EQ(CardLengths(brand), CardSpecs().at(brand).lengths)
        << CardBrandName(brand);
  }
}

TEST(CardTest, EveryBrandValidByConstruction) {
  for (CardBrand brand : CardBrands()) {
    SCOPED_TRACE(std::string(CardBrandName(brand)));
    const TestBrand& spec = CardSpecs().at(brand);
    Rng rng(DeriveSeed(77, "card", CardBrandName(brand)));
    std::set<int> lengths;
    std::set<std::string> distinct;
    for (int i = 0; i < kSamples; ++i) {
      const std::string number = CardNumber(rng, brand);
      ASSERT_TRUE(std::all_of(number.begin(), number.end(), IsDigitChar))
          << number;
      ASSERT_TRUE(TestLuhn(number)) << number;
      ASSERT_TRUE(LuhnValid(number)) << number;
      ASSERT_TRUE(InIinRanges(number, spec)) << number;
      ASSERT_THAT(spec.lengths, Contains(static_cast<int>(number.size())))
          << number;
      lengths.insert(static_cast<int>(number.size()));
      distinct.insert(number);
    }
    EXPECT_GT(distinct.size(), static_cast<size_t>(kSamples * 99 / 100));
    EXPECT_THAT(lengths, Contains(brand == CardBrand::kAmex         ? 15
                                  : brand == CardBrand::kDinersClub ? 14
                                                                    : 16));
  }
}

TEST(CardTest, EveryRangeIsUsed) {
  // Uniform over the number space: the small ranges get their share too
  // (Mastercard 51-55 and 2221-2720 half each; Discover 6011 about 0.6%).
  for (CardBrand brand : CardBrands()) {
    SCOPED_TRACE(std::string(CardBrandName(brand)));
    const TestBrand& spec = CardSpecs().at(brand);
    Rng rng(DeriveSeed(78, "card", CardBrandName(brand)));
    std::vector<int> hits(spec.ranges.size());
    for (int i = 0; i < kSamples; ++i) {
      const std::string number = CardNumber(rng, brand);
      for (size_t r = 0; r < spec.ranges.size(); ++r) {
        const std::string prefix =
            number.substr(0, spec.ranges[r].low.size());
        if (prefix >= spec.ranges[r].low && prefix <= spec.ranges[r].high) {
          ++hits[r];
        }
      }
    }
    for (size_t r = 0; r < hits.size(); ++r) {
      EXPECT_GT(hits[r], 0) << spec.ranges[r].low;
    }
  }
}

TEST(CardTest, EveryAcceptedLengthCanBeRequested) {
  Rng rng(12);
  for (CardBrand brand : CardBrands()) {
    for (int length : CardLengths(brand)) {
      for (int i = 0; i < 200; ++i) {
        const std::string number = CardNumber(rng, brand, length);
        ASSERT_EQ(static_cast<int>(number.size()), length) << number;
        ASSERT_TRUE(TestLuhn(number)) << number;
        ASSERT_TRUE(InIinRanges(number, CardSpecs().at(brand))) << number;
      }
    }
  }
}

TEST(CardTest, PublishedTestNumbersPassLuhn) {
  // Test numbers published by payment gateways (Stripe, PayPal, Adyen).
  for (const char* number :
       {"4111111111111111", "4012888888881881", "4222222222222",
        "5555555555554444", "5105105105105100", "2223003122003222",
        "378282246310005", "371449635398431", "378734493671000",
        "6011111111111117", "6011000990139424", "3530111333300000",
        "3566002020360505", "30569309025904", "38520000023237",
        "36227206271667", "6200000000000005", "6759649826438453"}) {
    EXPECT_TRUE(LuhnValid(number)) << number;
    EXPECT_TRUE(TestLuhn(number)) << number;
  }
  // The Wikipedia example: 7992739871 + check digit 3.
  EXPECT_EQ(LuhnCheckDigit("7992739871"), '3');
  EXPECT_TRUE(LuhnValid("79927398713"));
  EXPECT_EQ(LuhnCheckDigit(""), '0');
  EXPECT_TRUE(LuhnValid("0"));
}

TEST(CardTest, LuhnRejects) {
  EXPECT_FALSE(LuhnValid("4111111111111112"));
  EXPECT_FALSE(LuhnValid("4111111111111121"));  // wrong digit and transposed
  EXPECT_FALSE(LuhnValid("79927398710"));
  EXPECT_FALSE(LuhnValid(""));
  EXPECT_FALSE(LuhnValid("4111 1111 1111 1111"));
  EXPECT_FALSE(LuhnValid("411111111111111a"));
  // Every single-digit change of a valid number fails.
  const std::string valid = "4111111111111111";
  for (size_t i = 0; i < valid.size(); ++i) {
    for (char d = '0'; d <= '9'; ++d) {
      if (d == valid[i]) continue;
      std::string changed = valid;
      changed[i] = d;
      EXPECT_FALSE(LuhnValid(changed)) << changed;
    }
  }
}

TEST(CardTest, Cvv) {
  Rng rng(13);
  for (CardBrand brand : CardBrands()) {
    const size_t expected = brand == CardBrand::kAmex ? 4 : 3;
    std::set<std::string> distinct;
    for (int i = 0; i < 2000; ++i) {
      const std::string cvv = Cvv(rng, brand);
      ASSERT_EQ(cvv.size(), expected) << cvv;
      ASSERT_TRUE(std::all_of(cvv.begin(), cvv.end(), IsDigitChar)) << cvv;
      distinct.insert(cvv);
    }
    EXPECT_GT(distinct.size(), 500u);
  }
}

TEST(CardTest, ExpiryWithinFiveYearsAfterReference) {
  Rng rng(14);
  std::set<int> seen;
  const int reference = 2026 * 12 + (3 - 1);
  for (int i = 0; i < kSamples; ++i) {
    const ExpiryDate expiry = CardExpiry(rng, 2026, 3);
    ASSERT_GE(expiry.month, 1);
    ASSERT_LE(expiry.month, 12);
    const int index = expiry.year * 12 + expiry.month - 1;
    ASSERT_GE(index, reference + 1);
    ASSERT_LE(index, reference + 60);
    seen.insert(index);
  }
  EXPECT_EQ(seen.size(), 60u);  // both ends reached: April 2026, March 2031
}

TEST(CardTest, ExpiryRollsOverTheYear) {
  Rng rng(15);
  EXPECT_EQ(CardExpiry(rng, 2026, 12, 1, 1), (ExpiryDate{2027, 1}));
  EXPECT_EQ(CardExpiry(rng, 2026, 1, -1, -1), (ExpiryDate{2025, 12}));
  EXPECT_EQ(CardExpiry(rng, 2026, 6, 0, 0), (ExpiryDate{2026, 6}));
  EXPECT_EQ(CardExpiry(rng, 2026, 6, 18, 18), (ExpiryDate{2027, 12}));
  for (int i = 0; i < 1000; ++i) {
    const ExpiryDate expired = CardExpiry(rng, 2026, 3, -24, -1);
    const int index = expired.year * 12 + expired.month - 1;
    ASSERT_GE(index, 2024 * 12 + 2);
    ASSERT_LE(index, 2026 * 12 + 1);
  }
}

TEST(CardTest, FormatExpiry) {
  EXPECT_EQ(FormatExpiry({2029, 3}), "03/29");
  EXPECT_EQ(FormatExpiry({2030, 12}), "12/30");
  EXPECT_EQ(FormatExpiry({2100, 1}), "01/00");
  EXPECT_EQ(FormatExpiry({2005, 7}), "07/05");
}

TEST(CardTest, SameSeedSameValuesDifferentSeedsDifferentValues) {
  for (CardBrand brand : CardBrands()) {
    Rng a(21), b(21), c(22);
    std::vector<std::string> from_a, from_b, from_c;
    for (int i = 0; i < 10; ++i) {
      // One draw per statement: the operands of + are unsequenced.
      for (Rng* rng : {&a, &b, &c}) {
        std::vector<std::string>& out =
            rng == &a ? from_a : rng == &b ? from_b : from_c;
        out.push_back(CardNumber(*rng, brand));
        out.push_back(Cvv(*rng, brand));
      }
    }
    EXPECT_EQ(from_a, from_b);
    EXPECT_NE(from_a, from_c);
  }
  Rng a(23), b(23);
  for (int i = 0; i < 10; ++i) {
    EXPECT_EQ(CardExpiry(a, 2026, 3), CardExpiry(b, 2026, 3));
  }
}

TEST(CardDeathTest, BadArgumentsAbort) {
  Rng rng(1);
  EXPECT_DEATH_IF_SUPPORTED(CardNumber(rng, CardBrand::kAmex, 16),
                            "CardNumber: 16 digits is not a American Express "
                            "length; supported: 15");
  EXPECT_DEATH_IF_SUPPORTED(CardExpiry(rng, 2026, 13),
                            "CardExpiry: reference 2026-13");
  EXPECT_DEATH_IF_SUPPORTED(CardExpiry(rng, 2026, 3, 5, 4),
                            "min_months_ahead 5 is above max_months_ahead 4");
  EXPECT_DEATH_IF_SUPPORTED(FormatExpiry({2026, 0}), "FormatExpiry: 2026-0");
  EXPECT_DEATH_IF_SUPPORTED(LuhnCheckDigit("12a"),
                            "LuhnCheckDigit: \"12a\" is not all ASCII digits");
}

// ---------------------------------------------------------------------------
// Currencies and amounts
// ---------------------------------------------------------------------------

TEST(CurrencyTest, Table) {
  const std::vector<Currency>& table = Currencies();
  EXPECT_GE(table.size(), 40u);
  std::set<int> numerics;
  for (size_t i = 0; i < table.size(); ++i) {
    const Currency& c = table[i];
    SCOPED_TRACE(std::string(c.code));
    EXPECT_EQ(c.code.size(), 3u);
    EXPECT_TRUE(std::all_of(c.code.begin(), c.code.end(), IsUpperChar));
    EXPECT_GE(c.numeric, 1);
    EXPECT_LE(c.numeric, 999);
    EXPECT_THAT(c.minor_units, AnyOf(0, 2, 3));
    EXPECT_FALSE(c.name.empty());
    if (i > 0) {
      EXPECT_LT(table[i - 1].code, c.code);
    }
    EXPECT_TRUE(numerics.insert(c.numeric).second) << "duplicate numeric";
    EXPECT_EQ(FindCurrency(c.code), &c);
  }
}

TEST(CurrencyTest, KnownEntries) {
  struct Expected {
    const char* code;
    int numeric;
    int minor_units;
    const char* name;
  };
  for (const Expected& e : {Expected{"EUR", 978, 2, "Euro"},
                            Expected{"USD", 840, 2, "US Dollar"},
                            Expected{"GBP", 826, 2, "Pound Sterling"},
                            Expected{"JPY", 392, 0, "Yen"},
                            Expected{"KWD", 414, 3, "Kuwaiti Dinar"},
                            Expected{"BHD", 48, 3, "Bahraini Dinar"},
                            Expected{"CHF", 756, 2, "Swiss Franc"},
                            Expected{"AUD", 36, 2, "Australian Dollar"},
                            Expected{"ISK", 352, 0, "Iceland Krona"},
                            Expected{"KRW", 410, 0, "Won"}}) {
    const Currency* c = FindCurrency(e.code);
    ASSERT_NE(c, nullptr) << e.code;
    EXPECT_EQ(c->numeric, e.numeric) << e.code;
    EXPECT_EQ(c->minor_units, e.minor_units) << e.code;
    EXPECT_EQ(c->name, e.name) << e.code;
  }
  EXPECT_EQ(FindCurrency("eur"), nullptr);
  EXPECT_EQ(FindCurrency("XXX"), nullptr);
  EXPECT_EQ(FindCurrency(""), nullptr);
}

TEST(CurrencyTest, CurrencyCodeDrawsFromTheTable) {
  Rng rng(31);
  std::set<std::string> seen;
  for (int i = 0; i < kSamples; ++i) {
    const std::string code = CurrencyCode(rng);
    ASSERT_NE(FindCurrency(code), nullptr) << code;
    seen.insert(code);
  }
  EXPECT_EQ(seen.size(), Currencies().size());
  Rng a(32), b(32), c(33);
  std::vector<std::string> from_a, from_b, from_c;
  for (int i = 0; i < 10; ++i) {
    from_a.push_back(CurrencyCode(a));
    from_b.push_back(CurrencyCode(b));
    from_c.push_back(CurrencyCode(c));
  }
  EXPECT_EQ(from_a, from_b);
  EXPECT_NE(from_a, from_c);
}

TEST(AmountTest, StaysInRange) {
  Rng rng(41);
  bool saw_low = false, saw_high = false;
  for (int i = 0; i < kSamples; ++i) {
    const int64_t amount = Amount(rng, -50, 50);
    ASSERT_GE(amount, -50);
    ASSERT_LE(amount, 50);
    saw_low = saw_low || amount == -50;
    saw_high = saw_high || amount == 50;
  }
  EXPECT_TRUE(saw_low);
  EXPECT_TRUE(saw_high);
  EXPECT_EQ(Amount(rng, 5, 5), 5);
  Amount(rng, std::numeric_limits<int64_t>::min(),
         std::numeric_limits<int64_t>::max());
}

TEST(AmountTest, FormatAmount) {
  const Currency& eur = *FindCurrency("EUR");
  const Currency& jpy = *FindCurrency("JPY");
  const Currency& kwd = *FindCurrency("KWD");
  EXPECT_EQ(FormatAmount(123456, eur), "1234.56");
  EXPECT_EQ(FormatAmount(0, eur), "0.00");
  EXPECT_EQ(FormatAmount(5, eur), "0.05");
  EXPECT_EQ(FormatAmount(100, eur), "1.00");
  EXPECT_EQ(FormatAmount(-5, eur), "-0.05");
  EXPECT_EQ(FormatAmount(-123456, eur), "-1234.56");
  EXPECT_EQ(FormatAmount(0, jpy), "0");
  EXPECT_EQ(FormatAmount(1500, jpy), "1500");
  EXPECT_EQ(FormatAmount(-1500, jpy), "-1500");
  EXPECT_EQ(FormatAmount(1, kwd), "0.001");
  EXPECT_EQ(FormatAmount(1234567, kwd), "1234.567");
  EXPECT_EQ(FormatAmount(-1000, kwd), "-1.000");
  EXPECT_EQ(FormatAmount(std::numeric_limits<int64_t>::max(), eur),
            "92233720368547758.07");
  EXPECT_EQ(FormatAmount(std::numeric_limits<int64_t>::min(), eur),
            "-92233720368547758.08");
  EXPECT_EQ(FormatAmount(std::numeric_limits<int64_t>::min(), jpy),
            "-9223372036854775808");
  EXPECT_EQ(FormatAmount(250, "USD"), "2.50");
  EXPECT_EQ(FormatAmount(250, "BHD"), "0.250");
  // A currency from outside the table, with 4 minor units (like CLF).
  const Currency unidad{"CLF", 990, 4, "Unidad de Fomento"};
  EXPECT_EQ(FormatAmount(12345, unidad), "1.2345");
}

TEST(AmountDeathTest, BadArgumentsAbort) {
  Rng rng(1);
  EXPECT_DEATH_IF_SUPPORTED(FormatAmount(1, "ABC"),
                            "FormatAmount: unsupported currency \"ABC\"; "
                            "supported: AED, ARS");
  EXPECT_DEATH_IF_SUPPORTED(Amount(rng, 5, 4),
                            "Amount: min_minor 5 is above max_minor 4");
}

// ---------------------------------------------------------------------------
// Pinned values: the first outputs for fixed seeds. They change only with a
// new data version (gtest_data/version.h); update them together.
// ---------------------------------------------------------------------------

// The same values come out of g++/libstdc++ and clang++/libc++; a difference
// between them means some draw depends on an unspecified evaluation order.
TEST(FinanceTest, PinnedValues) {
  Rng rng(42);
  EXPECT_EQ(Iban(rng, "DE"), "DE67100700003699778756");
  EXPECT_EQ(Iban(rng, "FR"), "FR7613335837868770146343723");
  EXPECT_EQ(Iban(rng, "GB"), "GB78NWBK56468987704957");
  EXPECT_EQ(Bic(rng, "NL"), "KNABNL36TT4");
  EXPECT_EQ(CardNumber(rng, CardBrand::kVisa), "4160357569927017");
  EXPECT_EQ(CardNumber(rng, CardBrand::kMastercard), "2445174756320091");
  EXPECT_EQ(Cvv(rng, CardBrand::kAmex), "3465");
  EXPECT_EQ(CardExpiry(rng, 2026, 3), (ExpiryDate{2027, 12}));
  EXPECT_EQ(CurrencyCode(rng), "NZD");
  EXPECT_EQ(Amount(rng, 0, 1000000), 540654);
}

}  // namespace
}  // namespace fake
}  // namespace gtest_data
