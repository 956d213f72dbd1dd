#pragma once
// The words of the required-services screen (section 1.1.3): the gap analysis by group and by
// service, the urgent households and the candidate services, Romanian first.
#include "core/base/text.h"
#include "core/base/words.h"

namespace prevplan::str {

// Required services
inline constexpr Text kGapIntro{
    "Nevoile din Observator comparate cu resursele: sub 15 copii, planuri de servicii individuale cu serviciile "
    "existente; de la 15 copii, un serviciu — în comună, în microzonă sau de înființat. Cifrele sunt confirmate "
    "unde s-a făcut identificarea riscurilor, altfel doar suspectate.",
    "The Observatory's needs set against the resources: under 15 children, individual service plans with existing "
    "services; from 15 children, a service — in the commune, in the micro-area or to be set up. Figures are "
    "confirmed where risk identification was done, otherwise only suspected."};
// Numbers of households (groupedNumber), a count of children (countOf), a number of children.
inline constexpr Text kAtRiskLine{"Gospodării cu cel puțin un risc: %s (confirmate: %s), cu %s (confirmați: %s)",
                                  "Households with at least one risk: %s (confirmed: %s), with %s (confirmed: %s)"};
inline constexpr Text kTabByGroup{"Pe grupuri de risc", "By risk group"};
inline constexpr Text kTabByService{"Pe servicii", "By service"};
inline constexpr Text kTabUrgent{"Gospodăriile cele mai urgente", "Most urgent households"};
inline constexpr Text kTabCandidates{"Servicii candidate", "Candidate services"};
inline constexpr Text kCoreServices{"Cele trei tipuri de servicii de care au nevoie majoritatea comunelor",
                                    "The three service types most communes need"};
inline constexpr Text kSearchGroupHint{"grup sau cod de indicator", "group or indicator code"};
inline constexpr Text kOnlyLarge{"Doar grupurile de 15+ copii", "Only groups of 15+ children"};
inline constexpr Noun kGroupNoun{{"grup", "group"}, {"grupuri", "groups"}};
// %s: a count of groups, of services (countOf)
inline constexpr Text kGroupsShown{"Afișate: %s din %ld; cu nevoie de un serviciu: %ld",
                                   "Shown: %s of %ld; needing a service: %ld"};
inline constexpr Text kServicesShown{"Afișate: %s din %ld; de dezvoltat: %ld", "Shown: %s of %ld; to develop: %ld"};
inline constexpr Text kFilterCoverage{"Filtru situație", "Coverage filter"};
inline constexpr Text kAnyCoverage{"Orice situație", "Any coverage"};
inline constexpr Text kColDemand{"Copii (cerere)", "Children (demand)"};
inline constexpr Text kColFree{"Locuri libere: comună / microzonă", "Free places: commune / micro-area"};
inline constexpr Text kDecisionService{"serviciu necesar", "service needed"};
inline constexpr Text kDecisionIndividual{"planuri individuale", "individual plans"};
inline constexpr Text kRecommendations{"Recomandările Tabelului 3:", "Table 3 recommendations:"};
inline constexpr Text kUrgentNote{
    "Gospodării cu peste 10 situații de risc: monitorizarea trimestrială nu ajunge, au nevoie urgent de intervenție "
    "preventivă (secțiunea 1.1.4.3). Numărătoarea: confirmate, plus cele încă doar suspectate.",
    "Households with more than 10 risk situations: quarterly monitoring is not enough, they urgently need preventive "
    "work (section 1.1.4.3). The count: confirmed, plus those still only suspected."};
inline constexpr Text kUrgentCount{"Gospodării urgente: %ld", "Urgent households: %ld"};
inline constexpr Text kColUrgentRisks{"Riscuri (confirmate)", "Risks (confirmed)"};
inline constexpr Text kNoUrgent{"Nicio gospodărie cu peste 10 situații de risc.", "No household with more than 10 risk situations."};

// Candidates
inline constexpr Text kCandidatesNote{
    "Lista de la care pornește stabilirea priorităților: ce arată analiza, serviciile de bază care lipsesc și ce "
    "adăugați dumneavoastră. Renunțarea la un candidat cere un motiv.",
    "The list priority setting starts from: what the analysis shows, the core services the commune lacks, and what "
    "you add. Dismissing a candidate needs a reason."};
inline constexpr Text kCandidateCounts{"Candidați: %ld (rămași: %ld, renunțați: %ld)", "Candidates: %ld (kept: %ld, dismissed: %ld)"};
inline constexpr Text kColCandidate{"Serviciul candidat", "Candidate service"};
inline constexpr Text kColAction{"Ce se face", "What to do"};
inline constexpr Text kColUrgent{"Gosp. urgente", "Urgent hh."};
inline constexpr Text kColCandidateSource{"Sursa", "Source"};
inline constexpr Text kActionCreate{"de înființat", "set up"};
inline constexpr Text kActionExtend{"de extins", "extend"};
inline constexpr Text kActionTransport{"transport de asigurat", "arrange transport"};
inline constexpr Text kActionCoordinate{"de convenit cu DGASPC", "agree with the DGASPC"};
inline constexpr Text kSourceGap{"analiza nevoilor", "gap analysis"};
inline constexpr Text kSourceCore{"serviciu de bază", "core service"};
inline constexpr Text kSourceHand{"adăugat", "added"};
inline constexpr Text kDismiss{"Renunță la candidat", "Dismiss the candidate"};
inline constexpr Text kDismissReason{"Motivul renunțării", "Reason for dismissing"};
inline constexpr Text kConfirmDismiss{"Confirmă renunțarea", "Confirm dismissal"};
inline constexpr Text kRestore{"Repune candidatul", "Restore the candidate"};
inline constexpr Text kDismissedBecause{"Renunțat: %s", "Dismissed: %s"};
inline constexpr Text kAddCandidate{"Adaugă un candidat", "Add a candidate"};
inline constexpr Text kCandidateName{"Denumirea candidatului", "Candidate name"};
inline constexpr Text kCandidateReason{"De ce este necesar", "Why it is needed"};
inline constexpr Text kCandidateGroups{"Grupurile de risc pe care le servește", "The risk groups it serves"};
inline constexpr Text kCandidateCard{"Fișa din catalog", "Catalogue card"};
inline constexpr Text kNoCard{"(fără fișă)", "(no card)"};

// Coverage words, by Coverage value
inline constexpr Text kCoverageNames[] = {
    {"munca SPAS", "the SPAS's own work"},
    {"planuri individuale", "individual plans"},
    {"acoperit în comună", "covered in the commune"},
    {"acoperit cu microzona", "covered with the micro-area"},
    {"microzonă fără transport", "micro-area without transport"},
    {"locuri insuficiente în comună", "too few places in the commune"},
    {"planificat de DGASPC", "planned by the DGASPC"},
    {"lipsește: de înființat", "missing: to set up"},
};

}  // namespace prevplan::str
