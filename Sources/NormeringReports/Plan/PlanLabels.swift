import NormeringCore

/// The words of plan.txt and plan.html in one language; numbers are written as
/// summary.txt writes them (`SummaryLabels`).
struct PlanLabels: Sendable, BilingualLabels {
    var title: String
    var horizon: @Sendable (_ base: String, _ first: String, _ last: String, _ months: Int) -> String
    var part1Title: String
    var testColumns: [String]
    var municipality: @Sendable (_ code: String) -> String
    var testVerdict: @Sendable (_ year: Int, _ who: String, _ test: PlanTest, _ n: PlanNumbers) -> String
    var whatItTakes: @Sendable (_ n: PlanNumbers) -> String
    var nothingMore: String
    var noForecastMonth: String
    var noTest: String
    var resultMeets: String
    var resultFails: String
    var resultNotInForce: String
    var part2Title: String
    var shortfallColumns: [String]
    var noShortfall: String
    var part3Title: String
    var carried: @Sendable (_ base: String) -> String
    var intakeTitle: String
    var intakeReplayed: @Sendable (_ month: String, _ from: String, _ children: Int) -> String
    var intakeMissing: @Sendable (_ month: String, _ missing: String) -> String
    var intakeForecast: @Sendable (_ month: String, _ from: String) -> String
    var intakeReplaced: @Sendable (_ institutions: Int) -> String
    var noScenario: String
    var scenarioTitle: @Sendable (_ file: String) -> String
    var change: @Sendable (_ change: PlanChange, _ hours: String) -> String
    var schoolStart: @Sendable (_ lastMonth: String, _ firstMonth: String) -> String
    var cost: @Sendable (_ year: Int, _ amount: String, _ source: String?) -> String
    var notProjectedTitle: String
    var notProjected: @Sendable (_ institution: String, _ reason: PlanExclusion.Reason) -> String
    var otherKinds: @Sendable (_ count: Int) -> String
    var monthName: @Sendable (_ month: Int) -> String
}

/// The figures of one annual test, written in the report's language.
struct PlanNumbers: Sendable {
    var staff: String
    var required: String
    var actualMonths: Int
    var forecastMonths: Int
    var extraFTE: String
    var extraCost: String
    var costPerFTE: String
    var from: String
    var to: String
}

