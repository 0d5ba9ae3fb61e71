// Copyright 2026 The gtest_data Authors.
//
// Not part of the gtest_data API; include "gtest_data/factory/describe.h"
// instead. IWYU pragma: private, include "gtest_data/factory/describe.h"
//
// GTEST_DATA_INTERNAL_FOR_EACH_(m, t, a, b, c) expands to
// m(t, a), m(t, b), m(t, c): up to 48 arguments, for GTEST_DATA_DESCRIBE.

#ifndef GTEST_DATA_INTERNAL_FOR_EACH_H_
#define GTEST_DATA_INTERNAL_FOR_EACH_H_

// clang-format off
#define GTEST_DATA_INTERNAL_NARG_(...) GTEST_DATA_INTERNAL_NARG_I_(__VA_ARGS__, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39, 38, 37, 36, 35, 34, 33, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1)
#define GTEST_DATA_INTERNAL_NARG_I_(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, _17, _18, _19, _20, _21, _22, _23, _24, _25, _26, _27, _28, _29, _30, _31, _32, _33, _34, _35, _36, _37, _38, _39, _40, _41, _42, _43, _44, _45, _46, _47, _48, N, ...) N
#define GTEST_DATA_INTERNAL_CONCAT_(a, b) GTEST_DATA_INTERNAL_CONCAT_I_(a, b)
#define GTEST_DATA_INTERNAL_CONCAT_I_(a, b) a##b
#define GTEST_DATA_INTERNAL_FOR_EACH_(m, t, ...) \
  GTEST_DATA_INTERNAL_CONCAT_(GTEST_DATA_INTERNAL_FE_, GTEST_DATA_INTERNAL_NARG_(__VA_ARGS__))(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_1(m, t, x) m(t, x)
#define GTEST_DATA_INTERNAL_FE_2(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_1(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_3(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_2(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_4(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_3(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_5(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_4(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_6(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_5(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_7(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_6(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_8(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_7(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_9(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_8(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_10(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_9(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_11(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_10(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_12(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_11(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_13(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_12(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_14(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_13(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_15(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_14(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_16(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_15(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_17(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_16(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_18(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_17(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_19(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_18(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_20(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_19(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_21(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_20(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_22(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_21(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_23(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_22(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_24(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_23(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_25(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_24(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_26(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_25(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_27(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_26(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_28(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_27(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_29(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_28(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_30(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_29(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_31(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_30(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_32(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_31(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_33(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_32(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_34(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_33(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_35(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_34(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_36(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_35(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_37(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_36(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_38(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_37(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_39(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_38(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_40(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_39(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_41(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_40(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_42(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_41(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_43(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_42(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_44(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_43(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_45(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_44(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_46(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_45(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_47(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_46(m, t, __VA_ARGS__)
#define GTEST_DATA_INTERNAL_FE_48(m, t, x, ...) m(t, x), GTEST_DATA_INTERNAL_FE_47(m, t, __VA_ARGS__)
// clang-format on

#endif  // GTEST_DATA_INTERNAL_FOR_EACH_H_
