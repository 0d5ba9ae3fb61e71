// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/internet.h"

#include <algorithm>
#include <charconv>
#include <vector>

#include "expand.h"
#include "gtest_data/internal/check.h"
#include "gtest_data/random/distributions.h"
#include "sections.h"
#include "text.h"

namespace gtest_data {
namespace fake {
namespace {

constexpr std::string_view kSafeDomains[] = {"example.com", "example.org",
                                             "example.net"};

std::string Lower(std::string_view latin) {
  std::string out;
  internal::AppendAsciiFold(latin, &out);
  return out;
}

void AppendHexByte(uint8_t byte, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back(kHex[byte >> 4]);
  out->push_back(kHex[byte & 15]);
}

// Blocks a "public" IPv4 address must avoid (RFC 6890 special-purpose
// registry and multicast/reserved space), as (first address, prefix length).
struct Block {
  uint32_t base;
  int prefix;
};
constexpr Block kSpecialV4[] = {
    {0x00000000u, 8},  {0x0a000000u, 8},  {0x64400000u, 10}, {0x7f000000u, 8},
    {0xa9fe0000u, 16}, {0xac100000u, 12}, {0xc0000000u, 24}, {0xc0000200u, 24},
    {0xc0586300u, 24}, {0xc0a80000u, 16}, {0xc6120000u, 15}, {0xc6336400u, 24},
    {0xcb007100u, 24}, {0xe0000000u, 3},
};

bool InBlock(uint32_t address, const Block& block) {
  const uint32_t mask = block.prefix == 0 ? 0 : ~uint32_t{0} << (32 - block.prefix);
  return (address & mask) == block.base;
}

}  // namespace

std::string SafeEmailDomain(const Locale& locale, Rng& rng) {
  std::string domain;
  AppendSafeEmailDomain(locale, rng, &domain);
  return domain;
}

void AppendSafeEmailDomain(const Locale& locale, Rng& rng, std::string* out) {
  // Three in four addresses use example.com/.org/.net; the rest a name
  // under .test, so domains vary without ever being deliverable.
  if (UniformBelow(rng, 4) != 0) {
    out->append(kSafeDomains[UniformBelow(rng, 3)]);
    return;
  }
  out->append(internal::RequireSection(locale, internal::kDomainWord).Draw(rng));
  out->append(".test");
}

std::string EmailFor(const Person& person, const Locale& locale, Rng& rng,
                     EmailDomain domain) {
  std::string email;
  AppendEmailFor(person, locale, rng, domain, &email);
  return email;
}

void AppendEmailFor(const Person& person, const Locale& locale, Rng& rng,
                    EmailDomain domain, std::string* out) {
  // The local part is built in place: the first and last name folded to
  // lowercase ASCII ("user" and "mail" for a name with no Latin letter),
  // then cut back and joined as the drawn pattern says.
  const size_t start = out->size();
  internal::AppendAsciiFold(person.first_name_latin, out);
  if (out->size() == start) out->append("user");
  const size_t first_end = out->size();
  internal::AppendAsciiFold(person.last_name_latin, out);
  if (out->size() == first_end) out->append("mail");
  const size_t last_length = out->size() - first_end;
  // Short names fit a stack buffer; the pattern then rewrites the tail.
  char last[64];
  std::string long_last;
  std::string_view last_name;
  if (last_length <= sizeof(last)) {
    out->copy(last, last_length, first_end);
    last_name = std::string_view(last, last_length);
  } else {
    long_last = out->substr(first_end);
    last_name = long_last;
  }
  switch (UniformBelow(rng, 6)) {
    case 0:  // first.last
      out->resize(first_end);
      out->push_back('.');
      out->append(last_name);
      break;
    case 1:  // firstlast
      break;
    case 2:  // f.last
      out->resize(start + 1);
      out->push_back('.');
      out->append(last_name);
      break;
    case 3:  // first_last
      out->resize(first_end);
      out->push_back('_');
      out->append(last_name);
      break;
    case 4:  // first.last42
      out->resize(first_end);
      out->push_back('.');
      out->append(last_name);
      internal::AppendDecimal(UniformInt(rng, 1, 99), 2, out);
      break;
    default:  // flast1984
      out->resize(start + 1);
      out->append(last_name);
      internal::AppendDecimal(UniformInt(rng, 1950, 2010), 4, out);
      break;
  }
  out->push_back('@');
  if (domain == EmailDomain::kFreeMail) {
    out->append(internal::RequireSection(locale, internal::kFreeEmailDomain).Draw(rng));
  } else {
    AppendSafeEmailDomain(locale, rng, out);
  }
}

std::string Email(const Locale& locale, Rng& rng, EmailDomain domain) {
  const Person person = MakePerson(locale, rng);
  return EmailFor(person, locale, rng, domain);
}

std::string UsernameFor(const Person& person, Rng& rng) {
  std::string first = Lower(person.first_name_latin);
  std::string last = Lower(person.last_name_latin);
  if (first.empty()) first = "user";
  if (last.empty()) last = "name";
  std::string name;
  switch (UniformBelow(rng, 4)) {
    case 0:
      name = first + "." + last;
      break;
    case 1:
      name = first + "_" + last;
      break;
    case 2:
      name = first.substr(0, 1) + last;
      break;
    default:
      name = first;
      break;
  }
  internal::AppendDecimal(UniformInt(rng, 1, 999), 1, &name);
  if (name.size() > 30) name.resize(30);
  return name;
}

std::string Username(const Locale& locale, Rng& rng) {
  return UsernameFor(MakePerson(locale, rng), rng);
}

std::string Password(Rng& rng, const PasswordPolicy& policy) {
  static constexpr std::string_view kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static constexpr std::string_view kLower = "abcdefghijklmnopqrstuvwxyz";
  static constexpr std::string_view kDigit = "0123456789";
  static constexpr std::string_view kSymbol = "!#$%&*+-.:=?@^_~";
  std::vector<std::string_view> classes;
  if (policy.require_upper) classes.push_back(kUpper);
  if (policy.require_lower) classes.push_back(kLower);
  if (policy.require_digit) classes.push_back(kDigit);
  if (policy.require_symbol) classes.push_back(kSymbol);
  const size_t required = classes.size();
  GTEST_DATA_INTERNAL_CHECK_(
      policy.min_length >= 1 && policy.min_length <= policy.max_length &&
          static_cast<size_t>(policy.max_length) >= required,
      "Password needs 1 <= min_length <= max_length and room for every "
      "required character class");
  if (classes.empty()) classes = {kUpper, kLower, kDigit, kSymbol};
  std::string all;
  for (std::string_view c : classes) all.append(c);
  const int64_t length = UniformInt(
      rng, std::max<int64_t>(policy.min_length, static_cast<int64_t>(required)),
      policy.max_length);
  std::string password;
  for (size_t i = 0; i < required; ++i) {
    password.push_back(classes[i][UniformBelow(rng, classes[i].size())]);
  }
  while (static_cast<int64_t>(password.size()) < length) {
    password.push_back(all[UniformBelow(rng, all.size())]);
  }
  Shuffle(rng, password.begin(), password.end());
  return password;
}

std::string DomainName(const Locale& locale, Rng& rng) {
  const Table& words = internal::RequireSection(locale, internal::kDomainWord);
  std::string domain(words.Draw(rng));
  if (UniformBelow(rng, 3) == 0) {
    domain.push_back('-');
    domain.append(words.Draw(rng));
  }
  domain.push_back('.');
  domain.append(internal::RequireSection(locale, internal::kDomainSuffix).Draw(rng));
  return domain;
}

std::string Url(const Locale& locale, Rng& rng) {
  std::string url = UniformBelow(rng, 10) == 0 ? "http://" : "https://";
  if (UniformBelow(rng, 2) == 0) url += "www.";
  url += DomainName(locale, rng);
  url.push_back('/');
  const Table& words = internal::RequireSection(locale, internal::kDomainWord);
  const uint64_t depth = UniformBelow(rng, 3);
  for (uint64_t i = 0; i < depth; ++i) {
    if (i > 0) url.push_back('/');
    url.append(words.Draw(rng));
  }
  return url;
}

std::string Ipv4(Rng& rng) {
  uint32_t address;
  bool special;
  do {
    address = static_cast<uint32_t>(rng.Next() >> 32);
    special = false;
    for (const Block& block : kSpecialV4) special = special || InBlock(address, block);
  } while (special);
  Cidr ip;
  for (int i = 0; i < 4; ++i) ip.address[i] = static_cast<uint8_t>(address >> (24 - 8 * i));
  ip.prefix_length = 32;
  return FormatIp(ip);
}

std::string Ipv6(Rng& rng) {
  Cidr ip;
  ip.is_v6 = true;
  ip.prefix_length = 128;
  const uint64_t high = rng.Next();
  const uint64_t low = rng.Next();
  for (int i = 0; i < 8; ++i) {
    ip.address[i] = static_cast<uint8_t>(high >> (56 - 8 * i));
    ip.address[8 + i] = static_cast<uint8_t>(low >> (56 - 8 * i));
  }
  ip.address[0] = static_cast<uint8_t>(0x20 | (ip.address[0] & 0x1f));  // 2000::/3
  return FormatIp(ip);
}

namespace {

bool ParseV4(std::string_view text, std::array<uint8_t, 16>* out) {
  size_t pos = 0;
  for (int part = 0; part < 4; ++part) {
    if (part > 0) {
      if (pos >= text.size() || text[pos] != '.') return false;
      ++pos;
    }
    unsigned value = 0;
    const auto r = std::from_chars(text.data() + pos, text.data() + text.size(), value);
    const size_t digits = static_cast<size_t>(r.ptr - (text.data() + pos));
    if (r.ec != std::errc() || digits == 0 || digits > 3 || value > 255) return false;
    (*out)[part] = static_cast<uint8_t>(value);
    pos += digits;
  }
  return pos == text.size();
}

bool ParseV6(std::string_view text, std::array<uint8_t, 16>* out) {
  std::vector<uint16_t> head, tail;
  bool compressed = false;
  size_t pos = 0;
  if (text.substr(0, 2) == "::") {
    compressed = true;
    pos = 2;
  }
  while (pos < text.size()) {
    unsigned value = 0;
    const auto r =
        std::from_chars(text.data() + pos, text.data() + text.size(), value, 16);
    const size_t digits = static_cast<size_t>(r.ptr - (text.data() + pos));
    if (r.ec != std::errc() || digits == 0 || digits > 4) return false;
    (compressed ? tail : head).push_back(static_cast<uint16_t>(value));
    pos += digits;
    if (pos == text.size()) break;
    if (text[pos] != ':') return false;
    ++pos;
    if (pos < text.size() && text[pos] == ':') {
      if (compressed) return false;
      compressed = true;
      ++pos;
    } else if (pos == text.size()) {
      return false;
    }
  }
  const size_t groups = head.size() + tail.size();
  if (compressed ? groups > 7 : groups != 8) return false;
  std::vector<uint16_t> all = head;
  all.resize(8 - tail.size(), 0);
  all.insert(all.end(), tail.begin(), tail.end());
  for (int i = 0; i < 8; ++i) {
    (*out)[2 * i] = static_cast<uint8_t>(all[i] >> 8);
    (*out)[2 * i + 1] = static_cast<uint8_t>(all[i] & 0xff);
  }
  return true;
}

}  // namespace

std::optional<Cidr> ParseCidr(std::string_view text, std::string* error) {
  const auto fail = [&](const std::string& why) -> std::optional<Cidr> {
    if (error != nullptr) {
      *error = "invalid CIDR \"" + std::string(text) + "\": " + why;
    }
    return std::nullopt;
  };
  const size_t slash = text.find('/');
  if (slash == std::string_view::npos) {
    return fail("expected ADDRESS/PREFIX, e.g. 10.0.0.0/8 or 2001:db8::/32");
  }
  Cidr cidr;
  const std::string_view address = text.substr(0, slash);
  cidr.is_v6 = address.find(':') != std::string_view::npos;
  if (cidr.is_v6 ? !ParseV6(address, &cidr.address) : !ParseV4(address, &cidr.address)) {
    return fail(cidr.is_v6 ? "expected an IPv6 address before '/'"
                           : "expected a dotted-quad IPv4 address before '/'");
  }
  const std::string_view prefix = text.substr(slash + 1);
  int length = -1;
  const auto r = std::from_chars(prefix.data(), prefix.data() + prefix.size(), length);
  const int max = cidr.is_v6 ? 128 : 32;
  if (prefix.empty() || r.ec != std::errc() || r.ptr != prefix.data() + prefix.size() ||
      length < 0 || length > max) {
    return fail("expected a prefix length from 0 to " + std::to_string(max) + " after '/'");
  }
  cidr.prefix_length = length;
  return cidr;
}

std::string AddressInCidr(Rng& rng, const Cidr& network) {
  Cidr ip = network;
  const int bits = network.is_v6 ? 128 : 32;
  ip.prefix_length = bits;
  for (int byte = network.prefix_length / 8; byte < bits / 8; ++byte) {
    // Leading bits of this byte that the prefix fixes (0 to 7).
    const int fixed = std::max(0, network.prefix_length - 8 * byte);
    const uint8_t mask = static_cast<uint8_t>(0xff >> fixed);
    const uint8_t random = static_cast<uint8_t>(UniformBelow(rng, 256));
    ip.address[byte] = static_cast<uint8_t>((ip.address[byte] & ~mask) | (random & mask));
  }
  return FormatIp(ip);
}

std::string FormatIp(const Cidr& address) {
  std::string out;
  if (!address.is_v6) {
    for (int i = 0; i < 4; ++i) {
      if (i > 0) out.push_back('.');
      internal::AppendDecimal(address.address[i], 1, &out);
    }
    return out;
  }
  uint16_t groups[8];
  for (int i = 0; i < 8; ++i) {
    groups[i] = static_cast<uint16_t>(address.address[2 * i] << 8 | address.address[2 * i + 1]);
  }
  // RFC 5952: compress the longest run of two or more zero groups (the first
  // of equal runs) to "::"; lowercase hex without leading zeros.
  int best = -1, best_length = 1;
  for (int i = 0; i < 8;) {
    if (groups[i] != 0) {
      ++i;
      continue;
    }
    int j = i;
    while (j < 8 && groups[j] == 0) ++j;
    if (j - i > best_length) {
      best = i;
      best_length = j - i;
    }
    i = j;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  for (int i = 0; i < 8; ++i) {
    if (i == best) {
      out += "::";
      i += best_length - 1;
      continue;
    }
    if (!out.empty() && out.back() != ':') out.push_back(':');
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      const int nibble = (groups[i] >> shift) & 15;
      if (nibble != 0 || started || shift == 0) {
        out.push_back(kHex[nibble]);
        started = true;
      }
    }
  }
  return out;
}

std::string MacAddress(Rng& rng, bool universal) {
  const uint64_t bits = rng.Next();
  std::string out;
  for (int i = 0; i < 6; ++i) {
    uint8_t byte = static_cast<uint8_t>(bits >> (8 * i));
    if (i == 0) {
      byte = static_cast<uint8_t>(byte & ~0x01);  // unicast
      byte = universal ? static_cast<uint8_t>(byte & ~0x02) : static_cast<uint8_t>(byte | 0x02);
    }
    if (i > 0) out.push_back(':');
    AppendHexByte(byte, &out);
  }
  return out;
}

std::string UserAgent(Rng& rng) {
  static constexpr std::string_view kPlatforms[] = {
      "Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7",
      "X11; Linux x86_64", "X11; Ubuntu; Linux x86_64"};
  static constexpr std::string_view kMobile[] = {
      "Linux; Android 14; Pixel 8", "Linux; Android 13; SM-S911B",
      "iPhone; CPU iPhone OS 17_5 like Mac OS X"};
  std::string ua = "Mozilla/5.0 (";
  const int64_t chrome = UniformInt(rng, 118, 131);
  const int64_t firefox = UniformInt(rng, 115, 133);
  switch (UniformBelow(rng, 4)) {
    case 0:  // Chrome on a desktop
      ua.append(kPlatforms[UniformBelow(rng, 4)]);
      ua += ") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/";
      internal::AppendDecimal(chrome, 1, &ua);
      ua += ".0.0.0 Safari/537.36";
      break;
    case 1: {  // Firefox on a desktop
      ua.append(kPlatforms[UniformBelow(rng, 4)]);
      ua += "; rv:";
      internal::AppendDecimal(firefox, 1, &ua);
      ua += ".0) Gecko/20100101 Firefox/";
      internal::AppendDecimal(firefox, 1, &ua);
      ua += ".0";
      break;
    }
    case 2:  // Safari on a Mac
      ua += "Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
            "(KHTML, like Gecko) Version/17.";
      internal::AppendDecimal(UniformInt(rng, 0, 6), 1, &ua);
      ua += " Safari/605.1.15";
      break;
    default: {  // a phone
      const size_t which = UniformBelow(rng, 3);
      ua.append(kMobile[which]);
      if (which == 2) {
        ua += ") AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
              "Mobile/15E148 Safari/604.1";
      } else {
        ua += ") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/";
        internal::AppendDecimal(chrome, 1, &ua);
        ua += ".0.0.0 Mobile Safari/537.36";
      }
    }
  }
  return ua;
}

}  // namespace fake
}  // namespace gtest_data
