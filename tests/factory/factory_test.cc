// Copyright 2026 The gtest_data Authors.

#include "gtest_data/factory/factory.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "gtest_data/factory.h"
#include "gtest_data/random/distributions.h"
#include "shop_domain.h"

namespace gtest_data {
namespace {

using ::shop::Customer;
using ::shop::Order;
using ::shop::OrderLine;
using ::testing::HasSubstr;

// A context whose errors are collected instead of aborting.
struct TestContext {
  explicit TestContext(uint64_t seed = 11) : context(seed) {
    context.set_error_handler([this](const absl::Status& s) { errors.push_back(s); });
  }
  Context context;
  std::vector<absl::Status> errors;
};

TEST(FactoryTest, SameSeedSameObjectsDifferentSeedDifferentObjects) {
  Context a(5), b(5), c(6);
  const std::vector<Customer> x = shop::Customers().BuildList(a, 20);
  const std::vector<Customer> y = shop::Customers().BuildList(b, 20);
  const std::vector<Customer> z = shop::Customers().BuildList(c, 20);
  ASSERT_EQ(x.size(), 20u);
  int differ = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    EXPECT_EQ(ToRow(x[i]), ToRow(y[i])) << i;
    differ += ToRow(x[i]) != ToRow(z[i]);
    EXPECT_FALSE(x[i].first_name.empty());
    EXPECT_THAT(x[i].email, HasSubstr("@example.com"));
    EXPECT_GE(x[i].credit_limit_minor, 10000);
  }
  EXPECT_GT(differ, 15);
}

TEST(FactoryTest, PinnedValuesForAFixedSeed) {
  // Stability: a change here is a change of generated data (bump the data
  // version and say so in the release notes).
  Context context(2026);
  const Customer c = shop::Customers().Build(context);
  const Customer d = shop::Customers().Build(context);
  EXPECT_EQ(ToRow(c).ToString(),
            "{\"id\": 0, \"first_name\": \"Brian\", \"last_name\": \"Alvarez\", \"email\": "
            "\"brian.alvarez@example.com\", \"tier\": \"standard\", \"phone\": null, "
            "\"credit_limit_minor\": 310500}");
  EXPECT_EQ(ToRow(d).ToString(),
            "{\"id\": 0, \"first_name\": \"Willie\", \"last_name\": \"Butler\", \"email\": "
            "\"willie.butler@example.com\", \"tier\": \"standard\", \"phone\": null, "
            "\"credit_limit_minor\": 348300}");
  // Index 0 and 1 of the factory equal what a fresh context makes for the
  // same indices: values depend on (seed, factory, index, field) only.
  Context fresh(2026);
  EXPECT_EQ(ToRow(shop::Customers().Build(fresh)), ToRow(c));
  EXPECT_EQ(ToRow(shop::Customers().Build(fresh)), ToRow(d));
}

TEST(FactoryTest, ComputedFieldSeesOverriddenInputs) {
  Context context(3);
  const Customer c = shop::Customers().Build(context, With(&Customer::first_name, "Ada"),
                                             With(&Customer::last_name, "Lovelace"));
  EXPECT_EQ(c.first_name, "Ada");
  EXPECT_EQ(c.email, "ada.lovelace@example.com");
}

TEST(FactoryTest, OverrideByNameSetsTheColumnAndChecksItsType) {
  TestContext t;
  const Customer c = shop::Customers().Build(t.context, With("tier", "staff"));
  EXPECT_EQ(c.tier, "staff");
  EXPECT_TRUE(t.errors.empty());

  shop::Customers().Build(t.context, With("tier", 7));
  ASSERT_EQ(t.errors.size(), 1u);
  EXPECT_EQ(t.errors[0].message(),
            "factory customer: override of \"tier\" with 7: expected string, got int 7");

  shop::Customers().Build(t.context, With("teir", "gold"));
  ASSERT_EQ(t.errors.size(), 2u);
  EXPECT_THAT(t.errors[1].message(),
              HasSubstr("factory customer: no field or transient named \"teir\"; known: "
                        "first_name, last_name, email, credit_limit_minor, vip_since"));
}

TEST(FactoryTest, TraitsReplaceFieldsAndCompose) {
  Context context(4);
  const Customer gold = shop::Customers().Build(context, Traits{"gold"});
  EXPECT_EQ(gold.tier, "gold");
  EXPECT_GE(gold.credit_limit_minor, 1000000);
  EXPECT_FALSE(gold.phone.has_value());
  const Customer vip = shop::Customers().Build(context, Traits{"vip"});
  EXPECT_EQ(vip.tier, "vip");  // its own Set wins over the used gold trait
  ASSERT_TRUE(vip.phone.has_value());
  EXPECT_EQ(vip.phone->rfind("+1", 0), 0u);
  EXPECT_EQ(context.usage().at("customer").traits.at("vip"), 1);
}

TEST(FactoryTest, UnknownTraitAndTraitCycleAreErrors) {
  Factory<Customer> f("looping");
  f.Trait("a").Uses({"b"});
  f.Trait("b").Uses({"a"});
  Context context(1);
  absl::StatusOr<Customer> c = f.TryBuild(context, Traits{"a"});
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().message(), "factory looping: traits include each other: a -> b -> a");
  c = f.TryBuild(context, Traits{"gold"});
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().message(), "factory looping: unknown trait \"gold\"; traits: a, b");
}

