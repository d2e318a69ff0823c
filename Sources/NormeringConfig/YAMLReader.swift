import NormeringCore
import NormeringRules
import Yams

/// Reads typed values from Yams nodes, turning every mismatch into a
/// `ConfigurationError` at the node's line and column.
struct YAMLReader {
    let file: String

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    func error(_ node: Node, _ message: String) -> ConfigurationError {
        ConfigurationError(location: location(node), message: message)
    }

    /// The tree of the YAML text `yaml` (`nil` when it holds no document); a syntax error is
    /// an error at the position libyaml gives.
    func compose(_ yaml: String) throws(ConfigurationError) -> Node? {
        func at(_ mark: Mark?, _ message: String) -> ConfigurationError {
            ConfigurationError(location: SourceLocation(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0),
                               message: message)
        }
        do {
            return try Yams.compose(yaml: yaml)
        } catch {
            switch error as? YamlError {
            case .scanner(let context, let problem, let mark, _)?,
                 .parser(let context, let problem, let mark, _)?,
                 .composer(let context, let problem, let mark, _)?:
                let detail = context.map { "\($0.text) (line \($0.mark.line)): " } ?? ""
                throw at(mark, "not valid YAML: \(detail)\(problem)")
            case .duplicatedKeysInMapping(let duplicates, let context)?:
                let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
                throw at(context.mark, "\(keys) is given twice in the same mapping (the first is here)")
            default:
                throw at(nil, "not valid YAML: \(error)")
            }
        }
    }

    /// What a node is, for messages: `the text "abc"`, `a list`, `a mapping`.
    func found(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain && Self.isNullText(scalar.string) { return "nothing (null)" }
            return "\"\(scalar.string)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// The entries of a mapping in file order, keys as text; duplicate keys are an error.
    func entries(_ node: Node, of what: String) throws(ConfigurationError) -> [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = node else {
            throw error(node, "\(what) must be a mapping of keys and values, found \(found(node))")
        }
        var seen: Set<String> = []
        var result: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                throw error(keyNode, "a key in \(what) must be a plain name, found \(found(keyNode))")
            }
            guard seen.insert(scalar.string).inserted else {
                throw error(keyNode, "\"\(scalar.string)\" is given twice in \(what)")
            }
            if case .alias = value { throw error(value, "aliases (*name) are not supported in the configuration") }
            result.append((scalar.string, keyNode, value))
        }
        return result
    }

    func isNull(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node, scalar.style == .plain { return Self.isNullText(scalar.string) }
        return false
    }

    static func isNullText(_ text: String) -> Bool { ["", "~", "null", "Null", "NULL"].contains(text) }

    /// Text of any scalar (plain or quoted).
    func text(_ node: Node, key: String) throws(ConfigurationError) -> String {
        guard case .scalar(let scalar) = node, !isNull(node) else {
            throw error(node, "\(key) must be a text, found \(found(node))")
        }
        return scalar.string
    }

    /// A decimal number written plainly: `37`, `0.85`, `-1.5`.
    func number(_ node: Node, key: String, range: ClosedRange<Double>? = nil) throws(ConfigurationError) -> Double {
        guard case .scalar(let scalar) = node, scalar.style == .plain, Self.isDecimal(scalar.string),
              let value = Double(scalar.string) else {
            var hint = ""
            if case .scalar(let scalar) = node, scalar.string.contains(",") {
                hint = " (use a dot as decimal mark: \(scalar.string.replacing(",", with: ".")))"
            }
            throw error(node, "\(key) must be a number, found \(found(node))\(hint)")
        }
        try check(value, in: range, node: node, key: key)
        return value
    }

    /// A whole number written plainly.
    func integer(_ node: Node, key: String, range: ClosedRange<Double>? = nil) throws(ConfigurationError) -> Int {
        guard case .scalar(let scalar) = node, scalar.style == .plain, Self.isInteger(scalar.string),
              let value = Int(scalar.string.hasPrefix("+") ? String(scalar.string.dropFirst()) : scalar.string) else {
            throw error(node, "\(key) must be a whole number, found \(found(node))")
        }
        try check(Double(value), in: range, node: node, key: key)
        return value
    }

    func bool(_ node: Node, key: String) throws(ConfigurationError) -> Bool {
        if case .scalar(let scalar) = node, scalar.style == .plain {
            switch scalar.string {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        throw error(node, "\(key) must be true or false, found \(found(node))")
    }

    /// A date `YYYY-MM-DD` (plain or quoted).
    func date(_ node: Node, key: String) throws(ConfigurationError) -> LocalDate {
        if case .scalar(let scalar) = node, let date = Self.parseDate(scalar.string) { return date }
        throw error(node, "\(key) must be a date written YYYY-MM-DD, found \(found(node))")
    }

    /// One of the raw values of `T`.
    func choice<T: RawRepresentable & CaseIterable>(_ node: Node, key: String, as type: T.Type) throws(ConfigurationError) -> T
    where T.RawValue == String {
        if case .scalar(let scalar) = node, let value = T(rawValue: scalar.string) { return value }
        let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
        throw error(node, "\(key) must be one of \(allowed); found \(found(node))")
    }

    private func check(_ value: Double, in range: ClosedRange<Double>?, node: Node, key: String) throws(ConfigurationError) {
        guard let range, !range.contains(value) else { return }
        throw error(node, "\(key) must be between \(plain(range.lowerBound)) and \(plain(range.upperBound)), found \(plain(value))")
    }

    private func plain(_ value: Double) -> String { NumberText.plain(value) }

    static func isInteger(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        return !body.isEmpty && body.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `xs:decimal`-like: optional sign, digits, an optional dot and digits.
    static func isDecimal(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.contains(where: { !$0.isEmpty }) else { return false }
        return parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    static func parseDate(_ text: String) -> LocalDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }
}
