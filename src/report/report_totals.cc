// Copyright 2026 The gtest_data Authors.
//
// A report's totals: Report::totals() and the per-test step that the
// streamed writer's HTML summary shares.

#include "gtest_data/report/report.h"
#include "report_internal.h"

namespace gtest_data {
namespace report {
namespace report_internal {

void AddToTotals(const TestRecord& test, Totals* t) {
  ++t->tests;
  if (test.result == "passed") ++t->passed;
  if (test.result == "failed") ++t->failed;
  if (test.result == "skipped") ++t->skipped;
  t->objects_created += test.objects_created;
  for (const InvariantCheck& check : test.invariants) {
    ++t->invariant_checks;
    if (!check.passed) ++t->invariant_violations;
  }
  t->setup_us += test.setup_us;
  t->teardown_us += test.teardown_us;
}

}  // namespace report_internal

Totals Report::totals() const {
  Totals t;
  for (const TestRecord& test : tests) report_internal::AddToTotals(test, &t);
  return t;
}

}  // namespace report
}  // namespace gtest_data
