// Copyright 2026 The gtest_data Authors.
//
// Generates "person records" as JSON lines: first name, last name, email,
// phone, street address, city, postal code, ISO birth date and UUID v4, the
// same record bench/peers/ makes with faker-js and Python Faker. Prints
// records per second and peak RSS as one JSON object on stderr.
//
//   person_records COUNT [LOCALE] > /dev/null
//
// Single-threaded. Record i is seeded from (seed, i) alone, as
// `gtest-data generate` seeds it, so the loop streams: memory does not grow
// with COUNT.

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "gtest_data/internal/json_escape.h"
#include "gtest_data/fake/address.h"
#include "gtest_data/fake/datetime.h"
#include "gtest_data/fake/identifiers.h"
#include "gtest_data/fake/internet.h"
#include "gtest_data/fake/person.h"
#include "gtest_data/fake/phone.h"
#include "gtest_data/random/run_seed.h"
#include "gtest_data/random/seed.h"

namespace {

using namespace gtest_data;

// Appends `"key":value`; `prefix` is the key already quoted with its colon
// and any leading comma, e.g. ",\"email\":".
void AppendMember(std::string_view prefix, std::string_view value, std::string* out) {
  out->append(prefix);
  internal::AppendJsonString(value, out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: person_records COUNT [LOCALE]\n");
    return 2;
  }
  const uint64_t count = std::strtoull(argv[1], nullptr, 10);
  const fake::Locale* locale = fake::Locale::Find(argc > 2 ? argv[2] : "en_US");
  if (locale == nullptr) {
    std::fprintf(stderr, "unknown locale\n");
    return 2;
  }
  const uint64_t seed = DeriveSeed(kDefaultRunSeed, "bench.person_records");
  const int64_t today = fake::kDefaultReferenceNow / fake::kSecondsPerDay;
  Rng warm(seed);  // parse the locale tables before timing
  fake::MakePerson(*locale, warm);

  const auto start = std::chrono::steady_clock::now();
  std::string buffer;
  buffer.reserve(1 << 17);
  for (uint64_t i = 0; i < count; ++i) {
    Rng rng(DeriveIndexSeed(seed, i));
    const fake::Person person = fake::MakePerson(*locale, rng);
    const std::string email = fake::EmailFor(person, *locale, rng);
    const fake::PhoneNumber phone = fake::Phone(*locale, rng);
    fake::AddressOptions parts_only;  // the record needs no full text or location
    parts_only.full_text = false;
    parts_only.location = false;
    const fake::Address address = fake::MakeAddress(*locale, rng, parts_only);
    const std::string birthdate = fake::FormatIsoDate(fake::Birthdate(rng, today, 18, 80));
    const std::string uuid = fake::UuidV4(rng);
    buffer.push_back('{');
    AppendMember("\"first_name\":", person.first_name, &buffer);
    AppendMember(",\"last_name\":", person.last_name, &buffer);
    AppendMember(",\"email\":", email, &buffer);
    AppendMember(",\"phone\":", phone.e164, &buffer);
    AppendMember(",\"street_address\":", address.street_address, &buffer);
    AppendMember(",\"city\":", address.city, &buffer);
    AppendMember(",\"postal_code\":", address.postal_code, &buffer);
    AppendMember(",\"birthdate\":", birthdate, &buffer);
    AppendMember(",\"uuid\":", uuid, &buffer);
    buffer.append("}\n");
    if (buffer.size() > (1 << 16)) {
      std::fwrite(buffer.data(), 1, buffer.size(), stdout);
      buffer.clear();
    }
  }
  std::fwrite(buffer.data(), 1, buffer.size(), stdout);
  std::fflush(stdout);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  std::fprintf(stderr,
               "{\"impl\":\"gtest_data\",\"records\":%llu,\"seconds\":%.3f,"
               "\"records_per_second\":%.0f,\"peak_rss_kib\":%ld}\n",
               static_cast<unsigned long long>(count), seconds, count / seconds,
               usage.ru_maxrss);
  return 0;
}
