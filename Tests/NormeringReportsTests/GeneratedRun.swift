import NormeringCore
@testable import NormeringReports

/// A generated run of three years and three municipalities, large enough that every list of
/// summary.txt overflows its limit (`listLimit`, `classLimit`, "… and N more") in more than
/// one year: daycares short of the minimum and of the trained-staff target, months short
/// with and without both sides of data, unknown months, classes and childminders over the
/// cap, and schools whose latest coverage month falls in different years.
///
/// Made from a fixed seed, so every run of the tests sees the same data. No two
/// institutions share an id, so no two rows of a ranking tie completely (the reference
/// breaks such ties by set order).
enum GeneratedRun {
    static let municipalities = ["101", "147", "657"]
    /// The months of each year: 2023 only its last quarter (before the minimum was in force),
    /// 2024 whole, 2025 until August.
    static let months: [YearMonth] = (10...12).compactMap { YearMonth(year: 2023, month: $0) }
        + (1...12).compactMap { YearMonth(year: 2024, month: $0) }
        + (1...8).compactMap { YearMonth(year: 2025, month: $0) }
    static let subjects = ["Dansk", "matematik", "Engelsk", "engelsk", "Natur/teknologi", "Idræt"]

    /// A small deterministic generator (64-bit LCG).
    struct Dice {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let evaluation: Evaluation = make(daycares: 14, schools: 3, childminders: 4, seed: 20_250_831)

    /// The run with `daycares` daycares and `schools` schools in each municipality.
    static func make(daycares: Int, schools: Int, childminders: Int, seed: UInt64) -> Evaluation {
        var dice = Dice(state: seed)
        var findings: [Finding] = []
        var normering: [NormeringRow] = []
        var coverage: [SubjectCoverage] = []
        var presence: [InstitutionPresence] = []
        let years = Array(Set(months.map(\.year))).sorted()

        for municipality in municipalities {
            let town = FindingInstitution(municipality: municipality)
            for year in years {
                let inForce = year >= 2024
                let staff = 200.0 + Double(dice.next(400)) / 4
                let required = 200.0 + Double(dice.next(400)) / 4
                let gap = max(0, required - staff)
                let status: FindingStatus = !inForce ? .notInForce : (gap > 0 ? .fail : .pass)
                let count = months.filter { $0.year == year }.count
                findings.append(Finding(
                    period: .year(year), scope: .municipality, institution: town, rule: "minimum-staffing",
                    severity: .legal, status: status, value: staff, valueFormat: .twoDecimals, threshold: required,
                    gapFTE: gap, gapCost: gap * 410_000, months: count, source: "dagtilbudsloven § 19 a"))
                let share = 0.6 + Double(dice.next(40)) / 100
                findings.append(Finding(
                    period: .year(year), scope: .municipality, institution: town, rule: "trained-share",
                    severity: .target, status: share >= 0.8 ? .pass : .fail, value: share, valueFormat: .share,
                    threshold: 0.8, gapFTE: share >= 0.8 ? 0 : (0.8 - share) * 30, months: count, source: "aftale"))
                if year != 2023 {
                    findings.append(Finding(
                        period: .year(year), scope: .municipality, institution: town, rule: "pedagogue-share",
                        severity: .info, status: .info, value: 0.55, valueFormat: .share, months: count,
                        source: "dagtilbudsloven"))
                }
                normering.append(NormeringRow(
                    period: .year(year), scope: .municipality, municipality: municipality, months: count,
                    childrenUnder3: 300, childrenOver3: year == 2023 ? 0 : 500, staff: staff, required: required,
                    gapFTE: gap, gapCost: gap * 410_000, ratioUnder3: 3.1, ratioOver3: year == 2023 ? nil : 6.2,
                    trainedShare: share, pedagogueShare: 0.55, status: status))
            }
            for month in months {
                findings.append(Finding(
                    period: .month(month), scope: .municipality, institution: town, rule: "minimum-staffing",
                    severity: .legal, status: .pass, value: 250, valueFormat: .twoDecimals, threshold: 240,
                    gapFTE: 0, gapCost: 0, source: "dagtilbudsloven § 19 a"))
                normering.append(NormeringRow(
                    period: .month(month), scope: .municipality, municipality: municipality, months: 1,
                    childrenUnder3: 300, childrenOver3: 500, staff: 250, required: 240, gapFTE: 0, gapCost: 0,
                    ratioUnder3: 3, ratioOver3: 6, trainedShare: nil, pedagogueShare: nil, status: .pass))
            }
            addDaycares(municipality, count: daycares, dice: &dice, findings: &findings, normering: &normering,
                        presence: &presence)
            addSchools(municipality, count: schools, dice: &dice, findings: &findings, coverage: &coverage)
            addChildminders(municipality, count: childminders, dice: &dice, findings: &findings)
        }
        return Evaluation(findings: findings, normering: normering, subjectCoverage: coverage, presence: presence)
    }

