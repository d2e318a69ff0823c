import NormeringCore
import Yams

/// Walks a scenario's YAML tree (plan.md § 3).
struct ScenarioParser {
    let reader: YAMLReader

    static let topLevelKeys = ["schoolStart", "intake", "hire", "leave", "upskill"]

    func parseRoot(_ root: Node, into scenario: inout Scenario) throws(ConfigurationError) {
        for entry in try reader.entries(root, of: "the scenario") {
            switch entry.key {
            case "schoolStart": scenario.schoolStartMonth = try schoolStart(entry.value)
            case "intake": scenario.intake = try list(entry.value, key: "intake", parse: intake)
            case "hire": scenario.hires = try list(entry.value, key: "hire", parse: hire)
            case "leave": scenario.leavers = try list(entry.value, key: "leave", parse: leaver)
            case "upskill": scenario.upskills = try list(entry.value, key: "upskill", parse: upskill)
            default:
                throw reader.error(entry.keyNode,
                                   "unknown key \"\(entry.key)\"; the keys are: \(Self.topLevelKeys.joined(separator: ", "))")
            }
        }
    }

    private func schoolStart(_ node: Node) throws(ConfigurationError) -> Int {
        let fields = try Fields(reader: reader, node: node, of: "schoolStart", required: ["month"], optional: [])
        return try reader.integer(fields.node("month"), key: "schoolStart.month", range: 1...12)
    }

    private func list<T>(_ node: Node, key: String, parse: (Node) throws(ConfigurationError) -> T)
        throws(ConfigurationError) -> [T] {
        if reader.isNull(node) { return [] }
        guard case .sequence(let sequence) = node else {
            throw reader.error(node, "\(key) must be a list of entries (each line begins with \"- \"); "
                               + "found \(reader.found(node))")
        }
        return try sequence.map(parse)
    }

    private func intake(_ node: Node) throws(ConfigurationError) -> Scenario.Intake {
        let fields = try Fields(reader: reader, node: node, of: "an intake entry",
                                required: ["institution", "month", "children", "born"], optional: [])
        let month = try self.month(fields.node("month"), key: "month")
        return Scenario.Intake(
            institution: try reader.text(fields.node("institution"), key: "institution"), month: month,
            children: try reader.integer(fields.node("children"), key: "children", range: 0...100_000),
            born: try monthOrDate(fields.node("born"), key: "born"), locations: fields.locations)
    }

    private func hire(_ node: Node) throws(ConfigurationError) -> Scenario.Hire {
        let fields = try Fields(reader: reader, node: node, of: "a hire entry",
                                required: ["institution", "from", "hours", "role", "education"], optional: ["count"])
        return Scenario.Hire(
            institution: try reader.text(fields.node("institution"), key: "institution"),
            from: try reader.date(fields.node("from"), key: "from"),
            count: try fields.optional("count").map { node throws(ConfigurationError) in
                try reader.integer(node, key: "count", range: 1...10_000)
            } ?? 1,
            hours: try hours(fields.node("hours")),
            role: try reader.choice(fields.node("role"), key: "role", as: Role.self),
            education: try reader.choice(fields.node("education"), key: "education", as: Education.self),
            locations: fields.locations)
    }

    private func leaver(_ node: Node) throws(ConfigurationError) -> Scenario.Leaver {
        let fields = try Fields(reader: reader, node: node, of: "a leave entry",
                                required: ["institution", "employee", "from"], optional: [])
        return Scenario.Leaver(
            institution: try reader.text(fields.node("institution"), key: "institution"),
            employee: try reader.text(fields.node("employee"), key: "employee"),
            from: try reader.date(fields.node("from"), key: "from"), locations: fields.locations)
    }

    private func upskill(_ node: Node) throws(ConfigurationError) -> Scenario.Upskill {
        let fields = try Fields(reader: reader, node: node, of: "an upskill entry",
                                required: ["institution", "employee", "from", "education"], optional: [])
        return Scenario.Upskill(
            institution: try reader.text(fields.node("institution"), key: "institution"),
            employee: try reader.text(fields.node("employee"), key: "employee"),
            from: try reader.date(fields.node("from"), key: "from"),
            education: try reader.choice(fields.node("education"), key: "education", as: Education.self),
            locations: fields.locations)
    }

    /// Weekly hours, as in the exports: more than 0 and at most 60.
    private func hours(_ node: Node) throws(ConfigurationError) -> Double {
        let value = try reader.number(node, key: "hours", range: 0...60)
        guard value > 0 else { throw reader.error(node, "hours must be more than 0, found 0") }
        return value
    }

    /// `YYYY-MM`.
    private func month(_ node: Node, key: String) throws(ConfigurationError) -> YearMonth {
        if case .scalar(let scalar) = node, let month = YearMonth(scalar.string) { return month }
        throw reader.error(node, "\(key) must be a month written YYYY-MM, found \(reader.found(node))")
    }

    /// `YYYY-MM` (the 1st of that month) or `YYYY-MM-DD`.
    private func monthOrDate(_ node: Node, key: String) throws(ConfigurationError) -> LocalDate {
        if case .scalar(let scalar) = node {
            if let month = YearMonth(scalar.string) { return month.firstDay }
            if let date = YAMLReader.parseDate(scalar.string) { return date }
        }
        throw reader.error(node, "\(key) must be a month (YYYY-MM) or a date (YYYY-MM-DD), found \(reader.found(node))")
    }
}

/// The keys of one entry: every required key present, no unknown key.
private struct Fields {
    let reader: YAMLReader
    private var values: [String: Node] = [:]
    /// Each key's value's position, and the entry's own under `""`.
    private(set) var locations: Scenario.Locations = [:]

    init(reader: YAMLReader, node: Node, of what: String, required: [String], optional: [String])
        throws(ConfigurationError) {
        self.reader = reader
        locations[""] = reader.location(node)
        let known = required + optional
        for entry in try reader.entries(node, of: what) {
            guard known.contains(entry.key) else {
                throw reader.error(entry.keyNode, "unknown key \"\(entry.key)\" in \(what); the keys are: "
                                   + known.joined(separator: ", "))
            }
            values[entry.key] = entry.value
            locations[entry.key] = reader.location(entry.value)
        }
        for key in required where values[key] == nil {
            throw reader.error(node, "\(what) needs the key \"\(key)\" (it has: "
                               + (values.keys.sorted().joined(separator: ", ")) + ")")
        }
    }

    func node(_ key: String) -> Node { values[key] ?? Node("") }
    func optional(_ key: String) -> Node? { values[key] }
}
