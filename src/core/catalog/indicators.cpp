// Table 1 of the methodology (World Bank 2018, Output #6, pp. 22-24): the Observation Sheet's
// risk indicators, in table order, with the reference shares from the 30 source communities.
//
// Labels follow Table 1; the Romanian wording follows GD 691/2015 where the indicator comes from
// it. Definitions come from section 1.2.1 where the seed defines the term, else a short gloss.
//
// childLevel: the indicators for which Table 1 gives a "children directly exposed" share, plus
// 2.e (children returned from migration): the seed has "No data" in every column for it, but the
// indicator is about specific children, so the app records which children it concerns.
//
// notifyDgaspc: section 1.1.1(c) and section 2 oblige SPAS to notify the DGASPC at once whenever
// the data point to "a possible situation of abuse, neglect, exploitation or any other form of
// violence against the child", whatever the number of risks. Flagged:
//  - 6.b2 (violence against the child) and 6.b3 (neglect);
//  - 6.b1 (domestic violence and abuse in the family): violence in the child's home;
//  - 6.b (aggressive member or history of domestic violence): on the GD 691 sheet it is the only
//    violence question, and A2.3 makes it b1 || b2 || b3, so a yes is always a violence signal;
//  - 6.a (confirmed complaints of antisocial behaviour): the seed's own example is "using minors
//    for begging", which is exploitation; a yes/no answer cannot tell it from an adult-only
//    offence, so the app prompts and the social worker judges.
// Not flagged: 6.e2 (the adolescent's own behaviour) and 2.d (no parental care: a protection
// matter, not a suspicion of abuse).
//
// role: 1.a (poverty) marks the poor families; 2.h (members with disabilities) and 4.h (children
// with special educational needs) mark disability.
#include <string_view>

#include "core/catalog/indicators.h"

