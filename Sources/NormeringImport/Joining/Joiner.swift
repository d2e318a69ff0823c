import NormeringCore

/// The join key of export-format.md: (`municipality`, `institution/@id`, `period`).
struct InstitutionKey: Hashable, Sendable {
    var municipality: String
    var id: String
    var period: YearMonth
}

/// What the join makes of one period's files.
struct JoinOutput: Sendable {
    var records: PeriodRecords
    /// The join's diagnostics and the travelling warnings of the records it kept, with the
    /// index of the file each belongs to.
    var diagnostics: [(fileIndex: Int, found: FoundDiagnostic)] = []
    /// The records the join used, ignored and rejected (overlap, duplicate class, institution
    /// clash); its other counts are 0.
    var counts = ImportStatistics()
}

/// Joins one period's parsed files into its `PeriodRecords`: per key, the elements in reading
/// order, their accepted records copied into the period's columns.
struct Joiner {
    /// The join's diagnostics sort after the reading's within a file and line.
    private static let sequenceBase = 1 << 40
    private var sequence = Joiner.sequenceBase
    private var diagnostics: [(fileIndex: Int, found: FoundDiagnostic)] = []
    private var counts = ImportStatistics()
    /// The path of each file of the period, by file index: an overlap's message names where
    /// the earlier segment stands, which may be in another file of the period.
    private var paths: [Int: String] = [:]
    /// The roots of the period's files that were rejected as a whole after their root was
    /// read (cut off, say): the side such a file was to give is missing because of that one
    /// error, so the checks that follow from a missing side are not made for its municipality
    /// and period (no cascade of warnings after the file's error).
    private var droppedFiles: Set<ExportHeader> = []
    private var table = RecordTable()
    private var rows: [InstitutionRow] = []
    /// Per file (by position), its texts renumbered in `table`.
    private var maps: [TextMap] = []
    private var same = EquivalentTexts()

    /// One element of a key: the file (by position in the period's files) and the element.
    private struct ElementRef {
        var file: Int
        var element: Int
    }

    /// Joins `files` (one period's, in reading order).
    static func join(_ files: [ParsedFile], period: YearMonth) -> JoinOutput {
        var groups: [InstitutionKey: [ElementRef]] = [:]
        var order: [InstitutionKey] = []
        var joiner = Joiner()
        for position in files.indices {
            if let dropped = files[position].droppedHeader { joiner.droppedFiles.insert(dropped) }
            guard let header = files[position].header else { continue }
            joiner.paths[files[position].fileIndex] = files[position].path
            for element in files[position].institutions.indices {
                let key = InstitutionKey(municipality: header.municipality, id: files[position].institutions[element].id,
                                         period: header.period)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(ElementRef(file: position, element: element))
            }
        }
        joiner.maps = files.map { TextMap(from: $0.records) }
        joiner.rows.reserveCapacity(order.count)
        for key in order {
            joiner.joinInstitution(key, groups[key] ?? [], files)
        }
        return JoinOutput(records: PeriodRecords(period: period, table: joiner.table, institutions: joiner.rows,
                                                 equivalentIDs: joiner.same),
                          diagnostics: joiner.diagnostics, counts: joiner.counts)
    }

    private mutating func report(_ severity: DiagnosticSeverity, _ code: String, _ message: String,
                                 at location: SourceLocation, fileIndex: Int, institutionID: String, recordID: String = "") {
        sequence += 1
        let found = FoundDiagnostic(severity, Problem(code: code, message: message), at: location,
                                    institutionID: institutionID, recordID: recordID, sequence: sequence)
        diagnostics.append((fileIndex, found))
    }

    /// The warnings of the records kept (not in `rejected`).
    private mutating func keepWarnings(_ warnings: [(index: Int, warning: FoundDiagnostic)], rejected: Set<Int>,
                                       fileIndex: Int) {
        for (index, warning) in warnings where !rejected.contains(index) {
            diagnostics.append((fileIndex, warning))
        }
    }

    /// The number in the period's table of text `id` of file `file` (whose records are
    /// `records`), and the number of the first text canonically equivalent to it (what ids are
    /// compared by).
    private mutating func text(_ id: TextID, of records: RecordTable, file: Int) -> (here: TextID, same: TextID) {
        let here = maps[file].here(id, from: records, into: &table)
        return (here, same.of(here, in: table.ids))
    }

    // MARK: - One institution-month

    /// The accepted records of one element, to copy into the period's table: the file (by
    /// position) and the records' indices in its table.
    private struct Accepted {
        var file: Int
        var employees: [Int] = []
        var children: [Int] = []
        var classes: [Int] = []
        var pupils: Range<Int>
    }

