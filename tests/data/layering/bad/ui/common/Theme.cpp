// Fixture for TestLayeringCheck: ui/common/Theme may spell colours.
const char *const kText = "#1d2733";
