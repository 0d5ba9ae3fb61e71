// Copyright 2026 The gtest_data Authors.
//
// Tests of json/json.h: ValueToJson, JsonToValue, JsonTypeName, RowToJson,
// ToJson, FromJson and GTEST_DATA_JSON. Every error is checked by its code
// and its whole message.

#include "gtest_data/json/json.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "status_matchers.h"
#include "../factory/shop_domain.h"

// Types for the tests, each in its own namespace as users write them.
namespace json_value_test {

struct Inner {
  int64_t x = 0;
  std::string label;
};
GTEST_DATA_DESCRIBE(Inner, x, label);
GTEST_DATA_JSON(Inner);

inline bool operator==(const Inner& a, const Inner& b) { return a.x == b.x && a.label == b.label; }

// One member of every kind ToJson and FromJson handle differently.
struct Everything {
  bool flag = false;
  int32_t small = 0;
  uint8_t tiny = 0;
  int64_t big = 0;
  double ratio = 0;
  float single = 0;
  std::string name;
  std::optional<int64_t> maybe;
  std::optional<std::string> note;
  Inner inner;
  std::optional<Inner> extra;
  std::vector<int64_t> numbers;
  std::vector<Inner> inners;
  std::map<std::string, int> counts;  // neither row-shaped nor described: nlohmann converts it
};
GTEST_DATA_DESCRIBE(Everything, flag, small, tiny, big, ratio, single, name, maybe, note, inner,
                    extra, numbers, inners, counts);
GTEST_DATA_JSON(Everything);

inline bool operator==(const Everything& a, const Everything& b) {
  return a.flag == b.flag && a.small == b.small && a.tiny == b.tiny && a.big == b.big &&
         a.ratio == b.ratio && a.single == b.single && a.name == b.name && a.maybe == b.maybe &&
         a.note == b.note && a.inner == b.inner && a.extra == b.extra &&
         a.numbers == b.numbers && a.inners == b.inners && a.counts == b.counts;
}

// Described by hand, under names that need escaping in a JSON pointer.
struct Renamed {
  int64_t id = 0;
  std::string text;
};
inline auto GtestDataDescribe(gtest_data::Tag<Renamed>) {
  return gtest_data::Members<Renamed>(gtest_data::Member("key/id", &Renamed::id),
                                      gtest_data::Member("te~xt", &Renamed::text));
}

}  // namespace json_value_test

// json.h's file comment, with its own Customer.
namespace api_example {

struct Customer {
  int64_t id = 0;
  std::string name;
  std::optional<std::string> phone;
};
GTEST_DATA_DESCRIBE(Customer, id, name, phone);
GTEST_DATA_JSON(Customer);

}  // namespace api_example