    /// One institution-month from its elements, in reading order.
    private mutating func joinInstitution(_ key: InstitutionKey, _ refs: [ElementRef], _ files: [ParsedFile]) {
        guard let firstRef = refs.first else { return }
        let first = files[firstRef.file].institutions[firstRef.element]
        let firstName = first.name.trimmingWhitespace()
        var row = InstitutionRow(municipality: key.municipality, id: key.id, name: firstName, kind: first.kind,
                                 ownership: first.ownership, hasStaffing: false, hasEnrolment: false)
        let admitted = refs.filter {
            let element = files[$0.file].institutions[$0.element]
            return element.kind == first.kind && element.ownership == first.ownership
        }
        let employeeOverlaps = overlaps(admitted, files, \.employees) { records, indices, segments in
            for index in indices {
                segments.append(Segment(id: records.employees.id[index], from: records.employees.from[index],
                                        to: records.employees.to[index], line: records.employees.line[index],
                                        column: records.employees.column[index]))
            }
        }
        let childOverlaps = overlaps(admitted, files, \.children) { records, indices, segments in
            for index in indices {
                segments.append(Segment(id: records.children.id[index], from: records.children.from[index],
                                        to: records.children.to[index], line: records.children.line[index],
                                        column: records.children.column[index]))
            }
        }
        var accepted: [Accepted] = []
        var classSeen: [TextID: SourceLocation] = [:]
        var firstAccepted: (location: SourceLocation, fileIndex: Int)?
        var employeeSegment = 0
        var childSegment = 0

        for ref in refs {
            let element = files[ref.file].institutions[ref.element]
            let records = files[ref.file].records
            let file = element.fileIndex
            let path = element.location.file
            if element.kind != first.kind || element.ownership != first.ownership {
                let (field, value, firstValue) = element.kind != first.kind
                    ? ("kind", element.kind.rawValue, first.kind.rawValue)
                    : ("ownership", element.ownership.rawValue, first.ownership.rawValue)
                report(.error, "institution-clash",
                       "\(field) \"\(value)\" disagrees with \"\(firstValue)\" of the first element (\(first.location)): "
                           + "element rejected with its records",
                       at: element.location, fileIndex: file, institutionID: key.id)
                // Its records' own problems stand (found while reading); the records are dropped.
                keepWarnings(element.employeeWarnings, rejected: [], fileIndex: file)
                keepWarnings(element.childWarnings, rejected: [], fileIndex: file)
                counts.recordsRejected += element.acceptedRecordCount + element.ignoredCount
                continue
            }
            let name = element.name.trimmingWhitespace()
            if name != firstName { // String equality is canonical equivalence: NFC-insensitive.
                report(.warning, "name-differs",
                       "name \"\(name)\" differs from \"\(firstName)\" of the first element (\(first.location)): "
                           + "the first is used",
                       at: element.location, fileIndex: file, institutionID: key.id)
            }
            if firstAccepted == nil { firstAccepted = (element.location, file) }
            if row.district == nil { row.district = element.district }
            switch element.export {
            case .staffing: row.hasStaffing = true
            case .enrolment: row.hasEnrolment = true
            }
            counts.recordsIgnored += element.ignoredCount
            var kept = Accepted(file: ref.file, pupils: element.pupils)

            // Employees and children: segments of one id must not overlap (the later is rejected).
            let employees = acceptSegments(element.employees, employeeOverlaps, at: &employeeSegment,
                                           ids: records.employees.id, records, path: path, fileIndex: file,
                                           institutionID: key.id)
            kept.employees = employees.kept
            keepWarnings(element.employeeWarnings, rejected: employees.rejected, fileIndex: file)
            let children = acceptSegments(element.children, childOverlaps, at: &childSegment,
                                          ids: records.children.id, records, path: path, fileIndex: file,
                                          institutionID: key.id)
            kept.children = children.kept
            keepWarnings(element.childWarnings, rejected: children.rejected, fileIndex: file)

            for index in element.classes {
                let here = SourceLocation(file: path, line: Int(records.classes.line[index]),
                                          column: Int(records.classes.column[index]))
                let id = text(records.classes.id[index], of: records, file: ref.file).same
                if let earlier = classSeen[id] {
                    let written = records.string(records.classes.id[index])
                    report(.error, "duplicate-class",
                           "duplicate class id \"\(written)\" (first at \(earlier)): later class rejected",
                           at: here, fileIndex: file, institutionID: key.id, recordID: written)
                    counts.recordsRejected += 1
                    continue
                }
                classSeen[id] = here
                kept.classes.append(index)
            }
            accepted.append(kept)
        }

        let dropped = row.hasEnrolment ? checkTeaches(accepted, classes: Set(classSeen.keys), key, files) : []
        let staffingDropped = droppedFiles.contains(ExportHeader(kind: .staffing, municipality: key.municipality,
                                                                 period: key.period))
        let enrolmentDropped = droppedFiles.contains(ExportHeader(kind: .enrolment, municipality: key.municipality,
                                                                  period: key.period))
        let minders = row.kind == .familyDaycare
            ? checkMinders(accepted, key, files, warn: !staffingDropped)
            : accepted.map { [TextID](repeating: .none, count: $0.children.count) }
        let anchor = firstAccepted ?? (first.location, first.fileIndex)
        if row.hasStaffing && !row.hasEnrolment {
            if !enrolmentDropped {
                report(.warning, "missing-enrolment", "staffing but no enrolment for \(key.period)",
                       at: anchor.location, fileIndex: anchor.fileIndex, institutionID: key.id)
            }
        } else if row.hasEnrolment && !row.hasStaffing {
            if !staffingDropped {
                report(.warning, "missing-staffing", "enrolment but no staffing for \(key.period)",
                       at: anchor.location, fileIndex: anchor.fileIndex, institutionID: key.id)
            }
        }
        copy(accepted, minders: minders, droppingTeaches: dropped, into: &row, files)
        rows.append(row)
    }

