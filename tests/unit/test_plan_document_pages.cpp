// The plan document's pages: every entry of its contents has a slot for its page number, next to
// a link to a heading the document has, and the rules the app's paginator reads are in its style.
#include <doctest/doctest.h>

#include <regex>
#include <string>

#include "core/demo/demo.h"
#include "core/sharing/plan_document.h"

using namespace prevplan;

namespace {

const Date kToday{2026, 11, 25};

Plan demo(int children, unsigned seed) { return makeDemoPlan(children, seed, kToday); }

}  // namespace

TEST_CASE("every entry of the contents links to a part and has an empty slot for its page number") {
    for (const Lang lang : {Lang::Ro, Lang::En}) {
        const std::string html = planDocumentHtml(demo(300, 7), {lang, kToday, 0, true});
        const auto toc = html.find("<nav class=\"toc\">");
        REQUIRE(toc != std::string::npos);
        const std::string contents = html.substr(toc, html.find("</nav>", toc) - toc);
        const std::regex entry(R"re(<li[^>]*><a href="#([as]\d+)">[^<]+</a>(?: <span class="gap">[^<]*</span>)?<span class="pg"></span></li>)re");
        int entries = 0;
        for (auto it = std::sregex_iterator(contents.begin(), contents.end(), entry); it != std::sregex_iterator();
             ++it) {
            ++entries;
            CHECK(html.find("id=\"" + (*it)[1].str() + "\"") != std::string::npos);
        }
        CHECK(entries == 9);                                   // eight sections and the annex
        CHECK(contents.find("<li") == contents.find("<li>"));  // every entry matched, the first one too
        std::size_t lis = 0;
        for (auto at = contents.find("<li"); at != std::string::npos; at = contents.find("<li", at + 1)) ++lis;
        CHECK(lis == 9);
    }
}

TEST_CASE("the document states where its pages may turn: forced breaks, headings kept, rows and signatures whole") {
    const std::string html = planDocumentHtml(demo(300, 7), {Lang::Ro, kToday, 0, true});
    for (const char* rule :
         {".pb { break-before: page;", "h2.annex, .page { break-before: page;",
          "h2 { font-size: 14pt; margin: 8mm 0 3mm; border-bottom: 1px solid #999; break-after: avoid;",
          "h4 { break-after: avoid;", "tr { break-inside: avoid;", ".closing { break-inside: avoid;",
          ".landscape { page: landscape; }", "@page { size: A4; margin: 20mm 18mm 20mm 20mm; }"})
        CHECK_MESSAGE(html.find(rule) != std::string::npos, rule);
    // The CLI's document has no page numbers and no breaks of its own: only the app lays it out.
    CHECK(html.find("class=\"pb\"") == std::string::npos);
    CHECK(html.find("<span class=\"pg\"></span>") != std::string::npos);
}
