import NormeringCore

extension InstitutionMonth {
    /// A copy of this institution-month, made of its values with some changed: for tests that
    /// vary one month (the records themselves stay in their period's columns).
    public func with(
        municipality: String? = nil, id: String? = nil, period: YearMonth? = nil,
        addingEmployees moreEmployees: [Employee] = [], addingChildren moreChildren: [Child] = []
    ) -> InstitutionMonth {
        InstitutionMonth(municipality: municipality ?? self.municipality, id: id ?? self.id, name: name, kind: kind,
                         ownership: ownership, district: district, period: period ?? self.period,
                         hasStaffing: hasStaffing, hasEnrolment: hasEnrolment, employees: employees + moreEmployees,
                         children: children + moreChildren, classes: classes, sfoPupils: sfoPupils)
    }
}
