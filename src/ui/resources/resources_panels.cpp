#include "ui/resources/resources_panels.h"

#include <imgui.h>

#include "core/base/format.h"
#include "core/base/words.h"
#include "core/resources/resource_edits.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/resources/resources_widgets.h"
#include "ui/resources/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {


// Edits row i of one list of the plan's resources as one undo step (typing coalesces by field).
template <typename List, typename Change>
void editRow(Context& ctx, const Plan& plan, List Resources::*list, std::size_t i, const char* field, Change change) {
    editPlanWith(ctx, plan, "resources", plan.id + "/resources/" + field + "/" + std::to_string(i),
                 [&](Plan& p) { change((p.resources.*list)[i]); });
}

// A row's delete button: it asks first, naming the row.
template <typename List>
void removeRow(Context& ctx, const Plan& plan, List Resources::*list, std::size_t i, const char* id,
               const ui::DeletionWords& words, const std::string& name, bool enabled = true) {
    if (!deleteButton((std::string(ctx.t(str::kRemoveRow)) + "##" + id + std::to_string(i)).c_str(),
                      !ctx.readOnly && enabled))
        return;
    askToDelete(ctx, plan, words, name, DeletionImpact(), "remove", [list, i](Plan& p) {
        auto& rows = p.resources.*list;
        if (i < rows.size()) rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(i));
    });
}

// A text cell of row i; the label, hidden, keeps the rows' fields apart for ImGui and the tests.
template <typename List, typename Row>
void textCell(Context& ctx, const Plan& plan, List Resources::*list, std::size_t i, const char* field,
              std::string Row::*member, const char* label) {
    std::string value = (plan.resources.*list)[i].*member;
    const std::string id = std::string(label) + " " + std::to_string(i + 1) + "##" + field;
    ImGui::SetNextItemWidth(-1);
    if (inputText(("##" + id).c_str(), value)) editRow(ctx, plan, list, i, field, [&](Row& r) { r.*member = value; });
    labelLastItem((std::string(label) + " " + std::to_string(i + 1)).c_str());
}

bool localityInUse(const Resources& r, const std::string& name) {
    for (const Service& s : r.services)
        if (s.locality == name) return true;
    return false;
}

void microAreaCounts(const Context& ctx, const Resources& r) {
    long urban = 0, noTransport = 0;
    for (const Locality& l : r.microArea) urban += l.urban, noTransport += !l.transport;
    const long n = static_cast<long>(r.microArea.size());
    textItem(format(ctx.t(str::kMicroAreaCounts), n, n - urban, urban, noTransport).c_str());
}

