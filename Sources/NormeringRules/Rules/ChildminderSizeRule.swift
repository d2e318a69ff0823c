import NormeringCore

/// Kind `childminder-cap`: the most children enrolled with one childminder on any single
/// day of the month, against a maximum (rules.md § 2; Denmark's `childminder-size`,
/// dagtilbudsloven § 22).
public struct ChildminderSizeRule: RuleKind {
    /// The largest number of children with each childminder on one day, by minder id.
    public struct MonthFigures: Sendable, Hashable {
        public var mostChildren: [String: Int]
    }

    /// The typed parameters.
    public struct Parameters: Sendable, Hashable {
        /// The most children one childminder may have on a single day.
        public var maximum: Int
        public var severity: Severity
    }

    public static let kindName = "childminder-cap"
    public static let kindSummary = "The most children enrolled with one childminder on any single day of the month, against a maximum."
    public static let parameterSpecs: [ParameterSpec] = [
        ParameterSpec(name: "maximum", type: .integer, defaultValue: .integer(5),
                      description: "The most children one childminder may have on a single day.",
                      range: 0...1_000_000),
        .severity(default: .legal, description: "Severity of every row of the rule."),
    ]

    public let declaration: RuleDeclaration

    public init(_ declaration: RuleDeclaration) {
        self.declaration = declaration
    }

    public func decode(_ values: ParameterValues) -> Parameters {
        Parameters(maximum: values.integer("maximum"), severity: values.severity("severity"))
    }

    public func measure(_ month: InstitutionMonth, context: RuleContext<Parameters>) -> MonthFigures? {
        guard month.kind == .familyDaycare else { return nil }
        let monthFirst = month.period.firstDay.dayNumber
        // Days each child is enrolled, by minder and child id (segments of one id united; ids
        // compared as texts), as a bit per day of the month (a month has at most 31 days).
        let records = month.records
        let children = records.table.children
        var days: [TextID: [TextID: UInt32]] = [:]
        /// Each minder as first written.
        var written: [TextID: TextID] = [:]
        for index in month.row.children {
            guard children.minder[index] != .none,
                  let range = DayRange(from: children.from[index], to: children.to[index], in: month.period) else {
                continue
            }
            let minder = records.same(children.minder[index])
            if written[minder] == nil { written[minder] = children.minder[index] }
            days[minder, default: [:]][records.same(children.id[index]), default: 0]
                |= Self.dayBits(range.first - monthFirst, range.last - monthFirst)
        }
        var most: [String: Int] = [:]
        for (key, children) in days {
            let minder = records.table.string(written[key] ?? key)
            var perDay = [Int](repeating: 0, count: month.period.dayCount)
            for enrolled in children.values {
                var rest = enrolled
                while rest != 0 {
                    perDay[rest.trailingZeroBitCount] += 1
                    rest &= rest - 1
                }
            }
            most[minder] = perDay.max() ?? 0
        }
        return MonthFigures(mostChildren: most)
    }

    /// Bits `first` through `last` (days of the month counted from 0; `first <= last < 31`).
    static func dayBits(_ first: Int, _ last: Int) -> UInt32 {
        let through: UInt32 = last >= 31 ? .max : (UInt32(1) << UInt32(last + 1)) &- 1
        return through & ~((UInt32(1) << UInt32(first)) &- 1)
    }

    /// One row per childminder and month.
    public func rowBound(_ figures: [MonthFigures]) -> RuleOutput.Counts {
        RuleOutput.Counts(findings: figures.reduce(0) { $0 + $1.mostChildren.count })
    }

    public func evaluate(_ months: [MeasuredMonth<MonthFigures>], context: RuleContext<Parameters>, into output: inout RuleOutput) {
        for month in months {
            let parameters = context.parameters(for: month.institution.period)
            let maximum = Double(parameters.maximum)
            for (minder, children) in month.figures.mostChildren {
                let passes = Tolerance.atMost(Double(children), maximum)
                output.findings.append(FindingFactory.institutionFinding(
                    month.institution, period: .month(month.institution.period), scope: .childminder, unit: minder,
                    rule: id, severity: parameters.severity,
                    status: parameters.inForce ? (passes ? .pass : .fail) : .notInForce,
                    value: Double(children), format: .count, threshold: maximum, source: legalSource))
            }
        }
    }
}
