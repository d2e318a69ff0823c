import NormeringCore

/// The join key of export-format.md: (`municipality`, `institution/@id`, `period`).
struct InstitutionKey: Hashable, Sendable {
    var municipality: String
    var id: String
    var period: YearMonth
}

/// What the join makes of the files' institution elements.
struct JoinOutput: Sendable {
    var institutionMonths: [InstitutionMonth] = []
    /// The join's diagnostics and the travelling warnings of the records it kept, with the
    /// index of the file each belongs to.
    var diagnostics: [(fileIndex: Int, found: FoundDiagnostic)] = []
    var recordsUsed = 0
    var recordsIgnored = 0
    /// Records rejected by the join (overlap, duplicate class, institution clash).
    var recordsRejected = 0
}

/// Joins parsed files into institution-months: per key, the elements in reading order.
///
/// Keys are independent of one another, so the join may run one period at a time (files
/// of a period in, its institution-months out) to keep memory flat.
struct Joiner {
    /// The join's diagnostics sort after the reading's within a file and line.
    private static let sequenceBase = 1 << 40
    private var output = JoinOutput()
    private var sequence = Joiner.sequenceBase

    /// Joins `files` (in reading order; a file's index is its position). The institution
    /// elements are moved out of `files`, so that each is freed once joined.
    static func join(_ files: inout [ParsedFile]) -> JoinOutput {
        var groups: [InstitutionKey: [ParsedInstitution]] = [:]
        var order: [InstitutionKey] = []
        for index in files.indices {
            guard let header = files[index].header else { continue }
            let elements = files[index].institutions
            files[index].institutions = []
            for element in elements {
                let key = InstitutionKey(municipality: header.municipality, id: element.id, period: header.period)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(element)
            }
        }
        var joiner = Joiner()
        for key in order {
            guard let elements = groups.removeValue(forKey: key) else { continue }
            joiner.joinInstitution(key, elements)
        }
        return joiner.output
    }

    private mutating func report(_ severity: DiagnosticSeverity, _ code: String, _ message: String,
                                 at location: SourceLocation, fileIndex: Int, institutionID: String, recordID: String = "") {
        sequence += 1
        let found = FoundDiagnostic(severity, Problem(code: code, message: message), at: location,
                                    institutionID: institutionID, recordID: recordID, sequence: sequence)
        output.diagnostics.append((fileIndex, found))
    }

    private mutating func keepWarnings(_ warnings: [FoundDiagnostic], fileIndex: Int) {
        for warning in warnings { output.diagnostics.append((fileIndex, warning)) }
    }

    /// One institution-month from its elements, in reading order.
    private mutating func joinInstitution(_ key: InstitutionKey, _ elements: [ParsedInstitution]) {
        guard let first = elements.first else { return }
        let firstName = first.name.trimmingWhitespace()
        var month = InstitutionMonth(
            municipality: key.municipality, id: key.id, name: firstName, kind: first.kind,
            ownership: first.ownership, district: nil, period: key.period, hasStaffing: false, hasEnrolment: false)
        var employeeSegments: [String: [Segment]] = [:]
        var childSegments: [String: [Segment]] = [:]
        var classSeen: [String: SourceLocation] = [:]
        // Per accepted employee and child, in `month`'s order: what the period-wide checks need.
        var employeeExtras: [(file: Int, teaches: [SourceLocation])] = []
        var childExtras: [(file: Int, minder: String?)] = []
        var firstAccepted: ParsedInstitution?
        month.employees.reserveCapacity(elements.reduce(0) { $0 + $1.employees.count })
        month.children.reserveCapacity(elements.reduce(0) { $0 + $1.children.count })

        for element in elements {
            let file = element.fileIndex
            if element.kind != first.kind || element.ownership != first.ownership {
                let (field, value, firstValue) = element.kind != first.kind
                    ? ("kind", element.kind.rawValue, first.kind.rawValue)
                    : ("ownership", element.ownership.rawValue, first.ownership.rawValue)
                report(.error, "institution-clash",
                       "\(field) \"\(value)\" disagrees with \"\(firstValue)\" of the first element (\(first.location)): "
                           + "element rejected with its records",
                       at: element.location, fileIndex: file, institutionID: key.id)
                // Its records' own problems stand (found while reading); the records are dropped.
                for employee in element.employees { keepWarnings(employee.warnings, fileIndex: file) }
                for child in element.children { keepWarnings(child.warnings, fileIndex: file) }
                output.recordsRejected += element.acceptedRecordCount + element.ignoredCount
                continue
            }
            let name = element.name.trimmingWhitespace()
            if name != firstName { // String equality is canonical equivalence: NFC-insensitive.
                report(.warning, "name-differs",
                       "name \"\(name)\" differs from \"\(firstName)\" of the first element (\(first.location)): "
                           + "the first is used",
                       at: element.location, fileIndex: file, institutionID: key.id)
            }
            if firstAccepted == nil { firstAccepted = element }
            if month.district == nil { month.district = element.district }
            switch element.export {
            case .staffing: month.hasStaffing = true
            case .enrolment: month.hasEnrolment = true
            }
            output.recordsIgnored += element.ignoredCount

            for employee in element.employees {
                let value = employee.value
                let segment = Segment(from: value.from, to: value.to, location: value.location ?? element.location)
                if let earlier = segment.firstOverlap(in: employeeSegments[value.id]) {
                    report(.error, "overlap", segment.overlapMessage(earlier), at: segment.location, fileIndex: file,
                           institutionID: key.id, recordID: value.id)
                    output.recordsRejected += 1
                    continue
                }
                employeeSegments[value.id, default: []].append(segment)
                keepWarnings(employee.warnings, fileIndex: file)
                month.employees.append(value)
                employeeExtras.append((file, employee.teachesLocations))
            }
            for child in element.children {
                let value = child.value
                let segment = Segment(from: value.from, to: value.to, location: value.location ?? element.location)
                if let earlier = segment.firstOverlap(in: childSegments[value.id]) {
                    report(.error, "overlap", segment.overlapMessage(earlier), at: segment.location, fileIndex: file,
                           institutionID: key.id, recordID: value.id)
                    output.recordsRejected += 1
                    continue
                }
                childSegments[value.id, default: []].append(segment)
                keepWarnings(child.warnings, fileIndex: file)
                month.children.append(value)
                childExtras.append((file, child.minder))
            }
            for schoolClass in element.classes {
                let here = schoolClass.location ?? element.location
                if let earlier = classSeen[schoolClass.id] {
                    report(.error, "duplicate-class",
                           "duplicate class id \"\(schoolClass.id)\" (first at \(earlier)): later class rejected",
                           at: here, fileIndex: file, institutionID: key.id, recordID: schoolClass.id)
                    output.recordsRejected += 1
                    continue
                }
                classSeen[schoolClass.id] = here
                month.classes.append(schoolClass)
            }
            month.sfoPupils.append(contentsOf: element.sfoPupils)
        }

        if month.hasEnrolment {
            checkTeaches(&month, employeeExtras.map(\.teaches), files: employeeExtras.map(\.file))
        }
        if month.kind == .familyDaycare {
            checkMinders(&month, childExtras.map(\.minder), files: childExtras.map(\.file))
        }
        let anchor = firstAccepted ?? first
        if month.hasStaffing && !month.hasEnrolment {
            report(.warning, "missing-enrolment", "staffing but no enrolment for \(key.period)",
                   at: anchor.location, fileIndex: anchor.fileIndex, institutionID: key.id)
        } else if month.hasEnrolment && !month.hasStaffing {
            report(.warning, "missing-staffing", "enrolment but no staffing for \(key.period)",
                   at: anchor.location, fileIndex: anchor.fileIndex, institutionID: key.id)
        }
        output.recordsUsed += month.employees.count + month.children.count + month.classes.count + month.sfoPupils.count
        output.institutionMonths.append(month)
    }

