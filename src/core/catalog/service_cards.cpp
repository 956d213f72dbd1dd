// Section 1.1.3 service cards, condensed from the report (domain-facts section 4.6).
// Source quirks resolved here:
//  - the text announces 12 social services but lists 13; all 13 are kept;
//  - card 5 is "Itinerant teams" in the list and "Mobile teams" in the body: both names given;
//  - card 10's title says "subject to criminal responsibility", its body "not criminally
//    responsible"; the body (and Table 2, A6) is followed;
//  - card 12's steps mention a soup kitchen (a copy error in the source); left out;
//  - the medical card has no risks section in the source: its risks are read from the hiring and
//    funding rules it gives (the post lapses when unfunded; the health
//    mediator post needs a large enough Roma community);
//  - card 13 is only a list of services (University of Nottingham 2012): its steps come from the
//    introductory text, and funding and risks say the report gives none.
#include "core/catalog/service_cards.h"

namespace prevplan {
namespace {

using K = CardKind;

const ServiceCard kCards[] = {
    {"centru-zi-reintegrare", K::Social,
     {"Centre de zi pentru sprijinirea (re)integrării copilului în familie",
      "Day centres to support the family (re)integration of children"},
     {"Părinții nu au abilitățile sau resursele pentru un mediu care să sprijine dezvoltarea copilului; copilul "
      "rămâne temporar sau permanent nesupravegheat; în situații de criză există risc de separare.",
      "Parents lack the skills or resources for an environment that supports the child's development; the child "
      "is temporarily or permanently unsupervised; in a crisis there is a risk of separation."},
     {"Copii în risc de separare; copii separați temporar și aflați în protecție; părinți sau tutori în risc de "
      "separare ori separați temporar de copil.",
      "Children at risk of separation; children temporarily separated and in care; parents or guardians at risk "
      "of separation or temporarily separated from the child."},
     {"SPAS/primăria, cu ONG-uri locale și voluntari.", "SPAS/the mayoralty, with local NGOs and volunteers."},
     {"Îngrijire complementară, socializare și consiliere pentru copii; cursuri de parentalitate, grupuri de "
      "sprijin, consiliere juridică și îndrumare pentru părinți; supraveghere; deprinderi de viață independentă; "
      "hrană când există un deficit de nutriție; activități comune părinți-copii, inclusiv cu familia extinsă.",
      "Complementary care, socialisation and counselling for children; parenting classes, support groups, legal "
      "advice and referral for parents; supervision; independent-living skills; food where nutrition is "
      "lacking; joint parent-child work, including the extended family."},
     {"Analiza nevoilor și a resurselor; finanțare și experți; spațiu și acreditare; criterii de selecție, "
      "regulament și program; informarea comunității; legături între furnizor, parteneri și beneficiari; "
      "furnizare, monitorizare, evaluare, revizuire.",
      "Needs and resources analysis; funding and experts; premises and accreditation; selection criteria, rules "
      "and timetable; informing the community; contacts between provider, partners and beneficiaries; delivery, "
      "monitoring, evaluation, revision."},
     {"Buget local, fonduri ONG, donații și sponsorizări, granturi, evenimente care aduc venituri, taxe pentru "
      "activitățile deschise comunității.",
      "Local budget, NGO funds, donations and sponsorship, grants, income-generating events, fees for "
      "community-wide activities."},
     {"Dependența de serviciu (durată limitată, ieșire treptată, contribuție simbolică sau muncă în folosul "
      "comunității după 12 luni, plata personalului pe caz rezolvat); perpetuarea marginalizării (cursuri "
      "artistice deschise contra unei taxe lunare, evenimente comunitare).",
      "Dependency (limited duration, phased exit, a symbolic contribution or community work after 12 months, "
      "staff paid per solved case); perpetuating marginalisation (open arts classes for a monthly fee, community "
      "events)."},
     {"A3"}},

    {"viata-independenta", K::Social,
     {"Centre de zi pentru dezvoltarea deprinderilor de viață independentă",
      "Day centres for the development of independent living skills"},
     {"Cunoștințe și deprinderi slabe de viață independentă.", "Poor independent-living knowledge and skills."},
     {"Copii și tineri din sistemul de protecție sau în risc de separare; copii lipsiți temporar sau definitiv de "
      "îngrijirea familiei.",
      "Children and young people in care or at risk of separation; children temporarily or permanently without "
      "family care."},
     {"SPAS/primăria, ONG-uri, voluntari.", "SPAS/the mayoralty, NGOs, volunteers."},
     {"Formare teoretică și practică; mentori din comunitate instruiți și monitorizați; evaluarea progresului; "
      "ore de educație civică sau „școală după școală”; pliante; o bază de date a mentorilor.",
      "Theoretical and practical training; community mentors, trained and monitored; progress evaluations; "
      "citizenship or after-school classes; leaflets; a mentor database."},
     {"Analiza nevoilor și a resurselor; evaluarea deprinderilor actuale ale beneficiarilor; instruirea "
      "mentorilor și baza de date; parteneriate cu școlile.",
      "Needs and resources analysis; assessing the beneficiaries' current skills; training mentors and building "
      "the database; partnerships with schools."},
     {"Buget local, sponsorizări și donații, voluntariat, granturi.",
      "Local budget, sponsorship and donations, volunteer work, grants."},
     {"Neîncredere între mentor și tânăr (potrivire atentă, monitorizare); copiii au greutăți în a avea "
      "încredere (modul de formare); exploatarea sau abuzul de către mentor (selecție cu cazier, clauze în "
      "contract).",
      "Mentor-mentee mistrust (careful matching, monitoring); children's difficulty trusting (a training "
      "module); exploitation or abuse by mentors (selection including a criminal record check, contract "
      "clauses)."},
     {"A5"}},

    {"consiliere-copil-abuzat", K::Social,
     {"Centre de consiliere pentru copilul abuzat, neglijat și exploatat",
      "Counselling centres for abused, neglected and exploited children"},
     {"Dificultăți emoționale și traume.", "Emotional difficulties and trauma."},
     {"Copii abuzați, neglijați sau exploatați ori în risc; părintele, îngrijitorul sau tutorele care nu este "
      "abuziv; familia, inclusiv cea extinsă; părintele sau îngrijitorul abuziv ori agresorul.",
      "Abused, neglected or exploited children, or children at risk; the non-abusing parent, caregiver or "
      "guardian; the family, including the extended family; the abusive parent or caregiver, or the aggressor."},
     {"Un centru complet e greu de susținut; varianta modestă: SPAS ca punct de informare și conștientizare.",
      "A full centre is hard to run; the modest option is SPAS as an information and awareness hub."},
     {"Consiliere individuală sau de grup de către SPAS și DGASPC, cu medicii de familie și asistenții medicali "
      "comunitari; copilul în pericol este plasat de urgență prin sesizarea DGASPC; mecanism de urgență "
      "SPAS-poliție; consiliere pentru agresori; materiale și campanii anuale.",
      "Individual or group counselling by SPAS and the DGASPC, with family doctors and community nurses; a child "
      "in danger is placed urgently through a referral to the DGASPC; a SPAS-police emergency mechanism; "
      "counselling for aggressors; materials and yearly campaigns."},
     {"Identificarea resurselor locale; formarea asistentului social; parteneriate locale și județene; "
      "furnizare, monitorizare, revizuire.",
      "Identifying local resources; training the social worker; local and county partnerships; delivery, "
      "monitoring, revision."},
     {"Buget local, donații, sponsorizări, proiecte cu ONG-uri specializate.",
      "Local budget, donations, sponsorship, projects with specialised NGOs."},
     {"Implicarea sau pregătirea slabă a experților locali; puțină experiență în scrierea cererilor de "
      "finanțare.",
      "Weak involvement or training of local experts; little skill in writing funding applications."},
     {"A7", "B6"}},

    {"servicii-comunitare-integrate", K::Social,
     {"Centre comunitare de servicii integrate", "Integrated community services centres"},
     {"Acces limitat la serviciile sociale, medicale și educaționale de bază.",
      "Limited access to basic social, medical and educational services."},
     {"Întreaga comunitate, mai ales grupurile vulnerabile.", "The whole community, especially vulnerable groups."},
     {"Echipa de bază: asistent social și asistent medical comunitar (în comunitățile de romi, mediatorii sanitar "
      "și școlar sunt esențiali); un punct comun cu școala, SCC, grupuri civice și biserica; DGASPC sau alți "
      "furnizori pot organiza periodic activități acolo.",
      "Core team: a social worker and a community nurse (in Roma communities the health and school mediators are "
      "key); a hub with the school, the CCS, civic groups and the church; the DGASPC or other providers may run "
      "activities there periodically."},
     {"Asistență medicală comunitară; educație nonformală și pentru viață, ore remediale; consiliere și mediere "
      "pe piața muncii; consiliere juridică și privind locuința; sfaturi pentru generarea de venituri; "
      "dezvoltare comunitară; servicii sociale împreună cu DGASPC.",
      "Community medical assistance; non-formal and life-skills education, remedial classes; labour-market "
      "counselling and mediation; legal and housing advice; income-generation advice; community development; "
      "social services with the DGASPC."},
     {"Analiza nevoilor și a resurselor; echipa de bază (autoritatea locală poate obține finanțare centrală "
      "pentru posturile de asistent medical comunitar sau mediator sanitar); spațiu aproape de comunitățile "
      "marginalizate; dotări; acreditare după complexitate; cu sau fără personalitate juridică.",
      "Needs and resources analysis; the core team (the local authority may get central funding for community "
      "nurse or health mediator posts); premises close to marginalised communities; equipment; accreditation "
      "depending on complexity; with or without legal personality."},
     {"Buget local; ministerele de resort; fonduri UE (POCU, POR, PNDR); Granturile SEE și norvegiene; FRDS; "
      "granturi mici, donații, sponsorizări.",
      "Local budget; line ministries; EU funds (OPHC, ROP, NRDP); Norway Grants; the Romanian Social Development "
      "Fund; small grants, donations, sponsorship."},
     {"Lipsa personalului calificat sau a posturilor în organigramă; nevoia de promovare și de "
      "complementaritate cu serviciile itinerante din satele îndepărtate.",
      "No qualified staff or posts in the organisation chart; the need for promotion and for complementarity "
      "with itinerant services in distant villages."},
     {"A16"}},

    {"echipe-mobile", K::Social,
     {"Echipe itinerante (echipe mobile)", "Itinerant teams (mobile teams)"},
     {"Riscurile trebuie identificate, monitorizate și evaluate acolo unde trăiesc oamenii.",
      "Risks must be identified, monitored and evaluated where people live."},
     {"Familii monoparentale cu cel puțin 2 copii; familii în sărăcie monetară care primesc ajutoare sociale; "
      "familii numeroase în locuințe supraaglomerate; persoane dependente.",
      "Single-parent families with at least 2 children; families in monetary poverty on welfare; large families "
      "in overcrowded homes; dependent persons."},
     {"SPAS local, furnizori publici sau privați acreditați, ori asistentul social împreună cu un alt expert "
      "(mediator sanitar, asistent medical, profesor, asistent medical comunitar, voluntar SVSU, psiholog, "
      "consilier școlar), cu vizite săptămânale.",
      "The local SPAS, accredited public or private providers, or the social worker with another expert (health "
      "mediator, nurse, teacher, community nurse, emergency-service volunteer, psychologist, school counsellor), "
      "visiting weekly."},
     {"Stabilește problemele cele mai presante pentru următoarele 6 luni; întâlniri lunare ale echipei; echipa "
      "lucrează cel puțin 4 ore pe săptămână; scurt raport de teren; posibile parteneriate cu ONG-uri.",
      "Sets the most pressing issues for the next 6 months; monthly team meetings; the team works at least 4 "
      "hours a week; a brief field report; possible NGO partnerships."},
     {"Analiza nevoilor și a resurselor; formarea echipei; vehicul și combustibil de la autoritatea locală "
      "(după distanțe); parteneriate și voluntari.",
      "Needs and resources analysis; forming the team; a vehicle and fuel from the local authority (depending on "
      "distances); partnerships and volunteers."},
     {"Buget local, eventual parteneriate cu ONG-uri.", "Local budget, possibly NGO partnerships."},
     {"Resurse umane locale lipsă sau slab pregătite (formare acreditată cu filiala județeană a CNASR); experți "
      "care refuză să participe (convingere, activități de probă, recrutare din comunitate, asistentul social "
      "merge singur).",
      "Missing or weak local human resources (accredited training with the county branch of the national college "
      "of social workers); experts refusing to join (persuasion, trial activities, recruiting community members, "
      "the social worker visiting alone)."},
     {"A17"}},

    {"consiliere-juridica", K::Social,
     {"Centre de consiliere juridică", "Legal advice centres"},
     {"Lipsa informațiilor de care oamenii au nevoie pentru demersurile legale cerute de drepturile lor.",
      "People lack the information they need for the legal steps their rights require."},
     {"Întreaga comunitate.", "The whole community."},
     {"SPAS, cu SCC, asistentul social și consilierul juridic al consiliului local; alte autorități locale de "
      "sănătate, educație și ordine publică.",
      "SPAS, with the CCS, the social worker and the local council's legal adviser; other local health, "
      "education and public-order authorities."},
     {"Consiliere pro bono: adopție, fapte ale minorilor care nu răspund penal; migrație în siguranță și "
      "înscrierea la școală în străinătate; încadrarea în grad de handicap; înregistrarea (tardivă) a nașterii; "
      "părinții copiilor cu tulburări psihice grave; căsătoriile timpurii (cu mediatorul școlar); campanii "
      "lunare în școli despre delincvența juvenilă; cadastru și acte de proprietate (experți SCC).",
      "Pro bono advice: adoption, offences by minors who are not criminally liable; safe migration and school "
      "enrolment abroad; disability certification; (late) birth registration; parents of children with serious "
      "mental disorders; early marriage (with the school mediator); monthly school campaigns on juvenile "
      "offending; cadastre and property deeds (CCS experts)."},
     {"Analiza nevoilor de informare, priorități și plan de acțiune; echipă pro bono; parteneriate; resurse; "
      "monitorizare și adaptare.",
      "Information-needs analysis, priorities and an action plan; a pro bono team; partnerships; resources; "
      "monitoring and adjustment."},
     {"Buget local, finanțări internaționale pentru informarea și participarea cetățenilor.",
      "Local budget, international funding for citizen information and participation."},
     {"Lipsa de interes a experților; oamenii înțeleg greu informațiile; resurse limitate de tipărire.",
      "Experts lack interest; people struggle to understand the information; limited printing resources."},
     {"B13"}},

    {"educatie-parentala", K::Social,
     {"Servicii de educație parentală", "Parental education services"},
     {"Îngrijitorii nu au informațiile și abilitățile necesare.", "Caregivers lack information and skills."},
     {"Părinți naturali și adoptivi, viitori adoptatori sau îngrijitori, viitori părinți; familia extinsă; "
      "asistenți maternali; copii și tineri.",
      "Natural and adoptive parents, prospective adopters or carers, future parents; the extended family; foster "
      "carers; children and young people."},
     {"SPAS, furnizori ONG, grupuri bisericești, medicul pediatru sau de familie, asistentul medical comunitar "
      "sau moașa.",
      "SPAS, NGO providers, church groups, the paediatrician or family doctor, the community nurse or midwife."},
     {"Campanii în școli și centre de zi; broșuri în cabinetele medicale și stomatologice; gravidele în risc "
      "sunt îndrumate către SPAS; mesaje ale preoților și consiliere premaritală; grup de sprijin pentru părinți "
      "de două ori pe lună; sesiuni de informare pentru potențialii adoptatori, cu DGASPC.",
      "School and day-centre campaigns; brochures in medical and dental practices; at-risk pregnant women "
      "referred to SPAS; priests' messages and pre-marital counselling; a parents' support group twice a month; "
      "information sessions for potential adopters, with the DGASPC."},
     {"Analiza nevoilor și a resurselor; parteneriate cu DGASPC sau furnizori licențiați; parteneriate pentru "
      "diseminarea mesajelor; formarea personalului în educație parentală; activități directe, monitorizare și "
      "evaluare.",
      "Needs and resources analysis; partnerships with the DGASPC or licensed providers; partnerships to spread "
      "the messages; training staff in parent education; direct activities, monitoring and evaluation."},
     {"Buget local, ONG-uri, granturi, sponsorizări, donații.", "Local budget, NGOs, grants, sponsorship, donations."},
     {"Mesajele nu sunt înțelese; mesaje în conflict cu valorile grupului; mesaje contrare de la alți lideri; "
      "credibilitatea celor care le transmit.",
      "Messages not understood; messages clashing with the group's values; conflicting messages from other "
      "leaders; the promoters' credibility."},
     {"B1"}},

    {"copii-cu-dizabilitati", K::Social,
     {"Servicii pentru copiii cu dizabilități", "Services for children with disabilities"},
     {"Neacceptare, discriminare, nerespectarea drepturilor.", "Non-acceptance, discrimination, disregard of rights."},
     {"Copii cu dizabilități (inclusiv la asistent maternal); copii cu dificultăți de învățare sau de vorbire; "
      "copii cu cerințe educaționale speciale; părinții sau tutorii lor.",
      "Children with disabilities (including in foster care); children with learning or speech difficulties; "
      "children with special educational needs; their parents or guardians."},
     {"SPAS, printr-un serviciu adaptat, nu un centru de zi.", "SPAS, through an adapted service rather than a day centre."},
     {"Consiliere individuală (medic de familie, asistent medical comunitar, asistent social); materiale de "
      "informare cu DGASPC despre încadrarea în grad de handicap și recuperarea gratuită; grupuri de sprijin; "
      "includerea în grădiniță și școală; rampe, logopezi CJRAE, mini-proiecte de muncă adaptată; formare "
      "profesională și consiliere pentru angajare cu ITM; locuri de muncă flexibile în apropiere; combaterea "
      "prejudecăților.",
      "Individual counselling (family doctor, community nurse, social worker); information materials with the "
      "DGASPC on disability certification and free rehabilitation; support groups; inclusion in kindergarten and "
      "school; ramps, county speech therapists (CJRAE), adapted work mini-projects; vocational training and "
      "employment counselling with the labour inspectorate; flexible jobs nearby; tackling prejudice."},
     {"Analiza nevoilor și a resurselor; consolidarea SPAS și a asistentului social; parteneriate SPAS-DGASPC-"
      "CJRAE-ITM; broșuri; activități directe, monitorizare și evaluare.",
      "Needs and resources analysis; strengthening SPAS and the social worker; SPAS-DGASPC-CJRAE-labour "
      "inspectorate partnerships; brochures; direct activities, monitoring and evaluation."},
     {"Buget local, ONG-uri, granturi, sponsorizări, donații.", "Local budget, NGOs, grants, sponsorship, donations."},
     {"Lipsa experților locali și indisponibilitatea celor județeni; lipsa fondurilor (inclusiv pentru "
      "deplasări); părinții nu înțeleg informațiile (limbaj adaptat).",
      "No local experts and county staff unavailable; no funds (including for travel); parents not understanding "
      "(use adapted language)."},
     {"A4", "B3", "B4", "B5"}},

    {"prevenire-abuz", K::Social,
     {"Servicii de prevenire a abuzului, neglijării și exploatării",
      "Services to prevent abuse, neglect and exploitation"},
     {"Atitudini tolerante față de violență; este nevoie de toleranță ZERO.",
      "Tolerant attitudes to violence; ZERO tolerance is needed."},
     {"Copii abuzați, exploatați sau neglijați ori în risc; familii cu istoric de violență; familii numeroase, cu "
      "venituri mici și educație redusă.",
      "Children abused, exploited or neglected, or at risk; families with a history of violence; large, "
      "low-income, poorly educated families."},
     {"Experții SCC (polițist, mediatori școlar și sanitar, asistent medical comunitar, director de școală, "
      "consilier școlar); SPAS și asistentul social; școala și cabinetul medical.",
      "CCS experts (police officer, school and health mediators, community nurse, school principal, school "
      "counsellor); SPAS and the social worker; the school and the medical practice."},
     {"Mecanism SPAS-poliție pentru identificarea, semnalarea și înregistrarea cazurilor; întâlniri lunare ale "
      "SCC cu comunitatea; broșuri despre cum se face o sesizare; monitorizarea victimelor de asistentul social "
      "și poliție; materiale despre disciplina pozitivă (afișe, pliante, autocolante); grupuri de sprijin pentru "
      "părinți; activități ale mediatorului școlar; piese de teatru ale elevilor; un mecanism-pilot de "
      "semnalare în școală, cu ONG-uri.",
      "A SPAS-police mechanism to identify, report and record cases; monthly CCS meetings with the community; "
      "brochures on how to report; monitoring of victims by the social worker and the police; positive-discipline "
      "materials (posters, leaflets, stickers); parent support groups; school mediator activities; pupils' plays; "
      "a pilot school referral mechanism with NGOs."},
     {"Identificarea resurselor; plan de acțiune; formarea asistentului social; parteneriate; activități, "
      "monitorizare, revizuire.",
      "Identifying resources; an action plan; training the social worker; partnerships; activities, monitoring, "
      "revision."},
     {"Buget local, ONG-uri, granturi, sponsorizări, donații.", "Local budget, NGOs, grants, sponsorship, donations."},
     {"Toleranța de tipul „bătaia e ruptă din rai”; implicare sau pregătire slabă; probleme nerezolvate "
      "(schimburi de experiență, experți județeni); lipsa resurselor sau a experienței în scrierea cererilor de "
      "finanțare.",
      "“Spare the rod” tolerance; weak involvement or training; unsolved problems (exchanges, county experts); "
      "lack of resources or of skill in writing funding applications."},
     {"B6"}},

    {"reintegrare-copii-infractori", K::Social,
     {"Servicii de orientare, supraveghere și sprijin pentru reintegrarea socială a copilului care a săvârșit o "
      "faptă penală și nu răspunde penal",
      "Services to guide, monitor and support the social reintegration of child offenders who are not criminally "
      "responsible"},
     {"Nu există un cadru care să îi sprijine pe copiii care au săvârșit fapte penale și nu răspund penal spre o "
      "viață responsabilă; prevenirea comportamentului deviant.",
      "No framework supports offending children who are not criminally responsible towards a responsible life; "
      "preventing deviant behaviour."},
     {"Acești copii (inclusiv în plasament sau supraveghere specializată), copiii cu tulburări de comportament; "
      "familiile lor naturale, extinse sau substitutive și tutorii.",
      "These children (including in placement or specialised supervision), children with behaviour disorders; "
      "their natural, extended or substitute families and guardians."},
     {"Asistentul social din SPAS, mediatorul școlar, SCC (polițist, director de școală).",
      "The SPAS social worker, the school mediator, the CCS (police officer, school principal)."},
     {"Campanii în școli cu poliția; monitorizarea lunară de către SCC a copiilor aflați în supraveghere "
      "specializată; sprijin parental; consiliere lunară de asistentul social și mediator; informații CJRAE "
      "despre recuperare și reintegrare; campanii cu școala și serviciul de probațiune; activități comune "
      "părinte-copil cu psihopedagogul.",
      "School campaigns with the police; monthly CCS monitoring of children under specialised supervision; "
      "parenting support; monthly counselling by the social worker and the mediator; CJRAE information on "
      "rehabilitation and reintegration; campaigns with the school and the probation service; joint child-parent "
      "activities with the educational psychologist."},
     {"Analiza nevoilor și a resurselor; parteneriate; mobilizarea experților SPAS și SCC; activități, "
      "monitorizare și evaluare.",
      "Needs and resources analysis; partnerships; mobilising SPAS and CCS experts; activities, monitoring and "
      "evaluation."},
     {"Buget local, bugetul școlii, ONG-uri, granturi, sponsorizări, donații.",
      "Local budget, school budget, NGOs, grants, sponsorship, donations."},
     {"Experți locali nepregătiți; interes scăzut la nivel județean; lipsa stimulentelor financiare (abordată "
      "prin formare).",
      "Untrained local experts; little interest at county level; no financial incentives (addressed through "
      "training)."},
     {"A6"}},

    {"masa-pe-roti", K::Social,
     {"Servicii de tip masă pe roți sau cantină socială", "Meals-on-wheels or soup kitchen services"},
     {"Alimentație deficitară a minorilor; lipsa banilor pentru hrană echilibrată; bariere de acces.",
      "Deficient diet of minors; no money for balanced food; barriers to access."},
     {"Familii cu 2 sau mai mulți copii și resurse insuficiente sau fără venituri ori teren agricol; copii "
      "săraci sau în risc de excluziune; copii pe care îngrijitorii nu îi pot hrăni corespunzător; copii în "
      "risc de abandon școlar din aceleași motive; persoane fără adăpost sau care locuiesc unde nu se poate găti.",
      "Families with 2 or more children and insufficient resources, or without income or farmland; poor children "
      "or those at risk of exclusion; children whose carers cannot feed them adequately; children at risk of "
      "dropping out for the same reason; homeless people or those living where cooking is impossible."},
     {"SPAS/primăria, cu școala și firme de catering, restaurante sau cantine; se poate organiza local unde "
      "există bucătari și spații care pot fi autorizate.",
      "SPAS/the mayoralty, with the school and catering companies, restaurants or canteens; it can be set up "
      "locally where cooks and premises that can be licensed exist."},
     {"Un partener autorizat donează sau vinde la preț de cost; primăria plătește transportul; SPAS sau școala "
      "distribuie; dacă nevoile sunt mari, SPAS derulează un proiect propriu.",
      "A licensed partner donates or sells at cost; the mayoralty pays for transport; SPAS or the school "
      "distributes; SPAS runs its own project if needs are large."},
     {"Analiza nevoilor (cantină sau serviciu mobil?) și a resurselor (bucătari, spații, furnizori, "
      "sponsori); mediere unde există infrastructură; altfel, strângerea resurselor (donații, sponsorizări, "
      "granturi, credite, strângeri de fonduri), spațiu și echipamente, eventual o afacere socială („cumperi "
      "două porții”).",
      "Needs analysis (soup kitchen or mobile service?) and resources analysis (cooks, premises, suppliers, "
      "sponsors); mediation where infrastructure exists; otherwise raising resources (donations, sponsorship, "
      "grants, credit, fund-raisers), premises and equipment, possibly a social food business (“buy two "
      "portions”)."},
     {"Buget local, ONG-uri, granturi, sponsorizări, donații.", "Local budget, NGOs, grants, sponsorship, donations."},
     {"Aprovizionare neregulată de la partenerii privați (clauză în contract cu numărul zilnic de beneficiari, "
      "înlocuire de exemplu cu un sandviș, monitorizare).",
      "Irregular supply from business partners (a contract clause fixing daily beneficiary numbers, a substitute "
      "such as a sandwich, monitoring)."},
     {"B9"}},

    {"renovare-locuinte", K::Social,
     {"Servicii de renovare sau reabilitare a locuinței", "Home renovation or rehabilitation services"},
     {"Condiții de locuit sub standardele din România anului 2018; lipsa banilor pentru meseriași; nevoia unei "
      "locuințe sigure; adulții au abilități de construcție.",
      "Living conditions below Romania's 2018 standards; no money for tradespeople; the need for a safe home; "
      "adults' building skills."},
     {"Familii cu cel puțin 2 copii în locuințe supraaglomerate; familii în sărăcie monetară, chiar dacă "
      "lucrează; persoane afectate de dezastre naturale sau expuse riscului de dezastru.",
      "Families with at least 2 children in overcrowded homes; families in monetary poverty, even if working; "
      "people hit by natural disasters or exposed to disaster hazards."},
     {"SPAS/ONG-uri (bani sau materiale) cu o firmă de construcții (know-how); SPAS/primăria cu ONG-uri precum "
      "Habitat for Humanity.",
      "SPAS/NGOs (money or materials) with a construction company (know-how); SPAS/the municipality with NGOs "
      "such as Habitat for Humanity."},
     {"Materiale și sprijin tehnic; familiile lucrează singure, ajutate de vecini; clauze de rambursare (sume "
      "lunare, muncă în folosul comunității sau frecvență școlară bună); cofinanțare.",
      "Materials and technical support; families do the work themselves, with neighbours' help; repayment "
      "clauses (monthly amounts, community work or good school attendance); co-funding."},
     {"Analiza nevoilor și a resurselor (parteneri); evaluarea terenului (cadastru), a riscurilor de mediu și a "
      "condițiilor de locuit; criterii de selecție; evaluarea dosarelor și selecția; consiliere și planificarea "
      "construcției; distribuire pe etape de construcție; monitorizare; închidere; continuare.",
      "Needs and resources analysis (partners); assessing the land (cadastre), environmental risks and living "
      "conditions; selection criteria; evaluating files and selecting; advising and planning the build; "
      "distribution by construction phase; monitoring; closing; continuation."},
     {"Buget local, fondul pentru ajutoare de urgență, ONG-uri, granturi, sponsorizări, donații.",
      "Local budget, emergency aid fund, NGOs, grants, sponsorship, donations."},
     {"Accidente; deturnarea sau folosirea greșită a resurselor; tensiuni în comunitate privind echitatea "
      "(criterii transparente, fără promisiuni care nu pot fi ținute).",
      "Accidents; diversion or misuse of resources; community tension over fairness (transparent criteria, no "
      "promises that cannot be kept)."},
     {"B12"}},

    {"sprijin-adulti-parinti", K::Social,
     {"Alte servicii de sprijin pentru adulții din gospodărie, părinți și viitori părinți",
      "Other support services for adult household members, parents and prospective parents"},
     {"Adulți cu comportamente la risc, în situații vulnerabile sau care se gândesc să își părăsească copilul.",
      "Adults with risk behaviours, in vulnerable situations, or considering relinquishing their child."},
     {"Adulții din gospodăriile cu copii, părinții și viitorii părinți.",
      "Adults in households with children, parents and prospective parents."},
     {"Echipa comunitară instruită (asistent social și asistent medical comunitar) asigură o parte; celelalte "
      "servicii sunt identificate și beneficiarii sunt îndrumați către ele.",
      "The trained community team (social worker and community nurse) provides some; the others are identified "
      "and people are referred to them."},
     {"Planificare familială, educație sexuală și acces la contracepție; adăpost protejat pentru femeile în "
      "pericol; sprijin pentru tinerele traficate; unități mamă-copil în penitenciare; servicii pentru adicții; "
      "sprijin pentru părinții cu probleme psihice sau de sănătate; sprijin pentru familiile care vor să renunțe "
      "la copil sau cu o sarcină nedorită, și pentru cele care decid să îl păstreze; linie telefonică pentru "
      "gravide și mame în dificultate; îngrijire temporară a copilului pentru părinții copleșiți.",
      "Family planning, sexual education and access to contraception; protected shelter for women in danger; "
      "support for trafficked young women; prison mother-and-baby units; addiction services; support for parents "
      "with psychiatric or health problems; support for families wishing to give up their baby or with an "
      "unwanted pregnancy, and for those choosing to keep the child; a helpline for pregnant women and mothers in "
      "difficulty; respite child care for struggling parents."},
     {"Formarea echipei comunitare; identificarea persoanelor care au nevoie de serviciu; îndrumarea lor către "
      "instituțiile de specialitate.",
      "Training the community team; identifying the people who need the service; referring them to the "
      "specialised institutions."},
     {"Nu sunt precizate în raport.", "Not given in the report."},
     {"Nu sunt precizate în raport.", "Not given in the report."},
     {"F1", "A8", "A11", "A13"}},

    {"educatie-prescolari", K::Education,
     {"Servicii pentru preșcolari – nivelul grădiniței", "Services for pre-school children – kindergarten level"},
     {"Accesul copiilor în risc la o educație preșcolară de calitate: locuri puține, calitate mai slabă în "
      "comunitățile vulnerabile, sprijin slab din partea familiei; grădinița nu este obligatorie, deci lipsa ei "
      "nu apare ca risc educațional în HG 691/2015.",
      "At-risk children's access to quality pre-school education: too few places, poorer quality in vulnerable "
      "communities, weak family support; kindergarten is not compulsory, so missing it is not an educational "
      "risk under GD 691/2015."},
     {"Preșcolari în risc și familiile lor, mai ales cei instituționalizați sau în risc de instituționalizare.",
      "At-risk pre-school children and their families, especially those institutionalised or at risk of it."},
     {"Școala locală, cu autoritatea publică locală și ONG-uri.", "The local school, with the local authority and NGOs."},
     {"Accent pe prevenție; infrastructură și program prelungit după-amiaza; calitate (selecția și formarea "
      "personalului, mediator școlar sau facilitator); formarea cadrelor didactice (TIC, lucrul cu părinți "
      "vulnerabili); consiliere și educație parentală; compensarea contextului social (transport gratuit, haine, "
      "hrană, rechizite, cărți, jucării); formare managerială; facilitator sau mediator vorbitor de romani în "
      "comunitățile de romi.",
      "A prevention focus; infrastructure and extended afternoon hours; quality (staff selection and training, "
      "school mediator or facilitator); teacher training (ICT, working with vulnerable parents); parental "
      "counselling and education; compensating for the social context (free transport, clothes, food, supplies, "
      "books, toys); management training; a Romani-speaking facilitator or mediator in Roma communities."},
     {"Analiza nevoilor (de ce nu merg copiii la grădiniță); analiza resurselor (calitatea educației "
      "preșcolare); proiect, cerere de finanțare, implementare.",
      "Needs analysis (why children do not attend); resources analysis (pre-school quality); a project, a funding "
      "application, implementation."},
     {"Bugetul de stat prin programe naționale, buget local, fonduri UE, sponsorizări, donații.",
      "State budget through national programmes, local budget, EU funds, sponsorship, donations."},
     {"Lipsa voinței la nivelul autorității locale; management educațional slab; capacitate redusă de a face "
      "proiecte; comunitatea locală (elitele) nu consideră tema o prioritate.",
      "No will at the local authority; poor educational management; low capacity to build projects; no priority "
      "for the local (elite-led) community."},
     {"C1"}},

    {"educatie-scolari", K::Education,
     {"Servicii pentru copiii de vârstă școlară – primar și gimnazial",
      "Services for school-age children – primary and lower secondary"},
     {"Abandonul sau părăsirea timpurie a școlii și rezultatele slabe; rata părăsirii timpurii a școlii în "
      "România a fost 18,1% în 2017, a doua din UE; la băieți, 28% la sat față de 3,6% la oraș.",
      "Dropout or early school leaving and poor outcomes; Romania's early school leaving rate was 18.1% in 2017, "
      "the EU's second highest; for boys, 28% in rural versus 3.6% in urban areas."},
     {"Copii vulnerabili din gospodării cu: (i) dificultăți economice; (ii) un singur părinte, mamă minoră, "
      "părinți plecați sau care nu se ocupă de copil; (iii) un părinte analfabet sau fără studii gimnaziale; "
      "(iv) locuință precară; (v) un membru cu comportament inadecvat.",
      "Vulnerable children from households with: (i) economic distress; (ii) a single parent, an underage "
      "mother, parents away or not caring; (iii) an illiterate parent or one without lower-secondary education; "
      "(iv) poor housing; (v) a member with inappropriate behaviour."},
     {"Școala (personal propriu sau experți contractați), cu autoritatea locală și alte servicii publice; "
      "parteneriate posibile.",
      "The school (own staff or contracted experts), with the local authority and other public services; "
      "partnerships are possible."},
     {"„Școală după școală” gratuită; consiliere școlară și îndrumare psihologică; educație parentală, inclusiv "
      "cu asistentul social; meditații gratuite; asistență medicală școlară gratuită; formarea cadrelor "
      "didactice și formare managerială; facilitator sau mediator vorbitor de romani (mai ales în primar).",
      "Free after-school; school counselling and psychological guidance; parental education, including with the "
      "social worker; free tutoring; free school medical support; teacher and management training; a "
      "Romani-speaking facilitator or mediator (especially in primary school)."},
     {"Evaluarea situației de risc și alegerea celor mai potrivite intervenții; identificarea finanțării (buget "
      "local, programe naționale, linii UE, donatori privați, reorganizarea resurselor publice).",
      "Assess the risk situation and choose the best interventions; find funding (local budget, national "
      "programmes, EU lines, private donors, reorganised public resources)."},
     {"Bugetul de stat prin programe naționale, buget local, fonduri UE, sponsorizări, donații.",
      "State budget through national programmes, local budget, EU funds, sponsorship, donations."},
     {"Cele patru riscuri de la grădiniță, plus dezinteresul familiei sau plecarea familiilor din localitate.",
      "The four kindergarten risks, plus family disinterest or families leaving the locality."},
     {"D4", "D1", "D3", "C4"}},

    {"educatie-adolescenti", K::Education,
     {"Servicii pentru adolescenții de vârsta liceului sau a școlii profesionale (sub 18 ani)",
      "Services for teenagers of high-school or vocational-school age (under 18)"},
     {"Abandonul după gimnaziu sau în liceu, uneori înainte de terminarea celor 10 clase obligatorii; părăsirea "
      "timpurie a școlii este 27,1% la sat, 17,5% în orașele mici și 4,5% în orașele mari.",
      "Dropout after lower secondary or in high school, sometimes before the 10 compulsory grades are finished; "
      "early school leaving is 27.1% in rural areas, 17.5% in small towns and 4.5% in big towns."},
     {"Adolescenți vulnerabili socio-economic, în risc ridicat, mai ales din mediul rural, cu aceleași situații "
      "(i)-(v) ca la școlari.",
      "Socio-economically vulnerable teenagers at high risk, mainly rural, with the same situations (i)-(v) as "
      "school-age children."},
     {"Școala, cu autoritățile locale sau naționale ori ONG-uri; asistentul social are un rol-cheie; voluntari "
      "(de exemplu, studenți).",
      "The school, with local or national authorities or NGOs; the social worker is key; volunteers (e.g. "
      "students)."},
     {"Consiliere școlară și psihologică; mentorat și orientare în carieră; burse sociale sau de studiu; "
      "transport gratuit la liceu; meditații gratuite; activități extracurriculare și grupuri de sprijin; "
      "controale medicale și stomatologice periodice gratuite.",
      "School and psychological counselling; mentoring and career guidance; social or study scholarships; free "
      "transport to high school; free tutoring; extracurricular activities and support groups; free periodic "
      "medical and dental checks."},
     {"Evaluarea riscului; identificarea finanțării sau a sprijinului; elaborarea proiectelor, depunerea "
      "cererilor, implementare.",
      "Assess the risk; find funding or support; develop projects, apply, implement."},
     {"Bugetul de stat prin programe naționale, buget local, fonduri UE, sponsorizări, donații.",
      "State budget through national programmes, local budget, EU funds, sponsorship, donations."},
     {"Aceleași cinci riscuri ca la școlari.", "The same five risks as for school-age children."},
     {"D1", "D2", "C7", "C8"}},

    {"asistenta-medicala-comunitara", K::Medical,
     {"Asistența medicală comunitară", "Community medical assistance"},
     {"Inegalități în accesul la serviciile publice de sănătate și starea de sănătate precară în comunitățile "
      "vulnerabile (OUG 162/2008, OUG 18/2017).",
      "Unequal access to public health services and poor health in vulnerable communities (GEO 162/2008, "
      "GEO 18/2017)."},
     {"Membrii unei comunități dintr-o zonă definită (județ, oraș, comună, sat), mai ales persoanele vulnerabile.",
      "Members of a community in a defined area (county, town, commune, village), especially vulnerable people."},
     {"Mediatorul sanitar și asistentul medical comunitar, angajați în compartimentul social al autorității "
      "locale; coordonare prin DSP și Ministerul Sănătății.",
      "The health (sanitary) mediator and the community medical assistant, employed in the local authority's "
      "social department; coordinated through the PHD and the Ministry of Health."},
     {"Mediatorul sanitar facilitează comunicarea dintre comunitățile vulnerabile de romi (500-700 de persoane) "
      "și personalul medico-social, fără a face tratamente. Asistentul medical comunitar face educație pentru "
      "sănătate, semnalare, monitorizare și managementul cazurilor, îngrijiri preventive de bază și vizite la "
      "domiciliu, sub supravegherea medicilor.",
      "The health mediator bridges vulnerable Roma communities (500-700 people) and medical and social staff, "
      "without giving treatment. The community medical assistant provides health education, notification, "
      "monitoring and case management, basic preventive care and home visits, under physicians' supervision."},
     {"Cererea reprezentanților comunității; raport de necesitate și proiect de hotărâre a consiliului local "
      "care modifică organigrama; informarea prefecturii și asistență tehnică de la DSP; pentru finanțarea "
      "postului: verificarea organigramei, aprobarea autorității locale, verificarea fondurilor primăriei, "
      "adresă către DSP, care cere Ministerului Sănătății; Ministerul aprobă și repartizează prin DSP; concurs "
      "(HG 286/2011); contract pe durată nedeterminată. Criterii: mediatorul sanitar locuiește în localitate, "
      "are cel puțin 10 clase și curs de mediator recunoscut; asistentul medical comunitar are liceu sanitar, "
      "școală postliceală sanitară sau studii universitare de asistență medicală.",
      "A request from community representatives; a needs report and a draft local council decision amending the "
      "organisation chart; the prefect's office informed and technical help from the PHD; to fund the post: "
      "check the organisation chart, local authority approval, check the mayoralty's funds, a letter to the PHD, "
      "which asks the Ministry of Health; the Ministry approves and allocates through the PHD; an exam "
      "(GD 286/2011); an indefinite-term contract. Criteria: the health mediator lives in the locality, has at "
      "least 10 grades and a recognised mediator course; the community medical assistant has a sanitary high "
      "school, post-secondary sanitary school or university nursing degree."},
     {"Bugetul Ministerului Sănătății; consiliul local poate suplimenta cheltuielile de personal și poate angaja "
      "și alte categorii; autoritatea locală asigură spațiul, bunurile și serviciile (OUG 18/2017).",
      "The Ministry of Health budget; the local council may top up staff costs and hire other categories; the "
      "local authority provides premises, goods and services (GEO 18/2017)."},
     {"Contractul poate înceta dacă nici Ministerul Sănătății, nici bugetul local nu mai finanțează postul; "
      "postul de mediator sanitar presupune o comunitate de romi de 500-700 de "
      "persoane (excepțiile cer aprobarea DSP).",
      "The contract may end if neither the Ministry of Health nor the local budget funds the post; a health "
      "mediator post assumes a Roma community of 500-700 people (exceptions need PHD "
      "approval)."},
     {"G11", "G12"}},
};

}  // namespace

Span<ServiceCard> serviceCards() { return spanOf(kCards); }

}  // namespace prevplan
