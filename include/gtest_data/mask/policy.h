// Copyright 2026 The gtest_data Authors.
//
// A masking policy: which transformer masks each column, read from JSON.
//
//   {
//     "unlisted": "fail",
//     "rules": [
//       {"column": "customers.email", "transform": "keyed_hash", "length": 16},
//       {"column": "customers.*_name", "transform": "redact"},
//       {"column": "customers.id", "transform": "format_preserving"},
//       {"column": "orders.customer_id", "transform": "format_preserving",
//        "key": "customers.id"},
//       {"column": "*.created_at", "transform": "keep", "reason": "no person in it"}
//     ]
//   }
//
//   absl::StatusOr<mask::Policy> policy = mask::Policy::Load("mask.json");
//   absl::Status masked = mask::MaskDataset(*policy, run_key, &data);
//
// - "column" is "table.column"; either part may use * (any run of
//   characters) and ? (one). The first rule that matches a column is its
//   rule.
// - "unlisted" says what happens to a column no rule names: "fail" (the
//   default: masking stops and names the column) or "keep".
// - "transform" names a registered transformer; its other members are its
//   parameters (below), each checked when the policy is read. "keep"
//   needs a "reason": a column kept as it is says why.
// - Keyed transformers take their key from the run's key (never from the
//   policy) through MaskKey::Derive("mask:" + the rule's "key"), which is
//   the column pattern unless given: two columns whose rules name the same
//   key (a key and its foreign keys) mask equal values equally, so joins
//   survive.
//
// The built-in transformers and their parameters:
//   keep               reason (text, required)
//   null
//   fixed              value (a JSON scalar, required)
//   redact             fill (text, default "*")
//   partial            first, last (counts, default 0), fill (text, default "*")
//   keyed_hash         encoding ("hex" or "base64url"), length (a count; 0: all)
//   format_preserving  key
//   card_number        key
//
// Errors read "file:line:column: what (/json/pointer): why", as dataset
// files' do; a policy that fails to read gives no policy at all.

#ifndef GTEST_DATA_MASK_POLICY_H_
#define GTEST_DATA_MASK_POLICY_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest_data/factory/dataset.h"
#include "gtest_data/mask/key.h"
#include "gtest_data/mask/transformer.h"
#include "nlohmann/json.hpp"

namespace gtest_data {
namespace mask {

// Transformers by name, with the parameters each accepts. Global() holds
// the built-in ones; users add their own before reading a policy.
class TransformerRegistry {
 public:
  // Makes a rule's transformer from its parameters (the rule's JSON object)
  // and its key (for a transformer that takes none, unused). An error's
  // message is the "why" of the policy's message.
  using Factory = std::function<absl::StatusOr<std::unique_ptr<Transformer>>(
      const nlohmann::json& rule, const MaskKey& key)>;

  struct Entry {
    std::vector<std::string> parameters;  // besides "column", "transform", "key"
    Factory make;
  };

  static TransformerRegistry& Global();

  // Adds a transformer; kAlreadyExists when the name is taken.
  absl::Status Register(std::string name, std::vector<std::string> parameters, Factory make);
  const Entry* Find(std::string_view name) const;
  std::vector<std::string> Names() const;

 private:
  std::map<std::string, Entry, std::less<>> entries_;
};

class Policy {
 public:
  enum class Unlisted { kFail, kKeep };

  struct Rule {
    std::string table;      // glob
    std::string column;     // glob
    std::string transform;  // registered name
    std::string key;        // what the rule's key derives from
    nlohmann::json spec;    // the rule as written
    std::string where;      // "mask.json:4:7 (/rules/0)", for messages
    TransformerRegistry::Factory make;  // copied from the registry when read
  };

  // Reads a policy from `text`; `file_name` is for messages. The policy
  // keeps its own copy of each rule's factory: the registry may go.
  static absl::StatusOr<Policy> Parse(
      std::string_view text, std::string_view file_name = "policy",
      const TransformerRegistry& registry = TransformerRegistry::Global());
  static absl::StatusOr<Policy> Load(
      const std::string& path, const TransformerRegistry& registry = TransformerRegistry::Global());

  Unlisted unlisted() const { return unlisted_; }
  const std::vector<Rule>& rules() const { return rules_; }

  // The first rule matching table.column, or null.
  const Rule* RuleFor(std::string_view table, std::string_view column) const;

  // The rule's transformer under the run's key.
  absl::StatusOr<std::unique_ptr<Transformer>> MakeTransformer(const Rule& rule,
                                                               const MaskKey& run_key) const;

 private:
  Policy() = default;

  Unlisted unlisted_ = Unlisted::kFail;
  std::vector<Rule> rules_;
};

// Whether `text` matches `glob` (* any run, ? one character; bytes).
bool GlobMatch(std::string_view glob, std::string_view text);

// Masks every cell of `data` in place under `policy`. A column no rule
// names stops it when the policy's unlisted is "fail" (the message names
// table.column); a transformer's error names table[row].column and the rule.
// On an error `data` is left as it was.
absl::Status MaskDataset(const Policy& policy, const MaskKey& run_key, Dataset* data);

}  // namespace mask
}  // namespace gtest_data

#endif  // GTEST_DATA_MASK_POLICY_H_
