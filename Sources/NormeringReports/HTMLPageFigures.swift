import NormeringCore

/// What report.html shows beyond summary.txt, taken from normering.csv's rows of a run:
/// the municipalities month by month, the districts and the institutions with their trends.
/// Every figure is one of normering.csv's rows, or a sum of them.
struct HTMLPageFigures: Sendable {
    /// One municipality's year: its months and its year row.
    struct MunicipalYear: Sendable {
        var municipality: String
        var year: Int
        var months: [NormeringRow]
        var total: NormeringRow?
    }

    /// One district of a municipality in a year.
    struct District: Sendable {
        var municipality: String
        var name: String
        var institutions = 0
        var below = 0
        var staff = 0.0
        var required = 0.0
        /// Staff minus required: below zero when the district falls short.
        var margin: Double { staff - required }
    }

    /// One daycare institution in a year: its year row, its months and its year before.
    struct Institution: Sendable {
        var total: NormeringRow
        var months: [NormeringRow]
        var yearBefore: NormeringRow?
    }

    var municipalYears: [MunicipalYear] = []
    /// Districts by year, in municipality and district order.
    var districts: [Int: [District]] = [:]
    /// The latest year's institutions, worst first.
    var institutions: [Institution] = []
    var latestYear: Int?

    init(_ normering: [NormeringRow]) {
        var months: [String: [Int: [NormeringRow]]] = [:]
        var totals: [String: [Int: NormeringRow]] = [:]
        var institutionYears: [InstitutionKey: NormeringRow] = [:]
        var institutionMonths: [InstitutionKey: [NormeringRow]] = [:]
        for row in normering {
            let year = row.period.year
            switch (row.scope, row.period.isYear) {
            case (.municipality, false): months[row.municipality, default: [:]][year, default: []].append(row)
            case (.municipality, true): if totals[row.municipality]?[year] == nil { totals[row.municipality, default: [:]][year] = row }
            case (_, true): institutionYears[InstitutionKey(row, year: year)] = row
            case (_, false): institutionMonths[InstitutionKey(row, year: year), default: []].append(row)
            }
        }
        let municipalities = Set(months.keys).union(totals.keys).sorted { $0.codePointPrecedes($1) }
        for municipality in municipalities {
            let years = Set((months[municipality] ?? [:]).keys).union((totals[municipality] ?? [:]).keys).sorted()
            for year in years {
                municipalYears.append(MunicipalYear(municipality: municipality, year: year,
                                                    months: months[municipality]?[year] ?? [],
                                                    total: totals[municipality]?[year]))
            }
        }
        var byDistrict: [Int: [DistrictKey: District]] = [:]
        for (key, row) in institutionYears where row.ownership?.isInMunicipalFigure ?? false {
            let districtKey = DistrictKey(municipality: row.municipality, name: row.district)
            var district = byDistrict[key.year]?[districtKey] ?? District(municipality: row.municipality, name: row.district)
            district.institutions += 1
            district.staff += row.staff
            district.required += row.required
            if row.status == .fail { district.below += 1 }
            byDistrict[key.year, default: [:]][districtKey] = district
        }
        districts = byDistrict.mapValues { table in
            table.values.sorted { a, b in
                a.municipality != b.municipality ? a.municipality.codePointPrecedes(b.municipality)
                    : a.name.codePointPrecedes(b.name)
            }
        }
        latestYear = institutionYears.keys.map(\.year).max()
        guard let latestYear else { return }
        institutions = institutionYears.filter { $0.key.year == latestYear }.map { key, total in
            var before = key
            before.year -= 1
            return Institution(total: total, months: institutionMonths[key] ?? [], yearBefore: institutionYears[before])
        }.sorted(by: Self.worseFirst)
    }

    /// Worst first: the largest gap, then the smallest staff against required, then id and
    /// municipality in code-point order.
    static func worseFirst(_ a: Institution, _ b: Institution) -> Bool {
        let x = a.total, y = b.total
        if x.gapFTE != y.gapFTE { return x.gapFTE > y.gapFTE }
        let marginA = x.staff - x.required, marginB = y.staff - y.required
        if marginA != marginB { return marginA < marginB }
        if x.institutionID != y.institutionID { return x.institutionID.codePointPrecedes(y.institutionID) }
        return x.municipality.codePointPrecedes(y.municipality)
    }

    private struct InstitutionKey: Hashable {
        var municipality: String
        var id: String
        var year: Int

        init(_ row: NormeringRow, year: Int) {
            municipality = row.municipality
            id = row.institutionID
            self.year = year
        }
    }

    private struct DistrictKey: Hashable {
        var municipality: String
        var name: String
    }
}
