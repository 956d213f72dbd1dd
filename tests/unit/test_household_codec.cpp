#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/catalog/indicators.h"
#include "core/demo/demo.h"
#include "core/observatory/cnp.h"
#include "core/workspace/household_codec.h"
#include "core/workspace/workspace_json.h"

using namespace prevplan;

namespace {

constexpr std::size_t kBucketSize = 256;

std::string dump(const Household& h) { return householdToJson(h).dump(); }

// The households decoded from `text`, which must read without error.
std::vector<HouseholdPtr> decoded(const std::string& text) {
    BucketRead read = decodeBucket(text);
    if (read.error) FAIL_CHECK(read.error->message(Lang::En));
    return std::move(read.households);
}

// Every household comes back field for field (the exchange JSON holds every field), and the
// decoded households encode to the same bytes.
void checkRoundTrip(const std::vector<HouseholdPtr>& households) {
    const std::string text = encodeBucket(households);
    const std::vector<HouseholdPtr> back = decoded(text);
    REQUIRE(back.size() == households.size());
    for (std::size_t i = 0; i < households.size(); ++i) CHECK(dump(*back[i]) == dump(*households[i]));
    CHECK(encodeBucket(back) == text);
}

// A bucket changed on purpose, with its end line sealed again so that only the change is wrong.
std::string resealed(std::string text) {
    const std::size_t end = text.rfind("\nE\t") + 1;
    text.resize(end);
    return text + "E\t" + bucketChecksum(text) + "\n";
}

std::string errorOf(const std::string& text, Lang lang = Lang::En) {
    const BucketRead read = decodeBucket(text);
    CHECK(read.households.empty());
    return read.error ? read.error->message(lang) : std::string();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// The first line that starts with `start` replaced by `line`.
std::string lineReplaced(std::string text, const std::string& start, const std::string& line) {
    const std::size_t at = text.find("\n" + start) + 1;
    REQUIRE(at != 0);
    return text.replace(at, text.find('\n', at) - at, line);
}

// One household with every field of every record set, in the hardest forms a text can take.
Household everyField() {
    Household h;
    h.id = "gospodăria-1";  // not a serial: written as it is
    h.village = "@Satul\tNou";
    h.address = "Str. \"Mare\" nr. 1\nbloc A\\3\r";
    FamilyNucleus f;
    f.id = "f7";
    f.head = "Ana-Maria Țărnă";
    ObservationSheet s;
    s.sheetId = "22001";
    s.filledBy = "Ion Pop";
    s.position = "medic de familie";
    s.filledOn = Date{2025, 2, 28};
    s.receivedOn = Date{1800, 1, 1};
    for (std::size_t i = 0; i < indicatorCount(); ++i) s.answers[i] = static_cast<Answer>(i % 3);
    s.visitBy = "Ion Pop";
    s.visitByPosition = "asistent social";
    s.visitPlannedOn = Date{9999, 12, 31};
    f.sheet = s;
    RiskIdentification r;
    r.visitedOn = Date{1969, 12, 31};
    r.visitedBy = "Maria";
    r.position = "referent";
    for (std::size_t i = 0; i < indicatorCount(); ++i) r.verdicts[i] = static_cast<Verdict>((i + 1) % 3);
    r.dgaspcNotifiedOn = Date{2026, 3, 1};
    f.risk = r;
    Child c;
    c.id = "c8";
    c.name = "Ștefan 😀 „Ţ”";
    c.cnp = makeCnp(Sex::Male, Date{2015, 6, 30}, 22, 5);
    c.birthDate = Date{2015, 6, 29};  // not what the CNP says: kept as recorded
    c.sex = Sex::Female;
    c.inProtection = true;
    for (std::size_t i = 0; i < indicatorCount(); ++i)
        if (indicator(i).childLevel) (i % 2 ? c.exposedObserved : c.exposedConfirmed).set(i);
    c.registeredOn = Date{2025, 3, 1};
    ServicePlan p;
    p.benefits = {"alocatie", "", "a,b", "@x", "alocatie"};
    p.services = {"centru-zi"};
    p.otherBenefits = "tab\there";
    p.otherServices = "\\";
    p.provider = "SPAS";
    p.goal = "Prevenirea separării";
    p.durationMonths = 240;
    p.caseOfficer = "Ion Pop";
    p.caseOfficerFunction = "responsabil de caz";
    p.completedOn = Date{2025, 3, 10};
    p.approvedOn = Date{2025, 3, 11};
    c.servicePlan = p;
    c.visits.push_back({Date{2025, 6, 1}, "Ion Pop", true, "s-a mutat\n", Date{2025, 6, 5}});
    c.visits.push_back({Date{2025, 9, 1}, "", false, "", std::nullopt});
    f.children.push_back(c);
    Child born;  // the CNP gives birth date and sex: both left out of the bucket
    born.id = "c9";
    born.name = "Ion";
    born.cnp = makeCnp(Sex::Female, Date{2012, 1, 19}, 22, 7);
    born.birthDate = Date{2012, 1, 19};
    born.sex = Sex::Female;
    born.servicePlan = ServicePlan{};  // present but empty, unlike absent
    f.children.push_back(born);
    Child bare;  // nothing but an id
    bare.id = "c10";
    f.children.push_back(bare);
    h.families.push_back(f);
    FamilyNucleus empty;  // an empty sheet and risk, unlike absent ones
    empty.id = "x";
    empty.sheet = ObservationSheet{};
    empty.risk = RiskIdentification{};
    h.families.push_back(empty);
    return h;
}

std::vector<HouseholdPtr> one(Household h) { return {std::make_shared<const Household>(std::move(h))}; }

}  // namespace

TEST_CASE("household bucket: the 10,000-child demo comes back field for field, bucket by bucket") {
    const Plan plan = makeDemoPlan(10000, 42, Date{2026, 11, 29});
    for (std::size_t start = 0; start < plan.households.size(); start += kBucketSize) {
        const auto stop = plan.households.begin() +
                          static_cast<std::ptrdiff_t>(std::min(start + kBucketSize, plan.households.size()));
        checkRoundTrip({plan.households.begin() + static_cast<std::ptrdiff_t>(start), stop});
    }
}

TEST_CASE("household bucket: every field, escapes, UTF-8, empty versus absent") {
    checkRoundTrip(one(everyField()));
    Household h = everyField();
    h.families.push_back(h.families.front());  // the same texts twice: now written once, in the table
    checkRoundTrip(one(h));
    const std::string text = encodeBucket(one(h));
    CHECK(text.find("\nS\t") != std::string::npos);
}

TEST_CASE("household bucket: an empty bucket") {
    const std::string text = encodeBucket({});
    const BucketRead read = decodeBucket(text);
    CHECK_FALSE(read.error);
    CHECK(read.households.empty());
}

TEST_CASE("household bucket: the same households always give the same bytes") {
    const Plan plan = makeDemoPlan(300, 7, Date{2026, 11, 29});
    CHECK(encodeBucket(plan.households) == encodeBucket(plan.households));
}

TEST_CASE("household bucket: a cut or a changed byte anywhere is a located error, never a crash") {
    const Plan plan = makeDemoPlan(12, 3, Date{2026, 11, 29});
    const std::string text = encodeBucket(plan.households);
    for (std::size_t n = 0; n < text.size(); ++n) {
        const BucketRead read = decodeBucket(std::string_view(text).substr(0, n));
        REQUIRE(read.error);
        CHECK(read.households.empty());
        CHECK(read.error->where.rfind("line ", 0) == 0);
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::string flipped = text;
        flipped[i] = static_cast<char>(flipped[i] ^ 0x20);
        const BucketRead read = decodeBucket(flipped);
        REQUIRE(read.error);
        CHECK(read.households.empty());
    }
}

TEST_CASE("household bucket: what is wrong, where, in Romanian and English") {
    const std::string text = encodeBucket(one(everyField()));

    SUBCASE("not a bucket") {
        CHECK(errorOf("{\"format\":\"prevplan-workspace\"}") ==
              "line 1, column 1: not a PrevPlan bucket of households");
        CHECK(errorOf("") == "line 1, column 1: not a PrevPlan bucket of households");
    }
    SUBCASE("a newer version") {
        const std::string newer = replaced(text, "prevplan-bucket\t1\t", "prevplan-bucket\t2\t");
        const BucketRead read = decodeBucket(newer);
        REQUIRE(read.error);
        CHECK(read.error->kind == ErrorKind::NewerVersion);
        CHECK(read.error->message(Lang::Ro) ==
              "rândul 1, coloana 17: grupul este în formatul 2, scris de o versiune mai nouă de PrevPlan (aceasta "
              "citește până la 1); actualizați aplicația");
    }
    SUBCASE("the checksum") {
        CHECK(errorOf(replaced(text, "Ana-Maria", "Ana-Marie")).find("the checksum does not match") !=
              std::string::npos);
    }
    SUBCASE("an indicator the catalog no longer has, once it is used") {
        const std::string code = std::string(" ") + indicator(1).code + " ";
        const std::string unknown = resealed(replaced(text, code, " 9.z "));
        CHECK(errorOf(unknown) == "line 7, column 33: indicator \"9.z\" is not in Table 1");
        CHECK(errorOf(unknown, Lang::Ro) == "rândul 7, coloana 33: indicatorul „9.z” nu există în Tabelul 1");
    }
    SUBCASE("a date that is not a date") {
        CHECK(errorOf(resealed(lineReplaced(text, "V\t", "V\tzz!"))) ==
              "line 11, column 3: \"zz!\" is not a valid date (1800–9999)");
        CHECK(errorOf(resealed(lineReplaced(text, "V\t", "V\t\tIon Pop"))) == "line 11, column 3: the date is missing");
    }
    SUBCASE("a household count the bucket does not hold") {
        CHECK(errorOf(resealed(replaced(text, "prevplan-bucket\t1\t1", "prevplan-bucket\t1\t99999999999999")))
                  .find("the number of households is missing or too large") != std::string::npos);
        CHECK(errorOf(resealed(replaced(text, "prevplan-bucket\t1\t1", "prevplan-bucket\t1\t2")))
                  .find("households are missing") != std::string::npos);
    }
    SUBCASE("a reference to a text the table does not have") {
        CHECK(
            errorOf(resealed(replaced(text, "\nF\t", "\nF\t@zz"))).find("a reference to a text that does not exist") !=
            std::string::npos);
    }
    SUBCASE("records out of place") {
        CHECK(errorOf(resealed(replaced(text, "\nH\t", "\nC\t"))) ==
              "line 5, column 1: the bucket of households is damaged: a child outside a family");
    }
}
