// Copyright 2026 The gtest_data Authors.

#include "gtest_data/mask/policy.h"

#include <fstream>
#include <limits>
#include <optional>
#include <sstream>
#include <utility>

#include "gtest_data/json/dataset_file.h"

namespace gtest_data {
namespace mask {
namespace {

// "file:line:column" of the value at `pointer`, else just "file".
std::string Where(std::string_view text, std::string_view file_name, const std::string& pointer) {
  std::string where(file_name);
  if (std::optional<json::TextPosition> p = json::LocatePointer(text, pointer)) {
    where += ":" + std::to_string(p->line) + ":" + std::to_string(p->column);
  }
  return where;
}

absl::Status PolicyError(std::string_view text, std::string_view file_name,
                         const std::string& pointer, const std::string& what,
                         const std::string& why = "") {
  return absl::InvalidArgumentError(Where(text, file_name, pointer) + ": " + what + " (" +
                                    (pointer.empty() ? "/" : pointer) + ")" +
                                    (why.empty() ? "" : ": " + why));
}

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
  return out.empty() ? "none" : out;
}

// A rule's count parameter: absent gives `fallback`.
absl::StatusOr<size_t> Count(const nlohmann::json& rule, const char* name, size_t fallback) {
  auto it = rule.find(name);
  if (it == rule.end()) return fallback;
  if (!it->is_number_unsigned()) {
    return absl::InvalidArgumentError(std::string("\"") + name +
                                      "\" must be a count (0 or more), got " + it->type_name());
  }
  return it->get<size_t>();
}

absl::StatusOr<std::string> Text(const nlohmann::json& rule, const char* name,
                                 std::string fallback) {
  auto it = rule.find(name);
  if (it == rule.end()) return fallback;
  if (!it->is_string()) {
    return absl::InvalidArgumentError(std::string("\"") + name + "\" must be text, got " +
                                      it->type_name());
  }
  return it->get<std::string>();
}

using Made = absl::StatusOr<std::unique_ptr<Transformer>>;

void RegisterBuiltIns(TransformerRegistry* registry) {
  auto add = [registry](std::string name, std::vector<std::string> parameters,
                        TransformerRegistry::Factory make) {
    const absl::Status added =
        registry->Register(std::move(name), std::move(parameters), std::move(make));
    (void)added;  // the registry is empty here
  };
  add("keep", {"reason"}, [](const nlohmann::json& rule, const MaskKey&) -> Made {
    auto reason = rule.find("reason");
    if (reason == rule.end() || !reason->is_string() || reason->get<std::string>().empty()) {
      return absl::InvalidArgumentError(
          "a column kept as it is needs a \"reason\" (text saying why it holds no personal "
          "data)");
    }
    return std::unique_ptr<Transformer>(new Keep());
  });
  add("null", {}, [](const nlohmann::json&, const MaskKey&) -> Made {
    return std::unique_ptr<Transformer>(new SetNull());
  });
  add("fixed", {"value"}, [](const nlohmann::json& rule, const MaskKey&) -> Made {
    auto value = rule.find("value");
    if (value == rule.end()) return absl::InvalidArgumentError("\"fixed\" needs a \"value\"");
    Value v;
    if (value->is_string()) {
      v = Value(value->get<std::string>());
    } else if (value->is_boolean()) {
      v = Value(value->get<bool>());
    } else if (value->is_number_unsigned() &&
               value->get<uint64_t>() > uint64_t{std::numeric_limits<int64_t>::max()}) {
      return absl::InvalidArgumentError("\"value\" is above the largest integer, " +
                                        std::to_string(std::numeric_limits<int64_t>::max()));
    } else if (value->is_number_integer()) {
      v = Value(value->get<int64_t>());
    } else if (value->is_number_float()) {
      v = Value(value->get<double>());
    } else if (!value->is_null()) {
      return absl::InvalidArgumentError(std::string("\"value\" must be a scalar, got ") +
                                        value->type_name());
    }
    return std::unique_ptr<Transformer>(new Fixed(std::move(v)));
  });
  add("redact", {"fill"}, [](const nlohmann::json& rule, const MaskKey&) -> Made {
    absl::StatusOr<std::string> fill = Text(rule, "fill", "*");
    if (!fill.ok()) return fill.status();
    return std::unique_ptr<Transformer>(new Redact(*fill));
  });
  add("partial", {"first", "last", "fill"}, [](const nlohmann::json& rule, const MaskKey&) -> Made {
    absl::StatusOr<size_t> first = Count(rule, "first", 0);
    if (!first.ok()) return first.status();
    absl::StatusOr<size_t> last = Count(rule, "last", 0);
    if (!last.ok()) return last.status();
    absl::StatusOr<std::string> fill = Text(rule, "fill", "*");
    if (!fill.ok()) return fill.status();
    return std::unique_ptr<Transformer>(new Partial(*first, *last, *fill));
  });
  add("keyed_hash", {"encoding", "length"},
      [](const nlohmann::json& rule, const MaskKey& key) -> Made {
        absl::StatusOr<std::string> encoding = Text(rule, "encoding", "hex");
        if (!encoding.ok()) return encoding.status();
        if (*encoding != "hex" && *encoding != "base64url") {
          return absl::InvalidArgumentError("\"encoding\" must be \"hex\" or \"base64url\", got \"" +
                                            *encoding + "\"");
        }
        absl::StatusOr<size_t> length = Count(rule, "length", 0);
        if (!length.ok()) return length.status();
        return std::unique_ptr<Transformer>(new KeyedHashTransformer(
            key, *encoding == "hex" ? HashEncoding::kHex : HashEncoding::kBase64Url, *length));
      });
  add("format_preserving", {}, [](const nlohmann::json&, const MaskKey& key) -> Made {
    return std::unique_ptr<Transformer>(new FormatPreserving(key));
  });
  add("card_number", {}, [](const nlohmann::json&, const MaskKey& key) -> Made {
    return std::unique_ptr<Transformer>(new CardNumber(key));
  });
}

// A key that only checks a rule's parameters while the policy is read.
const MaskKey& CheckingKey() {
  static const MaskKey* const key = new MaskKey(*MaskKey::FromBytes(std::string(32, '\0')));
  return *key;
}

}  // namespace

TransformerRegistry& TransformerRegistry::Global() {
  static TransformerRegistry* const registry = [] {
    auto* r = new TransformerRegistry();
    RegisterBuiltIns(r);
    return r;
  }();
  return *registry;
}

absl::Status TransformerRegistry::Register(std::string name, std::vector<std::string> parameters,
                                           Factory make) {
  if (entries_.count(name) != 0) {
    return absl::AlreadyExistsError("a transformer named \"" + name + "\" is registered already");
  }
  entries_.emplace(std::move(name), Entry{std::move(parameters), std::move(make)});
  return absl::OkStatus();
}

const TransformerRegistry::Entry* TransformerRegistry::Find(std::string_view name) const {
  auto it = entries_.find(name);
  return it == entries_.end() ? nullptr : &it->second;
}

std::vector<std::string> TransformerRegistry::Names() const {
  std::vector<std::string> names;
  for (const auto& [name, entry] : entries_) names.push_back(name);
  return names;
}

bool GlobMatch(std::string_view glob, std::string_view text) {
  // Iterative, with one backtrack point for the last *.
  size_t g = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (g < glob.size() && (glob[g] == '?' || glob[g] == text[t])) {
      ++g;
      ++t;
    } else if (g < glob.size() && glob[g] == '*') {
      star = g++;
      mark = t;
    } else if (star != std::string_view::npos) {
      g = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

absl::StatusOr<Policy> Policy::Parse(std::string_view text, std::string_view file_name,
                                     const TransformerRegistry& registry) {
  nlohmann::json document = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded()) {
    // Where the parser stopped, from a SAX pass that records the error's
    // byte offset (no exceptions).
    struct Stop : nlohmann::json_sax<nlohmann::json> {
      size_t offset = 0;
      bool null() override { return true; }
      bool boolean(bool) override { return true; }
      bool number_integer(number_integer_t) override { return true; }
      bool number_unsigned(number_unsigned_t) override { return true; }
      bool number_float(number_float_t, const string_t&) override { return true; }
      bool string(string_t&) override { return true; }
      bool binary(binary_t&) override { return true; }
      bool start_object(std::size_t) override { return true; }
      bool key(string_t&) override { return true; }
      bool end_object() override { return true; }
      bool start_array(std::size_t) override { return true; }
      bool end_array() override { return true; }
      bool parse_error(std::size_t position, const std::string&,
                       const nlohmann::detail::exception& error) override {
        offset = position;
        // "[json.exception.parse_error.101] parse error at line 2, column
        // 20: syntax error while parsing object key - unexpected ','; ...":
        // the part after the position.
        const std::string what = error.what();
        const size_t syntax = what.find("syntax error");
        reason = syntax == std::string::npos ? "" : what.substr(syntax);
        return false;
      }
      std::string reason;
    } stop;
    (void)nlohmann::json::sax_parse(text, &stop, nlohmann::json::input_format_t::json,
                                    /*strict=*/true, /*ignore_comments=*/false);
    // (nlohmann's position is 1-based: the byte it stopped at.)
    const json::TextPosition p = json::PositionAt(text, stop.offset > 0 ? stop.offset - 1 : 0);
    return absl::InvalidArgumentError(std::string(file_name) + ":" + std::to_string(p.line) +
                                      ":" + std::to_string(p.column) +
                                      ": not JSON: expected a policy object" +
                                      (stop.reason.empty() ? "" : " (" + stop.reason + ")"));
  }
  if (!document.is_object()) {
    return PolicyError(text, file_name, "", "expected an object with \"rules\"",
                       std::string("got ") + document.type_name());
  }
  Policy policy;
  for (auto it = document.begin(); it != document.end(); ++it) {
    if (it.key() != "unlisted" && it.key() != "rules") {
      return PolicyError(text, file_name, "/" + json::EscapePointerToken(it.key()),
                         "unknown member \"" + it.key() + "\"",
                         "a policy has \"unlisted\" and \"rules\"");
    }
  }
  if (auto unlisted = document.find("unlisted"); unlisted != document.end()) {
    if (!unlisted->is_string() || (*unlisted != "fail" && *unlisted != "keep")) {
      return PolicyError(text, file_name, "/unlisted", "expected \"fail\" or \"keep\"");
    }
    policy.unlisted_ = *unlisted == "keep" ? Unlisted::kKeep : Unlisted::kFail;
  }
  auto rules = document.find("rules");
  if (rules == document.end() || !rules->is_array()) {
    return PolicyError(text, file_name, rules == document.end() ? "" : "/rules",
                       "expected \"rules\": an array of rules");
  }
  for (size_t i = 0; i < rules->size(); ++i) {
    const nlohmann::json& spec = (*rules)[i];
    const std::string pointer = "/rules/" + std::to_string(i);
    if (!spec.is_object()) {
      return PolicyError(text, file_name, pointer, "expected a rule object",
                         std::string("got ") + spec.type_name());
    }
    Rule rule;
    rule.spec = spec;
    rule.where = Where(text, file_name, pointer) + " (" + pointer + ")";
    auto column = spec.find("column");
    if (column == spec.end() || !column->is_string()) {
      return PolicyError(text, file_name, column == spec.end() ? pointer : pointer + "/column",
                         "expected \"column\": \"table.column\" (globs * and ? allowed)");
    }
    const std::string name = column->get<std::string>();
    const size_t dot = name.find('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == name.size()) {
      return PolicyError(text, file_name, pointer + "/column",
                         "expected \"table.column\", got \"" + name + "\"");
    }
    rule.table = name.substr(0, dot);
    rule.column = name.substr(dot + 1);
    auto transform = spec.find("transform");
    if (transform == spec.end() || !transform->is_string()) {
      return PolicyError(text, file_name, transform == spec.end() ? pointer : pointer + "/transform",
                         "expected \"transform\": the name of a transformer",
                         "one of " + Join(registry.Names()));
    }
    rule.transform = transform->get<std::string>();
    const TransformerRegistry::Entry* entry = registry.Find(rule.transform);
    if (entry == nullptr) {
      return PolicyError(text, file_name, pointer + "/transform",
                         "unknown transformer \"" + rule.transform + "\"",
                         "expected one of " + Join(registry.Names()));
    }
    rule.key = name;
    if (auto key = spec.find("key"); key != spec.end()) {
      if (!key->is_string() || key->get<std::string>().empty()) {
        return PolicyError(text, file_name, pointer + "/key",
                           "expected \"key\": a name the rule's key derives from");
      }
      rule.key = key->get<std::string>();
    }
    for (auto member = spec.begin(); member != spec.end(); ++member) {
      const std::string& m = member.key();
      if (m == "column" || m == "transform" || m == "key") continue;
      bool known = false;
      for (const std::string& p : entry->parameters) known = known || p == m;
      if (!known) {
        return PolicyError(text, file_name, pointer + "/" + json::EscapePointerToken(m),
                           "unknown parameter \"" + m + "\"",
                           "\"" + rule.transform + "\" takes " + Join(entry->parameters));
      }
    }
    // Its parameters, checked now rather than at the first row.
    absl::StatusOr<std::unique_ptr<Transformer>> made = entry->make(spec, CheckingKey());
    if (!made.ok()) {
      return PolicyError(text, file_name, pointer, "rule for " + name + " is not valid",
                         std::string(made.status().message()));
    }
    rule.make = entry->make;
    policy.rules_.push_back(std::move(rule));
  }
  return policy;
}

absl::StatusOr<Policy> Policy::Load(const std::string& path, const TransformerRegistry& registry) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(path + ": cannot open the masking policy");
  std::ostringstream text;
  text << in.rdbuf();
  return Parse(text.str(), path, registry);
}

const Policy::Rule* Policy::RuleFor(std::string_view table, std::string_view column) const {
  for (const Rule& rule : rules_) {
    if (GlobMatch(rule.table, table) && GlobMatch(rule.column, column)) return &rule;
  }
  return nullptr;
}

absl::StatusOr<std::unique_ptr<Transformer>> Policy::MakeTransformer(const Rule& rule,
                                                                     const MaskKey& run_key) const {
  if (!rule.make) return absl::NotFoundError("unknown transformer \"" + rule.transform + "\"");
  return rule.make(rule.spec, run_key.Derive("mask:" + rule.key));
}

absl::Status MaskDataset(const Policy& policy, const MaskKey& run_key, Dataset* data) {
  Dataset masked = *data;
  // One transformer per rule, made on first use.
  std::map<const Policy::Rule*, std::unique_ptr<Transformer>> made;
  for (const std::string& table : masked.tables()) {
    std::vector<Dataset::Entry>* entries = masked.MutableEntries(table);
    for (size_t r = 0; r < entries->size(); ++r) {
      Dataset::Entry& entry = (*entries)[r];
      // A typed object holds the original values: the masked dataset has
      // rows only.
      entry.object.reset();
      entry.object_row = nullptr;
      const Row original = entry.row;  // what transformers see of the row
      for (Row::Cell& cell : entry.row.mutable_cells()) {
        const Policy::Rule* rule = policy.RuleFor(table, cell.first);
        if (rule == nullptr) {
          if (policy.unlisted() == Policy::Unlisted::kKeep) continue;
          return absl::FailedPreconditionError(
              table + "." + cell.first +
              ": no rule of the policy names this column and its \"unlisted\" is \"fail\"; add "
              "a rule (\"keep\" with a reason, if it holds nothing personal)");
        }
        std::unique_ptr<Transformer>& transformer = made[rule];
        if (!transformer) {
          absl::StatusOr<std::unique_ptr<Transformer>> t = policy.MakeTransformer(*rule, run_key);
          if (!t.ok()) return t.status();
          transformer = *std::move(t);
        }
        const CellContext context{table, cell.first, &original};
        absl::StatusOr<Value> out = transformer->Transform(cell.second, context);
        if (!out.ok()) {
          return absl::Status(out.status().code(),
                              table + "[" + std::to_string(r) + "]." + cell.first + " (rule at " +
                                  rule->where + "): " + std::string(out.status().message()));
        }
        cell.second = *std::move(out);
      }
    }
  }
  *data = std::move(masked);
  return absl::OkStatus();
}

}  // namespace mask
}  // namespace gtest_data
