#include "core/sharing/council_decision.h"

#include "core/base/format.h"
#include "core/base/html_escape.h"

namespace prevplan {

namespace {

constexpr Text kHeading{"ROMÂNIA<br>JUDEȚUL %s<br>COMUNA %s<br>CONSILIUL LOCAL", "ROMANIA<br>%s COUNTY<br>COMMUNE OF %s<br>LOCAL COUNCIL"};
constexpr Text kDraft{"PROIECT", "DRAFT"};
constexpr Text kDecisionNo{"HOTĂRÂREA nr. %s din %s", "DECISION no. %s of %s"};
constexpr Text kAbout{"privind aprobarea Planului de dezvoltare a serviciilor comunitare pentru prevenirea separării copilului de familie%s și a Planului anual de acțiune pe anul %d",
                  "approving the Development plan of community services to prevent the separation of children from their families%s and the Annual action plan for %d"};
constexpr Text kForPeriod{" pentru perioada %d–%d", " for %d–%d"};
constexpr Text kMeeting{"Consiliul Local al comunei %s, întrunit în ședința %s din data de %s,",
                    "The Local Council of the commune of %s, meeting in %s session on %s,"};
constexpr Text kMeetingKind{"ordinară / extraordinară", "ordinary / extraordinary"};
constexpr Text kHaving{"Având în vedere:", "Having regard to:"};
constexpr Text kHavingItems[] = {
    {"referatul de aprobare al primarului comunei nr. %s din %s;", "the mayor's approval note no. %s of %s;"},
    {"raportul de specialitate al Serviciului public de asistență socială nr. %s din %s;", "the specialist report of the public social assistance service no. %s of %s;"},
    {"avizul comisiei de specialitate a consiliului local nr. %s din %s;", "the opinion of the council's specialist committee no. %s of %s;"},
};
constexpr Text kLegal{"În conformitate cu:", "In accordance with:"};
// The sources the methodology cites (domain facts 5.1); the Administrative Code gives the council
// its power over social services and decisions.
constexpr Text kLegalItems[] = {
    {"Legea asistenței sociale nr. 292/2011, cu modificările și completările ulterioare, art. 117;", "Social Assistance Law no. 292/2011, as amended, art. 117;"},
    {"HG nr. 797/2017 pentru aprobarea regulamentelor-cadru de organizare și funcționare ale serviciilor publice de asistență socială, Anexa nr. 3, art. 4–5;",
     "Government Decision no. 797/2017 on the framework regulations of the public social assistance services, Annex 3, art. 4–5;"},
    {"Ordinul nr. 1086/2018 privind aprobarea modelului-cadru al planului anual de acțiune privind serviciile sociale;",
     "Order no. 1086/2018 approving the framework model of the annual action plan for social services;"},
    {"HG nr. 691/2015 pentru aprobarea Procedurii de monitorizare a modului de creștere și îngrijire a copilului cu părinți plecați la muncă în străinătate și a serviciilor de care aceștia pot beneficia, precum și pentru aprobarea Metodologiei de lucru privind colaborarea dintre direcțiile generale de asistență socială și protecția copilului și serviciile publice de asistență socială și a modelului standard al documentelor elaborate de către acestea;",
     "Government Decision no. 691/2015 on the working methodology between the county directorates (DGASPC) and the public social assistance services;"},
    {"art. 129 alin. (2) lit. d) și alin. (7) lit. b) din OUG nr. 57/2019 privind Codul administrativ;",
     "art. 129 (2) d) and (7) b) of Government Emergency Ordinance no. 57/2019 on the Administrative Code;"},
};
constexpr Text kBasis{"În temeiul art. 139 alin. (1) și al art. 196 alin. (1) lit. a) din OUG nr. 57/2019 privind Codul administrativ,",
                  "Under art. 139 (1) and art. 196 (1) a) of Government Emergency Ordinance no. 57/2019 on the Administrative Code,"};
constexpr Text kDecides{"HOTĂRĂȘTE:", "DECIDES:"};
constexpr Text kArt1{"Art. 1. Se aprobă Planul de dezvoltare a serviciilor comunitare pentru prevenirea separării copilului de familie al comunei %s%s, prevăzut în anexa care face parte integrantă din prezenta hotărâre.",
                 "Art. 1. The Development plan of community services to prevent the separation of children from their families of the commune of %s%s, in the annex that is an integral part of this decision, is approved."};
constexpr Text kArt2{"Art. 2. Se aprobă Planul anual de acțiune pe anul %d, prevăzut în Anexa 1 la plan.",
                 "Art. 2. The Annual action plan for %d, in Annex 1 to the plan, is approved."};
constexpr Text kArt3{"Art. 3. Bugetul estimat al planului este de %s, din care %s pe anul %d, dintre care %s din bugetul local; sumele din bugetul local se cuprind în proiectul bugetului pe anul %d.",
                 "Art. 3. The plan's estimated budget is %s, of which %s in %d, %s of it from the local budget; the local budget's share goes into the draft budget for %d."};
constexpr Text kArt4{"Art. 4. Primarul comunei, prin Serviciul public de asistență socială, asigură ducerea la îndeplinire a prezentei hotărâri și prezintă anual consiliului local raportul de monitorizare a planului.",
                 "Art. 4. The mayor, through the public social assistance service, carries out this decision and reports yearly to the local council on the plan's monitoring."};
constexpr Text kArt5{"Art. 5. Secretarul general al comunei comunică prezenta hotărâre Primarului comunei, Instituției Prefectului – județul %s, Direcției Generale de Asistență Socială și Protecția Copilului %s și Serviciului public de asistență socială.",
                 "Art. 5. The commune's general secretary communicates this decision to the mayor, the Prefect's Institution of %s County, the DGASPC of %s and the public social assistance service."};
constexpr Text kVotes{"Adoptată cu %s voturi pentru, %s împotrivă și %s abțineri, din %s consilieri prezenți (din %s în funcție).",
                  "Adopted with %s votes for, %s against and %s abstentions, of %s councillors present (of %s in office)."};
constexpr Text kChair{"Președinte de ședință,", "Chair of the meeting,"};
constexpr Text kSecretary{"Contrasemnează: Secretarul general al comunei,", "Countersigned: the commune's general secretary,"};
constexpr Text kInitiator{"Inițiator: Primarul comunei", "Initiated by the mayor"};

// A blank the secretary fills by hand.
const char* kBlank = "<span class=\"blank\"></span>";

// The pattern's fields are escaped text or blanks; the pattern itself is ours.
std::string para(const std::string& html, const char* cls = nullptr) {
    return std::string("<p") + (cls ? std::string(" class=\"") + cls + "\"" : std::string()) + ">" + html + "</p>\n";
}

std::string periodText(const Planning& p, Lang lang) {
    return p.startYear ? format(kForPeriod.in(lang), p.startYear, p.startYear + p.periodYears - 1) : std::string();
}

std::string budgetArticle(const doc::Figures& f, Lang lang) {
    long yearTotal = 0, yearCouncil = 0;
    for (std::size_t i = 0; i < f.budget.years.size(); ++i)
        if (f.budget.years[i] == f.actionPlanYear) yearTotal = f.budget.byYear[i], yearCouncil = f.budget.councilByYear[i];
    return escapeHtml(format(kArt3.in(lang), formatRon(f.budget.total, lang).c_str(), formatRon(yearTotal, lang).c_str(),
                             f.actionPlanYear, formatRon(yearCouncil, lang).c_str(), f.actionPlanYear));
}

}  // namespace

std::string councilDecisionPage(const doc::Figures& f, Lang lang) {
    const std::string commune = escapeHtml(f.plan.commune), county = escapeHtml(doc::countyName(f.plan.county));
    std::string out = "<section class=\"decision\">";
    out += "<div class=\"header\"><span>" + escapeHtml(doc::communeLine(f.plan, lang)) + "</span><span>" +
           escapeHtml(doc::dateText(f.today, lang)) + "</span></div>";
    out += para("<strong>" + format(kHeading.in(lang), county.c_str(), commune.c_str()) + "</strong>");
    out += para("<strong>" + escapeHtml(kDraft.in(lang)) + "</strong>", "center");
    out += para("<strong>" + format(kDecisionNo.in(lang), kBlank, kBlank) + "</strong>", "center");
    out += para(escapeHtml(format(kAbout.in(lang), periodText(f.plan.planning, lang).c_str(), f.actionPlanYear)), "center");
    out += para(format(kMeeting.in(lang), commune.c_str(), escapeHtml(kMeetingKind.in(lang)).c_str(), kBlank));
    out += para(escapeHtml(kHaving.in(lang)));
    for (const Text& item : kHavingItems) out += para("– " + format(item.in(lang), kBlank, kBlank));
    out += para(escapeHtml(kLegal.in(lang)));
    for (const Text& item : kLegalItems) out += para("– " + escapeHtml(item.in(lang)));
    out += para(escapeHtml(kBasis.in(lang)));
    out += para("<strong>" + escapeHtml(kDecides.in(lang)) + "</strong>", "center");
    out += para(format(kArt1.in(lang), commune.c_str(), escapeHtml(periodText(f.plan.planning, lang)).c_str()));
    out += para(escapeHtml(format(kArt2.in(lang), f.actionPlanYear)));
    out += para(budgetArticle(f, lang));
    out += para(escapeHtml(kArt4.in(lang)));
    // The last article, the vote and the signatures print on one page: a signature alone on a
    // page would not show what was signed.
    out += "<div class=\"closing\">";
    out += para(format(kArt5.in(lang), county.c_str(), county.c_str()));
    out += para(format(kVotes.in(lang), kBlank, kBlank, kBlank, kBlank, kBlank));
    out += "<div class=\"signatures\"><div>" + escapeHtml(kChair.in(lang)) + "<br><br>" + kBlank + "</div><div>" +
           escapeHtml(kSecretary.in(lang)) + "<br><br>" + kBlank + "</div></div>";
    out += para(escapeHtml(kInitiator.in(lang)));
    return out + "</div></section>\n";
}

}  // namespace prevplan
