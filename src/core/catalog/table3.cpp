// Table 3 (section 1.1.3), reconstructed from two interleaved columns; every source row is kept.
// The source's bullets become one recommendation each; the mapping to Table 2 service types and
// A2.5 activities is PrevPlan's reading of each bullet (SPAS itself, G1, where the bullet is work
// that SPAS does with other institutions; the gap analysis shows it as SPAS work, never as a
// service to set up).
// Table 3 has no row for 2.e (children returned from migration) or 2.k1 (children in placement
// or foster care at risk); they are left to individual service plans.
// Row "c & d": the object of "psychological counselling for the …" is cut off in the source by a
// footnote; the child is the likely object.
#include "core/catalog/table3.h"

#include <iterator>

#include "core/catalog/indicators.h"

namespace prevplan {
namespace {

const RiskGroup kGroups[] = {
    /* 0 */ {1, {"1.a", "1.b", "1.c1"},
     {"Sărăcie, părinți fără ocupație, familii sărace fără prestații sociale",
      "Poverty, parents without occupation, poor families without poverty benefits"}},
    /* 1 */ {2, {"2.a"}, {"Mame minore sau minore gravide", "Underage mothers or pregnant minors"}},
    /* 2 */ {2, {"2.b"}, {"Familii monoparentale", "Single-parent families"}},
    /* 3 */ {2, {"2.c", "2.d"},
     {"Copii fără părinți acasă (plecați la muncă, decedați, decăzuți din drepturi)",
      "Children without parents at home (working away, deceased, deprived of rights)"}},
    /* 4 */ {2, {"2.f", "2.k2"},
     {"Copii în sistemul de protecție specială sau părăsiți în unități sanitare",
      "Children in special protection or relinquished in hospital"}},
    /* 5 */ {2, {"2.g"}, {"Copii reintegrați din sistemul de protecție", "Children reintegrated from protection"}},
    /* 6 */ {2, {"2.h"}, {"Membri cu dizabilități", "Members with disabilities"}},
    /* 7 */ {2, {"2.i"}, {"Membri fără acte de stare civilă", "Members without civil status documents"}},
    /* 8 */ {2, {"2.j"}, {"Membri condamnați la închisoare", "Members with custodial sentences"}},
    /* 9 */ {3, {"3.a"}, {"Boli cronice și transmisibile", "Chronic and communicable diseases"}},
    /* 10 */ {3, {"3.b", "3.c", "3.d", "3.e"},
     {"Persoane neînscrise la medicul de familie", "People not registered with a family doctor"}},
    /* 11 */ {3, {"3.f"}, {"Copii nevaccinați", "Unvaccinated children"}},
    /* 12 */ {3, {"3.g"},
     {"Copii spitalizați des, fără boli cronice", "Children often hospitalised without chronic disease"}},
    /* 13 */ {3, {"3.h1"}, {"Copii sub 1 an cu riscuri de sănătate", "Children under 1 with health risks"}},
    /* 14 */ {3, {"3.h2"}, {"Gravide cu risc în sarcină", "Pregnant women with a pregnancy risk"}},
    /* 15 */ {4, {"4.a", "4.b", "4.c1", "4.i.3"},
     {"Părinți analfabeți, copii în afara școlii sau care au abandonat-o",
      "Illiterate parents, children out of school or who dropped out"}},
    /* 16 */ {4, {"4.c2", "4.d", "4.e", "4.f", "4.g"},
     {"Copii în risc de abandon școlar sau cu dificultăți școlare",
      "Children at risk of dropping out or struggling at school"}},
    /* 17 */ {4, {"4.h"}, {"Copii cu cerințe educaționale speciale", "Children with special educational needs"}},
    /* 18 */ {4, {"4.i.1", "4.i.2"},
     {"Copii neînscriși niciodată la grădiniță sau școală (până la 9 ani)",
      "Children never enrolled in kindergarten or school (up to age 9)"}},
    /* 19 */ {5, {"5.a", "5.b1"},
     {"Locuire fără drept sau în locuințe improvizate", "Living without a right of residence or in improvised dwellings"}},
    /* 20 */ {5, {"5.c"}, {"Locuințe supraaglomerate", "Overcrowded dwellings"}},
    /* 21 */ {5, {"5.d"}, {"Fără acces la utilități", "No access to utilities"}},
    /* 22 */ {5, {"5.e", "5.f"},
     {"Fără dotări minime, locuință neîntreținută", "No minimum facilities, dwelling not maintained"}},
    /* 23 */ {5, {"5.g"}, {"Locuințe improprii sau nesigure", "Inadequate or unsafe dwellings"}},
    /* 24 */ {6, {"6.a", "6.b", "6.e2"},
     {"Comportament antisocial, violență și abuz, neglijare", "Antisocial behaviour, violence and abuse, neglect"}},
    /* 25 */ {6, {"6.c", "6.d", "6.e2"},
     {"Consum de alcool sau de substanțe psihotrope", "Alcohol or psychotropic substance abuse"}},
    /* 26 */ {6, {"6.e1"},
     {"Adolescenți cu comportament sexual la risc", "Adolescents with risky sexual behaviour"}},
};

const Recommendation kRecommendations[] = {
    {0, {"Analiza atentă a condițiilor în care SPAS poate asigura accesul acestor familii la beneficiile "
         "bănești prevăzute de lege",
         "A careful analysis of how SPAS can give these families access to the monetary benefits available "
         "under current law"},
     {"G1", "G2"}, {}},
    {0, {"Centre sau servicii de zi, de preferință cu masă și hrană caldă",
         "Day centres or day services, preferably with a meal and hot food"},
     {"A3", "B9"}, {83, 28}},
    {0, {"Servicii de consiliere psihologică și juridică", "Psychological and legal counselling services"},
     {"B2", "B13"}, {18, 81}},
    {0, {"Formare profesională și sprijin în căutarea unui loc de muncă, inclusiv însoțire, pentru tinerii "
         "NEETD și adulții din familie",
         "Vocational training and job-search support, including accompaniment, for NEETD young people and the "
         "adults in the family"},
     {"D9", "D8", "D6", "D7"}, {54, 53, 51, 52}},

    {1, {"Consiliere psihologică, educație sexuală, evaluarea sănătății mamei și copilului, consiliere și "
         "orientare școlară pentru mamă",
         "Psychological counselling, sexual education, a health check of mother and child, school counselling "
         "and guidance for the mother"},
     {"B2", "F2", "D1", "G9"}, {18, 16, 19}},
    {1, {"Consiliere și sprijin pentru înregistrarea nașterii și pentru desemnarea unui reprezentant legal al "
         "copilului",
         "Counselling and support for registering the birth and securing a legal representative for the baby"},
     {"G1", "B13"}, {81}},

    {2, {"Servicii de tip „școală după școală” sau cel puțin sprijin la teme",
         "After-school services, or at least help with homework"},
     {"D4"}, {41, 85}},
    {2, {"Educație parentală și sprijin emoțional pentru părintele singur",
         "Parental education and emotional support for the single parent"},
     {"B1", "B2"}, {14, 18}},

    {3, {"Consiliere psihologică (probabil pentru copil; textul sursei este întrerupt)",
         "Psychological counselling (presumably for the child; the source text is cut off)"},
     {"B2"}, {18}},
    {3, {"Consiliere și orientare școlară", "School counselling and guidance"}, {"D1", "G4"}, {19}},

    {4, {"Împreună cu DGASPC, servicii pentru menținerea sau îmbunătățirea legăturii dintre familie și copilul "
         "separat",
         "With the DGASPC, services to maintain or improve the link between the family and the separated child"},
     {"G1", "G2"}, {}},
    {4, {"Sprijin pentru reintegrarea în familie (de exemplu, renovarea sau amenajarea locuinței, acces la "
         "centre de zi sau la „școală după școală”)",
         "Family reintegration support (e.g. renovating or fitting out the home, access to day care or "
         "after-school services)"},
     {"B12", "A3", "D4"}, {72, 41}},

    {5, {"Ținând seama de vulnerabilitățile întregii familii: centre, centre de zi sau servicii de recuperare",
         "Considering the whole family's vulnerabilities: centres, day care centres or recovery services"},
     {"A3", "B5"}, {24}},
    {5, {"Consiliere", "Counselling"}, {"B2"}, {18}},
    {5, {"Integrare pe piața muncii (consiliere, formare profesională)",
         "Labour-market integration (counselling, vocational training)"},
     {"D7", "D9"}, {52, 54}},
    {5, {"Servicii pentru revenirea în sistemul de educație", "Services for returning to education"},
     {"D5", "D3"}, {42, 21}},

    {6, {"În funcție de tipul și gradul dizabilității: servicii de recuperare, consiliere psihologică și, după "
         "caz, kinetoterapie, îngrijiri medicale sau la domiciliu; poate fi necesară îndrumarea prin DGASPC sau DSP",
         "Depending on the type and degree of disability: recovery services, psychological counselling and, where "
         "appropriate, physiotherapy, health care or home care; referral through the DGASPC or the PHD may be needed"},
     {"B5", "B2", "B4", "A4", "E3"}, {24, 18, 23, 17}},
    {6, {"Sprijin pentru transport (adaptat) la serviciile de specialitate",
         "Help with (adapted) transport to specialised services"},
     {"F3"}, {29, 86}},
    {6, {"Sprijin la întocmirea documentelor pentru încadrarea în grad de handicap (copii și tineri)",
         "Help preparing the documents for a disability certificate (children and young people)"},
     {"G1", "B13"}, {81}},
    {6, {"Asistență juridică pentru accesul la alte beneficii și servicii (indemnizație lunară, buget personal "
         "complementar, recuperare, kinetoterapie)",
         "Legal assistance leading to further benefits and services (monthly allowance, complementary personal "
         "budget, rehabilitation, physiotherapy)"},
     {"B13"}, {81}},

    {7, {"Sprijin pentru obținerea actelor, mai ales pentru cei care locuiesc în adăposturi improvizate pe teren "
         "public",
         "Help obtaining documents, especially for those living in improvised shelters on public land"},
     {"G1", "B13"}, {81}},

    {8, {"Consiliere psihologică pentru membrii familiei", "Psychological counselling for family members"},
     {"B2"}, {18}},
    {8, {"Sprijin pentru menținerea legăturii cu membrul încarcerat",
         "Help keeping in touch with the imprisoned member"},
     {"G1", "G2"}, {}},

    {9, {"Colaborare cu medicul de familie și, la nevoie, sprijin pentru includerea într-un program național sau "
         "îndrumare către servicii de specialitate, eventual împreună cu DGASPC sau DSP",
         "Work with the family doctor and, if needed, help enrolling in a national programme or referral to "
         "specialised services, possibly with the DGASPC or the PHD"},
     {"G9", "G11", "E2"}, {}},
    {9, {"Sprijin pentru transport la serviciile de specialitate", "Help with transport to specialised services"},
     {"F3"}, {29, 86}},

    {10, {"Sprijin pentru înscrierea tuturor adulților și copiilor la medicul de familie, împreună cu asistentul "
          "medical comunitar, asistentul medical și medicul de familie",
          "Help enrolling all adults and children with a family doctor, together with the community nurse, the "
          "nurse and the family doctor"},
     {"G11", "G10", "G9", "G12"}, {}},
    {10, {"La nevoie, sprijin pentru obținerea actelor de stare civilă",
          "Where needed, help obtaining civil status documents"},
     {"G1", "B13"}, {81}},

    {11, {"Servicii de vaccinare a copiilor", "Child vaccination services"}, {"G9", "G11", "E1"}, {}},
    {11, {"La nevoie, educație parentală sau sprijin pentru înscrierea la medicul de familie ori pentru "
          "obținerea actelor de stare civilă",
          "Where needed, parental education or help registering with a family doctor or obtaining civil status "
          "documents"},
     {"B1", "G11", "G1"}, {14}},

    {12, {"Dacă starea de sănătate este bună: centru de zi cu activități de supraveghere și îndrumare sau "
          "înscrierea la servicii de tip „școală după școală”",
          "If the child's health is good: a day care centre with supervision and guidance, or enrolment in "
          "after-school services"},
     {"A3", "D4"}, {41}},

    {13, {"Servicii de vaccinare a copiilor", "Child vaccination services"}, {"G9", "G11"}, {}},
    {13, {"Monitorizarea sănătății copilului prin vizite la domiciliu ale medicului de familie, asistentului "
          "medical sau asistentului medical comunitar",
          "Child health checks through home visits by the family doctor, the nurse or the community nurse"},
     {"G9", "G10", "G11"}, {17}},
    {13, {"Servicii pentru părinți: consiliere psihologică, educație parentală și, după caz, alte servicii de "
          "prevenire a neglijării",
          "Services for parents: psychological counselling, parental education and, where appropriate, other "
          "neglect-prevention services"},
     {"B2", "B1", "B6"}, {18, 14, 25}},

    {14, {"Evaluarea sănătății gravidei de către medicul curant, cu îndrumare către servicii de specialitate "
          "pentru controale prenatale",
          "A health check of the pregnant woman by the attending physician, with referral to specialised "
          "services for prenatal checks"},
     {"G9", "E2", "A8"}, {}},
    {14, {"Sprijin pentru transport la serviciile de specialitate", "Help with transport to specialised services"},
     {"F3"}, {29, 86}},
    {14, {"Servicii de planificare familială", "Family planning services"}, {"F1"}, {15}},

    {15, {"Înscrierea în programul „A doua șansă”, în forma (zi, seral, combinat, intensiv) stabilită după "
          "consultarea adulților înscriși",
          "Enrolment in the “Second chance” programme, in the form (day, evening, combined, intensive) chosen "
          "after consulting the enrolled adults"},
     {"D5"}, {42}},
    {15, {"Intervenții ale mediatorului școlar", "School mediator interventions"}, {"G8"}, {}},
    {15, {"Consiliere profesională", "Vocational counselling"}, {"D2"}, {20}},

    {16, {"„Școală după școală” cu sprijin specializat: supravegherea temelor, recuperare pentru elevii cu "
          "dificultăți cognitive, emoționale sau de vorbire (activități remediale, consiliere, logopedie), "
          "încurajarea lecturii, ateliere tematice și activități recreative și de dezvoltare personală",
          "After-school services with specialised support: homework supervision, catch-up for pupils with "
          "cognitive, emotional or speech difficulties (remedial, counselling and speech-therapy activities), "
          "reading encouragement, thematic workshops, recreational and personal-development activities"},
     {"D4", "D3", "B3"}, {41, 85, 21, 22}},
    {16, {"Club al copiilor sau club sportiv școlar", "Children's club or school sports club"},
     {"D11", "D10"}, {62, 61}},
    {16, {"Consiliere școlară", "School counselling"}, {"D1", "G4"}, {19}},
    {16, {"Mediator școlar", "School mediator"}, {"G8"}, {}},
    {16, {"Educație parentală și consiliere psihologică pentru părinți",
          "Parental education and psychological counselling for parents"},
     {"B1", "B2"}, {14, 18}},

    {17, {"Servicii educaționale de sprijin / învățământ special integrat",
          "Educational support services / integrated special education"},
     {"C3", "C5", "D3"}, {21}},
    {17, {"Profesori itineranți și de sprijin", "Itinerant and support teachers"}, {"G5"}, {}},

    {18, {"Sprijin pentru înscrierea la grădiniță sau la școală", "Help with enrolment in kindergarten or school"},
     {"G1", "G8", "C1", "C2"}, {}},
    {18, {"„Școală după școală” cu sprijin specializat, ateliere tematice, activități recreative și de "
          "dezvoltare personală",
          "After-school services with specialised support, thematic workshops, recreational and "
          "personal-development activities"},
     {"D4"}, {41}},

    {19, {"Sprijin pentru obținerea actelor de identitate, eventual a actelor de reședință temporară",
          "Help obtaining identity documents, possibly temporary residence documents"},
     {"G1", "B13"}, {81}},
    {19, {"Locuințe sociale sau cu caracter social", "Social housing or housing of a social character"},
     {"B11"}, {71}},
    {19, {"Într-o zonă marginalizată: evaluarea completă a riscurilor pentru copii și tineri și servicii "
          "integrate printr-o echipă de intervenție (asistent social, asistent medical comunitar sau mediator "
          "sanitar, mediator școlar, polițist)",
          "In a marginalised area: a full assessment of the risks faced by children and young people, and "
          "integrated services through an intervention team (social worker, community nurse or health mediator, "
          "school mediator, police officer)"},
     {"A16", "A17", "G2", "G11", "G8", "G18"}, {}},
    {19, {"Acces la apă potabilă în zonă", "Access to drinking water in the area"}, {"G1"}, {}},

    {20, {"Sprijin pentru renovarea sau îmbunătățirea locuinței", "Renovation or home-improvement support"},
     {"B12"}, {72}},
    {20, {"Consiliere privind folosirea cât mai bună a spațiului și rezolvarea conflictelor cauzate de lipsa lui",
          "Counselling on the best use of space and on resolving conflicts caused by lack of space"},
     {"B2", "G2"}, {18}},

    {21, {"Consiliere, sprijin la întocmirea actelor și în relația cu instituțiile pentru contractele de "
          "furnizare a utilităților",
          "Counselling, help with documents and support in dealing with institutions for utility supply "
          "contracts"},
     {"G1", "B13"}, {81}},
    {21, {"Evaluarea costului racordării la apă și electricitate și identificarea unui sprijin (de exemplu, "
          "grupuri caritabile) pentru acoperirea lui",
          "Assessing the cost of connecting to water and electricity, and finding support (e.g. charity groups) "
          "to cover it"},
     {"G1", "H3"}, {}},

    {22, {"Educație pentru sănătate și igienă pentru adulți", "Health and hygiene education for the adults"},
     {"G11", "G12"}, {}},
    {22, {"Consiliere privind igiena și alimentația corectă a copilului",
          "Counselling on hygiene and correct child nutrition"},
     {"G11", "G9"}, {}},
    {22, {"Sprijin (de exemplu, donații) pentru echipamentele strict necesare",
          "Support (e.g. donations) for strictly necessary equipment"},
     {"H3", "H2"}, {}},
    {22, {"Intervenții ale asistentului medical comunitar, mediatorului sanitar sau asistentului social din SPAS",
          "Interventions by the community nurse, the health mediator or the SPAS social worker"},
     {"G11", "G12", "G2"}, {}},

    {23, {"Sprijin pentru renovarea sau amenajarea locuinței", "Support for renovating or fitting up the dwelling"},
     {"B12"}, {72}},

    {24, {"Consiliere pentru prevenirea și combaterea violenței domestice, împreună cu DGASPC și ONG-uri",
          "Counselling to prevent and combat domestic violence, with the DGASPC and NGOs"},
     {"B7"}, {26}},
    {24, {"Prevenirea abuzului, neglijării și exploatării", "Prevention of abuse, neglect and exploitation"},
     {"B6"}, {25}},
    {24, {"Centre sau servicii de consiliere pentru copilul abuzat, neglijat sau exploatat",
          "Centres or counselling services for the abused, neglected or exploited child"},
     {"A7"}, {25}},
    {24, {"Centre sau servicii de orientare, supraveghere și sprijin pentru reintegrarea socială a copilului care "
          "a săvârșit o faptă penală și nu răspunde penal",
          "Centres or services to guide, supervise and support the social reintegration of the child who has "
          "committed a criminal offence and is not criminally liable"},
     {"A6"}, {}},
    {24, {"Servicii de asistență pentru agresori, împreună cu DGASPC, ONG-uri și poliția locală",
          "Assistance services for aggressors, with the DGASPC, NGOs and the local police"},
     {"B8", "G18"}, {27}},
    {24, {"Consiliere psihologică", "Psychological counselling"}, {"B2"}, {18}},
    {24, {"Consiliere școlară", "School counselling"}, {"D1", "G4"}, {19}},

    {25, {"Centre sau servicii de prevenire, evaluare și consiliere antidrog",
          "Prevention, evaluation and anti-drug counselling centres or services"},
     {"A12"}, {}},
    {25, {"Îndrumare către un serviciu specializat (centru de reabilitare pentru adicții, comunitate "
          "terapeutică), eventual împreună cu DGASPC, DSP sau centrul regional ANA",
          "Referral to a specialised service (addiction rehabilitation centre, therapeutic community), possibly "
          "with the DGASPC, the PHD or the regional ANA centre"},
     {"A13", "A14"}, {}},
    {25, {"Sprijin pentru transport la serviciile de specialitate", "Help with transport to specialised services"},
     {"F3"}, {29, 86}},

    {26, {"Educație sexuală pentru tineri", "Sexual education for young people"}, {"F2"}, {16}},
    {26, {"Servicii de planificare familială", "Family planning services"}, {"F1"}, {15}},
    {26, {"Educație parentală pentru părinți", "Parental education for parents"}, {"B1"}, {14}},
};

// Section 1.1.3, first step: aimed mainly at children and families in poverty and deprivation.
const CoreService kCoreServices[] = {
    {"informare-acte",
     {"Informare, consiliere, sprijin la completarea actelor și în relația cu instituțiile",
      "Information, counselling, help with paperwork and support in dealing with institutions"},
     {"Acte de identitate, înscrierea la medic, înregistrarea nașterii, contracte de utilități, burse sau "
      "rechizite gratuite, reintegrarea foștilor deținuți, abandonul școlar și revenirea la școală.",
      "Identity documents, registering with a doctor, birth registration, utility contracts, scholarships or "
      "free school supplies, reintegration of former convicts, school dropout and returning to education."},
     {"G1", "B13"}, {81}},
    {"socializare-timp-liber",
     {"Servicii de socializare și petrecere a timpului liber",
      "Social and leisure services"},
     {"Acces pentru toți copiii la cărți, jucării, jocuri și tehnologii noi (calculator, internet), prin "
      "biblioteca locală și o „ludotecă” (luminată, încălzită, dotată, gratuită).",
      "Access for all children to books, toys, games and new technologies (computer, internet), through the "
      "local library and a “playroom” (lit, heated, equipped, free to use)."},
     {"D11"}, {62}},
    {"campanii-parentalitate",
     {"Campanii de conștientizare și de educație parentală", "Awareness-raising and parenting campaigns"},
     {"Violența în familie, neglijarea copilului, valoarea educației, educația pentru sănătate și comportamentele "
      "sănătoase ale tinerilor, educația financiară și economisirea, cetățenia activă.",
      "Family violence, child neglect, the value of education, health education and healthy behaviours for "
      "young people, financial education and saving, active citizenship."},
     {"B1", "B6", "B7"}, {14, 25, 26}},
};

bool names(const RiskGroup& g, std::string_view code) {
    for (const char* c : g.indicators)
        if (c && code == c) return true;
    return false;
}

// Whether the group names a sub-item of the lettered indicator at catalog position `parent`.
bool namesSubItemOf(const RiskGroup& g, int parent) {
    for (const char* c : g.indicators) {
        const int i = c ? indicatorIndex(c) : -1;
        if (i >= 0 && indicator(static_cast<std::size_t>(i)).parent() == parent) return true;
    }
    return false;
}

}  // namespace

std::vector<int> groupsOf(std::string_view code) {
    std::vector<int> out;
    const int i = indicatorIndex(code);
    if (i < 0) return out;
    const Indicator& ind = indicator(static_cast<std::size_t>(i));
    for (std::size_t g = 0; g < std::size(kGroups); ++g) {
        const RiskGroup& group = kGroups[g];
        if (names(group, code) || (ind.parentCode && names(group, ind.parentCode)) ||
            (ind.isRiskSituation() && namesSubItemOf(group, i)))
            out.push_back(static_cast<int>(g));
    }
    return out;
}

Span<RiskGroup> riskGroups() { return spanOf(kGroups); }
Span<Recommendation> recommendations() { return spanOf(kRecommendations); }
Span<CoreService> coreServices() { return spanOf(kCoreServices); }

}  // namespace prevplan
