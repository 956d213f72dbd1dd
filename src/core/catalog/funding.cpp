// A2.6 lists nine numbered items, with (3) missing from the printed text; the numbers are kept.
// The other sources come from the main text (PNDL and national programmes, section 1.1.4.3) and
// from the funding lines of the service cards (local, school and emergency-aid budgets, county,
// NGO funds, donations and sponsorship, grants such as the Norway Grants and the Romanian Social
// Development Fund).
#include "core/catalog/funding.h"

namespace prevplan {
namespace {

using K = FundingKind;

constexpr Text kPocu = {"Programul Operațional Capital Uman (POCU)", "Human Capital Operational Programme (POCU)"};
constexpr Text kPor = {"Programul Operațional Regional (POR)", "Regional Operational Programme (POR)"};

const FundingSource kSources[] = {
    {"pocu-ax4", K::European, 1, kPocu,
     {"Axa prioritară 4 – Incluziunea socială și combaterea sărăciei",
      "Priority Axis 4 – Social inclusion and poverty reduction"},
     {"Reducerea sărăciei și excluziunii în comunitățile defavorizate, cu și fără romi; servicii sociale, "
      "medicale și de formare profesională pentru grupurile vulnerabile; asistență medicală comunitară; mai "
      "puțini copii instituționalizați prin servicii în comunitate; tineri care părăsesc sistemul pregătiți de "
      "viață independentă; asistență maternală și socială comunitară; calitatea sistemului de asistență socială "
      "și a profesioniștilor; soluții TIC; prevenție și diagnostic precoce; economie socială.",
      "Less poverty and exclusion in disadvantaged Roma and non-Roma communities; social, medical and vocational "
      "services for vulnerable groups; community medical assistance; fewer institutionalised children through "
      "community services; care leavers ready for independent life; foster care and community social "
      "assistance; a better social assistance system and professionals; ICT solutions; prevention and early "
      "diagnosis; social economy."}},
    {"pocu-ax3", K::European, 2, kPocu,
     {"Axa prioritară 3 – Locuri de muncă pentru toți",
      "Priority Axis 3 – Sustainable, quality employment and labour mobility"},
     {"Acces la locuri de muncă pentru cei care caută un loc de muncă, inactivi și șomeri de lungă durată; "
      "inițiative locale de angajare; mobilitate; activități independente și înființarea de întreprinderi.",
      "Access to jobs for jobseekers, inactive and long-term unemployed people; local hiring initiatives; "
      "mobility; self-employment and start-ups."}},
    {"pocu-ax6", K::European, 4, kPocu,
     {"Axa prioritară 6 – Educație și competențe", "Priority Axis 6 – Education and skills"},
     {"Educație și formare pentru tinerii NEET și participarea la educația antepreșcolară și preșcolară, pentru "
      "grupurile în risc de părăsire timpurie a școlii (mai ales copiii romi și din mediul rural).",
      "Education and training for NEETs and attendance of nursery and pre-school education, for groups at risk "
      "of early school leaving (especially Roma and rural children)."}},
    {"por-ax8", K::European, 5, kPor,
     {"Axa prioritară 8 – Dezvoltarea infrastructurii sanitare și sociale",
      "Priority Axis 8 – Health and social infrastructure"},
     {"Ambulatorii și unități de primiri urgențe; centre comunitare integrate; infrastructură pentru servicii "
      "sociale fără componentă rezidențială; case de tip familial, locuințe protejate.",
      "Outpatient and emergency units; integrated community centres; infrastructure for non-residential social "
      "services; family-type homes, protected dwellings."}},
    {"por-ax9", K::European, 6, kPor,
     {"Axa prioritară 9 – Regenerarea economică și socială a comunităților defavorizate din mediul urban",
      "Priority Axis 9 – Economic and social regeneration of disadvantaged urban communities"},
     {"Investiții prin strategii de dezvoltare locală în comunitățile urbane defavorizate.",
      "Investments through local development strategies in disadvantaged urban communities."}},
    {"por-ax10", K::European, 7, kPor,
     {"Axa prioritară 10 – Îmbunătățirea infrastructurii educaționale",
      "Priority Axis 10 – Education infrastructure"},
     {"Creșe, grădinițe, școli (clasele I-VIII), școli profesionale și licee tehnologice, universități.",
      "Nurseries, kindergartens, schools (grades I-VIII), vocational schools and technological high schools, "
      "universities."}},
    {"pndr", K::European, 8,
     {"Programul Național de Dezvoltare Rurală (PNDR) 2014-2020", "National Rural Development Programme (PNDR) 2014-2020"},
     {"Incluziune socială, reducerea sărăciei și dezvoltare economică în zonele rurale",
      "Social inclusion, poverty reduction and economic development in rural areas"},
     {"Infrastructură educațională, medicală și socială și strategii de dezvoltare locală integrată (LEADER).",
      "Educational, medical and social infrastructure and integrated local development strategies (LEADER)."}},
    {"poad", K::European, 9,
     {"Programul Operațional Ajutorarea Persoanelor Defavorizate (POAD)",
      "Operational Programme for Aid to Disadvantaged Persons (POAD)"},
     {},
     {"Pachete cu alimente și mese calde, rechizite, trusouri pentru nou-născuți, îmbrăcăminte, încălțăminte, "
      "produse de igienă; pentru familii cu VMG sau cu alocație de susținere, persoane fără adăpost, pensionari "
      "cu pensii sub 450 lei pe lună; rechizitele merg la elevii din învățământul de stat primar și gimnazial "
      "care îndeplinesc criteriile de venit.",
      "Food packages and cooked meals, school supplies, layettes, clothing, footwear, hygiene products; for GMI "
      "families, families on the family support allowance, homeless people, pensioners under RON 450 a month; "
      "school supplies go to state primary and lower-secondary pupils who meet the income criteria."}},

    {"pndl", K::National, 0,
     {"Programul Național de Dezvoltare Locală (PNDL)", "National Local Development Programme (PNDL)"},
     {},
     {"Principala sursă pentru infrastructura locală (sănătate, educație, apă-canal, energie, drumuri, cultură, "
      "locuire, sport); etapa a II-a 2017-2020 finanțează 9.500 de obiective, între care 2.500 de creșe și "
      "grădinițe și 2.000 de școli.",
      "The main source for local infrastructure (health, education, water and sewerage, energy, roads, culture, "
      "housing, sports); stage II 2017-2020 funds 9,500 projects, including 2,500 nurseries and kindergartens "
      "and 2,000 schools."}},
    {"programe-nationale", K::National, 0,
     {"Programe naționale ale ministerelor de resort", "National programmes of the line ministries"},
     {},
     {"Bugetul de stat prin programe naționale: de exemplu, Ministerul Sănătății finanțează posturile de asistent "
      "medical comunitar și mediator sanitar; programe naționale de educație (rechizite, burse, „A doua șansă”).",
      "The state budget through national programmes: e.g. the Ministry of Health funds community nurse and "
      "health mediator posts; national education programmes (school supplies, scholarships, “Second "
      "chance”)."}},

    {"buget-local", K::Local, 0, {"Bugetul local", "Local budget"}, {},
     {"Bugetul comunei, aprobat de consiliul local; planul anual de acțiune se face înaintea proiectului de buget.",
      "The commune's budget, approved by the local council; the annual action plan comes before the draft "
      "budget."}},
    {"fond-ajutoare-urgenta", K::Local, 0, {"Fondul pentru ajutoare de urgență", "Emergency aid fund"}, {},
     {"Ajutoare de urgență din bugetul local, de exemplu pentru renovarea locuinței după un dezastru.",
      "Emergency aid from the local budget, e.g. for home repairs after a disaster."}},
    {"buget-scoala", K::Local, 0, {"Bugetul școlii", "School budget"}, {},
     {"Resursele unității de învățământ, pentru servicii educaționale și de prevenire derulate de școală.",
      "The school's own resources, for education and prevention services the school runs."}},
    {"consiliu-judetean-dgaspc", K::Local, 0,
     {"Consiliul județean / DGASPC", "County council / DGASPC"}, {},
     {"Servicii județene sau în parteneriat cu DGASPC; DGASPC este partenerul-cheie la nivel județean.",
      "County services, or services in partnership with the DGASPC, the key county partner."}},

    {"fonduri-ong", K::Other, 0, {"Fonduri ale ONG-urilor", "NGO funds"}, {},
     {"Resurse ale organizațiilor neguvernamentale partenere.", "Resources of partner non-governmental organisations."}},
    {"donatii-sponsorizari", K::Other, 0, {"Donații și sponsorizări", "Donations and sponsorship"}, {},
     {"De la firme, biserică, familii și persoane fizice; inclusiv evenimente care aduc venituri.",
      "From companies, the church, families and individuals; including income-generating events."}},
    {"granturi", K::Other, 0, {"Granturi", "Grants"}, {},
     {"Granturile SEE și norvegiene, Fondul Român de Dezvoltare Socială (FRDS), granturi mici, finanțări "
      "internaționale.",
      "Norway Grants, the Romanian Social Development Fund (FRDS), small grants, international funding."}},
};

}  // namespace

Span<FundingSource> fundingSources() { return spanOf(kSources); }
// A switch, so that a new kind without a name fails the build (-Wswitch).
Text fundingKindName(FundingKind kind) {
    switch (kind) {
        case FundingKind::European: return {"Fonduri europene", "European funds"};
        case FundingKind::National: return {"Fonduri naționale", "National funds"};
        case FundingKind::Local: return {"Fonduri locale și județene", "Local and county funds"};
        case FundingKind::Other: return {"Alte surse", "Other sources"};
    }
    return {};
}

}  // namespace prevplan
