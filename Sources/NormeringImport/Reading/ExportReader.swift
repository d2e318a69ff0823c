import CNormeringXML
import NormeringCore

/// The state of reading one export file: receives libxml2's SAX2 events (through the
/// callbacks of `ExportFileParser`) and builds the file's `ParsedFile`.
///
/// Depth 1 is the root, 2 an `<institution>`, 3 a record, 4 a record's child element.
///
/// A struct reached through one pointer (the parser's user data), not a class: a class's
/// stored properties cost a dynamic exclusivity check at every access.
struct ExportReader {
    let path: String
    let fileIndex: Int
    let periods: ClosedRange<YearMonth>?
    /// The digits of the root's `municipality` (3, or 4 under `norway`), and whether a
    /// child's `cpr` is read.
    let conventions: ExportConventions
    var municipalityDigits: Int { conventions.municipalityDigits }
    /// The libxml2 parser context, for line and column of the current event.
    var context: xmlParserCtxtPtr?

    var result: ParsedFile
    /// The whole file has been handed to libxml2 (its errors now concern the end of input).
    var atEnd = false
    /// Reading ends: a fatal error, a DOCTYPE, or a file outside the run's periods.
    private(set) var stopped = false
    /// The file contributes nothing (fatal error, DOCTYPE, bad root).
    private var fileRejected = false
    private var sequence = 0

    private var depth = 0
    /// Some element's end tag is still to come.
    var hasOpenElements: Bool { depth > 0 }
    /// The root element's start tag has been read.
    private(set) var rootSeen = false
    /// While > 0: inside an element whose subtree is passed over (unknown content, a
    /// rejected or ignored record), opened at this depth.
    private var skipDepth = 0
    /// The text of the current element was reported already.
    private var textReported = false
    /// Where the open elements were opened (entries deeper than `depth`, or inside a
    /// passed-over subtree, are stale): for the message of a file that ends before they close.
    private var opened = OpenElements()
    /// A pointer at which libxml2 has handed over the format's namespace name (see `startElement`).
    private var formatNamespace: UnsafePointer<UInt8>?

    private(set) var header: ExportHeader?
    /// The `<institution>` being read (accepted so far).
    var institution: ParsedInstitution?
    /// An `<institution>` element is open, accepted or not (its records count as read).
    private var institutionOpen = false
    private var institutionIDs: Set<String> = []
    /// The accepted `<employee>` being read (its index in the file's records), whose child
    /// elements are still to come.
    private var employee: Int?
    /// The accepted record being read (its element is open), with its id (in the file's texts).
    private var record: (tag: Tag, id: TextID?)?

    init(path: String, fileIndex: Int, periods: ClosedRange<YearMonth>?, conventions: ExportConventions) {
        self.conventions = conventions
        self.path = path
        self.fileIndex = fileIndex
        self.periods = periods
        self.result = ParsedFile(path: path, fileIndex: fileIndex)
        result.statistics.filesRead = 1
    }

    // MARK: - Positions and diagnostics

    var location: SourceLocation {
        guard let context else { return SourceLocation(file: path, line: 0, column: 0) }
        let raw = UnsafeMutableRawPointer(context)
        return SourceLocation(file: path, line: Int(xmlSAX2GetLineNumber(raw)), column: Int(xmlSAX2GetColumnNumber(raw)))
    }

    /// A diagnostic of this file, in the order found. Ids and message are scrubbed of CPR numbers.
    mutating func makeDiagnostic(_ severity: DiagnosticSeverity, _ problem: Problem, at location: SourceLocation,
                        institutionID: String = "", recordID: String = "") -> FoundDiagnostic {
        sequence += 1
        return FoundDiagnostic(severity, problem, at: location, institutionID: institutionID, recordID: recordID,
                               sequence: sequence)
    }

    mutating func report(_ severity: DiagnosticSeverity, _ problem: Problem, at location: SourceLocation? = nil,
                institutionID: String = "", recordID: String = "") {
        result.diagnostics.append(makeDiagnostic(severity, problem, at: location ?? self.location,
                                                 institutionID: institutionID, recordID: recordID))
    }

    /// The id of the institution being read, for diagnostics.
    var institutionID: String { institution?.id ?? "" }

    /// The id of the record being read, for diagnostics.
    private var recordID: String { record?.id.map { result.records.string($0) } ?? "" }

