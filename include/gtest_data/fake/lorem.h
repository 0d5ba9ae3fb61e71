// Copyright 2026 The gtest_data Authors.
//
// Placeholder text: words, sentences and paragraphs in the locale's language
// where it has a word list (Latin lorem ipsum where it declares that
// fallback), joined by the locale's conventions (no spaces and "。" in
// Japanese and Chinese).
//
//   using namespace gtest_data::fake;
//   std::string s = Sentence(*Locale::Find("ru_RU"), rng, 4, 9);
//
// Determinism: a pure function of (locale data, Rng state); seed-stable
// across platforms within a data version. Thread-compatible.

#ifndef GTEST_DATA_FAKE_LOREM_H_
#define GTEST_DATA_FAKE_LOREM_H_

#include <string>
#include <vector>

#include "gtest_data/fake/locale.h"
#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace fake {

// One word of the locale's word list.
std::string Word(const Locale& locale, Rng& rng);

// `count` words.
std::vector<std::string> Words(const Locale& locale, Rng& rng, int count);

// A sentence of min_words..max_words words: the first capitalised (where the
// script has case), joined by the locale's separator, ended by its full
// stop. Requires 1 <= min_words <= max_words.
std::string Sentence(const Locale& locale, Rng& rng, int min_words = 4,
                     int max_words = 12);

// A paragraph of min_sentences..max_sentences sentences.
std::string Paragraph(const Locale& locale, Rng& rng, int min_sentences = 3,
                      int max_sentences = 6);

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_LOREM_H_
