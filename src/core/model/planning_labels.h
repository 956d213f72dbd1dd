#pragma once
// The planning vocabulary in both languages, shared by the screens and the plan document:
// the prioritisation criteria of section 1.1.4.3, consultation formats and participants,
// kinds and statuses of actions. Indexed by the enums of planning.h, one name per value (checked).
#include <iterator>

#include "core/model/planning.h"
#include "core/base/text.h"

namespace prevplan {

inline constexpr Text kCriterionNames[] = {
    {"Mărimea grupului", "Group size"},
    {"Urgența", "Urgency"},
    {"Consultarea", "Consultation"},
    {"Resurse umane și materiale", "Human and material resources"},
    {"Resurse financiare", "Financial resources"},
    {"Colaborare instituțională", "Institutional cooperation"},
    {"Parteneriat cu societatea civilă", "Civil society partnership"},
};
static_assert(std::size(kCriterionNames) == kCriterionCount, "one name per enum value");
inline constexpr Text kConsultationFormatNames[] = {
    {"Întâlnire", "Meeting"},
    {"Dezbatere publică", "Public debate"},
    {"Sondaj online", "Online poll"},
    {"Sondaj prin SMS", "SMS poll"},
    {"Sesiune de parteneriat", "Partnership session"},
};
static_assert(std::size(kConsultationFormatNames) == kConsultationFormatCount, "one name per enum value");
inline constexpr Text kParticipantKindNames[] = {
    {"Familii", "Families"}, {"Copii și tineri", "Children and youth"}, {"ONG", "NGO"},
    {"Școala", "School"},    {"Sănătate", "Health"},                  {"Biserica", "Church"},
    {"DGASPC", "DGASPC"},    {"Consiliul local", "Local council"},    {"Alții", "Others"},
};
static_assert(std::size(kParticipantKindNames) == kParticipantKindCount, "one name per enum value");
inline constexpr Text kActionKindNames[] = {
    {"Serviciu nou", "New service"},
    {"Serviciu existent", "Existing service"},
    {"Contractare și subvenționare", "Contracting and subsidies"},
    {"Informare publică", "Public information"},
    {"Formarea personalului", "Staff training"},
    {"Altele", "Other"},
};
static_assert(std::size(kActionKindNames) == kActionKindCount, "one name per enum value");
inline constexpr Text kActionStatusNames[] = {
    {"Planificată", "Planned"}, {"În desfășurare", "In progress"}, {"Realizată", "Done"},
    {"Amânată", "Postponed"},   {"Anulată", "Cancelled"},
};
static_assert(std::size(kActionStatusNames) == kActionStatusCount, "one name per enum value");

}  // namespace prevplan
