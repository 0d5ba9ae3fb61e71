// Copyright 2026 The gtest_data Authors.
//
// Four measurements, each beside its ceiling in the same run:
//
// (a) BuildList of N objects with 10 fields through a Factory, against a
//     hand-written loop that fills the same struct from the same providers
//     (one stream per object, no per-field seeds, no plan). Target: the
//     factory at least 0.7x the loop's objects per second.
// (b) A dataset of M rows (8 columns) written as a snapshot and read back,
//     against nlohmann/json's own dump and parse of the same document.
//     Target: at least 0.8x each.
// (c) The objects of (a) with their fake members named by the field
//     registry ("person.first_name", ...), as users write them, resolved
//     when the factory is defined (Fake(&T::member, field)), against a
//     hand-written loop that makes the same coherent object (one person,
//     one address, each made once; the loop of (a) draws a first name, a
//     last name and an e-mail that belong to three people). Target: 0.7x.
// (d) The same with each name looked up per value (g.Fake(name) in a
//     generator), for comparison.
//
//   factory_bench [N=1000000] [M=200000]
//
// Prints one JSON object per measurement and the ratios, and peak RSS.
// Single-threaded. The two sides of each comparison run in alternating
// order, round after round (3 rounds for (a), 6 for (b)), and each side's
// best time counts, so neither always meets a heap the other warmed up.

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "gtest_data/factory.h"
#include "gtest_data/fake/address.h"
#include "gtest_data/fake/identifiers.h"
#include "gtest_data/fake/internet.h"
#include "gtest_data/fake/person.h"
#include "gtest_data/fake/phone.h"
#include "gtest_data/json.h"
#include "gtest_data/random/distributions.h"
#include "nlohmann/json.hpp"

namespace bench {

struct Account {
  int64_t id = 0;
  std::string first_name;
  std::string last_name;
  std::string email;
  std::string city;
  std::string postal_code;
  std::string phone;
  std::string uuid;
  int64_t balance_minor = 0;
  int64_t opened_on = 0;
};
GTEST_DATA_DESCRIBE(Account, id, first_name, last_name, email, city, postal_code, phone, uuid,
                    balance_minor, opened_on);

}  // namespace bench

