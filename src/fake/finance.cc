// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/finance.h"

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "gtest_data/internal/check.h"
#include "gtest_data/random/distributions.h"
#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace fake {
namespace {

// ---------------------------------------------------------------------------
// Locale-free character helpers and small drawing helpers.
// ---------------------------------------------------------------------------

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsUpperAlnum(char c) { return IsDigit(c) || IsUpper(c); }
int DigitValue(char c) { return c - '0'; }

bool AllDigitsZero(std::string_view text) {
  for (char c : text) {
    if (c != '0') return false;
  }
  return true;
}

bool AllDigits(std::string_view text) {
  for (char c : text) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

char RandomDigit(Rng& rng) {
  return static_cast<char>('0' + UniformBelow(rng, 10));
}

char RandomUpper(Rng& rng) {
  return static_cast<char>('A' + UniformBelow(rng, 26));
}

void AppendDigits(Rng& rng, int count, std::string* out) {
  for (int i = 0; i < count; ++i) out->push_back(RandomDigit(rng));
}

std::string Digits(Rng& rng, int count) {
  std::string out;
  AppendDigits(rng, count, &out);
  return out;
}

template <typename T, size_t N>
const T& Pick(Rng& rng, const std::array<T, N>& table) {
  return table[UniformBelow(rng, N)];
}

// Returns a code drawn from `banks` followed by `count` random digits.
//
// Every draw below sits in its own statement (or in a helper like this one)
// on purpose: the operands of + and the arguments of a call are evaluated in
// an unspecified order, and GCC and Clang pick different ones, so
// `Pick(rng, t) + Digits(rng, n)` would give different values per compiler.
template <size_t N>
std::string PickThenDigits(Rng& rng,
                           const std::array<std::string_view, N>& banks,
                           int count) {
  std::string out(Pick(rng, banks));
  AppendDigits(rng, count, &out);
  return out;
}

// Writes `value` with exactly `width` digits, zero-padded on the left.
std::string ZeroPadded(uint64_t value, int width) {
  std::string out(static_cast<size_t>(width), '0');
  for (int i = width - 1; i >= 0 && value > 0; --i) {
    out[static_cast<size_t>(i)] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  return out;
}

// Decimal text of `value`. std::to_chars, unlike streams, ignores the locale.
template <typename Integer>
std::string IntToString(Integer value) {
  char buffer[24];
  const std::to_chars_result result =
      std::to_chars(buffer, buffer + sizeof(buffer), value);
  return std::string(buffer, result.ptr);
}

// Σ digit[i] * weights[i] over the first weights.size() digits of `digits`.
template <size_t N>
int WeightedSum(std::string_view digits, const std::array<int, N>& weights) {
  int sum = 0;
  for (size_t i = 0; i < N; ++i) sum += DigitValue(digits[i]) * weights[i];
  return sum;
}

// `digits` as a number modulo `modulus`, digit by digit so that any length
// works.
int DigitsMod(std::string_view digits, int modulus) {
  int remainder = 0;
  for (char c : digits) remainder = (remainder * 10 + DigitValue(c)) % modulus;
  return remainder;
}

// ISO 7064 MOD 97-10 check digits as Portugal (NIB) and Slovenia use them:
// the two digits that make payload||check ≡ 1 (mod 97).
std::string Mod97_10CheckDigits(std::string_view payload) {
  const int remainder = DigitsMod(payload, 97);
  return ZeroPadded(static_cast<uint64_t>(98 - (remainder * 100) % 97), 2);
}

// ISO 7064 MOD 11,10 (the hybrid system Croatia uses for bank and account
// numbers): the digit that makes the final sum congruent to 1 modulo 10.
char Mod11_10CheckDigit(std::string_view payload) {
  int product = 10;
  for (char c : payload) {
    int sum = (product + DigitValue(c)) % 10;
    if (sum == 0) sum = 10;
    product = (2 * sum) % 11;
  }
  return static_cast<char>('0' + (11 - product) % 10);
}

// The Luhn check digit of `payload`: doubling starts at the payload's last
// digit, which sits next to the check digit.
int LuhnDigit(std::string_view payload) {
  int sum = 0;
  bool doubled = true;
  for (size_t i = payload.size(); i-- > 0;) {
    int d = DigitValue(payload[i]);
    if (doubled) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    doubled = !doubled;
  }
  return (10 - sum % 10) % 10;
}

// ---------------------------------------------------------------------------
// National BBAN generators. Each returns the BBAN only; Iban() adds the
// country code and the ISO 13616 check digits. Bank code tables name real
// institutions (or their real code ranges) so the data looks familiar, and
// are part of the data version.
// ---------------------------------------------------------------------------

// Austria: BLZ (5) + account (11). Erste, UniCredit Bank Austria, BAWAG,
// Raiffeisen, Oberbank, Steiermärkische, ...
std::string AtBban(Rng& rng) {
  static constexpr std::array<std::string_view, 10> kBanks = {
      "12000", "20111", "14000", "60000", "32000",
      "19043", "15000", "20815", "34000", "38000"};
  return PickThenDigits(rng, kBanks, 11);
}

// Belgium: bank (3) + account (7) + check (2), the check being the first ten
// digits mod 97, or 97 when that is 0.
std::string BeBban(Rng& rng) {
  static constexpr std::array<std::string_view, 12> kBanks = {
      "001", "063", "068", "096", "103", "143",
      "310", "363", "377", "539", "734", "751"};
  std::string bban = PickThenDigits(rng, kBanks, 7);
  int check = DigitsMod(bban, 97);
  if (check == 0) check = 97;
  return bban + ZeroPadded(static_cast<uint64_t>(check), 2);
}

// Brazil: ISPB (8) + branch (5) + account (10) + account type (C current,
// P savings) + holder position (1 first holder, 2 second).
std::string BrBban(Rng& rng) {
  static constexpr std::array<std::string_view, 6> kBanks = {
      "00000000", "00360305", "60701190", "60746948", "90400888", "18236120"};
  std::string bban(Pick(rng, kBanks));
  bban.push_back('0');  // 4-digit agência numbers, zero-padded to 5
  AppendDigits(rng, 4 + 10, &bban);
  bban.push_back(Chance(rng, 3, 4) ? 'C' : 'P');
  bban.push_back(Chance(rng, 7, 8) ? '1' : '2');
  return bban;
}

// Switzerland: IID (5) + account (12, digits here). The QR-IID range
// 30000-31999 is avoided: it marks QR references, not accounts.
std::string ChBban(Rng& rng) {
  static constexpr std::array<std::string_view, 8> kBanks = {
      "00230", "00235", "00700", "00762", "00767", "00788", "04835", "09000"};
  return PickThenDigits(rng, kBanks, 12);
}

// Liechtenstein: IID (5) + account (12).
std::string LiBban(Rng& rng) {
  static constexpr std::array<std::string_view, 5> kBanks = {
      "08800", "08803", "08805", "08810", "08812"};
  return PickThenDigits(rng, kBanks, 12);
}

// Returns `leading_zeros` zeros, `free_digits` random digits (not all zero)
// and the check digit of the Czech and Slovak weighted mod-11 test: weights
// 2^i mod 11 counted from the right (1, 2, 4, 8, 5, 10, 9, 7, 3, 6) and a sum
// divisible by 11. The check digit's weight is 1, so the other digits force
// it; a forced 10 means the draw is rejected and redrawn.
std::string CzAccountPart(Rng& rng, int free_digits, int leading_zeros) {
  for (;;) {
    std::string part(static_cast<size_t>(leading_zeros), '0');
    AppendDigits(rng, free_digits, &part);
    if (AllDigitsZero(part)) continue;
    part.push_back('0');
    // With weight 1 on the last digit, the sum so far fixes it.
    int weight = 2;
    int sum = 0;
    for (size_t i = part.size() - 1; i-- > 0;) {
      sum += DigitValue(part[i]) * weight;
      weight = (weight * 2) % 11;
    }
    const int check = (11 - sum % 11) % 11;
    if (check == 10) continue;
    part.back() = static_cast<char>('0' + check);
    return part;
  }
}

// Czech Republic and Slovakia: bank (4) + prefix (6) + account (10). Most
// accounts have no prefix (000000); one in four gets a short one.
std::string CzSkBban(Rng& rng, const std::string_view* banks, size_t count) {
  std::string bban(banks[UniformBelow(rng, count)]);
  if (Chance(rng, 1, 4)) {
    bban += CzAccountPart(rng, 2, 3);
  } else {
    bban += "000000";
  }
  bban += CzAccountPart(rng, 9, 0);
  return bban;
}

std::string CzBban(Rng& rng) {
  static constexpr std::array<std::string_view, 10> kBanks = {
      "0100", "0300", "0600", "0800", "2010",
      "2700", "3030", "5500", "6210", "0710"};
  return CzSkBban(rng, kBanks.data(), kBanks.size());
}

std::string SkBban(Rng& rng) {
  static constexpr std::array<std::string_view, 9> kBanks = {
      "0200", "0900", "1100", "1111", "7500",
      "5600", "8330", "6500", "0720"};
  return CzSkBban(rng, kBanks.data(), kBanks.size());
}

// Germany: BLZ (8) + account (10). The account check digit method differs
// per bank (over a hundred methods), so none is applied.
std::string DeBban(Rng& rng) {
  static constexpr std::array<std::string_view, 12> kBanks = {
      "10010010", "10070000", "12030000", "20041133", "20070000", "37040044",
      "43060967", "50010517", "50070010", "60050101", "70150000", "76026000"};
  return PickThenDigits(rng, kBanks, 10);
}

// Denmark: registration number (4) + account (10). The mod-11 account test
// applies to some banks only and is not used.
std::string DkBban(Rng& rng) {
  static constexpr std::array<std::string_view, 8> kBanks = {
      "0040", "1551", "2191", "3001", "4180", "5301", "6471", "7890"};
  return PickThenDigits(rng, kBanks, 10);
}

// Estonia: bank (2) + branch "00" + the domestic account zero-padded to 12
// digits, which repeats the bank code and ends with a 7-3-1 check digit.
std::string EeBban(Rng& rng) {
  static constexpr std::array<std::string_view, 6> kBanks = {
      "10", "17", "22", "33", "42", "77"};
  const std::string_view bank = Pick(rng, kBanks);
  std::string account = std::string(bank) + Digits(rng, 9);
  static constexpr std::array<int, 3> kWeights = {7, 3, 1};
  int sum = 0;
  size_t w = 0;
  for (size_t i = account.size(); i-- > 0; w = (w + 1) % 3) {
    sum += DigitValue(account[i]) * kWeights[w];
  }
  account.push_back(static_cast<char>('0' + (10 - sum % 10) % 10));
  return std::string(bank) + "00" + account;
}

// Spain: bank (4) + branch (4) + DC (2) + account (10). The first DC digit
// checks "00" + bank + branch, the second the account: weights 1, 2, 4, 8,
// 5, 10, 9, 7, 3, 6, then 11 - sum mod 11, with 11 -> 0 and 10 -> 1.
char SpanishControlDigit(std::string_view ten_digits) {
  static constexpr std::array<int, 10> kWeights = {1, 2, 4, 8, 5,
                                                  10, 9, 7, 3, 6};
  const int d = 11 - WeightedSum(ten_digits, kWeights) % 11;
  return static_cast<char>('0' + (d == 11 ? 0 : d == 10 ? 1 : d));
}

std::string EsBban(Rng& rng) {
  static constexpr std::array<std::string_view, 10> kBanks = {
      "0049", "0075", "0081", "0128", "0182",
      "1465", "2038", "2080", "2085", "2100"};
  const std::string bank_branch = PickThenDigits(rng, kBanks, 4);
  const std::string account = Digits(rng, 10);
  std::string bban = bank_branch;
  bban.push_back(SpanishControlDigit("00" + bank_branch));
  bban.push_back(SpanishControlDigit(account));
  return bban + account;
}

// Finland: 14 digits whose first ones name the bank group (1/2 Nordea,
// 31 Handelsbanken, 33 SEB, 34 Danske, 39 S-Bank, 4 savings banks and
// Aktia, 5 OP, 6 Ålandsbanken, 8 Danske), ending with a Luhn check digit.
std::string FiBban(Rng& rng) {
  static constexpr std::array<std::string_view, 12> kBanks = {
      "101", "122", "200", "312", "331", "340",
      "391", "405", "470", "500", "570", "600"};
  std::string bban = PickThenDigits(rng, kBanks, 10);
  bban.push_back(static_cast<char>('0' + LuhnDigit(bban)));
  return bban;
}

// France and Monaco: bank (5) + branch (5) + account (11, alphanumeric) +
// RIB key (2). Letters in the account count as digits (A,J -> 1; B,K,S -> 2;
// ...; I,R,Z -> 9) and key = 97 - (89 bank + 15 branch + 3 account) mod 97.
int RibDigit(char c) {
  if (IsDigit(c)) return DigitValue(c);
  const int index = c - 'A';  // A = 0
  if (index < 9) return index + 1;
  if (index < 18) return index - 8;
  return index - 16;
}

std::string RibKey(std::string_view bank, std::string_view branch,
                   std::string_view account) {
  uint64_t bank_value = 0, branch_value = 0, account_value = 0;
  for (char c : bank) {
    bank_value = bank_value * 10 + static_cast<uint64_t>(DigitValue(c));
  }
  for (char c : branch) {
    branch_value = branch_value * 10 + static_cast<uint64_t>(DigitValue(c));
  }
  for (char c : account) {
    account_value = account_value * 10 + static_cast<uint64_t>(RibDigit(c));
  }
  const uint64_t key =
      97 - (89 * bank_value + 15 * branch_value + 3 * account_value) % 97;
  return ZeroPadded(key, 2);
}

std::string RibBban(Rng& rng, std::string_view bank) {
  const std::string branch = Digits(rng, 5);
  std::string account = Digits(rng, 11);
  // La Banque Postale and a few others put a letter in the account number.
  if (Chance(rng, 1, 8)) account[8] = RandomUpper(rng);
  return std::string(bank) + branch + account + RibKey(bank, branch, account);
}

std::string FrBban(Rng& rng) {
  static constexpr std::array<std::string_view, 12> kBanks = {
      "10107", "10278", "11306", "13335", "17515", "18206",
      "20041", "30002", "30003", "30004", "30056", "30066"};
  return RibBban(rng, Pick(rng, kBanks));
}

std::string McBban(Rng& rng) {
  static constexpr std::array<std::string_view, 5> kBanks = {
      "10096", "11222", "12739", "13369", "30003"};
  return RibBban(rng, Pick(rng, kBanks));
}

// United Kingdom and Ireland: bank code (the first four letters of the
// bank's BIC) + sort code (6, starting with that bank's range) + account
// (8). The modulus checks of UK accounts depend on tables per sort code
// range and are not applied.
struct SortCodeBank {
  std::string_view bank;
  std::string_view sort_code_prefix;
};

std::string SortCodeBban(Rng& rng, const SortCodeBank& bank) {
  std::string bban(bank.bank);
  bban += bank.sort_code_prefix;
  AppendDigits(rng, 6 - static_cast<int>(bank.sort_code_prefix.size()), &bban);
  AppendDigits(rng, 8, &bban);
  return bban;
}

constexpr std::array<SortCodeBank, 14> kGbBanks = {{
    {"BARC", "20"}, {"BUKB", "20"}, {"NWBK", "60"}, {"NWBK", "56"},
    {"LOYD", "30"}, {"LOYD", "77"}, {"HBUK", "40"}, {"MIDL", "40"},
    {"RBOS", "83"}, {"ABBY", "09"}, {"NAIA", "07"}, {"TSBS", "87"},
    {"MONZ", "04"}, {"SRLG", "608371"},
}};

constexpr std::array<SortCodeBank, 4> kIeBanks = {{
    {"AIBK", "93"}, {"BOFI", "90"}, {"IPBS", "99"}, {"ULSB", "98"},
}};

std::string GbBban(Rng& rng) { return SortCodeBban(rng, Pick(rng, kGbBanks)); }
std::string IeBban(Rng& rng) { return SortCodeBban(rng, Pick(rng, kIeBanks)); }

// Greece: bank (3) + branch (4) + account (16).
std::string GrBban(Rng& rng) {
  static constexpr std::array<std::string_view, 5> kBanks = {
      "011", "014", "017", "026", "016"};
  return PickThenDigits(rng, kBanks, 4 + 16);
}

// Croatia: bank (7, VBDI) + account (10), each ending with an ISO 7064
// MOD 11,10 check digit. Giro accounts start with 1, savings with 3.
std::string HrBban(Rng& rng) {
  static constexpr std::array<std::string_view, 8> kBanks = {
      "234000", "236000", "240200", "248400",
      "239000", "250000", "240700", "100100"};
  std::string bank(Pick(rng, kBanks));
  bank.push_back(Mod11_10CheckDigit(bank));
  std::string account(1, Chance(rng, 3, 4) ? '1' : '3');
  AppendDigits(rng, 8, &account);
  account.push_back(Mod11_10CheckDigit(account));
  return bank + account;
}

// Hungary: bank (3) + branch (4) + check (1) + account (16, its last digit a
// check). Weights 9, 7, 3, 1 repeat; a block with its check sums to 0 mod 10.
// Half the accounts are the short 8-digit form padded with eight zeros.
char HungarianCheckDigit(std::string_view digits) {
  static constexpr std::array<int, 4> kWeights = {9, 7, 3, 1};
  int sum = 0;
  for (size_t i = 0; i < digits.size(); ++i) {
    sum += DigitValue(digits[i]) * kWeights[i % 4];
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string HuBban(Rng& rng) {
  static constexpr std::array<std::string_view, 8> kBanks = {
      "100", "101", "103", "104", "107", "109", "116", "117"};
  std::string bank = PickThenDigits(rng, kBanks, 4);
  bank.push_back(HungarianCheckDigit(bank));
  std::string account;
  if (Chance(rng, 1, 2)) {
    account = Digits(rng, 7);
    account.push_back(HungarianCheckDigit(account));
    account += "00000000";
  } else {
    account = Digits(rng, 15);
    account.push_back(HungarianCheckDigit(account));
  }
  return bank + account;
}

// Italy and San Marino: CIN (1 letter) + ABI (5) + CAB (5) + account (12,
// alphanumeric). The CIN maps each character of ABI+CAB+account to a value
// (odd positions through a fixed table, even ones to 0-25 directly) and is
// the letter of their sum mod 26.
char ItalianCin(std::string_view abi_cab_account) {
  static constexpr std::array<int, 26> kOdd = {
      1,  0,  5,  7,  9,  13, 15, 17, 19, 21, 2,  4,  18,
      20, 11, 3,  6,  8,  12, 14, 16, 10, 22, 25, 24, 23};
  int sum = 0;
  for (size_t i = 0; i < abi_cab_account.size(); ++i) {
    const char c = abi_cab_account[i];
    const int index = IsDigit(c) ? DigitValue(c) : c - 'A';
    sum += (i % 2 == 0) ? kOdd[static_cast<size_t>(index)] : index;
  }
  return static_cast<char>('A' + sum % 26);
}

std::string CinBban(Rng& rng, std::string_view abi) {
  std::string rest = std::string(abi) + Digits(rng, 5);
  // Most accounts are digits; some banks write a "CC" (conto corrente) prefix.
  if (Chance(rng, 1, 10)) {
    rest += "CC" + Digits(rng, 10);
  } else {
    AppendDigits(rng, 12, &rest);
  }
  return std::string(1, ItalianCin(rest)) + rest;
}

std::string ItBban(Rng& rng) {
  static constexpr std::array<std::string_view, 12> kBanks = {
      "01005", "01030", "02008", "03062", "03069", "03111",
      "05034", "05387", "05428", "05696", "06230", "07601"};
  return CinBban(rng, Pick(rng, kBanks));
}

std::string SmBban(Rng& rng) {
  static constexpr std::array<std::string_view, 5> kBanks = {
      "03034", "03225", "03287", "06067", "08540"};
  return CinBban(rng, Pick(rng, kBanks));
}

// Luxembourg: bank (3) + account (13).
std::string LuBban(Rng& rng) {
  static constexpr std::array<std::string_view, 8> kBanks = {
      "001", "002", "003", "008", "014", "019", "025", "030"};
  return PickThenDigits(rng, kBanks, 13);
}

// Netherlands: bank (4 letters) + account (10) passing the 11-test: digits
// weighted 10, 9, ..., 1 sum to a multiple of 11. The last weight is 1, so
// the last digit is forced; a forced 10 is redrawn.
std::string NlBban(Rng& rng) {
  static constexpr std::array<std::string_view, 12> kBanks = {
      "ABNA", "ASNB", "BUNQ", "FVLB", "HAND", "INGB",
      "KNAB", "NWAB", "RABO", "RBRB", "SNSB", "TRIO"};
  std::string bban(Pick(rng, kBanks));
  for (;;) {
    const std::string account = Digits(rng, 9);
    if (AllDigitsZero(account)) continue;
    int sum = 0;
    for (size_t i = 0; i < 9; ++i) {
      sum += DigitValue(account[i]) * static_cast<int>(10 - i);
    }
    const int last = (11 - sum % 11) % 11;
    if (last == 10) continue;
    return bban + account + static_cast<char>('0' + last);
  }
}

// Norway: bank (4) + account (6) + check (1): weights 5, 4, 3, 2, 7, 6, 5, 4,
// 3, 2, check = 11 - sum mod 11 (11 -> 0); a 10 is redrawn, as Norwegian banks
// never issue such a number.
std::string NoBban(Rng& rng) {
  static constexpr std::array<int, 10> kWeights = {5, 4, 3, 2, 7,
                                                  6, 5, 4, 3, 2};
  for (;;) {
    std::string bban(1, static_cast<char>('1' + UniformBelow(rng, 9)));
    AppendDigits(rng, 9, &bban);
    const int check = (11 - WeightedSum(bban, kWeights) % 11) % 11;
    if (check == 10) continue;
    bban.push_back(static_cast<char>('0' + check));
    return bban;
  }
}

// Poland: bank sort code (8: bank 3, branch 4, check 1 with weights 3, 9, 7,
// 1, 3, 9, 7) + account (16).
std::string PlBban(Rng& rng) {
  static constexpr std::array<std::string_view, 12> kBanks = {
      "102", "105", "109", "114", "116", "124",
      "132", "154", "160", "175", "187", "249"};
  static constexpr std::array<int, 7> kWeights = {3, 9, 7, 1, 3, 9, 7};
  std::string bban = PickThenDigits(rng, kBanks, 4);
  bban.push_back(
      static_cast<char>('0' + (10 - WeightedSum(bban, kWeights) % 10) % 10));
  return bban + Digits(rng, 16);
}

// Portugal: NIB = bank (4) + branch (4) + account (11) + check (2), ISO 7064
// MOD 97-10 over the first 19 digits.
std::string PtBban(Rng& rng) {
  static constexpr std::array<std::string_view, 10> kBanks = {
      "0007", "0010", "0018", "0023", "0033",
      "0035", "0036", "0045", "0079", "0269"};
  const std::string nib = PickThenDigits(rng, kBanks, 4 + 11);
  return nib + Mod97_10CheckDigits(nib);
}

// Sweden: bank (3, from the clearing number) + account (17). The account
// check digit rules differ per bank and clearing range and are not applied.
std::string SeBban(Rng& rng) {
  static constexpr std::array<std::string_view, 10> kBanks = {
      "120", "300", "500", "600", "800", "902", "915", "923", "927", "957"};
  return PickThenDigits(rng, kBanks, 17);
}

// Slovenia: bank and branch (5) + account (8) + check (2), ISO 7064
// MOD 97-10 over the first 13 digits.
std::string SiBban(Rng& rng) {
  static constexpr std::array<std::string_view, 10> kBanks = {
      "02", "03", "04", "05", "10", "19", "24", "26", "33", "34"};
  const std::string payload = PickThenDigits(rng, kBanks, 3 + 8);
  return payload + Mod97_10CheckDigits(payload);
}

// The registry entry of one IBAN country. `layout` is the BBAN format in the
// SWIFT registry's notation ("8!n10!n": fixed-length fields of n digits,
// a upper-case letters, c upper-case alphanumerics).
struct IbanCountryInfo {
  std::string_view code;
  std::string_view layout;
  std::string (*bban)(Rng&);
};

// Sorted by code; IbanCountries() and the lookup rely on it.
constexpr std::array<IbanCountryInfo, 28> kIbanCountries = {{
    {"AT", "5!n11!n", AtBban},
    {"BE", "3!n7!n2!n", BeBban},
    {"BR", "8!n5!n10!n1!a1!c", BrBban},
    {"CH", "5!n12!c", ChBban},
    {"CZ", "4!n6!n10!n", CzBban},
    {"DE", "8!n10!n", DeBban},
    {"DK", "4!n9!n1!n", DkBban},
    {"EE", "2!n2!n11!n1!n", EeBban},
    {"ES", "4!n4!n1!n1!n10!n", EsBban},
    {"FI", "3!n11!n", FiBban},
    {"FR", "5!n5!n11!c2!n", FrBban},
    {"GB", "4!a6!n8!n", GbBban},
    {"GR", "3!n4!n16!c", GrBban},
    {"HR", "7!n10!n", HrBban},
    {"HU", "3!n4!n1!n15!n1!n", HuBban},
    {"IE", "4!a6!n8!n", IeBban},
    {"IT", "1!a5!n5!n12!c", ItBban},
    {"LI", "5!n12!c", LiBban},
    {"LU", "3!n13!c", LuBban},
    {"MC", "5!n5!n11!c2!n", McBban},
    {"NL", "4!a10!n", NlBban},
    {"NO", "4!n6!n1!n", NoBban},
    {"PL", "8!n16!n", PlBban},
    {"PT", "4!n4!n11!n2!n", PtBban},
    {"SE", "3!n16!n1!n", SeBban},
    {"SI", "5!n8!n2!n", SiBban},
    {"SK", "4!n6!n10!n", SkBban},
    {"SM", "1!a5!n5!n12!c", SmBban},
}};

const IbanCountryInfo* FindIbanCountry(std::string_view code) {
  for (const IbanCountryInfo& info : kIbanCountries) {
    if (info.code == code) return &info;
  }
  return nullptr;
}

// Expands "4!a6!n" into one class letter per character: "aaaannnnnn".
std::string ExpandLayout(std::string_view layout) {
  std::string classes;
  size_t i = 0;
  while (i < layout.size()) {
    int count = 0;
    while (IsDigit(layout[i])) count = count * 10 + DigitValue(layout[i++]);
    ++i;  // '!': fixed length, the only kind the supported countries use.
    classes.append(static_cast<size_t>(count), layout[i++]);
  }
  return classes;
}

std::string JoinCodes(const std::vector<std::string>& codes) {
  std::string joined;
  for (const std::string& code : codes) {
    if (!joined.empty()) joined += ", ";
    joined += code;
  }
  return joined;
}

std::string UnsupportedMessage(std::string_view function,
                               std::string_view what, std::string_view value,
                               const std::vector<std::string>& supported) {
  return std::string(function) + ": unsupported " + std::string(what) +
         " \"" + std::string(value) + "\"; supported: " + JoinCodes(supported);
}

// value mod 97 of an IBAN-style string, letters counting as 10 (A) to 35 (Z).
int AlphanumericMod97(std::string_view text) {
  int remainder = 0;
  for (char c : text) {
    if (IsDigit(c)) {
      remainder = (remainder * 10 + DigitValue(c)) % 97;
    } else {
      remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
    }
  }
  return remainder;
}

// ---------------------------------------------------------------------------
// BIC tables.
// ---------------------------------------------------------------------------

// Real institution codes (the first four characters of the BIC) per country.
// Countries supported by Bic() without a row here get four random letters.
struct BicBanks {
  std::string_view country;
  std::vector<std::string_view> banks;
};

const std::vector<BicBanks>& BicTable() {
  static const std::vector<BicBanks>* const table = new std::vector<BicBanks>{
      {"AT", {"BKAU", "GIBA", "RZBA", "BAWA", "OBKL", "RLNW"}},
      {"AU", {"CTBA", "NATA", "ANZB", "WPAC"}},
      {"BE", {"GEBA", "KRED", "BBRU", "GKCC", "ARSP"}},
      {"BR", {"BRAS", "ITAU", "BBDE", "CEFX", "BSCH"}},
      {"CA", {"ROYC", "TDOM", "BOFM", "NOSC", "CIBC"}},
      {"CH", {"UBSW", "CRES", "ZKBK", "POFI", "RAIF", "BCGE"}},
      {"CN", {"BKCH", "ICBK", "PCBC", "ABOC"}},
      {"CZ", {"KOMB", "CEKO", "GIBA", "FIOB", "AGBA", "AIRA", "RZBC"}},
      {"DE", {"DEUT", "COBA", "HYVE", "INGD", "PBNK", "GENO", "BYLA", "MARK"}},
      {"DK", {"DABA", "NDEA", "JYBA", "SYBK", "NYKB"}},
      {"EE", {"HABA", "EEUH", "LHVB", "RIKO", "EKRD"}},
      {"ES", {"BBVA", "CAIX", "BSCH", "BSAB", "BKBK", "CAGL", "UCJA"}},
      {"FI", {"NDEA", "OKOY", "HELS", "DABA", "HAND", "SBAN"}},
      {"FR", {"BNPA", "SOGE", "CRLY", "AGRI", "PSST", "CMCI", "CEPA", "CCBP"}},
      {"GB", {"BARC", "NWBK", "LOYD", "HBUK", "MIDL", "RBOS", "ABBY", "NAIA",
              "TSBS", "MONZ", "SRLG"}},
      {"GR", {"ETHN", "PIRB", "ERBK", "CRBA"}},
      {"HK", {"HSBC", "SCBL", "BKCH", "HASE"}},
      {"HR", {"PBZG", "ZABA", "ESBC", "RZBH", "HPBZ", "OTPV"}},
      {"HU", {"OTPV", "GIBA", "OKHB", "MKKB", "CIBH", "UBRT"}},
      {"IE", {"AIBK", "BOFI", "IPBS", "ULSB"}},
      {"IN", {"SBIN", "HDFC", "ICIC", "UTIB"}},
      {"IT", {"BCIT", "UNCR", "BAPP", "PASC", "BNLI", "BPMO", "BPPI"}},
      {"JP", {"BOTK", "MHCB", "SMBC", "NOCU"}},
      {"LI", {"LILA", "LGTB", "VPBV"}},
      {"LU", {"BCEE", "BILL", "BGLL", "CELL", "CCRA"}},
      {"MC", {"CFMO", "SGBT", "BNPA"}},
      {"MX", {"BNMX", "BCMR", "MENO"}},
      {"NL", {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"}},
      {"NO", {"DNBA", "NDEA", "HAND", "DABA"}},
      {"NZ", {"ANZB", "ASBB", "BKNZ", "WPAC"}},
      {"PL", {"BPKO", "PKOP", "INGB", "WBKP", "BREX", "BIGB", "PPAB"}},
      {"PT", {"CGDI", "BCOM", "BBPI", "BESC", "TOTA", "MPIO", "CCCM"}},
      {"SE", {"ESSE", "SWED", "HAND", "NDEA", "DABA", "ELLF"}},
      {"SG", {"DBSS", "OCBC", "UOVB"}},
      {"SI", {"LJBA", "SKBA", "KBMA", "ABAN"}},
      {"SK", {"SUBA", "GIBA", "TATR", "CEKO", "UNCR", "POBN"}},
      {"US", {"CHAS", "BOFA", "CITI", "WFBI", "IRVT"}},
      {"ZA", {"SBZA", "FIRN", "ABSA", "NEDS"}},
  };
  return *table;
}

constexpr std::array<std::string_view, 11> kNonIbanBicCountries = {
    "AU", "CA", "CN", "HK", "IN", "JP", "MX", "NZ", "SG", "US", "ZA"};

// ---------------------------------------------------------------------------
// Card tables.
// ---------------------------------------------------------------------------

// An IIN range [low, high] of `digits`-digit prefixes.
struct IinRange {
  uint32_t low;
  uint32_t high;
  int digits;
};

// A length and its weight among a brand's default lengths.
struct WeightedLength {
  int length;
  uint64_t weight;
};

struct CardBrandInfo {
  CardBrand brand;
  std::string_view name;
  std::vector<IinRange> ranges;
  std::vector<int> lengths;                  // accepted, ascending
  std::vector<WeightedLength> default_lengths;  // drawn by CardNumber(rng, b)
  int cvv_digits;
};

const std::vector<CardBrandInfo>& CardTable() {
  static const std::vector<CardBrandInfo>* const table =
      new std::vector<CardBrandInfo>{
          {CardBrand::kVisa, "Visa", {{4, 4, 1}}, {13, 16, 19},
           {{13, 1}, {16, 18}, {19, 1}}, 3},
          {CardBrand::kMastercard, "Mastercard",
           {{51, 55, 2}, {2221, 2720, 4}}, {16}, {{16, 1}}, 3},
          {CardBrand::kAmex, "American Express", {{34, 34, 2}, {37, 37, 2}},
           {15}, {{15, 1}}, 4},
          {CardBrand::kDiscover, "Discover",
           {{6011, 6011, 4}, {644, 649, 3}, {65, 65, 2}, {622126, 622925, 6}},
           {16, 17, 18, 19}, {{16, 9}, {19, 1}}, 3},
          {CardBrand::kJcb, "JCB", {{3528, 3589, 4}}, {16, 17, 18, 19},
           {{16, 9}, {19, 1}}, 3},
          {CardBrand::kDinersClub, "Diners Club",
           {{300, 305, 3}, {3095, 3095, 4}, {36, 36, 2}, {38, 39, 2}}, {14},
           {{14, 1}}, 3},
          {CardBrand::kUnionPay, "UnionPay", {{62, 62, 2}}, {16, 17, 18, 19},
           {{16, 9}, {19, 1}}, 3},
          {CardBrand::kMaestro, "Maestro",
           {{5018, 5018, 4}, {5020, 5020, 4}, {5038, 5038, 4}, {5893, 5893, 4},
            {6304, 6304, 4}, {6759, 6759, 4}, {6761, 6763, 4}},
           {12, 13, 14, 15, 16, 17, 18, 19},
           {{12, 1}, {13, 1}, {16, 14}, {19, 4}}, 3},
      };
  return *table;
}

const CardBrandInfo& BrandInfo(CardBrand brand) {
  for (const CardBrandInfo& info : CardTable()) {
    if (info.brand == brand) return info;
  }
  GTEST_DATA_INTERNAL_CHECK_(false, "CardBrand: value outside the enum");
  return CardTable().front();  // not reached
}

// ---------------------------------------------------------------------------
// Currencies.
// ---------------------------------------------------------------------------

const std::vector<Currency>& CurrencyTable() {
  // ISO 4217 as of 2025, sorted by code. BGN is left out: Bulgaria adopts the
  // euro in 2026.
  static const std::vector<Currency>* const table = new std::vector<Currency>{
      {"AED", 784, 2, "UAE Dirham"},
      {"ARS", 32, 2, "Argentine Peso"},
      {"AUD", 36, 2, "Australian Dollar"},
      {"BHD", 48, 3, "Bahraini Dinar"},
      {"BRL", 986, 2, "Brazilian Real"},
      {"CAD", 124, 2, "Canadian Dollar"},
      {"CHF", 756, 2, "Swiss Franc"},
      {"CLP", 152, 0, "Chilean Peso"},
      {"CNY", 156, 2, "Yuan Renminbi"},
      {"COP", 170, 2, "Colombian Peso"},
      {"CZK", 203, 2, "Czech Koruna"},
      {"DKK", 208, 2, "Danish Krone"},
      {"EGP", 818, 2, "Egyptian Pound"},
      {"EUR", 978, 2, "Euro"},
      {"GBP", 826, 2, "Pound Sterling"},
      {"HKD", 344, 2, "Hong Kong Dollar"},
      {"HUF", 348, 2, "Forint"},
      {"IDR", 360, 2, "Rupiah"},
      {"ILS", 376, 2, "New Israeli Sheqel"},
      {"INR", 356, 2, "Indian Rupee"},
      {"IQD", 368, 3, "Iraqi Dinar"},
      {"ISK", 352, 0, "Iceland Krona"},
      {"JOD", 400, 3, "Jordanian Dinar"},
      {"JPY", 392, 0, "Yen"},
      {"KES", 404, 2, "Kenyan Shilling"},
      {"KRW", 410, 0, "Won"},
      {"KWD", 414, 3, "Kuwaiti Dinar"},
      {"LYD", 434, 3, "Libyan Dinar"},
      {"MAD", 504, 2, "Moroccan Dirham"},
      {"MXN", 484, 2, "Mexican Peso"},
      {"MYR", 458, 2, "Malaysian Ringgit"},
      {"NGN", 566, 2, "Naira"},
      {"NOK", 578, 2, "Norwegian Krone"},
      {"NZD", 554, 2, "New Zealand Dollar"},
      {"OMR", 512, 3, "Rial Omani"},
      {"PEN", 604, 2, "Sol"},
      {"PHP", 608, 2, "Philippine Peso"},
      {"PKR", 586, 2, "Pakistan Rupee"},
      {"PLN", 985, 2, "Zloty"},
      {"PYG", 600, 0, "Guarani"},
      {"QAR", 634, 2, "Qatari Rial"},
      {"RON", 946, 2, "Romanian Leu"},
      {"RSD", 941, 2, "Serbian Dinar"},
      {"RUB", 643, 2, "Russian Ruble"},
      {"SAR", 682, 2, "Saudi Riyal"},
      {"SEK", 752, 2, "Swedish Krona"},
      {"SGD", 702, 2, "Singapore Dollar"},
      {"THB", 764, 2, "Baht"},
      {"TND", 788, 3, "Tunisian Dinar"},
      {"TRY", 949, 2, "Turkish Lira"},
      {"TWD", 901, 2, "New Taiwan Dollar"},
      {"UAH", 980, 2, "Hryvnia"},
      {"UGX", 800, 0, "Uganda Shilling"},
      {"USD", 840, 2, "US Dollar"},
      {"UYU", 858, 2, "Peso Uruguayo"},
      {"VND", 704, 0, "Dong"},
      {"XAF", 950, 0, "CFA Franc BEAC"},
      {"XOF", 952, 0, "CFA Franc BCEAO"},
      {"ZAR", 710, 2, "Rand"},
  };
  return *table;
}

std::vector<std::string> CurrencyCodes() {
  std::vector<std::string> codes;
  for (const Currency& currency : CurrencyTable()) {
    codes.emplace_back(currency.code);
  }
  return codes;
}

// Months since year 0, January = 0, for month arithmetic without dates.
int64_t MonthIndex(int64_t year, int64_t month) {
  return year * 12 + month - 1;
}

}  // namespace

// ---------------------------------------------------------------------------
// IBAN
// ---------------------------------------------------------------------------

bool IsIbanCountry(std::string_view country) {
  return FindIbanCountry(country) != nullptr;
}

std::vector<std::string> IbanCountries() {
  std::vector<std::string> codes;
  for (const IbanCountryInfo& info : kIbanCountries) {
    codes.emplace_back(info.code);
  }
  return codes;
}

std::string Iban(Rng& rng, std::string_view country) {
  const IbanCountryInfo* info = FindIbanCountry(country);
  GTEST_DATA_INTERNAL_CHECK_(
      info != nullptr,
      UnsupportedMessage("Iban", "country", country, IbanCountries()).c_str());
  const std::string bban = info->bban(rng);
  // ISO 13616: check = 98 - (BBAN + country + "00") mod 97.
  const int check =
      98 - AlphanumericMod97(bban + std::string(country) + "00");
  return std::string(country) + ZeroPadded(static_cast<uint64_t>(check), 2) +
         bban;
}

std::string FormatIbanPrint(std::string_view iban) {
  std::string out;
  out.reserve(iban.size() + iban.size() / 4);
  for (size_t i = 0; i < iban.size(); ++i) {
    if (i > 0 && i % 4 == 0) out.push_back(' ');
    out.push_back(iban[i]);
  }
  return out;
}

bool ValidIban(std::string_view iban) {
  std::string compact;
  compact.reserve(iban.size());
  for (char c : iban) {
    if (c != ' ') compact.push_back(c);
  }
  if (compact.size() < 4) return false;
  const IbanCountryInfo* info =
      FindIbanCountry(std::string_view(compact).substr(0, 2));
  if (info == nullptr) return false;
  if (!IsDigit(compact[2]) || !IsDigit(compact[3])) return false;
  const std::string check_digits = compact.substr(2, 2);
  if (check_digits == "00" || check_digits == "01" || check_digits == "99") {
    return false;
  }
  const std::string classes = ExpandLayout(info->layout);
  if (compact.size() != 4 + classes.size()) return false;
  for (size_t i = 0; i < classes.size(); ++i) {
    const char c = compact[4 + i];
    const bool ok = classes[i] == 'n'   ? IsDigit(c)
                    : classes[i] == 'a' ? IsUpper(c)
                                        : IsUpperAlnum(c);
    if (!ok) return false;
  }
  return AlphanumericMod97(compact.substr(4) + compact.substr(0, 4)) == 1;
}

// ---------------------------------------------------------------------------
// BIC
// ---------------------------------------------------------------------------

bool IsBicCountry(std::string_view country) {
  if (IsIbanCountry(country)) return true;
  for (std::string_view code : kNonIbanBicCountries) {
    if (code == country) return true;
  }
  return false;
}

std::vector<std::string> BicCountries() {
  // Both lists are sorted; merge them.
  std::vector<std::string> codes;
  size_t i = 0, j = 0;
  while (i < kIbanCountries.size() || j < kNonIbanBicCountries.size()) {
    if (j == kNonIbanBicCountries.size() ||
        (i < kIbanCountries.size() &&
         kIbanCountries[i].code < kNonIbanBicCountries[j])) {
      codes.emplace_back(kIbanCountries[i++].code);
    } else {
      codes.emplace_back(kNonIbanBicCountries[j++]);
    }
  }
  return codes;
}

std::string Bic(Rng& rng, std::string_view country) {
  GTEST_DATA_INTERNAL_CHECK_(
      IsBicCountry(country),
      UnsupportedMessage("Bic", "country", country, BicCountries()).c_str());
  std::string bic;
  for (const BicBanks& row : BicTable()) {
    if (row.country == country) {
      bic = std::string(row.banks[UniformBelow(rng, row.banks.size())]);
      break;
    }
  }
  if (bic.empty()) {
    for (int i = 0; i < 4; ++i) bic.push_back(RandomUpper(rng));
  }
  bic += country;
  // Location: the first character is never 0 or 1 by SWIFT's rules; a second
  // character 0 marks a test BIC and 1 a passive participant, so both are
  // left out (and the letter O, easily misread as 0).
  static constexpr std::string_view kLocationFirst =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZ23456789";
  static constexpr std::string_view kLocationSecond =
      "ABCDEFGHIJKLMNPQRSTUVWXYZ23456789";
  bic.push_back(kLocationFirst[UniformBelow(rng, kLocationFirst.size())]);
  bic.push_back(kLocationSecond[UniformBelow(rng, kLocationSecond.size())]);
  if (Chance(rng, 1, 4)) {
    // A branch code never starts with X unless it is "XXX" (the head office).
    static constexpr std::string_view kBranchFirst =
        "ABCDEFGHIJKLMNOPQRSTUVWYZ0123456789";
    static constexpr std::string_view kBranchRest =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    bic.push_back(kBranchFirst[UniformBelow(rng, kBranchFirst.size())]);
    bic.push_back(kBranchRest[UniformBelow(rng, kBranchRest.size())]);
    bic.push_back(kBranchRest[UniformBelow(rng, kBranchRest.size())]);
  }
  return bic;
}

bool ValidBic(std::string_view bic) {
  if (bic.size() != 8 && bic.size() != 11) return false;
  for (size_t i = 0; i < bic.size(); ++i) {
    const bool ok = i < 6 ? IsUpper(bic[i]) : IsUpperAlnum(bic[i]);
    if (!ok) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Cards
// ---------------------------------------------------------------------------

std::vector<CardBrand> CardBrands() {
  std::vector<CardBrand> brands;
  for (const CardBrandInfo& info : CardTable()) brands.push_back(info.brand);
  return brands;
}

std::string_view CardBrandName(CardBrand brand) {
  return BrandInfo(brand).name;
}

std::vector<int> CardLengths(CardBrand brand) {
  return BrandInfo(brand).lengths;
}

std::string CardNumber(Rng& rng, CardBrand brand) {
  const CardBrandInfo& info = BrandInfo(brand);
  std::vector<uint64_t> weights;
  for (const WeightedLength& entry : info.default_lengths) {
    weights.push_back(entry.weight);
  }
  return CardNumber(rng, brand,
                    info.default_lengths[WeightedIndex(rng, weights)].length);
}

std::string CardNumber(Rng& rng, CardBrand brand, int length) {
  const CardBrandInfo& info = BrandInfo(brand);
  bool length_ok = false;
  for (int allowed : info.lengths) length_ok = length_ok || allowed == length;
  if (!length_ok) {
    std::string message = "CardNumber: " + IntToString(length) +
                          " digits is not a " + std::string(info.name) +
                          " length; supported:";
    for (int allowed : info.lengths) message += " " + IntToString(allowed);
    GTEST_DATA_INTERNAL_CHECK_(length_ok, message.c_str());
  }
  // Each range weighs as many 6-digit prefixes as it covers, so the draw is
  // uniform over the brand's number space (6 digits: the longest IIN here).
  std::vector<uint64_t> weights;
  for (const IinRange& range : info.ranges) {
    uint64_t scale = 1;
    for (int i = range.digits; i < 6; ++i) scale *= 10;
    weights.push_back((range.high - range.low + 1) * scale);
  }
  const IinRange& range = info.ranges[WeightedIndex(rng, weights)];
  std::string number = ZeroPadded(
      range.low + UniformBelow(rng, range.high - range.low + 1), range.digits);
  AppendDigits(rng, length - 1 - range.digits, &number);
  number.push_back(static_cast<char>('0' + LuhnDigit(number)));
  return number;
}

bool LuhnValid(std::string_view digits) {
  if (digits.empty() || !AllDigits(digits)) return false;
  return LuhnDigit(digits.substr(0, digits.size() - 1)) ==
         DigitValue(digits.back());
}

char LuhnCheckDigit(std::string_view payload) {
  GTEST_DATA_INTERNAL_CHECK_(
      AllDigits(payload),
      ("LuhnCheckDigit: \"" + std::string(payload) +
       "\" is not all ASCII digits")
          .c_str());
  return static_cast<char>('0' + LuhnDigit(payload));
}

std::string Cvv(Rng& rng, CardBrand brand) {
  return Digits(rng, BrandInfo(brand).cvv_digits);
}

ExpiryDate CardExpiry(Rng& rng, int reference_year, int reference_month) {
  return CardExpiry(rng, reference_year, reference_month, 1, 60);
}

ExpiryDate CardExpiry(Rng& rng, int reference_year, int reference_month,
                      int min_months_ahead, int max_months_ahead) {
  GTEST_DATA_INTERNAL_CHECK_(
      reference_month >= 1 && reference_month <= 12 && reference_year >= 1 &&
          reference_year <= 9999,
      ("CardExpiry: reference " + IntToString(reference_year) + "-" +
       IntToString(reference_month) +
       " is not a month of the years 1 to 9999 (month 1-12)")
          .c_str());
  GTEST_DATA_INTERNAL_CHECK_(
      min_months_ahead <= max_months_ahead,
      ("CardExpiry: min_months_ahead " + IntToString(min_months_ahead) +
       " is above max_months_ahead " + IntToString(max_months_ahead))
          .c_str());
  const int64_t reference = MonthIndex(reference_year, reference_month);
  const int64_t first = reference + min_months_ahead;
  const int64_t last = reference + max_months_ahead;
  GTEST_DATA_INTERNAL_CHECK_(
      first >= MonthIndex(1, 1) && last <= MonthIndex(9999, 12),
      ("CardExpiry: offsets " + IntToString(min_months_ahead) + " to " +
       IntToString(max_months_ahead) +
       " months leave the years 1 to 9999")
          .c_str());
  const int64_t index = UniformInt(rng, first, last);
  return ExpiryDate{static_cast<int>(index / 12),
                    static_cast<int>(index % 12) + 1};
}

std::string FormatExpiry(const ExpiryDate& expiry) {
  GTEST_DATA_INTERNAL_CHECK_(
      expiry.month >= 1 && expiry.month <= 12 && expiry.year >= 0,
      ("FormatExpiry: " + IntToString(expiry.year) + "-" +
       IntToString(expiry.month) +
       " is not a month (1-12) of a year >= 0")
          .c_str());
  return ZeroPadded(static_cast<uint64_t>(expiry.month), 2) + "/" +
         ZeroPadded(static_cast<uint64_t>(expiry.year % 100), 2);
}

// ---------------------------------------------------------------------------
// Currencies and amounts
// ---------------------------------------------------------------------------

const std::vector<Currency>& Currencies() { return CurrencyTable(); }

const Currency* FindCurrency(std::string_view code) {
  for (const Currency& currency : CurrencyTable()) {
    if (currency.code == code) return &currency;
  }
  return nullptr;
}

std::string CurrencyCode(Rng& rng) {
  const std::vector<Currency>& table = CurrencyTable();
  return std::string(table[UniformBelow(rng, table.size())].code);
}

int64_t Amount(Rng& rng, int64_t min_minor, int64_t max_minor) {
  GTEST_DATA_INTERNAL_CHECK_(
      min_minor <= max_minor,
      ("Amount: min_minor " + IntToString(min_minor) +
       " is above max_minor " + IntToString(max_minor))
          .c_str());
  return UniformInt(rng, min_minor, max_minor);
}

std::string FormatAmount(int64_t minor_units, const Currency& currency) {
  GTEST_DATA_INTERNAL_CHECK_(
      currency.minor_units >= 0 && currency.minor_units <= 4,
      ("FormatAmount: " + std::string(currency.code) + " has " +
       IntToString(currency.minor_units) +
       " minor units; 0 to 4 are supported")
          .c_str());
  // The magnitude as uint64_t, so that INT64_MIN needs no special case.
  const uint64_t magnitude =
      minor_units < 0 ? 0 - static_cast<uint64_t>(minor_units)
                      : static_cast<uint64_t>(minor_units);
  uint64_t scale = 1;
  for (int i = 0; i < currency.minor_units; ++i) scale *= 10;
  std::string text = minor_units < 0 ? "-" : "";
  text += IntToString(magnitude / scale);
  if (currency.minor_units > 0) {
    text.push_back('.');
    text += ZeroPadded(magnitude % scale, currency.minor_units);
  }
  return text;
}

std::string FormatAmount(int64_t minor_units, std::string_view currency_code) {
  const Currency* currency = FindCurrency(currency_code);
  GTEST_DATA_INTERNAL_CHECK_(
      currency != nullptr,
      UnsupportedMessage("FormatAmount", "currency", currency_code,
                         CurrencyCodes())
          .c_str());
  return FormatAmount(minor_units, *currency);
}

}  // namespace fake
}  // namespace gtest_data