    /// Notes where the element of the format at the current depth was opened.
    @inline(__always)
    private mutating func opening(_ tag: Tag, at location: SourceLocation) {
        opened.note(depth: depth, tag: tag, line: location.line, column: location.column)
    }

    /// Notes where the element at the current depth was opened, of the format or not.
    private mutating func opening(_ tag: Tag?, name: ByteSpan, at location: SourceLocation) {
        if let tag {
            opening(tag, at: location)
        } else {
            opened.note(depth: depth, otherName: name.string, line: location.line, column: location.column)
        }
    }

    /// The elements still open whose start was noted, innermost first.
    var openElements: [OpenElement] { opened.list(through: skipDepth > 0 ? skipDepth : depth) }

    // MARK: - Events

    mutating func startElement(localname: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?, attributes: AttributeList) {
        guard !stopped else { return }
        depth += 1
        textReported = false
        if skipDepth > 0 { return }
        let inFormat: Bool
        if let uri {
            // libxml2 interns namespace names in its dictionary (alive as long as the parser):
            // once one pointer has been seen to hold the format's namespace, it is compared as a pointer.
            if uri == formatNamespace {
                inFormat = true
            } else {
                inFormat = ByteSpan(cString: uri).equals(exportNamespace)
                if inFormat { formatNamespace = uri }
            }
        } else {
            inFormat = false
        }
        let tag = inFormat ? Tag(CName(pointer: localname)) : nil
        var name: ByteSpan { ByteSpan(cString: localname) }

        if depth == 1 {
            rootSeen = true
            opening(tag, name: name, at: location)
            startRoot(tag: tag, name: name, uri: uri, attributes: attributes)
            return
        }
        if fileRejected {
            // A dropped file: its records (elements of the format inside an <institution>)
            // count as read and rejected; nothing is examined.
            opening(tag, name: name, at: location)
            if depth == 2 { institutionOpen = tag == .institution }
            if depth == 3, institutionOpen, let tag, tag.isRecord { countDroppedRecord() }
            return
        }
        switch depth {
        case 2:
            guard tag == .institution else { return unknownElement(name, tag: tag, uri: uri, parent: header?.kind.rawValue ?? "") }
            startInstitution(attributes)
        case 3:
            guard institution != nil else {
                // A rejected institution: its records count as read and rejected, unexamined.
                opening(tag, name: name, at: location)
                if let tag, tag.isRecord { countDroppedRecord() }
                return skip()
            }
            guard let tag, tag.isRecord else { return unknownElement(name, tag: tag, uri: uri, parent: "institution") }
            startRecord(tag, attributes)
        case 4:
            guard employee != nil, let tag, tag == .leave || tag == .competence || tag == .teaches else {
                return unknownElement(name, tag: tag, uri: uri, parent: record?.tag.name ?? "")
            }
            startEmployeeChild(tag, attributes)
        default:
            unknownElement(name, tag: tag, uri: uri, parent: "")
        }
    }

    mutating func endElement() {
        guard !stopped else { return }
        defer { depth -= 1 }
        textReported = false
        if skipDepth > 0 {
            if depth == skipDepth { skipDepth = 0 }
            return
        }
        switch depth {
        case 3:
            employee = nil
            record = nil
        case 2:
            if var finished = institution.take() {
                let records = result.records
                finished.employees = finished.employees.lowerBound..<records.employees.count
                finished.children = finished.children.lowerBound..<records.children.count
                finished.classes = finished.classes.lowerBound..<records.classes.count
                finished.pupils = finished.pupils.lowerBound..<records.pupils.count.count
                result.institutions.append(finished)
            }
            institutionOpen = false
        default:
            break
        }
    }

    /// Text content: the format has none (white space between elements aside).
    mutating func characters(_ text: ByteSpan) {
        guard !stopped, !fileRejected, skipDepth == 0, !textReported, depth >= 1, !text.isBlank else { return }
        if depth >= 2 && institution == nil { return }
        textReported = true
        let snippet = Check.quoted(text.trimmingBlanks())
        let element = depth == 1 ? (header?.kind.rawValue ?? "root") : depth == 2 ? "institution" : record?.tag.name ?? ""
        report(.error, Problem(code: "unexpected-text", message: "text \(snippet) is not allowed in <\(element)>"),
               institutionID: institutionID, recordID: recordID)
    }

