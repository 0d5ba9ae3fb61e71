// Copyright 2026 The gtest_data Authors.

#include "gtest_data/factory/sink.h"

#include <algorithm>

namespace gtest_data {

absl::Status MemoryStore::Insert(std::string_view table, std::string_view key, Row* row,
                                 std::string_view label) {
  if (key.empty()) {
    return keep_rows_ ? data_.Add(table, *row, std::string(label)) : absl::OkStatus();
  }
  auto found = keys_.find(table);
  if (found == keys_.end()) found = keys_.emplace(std::string(table), TableKeys()).first;
  TableKeys& keys = found->second;
  Value* value = row->Find(key);
  const bool unset = value == nullptr || value->is_null() ||
                     (value->kind() == ValueKind::kInt && value->as_int() == 0);
  if (unset) {
    row->Set(key, std::max<int64_t>(keys.next, 0) + 1);
    value = row->Find(key);
  }
  const bool is_int = value->kind() == ValueKind::kInt;
  const bool taken = is_int ? keys.ints.count(value->as_int()) != 0
                            : keys.texts.count(value->ToString()) != 0;
  if (taken) {
    return absl::AlreadyExistsError(std::string(table) + ": duplicate key " + std::string(key) +
                                    " = " + value->ToString());
  }
  if (keep_rows_) {
    absl::Status status = data_.Add(table, *row, std::string(label));
    if (!status.ok()) return status;
  }
  if (is_int) {
    keys.ints.insert(value->as_int());
    keys.next = std::max(keys.next, value->as_int());
  } else {
    keys.texts.insert(value->ToString());
  }
  return absl::OkStatus();
}

void MemoryStore::Clear() {
  if (!data_.empty()) data_ = Dataset();
  keys_.clear();
}

}  // namespace gtest_data
