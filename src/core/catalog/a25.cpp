// Annex A2.5. The sheet prints SSoc4 as a, b, d, e, f, c; the items are kept here in letter
// order, which is how they are referred to.
// Two SSoc3 labels are read through the Romanian the English text was translated from:
// 23 "chiropractic" is kinetotherapy (as in Table 2, B4), and 86 "to/from work" renders
// "la/de la serviciu", which on a sheet about a service means to and from the service.
#include "core/catalog/a25.h"

namespace prevplan {
namespace {

const SupplierType kSuppliers[] = {
    {1, {"DGASPC", "DGASPC (county child protection directorate)"}, false},
    {2, {"Autoritatea administrației publice locale", "Local public authority"}, false},
    {3, {"Organizație neguvernamentală (ONG)", "Non-governmental organisation (NGO)"}, false},
    {4, {"Culte religioase", "Church or religious cult"}, false},
    {5, {"Agenți economici", "Business (economic agents)"}, false},
    {6, {"Alții (specificați)", "Other (please specify)"}, true},
};

const ServiceActivity kActivities[] = {
    {14, {"Servicii de educație parentală", "Parental education services"}, false},
    {15, {"Servicii de planificare familială", "Family planning services"}, false},
    {16, {"Servicii de educație sexuală pentru tineri", "Sexual education services for young people"}, false},
    {17, {"Servicii de îngrijire la domiciliu pentru copii sau familii cu copii",
          "Home care services for children or families with children"}, false},
    {18, {"Servicii de consiliere psihologică", "Psychological counselling services"}, false},
    {19, {"Servicii de consiliere și orientare școlară", "School counselling and guidance services"}, false},
    {20, {"Servicii de consiliere și orientare profesională/vocațională",
          "Professional/vocational counselling and guidance services"}, false},
    {21, {"Servicii educaționale de sprijin", "Educational support services"}, false},
    {41, {"Servicii de tip „școală după școală”", "After-school services"}, false},
    {42, {"„A doua șansă”", "“Second chance”"}, false},
    {22, {"Servicii de logopedie", "Speech therapy services"}, false},
    {23, {"Servicii de kinetoterapie", "Kinetotherapy services (printed “chiropractic”)"}, false},
    {24, {"Alte servicii de recuperare/reabilitare", "Other recovery/rehabilitation services"}, false},
    {29, {"Ambulanță socială", "Social ambulance"}, false},
    {25, {"Servicii de prevenire a abuzului, neglijării și exploatării",
          "Services to prevent abuse, neglect and exploitation"}, false},
    {26, {"Servicii de consiliere pentru prevenirea și combaterea violenței domestice",
          "Counselling services to prevent and combat domestic violence"}, false},
    {27, {"Servicii de asistență dedicate agresorilor", "Assistance services for aggressors"}, false},
    {28, {"Servicii de tip masă pe roți sau cantină socială", "Meals-on-wheels or social canteen services"}, false},
    {51, {"Servicii de evaluare a competențelor pentru ocuparea unui loc de muncă",
          "Assessment of skills for taking up a job"}, false},
    {52, {"Servicii de consiliere și mediere pe piața muncii", "Counselling and mediation on the labour market"}, false},
    {53, {"Sprijin în căutarea unui loc de muncă, inclusiv însoțire", "Support in looking for a job, including accompaniment"},
     false},
    {54, {"Servicii de formare profesională a adulților", "Vocational training services for adults"}, false},
    {55, {"Întreprindere de economie socială", "Social economy enterprise"}, false},
    {61, {"Activități de tip club sportiv școlar, echipă de fotbal și altele asemenea",
          "School sports club, football team and similar activities"}, false},
    {62, {"Activități de tip club al copiilor, grup folcloric, alte activități relevante de timp liber",
          "Children's club, folk group and other relevant leisure activities"}, false},
    {71, {"Servicii de locuire socială (locuințe ANL, sociale, de necesitate etc.)",
          "Social housing services (ANL, social or emergency dwellings etc.)"}, false},
    {72, {"Sprijin pentru renovarea sau amenajarea locuinței", "Support for home renovation or fitting-up"}, false},
    {81, {"Servicii de asistență juridică", "Legal assistance services"}, false},
    {82, {"Cazare", "Accommodation"}, false},
    {83, {"Masă caldă", "Hot meals"}, false},
    {84, {"Pachete cu alimente", "Food packages"}, false},
    {85, {"Sprijin la teme", "Homework help"}, false},
    {86, {"Transportul copiilor, tinerilor sau familiilor la/de la serviciu",
          "Transport of children, young people or families to/from the service"}, false},
    {30, {"Altele (specificați)", "Others (please specify)"}, true},
};

const AccessibilityItem kAccessibility[] = {
    {'a', {"Este accesibil fizic oricărui copil, inclusiv persoanelor cu mobilitate redusă sau în scaun cu rotile",
           "Physically accessible to any child, including persons with reduced mobility or wheelchair users"},
     false},
    {'b', {"Are mijloace alternative de informare și comunicare: Braille, pictograme sau limbaj ușor de înțeles "
           "pentru dificultăți de învățare, interpret de limbaj mimico-gestual",
           "Alternative information and communication means: Braille, icons or easy-to-understand language for "
           "learning difficulties, sign-language interpreter"},
     true},
    {'c', {"Programul zilnic se poate adapta nevoilor fiecărui copil (deficiențe complexe, boli cronice, tulburări "
           "de comportament, probleme de sănătate mintală)",
           "The daily programme can be adjusted to each child's needs (complex deficiencies, chronic diseases, "
           "behaviour disorders, mental health problems)"},
     false},
    {'d', {"Are tehnologii sau echipamente asistive", "Assistive technologies or equipment"}, true},
    {'e', {"Are o cameră pentru relaxare, odihnă sau recuperare neuromotorie a copiilor cu dizabilități",
           "A room usable for relaxation, rest or neuromotor recovery of children with disabilities"},
     true},
    {'f', {"Personalul are o atitudine pozitivă față de nevoile specifice ale copiilor cu nevoi speciale de îngrijire",
           "Staff have a positive attitude to the specific needs of children with particular care needs"},
     false},
};

}  // namespace

Span<SupplierType> supplierTypes() { return spanOf(kSuppliers); }
Span<ServiceActivity> serviceActivities() { return spanOf(kActivities); }
Span<AccessibilityItem> accessibilityItems() { return spanOf(kAccessibility); }

}  // namespace prevplan