void localityRow(Context& ctx, const Plan& plan, std::size_t i) {
    const Locality& l = plan.resources.microArea[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    textItem(l.name.c_str());
    ImGui::TableNextColumn();
    textCell(ctx, plan, &Resources::microArea, i, "commune", &Locality::commune, ctx.t(str::kColItsCommune));
    ImGui::TableNextColumn();
    bool urban = l.urban, transport = l.transport;
    if (ImGui::Checkbox(("##urban" + std::to_string(i)).c_str(), &urban))
        editRow(ctx, plan, &Resources::microArea, i, "urban", [&](Locality& m) { m.urban = urban; });
    labelLastItem((std::string(ctx.t(str::kColUrban)) + " " + l.name).c_str());
    ImGui::TableNextColumn();
    int minutes = l.travelMinutes;
    ImGui::SetNextItemWidth(em() * 4);
    if (ImGui::InputInt(("##minutes" + std::to_string(i)).c_str(), &minutes, 0) && minutes >= 0)
        editRow(ctx, plan, &Resources::microArea, i, "minutes", [&](Locality& m) { m.travelMinutes = minutes; });
    labelLastItem((std::string(ctx.t(str::kColMinutes)) + " " + l.name).c_str());
    if (l.travelMinutes > kMicroAreaMinutes) {
        ImGui::SameLine();
        coloredText(ctx.t(str::kBeyondMicroArea), kColorWarning);
    }
    ImGui::TableNextColumn();
    if (ImGui::Checkbox(("##transport" + std::to_string(i)).c_str(), &transport))
        editRow(ctx, plan, &Resources::microArea, i, "transport", [&](Locality& m) { m.transport = transport; });
    labelLastItem((std::string(ctx.t(str::kColTransport)) + " " + l.name).c_str());
    ImGui::TableNextColumn();
    const bool inUse = localityInUse(plan.resources, l.name);
    removeRow(ctx, plan, &Resources::microArea, i, "locality", str::kLocalityDeletion, l.name, !inUse);
    if (inUse && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", ctx.t(str::kLocalityInUse));
}

}  // namespace

void microAreaPanel(Context& ctx, const Plan& plan, std::string& newLocality) {
    note(ctx.t(str::kMicroAreaNote), kColorMuted);
    microAreaCounts(ctx, plan.resources);
    if (ImGui::BeginTable("micro-area", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(ctx.t(str::kLocality), 0, 3);
        ImGui::TableSetupColumn(ctx.t(str::kColItsCommune), 0, 3);
        ImGui::TableSetupColumn(ctx.t(str::kColUrban), 0, 1);
        ImGui::TableSetupColumn(ctx.t(str::kColMinutes), 0, 2);
        ImGui::TableSetupColumn(ctx.t(str::kColTransport), 0, 1);
        ImGui::TableSetupColumn("##remove", 0, 1);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < plan.resources.microArea.size(); ++i) localityRow(ctx, plan, i);
        ImGui::EndTable();
    }
    inputText("##new-locality", newLocality, em() * 14);
    labelLastItem(ctx.t(str::kNewLocality));
    ImGui::SameLine();
    if (button(ctx.t(str::kAddLocality), !ctx.readOnly && canAddLocality(plan, newLocality))) {
        editPlanWith(ctx, plan, "add locality", {}, [&](Plan& p) { addLocality(p.resources, newLocality); });
        newLocality.clear();
    }
}

void partnersPanel(Context& ctx, const Plan& plan) {
    const auto& partners = plan.resources.partners;
    long county = 0;
    for (const Partner& p : partners) county += p.county;
    const long n = static_cast<long>(partners.size());
    textItem(format(ctx.t(str::kPartnerCounts), n, n - county, county).c_str());
    if (ImGui::BeginTable("partners", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(ctx.t(str::kColName), 0, 3);
        ImGui::TableSetupColumn(ctx.t(str::kColLevel), 0, 1.5f);
        ImGui::TableSetupColumn(ctx.t(str::kColRole), 0, 4);
        ImGui::TableSetupColumn(ctx.t(str::kContact), 0, 2);
        ImGui::TableSetupColumn("##remove", 0, 1);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < partners.size(); ++i) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            textCell(ctx, plan, &Resources::partners, i, "name", &Partner::name, ctx.t(str::kColName));
            ImGui::TableNextColumn();
            int level = partners[i].county;
            auto levelName = [&](int k) { return std::string(ctx.t(k ? str::kLevelCounty : str::kLevelLocal)); };
            if (choiceCombo(("##level" + std::to_string(i)).c_str(), (std::string(ctx.t(str::kColLevel)) + " " + std::to_string(i + 1)).c_str(),
                            levelName(level).c_str(), 2, level, levelName, -1))
                editRow(ctx, plan, &Resources::partners, i, "level", [&](Partner& m) { m.county = level == 1; });
            ImGui::TableNextColumn();
            textCell(ctx, plan, &Resources::partners, i, "role", &Partner::role, ctx.t(str::kColRole));
            ImGui::TableNextColumn();
            textCell(ctx, plan, &Resources::partners, i, "contact", &Partner::contact, ctx.t(str::kContact));
            ImGui::TableNextColumn();
            removeRow(ctx, plan, &Resources::partners, i, "partner", str::kPartnerDeletion,
                      partners[i].name.empty() ? std::to_string(i + 1) : partners[i].name);
        }
        ImGui::EndTable();
    }
    if (button(ctx.t(str::kAddPartner), !ctx.readOnly))
        editPlanWith(ctx, plan, "add partner", {}, [&](Plan& p) { addPartner(p); });
}

