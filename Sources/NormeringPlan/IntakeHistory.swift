import NormeringCore

/// A child that was new in a month, as it is replayed a year later (plan.md § 2, § 6).
public struct Arrival: Hashable, Sendable {
    public var childID: String
    /// The day of the month on which it was first counted.
    public var day: Int
    /// The place of that record.
    public var place: PlaceKind
    public var birthDate: LocalDate

    public init(childID: String, day: Int, place: PlaceKind, birthDate: LocalDate) {
        self.childID = childID
        self.day = day
        self.place = place
        self.birthDate = birthDate
    }
}

/// The actual months' intake, gathered period by period as the import hands them on: which
/// children were new in each month (in m, not in m − 1, same institution and child id, both
/// months in the exports). Only the latest 12 months are kept: a forecast month f replays
/// f − 12, which is never earlier than B − 11.
public struct IntakeHistory: Sendable {
    /// The months in the exports (any file, with or without institutions).
    public private(set) var months: Set<YearMonth> = []
    /// The children new in each month whose previous month is in the exports, by institution.
    public private(set) var newChildren: [YearMonth: [InstitutionKey: [Arrival]]] = [:]
    private var previous: (period: YearMonth, children: [InstitutionKey: Set<String>])?
    /// Months kept behind the latest.
    private let window = 12

    public init() {}

    /// Notes a month that is in the exports (also one without any institution).
    public mutating func note(_ period: YearMonth) {
        months.insert(period)
    }

    /// Adds one month's joined records (every institution of the period, ascending periods).
    public mutating func add(_ institutionMonths: [InstitutionMonth], period: YearMonth) {
        note(period)
        var present: [InstitutionKey: Set<String>] = [:]
        var arrivals: [InstitutionKey: [String: Arrival]] = [:]
        let first = Day.number(period.firstDay)
        let last = Day.number(period.lastDay)
        for month in institutionMonths where month.kind == .daycare && month.hasEnrolment {
            let key = InstitutionKey(month)
            let table = month.table
            let children = table.children
            var ids = Set<String>()
            for child in month.row.children where children.from[child] <= last && children.to[child] >= first {
                let id = table.string(children.id[child])
                ids.insert(id)
                let day = LocalDate(dayNumber: Int(max(children.from[child], first))).day
                let arrival = Arrival(childID: id, day: day, place: children.place[child],
                                      birthDate: LocalDate(dayNumber: Int(children.birthDate[child])))
                if let earlier = arrivals[key]?[id], earlier.day <= day { continue }
                arrivals[key, default: [:]][id] = arrival
            }
            present[key] = ids
        }
        let before = period.adding(months: -1)
        if months.contains(before) {
            let earlier = previous?.period == before ? previous?.children ?? [:] : [:]
            var new: [InstitutionKey: [Arrival]] = [:]
            for (key, children) in arrivals {
                let known = earlier[key] ?? []
                let fresh = children.values.filter { !known.contains($0.childID) }
                    .sorted { $0.childID.codePointPrecedes($1.childID) }
                if !fresh.isEmpty { new[key] = fresh }
            }
            newChildren[period] = new
        }
        previous = (period, present)
        let oldest = period.adding(months: -window)
        for month in newChildren.keys where month < oldest { newChildren[month] = nil }
    }

    /// Whether the default intake of forecast month `f` can be replayed: f − 12 and f − 13
    /// are in the exports, and f − 12 is not after `base`.
    public func source(of f: YearMonth, base: YearMonth) -> PlanIntakeSource {
        let yearBefore = f.adding(months: -12)
        if yearBefore > base { return .forecast(yearBefore) }
        for month in [yearBefore.adding(months: -1), yearBefore] where !months.contains(month) {
            return .missing(month)
        }
        return .replayed(yearBefore)
    }

    /// The children new in `month` at one institution (none when unknown).
    public func arrivals(in month: YearMonth, at institution: InstitutionKey) -> [Arrival] {
        newChildren[month]?[institution] ?? []
    }
}

/// Where a forecast month's default intake comes from.
public enum PlanIntakeSource: Sendable, Hashable {
    /// The children new in this actual month.
    case replayed(YearMonth)
    /// None: this month is not in the exports.
    case missing(YearMonth)
    /// None: this month (f − 12) is a forecast month.
    case forecast(YearMonth)
}
