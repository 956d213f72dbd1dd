#include "ui/resources/service_form.h"

#include <imgui.h>

#include "core/base/format.h"
#include "core/catalog/a25.h"
#include "core/resources/inventory_query.h"
#include "core/resources/resource_edits.h"
#include "ui/kit/plan_edit.h"
#include "ui/resources/resources_widgets.h"
#include "ui/resources/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {

// Applies a change to one service of a plan copy as one undo step; typing in a field coalesces.
template <typename Change>
void editService(Context& ctx, const Plan& plan, const Service& s, const char* field, Change change) {
    editPlanWith(ctx, plan, "service", fieldKey(plan, s.id, field), [&](Plan& p) {
        for (Service& mine : p.resources.services)
            if (mine.id == s.id) change(mine);
    });
}


}  // namespace

void ServiceForm::identification(Context& ctx, const Plan& plan, const Service& s) {
    std::string type = s.type;
    if (serviceTypeCombo(ctx, "##type", ctx.t(str::kFieldType), type, false, em() * 30))
        editService(ctx, plan, s, "type", [&](Service& m) { m.type = type; });
    ImGui::SameLine();
    textItem(ctx.t(str::kFieldType));
    std::string name = s.name;
    if (inputText(ctx.t(str::kFieldName), name, em() * 30)) editService(ctx, plan, s, "name", [&](Service& m) { m.name = name; });

    int supplier = s.supplier;
    auto supplierName = [&](int i) { return std::string(i == 0 ? ctx.t(str::kNotRecorded) : ctx.t(supplierTypes()[i - 1].label)); };
    if (choiceCombo("##supplier", ctx.t(str::kSupplier), supplierName(supplier).c_str(),
                    static_cast<int>(supplierTypes().size) + 1, supplier, supplierName, em() * 30))
        editService(ctx, plan, s, "supplier", [&](Service& m) { m.supplier = supplier; });
    ImGui::SameLine();
    textItem(ctx.t(str::kSupplier));
    if (s.supplier > 0 && supplierTypes()[s.supplier - 1].specify) {
        std::string other = s.supplierOther;
        if (inputText(ctx.t(str::kFieldSupplierOther), other, em() * 30))
            editService(ctx, plan, s, "supplier_other", [&](Service& m) { m.supplierOther = other; });
    }

    // The commune-wide choice, the commune's villages, then the micro-area.
    std::vector<std::string> places{""};
    for (const Village& v : plan.villages) places.push_back(v.name);
    for (const Locality& l : plan.resources.microArea) places.push_back(l.name);
    int current = 0;
    for (std::size_t i = 0; i < places.size(); ++i)
        if (places[i] == s.locality) current = static_cast<int>(i);
    auto placeName = [&](int i) {
        if (i == 0) return std::string(ctx.t(str::kCommuneWide));
        const bool micro = static_cast<std::size_t>(i) > plan.villages.size();
        return places[static_cast<std::size_t>(i)] + (micro ? std::string(" · ") + ctx.t(str::kInMicroArea) : "");
    };
    const std::string preview = !s.locality.empty() && places[static_cast<std::size_t>(current)] != s.locality
                                    ? s.locality + " " + ctx.t(str::kOutsideReach)
                                    : placeName(current);
    if (choiceCombo("##locality", ctx.t(str::kLocality), preview.c_str(), static_cast<int>(places.size()), current,
                    placeName, em() * 30))
        editService(ctx, plan, s, "locality", [&](Service& m) { m.locality = places[static_cast<std::size_t>(current)]; });
    ImGui::SameLine();
    textItem(ctx.t(str::kLocality));

    std::string interviewer = s.interviewer, interviewee = s.interviewee;
    if (inputText(ctx.t(str::kFieldInterviewer), interviewer, em() * 30))
        editService(ctx, plan, s, "interviewer", [&](Service& m) { m.interviewer = interviewer; });
    if (inputText(ctx.t(str::kFieldInterviewee), interviewee, em() * 30))
        editService(ctx, plan, s, "interviewee", [&](Service& m) { m.interviewee = interviewee; });
}

