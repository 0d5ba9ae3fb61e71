-- Registered by tests/gtest/db_test_test.cc with GTEST_DATA_SCHEMA_FILE, by a
-- path relative to that source file: the test binary finds it under ctest,
-- whatever its working directory.
CREATE TABLE shelves (code TEXT PRIMARY KEY, room TEXT NOT NULL);
