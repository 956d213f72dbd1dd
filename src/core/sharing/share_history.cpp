#include "core/sharing/share_history.h"

#include <iterator>

#include "core/base/format.h"

namespace prevplan {

namespace {

// By ShareKind; %s: the date; the decision's number follows in brackets when it has one.
constexpr Text kShareLines[] = {
    {"Documentul planului deschis sau descărcat la %s", "The plan document opened or downloaded on %s"},
    {"Trimis DGASPC la %s", "Sent to the DGASPC on %s"},
    {"Aprobat de consiliul local la %s", "Approved by the local council on %s"},
};
static_assert(std::size(kShareLines) == static_cast<std::size_t>(ShareKind::CouncilDecision) + 1,
              "a line for every kind");
constexpr Text kDecisionNumber{" (HCL nr. %s)", " (decision no. %s)"};

}  // namespace

void recordShare(Plan& plan, ShareKind what, const Date& on, std::string note) {
    for (ShareRecord& r : plan.shared)
        if (r.what == what && r.on == on) {
            r.note = std::move(note);
            return;
        }
    plan.shared.push_back({on, what, std::move(note)});
}

void recordShare(Workspace& ws, const Id& planId, ShareKind what, const Date& on) {
    if (findPlan(ws, planId)) recordShare(editPlan(ws, planId), what, on);
}

std::string shareLine(const ShareRecord& record, Lang lang) {
    std::string line = format(kShareLines[static_cast<int>(record.what)].in(lang), record.on.shown().c_str());
    if (!record.note.empty()) line += format(kDecisionNumber.in(lang), record.note.c_str());
    return line;
}

const ShareRecord* lastSent(const Plan& plan) {
    const ShareRecord* last = nullptr;
    for (const ShareRecord& r : plan.shared)
        if (r.what != ShareKind::PlanDocument && (!last || !(r.on < last->on))) last = &r;
    return last;
}

}  // namespace prevplan
