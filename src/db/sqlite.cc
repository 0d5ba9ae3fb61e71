// Copyright 2026 The gtest_data Authors.

#include "gtest_data/db/sqlite.h"

#include <sqlite3.h>

#include <cctype>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "gtest_data/db/url.h"

namespace gtest_data {
namespace db {
namespace {

// "in <what>: <sqlite message>" with the statement shortened for messages.
std::string Shorten(std::string_view sql) {
  std::string out(sql.substr(0, 120));
  if (sql.size() > 120) out += "...";
  return out;
}

// Strings are bound SQLITE_STATIC, without a copy: every caller steps the
// statement while `v` lives and binds every parameter again before the next
// step.
int BindValue(sqlite3_stmt* statement, int index, const Value& v, bool blob = false) {
  if (blob && v.kind() == ValueKind::kString) {
    // A BLOB column gets the text's bytes as a blob: a STRICT table refuses
    // TEXT there.
    return sqlite3_bind_blob64(statement, index, v.as_string().data(), v.as_string().size(),
                               SQLITE_STATIC);
  }
  switch (v.kind()) {
    case ValueKind::kNull: return sqlite3_bind_null(statement, index);
    case ValueKind::kBool: return sqlite3_bind_int64(statement, index, v.as_bool() ? 1 : 0);
    case ValueKind::kInt: return sqlite3_bind_int64(statement, index, v.as_int());
    case ValueKind::kDouble: return sqlite3_bind_double(statement, index, v.as_double());
    case ValueKind::kString:
      return sqlite3_bind_text64(statement, index, v.as_string().data(), v.as_string().size(),
                                 SQLITE_STATIC, SQLITE_UTF8);
  }
  return SQLITE_MISUSE;
}

bool InternalTable(const char* name) {
  return name == nullptr || std::string_view(name).rfind("sqlite_", 0) == 0;
}

absl::StatusOr<std::unique_ptr<Database>> Configure(sqlite3* handle, std::string path);

class SqliteDatabase : public Database {
 public:
  SqliteDatabase(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {
    sqlite3_commit_hook(db_, &SqliteDatabase::OnCommit, this);
    // Installed for good: setting an authorizer expires every prepared
    // statement, and the cache below would then prepare them all again.
    sqlite3_set_authorizer(db_, &SqliteDatabase::OnAuthorize, this);
  }
  ~SqliteDatabase() override {
    StopUsage();
    ForgetStatements();
    sqlite3_close_v2(db_);
  }

  std::string_view engine() const override { return "sqlite"; }

  std::string Placeholder(int index) const override { return "?" + std::to_string(index); }

  // Each test begins and rolls back a transaction: through the statement
  // cache, not prepared again every time as Execute() would.
  absl::Status Begin() override { return Query("BEGIN", {}).status(); }
  absl::Status Commit() override { return Query("COMMIT", {}).status(); }
  absl::Status Rollback() override { return Query("ROLLBACK", {}).status(); }

  absl::Status Execute(std::string_view sql) override {
    char* message = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      const std::string why = message != nullptr ? message : sqlite3_errmsg(db_);
      sqlite3_free(message);
      return Error("executing", sql, why);
    }
    return absl::OkStatus();
  }

