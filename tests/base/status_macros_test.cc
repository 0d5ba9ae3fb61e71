// Copyright 2026 The gtest_data Authors.

#include "src/base/status_macros.h"

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "status_matchers.h"

namespace gtest_data {
namespace internal {
namespace {

using ::gtest_data::testing_internal::StatusIs;

int calls = 0;

absl::Status Counted(absl::Status status) {
  ++calls;
  return status;
}

absl::StatusOr<std::string> CountedValue(absl::StatusOr<std::string> value) {
  ++calls;
  return value;
}

absl::Status Both(absl::Status first, absl::Status second, int* reached) {
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(Counted(first));
  *reached = 1;
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(Counted(second));
  *reached = 2;
  return absl::OkStatus();
}

TEST(StatusMacrosTest, ReturnIfErrorReturnsTheFirstErrorUnchanged) {
  int reached = 0;
  calls = 0;
  EXPECT_TRUE(Both(absl::OkStatus(), absl::OkStatus(), &reached).ok());
  EXPECT_EQ(reached, 2);
  EXPECT_EQ(calls, 2);  // each argument evaluated once
  calls = 0;
  EXPECT_THAT(Both(absl::NotFoundError("a.json: cannot open"), absl::OkStatus(), &reached),
              StatusIs(absl::StatusCode::kNotFound, "a.json: cannot open"));
  EXPECT_EQ(calls, 1);
  EXPECT_THAT(Both(absl::OkStatus(), absl::UnavailableError("down"), &reached),
              StatusIs(absl::StatusCode::kUnavailable, "down"));
  EXPECT_EQ(reached, 1);
}

// A statement: the body of an unbraced if/else, with its trailing `;`.
absl::Status Branches(bool left, absl::Status status) {
  if (left)
    GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(status);
  else
    GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(absl::InternalError("right"));
  return absl::OkStatus();
}

TEST(StatusMacrosTest, ReturnIfErrorIsSafeInIfElse) {
  EXPECT_TRUE(Branches(true, absl::OkStatus()).ok());
  EXPECT_THAT(Branches(true, absl::InvalidArgumentError("left")),
              StatusIs(absl::StatusCode::kInvalidArgument, "left"));
  EXPECT_THAT(Branches(false, absl::OkStatus()), StatusIs(absl::StatusCode::kInternal, "right"));
}

absl::StatusOr<int> Length(absl::StatusOr<std::string> value) {
  GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_(const std::string text, CountedValue(value));
  std::string again;
  GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_(again, CountedValue(text + "!"));
  return static_cast<int>(again.size());
}

TEST(StatusMacrosTest, AssignOrReturnAssignsOrReturns) {
  calls = 0;
  absl::StatusOr<int> length = Length(std::string("abc"));
  ASSERT_TRUE(length.ok()) << length.status();
  EXPECT_EQ(*length, 4);
  EXPECT_EQ(calls, 2);
  calls = 0;
  EXPECT_THAT(Length(absl::FailedPreconditionError("r.json: refusing to write")),
              StatusIs(absl::StatusCode::kFailedPrecondition, "r.json: refusing to write"));
  EXPECT_EQ(calls, 1);
}

absl::StatusOr<std::string> LoadAndRender(absl::Status check, absl::StatusOr<std::string> loaded) {
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(check);
  GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_(std::string report, std::move(loaded));
  return "<p>" + report + "</p>";
}

TEST(StatusMacrosTest, ApiExamples) {
  EXPECT_EQ(*LoadAndRender(absl::OkStatus(), std::string("r")), "<p>r</p>");
  EXPECT_THAT(LoadAndRender(absl::NotFoundError("r.json: missing"), std::string("r")),
              StatusIs(absl::StatusCode::kNotFound, "r.json: missing"));
}

}  // namespace
}  // namespace internal
}  // namespace gtest_data
