// The plan's resources in the workspace format: every field read back, defaults left out,
// and the round trip exact (the bad files are in tests/data/bad, checked with the others).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/resources/resources_json.h"
#include "core/workspace/workspace_json.h"

using namespace prevplan;

namespace {

std::string goodFile() {
    std::ifstream in(std::filesystem::path(PREVPLAN_TEST_DATA) / "good/resources.json", std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("a plan's resources load with every field") {
    const LoadResult r = loadWorkspace(goodFile());
    REQUIRE(r.errors.empty());
    const Resources& res = r.workspace->plans.at(0)->resources;
    REQUIRE(res.microArea.size() == 2);
    CHECK(res.microArea[0].urban);
    CHECK(res.microArea[0].travelMinutes == 20);
    CHECK(res.microArea[0].transport);
    CHECK_FALSE(res.microArea[1].transport);
    REQUIRE(res.services.size() == 3);
    const Service& centre = res.services[0];
    CHECK(centre.type == "A3");
    CHECK(centre.supplier == 3);
    CHECK(centre.accredited == YesNo::Yes);
    CHECK(centre.capacity == 30);
    CHECK(centre.freePlaces == 4);
    CHECK(centre.activities == std::vector<int>{83, 85, 41});
    CHECK(centre.accessibility == "af");
    CHECK(centre.monthlyCost == 0);  // free, which is not the same as unknown
    CHECK(centre.spasCooperates == YesNo::Yes);
    CHECK(centre.referredLastYear == YesNo::No);
    CHECK(centre.efficiency == 8);
    CHECK(centre.checkedOn->iso() == "2026-02-01");
    // The A2.5 fields added later; a service written before them (the police) reads as unknown.
    CHECK(centre.placesForSeparated == YesNo::No);
    CHECK(centre.beneficiaryCost == 20);
    CHECK(centre.communeBeneficiaries == YesNo::Yes);
    CHECK(centre.communeBeneficiariesReported == YesNo::Yes);
    CHECK(centre.selfRating == 9);
    CHECK(centre.interviewer == "Stan Ioana");
    CHECK(centre.interviewee == "Popescu Ana, coordonatoare, 0744 000 000");
    CHECK(res.services[1].placesForSeparated == YesNo::Unknown);
    CHECK_FALSE(res.services[1].beneficiaryCost);
    CHECK(res.services[1].selfRating == 0);
    CHECK(res.services[1].interviewer.empty());
    CHECK_FALSE(res.services[1].freePlaces);
    CHECK(res.services[1].supplierOther == "Poliția");
    CHECK(res.partners[1].county);
    CHECK(res.childrenInProtection[0].children == 3);
    CHECK(res.dgaspcListsOn->iso() == "2026-01-20");
    CHECK(res.dgaspcServices[1].list == DgaspcListKind::Planned);
    REQUIRE(res.addedCandidates.size() == 1);
    CHECK(res.addedCandidates[0].groups == std::vector<int>{riskGroupByKey("1.a"), riskGroupByKey("2.b")});
    CHECK(res.dismissals[0].candidate == "gap:D4");
}

TEST_CASE("resources round-trip exactly, and defaults are left out") {
    const LoadResult first = loadWorkspace(goodFile());
    REQUIRE(first.workspace);
    const std::string once = saveWorkspace(*first.workspace);
    const LoadResult second = loadWorkspace(once);
    REQUIRE(second.workspace);
    CHECK(saveWorkspace(*second.workspace) == once);
    const auto police = nlohmann::json::parse(once)["plans"][0]["resources"]["services"][1];
    CHECK_FALSE(police.contains("spas_cooperates"));  // "unknown" is the default
    CHECK_FALSE(police.contains("free_places"));
    CHECK_FALSE(police.contains("locality"));
    CHECK_FALSE(police.contains("self_rating"));
    CHECK_FALSE(police.contains("commune_beneficiaries"));
}

TEST_CASE("a plan without resources writes none") {
    Plan p;
    p.id = "p1";
    CHECK_FALSE(planHeaderToJson(p).contains("resources"));
    p.resources.dismissals.push_back({"core:informare-acte", ""});
    CHECK(planHeaderToJson(p)["resources"]["dismissals"][0]["candidate"] == "core:informare-acte");
}

TEST_CASE("risk groups are named in files by their first indicator code") {
    CHECK(riskGroupKey(0) == "1.a");
    CHECK(riskGroupByKey("4.c2") >= 0);
    CHECK(riskGroupKey(riskGroupByKey("6.e1")) == "6.e1");
    CHECK(riskGroupByKey("4.d") == -1);  // not first in its group
    CHECK(riskGroupKey(99).empty());
}