    /// Copies the accepted records into the period's table and sets `row`'s ranges.
    private mutating func copy(_ accepted: [Accepted], minders: [[TextID]], droppingTeaches dropped: Set<RecordRef>,
                               into row: inout InstitutionRow, _ files: [ParsedFile]) {
        let firstEmployee = table.employees.count
        for element in accepted {
            let records = files[element.file].records
            for index in element.employees {
                table.appendEmployee(index, of: records, &maps[element.file]) { teaching in
                    dropped.isEmpty || !dropped.contains(RecordRef(file: element.file, index: teaching))
                }
            }
        }
        row.employees = firstEmployee..<table.employees.count
        let firstChild = table.children.count
        for (position, element) in accepted.enumerated() {
            let records = files[element.file].records
            for (child, index) in element.children.enumerated() {
                table.appendChild(index, of: records, minder: minders[position][child], &maps[element.file])
            }
        }
        row.children = firstChild..<table.children.count
        let firstClass = table.classes.count
        for element in accepted {
            let records = files[element.file].records
            for index in element.classes { table.appendClass(index, of: records, &maps[element.file]) }
        }
        row.classes = firstClass..<table.classes.count
        let firstPupils = table.pupils.count.count
        for element in accepted {
            let records = files[element.file].records
            for index in element.pupils { table.appendPupils(index, of: records) }
        }
        row.pupils = firstPupils..<table.pupils.count.count
        counts.recordsUsed += row.employees.count + row.children.count + row.classes.count + row.pupils.count
    }

    /// The records `indices` of one element (`records`, at `path`) that overlap no earlier
    /// segment of their id, and those that do, each reported; `cursor` is the first record's
    /// position in `overlaps`, moved past the last.
    private mutating func acceptSegments(_ indices: Range<Int>, _ overlaps: (segments: [Segment], earlier: [Int?]),
                                         at cursor: inout Int, ids: [TextID], _ records: RecordTable, path: String,
                                         fileIndex: Int, institutionID: String) -> (kept: [Int], rejected: Set<Int>) {
        var kept: [Int] = []
        var rejected = Set<Int>()
        for index in indices {
            defer { cursor += 1 }
            guard let earlier = overlaps.earlier[cursor].map({ overlaps.segments[$0] }) else {
                kept.append(index)
                continue
            }
            let segment = overlaps.segments[cursor]
            let here = SourceLocation(file: path, line: Int(segment.line), column: Int(segment.column))
            let place = SourceLocation(file: paths[earlier.fileIndex] ?? "", line: Int(earlier.line),
                                       column: Int(earlier.column))
            func day(_ value: Int32) -> String { Day.date(value).map(\.description) ?? "(open)" }
            report(.error, "overlap",
                   "segment from \(day(segment.from)) to \(day(segment.to)) overlaps an earlier segment of the same "
                       + "id (\(place)): later segment rejected",
                   at: here, fileIndex: fileIndex, institutionID: institutionID, recordID: records.string(ids[index]))
            counts.recordsRejected += 1
            rejected.insert(index)
        }
        return (kept, rejected)
    }

    // MARK: - Segments

    /// One segment of an employee or child id: its interval and where it stands.
    private struct Segment {
        var id: TextID
        var from: Int32
        var to: Int32
        var line: Int32
        var column: Int32
        var fileIndex = 0
        /// Its place in reading order.
        var position = 0

        /// Whether the two share a day (open ends reach forever).
        func overlaps(_ other: Segment) -> Bool { from <= other.to && other.from <= to }
    }