  absl::StatusOr<std::vector<Row>> Query(std::string_view sql,
                                         const std::vector<Value>& params) override {
    // A statement run before is taken from the cache (preparing costs more
    // than running a one-row INSERT); it goes back, reset and unbound, once
    // it ran to the end, and is finalised on every other path.
    // A cached statement counts as using the tables the authorizer saw
    // when it was prepared.
    // PRAGMA statements are not kept: SQLite compiles some of them from
    // the schema as it is at the prepare (foreign_key_list of a table
    // without keys then never looks again).
    // A cached statement stays in the cache while it runs, marked in use: a
    // call made meanwhile (from a step) with the same text prepares its
    // own, and ForgetStatements() leaves it alone.
    sqlite3_stmt* statement = nullptr;
    std::vector<Touch> own_touched;  // of a statement not from the cache
    const bool keep = !StartsWithPragma(sql);
    // The authorizer adds to the touched list at the prepare and at any
    // prepare again inside sqlite3_step (after a schema change).
    struct Preparing {
      std::vector<Touch>** slot;
      ~Preparing() { *slot = nullptr; }
    } preparing{&preparing_};
    auto cached = keep ? statements_.find(sql) : statements_.end();
    if (cached != statements_.end() && !cached->second.in_use) {
      statement = cached->second.statement;
      if (tracking_) {
        for (const Touch& t : cached->second.touched) Record(t.table, t.write);
      }
    } else {
      preparing_ = &own_touched;
      const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement,
                                        nullptr);
      if (rc != SQLITE_OK) return Error("preparing", sql, sqlite3_errmsg(db_));
      if (keep && cached == statements_.end()) {
        if (statements_.size() >= kCachedStatements) ForgetStatements();
        cached = statements_.emplace(std::string(sql), Cached{statement, std::move(own_touched)})
                     .first;
      } else {
        cached = statements_.end();  // the text's cached statement is running: this one is not kept
      }
    }
    Cached* const entry = cached != statements_.end() ? &cached->second : nullptr;
    if (entry != nullptr) entry->in_use = true;
    preparing_ = entry != nullptr ? &entry->touched : &own_touched;
    // Every path but the end of a successful run finalises the statement
    // (and takes it out of the cache).
    struct Guard {
      SqliteDatabase* db;
      sqlite3_stmt* statement;
      decltype(cached) entry;  // statements_.end() when not cached
      bool done = false;
      ~Guard() {
        if (done) return;
        if (entry != db->statements_.end()) db->statements_.erase(entry);
        sqlite3_finalize(statement);
      }
    } guard{this, statement, cached};
    const int expected = sqlite3_bind_parameter_count(statement);
    if (expected != static_cast<int>(params.size())) {
      return absl::InvalidArgumentError("sqlite: " + Shorten(sql) + ": expected " +
                                        std::to_string(expected) + " parameter(s), got " +
                                        std::to_string(params.size()));
    }
    for (size_t i = 0; i < params.size(); ++i) {
      const int index = static_cast<int>(i) + 1;
      if (BindValue(statement, index, params[i]) != SQLITE_OK) {
        return Error("binding parameter " + std::to_string(index) + " of", sql,
                     sqlite3_errmsg(db_));
      }
    }
    std::vector<Row> rows;
    const int columns = sqlite3_column_count(statement);
    for (;;) {
      const int rc = sqlite3_step(statement);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) return Error("running", sql, sqlite3_errmsg(db_));
      Row row;
      row.Reserve(static_cast<size_t>(columns));
      for (int c = 0; c < columns; ++c) {
        const char* name = sqlite3_column_name(statement, c);
        Value value;
        switch (sqlite3_column_type(statement, c)) {
          case SQLITE_INTEGER: value = Value(static_cast<int64_t>(sqlite3_column_int64(statement, c))); break;
          case SQLITE_FLOAT: value = Value(sqlite3_column_double(statement, c)); break;
          case SQLITE_TEXT:
          case SQLITE_BLOB: {
            const auto* bytes = static_cast<const char*>(sqlite3_column_blob(statement, c));
            value = Value(std::string(bytes == nullptr ? "" : bytes,
                                      static_cast<size_t>(sqlite3_column_bytes(statement, c))));
            break;
          }
          default: break;  // NULL
        }
        // Result columns may repeat a name ("SELECT 1 AS a, 2 AS a"): Set keeps one.
        row.Set(name == nullptr ? "" : name, std::move(value));
      }
      rows.push_back(std::move(row));
    }
    preparing_ = nullptr;
    if (entry == nullptr) return rows;  // the guard finalises it
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    entry->in_use = false;
    guard.done = true;
    return rows;
  }

