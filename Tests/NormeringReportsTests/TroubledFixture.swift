import NormeringCore
import NormeringTestSupport

/// A hand-made run with trouble everywhere, for the golden files and the layout tests:
/// two years (2023 before the minimum staffing was in force), a municipality below the
/// minimum, a private institution failing its legal test, a month with missing staffing,
/// long and awkward names (comma, quote, leading `=`), classes over the cap in August,
/// a childminder with too many children, and errors and warnings of several kinds.
enum TroubledFixture {
    static let municipality = "661"
    static let nov23 = YearMonth(year: 2023, month: 11)!
    static let aug25 = YearMonth(year: 2025, month: 8)!
    static let sep25 = YearMonth(year: 2025, month: 9)!

    struct Place {
        var id: String
        var name: String
        var kind: InstitutionKind
        var ownership: Ownership
        var district: String
    }

    static let solstraalen = Place(
        id: "661-110", name: "Den Integrerede Institution Solstrålen og Regnbuen, afdeling Vestervang",
        kind: .daycare, ownership: .municipal, district: "Vest")
    static let aeblehaven = Place(id: "661-120", name: "Børnehaven \"Æblehaven\"", kind: .daycare,
                                  ownership: .selfGoverning, district: "Syd")
    static let privat = Place(id: "661-130", name: "=Privat Børnehus", kind: .daycare, ownership: .private,
                              district: "")
    static let sfo = Place(id: "661-140", name: "SFO Lærkereden", kind: .sfo, ownership: .municipal, district: "Vest")
    static let dagpleje = Place(id: "661-300", name: "Dagplejen Øst", kind: .familyDaycare, ownership: .municipal,
                                district: "Øst")
    static let vestervang = Place(id: "661-901", name: "Vestervangskolen", kind: .school, ownership: .municipal,
                                  district: "")
    static let aabybro = Place(
        id: "661-902", name: "Aabybro Skole og Specialcenter for Børn med Særlige Behov i Nordjylland",
        kind: .school, ownership: .municipal, district: "")

    static let cost = 400_000.0

    static func finding(
        _ period: ReportPeriod, _ place: Place?, unit: String = "", _ rule: RuleID, _ severity: Severity,
        _ status: FindingStatus, _ value: Double, _ format: FigureFormat, threshold: Double? = nil,
        gap: Double? = nil, cost: Double? = nil, months: Int = 1, _ source: String
    ) -> Finding {
        Finding(period: period, scope: place == nil ? .municipality : (unit.isEmpty ? .institution
                    : (rule == "class-size" ? .class : .childminder)),
                municipality: municipality, institutionID: place?.id ?? "", institutionName: place?.name ?? "",
                kind: place?.kind, ownership: place?.ownership, district: place?.district ?? "", unit: unit,
                rule: rule, severity: severity, status: status, value: value, valueFormat: format,
                threshold: threshold, gapFTE: gap, gapCost: cost, months: months, source: source)
    }

    /// A minimum-staffing finding and its normering row.
    static func staffing(
        _ period: ReportPeriod, _ place: Place?, severity: Severity, u: Double, o: Double, s: Double,
        months: Int = 1, notInForce: Bool = false, privateYear: Bool = false,
        trained: Double? = nil, pedagogues: Double? = nil
    ) -> (Finding, NormeringRow) {
        let required = u / 3 + o / 6
        let gap = max(0, required - s)
        let status: FindingStatus = notInForce ? .notInForce : (s >= required - 1e-9 ? .pass : .fail)
        let f = finding(period, place, "minimum-staffing", severity, status, s, .twoDecimals, threshold: required,
                        gap: gap, cost: gap * cost, months: months,
                        privateYear ? "dagtilbudsloven § 19 b" : "dagtilbudsloven § 19 a")
        let staffU3 = required > 0 ? s * (u / 3) / required : 0
        let staffO3 = required > 0 ? s * (o / 6) / required : 0
        let row = NormeringRow(
            period: period, scope: place == nil ? .municipality : .institution, municipality: municipality,
            institutionID: place?.id ?? "", institutionName: place?.name ?? "", ownership: place?.ownership,
            district: place?.district ?? "", months: months, childrenUnder3: u, childrenOver3: o, staff: s,
            required: required, gapFTE: gap, gapCost: gap * cost,
            ratioUnder3: u > 0 && staffU3 > 0 ? u / staffU3 : nil, ratioOver3: o > 0 && staffO3 > 0 ? o / staffO3 : nil,
            trainedShare: trained, pedagogueShare: pedagogues, status: status)
        return (f, row)
    }

    static func trained(_ period: ReportPeriod, _ place: Place?, qualified: Double, counted: Double,
                        months: Int = 1) -> Finding {
        let share = qualified / counted
        return finding(period, place, "trained-share", .target, share >= 0.85 - 1e-9 ? .pass : .fail, share, .share,
                       threshold: 0.85, gap: max(0, 0.85 * counted - qualified), months: months,
                       "opkvalificeringspuljen (aftale 2020)")
    }

