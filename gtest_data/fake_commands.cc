// Copyright 2026 The gtest_data Authors.
//
// gtest-data generate and gtest-data locales.

#include <algorithm>
#include <charconv>
#include <cstring>
#include <cstdio>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "commands.h"
#include "gtest_data/fake/fields.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/internal/json_escape.h"
#include "gtest_data/random/run_seed.h"

namespace gtest_data {
namespace program {
namespace {

enum class Format { kJsonLines, kCsv, kJson };

// RFC 4180: quote a field holding a comma, quote or line break; double the
// quotes inside.
void AppendCsvField(std::string_view value, std::string* out) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(value);
    return;
  }
  out->push_back('"');
  for (char c : value) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

// Reads "--name=value" or "--name value"; returns true if args[*i] is the
// flag, advancing *i past its value.
bool TakeFlag(const Args& args, size_t* i, std::string_view name,
              std::optional<std::string>* value, std::string* error) {
  const std::string_view arg = args[*i];
  const std::string prefix = "--" + std::string(name);
  if (arg == prefix) {
    if (*i + 1 >= args.size()) {
      *error = prefix + " needs a value";
      return true;
    }
    *value = std::string(args[++*i]);
    return true;
  }
  if (arg.substr(0, prefix.size() + 1) == prefix + "=") {
    *value = std::string(arg.substr(prefix.size() + 1));
    return true;
  }
  return false;
}

std::string LocaleList() {
  std::string list;
  for (std::string_view id : fake::Locale::CountryLocaleIds()) {
    if (!list.empty()) list += " ";
    list += id;
  }
  return list;
}

int ListFields(std::ostream& out) {
  for (const fake::Field& field : fake::Fields()) {
    out << std::left << std::setw(28) << field.name << " " << field.description;
    if (!field.group.empty()) out << " [" << field.group << "]";
    out << "\n";
  }
  return 0;
}

// What the command line of `generate` asked for.
struct GenerateArgs {
  std::optional<std::string> seed_text, locale_id, count_text, format_text;
  std::vector<const fake::Field*> fields;
};

// Reads the flags and fields into *generate; returns the exit status of a
// usage error or of --list (which lists the fields at once), or nullopt.
std::optional<int> ParseGenerateArgs(const Args& args, GenerateArgs* generate,
                                     std::ostream& out) {
  std::vector<const fake::Field*>& fields = generate->fields;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string error;
    if (args[i] == "--list") return ListFields(out);
    if (TakeFlag(args, &i, "seed", &generate->seed_text, &error) ||
        TakeFlag(args, &i, "locale", &generate->locale_id, &error) ||
        TakeFlag(args, &i, "count", &generate->count_text, &error) ||
        TakeFlag(args, &i, "format", &generate->format_text, &error)) {
      if (!error.empty()) return UsageError("generate: " + error);
      continue;
    }
    if (args[i].substr(0, 1) == "-") {
      return UsageError("generate: unknown flag '" + std::string(args[i]) +
                        "'; expected --seed, --locale, --count, --format or --list");
    }
    const fake::Field* field = fake::FindField(args[i]);
    if (field == nullptr) {
      return UsageError("generate: unknown field '" + std::string(args[i]) +
                        "'; 'gtest-data generate --list' lists the fields");
    }
    for (const fake::Field* seen : fields) {
      if (seen == field) {
        return UsageError("generate: field '" + std::string(args[i]) +
                          "' is named twice; each column is one field");
      }
    }
    fields.push_back(field);
  }
  if (fields.empty()) {
    return UsageError("generate: name at least one FIELD, e.g. person.full_name "
                      "internet.email; 'gtest-data generate --list' lists them");
  }
  return std::nullopt;
}

// --count (default 10); returns the exit status of a usage error, or
// nullopt.
std::optional<int> ParseCount(const std::optional<std::string>& count_text, uint64_t* count) {
  *count = 10;
  if (count_text) {
    const auto r = std::from_chars(count_text->data(),
                                   count_text->data() + count_text->size(), *count);
    if (count_text->empty() || r.ec != std::errc() ||
        r.ptr != count_text->data() + count_text->size()) {
      return UsageError("generate: --count: expected a non-negative integer, got '" +
                        *count_text + "'");
    }
  }
  return std::nullopt;
}

// --format (default jsonl); returns the exit status of a usage error, or
// nullopt.
std::optional<int> ParseFormat(const std::optional<std::string>& format_text, Format* format) {
  *format = Format::kJsonLines;
  if (format_text) {
    if (*format_text == "jsonl") {
      *format = Format::kJsonLines;
    } else if (*format_text == "csv") {
      *format = Format::kCsv;
    } else if (*format_text == "json") {
      *format = Format::kJson;
    } else {
      return UsageError("generate: --format: unknown format '" + *format_text +
                        "'; expected jsonl, csv or json");
    }
  }
  return std::nullopt;
}

// Writes `count` records of `fields` in `format`, through a 64 KiB buffer.
int WriteRecords(const std::vector<const fake::Field*>& fields, uint64_t seed,
                 const fake::Locale* locale, uint64_t count, Format format, std::ostream& out) {
  const fake::FieldContext context{locale, fake::kDefaultReferenceNow};
  // Line i is record RecordSeed(seed, i); each column is its field there,
  // resolved once (the one route of fake/fields.h).
  std::vector<fake::RecordField> columns;
  columns.reserve(fields.size());
  for (const fake::Field* field : fields) columns.emplace_back(*field);
  std::string buffer;
  std::string value;
  const auto flush = [&](bool force) {
    if (force || buffer.size() > (1 << 16)) {
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
    }
  };
  if (format == Format::kCsv) {
    for (size_t f = 0; f < fields.size(); ++f) {
      if (f > 0) buffer.push_back(',');
      AppendCsvField(fields[f]->name, &buffer);
    }
    buffer.append("\r\n");
  } else if (format == Format::kJson) {
    buffer.push_back('[');
  }
  if (format != Format::kCsv) {
    // JSON: each member's key, quoted once, with what comes before it; the
    // values are escaped straight into the buffer.
    std::vector<std::string> keys(fields.size());
    for (size_t f = 0; f < fields.size(); ++f) {
      keys[f] = f == 0 ? "{" : ",";
      internal::AppendJsonString(fields[f]->name, &keys[f]);
      keys[f].push_back(':');
    }
    size_t used = buffer.size();
    const auto room = [&](size_t bytes) {
      if (buffer.size() < used + bytes) buffer.resize(std::max(2 * buffer.size(), used + bytes));
    };
    for (uint64_t i = 0; i < count; ++i) {
      const uint64_t record = fake::RecordSeed(seed, i);
      if (format == Format::kJson) {
        room(2);
        if (i > 0) buffer[used++] = ',';
        buffer[used++] = '\n';
      }
      for (size_t f = 0; f < fields.size(); ++f) {
        value.clear();
        fake::AppendFieldValue(columns[f], context, record, &value);
        room(keys[f].size() + internal::MaxJsonStringSize(value.size()) + 2);
        std::memcpy(&buffer[used], keys[f].data(), keys[f].size());
        char* const begin = &buffer[0];
        used = static_cast<size_t>(
            internal::WriteJsonString(value, begin + used + keys[f].size()) - begin);
      }
      room(2);
      buffer[used++] = '}';
      if (format == Format::kJsonLines) buffer[used++] = '\n';
      if (used > (1 << 16)) {
        out.write(buffer.data(), static_cast<std::streamsize>(used));
        used = 0;
      }
    }
    buffer.resize(used);
    if (format == Format::kJson) buffer.append(count == 0 ? "]\n" : "\n]\n");
    flush(true);
    return out.good() ? 0 : 1;
  }
  for (uint64_t i = 0; i < count; ++i) {  // CSV
    const uint64_t record = fake::RecordSeed(seed, i);
    for (size_t f = 0; f < fields.size(); ++f) {
      value.clear();
      fake::AppendFieldValue(columns[f], context, record, &value);
      if (f > 0) buffer.push_back(',');
      AppendCsvField(value, &buffer);
    }
    buffer.append("\r\n");
    flush(false);
  }
  flush(true);
  return out.good() ? 0 : 1;
}

}  // namespace

