// Copyright 2026 The gtest_data Authors.
//
// Strategy: how a factory makes an object (factory/factory.h). Build makes
// it in memory, create also persists it through the context's sink, stub
// gives it a key without persisting it.
//
//   Customer a = customers.Build(context);   // Strategy::kBuild
//   Customer b = customers.Create(context);  // Strategy::kCreate
//   StrategyName(Strategy::kStub);           // "stub"
//
// Determinism: the strategy enters no seed. Object n of a factory draws the
// same streams whichever strategy makes it; a create adds the sink's key, a
// stub a key from a per-table counter.

#ifndef GTEST_DATA_FACTORY_STRATEGY_H_
#define GTEST_DATA_FACTORY_STRATEGY_H_

namespace gtest_data {

// How an object is made.
enum class Strategy {
  kBuild,   // in memory
  kCreate,  // built, then persisted through the context's sink
  kStub,    // built, with its key assigned from a per-table counter; not persisted
};

// The lower-case name of `strategy` ("build", "create", "stub"), as the
// data-usage report and messages spell it. Thread-safe.
const char* StrategyName(Strategy strategy);

}  // namespace gtest_data

#endif  // GTEST_DATA_FACTORY_STRATEGY_H_
