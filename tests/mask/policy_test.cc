// Copyright 2026 The gtest_data Authors.
//
// Masking policies: reading them (every error with file:line:column and its
// JSON pointer), rule matching, keys shared between a key and its foreign
// keys, and masking a dataset, which either masks every cell or changes
// nothing.

#include "gtest_data/mask/policy.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gtest_data {
namespace mask {
namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;
using ::testing::Not;

MaskKey RunKey() { return *MaskKey::FromHex("00112233445566778899aabbccddeeff"); }

constexpr char kPolicy[] = R"({
  "unlisted": "fail",
  "rules": [
    {"column": "customers.email", "transform": "keyed_hash", "length": 12},
    {"column": "customers.*_name", "transform": "partial", "first": 1},
    {"column": "customers.id", "transform": "format_preserving"},
    {"column": "orders.customer_id", "transform": "format_preserving", "key": "customers.id"},
    {"column": "orders.card", "transform": "card_number"},
    {"column": "*.tier", "transform": "keep", "reason": "a product tier names no one"},
    {"column": "orders.id", "transform": "keep", "reason": "a sequence"},
    {"column": "orders.note", "transform": "null"}
  ]
})";

Dataset Shop() {
  Dataset data;
  EXPECT_TRUE(data.Add("customers", Row{{"id", int64_t{1042}}, {"first_name", "Ada"},
                                        {"last_name", "Lovelace"}, {"email", "ada@example.com"},
                                        {"tier", "gold"}})
                  .ok());
  EXPECT_TRUE(data.Add("customers", Row{{"id", int64_t{1043}}, {"first_name", "Alan"},
                                        {"last_name", "Turing"}, {"email", "alan@example.com"},
                                        {"tier", "standard"}})
                  .ok());
  EXPECT_TRUE(data.Add("orders", Row{{"id", int64_t{1}}, {"customer_id", int64_t{1043}},
                                     {"card", "4111 1111 1111 1111"}, {"note", "call Alan"}})
                  .ok());
  return data;
}

TEST(PolicyTest, MasksEveryCellByItsRuleAndKeepsJoins) {
  absl::StatusOr<Policy> policy = Policy::Parse(kPolicy, "mask.json");
  ASSERT_TRUE(policy.ok()) << policy.status();
  Dataset data = Shop();
  ASSERT_TRUE(MaskDataset(*policy, RunKey(), &data).ok());
  const std::vector<Row> customers = data.Rows("customers");
  const std::vector<Row> orders = data.Rows("orders");
  EXPECT_THAT(customers[0].Get("email").as_string(), MatchesRegex("[0-9a-f]{12}"));
  EXPECT_EQ(customers[0].Get("first_name"), Value("A**"));
  EXPECT_EQ(customers[0].Get("last_name"), Value("L*******"));
  EXPECT_EQ(customers[0].Get("tier"), Value("gold"));
  EXPECT_NE(customers[1].Get("id"), Value(int64_t{1043}));
  EXPECT_EQ(std::to_string(customers[1].Get("id").as_int()).size(), 4u);
  // The foreign key took the key's rule key: the order still points at Alan.
  EXPECT_EQ(orders[0].Get("customer_id"), customers[1].Get("id"));
  EXPECT_EQ(orders[0].Get("id"), Value(int64_t{1}));
  EXPECT_TRUE(orders[0].Get("note").is_null());
  EXPECT_EQ(orders[0].Get("card").as_string().substr(0, 7), "4111 11");
  // The same key masks the same way every time; another key otherwise.
  Dataset again = Shop();
  ASSERT_TRUE(MaskDataset(*policy, RunKey(), &again).ok());
  EXPECT_EQ(again, data);
  Dataset other = Shop();
  ASSERT_TRUE(MaskDataset(*policy, RunKey().Derive("another run"), &other).ok());
  EXPECT_NE(other.Rows("customers")[0].Get("email"), customers[0].Get("email"));
  // No original value of a masked column survives.
  const std::string text = data.ToString();
  for (const char* original : {"ada@example.com", "Lovelace", "Turing", "1043", "call Alan",
                               "1111 1111 1111"}) {
    EXPECT_THAT(text, Not(HasSubstr(original)));
  }
}

