// Copyright 2026 The gtest_data Authors.
//
// Schema-driven generation: valid rows for any introspected table, without a
// hand-written factory.
//
//   absl::StatusOr<db::Schema> schema = database->Introspect();
//   db::GenerateOptions options;
//   options.seed = 7;
//   options.rows = 100;                                   // every table
//   options.table_rows["orders"] = 1000;                  // but this one
//   options.columns["customers.email"] = db::ColumnGenerator::Fake("internet.free_email");
//   options.columns["currency"] = db::ColumnGenerator::Fixed("EUR");  // in any table
//   absl::StatusOr<db::GenerateSummary> done = db::FillTables(*database, *schema, options);
//
// FillTables() inserts as it goes, in chunks, so memory does not grow with
// the number of rows; GenerateRows() returns the rows as a Dataset instead
// (for Seed(), a dataset file or a look before inserting).
//
// What a column gets, the first rule that applies:
//   1. an override in options.columns, "table.column" before "column";
//   2. a foreign key: all its columns from one parent row, read from the
//      database or generated earlier in the run (a nullable key is NULL
//      sometimes; a self-reference picks an earlier row). A nullable key
//      that closes a cycle of tables (departments.head -> staff, staff ->
//      departments) is inserted NULL and set once its parents exist, in
//      the same transaction (FillTables: UPDATE ... FROM (VALUES ...) in
//      batches; GenerateRows: in the rows, which Seed() defers the same
//      way), at its fill rate (1 - null_probability), distinct parents
//      when it is UNIQUE; a note says in how many rows;
//   3. a sequence: a single-column integer primary key, or an integer column
//      whose default is a sequence (serial, nextval): consecutive values
//      after the largest already in the table (PostgreSQL's sequence is
//      moved past them afterwards);
//   4. a list of allowed values: a CHECK (col IN (...), col = ANY (ARRAY
//      [...]), col = 'x');
//   5. the column's name and type together (docs/generation-rules.md has
//      the whole table): email, phone, first_name, name (by table: a
//      person, product, company, city...), city, postal_code, country,
//      url, iban, card_number and pan, *_last4 and cvv (digits), ean13,
//      gtin, upc, isbn (valid check digits), sku, currency, locale,
//      language, slug, hash/sha256/md5 (hex), color, uuid, lat/lng,
//      status, created_at and other *_at (timestamps; created_at <=
//      updated_at <= deleted_at in a row), *_date, birth_date, price,
//      amount and *_minor (money at the column's scale), quantity, is_*
//      (flags); a CHAR(n) or short *_code column gets n characters of
//      [0-9A-Z], not a cut word;
//   6. its type: integers (within smallint, integer, bigint), reals,
//      numeric(p,s), text within varchar(n) and char(n), booleans, dates,
//      timestamps, times, uuid, json, bytea/blob (hex), and PostgreSQL's
//      enums (their labels), domains (their base type, NOT NULL and
//      CHECKs), inet, cidr, macaddr, macaddr8, interval, point, money,
//      bit(n), bit varying(n), and arrays of those ({1,2}, {"a","b"}). A
//      type generation cannot make (tsvector, ranges, composite types...)
//      in a table that gets rows is an error before any row, naming the
//      column; override it.
// SQLite's declared types (affinity names) and PostgreSQL's format_type()
// names ("character varying(80)", "timestamp without time zone") are both
// understood. Plain text is cut to the column's length in characters; a
// fake field's value (a name, an e-mail address, a city) is never cut or
// padded: one that does not fit its column's length or CHECKs is drawn
// again, together with the other columns of its person, address or
// company in the row, so that they still agree; when none fits in
// options.max_attempts draws (a VARCHAR(6) e-mail column) the error names
// the columns and what they need.
//
// Constraints. NOT NULL and primary-key columns are never NULL; other
// columns are NULL with options.null_probability. UNIQUE and primary keys
// (single and composite) hold by construction, not by drawing again: each
// constraint is kept in one of three ways, chosen before any row is drawn.
//   - A set of its columns is unique already: a sequence, or another
//     constraint's columns (UNIQUE (email) makes UNIQUE (tenant, email)).
//   - A text, uuid, blob or json column carries a distinct index in each
//     row: an e-mail address gets the digits before its @
//     ("m.garcia0412@example.org"), other text after it ("Oak Table 0412",
//     "hand-0412" after a digit), at a fixed width, the value cut to make
//     room; a short text with no rule by name (CHAR(4), VARCHAR(6)) is a
//     code of [0-9A-Z] ("X3KQ"); a uuid's node field holds the index.
//   - Otherwise the columns with bounded domains take a distinct combination
//     each row: a foreign key its parents (a UNIQUE foreign key, one-to-one,
//     gets each parent at most once), an integer, date or time column its
//     range, a column with allowed values those values.
// The indices and combinations come from a seeded permutation
// (random/permutation.h), walked in row order and skipping a value that a
// CHECK refuses or that the table already holds; nothing generated is
// remembered, only the keys the table held before the run. A domain too
// small for the rows asked (a boolean UNIQUE column with three rows, 300
// payments UNIQUE on order_id with 200 orders) is an error before anything
// is drawn, naming the domain's size, the rows asked and those already there.
// A constraint whose columns are all set otherwise (a Custom override, a
// self-reference) is left to the engine, and a note says so.
// CHECKs are read and obeyed: col > N, >=, <, <=, = and <> (numbers,
// dates, text), col BETWEEN a AND b, col [NOT] IN (...), length(col) and
// char_length(col) against a number, col <> '', col IS NOT NULL, col [NOT]
// LIKE 'pattern' and col GLOB 'pattern' (a plain text column's value is
// made from the pattern; a fake field's is drawn until it matches), and
// comparisons of two columns of the row (end_date >= start_date,
// discount_minor <= total_minor: the left column is moved into what the
// right one leaves it, in proportion to its own draw), all joined with
// AND, in SQLite's text as written and PostgreSQL's normalised text
// ("((qty >= 1) AND (qty <= 10))", "(status = ANY (ARRAY['new'::text]))",
// "(char_length((code)::text) <= 8)", "((code)::text ~~ 'SKU-%'::text)");
// "N < col" reads as "col > N". Any other CHECK (one with OR, arithmetic,
// ILIKE) is not read: GenerateSummary::notes lists it, and the engine
// checks it at insert, where a row that breaks it fails FillTables() with
// an error naming the table and row.
//
// Determinism: a column's values are a pure function of (seed, locale,
// table name, column name, row index), through named streams
// (DeriveSeed(seed, table, column)), so adding a column or a table does not
// change the values of the others. The exceptions are the ones constraints
// force: a unique column's index (it depends on the rows already in the
// table), a foreign key's parent (it depends on the parent rows that
// exist), and a sequence (it starts after the table's largest value). Columns named for one person (first_name,
// last_name, email, username) or one address (city, postal_code, street)
// describe the same person or address within a row. Same seed, schema and
// starting data give the same rows; see random/seed.h.
//
// Tables: every schema of PostgreSQL's search path (a table shadowed by one
// of the same name earlier in the path is not seen); SQLite's main.
//
// Limits: a cycle key of a table without a primary key cannot be set
// afterwards and stays NULL (a note says so); CHECKs other than
// the simple forms are left to the insert; an identity column
// that is not the primary key is not seen as a sequence, and a GENERATED
// ALWAYS one refuses the values (override it with Default()).
//
// Thread-compatible: one generation per Database at a time.

