// Copyright 2026 The gtest_data Authors.
//
// Records that hang together, through every route to a fake value: a
// factory (its definition form and a generator's g.Fake), a dataset file's
// {"fake": ...} cells, schema-driven generation into SQLite, `gtest-data
// generate` and Faker. In every locale, the person fields of one record
// describe one person, the address fields one address, the company fields
// one company (checked by tests/support/coherence.h from the locale tables,
// not from the generators). And in every route, adding, removing or
// reordering a member, column or field changes no other value.

#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "coherence.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "gtest_data/db/generate.h"
#include "gtest_data/db/sqlite.h"
#include "gtest_data/factory.h"
#include "gtest_data/fake/faker.h"
#include "gtest_data/fake/fields.h"
#include "gtest_data/json.h"
#include "nlohmann/json.hpp"

namespace records {

struct Record {
  std::string first_name;
  std::string last_name;
  std::string full_name;
  std::string email;
  std::string username;
  std::string city;
  std::string region;
  std::string region_code;
  std::string postal_code;
  std::string latitude;
  std::string longitude;
  std::string company;
  std::string company_domain;
};
GTEST_DATA_DESCRIBE(Record, first_name, last_name, full_name, email, username, city, region,
                    region_code, postal_code, latitude, longitude, company, company_domain);

}  // namespace records

namespace gtest_data {
namespace {

using records::Record;
using testing_support::AddressDisagreement;
using testing_support::AddressFields;
using testing_support::CompanyDisagreement;
using testing_support::PersonDisagreement;
using testing_support::PersonFields;

// Member (= column) name and field, in the order of Record.
const std::vector<std::pair<std::string, std::string>>& Columns() {
  static const auto* const columns = new std::vector<std::pair<std::string, std::string>>{
      {"first_name", "person.first_name"},   {"last_name", "person.last_name"},
      {"full_name", "person.full_name"},     {"email", "internet.email"},
      {"username", "internet.username"},     {"city", "address.city"},
      {"region", "address.region"},          {"region_code", "address.region_code"},
      {"postal_code", "address.postal_code"}, {"latitude", "address.latitude"},
      {"longitude", "address.longitude"},    {"company", "company.name"},
      {"company_domain", "company.domain"}};
  return *columns;
}

constexpr int kRecordsPerLocale = 150;

std::vector<std::string> CountryLocales() {
  std::vector<std::string> ids;
  for (std::string_view id : fake::Locale::CountryLocaleIds()) ids.emplace_back(id);
  return ids;
}

// Every disagreement in `record`, one per line; empty when it hangs together.
std::string Disagreements(const fake::Locale& locale, const std::map<std::string, std::string>& r) {
  auto get = [&](const char* column) {
    auto it = r.find(column);
    return it == r.end() ? std::string() : it->second;
  };
  std::string out;
  auto add = [&](const std::string& why) {
    if (!why.empty()) out += why + "\n";
  };
  add(PersonDisagreement(locale, {get("first_name"), get("last_name"), get("full_name"),
                                  get("email"), get("username")}));
  add(AddressDisagreement(locale, {get("city"), get("region"), get("region_code"),
                                   get("postal_code"), get("latitude"), get("longitude")}));
  add(CompanyDisagreement(get("company"), get("company_domain")));
  return out;
}

std::map<std::string, std::string> AsMap(const Record& r) {
  std::map<std::string, std::string> m;
  const Row row = ToRow(r);
  for (const auto& cell : row.cells()) m[cell.first] = cell.second.as_string();
  return m;
}

std::map<std::string, std::string> AsMap(const Row& row) {
  std::map<std::string, std::string> m;
  for (const auto& cell : row.cells()) {
    m[cell.first] = cell.second.kind() == ValueKind::kString ? cell.second.as_string()
                                                             : cell.second.ToString();
  }
  return m;
}

Factory<Record> DefinedRecords() {
  Factory<Record> f("record", "records");
  f.Fake(&Record::first_name, "person.first_name");
  f.Fake(&Record::last_name, "person.last_name");
  f.Fake(&Record::full_name, "person.full_name");
  f.Fake(&Record::email, "internet.email");
  f.Fake(&Record::username, "internet.username");
  f.Fake(&Record::city, "address.city");
  f.Fake(&Record::region, "address.region");
  f.Fake(&Record::region_code, "address.region_code");
  f.Fake(&Record::postal_code, "address.postal_code");
  f.Fake(&Record::latitude, "address.latitude");
  f.Fake(&Record::longitude, "address.longitude");
  f.Fake(&Record::company, "company.name");
  f.Fake(&Record::company_domain, "company.domain");
  return f;
}

// The same through generators that look each field up by name.
Factory<Record> ComputedRecords() {
  Factory<Record> f("record", "records");
  f.Field(&Record::first_name, [](Gen<Record>& g) { return g.Fake("person.first_name"); });
  f.Field(&Record::last_name, [](Gen<Record>& g) { return g.Fake("person.last_name"); });
  f.Field(&Record::full_name, [](Gen<Record>& g) { return g.Fake("person.full_name"); });
  f.Field(&Record::email, [](Gen<Record>& g) { return g.Fake("internet.email"); });
  f.Field(&Record::username, [](Gen<Record>& g) { return g.Fake("internet.username"); });
  f.Field(&Record::city, [](Gen<Record>& g) { return g.Fake("address.city"); });
  f.Field(&Record::region, [](Gen<Record>& g) { return g.Fake("address.region"); });
  f.Field(&Record::region_code, [](Gen<Record>& g) { return g.Fake("address.region_code"); });
  f.Field(&Record::postal_code, [](Gen<Record>& g) { return g.Fake("address.postal_code"); });
  f.Field(&Record::latitude, [](Gen<Record>& g) { return g.Fake("address.latitude"); });
  f.Field(&Record::longitude, [](Gen<Record>& g) { return g.Fake("address.longitude"); });
  f.Field(&Record::company, [](Gen<Record>& g) { return g.Fake("company.name"); });
  f.Field(&Record::company_domain, [](Gen<Record>& g) { return g.Fake("company.domain"); });
  return f;
}

class RecordsTest : public ::testing::TestWithParam<std::string> {
 protected:
  const fake::Locale& locale() const { return *fake::Locale::Find(GetParam()); }

