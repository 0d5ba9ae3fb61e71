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
#include <cstring>
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

// Output in a fixed buffer written out whenever a record might not fit:
// what a JSON-lines writer that streams millions of records does.
class LineWriter {
 public:
  // Writes `"key":value`; `prefix` is the key already quoted with its colon
  // and any leading comma, e.g. ",\"email\":".
  void Member(std::string_view prefix, std::string_view value) {
    if (static_cast<size_t>(end_ - p_) <
        prefix.size() + internal::MaxJsonStringSize(value.size()) + 2) {
      Flush();
    }
    std::memcpy(p_, prefix.data(), prefix.size());
    p_ = internal::WriteJsonString(value, p_ + prefix.size());
  }
  void Char(char c) {
    if (p_ == end_) Flush();
    *p_++ = c;
  }
  void Flush() {
    std::fwrite(buffer_, 1, static_cast<size_t>(p_ - buffer_), stdout);
    p_ = buffer_;
  }

 private:
  char buffer_[1 << 16];
  char* p_ = buffer_;
  char* const end_ = buffer_ + sizeof(buffer_);
};

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
  static LineWriter out;
  // One of each, filled again per record: after the first few records the
  // loop allocates nothing.
  fake::Person person;
  fake::PhoneNumber phone;
  fake::Address address;
  fake::AddressOptions parts_only;  // the record needs no full text or location
  parts_only.full_text = false;
  parts_only.location = false;
  std::string scratch;
  for (uint64_t i = 0; i < count; ++i) {
    Rng rng(DeriveIndexSeed(seed, i));
    fake::MakePerson(*locale, rng, &person);
    scratch.clear();
    fake::AppendEmailFor(person, *locale, rng, fake::EmailDomain::kSafe, &scratch);
    const size_t email_end = scratch.size();
    fake::Phone(*locale, rng, fake::PhoneKind::kAny, &phone);
    fake::MakeAddress(*locale, rng, parts_only, &address);
    fake::AppendIsoDate(fake::Birthdate(rng, today, 18, 80), &scratch);
    const size_t birthdate_end = scratch.size();
    fake::AppendUuidV4(rng, &scratch);
    const std::string_view text = scratch;
    out.Member("{\"first_name\":", person.first_name);
    out.Member(",\"last_name\":", person.last_name);
    out.Member(",\"email\":", text.substr(0, email_end));
    out.Member(",\"phone\":", phone.e164);
    out.Member(",\"street_address\":", address.street_address);
    out.Member(",\"city\":", address.city);
    out.Member(",\"postal_code\":", address.postal_code);
    out.Member(",\"birthdate\":", text.substr(email_end, birthdate_end - email_end));
    out.Member(",\"uuid\":", text.substr(birthdate_end));
    out.Char('}');
    out.Char('\n');
  }
  out.Flush();
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