    static let evaluation: Evaluation = {
        var findings: [Finding] = []
        var rows: [NormeringRow] = []
        func add(_ pair: (Finding, NormeringRow)) {
            findings.append(pair.0)
            rows.append(pair.1)
        }
        // 2023: computed, not in force.
        add(staffing(.month(nov23), solstraalen, severity: .info, u: 12, o: 22.4, s: 8.1, notInForce: true))
        add(staffing(.month(nov23), nil, severity: .info, u: 12, o: 22.4, s: 8.1, notInForce: true))
        add(staffing(.year(2023), solstraalen, severity: .info, u: 12, o: 22.4, s: 8.1, notInForce: true))
        add(staffing(.year(2023), nil, severity: .legal, u: 12, o: 22.4, s: 8.1, notInForce: true))
        // 2025-08.
        add(staffing(.month(aug25), solstraalen, severity: .info, u: 14, o: 27.5, s: 7.9,
                     trained: 4.9 / 7.9, pedagogues: 3.95 / 7.9))
        add(staffing(.month(aug25), aeblehaven, severity: .info, u: 6, o: 21, s: 6.0, trained: 0.9))
        add(staffing(.month(aug25), privat, severity: .info, u: 4, o: 12.4, s: 3.1, trained: 0.5))
        add(staffing(.month(aug25), nil, severity: .info, u: 20, o: 48.5, s: 13.9, trained: 0.7, pedagogues: 0.55))
        // 2025-09: Æblehaven's staffing export is missing (S = 0; left out of the municipal figure).
        add(staffing(.month(sep25), solstraalen, severity: .info, u: 14, o: 27.8, s: 8.2))
        add(staffing(.month(sep25), aeblehaven, severity: .info, u: 6, o: 21, s: 0))
        add(staffing(.month(sep25), privat, severity: .info, u: 4, o: 12.4, s: 3.4))
        add(staffing(.month(sep25), nil, severity: .info, u: 14, o: 27.8, s: 8.2))
        // 2025.
        add(staffing(.year(2025), solstraalen, severity: .info, u: 14, o: 27.65, s: 8.05, months: 2))
        add(staffing(.year(2025), aeblehaven, severity: .info, u: 6, o: 21, s: 6.0, months: 1))
        add(staffing(.year(2025), privat, severity: .legal, u: 4, o: 12.4, s: 3.25, months: 2, privateYear: true))
        add(staffing(.year(2025), nil, severity: .legal, u: 17, o: 38.15, s: 11.05, months: 2))

        findings += [
            trained(.month(aug25), solstraalen, qualified: 4.9, counted: 7.9),
            trained(.month(aug25), aeblehaven, qualified: 5.4, counted: 6.0),
            trained(.month(aug25), privat, qualified: 1.55, counted: 3.1),
            trained(.month(aug25), sfo, qualified: 2.0, counted: 5.0),
            trained(.month(aug25), nil, qualified: 10.3, counted: 13.9),
            trained(.month(sep25), solstraalen, qualified: 5.2, counted: 8.2),
            trained(.year(2025), solstraalen, qualified: 5.05, counted: 8.05, months: 2),
            trained(.year(2025), aeblehaven, qualified: 5.4, counted: 6.0, months: 1),
            trained(.year(2025), privat, qualified: 1.55, counted: 3.1, months: 1),
            trained(.year(2025), sfo, qualified: 2.0, counted: 5.0, months: 1),
            trained(.year(2025), nil, qualified: 10.3, counted: 13.9, months: 1),
            finding(.year(2025), nil, "pedagogue-share", .info, .info, 7.6 / 13.9, .share, "BUPL (anbefaling)"),
            finding(.month(aug25), dagpleje, unit: "DP-7", "childminder-size", .legal, .fail, 6, .count,
                    threshold: 5, "dagtilbudsloven § 22"),
            finding(.month(aug25), dagpleje, unit: "DP-8", "childminder-size", .legal, .pass, 4, .count,
                    threshold: 5, "dagtilbudsloven § 22"),
            finding(.month(aug25), vestervang, unit: "0A", "class-size", .legal, .fail, 27, .count, threshold: 26,
                    "folkeskoleloven § 17"),
            finding(.month(aug25), vestervang, unit: "5B", "class-size", .legal, .fail, 29, .count, threshold: 28,
                    "folkeskoleloven § 17"),
            finding(.month(aug25), vestervang, unit: "6A", "class-size", .legal, .pass, 24, .count, threshold: 28,
                    "folkeskoleloven § 17"),
            finding(.month(sep25), vestervang, unit: "5B", "class-size", .info, .fail, 29, .count, threshold: 28,
                    "folkeskoleloven § 17"),
            finding(.month(aug25), aabybro, unit: "3X", "class-size", .legal, .fail, 31, .count, threshold: 30,
                    "folkeskoleloven § 17"),
            finding(.month(aug25), vestervang, "competence-coverage", .target, .fail, 70.0 / 76, .share,
                    threshold: 0.95, gap: 0.95 * 76 - 70, "folkeskoleloven § 40, stk. 7"),
            finding(.month(sep25), vestervang, "competence-coverage", .target, .pass, 76.0 / 80, .share,
                    threshold: 0.95, gap: 0, "folkeskoleloven § 40, stk. 7"),
            finding(.month(sep25), aabybro, "competence-coverage", .target, .fail, 18.0 / 25, .share,
                    threshold: 0.95, gap: 0.95 * 25 - 18, "folkeskoleloven § 40, stk. 7"),
            finding(.month(aug25), vestervang, "pupils-per-teacher", .info, .info, 350.0 / 30, .twoDecimals,
                    "UVM nøgletal"),
        ]
        let coverage = [
            (sep25, vestervang, "dansk", 40, 40), (sep25, vestervang, "matematik", 30, 32),
            (sep25, vestervang, "Natur/teknologi", 6, 8), (aug25, vestervang, "dansk", 36, 40),
            (sep25, aabybro, "dansk", 10, 12), (sep25, aabybro, "engelsk", 3, 8),
            (sep25, aabybro, "Håndværk og design", 5, 5),
        ].map {
            SubjectCoverage(period: $0.0, municipality: municipality, institutionID: $0.1.id,
                            institutionName: $0.1.name, subject: $0.2, coveredLessons: $0.3, totalLessons: $0.4)
        }
        return Evaluation(findings: findings, normering: rows, subjectCoverage: coverage,
                          presence: importResult.dataset.institutionMonths.map(InstitutionPresence.init))
    }()