int RunGenerate(const Args& args, std::ostream& out) {
  GenerateArgs generate;
  if (std::optional<int> done = ParseGenerateArgs(args, &generate, out)) return *done;
  const std::optional<std::string>& seed_text = generate.seed_text;
  const std::optional<std::string>& locale_id = generate.locale_id;

  std::string error;
  const std::optional<SeedChoice> seed =
      ResolveRunSeed(seed_text ? seed_text->c_str() : nullptr,
                     std::getenv(kSeedEnvironmentVariable), &error);
  if (!seed) return UsageError(seed_text ? "generate: --seed: " + error : "generate: " + error);
  if (seed->source == SeedSource::kRandom) std::cerr << DescribeSeedChoice(*seed) << "\n";

  const fake::Locale* locale = fake::Locale::Find(locale_id ? *locale_id : "en_US");
  if (locale == nullptr || locale->country().empty()) {
    return UsageError("generate: unknown locale '" + *locale_id + "'; expected one of " +
                      LocaleList());
  }
  for (const fake::Field* field : generate.fields) {
    if (!fake::FieldSupports(*field, *locale)) {
      return UsageError("generate: field '" + std::string(field->name) +
                        "' has no generator for locale " + std::string(locale->id()));
    }
  }
  uint64_t count = 0;
  if (std::optional<int> usage = ParseCount(generate.count_text, &count)) return *usage;
  Format format = Format::kJsonLines;
  if (std::optional<int> usage = ParseFormat(generate.format_text, &format)) return *usage;
  return WriteRecords(generate.fields, seed->seed, locale, count, format, out);
}