  // Fails with the first records that do not hang together.
  void ExpectCoherent(const std::vector<std::map<std::string, std::string>>& records,
                      const char* route) {
    ASSERT_EQ(records.size(), static_cast<size_t>(kRecordsPerLocale)) << route;
    int bad = 0;
    std::string first;
    for (const auto& r : records) {
      const std::string why = Disagreements(locale(), r);
      if (!why.empty() && bad++ == 0) first = why;
    }
    EXPECT_EQ(bad, 0) << route << " in " << GetParam() << ": " << bad << " of "
                      << records.size() << " records do not hang together; the first:\n"
                      << first;
  }
};

INSTANTIATE_TEST_SUITE_P(AllLocales, RecordsTest, ::testing::ValuesIn(CountryLocales()),
                         [](const auto& param_info) { return param_info.param; });

TEST_P(RecordsTest, FactoryDefinitionFormKeepsEachObjectWhole) {
  Context context(7);
  context.set_locale(locale());
  std::vector<std::map<std::string, std::string>> records;
  for (const Record& r : DefinedRecords().BuildList(context, kRecordsPerLocale)) {
    records.push_back(AsMap(r));
  }
  ExpectCoherent(records, "Factory::Fake");
}

TEST_P(RecordsTest, FactoryGeneratorsKeepEachObjectWholeAndAgreeWithTheDefinitionForm) {
  Context a(7), b(7);
  a.set_locale(locale());
  b.set_locale(locale());
  const std::vector<Record> computed = ComputedRecords().BuildList(a, kRecordsPerLocale);
  const std::vector<Record> defined = DefinedRecords().BuildList(b, kRecordsPerLocale);
  std::vector<std::map<std::string, std::string>> records;
  for (const Record& r : computed) records.push_back(AsMap(r));
  ExpectCoherent(records, "Gen::Fake");
  ASSERT_EQ(computed.size(), defined.size());
  for (size_t i = 0; i < computed.size(); ++i) {
    ASSERT_EQ(AsMap(computed[i]), AsMap(defined[i])) << "object " << i;
  }
}

TEST_P(RecordsTest, DatasetRowsKeepEachRowWhole) {
  nlohmann::json rows = nlohmann::json::array();
  for (int i = 0; i < kRecordsPerLocale; ++i) {
    nlohmann::json row;
    if (i % 2 == 0) row["@label"] = "r" + std::to_string(i);  // labelled and unlabelled rows
    for (const auto& [column, field] : Columns()) row[column] = {{"fake", field}};
    rows.push_back(row);
  }
  const std::string text = nlohmann::json{{"records", rows}}.dump();
  Schema schema;
  schema.AddTable<Record>("records", "");
  json::DatasetOptions options;
  options.seed = 7;
  options.locale = &locale();
  absl::StatusOr<Dataset> data = json::ParseDataset(text, "records.json", schema, options);
  ASSERT_TRUE(data.ok()) << data.status();
  std::vector<std::map<std::string, std::string>> records;
  for (const Dataset::Entry& e : *data->Entries("records")) records.push_back(AsMap(e.row));
  ExpectCoherent(records, "dataset file");
}

constexpr char kRecordsTable[] = R"sql(
  CREATE TABLE records (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL, last_name TEXT NOT NULL, full_name TEXT NOT NULL,
    email TEXT NOT NULL, username TEXT NOT NULL,
    city TEXT NOT NULL, region TEXT NOT NULL, region_code TEXT NOT NULL,
    postal_code TEXT NOT NULL, latitude TEXT NOT NULL, longitude TEXT NOT NULL,
    company TEXT NOT NULL, company_domain TEXT NOT NULL))sql";

absl::StatusOr<Dataset> GenerateRecords(const char* schema_sql, const fake::Locale& locale,
                                        int64_t rows) {
  absl::StatusOr<std::unique_ptr<db::Database>> database = db::OpenSqlite("sqlite::memory:");
  if (!database.ok()) return database.status();
  absl::Status created = (*database)->Execute(schema_sql);
  if (!created.ok()) return created;
  absl::StatusOr<db::Schema> schema = (*database)->Introspect();
  if (!schema.ok()) return schema.status();
  db::GenerateOptions options;
  options.seed = 7;
  options.locale = &locale;
  options.rows = rows;
  // Columns whose names alone would not say which field they are.
  for (const char* column : {"region_code", "latitude", "longitude", "company_domain"}) {
    bool present = false;
    for (const db::Table& table : schema->tables) {
      for (const db::Column& c : table.columns) present = present || c.name == column;
    }
    for (const auto& [name, field] : Columns()) {
      if (present && name == column) options.columns[name] = db::ColumnGenerator::Fake(field);
    }
  }
  return db::GenerateRows(**database, *schema, options);
}

TEST_P(RecordsTest, GeneratedTableRowsKeepEachRowWhole) {
  absl::StatusOr<Dataset> data = GenerateRecords(kRecordsTable, locale(), kRecordsPerLocale);
  ASSERT_TRUE(data.ok()) << data.status();
  std::vector<std::map<std::string, std::string>> records;
  for (const Dataset::Entry& e : *data->Entries("records")) records.push_back(AsMap(e.row));
  ExpectCoherent(records, "schema-driven generation");
}

// Real tables make e-mail addresses and user names UNIQUE and put CHECKs
// on names: a unique value keeps its person (its index goes after the
// name), and a CHECK's redraw does not reach the other columns.
constexpr char kUniqueRecordsTable[] = R"sql(
  CREATE TABLE records (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL CHECK (length(first_name) >= 2),
    last_name TEXT NOT NULL, full_name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE, username TEXT NOT NULL UNIQUE,
    city TEXT NOT NULL, region TEXT NOT NULL, region_code TEXT NOT NULL,
    postal_code TEXT NOT NULL, latitude TEXT NOT NULL, longitude TEXT NOT NULL,
    company TEXT NOT NULL, company_domain TEXT NOT NULL,
    UNIQUE (city, postal_code, email)))sql";

