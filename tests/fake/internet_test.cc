// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/internet.h"

#include <regex>
#include <set>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace fake {
namespace {

using ::testing::HasSubstr;

class InternetLocaleTest : public ::testing::TestWithParam<std::string> {};

std::vector<std::string> CountryLocales() {
  std::vector<std::string> ids;
  for (std::string_view id : Locale::CountryLocaleIds()) ids.emplace_back(id);
  return ids;
}

INSTANTIATE_TEST_SUITE_P(AllLocales, InternetLocaleTest,
                         ::testing::ValuesIn(CountryLocales()),
                         [](const auto& test_info) { return test_info.param; });

// An email of the shape we promise: a dot-atom local part of lowercase ASCII
// (RFC 5322 without quoting) at a domain that never delivers.
const std::regex kSafeEmail(
    R"(^[a-z0-9]+([._][a-z0-9]+)*@(example\.(com|org|net)|[a-z0-9]+(-[a-z0-9]+)*\.test)$)");

TEST_P(InternetLocaleTest, EmailsAreWellFormedAndNeverDeliver) {
  const Locale& locale = *Locale::Find(GetParam());
  Rng rng(DeriveSeed(20, "email", GetParam()));
  std::set<std::string> distinct;
  for (int i = 0; i < 10000; ++i) {
    const std::string email = Email(locale, rng);
    ASSERT_TRUE(std::regex_match(email, kSafeEmail)) << email;
    ASSERT_LE(email.find('@'), 64u) << email;
    distinct.insert(email);
  }
  EXPECT_GT(distinct.size(), 5000u);
}

TEST_P(InternetLocaleTest, FreeMailUsesTheLocalesProviders) {
  const Locale& locale = *Locale::Find(GetParam());
  const Table& providers = *locale.Lookup("internet.free_email_domain");
  std::set<std::string_view> domains;
  for (size_t row = 0; row < providers.size(); ++row) domains.insert(providers.Cell(row, 0));
  Rng rng(DeriveSeed(21, GetParam()));
  for (int i = 0; i < 200; ++i) {
    const std::string email = Email(locale, rng, EmailDomain::kFreeMail);
    EXPECT_EQ(domains.count(email.substr(email.find('@') + 1)), 1u) << email;
  }
}

TEST_P(InternetLocaleTest, UsernamesDomainsAndUrlsAreAscii) {
  const Locale& locale = *Locale::Find(GetParam());
  Rng rng(DeriveSeed(22, GetParam()));
  const std::regex username(R"(^[a-z0-9._]{3,30}$)");
  const std::regex domain(R"(^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z]{2,})+$)");
  const std::regex url(R"(^https?://(www\.)?[a-z0-9.-]+/[a-z0-9/]*$)");
  for (int i = 0; i < 2000; ++i) {
    ASSERT_TRUE(std::regex_match(Username(locale, rng), username));
    ASSERT_TRUE(std::regex_match(DomainName(locale, rng), domain));
    ASSERT_TRUE(std::regex_match(Url(locale, rng), url));
  }
}

TEST(PasswordTest, MeetsThePolicy) {
  Rng rng(23);
  PasswordPolicy policy;
  policy.min_length = 8;
  policy.max_length = 10;
  for (int i = 0; i < 10000; ++i) {
    const std::string pw = Password(rng, policy);
    ASSERT_GE(pw.size(), 8u);
    ASSERT_LE(pw.size(), 10u);
    ASSERT_TRUE(std::regex_search(pw, std::regex("[A-Z]"))) << pw;
    ASSERT_TRUE(std::regex_search(pw, std::regex("[a-z]"))) << pw;
    ASSERT_TRUE(std::regex_search(pw, std::regex("[0-9]"))) << pw;
    ASSERT_TRUE(std::regex_search(pw, std::regex("[^A-Za-z0-9]"))) << pw;
  }
  policy.require_symbol = false;
  policy.require_upper = false;
  for (int i = 0; i < 1000; ++i) {
    ASSERT_TRUE(std::regex_match(Password(rng, policy), std::regex("[a-z0-9]{8,10}")));
  }
}

TEST(PasswordDeathTest, ImpossiblePolicyAborts) {
  Rng rng(1);
  PasswordPolicy policy;
  policy.min_length = 2;
  policy.max_length = 3;  // four required classes do not fit
  EXPECT_DEATH_IF_SUPPORTED(Password(rng, policy), "room for every");
}

uint32_t ParseV4(const std::string& text) {
  std::string error;
  const std::optional<Cidr> cidr = ParseCidr(text + "/32", &error);
  EXPECT_TRUE(cidr.has_value()) << error;
  return uint32_t{cidr->address[0]} << 24 | uint32_t{cidr->address[1]} << 16 |
         uint32_t{cidr->address[2]} << 8 | cidr->address[3];
}

TEST(IpTest, Ipv4AvoidsSpecialPurposeBlocks) {
  Rng rng(24);
  for (int i = 0; i < 10000; ++i) {
    const uint32_t ip = ParseV4(Ipv4(rng));
    ASSERT_NE(ip >> 24, 10u);
    ASSERT_NE(ip >> 24, 127u);
    ASSERT_NE(ip >> 24, 0u);
    ASSERT_NE(ip >> 20, 0xac1u);      // 172.16/12
    ASSERT_NE(ip >> 16, 0xc0a8u);     // 192.168/16
    ASSERT_NE(ip >> 16, 0xa9feu);     // 169.254/16
    ASSERT_LT(ip >> 28, 0xeu);        // multicast and above
  }
}

TEST(IpTest, Ipv6IsGlobalUnicastInCanonicalText) {
  Rng rng(25);
  const std::regex canonical("^[0-9a-f:]+$");
  for (int i = 0; i < 10000; ++i) {
    const std::string text = Ipv6(rng);
    ASSERT_TRUE(std::regex_match(text, canonical)) << text;
    std::string error;
    const std::optional<Cidr> parsed = ParseCidr(text + "/128", &error);
    ASSERT_TRUE(parsed.has_value()) << text << ": " << error;
    ASSERT_EQ(parsed->address[0] >> 5, 1) << text;  // 2000::/3
    ASSERT_EQ(FormatIp(*parsed), text) << "not canonical";
  }
}

TEST(IpTest, FormatsIpv6PerRfc5952) {
  std::string error;
  const auto text = [&](const char* in) {
    const std::optional<Cidr> c = ParseCidr(std::string(in) + "/128", &error);
    EXPECT_TRUE(c.has_value()) << in << ": " << error;
    return c ? FormatIp(*c) : std::string();
  };
  EXPECT_EQ(text("2001:0db8:0000:0000:0000:0000:0000:0001"), "2001:db8::1");
  EXPECT_EQ(text("2001:db8:0:0:1:0:0:1"), "2001:db8::1:0:0:1");  // first longest run
  EXPECT_EQ(text("2001:db8:0:1:1:1:1:1"), "2001:db8:0:1:1:1:1:1");  // no single-group ::
  EXPECT_EQ(text("::"), "::");
  EXPECT_EQ(text("::1"), "::1");
  EXPECT_EQ(text("fe80::"), "fe80::");
}

TEST(CidrTest, AddressesStayInsideTheNetwork) {
  std::string error;
  const std::optional<Cidr> v4 = ParseCidr("10.20.128.0/17", &error);
  ASSERT_TRUE(v4.has_value()) << error;
  const std::optional<Cidr> v6 = ParseCidr("2001:db8:abcd::/52", &error);
  ASSERT_TRUE(v6.has_value()) << error;
  Rng rng(26);
  std::set<std::string> seen;
  for (int i = 0; i < 5000; ++i) {
    const uint32_t ip = ParseV4(AddressInCidr(rng, *v4));
    ASSERT_EQ(ip >> 15, 0x0a148000u >> 15) << "outside 10.20.128.0/17";
    const std::string six = AddressInCidr(rng, *v6);
    const std::optional<Cidr> parsed = ParseCidr(six + "/128", &error);
    ASSERT_TRUE(parsed.has_value()) << six;
    ASSERT_EQ(parsed->address[0], 0x20);
    ASSERT_EQ(parsed->address[1], 0x01);
    ASSERT_EQ(parsed->address[2], 0x0d);
    ASSERT_EQ(parsed->address[3], 0xb8);
    ASSERT_EQ(parsed->address[4], 0xab);
    ASSERT_EQ(parsed->address[5], 0xcd);
    ASSERT_EQ(parsed->address[6] >> 4, 0);
    seen.insert(six);
  }
  EXPECT_GT(seen.size(), 4900u);
}

TEST(CidrTest, MalformedTextNamesTheProblem) {
  const std::pair<const char*, const char*> cases[] = {
      {"10.0.0.0", "expected ADDRESS/PREFIX"},
      {"10.0.0/8", "expected a dotted-quad IPv4 address"},
      {"256.1.1.1/8", "expected a dotted-quad IPv4 address"},
      {"10.0.0.0/33", "expected a prefix length from 0 to 32"},
      {"10.0.0.0/", "expected a prefix length from 0 to 32"},
      {"2001:db8::1::/64", "expected an IPv6 address"},
      {"2001:db8::/129", "expected a prefix length from 0 to 128"},
  };
  for (const auto& [text, message] : cases) {
    std::string error;
    EXPECT_FALSE(ParseCidr(text, &error).has_value()) << text;
    EXPECT_THAT(error, HasSubstr(std::string("invalid CIDR \"") + text + "\""));
    EXPECT_THAT(error, HasSubstr(message)) << text;
  }
}

TEST(MacTest, UnicastAndAdministrationBits) {
  Rng rng(27);
  const std::regex mac("^([0-9a-f]{2}:){5}[0-9a-f]{2}$");
  for (int i = 0; i < 1000; ++i) {
    const std::string local = MacAddress(rng);
    const std::string universal = MacAddress(rng, true);
    ASSERT_TRUE(std::regex_match(local, mac));
    const int first = std::stoi(local.substr(0, 2), nullptr, 16);
    EXPECT_EQ(first & 1, 0);
    EXPECT_EQ(first & 2, 2);
    const int ufirst = std::stoi(universal.substr(0, 2), nullptr, 16);
    EXPECT_EQ(ufirst & 3, 0);
  }
}

TEST(UserAgentTest, LooksLikeABrowser) {
  Rng rng(28);
  for (int i = 0; i < 100; ++i) {
    const std::string ua = UserAgent(rng);
    EXPECT_EQ(ua.rfind("Mozilla/5.0 (", 0), 0u) << ua;
    EXPECT_THAT(ua, ::testing::AnyOf(HasSubstr("Chrome/"), HasSubstr("Firefox/"),
                                     HasSubstr("Safari/")));
  }
}

}  // namespace
}  // namespace fake
}  // namespace gtest_data
