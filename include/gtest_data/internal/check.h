// Copyright 2026 The gtest_data Authors.
//
// Not part of the gtest_data API; include the public header that uses it
// instead. IWYU pragma: private
//
// GTEST_DATA_INTERNAL_CHECK_(condition, message) aborts the process with the
// file, line, condition and message when `condition` is false. It guards
// documented preconditions of the seeded core (a bound of zero, an empty
// weight table), which are programming errors rather than bad input: input
// errors are reported through return values instead. The check stays on in
// release builds, because a silently wrong draw would break the determinism
// contract more quietly than a crash.

#ifndef GTEST_DATA_INTERNAL_CHECK_H_
#define GTEST_DATA_INTERNAL_CHECK_H_

namespace gtest_data {
namespace internal {

// Prints "file:line: gtest_data check failed: condition: message" to stderr
// and aborts. Never returns.
[[noreturn]] void CheckFailed(const char* file, int line, const char* condition,
                              const char* message);

}  // namespace internal
}  // namespace gtest_data

#define GTEST_DATA_INTERNAL_CHECK_(condition, message)                    \
  do {                                                                    \
    if (!(condition)) {                                                   \
      ::gtest_data::internal::CheckFailed(__FILE__, __LINE__, #condition, \
                                          (message));                     \
    }                                                                     \
  } while (false)

#endif  // GTEST_DATA_INTERNAL_CHECK_H_
