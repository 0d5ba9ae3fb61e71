// Copyright 2026 The gtest_data Authors.
//
// Schema-driven generation on both engines (PostgreSQL with
// GTEST_DATA_PG_DSN; skipped without it on a developer machine, failing
// under CI): a shop schema filled without a constraint error and checked by
// SQL, name rules, overrides, determinism, errors and rollback.

#include "gtest_data/db/generate.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "engine_test.h"
#include "gtest_data/db/seeder.h"
#include "births.h"
#include "gtest_data/fake/countries.h"
#include "gtest_data/fake/finance.h"
#include "gtest_data/fake/identifiers.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/fake/lorem.h"
#include "gtest_data/random/distributions.h"

namespace gtest_data {
namespace db {
namespace {

using ::testing::HasSubstr;

std::string AsciiLower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

// The examples of db/generate.h, as written there.
TEST(GenerateExamplesTest, ApiExamples) {
  absl::StatusOr<std::unique_ptr<Database>> database = OpenDatabase("sqlite::memory:");
  ASSERT_TRUE(database.ok()) << database.status();
  ASSERT_TRUE((*database)
                  ->Execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, "
                            "email TEXT NOT NULL UNIQUE, currency TEXT NOT NULL, created_at TEXT);"
                            "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT "
                            "NULL REFERENCES customers(id), status TEXT NOT NULL, "
                            "total_minor INTEGER NOT NULL, currency TEXT NOT NULL)")
                  .ok());
  absl::StatusOr<db::Schema> schema = (*database)->Introspect();
  db::GenerateOptions options;
  options.seed = 7;
  options.rows = 100;                   // every table
  options.table_rows["orders"] = 1000;  // but this one
  options.columns["customers.email"] = db::ColumnGenerator::Fake("internet.free_email");
  options.columns["currency"] = db::ColumnGenerator::Fixed("EUR");  // in any table
  options.columns["orders.status"] = ColumnGenerator::Fixed("paid");
  options.columns["orders.total_minor"] = ColumnGenerator::Custom(
      [](Rng& rng, int64_t row) { return Value(UniformInt(rng, 100, 999) + row); });
  options.columns["customers.created_at"] = ColumnGenerator::Default();
  absl::StatusOr<db::GenerateSummary> done = db::FillTables(**database, *schema, options);
  ASSERT_TRUE(done.ok()) << done.status();
  ASSERT_EQ(done->tables.size(), 2u);
  EXPECT_EQ(done->tables[0].table, "customers");
  EXPECT_EQ(done->tables[0].rows, 100);
  EXPECT_EQ(done->tables[1].rows, 1000);
  absl::StatusOr<std::vector<Row>> eur = (*database)->Query(
      "SELECT count(*) AS n FROM orders WHERE currency = 'EUR' AND status = 'paid' AND "
      "total_minor >= 100 AND total_minor <= 1998");
  ASSERT_TRUE(eur.ok()) << eur.status();
  EXPECT_EQ(eur->front().Get("n"), Value(1000));
}

class GenerateTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (!ready()) return;
    // The same shop on both engines; PostgreSQL prints its CHECKs back in
    // its own normalised form, which is what generation reads there.
    const std::string id = postgres() ? "serial PRIMARY KEY" : "integer PRIMARY KEY";
    const std::string chars = postgres() ? "char_length" : "length";
    const std::string ddl =
        "CREATE TABLE customers ("
        "  id " +
        id +
        ","
        "  email varchar(120) NOT NULL UNIQUE,"
        "  first_name varchar(40) NOT NULL,"
        "  last_name varchar(12) NOT NULL,"
        "  country_code char(2),"
        "  created_at timestamp NOT NULL,"
        "  birth_date date,"
        "  CHECK (length(first_name) >= 2));"
        "CREATE TABLE products ("
        "  id integer PRIMARY KEY,"
        "  sku varchar(16) NOT NULL UNIQUE,"
        "  name varchar(60) NOT NULL,"
        "  price_minor integer NOT NULL CHECK (price_minor > 0),"
        "  status varchar(10) NOT NULL CHECK (status IN ('draft', 'active', 'retired')),"
        "  code varchar(12) CHECK (" +
        chars +
        "(code) <= 8),"
        "  weight numeric(8,2) CHECK (weight BETWEEN 0.5 AND 100),"
        "  stock integer NOT NULL CHECK (stock >= 0 AND stock <= 500),"
        "  is_active boolean NOT NULL);"
        "CREATE TABLE orders ("
        "  id integer PRIMARY KEY,"
        "  customer_id integer NOT NULL REFERENCES customers(id),"
        "  status text NOT NULL CHECK (status IN ('new', 'paid', 'shipped')),"
        "  placed_on date NOT NULL CHECK (placed_on >= '2022-01-01'),"
        "  total_minor integer NOT NULL CHECK (total_minor >= 0));"
        "CREATE TABLE order_lines ("
        "  order_id integer NOT NULL REFERENCES orders(id),"
        "  line_no integer NOT NULL CHECK (line_no BETWEEN 1 AND 50),"
        "  product_id integer NOT NULL REFERENCES products(id),"
        "  qty integer NOT NULL CHECK (qty >= 1 AND qty <= 10),"
        "  PRIMARY KEY (order_id, line_no));"
        "CREATE TABLE shipments ("
        "  id integer PRIMARY KEY,"
        "  order_id integer NOT NULL,"
        "  line_no integer NOT NULL,"
        "  carrier varchar(3) NOT NULL CHECK (carrier <> ''),"
        "  FOREIGN KEY (order_id, line_no) REFERENCES order_lines(order_id, line_no));"
        "CREATE TABLE employees ("
        "  id integer PRIMARY KEY,"
        "  name varchar(80) NOT NULL,"
        "  manager_id integer REFERENCES employees(id),"
        "  salary numeric(10,2) CHECK (salary > 1000),"
        "  hired_on date CHECK (hired_on >= '2015-01-01'));";
    const absl::Status created = db_->Execute(ddl);
    ASSERT_TRUE(created.ok()) << created;
    Reintrospect();
  }

  void Reintrospect() {
    absl::StatusOr<Schema> schema = db_->Introspect();
    ASSERT_TRUE(schema.ok()) << schema.status();
    schema_info_ = *std::move(schema);
  }

  int64_t Scalar(const std::string& sql) {
    absl::StatusOr<std::vector<Row>> rows = db_->Query(sql);
    EXPECT_TRUE(rows.ok()) << rows.status() << "\n" << sql;
    if (!rows.ok() || rows->empty()) return -1;
    return rows->front().cells().front().second.as_int();
  }

  std::vector<Row> Rows(const Dataset& data, const std::string& table) { return data.Rows(table); }

  Schema schema_info_;
};

TEST_P(GenerateTest, FillsTheShopWithinItsConstraints) {
  if (!ready()) return;
  GenerateOptions options;
  options.seed = 7;
  options.rows = 30;
  options.table_rows["order_lines"] = 120;
  options.table_rows["employees"] = 25;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();

  // Every CHECK of the schema was read (none left to the engine).
  for (const std::string& note : done->notes) EXPECT_THAT(note, ::testing::Not(HasSubstr("CHECK")));
  // Parents first.
  std::vector<std::string> order;
  for (const GenerateSummary::TableRows& t : done->tables) order.push_back(t.table);
  auto at = [&](const std::string& t) {
    return std::find(order.begin(), order.end(), t) - order.begin();
  };
  ASSERT_EQ(order.size(), 6u);
  EXPECT_LT(at("customers"), at("orders"));
  EXPECT_LT(at("orders"), at("order_lines"));
  EXPECT_LT(at("products"), at("order_lines"));
  EXPECT_LT(at("order_lines"), at("shipments"));

  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM customers"), 30);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM order_lines"), 120);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM employees"), 25);
  // CHECKs hold (the engine enforced them too; this reads them back).
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM products WHERE NOT (price_minor > 0 AND status IN "
                   "('draft', 'active', 'retired') AND stock BETWEEN 0 AND 500)"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM products WHERE weight < 0.5 OR weight > 100 OR "
                   "length(code) > 8"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM order_lines WHERE qty < 1 OR qty > 10 OR "
                   "line_no < 1 OR line_no > 50"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM orders WHERE placed_on < '2022-01-01'"), 0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM employees WHERE salary <= 1000 OR "
                   "hired_on < '2015-01-01'"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM shipments WHERE carrier = ''"), 0);
  // Lengths within varchar(n) and char(n).
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM customers WHERE length(last_name) > 12 OR "
                   "length(first_name) < 2 OR length(country_code) > 2"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM shipments WHERE length(carrier) > 3"), 0);
  // No orphans, the composite key included.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM orders o LEFT JOIN customers c ON c.id = "
                   "o.customer_id WHERE c.id IS NULL"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM order_lines l LEFT JOIN orders o ON o.id = "
                   "l.order_id LEFT JOIN products p ON p.id = l.product_id "
                   "WHERE o.id IS NULL OR p.id IS NULL"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM shipments s LEFT JOIN order_lines l ON "
                   "l.order_id = s.order_id AND l.line_no = s.line_no WHERE l.order_id IS NULL"),
            0);
  // A self-reference points at an earlier row, and is sometimes NULL.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM employees WHERE manager_id >= id"), 0);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM employees WHERE manager_id IS NOT NULL"), 10);
  EXPECT_GE(Scalar("SELECT count(*) AS n FROM employees WHERE manager_id IS NULL"), 1);
  // No duplicates.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM (SELECT email FROM customers GROUP BY email "
                   "HAVING count(*) > 1) d"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM (SELECT sku FROM products GROUP BY sku "
                   "HAVING count(*) > 1) d"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM (SELECT order_id, line_no FROM order_lines "
                   "GROUP BY order_id, line_no HAVING count(*) > 1) d"),
            0);
  // Names make plausible values.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM customers WHERE email NOT LIKE '%_@_%.%'"), 0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM orders WHERE total_minor < 0"), 0);
  // Nullable columns are sometimes NULL, NOT NULL ones never.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM customers WHERE email IS NULL OR created_at IS NULL"),
            0);
}

TEST_P(GenerateTest, AppendsAfterExistingRowsAndMovesTheSequence) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("INSERT INTO customers (id, email, first_name, last_name, created_at) "
                           "VALUES (40, 'taken@example.com', 'Ann', 'Lee', '2024-01-01 00:00:00')")
                  .ok());
  GenerateOptions options;
  options.tables = {"orders"};
  options.rows = 5;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  // customers had a row, so it was not filled: every order points at it.
  ASSERT_EQ(done->tables.size(), 1u);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM orders WHERE customer_id <> 40"), 0);

  options.tables = {"customers"};
  done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_EQ(Scalar("SELECT min(id) AS n FROM customers WHERE id <> 40"), 41);
  if (postgres()) {
    // The serial's sequence was moved past the generated keys.
    const absl::Status inserted = db_->Execute(
        "INSERT INTO customers (email, first_name, last_name, created_at) "
        "VALUES ('new@example.com', 'Bo', 'Ek', '2024-01-01 00:00:00')");
    EXPECT_TRUE(inserted.ok()) << inserted;
    EXPECT_EQ(Scalar("SELECT max(id) AS n FROM customers"), 46);
  }
}

TEST_P(GenerateTest, ReadsEverySimpleCheckForm) {
  if (!ready()) return;
  // Each as written on SQLite, and as PostgreSQL prints it back (flipped
  // operands, '-5'::integer, dates and timestamps cast, ANY/ALL arrays).
  ASSERT_TRUE(db_->Execute("CREATE TABLE forms ("
                           "  id integer PRIMARY KEY,"
                           "  a integer NOT NULL CHECK (0 < a AND a < 5),"
                           "  b text CHECK (b NOT IN ('x', 'y')) CHECK (b IS NOT NULL),"
                           "  c varchar(10) NOT NULL CHECK (c = 'only'),"
                           "  d integer CHECK (d <> -3 AND d >= -5 AND d <= -1),"
                           "  e real CHECK (e >= 1.5 AND e < 2),"
                           "  f text CHECK (length(f) BETWEEN 3 AND 4),"
                           "  g date CHECK (g BETWEEN '2020-01-01' AND '2020-01-31'),"
                           "  h timestamp CHECK (h >= '2030-01-01'),"
                           "  k integer CHECK (k IN (7, 8)),"
                           "  m text NOT NULL CHECK (m = 'physical' OR m = 'digital' OR "
                           "m IN ('gift')))")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"forms"};
  options.rows = 40;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_THAT(done->notes, ::testing::IsEmpty());
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM forms"), 40);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM forms WHERE b IS NULL OR b IN ('x', 'y')"), 0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM forms WHERE c <> 'only'"), 0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM forms WHERE d = -3 OR d < -5 OR d > -1"), 0);
  EXPECT_EQ(Scalar("SELECT count(DISTINCT d) AS n FROM forms"), 4);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM forms WHERE e < 1.5 OR e >= 2"), 0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM forms WHERE length(f) < 3 OR length(f) > 4"), 0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM forms WHERE g < '2020-01-01' OR g > '2020-01-31'"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM forms WHERE h < '2030-01-01'"), 0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM forms WHERE k NOT IN (7, 8)"), 0);
  EXPECT_EQ(Scalar("SELECT count(DISTINCT a) AS n FROM forms"), 4);
  // An OR of equalities on one column is an IN list.
  EXPECT_EQ(Scalar("SELECT count(DISTINCT m) AS n FROM forms WHERE m IN ('physical', 'digital', "
                   "'gift')"),
            3);
  if (!postgres()) {
    // SQLite's NOT GLOB (PostgreSQL has no GLOB).
    ASSERT_TRUE(db_->Execute("CREATE TABLE globs (id integer PRIMARY KEY,"
                             "  slug text NOT NULL CHECK (slug NOT GLOB '[a-m]*'))")
                    .ok());
    Reintrospect();
    options.tables = {"globs"};
    done = FillTables(*db_, schema_info_, options);
    ASSERT_TRUE(done.ok()) << done.status();
    EXPECT_THAT(done->notes, ::testing::IsEmpty());
    EXPECT_EQ(Scalar("SELECT count(*) AS n FROM globs WHERE slug GLOB '[n-z]*'"), 40);
  }
}

TEST_P(GenerateTest, ChecksThatLeaveNoValueAreErrors) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE empty_range (id integer PRIMARY KEY, "
                           "q integer NOT NULL CHECK (q > 10 AND q < 5))")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"empty_range"};
  absl::StatusOr<Dataset> data = GenerateRows(*db_, schema_info_, options);
  EXPECT_EQ(data.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(data.status().message()), HasSubstr("empty_range.q"));
  EXPECT_THAT(std::string(data.status().message()), HasSubstr("leave no value (q > 10, q < 5)"));
}

