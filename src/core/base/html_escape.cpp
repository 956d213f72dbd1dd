#include "core/base/html_escape.h"

#include <cctype>

#include "core/base/encoding.h"

namespace prevplan {

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = utf8Length(text, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD: a stray byte must not swallow the next character
            ++i;
            continue;
        }
        switch (text[i]) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\0': out += "\xEF\xBF\xBD"; break;
            default: out.append(text.substr(i, n));
        }
        i += n;
    }
    return out;
}

std::string escapeHtmlLines(std::string_view text) {
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);  // drafted lines end with one
    std::string out;
    for (std::size_t start = 0;;) {
        const std::size_t end = text.find('\n', start);
        out += escapeHtml(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) return out;
        out += "<br>";
        start = end + 1;
    }
}

namespace {

constexpr std::string_view kInertPolicy =
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; form-action 'none'; base-uri 'none'\">";

// The length of a leading "<!doctype …>", which must stay first (or the page renders in quirks mode).
std::size_t doctypeLength(std::string_view html) {
    constexpr std::string_view kDoctype = "<!doctype";
    if (html.size() < kDoctype.size()) return 0;
    for (std::size_t i = 0; i < kDoctype.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(html[i])) != kDoctype[i]) return 0;
    const std::size_t end = html.find('>');
    return end == std::string_view::npos ? 0 : end + 1;
}

}  // namespace

std::string inertHtml(std::string_view html) {
    const std::size_t keep = doctypeLength(html);
    std::string out(html.substr(0, keep));
    out += kInertPolicy;
    out += html.substr(keep);
    return out;
}

}  // namespace prevplan
