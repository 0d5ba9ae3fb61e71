// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/fields.h"

#include <algorithm>
#include <array>

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

// The entity of a record is drawn once per thread and kept while the
// following fields ask for the same one: a factory, row or line whose
// first name, last name and e-mail are three fields would otherwise make
// the same person three times. The memo is keyed by everything the draw
// depends on (the engine's whole state on entry and the locale), so a hit
// returns exactly what drawing again would, engine position included: it
// changes speed, never values.
template <typename Entity>
struct Memo {
  bool valid = false;
  std::array<uint64_t, 4> key{};
  const Locale* locale = nullptr;
  std::array<uint64_t, 4> after{};
  Entity value;
};

template <typename Entity, typename Draw>
const Entity& Memoized(Memo<Entity>& memo, Ctx c, Rng& rng, Draw draw) {
  if (memo.valid && memo.locale == c.locale && memo.key == rng.state()) {
    rng = Rng(memo.after);
    return memo.value;
  }
  memo.valid = false;
  memo.key = rng.state();
  memo.locale = c.locale;
  draw(rng, &memo.value);
  memo.after = rng.state();
  memo.valid = true;
  return memo.value;
}

// The person of a record, and the seed that person's further attributes
// (birth date, national ID, e-mail, user name, title) fork from. Every
// person.* field starts the same way from the same stream, so the person is
// the same; each attribute then draws from a stream of its own, so the
// draws of one (the e-mail's pattern) are not those of another (the birth
// date).
struct PersonDraw {
  Person person;
  uint64_t fork = 0;
};

const PersonDraw& DrawPerson(Ctx c, Rng& rng) {
  thread_local Memo<PersonDraw> memo;
  return Memoized(memo, c, rng, [c](Rng& r, PersonDraw* d) {
    MakePerson(*c.locale, r, &d->person);
    d->fork = r.Next();
  });
}

const Person& PersonOf(Ctx c, Rng& rng) { return DrawPerson(c, rng).person; }

// The person's attributes fork from its seed by these names' hashes.
constexpr uint64_t kBirthdateFork = HashName("birthdate");
constexpr uint64_t kNationalIdFork = HashName("national_id");
constexpr uint64_t kEmailFork = HashName("email");
constexpr uint64_t kPrefixFork = HashName("prefix");
constexpr uint64_t kUsernameFork = HashName("username");

// DeriveSeed(fork, attribute), given the attribute's hash (one of the
// constants above, computed at compile time).
Rng Fork(uint64_t fork, uint64_t attribute_hash) { return Rng(Mix64(fork ^ attribute_hash)); }

// The person's birth date: an adult aged 18 to 80 at the reference now.
int64_t BirthdayOf(Ctx c, uint64_t fork) {
  Rng rng = Fork(fork, kBirthdateFork);
  return Birthdate(rng, Today(c), 18, 80);
}

// National identity numbers by country; PESEL and codice fiscale carry the
// person's birth date and sex.
bool HasNationalId(const Locale& locale) {
  const std::string_view c = locale.country();
  return c == "US" || c == "PL" || c == "BR" || c == "ES" || c == "NL" || c == "IT";
}

void NationalId(Ctx c, Rng& r, Out out) {
  const PersonDraw& d = DrawPerson(c, r);
  const CivilDate born = CivilFromDays(BirthdayOf(c, d.fork));
  Rng rng = Fork(d.fork, kNationalIdFork);
  const std::string_view country = c.locale->country();
  if (country == "US") {
    out->append(Ssn(rng));
  } else if (country == "PL") {
    out->append(Pesel(rng, born, d.person.sex));
  } else if (country == "BR") {
    out->append(Cpf(rng));
  } else if (country == "ES") {
    out->append(Dni(rng));
  } else if (country == "NL") {
    out->append(Bsn(rng));
  } else if (country == "IT") {
    out->append(CodiceFiscaleFor(rng, d.person.last_name_latin, d.person.first_name_latin, born,
                                 d.person.sex));
  }
}

void PersonEmail(Ctx c, Rng& r, EmailDomain domain, Out out) {
  const PersonDraw& d = DrawPerson(c, r);
  Rng rng = Fork(d.fork, kEmailFork);
  AppendEmailFor(d.person, *c.locale, rng, domain, out);
}

