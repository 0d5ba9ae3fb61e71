// Copyright 2026 The gtest_data Authors.
//
// Dataset: tables of rows, some labelled, some with a typed handle to the
// object they were made from. Scenarios produce datasets, dataset files load
// into them (json/dataset_file.h), snapshots save and load them, and the
// database seeder persists them.
//
//   Dataset data;
//   data.Add("customers", Row{{"id", 1}, {"name", "Ada"}}, "ada");
//   const Row* ada = data.Find("customers", "ada");
//
// Tables keep the order in which they first received a row; rows keep
// insertion order. Thread-compatible.

#ifndef GTEST_DATA_FACTORY_DATASET_H_
#define GTEST_DATA_FACTORY_DATASET_H_

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "gtest_data/factory/describe.h"
#include "gtest_data/factory/value.h"

namespace gtest_data {
namespace internal {

// A unique address per type: how a Dataset checks the type of a handle
// without RTTI.
template <typename T>
const void* TypeKey() {
  static const char key = 0;
  return &key;
}

}  // namespace internal

class Dataset {
 public:
  struct Entry {
    Row row;
    std::string label;              // empty when unlabelled
    std::shared_ptr<void> object;   // the typed object, when there is one
    const void* type = nullptr;     // internal::TypeKey<T>() of `object`
    // The object's current state as a row, when its type is described
    // (objects can change through their handles; the row stays as made).
    Row (*object_row)(const void* object) = nullptr;

    // object_row(object) when there is one, else row.
    Row CurrentRow() const { return object_row && object ? object_row(object.get()) : row; }
  };

  // Appends a row to `table`. A non-empty label must be unique within the
  // table: a duplicate returns kAlreadyExists naming "table.label" and adds
  // nothing.
  absl::Status Add(std::string_view table, Row row, std::string label = {});

  // The same, keeping a handle to the typed object the row was made from.
  template <typename T>
  absl::Status AddObject(std::string_view table, Row row, std::string label,
                         std::shared_ptr<T> object) {
    Entry entry{std::move(row), std::move(label), std::move(object), internal::TypeKey<T>()};
    if constexpr (kIsDescribed<T>) {
      entry.object_row = [](const void* p) { return ToRow(*static_cast<const T*>(p)); };
    }
    return AddEntry(table, std::move(entry));
  }

  // Makes room for `rows` more rows of `table` (a table with no rows yet
  // is not listed until it gets one).
  void ReserveRows(std::string_view table, size_t rows);

  // Table names in the order they first received a row.
  const std::vector<std::string>& tables() const { return order_; }

  // The entries of `table`, or nullptr when it has none.
  const std::vector<Entry>* Entries(std::string_view table) const;
  std::vector<Entry>* MutableEntries(std::string_view table);

  // The rows of `table` (empty when it has none).
  std::vector<Row> Rows(std::string_view table) const;

  // The row labelled `label` in `table`, or nullptr.
  const Row* Find(std::string_view table, std::string_view label) const;
  const Entry* FindEntry(std::string_view table, std::string_view label) const;

  // The typed object labelled `label` in `table`, or nullptr when there is
  // none or it is not a T.
  template <typename T>
  T* Object(std::string_view table, std::string_view label) const {
    const Entry* entry = FindEntry(table, label);
    if (entry == nullptr || entry->type != internal::TypeKey<T>()) return nullptr;
    return static_cast<T*>(entry->object.get());
  }

  size_t row_count() const;
  bool empty() const { return order_.empty(); }

  // Appends every table of `other` (rows, labels and handles).
  absl::Status Append(const Dataset& other);

  // Equal when the same tables hold the same rows with the same labels, in
  // the same order. Handles are not compared.
  friend bool operator==(const Dataset& a, const Dataset& b);
  friend bool operator!=(const Dataset& a, const Dataset& b) { return !(a == b); }

  // A readable listing for messages: one line per row, "table[i] @label {...}".
  std::string ToString() const;

 private:
  absl::Status AddEntry(std::string_view table, Entry entry);

  std::vector<std::string> order_;
  std::map<std::string, std::vector<Entry>, std::less<>> tables_;
  // Room asked for by ReserveRows() before a table's first row.
  std::map<std::string, size_t, std::less<>> reserved_;
  // "table\x1flabel" -> row index, for labelled rows.
  std::map<std::string, size_t, std::less<>> labels_;
};

}  // namespace gtest_data

#endif  // GTEST_DATA_FACTORY_DATASET_H_