TEST_P(RecordsTest, GeneratedRowsWithUniqueAndCheckedColumnsKeepEachRowWhole) {
  absl::StatusOr<Dataset> data = GenerateRecords(kUniqueRecordsTable, locale(), kRecordsPerLocale);
  ASSERT_TRUE(data.ok()) << data.status();
  std::vector<std::map<std::string, std::string>> records;
  std::set<std::string> emails, usernames;
  for (const Dataset::Entry& e : *data->Entries("records")) {
    records.push_back(AsMap(e.row));
    emails.insert(records.back()["email"]);
    usernames.insert(records.back()["username"]);
  }
  EXPECT_EQ(emails.size(), records.size());
  EXPECT_EQ(usernames.size(), records.size());
  ExpectCoherent(records, "schema-driven generation with UNIQUE and CHECK columns");
}

TEST_P(RecordsTest, FakerAndGenerateKeepEachRecordWhole) {
  fake::Faker faker(7, locale());
  std::vector<std::map<std::string, std::string>> records(kRecordsPerLocale);
  for (const auto& [column, field] : Columns()) {
    for (auto& r : records) r[column] = faker.Field(field);
  }
  ExpectCoherent(records, "Faker");

  // gtest-data generate prints the same values (line i = record i).
  // Bazel gives the program's runfiles path in the environment.
  const char* program = std::getenv("GTEST_DATA_TEST_PROGRAM");
  std::string command =
      std::string(program != nullptr && *program != '\0' ? program : GTEST_DATA_PROGRAM) +
      " generate";
  for (const auto& [column, field] : Columns()) command += " " + field;
  command += " --seed 7 --locale " + GetParam() + " --count " +
             std::to_string(kRecordsPerLocale) + " --format jsonl";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr) << command;
  std::string output;
  char buffer[65536];
  for (size_t n; (n = fread(buffer, 1, sizeof(buffer), pipe)) > 0;) output.append(buffer, n);
  ASSERT_EQ(pclose(pipe), 0) << command;
  std::vector<std::map<std::string, std::string>> printed;
  size_t start = 0;
  for (size_t end; (end = output.find('\n', start)) != std::string::npos; start = end + 1) {
    const nlohmann::json line = nlohmann::json::parse(output.substr(start, end - start));
    std::map<std::string, std::string> r;
    for (const auto& [column, field] : Columns()) r[column] = line.at(field).get<std::string>();
    printed.push_back(r);
  }
  ExpectCoherent(printed, "gtest-data generate");
  EXPECT_EQ(printed, records) << "gtest-data generate and Faker disagree";
}

