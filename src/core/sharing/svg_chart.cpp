#include "core/sharing/svg_chart.h"

#include <algorithm>
#include <cstdio>

#include "core/base/html_escape.h"

namespace prevplan {

namespace {

// Layout in SVG user units; the document scales the whole chart to the page width.
constexpr double kWidth = 640, kLabelWidth = 210, kValueWidth = 90;
constexpr double kBarHeight = 11, kBarGap = 2, kRowGap = 7, kLegendHeight = 22;

std::string number(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", v);
    return buffer;
}

std::string legend(const std::vector<ChartSeries>& series) {
    std::string out;
    double x = kLabelWidth;
    for (const ChartSeries& s : series) {
        out += "<rect x=\"" + number(x) + "\" y=\"4\" width=\"10\" height=\"10\" fill=\"" + escapeHtml(s.color) + "\"/>";
        out += "<text x=\"" + number(x + 14) + "\" y=\"13\">" + escapeHtml(s.name) + "</text>";
        x += 24 + 6.5 * static_cast<double>(s.name.size());
    }
    return out;
}

}  // namespace

std::string svgBarChart(const BarChart& chart) {
    double largest = 0;
    for (const ChartRow& r : chart.rows)
        for (double v : r.values) largest = std::max(largest, v);
    if (largest <= 0) largest = 1;
    const double span = kWidth - kLabelWidth - kValueWidth;
    const double rowHeight = static_cast<double>(chart.series.size()) * (kBarHeight + kBarGap) + kRowGap;
    const double height = kLegendHeight + rowHeight * static_cast<double>(chart.rows.size());

    std::string out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + number(kWidth) + " " +
                      number(height) + "\" role=\"img\"><title>" + escapeHtml(chart.description) + "</title>";
    out += legend(chart.series);
    double y = kLegendHeight;
    for (const ChartRow& r : chart.rows) {
        out += "<text x=\"" + number(kLabelWidth - 6) + "\" y=\"" + number(y + kBarHeight) +
               "\" text-anchor=\"end\">" + escapeHtml(r.label) + "</text>";
        for (std::size_t s = 0; s < chart.series.size() && s < r.values.size(); ++s) {
            const double w = std::max(0.0, r.values[s]) / largest * span;
            const double top = y + static_cast<double>(s) * (kBarHeight + kBarGap);
            out += "<rect x=\"" + number(kLabelWidth) + "\" y=\"" + number(top) + "\" width=\"" + number(w) +
                   "\" height=\"" + number(kBarHeight) + "\" fill=\"" + escapeHtml(chart.series[s].color) + "\"/>";
            out += "<text x=\"" + number(kLabelWidth + w + 4) + "\" y=\"" + number(top + kBarHeight - 2) + "\">" +
                   escapeHtml(chart.format ? chart.format(r.values[s]) : number(r.values[s])) + "</text>";
        }
        y += rowHeight;
    }
    return out + "</svg>";
}

}  // namespace prevplan
