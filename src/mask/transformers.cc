// Copyright 2026 The gtest_data Authors.

#include "gtest_data/mask/transformer.h"

#include <limits>

#include "gtest_data/fake/finance.h"

namespace gtest_data {
namespace mask {
namespace {

// "redact takes text, got integer": the kind, never the value.
absl::Status WrongKind(std::string_view transformer, std::string_view takes, const Value& v) {
  return absl::InvalidArgumentError(std::string(transformer) + " takes " + std::string(takes) +
                                    ", got " + ValueKindName(v.kind()));
}

bool IsSeparator(char c) {
  switch (c) {
    case ' ': case '-': case '.': case '@': case '/': case '(': case ')': case '+': case ',':
    case '_': case ':':
      return true;
    default:
      return false;
  }
}

// The byte length of the UTF-8 code point starting at text[i] (1 for a
// stray continuation byte, so that bad input still advances).
size_t CodePointLength(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 1;
  if (i + length > text.size()) length = text.size() - i;
  for (size_t k = 1; k < length; ++k) {
    if ((static_cast<unsigned char>(text[i + k]) & 0xc0) != 0x80) return k;
  }
  return length;
}

std::vector<std::string_view> CodePoints(std::string_view text) {
  std::vector<std::string_view> points;
  for (size_t i = 0; i < text.size();) {
    const size_t length = CodePointLength(text, i);
    points.push_back(text.substr(i, length));
    i += length;
  }
  return points;
}

uint64_t Pow10(int n) {
  uint64_t value = 1;
  for (int i = 0; i < n; ++i) value *= 10;
  return value;
}

}  // namespace

absl::StatusOr<Value> Redact::Transform(const Value& input, const CellContext&) const {
  if (input.is_null()) return input;
  if (input.kind() != ValueKind::kString) return WrongKind(name(), "text", input);
  std::string out;
  for (std::string_view point : CodePoints(input.as_string())) {
    if (point.size() == 1 && IsSeparator(point[0])) {
      out.push_back(point[0]);
    } else {
      out += fill_;
    }
  }
  return Value(std::move(out));
}

absl::StatusOr<Value> Partial::Transform(const Value& input, const CellContext&) const {
  if (input.is_null()) return input;
  if (input.kind() != ValueKind::kString) return WrongKind(name(), "text", input);
  const std::vector<std::string_view> points = CodePoints(input.as_string());
  // A value too short to hide anything between the kept ends is hidden
  // whole: "Al" with first 1, last 1 kept would be all of it.
  const size_t n = points.size();
  const bool whole = n <= keep_first_ || n - keep_first_ <= keep_last_;  // no overflow
  std::string out;
  for (size_t i = 0; i < points.size(); ++i) {
    const bool kept = !whole && (i < keep_first_ || i >= n - keep_last_);
    if (kept) {
      out.append(points[i]);
    } else {
      out += fill_;
    }
  }
  return Value(std::move(out));
}

absl::StatusOr<Value> KeyedHashTransformer::Transform(const Value& input,
                                                      const CellContext&) const {
  if (input.is_null()) return input;
  if (input.kind() == ValueKind::kString) {
    return Value(KeyedHash(key_, input.as_string(), encoding_, length_));
  }
  if (input.kind() == ValueKind::kInt) {
    // The first 8 bytes of the HMAC of the decimal text, as a non-negative
    // int64: the same integer for the same integer in every engine.
    const std::string digest = HmacSha256(key_, std::to_string(input.as_int()));
    uint64_t value = 0;
    for (int i = 0; i < 8; ++i) value = (value << 8) | static_cast<unsigned char>(digest[i]);
    return Value(static_cast<int64_t>(value >> 1));
  }
  return WrongKind(name(), "text or an integer", input);
}

absl::Status FormatPreserving::EncryptNumerals(uint32_t radix, std::string_view tweak,
                                               std::vector<uint32_t>* numerals) const {
  absl::StatusOr<Ff1> ff1 = Ff1::Create(key_, radix);
  if (!ff1.ok()) return ff1.status();
  if (numerals->size() >= ff1->min_length()) {
    absl::StatusOr<std::vector<uint32_t>> out = ff1->Encrypt(*numerals, tweak);
    if (!out.ok()) return out.status();
    *numerals = *std::move(out);
    return absl::OkStatus();
  }
  // Fewer numerals than FF1 takes: radix^k < 1,000,000 values, permuted.
  uint64_t size = 1;
  uint64_t value = 0;
  for (uint32_t numeral : *numerals) {
    size *= radix;
    value = value * radix + numeral;
  }
  absl::StatusOr<KeyedPermutation> permutation =
      KeyedPermutation::Create(key_, size, std::string(tweak) + "/" + std::to_string(size));
  if (!permutation.ok()) return permutation.status();
  value = permutation->Forward(value);
  for (size_t i = numerals->size(); i-- > 0;) {
    (*numerals)[i] = static_cast<uint32_t>(value % radix);
    value /= radix;
  }
  return absl::OkStatus();
}

absl::StatusOr<Value> FormatPreserving::Transform(const Value& input, const CellContext&) const {
  if (input.is_null()) return input;
  if (input.kind() == ValueKind::kInt) {
    // Sign and number of digits kept: a permutation of the integers with as
    // many digits (1 to 9 for one digit, 10^(n-1) to 10^n - 1 beyond, up to
    // the int64 range).
    const int64_t v = input.as_int();
    const bool negative = v < 0;
    const uint64_t magnitude =
        negative ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    int digits = 1;
    while (digits < 19 && magnitude >= Pow10(digits)) ++digits;
    // One digit: 0 to 9, or -1 to -9 (a negative is never 0).
    const uint64_t low = digits == 1 ? (negative ? 1 : 0) : Pow10(digits - 1);
    const uint64_t top = uint64_t{std::numeric_limits<int64_t>::max()} + (negative ? 1 : 0);
    const uint64_t high = digits >= 19 ? top : Pow10(digits) - 1;
    absl::StatusOr<KeyedPermutation> permutation = KeyedPermutation::Create(
        key_, high - low + 1,
        std::string(negative ? "integer-" : "integer+") + std::to_string(digits));
    if (!permutation.ok()) return permutation.status();
    const uint64_t out = low + permutation->Forward(magnitude - low);
    return Value(negative ? static_cast<int64_t>(uint64_t{0} - out) : static_cast<int64_t>(out));
  }
  if (input.kind() != ValueKind::kString) return WrongKind(name(), "text or an integer", input);
  std::string text = input.as_string();
  struct Class {
    const char* tweak;
    char first;
    uint32_t radix;
  };
  static constexpr Class kClasses[] = {{"digits", '0', 10}, {"lower", 'a', 26}, {"upper", 'A', 26}};
  for (const Class& c : kClasses) {
    std::vector<size_t> at;
    std::vector<uint32_t> numerals;
    for (size_t i = 0; i < text.size(); ++i) {
      const unsigned char u = static_cast<unsigned char>(text[i]);
      if (u >= static_cast<unsigned char>(c.first) &&
          u < static_cast<unsigned char>(c.first) + c.radix) {
        at.push_back(i);
        numerals.push_back(u - static_cast<unsigned char>(c.first));
      }
    }
    if (numerals.empty()) continue;
    absl::Status done = EncryptNumerals(c.radix, c.tweak, &numerals);
    if (!done.ok()) return done;
    for (size_t k = 0; k < at.size(); ++k) text[at[k]] = static_cast<char>(c.first + numerals[k]);
  }
  return Value(std::move(text));
}

absl::StatusOr<Value> CardNumber::Transform(const Value& input, const CellContext&) const {
  if (input.is_null()) return input;
  std::string text;
  if (input.kind() == ValueKind::kString) {
    text = input.as_string();
  } else if (input.kind() == ValueKind::kInt && input.as_int() >= 0) {
    text = std::to_string(input.as_int());
  } else {
    return WrongKind(name(), "text or a non-negative integer", input);
  }
  std::string digits;
  std::vector<size_t> at;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] >= '0' && text[i] <= '9') {
      digits.push_back(text[i]);
      at.push_back(i);
    } else if (text[i] != ' ' && text[i] != '-') {
      return absl::InvalidArgumentError("card_number: character " + std::to_string(i) +
                                        " is neither a digit nor a space or dash");
    }
  }
  if (digits.size() < 12 || digits.size() > 19) {
    return absl::InvalidArgumentError("card_number: a card number has 12 to 19 digits, got " +
                                      std::to_string(digits.size()));
  }
  if (!fake::LuhnValid(digits)) {
    return absl::InvalidArgumentError(
        "card_number: the value fails the Luhn check, so it is no card number (mask the "
        "column with format_preserving instead)");
  }
  // The IIN (six digits) stays; the account digits between it and the
  // check digit are encrypted; the check digit is made again. A bijection
  // of the valid numbers with this IIN and length.
  const std::string tweak = "card" + std::to_string(digits.size());
  auto step = [&](std::string* number) -> absl::Status {
    std::vector<uint32_t> middle;
    for (size_t i = 6; i + 1 < number->size(); ++i) {
      middle.push_back(static_cast<uint32_t>((*number)[i] - '0'));
    }
    absl::Status done = digits_.EncryptNumerals(10, tweak, &middle);
    if (!done.ok()) return done;
    for (size_t k = 0; k < middle.size(); ++k) (*number)[6 + k] = static_cast<char>('0' + middle[k]);
    number->back() = fake::LuhnCheckDigit(std::string_view(*number).substr(0, number->size() - 1));
    return absl::OkStatus();
  };
  absl::Status done = step(&digits);
  if (!done.ok()) return done;
  if (input.kind() == ValueKind::kInt) {
    // An integer column holds what fits in an int64: walk the cycle until
    // the number does (the valid numbers at most INT64_MAX, permuted).
    const std::string limit = std::to_string(std::numeric_limits<int64_t>::max());
    auto fits = [&](const std::string& number) {
      return number.size() < limit.size() || (number.size() == limit.size() && number <= limit);
    };
    for (int walk = 0; !fits(digits); ++walk) {
      if (walk == 100000) {
        return absl::InternalError("card_number: no integer card number in reach of this one");
      }
      done = step(&digits);
      if (!done.ok()) return done;
    }
    int64_t value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return Value(value);
  }
  for (size_t k = 0; k < at.size(); ++k) text[at[k]] = digits[k];
  return Value(std::move(text));
}

}  // namespace mask
}  // namespace gtest_data