namespace prevplan {
namespace {

constexpr float kNone = -1.f;   // "-" or "No data" in Table 1
constexpr float kUnder1 = 0.5f; // "<1" in Table 1

// Dimension totals: share of households / of children with at least one risk of the dimension.
const Dimension kDimensions[kDimensionCount] = {
    {1, {"Situația economică", "Economic situation"}, 31, 38},
    {2, {"Situația socială", "Social situation"}, 46, 49},
    {3, {"Starea de sănătate", "Medical situation"}, 28, 33},
    {4, {"Nivelul de educație", "Level of education"}, 34, 50},
    {5, {"Condițiile de locuit", "Living conditions"}, 50, 68},
    {6, {"Comportamente la risc", "Risk behaviours"}, 48, 57},
};

// parentCode: the lettered indicator a sub-item refines; the checks below keep the links sound.
constexpr Indicator kIndicators[] = {
    // 1. Economic situation
    {"1.a", 1, nullptr, false, false,
     {"Familia se află în situație de sărăcie", "The family is in a situation of poverty"},
     {"Sărăcie monetară (1) sau sărăcie extremă (2).", "Monetary poverty (1) or extreme poverty (2)."},
     21, 27, kNone, IndicatorRole::Poverty},
    {"1.a.1", 1, "1.a", false, false,
     {"Sărăcie monetară (venit disponibil pe membru de familie sub 0,4 ISR = 200 lei)",
      "Monetary poverty (available income per family member under 0.4 ISR = 200 lei)"},
     {"Venitul disponibil pe membru de familie este sub 0,4 din indicatorul social de referință (200 lei).",
      "Available income per family member is below 0.4 of the social reference indicator (200 lei)."},
     18, 24, kNone},
    {"1.a.2", 1, "1.a", false, false,
     {"Sărăcie extremă (în mod regulat, familia nu a putut încălzi locuința sau asigura hrana copiilor)",
      "Extreme poverty (regularly, the family could not heat the dwelling or ensure food for the children)"},
     {"În mod regulat, familia nu a putut încălzi locuința sau nu a avut hrană pentru copii.",
      "Regularly, the family could not heat the dwelling or had no food for the children."},
     5, 7, kNone},
    {"1.b", 1, nullptr, false, false,
     {"Părintele unic care îngrijește copilul sau ambii părinți nu au ocupație sau sunt șomeri",
      "The single parent and caregiver, or both parents, have no occupation or are unemployed"},
     {"Persoană aptă de muncă, între 15 ani și vârsta legală de pensionare, fără nicio ocupație, sau șomer "
      "(înregistrat sau nu la agenția de ocupare a forței de muncă).",
      "A person fit for work, aged 15 to the legal retirement age, with no occupation, or unemployed "
      "(registered or not with the employment office)."},
     17, 19, kNone},
    {"1.c1", 1, nullptr, false, false,
     {"Familia în sărăcie nu primește prestații sociale pentru sărăcie (VMG, ajutor pentru încălzire, "
      "ajutor de urgență, cantină socială, ajutoare alimentare de la UE)",
      "The family in poverty does not receive social benefits for poverty (GMI, heating benefits, "
      "emergency aid, soup kitchen, EU food aid)"},
     {"Înlocuiește indicatorul 1.c din HG 691/2015: familia săracă nu primește niciuna dintre aceste prestații.",
      "Replaces GD 691/2015 indicator 1.c: the poor family receives none of these benefits."},
     10, 13, kNone},

    // 2. Social situation
    {"2.a", 2, nullptr, false, false,
     {"În familie există o mamă minoră sau o minoră gravidă",
      "There is an underage mother or an underage pregnant woman in the family"},
     {"Orice femeie din familie sub 18 ani care a declarat cel puțin o naștere vie sau care este însărcinată.",
      "Any woman in the family under 18 who has declared at least one live birth or who is pregnant."},
     2, 3, kNone},
    {"2.b", 2, nullptr, true, false,
     {"Familia este monoparentală", "The family is single-parent"},
     {"Copilul sau copiii locuiesc cu un singur părinte.", "The child or children live with only one parent."},
     26, 29, 24},
    {"2.c", 2, nullptr, false, false,
     {"Părintele unic care îngrijește copilul sau ambii părinți lucrează în altă localitate din țară "
      "sau în străinătate",
      "The single parent and caregiver, or both parents, work elsewhere in the country or abroad"},
     {"Copilul rămâne acasă fără părinți: părintele unic sau ambii părinți sunt plecați la muncă.",
      "The child stays at home without parents: the single parent or both parents are away working."},
     4, 3, kNone},
    {"2.d", 2, nullptr, false, false,
     {"Ambii părinți sunt decedați, necunoscuți, decăzuți din drepturile părintești sau cu pedeapsa "
      "interzicerii drepturilor părintești, puși sub interdicție judecătorească, dispăruți sau declarați "
      "judecătorește morți, și nu s-a instituit tutela ori o măsură de protecție specială",
      "Both parents are deceased, unknown, have lost their parental rights or received a criminal penalty "
      "terminating them, are subject to a court order, missing or declared deceased, and no guardianship "
      "or special protection measure is in place"},
     {"Niciun părinte nu poate exercita drepturile părintești, iar copilul nu are tutore sau măsură de protecție.",
      "No parent can exercise parental rights, and the child has no guardian or protection measure."},
     5, 6, kNone},
    {"2.e", 2, nullptr, true, false,
     {"Familia are unul sau mai mulți copii reveniți în țară după o experiență de migrație de peste un an",
      "The family has one or more children who returned to the country after a migration experience of "
      "over one year"},
     {"Copil revenit în România după ce a trăit peste un an în străinătate.",
      "A child back in Romania after living abroad for over a year."},
     kNone, kNone, kNone},
    {"2.f", 2, nullptr, false, false,
     {"Familia are unul sau mai mulți copii în sistemul de protecție specială",
      "The family has one or more children in the special protection system"},
     // A2.3 code 23: separated, "not residing in the household"; 2.k1 is the child at home at risk.
     {"Copil al familiei care nu locuiește acasă, ci în sistemul de protecție specială (plasament, asistent "
      "maternal sau centru rezidențial).",
      "A child of the family who does not live at home but in the special protection system (placement, foster "
      "care or a residential centre)."},
     3, 3, kNone},
    {"2.g", 2, nullptr, true, false,
     {"Familia are unul sau mai mulți copii reintegrați din sistemul de protecție specială",
      "The family has one or more children reintegrated from the special protection system"},
     {"Copil revenit în familie după încetarea măsurii de protecție specială.",
      "A child returned to the family after the special protection measure ended."},
     1, 2, 1},
    {"2.h", 2, nullptr, false, false,
     {"Familia are membri cu dizabilități senzoriale, neurologice sau intelectuale care le limitează "
      "semnificativ calitatea vieții și participarea la viața socială",
      "The family has members with sensory, neurological or intellectual disabilities that significantly "
      "limit their quality of life and participation in social life"},
     {"Un adult (1) sau un copil (2) din familie are o astfel de dizabilitate.",
      "An adult (1) or a child (2) of the family has such a disability."},
     10, 11, kNone, IndicatorRole::Disability},
    {"2.h.1", 2, "2.h", false, false,
     {"Adulți cu dizabilități", "Adults with disabilities"},
     {"Membru de 18 ani sau peste cu dizabilitate.", "A member aged 18 or over with a disability."},
     7, 6, kNone},
    {"2.h.2", 2, "2.h", true, false,
     {"Copii cu dizabilități", "Children with disabilities"},
     {"Copil sub 18 ani cu dizabilitate.", "A child under 18 with a disability."},
     4, 5, 2},
    {"2.i", 2, nullptr, false, false,
     {"Cel puțin un membru al familiei (inclusiv adult) nu are acte de stare civilă",
      "At least one family member (including an adult) does not have civil status documents"},
     {"Lipsa certificatului de naștere, a actului de identitate sau a certificatului de căsătorie.",
      "No birth certificate, identity card or marriage certificate."},
     9, 12, kNone},
    {"2.i.1", 2, "2.i", false, false,
     {"Adulți fără acte de stare civilă", "Adults without civil status documents"},
     {"Membru de 18 ani sau peste fără acte de stare civilă.", "A member aged 18 or over without civil status documents."},
     4, 5, kNone},
    {"2.i.2", 2, "2.i", true, false,
     {"Copii fără acte de stare civilă", "Children without civil status documents"},
     {"Copil sub 18 ani fără certificat de naștere sau act de identitate.",
      "A child under 18 without a birth certificate or identity card."},
     6, 10, 5},
    {"2.j", 2, nullptr, false, false,
     {"Unul sau mai mulți membri ai familiei au primit pedepse privative de libertate",
      "One or more family members have received custodial sentences"},
     {"Membru al familiei condamnat la închisoare.", "A family member sentenced to prison."},
     1, 1, kNone},
    {"2.k1", 2, nullptr, true, false,
     {"Familia are unul sau mai mulți copii în plasament sau la asistent maternal, în situație de risc",
      "The family has one or more children in placement or in foster care, at risk"},
     {"Copil crescut de familie printr-o măsură de plasament sau aflat la asistent maternal.",
      "A child raised by the family under a placement measure, or in foster care."},
     3, 3, 2},
    {"2.k2", 2, nullptr, false, false,
     {"Familia are unul sau mai mulți copii părăsiți în unități sanitare",
      "The family has one or more children relinquished in hospital"},
     {"Copil al familiei lăsat în maternitate sau în spital.", "A child of the family left in a maternity ward or hospital."},
     1, 1, kNone},

    // 3. Medical situation
    {"3.a", 3, nullptr, false, false,
     {"Familia are unul sau mai mulți membri cu boli cronice și transmisibile",
      "The family has one or more members with chronic and communicable diseases"},
     {"Membru al familiei cu o boală cronică sau transmisibilă.", "A family member with a chronic or communicable disease."},
     10, 10, kNone},
    {"3.b", 3, nullptr, false, false,
     {"Familia are unul sau mai mulți membri neînscriși la medicul de familie",
      "The family has one or more members who are not registered with a family doctor"},
     {"Persoană care nu este înscrisă pe lista unui medic de familie.", "A person not on a family doctor's list."},
     5, 6, kNone},
    {"3.c", 3, nullptr, false, false,
     {"În familie există o gravidă neînscrisă la medicul de familie",
      "There is a pregnant woman in the family who is not registered with a family doctor"},
     {"Gravidă care nu este înscrisă pe lista unui medic de familie.",
      "A pregnant woman not on a family doctor's list."},
     kUnder1, kUnder1, kNone},
    {"3.d", 3, nullptr, true, false,
     {"Familia are un sugar neînscris la medicul de familie",
      "The family has an infant who is not registered with a family doctor"},
     {"Copil sub 12 luni care nu este înscris pe lista unui medic de familie.",
      "A child under 12 months not on a family doctor's list."},
     1, 1, kUnder1},
    {"3.e", 3, nullptr, true, false,
     {"Familia are unul sau mai mulți copii neînscriși la medicul de familie",
      "The family has one or more children who are not registered with a family doctor"},
     {"Copil care nu este înscris pe lista unui medic de familie.", "A child not on a family doctor's list."},
     1, 2, 1},
    {"3.f", 3, nullptr, true, false,
     {"Familia are unul sau mai mulți copii nevaccinați",
      "The family has one or more children who are not vaccinated"},
     {"Copil între 1 și 5 ani care, potrivit medicului din comunitate, nu are vaccinurile la zi conform "
      "schemei naționale de vaccinare.",
      "A child aged 1 to 5 who, according to the community doctor, is not vaccinated to date under the "
      "national vaccination scheme."},
     6, 8, 5},
    {"3.g", 3, nullptr, true, false,
     {"Familia are unul sau mai mulți copii cu spitalizări multiple, deși nu au boli cronice și transmisibile",
      "The family has one or more children with multiple hospitalisations, although they do not have "
      "chronic and transmissible diseases"},
     {"Copil fără boli cronice sau transmisibile internat de mai multe ori în spital.",
      "A child without chronic or communicable disease hospitalised several times."},
     4, 4, 2},
    {"3.h1", 3, nullptr, true, false,
     {"Familia are unul sau mai mulți copii sub 1 an cu un risc pentru sănătate",
      "The family has one or more children below the age of 1 year with a health risk"},
     {"Copil sub un an cu cel puțin unul dintre riscurile 1-6.", "A child under one with at least one of risks 1-6."},
     7, 11, 4},
    {"3.h1.1", 3, "3.h1", true, false,
     {"Copii sub 1 an nevaccinați", "Children aged below 1, unvaccinated"},
     {"Copil sub un an fără vaccinurile prevăzute pentru vârsta lui.",
      "A child under one without the vaccines due for their age."},
     1, 2, kUnder1},
    {"3.h1.2", 3, "3.h1", true, false,
     {"Copii sub 1 an cu greutate mică la naștere (sub 2.500 de grame)",
      "Children aged below 1 with low birth weight (below 2,500 grams)"},
     {"Greutate la naștere sub 2.500 de grame.", "Birth weight below 2,500 grams."},
     1, 1, kUnder1},
    {"3.h1.3", 3, "3.h1", true, false,
     {"Copil care nu primește vitamina D și fier", "Child who does not receive vitamin D and iron"},
     {"Copil sub un an care nu primește supliment de vitamina D și fier.",
      "A child under one who gets no vitamin D and iron supplement."},
     2, 3, 1},
    {"3.h1.4", 3, "3.h1", true, false,
     {"Copii sub 6 luni care nu sunt alăptați exclusiv", "Children below 6 months who are not breastfed exclusively"},
     {"Copil sub 6 luni care primește și altceva decât lapte matern.",
      "A child under 6 months who gets anything other than breast milk."},
     2, 3, 1},
    {"3.h1.5", 3, "3.h1", true, false,
     {"Copii între 6 luni și 1 an care nu primesc o alimentație diversificată corespunzător",
      "Children between 6 months and 1 year who do not receive properly diversified food"},
     // A2.3: LEGUM1==0 || MEAT1==0 || OU1==0, so any one food missing counts.
     {"Copil de 6-12 luni căruia îi lipsește din hrană cel puțin unul dintre alimentele: legume, carne, ouă.",
      "A child aged 6-12 months whose food lacks at least one of: vegetables, meat, eggs."},
     3, 5, 2},
    {"3.h1.6", 3, "3.h1", true, false,
     {"Copii sub 1 an care nu corespund standardelor de dezvoltare",
      "Children aged below 1 year who are not compliant with the development standards"},
     {"Copil sub un an care nu atinge reperele de dezvoltare ale vârstei.",
      "A child under one who does not reach the developmental milestones for their age."},
     3, 4, 1},
    {"3.h2", 3, nullptr, false, false,
     {"În familie există o gravidă cu risc în sarcină (sarcină neînregistrată la medicul de familie, "
      "fără controale prenatale sau nedorită)",
      "In the family there is a pregnant woman with a pregnancy risk (pregnancy not registered with a family "
      "doctor, no prenatal checks, or pregnancy not desired)"},
     {"Sarcină neluată în evidență de medicul de familie, fără controale prenatale sau nedorită.",
      "A pregnancy not registered with the family doctor, without prenatal checks, or unwanted."},
     2, 3, kNone},

    // 4. Level of education
    {"4.a", 4, nullptr, false, false,
     {"Unul sau ambii părinți sunt analfabeți", "One or both parents are illiterate"},
     {"Unul sau ambii părinți nu știu să scrie și să citească.", "One or both parents cannot write and read."},
     15, 23, kNone},
    {"4.b", 4, nullptr, true, false,
     {"Familia are unul sau mai mulți copii de vârstă școlară (6-15 ani) care nu frecventează "
      "învățământul obligatoriu",
      "The family has one or more children of school age (6-15 years) who are not attending compulsory "
      "education"},
     {"Copil de 6-15 ani care nu merge la școală.", "A child aged 6-15 who does not go to school."},
     7, 12, 5},
    {"4.c1", 4, nullptr, true, false,
     {"Familia are unul sau mai mulți copii (6-15 ani) care au părăsit timpuriu școala",
      "The family has one or more children (6-15 years) who are early school leavers"},
     {"Copil de 6-15 ani care a abandonat școala.", "A child aged 6-15 who has dropped out of school."},
     3, 6, 2},
    {"4.c2", 4, nullptr, true, false,
     {"Familia are unul sau mai mulți copii (6-15 ani) în risc de abandon școlar",
      "The family has one or more children (6-15 years) at risk of school drop-out"},
     {"Copil de 6-15 ani care lipsește mult, a repetat un an sau a întrerupt școala.",
      "A child aged 6-15 who misses school often, repeated a year or interrupted school."},
     8, 13, 6},
    {"4.d", 4, nullptr, true, false,
     {"Familia are unul sau mai mulți copii cu frecvență școlară redusă sau repetenție",
      "The family has one or more children with low school attendance or repetition of school years"},
     {"Copil cu multe absențe sau care a repetat un an școlar.", "A child with many absences or who repeated a school year."},
     8, 13, 6},
    {"4.e", 4, nullptr, true, false,
     {"Familia are unul sau mai mulți copii cu rezultate școlare slabe (corigențe etc.)",
      "The family has one or more children with poor school performance (second examinations etc.)"},
     {"Copil cu corigențe sau note slabe.", "A child with re-examinations or poor marks."},
     6, 9, 4},
    {"4.f", 4, nullptr, true, false,
     {"Familia are unul sau mai mulți copii cu istoric de sancțiuni școlare (exmatriculare, note scăzute "
      "la purtare etc.)",
      "The family has one or more children with a history of school sanctions (expelled, low conduct "
      "grades etc.)"},
     {"Copil exmatriculat sau cu notă scăzută la purtare.", "A child who was expelled or has a low conduct grade."},
     5, 8, 4},
    {"4.g", 4, nullptr, true, false,
     {"Familia are un număr mare (3 sau mai mulți) de copii antepreșcolari, preșcolari sau școlari",
      "The family has a large number (3 or more) of ante-pre-school, pre-school or school children"},
     {"Trei sau mai mulți copii de vârstă antepreșcolară, preșcolară sau școlară.",
      "Three or more children of nursery, pre-school or school age."},
     13, 26, 23},
    {"4.h", 4, nullptr, true, false,
     {"Familia are unul sau mai mulți copii cu cerințe educaționale speciale",
      "The family has one or more children with special educational needs"},
     {"Nevoi educaționale suplimentare, complementare obiectivelor generale ale educației, adaptate "
      "particularităților unei deficiențe, dizabilități sau tulburări de învățare, plus asistență complexă "
      "(medicală, socială, educațională) (Ordinul 5574/2011).",
      "Additional educational needs, complementary to the general education objectives, tailored to a "
      "particular deficiency, disability or learning disorder, plus complex (medical, social, educational) "
      "assistance (Order 5574/2011)."},
     3, 4, 2, IndicatorRole::Disability},
    {"4.i", 4, nullptr, true, false,
     {"Familia are unul sau mai mulți copii care nu au fost înscriși niciodată la grădiniță sau la școală",
      "The family has one or more children who have never been enrolled in kindergarten or school"},
     {"Copil neînscris niciodată: de vârstă preșcolară (1), de 7-9 ani (2) sau de 10-15 ani (3).",
      "A child never enrolled: of pre-school age (1), aged 7-9 (2) or aged 10-15 (3)."},
     6, 10, 4},
    {"4.i.1", 4, "4.i", true, false,
     {"Copii de vârstă preșcolară neînscriși niciodată la grădiniță",
      "Children of pre-school age never enrolled in kindergarten"},
     {"Copil de 3-6 ani care nu a fost înscris la grădiniță.", "A child aged 3-6 never enrolled in kindergarten."},
     4, 8, 2},
    {"4.i.2", 4, "4.i", true, false,
     {"Copii de 7-9 ani neînscriși niciodată la școală", "Children aged 7-9 never enrolled in school"},
     {"Copil de 7-9 ani care nu a fost înscris la școală.", "A child aged 7-9 never enrolled in school."},
     1, 2, 1},
    {"4.i.3", 4, "4.i", true, false,
     {"Copii de 10-15 ani neînscriși niciodată la școală", "Children aged 10-15 never enrolled in school"},
     {"Copil de 10-15 ani care nu a fost înscris la școală.", "A child aged 10-15 never enrolled in school."},
     2, 3, 1},

    // 5. Living conditions
    {"5.a", 5, nullptr, false, false,
     {"Familia ocupă abuziv, fără drept de locuire, spații locative, inclusiv construcții ilegale",
      "The family lives illegally in the housing premises, including illegally built premises"},
     {"Locuință ocupată fără drept de locuire sau construită ilegal.",
      "A home occupied without a right of residence, or built illegally."},
     kUnder1, kUnder1, kNone},
    {"5.b1", 5, nullptr, false, false,
     {"Familia locuiește într-o locuință improvizată, în spații care nu sunt destinate locuirii (depozite, "
      "castele de apă, canale, clădiri dezafectate, colibe)",
      "The family lives in an improvised dwelling, in venues not intended for housing (warehouses, water "
      "towers, sewage facilities, derelict buildings, huts)"},
     {"Locuință improvizată în spații care nu sunt destinate locuirii.",
      "An improvised dwelling in venues that are not intended for housing."},
     2, 3, kNone},
    {"5.c", 5, nullptr, false, false,
     {"Familia nu are suficient spațiu locativ raportat la numărul membrilor; locuința este supraaglomerată",
      "The family does not have enough living space for the number of members; the dwelling is overcrowded"},
     {"După Eurostat, locuința nu e supraaglomerată când: fiecare cuplu are o cameră; fiecare persoană de "
      "18 ani și peste are o cameră; perechile de copii de același sex de 12-17 ani au o cameră; fiecare "
      "copil de 12-17 ani de alt sex are o cameră; copiii sub 12 ani au o cameră separată.",
      "Per Eurostat, a dwelling is not overcrowded when: each couple has a room; each person aged 18+ has a "
      "room; same-sex pairs of children aged 12-17 share a room; each child aged 12-17 not of the same sex "
      "has a room; children under 12 have a separate room."},
     38, 51, kNone},
    {"5.d", 5, nullptr, false, false,
     {"Familia nu are acces la utilități, în special apă, electricitate și încălzire",
      "The family does not have access to utilities, especially water, electricity and heating"},
     {"Locuință fără apă, curent electric sau încălzire.", "A home without water, electricity or heating."},
     17, 22, kNone},
    {"5.e", 5, nullptr, false, false,
     {"Familia nu are dotările minime necesare pentru gătit, încălzire și mobilier de strictă necesitate",
      "The family does not have the minimum facilities required for cooking, heating and furniture of "
      "strict necessity"},
     {"Lipsesc aragazul sau soba, mijlocul de încălzire ori mobilierul strict necesar.",
      "No stove, no means of heating, or no strictly necessary furniture."},
     12, 17, kNone},
    {"5.f", 5, nullptr, false, false,
     {"Locuința nu este întreținută; igienă precară", "The dwelling is not well maintained; inadequate hygiene"},
     {"Locuință neîngrijită, cu igienă foarte precară.", "A neglected home with very poor hygiene."},
     5, 7, kNone},
    {"5.g", 5, nullptr, false, false,
     {"Familia locuiește în condiții improprii sau are probleme de siguranță a locuinței (acoperiș care "
      "plouă, pereți umezi, geamuri sau podele putrede ori deteriorate etc.)",
      "The family lives in inadequate conditions or faces home safety issues (roof leakage, damp walls, "
      "rotten or damaged windows or floors etc.)"},
     {"Locuință degradată sau nesigură pentru copii.", "A degraded home, or one unsafe for children."},
     18, 23, kNone},

    // 6. Risk behaviours
    {"6.a", 6, nullptr, false, true,
     {"Familia are un istoric de plângeri sau sesizări înregistrate și confirmate de autoritățile "
      "administrației publice locale sau de poliție privind comportamentul antisocial al unui membru "
      "(infracțiuni, folosirea minorilor la cerșit etc.)",
      "The family has a history of complaints or notifications registered with and confirmed by the local "
      "public administration or the police about a member's antisocial behaviour (criminal offences, using "
      "minors for begging etc.)"},
     {"Plângeri sau sesizări confirmate de primărie sau de poliție privind comportamentul antisocial al unui "
      "membru, precum infracțiuni sau folosirea minorilor la cerșit.",
      "Complaints or notifications confirmed by the local authority or the police about a member's antisocial "
      "behaviour, such as criminal offences or using minors for begging."},
     6, 8, kNone},
    {"6.b", 6, nullptr, false, true,
     {"Unul sau mai mulți membri ai familiei au un comportament agresiv sau familia are un istoric de "
      "violență domestică (plângeri, ordin de protecție)",
      "One or more family members behave aggressively or the family has a history of domestic violence "
      "(complaints, protection order)"},
     {"Violență sau risc de violență în familie (1), asupra copilului (2) ori neglijarea copilului (3).",
      "Violence or a risk of violence in the family (1), against the child (2), or child neglect (3)."},
     30, 39, kNone},
    {"6.b1", 6, "6.b", false, true,
     {"Risc de violență domestică și abuz în familie", "Risk of domestic violence and abuse in the family"},
     {"Violență între membrii familiei, abuz sau ordin de protecție.",
      "Violence between family members, abuse, or a protection order."},
     24, 31, kNone},
    {"6.b2", 6, "6.b", true, true,
     {"Copil din familie cu risc de violență asupra copilului", "Child in the family at risk of violence against children"},
     {"Copil disciplinat prin violență sau cu semne de traumă.", "A child disciplined violently or showing signs of trauma."},
     19, 26, 22},
    {"6.b3", 6, "6.b", true, true,
     {"Copil din familie cu risc de neglijare", "Child in the family at risk of neglect"},
     {"Copil neglijat, de exemplu un copil sub 12 ani lăsat adesea singur.",
      "A neglected child, for example a child under 12 often left alone."},
     13, 18, 13},
    {"6.c", 6, nullptr, false, false,
     {"Abuz de alcool în familie", "Alcohol abuse in the family"},
     {"Cel puțin un membru al familiei consumă zilnic alcool.", "At least one family member drinks alcohol daily."},
     8, 9, kNone},
    {"6.d", 6, nullptr, false, false,
     {"Consum sau istoric de consum de substanțe psihotrope în familie",
      "Psychotropic substance abuse or a history of abuse in the family"},
     {"Cel puțin un membru al familiei consumă substanțe psihotrope.",
      "At least one family member consumes psychotropic substances."},
     kUnder1, kUnder1, kNone},
    {"6.e1", 6, nullptr, true, false,
     {"În familie există unul sau mai mulți adolescenți cu comportament la risc în privința vieții sexuale",
      "There are one or more adolescents in the family with a risk behaviour in terms of sexual activity"},
     {"Adolescent neinformat despre sănătatea sexuală sau cu viață sexuală fără contracepție.",
      "An adolescent uninformed about sexual health, or sexually active without contraception."},
     17, 24, 11},
    {"6.e2", 6, nullptr, true, false,
     {"În familie există unul sau mai mulți adolescenți cu comportament la risc privind consumul de "
      "substanțe sau violența",
      "There are one or more adolescents in the family with a risk behaviour in terms of substance abuse "
      "or violence"},
     {"Adolescent care fumează, consumă alcool sau droguri ori se implică în bătăi.",
      "An adolescent who smokes, drinks, uses drugs or gets into fights."},
     12, 16, 7},
};

constexpr std::size_t kCount = sizeof(kIndicators) / sizeof(kIndicators[0]);
static_assert(kCount <= kMaxIndicators, "per-indicator storage (kMaxIndicators) is too small for Table 1");

constexpr bool sameText(const char* a, const char* b) {
    while (*a && *a == *b) ++a, ++b;
    return *a == *b;
}
constexpr bool startsWith(const char* s, const char* prefix) {
    while (*prefix && *s == *prefix) ++s, ++prefix;
    return *prefix == '\0';
}

constexpr int indexOf(const char* code) {
    for (std::size_t i = 0; i < kCount; ++i)
        if (sameText(kIndicators[i].code, code)) return static_cast<int>(i);
    return -1;
}

// Codes are unique, and each sub-item refines an earlier lettered indicator of its dimension whose
// code starts its own ("6.b" → "6.b1", "3.h1" → "3.h1.4").
constexpr bool linksAreSound() {
    for (std::size_t i = 0; i < kCount; ++i) {
        const Indicator& ind = kIndicators[i];
        if (indexOf(ind.code) != static_cast<int>(i)) return false;
        if (!ind.parentCode) continue;
        const int p = indexOf(ind.parentCode);
        if (p < 0 || p >= static_cast<int>(i)) return false;
        const Indicator& parent = kIndicators[p];
        if (!parent.isRiskSituation() || parent.dimension != ind.dimension || !startsWith(ind.code, parent.code))
            return false;
    }
    return true;
}
static_assert(linksAreSound(), "Table 1: a duplicate code, or a sub-item whose parentCode is not its lettered indicator");

// Age bounds from Annex A2.3, where AGE is in whole years and LUNN counts the month of life (1 in
// the first month): LUNN <= 12 is "under 1 year", as Table 1 words 3.d and 3.h1; LUNN <= 6 "under
// 6 months" (3.h1.4); 6 < LUNN <= 12 "between 6 months and 1 year" (3.h1.5). 4.i.2 is printed
// with 4.i.1's 3 <= AGE < 7, a source error: its label says 7-9. The conditions "AGE < 18" (2.g,
// 2.h.2, 2.i.2, 2.k1, 3.e, 3.g, 6.b2) are every child of the Observatory, checked as such; 3.f is
// "any child 0-17" in A2.3 (section 1.2.1 defines the unvaccinated child as aged 1-5, but the
// sheet's condition is A2.3's).
constexpr int kYear = 12;
struct AgeBoundsRow {
    const char* code;
    AgeBounds bounds;
};
constexpr AgeBoundsRow kAgeBounds[] = {
    {"3.d", {0, 12}},
    {"3.h1", {0, 12}},
    {"3.h1.1", {0, 12}},
    {"3.h1.2", {0, 12}},
    {"3.h1.3", {0, 12}},
    {"3.h1.4", {0, 6}},
    {"3.h1.5", {6, 12}},
    {"3.h1.6", {0, 12}},
    {"4.b", {6 * kYear, 16 * kYear}},  // 6 <= AGE < 16
    {"4.c1", {6 * kYear, 16 * kYear}},
    {"4.c2", {6 * kYear, 16 * kYear}},
    {"4.i", {3 * kYear, 16 * kYear}},     // 4.i.1 || 4.i.2 || 4.i.3
    {"4.i.1", {3 * kYear, 7 * kYear}},    // 3 <= AGE < 7
    {"4.i.2", {7 * kYear, 10 * kYear}},   // 7-9
    {"4.i.3", {10 * kYear, 16 * kYear}},  // 10 <= AGE < 16
    {"6.e1", {10 * kYear, 18 * kYear}},   // 9 < AGE < 18
    {"6.e2", {10 * kYear, 18 * kYear}},
};

constexpr bool ageBoundsAreSound() {
    for (const AgeBoundsRow& row : kAgeBounds) {
        const int i = indexOf(row.code);
        if (i < 0 || !kIndicators[i].childLevel || row.bounds.fromMonths >= row.bounds.toMonths) return false;
        // A sub-item's bounds lie within its lettered indicator's, when that has some.
        for (const AgeBoundsRow& parent : kAgeBounds)
            if (kIndicators[i].parentCode && sameText(parent.code, kIndicators[i].parentCode) &&
                (row.bounds.fromMonths < parent.bounds.fromMonths || row.bounds.toMonths > parent.bounds.toMonths))
                return false;
    }
    return true;
}
static_assert(ageBoundsAreSound(),
              "A2.3 age bounds: an unknown or family-level code, an empty range, or a sub-item outside its parent");

// Catalog index of each indicator's parent, resolved once at compile time.
struct ParentIndices {
    int of[kCount];
};
constexpr ParentIndices parentIndices() {
    ParentIndices out{};
    for (std::size_t i = 0; i < kCount; ++i) out.of[i] = kIndicators[i].parentCode ? indexOf(kIndicators[i].parentCode) : -1;
    return out;
}
constexpr ParentIndices kParents = parentIndices();

}  // namespace

const Indicator* indicatorsBegin() { return kIndicators; }
std::size_t indicatorCount() { return kCount; }

int Indicator::parent() const { return kParents.of[this - kIndicators]; }

int indicatorIndex(std::string_view code) {
    for (std::size_t i = 0; i < indicatorCount(); ++i)
        if (code == kIndicators[i].code) return static_cast<int>(i);
    return -1;
}

const Dimension& dimension(int number) { return kDimensions[number - 1]; }

const AgeBounds* ageBounds(std::size_t i) {
    for (const AgeBoundsRow& row : kAgeBounds)
        if (sameText(row.code, kIndicators[i].code)) return &row.bounds;
    return nullptr;
}

bool withinAgeBounds(std::size_t i, const Date& birth, const Date& on) {
    const AgeBounds* b = ageBounds(i);
    if (!b) return true;
    const int months = ageInMonths(birth, on);
    return months >= b->fromMonths && months < b->toMonths;
}

std::string ageBoundsText(const AgeBounds& b, Lang lang) {
    const bool ro = lang == Lang::Ro;
    if (b.toMonths <= kYear) {
        if (b.fromMonths == 0)
            return b.toMonths == kYear
                       ? (ro ? "sub 1 an" : "under 1 year")
                       : (ro ? "sub " : "under ") + std::to_string(b.toMonths) + (ro ? " luni" : " months");
        const std::string range = std::to_string(b.fromMonths) + "–" + std::to_string(b.toMonths - 1);
        return ro ? range + " luni" : "aged " + range + " months";
    }
    const std::string range = std::to_string(b.fromMonths / kYear) + "–" + std::to_string(b.toMonths / kYear - 1);
    return ro ? range + " ani" : "aged " + range;
}

}  // namespace prevplan