  absl::StatusOr<Schema> Introspect() override {
    absl::StatusOr<std::vector<Row>> tables = Query(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name", {});
    if (!tables.ok()) return tables.status();
    Schema schema;
    for (const Row& t : *tables) {
      Table table;
      table.name = t.Get("name").as_string();
      const std::string quoted = QuoteIdentifier(table.name);
      absl::StatusOr<std::vector<Row>> columns = Query("PRAGMA table_xinfo(" + quoted + ")", {});
      if (!columns.ok()) return columns.status();
      std::map<int, std::string> key;
      for (const Row& c : *columns) {
        if (c.Get("hidden").as_int() != 0) continue;  // generated or virtual-table columns
        Column column;
        column.name = c.Get("name").as_string();
        column.type = c.Get("type").is_null() ? "" : c.Get("type").as_string();
        column.not_null = c.Get("notnull").as_int() != 0;
        if (!c.Get("dflt_value").is_null()) column.default_sql = c.Get("dflt_value").as_string();
        column.primary_key_position = static_cast<int>(c.Get("pk").as_int());
        if (column.primary_key_position > 0) key[column.primary_key_position] = column.name;
        table.columns.push_back(std::move(column));
      }
      for (auto& [position, name] : key) table.primary_key.push_back(name);

      absl::StatusOr<std::vector<Row>> indexes = Query("PRAGMA index_list(" + quoted + ")", {});
      if (!indexes.ok()) return indexes.status();
      // A primary key with an index of its own is not the rowid (WITHOUT
      // ROWID, other types, INTEGER PRIMARY KEY DESC); a lone INTEGER one
      // without is.
      bool key_index = false;
      for (const Row& index : *indexes) key_index = key_index || index.Get("origin").as_string() == "pk";
      if (!key_index && table.primary_key.size() == 1) {
        const Column* column = table.FindColumn(table.primary_key.front());
        std::string type = column == nullptr ? "" : column->type;
        for (char& ch : type) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        if (type == "INTEGER") table.rowid_column = table.primary_key.front();
      }
      for (const Row& index : *indexes) {
        if (index.Get("unique").as_int() == 0 || index.Get("origin").as_string() == "pk" ||
            index.Get("partial").as_int() != 0) {
          continue;
        }
        UniqueConstraint unique;
        unique.name = index.Get("name").as_string();
        absl::StatusOr<std::vector<Row>> parts =
            Query("PRAGMA index_info(" + QuoteIdentifier(unique.name) + ")", {});
        if (!parts.ok()) return parts.status();
        bool expression = false;
        for (const Row& part : *parts) {
          if (part.Get("name").is_null()) expression = true;  // an expression index
          else unique.columns.push_back(part.Get("name").as_string());
        }
        if (!expression) table.uniques.push_back(std::move(unique));
      }

      absl::StatusOr<std::vector<Row>> keys = Query("PRAGMA foreign_key_list(" + quoted + ")", {});
      if (!keys.ok()) return keys.status();
      std::map<int64_t, ForeignKey> by_id;
      for (const Row& k : *keys) {
        ForeignKey& fk = by_id[k.Get("id").as_int()];
        fk.parent_table = k.Get("table").as_string();
        fk.columns.push_back(k.Get("from").as_string());
        // A reference without columns means the parent's primary key;
        // filled in below, once every table is known.
        fk.parent_columns.push_back(k.Get("to").is_null() ? "" : k.Get("to").as_string());
      }
      // SQLite keeps no flag for it: a table whose text says INITIALLY
      // DEFERRED has all its keys taken as deferrable (checked at COMMIT).
      std::string text = t.Get("sql").is_null() ? "" : t.Get("sql").as_string();
      for (char& ch : text) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      const bool deferred = text.find("deferred") != std::string::npos;
      for (auto& [id, fk] : by_id) {
        fk.deferrable = deferred;
        table.foreign_keys.push_back(std::move(fk));
      }
      if (!t.Get("sql").is_null()) table.checks = CheckExpressions(t.Get("sql").as_string());
      schema.tables.push_back(std::move(table));
    }
    for (Table& table : schema.tables) {
      for (ForeignKey& fk : table.foreign_keys) {
        const Table* parent = schema.Find(fk.parent_table);
        for (size_t i = 0; i < fk.parent_columns.size(); ++i) {
          if (fk.parent_columns[i].empty() && parent != nullptr &&
              i < parent->primary_key.size()) {
            fk.parent_columns[i] = parent->primary_key[i];
          }
        }
      }
    }
    return schema;
  }

  absl::Status InsertRows(std::string_view table, const std::vector<std::string>& columns,
                          const std::vector<const Row*>& rows) override {
    std::string sql = "INSERT INTO " + QuoteIdentifier(table) + " (";
    std::string marks;
    for (size_t c = 0; c < columns.size(); ++c) {
      sql += (c ? ", " : "") + QuoteIdentifier(columns[c]);
      marks += c ? ", ?" : "?";
    }
    sql += ") VALUES (" + marks + ")";
    if (columns.empty()) sql = "INSERT INTO " + QuoteIdentifier(table) + " DEFAULT VALUES";
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
      return absl::InvalidArgumentError("sqlite: inserting into " + std::string(table) + ": " +
                                        sqlite3_errmsg(db_));
    }
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(statement, sqlite3_finalize);
    const std::vector<bool> blob = BlobColumns(table, columns);
    static const Value kNull;
    for (size_t r = 0; r < rows.size(); ++r) {
      for (size_t c = 0; c < columns.size(); ++c) {
        const Value* v = ColumnValue(*rows[r], columns, c);
        if (BindValue(statement, static_cast<int>(c) + 1, v ? *v : kNull, blob[c]) !=
            SQLITE_OK) {
          return RowError(table, r, columns[c], sqlite3_errmsg(db_));
        }
      }
      if (sqlite3_step(statement) != SQLITE_DONE) {
        return RowError(table, r, "", sqlite3_errmsg(db_));
      }
      sqlite3_reset(statement);
    }
    return absl::OkStatus();
  }