extension PlanLabels {
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]
    static let danishMonths = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                               "oktober", "november", "december"]

    static let english = PlanLabels(
        title: "normering plan — forecast of the minimum staffing (minimumsnormering)",
        horizon: { base, first, last, months in
            "Base month \(base) (the latest month in the exports); forecast \(first) to \(last) (\(months) "
                + (months == 1 ? "month)." : "months).")
        },
        part1Title: "1. THE ANNUAL TEST, FORECAST, AND WHAT IT TAKES",
        testColumns: ["Year", "Test", "Actual", "Forecast", "Staff", "Required", "Result", "Extra FTE", "Cost DKK"],
        municipality: { "Municipality \($0)" },
        testVerdict: { year, who, test, n in
            let kind = test.severity == .legal ? "legal requirement" : test.severity == .target ? "local target"
                : "for information"
            let basis = "on \(n.actualMonths) actual and \(n.forecastMonths) forecast months"
            switch test.status {
            case .fail:
                return "\(year): \(who) is forecast NOT to meet the minimum staffing (\(kind), \(test.source)): "
                    + "\(n.staff) staff FTE against \(n.required) required, \(basis)."
            case .notInForce:
                return "\(year): \(who): the minimum staffing is not in force; for information: \(n.staff) staff FTE "
                    + "against \(n.required) required, \(basis)."
            case .pass, .info:
                return "\(year): \(who) is forecast to meet the minimum staffing (\(kind), \(test.source)): "
                    + "\(n.staff) staff FTE against \(n.required) required, \(basis)."
            }
        },
        whatItTakes: { n in
            "What it takes: \(n.extraFTE) FTE more in every month from \(n.from) to \(n.to) (\(n.forecastMonths) "
                + (n.forecastMonths == 1 ? "month" : "months") + "), costing \(n.extraCost) DKK "
                + "(at \(n.costPerFTE) DKK per FTE a year)."
        },
        nothingMore: "What it takes: nothing more; the forecast meets the test.",
        noForecastMonth: "What it takes: no forecast month falls in this year to add staff in.",
        noTest: "No annual test: no daycare institution with both staffing and enrolment data.",
        resultMeets: "meets",
        resultFails: "does NOT meet",
        resultNotInForce: "not in force",
        part2Title: "2. INSTITUTIONS BELOW THE MINIMUM IN A FORECAST MONTH (worst first)",
        shortfallColumns: ["Year", "Institution", "First month below", "FTE needed", "Months below"],
        noShortfall: "No institution is below the minimum staffing in any forecast month.",
        part3Title: "3. ASSUMPTIONS",
        carried: { base in
            "Carried forward from \(base): every employee and leave open on its last day until its own end date "
                + "(same hours, role, education, funding); every child until its own end date or school start; "
                + "the age band moves by itself (under three until the 1st of the month after the third birthday)."
        },
        intakeTitle: "Intake (by default last year's: the children new a year earlier arrive again, born a year later):",
        intakeReplayed: { month, from, children in
            "\(month): \(children) " + (children == 1 ? "child" : "children") + ", replaying \(from)"
        },
        intakeMissing: { month, missing in "\(month): no default intake: \(missing) is not in the exports" },
        intakeForecast: { month, from in "\(month): no default intake: \(from) is itself a forecast month" },
        intakeReplaced: { count in
            "; the scenario sets the intake of \(count) " + (count == 1 ? "institution" : "institutions")
        },
        noScenario: "Scenario: none.",
        scenarioTitle: { "Scenario (\($0)):" },
        change: { change, hours in
            switch change {
            case .intake(let institution, let month, let children, let born):
                return "intake at \(institution) in \(month): \(children) " + (children == 1 ? "child" : "children")
                    + " born \(born), instead of the default intake"
            case .hire(let institution, let from, let count, _, let role, let education):
                return "hire at \(institution) from \(from): \(count) × \(hours) hours a week, \(role.rawValue), "
                    + education.rawValue
            case .leave(let institution, let employee, let from):
                return "employee \(employee) of \(institution) stops: last day \(LocalDate(dayNumber: from.dayNumber - 1))"
            case .upskill(let institution, let employee, let from, let education):
                return "employee \(employee) of \(institution) is \(education.rawValue) from \(from)"
            }
        },
        schoolStart: { last, first in
            "School start: a child leaves daycare after the last day of \(last) of the year in which it turns 6 "
                + "(first month at school: \(first))."
        },
        cost: { year, amount, source in
            "Cost per FTE \(year): \(amount) DKK a year (" + (source.map { "from \($0)" } ?? "built-in") + ")."
        },
        notProjectedTitle: "Not projected (no forecast months; their actual months are in the figures):",
        notProjected: { institution, reason in
            switch reason {
            case .noStaffing: return "\(institution): no staffing data in the base month"
            case .noEnrolment: return "\(institution): no enrolment data in the base month"
            case .notInBase(let last): return "\(institution): not in the base month (last month \(last))"
            }
        },
        otherKinds: { count in
            "\(count) " + (count == 1 ? "institution" : "institutions")
                + " of other kinds (schools, SFOs, family daycare) in the base month: not projected."
        },
        monthName: { englishMonths[max(0, min(11, $0 - 1))] }
    )

    static let danish = PlanLabels(
        title: "normering plan — prognose for minimumsnormeringen",
        horizon: { base, first, last, months in
            "Basismåned \(base) (den seneste måned i eksporterne); prognose \(first) til \(last) (\(months) "
                + (months == 1 ? "måned)." : "måneder).")
        },
        part1Title: "1. ÅRETS TEST, PROGNOSE, OG HVAD DER SKAL TIL",
        testColumns: ["År", "Test", "Faktiske", "Prognose", "Personale", "Krævet", "Resultat", "Ekstra FTE",
                      "Pris kr."],
        municipality: { "Kommune \($0)" },
        testVerdict: { year, who, test, n in
            let kind = test.severity == .legal ? "lovkrav" : test.severity == .target ? "lokalt mål" : "til orientering"
            let basis = "på \(n.actualMonths) faktiske og \(n.forecastMonths) fremskrevne måneder"
            switch test.status {
            case .fail:
                return "\(year): \(who) forventes IKKE at overholde minimumsnormeringen (\(kind), \(test.source)): "
                    + "\(n.staff) personale-FTE mod \(n.required) krævet, \(basis)."
            case .notInForce:
                return "\(year): \(who): minimumsnormeringen gælder ikke; til orientering: \(n.staff) personale-FTE "
                    + "mod \(n.required) krævet, \(basis)."
            case .pass, .info:
                return "\(year): \(who) forventes at overholde minimumsnormeringen (\(kind), \(test.source)): "
                    + "\(n.staff) personale-FTE mod \(n.required) krævet, \(basis)."
            }
        },
        whatItTakes: { n in
            "Hvad der skal til: \(n.extraFTE) FTE mere i hver måned fra \(n.from) til \(n.to) (\(n.forecastMonths) "
                + (n.forecastMonths == 1 ? "måned" : "måneder") + "), til en pris af \(n.extraCost) kr. "
                + "(med \(n.costPerFTE) kr. pr. FTE om året)."
        },
        nothingMore: "Hvad der skal til: intet; prognosen overholder testen.",
        noForecastMonth: "Hvad der skal til: ingen fremskreven måned i året at tilføje personale i.",
        noTest: "Ingen årstest: ingen daginstitution med både personale- og indskrivningsdata.",
        resultMeets: "overholder",
        resultFails: "overholder IKKE",
        resultNotInForce: "gælder ikke",
        part2Title: "2. INSTITUTIONER UNDER MINIMUM I EN FREMSKREVEN MÅNED (værst først)",
        shortfallColumns: ["År", "Institution", "Første måned under", "FTE der mangler", "Måneder under"],
        noShortfall: "Ingen institution er under minimumsnormeringen i nogen fremskreven måned.",
        part3Title: "3. FORUDSÆTNINGER",
        carried: { base in
            "Videreført fra \(base): alle ansatte og orlov, der løber på månedens sidste dag, til deres egen slutdato "
                + "(samme timer, rolle, uddannelse, finansiering); alle børn til deres egen slutdato eller skolestart; "
                + "aldersgruppen skifter af sig selv (under tre indtil den 1. i måneden efter treårsdagen)."
        },
        intakeTitle: "Optag (som standard sidste års: børnene, der var nye et år før, kommer igen, født et år senere):",
        intakeReplayed: { month, from, children in
            "\(month): \(children) " + (children == 1 ? "barn" : "børn") + ", som i \(from)"
        },
        intakeMissing: { month, missing in "\(month): intet standardoptag: \(missing) er ikke i eksporterne" },
        intakeForecast: { month, from in "\(month): intet standardoptag: \(from) er selv en fremskreven måned" },
        intakeReplaced: { count in
            "; scenariet fastsætter optaget for \(count) " + (count == 1 ? "institution" : "institutioner")
        },
        noScenario: "Scenarie: intet.",
        scenarioTitle: { "Scenarie (\($0)):" },
        change: { change, hours in
            switch change {
            case .intake(let institution, let month, let children, let born):
                return "optag i \(institution) i \(month): \(children) " + (children == 1 ? "barn" : "børn")
                    + " født \(born), i stedet for standardoptaget"
            case .hire(let institution, let from, let count, _, let role, let education):
                return "ansættelse i \(institution) fra \(from): \(count) × \(hours) timer om ugen, \(role.rawValue), "
                    + education.rawValue
            case .leave(let institution, let employee, let from):
                return "medarbejder \(employee) i \(institution) stopper: sidste dag "
                    + "\(LocalDate(dayNumber: from.dayNumber - 1))"
            case .upskill(let institution, let employee, let from, let education):
                return "medarbejder \(employee) i \(institution) er \(education.rawValue) fra \(from)"
            }
        },
        schoolStart: { last, first in
            "Skolestart: et barn forlader dagtilbuddet efter den sidste dag i \(last) i det år, det fylder 6 "
                + "(første måned i skole: \(first))."
        },
        cost: { year, amount, source in
            "Pris pr. FTE \(year): \(amount) kr. om året (" + (source.map { "fra \($0)" } ?? "indbygget") + ")."
        },
        notProjectedTitle: "Ikke fremskrevet (ingen prognosemåneder; deres faktiske måneder indgår i tallene):",
        notProjected: { institution, reason in
            switch reason {
            case .noStaffing: return "\(institution): ingen personaledata i basismåneden"
            case .noEnrolment: return "\(institution): ingen indskrivningsdata i basismåneden"
            case .notInBase(let last): return "\(institution): ikke i basismåneden (seneste måned \(last))"
            }
        },
        otherKinds: { count in
            "\(count) " + (count == 1 ? "institution" : "institutioner")
                + " af andre slags (skoler, SFO'er, dagpleje) i basismåneden: ikke fremskrevet."
        },
        monthName: { danishMonths[max(0, min(11, $0 - 1))] }
    )
}
