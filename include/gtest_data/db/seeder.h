// Copyright 2026 The gtest_data Authors.
//
// Seeding: a Dataset (a scenario's data, a dataset file, a snapshot) into a
// database, in foreign-key order, at bulk speed, all or nothing.
//
//   absl::StatusOr<db::Schema> schema = database->Introspect();
//   absl::Status seeded = db::Seed(*database, *schema, dataset);
//
// Order: parents before children, ties in the dataset's table order. A
// cycle of foreign keys is broken through a key whose columns are all
// nullable: those columns are inserted as NULL and set by UPDATE once every
// row exists (the row needs its primary key for that). A cycle without such
// a key is an error naming the cycle. A self-reference is always filled in
// afterwards when nullable; otherwise rows must come parents first.
//
// Everything runs in one transaction (a savepoint when the caller already
// has one open, as inside a DbTest): on any failure it is rolled back and
// the error names the table, the row and the engine's message.

#ifndef GTEST_DATA_DB_SEEDER_H_
#define GTEST_DATA_DB_SEEDER_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest_data/db/database.h"
#include "gtest_data/factory/dataset.h"

namespace gtest_data {
namespace db {

struct SeedPlan {
  struct Deferred {
    std::string table;
    ForeignKey key;  // its columns are inserted NULL, then updated
  };
  std::vector<std::string> order;  // tables, parents first
  std::vector<Deferred> deferred;
};

// The insertion order of `tables` under `schema`'s foreign keys. A table
// the schema lacks is kNotFound; an unbreakable cycle kFailedPrecondition:
//   foreign keys form a cycle with no nullable key to break it: a -> b -> a
absl::StatusOr<SeedPlan> PlanSeeding(const Schema& schema, const std::vector<std::string>& tables);

// Inserts every row of `data` (see the file comment).
absl::Status Seed(Database& database, const Schema& schema, const Dataset& data);

// Deletes the rows of `data` (matched by primary key), children first, in
// one transaction.
absl::Status Unseed(Database& database, const Schema& schema, const Dataset& data);

}  // namespace db
}  // namespace gtest_data

#endif  // GTEST_DATA_DB_SEEDER_H_