  // Which of `columns` of `table` are declared BLOB (SQLite's affinity
  // rule: the type names "BLOB"); unknown columns are not.
  std::vector<bool> BlobColumns(std::string_view table, const std::vector<std::string>& columns) {
    std::vector<bool> blob(columns.size(), false);
    const std::string sql = "SELECT name, type FROM pragma_table_xinfo(?1)";
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
      return blob;
    }
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(statement, sqlite3_finalize);
    sqlite3_bind_text64(statement, 1, table.data(), table.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    while (sqlite3_step(statement) == SQLITE_ROW) {
      const char* name = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
      const char* type = reinterpret_cast<const char*>(sqlite3_column_text(statement, 1));
      if (name == nullptr || type == nullptr) continue;
      std::string lower(type);
      for (char& ch : lower) ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
      // The affinity rules in their order (datatype3.html, 3.1): INT, then
      // CHAR, CLOB or TEXT, come before BLOB.
      if (lower.find("blob") == std::string::npos || lower.find("int") != std::string::npos ||
          lower.find("char") != std::string::npos || lower.find("clob") != std::string::npos ||
          lower.find("text") != std::string::npos) {
        continue;
      }
      for (size_t c = 0; c < columns.size(); ++c) blob[c] = blob[c] || columns[c] == name;
    }
    return blob;
  }

  bool InTransaction() const override { return sqlite3_get_autocommit(db_) == 0; }

  std::string TransactionMark() override { return "commits " + std::to_string(commits_); }

  std::optional<int64_t> LastInsertRowid() const override {
    if (sqlite3_changes64(db_) != 1) return std::nullopt;
    return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
  }

  absl::StatusOr<bool> ForeignKeysChecked() override {
    // Read from the connection, not by SQL: the pragma table functions
    // compile a PRAGMA statement each time they run.
    int on = 0;
    if (sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_FKEY, -1, &on) != SQLITE_OK) {
      return absl::InternalError("sqlite: cannot read the foreign_keys setting");
    }
    if (on == 0) return false;
    if (!defer_named_) return true;
    absl::StatusOr<std::vector<Row>> deferred =
        Query("SELECT defer_foreign_keys AS d FROM pragma_defer_foreign_keys", {});
    if (!deferred.ok()) return deferred.status();
    return deferred->empty() || deferred->front().Get("d").as_int() == 0;
  }