namespace {

using bench::Account;
using namespace gtest_data;

double BestSeconds(int rounds, const std::function<void()>& run) {
  double best = 1e30;
  for (int round = 0; round < rounds; ++round) {
    const auto start = std::chrono::steady_clock::now();
    run();
    const double s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (s < best) best = s;
  }
  return best;
}

long PeakRssKib() {
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

Factory<Account> MakeAccounts() {
  Factory<Account> f("account", "accounts");
  f.Key(&Account::id);
  f.Sequence(&Account::id);
  f.Field(&Account::first_name, [](Gen<Account>& g) { return fake::FirstName(g.locale(), g.rng()); });
  f.Field(&Account::last_name, [](Gen<Account>& g) { return fake::LastName(g.locale(), g.rng()); });
  f.Field(&Account::email, [](Gen<Account>& g) { return fake::Email(g.locale(), g.rng()); });
  f.Field(&Account::city, [](Gen<Account>& g) { return fake::City(g.locale(), g.rng()); });
  f.Field(&Account::postal_code,
          [](Gen<Account>& g) { return fake::PostalCode(g.locale(), g.rng()); });
  f.Field(&Account::phone, [](Gen<Account>& g) { return fake::Phone(g.locale(), g.rng()).e164; });
  f.Field(&Account::uuid, [](Gen<Account>& g) { return fake::UuidV4(g.rng()); });
  f.Field(&Account::balance_minor,
          [](Gen<Account>& g) { return UniformInt(g.rng(), 0, 10000000); });
  f.Field(&Account::opened_on,
          [](Gen<Account>& g) { return UniformInt(g.rng(), g.today() - 3650, g.today()); });
  return f;
}

// The same struct with its fake members named by the field registry, as a
// user writes them: resolved once, where the factory is defined
// (Fake(&T::member, "person.first_name")), or looked up by name in a
// generator on every value (g.Fake("person.first_name")).
Factory<Account> MakeNamedAccounts(bool per_value_lookup) {
  Factory<Account> f(per_value_lookup ? "looked_up_account" : "named_account", "accounts");
  f.Key(&Account::id);
  f.Sequence(&Account::id);
  const std::pair<std::string Account::*, const char*> named[] = {
      {&Account::first_name, "person.first_name"}, {&Account::last_name, "person.last_name"},
      {&Account::email, "internet.email"},         {&Account::city, "address.city"},
      {&Account::postal_code, "address.postal_code"}, {&Account::phone, "phone.e164"},
      {&Account::uuid, "identifiers.uuid4"}};
  for (const auto& [member, field] : named) {
    if (per_value_lookup) {
      std::string name = field;
      f.Field(member, [name](Gen<Account>& g) { return g.Fake(name); });
    } else {
      f.Fake(member, field);
    }
  }
  f.Field(&Account::balance_minor,
          [](Gen<Account>& g) { return UniformInt(g.rng(), 0, 10000000); });
  f.Field(&Account::opened_on,
          [](Gen<Account>& g) { return UniformInt(g.rng(), g.today() - 3650, g.today()); });
  return f;
}

// The same struct from the same providers, by hand: one stream per object.
std::vector<Account> HandLoop(const fake::Locale& locale, uint64_t seed, int64_t today,
                              size_t n) {
  std::vector<Account> list;
  list.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    Rng rng(DeriveIndexSeed(seed, i));
    Account a;
    a.id = static_cast<int64_t>(i) + 1;
    a.first_name = fake::FirstName(locale, rng);
    a.last_name = fake::LastName(locale, rng);
    a.email = fake::Email(locale, rng);
    a.city = fake::City(locale, rng);
    a.postal_code = fake::PostalCode(locale, rng);
    a.phone = fake::Phone(locale, rng).e164;
    a.uuid = fake::UuidV4(rng);
    a.balance_minor = UniformInt(rng, 0, 10000000);
    a.opened_on = UniformInt(rng, today - 3650, today);
    list.push_back(std::move(a));
  }
  return list;
}

// The ceiling of (c) and (d): the same coherent objects by hand, one
// person and one address per object, made once each.
std::vector<Account> CoherentHandLoop(const fake::Locale& locale, uint64_t seed, int64_t today,
                                      size_t n) {
  std::vector<Account> list;
  list.reserve(n);
  fake::Person person;
  fake::Address address;
  fake::AddressOptions parts;
  parts.full_text = false;
  parts.location = false;
  for (size_t i = 0; i < n; ++i) {
    Rng rng(DeriveIndexSeed(seed, i));
    Account a;
    a.id = static_cast<int64_t>(i) + 1;
    fake::MakePerson(locale, rng, &person);
    a.first_name = person.first_name;
    a.last_name = person.last_name;
    a.email = fake::EmailFor(person, locale, rng);
    fake::MakeAddress(locale, rng, parts, &address);
    a.city = address.city;
    a.postal_code = address.postal_code;
    a.phone = fake::Phone(locale, rng).e164;
    a.uuid = fake::UuidV4(rng);
    a.balance_minor = UniformInt(rng, 0, 10000000);
    a.opened_on = UniformInt(rng, today - 3650, today);
    list.push_back(std::move(a));
  }
  return list;
}

}  // namespace