TEST(PolicyTest, AnUnlistedColumnStopsMaskingAndChangesNothing) {
  absl::StatusOr<Policy> policy = Policy::Parse(R"({"rules": [
    {"column": "customers.email", "transform": "redact"}]})");
  ASSERT_TRUE(policy.ok()) << policy.status();
  EXPECT_EQ(policy->unlisted(), Policy::Unlisted::kFail);  // the default
  Dataset data = Shop();
  const Dataset before = data;
  const absl::Status status = MaskDataset(*policy, RunKey(), &data);
  EXPECT_EQ(status.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(status.message()),
              HasSubstr("customers.id: no rule of the policy names this column"));
  EXPECT_EQ(data, before);
  // "keep" lets them through.
  absl::StatusOr<Policy> keep = Policy::Parse(R"({"unlisted": "keep", "rules": [
    {"column": "customers.email", "transform": "redact"}]})");
  ASSERT_TRUE(keep.ok());
  ASSERT_TRUE(MaskDataset(*keep, RunKey(), &data).ok());
  EXPECT_EQ(data.Rows("customers")[0].Get("email"), Value("***@*******.***"));
  EXPECT_EQ(data.Rows("customers")[0].Get("last_name"), Value("Lovelace"));
}

TEST(PolicyTest, ATransformersErrorNamesTheCellAndTheRuleAndChangesNothing) {
  absl::StatusOr<Policy> policy = Policy::Parse(R"({"unlisted": "keep", "rules": [
    {"column": "customers.email", "transform": "redact"},
    {"column": "orders.card", "transform": "card_number"}]})",
                                                "p.json");
  ASSERT_TRUE(policy.ok()) << policy.status();
  Dataset data = Shop();
  ASSERT_TRUE(data.Add("orders", Row{{"id", int64_t{2}}, {"card", "4111 1111 1111 1112"}}).ok());
  const Dataset before = data;
  const absl::Status status = MaskDataset(*policy, RunKey(), &data);
  EXPECT_THAT(std::string(status.message()),
              HasSubstr("orders[1].card (rule at p.json:3:5 (/rules/1)): card_number: the value "
                        "fails the Luhn check"));
  EXPECT_THAT(std::string(status.message()), Not(HasSubstr("1112")));
  EXPECT_EQ(data, before);
}

TEST(PolicyTest, MatchesGlobsInOrder) {
  EXPECT_TRUE(GlobMatch("*_name", "first_name"));
  EXPECT_TRUE(GlobMatch("*", ""));
  EXPECT_TRUE(GlobMatch("c?rd", "card"));
  EXPECT_TRUE(GlobMatch("a*b*c", "aXXbYYc"));
  EXPECT_FALSE(GlobMatch("a*b*c", "aXXbYY"));
  EXPECT_FALSE(GlobMatch("*_name", "name"));
  absl::StatusOr<Policy> policy = Policy::Parse(R"({"rules": [
    {"column": "customers.email", "transform": "null"},
    {"column": "*.email", "transform": "redact"}]})");
  ASSERT_TRUE(policy.ok());
  EXPECT_EQ(policy->RuleFor("customers", "email")->transform, "null");
  EXPECT_EQ(policy->RuleFor("staff", "email")->transform, "redact");
  EXPECT_EQ(policy->RuleFor("staff", "phone"), nullptr);
}