// Chance level, for the record: fields drawn from unrelated streams (what
// factories and dataset files did before data version 2) rarely agree, so
// the check above is not one that anything passes.
TEST(RecordsCheckTest, UnrelatedPeopleDoNotPass) {
  const fake::Locale& locale = *fake::Locale::Find("en_US");
  fake::Faker one(1, locale), two(2, locale);
  int passed = 0;
  for (int i = 0; i < 400; ++i) {
    const std::string first = one.Field("person.first_name");
    const std::string last = one.Field("person.last_name");
    const std::string email = two.Field("internet.email");
    passed += PersonDisagreement(locale, {first, last, "", email, ""}).empty();
  }
  EXPECT_LT(passed, 20) << "the coherence check passes unrelated people";
  // User names too: john.doe is not John Smith's.
  EXPECT_FALSE(PersonDisagreement(locale, {"John", "Smith", "", "", "john.doe12"}).empty());
  EXPECT_FALSE(PersonDisagreement(locale, {"John", "Smith", "", "", "jdoe7"}).empty());
  EXPECT_TRUE(PersonDisagreement(locale, {"John", "Smith", "", "", "john_smith407"}).empty());
  EXPECT_TRUE(PersonDisagreement(locale, {"John", "Smith", "", "", "jsmith0042"}).empty());
}

