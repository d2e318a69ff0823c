import NormeringCore
import NormeringTestSupport

/// The worked example of /work/shared/examples/one-month, built by hand with the unrounded
/// figures of its README (March 2025 has 31 days).
enum OneMonthExample {
    static let march = YearMonth(year: 2025, month: 3)!
    static let municipality = "657"

    struct Daycare {
        var id: String
        var name: String
        var ownership: Ownership
        var district: String
        var under3: Double
        var over3: Double
        var staff: Double
        var under3Staff: Double?
        /// Trained staff FTE (pedagogues and assistants) at weight 1.
        var qualified: Double
        var pedagogues: Double
        /// All counted staff FTE at weight 1.
        var counted: Double

        var required: Double { under3 / 3 + over3 / 6 }
        var gap: Double { max(0, required - staff) }
        var trainedShare: Double { qualified / counted }
        var trainedGap: Double { max(0, 0.85 * counted - qualified) }
        var pedagogueShare: Double { pedagogues / counted }
        /// Staff split between the bands in proportion to the required staff of each band.
        var staffUnder3: Double { staff * (under3 / 3) / required }
        var staffOver3: Double { staff * (over3 / 6) / required }
        var ratioUnder3: Double? { under3 > 0 ? under3 / staffUnder3 : nil }
        var ratioOver3: Double? { over3 > 0 ? over3 / staffOver3 : nil }
    }

    /// Børnehuset Mælkebøtten: E1 manager 0.85, E2 1, E3 16/31 (maternity leave from 17 March),
    /// E4 state pool 0, E5 15/31 (from 17 March), E6 29.6/37.
    static let maelkeboetten: Daycare = {
        let e3 = 16.0 / 31
        let e4 = 30.0 / 37
        let e5 = 15.0 / 31
        let e6 = 29.6 / 37
        let pedagogues = 1 + 1 + e6
        let qualified = pedagogues + e3
        return Daycare(
            id: "657-101", name: "Børnehuset Mælkebøtten", ownership: .municipal, district: "Nord",
            under3: 5, over3: 6 + 15.0 / 31, staff: 0.85 + 1 + e3 + 0 + e5 + e6, under3Staff: nil,
            qualified: qualified, pedagogues: pedagogues, counted: qualified + e4 + e5)
    }()

    /// Friskolens Børnehave: P1 pedagogue, P2 untrained; three children over 3.
    static let friskolen = Daycare(
        id: "657-201", name: "Friskolens Børnehave", ownership: .private, district: "",
        under3: 0, over3: 3, staff: 2, under3Staff: nil, qualified: 1, pedagogues: 1, counted: 2)

    static let school = (id: "657-901", name: "Hammerum Skole")

    static func daycareFindings(_ d: Daycare, period: ReportPeriod, scope: Scope) -> [Finding] {
        let isInstitution = scope == .institution
        let isYear = period.isYearPeriod
        let privateYear = isInstitution && isYear && d.ownership == .private
        let minimumSeverity: Severity = (scope == .municipality && isYear) || privateYear ? .legal : .info
        func make(_ rule: RuleID, _ severity: Severity, _ status: FindingStatus, _ value: Double,
                  _ format: FigureFormat, _ threshold: Double?, _ gap: Double?, _ cost: Double?,
                  _ source: String) -> Finding {
            Finding(period: period, scope: scope, municipality: municipality,
                    institutionID: isInstitution ? d.id : "", institutionName: isInstitution ? d.name : "",
                    kind: isInstitution ? .daycare : nil, ownership: isInstitution ? d.ownership : nil,
                    district: isInstitution ? d.district : "", rule: rule, severity: severity, status: status,
                    value: value, valueFormat: format, threshold: threshold, gapFTE: gap, gapCost: cost,
                    months: 1, source: source)
        }
        return [
            make("minimum-staffing", minimumSeverity, d.staff >= d.required ? .pass : .fail, d.staff, .twoDecimals,
                 d.required, d.gap, d.gap * 400_000,
                 privateYear ? "dagtilbudsloven § 19 b" : "dagtilbudsloven § 19 a"),
            make("pedagogue-share", .info, .info, d.pedagogueShare, .share, nil, nil, nil, "BUPL (anbefaling)"),
            make("trained-share", .target, d.trainedShare >= 0.85 ? .pass : .fail, d.trainedShare, .share, 0.85,
                 d.trainedGap, nil, "opkvalificeringspuljen (aftale 2020)"),
        ]
    }