TEST_P(GenerateTest, UniqueValuesHoldByConstruction) {
  if (!ready()) return;
  // Words are few (600 distinct tags from a few hundred words), a rank
  // takes 600 of 700 values, and a short code has no rule by name.
  ASSERT_TRUE(db_->Execute("CREATE TABLE tags (id integer PRIMARY KEY, "
                           "name varchar(12) NOT NULL UNIQUE, rank integer NOT NULL UNIQUE "
                           "CHECK (rank BETWEEN 1 AND 700), code char(4) NOT NULL UNIQUE)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"tags", "customers"};
  options.table_rows["tags"] = 600;
  options.table_rows["customers"] = 1000;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_EQ(Scalar("SELECT count(DISTINCT name) AS n FROM tags"), 600);
  EXPECT_EQ(Scalar("SELECT count(DISTINCT rank) AS n FROM tags"), 600);
  EXPECT_EQ(Scalar("SELECT count(DISTINCT code) AS n FROM tags"), 600);
  EXPECT_EQ(Scalar("SELECT count(DISTINCT email) AS n FROM customers"), 1000);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM tags WHERE length(name) > 12"), 0);
  // The text keeps what it was (a word, then the index's three digits);
  // a code is four characters of [0-9A-Z], not a cut word.
  const std::string code_ok =
      postgres() ? "code ~ '^[0-9A-Z]{4}$'"
                 : "code GLOB '[0-9A-Z][0-9A-Z][0-9A-Z][0-9A-Z]'";
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM tags WHERE " + code_ok), 600);
  const std::string name_ok = postgres() ? "name ~ '^[a-z]+[0-9]{3}$'"
                                         : "name GLOB '[a-z]*[0-9][0-9][0-9]' AND "
                                           "substr(name, 1, 1) GLOB '[a-z]'";
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM tags WHERE " + name_ok), 600);
  // An e-mail address is still its person's: the index's digits go before
  // the @, after the name the address was made from.
  absl::StatusOr<std::vector<Row>> people =
      db_->Query("SELECT first_name, last_name, email FROM customers");
  ASSERT_TRUE(people.ok()) << people.status();
  int own = 0;
  for (const Row& person : *people) {
    std::string email = person.Get("email").as_string();
    std::string last = person.Get("last_name").as_string();
    for (char& c : email) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (char& c : last) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    own += email.find(last.substr(0, 4)) != std::string::npos ? 1 : 0;
  }
  EXPECT_GT(own, 900) << "of 1000 e-mail addresses, " << own << " name their own person";
}

// Luhn's check (ISO/IEC 7812-1) and the EAN-13 check digit (GS1).
bool LuhnValid(const std::string& digits) {
  int sum = 0;
  bool twice = false;
  for (size_t i = digits.size(); i-- > 0;) {
    if (digits[i] < '0' || digits[i] > '9') return false;
    int d = digits[i] - '0';
    if (twice && (d *= 2) > 9) d -= 9;
    sum += d;
    twice = !twice;
  }
  return !digits.empty() && sum % 10 == 0;
}

bool Ean13Valid(const std::string& digits) {
  if (digits.size() != 13) return false;
  int sum = 0;
  for (size_t i = 0; i < 13; ++i) {
    if (digits[i] < '0' || digits[i] > '9') return false;
    sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
  }
  return sum % 10 == 0;
}

bool AllOf(const std::string& text, const char* alphabet) {
  return !text.empty() && text.find_first_not_of(alphabet) == std::string::npos;
}

TEST_P(GenerateTest, NamesAndTypesTogetherGiveValuesThatFit) {
  if (!ready()) return;
  // What a stranger's shop schema held lorem words in: codes and numbers
  // written as text, read from the column's name and its type together.
  const std::string stamp = postgres() ? "timestamp" : "timestamp";
  ASSERT_TRUE(db_->Execute("CREATE TABLE items (id integer PRIMARY KEY, "
                           "ean13 char(13) NOT NULL UNIQUE, gtin varchar(14) NOT NULL, "
                           "isbn13 varchar(20) NOT NULL, card_last4 char(4) NOT NULL, "
                           "cvv varchar(4) NOT NULL, pan varchar(19) NOT NULL, "
                           "locale varchar(10) NOT NULL, language char(2) NOT NULL, "
                           "slug varchar(80) NOT NULL, sha256 char(64) NOT NULL, "
                           "md5 varchar(32) NOT NULL, color varchar(7) NOT NULL, "
                           "code char(4) NOT NULL, "
                           "created_at " + stamp + " NOT NULL, updated_at " + stamp +
                           " NOT NULL, deleted_at " + stamp + ")")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"items"};
  options.rows = 300;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  absl::StatusOr<std::vector<Row>> rows = db_->Query(
      "SELECT ean13, gtin, isbn13, card_last4, cvv, pan, locale, language, slug, sha256, md5, "
      "color, code, CAST(created_at AS text) AS created_at, CAST(updated_at AS text) AS "
      "updated_at, CAST(deleted_at AS text) AS deleted_at FROM items");
  ASSERT_TRUE(rows.ok()) << rows.status();
  ASSERT_EQ(rows->size(), 300u);
  int bad = 0;
  std::string first;
  for (const Row& row : *rows) {
    auto text = [&](const char* column) {
      const Value& v = row.Get(column);
      return v.is_null() ? std::string() : v.as_string();
    };
    std::vector<std::string> why;
    if (!Ean13Valid(text("ean13"))) why.push_back("ean13 " + text("ean13"));
    if (!Ean13Valid(text("gtin"))) why.push_back("gtin " + text("gtin"));
    std::string isbn = text("isbn13");
    isbn.erase(std::remove(isbn.begin(), isbn.end(), '-'), isbn.end());
    if (!Ean13Valid(isbn)) why.push_back("isbn13 " + text("isbn13"));
    if (text("card_last4").size() != 4 || !AllOf(text("card_last4"), "0123456789")) {
      why.push_back("card_last4 " + text("card_last4"));
    }
    if (text("cvv").size() != 3 || !AllOf(text("cvv"), "0123456789")) why.push_back("cvv");
    if (!LuhnValid(text("pan"))) why.push_back("pan " + text("pan"));
    const std::string locale = text("locale");
    if (locale.size() != 5 || locale[2] != '_') why.push_back("locale " + locale);
    if (!AllOf(text("language"), "abcdefghijklmnopqrstuvwxyz") || text("language").size() != 2) {
      why.push_back("language " + text("language"));
    }
    if (!AllOf(text("slug"), "abcdefghijklmnopqrstuvwxyz0123456789-") ||
        text("slug").find('-') == std::string::npos) {
      why.push_back("slug " + text("slug"));
    }
    if (text("sha256").size() != 64 || !AllOf(text("sha256"), "0123456789abcdef")) {
      why.push_back("sha256 " + text("sha256"));
    }
    if (text("md5").size() != 32 || !AllOf(text("md5"), "0123456789abcdef")) why.push_back("md5");
    if (text("color").size() != 7 || text("color")[0] != '#' ||
        !AllOf(text("color").substr(1), "0123456789abcdef")) {
      why.push_back("color " + text("color"));
    }
    if (text("code").size() != 4 || !AllOf(text("code"), "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")) {
      why.push_back("code " + text("code"));
    }
    // ISO text orders as time does.
    if (text("updated_at") < text("created_at")) why.push_back("updated before created");
    if (!text("deleted_at").empty() && text("deleted_at") < text("updated_at")) {
      why.push_back("deleted before updated");
    }
    if (!why.empty() && bad++ == 0) {
      for (const std::string& w : why) first += w + "; ";
    }
  }
  EXPECT_EQ(bad, 0) << bad << " of 300 rows hold values that do not fit; the first: " << first;
  // The lifecycle is not squeezed together: updates spread after creation.
  EXPECT_GT(Scalar("SELECT count(DISTINCT updated_at) AS n FROM items"), 250);
}

TEST_P(GenerateTest, ChecksOnTwoColumnsAndPatternsAreKept) {
  if (!ready()) return;
  // The engine refuses a row that breaks one: FillTables() succeeding on
  // 500 rows is the check, and no CHECK is noted as unread.
  const std::string pattern = postgres() ? "tag LIKE 'T_-%'" : "tag GLOB '[A-Z][A-Z][0-9]*'";
  ASSERT_TRUE(db_->Execute("CREATE TABLE promotions (id integer PRIMARY KEY, "
                           "start_date date NOT NULL, end_date date NOT NULL, "
                           "total_minor integer NOT NULL, discount_minor integer NOT NULL, "
                           "weight numeric(6,2) NOT NULL, max_weight numeric(8,3) NOT NULL, "
                           "code varchar(20) NOT NULL, tag varchar(12) NOT NULL, "
                           "CHECK (end_date >= start_date), "
                           "CHECK (discount_minor <= total_minor AND discount_minor > 0), "
                           "CHECK (max_weight > weight), "
                           "CHECK (code LIKE 'SKU-%' AND length(code) <= 12), "
                           "CHECK (" + pattern + "))")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"promotions"};
  options.rows = 500;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_THAT(done->notes, ::testing::Not(::testing::Contains(HasSubstr("not a form"))));
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM promotions WHERE end_date < start_date OR "
                   "discount_minor > total_minor OR max_weight <= weight"),
            0);
  // Still spread out, not pinned to their bounds.
  EXPECT_GT(Scalar("SELECT count(DISTINCT end_date) AS n FROM promotions"), 300);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM promotions WHERE end_date > start_date"), 400);
}

TEST_P(GenerateTest, ChildrenSpreadOverParentsAsAsked) {
  if (!ready()) return;
  auto counts = [&]() {
    // Orders per customer, every customer counted (those with none too).
    absl::StatusOr<std::vector<Row>> rows = db_->Query(
        "SELECT (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) AS n "
        "FROM customers c");
    EXPECT_TRUE(rows.ok()) << rows.status();
    std::vector<int64_t> n;
    for (const Row& row : *rows) n.push_back(row.Get("n").as_int());
    std::sort(n.begin(), n.end());
    return n;
  };
  auto fill = [&](ChildrenPerParent shape, int64_t orders) {
    EXPECT_TRUE(db_->Execute("DELETE FROM order_lines; DELETE FROM shipments; DELETE FROM orders; "
                             "DELETE FROM customers")
                    .ok());
    GenerateOptions options;
    options.tables = {"customers", "orders"};
    options.table_rows["customers"] = 100;
    options.table_rows["orders"] = orders;
    options.children["orders.customer_id"] = shape;
    absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
    EXPECT_TRUE(done.ok()) << done.status();
  };
  // Fixed(3): 300 orders, 3 for every customer.
  fill(ChildrenPerParent::Fixed(3), 300);
  std::vector<int64_t> n = counts();
  EXPECT_EQ(n.front(), 3);
  EXPECT_EQ(n.back(), 3);
  // Uniform(1, 5): 300 orders, 1 to 5 each for the customers reached
  // (about 100 at 3 on average), none beyond 5.
  fill(ChildrenPerParent::Uniform(1, 5), 300);
  n = counts();
  EXPECT_EQ(n.back(), 5);
  EXPECT_GE(std::count(n.begin(), n.end(), 1), 5);
  // Zipf(1): the busiest customer has many more orders than a typical one.
  fill(ChildrenPerParent::Zipf(1), 1000);
  n = counts();
  EXPECT_GT(n.back(), 100) << "the top customer of 1000 orders under Zipf(1) has " << n.back();
  EXPECT_LE(n[n.size() / 2], 5);
  // Poisson(2): about 2 each on average, some with none.
  fill(ChildrenPerParent::Poisson(2), 200);
  n = counts();
  EXPECT_GT(std::count(n.begin(), n.end(), 0), 0);

  // Mistakes are named.
  GenerateOptions options;
  options.children["orders.status"] = ChildrenPerParent::Fixed(1);
  EXPECT_EQ(GenerateRows(*db_, schema_info_, options).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(ChildrenPerParent::Parse("uniform:5-1").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ChildrenPerParent::Parse("zipf:1")->kind(), ChildrenPerParent::Kind::kZipf);
  EXPECT_DOUBLE_EQ(ChildrenPerParent::Parse("poisson:2.5")->mean(), 2.5);
  options.children.clear();
  options.tables = {"orders"};
  options.table_rows["orders"] = 3;
  options.children["orders.customer_id"] = ChildrenPerParent::Fixed(0);
  EXPECT_THAT(std::string(GenerateRows(*db_, schema_info_, options).status().message()),
              HasSubstr("gives every parent of (customer_id) -> customers no children"));
}

TEST_P(GenerateTest, TwoForeignKeysOfARowCanAgree) {
  if (!ready()) return;
  // An order's shipping address is one of its own customer's addresses.
  ASSERT_TRUE(db_->Execute("CREATE TABLE addresses (id integer PRIMARY KEY, "
                           "customer_id integer NOT NULL REFERENCES customers(id), "
                           "city varchar(60) NOT NULL);"
                           "CREATE TABLE deliveries (id integer PRIMARY KEY, "
                           "customer_id integer NOT NULL REFERENCES customers(id), "
                           "address_id integer NOT NULL REFERENCES addresses(id))")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"customers", "addresses", "deliveries"};
  options.table_rows["customers"] = 50;
  options.table_rows["addresses"] = 100;
  options.table_rows["deliveries"] = 400;
  options.children["addresses.customer_id"] = ChildrenPerParent::Fixed(2);
  options.agree["deliveries.address_id"] = "customer_id";
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM deliveries d JOIN addresses a ON a.id = "
                   "d.address_id WHERE a.customer_id <> d.customer_id"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM deliveries"), 400);
  // Both of a customer's addresses are used.
  EXPECT_GT(Scalar("SELECT count(DISTINCT address_id) AS n FROM deliveries"), 80);

  // Without an address for some customers, a NOT NULL key cannot agree.
  ASSERT_TRUE(db_->Execute("DELETE FROM deliveries; DELETE FROM addresses").ok());
  options.tables = {"deliveries"};
  options.children.clear();
  options.table_rows["addresses"] = 0;
  ASSERT_TRUE(db_->Execute("INSERT INTO addresses (id, customer_id, city) SELECT 1, min(id), "
                           "'Lyon' FROM customers")
                  .ok());
  absl::StatusOr<GenerateSummary> lacking = FillTables(*db_, schema_info_, options);
  ASSERT_FALSE(lacking.ok());
  EXPECT_THAT(std::string(lacking.status().message()),
              HasSubstr("the NOT NULL key (address_id) -> addresses must agree on customer_id"));
  options.agree["deliveries.address_id"] = "nope";
  EXPECT_EQ(GenerateRows(*db_, schema_info_, options).status().code(),
            absl::StatusCode::kNotFound);
}

TEST_P(GenerateTest, AKeyThatClosesACycleIsSetOnceItsParentsExist) {
  if (!ready()) return;
  // departments -> staff through a nullable key, staff -> departments
  // through a NOT NULL one: departments are filled first with their head
  // NULL, then heads are set once staff exist, at the column's fill rate.
  // The head is UNIQUE: one department a person.
  const std::string staff =
      "CREATE TABLE staff (id integer PRIMARY KEY, "
      "department_id integer NOT NULL REFERENCES departments(id), "
      "first_name varchar(40) NOT NULL);";
  const absl::Status created =
      postgres() ? db_->Execute("CREATE TABLE departments (id integer PRIMARY KEY, "
                                "name varchar(40) NOT NULL, head_employee integer UNIQUE);" +
                                staff +
                                "ALTER TABLE departments ADD FOREIGN KEY (head_employee) "
                                "REFERENCES staff(id)")
                 : db_->Execute("CREATE TABLE departments (id integer PRIMARY KEY, "
                                "name varchar(40) NOT NULL, head_employee integer UNIQUE "
                                "REFERENCES staff(id));" +
                                staff);
  ASSERT_TRUE(created.ok()) << created;
  Reintrospect();
  GenerateOptions options;
  options.tables = {"departments", "staff"};
  options.table_rows["departments"] = 200;
  options.table_rows["staff"] = 1000;
  options.null_probability = 0.25;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  const int64_t heads = Scalar("SELECT count(head_employee) AS n FROM departments");
  EXPECT_GT(heads, 120) << "a fill rate of 0.75 set " << heads << " of 200";
  EXPECT_LT(heads, 180) << "a fill rate of 0.75 set " << heads << " of 200";
  EXPECT_EQ(Scalar("SELECT count(DISTINCT head_employee) AS n FROM departments"), heads);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM departments d JOIN staff s ON s.id = "
                   "d.head_employee"),
            heads);
  EXPECT_THAT(done->notes,
              ::testing::Contains(HasSubstr("departments: foreign key (head_employee) -> staff "
                                            "closes a cycle: inserted NULL, then set in " +
                                            std::to_string(heads) +
                                            " of 200 rows once staff was filled")));

  // Through GenerateRows() the keys are in the rows; Seed() inserts them
  // NULL and sets them once the parents are in.
  options.seed = 8;
  absl::StatusOr<Dataset> data = GenerateRows(*db_, schema_info_, options);
  ASSERT_TRUE(data.ok()) << data.status();
  int64_t in_rows = 0;
  for (const Row& row : data->Rows("departments")) {
    in_rows += row.Get("head_employee").is_null() ? 0 : 1;
  }
  EXPECT_GT(in_rows, 120);
  const absl::Status seeded = Seed(*db_, schema_info_, *data);
  ASSERT_TRUE(seeded.ok()) << seeded;
  EXPECT_EQ(Scalar("SELECT count(head_employee) AS n FROM departments"), heads + in_rows);
  EXPECT_EQ(Scalar("SELECT count(DISTINCT head_employee) AS n FROM departments"), heads + in_rows);
}

TEST_P(GenerateTest, FakeValuesAreNeverCutToFit) {
  if (!ready()) return;
  // A name that does not fit is drawn again with its person; an e-mail
  // column no address fits is an error naming it, not "mateo." rows.
  ASSERT_TRUE(db_->Execute("CREATE TABLE people (id integer PRIMARY KEY, "
                           "first_name varchar(5) NOT NULL, last_name varchar(40) NOT NULL, "
                           "email varchar(60) NOT NULL)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"people"};
  options.rows = 200;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  const std::string chars = postgres() ? "char_length" : "length";
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM people WHERE " + chars + "(first_name) > 5"), 0);
  // Each e-mail still names its own person (its last name, lower-cased).
  const std::string find = postgres() ? "strpos" : "instr";
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM people WHERE " + find +
                   "(lower(email), lower(substr(last_name, 1, 3))) = 0"),
            0);

  ASSERT_TRUE(db_->Execute("CREATE TABLE tiny (id integer PRIMARY KEY, "
                           "email varchar(6) NOT NULL)")
                  .ok());
  Reintrospect();
  options.tables = {"tiny"};
  options.rows = 3;
  absl::StatusOr<GenerateSummary> tiny = FillTables(*db_, schema_info_, options);
  ASSERT_FALSE(tiny.ok());
  EXPECT_THAT(std::string(tiny.status().message()),
              HasSubstr("tiny[0]: no person drawn in 100 attempts fits every column of it: "
                        "email (internet.email in at most 6 characters)"));
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM tiny"), 0);
}