// The parts of an address without its full text and coordinates, which are
// drawn last: the parts are the same either way, and cheaper to make.
const Address& AddressParts(Ctx c, Rng& rng) {
  thread_local Memo<Address> memo;
  return Memoized(memo, c, rng, [c](Rng& r, Address* a) {
    AddressOptions options;
    options.full_text = false;
    options.location = false;
    MakeAddress(*c.locale, r, options, a);
  });
}

const Address& WholeAddress(Ctx c, Rng& rng) {
  thread_local Memo<Address> memo;
  return Memoized(memo, c, rng, [c](Rng& r, Address* a) { MakeAddress(*c.locale, r, {}, a); });
}

const Company& CompanyOf(Ctx c, Rng& rng) {
  thread_local Memo<Company> memo;
  return Memoized(memo, c, rng, [c](Rng& r, Company* company) {
    *company = MakeCompany(*c.locale, r);
  });
}

const PhoneNumber& PhoneOf(Ctx c, Rng& rng) {
  thread_local Memo<PhoneNumber> memo;
  return Memoized(memo, c, rng, [c](Rng& r, PhoneNumber* number) {
    Phone(*c.locale, r, PhoneKind::kAny, number);
  });
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
        {"person.prefix", "title such as Mr., Frau (the full name's own, else one for the sex)",
         [](Ctx c, Rng& r, Out o) {
           const PersonDraw& d = DrawPerson(c, r);
           if (!d.person.prefix.empty()) {
             o->append(d.person.prefix);
           } else {
             Rng rng = Fork(d.fork, kPrefixFork);
             o->append(NamePrefix(*c.locale, rng, d.person.sex));
           } }, "person"},
        {"person.birthdate", "ISO 8601 birth date of the person, an adult aged 18 to 80",
         [](Ctx c, Rng& r, Out o) {
           AppendIsoDate(BirthdayOf(c, DrawPerson(c, r).fork), o); }, "person"},
        {"internet.email", "the person's address at a never-delivering domain",
         [](Ctx c, Rng& r, Out o) { PersonEmail(c, r, EmailDomain::kSafe, o); }, "person"},
        {"internet.free_email", "the person's address at a real free-mail provider of the country",
         [](Ctx c, Rng& r, Out o) { PersonEmail(c, r, EmailDomain::kFreeMail, o); }, "person"},
        {"internet.username", "ASCII user name from the person's name",
         [](Ctx c, Rng& r, Out o) {
           const PersonDraw& d = DrawPerson(c, r);
           Rng rng = Fork(d.fork, kUsernameFork);
           o->append(UsernameFor(d.person, rng)); }, "person"},
        {"identifiers.national_id",
         "the person's national ID with checksum: US SSN, PL PESEL, BR CPF, ES DNI, NL BSN, "
         "IT codice fiscale (PESEL and codice fiscale carry the birth date and sex)",
         NationalId, "person", HasNationalId},
        {"person.job_title", "job title in the locale's language",
         [](Ctx c, Rng& r, Out o) { o->append(JobTitle(*c.locale, r)); }, ""},
        // address: one address per record.
        {"address.street_name", "street name", [](Ctx c, Rng& r, Out o) {
           o->append(AddressParts(c, r).street_name); }, "address"},
        {"address.building_number", "building number", [](Ctx c, Rng& r, Out o) {
           o->append(AddressParts(c, r).building_number); }, "address"},
        {"address.street_address", "street, number and any secondary unit",
         [](Ctx c, Rng& r, Out o) { o->append(AddressParts(c, r).street_address); },
         "address"},
        {"address.secondary", "the street address's apartment, suite or floor (may be empty)",
         [](Ctx c, Rng& r, Out o) { o->append(AddressParts(c, r).secondary); }, "address"},
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
         [](Ctx c, Rng& r, Out o) { o->append(WholeAddress(c, r).full); }, "address"},
        {"address.latitude", "decimal degrees near the address's city",
         [](Ctx c, Rng& r, Out o) {
           o->append(FormatCoordinate(WholeAddress(c, r).location.latitude_e6)); },
         "address"},
        {"address.longitude", "decimal degrees near the address's city",
         [](Ctx c, Rng& r, Out o) {
           o->append(FormatCoordinate(WholeAddress(c, r).location.longitude_e6)); },
         "address"},
        // phone: one number per record.
        {"phone.e164", "E.164 number (+CC NSN) following the numbering plan",
         [](Ctx c, Rng& r, Out o) { o->append(PhoneOf(c, r).e164); }, "phone"},
        {"phone.national", "the same number as dialled nationally",
         [](Ctx c, Rng& r, Out o) { o->append(PhoneOf(c, r).national); }, "phone"},
        {"phone.mobile_e164", "E.164 mobile number",
         [](Ctx c, Rng& r, Out o) { o->append(Phone(*c.locale, r, PhoneKind::kMobile).e164); },
         ""},
        // internet, not tied to a person.
        {"internet.domain", "invented domain name with a local suffix",
         [](Ctx c, Rng& r, Out o) { o->append(DomainName(*c.locale, r)); }, ""},
        {"internet.url", "https URL on an invented domain",
         [](Ctx c, Rng& r, Out o) { o->append(Url(*c.locale, r)); }, ""},
        {"internet.password", "12-16 characters with upper, lower, digit and symbol",
         [](Ctx, Rng& r, Out o) { o->append(Password(r)); }, ""},
        {"internet.ipv4", "public unicast IPv4 address",
         [](Ctx, Rng& r, Out o) { o->append(Ipv4(r)); }, ""},
        {"internet.ipv6", "global unicast IPv6 address (RFC 5952 text)",
         [](Ctx, Rng& r, Out o) { o->append(Ipv6(r)); }, ""},
        {"internet.mac", "locally administered unicast MAC address",
         [](Ctx, Rng& r, Out o) { o->append(MacAddress(r)); }, ""},
        {"internet.user_agent", "browser user agent string",
         [](Ctx, Rng& r, Out o) { o->append(UserAgent(r)); }, ""},
        // finance.
        {"finance.iban", "IBAN of the locale's country (a random IBAN country where it has none)",
         [](Ctx c, Rng& r, Out o) {
           o->append(Iban(r, BankCountry(c, r, IsIbanCountry, IbanCountries))); },
         ""},
        {"finance.bic", "BIC of a bank in the locale's country (or a random BIC country)",
         [](Ctx c, Rng& r, Out o) {
           o->append(Bic(r, BankCountry(c, r, IsBicCountry, BicCountries))); },
         ""},
        {"finance.card_number", "payment card number of a random brand, valid Luhn digit",
         [](Ctx, Rng& r, Out o) {
           const std::vector<CardBrand> brands = CardBrands();
           o->append(CardNumber(r, brands[UniformBelow(r, brands.size())])); },
         ""},
        {"finance.currency_code", "ISO 4217 currency code",
         [](Ctx, Rng& r, Out o) { o->append(CurrencyCode(r)); }, ""},
        // company and commerce.
        {"company.name", "company name with its legal form",
         [](Ctx c, Rng& r, Out o) { o->append(CompanyOf(c, r).name); }, "company"},
        {"company.catch_phrase", "the company's catch phrase",
         [](Ctx c, Rng& r, Out o) { o->append(CompanyOf(c, r).catch_phrase); },
         "company"},
        {"company.domain", "the company's domain, from its name, under .test (never resolves)",
         [](Ctx c, Rng& r, Out o) { o->append(CompanyOf(c, r).domain); },
         "company"},
        {"commerce.department", "shop department",
         [](Ctx c, Rng& r, Out o) { o->append(Department(*c.locale, r)); },
         ""},
        {"commerce.product_name", "product name",
         [](Ctx c, Rng& r, Out o) { o->append(ProductName(*c.locale, r)); },
         ""},
        {"commerce.price", "price between 1.00 and 999.99 in the locale's currency",
         [](Ctx c, Rng& r, Out o) {
           o->append(FormatAmount(Price(r, 100, 99999), c.locale->Directive("currency"))); },
         ""},
        {"commerce.ean13", "EAN-13 with a valid check digit",
         [](Ctx, Rng& r, Out o) { o->append(Ean13(r)); }, ""},
        {"commerce.upc_a", "UPC-A with a valid check digit",
         [](Ctx, Rng& r, Out o) { o->append(UpcA(r)); }, ""},
        {"commerce.isbn13", "ISBN-13 with a valid check digit",
         [](Ctx, Rng& r, Out o) { o->append(Isbn13(r)); }, ""},
        {"commerce.sku", "stock-keeping unit",
         [](Ctx, Rng& r, Out o) { o->append(Sku(r)); }, ""},
        // datetime, relative to the context's reference now.
        {"datetime.iso_date", "ISO 8601 date in the 30 years before now",
         [](Ctx c, Rng& r, Out o) {
           o->append(FormatIsoDate(DateBetween(r, Today(c) - 30 * 365, Today(c) - 1))); },
         ""},
        {"datetime.iso_datetime", "ISO 8601 UTC timestamp in the 10 years before now",
         [](Ctx c, Rng& r, Out o) {
           o->append(FormatIsoDateTime(PastTime(r, c.now, 10 * kYear))); },
         ""},
        {"datetime.time_zone", "IANA time-zone name",
         [](Ctx, Rng& r, Out o) { o->append(TimeZone(r)); }, ""},
        // identifiers.
        {"identifiers.uuid4", "random UUID (version 4)",
         [](Ctx, Rng& r, Out o) { AppendUuidV4(r, o); }, ""},
        {"identifiers.uuid7", "time-ordered UUID (version 7) from the year before now",
         [](Ctx c, Rng& r, Out o) { o->append(UuidV7(r, PastMillis(c, r))); },
         ""},
        {"identifiers.ulid", "ULID from the year before now",
         [](Ctx c, Rng& r, Out o) { o->append(Ulid(r, PastMillis(c, r))); },
         ""},
        {"identifiers.vin", "vehicle identification number with check digit",
         [](Ctx, Rng& r, Out o) { o->append(Vin(r)); }, ""},
        // text.
        {"lorem.word", "word in the locale's language",
         [](Ctx c, Rng& r, Out o) { o->append(Word(*c.locale, r)); }, ""},
        {"lorem.sentence", "sentence of 4 to 12 words",
         [](Ctx c, Rng& r, Out o) { o->append(Sentence(*c.locale, r)); }, ""},
        {"lorem.paragraph", "paragraph of 3 to 6 sentences",
         [](Ctx c, Rng& r, Out o) { o->append(Paragraph(*c.locale, r)); }, ""},
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

