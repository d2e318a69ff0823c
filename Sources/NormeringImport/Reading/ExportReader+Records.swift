import NormeringCore

// The checks of each record and record child, in the order export-format.md's reject rule
// needs: attributes in document order, then missing ones, then checks across attributes;
// the first problem is thrown. Warnings of an accepted record are made here and travel
// with it (a later rejection in the join cancels them). `recordID` is the record's
// `id` as a String already when that is not blank: it is reused, not made again.
extension ExportReader {
    /// An `<employee>`, appended to the file's records; its index, or `nil` when it does not
    /// touch the period (warned, ignored).
    mutating func readEmployee(_ attributes: AttributeList, name: RecordName, at location: SourceLocation,
                               period: YearMonth) throws(Problem) -> Int? {
        var id: ByteSpan?
        var role: Role?
        var education: Education?
        var hours: Double?
        var from: LocalDate?
        var to: LocalDate?
        var funding = Funding.municipal
        var group: AgeGroup?
        try forEachAttribute(attributes, on: .employee) { (attribute, value) throws(Problem) in
            switch attribute {
            case .id:
                id = try Check.nonBlank(.id, value)
            case .role: role = try Check.enumerated(.role, value, Vocabularies.role)
            case .education: education = try Check.enumerated(.education, value, Vocabularies.education)
            case .hours: hours = try Check.hours(value)
            case .from: from = try Check.date(.from, value)
            case .to: to = try Check.date(.to, value)
            case .funding: funding = try Check.enumerated(.funding, value, Vocabularies.funding)
            case .group: group = try Check.enumerated(.group, value, Vocabularies.group)
            default: return false
            }
            return true
        }
        guard let id else { throw missing(.id) }
        guard let role else { throw missing(.role) }
        guard let education else { throw missing(.education) }
        guard let hours else { throw missing(.hours) }
        try Check.interval(from: from, to: to)
        guard Self.touches(period, from: from, to: to) else {
            ignoreRecord(.employee, from: from, to: to, period: period, recordID: name.string, at: location)
            return nil
        }
        let text = id.withText { result.records.id($0) }
        let index = result.records.appendEmployee(
            id: text, role: role, education: education, hours: hours, from: Day.number(from, open: Day.openStart),
            to: Day.number(to, open: Day.openEnd), funding: funding, group: group,
            line: Int32(truncatingIfNeeded: location.line), column: Int32(truncatingIfNeeded: location.column))
        if role == .other {
            let warning = makeDiagnostic(.warning, Problem(
                code: "role-other", message: "role \"other\" (not pedagogical staff): counted nowhere, listed for completeness"),
                at: location, institutionID: institutionID, recordID: name.string)
            institution?.employeeWarnings.append((index, warning))
        }
        return index
    }

    /// A `<child>`, appended to the file's records (its `minder` as written); its id, or `nil`
    /// when it does not touch the period (warned, ignored).
    mutating func readChild(_ attributes: AttributeList, name: RecordName, at location: SourceLocation,
                            period: YearMonth, kind: InstitutionKind) throws(Problem) -> TextID? {
        var id: ByteSpan?
        var birthDate: LocalDate?
        var cpr: CPRNumber?
        var from: LocalDate?
        var to: LocalDate?
        var place = PlaceKind.fullTime
        var minder: ByteSpan?
        try forEachAttribute(attributes, on: .child) { (attribute, value) throws(Problem) in
            switch attribute {
            case .id:
                id = try Check.nonBlank(.id, value)
            case .birthDate: birthDate = try Check.date(.birthDate, value)
            case .cpr:
                guard conventions.acceptsCPR else {
                    throw Problem(code: "cpr-not-accepted",
                                  message: "cpr \"\(CPRNumber.mask(value.string))\" is a Danish CPR number, which this "
                                      + "rule set does not read: give the child's birthDate instead")
                }
                cpr = try Self.cprNumber(value)
            case .from: from = try Check.date(.from, value)
            case .to: to = try Check.date(.to, value)
            case .place: place = try Check.enumerated(.place, value, Vocabularies.place)
            case .minder: if kind == .familyDaycare { minder = value }
            default: return false
            }
            return true
        }
        guard let id else { throw missing(.id) }
        guard let birth = birthDate ?? cpr?.birthDate else {
            throw Problem(code: "missing-attribute", message: "missing required attribute \"birthDate\" or \"cpr\"")
        }
        if let cpr, cpr.birthDate != birth {
            throw Problem(code: "cpr-mismatch",
                          message: "birthDate \(birth) does not agree with cpr \"\(cpr.masked)\" (born \(cpr.birthDate))")
        }
        try Check.interval(from: from, to: to)
        guard birth <= period.lastDay else {
            throw Problem(code: "birth-after-period",
                          message: "birth date \(birth) is after the end of the period \(period)")
        }
        guard Self.touches(period, from: from, to: to) else {
            ignoreRecord(.child, from: from, to: to, period: period, recordID: name.string, at: location)
            return nil
        }
        var warnings: [FoundDiagnostic] = []
        if let cpr, cpr.isReplacement {
            warnings.append(makeDiagnostic(.warning, Problem(
                code: "cpr-replacement",
                message: "cpr \"\(cpr.masked)\" is a replacement number (erstatningspersonnummer): born \(birth)"),
                at: location, institutionID: institutionID, recordID: name.string))
        }
        let seventh = birth.addingYears(7)
        if seventh <= period.firstDay {
            warnings.append(makeDiagnostic(.warning, Problem(
                code: "older-than-7",
                message: "child born \(birth) is older than 7 (7th birthday \(seventh), on or before \(period.firstDay))"),
                at: location, institutionID: institutionID, recordID: name.string))
        }
        let text = id.withText { result.records.id($0) }
        let minderText = minder.map { value in value.withText { result.records.id($0) } } ?? .none
        let index = result.records.appendChild(
            id: text, birthDate: Day.number(birth, open: 0), from: Day.number(from, open: Day.openStart),
            to: Day.number(to, open: Day.openEnd), place: place, minder: minderText,
            line: Int32(truncatingIfNeeded: location.line), column: Int32(truncatingIfNeeded: location.column))
        for warning in warnings { institution?.childWarnings.append((index, warning)) }
        return text
    }