    static func addDaycares(_ municipality: String, count: Int, dice: inout Dice, findings: inout [Finding],
                            normering: inout [NormeringRow], presence: inout [InstitutionPresence]) {
        for number in 0..<count {
            let place = FindingInstitution(
                municipality: municipality, id: "\(municipality)-\(100 + number)",
                name: number % 5 == 0 ? "" : "Børnehuset Æble \(number)", kind: number % 4 == 0 ? .sfo : .daycare,
                ownership: number % 6 == 1 ? .private : .municipal, district: "")
            let legal: Severity = place.ownership == .private ? .target : .legal
            for year in Array(Set(months.map(\.year))).sorted() {
                let yearMonths = months.filter { $0.year == year }
                var failed = 0
                for month in yearMonths {
                    // Some months the import never saw, some with one side only.
                    let seen = dice.next(10)
                    if seen > 0 {
                        presence.append(InstitutionPresence(
                            period: month, municipality: municipality, institutionID: place.id,
                            hasStaffing: true, hasEnrolment: seen > 2))
                    }
                    let fails = dice.next(3) == 0
                    if fails { failed += 1 }
                    findings.append(Finding(
                        period: .month(month), scope: .institution, institution: place, rule: "minimum-staffing",
                        severity: legal, status: fails ? .fail : .pass, value: 10, valueFormat: .twoDecimals,
                        threshold: fails ? 11 : 9, gapFTE: fails ? 1 : 0, gapCost: fails ? 410_000 : 0,
                        source: "dagtilbudsloven § 19 a"))
                    normering.append(NormeringRow(
                        period: .month(month), scope: .institution, municipality: municipality,
                        institutionID: place.id, institutionName: place.name, months: 1, childrenUnder3: 10,
                        childrenOver3: 20, staff: 10, required: fails ? 11 : 9, gapFTE: fails ? 1 : 0,
                        gapCost: fails ? 410_000 : 0, ratioUnder3: 3, ratioOver3: 6, trainedShare: nil,
                        pedagogueShare: nil, status: fails ? .fail : .pass))
                    let trainedFails = dice.next(4) == 0
                    findings.append(Finding(
                        period: .month(month), scope: .institution, institution: place, rule: "trained-share",
                        severity: .target, status: trainedFails ? .fail : .pass, value: trainedFails ? 0.7 : 0.9,
                        valueFormat: .share, threshold: 0.8, gapFTE: trainedFails ? 0.5 : 0, source: "aftale"))
                }
                // Most have a year row; its gap comes in quarter steps, so many tie.
                guard dice.next(8) > 0 else { continue }
                let gap = Double(dice.next(6)) / 4
                let status: FindingStatus = year == 2023 ? .notInForce : (gap > 0 ? .fail : .pass)
                findings.append(Finding(
                    period: .year(year), scope: .institution, institution: place, rule: "minimum-staffing",
                    severity: legal, status: status, value: 10, valueFormat: .twoDecimals, threshold: 10 + gap,
                    gapFTE: gap, gapCost: gap * 410_000, months: yearMonths.count - failed % 2,
                    source: "dagtilbudsloven § 19 a"))
                normering.append(NormeringRow(
                    period: .year(year), scope: .institution, municipality: municipality, institutionID: place.id,
                    institutionName: place.name, ownership: place.ownership, district: place.district,
                    months: yearMonths.count, childrenUnder3: 10, childrenOver3: 20,
                    staff: 10, required: 10 + gap, gapFTE: gap, gapCost: gap * 410_000, ratioUnder3: 3,
                    ratioOver3: 6, trainedShare: nil, pedagogueShare: nil, status: status))
                let short = Double(dice.next(3)) / 4
                findings.append(Finding(
                    period: .year(year), scope: .institution, institution: place, rule: "trained-share",
                    severity: .target, status: short > 0 ? .fail : .pass, value: 0.8 - short / 10, valueFormat: .share,
                    threshold: 0.8, gapFTE: short, months: yearMonths.count, source: "aftale"))
            }
        }
    }

