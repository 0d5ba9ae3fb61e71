// Copyright 2026 The gtest_data Authors.

#include "gtest_data/factory/value.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>

#include "gtest/gtest.h"
#include "gtest_data/factory/context.h"
#include "gtest_data/factory/describe.h"
#include "gtest_data/factory/schema.h"

namespace gtest_data {
namespace {

struct Gauge {
  uint8_t level = 0;
  int16_t offset = 0;
  float ratio = 0;
  std::optional<int64_t> limit;
  std::string label;
  bool on = false;
};
GTEST_DATA_DESCRIBE(Gauge, level, offset, ratio, limit, label, on);

TEST(ValueTest, KindsAndText) {
  EXPECT_EQ(Value().ToString(), "null");
  EXPECT_EQ(Value(true).ToString(), "true");
  EXPECT_EQ(Value(uint8_t{7}).kind(), ValueKind::kInt);
  EXPECT_EQ(Value(-3).ToString(), "-3");
  EXPECT_EQ(Value(2.0).ToString(), "2.0");
  EXPECT_EQ(Value(0.1).ToString(), "0.1");
  EXPECT_EQ(Value(std::nan("")).ToString(), "NaN");
  EXPECT_EQ(Value(-std::numeric_limits<double>::infinity()).ToString(), "-Infinity");
  EXPECT_EQ(Value("a\"b").ToString(), "\"a\\\"b\"");
  EXPECT_NE(Value(1), Value(1.0));  // kinds differ
  EXPECT_STREQ(ValueKindName(ValueKind::kDouble), "double");
}

TEST(ValueDeathTest, WrongAccessorAndOversizedUnsignedAbort) {
  EXPECT_DEATH_IF_SUPPORTED(Value("x").as_int(), "as_int on a non-int");
  EXPECT_DEATH_IF_SUPPORTED(Value(std::numeric_limits<uint64_t>::max()),
                            "above INT64_MAX");
}

TEST(RowTest, SetReplacesInPlaceAndKeepsOrder) {
  Row row{{"a", 1}, {"b", "x"}};
  row.Set("a", 2);
  row.Set("c", nullptr);
  EXPECT_EQ(row.ToString(), "{\"a\": 2, \"b\": \"x\", \"c\": null}");
  EXPECT_EQ(row.Find("zz"), nullptr);
  EXPECT_TRUE(row.Has("c"));
}

TEST(DescribeTest, RowsRoundTripAndConversionsAreChecked) {
  Gauge g;
  g.level = 200;
  g.offset = -5;
  g.ratio = 0.5f;
  g.limit = 9;
  g.label = "main";
  g.on = true;
  const Row row = ToRow(g);
  EXPECT_EQ(row.ToString(),
            "{\"level\": 200, \"offset\": -5, \"ratio\": 0.5, \"limit\": 9, \"label\": \"main\", "
            "\"on\": true}");
  Gauge back;
  std::string error;
  ASSERT_TRUE(FromRow(row, &back, &error)) << error;
  EXPECT_EQ(ToRow(back), row);

  EXPECT_FALSE(FromRow(Row{{"level", 300}}, &back, &error));
  EXPECT_EQ(error, "column \"level\": expected an int in [0, 255], got 300");
  EXPECT_FALSE(FromRow(Row{{"offset", "x"}}, &back, &error));
  EXPECT_EQ(error, "column \"offset\": expected int, got string \"x\"");
  EXPECT_FALSE(FromRow(Row{{"on", nullptr}}, &back, &error));
  EXPECT_EQ(error, "column \"on\": expected bool, got null");
  EXPECT_FALSE(FromRow(Row{{"lable", "x"}}, &back, &error));
  EXPECT_EQ(error, "unknown column \"lable\"");
  ASSERT_TRUE(FromRow(Row{{"limit", nullptr}, {"ratio", 3}}, &back, &error)) << error;
  EXPECT_FALSE(back.limit.has_value());
  EXPECT_EQ(back.ratio, 3.0f);  // an int is accepted for a floating member
}

TEST(DescribeTest, MemberNamesAndSchema) {
  EXPECT_STREQ(MemberName(&Gauge::label), "label");
  const TableSchema schema = TableSchemaOf<Gauge>("gauges", "level");
  EXPECT_EQ(schema.column_names(),
            (std::vector<std::string>{"level", "offset", "ratio", "limit", "label", "on"}));
  EXPECT_TRUE(schema.Find("limit")->nullable);
  EXPECT_FALSE(schema.Find("label")->nullable);
  EXPECT_EQ(*schema.Find("on")->default_value, Value(false));
}

TEST(ContextTest, UniqueSetsAndSequencesAreScopedByReset) {
  Context context(3);
  const auto always_a = [] { return std::string("a"); };
  std::string error;
  EXPECT_EQ(context.UniqueStrings("email").Next(always_a, &error), std::optional<std::string>("a"));
  EXPECT_FALSE(context.UniqueStrings("email").Next(always_a, &error).has_value());
  EXPECT_EQ(error.rfind("unique email: no new value after ", 0), 0u) << error;
  EXPECT_EQ(context.NextSequence("ids"), 1);
  context.Reset(4);
  EXPECT_EQ(context.seed(), 4u);
  EXPECT_EQ(context.NextSequence("ids"), 1);
  EXPECT_EQ(context.UniqueStrings("email").Next(always_a, &error), std::optional<std::string>("a"));
  context.set_shard(2, 100);
  EXPECT_EQ(context.NextSequence("ids"), 202);
}

}  // namespace
}  // namespace gtest_data