TEST_P(GenerateTest, AUniqueForeignKeyTakesEachParentOnce) {
  if (!ready()) return;
  // One-to-one: 300 payments for 300 orders, which retries could not find.
  ASSERT_TRUE(db_->Execute("CREATE TABLE payments (id integer PRIMARY KEY, "
                           "order_id integer NOT NULL UNIQUE REFERENCES orders(id), "
                           "card_last4 char(4))")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"payments"};
  options.rows = 300;
  options.table_rows["customers"] = 50;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM payments"), 300);
  EXPECT_EQ(Scalar("SELECT count(DISTINCT order_id) AS n FROM payments"), 300);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM payments p JOIN orders o ON o.id = p.order_id"),
            300);

  // One more payment than there are orders left: an error before any row,
  // with the sizes.
  options.tables = {"payments"};
  options.rows = 1;
  options.table_rows.clear();
  absl::StatusOr<GenerateSummary> more = FillTables(*db_, schema_info_, options);
  ASSERT_FALSE(more.ok());
  EXPECT_EQ(more.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(more.status().message()),
              HasSubstr("(order_id) allows only 300 distinct values, too few for 1 rows (300 "
                        "already in the table)"));
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM payments"), 300);
}

TEST_P(GenerateTest, ACompositeKeyTakesDistinctCombinations) {
  if (!ready()) return;
  // order_lines' key (order_id, line_no): 10 orders x 50 line numbers.
  GenerateOptions options;
  options.tables = {"order_lines"};
  options.rows = 10;
  options.table_rows["order_lines"] = 500;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM (SELECT DISTINCT order_id, line_no FROM "
                   "order_lines) AS d"),
            500);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM order_lines WHERE line_no < 1 OR line_no > 50"), 0);
  // All 500 combinations are taken now: one more row cannot be made.
  options.tables = {"order_lines"};
  options.table_rows["order_lines"] = 1;
  options.table_rows["orders"] = 0;
  absl::StatusOr<GenerateSummary> more = FillTables(*db_, schema_info_, options);
  ASSERT_FALSE(more.ok());
  EXPECT_THAT(std::string(more.status().message()),
              HasSubstr("PRIMARY KEY (order_id, line_no) allows only 500 distinct values, too few "
                        "for 1 rows (500 already in the table)"));
}

TEST_P(GenerateTest, ChildRowsComeGroupedByParentAndNumberedWithinIt) {
  if (!ready()) return;
  // order_lines' key is (order_id, line_no): a real table's lines are
  // written with their order, numbered 1, 2, 3 within it.
  const std::string written_order = postgres() ? "ctid" : "rowid";
  auto fill = [&](std::optional<ChildrenPerParent> shape, int64_t orders, int64_t lines) {
    ASSERT_TRUE(db_->Execute("DELETE FROM shipments; DELETE FROM order_lines; DELETE FROM orders")
                    .ok());
    GenerateOptions options;
    options.tables = {"order_lines"};
    options.rows = 0;
    options.table_rows["customers"] = 10;
    options.table_rows["products"] = 10;
    options.table_rows["orders"] = orders;
    options.table_rows["order_lines"] = lines;
    if (shape) options.children["order_lines.order_id"] = *shape;
    absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
    ASSERT_TRUE(done.ok()) << done.status();
  };
  auto numbered_from_one = [&]() {
    // Orders whose line numbers are not exactly 1..(their count).
    return Scalar(
        "SELECT count(*) AS n FROM (SELECT order_id, min(line_no) AS lo, max(line_no) AS hi, "
        "count(*) AS k FROM order_lines GROUP BY order_id) AS g WHERE lo <> 1 OR hi <> k");
  };
  fill(std::nullopt, 40, 300);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM order_lines"), 300);
  EXPECT_EQ(numbered_from_one(), 0);
  // In the order written, an order's lines are together and the orders
  // come in their own order.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM (SELECT order_id, line_no, lag(order_id) OVER (ORDER "
                   "BY " + written_order + ") AS po, lag(line_no) OVER (ORDER BY " +
                   written_order +
                   ") AS pl FROM order_lines) AS w WHERE po IS NOT NULL AND NOT (po < order_id "
                   "AND line_no = 1 OR po = order_id AND line_no = pl + 1)"),
            0);
  // The lines spread over the orders as random parents would (7.5 on
  // average, hardly any order without one), not a fixed number each.
  EXPECT_GE(Scalar("SELECT count(DISTINCT order_id) AS n FROM order_lines"), 36);
  EXPECT_GE(Scalar("SELECT count(DISTINCT k) AS n FROM (SELECT count(*) AS k FROM order_lines "
                   "GROUP BY order_id) AS g"),
            5);
  // No order takes more lines than line_no's CHECK allows (50): 10 orders,
  // 490 lines leave the orders 49 on average.
  fill(std::nullopt, 10, 490);
  EXPECT_EQ(numbered_from_one(), 0);
  EXPECT_LE(Scalar("SELECT max(line_no) AS n FROM order_lines"), 50);
  // options.children shapes them: Fixed(3) over 20 orders, 100 lines: a
  // first round of 3 each, then 3 more for the first 13 and 1 for the 14th,
  // still numbered on.
  fill(ChildrenPerParent::Fixed(3), 20, 100);
  EXPECT_EQ(numbered_from_one(), 0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM (SELECT order_id FROM order_lines GROUP BY order_id "
                   "HAVING count(*) = 6) AS g"),
            13);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM (SELECT order_id FROM order_lines GROUP BY order_id "
                   "HAVING count(*) = 3) AS g"),
            6);
  EXPECT_EQ(Scalar("SELECT min(order_id) AS n FROM (SELECT order_id FROM order_lines GROUP BY "
                   "order_id HAVING count(*) = 4) AS g"),
            Scalar("SELECT min(id) AS n FROM orders") + 13);
}

TEST_P(GenerateTest, UniqueValuesAvoidThoseAlreadyInTheTable) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE seats (id integer PRIMARY KEY, "
                           "seat integer NOT NULL UNIQUE CHECK (seat BETWEEN 1 AND 40), "
                           "holder varchar(40) NOT NULL UNIQUE)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"seats"};
  options.rows = 25;
  ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
  options.rows = 15;  // the 15 seats left, whatever order they come in
  options.seed = 8;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_EQ(Scalar("SELECT count(DISTINCT seat) AS n FROM seats"), 40);
  EXPECT_EQ(Scalar("SELECT count(DISTINCT holder) AS n FROM seats"), 40);
}

TEST_P(GenerateTest, AUniqueColumnSetByACustomOverrideIsLeftToTheEngine) {
  if (!ready()) return;
  GenerateOptions options;
  options.tables = {"customers"};
  options.rows = 5;
  options.columns["customers.email"] = ColumnGenerator::Custom(
      [](Rng&, int64_t row) { return Value("user" + std::to_string(row) + "@example.org"); });
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_THAT(done->notes, ::testing::Contains(HasSubstr(
                               "(email) is not made unique by generation: email is set otherwise")));
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM customers WHERE email = 'user3@example.org'"), 1);
}

TEST_P(GenerateTest, FillsEmptyParentsThatAChildNeeds) {
  if (!ready()) return;
  GenerateOptions options;
  options.tables = {"order_lines"};
  options.rows = 6;
  options.columns["products.weight"] = ColumnGenerator::Fake("commerce.price");  // "$12.34"
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  std::vector<std::string> order;
  for (const GenerateSummary::TableRows& t : done->tables) order.push_back(t.table);
  EXPECT_THAT(order, ::testing::UnorderedElementsAre("order_lines", "orders", "customers",
                                                     "products"));
  EXPECT_EQ(order.back(), "order_lines");
  EXPECT_THAT(done->notes, ::testing::Contains(HasSubstr("products was filled too")));
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM products WHERE weight IS NULL OR weight < 1"), 0);
}

TEST_P(GenerateTest, OverridesReplaceTheRules) {
  if (!ready()) return;
  GenerateOptions options;
  options.rows = 20;
  options.tables = {"customers", "products"};
  options.columns["customers.email"] = ColumnGenerator::Fake("internet.free_email");
  options.columns["status"] = ColumnGenerator::Fixed("retired");  // any table with a status
  options.columns["products.price_minor"] = ColumnGenerator::Custom(
      [](Rng& rng, int64_t row) { return Value(UniformInt(rng, 1, 9) * 1000 + row); });
  options.columns["customers.birth_date"] = ColumnGenerator::Default();
  options.columns["products.code"] = ColumnGenerator::Fixed(nullptr);
  GenerateSummary summary;
  absl::StatusOr<Dataset> data = GenerateRows(*db_, schema_info_, options, &summary);
  ASSERT_TRUE(data.ok()) << data.status();
  std::vector<Row> customers = data->Rows("customers");
  ASSERT_EQ(customers.size(), 20u);
  for (const Row& row : customers) {
    EXPECT_FALSE(row.Has("birth_date")) << row.ToString();  // left to the database
    const std::string& email = row.Get("email").as_string();
    EXPECT_THAT(email, HasSubstr("@")) << row.ToString();
    EXPECT_THAT(email, ::testing::Not(HasSubstr("example"))) << row.ToString();
  }
  std::vector<Row> products = data->Rows("products");
  ASSERT_EQ(products.size(), 20u);
  for (size_t i = 0; i < products.size(); ++i) {
    EXPECT_EQ(products[i].Get("status"), Value("retired"));
    EXPECT_TRUE(products[i].Get("code").is_null());
    const int64_t price = products[i].Get("price_minor").as_int();
    EXPECT_EQ(price % 1000, static_cast<int64_t>(i));
    EXPECT_GE(price, 1000);
  }
  // The rows insert as they are, the defaulted column left out.
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM customers WHERE birth_date IS NULL"), 20);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM products WHERE status = 'retired'"), 20);
  // FillTables() generated what GenerateRows() returned.
  ASSERT_EQ(done->tables.size(), summary.tables.size());
  for (size_t i = 0; i < summary.tables.size(); ++i) {
    EXPECT_EQ(done->tables[i].table, summary.tables[i].table);
    EXPECT_EQ(done->tables[i].digest, summary.tables[i].digest);
  }
}

TEST_P(GenerateTest, SameSeedSameRowsOtherSeedOtherRows) {
  if (!ready()) return;
  GenerateOptions options;
  options.seed = 11;
  options.rows = 15;
  GenerateSummary first_summary, second_summary, other_summary;
  absl::StatusOr<Dataset> first = GenerateRows(*db_, schema_info_, options, &first_summary);
  absl::StatusOr<Dataset> second = GenerateRows(*db_, schema_info_, options, &second_summary);
  ASSERT_TRUE(first.ok()) << first.status();
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(*first, *second);
  ASSERT_EQ(first_summary.tables.size(), 6u);
  for (size_t i = 0; i < first_summary.tables.size(); ++i) {
    EXPECT_EQ(first_summary.tables[i].digest, second_summary.tables[i].digest);
    EXPECT_EQ(first_summary.tables[i].rows, 15);
  }
  options.seed = 12;
  absl::StatusOr<Dataset> other = GenerateRows(*db_, schema_info_, options, &other_summary);
  ASSERT_TRUE(other.ok()) << other.status();
  EXPECT_NE(*first, *other);
  for (size_t i = 0; i < first_summary.tables.size(); ++i) {
    EXPECT_NE(first_summary.tables[i].digest, other_summary.tables[i].digest)
        << first_summary.tables[i].table;
  }
  EXPECT_NE(first->Rows("customers")[0].Get("email"), other->Rows("customers")[0].Get("email"));
}

TEST_P(GenerateTest, AddingAColumnLeavesTheOthersAlone) {
  if (!ready()) return;
  GenerateOptions options;
  options.rows = 12;
  options.tables = {"customers", "products"};
  absl::StatusOr<Dataset> before = GenerateRows(*db_, schema_info_, options);
  ASSERT_TRUE(before.ok()) << before.status();
  ASSERT_TRUE(db_->Execute("ALTER TABLE customers ADD COLUMN nickname varchar(20);"
                           "ALTER TABLE products ADD COLUMN description text")
                  .ok());
  Reintrospect();
  absl::StatusOr<Dataset> after = GenerateRows(*db_, schema_info_, options);
  ASSERT_TRUE(after.ok()) << after.status();
  for (const std::string table : {"customers", "products"}) {
    std::vector<Row> old_rows = before->Rows(table);
    std::vector<Row> new_rows = after->Rows(table);
    ASSERT_EQ(old_rows.size(), new_rows.size());
    for (size_t r = 0; r < old_rows.size(); ++r) {
      for (const Row::Cell& cell : old_rows[r].cells()) {
        EXPECT_EQ(new_rows[r].Get(cell.first), cell.second)
            << table << "." << cell.first << "[" << r << "]";
      }
      EXPECT_EQ(new_rows[r].size(), old_rows[r].size() + 1);
    }
  }
}

TEST_P(GenerateTest, TooSmallAUniqueDomainIsAClearError) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE flags (id integer PRIMARY KEY, "
                           "flag boolean NOT NULL UNIQUE)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"flags"};
  options.rows = 2;
  EXPECT_TRUE(GenerateRows(*db_, schema_info_, options).ok());
  options.rows = 3;
  absl::StatusOr<Dataset> data = GenerateRows(*db_, schema_info_, options);
  EXPECT_EQ(data.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(data.status().message()), HasSubstr("flags: UNIQUE"));
  EXPECT_THAT(std::string(data.status().message()),
              HasSubstr("(flag) allows only 2 distinct values, too few for 3 rows"));
  // A Fixed value in a unique column is a domain of one.
  options.rows = 2;
  options.columns["flags.flag"] = ColumnGenerator::Fixed(true);
  data = GenerateRows(*db_, schema_info_, options);
  EXPECT_EQ(data.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(data.status().message()), HasSubstr("allows only 1 distinct values"));
}

TEST_P(GenerateTest, UniqueValuesOfNamedFormsKeepTheirForm) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE accounts (id integer PRIMARY KEY, "
                           "iban text NOT NULL UNIQUE, bic text NOT NULL UNIQUE, "
                           "mac text NOT NULL UNIQUE, ip text NOT NULL UNIQUE, "
                           "domain text NOT NULL UNIQUE, color text NOT NULL UNIQUE, "
                           "sha256 text NOT NULL UNIQUE, uuid text NOT NULL UNIQUE)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"accounts"};
  options.rows = 500;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  for (const char* column : {"iban", "bic", "mac", "ip", "domain", "color", "sha256", "uuid"}) {
    EXPECT_EQ(Scalar(std::string("SELECT count(DISTINCT ") + column + ") AS n FROM accounts"),
              500)
        << column;
  }
  const std::string chars = postgres() ? "char_length" : "length";
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM accounts WHERE " + chars + "(sha256) <> 64 OR " +
                   chars + "(uuid) <> 36 OR " + chars + "(mac) <> 17 OR " + chars +
                   "(color) <> 7 OR " + chars + "(bic) NOT IN (8, 11) OR mac NOT LIKE "
                   "'__:__:__:__:__:__' OR color NOT LIKE '#%' OR uuid NOT LIKE "
                   "'________-____-4___-____-____________' OR domain LIKE '%0' OR domain LIKE "
                   "'%1' OR domain NOT LIKE '%_._%' OR ip NOT LIKE '%_._%._%._%'"),
            0);
  // Every IBAN passes ISO 7064 MOD 97-10.
  absl::StatusOr<std::vector<Row>> ibans = db_->Query("SELECT iban FROM accounts", {});
  ASSERT_TRUE(ibans.ok()) << ibans.status();
  for (const Row& row : *ibans) {
    const std::string iban = row.Get("iban").as_string();
    const std::string moved = iban.substr(4) + iban.substr(0, 4);
    int rest = 0;
    for (const char c : moved) {
      rest = c >= 'A' && c <= 'Z' ? (rest * 100 + (c - 'A' + 10)) % 97 : (rest * 10 + (c - '0')) % 97;
    }
    EXPECT_EQ(rest, 1) << iban;
  }
}

