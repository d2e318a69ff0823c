import NormeringCore
import NormeringTestSupport
@testable import NormeringRules

/// Dates and months written as in the exports; only literals of the tests are parsed here.
func day(_ text: String) -> LocalDate {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, let date = LocalDate(year: parts[0], month: parts[1], day: parts[2]) else {
        preconditionFailure("bad test date \(text)")
    }
    return date
}

func month(_ text: String) -> YearMonth {
    guard let value = YearMonth(text) else { preconditionFailure("bad test month \(text)") }
    return value
}

/// A daycare institution-month with both sides.
func daycare(_ id: String = "D1", period: String = "2025-03", ownership: Ownership = .municipal,
             employees: [Employee] = [], children: [Child] = [], hasStaffing: Bool = true,
             hasEnrolment: Bool = true, municipality: String = "657") -> InstitutionMonth {
    InstitutionMonth(municipality: municipality, id: id, name: "Institution \(id)", kind: .daycare,
                     ownership: ownership, period: month(period), hasStaffing: hasStaffing,
                     hasEnrolment: hasEnrolment, employees: employees, children: children)
}

/// A full-time pedagogue with no dates.
func pedagogue(_ id: String, hours: Double = 37, role: Role = .pedagogical, education: Education = .pedagogue,
               group: AgeGroup? = nil) -> Employee {
    Employee(id: id, role: role, education: education, hours: hours, group: group)
}

/// `count` full-time children of the given band in `period` (born well inside it).
func children(_ count: Int, under3: Bool, period: String, prefix: String = "C") -> [Child] {
    let start = month(period)
    let birth = under3 ? LocalDate(year: start.year - 1, month: start.month, day: 1)
                       : LocalDate(year: start.year - 4, month: start.month, day: 1)
    return (0..<count).map { Child(id: "\(prefix)\($0)", birthDate: birth ?? start.firstDay) }
}

extension Evaluation {
    func findings(rule: RuleID, scope: Scope? = nil, period: String? = nil, institution: String? = nil) -> [Finding] {
        findings.filter {
            $0.rule == rule && (scope == nil || $0.scope == scope) && (period == nil || $0.period.description == period)
                && (institution == nil || $0.institutionID == institution)
        }
    }

    func normering(period: String, scope: Scope, institution: String = "") -> NormeringRow? {
        normering.first { $0.period.description == period && $0.scope == scope && $0.institutionID == institution }
    }
}

/// Rounds as the reports do: half away from zero, a value within a relative 1e-9 of a tie
/// counting as the tie.
func written(_ value: Double, decimals: Int) -> String {
    var factor = 1.0
    for _ in 0..<decimals { factor *= 10 }
    let scaled = value * factor
    let truncated = scaled.rounded(.towardZero)
    let fraction = abs(scaled - truncated)
    var rounded = scaled.rounded(.toNearestOrAwayFromZero)
    if abs(fraction - 0.5) <= 1e-9 * max(1, abs(scaled)) { rounded = truncated + (scaled < 0 ? -1 : 1) }
    let negative = rounded < 0
    let digits = String(Int(abs(rounded)))
    guard decimals > 0 else { return (negative ? "-" : "") + digits }
    let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
    let integer = padded.dropLast(decimals)
    return (negative ? "-" : "") + integer + "." + padded.suffix(decimals)
}

/// Splits one CSV line (RFC 4180 quoting).
func csvFields(_ line: String) -> [String] {
    var fields: [String] = []
    var current = ""
    var quoted = false
    var iterator = Array(line).makeIterator()
    var pending: Character? = nil
    while let char = pending ?? iterator.next() {
        pending = nil
        if quoted {
            if char == "\"" {
                if let next = iterator.next() {
                    if next == "\"" { current.append("\"") } else { quoted = false; pending = next }
                } else { quoted = false }
            } else { current.append(char) }
        } else if char == "\"" {
            quoted = true
        } else if char == "," {
            fields.append(current)
            current = ""
        } else {
            current.append(char)
        }
    }
    fields.append(current)
    return fields
}

/// A findings.csv line of the rfc4180 dialect.
func csvFields(of finding: Finding) -> [String] {
    let format = finding.valueFormat.decimals
    return [
        finding.period.description, finding.scope.rawValue, finding.municipality, finding.institutionID,
        finding.institutionName, finding.kind?.rawValue ?? "", finding.ownership?.rawValue ?? "", finding.district,
        finding.unit, finding.rule.rawValue, finding.severity.rawValue, finding.status.rawValue,
        written(finding.value, decimals: format), finding.threshold.map { written($0, decimals: format) } ?? "",
        finding.gapFTE.map { written($0, decimals: 2) } ?? "", finding.gapCost.map { written($0, decimals: 0) } ?? "",
        String(finding.months), finding.source,
    ]
}

/// A normering.csv line of the rfc4180 dialect.
func csvFields(of row: NormeringRow) -> [String] {
    func two(_ value: Double?) -> String { value.map { written($0, decimals: 2) } ?? "" }
    func three(_ value: Double?) -> String { value.map { written($0, decimals: 3) } ?? "" }
    return [
        row.period.description, row.scope.rawValue, row.municipality, row.institutionID, row.institutionName,
        row.ownership?.rawValue ?? "", row.district, String(row.months), two(row.childrenUnder3),
        two(row.childrenOver3), two(row.staff), two(row.required), two(row.gapFTE), row.gapCost.map { written($0, decimals: 0) } ?? "",
        two(row.ratioUnder3), two(row.ratioOver3), three(row.trainedShare), three(row.pedagogueShare),
        row.status.rawValue,
    ]
}