TEST(FactoryTest, AddingAFieldOrATraitLeavesOtherValuesUnchanged) {
  Factory<Customer> small("customer");
  small.Field(&Customer::first_name, [](Gen<Customer>& g) { return g.Fake("person.first_name"); });
  small.Field(&Customer::credit_limit_minor,
              [](Gen<Customer>& g) { return UniformInt(g.rng(), 1, 1000000); });
  Factory<Customer> large = small;
  large.Field(&Customer::last_name, [](Gen<Customer>& g) { return g.Fake("person.last_name"); });
  large.Trait("gold").Set(&Customer::tier, std::string("gold"));
  // A field declared before the others, too.
  Factory<Customer> reordered("customer");
  reordered.Field(&Customer::email, [](Gen<Customer>& g) { return g.Fake("internet.email"); });
  reordered.Field(&Customer::credit_limit_minor,
                  [](Gen<Customer>& g) { return UniformInt(g.rng(), 1, 1000000); });
  reordered.Field(&Customer::first_name,
                  [](Gen<Customer>& g) { return g.Fake("person.first_name"); });
  Context a(9), b(9), c(9);
  for (int i = 0; i < 50; ++i) {
    const Customer x = small.Build(a);
    const Customer y = large.Build(b, Traits{"gold"});
    const Customer z = reordered.Build(c);
    EXPECT_EQ(x.first_name, y.first_name) << i;
    EXPECT_EQ(x.credit_limit_minor, y.credit_limit_minor) << i;
    EXPECT_EQ(x.first_name, z.first_name) << i;
    EXPECT_EQ(x.credit_limit_minor, z.credit_limit_minor) << i;
  }
}

TEST(FactoryTest, AnotherFactoryOrAnExtraObjectDoesNotShiftThisFactorysValues) {
  Context a(10), b(10);
  const Customer first = shop::Customers().Build(a);
  shop::Products().BuildList(b, 5);  // unrelated work first
  EXPECT_EQ(ToRow(shop::Customers().Build(b)), ToRow(first));
}

TEST(FactoryTest, SequencesCountPerContextAndResetAndOffsetPerShard) {
  Context context(1);
  EXPECT_EQ(shop::Products().Build(context).sku, "SKU-000001");
  EXPECT_EQ(shop::Products().Build(context).sku, "SKU-000002");
  context.Reset(1);
  EXPECT_EQ(shop::Products().Build(context).sku, "SKU-000001");
  Context shard(1);
  shard.set_shard(3, 1000);
  EXPECT_EQ(shop::Products().Build(shard).sku, "SKU-003001");
}

