// Copyright 2026 The gtest_data Authors.
//
// The factory module: Factory<T>, struct descriptions, rows and datasets,
// sinks, the factory registry with lint, and scenarios. Include the single
// headers to depend on less.

#ifndef GTEST_DATA_FACTORY_H_
#define GTEST_DATA_FACTORY_H_

#include "gtest_data/factory/context.h"     // IWYU pragma: export
#include "gtest_data/factory/dataset.h"     // IWYU pragma: export
#include "gtest_data/factory/definition.h"  // IWYU pragma: export
#include "gtest_data/factory/describe.h"    // IWYU pragma: export
#include "gtest_data/factory/factory.h"     // IWYU pragma: export
#include "gtest_data/factory/gen.h"         // IWYU pragma: export
#include "gtest_data/factory/modifiers.h"   // IWYU pragma: export
#include "gtest_data/factory/registry.h"    // IWYU pragma: export
#include "gtest_data/factory/schema.h"      // IWYU pragma: export
#include "gtest_data/factory/scenario.h"    // IWYU pragma: export
#include "gtest_data/factory/sink.h"        // IWYU pragma: export
#include "gtest_data/factory/strategy.h"    // IWYU pragma: export
#include "gtest_data/factory/value.h"       // IWYU pragma: export

#endif  // GTEST_DATA_FACTORY_H_