    static let importResult: ImportResult = {
        func month(_ place: Place, _ period: YearMonth, staffing: Bool = true, enrolment: Bool = true)
            -> InstitutionMonth
        {
            InstitutionMonth(municipality: municipality, id: place.id, name: place.name, kind: place.kind,
                             ownership: place.ownership, district: place.district, period: period,
                             hasStaffing: staffing, hasEnrolment: enrolment)
        }
        let months = [
            month(solstraalen, nov23), month(solstraalen, aug25), month(aeblehaven, aug25), month(privat, aug25),
            month(solstraalen, sep25), month(aeblehaven, sep25, staffing: false), month(privat, sep25),
        ]
        let staffingFile = "Imports/2025/staffing-2025-08.xml"
        let enrolmentFile = "Imports/2025/enrolment-2025-09.xml"
        let diagnostics = [
            Diagnostic(location: .init(file: "Imports/odd, name.xml", line: 1, column: 1), severity: .error,
                       code: "not-well-formed",
                       message: "the file is not well-formed XML: \"Extra content at the end of the document\"\n"
                           + "nothing of it was used"),
            Diagnostic(location: .init(file: staffingFile, line: 14, column: 7), severity: .error,
                       institutionID: aeblehaven.id, recordID: "E17", code: "missing-attribute",
                       message: "employee E17 has no hours; the employee is rejected"),
            Diagnostic(location: .init(file: staffingFile, line: 15, column: 0), severity: .warning,
                       institutionID: aeblehaven.id, recordID: "E18", code: "leave-outside-employment",
                       message: "a leave from 2025-07-01 to 2025-08-10 lies partly outside the employment; "
                           + "only the overlap counts"),
            Diagnostic(location: .init(file: staffingFile, line: 40, column: 5), severity: .warning,
                       institutionID: solstraalen.id, recordID: "=E19", code: "duplicate-id",
                       message: "=E19 appears twice; the second is ignored"),
            Diagnostic(location: .init(file: enrolmentFile, line: 33, column: 5), severity: .error,
                       institutionID: solstraalen.id, recordID: "100823-4321", code: "invalid-date",
                       message: "child with CPR 100823-4321 (1008234321) has birthDate \"2025-02-30\", "
                           + "which is not a date"),
            Diagnostic(location: .init(file: enrolmentFile, line: 90, column: 3), severity: .warning,
                       institutionID: aeblehaven.id, code: "missing-side",
                       message: "institution 661-120 has enrolment but no staffing for 2025-09; "
                           + "it is left out of the municipal figure"),
            Diagnostic(location: .init(file: enrolmentFile, line: 91, column: 3), severity: .error,
                       institutionID: aeblehaven.id, recordID: "B7", code: "missing-attribute",
                       message: "child B7 has neither birthDate nor cpr; the child is rejected"),
        ]
        var statistics = ImportStatistics()
        statistics.filesRead = 5
        statistics.filesRejected = 1
        statistics.bytesRead = 183_422
        statistics.recordsRead = 412
        statistics.recordsUsed = 398
        statistics.recordsIgnored = 6
        statistics.recordsRejected = 8
        return ImportResult(dataset: Dataset(institutionMonths: months), diagnostics: diagnostics,
                            statistics: statistics)
    }()
}