TEST(FactoryTest, CreatePersistsParentsFirstAndAssignsKeys) {
  Context context(12);
  const OrderLine line = shop::OrderLines().Create(context);
  const Dataset& data = context.memory_store().data();
  EXPECT_EQ(data.tables(), (std::vector<std::string>{"customers", "orders", "products",
                                                     "order_lines"}));
  ASSERT_EQ(data.Rows("orders").size(), 1u);
  EXPECT_EQ(line.id, 1);
  EXPECT_EQ(data.Rows("order_lines")[0].Get("order_id"), data.Rows("orders")[0].Get("id"));
  EXPECT_EQ(data.Rows("orders")[0].Get("customer_id"), data.Rows("customers")[0].Get("id"));
  EXPECT_EQ(context.usage().at("order").created, 1);
}

TEST(FactoryTest, BuildDoesNotPersistAndStubAssignsKeys) {
  Context context(13);
  const Order built = shop::Orders().Build(context);
  EXPECT_EQ(built.id, 0);
  EXPECT_TRUE(context.memory_store().data().empty());
  const Order stub = shop::Orders().Stub(context);
  EXPECT_EQ(stub.id, 1001);
  EXPECT_EQ(stub.customer_id, 1001);  // the parent is stubbed too
  EXPECT_TRUE(context.memory_store().data().empty());
}

TEST(FactoryTest, OverridingAnAssociationSkipsTheParent) {
  Context context(14);
  const Customer ada = shop::Customers().Create(context);
  const Order order = shop::Orders().Create(context, With(&Order::customer_id, ada.id));
  EXPECT_EQ(order.customer_id, ada.id);
  EXPECT_EQ(context.memory_store().data().Rows("customers").size(), 1u);
}

struct Node {
  int64_t id = 0;
  int64_t parent_id = 0;
};
GTEST_DATA_DESCRIBE(Node, id, parent_id);

TEST(FactoryTest, AssociationCyclesAndDepthLimitAreErrors) {
  Factory<Node> a("a"), b("b");
  a.Key(&Node::id);
  b.Key(&Node::id);
  a.Association(&Node::parent_id, b, &Node::id);
  b.Association(&Node::parent_id, a, &Node::id);
  Context context(1);
  absl::StatusOr<Node> node = a.TryBuild(context);
  ASSERT_FALSE(node.ok());
  EXPECT_EQ(node.status().message(), "association cycle: a -> b -> a");

  Factory<Node> c("c"), d("d"), e("e");
  c.Association(&Node::parent_id, d, &Node::id);
  d.Association(&Node::parent_id, e, &Node::id);
  context.set_max_association_depth(1);
  node = c.TryBuild(context);
  ASSERT_FALSE(node.ok());
  EXPECT_EQ(node.status().message(), "association depth limit 1 exceeded: c -> d -> e");
}

TEST(FactoryTest, TransientsShapeTheObjectWithoutBeingStored) {
  Factory<Customer> f("customer");
  f.Transient("upcase", false);
  f.Field(&Customer::first_name, [](Gen<Customer>&) { return std::string("ada"); });
  f.AfterBuild([](Customer& c, Gen<Customer>& g) {
    if (g.transient("upcase").as_bool()) c.first_name = "ADA";
  });
  Context context(1);
  EXPECT_EQ(f.Build(context).first_name, "ada");
  EXPECT_EQ(f.Build(context, With("upcase", true)).first_name, "ADA");
}

TEST(FactoryTest, CallbacksRunAfterBuildAndAfterCreate) {
  std::vector<std::string> calls;
  Factory<Customer> f("customer", "customers");
  f.Key(&Customer::id);
  f.AfterBuild([&](Customer& c, Gen<Customer>&) { calls.push_back("build " + std::to_string(c.id)); });
  f.AfterCreate([&](Customer& c, Gen<Customer>&) { calls.push_back("create " + std::to_string(c.id)); });
  Context context(1);
  f.Build(context);
  f.Create(context);
  EXPECT_EQ(calls, (std::vector<std::string>{"build 0", "build 0", "create 1"}));
}

