// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/lorem.h"

#include "expand.h"
#include "gtest_data/internal/check.h"
#include "gtest_data/random/distributions.h"
#include "sections.h"
#include "text.h"

namespace gtest_data {
namespace fake {

std::string Word(const Locale& locale, Rng& rng) {
  return std::string(internal::RequireSection(locale, internal::kLoremWord).Draw(rng));
}

std::vector<std::string> Words(const Locale& locale, Rng& rng, int count) {
  std::vector<std::string> words;
  words.reserve(count > 0 ? static_cast<size_t>(count) : 0);
  for (int i = 0; i < count; ++i) words.push_back(Word(locale, rng));
  return words;
}

std::string Sentence(const Locale& locale, Rng& rng, int min_words, int max_words) {
  GTEST_DATA_INTERNAL_CHECK_(1 <= min_words && min_words <= max_words,
                             "Sentence needs 1 <= min_words <= max_words");
  const Table& words = internal::RequireSection(locale, internal::kLoremWord);
  const bool spaced = locale.spaced_words();
  const int64_t count = UniformInt(rng, min_words, max_words);
  std::string sentence;
  for (int64_t i = 0; i < count; ++i) {
    if (i > 0 && spaced) sentence.push_back(' ');
    sentence.append(words.Draw(rng));
  }
  sentence.append(locale.sentence_end());
  return internal::CapitalizeFirst(sentence);
}

std::string Paragraph(const Locale& locale, Rng& rng, int min_sentences,
                      int max_sentences) {
  GTEST_DATA_INTERNAL_CHECK_(1 <= min_sentences && min_sentences <= max_sentences,
                             "Paragraph needs 1 <= min_sentences <= max_sentences");
  const bool spaced = locale.spaced_words();
  const int64_t count = UniformInt(rng, min_sentences, max_sentences);
  std::string paragraph;
  for (int64_t i = 0; i < count; ++i) {
    if (i > 0 && spaced) paragraph.push_back(' ');
    paragraph.append(Sentence(locale, rng));
  }
  return paragraph;
}

}  // namespace fake
}  // namespace gtest_data
