// Copyright 2026 The gtest_data Authors.

#include "gtest_data/factory/dataset.h"

namespace gtest_data {
namespace {

std::string LabelKey(std::string_view table, std::string_view label) {
  std::string key(table);
  key.push_back('\x1f');  // cannot occur in a table name we accept
  key.append(label);
  return key;
}

}  // namespace

absl::Status Dataset::Add(std::string_view table, Row row, std::string label) {
  Entry entry;
  entry.row = std::move(row);
  entry.label = std::move(label);
  return AddEntry(table, std::move(entry));
}

absl::Status Dataset::AddEntry(std::string_view table, Entry entry) {
  auto it = tables_.find(table);
  if (!entry.label.empty()) {
    std::string key = LabelKey(table, entry.label);
    if (labels_.count(key) != 0) {
      return absl::AlreadyExistsError("duplicate label \"" + std::string(table) + "." +
                                      entry.label + "\"");
    }
    labels_.emplace(std::move(key), it == tables_.end() ? 0 : it->second.size());
  }
  if (it == tables_.end()) {
    order_.emplace_back(table);
    it = tables_.emplace(std::string(table), std::vector<Entry>()).first;
    auto reserved = reserved_.find(table);
    if (reserved != reserved_.end()) {
      it->second.reserve(reserved->second);
      reserved_.erase(reserved);
    } else {
      it->second.reserve(8);  // small tables grow without moving their rows
    }
  }
  it->second.push_back(std::move(entry));
  return absl::OkStatus();
}

void Dataset::ReserveRows(std::string_view table, size_t rows) {
  auto it = tables_.find(table);
  if (it == tables_.end()) {
    reserved_[std::string(table)] = rows;
    return;
  }
  it->second.reserve(it->second.size() + rows);
}

const std::vector<Dataset::Entry>* Dataset::Entries(std::string_view table) const {
  auto it = tables_.find(table);
  return it == tables_.end() ? nullptr : &it->second;
}

std::vector<Dataset::Entry>* Dataset::MutableEntries(std::string_view table) {
  auto it = tables_.find(table);
  return it == tables_.end() ? nullptr : &it->second;
}

std::vector<Row> Dataset::Rows(std::string_view table) const {
  std::vector<Row> rows;
  if (const std::vector<Entry>* entries = Entries(table)) {
    rows.reserve(entries->size());
    for (const Entry& entry : *entries) rows.push_back(entry.row);
  }
  return rows;
}

const Dataset::Entry* Dataset::FindEntry(std::string_view table, std::string_view label) const {
  auto it = labels_.find(LabelKey(table, label));
  if (it == labels_.end()) return nullptr;
  return &tables_.find(table)->second[it->second];
}

const Row* Dataset::Find(std::string_view table, std::string_view label) const {
  const Entry* entry = FindEntry(table, label);
  return entry == nullptr ? nullptr : &entry->row;
}

size_t Dataset::row_count() const {
  size_t n = 0;
  for (const auto& table : tables_) n += table.second.size();
  return n;
}

absl::Status Dataset::Append(const Dataset& other) {
  // Check every label first, so that a clash appends nothing.
  for (const std::string& table : other.order_) {
    for (const Entry& entry : other.tables_.find(table)->second) {
      if (!entry.label.empty() && labels_.count(LabelKey(table, entry.label)) != 0) {
        return absl::AlreadyExistsError("duplicate label \"" + table + "." + entry.label +
                                        "\"");
      }
    }
  }
  for (const std::string& table : other.order_) {
    for (const Entry& entry : other.tables_.find(table)->second) {
      absl::Status status = AddEntry(table, entry);
      if (!status.ok()) return status;  // unreachable: checked above
    }
  }
  return absl::OkStatus();
}

bool operator==(const Dataset& a, const Dataset& b) {
  if (a.order_ != b.order_) return false;
  for (const std::string& table : a.order_) {
    const auto& x = a.tables_.find(table)->second;
    const auto& y = b.tables_.find(table)->second;
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); ++i) {
      if (x[i].label != y[i].label || x[i].row != y[i].row) return false;
    }
  }
  return true;
}

std::string Dataset::ToString() const {
  std::string text;
  for (const std::string& table : order_) {
    const auto& entries = tables_.find(table)->second;
    for (size_t i = 0; i < entries.size(); ++i) {
      text += table + "[" + std::to_string(i) + "]";
      if (!entries[i].label.empty()) text += " @" + entries[i].label;
      text += " " + entries[i].row.ToString() + "\n";
    }
  }
  return text;
}

}  // namespace gtest_data