#ifndef GTEST_DATA_DB_GENERATE_H_
#define GTEST_DATA_DB_GENERATE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest_data/db/database.h"
#include "gtest_data/factory/dataset.h"
#include "gtest_data/factory/value.h"
#include "gtest_data/fake/datetime.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/random/rng.h"
#include "gtest_data/random/run_seed.h"

namespace gtest_data {
namespace db {

// How one column's values are made, in place of the rules above. Cheap to
// copy; a Custom function is shared between copies. Fixed and Custom values
// are not checked against the column's CHECKs or made unique (the engine
// checks them; a Fixed value in a unique column allows one row); a Fake
// override is made unique as the column's own rule would be. An override on
// a foreign-key column replaces that key's choice of a parent row.
//
//   options.columns["users.email"] = ColumnGenerator::Fake("internet.free_email");
//   options.columns["orders.status"] = ColumnGenerator::Fixed("paid");
//   options.columns["orders.total_minor"] = ColumnGenerator::Custom(
//       [](Rng& rng, int64_t row) { return Value(UniformInt(rng, 100, 999) + row); });
//   options.columns["users.created_at"] = ColumnGenerator::Default();
class ColumnGenerator {
 public:
  // Called once a row with the column's stream for the row and the row's
  // index in the run, from 0. The Value goes to the database as it is.
  using Function = std::function<Value(Rng& rng, int64_t row)>;