namespace {

void protectedChildren(Context& ctx, const Plan& plan) {
    const auto& rows = plan.resources.childrenInProtection;
    long total = 0;
    for (const ProtectedChildren& r : rows) total += r.children;
    textItem(ctx.t(str::kChildrenInProtection));
    textItem(format(ctx.t(str::kProtectedTotal), countOf(total, nouns::kChild, ctx.lang).c_str()).c_str());
    if (ImGui::BeginTable("in-protection", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(ctx.t(str::kColVillage), 0, 2);
        ImGui::TableSetupColumn(ctx.t(str::kChildren), 0, 1);
        ImGui::TableSetupColumn(ctx.t(str::kColFamilySituation), 0, 5);
        ImGui::TableSetupColumn("##remove", 0, 1);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < rows.size(); ++i) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            int village = 0;
            for (std::size_t v = 0; v < plan.villages.size(); ++v)
                if (plan.villages[v].name == rows[i].village) village = static_cast<int>(v);
            auto villageName = [&](int v) { return plan.villages.empty() ? std::string() : plan.villages[static_cast<std::size_t>(v)].name; };
            if (choiceCombo(("##village" + std::to_string(i)).c_str(), (std::string(ctx.t(str::kColVillage)) + " " + std::to_string(i + 1)).c_str(),
                            rows[i].village.c_str(), static_cast<int>(plan.villages.size()), village, villageName, -1))
                editRow(ctx, plan, &Resources::childrenInProtection, i, "village",
                        [&](ProtectedChildren& m) { m.village = villageName(village); });
            ImGui::TableNextColumn();
            int children = rows[i].children;
            ImGui::SetNextItemWidth(-1);
            if (ImGui::InputInt(("##children" + std::to_string(i)).c_str(), &children, 0) && children >= 0)
                editRow(ctx, plan, &Resources::childrenInProtection, i, "children", [&](ProtectedChildren& m) { m.children = children; });
            labelLastItem((std::string(ctx.t(str::kChildren)) + " " + std::to_string(i + 1)).c_str());
            ImGui::TableNextColumn();
            textCell(ctx, plan, &Resources::childrenInProtection, i, "situation", &ProtectedChildren::familySituation,
                     ctx.t(str::kColFamilySituation));
            ImGui::TableNextColumn();
            removeRow(ctx, plan, &Resources::childrenInProtection, i, "protected", str::kProtectedRowDeletion,
                      rows[i].village);
        }
        ImGui::EndTable();
    }
    if (button((std::string(ctx.t(str::kAddRow)) + "##protected").c_str(), !ctx.readOnly && !plan.villages.empty()))
        editPlanWith(ctx, plan, "add protected children", {}, [&](Plan& p) { addProtectedChildren(p); });
}

void dgaspcServices(Context& ctx, const Plan& plan) {
    static const Text* const kLists[] = {&str::kListFamilyType, &str::kListCounty, &str::kListPlanned};
    const auto& rows = plan.resources.dgaspcServices;
    textItem(ctx.t(str::kDgaspcServices));
    if (ImGui::BeginTable("dgaspc-services", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(ctx.t(str::kColList), 0, 2);
        ImGui::TableSetupColumn(ctx.t(str::kColType), 0, 3);
        ImGui::TableSetupColumn(ctx.t(str::kColName), 0, 3);
        ImGui::TableSetupColumn(ctx.t(str::kColWhere), 0, 2);
        ImGui::TableSetupColumn(ctx.t(str::kColNote), 0, 3);
        ImGui::TableSetupColumn("##remove", 0, 1);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::string n = std::to_string(i + 1);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            int list = static_cast<int>(rows[i].list);
            auto listName = [&](int k) { return std::string(ctx.t(*kLists[k])); };
            if (choiceCombo(("##list" + n).c_str(), (std::string(ctx.t(str::kColList)) + " " + n).c_str(), listName(list).c_str(), 3,
                            list, listName, -1))
                editRow(ctx, plan, &Resources::dgaspcServices, i, "list",
                        [&](DgaspcService& m) { m.list = static_cast<DgaspcListKind>(list); });
            ImGui::TableNextColumn();
            std::string type = rows[i].type;
            if (serviceTypeCombo(ctx, ("##dgaspc-type" + n).c_str(), (std::string(ctx.t(str::kColType)) + " " + n).c_str(), type, true, -1))
                editRow(ctx, plan, &Resources::dgaspcServices, i, "type", [&](DgaspcService& m) { m.type = type; });
            ImGui::TableNextColumn();
            textCell(ctx, plan, &Resources::dgaspcServices, i, "dname", &DgaspcService::name, ctx.t(str::kColName));
            ImGui::TableNextColumn();
            textCell(ctx, plan, &Resources::dgaspcServices, i, "place", &DgaspcService::place, ctx.t(str::kColWhere));
            ImGui::TableNextColumn();
            textCell(ctx, plan, &Resources::dgaspcServices, i, "note", &DgaspcService::note, ctx.t(str::kColNote));
            ImGui::TableNextColumn();
            removeRow(ctx, plan, &Resources::dgaspcServices, i, "dgaspc", str::kDgaspcServiceDeletion,
                      rows[i].name.empty() ? n : rows[i].name);
        }
        ImGui::EndTable();
    }
    if (button(ctx.t(str::kAddDgaspcService), !ctx.readOnly))
        editPlanWith(ctx, plan, "add DGASPC service", {}, [&](Plan& p) { addDgaspcService(p); });
}

}  // namespace

void dgaspcPanel(Context& ctx, const Plan& plan) {
    std::optional<Date> on = plan.resources.dgaspcListsOn;
    if (dateField(ctx.t(str::kDgaspcListsOn), on, em() * 8, ctx.lang))
        editPlanWith(ctx, plan, "DGASPC lists date", plan.id + "/resources/dgaspc-on", [&](Plan& p) { p.resources.dgaspcListsOn = on; });
    ImGui::Spacing();
    protectedChildren(ctx, plan);
    ImGui::Spacing();
    dgaspcServices(ctx, plan);
}

}  // namespace prevplan::ui