  std::string ConnectionString() const override {
    return path_.empty() || path_ == ":memory:" ? "sqlite::memory:" : "sqlite:" + path_;
  }

  absl::Status StartUsage() override {
    usage_.clear();
    tracking_ = true;
    sqlite3_update_hook(db_, &SqliteDatabase::OnUpdate, this);
    return absl::OkStatus();
  }

  absl::StatusOr<std::vector<TableUsage>> TakeUsage() override {
    StopUsage();
    std::vector<TableUsage> out;
    out.reserve(usage_.size());
    for (auto& [name, usage] : usage_) {
      usage.table = name;
      out.push_back(std::move(usage));
    }
    usage_.clear();
    return out;
  }

  absl::StatusOr<std::unique_ptr<DatabaseTemplate>> SaveAsTemplate() override;

 private:
  static constexpr size_t kCachedStatements = 64;

  static bool StartsWithPragma(std::string_view sql) {
    // ASCII only (SQL keywords are), never the process locale; runs before
    // every statement, so no library calls.
    size_t i = 0;
    while (i < sql.size() && (sql[i] == ' ' || (sql[i] >= '\t' && sql[i] <= '\r'))) ++i;
    constexpr std::string_view kPragma = "pragma";
    if (sql.size() - i < kPragma.size()) return false;
    for (size_t k = 0; k < kPragma.size(); ++k) {
      if ((sql[i + k] | 0x20) != kPragma[k]) return false;
    }
    return true;
  }

  // Finalises the cached statements but those running now.
  void ForgetStatements() {
    for (auto it = statements_.begin(); it != statements_.end();) {
      if (it->second.in_use) {
        ++it;
        continue;
      }
      sqlite3_finalize(it->second.statement);
      it = statements_.erase(it);
    }
  }

  void StopUsage() {
    tracking_ = false;
    sqlite3_update_hook(db_, nullptr, nullptr);
  }

  static int OnCommit(void* self) {
    ++static_cast<SqliteDatabase*>(self)->commits_;
    return 0;  // let it commit
  }

  static void OnUpdate(void* self, int op, const char* /*database*/, const char* table,
                       sqlite3_int64 /*rowid*/) {
    if (InternalTable(table)) return;
    TableUsage& usage = static_cast<SqliteDatabase*>(self)->usage_[table];
    usage.written = true;
    if (op == SQLITE_INSERT) ++usage.inserted;
    if (op == SQLITE_UPDATE) ++usage.updated;
    if (op == SQLITE_DELETE) ++usage.deleted;
  }