int main(int argc, char** argv) {
  const size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
  const size_t m = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 200000;
  const Factory<Account> accounts = MakeAccounts();
  const fake::Locale& locale = *fake::Locale::Find("en_US");

  // (a) Factory against the hand-written loop.
  size_t made = 0;
  double factory_s = 1e30, hand_s = 1e30;
  const auto run_factory = [&] {
    factory_s = std::min(factory_s, BestSeconds(1, [&] {
      Context context(42);
      made += accounts.BuildList(context, n).size();
    }));
  };
  const auto run_hand = [&] {
    hand_s = std::min(hand_s, BestSeconds(1, [&] {
      Context context(42);
      made += HandLoop(locale, 42, context.today(), n).size();
    }));
  };
  for (int round = 0; round < 3; ++round) {  // alternating which goes first
    if (round % 2 == 0) {
      run_factory();
      run_hand();
    } else {
      run_hand();
      run_factory();
    }
  }
  std::printf(
      "{\"bench\":\"factory_build_list\",\"objects\":%zu,\"factory_per_s\":%.0f,"
      "\"hand_loop_per_s\":%.0f,\"ratio\":%.3f,\"target\":0.7}\n",
      n, n / factory_s, n / hand_s, hand_s / factory_s);

  // (c) and (d): the same objects with the fake members named by registry
  // field, resolved once (c) or looked up per value (d), against the same
  // hand-written loop.
  for (const bool per_value_lookup : {false, true}) {
    const Factory<Account> named = MakeNamedAccounts(per_value_lookup);
    double named_s = 1e30, loop_s = 1e30;
    for (int round = 0; round < 3; ++round) {
      const auto run_named = [&] {
        named_s = std::min(named_s, BestSeconds(1, [&] {
          Context context(42);
          made += named.BuildList(context, n).size();
        }));
      };
      const auto run_loop = [&] {
        loop_s = std::min(loop_s, BestSeconds(1, [&] {
          Context context(42);
          made += CoherentHandLoop(locale, 42, context.today(), n).size();
        }));
      };
      if (round % 2 == 0) {
        run_named();
        run_loop();
      } else {
        run_loop();
        run_named();
      }
    }
    std::printf(
        "{\"bench\":\"%s\",\"objects\":%zu,\"factory_per_s\":%.0f,"
        "\"coherent_hand_loop_per_s\":%.0f,\"ratio\":%.3f,\"target\":0.7}\n",
        per_value_lookup ? "factory_fields_looked_up_per_value" : "factory_named_fields", n,
        n / named_s, n / loop_s, loop_s / named_s);
  }

  // (b) A dataset of m rows: snapshot write/read against nlohmann's
  // dump/parse of the same document.
  Dataset data;
  {
    Context context(43);
    for (const Account& a : accounts.BuildList(context, m)) {
      Row row = ToRow(a);
      // 8 columns: drop two.
      Row eight;
      for (size_t c = 0; c < 8; ++c) eight.Set(row.cells()[c].first, row.cells()[c].second);
      if (!data.Add("accounts", std::move(eight)).ok()) return 1;
    }
  }
  // Each round runs both sides, alternating which goes first, so that
  // neither always meets a heap (and page cache) the other warmed up.
  std::string text = *json::WriteSnapshot(data);
  nlohmann::json document = nlohmann::json::parse(text);
  Dataset back;
  std::string dumped;
  double write_s = 1e30, dump_s = 1e30, read_s = 1e30, parse_s = 1e30;
  const auto time = [](const std::function<void()>& run) { return BestSeconds(1, run); };
  for (int round = 0; round < 6; ++round) {
    const auto ours_write = [&] { write_s = std::min(write_s, time([&] { text = *json::WriteSnapshot(data); })); };
    const auto their_dump = [&] { dump_s = std::min(dump_s, time([&] { dumped = document.dump(); })); };
    const auto ours_read = [&] { read_s = std::min(read_s, time([&] { back = *json::ReadSnapshot(text); })); };
    const auto their_parse = [&] {
      parse_s = std::min(parse_s, time([&] { document = nlohmann::json::parse(text); }));
    };
    if (round % 2 == 0) {
      ours_write();
      their_dump();
      ours_read();
      their_parse();
    } else {
      their_dump();
      ours_write();
      their_parse();
      ours_read();
    }
  }
  if (back != data) {
    std::fprintf(stderr, "snapshot did not round-trip\n");
    return 1;
  }
  std::printf(
      "{\"bench\":\"snapshot_json\",\"rows\":%zu,\"bytes\":%zu,\"write_s\":%.4f,"
      "\"nlohmann_dump_s\":%.4f,\"write_ratio\":%.3f,\"read_s\":%.4f,"
      "\"nlohmann_parse_s\":%.4f,\"read_ratio\":%.3f,\"target\":0.8}\n",
      m, text.size(), write_s, dump_s, dump_s / write_s, read_s, parse_s, parse_s / read_s);
  std::printf("{\"peak_rss_kib\":%ld,\"objects_made\":%zu}\n", PeakRssKib(), made);
  return 0;
}
