#include "core/observatory/household_proposal.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <map>
#include <set>

#include "core/base/csv.h"
#include "core/base/format.h"
#include "core/base/words.h"

namespace prevplan {

namespace {

std::vector<std::string> words(const std::string& text) {
    // mappingKey leaves single spaces between words.
    std::vector<std::string> out;
    const std::string key = mappingKey(text);
    for (std::size_t at = 0; at < key.size();) {
        const std::size_t end = std::min(key.find(' ', at), key.size());
        if (end > at) out.push_back(key.substr(at, end - at));
        at = end + 1;
    }
    return out;
}

std::string joinedWords(const std::vector<std::string>& ws) {
    std::string out;
    for (const auto& w : ws) out += (out.empty() ? "" : " ") + w;
    return out;
}

bool isNumber(const std::string& w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

// Words an address may have or leave out, and the short form of those written both ways.
const char* const kAddressFillers[] = {"str", "strada", "nr", "numar", "numarul", "no"};
const std::pair<const char*, const char*> kAddressShort[] = {
    {"bloc", "bl"}, {"scara", "sc"}, {"etaj", "et"}, {"apartament", "ap"}, {"apartamentul", "ap"}};

// "Str. Mare, nr. 12 A" and "strada mare 12a" → "mare 12a".
std::string addressKey(const std::string& address) {
    std::vector<std::string> out;
    for (std::string w : words(address)) {
        if (std::any_of(std::begin(kAddressFillers), std::end(kAddressFillers), [&](const char* f) { return w == f; }))
            continue;
        for (const auto& [full, shortForm] : kAddressShort)
            if (w == full) w = shortForm;
        if (w.size() == 1 && !isNumber(w) && !out.empty() && isNumber(out.back())) out.back() += w;
        else out.push_back(w);
    }
    return joinedWords(out);
}

// "Satul Deal" and "DEAL" → "deal".
std::string villageKey(const std::string& village) {
    std::vector<std::string> ws = words(village);
    if (ws.size() > 1 && (ws[0] == "sat" || ws[0] == "satul")) ws.erase(ws.begin());
    return joinedWords(ws);
}

// "POPESCU Maria" and "Maria Popescu" → "maria popescu".
std::string personKey(const std::string& name) {
    std::vector<std::string> ws = words(name);
    std::sort(ws.begin(), ws.end());
    return joinedWords(ws);
}

// A short code from the key: the same household gets the same code in every import of the list.
std::string codeOf(const std::string& key) {
    std::uint32_t h = 2166136261u;  // FNV-1a
    for (unsigned char c : key) h = (h ^ c) * 16777619u;
    char buf[16];
    std::snprintf(buf, sizeof buf, "G-%08x", static_cast<unsigned>(h));
    return buf;
}

bool shareAWord(const std::string& a, const std::string& b) {
    const std::vector<std::string> wa = words(a), wb = words(b);
    return std::any_of(wa.begin(), wa.end(),
                       [&](const std::string& w) { return std::find(wb.begin(), wb.end(), w) != wb.end(); });
}

// The columns the proposal reads, found by their PrevPlan names.
struct Columns {
    int householdId = -1, familyId = -1, village = -1, address = -1, head = -1, child = -1, cnp = -1, birth = -1;
    explicit Columns(const std::vector<std::string>& header) {
        const std::pair<const char*, int*> names[] = {
            {"household_id", &householdId}, {"family_id", &familyId}, {"village", &village}, {"address", &address},
            {"family_head", &head},         {"child_name", &child},   {"cnp", &cnp},         {"birth_date", &birth}};
        for (std::size_t j = 0; j < header.size(); ++j)
            for (const auto& [name, slot] : names)
                if (*slot < 0 && mappingKey(header[j]) == mappingKey(name)) *slot = static_cast<int>(j);
    }
};

std::string cell(const CsvRecord& r, int column) {
    if (column < 0 || static_cast<std::size_t>(column) >= r.fields.size()) return {};
    return std::string(trimmedCell(csvCellValue(r.fields[static_cast<std::size_t>(column)])));
}

void doubt(ProposedHousehold& h, HouseholdDoubt d) {
    if (std::find(h.doubts.begin(), h.doubts.end(), d) == h.doubts.end()) h.doubts.push_back(d);
}

// Children at one address who share no name with another child there: maybe two households.
bool surnamesDiffer(const ProposedHousehold& h) {
    std::vector<const std::string*> names;
    for (const auto& f : h.families)
        for (const auto& c : f.children) names.push_back(&c);
    for (std::size_t a = 0; a < names.size(); ++a) {
        bool shared = names.size() == 1;
        for (std::size_t b = 0; b < names.size() && !shared; ++b) shared = a != b && shareAWord(*names[a], *names[b]);
        if (!shared) return true;
    }
    return false;
}

}  // namespace

int ProposedHousehold::childCount() const {
    int n = 0;
    for (const auto& f : families) n += static_cast<int>(f.children.size());
    return n;
}

bool needsHouseholdProposal(const ColumnMapping& mapping) {
    return std::find(mapping.targets.begin(), mapping.targets.end(), "household_id") == mapping.targets.end();
}

HouseholdProposal proposeHouseholds(std::string_view mappedCsv) {
    const CsvDocument doc = readCsv(mappedCsv);
    HouseholdProposal p;
    if (doc.records.empty()) return p;
    const Columns col(doc.records.front().fields);
    std::map<std::string, std::size_t> householdByKey;
    std::set<std::string> codes;
    std::vector<std::map<std::string, std::size_t>> familyByKey;
    std::vector<bool> parentless;  // per household: whether a family holds the children without a parent
    for (std::size_t i = 1; i < doc.records.size(); ++i) {
        const CsvRecord& r = doc.records[i];
        const std::string village = cell(r, col.village), address = cell(r, col.address);
        const std::string child = cell(r, col.child), head = cell(r, col.head);
        const bool alone = addressKey(address).empty();
        // Without an address the child is the household: its code still comes from what the row says.
        const std::string key = alone ? "\x01" + villageKey(village) + "|" + personKey(child) + "|" +
                                            cell(r, col.birth) + "|" + cell(r, col.cnp) + "|" + std::to_string(r.line)
                                      : villageKey(village) + "|" + addressKey(address);
        auto [it, isNew] = householdByKey.emplace(key, p.households.size());
        if (isNew) {
            ProposedHousehold h;
            // Two households whose codes meet are told apart by the order of the list.
            const std::string base = codeOf(alone ? key.substr(0, key.rfind('|')) : key);
            std::string code = base;
            for (int n = 2; !codes.insert(code).second; ++n) code = base + "-" + std::to_string(n);
            h.id = code;
            h.village = village;
            h.address = address;
            h.line = r.line;
            if (alone) doubt(h, HouseholdDoubt::NoAddress);
            p.households.push_back(std::move(h));
            familyByKey.emplace_back();
            parentless.push_back(false);
        }
        const std::size_t hi = it->second;
        ProposedHousehold& h = p.households[hi];
        const std::string familyId = cell(r, col.familyId);
        const std::string familyKey = !familyId.empty() ? "\x01" + familyId : personKey(head);
        auto [fit, newFamily] = familyByKey[hi].emplace(familyKey, h.families.size());
        if (newFamily) {
            ProposedFamily f;
            f.id = h.id + "/" + std::to_string(h.families.size() + 1);
            f.head = head;
            h.families.push_back(std::move(f));
            p.families += 1;
        }
        h.families[fit->second].children.push_back(child);
        parentless[hi] = parentless[hi] || familyKey.empty();
        p.rows.emplace_back(hi, fit->second);
        p.children += 1;
    }
    for (std::size_t hi = 0; hi < p.households.size(); ++hi) {
        ProposedHousehold& h = p.households[hi];
        // Children without a parent next to a named one: whose they are is for a person to say.
        if (parentless[hi] && h.families.size() > 1) doubt(h, HouseholdDoubt::NoParent);
        if (surnamesDiffer(h)) doubt(h, HouseholdDoubt::SurnamesDiffer);
    }
    return p;
}

std::string applyHouseholdProposal(std::string_view mappedCsv, const HouseholdProposal& proposal) {
    CsvDocument doc = readCsv(mappedCsv);
    std::vector<std::string> header =
        doc.records.empty() ? std::vector<std::string>{} : std::move(doc.records[0].fields);
    doc = {};
    const Columns col(header);
    const bool addHousehold = col.householdId < 0, addFamily = col.familyId < 0;
    if (addFamily) header.insert(header.begin(), "family_id");
    if (addHousehold) header.insert(header.begin(), "household_id");
    const int shift = (addHousehold ? 1 : 0) + (addFamily ? 1 : 0);
    const int householdAt = addHousehold ? 0 : col.householdId + shift;
    const int familyAt = addFamily ? (addHousehold ? 1 : 0) : col.familyId + shift;
    std::size_t row = 0;
    return rewriteRows(mappedCsv, header, [&](const CsvRecord& r) {
        std::vector<std::string> fields(static_cast<std::size_t>(shift));
        fields.insert(fields.end(), r.fields.begin(), r.fields.end());
        fields.resize(std::max(fields.size(), header.size()));
        if (row >= proposal.rows.size()) return fields;
        const auto [hi, fi] = proposal.rows[row++];
        const ProposedHousehold& h = proposal.households[hi];
        // The rows of one household (or family) are written alike, as the importer expects them.
        const std::pair<int, const std::string*> values[] = {
            {householdAt, &h.id},
            {familyAt, &h.families[fi].id},
            {col.village < 0 ? -1 : col.village + shift, &h.village},
            {col.address < 0 ? -1 : col.address + shift, &h.address},
            {col.head < 0 ? -1 : col.head + shift, &h.families[fi].head}};
        for (const auto& [at, value] : values)
            if (at >= 0) fields[static_cast<std::size_t>(at)] = inertCsvCell(*value);
        return fields;
    });
}

std::vector<std::size_t> reviewOrder(const HouseholdProposal& proposal) {
    std::vector<std::size_t> order(proposal.households.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_partition(order.begin(), order.end(),
                          [&](std::size_t i) { return !proposal.households[i].doubts.empty(); });
    return order;
}

const Text& doubtText(HouseholdDoubt doubt) {
    static const Text kTexts[] = {
        {"fără adresă: o gospodărie separată", "no address: a household of its own"},
        {"aceeași adresă, nume diferite: poate sunt două gospodării",
         "same address, different surnames: maybe two households"},
        {"un copil fără părinte la o adresă cu părinți numiți: o familie aparte",
         "a child without a parent at an address with named parents: a family of its own"},
    };
    return kTexts[static_cast<int>(doubt)];
}

std::vector<std::string> proposalSummary(const HouseholdProposal& p, Lang lang) {
    static constexpr Text kProposed{"Propunere: %s, %s, %s.", "Proposal: %s, %s, %s."};
    static constexpr Text kToReview{"De verificat: %s.", "To review: %s."};
    static constexpr Text kLine{"rândul %d", "line %d"};
    static constexpr Text kNoAddress{"(fără adresă)", "(no address)"};
    std::vector<std::string> lines{
        format(kProposed.in(lang), countOf(p.households.size(), nouns::kHousehold, lang).c_str(),
               countOf(p.families, nouns::kFamily, lang).c_str(), countOf(p.children, nouns::kChild, lang).c_str())};
    const auto uncertain = std::count_if(p.households.begin(), p.households.end(),
                                         [](const ProposedHousehold& h) { return !h.doubts.empty(); });
    if (uncertain == 0) return lines;
    lines.push_back(format(kToReview.in(lang), countOf(uncertain, nouns::kHousehold, lang).c_str()));
    for (std::size_t i : reviewOrder(p)) {
        const ProposedHousehold& h = p.households[i];
        if (h.doubts.empty()) break;
        std::vector<std::string> children, doubts;
        for (const auto& f : h.families) children.insert(children.end(), f.children.begin(), f.children.end());
        for (HouseholdDoubt d : h.doubts) doubts.push_back(doubtText(d).in(lang));
        lines.push_back(format(kLine.in(lang), h.line) + " – " + h.village + ", " +
                        (h.address.empty() ? kNoAddress.in(lang) : h.address) + ": " + listOf(children, lang) + " – " +
                        listOf(doubts, lang));
    }
    return lines;
}

}  // namespace prevplan