  // Whether a pragma's name, as written, is defer_foreign_keys (SQLite's
  // names ignore ASCII case).
  static bool NamesDeferForeignKeys(const char* name) {
    constexpr std::string_view kName = "defer_foreign_keys";
    size_t i = 0;
    for (; name[i] != '\0' && i < kName.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(name[i])) != kName[i]) return false;
    }
    return i == kName.size() && name[i] == '\0';
  }

  // Called as statements are prepared: which tables they read and write;
  // whether defer_foreign_keys was ever named.
  static int OnAuthorize(void* self, int action, const char* first, const char* /*second*/,
                         const char* /*database*/, const char* /*trigger*/) {
    if (action == SQLITE_PRAGMA && first != nullptr &&
        NamesDeferForeignKeys(first)) {
      static_cast<SqliteDatabase*>(self)->defer_named_ = true;
    }
    if (action != SQLITE_READ && action != SQLITE_INSERT && action != SQLITE_UPDATE &&
        action != SQLITE_DELETE) {
      return SQLITE_OK;
    }
    if (InternalTable(first)) return SQLITE_OK;
    auto* db = static_cast<SqliteDatabase*>(self);
    const bool write = action != SQLITE_READ;
    if (db->preparing_ != nullptr) {
      bool seen = false;
      for (const Touch& t : *db->preparing_) seen = seen || (t.write == write && t.table == first);
      if (!seen) db->preparing_->push_back(Touch{first, write});
    }
    if (db->tracking_) db->Record(first, write);
    return SQLITE_OK;
  }

  void Record(const std::string& table, bool write) {
    TableUsage& usage = usage_[table];
    if (write) {
      usage.written = true;
    } else {
      usage.read = true;
    }
  }

  static absl::Status Error(const std::string& doing, std::string_view sql,
                            const std::string& why) {
    return absl::InvalidArgumentError("sqlite: " + doing + " \"" + Shorten(sql) + "\": " + why);
  }
  static absl::Status RowError(std::string_view table, size_t row, const std::string& column,
                               const std::string& why) {
    return absl::InvalidArgumentError("sqlite: " + std::string(table) + " row " +
                                      std::to_string(row) +
                                      (column.empty() ? "" : " column " + column) + ": " + why);
  }

  sqlite3* db_;
  // Query()'s prepared statements by their text, reset, at most
  // kCachedStatements.
  struct Touch {
    std::string table;
    bool write;
  };
  struct Cached {
    sqlite3_stmt* statement;
    std::vector<Touch> touched;  // what the authorizer saw at its prepare
    bool in_use = false;         // a Query() is running it
  };
  // Whether a statement naming PRAGMA defer_foreign_keys was prepared on
  // this connection: until one is, the setting is off (its default).
  bool defer_named_ = false;
  std::map<std::string, Cached, std::less<>> statements_;
  std::vector<Touch>* preparing_ = nullptr;  // Query() is preparing: the authorizer adds here
  bool tracking_ = false;                    // between StartUsage() and TakeUsage()
  int64_t commits_ = 0;
  std::string path_;  // as opened; empty for a template's in-memory copy
  std::map<std::string, TableUsage> usage_;
};

// An in-memory image; each copy is a new in-memory database holding it.
class SqliteTemplate : public DatabaseTemplate {
 public:
  explicit SqliteTemplate(std::string image) : image_(std::move(image)) {}

  absl::StatusOr<std::unique_ptr<Database>> NewCopy() override {
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(":memory:", &handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
      const std::string why = handle != nullptr ? sqlite3_errmsg(handle) : "out of memory";
      sqlite3_close_v2(handle);
      return absl::ResourceExhaustedError("sqlite: cannot open a copy of the template: " + why);
    }
    const auto size = static_cast<sqlite3_int64>(image_.size());
    auto* bytes = static_cast<unsigned char*>(sqlite3_malloc64(image_.size() + 1));
    if (bytes == nullptr) {
      sqlite3_close_v2(handle);
      return absl::ResourceExhaustedError("sqlite: no memory for a copy of the template");
    }
    std::memcpy(bytes, image_.data(), image_.size());
    // SQLite owns `bytes` from here, even on failure.
    const int rc = sqlite3_deserialize(
        handle, "main", bytes, size, size,
        SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK) {
      const std::string why = sqlite3_errmsg(handle);
      sqlite3_close_v2(handle);
      return absl::InternalError("sqlite: cannot load the template: " + why);
    }
    return Configure(handle, "");
  }

 private:
  std::string image_;
};

absl::StatusOr<std::unique_ptr<DatabaseTemplate>> SqliteDatabase::SaveAsTemplate() {
  sqlite3_int64 size = 0;
  unsigned char* bytes = sqlite3_serialize(db_, "main", &size, 0);
  if (bytes == nullptr) {
    // An empty database has no pages to serialise.
    if (size == 0) return std::unique_ptr<DatabaseTemplate>(new SqliteTemplate(""));
    return absl::ResourceExhaustedError("sqlite: cannot serialise the database: " +
                                        std::string(sqlite3_errmsg(db_)));
  }
  std::string image(reinterpret_cast<const char*>(bytes), static_cast<size_t>(size));
  sqlite3_free(bytes);
  // A WAL database's header says so (bytes 18 and 19 are 2), and an
  // in-memory copy cannot open it that way: mark the image rollback-journal.
  if (image.size() >= 20) image[18] = image[19] = 1;
  return std::unique_ptr<DatabaseTemplate>(new SqliteTemplate(std::move(image)));
}

