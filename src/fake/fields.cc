// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/fields.h"

#include <algorithm>

#include "gtest_data/fake/address.h"
#include "gtest_data/fake/codes.h"
#include "gtest_data/fake/company.h"
#include "gtest_data/fake/finance.h"
#include "gtest_data/fake/identifiers.h"
#include "gtest_data/fake/internet.h"
#include "gtest_data/fake/lorem.h"
#include "gtest_data/fake/person.h"
#include "gtest_data/fake/phone.h"
#include "gtest_data/random/distributions.h"
#include "gtest_data/random/seed.h"
#include "text.h"

namespace gtest_data {
namespace fake {
namespace {

using Out = std::string*;
using Ctx = const FieldContext&;

constexpr int64_t kYear = 365 * kSecondsPerDay;

int64_t Today(Ctx c) { return c.now / kSecondsPerDay - (c.now % kSecondsPerDay < 0); }

// An IBAN/BIC country: the locale's own where it has one, else a supported
// country drawn from the stream (the US, China and Japan use no IBAN).
std::string BankCountry(Ctx c, Rng& rng, bool (*supported)(std::string_view),
                        std::vector<std::string> (*all)()) {
  const std::string country(c.locale->country());
  if (supported(country)) return country;
  const std::vector<std::string> countries = all();
  return countries[UniformBelow(rng, countries.size())];
}

// National identity numbers by country.
bool HasNationalId(const Locale& locale) {
  const std::string_view c = locale.country();
  return c == "US" || c == "PL" || c == "BR" || c == "ES" || c == "NL" || c == "IT";
}

void NationalId(Ctx c, Rng& rng, Out out) {
  const std::string_view country = c.locale->country();
  const int year = static_cast<int>(CivilFromDays(Today(c)).year);
  if (country == "US") {
    out->append(Ssn(rng));
  } else if (country == "PL") {
    out->append(Pesel(rng, year - 90, year - 1));
  } else if (country == "BR") {
    out->append(Cpf(rng));
  } else if (country == "ES") {
    out->append(Dni(rng));
  } else if (country == "NL") {
    out->append(Bsn(rng));
  } else if (country == "IT") {
    out->append(CodiceFiscale(rng, year - 90, year - 1));
  }
}

Person PersonOf(Ctx c, Rng& rng) { return MakePerson(*c.locale, rng); }

// The parts of an address without its full text and coordinates, which are
// drawn last: the parts are the same either way, and cheaper to make.
Address AddressParts(Ctx c, Rng& rng) {
  AddressOptions options;
  options.full_text = false;
  options.location = false;
  return MakeAddress(*c.locale, rng, options);
}

// A millisecond instant in the year before now. The two draws are separate
// statements: the operands of one expression may be evaluated in either
// order, and GCC and Clang do differ.
int64_t PastMillis(Ctx c, Rng& rng) {
  const int64_t seconds = PastTime(rng, c.now, kYear);
  const int64_t millis = static_cast<int64_t>(UniformBelow(rng, 1000));
  return seconds * 1000 + millis;
}

const std::vector<Field>& BuildFields() {
  static const std::vector<Field>* const fields = [] {
    auto* f = new std::vector<Field>{
        // person: one person per record.
        {"person.sex", "female or male", [](Ctx c, Rng& r, Out o) {
           o->append(SexName(PersonOf(c, r).sex)); }, "person"},
        {"person.first_name", "given name, agreeing with the person's sex",
         [](Ctx c, Rng& r, Out o) { o->append(PersonOf(c, r).first_name); }, "person"},
        {"person.last_name", "family name(s), in the form for the person's sex",
         [](Ctx c, Rng& r, Out o) { o->append(PersonOf(c, r).last_name); }, "person"},
        {"person.middle_name", "patronymic or middle name where the name format uses one",
         [](Ctx c, Rng& r, Out o) { o->append(PersonOf(c, r).middle_name); }, "person"},
        {"person.full_name", "the name as the locale writes it",
         [](Ctx c, Rng& r, Out o) { o->append(PersonOf(c, r).full_name); }, "person"},
        {"person.prefix", "title such as Mr., Frau (may be empty)",
         [](Ctx c, Rng& r, Out o) {
           const Person p = PersonOf(c, r);
           o->append(NamePrefix(*c.locale, r, p.sex)); }, "person"},
        {"internet.email", "address at a never-delivering domain, from the person's name",
         [](Ctx c, Rng& r, Out o) {
           const Person p = PersonOf(c, r);
           o->append(EmailFor(p, *c.locale, r)); }, "person"},
        {"internet.free_email", "address at a real free-mail provider of the country",
         [](Ctx c, Rng& r, Out o) {
           const Person p = PersonOf(c, r);
           o->append(EmailFor(p, *c.locale, r, EmailDomain::kFreeMail)); }, "person"},
        {"internet.username", "ASCII user name from the person's name",
         [](Ctx c, Rng& r, Out o) {
           const Person p = PersonOf(c, r);
           o->append(UsernameFor(p, r)); }, "person"},
        {"person.job_title", "job title in the locale's language",
         [](Ctx c, Rng& r, Out o) { o->append(JobTitle(*c.locale, r)); }, "person.job_title"},
        {"person.birthdate", "ISO 8601 birth date of an adult aged 18 to 80",
         [](Ctx c, Rng& r, Out o) {
           o->append(FormatIsoDate(Birthdate(r, Today(c), 18, 80))); }, "person.birthdate"},
        // address: one address per record.
        {"address.street_name", "street name", [](Ctx c, Rng& r, Out o) {
           o->append(AddressParts(c, r).street_name); }, "address"},
        {"address.building_number", "building number", [](Ctx c, Rng& r, Out o) {
           o->append(AddressParts(c, r).building_number); }, "address"},
        {"address.street_address", "street, number and any secondary unit",
         [](Ctx c, Rng& r, Out o) { o->append(AddressParts(c, r).street_address); },
         "address"},
        {"address.secondary", "apartment, suite or floor (may be empty)",
         [](Ctx c, Rng& r, Out o) { o->append(SecondaryAddress(*c.locale, r)); },
         "address.secondary"},
        {"address.city", "city", [](Ctx c, Rng& r, Out o) {
           o->append(AddressParts(c, r).city); }, "address"},
        {"address.region", "first-level subdivision name", [](Ctx c, Rng& r, Out o) {
           o->append(AddressParts(c, r).region); }, "address"},
        {"address.region_code", "ISO 3166-2 subdivision code (after the hyphen)",
         [](Ctx c, Rng& r, Out o) { o->append(AddressParts(c, r).region_code); },
         "address"},
        {"address.postal_code", "postal code in the country's format, plausible for the city",
         [](Ctx c, Rng& r, Out o) { o->append(AddressParts(c, r).postal_code); },
         "address"},
        {"address.country", "country name in the locale's language",
         [](Ctx c, Rng&, Out o) { o->append(c.locale->country_name()); }, "address"},
        {"address.country_code", "ISO 3166-1 alpha-2 code",
         [](Ctx c, Rng&, Out o) { o->append(c.locale->country()); }, "address"},
        {"address.country_code3", "ISO 3166-1 alpha-3 code",
         [](Ctx c, Rng&, Out o) { o->append(c.locale->country_alpha3()); },
         "address"},
        {"address.full", "the whole postal address, lines joined by newlines",
         [](Ctx c, Rng& r, Out o) { o->append(MakeAddress(*c.locale, r).full); }, "address"},
        {"address.latitude", "decimal degrees near the address's city",
         [](Ctx c, Rng& r, Out o) {
           o->append(FormatCoordinate(MakeAddress(*c.locale, r).location.latitude_e6)); },
         "address"},
        {"address.longitude", "decimal degrees near the address's city",
         [](Ctx c, Rng& r, Out o) {
           o->append(FormatCoordinate(MakeAddress(*c.locale, r).location.longitude_e6)); },
         "address"},
        // phone: one number per record.
        {"phone.e164", "E.164 number (+CC NSN) following the numbering plan",
         [](Ctx c, Rng& r, Out o) { o->append(Phone(*c.locale, r).e164); }, "phone"},
        {"phone.national", "the same number as dialled nationally",
         [](Ctx c, Rng& r, Out o) { o->append(Phone(*c.locale, r).national); }, "phone"},
        {"phone.mobile_e164", "E.164 mobile number",
         [](Ctx c, Rng& r, Out o) { o->append(Phone(*c.locale, r, PhoneKind::kMobile).e164); },
         "phone.mobile"},
        // internet, not tied to a person.
        {"internet.domain", "invented domain name with a local suffix",
         [](Ctx c, Rng& r, Out o) { o->append(DomainName(*c.locale, r)); }, "internet.domain"},
        {"internet.url", "https URL on an invented domain",
         [](Ctx c, Rng& r, Out o) { o->append(Url(*c.locale, r)); }, "internet.url"},
        {"internet.password", "12-16 characters with upper, lower, digit and symbol",
         [](Ctx, Rng& r, Out o) { o->append(Password(r)); }, "internet.password"},
        {"internet.ipv4", "public unicast IPv4 address",
         [](Ctx, Rng& r, Out o) { o->append(Ipv4(r)); }, "internet.ipv4"},
        {"internet.ipv6", "global unicast IPv6 address (RFC 5952 text)",
         [](Ctx, Rng& r, Out o) { o->append(Ipv6(r)); }, "internet.ipv6"},
        {"internet.mac", "locally administered unicast MAC address",
         [](Ctx, Rng& r, Out o) { o->append(MacAddress(r)); }, "internet.mac"},
        {"internet.user_agent", "browser user agent string",
         [](Ctx, Rng& r, Out o) { o->append(UserAgent(r)); }, "internet.user_agent"},
        // finance.
        {"finance.iban", "IBAN of the locale's country (a random IBAN country where it has none)",
         [](Ctx c, Rng& r, Out o) {
           o->append(Iban(r, BankCountry(c, r, IsIbanCountry, IbanCountries))); },
         "finance.iban"},
        {"finance.bic", "BIC of a bank in the locale's country (or a random BIC country)",
         [](Ctx c, Rng& r, Out o) {
           o->append(Bic(r, BankCountry(c, r, IsBicCountry, BicCountries))); },
         "finance.bic"},
        {"finance.card_number", "payment card number of a random brand, valid Luhn digit",
         [](Ctx, Rng& r, Out o) {
           const std::vector<CardBrand> brands = CardBrands();
           o->append(CardNumber(r, brands[UniformBelow(r, brands.size())])); },
         "finance.card_number"},
        {"finance.currency_code", "ISO 4217 currency code",
         [](Ctx, Rng& r, Out o) { o->append(CurrencyCode(r)); }, "finance.currency_code"},
        // company and commerce.
        {"company.name", "company name with its legal form",
         [](Ctx c, Rng& r, Out o) { o->append(CompanyName(*c.locale, r)); }, "company.name"},
        {"company.catch_phrase", "catch phrase",
         [](Ctx c, Rng& r, Out o) { o->append(CatchPhrase(*c.locale, r)); },
         "company.catch_phrase"},
        {"commerce.department", "shop department",
         [](Ctx c, Rng& r, Out o) { o->append(Department(*c.locale, r)); },
         "commerce.department"},
        {"commerce.product_name", "product name",
         [](Ctx c, Rng& r, Out o) { o->append(ProductName(*c.locale, r)); },
         "commerce.product_name"},
        {"commerce.price", "price between 1.00 and 999.99 in the locale's currency",
         [](Ctx c, Rng& r, Out o) {
           o->append(FormatAmount(Price(r, 100, 99999), c.locale->Directive("currency"))); },
         "commerce.price"},
        {"commerce.ean13", "EAN-13 with a valid check digit",
         [](Ctx, Rng& r, Out o) { o->append(Ean13(r)); }, "commerce.ean13"},
        {"commerce.upc_a", "UPC-A with a valid check digit",
         [](Ctx, Rng& r, Out o) { o->append(UpcA(r)); }, "commerce.upc_a"},
        {"commerce.isbn13", "ISBN-13 with a valid check digit",
         [](Ctx, Rng& r, Out o) { o->append(Isbn13(r)); }, "commerce.isbn13"},
        {"commerce.sku", "stock-keeping unit",
         [](Ctx, Rng& r, Out o) { o->append(Sku(r)); }, "commerce.sku"},
        // datetime, relative to the context's reference now.
        {"datetime.iso_date", "ISO 8601 date in the 30 years before now",
         [](Ctx c, Rng& r, Out o) {
           o->append(FormatIsoDate(DateBetween(r, Today(c) - 30 * 365, Today(c) - 1))); },
         "datetime.iso_date"},
        {"datetime.iso_datetime", "ISO 8601 UTC timestamp in the 10 years before now",
         [](Ctx c, Rng& r, Out o) {
           o->append(FormatIsoDateTime(PastTime(r, c.now, 10 * kYear))); },
         "datetime.iso_datetime"},
        {"datetime.time_zone", "IANA time-zone name",
         [](Ctx, Rng& r, Out o) { o->append(TimeZone(r)); }, "datetime.time_zone"},
        // identifiers.
        {"identifiers.uuid4", "random UUID (version 4)",
         [](Ctx, Rng& r, Out o) { o->append(UuidV4(r)); }, "identifiers.uuid4"},
        {"identifiers.uuid7", "time-ordered UUID (version 7) from the year before now",
         [](Ctx c, Rng& r, Out o) { o->append(UuidV7(r, PastMillis(c, r))); },
         "identifiers.uuid7"},
        {"identifiers.ulid", "ULID from the year before now",
         [](Ctx c, Rng& r, Out o) { o->append(Ulid(r, PastMillis(c, r))); },
         "identifiers.ulid"},
        {"identifiers.vin", "vehicle identification number with check digit",
         [](Ctx, Rng& r, Out o) { o->append(Vin(r)); }, "identifiers.vin"},
        {"identifiers.national_id",
         "national ID with checksum: US SSN, PL PESEL, BR CPF, ES DNI, NL BSN, IT codice fiscale",
         NationalId, "identifiers.national_id", HasNationalId},
        // text.
        {"lorem.word", "word in the locale's language",
         [](Ctx c, Rng& r, Out o) { o->append(Word(*c.locale, r)); }, "lorem.word"},
        {"lorem.sentence", "sentence of 4 to 12 words",
         [](Ctx c, Rng& r, Out o) { o->append(Sentence(*c.locale, r)); }, "lorem.sentence"},
        {"lorem.paragraph", "paragraph of 3 to 6 sentences",
         [](Ctx c, Rng& r, Out o) { o->append(Paragraph(*c.locale, r)); }, "lorem.paragraph"},
    };
    std::sort(f->begin(), f->end(),
              [](const Field& a, const Field& b) { return a.name < b.name; });
    return f;
  }();
  return *fields;
}

}  // namespace

const std::vector<Field>& Fields() { return BuildFields(); }

const Field* FindField(std::string_view name) {
  const std::vector<Field>& fields = Fields();
  const auto it = std::lower_bound(
      fields.begin(), fields.end(), name,
      [](const Field& field, std::string_view n) { return field.name < n; });
  return it != fields.end() && it->name == name ? &*it : nullptr;
}

bool FieldSupports(const Field& field, const Locale& locale) {
  return field.supports == nullptr || field.supports(locale);
}

uint64_t FieldValueSeed(uint64_t seed, const Field& field, uint64_t index) {
  return DeriveIndexSeed(DeriveSeed(seed, field.stream), index);
}

void AppendField(const Field& field, const FieldContext& context, uint64_t seed,
                 uint64_t index, std::string* out) {
  Rng rng(FieldValueSeed(seed, field, index));
  field.generate(context, rng, out);
}

std::string GenerateField(const Field& field, const FieldContext& context,
                          uint64_t seed, uint64_t index) {
  std::string out;
  AppendField(field, context, seed, index, &out);
  return out;
}

}  // namespace fake
}  // namespace gtest_data
