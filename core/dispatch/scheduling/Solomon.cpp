#include "core/dispatch/scheduling/Solomon.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace ops::sched {

namespace {

bool isNumber(const std::string &token, double &value)
{
    if (token.empty()) {
        return false;
    }
    char *end = nullptr;
    value = std::strtod(token.c_str(), &end);
    return end == token.c_str() + token.size();
}

} // namespace

// Token based: the name is the first token; the fleet and capacity are the first two numbers after the word
// CAPACITY; the customer rows are the numbers after the last header word (TIME), seven per row.
bool readSolomon(const std::string &path, SolomonInstance &out, std::string &error)
{
    std::ifstream in(path);
    if (!in) {
        error = "cannot open " + path;
        return false;
    }
    std::vector<std::string> tokens;
    std::string token;
    while (in >> token) {
        tokens.push_back(token);
    }
    if (tokens.empty()) {
        error = "empty file";
        return false;
    }
    SolomonInstance result;
    result.name = tokens[0];
    std::size_t i = 1;
    while (i < tokens.size() && tokens[i] != "CAPACITY") {
        ++i;
    }
    double vehicles = 0;
    double capacity = 0;
    if (i + 2 >= tokens.size() || !isNumber(tokens[i + 1], vehicles) || !isNumber(tokens[i + 2], capacity)
        || vehicles < 1) {
        error = "missing VEHICLE NUMBER / CAPACITY";
        return false;
    }
    i += 3;
    // Skip the customer header: everything up to the first number.
    double value = 0;
    while (i < tokens.size() && !isNumber(tokens[i], value)) {
        ++i;
    }
    std::vector<double> numbers;
    for (; i < tokens.size(); ++i) {
        if (!isNumber(tokens[i], value)) {
            error = "unexpected token '" + tokens[i] + "'";
            return false;
        }
        numbers.push_back(value);
    }
    if (numbers.size() % 7 != 0 || numbers.size() < 14) {
        error = "customer rows must have 7 numbers each, depot and at least one customer";
        return false;
    }
    const std::size_t rows = numbers.size() / 7;
    std::vector<XY> points(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        points[r] = {numbers[r * 7 + 1], numbers[r * 7 + 2]};
    }
    Model &model = result.model;
    model.travel = TravelMatrix::euclidean(points);
    model.objective.minimizeVehicles = true;
    model.objective.balanceWeight = 0;
    const double depotReady = numbers[4];
    const double depotDue = numbers[5];
    result.vehicles = int(vehicles);
    result.capacity = capacity;
    for (int v = 0; v < result.vehicles; ++v) {
        Technician t;
        t.id = v + 1;
        t.startNode = 0;
        t.endNode = 0;
        t.departEarliest = depotReady;
        t.shiftStart = depotReady;
        t.shiftEnd = depotDue;
        t.returnBy = depotDue;
        t.capacity = capacity;
        model.technicians.push_back(t);
    }
    for (std::size_t r = 1; r < rows; ++r) {
        const double *row = &numbers[r * 7];
        Job j;
        j.id = std::int64_t(row[0]);
        j.node = int(r);
        j.demand = row[3];
        j.earliest = row[4];
        j.latest = row[5];
        j.due = kNever;
        j.duration = row[6];
        model.jobs.push_back(j);
    }
    out = std::move(result);
    return true;
}

} // namespace ops::sched
