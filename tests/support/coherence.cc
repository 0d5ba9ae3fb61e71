// Copyright 2026 The gtest_data Authors.

#include "coherence.h"

#include <cmath>
#include <regex>
#include <string_view>
#include <vector>

#include "text.h"  // src/fake: the ASCII fold the e-mail rule names

namespace gtest_data {
namespace testing_support {
namespace {

std::string Fold(std::string_view text) {
  std::string out;
  fake::internal::AppendAsciiFold(text, &out);
  return out;
}

// Every romanization the locale's tables give `name` in `sections`: the
// row's latin column where the table has one, else the name itself.
std::vector<std::string> Romanizations(const fake::Locale& locale, std::string_view name,
                                       std::initializer_list<const char*> sections) {
  std::vector<std::string> out;
  for (const char* section : sections) {
    const fake::Table* table = locale.Lookup(section);
    if (table == nullptr) continue;
    for (size_t row = 0; row < table->size(); ++row) {
      if (table->Cell(row, 0) != name) continue;
      const std::optional<size_t> latin = table->latin_column();
      out.push_back(Fold(latin ? table->Cell(row, *latin) : name));
    }
  }
  if (out.empty()) out.push_back(Fold(name));
  return out;
}

bool Contains(std::string_view text, std::string_view part) {
  return !part.empty() && text.find(part) != std::string_view::npos;
}

std::string PatternRegex(std::string_view pattern) {
  // The data files' pattern syntax: # digit, % 1-9, ? A-Z, [..] a class,
  // \X a literal.
  std::string re;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '#') {
      re += "[0-9]";
    } else if (c == '%') {
      re += "[1-9]";
    } else if (c == '?') {
      re += "[A-Z]";
    } else if (c == '[') {
      const size_t close = pattern.find(']', i);
      re += std::string(pattern.substr(i, close - i + 1));
      i = close;
    } else if (c == '\\') {
      re += "\\";
      re += pattern[++i];
    } else if (std::string_view("^$.|()*+{}").find(c) != std::string_view::npos) {
      re += "\\";
      re += c;
    } else {
      re += c;
    }
  }
  return re;
}

double DistanceMetres(double lat1, double lon1, double lat2, double lon2) {
  const double kRadius = 6371008.8;
  const double to_radians = 3.14159265358979323846 / 180;
  const double dlat = (lat2 - lat1) * to_radians;
  const double dlon = (lon2 - lon1) * to_radians;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * to_radians) * std::cos(lat2 * to_radians) *
                       std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kRadius * std::asin(std::sqrt(h));
}

}  // namespace

std::string PersonDisagreement(const fake::Locale& locale, const PersonFields& p) {
  const std::string who = "person {" + p.first_name + " | " + p.last_name + " | " + p.full_name +
                          " | " + p.email + " | " + p.username + "}";
  if (p.first_name.empty() || p.last_name.empty()) return who + ": an empty name";
  if (!p.full_name.empty() && (!Contains(p.full_name, p.first_name) ||
                               !Contains(p.full_name, p.last_name))) {
    return who + ": the full name lacks the first or last name";
  }
  const std::vector<std::string> firsts = Romanizations(
      locale, p.first_name, {"person.first_name.male", "person.first_name.female"});
  // Two surnames ("Soto Sanz", "Zimmermann-Dietrich"): the e-mail may use
  // either alone, or both.
  std::vector<std::string> lasts = Romanizations(
      locale, p.last_name, {"person.last_name", "person.last_name.male", "person.last_name.female"});
  {
    std::string part;
    std::vector<std::string> parts;
    for (const char c : p.last_name + " ") {
      if (c == ' ' || c == '-') {
        if (!part.empty() && part != p.last_name) parts.push_back(part);
        part.clear();
      } else {
        part += c;
      }
    }
    for (const std::string& one : parts) {
      for (std::string& r : Romanizations(locale, one, {"person.last_name",
                                                        "person.last_name.male",
                                                        "person.last_name.female"})) {
        lasts.push_back(std::move(r));
      }
    }
  }
  if (!p.email.empty()) {
    const size_t at = p.email.find('@');
    if (at == std::string::npos || at == 0) return who + ": the e-mail has no local part";
    const std::string_view local = std::string_view(p.email).substr(0, at);
    bool ok = false;
    for (const std::string& first : firsts) {
      for (const std::string& last : lasts) {
        // Every local-part pattern holds the last name whole, and the first
        // name whole or its initial first.
        const std::string_view f = first.empty() ? std::string_view("user") : first;
        const std::string_view l = last.empty() ? std::string_view("mail") : last;
        ok = ok || (Contains(local, l) && (Contains(local, f) || local.front() == f.front()));
      }
    }
    if (!ok) return who + ": the e-mail is not made from this person's name";
  }
  if (!p.username.empty()) {
    bool ok = false;
    for (const std::string& first : firsts) {
      for (const std::string& last : lasts) {
        const std::string f = first.empty() ? "user" : first;
        const std::string l = last.empty() ? "name" : last;
        // first.last, first_last, f + last or first, then digits (a
        // unique column's index replaces them), the whole cut at 30.
        std::string stem = p.username;
        while (!stem.empty() && stem.back() >= '0' && stem.back() <= '9') stem.pop_back();
        for (const std::string& form : {f + "." + l, f + "_" + l, f.substr(0, 1) + l, f}) {
          ok = ok || stem == form ||
               (p.username.size() >= 29 && form.compare(0, stem.size(), stem) == 0);
        }
      }
    }
    if (!ok) return who + ": the user name is not made from this person's name";
  }
  return "";
}

