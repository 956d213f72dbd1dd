// The Markdown report shows every text of the workspace as text: no HTML, link, code span, cell
// break or new line comes from a name.
#include <sstream>
#include <string>

#include "core/report/report.h"
#include "core/report/report_format.h"
#include "needs_fixtures.h"

using namespace prevplan;
using namespace prevplan::fixtures;

namespace {

std::string markdown(const Plan& p) {
    return formatReport(needsReport(p, d("2026-03-01")), ReportFormat::Markdown, Lang::En);
}

}  // namespace

TEST_CASE("the Markdown report escapes HTML, links, cell breaks and line breaks in names") {
    FamilyNucleus f = family("f1", "Popescu", {child("c1", "Ion")});
    f.sheet = sheet("05001", "2026-01-10", {"1.b"});
    f.risk = visit("2026-01-12", {"1.b"});
    const char* village = "Deal<script>alert(1)</script>|x\n# y [a](javascript:b)";
    Plan p = plan({household("h1", village, {f})});
    p.villages = {{village, std::nullopt}};
    p.commune = "X<img src=x onerror=alert(2)> & \"Co\"\r\n## z";

    const std::string md = markdown(p);
    CHECK(md.find('<') == std::string::npos);
    CHECK(md.find('>') == std::string::npos);
    CHECK(md.find("alert(1)") != std::string::npos);  // shown, as text
    CHECK(md.rfind("# Report on at-risk children – X&lt;img src=x onerror=alert(2)&gt; &amp; \"Co\" ## z\n", 0) == 0);
    CHECK(md.find("Deal&lt;script&gt;alert(1)&lt;/script&gt;\\|x # y \\[a\\](javascript:b)") != std::string::npos);
    // Every table row is one line that starts and ends with a cell border.
    std::istringstream lines(md);
    for (std::string line; std::getline(lines, line);)
        if (!line.empty() && line[0] == '|') CHECK(line.back() == '|');
    CHECK(md.find("\n# y") == std::string::npos);
    CHECK(md.find("\n## z") == std::string::npos);
}
