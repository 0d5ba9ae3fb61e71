// Copyright 2026 The gtest_data Authors.
//
// Compiles the locale files into the library: each is a C++ raw string
// literal wrapped around the data (see data/README.md), so no file is read at
// run time and the build needs no generator step.

#include "locale_data.h"

namespace gtest_data {
namespace fake {
namespace internal {
namespace {

#define GTEST_DATA_FAKE_LOCALE_FILE_(id) "data/locales/" #id ".locale"

constexpr char kLa[] =
#include "data/locales/la.locale"
    ;
constexpr char kEnUs[] =
#include "data/locales/en_US.locale"
    ;
constexpr char kEnGb[] =
#include "data/locales/en_GB.locale"
    ;
constexpr char kDeDe[] =
#include "data/locales/de_DE.locale"
    ;
constexpr char kFrFr[] =
#include "data/locales/fr_FR.locale"
    ;
constexpr char kEsEs[] =
#include "data/locales/es_ES.locale"
    ;
constexpr char kItIt[] =
#include "data/locales/it_IT.locale"
    ;
constexpr char kPtBr[] =
#include "data/locales/pt_BR.locale"
    ;
constexpr char kNlNl[] =
#include "data/locales/nl_NL.locale"
    ;
constexpr char kPlPl[] =
#include "data/locales/pl_PL.locale"
    ;
constexpr char kJaJp[] =
#include "data/locales/ja_JP.locale"
    ;
constexpr char kZhCn[] =
#include "data/locales/zh_CN.locale"
    ;
constexpr char kRuRu[] =
#include "data/locales/ru_RU.locale"
    ;

}  // namespace

const std::vector<EmbeddedLocale>& EmbeddedLocales() {
  static const std::vector<EmbeddedLocale>* const files =
      new std::vector<EmbeddedLocale>{
          {GTEST_DATA_FAKE_LOCALE_FILE_(la), kLa},
          {GTEST_DATA_FAKE_LOCALE_FILE_(en_US), kEnUs},
          {GTEST_DATA_FAKE_LOCALE_FILE_(en_GB), kEnGb},
          {GTEST_DATA_FAKE_LOCALE_FILE_(de_DE), kDeDe},
          {GTEST_DATA_FAKE_LOCALE_FILE_(fr_FR), kFrFr},
          {GTEST_DATA_FAKE_LOCALE_FILE_(es_ES), kEsEs},
          {GTEST_DATA_FAKE_LOCALE_FILE_(it_IT), kItIt},
          {GTEST_DATA_FAKE_LOCALE_FILE_(pt_BR), kPtBr},
          {GTEST_DATA_FAKE_LOCALE_FILE_(nl_NL), kNlNl},
          {GTEST_DATA_FAKE_LOCALE_FILE_(pl_PL), kPlPl},
          {GTEST_DATA_FAKE_LOCALE_FILE_(ja_JP), kJaJp},
          {GTEST_DATA_FAKE_LOCALE_FILE_(zh_CN), kZhCn},
          {GTEST_DATA_FAKE_LOCALE_FILE_(ru_RU), kRuRu},
      };
  return *files;
}

}  // namespace internal
}  // namespace fake
}  // namespace gtest_data
