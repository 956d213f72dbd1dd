#pragma once
// Annex A2.5, the sheet SPAS fills for each relevant service in the commune or the functional
// micro-area: supplier types (IS13), interventions/activities (SSoc3), accessibility (SSoc4).
#include "core/catalog/span.h"
#include "core/base/text.h"

namespace prevplan {

struct SupplierType {
    int code;  // IS13: 1 DGASPC, 2 local public authority, 3 NGO, 4 church/cult, 5 business, 6 other
    Text label;
    bool specify;  // 6 "Others, namely"
};

struct ServiceActivity {
    int code;  // SSoc3 code as printed: 14-29, 41-42, 51-55, 61-62, 71-72, 81-86, and 30 "others"
    Text label;
    bool specify;  // 30 "Others, which"
};

struct AccessibilityItem {
    char letter;  // SSoc4 a-f
    Text question;
    bool notApplicableAllowed;  // the sheet offers "-7. NC" besides yes/no
};

Span<SupplierType> supplierTypes();
Span<ServiceActivity> serviceActivities();  // in printed order (34); findByCode(serviceActivities(), 25)
Span<AccessibilityItem> accessibilityItems();  // a-f in letter order

}  // namespace prevplan