namespace gtest_data {
namespace json {
namespace {

using ::json_value_test::Everything;
using ::json_value_test::Inner;
using ::json_value_test::Renamed;
using ::shop::Customer;
using ::testing::HasSubstr;

using ::gtest_data::testing_internal::StatusIs;

Everything Filled() {
  Everything e;
  e.flag = true;
  e.small = -7;
  e.tiny = 200;
  e.big = std::numeric_limits<int64_t>::min();
  e.ratio = 2.5;
  e.single = 0.25f;
  e.name = "Zoë \"Z\"";
  e.maybe = 12;
  e.note.reset();
  e.inner = Inner{3, "in"};
  e.extra = Inner{4, "extra"};
  e.numbers = {1, -2, 3};
  e.inners = {Inner{5, "a"}, Inner{6, "b"}};
  e.counts = {{"apples", 2}, {"pears", 0}};
  return e;
}

constexpr char kFilledJson[] = R"({
  "flag": true, "small": -7, "tiny": 200, "big": -9223372036854775808, "ratio": 2.5,
  "single": 0.25, "name": "Zoë \"Z\"", "maybe": 12, "note": null,
  "inner": {"x": 3, "label": "in"}, "extra": {"x": 4, "label": "extra"},
  "numbers": [1, -2, 3], "inners": [{"x": 5, "label": "a"}, {"x": 6, "label": "b"}],
  "counts": {"apples": 2, "pears": 0}
})";

// --- ValueToJson ---------------------------------------------------------------

TEST(ValueToJsonTest, WritesEachKind) {
  EXPECT_TRUE(ValueToJson(Value()).is_null());
  EXPECT_EQ(ValueToJson(Value(true)), nlohmann::json(true));
  EXPECT_EQ(ValueToJson(Value(false)), nlohmann::json(false));
  const nlohmann::json min = ValueToJson(Value(std::numeric_limits<int64_t>::min()));
  EXPECT_TRUE(min.is_number_integer());
  EXPECT_EQ(min.get<int64_t>(), std::numeric_limits<int64_t>::min());
  const nlohmann::json d = ValueToJson(Value(2.5));
  EXPECT_TRUE(d.is_number_float());
  EXPECT_EQ(d.get<double>(), 2.5);
  // An integral double stays a double.
  EXPECT_TRUE(ValueToJson(Value(3.0)).is_number_float());
  EXPECT_EQ(ValueToJson(Value(3.0)).dump(), "3.0");
  EXPECT_EQ(ValueToJson(Value("tab\t")), nlohmann::json("tab\t"));
  EXPECT_EQ(ValueToJson(Value("")), nlohmann::json(""));
}

TEST(ValueToJsonTest, NonFiniteDoublesBecomeNull) {
  EXPECT_TRUE(ValueToJson(Value(std::nan(""))).is_null());
  EXPECT_TRUE(ValueToJson(Value(std::numeric_limits<double>::infinity())).is_null());
  EXPECT_TRUE(ValueToJson(Value(-std::numeric_limits<double>::infinity())).is_null());
  EXPECT_FALSE(ValueToJson(Value(std::numeric_limits<double>::max())).is_null());
}

// --- JsonToValue ---------------------------------------------------------------

TEST(JsonToValueTest, ReadsEachScalar) {
  EXPECT_EQ(*JsonToValue(nlohmann::json(nullptr)), Value());
  EXPECT_EQ(*JsonToValue(nlohmann::json(true)), Value(true));
  EXPECT_EQ(*JsonToValue(nlohmann::json(-5)), Value(-5));
  // Parsed non-negative integers are unsigned in nlohmann; they read as int.
  const nlohmann::json max = nlohmann::json::parse("9223372036854775807");
  ASSERT_TRUE(max.is_number_unsigned());
  EXPECT_EQ(*JsonToValue(max), Value(std::numeric_limits<int64_t>::max()));
  EXPECT_EQ(JsonToValue(nlohmann::json::parse("7"))->kind(), ValueKind::kInt);
  EXPECT_EQ(*JsonToValue(nlohmann::json(2.5)), Value(2.5));
  EXPECT_EQ(JsonToValue(nlohmann::json::parse("3.0"))->kind(), ValueKind::kDouble);
  EXPECT_EQ(*JsonToValue(nlohmann::json("x")), Value("x"));
}

TEST(JsonToValueTest, RefusesLargeUnsignedAndNonScalars) {
  EXPECT_THAT(JsonToValue(nlohmann::json::parse("9223372036854775808")),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "integer 9223372036854775808 is above the 64-bit signed range"));
  EXPECT_THAT(JsonToValue(nlohmann::json(std::numeric_limits<uint64_t>::max())),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "integer 18446744073709551615 is above the 64-bit signed range"));
  EXPECT_THAT(JsonToValue(nlohmann::json::array({1})),
              StatusIs(absl::StatusCode::kInvalidArgument, "expected a scalar, got array"));
  EXPECT_THAT(JsonToValue(nlohmann::json::object()),
              StatusIs(absl::StatusCode::kInvalidArgument, "expected a scalar, got object"));
  EXPECT_THAT(JsonToValue(nlohmann::json::binary({1, 2})),
              StatusIs(absl::StatusCode::kInvalidArgument, "expected a scalar, got binary"));
}

// --- JsonTypeName --------------------------------------------------------------

TEST(JsonTypeNameTest, NamesEachType) {
  EXPECT_STREQ(JsonTypeName(nlohmann::json(nullptr)), "null");
  EXPECT_STREQ(JsonTypeName(nlohmann::json(false)), "boolean");
  EXPECT_STREQ(JsonTypeName(nlohmann::json(-1)), "number");
  EXPECT_STREQ(JsonTypeName(nlohmann::json(1u)), "number");
  EXPECT_STREQ(JsonTypeName(nlohmann::json(1.5)), "number");
  EXPECT_STREQ(JsonTypeName(nlohmann::json("s")), "string");
  EXPECT_STREQ(JsonTypeName(nlohmann::json::array()), "array");
  EXPECT_STREQ(JsonTypeName(nlohmann::json::object()), "object");
  EXPECT_STREQ(JsonTypeName(nlohmann::json::binary({})), "binary");
}