// --- Path-keyed isolation: adding, removing or reordering members,
// columns or fields changes no other value. --------------------------------

struct Narrow {
  std::string email;
  std::string city;
  std::string word;
};
struct Wide {
  std::string word;
  std::string note;
  std::string city;
  std::string first_name;
  std::string email;
};

}  // namespace
}  // namespace gtest_data

namespace gtest_data {
namespace {
GTEST_DATA_DESCRIBE(Narrow, email, city, word);
GTEST_DATA_DESCRIBE(Wide, word, note, city, first_name, email);

TEST(RecordIsolationTest, FactoryMembersAddedRemovedOrReorderedChangeNothingElse) {
  Factory<Narrow> narrow("person_like");
  narrow.Fake(&Narrow::email, "internet.email");
  narrow.Fake(&Narrow::city, "address.city");
  narrow.Fake(&Narrow::word, "lorem.word");
  Factory<Wide> wide("person_like");  // same factory name: same records
  wide.Fake(&Wide::word, "lorem.word");
  wide.Fake(&Wide::note, "lorem.sentence");
  wide.Fake(&Wide::city, "address.city");
  wide.Fake(&Wide::first_name, "person.first_name");
  wide.Fake(&Wide::email, "internet.email");
  Context a(11), b(11);
  const std::vector<Narrow> n = narrow.BuildList(a, 100);
  const std::vector<Wide> w = wide.BuildList(b, 100);
  for (size_t i = 0; i < n.size(); ++i) {
    EXPECT_EQ(n[i].email, w[i].email) << i;
    EXPECT_EQ(n[i].city, w[i].city) << i;
    EXPECT_EQ(n[i].word, w[i].word) << i;
  }
}

TEST(RecordIsolationTest, DatasetColumnsAddedOrReorderedChangeNothingElse) {
  Schema schema;
  schema.AddTable<Wide>("people", "");
  const char* narrow = R"({"people": [
      {"@label": "ada", "email": {"fake": "internet.email"}, "city": {"fake": "address.city"},
       "word": {"fake": "lorem.word"}},
      {"email": {"fake": "internet.email"}, "city": {"fake": "address.city"},
       "word": {"fake": "lorem.word"}}]})";
  const char* wide = R"({"people": [
      {"word": {"fake": "lorem.word"}, "note": {"fake": "lorem.sentence"},
       "@label": "ada", "first_name": {"fake": "person.first_name"},
       "city": {"fake": "address.city"}, "email": {"fake": "internet.email"}},
      {"city": {"fake": "address.city"}, "word": {"fake": "lorem.word"},
       "email": {"fake": "internet.email"}, "note": "fixed"}]})";
  absl::StatusOr<Dataset> a = json::ParseDataset(narrow, "a.json", schema, {5});
  absl::StatusOr<Dataset> b = json::ParseDataset(wide, "b.json", schema, {5});
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_TRUE(b.ok()) << b.status();
  for (size_t i = 0; i < 2; ++i) {
    const Row& x = (*a->Entries("people"))[i].row;
    const Row& y = (*b->Entries("people"))[i].row;
    for (const char* column : {"email", "city", "word"}) {
      EXPECT_EQ(*x.Find(column), *y.Find(column)) << i << " " << column;
    }
  }
}

