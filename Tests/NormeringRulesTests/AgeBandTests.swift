import NormeringCore
import NormeringRules
import NormeringTestSupport
import Testing

/// The two ways a rule set decides that a child is over three (rules.md § 1; rulesets.md § 3).
@Suite("Age bands: the month after the 3rd birthday, and August of the 3rd year")
struct AgeBandTests {
    static func date(_ text: String) -> LocalDate {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return LocalDate(year: parts[0], month: parts[1], day: parts[2])!
    }
    static func month(_ text: String) -> YearMonth { YearMonth(text)! }

    @Test("born 31 July and born 1 August: one band change in Norway, two in Denmark")
    func julyAndAugust() {
        let july = Self.date("2023-07-31")
        let august = Self.date("2023-08-01")
        #expect(AgeBand.augustOfThirdYear.firstMonthOver3(birthDate: july) == Self.month("2026-08"))
        #expect(AgeBand.augustOfThirdYear.firstMonthOver3(birthDate: august) == Self.month("2026-08"))
        #expect(AgeBand.monthAfterThirdBirthday.firstMonthOver3(birthDate: july) == Self.month("2026-08"))
        #expect(AgeBand.monthAfterThirdBirthday.firstMonthOver3(birthDate: august) == Self.month("2026-09"))
    }

    @Test("born 29 February: over three from August of the 3rd year in Norway; from April in Denmark")
    func leapDay() {
        let leap = Self.date("2024-02-29")
        #expect(AgeBand.augustOfThirdYear.firstMonthOver3(birthDate: leap) == Self.month("2027-08"))
        // 2027 has no 29 February: the birthday is 1 March, over three from April.
        #expect(AgeBand.monthAfterThirdBirthday.firstMonthOver3(birthDate: leap) == Self.month("2027-04"))
    }

    @Test("any birth date: Norway's change is August of the 3rd year; earlier or later than Denmark's by birth month")
    func property() {
        var random = SeededGenerator(seed: 15)
        for _ in 0..<2000 {
            guard let birth = LocalDate(year: Int.random(in: 1990...2030, using: &random),
                                        month: Int.random(in: 1...12, using: &random),
                                        day: Int.random(in: 1...31, using: &random)) else { continue }
            let norway = AgeBand.augustOfThirdYear.firstMonthOver3(birthDate: birth)
            #expect(norway.year == birth.year + 3 && norway.month == 8)
            let denmark = AgeBand.monthAfterThirdBirthday.firstMonthOver3(birthDate: birth)
            // Denmark: the month after the 3rd birthday, in the 3rd year or the January after.
            #expect(denmark > birth.addingYears(3).yearMonth || denmark == birth.addingYears(3).yearMonth.next)
            // Born January–July: Norway counts the child as under three longer; born August–
            // December: shorter. Born in July: the same month.
            if birth.month == 7 { #expect(norway == denmark) }
            if birth.month < 7 { #expect(norway > denmark) }
            if birth.month > 7 { #expect(norway < denmark) }
        }
    }
}