TEST_P(GenerateTest, WhatGenerationCannotKeepUniqueIsAnErrorBeforeAnyRow) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE prices (id integer PRIMARY KEY, "
                           "currency char(3) NOT NULL UNIQUE);"
                           "CREATE TABLE refs (id integer PRIMARY KEY, "
                           "xq varchar(8) NOT NULL UNIQUE CHECK (xq NOT LIKE '%0%' AND xq NOT "
                           "LIKE '%1%' AND xq NOT LIKE '%2%' AND xq NOT LIKE '%3%' AND xq NOT "
                           "LIKE '%4%' AND xq NOT LIKE '%5%' AND xq NOT LIKE '%6%' AND xq NOT "
                           "LIKE '%7%' AND xq NOT LIKE '%8%' AND xq NOT LIKE '%9%'))")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"prices"};
  options.rows = 3;
  absl::StatusOr<GenerateSummary> listed = FillTables(*db_, schema_info_, options);
  ASSERT_FALSE(listed.ok());
  EXPECT_THAT(std::string(listed.status().message()),
              HasSubstr("currency takes its values from a short list (ISO 4217 currency codes)"));
  // A CHECK that every distinct value breaks (the index is woven in as
  // digits) ends the run with an error, rather than walking every index.
  options.tables = {"refs"};
  options.rows = 1500;
  absl::StatusOr<GenerateSummary> refused = FillTables(*db_, schema_info_, options);
  ASSERT_FALSE(refused.ok());
  EXPECT_THAT(std::string(refused.status().message()),
              HasSubstr("break its CHECK; generation cannot keep both"));
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM refs"), 0);
}

TEST_P(GenerateTest, PatternsAndEngineTypesAreMadeUnique) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE codes (id integer PRIMARY KEY, "
                           "sku char(8) NOT NULL UNIQUE CHECK (sku LIKE 'SKU-____'), "
                           "bin varchar(10) NOT NULL UNIQUE CHECK (bin LIKE 'B__-%'), "
                           "ref varchar(12) NOT NULL CHECK (ref LIKE 'PR-%'), "
                           "wh varchar(10) NOT NULL UNIQUE CHECK (wh LIKE 'WH-%' AND wh NOT LIKE "
                           "'WH-0%'))")
                  .ok());
  if (postgres()) {
    ASSERT_TRUE(db_->Execute("CREATE TABLE nets (id serial PRIMARY KEY, flags bit(12) UNIQUE, "
                             "fee money UNIQUE, net cidr UNIQUE, mac macaddr UNIQUE, "
                             "host inet UNIQUE, span interval UNIQUE, tags integer[] UNIQUE)")
                    .ok());
  }
  Reintrospect();
  GenerateOptions options;
  options.tables = {"codes"};
  if (postgres()) options.tables.push_back("nets");
  options.rows = 2000;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  // The pattern makes the values (commerce.sku's own never match it), the
  // index keeps them distinct, and a run after a prefix is never empty.
  EXPECT_EQ(Scalar("SELECT count(DISTINCT sku) AS n FROM codes"), 2000);
  EXPECT_EQ(Scalar("SELECT count(DISTINCT bin) AS n FROM codes"), 2000);
  // Digits woven after WH- would start with 0 for most indexes: those go
  // at the end of the run (it used to fail at the first such row).
  EXPECT_EQ(Scalar("SELECT count(DISTINCT wh) AS n FROM codes WHERE wh LIKE 'WH-%' AND wh NOT "
                   "LIKE 'WH-0%' AND length(wh) <= 10"),
            2000);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM codes WHERE sku NOT LIKE 'SKU-____' OR "
                   "bin NOT LIKE 'B__-_%' OR ref NOT LIKE 'PR-_%'"),
            0);
  EXPECT_GT(Scalar("SELECT count(DISTINCT ref) AS n FROM codes"), 1000);
  EXPECT_THAT(done->notes, ::testing::Not(::testing::Contains(HasSubstr("set otherwise"))));
  if (postgres()) {
    // The engine's unique indexes held (or the load failed); each column
    // also varies, not one value and NULLs.
    for (const char* column : {"flags", "fee", "net", "mac", "host", "span", "tags"}) {
      EXPECT_EQ(Scalar(std::string("SELECT count(DISTINCT ") + column + ") - count(" + column +
                       ") AS n FROM nets"),
                0)
          << column;
      EXPECT_GT(Scalar(std::string("SELECT count(DISTINCT ") + column + ") AS n FROM nets"),
                1500)
          << column;
    }
    EXPECT_EQ(Scalar("SELECT count(*) AS n FROM nets WHERE masklen(net) <> 28 OR "
                     "family(host) <> 4"),
              0);
  }
}

TEST_P(GenerateTest, DomainsTooSmallAndContradictionsAreErrorsBeforeAnyRow) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE slots (id integer PRIMARY KEY, "
                           "n smallint UNIQUE CHECK (n BETWEEN 1 AND 50));"
                           "CREATE TABLE spans (id integer PRIMARY KEY, x integer NOT NULL, "
                           "y integer NOT NULL, z integer NOT NULL, CHECK (x < y), "
                           "CHECK (y <= z AND z <= x));"
                           "CREATE TABLE depots (code char(3) PRIMARY KEY CHECK (code " +
                           std::string(postgres() ? "LIKE '___'" : "GLOB '[A-Z][A-Z][A-Z]'") +
                           "), label text NOT NULL CHECK (label NOT LIKE 's%'))")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"slots"};
  options.rows = 80;
  // Nullable, so some rows take NULL, but more than 50 need a value: said
  // before the first row, with the sizes.
  absl::StatusOr<GenerateSummary> small = FillTables(*db_, schema_info_, options);
  ASSERT_FALSE(small.ok());
  EXPECT_THAT(std::string(small.status().message()),
              ::testing::ContainsRegex("allows only 50 distinct values, too few for [0-9]+ of "
                                       "the 80 rows that are not NULL there"));
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM slots"), 0);
  options.rows = 40;  // fits
  ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
  EXPECT_EQ(Scalar("SELECT count(DISTINCT n) - count(n) AS n FROM slots"), 0);

  options.tables = {"spans"};
  absl::StatusOr<GenerateSummary> never = FillTables(*db_, schema_info_, options);
  ASSERT_FALSE(never.ok());
  EXPECT_THAT(std::string(never.status().message()),
              HasSubstr("spans: its CHECKs ask x < y and y <= z and z <= x of every row"));
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM spans"), 0);

  // A code column's pattern is its domain: 26^3 (GLOB) or 36^3 (LIKE '___')
  // values, said before any row.
  options.tables = {"depots"};
  options.rows = 50000;
  absl::StatusOr<GenerateSummary> codes = FillTables(*db_, schema_info_, options);
  ASSERT_FALSE(codes.ok());
  EXPECT_THAT(std::string(codes.status().message()),
              HasSubstr(std::string("PRIMARY KEY (code) allows only ") +
                        (postgres() ? "46656" : "17576") + " distinct values"));
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM depots"), 0);
  // NOT LIKE holds in either case (SQLite's LIKE ignores it).
  options.rows = 500;
  ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM depots WHERE lower(label) LIKE 's%'"), 0);

  // A pattern its own NOT LIKE refuses leaves no value: named before any
  // row (it used to fail at row 0 after 100 redraws). A NOT LIKE that only
  // narrows the pattern still fills the table.
  ASSERT_TRUE(db_->Execute("CREATE TABLE skus (id integer PRIMARY KEY, code varchar(12) NOT NULL "
                           "CHECK (code LIKE 'SKU-%' AND code NOT LIKE 'SKU%'));"
                           "CREATE TABLE bins (id integer PRIMARY KEY, code varchar(12) NOT NULL "
                           "CHECK (code LIKE 'B-%' AND code NOT LIKE 'B-0%'))")
                  .ok());
  Reintrospect();
  options.tables = {"skus"};
  options.rows = 10;
  absl::StatusOr<GenerateSummary> refused = FillTables(*db_, schema_info_, options);
  ASSERT_FALSE(refused.ok());
  EXPECT_THAT(std::string(refused.status().message()),
              HasSubstr("skus.code: its CHECK leaves no value (satisfies code LIKE 'SKU-%' AND "
                        "code NOT LIKE 'SKU%'): none of 400 values drawn from its pattern "
                        "passes its CHECKs"));
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM skus"), 0);
  options.tables = {"bins"};
  options.rows = 300;
  ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM bins WHERE code NOT LIKE 'B-_%' OR code LIKE "
                   "'B-0%'"),
            0);
}

TEST_P(GenerateTest, ColumnsOfOneThingAgreeInTheRow) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE wallets (id integer PRIMARY KEY, card_number text, "
                           "card_last4 char(4), latitude real, longitude real, "
                           "currency char(3) NOT NULL)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"wallets"};
  options.rows = 600;
  options.null_probability = 0.2;
  ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
  const std::string last4 =
      postgres() ? "right(card_number, 4)" : "substr(card_number, length(card_number) - 3)";
  // The last four digits are the card's; NULL with it; a latitude and its
  // longitude NULL together.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM wallets WHERE card_last4 <> " + last4 +
                   " OR (card_last4 IS NULL) <> (card_number IS NULL) OR "
                   "(latitude IS NULL) <> (longitude IS NULL)"),
            0);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM wallets WHERE card_number IS NULL"), 60);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM wallets WHERE latitude IS NULL"), 60);
  // en_US pays mostly in dollars, sometimes in another currency.
  const int64_t dollars = Scalar("SELECT count(*) AS n FROM wallets WHERE currency = 'USD'");
  EXPECT_GT(dollars, 400);
  EXPECT_LT(dollars, 520);
  EXPECT_GT(Scalar("SELECT count(DISTINCT currency) AS n FROM wallets"), 10);
  // A Fake override with the rule's own field keeps the pairing.
  ASSERT_TRUE(db_->Execute("DELETE FROM wallets").ok());
  options.columns["wallets.card_number"] = ColumnGenerator::Fake("finance.card_number");
  ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM wallets WHERE card_last4 <> " + last4), 0);
}

TEST_P(GenerateTest, AnOrWithANullableBranchIsKeptByTheRow) {
  if (!ready()) return;
  // `g IS NULL OR c` sets g to NULL in the rows where c fails, `g IS NOT
  // NULL OR c` gives g a value there; a key can be the guard too. A
  // condition on the guard itself (shipped_at >= created_at) is the
  // column's own. PostgreSQL prints these back with its own parentheses.
  ASSERT_TRUE(db_->Execute(
                     "CREATE TABLE accounts (id integer PRIMARY KEY, name text NOT NULL);"
                     "CREATE TABLE invoices (id integer PRIMARY KEY,"
                     "  status text NOT NULL CHECK (status IN ('draft', 'sent', 'paid')),"
                     "  account_id integer REFERENCES accounts(id),"
                     "  created_at timestamp NOT NULL,"
                     "  paid_at timestamp,"
                     "  shipped_at timestamp CHECK (shipped_at IS NULL OR shipped_at >= created_at),"
                     "  reviewer text,"
                     "  CHECK (paid_at IS NULL OR status = 'paid'),"
                     "  CHECK (status <> 'paid' OR paid_at IS NOT NULL),"
                     "  CHECK ((account_id IS NULL) OR (status <> 'draft')),"
                     "  CHECK (status <> 'sent' OR account_id IS NOT NULL),"
                     "  CHECK (reviewer IS NULL OR (status = 'paid' AND paid_at IS NOT NULL)))")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"accounts", "invoices"};
  options.rows = 600;
  options.null_probability = 0.5;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_THAT(done->notes, ::testing::IsEmpty());
  // Every CHECK held (the engine would have refused the row otherwise), and
  // each branch is taken: the relation is not emptied to satisfy it.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM invoices WHERE (status = 'paid') <> "
                   "(paid_at IS NOT NULL)"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM invoices WHERE status = 'draft' AND "
                   "account_id IS NOT NULL"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM invoices WHERE status = 'sent' AND "
                   "account_id IS NULL"),
            0);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM invoices WHERE status = 'paid'"), 120);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM invoices WHERE status = 'paid' AND "
                   "account_id IS NULL"),
            30);  // no CHECK asks for the key there: its own fill rate
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM invoices WHERE status = 'paid' AND "
                   "account_id IS NOT NULL"),
            30);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM invoices WHERE reviewer IS NOT NULL"), 30);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM invoices WHERE reviewer IS NOT NULL AND "
                   "status <> 'paid'"),
            0);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM invoices WHERE shipped_at IS NOT NULL"), 100);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM invoices WHERE shipped_at < created_at"), 0);
}

TEST_P(GenerateTest, WordsFitTheirColumnsAndSmallIntegersUseTheirWholeRange) {
  if (!ready()) return;
  // NOT LIKE '% %' asks for one word; a short column gets a word that fits
  // and a long one is cut at a space, never inside a word; a smallint
  // UNIQUE holds 65,536 values, the negative ones too.
  ASSERT_TRUE(db_->Execute("CREATE TABLE labels (id integer PRIMARY KEY,"
                           "  note text NOT NULL CHECK (note NOT LIKE '% %'),"
                           "  tag varchar(4) NOT NULL,"
                           "  slug varchar(12) NOT NULL,"
                           "  title varchar(45) NOT NULL,"
                           "  code smallint NOT NULL UNIQUE)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"labels"};
  options.rows = 40000;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM labels WHERE note LIKE '% %' OR note = ''"), 0);
  EXPECT_EQ(Scalar("SELECT count(DISTINCT code) AS n FROM labels"), 40000);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM labels WHERE code < 0"), 0);
  // Every word of a short or cut value is a whole word of the placeholder
  // text: at least two letters and no stub "lorem ips" would leave.
  absl::StatusOr<std::vector<Row>> rows =
      db_->Query("SELECT tag, slug, title FROM labels WHERE id <= 400");
  ASSERT_TRUE(rows.ok()) << rows.status();
  // The word lists, as drawn often enough to hold every word.
  std::set<std::string> words;
  for (const char* id : {"en_US", "la"}) {
    Rng rng(11);
    for (const std::string& word : fake::Words(*fake::Locale::Find(id), rng, 20000)) {
      words.insert(AsciiLower(word));
    }
  }
  for (const Row& row : *rows) {
    const std::string tag = row.Find("tag")->as_string();
    const std::string slug = row.Find("slug")->as_string();
    const std::string title = row.Find("title")->as_string();
    EXPECT_LE(tag.size(), 4u);
    EXPECT_LE(slug.size(), 12u);
    EXPECT_LE(title.size(), 45u);
    for (const std::string& value : {tag, slug, title}) {
      std::string word;
      for (size_t i = 0; i <= value.size(); ++i) {
        const char c = i < value.size() ? value[i] : ' ';
        if (c == ' ' || c == '-' || c == '.' || c == ',') {
          if (!word.empty()) {
            EXPECT_EQ(words.count(AsciiLower(word)), 1u) << word << " in " << value;
          }
          word.clear();
        } else {
          word += c;
        }
      }
    }
  }
}

TEST_P(GenerateTest, HoldersStoresTimeZonesAndHireDatesLookReal) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE cards (id integer PRIMARY KEY, holder_name text NOT NULL,"
                           "  cardholder text NOT NULL);"
                           "CREATE TABLE stores (id integer PRIMARY KEY, name text NOT NULL,"
                           "  timezone text NOT NULL);"
                           "CREATE TABLE staff (id integer PRIMARY KEY, birth_date date NOT NULL,"
                           "  hire_date date NOT NULL, employed_on date)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"cards", "stores", "staff"};
  options.rows = 800;
  ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
  // A holder is a person and a store a company: names of two words or
  // more, not one placeholder word.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM cards WHERE holder_name NOT LIKE '% %' OR "
                   "cardholder NOT LIKE '% %'"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM stores WHERE name NOT LIKE '% %'"), 0);
  // en_US keeps American hours nine rows in ten, more of them in New
  // York than in Denver; the rest are anywhere.
  const int64_t american = Scalar(
      "SELECT count(*) AS n FROM stores WHERE timezone IN ('America/New_York', "
      "'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', "
      "'America/Anchorage', 'Pacific/Honolulu')");
  EXPECT_GT(american, 680);
  EXPECT_LT(american, 780);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM stores WHERE timezone = 'America/New_York'"),
            3 * Scalar("SELECT count(*) AS n FROM stores WHERE timezone = 'America/Denver'"));
  EXPECT_GT(Scalar("SELECT count(DISTINCT timezone) AS n FROM stores"), 20);
  // Hired at 18 or later, and the ages still spread out.
  const std::string adult = postgres() ? "birth_date + interval '18 years'"
                                       : "date(birth_date, '+18 years')";
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM staff WHERE hire_date < " + adult +
                   " OR employed_on < " + adult),
            0);
  const std::string year = postgres() ? "extract(year FROM birth_date)" : "substr(birth_date, 1, 4)";
  EXPECT_GT(Scalar("SELECT count(DISTINCT " + year + ") AS n FROM staff"), 40);
}

