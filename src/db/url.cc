// Copyright 2026 The gtest_data Authors.

#include "gtest_data/db/url.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "absl/status/status.h"

namespace gtest_data {
namespace db {
namespace {

constexpr char kForms[] =
    "sqlite::memory:, sqlite:PATH, postgresql://USER@HOST:PORT/DB or "
    "\"host=H port=P user=U dbname=D\"";

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool IsAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Whether a text that did not parse may be echoed: not when it could hold a
// password (a "password" keyword, or user information before a host).
bool SafeToEcho(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (lower.find("password") != std::string::npos) return false;
  if (lower.find("pass") != std::string::npos) return false;
  // "ann:S3cret@db/shop", "postgresql:/ann:S3cret@h/db": user information
  // before an '@', whatever came before it.
  return lower.find('@') == std::string::npos;
}

// libpq's connection keywords (libpq-connect.html, 34.1.2) whose values are
// no secret. A value of any other keyword is redacted: "password" and
// "sslpassword" are secrets, and so may be an unknown word, which is most
// likely the tail of a password with an unquoted space ("password=ab cd=ef").
bool HarmlessKeyword(std::string_view key) {
  static constexpr std::string_view kHarmless[] = {
      "host", "hostaddr", "port", "dbname", "user", "passfile", "channel_binding",
      "connect_timeout", "client_encoding", "options", "application_name",
      "fallback_application_name", "keepalives", "keepalives_idle", "keepalives_interval",
      "keepalives_count", "tcp_user_timeout", "replication", "gssencmode", "sslmode",
      "requiressl", "sslcompression", "sslcert", "sslkey", "sslrootcert", "sslcrl", "sslcrldir",
      "sslsni", "requirepeer", "ssl_min_protocol_version", "ssl_max_protocol_version",
      "krbsrvname", "gsslib", "gssdelegation", "service", "target_session_attrs",
      "load_balance_hosts", "require_auth", "sslcertmode", "sslnegotiation"};
  return std::find(std::begin(kHarmless), std::end(kHarmless), key) != std::end(kHarmless);
}

// The keywords whose values are passwords.
bool SecretKeyword(std::string_view key) { return key == "password" || key == "sslpassword"; }

// An unknown keyword that is shown in messages (its value is not): lower
// case, no "pass" in it. libpq names it in its error, and a misspelt
// "dbanme" is worth seeing. Others ("PASSWORD", "Password", "passwd") may
// be a secret's name misspelt and are not shown.
bool PlainKeyword(std::string_view key) {
  return !key.empty() && key.find("pass") == std::string_view::npos &&
         std::all_of(key.begin(), key.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
         });
}

// A keyword as libpq spells them: letters, digits and '_', not starting with
// a digit.
bool IsKeyword(std::string_view key) {
  if (key.empty() || (key[0] >= '0' && key[0] <= '9')) return false;
  return std::all_of(key.begin(), key.end(), [](char c) { return IsAlnum(c) || c == '_'; });
}

absl::Status Invalid(std::string_view what) {
  return absl::InvalidArgumentError("database URL: " + std::string(what) + "; expected " +
                                    kForms);
}

// A span of the text that holds a password, and the password it means.
struct Secret {
  size_t begin = 0;
  size_t end = 0;
  std::string value;  // decoded
  std::string word;   // an unknown keyword, shown by nothing either
  bool password = true;  // false: an unknown keyword's value
};

// Percent-decodes `text`; false when an escape is malformed.
bool PercentDecode(std::string_view text, std::string* out) {
  out->clear();
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out->push_back(text[i]);
      continue;
    }
    if (i + 2 >= text.size()) return false;
    const int hi = HexValue(text[i + 1]);
    const int lo = HexValue(text[i + 2]);
    if (hi < 0 || lo < 0) return false;
    out->push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return true;
}

absl::Status ParseUri(std::string_view text, size_t start, std::vector<Secret>* secrets) {
  // libpq reads the user information up to the first '@' (or '/'), so a
  // second '@' there, or an '@' after the host part, means a user name or
  // password that holds '@', '/' or '?' unescaped: libpq would take part of
  // the password for the host or the database and print it.
  const size_t authority_end = std::min(text.find_first_of("/?", start), text.size());
  const std::string_view authority = text.substr(start, authority_end - start);
  const size_t at = authority.find('@');
  if (at != std::string_view::npos && authority.find('@', at + 1) != std::string_view::npos) {
    return Invalid(
        "'@' appears twice before the host; write an '@' in the user name or password as %40");
  }
  if (text.find('@', authority_end) != std::string_view::npos) {
    return Invalid(
        "'@' after the host part; write a '/', '?' or '@' in the user name or password as "
        "%2F, %3F or %40");
  }
  std::string decoded;
  if (!PercentDecode(text.substr(start), &decoded)) {
    return Invalid("a '%' that is not followed by two hex digits");
  }
  if (at != std::string_view::npos) {
    const std::string_view userinfo = authority.substr(0, at);
    const size_t colon = userinfo.find(':');
    if (colon != std::string_view::npos && colon + 1 < userinfo.size()) {
      Secret s;
      s.begin = start + colon + 1;
      s.end = start + at;
      PercentDecode(text.substr(s.begin, s.end - s.begin), &s.value);
      secrets->push_back(std::move(s));
    }
  }
  // password=... among the query parameters.
  const size_t query = text.find('?', authority_end);
  if (query != std::string_view::npos) {
    size_t p = query + 1;
    while (p <= text.size()) {
      size_t amp = text.find('&', p);
      if (amp == std::string_view::npos) amp = text.size();
      const std::string_view param = text.substr(p, amp - p);
      const size_t eq = param.find('=');
      std::string key;
      const bool decoded_key =
          eq != std::string_view::npos && PercentDecode(param.substr(0, eq), &key);
      if (!param.empty() && !(decoded_key && HarmlessKeyword(key))) {
        // A password: its value is not shown. A parameter libpq does not
        // know (a misspelt "Password", say): neither is its name.
        Secret s;
        const bool named = decoded_key && (SecretKeyword(key) || PlainKeyword(key));
        s.begin = named ? p + eq + 1 : p;
        s.end = amp;
        if (!named) s.word = decoded_key ? key : std::string(param);
        s.password = decoded_key && SecretKeyword(key);
        PercentDecode(text.substr(s.begin, s.end - s.begin), &s.value);
        if (s.end > s.begin) secrets->push_back(std::move(s));
      }
      p = amp + 1;
    }
  }
  return absl::OkStatus();
}

absl::Status ParseKeyValue(std::string_view text, std::vector<Secret>* secrets) {
  // libpq's grammar: keyword = value, separated by white space; a value is
  // single-quoted (backslash escapes) or runs to the next white space
  // (backslash escapes too). Positions, not keywords, are named in errors:
  // after a password with an unquoted space, the "keyword" is its tail.
  size_t p = 0;
  const size_t n = text.size();
  while (true) {
    while (p < n && IsSpace(text[p])) ++p;
    if (p == n) break;
    const size_t key_start = p;
    while (p < n && !IsSpace(text[p]) && text[p] != '=') ++p;
    const std::string_view key = text.substr(key_start, p - key_start);
    while (p < n && IsSpace(text[p])) ++p;
    if (key.empty() || p == n || text[p] != '=') {
      return Invalid("a key=value connection string with no '=' after the word at character " +
                     std::to_string(key_start + 1));
    }
    if (!IsKeyword(key)) {
      // "jdbc:postgresql://h/db?user=u&password=...", "mysql://root:...@h":
      // not libpq's text, and libpq would print it back.
      return Invalid("the keyword at character " + std::to_string(key_start + 1) +
                     " is not a word of letters, digits and '_' (a URL of another kind?)");
    }
    ++p;
    while (p < n && IsSpace(text[p])) ++p;
    Secret s;
    s.begin = p;
    if (p < n && text[p] == '\'') {
      ++p;
      bool closed = false;
      while (p < n) {
        if (text[p] == '\\' && p + 1 < n) {
          s.value.push_back(text[p + 1]);
          p += 2;
        } else if (text[p] == '\'') {
          closed = true;
          ++p;
          break;
        } else {
          s.value.push_back(text[p++]);
        }
      }
      if (!closed) {
        return Invalid("a key=value connection string whose value quoted at character " +
                       std::to_string(s.begin + 1) + " has no closing quote");
      }
    } else {
      while (p < n && !IsSpace(text[p])) {
        if (text[p] == '\\' && p + 1 < n) ++p;
        s.value.push_back(text[p++]);
      }
    }
    s.end = p;
    if (HarmlessKeyword(key) || s.value.empty()) continue;
    s.password = SecretKeyword(key);
    if (!SecretKeyword(key) && !PlainKeyword(key)) {
      // "PASSWORD", "Password": a secret misspelt, not shown either.
      s.begin = key_start;
      s.word = std::string(key);
    }
    secrets->push_back(std::move(s));
  }
  return absl::OkStatus();
}

}  // namespace

