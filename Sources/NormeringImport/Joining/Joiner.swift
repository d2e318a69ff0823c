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
    /// The path of each file of the period, by file index: an overlap's message names where
    /// the earlier segment stands, which may be in another file of the period.
    private var paths: [Int: String] = [:]
    /// The roots of the period's files that were rejected as a whole after their root was
    /// read (cut off, say): the side such a file was to give is missing because of that one
    /// error, so the checks that follow from a missing side are not made for its municipality
    /// and period (no cascade of warnings after the file's error).
    private var droppedFiles: Set<ExportHeader> = []

    /// Joins `files` (in reading order). The institution elements are moved out of `files`,
    /// so that each is freed once joined.
    static func join(_ files: inout [ParsedFile]) -> JoinOutput {
        var groups: [InstitutionKey: [ParsedInstitution]] = [:]
        var order: [InstitutionKey] = []
        var joiner = Joiner()
        for index in files.indices {
            if let dropped = files[index].droppedHeader { joiner.droppedFiles.insert(dropped) }
            guard let header = files[index].header else { continue }
            var elements: [ParsedInstitution] = []
            swap(&elements, &files[index].institutions)
            if let first = elements.first { joiner.paths[first.fileIndex] = first.location.file }
            for element in elements {
                let key = InstitutionKey(municipality: header.municipality, id: element.id, period: header.period)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(element)
            }
        }
        joiner.output.institutionMonths.reserveCapacity(order.count)
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

    /// The warnings of the records kept (`rejected[i]` false, or no rejections at all).
    private mutating func keepWarnings(_ warnings: [(index: Int, warning: FoundDiagnostic)], rejected: [Bool]?,
                                       fileIndex: Int) {
        for (index, warning) in warnings where !(rejected?[index] ?? false) {
            output.diagnostics.append((fileIndex, warning))
        }
    }

    /// One institution-month from its elements, in reading order. Each element's record
    /// arrays are taken over whole where nothing of them is rejected.
    private mutating func joinInstitution(_ key: InstitutionKey, _ elements: consuming [ParsedInstitution]) {
        var elements = elements
        guard !elements.isEmpty else { return }
        let firstKind = elements[0].kind
        let firstOwnership = elements[0].ownership
        let firstLocation = elements[0].location
        let firstFile = elements[0].fileIndex
        let firstName = elements[0].name.trimmingWhitespace()
        var month = InstitutionMonth(
            municipality: key.municipality, id: key.id, name: firstName, kind: firstKind,
            ownership: firstOwnership, district: nil, period: key.period, hasStaffing: false, hasEnrolment: false)
        var employeeSegments = SegmentIndex(capacity: elements.reduce(0) { $0 + $1.employees.count })
        var childSegments = SegmentIndex(capacity: elements.reduce(0) { $0 + $1.children.count })
        var classSeen: [String: SourceLocation] = [:]
        // Per accepted employee and child, in `month`'s order: what the period-wide checks need.
        var teachesLocations: [[SourceLocation]] = []
        var employeeFiles: [Int] = []
        var minders: [String?] = []
        var childFiles: [Int] = []
        var firstAccepted: (location: SourceLocation, fileIndex: Int)?

        for position in elements.indices {
            let file = elements[position].fileIndex
            let elementLocation = elements[position].location
            if elements[position].kind != firstKind || elements[position].ownership != firstOwnership {
                let element = elements[position]
                let (field, value, firstValue) = element.kind != firstKind
                    ? ("kind", element.kind.rawValue, firstKind.rawValue)
                    : ("ownership", element.ownership.rawValue, firstOwnership.rawValue)
                report(.error, "institution-clash",
                       "\(field) \"\(value)\" disagrees with \"\(firstValue)\" of the first element (\(firstLocation)): "
                           + "element rejected with its records",
                       at: elementLocation, fileIndex: file, institutionID: key.id)
                // Its records' own problems stand (found while reading); the records are dropped.
                keepWarnings(element.employeeWarnings, rejected: nil, fileIndex: file)
                keepWarnings(element.childWarnings, rejected: nil, fileIndex: file)
                output.recordsRejected += element.acceptedRecordCount + element.ignoredCount
                continue
            }
            let name = elements[position].name.trimmingWhitespace()
            if name != firstName { // String equality is canonical equivalence: NFC-insensitive.
                report(.warning, "name-differs",
                       "name \"\(name)\" differs from \"\(firstName)\" of the first element (\(firstLocation)): "
                           + "the first is used",
                       at: elementLocation, fileIndex: file, institutionID: key.id)
            }
            if firstAccepted == nil { firstAccepted = (elementLocation, file) }
            if month.district == nil { month.district = elements[position].district }
            switch elements[position].export {
            case .staffing: month.hasStaffing = true
            case .enrolment: month.hasEnrolment = true
            }
            output.recordsIgnored += elements[position].ignoredCount

            // Employees: segments of one id must not overlap (the later is rejected).
            var employees: [Employee] = []
            swap(&employees, &elements[position].employees)
            var rejected = rejectOverlaps(employees, in: &employeeSegments, elementLocation: elementLocation,
                                          fileIndex: file, institutionID: key.id)
            keepWarnings(elements[position].employeeWarnings, rejected: rejected, fileIndex: file)
            var teaches: [[SourceLocation]] = []
            swap(&teaches, &elements[position].teachesLocations)
            Self.take(employees, rejected: rejected, into: &month.employees)
            Self.take(teaches, rejected: rejected, into: &teachesLocations)
            employeeFiles.append(contentsOf: repeatElement(file, count: month.employees.count - employeeFiles.count))

            // Children: likewise.
            var children: [Child] = []
            swap(&children, &elements[position].children)
            rejected = rejectOverlaps(children, in: &childSegments, elementLocation: elementLocation,
                                      fileIndex: file, institutionID: key.id)
            keepWarnings(elements[position].childWarnings, rejected: rejected, fileIndex: file)
            var childMinders: [String?] = []
            swap(&childMinders, &elements[position].minders)
            Self.take(children, rejected: rejected, into: &month.children)
            Self.take(childMinders, rejected: rejected, into: &minders)
            childFiles.append(contentsOf: repeatElement(file, count: month.children.count - childFiles.count))

            var classes: [SchoolClass] = []
            swap(&classes, &elements[position].classes)
            for schoolClass in classes {
                let here = schoolClass.location ?? elementLocation
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
            month.sfoPupils.append(contentsOf: elements[position].sfoPupils)
        }
        elements = []

        if month.hasEnrolment {
            checkTeaches(&month, teachesLocations, files: employeeFiles)
        }
        let staffingDropped = droppedFiles.contains(ExportHeader(kind: .staffing, municipality: key.municipality, period: key.period))
        let enrolmentDropped = droppedFiles.contains(ExportHeader(kind: .enrolment, municipality: key.municipality, period: key.period))
        if month.kind == .familyDaycare {
            checkMinders(&month, minders, files: childFiles, warn: !staffingDropped)
        }
        let anchor = firstAccepted ?? (firstLocation, firstFile)
        if month.hasStaffing && !month.hasEnrolment {
            if !enrolmentDropped {
                    report(.warning, "missing-enrolment", "staffing but no enrolment for \(key.period)",
                       at: anchor.location, fileIndex: anchor.fileIndex, institutionID: key.id)
            }
        } else if month.hasEnrolment && !month.hasStaffing {
            if !staffingDropped {
                report(.warning, "missing-staffing", "enrolment but no staffing for \(key.period)",
                       at: anchor.location, fileIndex: anchor.fileIndex, institutionID: key.id)
            }
        }
        output.recordsUsed += month.employees.count + month.children.count + month.classes.count + month.sfoPupils.count
        output.institutionMonths.append(month)
    }

    /// Segments of one id must not overlap: each record whose interval shares a day with an
    /// earlier accepted segment of its id is reported and rejected (the later one loses).
    /// Returns which records are rejected, or `nil` when none is.
    private mutating func rejectOverlaps<Record: SegmentedRecord>(
        _ records: [Record], in segments: inout SegmentIndex, elementLocation: SourceLocation, fileIndex: Int,
        institutionID: String
    ) -> [Bool]? {
        var rejected: [Bool]?
        for index in records.indices {
            let line = records[index].location?.line ?? elementLocation.line
            let column = records[index].location?.column ?? elementLocation.column
            let segment = Segment(from: records[index].from, to: records[index].to, line: line, column: column,
                                  fileIndex: fileIndex)
            if let earlier = segments.addUnlessOverlapping(segment, id: records[index].id) {
                // The earlier segment's file: this element's, or an earlier element's of the key.
                let earlierFile = earlier.fileIndex == fileIndex ? elementLocation.file : paths[earlier.fileIndex] ?? ""
                let here = SourceLocation(file: elementLocation.file, line: line, column: column)
                report(.error, "overlap", segment.overlapMessage(earlier, earlierFile: earlierFile), at: here,
                       fileIndex: fileIndex, institutionID: institutionID, recordID: records[index].id)
                output.recordsRejected += 1
                if rejected == nil { rejected = Array(repeating: false, count: records.count) }
                rejected?[index] = true
            }
        }
        return rejected
    }

    /// Appends the records not rejected; the whole array (no copy) when none is and
    /// `target` is empty.
    private static func take<Element>(_ records: consuming [Element], rejected: [Bool]?, into target: inout [Element]) {
        guard let rejected else {
            if target.isEmpty { target = records } else { target.append(contentsOf: records) }
            return
        }
        for (index, record) in records.enumerated() where !rejected[index] { target.append(record) }
    }

    /// `<teaches class>` must name a class of the period's enrolment: else that element is
    /// dropped (the employee stays). Made only where the period has an enrolment.
    private mutating func checkTeaches(_ month: inout InstitutionMonth, _ locations: [[SourceLocation]], files: [Int]) {
        guard month.employees.contains(where: { !$0.teaches.isEmpty }) else { return }
        var classes = TextNumbering(capacity: month.classes.count)
        for schoolClass in month.classes { classes.insert(schoolClass.id) }
        for index in month.employees.indices {
            guard month.employees[index].teaches.contains(where: { !classes.contains($0.classID) }) else { continue }
            let employee = month.employees[index]
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
    /// (an accepted segment that touches it); else a warning (not when `warn` is false: a staffing
    /// file of the period was rejected, so the minder may be missing with it), and the child has no minder.
    private mutating func checkMinders(_ month: inout InstitutionMonth, _ minders: [String?], files: [Int], warn: Bool) {
        let employees = Set(month.employees.map(\.id))
        for index in month.children.indices {
            let here = month.children[index].location ?? SourceLocation(file: "", line: 0, column: 0)
            guard let minder = minders[index] else {
                report(.warning, "minder", "child has no minder (dagplejer): not counted in childminder-size",
                       at: here, fileIndex: files[index], institutionID: month.id, recordID: month.children[index].id)
                continue
            }
            guard employees.contains(minder) else {
                if warn {
                    report(.warning, "minder",
                           "minder \"\(minder)\" is not an employee of the institution in \(month.period): "
                               + "not counted in childminder-size",
                           at: here, fileIndex: files[index], institutionID: month.id, recordID: month.children[index].id)
                }
                continue
            }
            month.children[index].minder = minder
        }
    }
}

/// A record that may come as several segments of one id (export-format.md, "Segments").
private protocol SegmentedRecord {
    var id: String { get }
    var from: LocalDate? { get }
    var to: LocalDate? { get }
    var location: SourceLocation? { get }
}

extension Employee: SegmentedRecord {}
extension Child: SegmentedRecord {}

/// One accepted segment of an employee or child id: its interval and where it stands (the
/// file by its index: no path `String` is held, retained and released per record).
private struct Segment {
    var from: LocalDate?
    var to: LocalDate?
    var line: Int
    var column: Int
    var fileIndex: Int

    /// Whether the two share a day (open ends reach forever).
    func overlaps(_ other: Segment) -> Bool {
        Self.notAfter(from, other.to) && Self.notAfter(other.from, to)
    }

    /// `start ≤ end`, where a missing start is the beginning and a missing end the end of time.
    private static func notAfter(_ start: LocalDate?, _ end: LocalDate?) -> Bool {
        guard let start, let end else { return true }
        return start <= end
    }

    func overlapMessage(_ earlier: Segment, earlierFile: String) -> String {
        let place = SourceLocation(file: earlierFile, line: earlier.line, column: earlier.column)
        return "segment from \(from.map(\.description) ?? "(open)") to \(to.map(\.description) ?? "(open)") overlaps "
            + "an earlier segment of the same id (\(place)): later segment rejected"
    }
}

/// The accepted segments of an institution-month's ids, each id's in the order accepted:
/// one hash look-up per record, no array per id.
private struct SegmentIndex {
    private struct Chain {
        var head: Int
        var tail: Int
        static let empty = Chain(head: -1, tail: -1)
    }

    /// The ids, numbered; `chains[number]` is the chain of that id's segments.
    private var ids: TextNumbering
    private var chains: [Chain] = []
    private var segments: [Segment] = []
    /// The next segment of the same id, or -1.
    private var next: [Int] = []

    init(capacity: Int) {
        ids = TextNumbering(capacity: capacity)
        chains.reserveCapacity(capacity)
        segments.reserveCapacity(capacity)
        next.reserveCapacity(capacity)
    }

    /// The first segment of `id` accepted before that shares a day with `segment`; when
    /// there is none, `segment` is accepted and `nil` returned.
    mutating func addUnlessOverlapping(_ segment: Segment, id: String) -> Segment? {
        let number = ids.insert(id).number
        if number == chains.count { chains.append(.empty) }
        let earlier = Self.link(&chains[number], segments.count, segment, segments, &next)
        if earlier == nil {
            segments.append(segment)
            next.append(-1)
        }
        return earlier
    }

    private static func link(_ chain: inout Chain, _ index: Int, _ segment: Segment, _ segments: [Segment],
                             _ next: inout [Int]) -> Segment? {
        var cursor = chain.head
        while cursor >= 0 {
            if segment.overlaps(segments[cursor]) { return segments[cursor] }
            cursor = next[cursor]
        }
        if chain.tail >= 0 { next[chain.tail] = index } else { chain.head = index }
        chain.tail = index
        return nil
    }
}
