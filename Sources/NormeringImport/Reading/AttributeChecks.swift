import NormeringCore

/// The first thing wrong with an element: becomes its one reject row.
struct Problem: Error {
    var code: String
    var message: String
}

/// One attribute of a SAX2 start tag: name bytes, namespace, value bytes.
struct AttributeEntry {
    /// The name, NUL-terminated (measured only for messages).
    var name: CName
    var localname: ByteSpan { name.span }
    /// The attribute has a namespace (a prefix bound to a URI).
    var namespace: ByteSpan?
    var value: ByteSpan
}

/// The attributes of a SAX2 start tag: libxml2's array of five pointers per attribute
/// (localname, prefix, URI, value begin, value end; values are not NUL-terminated).
struct AttributeList {
    let pointer: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    let count: Int

    subscript(index: Int) -> AttributeEntry? {
        guard let pointer, index < count,
              let localname = pointer[index * 5], let begin = pointer[index * 5 + 3],
              let end = pointer[index * 5 + 4] else { return nil }
        let namespace = pointer[index * 5 + 2].map { ByteSpan(cString: $0) }
        return AttributeEntry(name: CName(pointer: localname), namespace: namespace,
                              value: ByteSpan(base: begin, count: end - begin))
    }

    /// The value of the unprefixed attribute `name`, if present.
    func value(of name: StaticString) -> ByteSpan? {
        for index in 0..<count {
            guard let entry = self[index], entry.namespace == nil, entry.name.equals(name) else { continue }
            return entry.value
        }
        return nil
    }
}

/// Reading typed attribute values, each failure a `Problem` naming the attribute and the value.
enum Check {
    /// Required text: anything but empty or white space only. Kept as written.
    static func text(_ name: AttributeName, _ value: ByteSpan) throws(Problem) -> String {
        try nonBlank(name, value).string
    }

    /// Required text, unmade: anything but empty or white space only.
    static func nonBlank(_ name: AttributeName, _ value: ByteSpan) throws(Problem) -> ByteSpan {
        guard !value.isBlank else {
            throw Problem(code: "invalid-value", message: "\(name.name) is empty")
        }
        return value
    }

    static func enumerated<Value>(_ name: AttributeName, _ value: ByteSpan, _ table: EnumTable<Value>) throws(Problem) -> Value {
        guard let match = table.match(value) else {
            throw Problem(code: "invalid-value",
                          message: "\(name.name) \(quoted(value)) is not one of: \(table.spellings)")
        }
        return match
    }

    /// `hours`: an `xs:decimal` > 0 and ≤ 60.
    static func hours(_ value: ByteSpan) throws(Problem) -> Double {
        switch value.decimalValue() {
        case .value(let hours):
            guard hours > 0, hours <= 60 else {
                throw Problem(code: "invalid-value", message: "hours \(quoted(value)) is out of range: must be > 0 and ≤ 60")
            }
            return hours
        case .decimalComma(let corrected):
            throw Problem(code: "decimal-comma",
                          message: "hours \(quoted(value)): use a dot as decimal mark (\(corrected))")
        case .invalid:
            throw Problem(code: "invalid-value", message: "hours \(quoted(value)) is not a decimal number")
        }
    }

    /// An `xs:integer` within `range`.
    static func integer(_ name: AttributeName, _ value: ByteSpan, _ range: ClosedRange<Int>, _ rangeText: String) throws(Problem) -> Int {
        guard let number = value.integerValue() else {
            throw Problem(code: "invalid-value", message: "\(name.name) \(quoted(value)) is not an integer")
        }
        guard range.contains(number) else {
            throw Problem(code: "invalid-value", message: "\(name.name) \(quoted(value)) is out of range: must be \(rangeText)")
        }
        return number
    }

    static func boolean(_ name: AttributeName, _ value: ByteSpan) throws(Problem) -> Bool {
        guard let flag = value.booleanValue() else {
            throw Problem(code: "invalid-value",
                          message: "\(name.name) \(quoted(value)) is not a boolean (true, false, 1 or 0)")
        }
        return flag
    }

    static func date(_ name: AttributeName, _ value: ByteSpan) throws(Problem) -> LocalDate {
        guard let date = value.dateValue() else {
            throw Problem(code: "invalid-value",
                          message: "\(name.name) \(quoted(value)) is not a valid date (YYYY-MM-DD)")
        }
        return date
    }

    /// `to` before `from`.
    static func interval(from: LocalDate?, to: LocalDate?) throws(Problem) {
        guard let from, let to, to < from else { return }
        throw Problem(code: "interval", message: "to \(to) is before from \(from)")
    }

    /// A value as shown in a message: in quotes, at most 60 characters, CPR-shaped digits masked.
    static func quoted(_ value: ByteSpan) -> String {
        "\"" + CPRNumber.excerpt(value.string, limit: 60) + "\""
    }
}
