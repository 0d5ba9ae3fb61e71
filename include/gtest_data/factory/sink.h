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
#include <set>
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

  // With false, the store assigns and checks keys but keeps no rows (for a
  // caller that records them itself, as DataTest does in its data()).
  // Default true.
  void set_keep_rows(bool keep) { keep_rows_ = keep; }
  bool keep_rows() const { return keep_rows_; }

 private:
  struct TableKeys {
    int64_t next = 0;                 // the largest integer key so far
    std::set<int64_t> ints;           // integer keys in use
    std::set<std::string, std::less<>> texts;  // other keys, as text
  };

  Dataset data_;
  std::map<std::string, TableKeys, std::less<>> keys_;
  bool keep_rows_ = true;
};

}  // namespace gtest_data

#endif  // GTEST_DATA_FACTORY_SINK_H_
