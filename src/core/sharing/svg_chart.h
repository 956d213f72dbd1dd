#pragma once
// Horizontal bar charts as inline SVG, for documents that must print without any external
// resource: one row per category, one bar per series, scaled to the largest value.
#include <functional>
#include <string>
#include <vector>

namespace prevplan {

struct ChartSeries {
    std::string name;
    std::string color;  // CSS colour, e.g. "#1f5fa8"
};

struct ChartRow {
    std::string label;
    std::vector<double> values;  // one per series
};

struct BarChart {
    std::string description;  // the SVG's accessible title
    std::vector<ChartSeries> series;
    std::vector<ChartRow> rows;
    std::function<std::string(double)> format;  // the number printed after each bar
};

// Every text (labels, series names, description) is escaped.
std::string svgBarChart(const BarChart& chart);

}  // namespace prevplan
