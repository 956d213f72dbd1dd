// Table 2, reconstructed from the garbled three-column layout as in domain-facts section 3.4.
// Numbering is the printed order within each group, so codes stay stable.
// Two printed oddities are kept so the codes keep matching the source:
//  - G13 repeats "speech therapist" (G6); it is probably a mistranslation (no psychologist is
//    listed), so the label says it is a repeat;
//  - G14 "chiropractor" is how the English text renders the Romanian "kinetoterapeut"
//    (physiotherapist); B4 "kineto-therapy" is the same profession's service.
// Which column the "Others, namely" of E belongs to is unclear; it is kept under E.
#include "core/catalog/service_types.h"

#include <iterator>

namespace prevplan {
namespace {

using C = ServiceCategory;

const ServiceType kTypes[] = {
    {"A1", C::CenterSocial, {"Centru maternal", "Maternal centre"}, false},
    {"A2", C::CenterSocial,
     {"Alte servicii rezidențiale pentru copii (ERC etc.)", "Other residential childcare services (ERC etc.)"}, false},
    {"A3", C::CenterSocial,
     {"Centru de zi pentru sprijinirea integrării/reintegrării copilului în familie",
      "Day care centre to support the child's integration/reintegration in the family"}, false},
    {"A4", C::CenterSocial, {"Centru de zi pentru copilul cu dizabilități", "Day care centre for the disabled child"}, false},
    {"A5", C::CenterSocial,
     {"Centru de zi pentru dezvoltarea deprinderilor de viață independentă",
      "Day care centre for the development of independent life skills"}, false},
    {"A6", C::CenterSocial,
     {"Centru de orientare, supraveghere și sprijin pentru reintegrarea socială a copilului care a săvârșit "
      "o faptă penală și nu răspunde penal",
      "Centre for guiding, supervising and supporting the social reintegration of the child who has committed "
      "a criminal offence and is not criminally liable"}, false},
    {"A7", C::CenterSocial,
     {"Centru de consiliere pentru copilul abuzat, neglijat, exploatat",
      "Counselling centre for the abused, neglected or exploited child"}, false},
    {"A8", C::CenterSocial,
     {"Centru de consiliere de zi pentru sprijinirea părinților și copiilor / a gravidelor aflate în dificultate",
      "Day counselling centre supporting parents and children / pregnant women in difficulty"}, false},
    {"A9", C::CenterSocial, {"Locuințe protejate", "Protected dwellings"}, false},
    {"A10", C::CenterSocial,
     {"Instituții pentru adulți (CITO, CRRN, CIA, unitate medico-socială, centru rezidențial de îngrijiri "
      "paliative etc.)",
      "Institutions for adults (CITO, CRRN, CIA, medical-social unit, residential palliative care centre etc.)"},
     false},
    {"A11", C::CenterSocial, {"Adăposturi de zi sau de noapte", "Day or night shelters"}, false},
    {"A12", C::CenterSocial,
     {"Centru de prevenire, evaluare și consiliere antidrog", "Prevention, evaluation and anti-drug counselling centre"},
     false},
    {"A13", C::CenterSocial, {"Centru de reabilitare pentru adicții", "Rehabilitation centre for addictions"}, false},
    {"A14", C::CenterSocial, {"Centru de tip comunitate terapeutică", "Therapeutic community centre"}, false},
    {"A15", C::CenterSocial, {"Centre sau servicii multifuncționale", "Multifunctional centres or services"}, false},
    {"A16", C::CenterSocial, {"Centru comunitar de servicii integrate", "Integrated community services centre"}, false},
    {"A17", C::CenterSocial, {"Echipe mobile", "Mobile teams"}, false},
    {"A18", C::CenterSocial, {"Alte servicii de tip centru", "Other centre-type services"}, true},

    {"B1", C::InterventionSocial, {"Servicii de educație parentală", "Parent education services"}, false},
    {"B2", C::InterventionSocial, {"Servicii de consiliere psihologică", "Psychological counselling services"}, false},
    {"B3", C::InterventionSocial, {"Servicii de logopedie", "Speech therapy services"}, false},
    {"B4", C::InterventionSocial, {"Servicii de kinetoterapie", "Kinetotherapy (physiotherapy) services"}, false},
    {"B5", C::InterventionSocial,
     {"Alte servicii de abilitare/reabilitare", "Other habilitation/rehabilitation services"}, false},
    {"B6", C::InterventionSocial,
     {"Servicii de prevenire a abuzului, neglijării și exploatării",
      "Services to prevent abuse, neglect and exploitation"}, false},
    {"B7", C::InterventionSocial,
     {"Servicii de consiliere pentru prevenirea și combaterea violenței domestice",
      "Counselling services to prevent and combat domestic violence"}, false},
    {"B8", C::InterventionSocial, {"Servicii de asistență pentru agresori", "Assistance services for aggressors"}, false},
    {"B9", C::InterventionSocial,
     {"Servicii de tip masă pe roți sau cantină socială", "Meals-on-wheels or social canteen services"}, false},
    {"B10", C::InterventionSocial, {"Întreprindere socială", "Social economy enterprise"}, false},
    {"B11", C::InterventionSocial, {"Servicii de locuire socială", "Social housing services"}, false},
    {"B12", C::InterventionSocial,
     {"Sprijin pentru renovarea sau amenajarea locuinței", "Support for home renovation or fitting-up"}, false},
    {"B13", C::InterventionSocial, {"Servicii de asistență juridică", "Legal aid services"}, false},
    {"B14", C::InterventionSocial,
     {"Alte servicii sociale de tip intervenție", "Other intervention-type social services"}, true},

    {"C1", C::EducationalInstitution, {"Grădiniță", "Kindergarten"}, false},
    {"C2", C::EducationalInstitution, {"Școală primară", "Primary school"}, false},
    {"C3", C::EducationalInstitution,
     {"Școală primară cu servicii educaționale de sprijin / învățământ special integrat",
      "Primary school with educational support services / integrated special education"}, false},
    {"C4", C::EducationalInstitution, {"Școală gimnazială", "Lower-secondary school"}, false},
    {"C5", C::EducationalInstitution,
     {"Școală gimnazială cu servicii educaționale de sprijin / învățământ special integrat",
      "Lower-secondary school with educational support services / integrated special education"}, false},
    {"C6", C::EducationalInstitution, {"Școală specială", "Special school"}, false},
    {"C7", C::EducationalInstitution, {"Liceu", "High school"}, false},
    {"C8", C::EducationalInstitution, {"Liceu tehnologic", "Technological high school"}, false},

    {"D1", C::EducationalIntervention,
     {"Servicii de consiliere și orientare școlară", "School counselling and guidance services"}, false},
    {"D2", C::EducationalIntervention,
     {"Consiliere și orientare profesională/vocațională", "Professional/vocational counselling and guidance"}, false},
    {"D3", C::EducationalIntervention, {"Servicii educaționale de sprijin", "Educational support services"}, false},
    {"D4", C::EducationalIntervention, {"Servicii de tip „școală după școală”", "After-school services"}, false},
    {"D5", C::EducationalIntervention, {"Programul „A doua șansă”", "“Second chance” programme"}, false},
    {"D6", C::EducationalIntervention,
     {"Servicii de evaluare a competențelor pentru ocuparea unui loc de muncă",
      "Skills assessment services for employment"}, false},
    {"D7", C::EducationalIntervention,
     {"Servicii de consiliere și mediere pe piața muncii", "Counselling and mediation services on the labour market"},
     false},
    {"D8", C::EducationalIntervention,
     {"Sprijin în căutarea unui loc de muncă, inclusiv însoțire", "Job search support, including accompaniment"},
     false},
    {"D9", C::EducationalIntervention,
     {"Servicii de formare profesională a adulților", "Vocational training services for adults"}, false},
    {"D10", C::EducationalIntervention,
     {"Activități de tip club sportiv școlar, echipă de fotbal și altele asemenea",
      "School sports club, football team and similar activities"}, false},
    {"D11", C::EducationalIntervention, {"Activități de tip club al copiilor", "Children's club activities"}, false},
    {"D12", C::EducationalIntervention,
     {"Alte servicii educaționale de tip intervenție", "Other educational interventions"}, true},

    {"E1", C::MedicalUnit, {"Centru de permanență", "Permanent medical centre"}, false},
    {"E2", C::MedicalUnit, {"Spital, policlinică", "Hospital, polyclinic"}, false},
    {"E3", C::MedicalUnit, {"Unități de îngrijire la domiciliu pentru copii", "Home care units for children"}, false},
    {"E4", C::MedicalUnit, {"Alte unități medicale", "Other medical units"}, true},

    {"F1", C::MedicalIntervention, {"Servicii de planificare familială", "Family planning services"}, false},
    {"F2", C::MedicalIntervention,
     {"Servicii de educație sexuală pentru tineri", "Sexual education services for young people"}, false},
    {"F3", C::MedicalIntervention, {"Ambulanță socială", "Social ambulance"}, false},
    {"F4", C::MedicalIntervention, {"Alte servicii medicale de tip intervenție", "Other medical interventions"}, true},

    {"G1", C::Expert,
     {"Serviciul public de asistență socială (SPAS, DAS, DCA etc.)", "Public social welfare service (SPAS, DSA, DCA etc.)"},
     false},
    {"G2", C::Expert,
     {"Asistent social profesionist (unul sau mai mulți)", "Professional social worker (one or more)"}, false},
    {"G3", C::Expert,
     {"Persoană cu atribuții de asistență socială (una sau mai multe)",
      "Person with social assistance responsibilities (one or more)"}, false},
    {"G4", C::Expert, {"Consilier școlar", "School counsellor"}, false},
    {"G5", C::Expert, {"Profesor itinerant și de sprijin", "Itinerant and support teacher"}, false},
    {"G6", C::Expert, {"Logoped", "Speech therapist"}, false},
    {"G7", C::Expert,
     {"Profesor pentru copiii cu cerințe speciale (altul decât logopedul)",
      "Teacher for children with special needs (other than the speech therapist)"}, false},
    {"G8", C::Expert, {"Mediator școlar", "School mediator"}, false},
    {"G9", C::Expert, {"Medic curant (medic de familie)", "Attending physician (family doctor)"}, false},
    {"G10", C::Expert, {"Asistent medical", "Nurse"}, false},
    {"G11", C::Expert, {"Asistent medical comunitar", "Community medical assistant (community nurse)"}, false},
    {"G12", C::Expert, {"Mediator sanitar", "Sanitary (health) mediator"}, false},
    {"G13", C::Expert,
     {"Logoped (menționat a doua oară în listă)", "Speech therapist (listed a second time)"}, false},
    {"G14", C::Expert, {"Kinetoterapeut", "Kinetotherapist (printed “chiropractor”)"}, false},
    {"G15", C::Expert, {"Terapeut ocupațional", "Occupational therapist"}, false},
    {"G16", C::Expert, {"Mediator sau facilitator comunitar", "Community mediator or facilitator"}, false},
    {"G17", C::Expert,
     {"Structura comunitară consultativă (SCC) sau consiliul comunitar consultativ, funcțional",
      "Consultative Community Structure (CCS) or Community Consultative Council, functional"}, false},
    {"G18", C::Expert, {"Polițist", "Police officer"}, false},
    {"G19", C::Expert,
     {"Voluntari pentru servicii de sprijin al familiilor cu copii",
      "Volunteers for support services for families with children"}, false},
    {"G20", C::Expert, {"Alți profesioniști", "Other professionals"}, true},

    {"H1", C::Other,
     {"Grupuri de sprijin pentru copiii și familiile aflate în situații vulnerabile",
      "Support groups for children and families in vulnerable situations"}, false},
    {"H2", C::Other,
     {"Grupuri religioase care sprijină copiii și familiile aflate în situații vulnerabile",
      "Religious groups supporting children and families in vulnerable situations"}, false},
    {"H3", C::Other, {"Grupuri caritabile", "Charity groups"}, false},
    {"H4", C::Other,
     {"ONG-uri active în domeniul protecției copilului", "NGOs active in the child protection field"}, false},
};

constexpr Text kCategoryNames[] = {
    {"Servicii sociale de tip centru", "Centre-type social services"},
    {"Servicii sociale de tip intervenții/activități", "Intervention/activity-type social services"},
    {"Unități de învățământ", "Educational institutions"},
    {"Servicii educaționale de tip intervenții/activități", "Educational interventions/activities"},
    {"Unități medicale", "Medical units"},
    {"Servicii medicale de tip intervenții/activități", "Medical interventions/activities"},
    {"Tipuri de experți", "Types of experts"},
    {"Alte resurse: grupuri de sprijin, grupuri religioase și caritabile, ONG-uri",
     "Other resources: support, religious and charity groups, NGOs"},
};
static_assert(std::size(kCategoryNames) == kServiceCategoryCount, "one name per category");

}  // namespace

Span<ServiceType> serviceTypes() { return spanOf(kTypes); }
Text serviceCategoryName(ServiceCategory category) { return kCategoryNames[static_cast<int>(category)]; }

}  // namespace prevplan