// --- RowToJson -----------------------------------------------------------------

TEST(RowToJsonTest, KeepsColumnOrderAndKinds) {
  const Row row{{"z", 1},   {"a", "x"}, {"m", nullptr}, {"d", 2.5},
                {"b", true}, {"i", 4.0}, {"n", std::nan("")}};
  EXPECT_EQ(RowToJson(row).dump(),
            R"({"z":1,"a":"x","m":null,"d":2.5,"b":true,"i":4.0,"n":null})");
  EXPECT_EQ(RowToJson(Row()).dump(), "{}");
}

// --- ToJson --------------------------------------------------------------------

TEST(ToJsonTest, WritesEveryMemberKind) {
  const nlohmann::json j = ToJson(Filled());
  EXPECT_EQ(j, nlohmann::json::parse(kFilledJson)) << j.dump();
  EXPECT_TRUE(j.at("ratio").is_number_float());
  EXPECT_TRUE(j.at("big").is_number_integer());
}

TEST(ToJsonTest, WritesEmptyOptionalsAsNullAndEmptyVectorsAsArrays) {
  const nlohmann::json j = ToJson(Everything());
  EXPECT_TRUE(j.at("maybe").is_null());
  EXPECT_TRUE(j.at("note").is_null());
  EXPECT_TRUE(j.at("extra").is_null());
  EXPECT_EQ(j.at("numbers"), nlohmann::json::array());
  EXPECT_EQ(j.at("inners"), nlohmann::json::array());
  EXPECT_EQ(j.at("counts"), nlohmann::json::object());
  EXPECT_EQ(j.at("inner"), nlohmann::json::parse(R"({"x": 0, "label": ""})"));
  EXPECT_EQ(j.size(), 14u);
}

TEST(ToJsonTest, NonFiniteDoubleMembersBecomeNull) {
  Everything e;
  e.ratio = std::numeric_limits<double>::infinity();
  e.single = std::nanf("");
  const nlohmann::json j = ToJson(e);
  EXPECT_TRUE(j.at("ratio").is_null());
  EXPECT_TRUE(j.at("single").is_null());
}

TEST(ToJsonTest, UsesDescribedNames) {
  EXPECT_EQ(ToJson(Renamed{7, "t"}), nlohmann::json::parse(R"({"key/id": 7, "te~xt": "t"})"));
}

// --- FromJson ------------------------------------------------------------------

TEST(FromJsonTest, ReadsEveryMemberKind) {
  absl::StatusOr<Everything> e = FromJson<Everything>(nlohmann::json::parse(kFilledJson));
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_TRUE(*e == Filled());
}

TEST(FromJsonTest, RoundTripsThroughToJson) {
  const Everything filled = Filled();
  absl::StatusOr<Everything> back = FromJson<Everything>(ToJson(filled));
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_TRUE(*back == filled);
  absl::StatusOr<Everything> empty = FromJson<Everything>(ToJson(Everything()));
  ASSERT_TRUE(empty.ok()) << empty.status();
  EXPECT_TRUE(*empty == Everything());
}

TEST(FromJsonTest, KeysLeftOutKeepTheirValues) {
  Everything e = Filled();
  ASSERT_TRUE(FromJson(nlohmann::json::parse(R"({"name": "new", "inner": {"x": 9}})"), &e).ok());
  Everything expected = Filled();
  expected.name = "new";
  expected.inner.x = 9;  // inner.label kept too
  EXPECT_TRUE(e == expected);
  // The StatusOr form starts from a value-initialised object.
  absl::StatusOr<Customer> c = FromJson<Customer>(nlohmann::json::object());
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_EQ(c->tier, "standard");
  EXPECT_FALSE(c->phone.has_value());
}

