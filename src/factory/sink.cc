// Copyright 2026 The gtest_data Authors.

#include "gtest_data/factory/sink.h"

#include <algorithm>

namespace gtest_data {

absl::Status MemoryStore::Insert(std::string_view table, std::string_view key, Row* row,
                                 std::string_view label) {
  int64_t& next = next_key_[std::string(table)];
  if (!key.empty()) {
    Value* value = row->Find(key);
    const bool unset = value == nullptr || value->is_null() ||
                       (value->kind() == ValueKind::kInt && value->as_int() == 0);
    if (unset) {
      next = std::max<int64_t>(next, 0) + 1;
      row->Set(key, next);
      value = row->Find(key);
    }
    std::string key_text(table);
    key_text.push_back('\x1f');
    key_text += value->ToString();
    if (keys_.count(key_text) != 0) {
      return absl::AlreadyExistsError(std::string(table) + ": duplicate key " +
                                      std::string(key) + " = " + value->ToString());
    }
    absl::Status status = data_.Add(table, *row, std::string(label));
    if (!status.ok()) return status;
    keys_.emplace(std::move(key_text), true);
    if (value->kind() == ValueKind::kInt) next = std::max(next, value->as_int());
    return absl::OkStatus();
  }
  return data_.Add(table, *row, std::string(label));
}

void MemoryStore::Clear() {
  data_ = Dataset();
  next_key_.clear();
  keys_.clear();
}

}  // namespace gtest_data