std::string AddressDisagreement(const fake::Locale& locale, const AddressFields& a) {
  const std::string what = "address {" + a.city + " | " + a.region + " | " + a.region_code +
                           " | " + a.postal_code + " | " + a.latitude + "," + a.longitude + "}";
  const fake::Table* cities = locale.Lookup("address.city");
  const fake::Table* regions = locale.Lookup("address.region");
  if (cities == nullptr) return what + ": the locale has no city table";
  for (size_t row = 0; row < cities->size(); ++row) {
    if (cities->Cell(row, 0) != a.city) continue;
    const std::string_view code = cities->Cell(row, 1);
    if (!a.region_code.empty() && a.region_code != code) continue;
    if (!a.region.empty()) {
      bool named = false;
      for (size_t r = 0; regions != nullptr && r < regions->size(); ++r) {
        named = named || (regions->Cell(r, 0) == code && regions->Cell(r, 1) == a.region);
      }
      if (!named) continue;
    }
    if (!std::regex_match(a.postal_code, std::regex(PatternRegex(cities->Cell(row, 2))))) {
      continue;
    }
    if (!a.latitude.empty()) {
      const double d = DistanceMetres(std::stod(std::string(cities->Cell(row, 3))),
                                      std::stod(std::string(cities->Cell(row, 4))),
                                      std::stod(a.latitude), std::stod(a.longitude));
      if (d > 3100) continue;
    }
    return "";
  }
  return what + ": no city of the locale has this region, postal code and location";
}

std::string CompanyDisagreement(const std::string& name, const std::string& domain) {
  const std::string what = "company {" + name + " | " + domain + "}";
  const std::string suffix = ".test";
  if (domain.size() <= suffix.size() ||
      domain.compare(domain.size() - suffix.size(), suffix.size(), suffix) != 0) {
    return what + ": the domain is not under .test";
  }
  const std::string label = domain.substr(0, domain.size() - suffix.size());
  // The name's words, folded, in order.
  std::string expected;
  std::string word;
  auto flush = [&] {
    const std::string folded = Fold(word);
    word.clear();
    if (folded.empty()) return;
    if (!expected.empty()) expected += '-';
    expected += folded;
  };
  for (const char ch : name) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c < 0x80 && !std::isalnum(c)) {
      flush();
    } else {
      word += ch;
    }
  }
  flush();
  if (expected.size() >= 2) {
    if (label != expected.substr(0, 63) && label.find(expected.substr(0, 20)) != 0) {
      return what + ": the domain is not the name's words (expected " + expected + ")";
    }
    return "";
  }
  // No Latin letters in the name: a domain word with a number.
  if (label.empty()) return what + ": an empty domain";
  return "";
}

}  // namespace testing_support
}  // namespace gtest_data