TEST(FromJsonTest, NullResetsOptionalsAndArraysReplaceVectors) {
  Everything e = Filled();
  ASSERT_TRUE(FromJson(nlohmann::json::parse(
                           R"({"maybe": null, "extra": null, "numbers": [8], "inners": []})"),
                       &e)
                  .ok());
  EXPECT_FALSE(e.maybe.has_value());
  EXPECT_FALSE(e.extra.has_value());
  EXPECT_EQ(e.numbers, std::vector<int64_t>{8});
  EXPECT_TRUE(e.inners.empty());
  ASSERT_TRUE(FromJson(nlohmann::json::parse(R"({"note": "n", "extra": {"label": "l"}})"), &e)
                  .ok());
  EXPECT_EQ(e.note, std::optional<std::string>("n"));
  ASSERT_TRUE(e.extra.has_value());
  EXPECT_TRUE(*e.extra == (Inner{0, "l"}));
}

TEST(FromJsonTest, FloatingPointMembersTakeIntegers) {
  absl::StatusOr<Everything> e =
      FromJson<Everything>(nlohmann::json::parse(R"({"ratio": 3, "single": -2})"));
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_EQ(e->ratio, 3.0);
  EXPECT_EQ(e->single, -2.0f);
}

struct BadJson {
  const char* json;
  const char* message;
};

TEST(FromJsonTest, ErrorsNameThePointerAndWhatWasExpected) {
  const BadJson cases[] = {
      {R"({"flag": 1})", "/flag: expected bool, got int 1"},
      {R"({"small": 3000000000})",
       "/small: expected an int in [-2147483648, 2147483647], got 3000000000"},
      {R"({"tiny": -1})", "/tiny: expected an int in [0, 255], got -1"},
      {R"({"tiny": 256})", "/tiny: expected an int in [0, 255], got 256"},
      {R"({"big": 18446744073709551615})",
       "/big: integer 18446744073709551615 is above the 64-bit signed range"},
      {R"({"big": 2.5})", "/big: expected int, got double 2.5"},
      {R"({"big": 2.0})", "/big: expected int, got double 2.0"},
      {R"({"ratio": "x"})", "/ratio: expected double, got string \"x\""},
      {R"({"single": true})", "/single: expected double, got bool true"},
      {R"({"name": null})", "/name: expected string, got null"},
      {R"({"name": [1]})", "/name: expected a scalar, got array"},
      {R"({"name": {"a": 1}})", "/name: expected a scalar, got object"},
      {R"({"maybe": "7"})", "/maybe: expected int, got string \"7\""},
      {R"({"note": 1})", "/note: expected string, got int 1"},
      {R"({"inner": 5})", "/inner: expected an object, got number"},
      {R"({"inner": {"x": "1"}})", "/inner/x: expected int, got string \"1\""},
      {R"({"inner": {"y": 1}})", "/inner/y: unknown member \"y\"; expected one of x, label"},
      {R"({"extra": []})", "/extra: expected an object, got array"},
      {R"({"extra": {"label": false}})", "/extra/label: expected string, got bool false"},
      {R"({"numbers": {}})", "/numbers: expected an array, got object"},
      {R"({"numbers": "1,2"})", "/numbers: expected an array, got string"},
      {R"({"numbers": [1, "two"]})", "/numbers/1: expected int, got string \"two\""},
      {R"({"inners": [{"x": 1}, {"label": 2}]})", "/inners/1/label: expected string, got int 2"},
      {R"({"inners": [{"x": 1}, 2]})", "/inners/1: expected an object, got number"},
      {R"({"counts": {"a": "x"}})",
       "/counts: [json.exception.type_error.302] type must be number, but is string"},
      {R"({"counts": 1})",
       "/counts: [json.exception.type_error.302] type must be object, but is number"},
      {R"({"nmae": "x"})",
       "/nmae: unknown member \"nmae\"; expected one of flag, small, tiny, big, ratio, single, "
       "name, maybe, note, inner, extra, numbers, inners, counts"},
      {R"("text")", "/: expected an object, got string"},
      {R"(null)", "/: expected an object, got null"},
      {R"([{}])", "/: expected an object, got array"},
  };
  for (const BadJson& c : cases) {
    EXPECT_THAT(FromJson<Everything>(nlohmann::json::parse(c.json)),
                StatusIs(absl::StatusCode::kInvalidArgument, c.message))
        << c.json;
  }
}