    /// A `<!DOCTYPE …>`: the whole file is rejected before anything in it is expanded.
    mutating func doctype(name: String) {
        guard !stopped else { return }
        report(.error, Problem(code: "doctype",
                               message: "the document has a <!DOCTYPE \(name)> declaration, which exports must not have: file rejected"))
        rejectFile()
    }

    /// A libxml2 error (`code`, its message). Warnings are passed over; any error ends the file
    /// as not well-formed (a namespace error too: such a document is not namespace-well-formed).
    /// The message says what a person can do where the cause is a common one (`ParseFailure`).
    mutating func parserError(code: Int32, message: String, line: Int, column: Int) {
        guard !stopped else { return }
        let text = ParseFailure.message(code: code, parserMessage: message, line: line, path: path, atEnd: atEnd,
                                        rootSeen: rootSeen, open: openElements)
        parserError(text, at: SourceLocation(file: path, line: line, column: column))
    }

    /// The file is not well-formed, for the reason `message` says.
    mutating func parserError(_ message: String, at location: SourceLocation? = nil) {
        refuse(code: "not-well-formed", message: message, at: location)
    }

    /// The file is refused as a whole with the error `code` (at the current position unless
    /// `location` is given), and reading ends: not well-formed, unreadable, or past a limit of ours.
    mutating func refuse(code: String, message: String, at location: SourceLocation? = nil) {
        guard !stopped else { return }
        report(.error, Problem(code: code, message: message), at: location)
        rejectFile()
    }

    /// The file could not be read to its end.
    mutating func readFailure(_ message: String) {
        refuse(code: "unreadable", message: message, at: SourceLocation(file: path, line: 0, column: 0))
    }

    /// Ends reading: what the file holds is dropped; its errors stay; records seen are rejected.
    private mutating func rejectFile() {
        stopped = true
        fileRejected = true
        result.diagnostics.removeAll { $0.diagnostic.severity == .warning }
    }

    /// The file's period lies outside the run: not counted, nothing reported.
    private mutating func skipFile() {
        stopped = true
        result.skipped = true
    }

    /// The result once the parser is done.
    mutating func finish(bytesRead: Int) -> ParsedFile {
        if result.skipped { return ParsedFile(path: path, fileIndex: fileIndex, skipped: true) }
        result.statistics.bytesRead = bytesRead
        if fileRejected || header == nil {
            result.header = nil
            result.droppedHeader = header
            result.institutions = []
            result.records = RecordTable()
            result.statistics.filesRejected = 1
            result.statistics.recordsRejected = result.statistics.recordsRead
        } else {
            result.header = header
        }
        return result
    }

    // MARK: - Structure

    private mutating func skip() { skipDepth = depth }

    private mutating func countDroppedRecord() {
        result.statistics.recordsRead += 1
        result.statistics.recordsRejected += 1
    }

    private mutating func unknownElement(_ name: ByteSpan, tag: Tag?, uri: UnsafePointer<UInt8>?, parent: String) {
        skip()
        let elementName = name.string
        let here = location
        opening(tag, name: name, at: here)
        let message: String
        if let uri {
            let namespace = ByteSpan(cString: uri)
            if !namespace.equals(exportNamespace) {
                message = "element <\(elementName)> in namespace \(Check.quoted(namespace)) is not part of the format"
            } else if tag != nil, !parent.isEmpty {
                message = "element <\(elementName)> is not allowed in <\(parent)>"
            } else if tag != nil {
                message = "element <\(elementName)> is not allowed here"
            } else {
                message = "unknown element <\(elementName)>"
            }
        } else {
            message = "element <\(elementName)> has no namespace (expected \(exportNamespace))"
        }
        report(.error, Problem(code: "unknown-element", message: message), at: here,
               institutionID: institutionID, recordID: recordID)
    }

    // MARK: - Root