  enum class Kind { kFixed, kFake, kCustom, kDefault };

  // The same as Default(); public so that `options.columns[key] = ...`
  // compiles (std::map's operator[] default-constructs first).
  ColumnGenerator() = default;

  // Every row gets `value` (NULL included).
  static ColumnGenerator Fixed(Value value);

  // The registered fake field `field` (see fake/fields.h or `gtest-data
  // generate --list`), cut to the column's length; numbers are converted
  // for numeric columns. An unknown field is kNotFound, one the locale
  // lacks kInvalidArgument, when generation starts.
  static ColumnGenerator Fake(std::string field);

  // `function(rng, row)` for each row.
  static ColumnGenerator Custom(Function function);

  // The column is left out of the rows, so the database applies its
  // default (or NULL). Not allowed for a column another table's foreign
  // key references (its values must be known).
  static ColumnGenerator Default();

  Kind kind() const { return kind_; }
  const Value& value() const { return value_; }        // kFixed
  const std::string& field() const { return field_; }  // kFake
  const Function& function() const { return function_; }  // kCustom

 private:
  Kind kind_ = Kind::kDefault;
  Value value_;
  std::string field_;
  Function function_;
};

// How a foreign key's children spread over its parents
// (GenerateOptions::children). By default each child picks a parent
// uniformly, so the counts per parent are binomial. The count-based shapes
// visit the parents in a seeded order and give each a count drawn for it
// (from the parent's place in that order): the child rows then take their
// parents in turn; when the rows outnumber the counts, a second round
// begins; when the counts outnumber the rows, the last parents get none.
//
//   options.children["orders.customer_id"] = ChildrenPerParent::Uniform(1, 5);
//   options.children["order_lines.order_id"] = ChildrenPerParent::Poisson(3);
//   options.children["reviews.product_id"] = ChildrenPerParent::Zipf(1);
class ChildrenPerParent {
 public:
  enum class Kind { kAny, kFixed, kUniform, kPoisson, kZipf };

  ChildrenPerParent() = default;  // kAny: each child picks a parent uniformly
  static ChildrenPerParent Fixed(int64_t n);               // n each (n >= 0)
  static ChildrenPerParent Uniform(int64_t lo, int64_t hi);  // lo..hi each (0 <= lo <= hi)
  static ChildrenPerParent Poisson(double mean);           // Poisson(mean) each (0..1e6)
  // The parent of rank k (in the seeded order, from 1) has weight 1/k^s:
  // a few parents get most children. s is 1, 2 or 3.
  static ChildrenPerParent Zipf(int s);

  // "fixed:3", "uniform:1-5", "poisson:2.5", "zipf:1" (gtest-data seed's
  // --children); kInvalidArgument naming what was expected otherwise.
  static absl::StatusOr<ChildrenPerParent> Parse(std::string_view text);

  Kind kind() const { return kind_; }
  int64_t lo() const { return lo_; }      // kFixed, kUniform; kZipf: s
  int64_t hi() const { return hi_; }      // kFixed, kUniform
  double mean() const { return mean_; }   // kPoisson

 private:
  Kind kind_ = Kind::kAny;
  int64_t lo_ = 0;
  int64_t hi_ = 0;
  double mean_ = 0;
};

// Reported to GenerateOptions::progress after each chunk of a table.
struct GenerateProgress {
  std::string_view table;
  int64_t done = 0;   // rows of the table generated so far
  int64_t total = 0;  // rows the table gets in this run
};

struct GenerateOptions {
  // The root of every stream (see the file comment).
  uint64_t seed = kDefaultRunSeed;

  // The locale of names, addresses, phone numbers; null means
  // fake::Locale::Default() (en_US).
  const fake::Locale* locale = nullptr;

  // The reference instant (seconds since the epoch) that dates and
  // timestamps are drawn around: created_at lies in the five years before
  // it, birth dates make an adult on it. Fixed, never the clock.
  int64_t now = fake::kDefaultReferenceNow;

  // Rows per table: `rows`, unless `table_rows` names the table. Zero
  // leaves a table as it is (its rows still serve as parents).
  int64_t rows = 10;
  std::map<std::string, int64_t, std::less<>> table_rows;

