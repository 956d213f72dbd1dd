#pragma once
// The planning vocabulary in both languages, shared by the screens and the plan document:
// the prioritisation criteria of section 1.1.4.3, consultation formats and participants,
// kinds and statuses of actions. Indexed by the enums of planning.h.
#include "core/model/planning.h"
#include "core/base/text.h"

namespace prevplan {

inline constexpr Text kCriterionNames[kCriterionCount] = {
    {"Mărimea grupului", "Group size"},
    {"Urgența", "Urgency"},
    {"Consultarea", "Consultation"},
    {"Resurse umane și materiale", "Human and material resources"},
    {"Resurse financiare", "Financial resources"},
    {"Colaborare instituțională", "Institutional cooperation"},
    {"Parteneriat cu societatea civilă", "Civil society partnership"},
};
inline constexpr Text kConsultationFormatNames[kConsultationFormatCount] = {
    {"Întâlnire", "Meeting"},
    {"Dezbatere publică", "Public debate"},
    {"Sondaj online", "Online poll"},
    {"Sondaj prin SMS", "SMS poll"},
    {"Sesiune de parteneriat", "Partnership session"},
};
inline constexpr Text kParticipantKindNames[kParticipantKindCount] = {
    {"Familii", "Families"}, {"Copii și tineri", "Children and youth"}, {"ONG", "NGO"},
    {"Școala", "School"},    {"Sănătate", "Health"},                  {"Biserica", "Church"},
    {"DGASPC", "DGASPC"},    {"Consiliul local", "Local council"},    {"Alții", "Others"},
};
inline constexpr Text kActionKindNames[kActionKindCount] = {
    {"Serviciu nou", "New service"},
    {"Serviciu existent", "Existing service"},
    {"Contractare și subvenționare", "Contracting and subsidies"},
    {"Informare publică", "Public information"},
    {"Formarea personalului", "Staff training"},
    {"Altele", "Other"},
};
inline constexpr Text kActionStatusNames[kActionStatusCount] = {
    {"Planificată", "Planned"}, {"În desfășurare", "In progress"}, {"Realizată", "Done"},
    {"Amânată", "Postponed"},   {"Anulată", "Cancelled"},
};

}  // namespace prevplan