    private mutating func startRoot(tag: Tag?, name: ByteSpan, uri: UnsafePointer<UInt8>?, attributes: AttributeList) {
        guard let uri, ByteSpan(cString: uri).equals(exportNamespace) else {
            let found = uri.map { "namespace " + Check.quoted(ByteSpan(cString: $0)) } ?? "no namespace"
            report(.error, Problem(code: "namespace",
                                   message: "root element <\(name.string)> has \(found), not \(exportNamespace): file rejected"))
            fileRejected = true
            return
        }
        let kind: ExportKind
        switch tag {
        case .staffing?: kind = .staffing
        case .enrolment?: kind = .enrolment
        default:
            report(.error, Problem(code: "unknown-element",
                                   message: "root element <\(name.string)> is neither <staffing> nor <enrolment>: file rejected"))
            fileRejected = true
            return
        }
        do throws(Problem) {
            var municipality: String?
            var period: YearMonth?
            try forEachAttribute(attributes, on: kind == .staffing ? .staffing : .enrolment) { (attribute, value) throws(Problem) in
                switch attribute {
                case .municipality:
                    guard value.isDigits(count: municipalityDigits) else {
                        throw Problem(code: "invalid-value",
                                      message: "municipality \(Check.quoted(value)) is not a "
                                          + (municipalityDigits == 3 ? "kommunekode" : "kommunenummer")
                                          + " of \(municipalityDigits) digits")
                    }
                    municipality = value.string
                case .period:
                    guard let month = value.yearMonthValue() else {
                        throw Problem(code: "invalid-value", message: "period \(Check.quoted(value)) is not a month (YYYY-MM)")
                    }
                    period = month
                case .system:
                    break
                case .created:
                    guard value.isDateTime() else {
                        throw Problem(code: "invalid-value",
                                      message: "created \(Check.quoted(value)) is not a date and time (YYYY-MM-DDThh:mm:ss)")
                    }
                default:
                    return false
                }
                return true
            }
            guard let municipality else { throw missing(.municipality) }
            guard let period else { throw missing(.period) }
            if let periods, !periods.contains(period) {
                skipFile()
                return
            }
            header = ExportHeader(kind: kind, municipality: municipality, period: period)
        } catch {
            report(.error, Problem(code: error.code, message: error.message + ": file rejected"))
            fileRejected = true
        }
    }

    // MARK: - Institution

    private mutating func startInstitution(_ attributes: AttributeList) {
        institutionOpen = true
        let here = location
        opening(.institution, at: here)
        guard let header else { return }
        let idValue = attributes.value(of: "id")
        let id = idValue?.string ?? ""
        do throws(Problem) {
            var name: String?
            var kind: InstitutionKind?
            var ownership = Ownership.municipal
            var district: String?
            try forEachAttribute(attributes, on: .institution) { (attribute, value) throws(Problem) in
                switch attribute {
                case .id: _ = try Check.text(.id, value)
                case .name: name = try Check.text(.name, value)
                case .kind: kind = try Check.enumerated(.kind, value, Vocabularies.kind)
                case .ownership: ownership = try Check.enumerated(.ownership, value, Vocabularies.ownership)
                case .district:
                    let trimmed = value.string.trimmingWhitespace()
                    district = trimmed.isEmpty ? nil : trimmed
                default: return false
                }
                return true
            }
            guard let idValue else { throw missing(.id) }
            guard let name else { throw missing(.name) }
            guard let kind else { throw missing(.kind) }
            guard institutionIDs.insert(id).inserted else {
                throw Problem(code: "duplicate-institution",
                              message: "institution id \(Check.quoted(idValue)) appears more than once in this file")
            }
            let records = result.records
            var parsed = ParsedInstitution(id: id, name: name, kind: kind, ownership: ownership, district: district,
                                           location: here, export: header.kind,
                                           employees: records.employees.count..<records.employees.count,
                                           children: records.children.count..<records.children.count,
                                           classes: records.classes.count..<records.classes.count,
                                           pupils: records.pupils.count.count..<records.pupils.count.count)
            parsed.fileIndex = fileIndex
            institution = parsed
        } catch {
            report(.error, Problem(code: error.code, message: error.message + ": institution rejected with its records"),
                   institutionID: id)
        }
    }

    // MARK: - Records