    static func addSchools(_ municipality: String, count: Int, dice: inout Dice, findings: inout [Finding],
                           coverage: inout [SubjectCoverage]) {
        for number in 0..<count {
            let place = FindingInstitution(
                municipality: municipality, id: "\(municipality)-9\(number)", name: "Skolen ved Søen \(number)",
                kind: .school, ownership: .municipal)
            // The first school stops reporting coverage after 2024, the second after 2023.
            let last = number == 0 ? 2024 : (number == 1 ? 2023 : 2025)
            for month in months {
                for grade in 0..<3 {
                    let pupils = 20 + dice.next(12)
                    let over = pupils > 28
                    findings.append(Finding(
                        period: .month(month), scope: .class, institution: place, unit: "\(grade).\(number)",
                        rule: "class-size", severity: month.month == 8 ? .legal : .info,
                        status: over ? .fail : .pass, value: Double(pupils), valueFormat: .count, threshold: 28,
                        source: "folkeskoleloven § 17"))
                }
                guard month.year <= last else { continue }
                let share = 0.85 + Double(dice.next(15)) / 100
                findings.append(Finding(
                    period: .month(month), scope: .institution, institution: place, rule: "competence-coverage",
                    severity: .target, status: share >= 0.95 ? .pass : .fail, value: share, valueFormat: .share,
                    threshold: 0.95, gapFTE: share >= 0.95 ? 0 : 3, source: "folkeskoleloven"))
                for subject in subjects {
                    let total = 10 + dice.next(20)
                    coverage.append(SubjectCoverage(
                        period: month, municipality: municipality, institutionID: place.id, institutionName: place.name,
                        subject: subject, coveredLessons: total - dice.next(5), totalLessons: total))
                }
            }
        }
    }

    static func addChildminders(_ municipality: String, count: Int, dice: inout Dice, findings: inout [Finding]) {
        let place = FindingInstitution(municipality: municipality, id: "\(municipality)-300", name: "Dagplejen",
                                       kind: .familyDaycare, ownership: .municipal)
        for month in months {
            for minder in 0..<count {
                let children = 3 + dice.next(4)
                findings.append(Finding(
                    period: .month(month), scope: .childminder, institution: place, unit: "DP\(minder)",
                    rule: "childminder-size", severity: .legal, status: children > 5 ? .fail : .pass,
                    value: Double(children), valueFormat: .count, threshold: 5, source: "dagtilbudsloven § 21"))
            }
        }
    }

    /// `evaluation` split into one evaluation a calendar year, ascending, each keeping the
    /// order of the whole.
    static func byYear(_ evaluation: Evaluation) -> [Evaluation] {
        let years = Set(evaluation.findings.map(\.period.year) + evaluation.normering.map(\.period.year)
                        + evaluation.subjectCoverage.map(\.period.year) + evaluation.presence.map(\.period.year))
        return years.sorted().map { year in
            Evaluation(findings: evaluation.findings.filter { $0.period.year == year },
                       normering: evaluation.normering.filter { $0.period.year == year },
                       subjectCoverage: evaluation.subjectCoverage.filter { $0.period.year == year },
                       presence: evaluation.presence.filter { $0.period.year == year })
        }
    }

    /// The digest of `evaluation` added year by year.
    /// The run's headline, gathered a year at a time as `check` gathers it.
    static func headlineByYear(_ evaluation: Evaluation) -> Headline {
        var headline = Headline(rules: danishRules)
        for part in byYear(evaluation) {
            headline.add(part)
        }
        return headline
    }

    static func digestByYear(_ evaluation: Evaluation) -> SummaryDigest {
        var digest = SummaryDigest(rules: danishRules)
        for part in byYear(evaluation) {
            digest.add(part)
        }
        return digest
    }
}
