#pragma once
// Inside the plan document: numbered sections, tables and figures, and the few formats every
// section uses. Everything handed to it as plain text is escaped here; only the writer's own
// markup and svg_chart.h's output go in as HTML.
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "core/base/date.h"
#include "core/base/format.h"
#include "core/base/text.h"

namespace prevplan::doc {

struct Cell {
    std::string html;
    bool number = false;  // right-aligned
};
Cell text(const std::string& plain);
Cell lines(const std::string& plain);             // '\n' as line breaks
Cell num(long value, Lang lang);                  // "1.234" / "1,234"
Cell percent(long count, long total, Lang lang);  // "12 (4,5 %)" / "12 (4.5%)"
Cell dash();

std::string dateText(const std::optional<Date>& date, Lang lang);  // "25.11.2026" in both languages; "–" when unset

class Writer {
public:
    explicit Writer(Lang lang) : lang(lang) {}
    const Lang lang;
    const char* t(const Text& text) const { return text.in(lang); }

    void section(const std::string& title);     // "3. title", listed in the contents
    void annex(const std::string& title);       // on a new page, listed in the contents; subsections "A1.2"
    void subsection(const std::string& title);  // "3.2 title"
    void paragraph(const std::string& plain);
    void bullets(const std::vector<std::string>& plain);
    void noData();  // marks the current part as not filled in (emptyParts, and in the contents)
    // "Table N. caption"; no rows: the "no data" line instead of an empty table. A table of many
    // columns is printed on a landscape page, so no column runs off the paper.
    void table(const std::string& caption, const std::vector<std::string>& headers,
               const std::vector<std::vector<Cell>>& rows);
    void figure(const std::string& svg, const std::string& caption);
    void raw(const std::string& html) { body_ += html; }

    const std::string& body() const { return body_; }
    // The table of contents, as HTML: each entry ends in an empty page-number slot (".pg"), which
    // the app fills once it has laid the document out in pages (the CLI leaves it empty).
    std::string contents() const;
    // "3.1 Inventarul resurselor": the parts with no data yet, in the document's order.
    const std::vector<std::string>& emptyParts() const { return emptyParts_; }

private:
    struct Entry {
        std::string anchor, label;
        bool annex;
        int emptyParts = 0;
    };
    std::string body_;
    std::vector<Entry> entries_;
    std::vector<std::string> emptyParts_;
    std::string number_;  // of the current section or annex, for its subsections
    std::string part_;    // the title of the current subsection (or section), as numbered
    // Where the headings just written begin, so a landscape table takes them to its page.
    std::size_t headingsFrom_ = 0, headingsEnd_ = std::string::npos;
    void heading(const std::string& html);
    int section_ = 0, annex_ = 0, subsection_ = 0, table_ = 0, figure_ = 0;
};

}  // namespace prevplan::doc
