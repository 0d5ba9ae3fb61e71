// Copyright 2026 The gtest_data Authors.

#include "gtest_data/json/json.h"

#include <cstdio>
#include <fstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "gtest_data/json/dataset_file.h"
#include "gtest_data/json/snapshot.h"
#include "../factory/shop_domain.h"

namespace gtest_data {
namespace json {
namespace {

using ::shop::Customer;
using ::testing::HasSubstr;

TEST(JsonTest, DescribedStructsRoundTripThroughNlohmann) {
  Context context(31);
  const Customer c = shop::Customers().Build(context, Traits{"vip"});
  const nlohmann::json j = c;
  EXPECT_EQ(j.at("email"), c.email);
  EXPECT_EQ(j.at("phone"), *c.phone);
  const Customer back = j.get<Customer>();
  EXPECT_EQ(ToRow(back), ToRow(c));
  Customer no_phone = c;
  no_phone.phone.reset();
  EXPECT_TRUE(nlohmann::json(no_phone).at("phone").is_null());
}

TEST(JsonTest, FromJsonNamesThePointerAndWhatWasExpected) {
  absl::StatusOr<Customer> c =
      FromJson<Customer>(nlohmann::json::parse(R"({"id": 1, "email": 42})"));
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().message(), "/email: expected string, got int 42");
  c = FromJson<Customer>(nlohmann::json::parse(R"({"emial": "x"})"));
  ASSERT_FALSE(c.ok());
  EXPECT_THAT(c.status().message(),
              HasSubstr("/emial: unknown member \"emial\"; expected one of id, first_name"));
  c = FromJson<Customer>(nlohmann::json::parse(R"([1])"));
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().message(), "/: expected an object, got array");
  EXPECT_THROW(nlohmann::json::parse(R"({"id": "x"})").get<Customer>(), nlohmann::json::type_error);
}

constexpr char kShop[] = R"({
  "customers": [
    {"@label": "alice", "first_name": "Alice", "last_name": "Liddell",
     "email": {"fake": "internet.email"}},
    {"@label": "bob", "first_name": "Bob", "last_name": "Stone", "email": "@@bob",
     "phone": "+15555550100"}
  ],
  "orders": [
    {"@label": "first", "customer_id": "@customers.alice", "number": "A-1", "total_minor": 1299},
    {"customer_id": "@customers.bob", "number": "A-2"}
  ]
})";

TEST(DatasetFileTest, LoadsLabelsReferencesStableIdsAndGenerators) {
  absl::StatusOr<Dataset> data = ParseDataset(kShop, "shop.json", shop::ShopSchema(), {77});
  ASSERT_TRUE(data.ok()) << data.status();
  const Row* alice = data->Find("customers", "alice");
  ASSERT_NE(alice, nullptr);
  EXPECT_EQ(alice->Get("id"), Value(StableId("customers", "alice")));
  EXPECT_EQ(data->Find("orders", "first")->Get("customer_id"), alice->Get("id"));
  EXPECT_EQ(data->Rows("orders")[1].Get("id"), Value(StableId("orders", "#1")));
  EXPECT_EQ(data->Rows("orders")[1].Get("total_minor"), Value(0));  // the default
  EXPECT_EQ(data->Find("customers", "bob")->Get("email"), Value("@bob"));
  EXPECT_TRUE(alice->Get("phone").is_null());
  const std::string email = alice->Get("email").as_string();
  EXPECT_THAT(email, HasSubstr("@"));
  // The generator depends on the seed only.
  absl::StatusOr<Dataset> again = ParseDataset(kShop, "shop.json", shop::ShopSchema(), {77});
  EXPECT_EQ(again->Find("customers", "alice")->Get("email").as_string(), email);
  absl::StatusOr<Dataset> other = ParseDataset(kShop, "shop.json", shop::ShopSchema(), {78});
  EXPECT_NE(other->Find("customers", "alice")->Get("email").as_string(), email);
  // Columns in schema order.
  EXPECT_EQ(alice->cells()[0].first, "id");
  EXPECT_GT(StableId("customers", "alice"), 0);
  EXPECT_LT(StableId("customers", "alice"), int64_t{1} << 47);
}