// Every mistake in a policy file is refused with file:line:column, the JSON
// pointer, and what was expected.
TEST(PolicyTest, ErrorsNameTheFileLineColumnPointerAndWhatWasExpected) {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"{\"rules\": [\n  {\"column\": \"a.b\", \"transform\": \"shred\"}]}",
       "p.json:2:34: unknown transformer \"shred\" (/rules/0/transform): expected one of "
       "card_number, fixed, format_preserving, keep, keyed_hash, null, partial, redact"},
      {"{\"rules\": [{\"column\": \"a.b\", \"transform\": \"keep\"}]}",
       "p.json:1:12: rule for a.b is not valid (/rules/0): a column kept as it is needs a "
       "\"reason\""},
      {"{\"rules\": [{\"column\": \"ab\", \"transform\": \"null\"}]}",
       "p.json:1:23: expected \"table.column\", got \"ab\" (/rules/0/column)"},
      {"{\"rules\": [{\"column\": \"a.b\", \"transform\": \"redact\", \"fil\": \"#\"}]}",
       "(/rules/0/fil): \"redact\" takes fill"},
      {"{\"rules\": [{\"column\": \"a.b\", \"transform\": \"partial\", \"first\": -1}]}",
       "(/rules/0): \"first\" must be a count (0 or more), got number"},
      {"{\"rules\": [{\"column\": \"a.b\", \"transform\": \"keyed_hash\", \"encoding\": \"b32\"}]}",
       "\"encoding\" must be \"hex\" or \"base64url\", got \"b32\""},
      {"{\"unlisted\": \"maybe\", \"rules\": []}",
       "p.json:1:14: expected \"fail\" or \"keep\" (/unlisted)"},
      {"{\"rule\": []}", "p.json:1:10: unknown member \"rule\" (/rule): a policy has"},
      {"{}", "expected \"rules\": an array of rules (/)"},
      {"[1]", "p.json:1:1: expected an object with \"rules\" (/): got array"},
      {"{\"rules\": [\n  {\"column\": \"a.b\",,}]}",
       "p.json:2:20: not JSON: expected a policy object (syntax error while parsing object key - "
       "unexpected ','"},
      {"{\"rules\": [{\"column\": \"a.b\", \"transform\": \"fixed\", \"value\": "
       "18446744073709551615}]}",
       "\"value\" is above the largest integer, 9223372036854775807"},
      {"{\"rules\": [{\"column\": \"a.b\", \"transform\": \"null\", \"a/b~\": 1}]}",
       "p.json:1:59: unknown parameter \"a/b~\" (/rules/0/a~1b~0)"},
      {"{\"rules\": [{\"column\": \"a.b\", \"transform\": \"format_preserving\", \"key\": 7}]}",
       "expected \"key\": a name the rule's key derives from (/rules/0/key)"},
  };
  for (const Case& c : cases) {
    absl::StatusOr<Policy> policy = Policy::Parse(c.text, "p.json");
    ASSERT_FALSE(policy.ok()) << c.text;
    EXPECT_THAT(std::string(policy.status().message()), HasSubstr(c.message)) << c.text;
  }
  EXPECT_THAT(std::string(Policy::Load("/nonexistent/mask.json").status().message()),
              HasSubstr("/nonexistent/mask.json: cannot open the masking policy"));
}

TEST(PolicyTest, UsersRegisterTheirOwnTransformers) {
  class Upper : public Transformer {
   public:
    absl::StatusOr<Value> Transform(const Value& input, const CellContext&) const override {
      std::string text = input.as_string();
      for (char& c : text) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
      return Value(text);
    }
    std::string_view name() const override { return "upper"; }
  };
  TransformerRegistry registry;
  ASSERT_TRUE(registry
                  .Register("upper", {}, [](const nlohmann::json&, const MaskKey&) {
                    return absl::StatusOr<std::unique_ptr<Transformer>>(
                        std::unique_ptr<Transformer>(new Upper()));
                  })
                  .ok());
  EXPECT_EQ(registry.Register("upper", {}, nullptr).code(), absl::StatusCode::kAlreadyExists);
  absl::StatusOr<Policy> policy = Policy::Parse(
      R"({"unlisted": "keep", "rules": [{"column": "customers.email", "transform": "upper"}]})",
      "p.json", registry);
  ASSERT_TRUE(policy.ok()) << policy.status();
  Dataset data = Shop();
  ASSERT_TRUE(MaskDataset(*policy, RunKey(), &data).ok());
  EXPECT_EQ(data.Rows("customers")[0].Get("email"), Value("ADA@EXAMPLE.COM"));
  // The policy keeps the factories it read: the registry may go first.
  absl::StatusOr<Policy> outlives = [] {
    TransformerRegistry scoped;
    EXPECT_TRUE(scoped
                    .Register("upper", {}, [](const nlohmann::json&, const MaskKey&) {
                      return absl::StatusOr<std::unique_ptr<Transformer>>(
                          std::unique_ptr<Transformer>(new Upper()));
                    })
                    .ok());
    return Policy::Parse(
        R"({"unlisted": "keep", "rules": [{"column": "customers.email", "transform": "upper"}]})",
        "p.json", scoped);
  }();
  ASSERT_TRUE(outlives.ok());
  Dataset again = Shop();
  ASSERT_TRUE(MaskDataset(*outlives, RunKey(), &again).ok());
  EXPECT_EQ(again.Rows("customers")[0].Get("email"), Value("ADA@EXAMPLE.COM"));
  // The built-ins are not in a registry of one's own.
  EXPECT_FALSE(Policy::Parse(R"({"rules": [{"column": "a.b", "transform": "null"}]})", "p.json",
                             registry)
                   .ok());
}

}  // namespace
}  // namespace mask
}  // namespace gtest_data