void ServiceForm::capacity(Context& ctx, const Plan& plan, const Service& s) {
    YesNo accredited = s.accredited;
    if (yesNoField(ctx, ctx.t(str::kFieldAccredited), "accredited", accredited))
        editService(ctx, plan, s, "accredited", [&](Service& m) { m.accredited = accredited; });
    std::optional<int> capacity = s.capacity, freePlaces = s.freePlaces, cost = s.monthlyCost;
    if (optionalCountField(ctx.t(str::kFieldCapacity), capacity, em() * 6))
        editService(ctx, plan, s, "capacity", [&](Service& m) { m.capacity = capacity; });
    ImGui::SameLine();
    if (optionalCountField(ctx.t(str::kFieldFreePlaces), freePlaces, em() * 6))
        editService(ctx, plan, s, "free_places", [&](Service& m) { m.freePlaces = freePlaces; });
    ImGui::SameLine();
    mutedText(format("(%s)", ctx.t(str::kEmptyUnknown)).c_str());
    YesNo placesForSeparated = s.placesForSeparated;
    if (yesNoField(ctx, ctx.t(str::kFieldPlacesForSeparated), "places-for-separated", placesForSeparated))
        editService(ctx, plan, s, "places_for_separated",
                    [&](Service& m) { m.placesForSeparated = placesForSeparated; });
    std::string access = s.access, timetable = s.timetable, costNote = s.costNote;
    if (inputText(ctx.t(str::kFieldAccess), access, em() * 30)) editService(ctx, plan, s, "access", [&](Service& m) { m.access = access; });
    if (inputText(ctx.t(str::kFieldTimetable), timetable, em() * 30))
        editService(ctx, plan, s, "timetable", [&](Service& m) { m.timetable = timetable; });
    if (optionalCountField(ctx.t(str::kFieldCost), cost, em() * 6))
        editService(ctx, plan, s, "monthly_cost", [&](Service& m) { m.monthlyCost = cost; });
    std::optional<int> beneficiaryCost = s.beneficiaryCost;
    if (optionalCountField(ctx.t(str::kFieldBeneficiaryCost), beneficiaryCost, em() * 6))
        editService(ctx, plan, s, "beneficiary_cost", [&](Service& m) { m.beneficiaryCost = beneficiaryCost; });
    if (inputText(ctx.t(str::kFieldCostNote), costNote, em() * 30))
        editService(ctx, plan, s, "cost_note", [&](Service& m) { m.costNote = costNote; });
}

void ServiceForm::activities(Context& ctx, const Plan& plan, const Service& s) {
    textItem(ctx.t(str::kFieldActivities));
    if (!ImGui::BeginTable("activities", 2, ImGuiTableFlags_SizingStretchSame)) return;
    for (const ServiceActivity& a : serviceActivities()) {
        ImGui::TableNextColumn();
        bool on = hasActivity(s, a.code);
        const std::string label = std::to_string(a.code) + " " + ctx.t(a.label);
        if (ImGui::Checkbox(label.c_str(), &on))
            editService(ctx, plan, s, "activities", [&](Service& m) {
                auto& list = m.activities;
                if (on) list.push_back(a.code);
                else list.erase(std::remove(list.begin(), list.end(), a.code), list.end());
            });
    }
    ImGui::EndTable();
    std::string other = s.activitiesOther;
    if (inputText(ctx.t(str::kFieldActivitiesOther), other, em() * 30))
        editService(ctx, plan, s, "activities_other", [&](Service& m) { m.activitiesOther = other; });
}

void ServiceForm::accessibility(Context& ctx, const Plan& plan, const Service& s) {
    textItem(ctx.t(str::kFieldAccessibility));
    for (const AccessibilityItem& item : accessibilityItems()) {
        bool on = hasAccessibility(s, item.letter);
        const std::string label = std::string(1, item.letter) + ". " + ctx.t(item.question);
        if (ImGui::Checkbox(label.c_str(), &on))
            editService(ctx, plan, s, "accessibility", [&](Service& m) {
                if (on) m.accessibility += item.letter;
                else m.accessibility.erase(m.accessibility.find(item.letter), 1);
                std::sort(m.accessibility.begin(), m.accessibility.end());
            });
    }
}

