// Copyright 2026 The gtest_data Authors.
//
// Sink: where a factory's create strategy persists objects, as rows of a
// table. MemoryStore keeps them in memory; the database module adds SQL
// sinks with the same interface.
//
//   MemoryStore store;
//   Context context(seed);
//   context.set_sink(&store);
//   Customer c = customers.Create(context);   // c.id assigned by the store
//   store.data().Rows("customers");            // one row
//
// Thread-compatible.

#ifndef GTEST_DATA_FACTORY_SINK_H_
#define GTEST_DATA_FACTORY_SINK_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "gtest_data/factory/dataset.h"
#include "gtest_data/factory/value.h"

namespace gtest_data {

class Sink {
 public:
  virtual ~Sink() = default;

  // Persists `*row` as a row of `table`. `key` names the key column, or is
  // empty for a table without one. When the key is missing, null or 0 the
  // sink assigns one and sets it in *row (as a database assigns an
  // auto-increment id). `label` is the row's label, or empty. On failure
  // returns a status naming the table and the reason, and persists nothing.
  virtual absl::Status Insert(std::string_view table, std::string_view key, Row* row,
                              std::string_view label) = 0;
};

// Keeps persisted rows in a Dataset. Keys it assigns count up from 1 per
// table, past the largest integer key the table already holds; a duplicate
// key is kAlreadyExists.
class MemoryStore : public Sink {
 public:
  absl::Status Insert(std::string_view table, std::string_view key, Row* row,
                      std::string_view label) override;

  const Dataset& data() const { return data_; }
  void Clear();

 private:
  Dataset data_;
  std::map<std::string, int64_t, std::less<>> next_key_;
  // "table\x1fkey text" of every key in use.
  std::map<std::string, bool, std::less<>> keys_;
};

}  // namespace gtest_data

#endif  // GTEST_DATA_FACTORY_SINK_H_
