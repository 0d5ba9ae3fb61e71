// Copyright 2026 The gtest_data Authors.
//
// StatusIs(code, message): a gMock matcher for absl::Status and
// absl::StatusOr<T>, since Debian's abseil (20220623) ships none. The
// message is a string (compared exactly) or any string matcher.
//
//   EXPECT_THAT(WriteFileAtomically("/dev/null", "x"),
//               StatusIs(absl::StatusCode::kFailedPrecondition,
//                        "/dev/null: refusing to write: it is a character device, "
//                        "not a regular file"));
//   EXPECT_THAT(status, StatusIs(absl::StatusCode::kUnavailable, HasSubstr("write failed")));

#ifndef GTEST_DATA_TESTS_SUPPORT_STATUS_MATCHERS_H_
#define GTEST_DATA_TESTS_SUPPORT_STATUS_MATCHERS_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gmock/gmock.h"

namespace gtest_data {
namespace testing_internal {

inline const absl::Status& StatusOf(const absl::Status& status) { return status; }
template <typename T>
const absl::Status& StatusOf(const absl::StatusOr<T>& status_or) {
  return status_or.status();
}

MATCHER_P2(StatusIs, code, message,
           std::string("has code ") + absl::StatusCodeToString(code) + " and a message that " +
               ::testing::DescribeMatcher<const std::string&>(message)) {
  const absl::Status& status = StatusOf(arg);
  *result_listener << "whose status is " << status;
  return status.code() == code &&
         ::testing::ExplainMatchResult(::testing::MatcherCast<const std::string&>(message),
                                       std::string(status.message()), result_listener);
}

}  // namespace testing_internal
}  // namespace gtest_data

#endif  // GTEST_DATA_TESTS_SUPPORT_STATUS_MATCHERS_H_
