// Fixture for TestLayeringCheck: HTTP methods and headers are not SQL.
const char *const kMethods[] = {"DELETE", "UPDATE", "SELECT"};
