import Foundation
import NormeringConfig
import NormeringCore
import NormeringPipeline
import NormeringReports
import Testing

/// plan.md § 5, figure for figure, from real XML exports.
@Suite struct WorkedExampleTests {
    @Test func theWorkedExample() throws {
        let folder = try ExportFolder()
        defer { folder.remove() }
        try WorkedExample.write(to: folder)
        let outcome = try #require(try plan(folder.files).value)

        #expect(outcome.report.baseMonth == YearMonth(year: 2025, month: 10))
        #expect(outcome.report.through == YearMonth(year: 2026, month: 10))
        // B: 6 under three, 12 over three, R = 4; S = 4.
        let october = try #require(outcome.row("2025-10"))
        #expect(october.row.childrenUnder3 == 6 && october.row.childrenOver3 == 12)
        #expect(abs(october.row.required - 4) < 1e-12 && abs(october.row.staff - 4) < 1e-12)
        #expect(october.basis == .actual)
        // November and December: 8 under three, 13 over three, R = 29/6, gap 5/6.
        for month in ["2025-11", "2025-12"] {
            let row = try #require(outcome.row(month))
            #expect(row.basis == .forecast)
            #expect(row.row.childrenUnder3 == 8 && row.row.childrenOver3 == 13, "\(month)")
            #expect(abs(row.row.required - 29.0 / 6) < 1e-12)
            #expect(abs(row.row.staff - 4) < 1e-12)
            #expect(abs(row.row.gapFTE - 5.0 / 6) < 1e-12)
        }
        // The year 2025: S̄ = 4, R̄ = (10 × 4 + 2 × 29/6) / 12 ≈ 4.139, fails on 10 + 2 months.
        let year = try #require(outcome.row("2025"))
        #expect(year.basis == .actualAndForecast && year.row.months == 12 && year.row.status == .fail)
        #expect(abs(year.row.required - (40 + 2 * 29.0 / 6) / 12) < 1e-12)
        let test = try #require(outcome.report.years.first { $0.year == 2025 }?.tests.first)
        #expect(test.institutionID.isEmpty && test.status == .fail && test.severity == .legal)
        #expect(test.months == 12 && test.forecastMonths == 2 && test.actualMonths == 10)
        // What it takes: x = 12 × (4.139 − 4) / 2 = 5/6 FTE, costing 5/6 × 400 000 × 2/12.
        #expect(abs(test.extraFTE - 5.0 / 6) < 1e-9)
        #expect(abs(test.extraCost - 5.0 / 6 * 400_000 * 2 / 12) < 1e-6)
        #expect(test.forecastFrom == YearMonth(year: 2025, month: 11) && test.forecastTo == YearMonth(year: 2025, month: 12))
        // Exit 1: the legal year rests on forecast months and fails.
        #expect(outcome.status == .failed)
        #expect(outcome.failingLegalRows.contains { $0.scope == .municipality && $0.period == .year(2025) })

        // The intake: 3 children replayed in 2025-11, none in 2025-12 (none was new in 2024-12).
        let intake = outcome.report.assumptions.intake
        #expect(intake.first?.source == .replayed(month: YearMonth(year: 2024, month: 11)!, children: 3))
        #expect(intake.dropFirst().first?.source == .replayed(month: YearMonth(year: 2024, month: 12)!, children: 0))

        // The text says it in figures, as written.
        let text = flat(try #require(outcome.reports.first { $0.name == "plan.txt" }).text)
        #expect(text.contains("4.00 staff FTE against 4.14 required, on 10 actual and 2 forecast months"))
        #expect(text.contains("0.83 FTE more in every month from 2025-11 to 2025-12 (2 months), costing 55,556"))
        #expect(text.contains("DKK (at 400,000 DKK per FTE a year)"))
        // plan.csv: the year row, written.
        let csv = try #require(outcome.reports.first { $0.name == "plan.csv" }).text
        #expect(csv.contains("2025,municipality,657,,,,,12,6.33,12.17,4.00,4.14,0.14,55556,"))
        #expect(csv.contains(",fail,actual+forecast\r\n"))
        #expect(csv.hasPrefix("period,scope,municipality,institution_id,institution_name,ownership,district,months,"))
    }

    @Test func danishText() throws {
        let folder = try ExportFolder()
        defer { folder.remove() }
        try WorkedExample.write(to: folder)
        var configuration = NormeringConfig.Configuration()
        configuration.language = .da
        let outcome = try #require(PlanRun(configuration: configuration, workers: 2).run(files: folder.files).value)
        let text = flat(try #require(outcome.reports.first { $0.name == "plan.txt" }).text)
        #expect(text.contains("4,00 personale-FTE mod 4,14 krævet, på 10 faktiske og 2 fremskrevne måneder"))
        #expect(text.contains("0,83 FTE mere i hver måned fra 2025-11 til 2025-12 (2 måneder), til en pris af 55.556 kr."))
        #expect(text.contains("657-101 Børnehuset Mælkebøtten"))
    }
}