TEST_P(GenerateTest, ACountryFromAListGivesTheRowThatCountrysPlacesAndBanks) {
  if (!ready()) return;
  // The row's country chooses the locale of its address, phone, bank and
  // time zone; a value no locale describes ('XX') keeps the run's.
  ASSERT_TRUE(db_->Execute("CREATE TABLE branches (id integer PRIMARY KEY,"
                           "  city text NOT NULL, postal_code text NOT NULL,"
                           "  country char(2) NOT NULL CHECK (country IN ('DE', 'FR', 'US', 'XX')),"
                           "  phone text NOT NULL, iban text NOT NULL, timezone text NOT NULL)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"branches"};
  options.rows = 400;
  ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
  for (const char* country : {"DE", "FR", "US", "XX"}) {
    EXPECT_GT(Scalar(std::string("SELECT count(*) AS n FROM branches WHERE country = '") +
                     country + "'"),
              60)
        << country;
  }
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM branches WHERE country = 'DE' AND "
                   "(phone NOT LIKE '+49%' OR iban NOT LIKE 'DE%' OR length(postal_code) <> 5)"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM branches WHERE country = 'FR' AND "
                   "(phone NOT LIKE '+33%' OR iban NOT LIKE 'FR%')"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM branches WHERE country IN ('US', 'XX') AND "
                   "phone NOT LIKE '+1%'"),
            0);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM branches WHERE country = 'DE' AND "
                   "timezone = 'Europe/Berlin'"),
            Scalar("SELECT count(*) AS n FROM branches WHERE country = 'DE'") / 2);
  // The cities differ by country: no German city is also an American one.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM branches d JOIN branches u ON d.city = u.city "
                   "WHERE d.country = 'DE' AND u.country = 'US'"),
            0);
}

TEST_P(GenerateTest, ACardNumberIsOneOfItsRowsBrand) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE cards (id integer PRIMARY KEY,"
                           "  card_number varchar(19) NOT NULL UNIQUE, card_last4 char(4),"
                           "  brand text NOT NULL CHECK (brand IN ('visa', 'mastercard', 'amex', "
                           "'other')));"
                           "CREATE TABLE wallets (id integer PRIMARY KEY, pan varchar(16),"
                           "  card_brand text)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"cards", "wallets"};
  options.rows = 400;
  ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
  const std::string first = postgres() ? "left(card_number, 1)" : "substr(card_number, 1, 1)";
  const std::string two = postgres() ? "left(card_number, 2)" : "substr(card_number, 1, 2)";
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM cards WHERE brand = 'visa' AND " + first +
                   " <> '4'"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM cards WHERE brand = 'amex' AND (" + two +
                   " NOT IN ('34', '37') OR length(card_number) <> 15)"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM cards WHERE brand = 'mastercard' AND " + first +
                   " NOT IN ('2', '5')"),
            0);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM cards WHERE brand = 'other'"), 50);
  EXPECT_EQ(Scalar("SELECT count(DISTINCT card_number) AS n FROM cards"), 400);
  const std::string last4 =
      postgres() ? "right(card_number, 4)" : "substr(card_number, length(card_number) - 3)";
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM cards WHERE card_last4 <> " + last4), 0);
  absl::StatusOr<std::vector<Row>> numbers = db_->Query("SELECT card_number FROM cards");
  ASSERT_TRUE(numbers.ok()) << numbers.status();
  for (const Row& row : *numbers) {
    EXPECT_TRUE(fake::LuhnValid(row.Find("card_number")->as_string()))
        << row.Find("card_number")->as_string();
  }
  // Without a list the brand column names the number's brand, and is NULL
  // with it.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM wallets WHERE (pan IS NULL) <> "
                   "(card_brand IS NULL)"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM wallets WHERE card_brand NOT IN ('Visa', "
                   "'Mastercard', 'American Express', 'Discover', 'JCB', 'Diners Club', "
                   "'UnionPay', 'Maestro')"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM wallets WHERE card_brand = 'Visa' AND pan NOT LIKE "
                   "'4%'"),
            0);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM wallets WHERE card_brand = 'Visa'"), 10);
}

TEST_P(GenerateTest, TimestampsNamedAfterAStatusFollowTheStatus) {
  if (!ready()) return;
  // No CHECK ties them: the list's order is taken as the story's.
  ASSERT_TRUE(db_->Execute("CREATE TABLE bills (id integer PRIMARY KEY,"
                           "  status text NOT NULL CHECK (status IN ('draft', 'sent', 'paid', "
                           "'cancelled')),"
                           "  created_at timestamp NOT NULL, sent_at timestamp, paid_at timestamp,"
                           "  cancelled_at timestamp)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"bills"};
  options.rows = 800;
  ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
  // A draft has neither; a sent bill its sent_at; a paid one both; a
  // cancelled one its cancelled_at, sometimes a sent_at, never paid.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM bills WHERE status = 'draft' AND "
                   "(sent_at IS NOT NULL OR paid_at IS NOT NULL OR cancelled_at IS NOT NULL)"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM bills WHERE status = 'sent' AND "
                   "(sent_at IS NULL OR paid_at IS NOT NULL)"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM bills WHERE status = 'paid' AND "
                   "(sent_at IS NULL OR paid_at IS NULL OR cancelled_at IS NOT NULL)"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM bills WHERE status = 'cancelled' AND "
                   "(cancelled_at IS NULL OR paid_at IS NOT NULL)"),
            0);
  const int64_t cancelled = Scalar("SELECT count(*) AS n FROM bills WHERE status = 'cancelled'");
  const int64_t cancelled_sent =
      Scalar("SELECT count(*) AS n FROM bills WHERE status = 'cancelled' AND sent_at IS NOT NULL");
  EXPECT_GT(cancelled_sent, cancelled / 4);
  EXPECT_LT(cancelled_sent, cancelled * 3 / 4);
  // In the story's order.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM bills WHERE sent_at < created_at OR "
                   "paid_at < sent_at OR cancelled_at < sent_at OR cancelled_at < created_at"),
            0);
  // A bill made in the range's last days does not have its later stages
  // all on its last instant (a stranger found 1 row in 8 there): they
  // share what is left.
  EXPECT_LT(Scalar("SELECT count(*) AS n FROM bills WHERE sent_at = (SELECT max(sent_at) FROM "
                   "bills) OR paid_at = (SELECT max(paid_at) FROM bills)"),
            4);
}

TEST_P(GenerateTest, ATimestampCanFollowEveryDateDrawn) {
  if (!ready()) return;
  // The reference now is midnight (2026-01-01T00:00:00Z): no date is drawn
  // on a day no timestamp before now reaches.
  ASSERT_TRUE(db_->Execute("CREATE TABLE parcels (id integer PRIMARY KEY,"
                           "  placed_on date NOT NULL, shipped_at timestamp NOT NULL)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"parcels"};
  options.rows = 6000;
  ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM parcels WHERE placed_on > '2025-12-31'"), 0);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM parcels WHERE placed_on = '2025-12-31'"), 0);
  const std::string day = postgres() ? "shipped_at::date" : "date(shipped_at)";
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM parcels WHERE " + day + " < placed_on"), 0);
}

TEST_P(GenerateTest, DatesOfEveryRuleFollowTheParentsAndTheRowsBirth) {
  if (!ready()) return;
  // valid_from has no name rule (its type's), ends_at and shipped_at are in
  // two-column CHECKs, the status timestamps follow a NOT NULL placed_at.
  ASSERT_TRUE(db_->Execute(
                     "CREATE TABLE plans (id integer PRIMARY KEY, created_at timestamp NOT NULL);"
                     "CREATE TABLE terms (id integer PRIMARY KEY,"
                     "  plan_id integer NOT NULL REFERENCES plans(id),"
                     "  valid_from timestamp NOT NULL, starts_at timestamp NOT NULL,"
                     "  ends_at timestamp NOT NULL, CHECK (ends_at > starts_at));"
                     "CREATE TABLE parcels (id integer PRIMARY KEY,"
                     "  status text NOT NULL CHECK (status IN ('placed', 'packed', 'shipped')),"
                     "  placed_at timestamp NOT NULL, packed_at timestamp, shipped_at timestamp,"
                     "  CHECK (shipped_at IS NULL OR shipped_at >= packed_at));"
                     "CREATE TABLE sites (id integer PRIMARY KEY, country text NOT NULL"
                     "  CHECK (country IN ('Germany', 'USA', 'poland')), phone text NOT NULL)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"plans", "terms", "parcels", "sites"};
  options.rows = 300;
  ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM terms t JOIN plans p ON p.id = t.plan_id WHERE "
                   "t.valid_from < p.created_at OR t.starts_at < p.created_at OR "
                   "t.ends_at < p.created_at"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM parcels WHERE packed_at < placed_at OR "
                   "shipped_at < placed_at OR shipped_at < packed_at"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM parcels WHERE (status = 'placed' AND packed_at IS "
                   "NOT NULL) OR (status = 'shipped' AND (packed_at IS NULL OR shipped_at IS "
                   "NULL))"),
            0);
  // English names and other spellings of a country choose its locale too.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM sites WHERE (country = 'Germany' AND phone NOT LIKE "
                   "'+49%') OR (country = 'poland' AND phone NOT LIKE '+48%') OR "
                   "(country = 'USA' AND phone NOT LIKE '+1%')"),
            0);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM sites WHERE country = 'Germany'"), 60);
}

TEST_P(GenerateTest, TextNumbersAndEndingsOfOrdinaryColumnsLookReal) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE tickets (id integer PRIMARY KEY,"
                           "  description varchar(80) NOT NULL, title varchar(18) NOT NULL,"
                           "  invoice_no varchar(12) NOT NULL UNIQUE, vat_id text NOT NULL,"
                           "  slug varchar(24) NOT NULL UNIQUE,"
                           "  note text CHECK (note NOT LIKE '%a%' AND note NOT LIKE '%e%' AND "
                           "note NOT LIKE '%o%'));"
                           "CREATE TABLE people (id integer PRIMARY KEY, salary numeric(12,2),"
                           "  hired_on date, termination_date date)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"tickets", "people"};
  options.rows = 400;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  // Placeholder text as long as the column holds, never failing to fit.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM tickets WHERE length(description) > 80 OR "
                   "description NOT LIKE '% %'"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM tickets WHERE length(title) > 18"), 0);
  // A document's number and a tax id are codes, not words.
  const std::string code = postgres() ? "~ '^[0-9A-Z]+$'" : "GLOB '[0-9A-Z]*'";
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM tickets WHERE NOT (invoice_no " + code +
                   ") OR length(invoice_no) <> 10 OR NOT (vat_id " + code + ")"),
            0);
  // A text no word passes (no a, e or o) is a code too.
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM tickets WHERE note IS NOT NULL"), 300);
  // A UNIQUE slug keeps whole words beside its index.
  absl::StatusOr<std::vector<Row>> slugs = db_->Query("SELECT slug FROM tickets");
  ASSERT_TRUE(slugs.ok()) << slugs.status();
  std::set<std::string> words;
  {
    Rng rng(11);
    for (const std::string& word : fake::Words(*fake::Locale::Find("la"), rng, 20000)) {
      words.insert(AsciiLower(word));
    }
  }
  for (const Row& row : *slugs) {
    const std::string slug = row.Find("slug")->as_string();
    std::string part;
    for (size_t i = 0; i <= slug.size(); ++i) {
      if (i < slug.size() && slug[i] != '-') {
        part += slug[i];
        continue;
      }
      const bool digits = !part.empty() && part.find_first_not_of("0123456789") == std::string::npos;
      EXPECT_TRUE(digits || words.count(part) == 1) << part << " in " << slug;
      part.clear();
    }
  }
  // A year's pay, and leaving is the exception.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM people WHERE salary < 20000 OR salary > 150000"), 0);
  const int64_t left = Scalar("SELECT count(*) AS n FROM people WHERE termination_date IS NOT NULL");
  EXPECT_GT(left, 10);
  EXPECT_LT(left, 80);
  if (!postgres()) {
    // A UNIQUE text whose CHECK refuses the digits of its index: said so,
    // not "no distinct value left".
    ASSERT_TRUE(db_->Execute("CREATE TABLE labels (id integer PRIMARY KEY, name varchar(30) NOT "
                             "NULL UNIQUE CHECK (name NOT GLOB '*[0-9]*'))")
                    .ok());
    Reintrospect();
    options.tables = {"labels"};
    options.rows = 5;
    done = FillTables(*db_, schema_info_, options);
    EXPECT_EQ(done.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(std::string(done.status().message()),
                HasSubstr("5 of the values of name made distinct (an index woven in as digits) "
                          "break its CHECK"));
  }
}

TEST_P(GenerateTest, TheTwoEndsOfASpanAreDaysApartNotYears) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE stays (id integer PRIMARY KEY,"
                           "  check_in date NOT NULL, check_out date NOT NULL,"
                           "  starts_at timestamp NOT NULL, ends_at timestamp NOT NULL,"
                           "  hired_on date NOT NULL, left_on date,"
                           "  CHECK (check_out > check_in), CHECK (ends_at >= starts_at),"
                           "  CHECK (left_on > hired_on))")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"stays"};
  options.rows = 500;
  ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
  const std::string nights = postgres() ? "(check_out - check_in)"
                                        : "(julianday(check_out) - julianday(check_in))";
  const std::string days = postgres() ? "extract(epoch FROM ends_at - starts_at) / 86400"
                                      : "(julianday(ends_at) - julianday(starts_at))";
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM stays WHERE " + nights + " < 1 OR " + nights +
                   " > 30 OR " + days + " < 0 OR " + days + " > 30"),
            0);
  EXPECT_GT(Scalar("SELECT count(DISTINCT " + nights + ") AS n FROM stays"), 20);
  // A discount is a share of its total, not most of it.
  ASSERT_TRUE(db_->Execute("CREATE TABLE carts (id integer PRIMARY KEY,"
                           "  total_cents integer NOT NULL CHECK (total_cents > 0),"
                           "  discount_cents integer NOT NULL CHECK (discount_cents >= 0),"
                           "  CHECK (discount_cents <= total_cents))")
                  .ok());
  Reintrospect();
  options.tables = {"carts"};
  ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM carts WHERE discount_cents > total_cents"), 0);
  EXPECT_LT(Scalar("SELECT count(*) AS n FROM carts WHERE discount_cents * 2 > total_cents"), 25);
  // Names that are no span's ends keep the whole range after the first.
  const std::string tenure = postgres() ? "(left_on - hired_on)"
                                        : "(julianday(left_on) - julianday(hired_on))";
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM stays WHERE " + tenure + " > 60"), 0);
}

TEST_P(GenerateTest, RulesThatTieColumnsTogetherGiveWayToTheColumnsOwnChecks) {
  if (!ready()) return;
  const std::string length = postgres() ? "char_length" : "length";
  ASSERT_TRUE(db_->Execute(
                     "CREATE TABLE deliveries (id integer PRIMARY KEY,"
                     "  status text NOT NULL CHECK (status IN ('delivered', 'pending', 'shipped')),"
                     "  shipped_at timestamp, delivered_at timestamp,"
                     "  CHECK (delivered_at >= shipped_at));"
                     "CREATE TABLE cards (id integer PRIMARY KEY,"
                     "  card_number text NOT NULL CHECK (" + length +
                     "(card_number) BETWEEN 16 AND 19),"
                     "  brand text NOT NULL CHECK (brand IN ('visa', 'amex')));"
                     "CREATE TABLE sites (id integer PRIMARY KEY,"
                     "  country text NOT NULL CHECK (country IN ('US', 'GB')),"
                     "  postal_code text NOT NULL CHECK (" + length + "(postal_code) = 5));"
                     "CREATE TABLE staff (id integer PRIMARY KEY,"
                     "  birth_date date NOT NULL CHECK (birth_date >= '1975-01-01'),"
                     "  hire_date date NOT NULL CHECK (hire_date BETWEEN '2000-01-01' AND "
                     "'2010-12-31'));"
                     "CREATE TABLE papers (id integer PRIMARY KEY,"
                     "  invoice_no varchar(20) NOT NULL CHECK (" + length + "(invoice_no) = 12),"
                     "  description text NOT NULL CHECK (" + length + "(description) <= 100),"
                     "  ref char(16) NOT NULL, batch char(12) UNIQUE)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"deliveries", "cards", "sites", "staff", "papers"};
  options.rows = 300;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  // Each CHECK held (the engine refused nothing), and the rules did what
  // they could within them.
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM cards WHERE brand = 'visa' AND card_number LIKE "
                   "'4%'"),
            100);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM sites WHERE country = 'GB'"), 100);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM papers WHERE " + length + "(invoice_no) <> 12"), 0);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM papers WHERE description LIKE '% %'"), 250);
  // Codes longer than an index counts (36^12) are drawn too.
  EXPECT_EQ(Scalar("SELECT count(DISTINCT ref) AS n FROM papers WHERE " + length + "(ref) = 16"),
            300);
  EXPECT_EQ(Scalar("SELECT count(DISTINCT batch) AS n FROM papers"),
            Scalar("SELECT count(batch) AS n FROM papers"));
}

