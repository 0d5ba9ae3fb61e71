// A header that breaks both rules, for the lint's own test.
#ifndef BAD_H_
#define BAD_H_
#define GTEST_DATA_TOO_LONG(x) \
  a                            \
  b                            \
  c                            \
  d                            \
  e
#define GTEST_DATA_INTERNAL_LONG_IS_FINE_(x) \
  a \
  b \
  c \
  d \
  e \
  f
#define GTEST_DATA_SHORT(x) x
::testing::internal::ParamGenerator<int> Values();
#endif
