// Table 4 (source: Teșliuc, Grigoraș, Stănculescu (coord.) 2016, SPOR programme) and the general
// objective of section 1.1.4.1. Objective 7 prints "EURO 20"; the programme is "EURO 200"
// (as A2.2 writes it), and that is what is used here.
#include "core/catalog/objectives.h"

namespace prevplan {
namespace {

const ObjectiveDimension kDimensions[kObjectiveDimensionCount] = {
    {1, {"Acte de identitate", "Identity documents"}},
    {2, {"Educație", "Education"}},
    {3, {"Sănătate", "Health"}},
    {4, {"Venituri", "Income"}},
    {5, {"Ocupația familiei", "Family occupation"}},
    {6, {"Dinamica familiei", "Family dynamics"}},
    {7, {"Locuire", "Dwelling"}},
};

const SpecificObjective kObjectives[] = {
    {1, 1, {"Toți copiii au certificat de naștere.", "All children have a birth certificate."}, {"2.i.2"}},
    {2, 1, {"Toți membrii gospodăriei cu vârsta de peste 14 ani au carte de identitate.",
            "All household members over 14 have an identity card."}, {"2.i"}},
    {3, 1, {"Toate persoanele cu dizabilități care doresc un certificat de încadrare în grad de handicap îl pot "
            "obține.",
            "All persons with disabilities who want a disability certificate can obtain it."}, {"2.h"}},
    {4, 2, {"Toți copiii de 5 ani și peste sunt înscriși într-o formă de educație.",
            "All children aged 5 and over are enrolled in a form of education."}, {"4.b", "4.i"}},
    {5, 2, {"Toți copiii cu CES și/sau dizabilități frecventează o formă de educație în învățământul de masă sau "
            "special; școlile din apropiere asigură un program educațional specific, iar ca rezultat minim copiii "
            "știu să scrie, să citească și să facă operații matematice de bază.",
            "All children with SEN and/or disabilities attend a form of mainstream or special education; schools "
            "near the child's home provide a specific programme, and as a minimum result the children can read, "
            "write and do basic arithmetic."}, {"4.h"}},
    {6, 2, {"Fiecare gospodărie cu copii are cel puțin un adult responsabil de educația și școala copiilor, care: "
            "(a) recunoaște valoarea educației formale; (b) ține permanent legătura cu școala; (c) participă la "
            "ședințele și consiliile organizate de școală.",
            "Each household with children has at least one adult in charge of the children's education and "
            "schooling, who: (a) recognises the value of formal education; (b) keeps in permanent contact with "
            "the school; (c) attends the meetings and councils the school organises."}, {"4.d", "4.c2"}},
    {7, 2, {"Toți copiii din grădiniță sau școală beneficiază de programele de protecție socială derulate prin "
            "unitățile de învățământ (bani de liceu, EURO 200, bursă profesională, cornul și laptele, rechizite, "
            "burse).",
            "All children in kindergarten or school benefit from the social protection programmes run through "
            "schools (money for high school, EURO 200, vocational scholarship, croissant and milk, school "
            "supplies, scholarships)."}, {}},
    {8, 2, {"Toți tinerii NEETD de 15-24 de ani au absolvit cel puțin 8 clase și urmează cursuri de formare "
            "profesională, stagii, ucenicie și/sau primesc sprijin pentru a începe o afacere.",
            "All NEETD young people aged 15-24 have completed at least 8 grades and attend vocational training, "
            "courses or apprenticeships, and/or get support to start a business."}, {}},
    {9, 2, {"Toți adulții (15-64 de ani) știu să scrie, să citească și să facă operații matematice de bază.",
            "All adults (15-64) can read, write and do basic arithmetic."}, {"4.a"}},
    {10, 3, {"Toți copiii sub 1 an sunt evaluați după standardele de dezvoltare, iar cei cu întârzieri sunt "
             "îndrumați către serviciile sociale.",
             "All children under 1 are assessed against development standards, and those with delays are referred "
             "to social services."}, {"3.h1.6"}},
    {11, 3, {"Toți copiii sub 14 ani au toate vaccinările la zi, conform Programului Național de Vaccinare.",
             "All children under 14 have all their vaccinations up to date under the National Vaccination "
             "Programme."}, {"3.f", "3.h1.1"}},
    {12, 3, {"Toți copiii sub 18 ani și toate gravidele sunt înscriși la medicul de familie.",
             "All children under 18 and all pregnant women are registered with a family doctor."},
     {"3.c", "3.d", "3.e"}},
    {13, 3, {"Toți copiii cu boli cronice și/sau dizabilități sunt diagnosticați cât mai devreme, beneficiază de "
             "programele naționale disponibile și primesc îngrijirea medicală de specialitate de care au nevoie.",
             "All children with chronic diseases and/or disabilities are diagnosed as early as possible, benefit "
             "from the national programmes available and get the specialised care they need."}, {"2.h.2"}},
    {14, 3, {"Toate gravidele efectuează controalele prenatale.", "All pregnant women have their prenatal checks."},
     {"3.h2"}},
    {15, 3, {"În toate gospodăriile există cel puțin un adult informat și consiliat despre îngrijirea sănătății, "
             "igienă, prevenirea accidentelor, serviciile de medicină preventivă și practicile tradiționale "
             "dăunătoare sănătății copiilor.",
             "Every household has at least one adult informed and counselled about health care, hygiene, accident "
             "prevention, preventive medical services and traditional practices harmful to children's health."},
     {"3.h1"}},
    {16, 3, {"Toate gospodăriile cu copii au practici de viață sănătoasă.",
             "All households with children follow healthy-lifestyle practices."}, {"6.c", "6.d"}},
    {17, 3, {"Toate femeile de vârstă fertilă și toți adolescenții sunt informați și consiliați despre o viață "
             "sexuală sănătoasă și metodele contraceptive.",
             "All women of fertile age and all teenagers are informed and counselled about a healthy sexual life "
             "and contraception."}, {"6.e1"}},
    {18, 4, {"Toate familiile/persoanele îndreptățite la beneficii bănești le primesc.",
             "All families or persons entitled to money benefits receive them."}, {"1.c1"}},
    {19, 4, {"Toți copiii îndreptățiți la un centru de zi sau servicii de zi beneficiază de ele.",
             "All children entitled to a day centre or day services receive them."}, {}},
    {20, 5, {"Niciun copil sub 15 ani nu abandonează școala pentru a munci.",
             "No child under 15 drops out of school to work."}, {"4.c1"}},
    {21, 6, {"În toate gospodăriile cu copii există cel puțin un adult informat și consiliat despre tehnicile "
             "moderne de creștere a copiilor.",
             "In every household with children at least one adult is informed and counselled about modern "
             "child-raising techniques."}, {"6.b2", "6.b3"}},
    {22, 6, {"În toate familiile în care unul sau ambii părinți nu sunt acasă există mecanisme și practici "
             "parentale care asigură o relație bună între copil și părinte/îngrijitor, astfel încât copilul să se "
             "dezvolte armonios fizic, psihic, spiritual și social.",
             "In all families where one or both parents are away, parenting mechanisms and practices keep a good "
             "relationship between the child and the parent or caregiver, so that the child develops harmoniously "
             "in body, mind, spirit and social life."}, {"2.c"}},
    {23, 6, {"Toate familiile care au cel puțin un copil în sistemul de protecție îl vizitează regulat și țin "
             "legătura cu el.",
             "All families with at least one child in the protection system visit the child regularly and keep in "
             "touch."}, {"2.f"}},
    {24, 6, {"Toți copiii trăiesc într-o familie, de preferință cea biologică, responsabilă de creșterea și "
             "dezvoltarea lor.",
             "All children live in a family, preferably their biological one, which is responsible for raising "
             "them."}, {"2.f", "2.k2", "2.d"}},
    {25, 6, {"Toate familiile cu unul sau mai mulți membri în detenție sunt îndrumate către (sau urmează, în limita "
             "locurilor) un program de sprijin, reabilitare și integrare.",
             "All families with one or more members in custody are referred to (or attend, within the places "
             "available) a support, rehabilitation and integration programme."}, {"2.j"}},
    {26, 7, {"În toate gospodăriile care locuiesc în locuințe supraaglomerate există cel puțin un adult informat "
             "și consiliat despre gestionarea spațiului limitat, fizic și emoțional.",
             "All households in overcrowded homes have at least one adult informed and counselled on managing "
             "limited space, physically and emotionally."}, {"5.c"}},
    {27, 7, {"În toate gospodăriile care locuiesc în condiții insalubre, copiii și cel puțin un adult sunt "
             "informați, consiliați și sprijiniți privind igiena locuinței, salubrizarea mediului și organizarea "
             "spațiului (de exemplu, primesc produse de curățenie, materiale de construcție).",
             "In all households living in unhealthy conditions, the children and at least one adult are informed, "
             "counselled and supported on hygiene, sanitation and organising the space (e.g. given cleaning "
             "products or building materials)."}, {"5.e", "5.f"}},
};

constexpr Text kGeneralObjective = {
    "Prevenirea separării copilului de familie și asigurarea respectării drepturilor tuturor copiilor din "
    "comunitate.",
    "To prevent the child's separation from the family and to ensure that the rights of all the community's "
    "children are observed."};

}  // namespace

Span<ObjectiveDimension> objectiveDimensions() { return spanOf(kDimensions); }
Span<SpecificObjective> specificObjectives() { return spanOf(kObjectives); }
Text generalObjective() { return kGeneralObjective; }

}  // namespace prevplan