TEST_P(GenerateTest, KeysApartCodesWholeAndEventsAtTheirPace) {
  if (!ready()) return;
  const std::string length = postgres() ? "char_length" : "length";
  ASSERT_TRUE(db_->Execute(
                     "CREATE TABLE depots (id integer PRIMARY KEY, name text NOT NULL);"
                     "CREATE TABLE transfers (id integer PRIMARY KEY,"
                     "  origin_id integer NOT NULL REFERENCES depots(id),"
                     "  dest_id integer NOT NULL REFERENCES depots(id),"
                     "  CHECK (origin_id <> dest_id));"
                     "CREATE TABLE coupons (id integer PRIMARY KEY, valid_from text NOT NULL,"
                     "  valid_until text NOT NULL, CHECK (valid_until > valid_from));"
                     "CREATE TABLE bills (id integer PRIMARY KEY, due_date date,"
                     "  issued_at timestamp NOT NULL,"
                     "  status text NOT NULL CHECK (status IN ('draft', 'sent', 'paid')),"
                     "  sent_at timestamp, paid_at timestamp,"
                     "  invoice_no char(16) NOT NULL UNIQUE, batch char(12) NOT NULL UNIQUE,"
                     "  CHECK (" + length + "(invoice_no) = 16));"
                     "CREATE TABLE visits (id integer PRIMARY KEY, starts_at timestamp NOT NULL,"
                     "  ends_at timestamp NOT NULL, departure_at timestamp NOT NULL,"
                     "  return_at timestamp, CHECK (ends_at > starts_at),"
                     "  CHECK (return_at IS NULL OR return_at > departure_at));"
                     "CREATE TABLE clinics (id integer PRIMARY KEY, name text NOT NULL,"
                     "  closed_on date, vin char(17))")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"depots", "transfers", "coupons", "bills", "visits", "clinics"};
  options.rows = 500;
  options.table_rows["depots"] = 3;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  // <> between two keys is kept, not left to the engine.
  EXPECT_THAT(done->notes, ::testing::Not(::testing::Contains(HasSubstr("origin_id"))));
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM transfers WHERE origin_id = dest_id"), 0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM coupons WHERE NOT (valid_from LIKE '____-__-__')"),
            0);
  // A due date after the issue; codes at their length, distinct.
  const std::string issued_day = postgres() ? "issued_at::date" : "date(issued_at)";
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM bills WHERE due_date < " + issued_day), 0);
  EXPECT_EQ(Scalar("SELECT count(DISTINCT invoice_no) AS n FROM bills WHERE " + length +
                   "(invoice_no) = 16"),
            500);
  EXPECT_EQ(Scalar("SELECT count(DISTINCT batch) AS n FROM bills WHERE " + length +
                   "(batch) = 12"),
            500);
  // A bill is paid within a month of being sent, not on the range's last
  // day.
  const std::string paid_days = postgres() ? "extract(epoch FROM paid_at - sent_at) / 86400"
                                           : "(julianday(paid_at) - julianday(sent_at))";
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM bills WHERE " + paid_days + " > 30"), 0);
  EXPECT_LT(Scalar("SELECT count(*) AS n FROM bills WHERE paid_at >= '2025-12-31'"), 20);
  // A visit lasts hours; a trip days.
  const std::string hours = postgres() ? "extract(epoch FROM ends_at - starts_at) / 3600"
                                       : "(julianday(ends_at) - julianday(starts_at)) * 24";
  const std::string trip = postgres() ? "extract(epoch FROM return_at - departure_at) / 86400"
                                      : "(julianday(return_at) - julianday(departure_at))";
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM visits WHERE " + hours + " > 8"), 0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM visits WHERE " + trip + " > 30"), 0);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM visits WHERE " + trip + " > 2"), 100);
  // A clinic is a business, seldom closed; a VIN is one.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM clinics WHERE name NOT LIKE '% %'"), 0);
  EXPECT_LT(Scalar("SELECT count(closed_on) AS n FROM clinics"), 100);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM clinics WHERE vin IS NOT NULL AND " + length +
                   "(vin) <> 17"),
            0);
}

TEST_P(GenerateTest, AReasonForAnEndingIsSetInTheRowsThatEndedSo) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE charges (id integer PRIMARY KEY,"
                           "  status text NOT NULL CHECK (status IN ('pending', 'succeeded',"
                           "    'failed', 'cancelled')),"
                           "  failure_code text, error_message varchar(80), cancel_reason text,"
                           "  note text)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"charges"};
  options.rows = 800;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  for (const char* column : {"failure_code", "error_message"}) {
    SCOPED_TRACE(column);
    EXPECT_EQ(Scalar(std::string("SELECT count(*) AS n FROM charges WHERE status <> 'failed' AND ") +
                     column + " IS NOT NULL"),
              0);
    EXPECT_EQ(Scalar(std::string("SELECT count(*) AS n FROM charges WHERE status = 'failed' AND ") +
                     column + " IS NULL"),
              0);
  }
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM charges WHERE status <> 'cancelled' AND "
                   "cancel_reason IS NOT NULL"),
            0);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM charges WHERE status = 'failed'"), 50);
  // A code reads as a code, a reason as a reason.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM charges WHERE failure_code NOT IN ('card_declined',"
                   "  'insufficient_funds', 'expired_card', 'incorrect_cvc', 'processing_error',"
                   "  'do_not_honor', 'fraud_suspected', 'timeout')"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM charges WHERE cancel_reason NOT IN ("
                   "  'Customer request', 'Duplicate order', 'Ordered by mistake', 'Out of stock',"
                   "  'Found a better price', 'Delivery too slow')"),
            0);
  EXPECT_GT(Scalar("SELECT count(cancel_reason) AS n FROM charges"), 50);
  // A column that is no reason keeps its own fill rate.
  EXPECT_GT(Scalar("SELECT count(note) AS n FROM charges WHERE status = 'succeeded'"), 50);
}

TEST_P(GenerateTest, EachParentsRunOfDaysStartsOnADayOfItsOwn) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE staff (id integer PRIMARY KEY, name text);"
                           "CREATE TABLE timesheets (staff_id integer NOT NULL REFERENCES"
                           "  staff(id), work_day date NOT NULL, hours integer,"
                           "  PRIMARY KEY (staff_id, work_day))")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"staff", "timesheets"};
  options.table_rows["staff"] = 40;
  options.table_rows["timesheets"] = 400;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM timesheets"), 400);
  // Before, every employee's first day was the range's first.
  EXPECT_GT(Scalar("SELECT count(DISTINCT first_day) AS n FROM (SELECT min(work_day) AS"
                   "  first_day FROM timesheets GROUP BY staff_id) AS g"),
            30);
}

TEST_P(GenerateTest, ATotalIsTheSumOfItsParts) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE carts (id integer PRIMARY KEY,"
                           "  subtotal numeric(10,2) NOT NULL, tax numeric(10,2),"
                           "  shipping numeric(8,2) NOT NULL, discount numeric(10,2),"
                           "  total numeric(12,2) NOT NULL, item_count integer,"
                           "  CHECK (discount <= subtotal));"
                           "CREATE TABLE receipts (id integer PRIMARY KEY,"
                           "  subtotal_cents integer NOT NULL, tax_cents integer NOT NULL,"
                           "  total_cents integer NOT NULL CHECK (total_cents >= 0))")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"carts", "receipts"};
  options.rows = 500;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM carts WHERE abs(total - (subtotal + coalesce(tax, 0)"
                   "  + shipping - coalesce(discount, 0))) > 0.005"),
            0);
  // Each part a share of the subtotal, not an amount of its own.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM carts WHERE tax > subtotal * 0.3 + 0.01 OR"
                   "  shipping > subtotal * 0.3 + 0.01 OR discount > subtotal * 0.3 + 0.01"),
            0);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM carts WHERE tax > 0 AND discount > 0"), 100);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM receipts WHERE total_cents <>"
                   "  subtotal_cents + tax_cents"),
            0);
  // A count is no total.
  EXPECT_GT(Scalar("SELECT count(DISTINCT item_count) AS n FROM carts"), 50);
}

TEST_P(GenerateTest, ACountriesTableHoldsRealCountriesWithTheirNames) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE countries (code char(2) PRIMARY KEY,"
                           "  alpha3 char(3) NOT NULL UNIQUE, name text NOT NULL UNIQUE)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"countries"};
  options.rows = 249;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  absl::StatusOr<std::vector<Row>> rows = db_->Query("SELECT code, alpha3, name FROM countries");
  ASSERT_TRUE(rows.ok()) << rows.status();
  ASSERT_EQ(rows->size(), 249u);
  int agree = 0;
  for (const Row& row : *rows) {
    const fake::Country* country = fake::FindCountry(row.Get("code").as_string());
    agree += country != nullptr && country->alpha3 == row.Get("alpha3").as_string() &&
                     country->name == row.Get("name").as_string()
                 ? 1
                 : 0;
  }
  EXPECT_EQ(agree, 249);
  // ISO 3166-1 has 249 entries: one more row is refused before any row.
  ASSERT_TRUE(db_->Execute("DELETE FROM countries").ok());
  options.rows = 250;
  done = FillTables(*db_, schema_info_, options);
  ASSERT_FALSE(done.ok());
  EXPECT_THAT(done.status().message(), HasSubstr("249 distinct values, too few for 250 rows"));
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM countries"), 0);
}

TEST_P(GenerateTest, AKeyIntoACountriesTableChoosesTheRowsLocale) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE countries (code char(2) PRIMARY KEY, name text);"
                           "CREATE TABLE shoppers (id integer PRIMARY KEY, city text NOT NULL,"
                           "  country_code char(2) NOT NULL REFERENCES countries(code))")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"countries", "shoppers"};
  options.table_rows["countries"] = 249;
  options.table_rows["shoppers"] = 2000;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  absl::StatusOr<std::vector<Row>> rows =
      db_->Query("SELECT city, country_code FROM shoppers WHERE country_code IN ('DE', 'JP')");
  ASSERT_TRUE(rows.ok()) << rows.status();
  ASSERT_GT(rows->size(), 4u);
  auto cities = [](const char* id) {
    std::set<std::string> names;
    const fake::Table* table = fake::Locale::Find(id)->Lookup("address.city");
    for (size_t r = 0; r < table->size(); ++r) names.insert(std::string(table->Cell(r, 0)));
    return names;
  };
  const std::set<std::string> german = cities("de_DE"), japanese = cities("ja_JP");
  for (const Row& row : *rows) {
    const std::string city = row.Get("city").as_string();
    const bool de = row.Get("country_code").as_string() == "DE";
    EXPECT_EQ((de ? german : japanese).count(city), 1u) << city << " for " << (de ? "DE" : "JP");
  }
}

TEST_P(GenerateTest, ACountriesTableIsKnownByItsKeysAndLookupNames) {
  if (!ready()) return;
  // Neither is named countries: one is a lookup table's name (ref_nations),
  // the other is what a country column's foreign key points at. Both then
  // hold real codes with their names, and the key chooses the row's locale.
  ASSERT_TRUE(db_->Execute("CREATE TABLE ref_nations (iso char(2) PRIMARY KEY, name text NOT "
                           "NULL);"
                           "CREATE TABLE lands (code char(2) PRIMARY KEY, name varchar(60) NOT NULL);"
                           "CREATE TABLE travellers (id integer PRIMARY KEY, city text NOT NULL,"
                           "  home_country char(2) NOT NULL REFERENCES lands(code),"
                           "  nationality char(2) REFERENCES ref_nations(iso));"
                           "CREATE TABLE country_regions (id char(3) PRIMARY KEY, name text)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"ref_nations", "lands", "travellers", "country_regions"};
  options.table_rows["ref_nations"] = 249;
  options.table_rows["lands"] = 249;
  options.table_rows["travellers"] = 1000;
  options.table_rows["country_regions"] = 20;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  for (const char* query : {"SELECT iso AS code, name FROM ref_nations",
                            "SELECT code, name FROM lands"}) {
    absl::StatusOr<std::vector<Row>> rows = db_->Query(query);
    ASSERT_TRUE(rows.ok()) << rows.status();
    ASSERT_EQ(rows->size(), 249u) << query;
    int agree = 0;
    for (const Row& row : *rows) {
      const fake::Country* country = fake::FindCountry(row.Get("code").as_string());
      agree += country != nullptr && country->name == row.Get("name").as_string() ? 1 : 0;
    }
    EXPECT_EQ(agree, 249) << query;
  }
  absl::StatusOr<std::vector<Row>> german =
      db_->Query("SELECT city FROM travellers WHERE home_country = 'DE'");
  ASSERT_TRUE(german.ok()) << german.status();
  ASSERT_GT(german->size(), 0u);
  std::set<std::string> cities;
  const fake::Table* table = fake::Locale::Find("de_DE")->Lookup("address.city");
  for (size_t r = 0; r < table->size(); ++r) cities.insert(std::string(table->Cell(r, 0)));
  for (const Row& row : *german) EXPECT_EQ(cities.count(row.Get("city").as_string()), 1u);
  // A key whose column only mentions a country (country_currency) does not
  // make its parent a countries table.
  ASSERT_TRUE(db_->Execute("CREATE TABLE monies (code char(3) PRIMARY KEY, label text);"
                           "CREATE TABLE tariffs (id integer PRIMARY KEY, country_currency "
                           "char(3) NOT NULL REFERENCES monies(code))")
                  .ok());
  Reintrospect();
  options.tables = {"monies", "tariffs"};
  options.table_rows.clear();
  options.rows = 200;
  ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
  absl::StatusOr<std::vector<Row>> monies = db_->Query("SELECT code FROM monies");
  ASSERT_TRUE(monies.ok()) << monies.status();
  int countries = 0;
  for (const Row& row : *monies) {
    countries += fake::FindCountry(row.Get("code").as_string()) != nullptr ? 1 : 0;
  }
  EXPECT_LT(countries, 100);
  // A table that only has "country" in its name (its rows are regions) is
  // not a countries table: its key is a code, not a country.
  EXPECT_LT(Scalar("SELECT count(*) AS n FROM country_regions WHERE name IN ('Germany', "
                   "'France', 'Japan', 'Spain', 'Italy')"),
            3);
}

TEST_P(GenerateTest, SitesAreNamedAfterTheirCityAndRegionsAreRegions) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE warehouses (id integer PRIMARY KEY, name text NOT NULL "
                           "UNIQUE, city text NOT NULL);"
                           "CREATE TABLE depots (code char(4) PRIMARY KEY, name varchar(14));"
                           "CREATE TABLE regions (id integer PRIMARY KEY, name text NOT NULL)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"warehouses", "depots", "regions"};
  options.rows = 300;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  // The warehouse is named after the row's own city ("Chicago Warehouse",
  // its UNIQUE index after the word); before, a lorem word.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM warehouses WHERE name NOT LIKE city || ' "
                   "Warehouse%'"),
            0);
  EXPECT_EQ(Scalar("SELECT count(DISTINCT name) AS n FROM warehouses"), 300);
  // A short column keeps the city alone when the kind does not fit.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM depots WHERE length(name) > 14"), 0);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM depots WHERE name LIKE '% Depot'"), 100);
  // Regions are the locale's regions (en_US: its states).
  std::set<std::string> states;
  const fake::Table* table = fake::Locale::Find("en_US")->Lookup("address.region");
  for (size_t r = 0; r < table->size(); ++r) states.insert(std::string(table->Cell(r, 1)));
  absl::StatusOr<std::vector<Row>> regions = db_->Query("SELECT name FROM regions");
  ASSERT_TRUE(regions.ok()) << regions.status();
  int known = 0;
  for (const Row& row : *regions) known += states.count(row.Get("name").as_string()) ? 1 : 0;
  EXPECT_EQ(known, 300);

  // By the subject's last word, after people and categories: a manager of
  // a warehouse is a person, office supplies and revenue categories are no
  // offices or venues, and a column too short for a city keeps a word.
  ASSERT_TRUE(db_->Execute("CREATE TABLE stock_sites (id integer PRIMARY KEY, name varchar(5) "
                           "NOT NULL, warehouse_manager_name varchar(80) NOT NULL);"
                           "CREATE TABLE office_supplies (id integer PRIMARY KEY, name text NOT "
                           "NULL);"
                           "CREATE TABLE revenue_categories (id integer PRIMARY KEY, name text "
                           "NOT NULL)")
                  .ok());
  Reintrospect();
  options.tables = {"stock_sites", "office_supplies", "revenue_categories"};
  options.rows = 200;
  done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM stock_sites WHERE length(name) > 5"), 0);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM stock_sites WHERE warehouse_manager_name LIKE "
                   "'% %' AND warehouse_manager_name NOT LIKE '% Warehouse%'"),
            190);
  // A manager is another person than the staff member the row is.
  ASSERT_TRUE(db_->Execute("CREATE TABLE crew (id integer PRIMARY KEY, first_name text NOT NULL, "
                           "last_name text NOT NULL, warehouse_manager_name text NOT NULL);"
                           "CREATE TABLE members (id integer PRIMARY KEY, member_name text NOT "
                           "NULL, first_name text NOT NULL)")
                  .ok());
  Reintrospect();
  options.tables = {"crew", "members"};
  ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
  EXPECT_LT(Scalar("SELECT count(*) AS n FROM crew WHERE warehouse_manager_name LIKE '%' || "
                   "last_name || '%'"),
            20);
  // ... but a name prefixed by the table's own subject is the row's person.
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM members WHERE member_name LIKE '%' || first_name "
                   "|| '%'"),
            180);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM office_supplies WHERE name LIKE '% Office'"), 0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM revenue_categories WHERE name LIKE '% Center' OR "
                   "name LIKE '% Park' OR name LIKE '% Site' OR name LIKE '% Hub'"),
            0);
}