void ServiceForm::relationship(Context& ctx, const Plan& plan, const Service& s) {
    YesNo cooperates = s.spasCooperates, referred = s.referredLastYear;
    if (yesNoField(ctx, ctx.t(str::kFieldCooperates), "cooperates", cooperates))
        editService(ctx, plan, s, "cooperates", [&](Service& m) { m.spasCooperates = cooperates; });
    if (yesNoField(ctx, ctx.t(str::kFieldReferred), "referred", referred))
        editService(ctx, plan, s, "referred", [&](Service& m) { m.referredLastYear = referred; });
    // IS18 and SSoc9 are asked only of a service in the functional micro-area.
    if (placeOf(plan, s) == ServicePlace::MicroArea) {
        YesNo known = s.communeBeneficiaries, reported = s.communeBeneficiariesReported;
        if (yesNoField(ctx, ctx.t(str::kFieldCommuneBeneficiaries), "commune-beneficiaries", known))
            editService(ctx, plan, s, "commune_beneficiaries", [&](Service& m) { m.communeBeneficiaries = known; });
        if (yesNoField(ctx, ctx.t(str::kFieldCommuneBeneficiariesReported), "commune-beneficiaries-reported", reported))
            editService(ctx, plan, s, "commune_beneficiaries_reported",
                        [&](Service& m) { m.communeBeneficiariesReported = reported; });
    }
    int efficiency = s.efficiency, selfRating = s.selfRating;
    ImGui::SetNextItemWidth(em() * 12);
    if (ImGui::SliderInt(ctx.t(str::kFieldEfficiency), &efficiency, 0, 10))
        editService(ctx, plan, s, "efficiency", [&](Service& m) { m.efficiency = efficiency; });
    ImGui::SetNextItemWidth(em() * 12);
    if (ImGui::SliderInt(ctx.t(str::kFieldSelfRating), &selfRating, 0, 10))
        editService(ctx, plan, s, "self_rating", [&](Service& m) { m.selfRating = selfRating; });
    std::string contact = s.contact;
    if (inputText(ctx.t(str::kContact), contact, em() * 30))
        editService(ctx, plan, s, "contact", [&](Service& m) { m.contact = contact; });
    std::optional<Date> checked = s.checkedOn;
    if (dateField(ctx.t(str::kFieldChecked), checked, em() * 8, ctx.lang))
        editService(ctx, plan, s, "checked_on", [&](Service& m) { m.checkedOn = checked; });
    ImGui::SameLine();
    if (button(ctx.t(str::kCheckedToday), !ctx.readOnly))
        editService(ctx, plan, s, "checked_today", [&](Service& m) { m.checkedOn = today(); });
    if (recheckDue(s, today())) note(ctx.t(str::kRecheckDue), kColorWarning);
}

bool ServiceForm::draw(Context& ctx, const Plan& plan, const std::string& serviceId) {
    const Service* s = findService(plan.resources, serviceId);
    if (!s || button(ctx.t(str::kBackToInventory))) return false;
    ImGui::SameLine();
    textItem(ctx.t(str::kServiceSheet));
    ImGui::Separator();
    ImGui::BeginChild("service-form");
    if (ctx.readOnly) ImGui::BeginDisabled();
    identification(ctx, plan, *s);
    ImGui::Separator();
    capacity(ctx, plan, *s);
    ImGui::Separator();
    activities(ctx, plan, *s);
    ImGui::Separator();
    accessibility(ctx, plan, *s);
    ImGui::Separator();
    relationship(ctx, plan, *s);
    ImGui::Spacing();
    if (deleteButton(ctx.t(str::kDeleteService), !ctx.readOnly))
        askToDelete(ctx, plan, str::kServiceDeletion, s->name.empty() ? s->id : s->name, DeletionImpact(),
                    "delete service", [id = s->id](Plan& p) { deleteService(p.resources, id); });
    if (ctx.readOnly) ImGui::EndDisabled();
    ImGui::EndChild();
    return true;
}

}  // namespace prevplan::ui
