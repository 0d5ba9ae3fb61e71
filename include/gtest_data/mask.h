// Copyright 2026 The gtest_data Authors.
//
// Everything of the `mask` module so far: masking keys (MaskKey, HKDF
// derivation, HMAC-SHA-256 tokens), FF1 format-preserving encryption, keyed
// permutations of small domains, and the built-in transformers.
// Link gtest_data::mask (OpenSSL's libcrypto).

#ifndef GTEST_DATA_MASK_H_
#define GTEST_DATA_MASK_H_

#include "gtest_data/mask/ff1.h"  // IWYU pragma: export
#include "gtest_data/mask/key.h"  // IWYU pragma: export
#include "gtest_data/mask/keyed_permutation.h"  // IWYU pragma: export
#include "gtest_data/mask/policy.h"  // IWYU pragma: export
#include "gtest_data/mask/transformer.h"  // IWYU pragma: export

#endif  // GTEST_DATA_MASK_H_