TEST_P(GenerateTest, PhonesAndTimeZonesFollowTheRowsCity) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE callers (id integer PRIMARY KEY, city text NOT NULL,"
                           "  state text NOT NULL, phone text NOT NULL, fax text UNIQUE,"
                           "  timezone text NOT NULL)")
                  .ok());
  Reintrospect();
  // Each city's zone and area codes, by city and region name (two
  // Portlands, two Charlestons).
  auto city_facts = [](const fake::Locale& locale) {
    std::map<std::string, std::string> region_names;
    const fake::Table* regions = locale.Lookup("address.region");
    for (size_t r = 0; r < regions->size(); ++r) {
      region_names[std::string(regions->Cell(r, 0))] = std::string(regions->Cell(r, 1));
    }
    std::map<std::pair<std::string, std::string>, std::pair<std::string, std::string>> facts;
    const fake::Table* cities = locale.Lookup("address.city");
    const size_t zone = *cities->ColumnIndex("time_zone");
    const std::optional<size_t> codes = cities->ColumnIndex("area_codes");
    for (size_t r = 0; r < cities->size(); ++r) {
      facts[{std::string(cities->Cell(r, 0)), region_names[std::string(cities->Cell(r, 1))]}] = {
          std::string(cities->Cell(r, zone)),
          codes ? " " + std::string(cities->Cell(r, *codes)) + " " : ""};
    }
    return facts;
  };
  for (const char* id : {"en_US", "ru_RU", "pt_BR"}) {
    SCOPED_TRACE(id);
    ASSERT_TRUE(db_->Execute("DELETE FROM callers").ok());
    const fake::Locale& locale = *fake::Locale::Find(id);
    const auto facts = city_facts(locale);
    GenerateOptions options;
    options.tables = {"callers"};
    options.rows = 800;
    options.locale = &locale;
    absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
    ASSERT_TRUE(done.ok()) << done.status();
    absl::StatusOr<std::vector<Row>> rows =
        db_->Query("SELECT city, state, phone, fax, timezone FROM callers");
    ASSERT_TRUE(rows.ok()) << rows.status();
    ASSERT_EQ(rows->size(), 800u);
    int local_zone = 0, local_phone = 0, local_fax = 0, faxes = 0;
    std::set<std::string> zones;
    for (const Row& row : *rows) {
      const auto fact =
          facts.find({row.Get("city").as_string(), row.Get("state").as_string()});
      ASSERT_NE(fact, facts.end()) << row.Get("city").as_string();
      local_zone += row.Get("timezone").as_string() == fact->second.first ? 1 : 0;
      zones.insert(row.Get("timezone").as_string());
      // +1 and the area code: a Chicago phone begins +1312, +1773 or +1872.
      auto area = [&](const std::string& phone) {
        return fact->second.second.find(" " + phone.substr(2, 3) + " ") != std::string::npos;
      };
      local_phone += area(row.Get("phone").as_string()) ? 1 : 0;
      if (!row.Get("fax").is_null()) {
        ++faxes;
        local_fax += area(row.Get("fax").as_string()) ? 1 : 0;
      }
    }
    // Nine rows in ten live in their city's zone (the tenth anywhere); in
    // en_US every number carries its city's area code, a UNIQUE one too.
    EXPECT_GT(local_zone, 680);
    if (std::string(id) == "en_US") {
      EXPECT_EQ(local_phone, 800);
      EXPECT_EQ(local_fax, faxes);
      EXPECT_GT(faxes, 600);
    }
    EXPECT_GT(zones.size(), 4u);  // Moscow to Kamchatka, Sao Paulo to Manaus
    if (postgres()) {
      EXPECT_EQ(Scalar("SELECT count(*) AS n FROM callers WHERE timezone NOT IN (SELECT name "
                       "FROM pg_timezone_names)"),
                0);
    }
  }
  // With two addresses, each phone follows its own address's city.
  ASSERT_TRUE(db_->Execute("CREATE TABLE consignments (id integer PRIMARY KEY, billing_city text NOT "
                           "NULL, billing_phone text NOT NULL, shipping_city text NOT NULL, "
                           "shipping_phone text NOT NULL, time_zone text NOT NULL)")
                  .ok());
  Reintrospect();
  {
    const auto facts = city_facts(*fake::Locale::Find("en_US"));
    std::map<std::string, std::string> codes_of;  // by city name: every Portland's codes
    std::map<std::string, std::set<std::string>> zones_of;
    for (const auto& [city, fact] : facts) {
      codes_of[city.first] += fact.second;
      zones_of[city.first].insert(fact.first);
    }
    GenerateOptions options;
    options.tables = {"consignments"};
    options.rows = 300;
    ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
    absl::StatusOr<std::vector<Row>> rows = db_->Query(
        "SELECT billing_city, billing_phone, shipping_city, shipping_phone, time_zone FROM "
        "consignments");
    ASSERT_TRUE(rows.ok()) << rows.status();
    int differ = 0, billing_zone = 0;
    for (const Row& row : *rows) {
      for (const char* side : {"billing", "shipping"}) {
        const std::string city = row.Get(std::string(side) + "_city").as_string();
        const std::string phone = row.Get(std::string(side) + "_phone").as_string();
        EXPECT_NE(codes_of[city].find(" " + phone.substr(2, 3) + " "), std::string::npos)
            << side << ": " << city << " " << phone;
      }
      differ += row.Get("billing_city").as_string() != row.Get("shipping_city").as_string();
      // An unprefixed time zone, with no address of the row's own: the
      // first address's city's.
      billing_zone += zones_of[row.Get("billing_city").as_string()].count(
          row.Get("time_zone").as_string());
    }
    EXPECT_GT(differ, 200);  // two addresses, not one
    EXPECT_GT(billing_zone, 255);
  }
  if (postgres()) {
    // Every zone a locale's cities list is one PostgreSQL knows.
    absl::StatusOr<std::vector<Row>> names = db_->Query("SELECT name FROM pg_timezone_names");
    ASSERT_TRUE(names.ok()) << names.status();
    std::set<std::string> known;
    for (const Row& row : *names) known.insert(row.Get("name").as_string());
    ASSERT_GT(known.size(), 300u);
    for (const char* id : {"en_US", "es_ES", "pt_BR", "ru_RU"}) {
      const fake::Table* cities = fake::Locale::Find(id)->Lookup("address.city");
      const size_t zone = *cities->ColumnIndex("time_zone");
      for (size_t r = 0; r < cities->size(); ++r) {
        EXPECT_EQ(known.count(std::string(cities->Cell(r, zone))), 1u)
            << id << ": " << cities->Cell(r, 0) << " " << cities->Cell(r, zone);
      }
    }
  }
}

TEST_P(GenerateTest, ACountriesTableKeepsItsKeysDistinctWhateverLeads) {
  if (!ready()) return;
  // The distinct code leads, the other follows it; a name column too
  // short for some countries' names keeps distinct names of its own length.
  ASSERT_TRUE(db_->Execute("CREATE TABLE countries (iso2 char(2) NOT NULL,"
                           "  iso3 char(3) PRIMARY KEY, name varchar(12) UNIQUE);"
                           "CREATE TABLE country (country char(2) PRIMARY KEY)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"countries", "country"};
  options.rows = 200;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  absl::StatusOr<std::vector<Row>> rows = db_->Query("SELECT iso2, iso3, name FROM countries");
  ASSERT_TRUE(rows.ok()) << rows.status();
  int agree = 0;
  for (const Row& row : *rows) {
    const fake::Country* country = fake::FindCountry(row.Get("iso3").as_string());
    agree += country != nullptr && country->alpha2 == row.Get("iso2").as_string() ? 1 : 0;
  }
  EXPECT_EQ(agree, 200);
  EXPECT_EQ(Scalar("SELECT count(DISTINCT name) AS n FROM countries"),
            Scalar("SELECT count(name) AS n FROM countries"));
  absl::StatusOr<std::vector<Row>> codes = db_->Query("SELECT country FROM country");
  ASSERT_TRUE(codes.ok()) << codes.status();
  for (const Row& row : *codes) {
    EXPECT_NE(fake::FindCountry(row.Get("country").as_string()), nullptr)
        << row.Get("country").as_string();
  }
}

TEST_P(GenerateTest, RatesCountsAndSeveralTotalsAreNoParts) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE quotes (id integer PRIMARY KEY,"
                           "  subtotal_cents integer NOT NULL, tax_cents integer NOT NULL,"
                           "  tax_rate numeric(5,4) NOT NULL CHECK (tax_rate <= 1),"
                           "  discount_percent integer NOT NULL CHECK (discount_percent BETWEEN 0"
                           "    AND 100),"
                           "  total_cents integer NOT NULL);"
                           "CREATE TABLE refunds (id integer PRIMARY KEY, subtotal integer,"
                           "  tax integer, total integer, total_paid integer,"
                           "  total_refunded integer)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"quotes", "refunds"};
  options.rows = 300;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM quotes WHERE total_cents <>"
                   "  subtotal_cents + tax_cents"),
            0);
  // A percentage keeps its own range.
  EXPECT_GT(Scalar("SELECT count(DISTINCT discount_percent) AS n FROM quotes"), 60);
  // Three totals: none is taken for the sum.
  for (const char* column : {"total", "total_paid", "total_refunded"}) {
    EXPECT_LT(Scalar(std::string("SELECT count(*) AS n FROM refunds WHERE ") + column +
                     " = subtotal + tax"),
              5)
        << column;
  }
}

TEST_P(GenerateTest, UniqueVinsKeepTheirCheckDigit) {
  if (!ready()) return;
  // The distinct index goes into the plant code and serial number; the
  // check digit (position 9) is computed again, so every VIN stays valid.
  ASSERT_TRUE(db_->Execute("CREATE TABLE vehicles (id integer PRIMARY KEY,"
                           "  vin char(17) NOT NULL UNIQUE)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"vehicles"};
  options.rows = 3000;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  absl::StatusOr<std::vector<Row>> vins = db_->Query("SELECT vin FROM vehicles");
  ASSERT_TRUE(vins.ok()) << vins.status();
  ASSERT_EQ(vins->size(), 3000u);
  std::set<std::string> distinct;
  int valid = 0;
  for (const Row& row : *vins) {
    const std::string vin = row.Get("vin").as_string();
    valid += fake::VinValid(vin) ? 1 : 0;
    distinct.insert(vin);
  }
  EXPECT_EQ(valid, 3000);
  EXPECT_EQ(distinct.size(), 3000u);
}

TEST_P(GenerateTest, OnlyAKeyOnTheCycleIsDeferred) {
  if (!ready()) return;
  // audit_entries points into the units/members cycle but is not on it: it
  // waits for members, and the key closing the cycle is units.head_id.
  ASSERT_TRUE(db_->Execute("CREATE TABLE units (id integer PRIMARY KEY, name text,"
                           "  head_id integer);"
                           "CREATE TABLE members (id integer PRIMARY KEY,"
                           "  unit_id integer NOT NULL REFERENCES units(id), name text);"
                           "ALTER TABLE units ADD COLUMN boss_id integer REFERENCES members(id);"
                           "CREATE TABLE audit_entries (id integer PRIMARY KEY,"
                           "  actor_id integer REFERENCES members(id), what text)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"units", "members", "audit_entries"};
  options.rows = 50;
  options.null_probability = 0;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_THAT(done->notes, ::testing::Contains(HasSubstr("units: foreign key (boss_id)")));
  EXPECT_THAT(done->notes, ::testing::Not(::testing::Contains(HasSubstr("audit_entries"))));
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM audit_entries WHERE actor_id IS NULL"), 0);
}

TEST_P(GenerateTest, ChildrenComeAfterTheirParentsAndEventsAfterTheRowsBirth) {
  if (!ready()) return;
  const std::string stamp = postgres() ? "timestamp" : "text";
  ASSERT_TRUE(db_->Execute("CREATE TABLE clients (id integer PRIMARY KEY, created_at " + stamp +
                           " NOT NULL, updated_at " + stamp + ", deleted_at " + stamp + ");"
                           "CREATE TABLE purchases (id integer PRIMARY KEY, client_id integer NOT "
                           "NULL REFERENCES clients(id), placed_on date NOT NULL, shipped_at " +
                           stamp + ");"
                           "CREATE TABLE receipts (id integer PRIMARY KEY, purchase_id integer "
                           "NOT NULL UNIQUE REFERENCES purchases(id), paid_at " + stamp +
                           ", created_at " + stamp + ", updated_at " + stamp + ")")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"clients", "purchases", "receipts"};
  options.rows = 1500;
  options.table_rows["receipts"] = 1200;
  ASSERT_TRUE(FillTables(*db_, schema_info_, options).ok());
  // The reference now is 2026-01-01 00:00: a date on that day is the one a
  // timestamp (up to the second before) cannot follow.
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM purchases p JOIN clients c ON c.id = p.client_id "
                   "WHERE p.placed_on < " + std::string(postgres() ? "c.created_at::date"
                                                                   : "substr(c.created_at, 1, 10)")),
            0);
  const std::string placed = "p.placed_on";
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM purchases p WHERE p.shipped_at < " + placed +
                   " AND p.placed_on < '2026-01-01'"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM receipts r JOIN purchases p ON p.id = "
                   "r.purchase_id WHERE (r.paid_at < " + placed + " OR r.created_at < " + placed +
                   ") AND p.placed_on < '2026-01-01'"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM receipts WHERE updated_at < created_at"), 0);
  // Still spread out, not pinned to the parent's instant.
  EXPECT_GT(Scalar("SELECT count(DISTINCT paid_at) AS n FROM receipts"), 1000);
  // A soft-delete stamp is the exception: about one client in ten.
  const int64_t deleted = Scalar("SELECT count(deleted_at) AS n FROM clients");
  EXPECT_GT(deleted, 90);
  EXPECT_LT(deleted, 240);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM clients WHERE deleted_at < created_at OR "
                   "deleted_at < updated_at"),
            0);
}

