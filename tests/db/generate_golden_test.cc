// Copyright 2026 The gtest_data Authors.
//
// Pins the rows schema-driven generation makes on SQLite for a schema that
// reaches most of its rules: name and type rules, CHECK forms (IN, BETWEEN,
// lengths, LIKE and GLOB and their negations, two columns, an OR with a
// column's IS [NOT] NULL), unique values of each form, rows
// grouped by parent, a one-to-one key, a cycle closed after its parents and
// lifecycle timestamps. A change here is a change of generated data: bump
// the data version and say so in docs/data-versions.md.
// GTEST_DATA_UPDATE_GOLDEN=1 rewrites the file after a deliberate change.

#include <memory>
#include <string>
#include <vector>

#include "golden.h"
#include "gtest/gtest.h"
#include "gtest_data/db/database.h"
#include "gtest_data/db/generate.h"
#include "gtest_data/db/open.h"
#include "gtest_data/version.h"

namespace gtest_data {
namespace db {
namespace {

constexpr char kSchema[] = R"sql(
CREATE TABLE departments (
  id INTEGER PRIMARY KEY,
  name VARCHAR(40) NOT NULL,
  code CHAR(4) NOT NULL UNIQUE,
  head_employee INTEGER REFERENCES employees(id));
CREATE TABLE employees (
  id INTEGER PRIMARY KEY,
  department_id INTEGER NOT NULL REFERENCES departments(id),
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email VARCHAR(60) NOT NULL UNIQUE,
  manager_id INTEGER REFERENCES employees(id),
  birth_date DATE,
  hired_on DATE NOT NULL CHECK (hired_on >= '2015-01-01'),
  left_on DATE,
  salary NUMERIC(10,2) CHECK (salary BETWEEN 1500 AND 9000),
  CHECK (left_on > hired_on));
CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  sku CHAR(8) NOT NULL UNIQUE CHECK (sku LIKE 'SKU-____'),
  ean13 CHAR(13) UNIQUE,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 3 AND 60),
  price NUMERIC(8,2) NOT NULL CHECK (price > 0),
  colour TEXT,
  slug TEXT UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('draft', 'live', 'retired')),
  bin TEXT CHECK (bin GLOB 'B[0-9][0-9]-[A-Z]'));
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  full_name TEXT NOT NULL,
  phone TEXT,
  country_code CHAR(2) NOT NULL,
  iban TEXT UNIQUE,
  bic TEXT,
  ip TEXT UNIQUE,
  mac TEXT,
  latitude REAL,
  longitude REAL,
  created_at TEXT NOT NULL,
  updated_at TEXT,
  deleted_at TEXT);
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  reference TEXT NOT NULL UNIQUE CHECK (reference LIKE 'PR-%'),
  placed_on DATE NOT NULL,
  currency CHAR(3) NOT NULL,
  total_minor INTEGER NOT NULL CHECK (total_minor >= 0));
CREATE TABLE order_lines (
  order_id INTEGER NOT NULL REFERENCES orders(id),
  line_no INTEGER NOT NULL CHECK (line_no BETWEEN 1 AND 20),
  product_id INTEGER NOT NULL REFERENCES products(id),
  qty INTEGER NOT NULL CHECK (qty BETWEEN 1 AND 10),
  PRIMARY KEY (order_id, line_no));
CREATE TABLE payments (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL UNIQUE REFERENCES orders(id),
  card_number TEXT,
  card_last4 CHAR(4),
  cvv CHAR(3),
  paid_at TEXT);
CREATE TABLE invoices (
  id INTEGER PRIMARY KEY,
  store_name TEXT NOT NULL,
  holder_name TEXT,
  status TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'paid')),
  paid_at TEXT,
  note TEXT CHECK (note NOT LIKE '% %'),
  tag TEXT CHECK (tag NOT GLOB '[a-m]*'),
  slug VARCHAR(12),
  title VARCHAR(30),
  timezone TEXT,
  small SMALLINT UNIQUE,
  country CHAR(2) NOT NULL CHECK (country IN ('DE', 'FR', 'US')),
  city TEXT NOT NULL,
  iban TEXT,
  card_number TEXT,
  brand TEXT CHECK (brand IN ('visa', 'amex', 'jcb')),
  CHECK (paid_at IS NULL OR status = 'paid'),
  CHECK (status <> 'paid' OR paid_at IS NOT NULL));
CREATE TABLE countries (
  code CHAR(2) PRIMARY KEY,
  name TEXT NOT NULL);
CREATE TABLE charges (
  id INTEGER PRIMARY KEY,
  country_code CHAR(2) NOT NULL REFERENCES countries(code),
  city TEXT,
  status TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
  failure_code TEXT,
  subtotal NUMERIC(10,2) NOT NULL,
  tax NUMERIC(10,2),
  discount NUMERIC(10,2),
  total NUMERIC(12,2) NOT NULL,
  vin CHAR(17) UNIQUE);
CREATE TABLE shifts (
  employee_id INTEGER NOT NULL REFERENCES employees(id),
  work_day DATE NOT NULL,
  PRIMARY KEY (employee_id, work_day));
)sql";

TEST(GenerateGoldenTest, RowsMatchGoldenFile) {
  absl::StatusOr<std::unique_ptr<Database>> db = OpenDatabase("sqlite::memory:");
  ASSERT_TRUE(db.ok()) << db.status();
  ASSERT_TRUE((*db)->Execute(kSchema).ok());
  absl::StatusOr<Schema> schema = (*db)->Introspect();
  ASSERT_TRUE(schema.ok()) << schema.status();
  GenerateOptions options;
  options.seed = 2026;
  options.rows = 6;
  options.table_rows["order_lines"] = 14;
  absl::StatusOr<GenerateSummary> done = FillTables(**db, *schema, options);
  ASSERT_TRUE(done.ok()) << done.status();
  std::string out = "# schema-driven generation on SQLite, seed 2026, data version " +
                    std::to_string(kDataVersion) + "\n";
  for (const GenerateSummary::TableRows& table : done->tables) {
    absl::StatusOr<std::vector<Row>> rows =
        (*db)->Query("SELECT * FROM " + table.table + " ORDER BY rowid");
    ASSERT_TRUE(rows.ok()) << rows.status();
    out += table.table + ":\n";
    for (const Row& row : *rows) out += "  " + row.ToString() + "\n";
  }
  for (const std::string& note : done->notes) out += "note: " + note + "\n";
  EXPECT_TRUE(testing_internal::MatchesGoldenFile(out, "generate_golden.txt"));
}

}  // namespace
}  // namespace db
}  // namespace gtest_data