  // The tables to fill; empty means every table of the schema. A table
  // that one of them needs as a parent (a NOT NULL foreign key) and that
  // has no rows is filled too, with its `rows`, and a note says so.
  std::vector<std::string> tables;

  // The chance that a nullable column (or foreign key) is NULL, in [0, 1].
  double null_probability = 0.1;

  // Overrides by "table.column", or by "column" for every table that has
  // one. A key that names no column of the schema is kNotFound.
  std::map<std::string, ColumnGenerator, std::less<>> columns;

  // How children spread over parents, by "table.column" of the foreign
  // key's first column (see ChildrenPerParent). A key naming no foreign key
  // is kNotFound.
  std::map<std::string, ChildrenPerParent, std::less<>> children;

  // Foreign keys that agree with another column of the row, by
  // "table.column" of the key's first column: "column" (the parent's column
  // of that name must equal the row's) or "column=parent_column". An
  // order's shipping address among its customer's addresses:
  //   options.agree["orders.shipping_address_id"] = "customer_id";
  // A row whose value no parent has gets NULL (a NOT NULL key: an error;
  // options.children["addresses.customer_id"] = Fixed(1) gives every
  // customer one). The key is drawn after the row's other foreign keys.
  std::map<std::string, std::string, std::less<>> agree;

  // How many times one column's value is drawn again to satisfy the CHECKs
  // on it before the run fails (UNIQUE constraints never need a redraw).
  int max_attempts = 100;

  // FillTables() inserts at most this many rows at a time, and fewer where a
  // table is wide: a chunk holds at most 32,768 values (never fewer than 64
  // rows), so that the memory a run needs does not grow with the widest
  // table.
  int64_t chunk_rows = 10000;

  // Called after each chunk of rows (by GenerateRows() too); a table's last
  // call has done == total. May be empty.
  std::function<void(const GenerateProgress&)> progress;

  // FillTables() runs in a transaction of its own (BEGIN ... COMMIT, rolled
  // back on failure). False runs it inside the caller's open transaction,
  // which the caller ends, e.g. to apply a schema and fill it all or
  // nothing.
  bool own_transaction = true;
};

// What a run did.
struct GenerateSummary {
  struct TableRows {
    std::string table;
    int64_t rows = 0;     // generated in this run
    uint64_t digest = 0;  // of the generated rows (64 bits): equal runs, equal digests
  };
  // In the order they were filled, parents first; tables given no rows are
  // left out.
  std::vector<TableRows> tables;
  // Things worth knowing, one sentence each: CHECKs left to the engine,
  // parent tables filled because a child needed them, cycle keys set
  // afterwards (in how many rows), unique keys left to the engine.
  std::vector<std::string> notes;
};

// Generates the rows of the chosen tables (see GenerateOptions::tables) in
// foreign-key order, without inserting them. Foreign keys point at rows
// already in `database` or generated earlier in the result; uniqueness
// holds against the rows already there. The Dataset lists tables parents
// first and can be given to Seed(). Reads `database` only.
//
// Errors: kNotFound for a table or column named in `options` that `schema`
// lacks, or an unknown fake field; kInvalidArgument for bad options
// (negative rows, a probability outside [0, 1]), CHECKs or a type that
// leave a column no value, a unique domain too small for the rows asked
// (with its size), or a value that fails its CHECKs after max_attempts
// (each names table, row and constraint); kFailedPrecondition for a foreign-key cycle with no
// nullable key, or a NOT NULL foreign key whose parent has no rows (and is
// not filled in the run); the engine's error for a failed read.
absl::StatusOr<Dataset> GenerateRows(Database& database, const Schema& schema,
                                     const GenerateOptions& options,
                                     GenerateSummary* summary = nullptr);

// Generates the same rows as GenerateRows() and inserts them in chunks of
// options.chunk_rows through Database::InsertRows(), table by table, parents
// first, in one transaction: all or nothing. On PostgreSQL, sequences
// behind generated keys are moved past the largest value inserted. Errors
// are those of GenerateRows() plus the engine's, after which nothing was
// changed ("rolled back, nothing was changed: ...").
absl::StatusOr<GenerateSummary> FillTables(Database& database, const Schema& schema,
                                           const GenerateOptions& options);

}  // namespace db
}  // namespace gtest_data

#endif  // GTEST_DATA_DB_GENERATE_H_