struct BadCase {
  const char* text;
  const char* message;
};

TEST(DatasetFileTest, ErrorsNameFileLineColumnPointerAndExpectation) {
  const BadCase cases[] = {
      {"{\n  \"customerz\": []\n}",
       "bad.json:2:16: unknown table (/customerz): \"customerz\"; expected one of customers, "
       "addresses, products, orders, order_lines, payments"},
      {"{\"customers\": [\n {\"first_name\": \"A\", \"last_name\": \"B\", \"emial\": \"x\"}]}",
       "bad.json:2:49: unknown column (/customers/0/emial): table customers has no column "
       "\"emial\"; expected one of id, first_name, last_name, email, tier, phone, "
       "credit_limit_minor"},
      {"{\"customers\": [{\"first_name\": 5}]}",
       "bad.json:1:31: wrong type (/customers/0/first_name): expected string, got int 5"},
      {"{\"customers\": [{\"@label\": \"a\"}, {\"@label\": \"a\"}]}",
       "bad.json:1:44: duplicate label (/customers/1/@label): \"a\" is also the label of "
       "/customers/0"},
      {"{\"orders\": [{\"customer_id\": \"@customers.zed\"}], \"customers\": []}",
       "bad.json:1:29: unknown label (/orders/0/customer_id): @customers.zed names no row of "
       "customers"},
      {"{\"customers\": [{\"@label\": \"a\"}], \"orders\": [{\"customer_id\": \"@orders.x\"}]}",
       "bad.json:1:61: reference to the wrong table (/orders/0/customer_id): column "
       "customer_id references customers, not orders"},
      {"{\"customers\": [{\"email\": {\"fake\": \"internet.emial\"}}]}",
       "bad.json:1:35: unknown fake-data field (/customers/0/email/fake): \"internet.emial\" "
       "(see gtest-data generate --list)"},
      {"{\"customers\": [{\"email\": {\"faker\": \"internet.email\"}}]}",
       "bad.json:1:36: bad generator (/customers/0/email/faker): expected {\"fake\": "
       "\"<field>\"} with an optional \"entity\" (a non-empty string) and \"locale\""},
      {"{\"customers\": [{\"email\": {\"fake\": \"internet.email\", \"entity\": \"\"}}]}",
       "bad.json:1:63: bad generator (/customers/0/email/entity): expected {\"fake\": "
       "\"<field>\"} with an optional \"entity\" (a non-empty string) and \"locale\""},
      {"{\"customers\": [{\"email\": {\"fake\": \"identifiers.national_id\", \"locale\": "
       "\"ja_JP\"}}]}",
       "bad.json:1:35: fake-data field not available (/customers/0/email/fake): "
       "identifiers.national_id has no values for locale ja_JP"},
      {"{\"customers\": [{\"first_name\": null}]}",
       "bad.json:1:31: null in a non-nullable column (/customers/0/first_name): expected "
       "string"},
      // Found by the fuzzer: a generator as a label became a column "@label".
      {"{\"customers\": [{\"@label\": {\"fake\": \"internet.email\"}}]}",
       "bad.json:1:27: bad label (/customers/0/@label): expected a non-empty string, got an "
       "object"},
      {"{\"customers\": {\"a\": 1}}",
       "bad.json:1:15: expected an array of rows (/customers): got an object"},
      {"{\"customers\": [{\"id\": 5}, {\"id\": 5}]}",
       "bad.json:1:27: duplicate key (/customers/1): id = 5 is also the key of /customers/0"},
      {"{\"customers\": [\n  {\"id\": 1,}\n]}",
       "bad.json:2:12: invalid JSON: syntax error while parsing object key - unexpected '}'; "
       "expected string literal"},
  };
  for (const BadCase& c : cases) {
    absl::StatusOr<Dataset> data = ParseDataset(c.text, "bad.json", shop::ShopSchema());
    ASSERT_FALSE(data.ok()) << c.text;
    EXPECT_EQ(data.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(std::string(data.status().message()), c.message) << c.text;
  }
}

TEST(DatasetFileTest, MissingFileIsNotFound) {
  absl::StatusOr<Dataset> data = LoadDatasetFile("/nonexistent/shop.json", shop::ShopSchema());
  ASSERT_FALSE(data.ok());
  EXPECT_EQ(data.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(data.status().message(), HasSubstr("/nonexistent/shop.json"));
}

TEST(SnapshotTest, ScenarioDataRoundTripsExactly) {
  Context context(41);
  Dataset data;
  context.set_recorder(&data);
  shop::OrderLines().CreateList(context, 5);
  shop::Payments().Create(context, Traits{"declined"});
  shop::Customers().Create(context, Traits{"vip"});
  context.set_recorder(nullptr);
  ASSERT_TRUE(data.Add("misc", Row{{"ratio", 2.0}, {"third", 1.0 / 3}, {"flag", true},
                                   {"none", nullptr}, {"handle", "@me"},
                                   {"text", "tab\there \"quoted\" ünïcode"}},
                       "odd")
                  .ok());
  absl::StatusOr<std::string> text = WriteSnapshot(data);
  ASSERT_TRUE(text.ok()) << text.status();
  absl::StatusOr<Dataset> back = ReadSnapshot(*text);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(*back, data) << *text;
  EXPECT_EQ(back->Find("misc", "odd")->Get("ratio").kind(), ValueKind::kDouble);
  EXPECT_EQ(*WriteSnapshot(*back), *text);

  const std::string path = ::testing::TempDir() + "/snapshot_test.json";
  ASSERT_TRUE(SaveSnapshot(data, path).ok());
  absl::StatusOr<Dataset> loaded = LoadSnapshot(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_EQ(*loaded, data);
  std::remove(path.c_str());
}

TEST(SnapshotTest, NonFiniteDoublesAreRefusedAndNothingIsWritten) {
  Dataset data;
  ASSERT_TRUE(data.Add("t", Row{{"x", 0.0 / 0.0}}).ok());
  const std::string path = ::testing::TempDir() + "/nan_snapshot.json";
  const absl::Status status = SaveSnapshot(data, path);
  EXPECT_EQ(status.message(), "t[0].x: NaN has no JSON form");
  EXPECT_FALSE(std::ifstream(path).good());
  EXPECT_FALSE(std::ifstream(path + ".tmp").good());
}

TEST(LocatePointerTest, FindsValuesInNestedText) {
  const std::string text = "{\n \"a\": [1, {\"b~/c\": \"x\"}],\n \"d\": true}";
  EXPECT_EQ(LocatePointer(text, "/a/1/b~0~1c")->line, 2);
  EXPECT_EQ(LocatePointer(text, "/a/1/b~0~1c")->column, 20);
  EXPECT_EQ(LocatePointer(text, "/d")->line, 3);
  EXPECT_FALSE(LocatePointer(text, "/zz").has_value());
}

TEST(LocatePointerTest, DecodesEscapedKeysAndEndsOnBrokenText) {
  // Keys written with \u escapes match the decoded pointer tokens (é, 😀).
  const std::string text = "{\"caf\\u00e9\": 1, \"\\ud83d\\ude00\": 2}";
  EXPECT_EQ(LocatePointer(text, "/caf\xc3\xa9")->column, 15);
  EXPECT_EQ(LocatePointer(text, "/\xf0\x9f\x98\x80")->column, 34);
  // Found by the fuzzer: after a reader's error the rest of the text need
  // not be JSON, and the walk used to spin on a '}' inside an array.
  EXPECT_FALSE(LocatePointer("{\"u\": [}", "/zz").has_value());
  EXPECT_FALSE(LocatePointer("{\"u\": ]", "/zz").has_value());
}

TEST(DatasetFileTest, DuplicateEscapedKeyIsPlacedAndTheReadEnds) {
  absl::StatusOr<Dataset> data = ReadSnapshot(
      "{\"t\": [{\"\\u0041\": 1, \"\\u0041\": 2}], \"u\": [}", "dup.json");
  ASSERT_FALSE(data.ok());
  EXPECT_EQ(std::string(data.status().message()),
            "dup.json:1:19: duplicate column (/t/0/A): \"A\" appears twice in the row");
}

}  // namespace
}  // namespace json
}  // namespace gtest_data