    /// A `<class>`, appended to the file's records; its id.
    mutating func readClass(_ attributes: AttributeList, at location: SourceLocation) throws(Problem) -> TextID {
        var id: ByteSpan?
        var grade: Int?
        var pupils: Int?
        var special = false
        var exemption = false
        try forEachAttribute(attributes, on: .schoolClass) { (attribute, value) throws(Problem) in
            switch attribute {
            case .id:
                id = try Check.nonBlank(.id, value)
            case .grade: grade = try Check.integer(.grade, value, 0...10, "0–10")
            case .pupils: pupils = try Check.integer(.pupils, value, 0...Int.max, "≥ 0")
            case .special: special = try Check.boolean(.special, value)
            case .exemption: exemption = try Check.boolean(.exemption, value)
            default: return false
            }
            return true
        }
        guard let id else { throw missing(.id) }
        guard let grade else { throw missing(.grade) }
        guard let pupils else { throw missing(.pupils) }
        let text = id.withText { result.records.id($0) }
        result.records.appendClass(id: text, grade: grade, pupils: pupils, special: special, exemption: exemption,
                                   line: Int32(truncatingIfNeeded: location.line),
                                   column: Int32(truncatingIfNeeded: location.column))
        return text
    }

    /// A `<pupils>`, appended to the file's records.
    mutating func readPupils(_ attributes: AttributeList) throws(Problem) {
        var grade: Int?
        var count: Int?
        try forEachAttribute(attributes, on: .pupils) { (attribute, value) throws(Problem) in
            switch attribute {
            case .grade: grade = try Check.integer(.grade, value, 0...10, "0–10")
            case .count: count = try Check.integer(.count, value, 0...Int.max, "≥ 0")
            default: return false
            }
            return true
        }
        guard let grade else { throw missing(.grade) }
        guard let count else { throw missing(.count) }
        result.records.appendPupils(grade: grade, count: count)
    }

    /// A `<leave>` of the employee being read.
    mutating func readLeave(_ attributes: AttributeList) throws(Problem) {
        var kind: LeaveKind?
        var from: LocalDate?
        var to: LocalDate?
        try forEachAttribute(attributes, on: .leave) { (attribute, value) throws(Problem) in
            switch attribute {
            case .kind: kind = try Check.enumerated(.kind, value, Vocabularies.leaveKind)
            case .from: from = try Check.date(.from, value)
            case .to: to = try Check.date(.to, value)
            default: return false
            }
            return true
        }
        guard let kind else { throw missing(.kind) }
        try Check.interval(from: from, to: to)
        result.records.appendLeave(kind: kind, from: Day.number(from, open: Day.openStart),
                                   to: Day.number(to, open: Day.openEnd))
    }

    /// A `<competence>` of the employee being read.
    mutating func readCompetence(_ attributes: AttributeList) throws(Problem) {
        var subject: ByteSpan?
        try forEachAttribute(attributes, on: .competence) { (attribute, value) throws(Problem) in
            guard attribute == .subject else { return false }
            subject = try Check.nonBlank(.subject, value)
            return true
        }
        guard let subject else { throw missing(.subject) }
        let text = subject.withText { result.records.subject($0) }
        result.records.appendCompetence(subject: text)
    }

    /// A `<teaches>` of the employee being read.
    mutating func readTeaching(_ attributes: AttributeList, at location: SourceLocation) throws(Problem) {
        var classID: ByteSpan?
        var subject: ByteSpan?
        var lessons: Int?
        try forEachAttribute(attributes, on: .teaches) { (attribute, value) throws(Problem) in
            switch attribute {
            case .schoolClass:
                classID = try Check.nonBlank(.schoolClass, value)
            case .subject:
                subject = try Check.nonBlank(.subject, value)
            case .lessons: lessons = try Check.integer(.lessons, value, 1...Int.max, "a positive integer")
            default: return false
            }
            return true
        }
        guard let classID else { throw missing(.schoolClass) }
        guard let subject else { throw missing(.subject) }
        guard let lessons else { throw missing(.lessons) }
        let classText = classID.withText { result.records.id($0) }
        let subjectText = subject.withText { result.records.subject($0) }
        result.records.appendTeaching(classID: classText, subject: subjectText, lessons: lessons,
                                      line: Int32(truncatingIfNeeded: location.line),
                                      column: Int32(truncatingIfNeeded: location.column))
    }

    // MARK: - Helpers

    /// Whether an interval (open at either end when `nil`) shares a day with the period.
    static func touches(_ period: YearMonth, from: LocalDate?, to: LocalDate?) -> Bool {
        if let from, from > period.lastDay { return false }
        if let to, to < period.firstDay { return false }
        return true
    }

    private static func cprNumber(_ value: ByteSpan) throws(Problem) -> CPRNumber {
        let text = value.string
        switch CPRNumber.parse(text) {
        case .success(let number):
            return number
        case .failure(.malformed):
            throw Problem(code: "cpr-invalid",
                          message: "cpr \"\(CPRNumber.mask(text))\" is not a CPR number (DDMMYY-SSSS, 10 digits)")
        case .failure(.nonexistentDate):
            throw Problem(code: "cpr-invalid", message: "cpr \"\(CPRNumber.mask(text))\" holds a date that does not exist")
        }
    }
}