    /// The segments of the admitted elements' records (in reading order), and for each the
    /// earlier accepted segment of its id it shares a day with (`nil`: accepted). Segments of
    /// one id must not overlap: the later loses.
    private mutating func overlaps(
        _ refs: [ElementRef], _ files: [ParsedFile], _ range: KeyPath<ParsedInstitution, Range<Int>>,
        _ gather: (RecordTable, Range<Int>, inout [Segment]) -> Void
    ) -> (segments: [Segment], earlier: [Int?]) {
        var segments: [Segment] = []
        segments.reserveCapacity(refs.reduce(0) { $0 + files[$1.file].institutions[$1.element][keyPath: range].count })
        for ref in refs {
            let element = files[ref.file].institutions[ref.element]
            let records = files[ref.file].records
            let first = segments.count
            gather(records, element[keyPath: range], &segments)
            for position in first..<segments.count {
                segments[position].id = text(segments[position].id, of: records, file: ref.file).same
                segments[position].fileIndex = element.fileIndex
                segments[position].position = position
            }
        }
        // By id, then reading order: each id's segments checked against its accepted ones.
        var order = segments
        order.sort { ($0.id, $0.position) < ($1.id, $1.position) }
        var earlier = [Int?](repeating: nil, count: segments.count)
        var acceptedOfID: [Segment] = []
        for (place, segment) in order.enumerated() {
            if place == 0 || order[place - 1].id != segment.id { acceptedOfID.removeAll(keepingCapacity: true) }
            if let overlapped = acceptedOfID.first(where: { $0.overlaps(segment) }) {
                earlier[segment.position] = overlapped.position
            } else {
                acceptedOfID.append(segment)
            }
        }
        return (segments, earlier)
    }

    // MARK: - Checks across the sides

    /// A record of a file of the period: the file's position and the record's index in it.
    private struct RecordRef: Hashable {
        var file: Int
        var index: Int
    }

    /// `<teaches class>` must name a class of the period's enrolment: else that element is
    /// dropped (the employee stays). Made only where the period has an enrolment. The
    /// `<teaches>` dropped.
    private mutating func checkTeaches(_ accepted: [Accepted], classes: Set<TextID>,
                                       _ key: InstitutionKey, _ files: [ParsedFile]) -> Set<RecordRef> {
        var dropped = Set<RecordRef>()
        for element in accepted {
            let file = element.file
            let records = files[file].records
            for employee in element.employees {
            for teaching in records.teaches(ofEmployee: employee) {
                guard !classes.contains(text(records.teaches.classID[teaching], of: records, file: file).same) else {
                    continue
                }
                let here = SourceLocation(file: files[file].path, line: Int(records.teaches.line[teaching]),
                                          column: Int(records.teaches.column[teaching]))
                report(.error, "teaches-unknown-class",
                       "<teaches>: class \"\(records.string(records.teaches.classID[teaching]))\" is not in the "
                           + "enrolment of \(key.period) (element dropped)",
                       at: here, fileIndex: files[file].fileIndex, institutionID: key.id,
                       recordID: records.string(records.employees.id[employee]))
                dropped.insert(RecordRef(file: file, index: teaching))
            }
            }
        }
        return dropped
    }

    /// Family daycare: a child's `minder` must be an employee of the institution in the period
    /// (an accepted segment that touches it); else a warning (not when `warn` is false: a
    /// staffing file of the period was rejected, so the minder may be missing with it), and the
    /// child has no minder. The minder of each accepted child, in the period's texts.
    private mutating func checkMinders(_ accepted: [Accepted], _ key: InstitutionKey, _ files: [ParsedFile],
                                       warn: Bool) -> [[TextID]] {
        var employees = Set<TextID>()
        for element in accepted {
            let records = files[element.file].records
            for index in element.employees {
                employees.insert(text(records.employees.id[index], of: records, file: element.file).same)
            }
        }
        var minders: [[TextID]] = []
        for element in accepted {
            let file = element.file
            let records = files[file].records
            var ofElement: [TextID] = []
            for index in element.children {
                let here = SourceLocation(file: files[file].path, line: Int(records.children.line[index]),
                                          column: Int(records.children.column[index]))
                let childID = records.string(records.children.id[index])
                let written = records.children.minder[index]
                guard written != .none else {
                    report(.warning, "minder", "child has no minder (dagplejer): not counted in childminder-size",
                           at: here, fileIndex: files[file].fileIndex, institutionID: key.id, recordID: childID)
                    ofElement.append(.none)
                    continue
                }
                let minder = text(written, of: records, file: file)
                guard employees.contains(minder.same) else {
                    if warn {
                        report(.warning, "minder",
                               "minder \"\(records.string(written))\" is not an employee of the institution in "
                                   + "\(key.period): not counted in childminder-size",
                               at: here, fileIndex: files[file].fileIndex, institutionID: key.id, recordID: childID)
                    }
                    ofElement.append(.none)
                    continue
                }
                ofElement.append(minder.here)
            }
            minders.append(ofElement)
        }
        return minders
    }
}
