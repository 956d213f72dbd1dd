// The villages of a commune's own list, proposed in the new-plan form.
#include <doctest/doctest.h>

#include <string>

#include "core/observatory/list_villages.h"

using namespace prevplan;

TEST_CASE("a commune's list gives its villages once each, in the order they first appear") {
    const std::string list =
        "Nume și prenume;Data nașterii;Sat;Adresa\n"
        "Ana Pop;01.02.2015;Valea Mică;Str. Morii 3\n"
        "Ion Pop;03.04.2013; Dealu Mare ;nr. 4\n"
        "Maria Ene;05.06.2017;VALEA MICA;Str. Morii 5\n"
        "Dan Ene;05.06.2017;;Str. Morii 6\n"
        "Ilie Rus;07.08.2012;Poiana;nr. 9\n";
    CHECK(villagesOfList(list) == std::vector<std::string>{"Valea Mică", "Dealu Mare", "Poiana"});
}

TEST_CASE("a list with no village column, or with too many values in it, proposes no villages") {
    CHECK(villagesOfList("Nume;Data nașterii\nAna;01.02.2015\n").empty());
    CHECK(villagesOfList("").empty());
    std::string many = "Nume,Localitatea\n";
    for (std::size_t i = 0; i <= kMaxListVillages; ++i) many += "Copil,Sat " + std::to_string(i) + "\n";
    CHECK(villagesOfList(many).empty());
}

TEST_CASE("an inert cell's guard is not part of the village's name") {
    CHECK(villagesOfList("child_name,village\nAna,'=Sat\n") == std::vector<std::string>{"=Sat"});
}

TEST_CASE("a value that cannot be a village's name is left out, the others kept") {
    const std::string longName(kMaxListVillageBytes + 1, 'a');
    const std::string list = "Nume,Sat\nAna,\"Valea\nMică\"\nIon,Poiana\nMara,\"Sat\tdin tab\"\nDan," + longName +
                             "\nEva,\"Str. Mare nr. 1\x07\"\nLia,Dealu Mare\n";
    CHECK(villagesOfList(list) == std::vector<std::string>{"Poiana", "Dealu Mare"});
}