TEST(FromJsonTest, PointerArgumentLocatesTheObjectInALargerDocument) {
  Inner inner;
  EXPECT_THAT(FromJson(nlohmann::json::parse(R"({"x": "a"})"), &inner, "/orders/3"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "/orders/3/x: expected int, got string \"a\""));
  EXPECT_THAT(FromJson(nlohmann::json::parse(R"([])"), &inner, "/orders/3"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "/orders/3: expected an object, got array"));
  EXPECT_THAT(FromJson(nlohmann::json::parse(R"({"z": 1})"), &inner, "/orders/3"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "/orders/3/z: unknown member \"z\"; expected one of x, label"));
}

// Regression: keys went into pointers unescaped, so "a/b" read as two
// tokens; RFC 6901 writes '/' as "~1" and '~' as "~0".
TEST(FromJsonTest, PointersEscapeSlashAndTilde) {
  EXPECT_THAT(FromJson<Renamed>(nlohmann::json::parse(R"({"key/id": "7"})")),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "/key~1id: expected int, got string \"7\""));
  EXPECT_THAT(FromJson<Renamed>(nlohmann::json::parse(R"({"te~xt": 1})")),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "/te~0xt: expected string, got int 1"));
  EXPECT_THAT(FromJson<Renamed>(nlohmann::json::parse(R"({"a/b~c": 1})")),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "/a~1b~0c: unknown member \"a/b~c\"; expected one of key/id, te~xt"));
  absl::StatusOr<Renamed> ok =
      FromJson<Renamed>(nlohmann::json::parse(R"({"key/id": 7, "te~xt": "t"})"));
  ASSERT_TRUE(ok.ok()) << ok.status();
  EXPECT_EQ(ok->id, 7);
  EXPECT_EQ(ok->text, "t");
}

// --- GTEST_DATA_JSON -----------------------------------------------------------

TEST(JsonMacroTest, ConvertsThroughNlohmann) {
  const Everything filled = Filled();
  const nlohmann::json j = filled;
  EXPECT_EQ(j, ToJson(filled));
  EXPECT_TRUE(j.get<Everything>() == filled);
  // Containers of described types convert element by element.
  const std::vector<Inner> inners = {Inner{1, "a"}, Inner{2, "b"}};
  const nlohmann::json array = inners;
  EXPECT_EQ(array.dump(), R"([{"label":"a","x":1},{"label":"b","x":2}])");
  EXPECT_EQ(array.get<std::vector<Inner>>(), inners);
}

TEST(JsonMacroTest, FromJsonThrowsTypeError302WithTheMessage) {
  try {
    static_cast<void>(nlohmann::json::parse(R"({"x": "a"})").get<Inner>());
    FAIL() << "no exception";
  } catch (const nlohmann::json::type_error& e) {
    EXPECT_EQ(e.id, 302);
    EXPECT_STREQ(e.what(), "[json.exception.type_error.302] /x: expected int, got string \"a\"");
  }
  try {
    static_cast<void>(nlohmann::json::parse(R"({"inners": [{"q": 1}]})").get<Everything>());
    FAIL() << "no exception";
  } catch (const nlohmann::json::type_error& e) {
    EXPECT_STREQ(e.what(),
                 "[json.exception.type_error.302] /inners/0/q: unknown member \"q\"; expected "
                 "one of x, label");
  }
}

// --- Tests kept from json_test.cc ------------------------------------------------

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

TEST(JsonTest, ApiExamples) {
  // json.h's file comment, compiled.
  api_example::Customer customer;
  customer.id = 7;
  customer.name = "Ada";
  nlohmann::json j = customer;  // {"id": 7, "name": ...}
  EXPECT_EQ(j, nlohmann::json::parse(R"({"id": 7, "name": "Ada", "phone": null})"));
  api_example::Customer back = j.get<api_example::Customer>();  // throws on bad input
  EXPECT_EQ(back.id, 7);
  EXPECT_EQ(back.name, "Ada");
  absl::StatusOr<api_example::Customer> c =
      gtest_data::json::FromJson<api_example::Customer>(j);  // no throw
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_EQ(c->name, "Ada");
  EXPECT_FALSE(c->phone.has_value());
}

}  // namespace
}  // namespace json
}  // namespace gtest_data
