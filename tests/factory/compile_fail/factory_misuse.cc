// Copyright 2026 The gtest_data Authors.
//
// Misuse the factory API promises to reject at compile time. ctest
// compiles this file once per CASE and expects the static_assert's words
// (tests/CMakeLists.txt). CASE 0 is the correct use and must compile.

#include <cstdint>
#include <string>

#include "gtest_data/factory/factory.h"

namespace app {
struct Item {
  int64_t id = 0;
  std::string name;
};
GTEST_DATA_DESCRIBE(Item, id, name);
struct Undescribed {
  int64_t id = 0;
};
struct Other {
  int64_t id = 0;
};
GTEST_DATA_DESCRIBE(Other, id);
}  // namespace app

void Use(gtest_data::Context& context) {
  using gtest_data::Gen;
  using gtest_data::With;
  gtest_data::Factory<app::Item> items("item");
#if CASE == 0
  items.Field(&app::Item::name, [](Gen<app::Item>&) { return std::string("x"); });
  items.Build(context, With(&app::Item::id, 5));
#elif CASE == 1
  items.Build(context, With(&app::Item::id, std::string("five")));  // wrong type
#elif CASE == 2
  items.Field(&app::Item::id, [](Gen<app::Item>&) { return std::string("x"); });
#elif CASE == 3
  gtest_data::Factory<app::Undescribed> bad("bad");
#elif CASE == 4
  items.Build(context, With(&app::Other::id, 5));  // another type's member
#endif
}