uint64_t RecordSeed(uint64_t seed, uint64_t index) { return DeriveIndexSeed(seed, index); }

std::string FieldStreamName(const Field& field, std::string_view slot, std::string_view entity) {
  if (field.group.empty()) return std::string(slot.empty() ? field.name : slot);
  std::string name = "@";
  name.append(field.group);
  if (!entity.empty()) {
    name.push_back(':');
    name.append(entity);
  }
  return name;
}

// The stream of a record's area code choice (UseCityAreaCode).
constexpr uint64_t kAreaCodeSalt = 0x61726561636f6465u;  // "areacode"

RecordField::RecordField(const Field& field, std::string_view slot, std::string_view entity)
    : field_(&field), stream_hash_(HashName(FieldStreamName(field, slot, entity))) {}

uint64_t FieldValueSeed(uint64_t record_seed, const RecordField& field) {
  // DeriveSeed(record_seed, name) with the name's hash computed once.
  return Mix64(record_seed ^ field.stream_hash());
}

void AppendFieldValue(const RecordField& field, const FieldContext& context,
                      uint64_t record_seed, std::string* out) {
  Rng rng(FieldValueSeed(record_seed, field));
  const size_t from = out->size();
  field.field().generate(context, rng, out);
  // A number of the record's city (its address's): its area code where the
  // locale lists them. The code is the record's, the same in each form.
  static const Field* const kPhones[] = {FindField("phone.e164"), FindField("phone.national"),
                                         FindField("phone.mobile_e164")};
  if (context.locale->has_area_codes() &&
      std::find(std::begin(kPhones), std::end(kPhones), &field.field()) != std::end(kPhones)) {
    static const RecordField kCity(*FindField("address.city"));
    static const RecordField kRegion(*FindField("address.region_code"));
    thread_local std::string city, region;
    city.clear();
    region.clear();
    AppendFieldValue(kCity, context, record_seed, &city);
    AppendFieldValue(kRegion, context, record_seed, &region);
    UseCityAreaCode(*context.locale, city, region, Mix64(record_seed ^ kAreaCodeSalt), out, from);
  }
}

std::string FieldValue(const RecordField& field, const FieldContext& context,
                       uint64_t record_seed) {
  std::string out;
  AppendFieldValue(field, context, record_seed, &out);
  return out;
}

void AppendField(const Field& field, const FieldContext& context, uint64_t seed,
                 uint64_t index, std::string* out) {
  AppendFieldValue(RecordField(field), context, RecordSeed(seed, index), out);
}

std::string GenerateField(const Field& field, const FieldContext& context,
                          uint64_t seed, uint64_t index) {
  std::string out;
  AppendField(field, context, seed, index, &out);
  return out;
}

}  // namespace fake
}  // namespace gtest_data
