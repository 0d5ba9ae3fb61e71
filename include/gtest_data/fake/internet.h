// Copyright 2026 The gtest_data Authors.
//
// Internet: email addresses, user names, passwords, domains, URLs, IP and MAC
// addresses, user agents.
//
//   using namespace gtest_data::fake;
//   Person p = MakePerson(*Locale::Find("ja_JP"), rng);
//   std::string email = EmailFor(p, rng);   // "hiroshi.sato@example.com"
//   PasswordPolicy policy;
//   policy.min_length = 16;
//   std::string pw = Password(rng, policy);
//   std::string error;
//   std::optional<Cidr> net = ParseCidr("10.20.0.0/16", &error);
//   std::string ip = AddressInCidr(rng, *net);   // "10.20.187.3"
//
// Emails use domains that never deliver mail (example.com, example.org,
// example.net and names under the reserved .test TLD; RFC 2606 and 6761)
// unless EmailDomain::kFreeMail asks for real free-mail providers.
//
// Determinism: a pure function of (locale data, Rng state); seed-stable
// across platforms within a data version. Thread-compatible.

#ifndef GTEST_DATA_FAKE_INTERNET_H_
#define GTEST_DATA_FAKE_INTERNET_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "gtest_data/fake/locale.h"
#include "gtest_data/fake/person.h"
#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace fake {

enum class EmailDomain {
  kSafe,      // example.com/.org/.net or <word>.test: never delivers
  kFreeMail,  // the locale's real free-mail providers (gmail.com, web.de, ...)
};

// A domain that never delivers mail.
std::string SafeEmailDomain(const Locale& locale, Rng& rng);
void AppendSafeEmailDomain(const Locale& locale, Rng& rng, std::string* out);

// An email address made from a new person of the locale.
std::string Email(const Locale& locale, Rng& rng,
                  EmailDomain domain = EmailDomain::kSafe);

// An email address made from `person`'s romanized names, lowercased and
// folded to ASCII: "anna.kowalska@", "akowalska84@", ...
std::string EmailFor(const Person& person, const Locale& locale, Rng& rng,
                     EmailDomain domain = EmailDomain::kSafe);
// EmailFor() appended to `*out` (for bulk generation); draws the same.
void AppendEmailFor(const Person& person, const Locale& locale, Rng& rng,
                    EmailDomain domain, std::string* out);

// A user name made from a new person, or from `person`: ASCII lowercase
// letters, digits, '.', '_' only; 3 to 30 characters.
std::string Username(const Locale& locale, Rng& rng);
std::string UsernameFor(const Person& person, Rng& rng);

// What a generated password must satisfy.
struct PasswordPolicy {
  int min_length = 12;
  int max_length = 16;
  bool require_upper = true;
  bool require_lower = true;
  bool require_digit = true;
  bool require_symbol = true;
};

// A password meeting `policy`: a length in [min_length, max_length], at
// least one character of each required class at random positions, the rest
// from the union of the required classes (all four when none is required).
// Requires 1 <= min_length <= max_length and max_length at least the number
// of required classes.
std::string Password(Rng& rng, const PasswordPolicy& policy = {});

// "mueller-logistik.de" style domain from the locale's words and suffixes.
std::string DomainName(const Locale& locale, Rng& rng);

// "https://www.mueller-logistik.de/kontakt" style URL.
std::string Url(const Locale& locale, Rng& rng);

// A public unicast IPv4 address (no private, loopback, link-local,
// documentation, multicast or reserved block), dotted quad.
std::string Ipv4(Rng& rng);

// A global unicast IPv6 address (2000::/3), in RFC 5952 canonical text.
std::string Ipv6(Rng& rng);

// An IPv4 or IPv6 network, e.g. 192.168.0.0/16 or 2001:db8::/32.
struct Cidr {
  bool is_v6 = false;
  std::array<uint8_t, 16> address{};  // IPv4 in the first 4 bytes
  int prefix_length = 0;
};

// Parses "a.b.c.d/n" (n <= 32) or an IPv6 address with "/n" (n <= 128).
// Host bits may be set; they are ignored. On malformed text returns nullopt
// and sets `*error` to a message naming the text and what was expected.
std::optional<Cidr> ParseCidr(std::string_view text, std::string* error);

// An address inside `network`, in canonical text.
std::string AddressInCidr(Rng& rng, const Cidr& network);

// Canonical text of an address (IPv4 dotted quad; IPv6 per RFC 5952).
std::string FormatIp(const Cidr& address);

// A MAC address "3a:1f:...": unicast, and locally administered (bit 1 of the
// first octet set) unless `universal` asks for a universally administered
// one.
std::string MacAddress(Rng& rng, bool universal = false);

// A plausible desktop or mobile browser user agent string.
std::string UserAgent(Rng& rng);

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_INTERNET_H_