TEST(FactoryTest, FailedValidationNamesFactoryTraitAndReason) {
  Context context(1);
  absl::StatusOr<Order> order =
      shop::Orders().TryBuild(context, Traits{"shipped"}, With(&Order::total_minor, int64_t{-5}));
  ASSERT_FALSE(order.ok());
  EXPECT_EQ(order.status().message(),
            "factory order with traits shipped: built an invalid object: negative total");
}

TEST(FactoryTest, UnknownFakeFieldFailsTheBuildByName) {
  Factory<Customer> f("customer");
  f.Field(&Customer::email, [](Gen<Customer>& g) { return g.Fake("internet.emial"); });
  Context context(1);
  absl::StatusOr<Customer> c = f.TryBuild(context);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().message(),
            "factory customer: unknown fake-data field \"internet.emial\" (see gtest-data "
            "generate --list)");
}

TEST(FactoryTest, FakeResolvesItsFieldWhenDefinedAndFailsEveryBuildOfAnUnknownOne) {
  Factory<Customer> f("customer");
  f.Fake(&Customer::email, "internet.emial");
  for (int i = 0; i < 2; ++i) {
    Context context(1);
    absl::StatusOr<Customer> c = f.TryBuild(context);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(c.status().message(),
              "factory customer: unknown fake-data field \"internet.emial\" (see gtest-data "
              "generate --list)");
  }
  FactoryRegistry registry;
  ASSERT_TRUE(registry.Add(f).ok());
  Context context(1);
  EXPECT_THAT(LintFactories(registry, context).message(), HasSubstr("internet.emial"));
}

TEST(FactoryTest, FakeFieldTheLocaleLacksFailsTheBuild) {
  Factory<Customer> f("customer");
  f.Fake(&Customer::email, "identifiers.national_id");
  Context context(1, fake::Locale::Find("ja_JP"));
  absl::StatusOr<Customer> c = f.TryBuild(context);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().message(),
            "factory customer: fake-data field identifiers.national_id has no values for "
            "locale ja_JP");
}

TEST(FactoryTest, FakeMembersOfOneObjectDescribeOnePersonAndNamedEntitiesAnother) {
  Factory<Customer> f("customer");
  f.Fake(&Customer::first_name, "person.first_name");
  f.Fake(&Customer::last_name, "person.last_name");
  f.Fake(&Customer::email, "internet.email");
  Factory<Customer> other("customer");  // the same records, another person
  other.Fake(&Customer::first_name, "person.first_name", "referrer");
  other.Fake(&Customer::last_name, "person.last_name", "referrer");
  other.Fake(&Customer::email, "internet.email");
  Context a(3), b(3);
  const std::vector<Customer> x = f.BuildList(a, 40);
  const std::vector<Customer> y = other.BuildList(b, 40);
  int same_name = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    std::string local = x[i].email.substr(0, x[i].email.find('@'));
    std::string last = x[i].last_name;
    for (char& ch : last) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    EXPECT_THAT(local, HasSubstr(last)) << x[i].email << " " << x[i].last_name;
    EXPECT_EQ(x[i].email, y[i].email) << "the default person is the same";
    same_name += x[i].last_name == y[i].last_name;
  }
  EXPECT_LT(same_name, 5) << "the referrer is another person";
}