const char* DatabaseUrlForms() { return kForms; }

absl::StatusOr<DatabaseUrl> DatabaseUrl::Parse(std::string_view text) {
  DatabaseUrl url;
  url.text_ = std::string(text);
  if (text == "sqlite::memory:") {
    url.engine_ = Engine::kSqlite;
    url.in_memory_ = true;
    url.redacted_ = url.text_;
    return url;
  }
  if (text.rfind("sqlite:", 0) == 0) {
    if (text.size() == 7) {
      return Invalid("\"sqlite:\" names no file");
    }
    url.engine_ = Engine::kSqlite;
    url.sqlite_path_ = std::string(text.substr(7));
    url.redacted_ = url.text_;
    return url;
  }
  std::vector<Secret> secrets;
  if (text.rfind("postgresql://", 0) == 0 || text.rfind("postgres://", 0) == 0) {
    absl::Status parsed = ParseUri(text, text.find("://") + 3, &secrets);
    if (!parsed.ok()) return parsed;
  } else if (text.find('=') != std::string_view::npos) {
    absl::Status parsed = ParseKeyValue(text, &secrets);
    if (!parsed.ok()) return parsed;
  } else {
    const std::string shown = SafeToEcho(text)
                                  ? "\"" + std::string(text) + "\""
                                  : "the text given (not shown: it may hold a password)";
    return absl::InvalidArgumentError(shown + " is not a database URL; expected " + kForms);
  }
  url.engine_ = Engine::kPostgresql;
  // The redacted text: each secret's span replaced, from the back.
  std::sort(secrets.begin(), secrets.end(),
            [](const Secret& a, const Secret& b) { return a.begin > b.begin; });
  url.redacted_ = url.text_;
  for (const Secret& s : secrets) {
    url.redacted_.replace(s.begin, s.end - s.begin, "***");
    // An unknown keyword's value is redacted in the URL, but one of one or
    // two characters ("bogus=1") is no password worth scrubbing from every
    // message ("127.0.0.1").
    for (std::string piece : {std::string(text.substr(s.begin, s.end - s.begin)), s.value, s.word}) {
      if (s.password || piece.size() >= 3) url.passwords_.push_back(std::move(piece));
    }
  }
  // Longest first, so a password that contains another is removed whole.
  std::sort(url.passwords_.begin(), url.passwords_.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  url.passwords_.erase(std::unique(url.passwords_.begin(), url.passwords_.end()),
                       url.passwords_.end());
  url.passwords_.erase(std::remove(url.passwords_.begin(), url.passwords_.end(), std::string()),
                       url.passwords_.end());
  return url;
}

const char* DatabaseUrl::engine_name() const {
  return engine_ == Engine::kSqlite ? "sqlite" : "postgresql";
}

std::string DatabaseUrl::Scrub(std::string_view message) const {
  std::string out(message);
  for (const std::string& secret : passwords_) {
    // A password of one or two characters is removed only where it stands
    // as a word: removing every "a" would wreck the message and protect
    // nothing a reader could not guess.
    const bool whole_words_only = secret.size() < 3;
    for (size_t at = out.find(secret); at != std::string::npos; at = out.find(secret, at)) {
      const bool starts = at == 0 || !IsAlnum(out[at - 1]);
      const bool ends = at + secret.size() == out.size() || !IsAlnum(out[at + secret.size()]);
      if (whole_words_only && !(starts && ends)) {
        at += secret.size();
        continue;
      }
      out.replace(at, secret.size(), "***");
      at += 3;
    }
  }
  return out;
}

std::string RedactPassword(std::string_view url) {
  absl::StatusOr<DatabaseUrl> parsed = DatabaseUrl::Parse(url);
  if (parsed.ok()) return parsed->redacted();
  if (SafeToEcho(url)) return std::string(url);
  return "(a malformed database URL, not shown: it may hold a password)";
}

}  // namespace db
}  // namespace gtest_data
