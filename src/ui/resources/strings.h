#pragma once
// The words of the resources screens (section 1.1.2, Annex A2.5) and of what the required-services
// screen shares with them (service types, the catalogue's service cards), Romanian first. Common
// words (Cancel, Village, Children…) are in ui/kit/strings.h; the required services' own words in
// ui/gaps/strings.h.
#include "core/base/text.h"
#include "ui/kit/deletion.h"

namespace prevplan::str {

// Steps of the plan screen
inline constexpr Text kStepResources{"Resurse", "Resources"};
inline constexpr Text kStepRequired{"Servicii necesare", "Required services"};

// Resources: tabs and counts
inline constexpr Text kTabInventory{"Inventarul serviciilor", "Services inventory"};
inline constexpr Text kTabMicroArea{"Microzona funcțională", "Functional micro-area"};
inline constexpr Text kTabPartners{"Parteneri", "Partners"};
inline constexpr Text kTabDgaspc{"Listele DGASPC", "DGASPC lists"};
// %s: a count of services (countOf)
inline constexpr Text kInventoryCounts{"În inventar: %s (%ld în comună, %ld în microzonă); %ld de verificat",
                                       "In the inventory: %s (%ld in the commune, %ld in the micro-area); %ld to check"};
inline constexpr Text kShownServices{"Afișate: %ld din %s", "Shown: %ld of %s"};
inline constexpr Text kRecheckNote{
    "Inventarul se actualizează la 3 luni: serviciile neverificate de atunci sunt marcate „de verificat”.",
    "The inventory is refreshed every 3 months: services not checked since are marked \"to check\"."};
inline constexpr Text kEmptyInventory{
    "Inventarul este gol. Adăugați serviciile, experții și grupurile din comună și din microzonă (Tabelul 2), "
    "sau importați un tabel CSV.",
    "The inventory is empty. Add the services, experts and groups of the commune and the micro-area (Table 2), "
    "or import a CSV table."};

// Inventory toolbar and filters
inline constexpr Text kAddService{"Adaugă un serviciu", "Add a service"};
inline constexpr Text kImportInventory{"Importă inventarul (CSV)…", "Import the inventory (CSV)…"};
inline constexpr Text kExportInventory{"Exportă inventarul (CSV)", "Export the inventory (CSV)"};
inline constexpr Text kSearchServiceHint{"denumire, tip, contact", "name, type, contact"};
inline constexpr Text kFilterCategory{"Filtru categorie", "Category filter"};
inline constexpr Text kAllCategories{"Toate categoriile", "All categories"};
inline constexpr Text kFilterPlace{"Filtru loc", "Place filter"};
inline constexpr Text kAnyPlace{"Oriunde", "Anywhere"};
inline constexpr Text kInCommune{"În comună", "In the commune"};
inline constexpr Text kInMicroArea{"În microzonă", "In the micro-area"};
inline constexpr Text kOnlyToCheck{"Doar cele de verificat", "Only those to check"};
inline constexpr Text kColType{"Tipul", "Type"};
inline constexpr Text kColName{"Denumirea", "Name"};
inline constexpr Text kSupplier{"Furnizorul", "Supplier"};
inline constexpr Text kLocality{"Localitatea", "Locality"};
inline constexpr Text kColPlaces{"Locuri libere / capacitate", "Free places / capacity"};
inline constexpr Text kColChecked{"Verificat la", "Checked on"};
inline constexpr Text kColEfficiency{"Eficiența", "Efficiency"};
inline constexpr Text kToCheck{"de verificat", "to check"};
inline constexpr Text kCommuneWide{"(toată comuna)", "(the whole commune)"};
inline constexpr Text kOutsideReach{"(nu e în comună sau în microzonă)", "(not in the commune or the micro-area)"};

// Inventory CSV import
inline constexpr Text kInventoryFileRead{"Fișierul „%s”: rânduri citite: %d; servicii valide: %d.",
                                         "File \"%s\": rows read: %d; valid services: %d."};
inline constexpr Text kImportValid{"Importă serviciile valide", "Import the valid services"};
inline constexpr Text kInventoryImported{"Servicii importate: noi: %d, actualizate: %d.",
                                         "Services imported: new: %d, updated: %d."};

// Service form (Annex A2.5)
inline constexpr Text kBackToInventory{"← Inventarul", "← Inventory"};
inline constexpr Text kServiceSheet{"Fișa serviciului (Anexa A2.5)", "Service sheet (Annex A2.5)"};
inline constexpr Text kFieldType{"Tipul de serviciu (Tabelul 2)", "Service type (Table 2)"};
inline constexpr Text kFieldName{"Denumirea serviciului", "Service name"};
inline constexpr Text kNotRecorded{"(neînregistrat)", "(not recorded)"};
inline constexpr Text kFieldSupplierOther{"Alt furnizor (precizați)", "Other supplier (specify)"};
inline constexpr Text kFieldAccredited{"Acreditat", "Accredited"};
inline constexpr Text kFieldCapacity{"Capacitatea", "Capacity"};
inline constexpr Text kFieldFreePlaces{"Locuri libere", "Free places"};
inline constexpr Text kEmptyUnknown{"gol = necunoscut", "empty = unknown"};
inline constexpr Text kFieldAccess{"Procedura de acces", "Access procedure"};
inline constexpr Text kFieldActivities{"Activitățile oferite (A2.5, SSoc3)", "Activities offered (A2.5, SSoc3)"};
inline constexpr Text kFieldActivitiesOther{"Alte activități", "Other activities"};
inline constexpr Text kFieldAccessibility{"Accesibilitatea (A2.5, SSoc4)", "Accessibility (A2.5, SSoc4)"};
inline constexpr Text kFieldCost{"Cost lunar pentru familie (lei; 0 = gratuit)", "Monthly cost to a family (lei; 0 = free)"};
inline constexpr Text kFieldCostNote{"Ce plătesc familiile", "What families pay for"};
inline constexpr Text kFieldTimetable{"Programul zilnic", "Daily timetable"};
inline constexpr Text kFieldCooperates{"SPAS colaborează cu serviciul", "SPAS works with the service"};
inline constexpr Text kFieldReferred{"SPAS a trimis pe cineva în ultimele 12 luni", "SPAS referred someone in the last 12 months"};
inline constexpr Text kFieldEfficiency{"Eficiența în prevenirea separării (1–10; 0 = nu se poate spune)",
                                       "Efficiency in preventing separation (1–10; 0 = cannot say)"};
inline constexpr Text kFieldChecked{"Verificat cu furnizorul la", "Checked with the supplier on"};
inline constexpr Text kFieldInterviewer{"Fișă completată de", "Sheet filled in by"};
inline constexpr Text kFieldInterviewee{"Persoana intervievată (nume, funcție, telefon)",
                                        "Person interviewed (name, position, telephone)"};
inline constexpr Text kFieldPlacesForSeparated{"Are locuri pentru copii reintegrați sau plasați în comună",
                                               "Has places for children reintegrated or placed in the commune"};
inline constexpr Text kFieldBeneficiaryCost{"Cost aproximativ pentru un beneficiar (lei)",
                                            "Approximate cost to a beneficiary (lei)"};
inline constexpr Text kFieldCommuneBeneficiaries{
    "Din câte știți, a avut beneficiari din comună în ultimele 12 luni",
    "As far as you know, it had beneficiaries from the commune in the last 12 months"};
inline constexpr Text kFieldCommuneBeneficiariesReported{
    "Serviciul spune că a avut beneficiari din comună în ultimele 12 luni",
    "The service says it had beneficiaries from the commune in the last 12 months"};
inline constexpr Text kFieldSelfRating{"Eficiența, după serviciul însuși (1–10; 0 = nu se poate spune)",
                                       "Efficiency, as the service rates itself (1–10; 0 = cannot say)"};
inline constexpr Text kCheckedToday{"Verificat azi", "Checked today"};
inline constexpr Text kDeleteService{"Șterge serviciul", "Delete the service"};
inline constexpr ui::DeletionWords kServiceDeletion{
    {"Ștergeți serviciul „%s” din inventar?", "Delete the service “%s” from the inventory?"},
    kDeleteService,
    {"Serviciul „%s” a fost șters", "Service “%s” deleted"}};
inline constexpr Text kAnswerYes{"Da", "Yes"};
inline constexpr Text kAnswerNo{"Nu", "No"};
inline constexpr Text kAnswerUnknown{"Nu se știe", "Unknown"};
inline constexpr Text kRecheckDue{"Neverificat de peste 3 luni: confirmați datele cu furnizorul.",
                                  "Not checked for more than 3 months: confirm the data with the supplier."};

// Micro-area
inline constexpr Text kMicroAreaNote{
    "Satele și orașele vecine la care se ajunge în aproximativ 30 de minute; un serviciu de acolo contează doar "
    "dacă există acces. Satele comunei sunt cele de la pasul „Comuna”.",
    "Neighbouring villages and towns reachable in about 30 minutes; a service there counts only if it can be "
    "reached. The commune's villages are those of the \"Commune\" step."};
inline constexpr Text kColItsCommune{"Comuna / orașul", "Commune / town"};
inline constexpr Text kColUrban{"Urban", "Urban"};
inline constexpr Text kColMinutes{"Minute", "Minutes"};
inline constexpr Text kColTransport{"Transport", "Transport"};
inline constexpr Text kAddLocality{"Adaugă localitatea", "Add the locality"};
inline constexpr Text kNewLocality{"Localitate nouă", "New locality"};
inline constexpr Text kLocalityInUse{"Are servicii în inventar", "Has services in the inventory"};
inline constexpr Text kBeyondMicroArea{"peste 30 de minute", "over 30 minutes"};
inline constexpr Text kMicroAreaCounts{"Localități: %ld (rurale: %ld, urbane: %ld; fără transport: %ld)",
                                       "Localities: %ld (rural: %ld, urban: %ld; without transport: %ld)"};

// Partners and DGASPC lists
inline constexpr Text kAddPartner{"Adaugă un partener", "Add a partner"};
inline constexpr Text kColLevel{"Nivelul", "Level"};
inline constexpr Text kLevelLocal{"local", "local"};
inline constexpr Text kLevelCounty{"județean", "county"};
inline constexpr Text kColRole{"Ce poate aduce", "What it can bring"};
inline constexpr Text kContact{"Contact", "Contact"};
inline constexpr Text kPartnerCounts{"Parteneri: %ld (locali: %ld, județeni: %ld)", "Partners: %ld (local: %ld, county: %ld)"};
inline constexpr Text kDgaspcListsOn{"Liste primite de la DGASPC la", "Lists received from the DGASPC on"};
inline constexpr Text kChildrenInProtection{"Copii din comună aflați în protecție specială", "Children of the commune in special protection"};
inline constexpr Text kProtectedTotal{"Total: %s", "Total: %s"};  // a count of children
inline constexpr Text kColFamilySituation{"Situația familiei (dacă se cunoaște)", "Family situation (if known)"};
inline constexpr Text kAddRow{"Adaugă un rând", "Add a row"};
inline constexpr Text kDgaspcServices{"Servicii comunicate de DGASPC", "Services the DGASPC lists"};
inline constexpr Text kColList{"Lista", "List"};
inline constexpr Text kListFamilyType{"de tip familial", "family-type"};
inline constexpr Text kListCounty{"județean relevant", "relevant county"};
inline constexpr Text kListPlanned{"planificat", "planned"};
inline constexpr Text kColWhere{"Unde", "Where"};
inline constexpr Text kColNote{"Observații", "Notes"};
inline constexpr Text kAddDgaspcService{"Adaugă un serviciu DGASPC", "Add a DGASPC service"};
inline constexpr Text kNoType{"(fără tip)", "(no type)"};
inline constexpr Text kRemoveRow{"Șterge", "Remove"};
inline constexpr ui::DeletionWords kLocalityDeletion{
    {"Scoateți localitatea „%s” din micro-zonă?", "Take “%s” out of the micro-area?"},
    {"Scoate localitatea", "Take it out"},
    {"Localitatea „%s” a fost scoasă din micro-zonă", "“%s” taken out of the micro-area"}};
inline constexpr ui::DeletionWords kPartnerDeletion{{"Ștergeți partenerul „%s”?", "Delete the partner “%s”?"},
                                                    {"Șterge partenerul", "Delete the partner"},
                                                    {"Partenerul „%s” a fost șters", "Partner “%s” deleted"}};
inline constexpr ui::DeletionWords kProtectedRowDeletion{{"Ștergeți rândul copiilor în protecție specială din „%s”?",
                                                          "Delete the row of children in special protection in “%s”?"},
                                                         {"Șterge rândul", "Delete the row"},
                                                         {"Rândul copiilor în protecție specială din „%s” a fost șters",
                                                          "Row of children in special protection in “%s” deleted"}};
inline constexpr ui::DeletionWords kDgaspcServiceDeletion{
    {"Ștergeți serviciul DGASPC „%s” din listă?", "Delete the DGASPC service “%s” from the list?"},
    {"Șterge serviciul", "Delete the service"},
    {"Serviciul DGASPC „%s” a fost șters din listă", "DGASPC service “%s” deleted from the list"}};

// Service card sections (section 1.1.3)
inline constexpr Text kShowCard{"Fișa serviciului", "Service card"};
inline constexpr Text kCardProblem{"Problema", "Problem"};
inline constexpr Text kCardTargets{"Grupuri țintă", "Target groups"};
inline constexpr Text kCardProviders{"Furnizori posibili", "Possible providers"};
inline constexpr Text kCardDescription{"Descriere", "Description"};
inline constexpr Text kCardSteps{"Pașii pentru înființare", "Steps to set it up"};
inline constexpr Text kCardFunding{"Finanțare", "Funding"};
inline constexpr Text kCardRisks{"Riscuri și obstacole", "Risks and obstacles"};

}  // namespace prevplan::str