TEST(FactoryTest, DefiningAfterBuildingTakesEffect) {
  // Plans are compiled on first use and point into the definition; defining
  // more must drop them (it used to keep the old plan, pointing into a
  // vector that had grown).
  Factory<Customer> f("customer");
  f.Set(&Customer::tier, std::string("standard"));
  Context context(1);
  EXPECT_EQ(f.Build(context).tier, "standard");
  f.Trait("gold").Set(&Customer::tier, std::string("gold"));
  EXPECT_EQ(f.Build(context, Traits{"gold"}).tier, "gold");
  for (int i = 0; i < 20; ++i) f.Set(&Customer::first_name, "Ada" + std::to_string(i));
  f.Set(&Customer::last_name, std::string("Lovelace"));
  const Customer c = f.Build(context);
  EXPECT_EQ(c.first_name, "Ada19");
  EXPECT_EQ(c.last_name, "Lovelace");
  f.Trait("gold").Set(&Customer::last_name, std::string("Byron"));
  EXPECT_EQ(f.Build(context, Traits{"gold"}).last_name, "Byron");
  // A copy has its own plans and its own traits.
  Factory<Customer> copy = f;
  copy.Trait("gold").Set(&Customer::last_name, std::string("King"));
  EXPECT_EQ(copy.Build(context, Traits{"gold"}).last_name, "King");
  EXPECT_EQ(f.Build(context, Traits{"gold"}).last_name, "Byron");
  // A moved-to factory keeps the plans; the moved-from one is still safe to
  // destroy.
  Factory<Customer> moved = std::move(copy);
  EXPECT_EQ(moved.Build(context, Traits{"gold"}).last_name, "King");
}

TEST(FactoryTest, BuildReportsErrorsToTheContextHandler) {
  TestContext t;
  shop::Customers().Build(t.context, Traits{"platinum"});
  ASSERT_EQ(t.errors.size(), 1u);
  EXPECT_EQ(t.errors[0].code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(t.errors[0].message(), HasSubstr("unknown trait \"platinum\""));
}

TEST(FactoryTest, RowFactoriesUseColumns) {
  Factory<Row> tags("tag", "tags");
  tags.KeyColumn("id");
  tags.ColumnSequence("id");
  tags.Column("name", [](Gen<Row>& g) { return g.Fake("lorem.word"); });
  tags.ColumnFake("owner", "person.full_name");
  tags.ColumnFake("owner_email", "internet.email");
  tags.ColumnValue("weight", 1);
  Context context(1);
  const Row row = tags.Build(context, With("weight", 5));
  EXPECT_EQ(row.Get("id"), Value(1));
  EXPECT_EQ(row.Get("weight"), Value(5));
  EXPECT_EQ(row.Get("name").kind(), ValueKind::kString);
  EXPECT_EQ(row.Get("owner").kind(), ValueKind::kString);
  // The column's value is the field in the object's record, as for members.
  Factory<Row> same("tag", "tags");
  same.Column("owner", [](Gen<Row>& g) { return g.Fake("person.full_name"); });
  Context again(1);
  EXPECT_EQ(same.Build(again).Get("owner"), row.Get("owner"));
}

TEST(FactoryRegistryTest, LintPassesForTheShopAndReportsEveryBrokenBuild) {
  Context context(1);
  const absl::Status ok = LintFactories(shop::ShopFactories(), context, Strategy::kCreate);
  EXPECT_TRUE(ok.ok()) << ok;

  Factory<Order> broken("broken_order", "orders");
  broken.Validate([](const Order& o) {
    return o.status == "placed" ? absl::OkStatus() : absl::InvalidArgumentError("not placed");
  });
  broken.Trait("shipped").Set(&Order::status, std::string("shipped"));
  broken.Trait("ok");
  broken.Trait("typo").Uses({"shiped"});
  FactoryRegistry registry;
  ASSERT_TRUE(registry.Add(broken).ok());
  EXPECT_EQ(registry.Add(broken).message(), "a factory named \"broken_order\" is registered already");
  const std::vector<LintFailure> failures = Lint(registry, context);
  ASSERT_EQ(failures.size(), 2u);
  EXPECT_EQ(failures[0].trait, "shipped");
  EXPECT_EQ(failures[1].trait, "typo");
  const absl::Status status = LintFactories(registry, context);
  EXPECT_EQ(status.message(),
            "2 factory build(s) failed:\n"
            "  broken_order[shipped]: factory broken_order with traits shipped: built an "
            "invalid object: not placed\n"
            "  broken_order[typo]: factory broken_order: unknown trait \"shiped\"; traits: "
            "shipped, ok, typo");
}

}  // namespace
}  // namespace gtest_data