    static func normeringRow(_ d: Daycare, period: ReportPeriod, scope: Scope) -> NormeringRow {
        let isInstitution = scope == .institution
        return NormeringRow(
            period: period, scope: scope, municipality: municipality,
            institutionID: isInstitution ? d.id : "", institutionName: isInstitution ? d.name : "",
            ownership: isInstitution ? d.ownership : nil, district: isInstitution ? d.district : "",
            months: 1, childrenUnder3: d.under3, childrenOver3: d.over3, staff: d.staff, required: d.required,
            gapFTE: d.gap, gapCost: d.gap * 400_000, ratioUnder3: d.ratioUnder3, ratioOver3: d.ratioOver3,
            trainedShare: d.trainedShare, pedagogueShare: d.pedagogueShare,
            status: d.staff >= d.required ? .pass : .fail)
    }

    static let schoolFindings: [Finding] = {
        func make(_ scope: Scope, _ unit: String, _ rule: RuleID, _ severity: Severity, _ status: FindingStatus,
                  _ value: Double, _ format: FigureFormat, _ threshold: Double?, _ gap: Double?,
                  _ source: String) -> Finding {
            Finding(period: .month(march), scope: scope, municipality: municipality, institutionID: school.id,
                    institutionName: school.name, kind: .school, ownership: .municipal, unit: unit, rule: rule,
                    severity: severity, status: status, value: value, valueFormat: format, threshold: threshold,
                    gapFTE: gap, source: source)
        }
        return [
            make(.class, "1A", "class-size", .info, .pass, 27, .count, 28, nil, "folkeskoleloven § 17"),
            make(.class, "4A", "class-size", .info, .pass, 28, .count, 28, nil, "folkeskoleloven § 17"),
            make(.institution, "", "competence-coverage", .target, .fail, 22.0 / 25, .share, 0.95,
                 0.95 * 25 - 22, "folkeskoleloven § 40, stk. 7"),
            make(.institution, "", "pupils-per-teacher", .info, .info, 55.0 / 2, .twoDecimals, nil, nil,
                 "UVM nøgletal"),
        ]
    }()

    /// The municipal figure: only Mælkebøtten is in scope (Friskolen is private).
    static var municipal: Daycare { maelkeboetten }

    static let evaluation: Evaluation = {
        var findings: [Finding] = []
        var rows: [NormeringRow] = []
        for period in [ReportPeriod.year(2025), .month(march)] {
            for d in [maelkeboetten, friskolen] {
                findings += daycareFindings(d, period: period, scope: .institution)
                rows.append(normeringRow(d, period: period, scope: .institution))
            }
            findings += daycareFindings(municipal, period: period, scope: .municipality)
            rows.append(normeringRow(municipal, period: period, scope: .municipality))
        }
        findings += schoolFindings
        let coverage = [("dansk", 17, 17), ("matematik", 5, 5), ("engelsk", 0, 3)].map {
            SubjectCoverage(period: march, municipality: municipality, institutionID: school.id,
                            institutionName: school.name, subject: $0.0, coveredLessons: $0.1, totalLessons: $0.2)
        }
        return Evaluation(findings: findings, normering: rows, subjectCoverage: coverage,
                          presence: importResult.dataset.institutionMonths.map(InstitutionPresence.init))
    }()

    static let importResult: ImportResult = {
        let months = [
            InstitutionMonth(municipality: municipality, id: maelkeboetten.id, name: maelkeboetten.name,
                             kind: .daycare, ownership: .municipal, district: "Nord", period: march,
                             hasStaffing: true, hasEnrolment: true),
            InstitutionMonth(municipality: municipality, id: friskolen.id, name: friskolen.name, kind: .daycare,
                             ownership: .private, period: march, hasStaffing: true, hasEnrolment: true),
            InstitutionMonth(municipality: municipality, id: school.id, name: school.name, kind: .school,
                             period: march, hasStaffing: true, hasEnrolment: true),
        ]
        var statistics = ImportStatistics()
        statistics.filesRead = 2
        statistics.recordsRead = 27
        statistics.recordsUsed = 27
        return ImportResult(dataset: Dataset(institutionMonths: months), diagnostics: [], statistics: statistics)
    }()
}

extension ReportPeriod {
    var isYearPeriod: Bool {
        if case .year = self { return true }
        return false
    }
}