TEST(RecordIsolationTest, GeneratedColumnsAddedOrReorderedChangeNothingElse) {
  const fake::Locale& locale = *fake::Locale::Find("de_DE");
  absl::StatusOr<Dataset> narrow = GenerateRecords(
      "CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT NOT NULL, city TEXT NOT NULL, "
      "notes TEXT NOT NULL)",
      locale, 50);
  absl::StatusOr<Dataset> wide = GenerateRecords(
      "CREATE TABLE people (id INTEGER PRIMARY KEY, notes TEXT NOT NULL, first_name TEXT NOT "
      "NULL, city TEXT NOT NULL, summary TEXT NOT NULL, email TEXT NOT NULL)",
      locale, 50);
  ASSERT_TRUE(narrow.ok()) << narrow.status();
  ASSERT_TRUE(wide.ok()) << wide.status();
  for (size_t i = 0; i < 50; ++i) {
    const Row& x = (*narrow->Entries("people"))[i].row;
    const Row& y = (*wide->Entries("people"))[i].row;
    for (const char* column : {"email", "city", "notes"}) {
      EXPECT_EQ(*x.Find(column), *y.Find(column)) << i << " " << column;
    }
  }
}

TEST(RecordIsolationTest, GeneratedRowsWithTwoAddressesKeepEachWhole) {
  // billing_* and shipping_* are two addresses of one row; email and the
  // names one person.
  const fake::Locale& locale = *fake::Locale::Find("fr_FR");
  absl::StatusOr<Dataset> data = GenerateRecords(
      "CREATE TABLE orders (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT "
      "NOT NULL, email TEXT NOT NULL, billing_city TEXT NOT NULL, billing_postal_code TEXT NOT "
      "NULL, shipping_city TEXT NOT NULL, shipping_postal_code TEXT NOT NULL)",
      locale, 100);
  ASSERT_TRUE(data.ok()) << data.status();
  int same_city = 0;
  for (const Dataset::Entry& e : *data->Entries("orders")) {
    const auto r = AsMap(e.row);
    EXPECT_EQ(PersonDisagreement(locale, {r.at("first_name"), r.at("last_name"), "",
                                          r.at("email"), ""}),
              "");
    EXPECT_EQ(AddressDisagreement(locale, {r.at("billing_city"), "", "",
                                           r.at("billing_postal_code"), "", ""}),
              "");
    EXPECT_EQ(AddressDisagreement(locale, {r.at("shipping_city"), "", "",
                                           r.at("shipping_postal_code"), "", ""}),
              "");
    same_city += r.at("billing_city") == r.at("shipping_city");
  }
  EXPECT_LT(same_city, 30) << "billing and shipping are one address";
}

TEST(RecordIsolationTest, NamedEntitiesAreApartAndStable) {
  const fake::Field& city = *fake::FindField("address.city");
  const fake::Field& email = *fake::FindField("internet.email");
  const fake::FieldContext context{fake::Locale::Find("en_US"), fake::kDefaultReferenceNow};
  int differ = 0;
  for (uint64_t i = 0; i < 50; ++i) {
    const uint64_t record = fake::RecordSeed(3, i);
    const std::string home = FieldValue(fake::RecordField(city, "city"), context, record);
    // The slot does not matter to a grouped field; the entity does.
    EXPECT_EQ(FieldValue(fake::RecordField(city, "town"), context, record), home);
    differ += FieldValue(fake::RecordField(city, "city", "billing"), context, record) != home;
    // A stand-alone field draws per slot.
    EXPECT_NE(FieldValue(fake::RecordField(*fake::FindField("lorem.sentence"), "a"), context,
                         record),
              FieldValue(fake::RecordField(*fake::FindField("lorem.sentence"), "b"), context,
                         record));
    EXPECT_EQ(fake::FieldStreamName(email, "email"), "@person");
    EXPECT_EQ(fake::FieldStreamName(city, "x", "billing"), "@address:billing");
  }
  EXPECT_GT(differ, 40);
}

}  // namespace
}  // namespace gtest_data