int RunLocales(const Args& args, std::ostream& out) {
  if (!args.empty()) {
    return UsageError("locales takes no arguments, got '" + std::string(args.front()) + "'");
  }
  const std::vector<std::string_view> ids = fake::Locale::CountryLocaleIds();
  out << "Locales:\n";
  for (std::string_view id : ids) {
    const fake::Locale& locale = *fake::Locale::Find(id);
    out << "  " << std::left << std::setw(7) << id << " " << locale.name() << " — "
        << locale.Directive("native_name") << " (" << locale.Directive("script") << ")\n";
  }
  out << "\nCoverage (own = the locale's table, ->X = declared fallback to locale X, "
         "alias = another section of the locale, absent = declared not part of the "
         "culture, - = not provided):\n";
  out << std::left << std::setw(34) << "section";
  for (std::string_view id : ids) out << " " << std::setw(7) << id;
  out << "\n";
  std::vector<std::string> aliases;
  std::vector<std::string_view> sections = fake::Locale::RequiredSections();
  sections.insert(sections.begin() + 3, {"person.last_name.male", "person.last_name.female"});
  for (std::string_view section : sections) {
    out << std::setw(34) << section;
    for (std::string_view id : ids) {
      std::string detail;
      const fake::Coverage coverage = fake::Locale::Find(id)->CoverageOf(section, &detail);
      std::string cell = fake::CoverageName(coverage);
      if (coverage == fake::Coverage::kFallback) {
        if (detail.find('.') == std::string::npos) {
          cell = "->" + detail;
        } else {
          cell = "alias";
          aliases.push_back(std::string(id) + ": " + std::string(section) + " = " + detail);
        }
      }
      if (coverage == fake::Coverage::kMissing) cell = "-";
      out << " " << std::setw(7) << cell;
    }
    out << "\n";
  }
  if (!aliases.empty()) {
    out << "\nAliases (a section served by another of the same locale):\n";
    for (const std::string& alias : aliases) out << "  " << alias << "\n";
  }
  return 0;
}

}  // namespace program
}  // namespace gtest_data