// A parent keeps its rows' births in 4 bytes each while they lie within
// 68 years of the first, and widens them all when one does not.
TEST(BirthsTest, KeepsEveryValueNarrowOrWide) {
  using generate_internal::Births;
  Births births;
  const int64_t first = 1700000000;  // 2023-11-14
  births.push_back(first);
  births.push_back(Births::kNone);
  births.push_back(first - (int64_t{1} << 31));       // the lowest narrow value
  births.push_back(first + (int64_t{1} << 31) - 2);   // the highest
  ASSERT_EQ(births.size(), 4u);
  EXPECT_EQ(births[0], first);
  EXPECT_EQ(births[1], Births::kNone);
  EXPECT_EQ(births[2], first - (int64_t{1} << 31));
  EXPECT_EQ(births[3], first + (int64_t{1} << 31) - 2);
  births.push_back(first + (int64_t{1} << 31));  // beyond: all widen
  births.push_back(-5000000000);                  // 1811
  ASSERT_EQ(births.size(), 6u);
  EXPECT_EQ(births[0], first);
  EXPECT_EQ(births[1], Births::kNone);
  EXPECT_EQ(births[2], first - (int64_t{1} << 31));
  EXPECT_EQ(births[3], first + (int64_t{1} << 31) - 2);
  EXPECT_EQ(births[4], first + (int64_t{1} << 31));
  EXPECT_EQ(births[5], -5000000000);
  Births none;
  none.push_back(Births::kNone);  // NULLs before any value
  none.push_back(-1);
  EXPECT_EQ(none[0], Births::kNone);
  EXPECT_EQ(none[1], -1);
}

TEST_P(GenerateTest, AShapeOnASelfReferenceIsRefused) {
  if (!ready()) return;
  GenerateOptions options;
  options.tables = {"employees"};
  options.rows = 20;
  for (const ChildrenPerParent& shape : {ChildrenPerParent::Zipf(1), ChildrenPerParent::Fixed(3)}) {
    options.children["employees.manager_id"] = shape;
    absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
    ASSERT_FALSE(done.ok());
    EXPECT_THAT(std::string(done.status().message()),
                HasSubstr("(manager_id) -> employees is a self-reference"));
  }
  // So is an agreeing key: its parents are loaded before the table's rows
  // exist (it made every key NULL).
  options.children.clear();
  options.agree["employees.manager_id"] = "name";
  absl::StatusOr<GenerateSummary> agreed = FillTables(*db_, schema_info_, options);
  ASSERT_FALSE(agreed.ok());
  EXPECT_THAT(std::string(agreed.status().message()),
              HasSubstr("(manager_id) -> employees is a self-reference (each row points at an "
                        "earlier one), and an agreeing key applies to keys into other tables"));
}

TEST_P(GenerateTest, BadOptionsAreErrorsNamingWhat) {
  if (!ready()) return;
  GenerateOptions options;
  options.columns["customers.nope"] = ColumnGenerator::Fixed(1);
  absl::StatusOr<Dataset> data = GenerateRows(*db_, schema_info_, options);
  EXPECT_EQ(data.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(data.status().message()), HasSubstr("customers.nope"));

  options.columns.clear();
  options.columns["nope"] = ColumnGenerator::Fixed(1);
  EXPECT_EQ(GenerateRows(*db_, schema_info_, options).status().code(), absl::StatusCode::kNotFound);

  options.columns.clear();
  options.columns["email"] = ColumnGenerator::Fake("internet.no_such_field");
  data = GenerateRows(*db_, schema_info_, options);
  EXPECT_EQ(data.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(data.status().message()), HasSubstr("internet.no_such_field"));

  options.columns.clear();
  options.tables = {"nowhere"};
  EXPECT_EQ(GenerateRows(*db_, schema_info_, options).status().code(), absl::StatusCode::kNotFound);

  options.tables.clear();
  options.null_probability = 1.5;
  EXPECT_EQ(GenerateRows(*db_, schema_info_, options).status().code(),
            absl::StatusCode::kInvalidArgument);
  options.null_probability = 0.1;
  options.rows = -1;
  EXPECT_EQ(GenerateRows(*db_, schema_info_, options).status().code(),
            absl::StatusCode::kInvalidArgument);

  // A referenced key cannot be left to the database.
  options.rows = 3;
  options.columns["customers.id"] = ColumnGenerator::Default();
  data = GenerateRows(*db_, schema_info_, options);
  EXPECT_EQ(data.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(data.status().message()),
              HasSubstr("customers.id is left to its default"));
}

TEST_P(GenerateTest, ReportsProgressPerChunk) {
  if (!ready()) return;
  GenerateOptions options;
  options.tables = {"customers"};
  options.rows = 10;
  options.chunk_rows = 4;
  std::vector<std::string> calls;
  options.progress = [&](const GenerateProgress& p) {
    calls.push_back(std::string(p.table) + " " + std::to_string(p.done) + "/" +
                    std::to_string(p.total));
  };
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_THAT(calls, ::testing::ElementsAre("customers 4/10", "customers 8/10", "customers 10/10"));
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM customers"), 10);
}

TEST_P(GenerateTest, AWideTableComesInSmallerChunksWithTheSameRows) {
  if (!ready()) return;
  // 400 columns: a chunk holds at most 32,768 values, so 81 rows, not the
  // 10,000 of options.chunk_rows; the rows are those of any chunk size.
  std::string sql = "CREATE TABLE zz_wide (id integer PRIMARY KEY";
  for (int c = 0; c < 399; ++c) sql += ", c" + std::to_string(c) + " integer NOT NULL";
  ASSERT_TRUE(db_->Execute(sql + ")").ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"zz_wide"};
  options.rows = 200;
  std::vector<int64_t> done;
  options.progress = [&](const GenerateProgress& p) { done.push_back(p.done); };
  absl::StatusOr<GenerateSummary> wide = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(wide.ok()) << wide.status();
  EXPECT_THAT(done, ::testing::ElementsAre(81, 162, 200));
  ASSERT_TRUE(db_->Execute("DELETE FROM zz_wide").ok());
  options.chunk_rows = 7;
  options.progress = nullptr;
  absl::StatusOr<GenerateSummary> narrow = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(narrow.ok()) << narrow.status();
  ASSERT_EQ(wide->tables.size(), 1u);
  ASSERT_EQ(narrow->tables.size(), 1u);
  EXPECT_EQ(wide->tables[0].digest, narrow->tables[0].digest);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM zz_wide"), 200);
}

TEST_P(GenerateTest, AFailureRollsBackEverything) {
  if (!ready()) return;
  // A CHECK generation does not read (arithmetic): left to the engine,
  // which refuses the rows of the last table filled.
  ASSERT_TRUE(db_->Execute("CREATE TABLE zz_audit (id integer PRIMARY KEY, "
                           "score integer NOT NULL CHECK (score + 0 > 1000000))")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.rows = 5;
  options.tables = {"customers", "products", "zz_audit"};
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_FALSE(done.ok());
  EXPECT_THAT(std::string(done.status().message()),
              HasSubstr("rolled back, nothing was changed: "));
  EXPECT_THAT(std::string(done.status().message()), HasSubstr("zz_audit"));
  EXPECT_FALSE(db_->InTransaction());
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM customers"), 0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM products"), 0);
  // The summary would have said so.
  GenerateSummary summary;
  ASSERT_TRUE(GenerateRows(*db_, schema_info_, options, &summary).ok());
  EXPECT_THAT(summary.notes, ::testing::Contains(HasSubstr("zz_audit: CHECK (")));
}

// A BLOB column of a STRICT table takes blobs only: SQLite refused the text
// it was given.
TEST(SqliteGenerateTest, BlobColumnsOfStrictTablesGetBlobs) {
  absl::StatusOr<std::unique_ptr<Database>> db = OpenDatabase("sqlite::memory:");
  ASSERT_TRUE(db.ok()) << db.status();
  ASSERT_TRUE((*db)->Execute("CREATE TABLE files (id INTEGER PRIMARY KEY, data BLOB NOT NULL, "
                             "name TEXT NOT NULL) STRICT")
                  .ok());
  absl::StatusOr<Schema> schema = (*db)->Introspect();
  ASSERT_TRUE(schema.ok()) << schema.status();
  GenerateOptions options;
  options.rows = 20;
  absl::StatusOr<GenerateSummary> done = FillTables(**db, *schema, options);
  ASSERT_TRUE(done.ok()) << done.status();
  absl::StatusOr<std::vector<Row>> kinds = (*db)->Query(
      "SELECT count(*) AS n FROM files WHERE typeof(data) = 'blob' AND typeof(name) = 'text'");
  ASSERT_TRUE(kinds.ok()) << kinds.status();
  EXPECT_EQ(kinds->front().Get("n"), Value(20));
}

TEST(SqliteGenerateTest, ALargeLoadHasALargerPageCacheForItsDurationOnly) {
  absl::StatusOr<std::unique_ptr<Database>> db = OpenDatabase("sqlite::memory:");
  ASSERT_TRUE(db.ok()) << db.status();
  Database& d = **db;
  ASSERT_TRUE(d.Execute("CREATE TABLE events (id INTEGER PRIMARY KEY, code TEXT NOT NULL); "
                        "PRAGMA cache_size = -1000")
                  .ok());
  absl::StatusOr<Schema> schema = d.Introspect();
  ASSERT_TRUE(schema.ok()) << schema.status();
  auto cache = [&d]() {
    absl::StatusOr<std::vector<Row>> rows = d.Query("PRAGMA cache_size");
    return rows.ok() && !rows->empty() ? rows->front().cells().front().second.as_int() : 0;
  };
  int64_t during = 0;
  GenerateOptions options;
  options.columns["events.code"] = ColumnGenerator::Custom([&](Rng&, int64_t row) {
    if (row == 0) during = cache();
    return Value("c");
  });
  options.rows = 100;  // a small load keeps the connection's cache
  ASSERT_TRUE(FillTables(d, *schema, options).ok());
  EXPECT_EQ(during, -1000);
  options.rows = 100000;
  ASSERT_TRUE(FillTables(d, *schema, options).ok());
  EXPECT_EQ(during, -32768);  // 32 MiB while it runs
  EXPECT_EQ(cache(), -1000);  // and the connection's own afterwards
  // A cache already larger is kept.
  ASSERT_TRUE(d.Execute("DELETE FROM events; PRAGMA cache_size = -65536").ok());
  ASSERT_TRUE(FillTables(d, *schema, options).ok());
  EXPECT_EQ(during, -65536);
  EXPECT_EQ(cache(), -65536);
}

// PostgreSQL's own types: each column gets values the server accepts, or,
// for a type generation cannot make, an error before any row.
using PostgresGenerateTest = GenerateTest;

TEST_P(PostgresGenerateTest, EveryTypeGetsValuesTheServerAccepts) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute(
                     "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');"
                     "CREATE DOMAIN positive_cents AS integer NOT NULL CHECK (VALUE > 0 AND "
                     "VALUE <= 5000);"
                     "CREATE TABLE kinds (id integer PRIMARY KEY, feeling mood NOT NULL, "
                     "price positive_cents, host inet NOT NULL, net cidr NOT NULL, "
                     "mac macaddr NOT NULL, mac8 macaddr8 NOT NULL, wait interval NOT NULL, "
                     "spot point NOT NULL, cost money NOT NULL, flags bit(4) NOT NULL, "
                     "more_flags bit varying(8) NOT NULL, counts integer[] NOT NULL, "
                     "tags text[] NOT NULL, names varchar(20)[] NOT NULL, "
                     "days date[] NOT NULL, moods mood[])")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"kinds"};
  options.rows = 200;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM kinds"), 200);
  EXPECT_EQ(Scalar("SELECT count(DISTINCT feeling) AS n FROM kinds"), 3);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM kinds WHERE price IS NULL OR price < 1 OR "
                   "price > 5000"),
            0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM kinds WHERE net <> network(net)"), 0);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM kinds WHERE length(flags) <> 4"), 0);
  EXPECT_GT(Scalar("SELECT count(*) AS n FROM kinds WHERE cardinality(tags) > 0"), 100);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM kinds WHERE wait < interval '0'"), 0);
  // The server reads them back as values of their types.
  EXPECT_GT(Scalar("SELECT count(DISTINCT host) AS n FROM kinds"), 190);
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM kinds WHERE spot[0] < -180 OR spot[0] > 180"), 0);
}

TEST_P(PostgresGenerateTest, TablesOfEverySchemaOnTheSearchPathAreFilled) {
  if (!ready()) return;
  // A second schema on the path, and a table there: filled, not skipped.
  const std::string other = schema_ + "_b";
  ASSERT_TRUE(db_->Execute("CREATE SCHEMA " + QuoteIdentifier(other) + "; CREATE TABLE " +
                           QuoteIdentifier(other) +
                           ".audit_log (id integer PRIMARY KEY, what text NOT NULL); "
                           "SET search_path TO " + QuoteIdentifier(schema_) + ", " +
                           QuoteIdentifier(other))
                  .ok());
  Reintrospect();
  ASSERT_NE(schema_info_.Find("audit_log"), nullptr);
  GenerateOptions options;
  options.tables = {"audit_log"};
  options.rows = 7;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM " + QuoteIdentifier(other) + ".audit_log"), 7);
  ASSERT_TRUE(db_->Execute("DROP SCHEMA " + QuoteIdentifier(other) + " CASCADE").ok());
}

TEST_P(PostgresGenerateTest, AParentTheSearchPathDoesNotReachIsAnErrorBeforeAnyRow) {
  if (!ready()) return;
  // people in the second schema of the path is shadowed by the test's own
  // people: a key referencing it must not be fed from the one that is seen.
  const std::string other = schema_ + "_c";
  const std::string q = QuoteIdentifier(other);
  ASSERT_TRUE(db_->Execute("CREATE TABLE people (id integer PRIMARY KEY); INSERT INTO people "
                           "VALUES (900); CREATE SCHEMA " + q + "; CREATE TABLE " + q +
                           ".people (id integer PRIMARY KEY); INSERT INTO " + q +
                           ".people VALUES (1); CREATE TABLE " + q +
                           ".visits (id integer PRIMARY KEY, person_id integer NOT NULL "
                           "REFERENCES " + q + ".people(id)); SET search_path TO " +
                           QuoteIdentifier(schema_) + ", " + q)
                  .ok());
  Reintrospect();
  const Table* visits = schema_info_.Find("visits");
  ASSERT_NE(visits, nullptr);
  ASSERT_EQ(visits->foreign_keys.size(), 1u);
  EXPECT_EQ(visits->foreign_keys[0].parent_table, other + ".people");
  GenerateOptions options;
  options.tables = {"visits"};
  options.rows = 5;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  EXPECT_EQ(done.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(done.status().message()),
              HasSubstr("names table " + other + ".people, which unqualified names do not reach"));
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM " + q + ".visits"), 0);
  ASSERT_TRUE(db_->Execute("DROP SCHEMA " + q + " CASCADE; DROP TABLE people").ok());
}

TEST_P(PostgresGenerateTest, ATypeGenerationCannotMakeIsAnErrorBeforeAnyRowUnlessNullable) {
  if (!ready()) return;
  ASSERT_TRUE(db_->Execute("CREATE TABLE documents (id integer PRIMARY KEY, "
                           "body tsvector NOT NULL)")
                  .ok());
  Reintrospect();
  GenerateOptions options;
  options.tables = {"documents"};
  options.rows = 3;
  absl::StatusOr<GenerateSummary> done = FillTables(*db_, schema_info_, options);
  ASSERT_FALSE(done.ok());
  EXPECT_EQ(done.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(done.status().message()),
              HasSubstr("documents.body: type \"tsvector\" is not one generation can make; "
                        "override the column (options.columns[\"documents.body\"])"));
  // With an override it fills.
  options.columns["documents.body"] = ColumnGenerator::Fixed("alpha beta");
  EXPECT_TRUE(FillTables(*db_, schema_info_, options).ok());
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM documents"), 3);
  // A nullable one is left to its default (NULL here), and the notes say so.
  ASSERT_TRUE(db_->Execute("CREATE TABLE stays (id integer PRIMARY KEY, guest text NOT NULL, "
                           "during tsrange)")
                  .ok());
  Reintrospect();
  options.tables = {"stays"};
  done = FillTables(*db_, schema_info_, options);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_THAT(done->notes, ::testing::Contains(HasSubstr(
                               "stays.during (tsrange) is left to its default: generation cannot "
                               "make the type")));
  EXPECT_EQ(Scalar("SELECT count(*) AS n FROM stays WHERE during IS NULL"), 3);
}

INSTANTIATE_TEST_SUITE_P(Engines, PostgresGenerateTest, ::testing::ValuesIn(PostgresEngines()),
                         EngineName);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(PostgresGenerateTest);

INSTANTIATE_TEST_SUITE_P(Engines, GenerateTest, ::testing::ValuesIn(Engines()),
                         EngineName);

}  // namespace
}  // namespace db
}  // namespace gtest_data