    private mutating func startRecord(_ tag: Tag, _ attributes: AttributeList) {
        // Only the kind: a copy of the element would make every append below copy its arrays.
        guard let export = header?.kind, let period = header?.period, let kind = institution?.kind else { return }
        result.statistics.recordsRead += 1
        let name = RecordName(tag: tag, attributes: attributes)
        let here = location
        opening(tag, at: here)
        do throws(Problem) {
            try checkBelongs(tag, export: export, kind: kind)
            let id: TextID?
            switch tag {
            case .employee:
                guard let read = try readEmployee(attributes, name: name, at: here, period: period) else {
                    return skip() // counted nowhere: one warning and nothing else
                }
                employee = read
                id = result.records.employees.id[read]
            case .child:
                guard let read = try readChild(attributes, name: name, at: here, period: period, kind: kind) else {
                    return skip()
                }
                id = read
            case .schoolClass:
                id = try readClass(attributes, at: here)
            case .pupils:
                try readPupils(attributes)
                id = nil
            default:
                return skip()
            }
            record = (tag, id)
        } catch {
            result.statistics.recordsRejected += 1
            report(.error, error, at: here, institutionID: institutionID, recordID: name.string)
            skip()
        }
    }

    /// A record that does not touch the period: one warning, nothing else, counted nowhere.
    mutating func ignoreRecord(_ tag: Tag, from: LocalDate?, to: LocalDate?, period: YearMonth, recordID: String,
                               at location: SourceLocation) {
        institution?.ignoredCount += 1
        let span = "from \(from.map(\.description) ?? "(open)") to \(to.map(\.description) ?? "(open)")"
        report(.warning, Problem(code: "outside-period",
                                 message: "<\(tag.name)> \(span) does not touch the period \(period): counted nowhere"),
               at: location, institutionID: institutionID, recordID: recordID)
    }

    /// The id shown for a record in a message, made only when one is: its `id`; a child
    /// without one, its masked CPR number.
    struct RecordName {
        let id: ByteSpan?
        let cpr: ByteSpan?

        init(tag: Tag, attributes: AttributeList) {
            id = attributes.value(of: "id")
            cpr = tag == .child ? attributes.value(of: "cpr") : nil
        }

        var string: String {
            if let id, !id.isBlank { return id.string }
            if let cpr { return CPRNumber.mask(cpr.string) }
            return ""
        }
    }

    private func checkBelongs(_ tag: Tag, export: ExportKind, kind: InstitutionKind) throws(Problem) {
        let needed: ExportKind = tag == .employee ? .staffing : .enrolment
        guard needed == export else {
            throw Problem(code: "wrong-kind",
                          message: "<\(tag.name)> belongs in <\(needed.rawValue)> exports, not in <\(export.rawValue)>")
        }
        let fits: Bool
        switch tag {
        case .child: fits = kind == .daycare || kind == .familyDaycare
        case .schoolClass: fits = kind == .school
        case .pupils: fits = kind == .sfo
        default: fits = true
        }
        guard fits else {
            throw Problem(code: "wrong-kind", message: "<\(tag.name)> does not belong in an institution of kind \(kind.rawValue)")
        }
    }

    // MARK: - Employee children

    private mutating func startEmployeeChild(_ tag: Tag, _ attributes: AttributeList) {
        guard employee != nil else { return }
        let here = location
        opening(tag, at: here)
        do throws(Problem) {
            switch tag {
            case .leave: try readLeave(attributes)
            case .competence: try readCompetence(attributes)
            case .teaches: try readTeaching(attributes, at: here)
            default: break
            }
        } catch {
            report(.error, Problem(code: error.code, message: "<\(tag.name)>: " + error.message + " (element dropped)"),
                   at: here, institutionID: institutionID, recordID: recordID)
        }
        skip()
    }

    // MARK: - Attributes

    /// Walks the attributes in document order: those of other namespaces are passed over;
    /// `body` handles a known name and returns `false` for one the element does not have.
    func forEachAttribute(_ attributes: AttributeList, on tag: Tag,
                          _ body: (AttributeName, ByteSpan) throws(Problem) -> Bool) throws(Problem) {
        for index in 0..<attributes.count {
            guard let entry = attributes[index] else { continue }
            if let namespace = entry.namespace, !namespace.equals(exportNamespace) { continue }
            guard entry.namespace == nil, let name = AttributeName(entry.name), try body(name, entry.value) else {
                let prefix = entry.namespace == nil ? "" : "namespace-qualified "
                throw Problem(code: "unknown-attribute",
                              message: "unknown \(prefix)attribute \(Check.quoted(entry.localname)) on <\(tag.name)>")
            }
        }
    }

    func missing(_ name: AttributeName) -> Problem {
        Problem(code: "missing-attribute", message: "missing required attribute \"\(name.name)\"")
    }
}

extension String {
    /// Without Unicode white space at either end.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