    /// `<teaches class>` must name a class of the period's enrolment: else that element is
    /// dropped (the employee stays). Made only where the period has an enrolment.
    private mutating func checkTeaches(_ month: inout InstitutionMonth, _ locations: [[SourceLocation]], files: [Int]) {
        let classes = Set(month.classes.map(\.id))
        for index in month.employees.indices {
            let employee = month.employees[index]
            guard employee.teaches.contains(where: { !classes.contains($0.classID) }) else { continue }
            var kept: [Teaching] = []
            for (position, teaching) in employee.teaches.enumerated() {
                if classes.contains(teaching.classID) {
                    kept.append(teaching)
                    continue
                }
                let here = position < locations[index].count ? locations[index][position] : employee.location
                report(.error, "teaches-unknown-class",
                       "<teaches>: class \"\(teaching.classID)\" is not in the enrolment of \(month.period) (element dropped)",
                       at: here ?? SourceLocation(file: "", line: 0, column: 0), fileIndex: files[index],
                       institutionID: month.id, recordID: employee.id)
            }
            month.employees[index].teaches = kept
        }
    }

    /// Family daycare: a child's `minder` must be an employee of the institution in the period
    /// (an accepted segment that touches it); else a warning, and the child has no minder.
    private mutating func checkMinders(_ month: inout InstitutionMonth, _ minders: [String?], files: [Int]) {
        let employees = Set(month.employees.map(\.id))
        for index in month.children.indices {
            let child = month.children[index]
            let here = child.location ?? SourceLocation(file: "", line: 0, column: 0)
            guard let minder = minders[index] else {
                report(.warning, "minder", "child has no minder (dagplejer): not counted in childminder-size",
                       at: here, fileIndex: files[index], institutionID: month.id, recordID: child.id)
                continue
            }
            guard employees.contains(minder) else {
                report(.warning, "minder",
                       "minder \"\(minder)\" is not an employee of the institution in \(month.period): "
                           + "not counted in childminder-size",
                       at: here, fileIndex: files[index], institutionID: month.id, recordID: child.id)
                continue
            }
            month.children[index].minder = minder
        }
    }
}

/// One accepted segment of an employee or child id: its interval and where it stands.
private struct Segment {
    var from: LocalDate?
    var to: LocalDate?
    var location: SourceLocation

    /// The first of `segments` sharing a day with this one (open ends reach forever).
    func firstOverlap(in segments: [Segment]?) -> Segment? {
        segments?.first { other in
            let startsInTime = Self.notAfter(from, other.to)
            let otherStartsInTime = Self.notAfter(other.from, to)
            return startsInTime && otherStartsInTime
        }
    }

    /// `start ≤ end`, where a missing start is the beginning and a missing end the end of time.
    private static func notAfter(_ start: LocalDate?, _ end: LocalDate?) -> Bool {
        guard let start, let end else { return true }
        return start <= end
    }

    func overlapMessage(_ earlier: Segment) -> String {
        "segment from \(from.map(\.description) ?? "(open)") to \(to.map(\.description) ?? "(open)") overlaps "
            + "an earlier segment of the same id (\(earlier.location)): later segment rejected"
    }
}
