// Copyright 2026 The gtest_data Authors.
//
// Not part of the gtest_data API: a header of gtest_data_base_internal,
// under src/, so it is never installed. IWYU pragma: private
//
// The two early returns that every function over absl::Status writes.
// Debian's abseil (20220623) has no ABSL_RETURN_IF_ERROR, so gtest_data keeps
// its own, here and nowhere else.
//
//   absl::StatusOr<std::string> LoadAndRender(const std::string& path) {
//     GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(CheckPath(path));
//     GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_(Report report, LoadReport(path));
//     return RenderHtml(report);
//   }
//
// Both evaluate `expr` exactly once and return its status unchanged (no
// message is added: the callee already says where and what).

#ifndef GTEST_DATA_SRC_BASE_STATUS_MACROS_H_
#define GTEST_DATA_SRC_BASE_STATUS_MACROS_H_

#include <utility>

#include "absl/status/status.h"
#include "gtest_data/internal/for_each.h"  // GTEST_DATA_INTERNAL_CONCAT_

// Evaluates `expr`, an absl::Status, once; if it is not OK, returns it from
// the enclosing function (whose return type is absl::Status or
// absl::StatusOr<T>). A statement: takes a trailing `;` and is safe as the
// body of an unbraced if/else. For an absl::StatusOr, use
// GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_ or pass `.status()`.
#define GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(expr)                  \
  do {                                                              \
    ::absl::Status gtest_data_internal_status_ = (expr);            \
    if (!gtest_data_internal_status_.ok()) {                        \
      return gtest_data_internal_status_;                           \
    }                                                               \
  } while (false)

// Evaluates `expr`, an absl::StatusOr<T>, once; if it holds an error,
// returns that status from the enclosing function, else moves the value into
// `lhs`, which is a declaration (`std::string text`) or an existing variable.
// It expands to a declaration followed by statements, so, like abseil's
// ASSIGN_OR_RETURN, it belongs in a block, never as the body of an unbraced
// if; and at most once per line (the hidden variable is named after the
// line). `lhs` must not contain a top-level comma.
#define GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_(lhs, expr)                   \
  GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_I_(                                 \
      GTEST_DATA_INTERNAL_CONCAT_(gtest_data_internal_statusor_, __LINE__), \
      lhs, expr)
#define GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_I_(statusor, lhs, expr) \
  auto statusor = (expr);                                            \
  if (!statusor.ok()) return std::move(statusor).status();          \
  lhs = *std::move(statusor)

#endif  // GTEST_DATA_SRC_BASE_STATUS_MACROS_H_
