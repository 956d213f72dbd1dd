#include "core/model/resources.h"

#include <algorithm>

namespace prevplan {

namespace {

template <class T, class Key>
const T* findBy(const std::vector<T>& items, const std::string& key, Key T::*field) {
    for (const T& item : items)
        if (item.*field == key) return &item;
    return nullptr;
}

}  // namespace

const Locality* findLocality(const Resources& r, const std::string& name) {
    return findBy(r.microArea, name, &Locality::name);
}

const Service* findService(const Resources& r, const std::string& id) { return findBy(r.services, id, &Service::id); }

const Dismissal* findDismissal(const Resources& r, const std::string& candidateId) {
    return findBy(r.dismissals, candidateId, &Dismissal::candidate);
}

bool recheckDue(const Service& s, const Date& today) {
    return !s.checkedOn || s.checkedOn->addMonths(kRecheckMonths) < today;
}

bool hasActivity(const Service& s, int code) {
    return std::find(s.activities.begin(), s.activities.end(), code) != s.activities.end();
}

bool hasAccessibility(const Service& s, char letter) { return s.accessibility.find(letter) != std::string::npos; }

}  // namespace prevplan
