import NormeringCore

extension InstitutionMonth {
    /// An institution-month of its own, from record values.
    public init(
        municipality: String, id: String, name: String, kind: InstitutionKind,
        ownership: Ownership = .municipal, district: String? = nil, period: YearMonth,
        hasStaffing: Bool, hasEnrolment: Bool, employees: [Employee] = [], children: [Child] = [],
        classes: [SchoolClass] = [], sfoPupils: [SFOPupils] = []
    ) {
        var table = RecordTable()
        for employee in employees { table.append(employee) }
        for child in children { table.append(child) }
        for schoolClass in classes { table.append(schoolClass) }
        for pupils in sfoPupils { table.appendPupils(grade: pupils.grade, count: pupils.count) }
        let row = InstitutionRow(municipality: municipality, id: id, name: name, kind: kind, ownership: ownership,
                                 district: district, hasStaffing: hasStaffing, hasEnrolment: hasEnrolment,
                                 employees: 0..<table.employees.count, children: 0..<table.children.count,
                                 classes: 0..<table.classes.count, pupils: 0..<table.pupils.count.count)
        self.init(records: PeriodRecords(period: period, table: table, institutions: [row]), index: 0)
    }

    /// The employee segments, as values (made on each call: the rules read the columns).
    public var employees: [Employee] {
        let table = records.table
        return records.institutions[index].employees.map { table.employee(at: $0) }
    }
    /// The child segments, as values.
    public var children: [Child] {
        let table = records.table
        return records.institutions[index].children.map { table.child(at: $0) }
    }
    /// The classes, as values.
    public var classes: [SchoolClass] {
        let table = records.table
        return records.institutions[index].classes.map { table.schoolClass(at: $0) }
    }
    /// The SFO pupil counts, as values.
    public var sfoPupils: [SFOPupils] {
        let pupils = records.table.pupils
        return records.institutions[index].pupils.map { SFOPupils(grade: Int(pupils.grade[$0]), count: pupils.count[$0]) }
    }

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

extension InstitutionMonth: Equatable {
    /// Equal when they name the same institution, month and sides and hold the same records
    /// (as values), wherever these are stored.
    public static func == (a: InstitutionMonth, b: InstitutionMonth) -> Bool {
        a.period == b.period && a.municipality == b.municipality && a.id == b.id && a.name == b.name
            && a.kind == b.kind && a.ownership == b.ownership && a.district == b.district
            && a.hasStaffing == b.hasStaffing && a.hasEnrolment == b.hasEnrolment && a.employees == b.employees
            && a.children == b.children && a.classes == b.classes && a.sfoPupils == b.sfoPupils
    }
}

/// The records of a whole run, joined: what a test gathers of an import.
public struct Dataset: Sendable {
    /// Sorted by period, municipality, then institution id (code-point order).
    public var institutionMonths: [InstitutionMonth]

    public init(institutionMonths: [InstitutionMonth]) {
        self.institutionMonths = institutionMonths.sorted { a, b in
            if a.period != b.period { return a.period < b.period }
            if a.municipality != b.municipality { return a.municipality.codePointPrecedes(b.municipality) }
            return a.id.codePointPrecedes(b.id)
        }
    }

    /// The months present, ascending.
    public var periods: [YearMonth] {
        Array(Set(institutionMonths.map(\.period))).sorted()
    }
}