absl::StatusOr<std::unique_ptr<Database>> Configure(sqlite3* handle, std::string path) {
  auto db = std::make_unique<SqliteDatabase>(handle, std::move(path));
  absl::Status keys = db->Execute("PRAGMA foreign_keys = ON");
  if (!keys.ok()) return keys;
  return std::unique_ptr<Database>(std::move(db));
}

}  // namespace

absl::StatusOr<std::unique_ptr<Database>> OpenSqlite(std::string_view url) {
  constexpr std::string_view kScheme = "sqlite:";
  if (url.substr(0, kScheme.size()) != kScheme || url.size() == kScheme.size()) {
    return absl::InvalidArgumentError("\"" + RedactPassword(url) +
                                      "\" is not a SQLite URL; expected sqlite::memory: or "
                                      "sqlite:PATH (e.g. sqlite:shop.db)");
  }
  std::string path(url.substr(kScheme.size()));
  if (path.rfind("//", 0) == 0) {
    return absl::InvalidArgumentError("\"" + std::string(url) +
                                      "\": write sqlite:PATH, without \"//\" (e.g. "
                                      "sqlite:/tmp/shop.db or sqlite:shop.db)");
  }
  sqlite3* handle = nullptr;
  // A Database is used by one thread at a time (database.h), so the
  // connection goes without its own mutex (SQLite's "multi-thread" mode):
  // a lock and an unlock less per call into the engine.
  const int rc = sqlite3_open_v2(path.c_str(), &handle,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                 nullptr);
  if (rc != SQLITE_OK) {
    const std::string why = handle != nullptr ? sqlite3_errmsg(handle) : sqlite3_errstr(rc);
    sqlite3_close_v2(handle);
    return absl::UnavailableError("sqlite: cannot open " + path + ": " + why);
  }
  return Configure(handle, path);
}

std::vector<std::string> CheckExpressions(std::string_view sql) {
  std::vector<std::string> checks;
  size_t i = 0;
  auto skip_quoted = [&](char quote) {
    for (++i; i < sql.size(); ++i) {
      if (sql[i] == quote) {
        if (i + 1 < sql.size() && sql[i + 1] == quote) { ++i; continue; }
        ++i;
        return;
      }
    }
  };
  while (i < sql.size()) {
    const char c = sql[i];
    if (c == '\'' || c == '"' || c == '`') { skip_quoted(c); continue; }
    if (c == '[') { while (i < sql.size() && sql[i] != ']') ++i; ++i; continue; }
    if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      while (i < sql.size() && sql[i] != '\n') ++i;
      continue;
    }
    if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      const size_t end = sql.find("*/", i + 2);
      i = end == std::string_view::npos ? sql.size() : end + 2;
      continue;
    }
    const bool word_start = i == 0 || !(std::isalnum(static_cast<unsigned char>(sql[i - 1])) || sql[i - 1] == '_');
    if (word_start && i + 5 <= sql.size()) {
      std::string word(sql.substr(i, 5));
      for (char& w : word) w = static_cast<char>(std::toupper(static_cast<unsigned char>(w)));
      const bool word_end = i + 5 == sql.size() ||
                            !(std::isalnum(static_cast<unsigned char>(sql[i + 5])) || sql[i + 5] == '_');
      if (word == "CHECK" && word_end) {
        size_t j = i + 5;
        while (j < sql.size() && std::isspace(static_cast<unsigned char>(sql[j]))) ++j;
        if (j < sql.size() && sql[j] == '(') {
          // The balanced parentheses after CHECK, quotes respected.
          int depth = 0;
          const size_t start = j + 1;
          i = j;
          while (i < sql.size()) {
            const char d = sql[i];
            if (d == '\'' || d == '"' || d == '`') { skip_quoted(d); continue; }
            if (d == '(') ++depth;
            if (d == ')' && --depth == 0) break;
            ++i;
          }
          checks.emplace_back(sql.substr(start, i - start));
          ++i;
          continue;
        }
      }
    }
    ++i;
  }
  return checks;
}

}  // namespace db
}  // namespace gtest_data
