import NormeringCore

/// The kinds of post an institution plans; each post is held by a succession of people.
enum PostKind: Sendable {
    case manager
    case pedagogical
    case support
    /// A pedagogical post paid by the state pool for social normering.
    case statePool
    /// A student on placement: a new one every semester (February–July, August–January).
    case student
    /// A childminder (dagplejer): one person over the whole run.
    case minder
    /// A teacher: people change at the start of a school year (1 August).
    case teacher

    var role: Role {
        switch self {
        case .manager: return .manager
        case .pedagogical, .statePool, .minder: return .pedagogical
        case .support: return .support
        case .student: return .student
        case .teacher: return .teacher
        }
    }
}

/// One person's time in a post.
struct Holder {
    var generation: Int
    var from: Int
    var to: Int
}

/// What a holder brings and what happens to them, drawn once per holder.
struct HolderProfile {
    var education: Education
    var hours: Int
    var group: AgeGroup?
    /// The day new hours start, and the new hours (a change of contract).
    var hoursChange: Int?
    var newHours: Int
    var longLeaves: [LeaveSpan] = []
    /// A substitute (barselsvikar) covering the maternity and parental leave.
    var substitute: (from: Int, to: Int, education: Education)?
}

/// The staff plan of one institution: everything needed to derive any month's employees.
struct StaffContext {
    let seed: UInt64
    let institutionKey: UInt64
    let horizonStart: Int
    let horizonEnd: Int
    let trainedShare: Double
    let usesGroups: Bool
    let nurseryShare: Double

    static let hourChoices = [370, 320, 300, 340, 285, 250]
    static let hourWeights = [50, 15, 14, 10, 5, 6]

    // MARK: Holders

    /// The holders of a post whose time touches `first...last`.
    func holders(post: Int, kind: PostKind, first: Int, last: Int, into result: inout [Holder]) {
        switch kind {
        case .student:
            // Semesters: February–July and August–January; now and then no student.
            var day = first
            while day <= last {
                let (y, m, _) = Civil.ymd(day)
                let semester = m >= 8 ? y * 2 + 1 : (m == 1 ? (y - 1) * 2 + 1 : y * 2)
                let startYear = semester / 2
                let from = semester % 2 == 1 ? Civil.day(startYear, 8, 1) : Civil.day(startYear, 2, 1)
                let to = semester % 2 == 1 ? Civil.day(startYear + 1, 1, 31) : Civil.day(startYear, 7, 31)
                var r = SplitMix64(seed, Stream.holder, institutionKey, UInt64(post), UInt64(semester))
                if r.chance(0.8) { result.append(Holder(generation: semester % 100, from: from, to: to)) }
                day = to + 1
            }
        case .minder:
            var r = SplitMix64(seed, Stream.post, institutionKey, UInt64(post))
            result.append(Holder(generation: 0, from: horizonStart - r.int(200, 20 * 365), to: Int.max))
        case .teacher:
            // School years; the first holder began up to 15 years before the run.
            var r0 = SplitMix64(seed, Stream.post, institutionKey, UInt64(post))
            let (y, m, _) = Civil.ymd(horizonStart)
            var startYear = (m >= 8 ? y : y - 1) - r0.int(0, 15)
            for generation in 0..<200 {
                var r = SplitMix64(seed, Stream.holder, institutionKey, UInt64(post), UInt64(generation))
                let years = r.int(1, 14)
                let from = Civil.day(startYear, 8, 1)
                let to = Civil.day(startYear + years, 7, 31)
                if from > last { return }
                if to >= first { result.append(Holder(generation: generation, from: from, to: to)) }
                startYear += years
            }
        case .manager, .pedagogical, .support, .statePool:
            var r0 = SplitMix64(seed, Stream.post, institutionKey, UInt64(post))
            let longest = kind == .manager ? 20 * 365 : 12 * 365
            var from = horizonStart - r0.int(30, longest)
            for generation in 0..<200 {
                var r = SplitMix64(seed, Stream.holder, institutionKey, UInt64(post), UInt64(generation))
                let tenure = kind == .manager ? r.int(5 * 365, 25 * 365) : r.int(300, 14 * 365)
                let to = Civil.endOfMonth(from + tenure)
                if from > last { return }
                if to >= first { result.append(Holder(generation: generation, from: from, to: to)) }
                var next = to + 1
                if kind != .manager {
                    next += r.int(0, 30)
                    if r.chance(0.5) { next = Civil.firstOfMonth(onOrAfter: next) }
                }
                from = next
            }
        }
    }

    // MARK: Profiles

    /// Whether a pedagogical post is planned for trained staff: the posts are spread
    /// evenly (golden-ratio steps), so the institution's share stays near `trainedShare`.
    func isTrainedPost(_ post: Int) -> Bool {
        let offset = Double(SplitMix64.mix(institutionKey ^ seed) >> 11) * 0x1p-53
        let position = (Double(post) * 0.618_033_988_749_895 + offset).truncatingRemainder(dividingBy: 1)
        return position < trainedShare
    }

    /// A new holder's education: as the post plans it, now and then not.
    func education(post: Int, _ r: inout SplitMix64) -> Education {
        var trained = isTrainedPost(post)
        if r.chance(0.03) { trained.toggle() }
        if trained { return r.chance(0.8) ? .pedagogue : .assistant }
        return r.chance(0.15) ? .otherPedagogical : .untrained
    }

    func hours(_ r: inout SplitMix64) -> Int {
        StaffContext.hourChoices[r.weighted(StaffContext.hourWeights)]
    }

    func profile(post: Int, kind: PostKind, holder: Holder) -> HolderProfile {
        var r = SplitMix64(seed, Stream.holderEvents, institutionKey, UInt64(post), UInt64(holder.generation))
        var profile: HolderProfile
        switch kind {
        case .manager:
            profile = HolderProfile(education: .pedagogue, hours: 370, newHours: 370)
        case .support:
            let education: Education = r.chance(0.9) ? .pedagogue : .otherPedagogical
            profile = HolderProfile(education: education, hours: hours(&r), newHours: 0)
        case .pedagogical, .statePool:
            profile = HolderProfile(education: education(post: post, &r), hours: hours(&r), newHours: 0)
        case .student:
            profile = HolderProfile(education: .untrained, hours: 325, newHours: 325)
        case .minder:
            let education: Education = [.untrained, .assistant, .otherPedagogical, .pedagogue][r.weighted([45, 30, 20, 5])]
            profile = HolderProfile(education: education, hours: 480, newHours: 480)
        case .teacher:
            let education: Education = [.teacher, .pedagogue, .untrained][r.weighted([86, 6, 8])]
            let hours = [370, 320, 300, 250][r.weighted([75, 10, 10, 5])]
            profile = HolderProfile(education: education, hours: hours, newHours: hours)
        }
        profile.newHours = profile.hours
        if usesGroups, kind == .pedagogical || kind == .support || kind == .statePool, r.chance(0.8) {
            profile.group = r.chance(nurseryShare) ? .nursery : .kindergarten
        }
        let visibleFrom = max(holder.from, horizonStart - 400)
        let visibleTo = min(holder.to, horizonEnd)
        // A change of weekly hours, mostly on the 15th: two segments in that month.
        if kind == .pedagogical || kind == .support, r.chance(0.10), visibleTo - visibleFrom > 120 {
            let day = visibleFrom + 60 + r.below(visibleTo - visibleFrom - 60)
            let (y, m, _) = Civil.ymd(day)
            let change = r.chance(0.85) ? Civil.day(y, m, 15) : Civil.day(y, m, 1)
            var newHours = hours(&r)
            if newHours == profile.hours { newHours = profile.hours == 370 ? 320 : 370 }
            if change > holder.from && change <= holder.to {
                profile.hoursChange = change
                profile.newHours = newHours
            }
        }
        // Maternity (18 weeks) then parental leave (32 weeks), covered by a substitute.
        let maternityChance: Double
        switch kind {
        case .manager: maternityChance = 0.03
        case .pedagogical, .support, .statePool, .teacher: maternityChance = 0.10
        case .minder, .student: maternityChance = 0
        }
        if r.chance(maternityChance) {
            let earliest = max(holder.from + 60, horizonStart - 330)
            let latest = min(holder.to - 30, horizonEnd)
            if latest > earliest {
                let start = earliest + r.below(latest - earliest)
                let maternityEnd = min(start + 125, holder.to)
                profile.longLeaves.append(LeaveSpan(kind: .maternity, from: start, to: maternityEnd))
                var end = maternityEnd
                if start + 126 <= holder.to {
                    end = min(start + 126 + 223, holder.to)
                    profile.longLeaves.append(LeaveSpan(kind: .parental, from: start + 126, to: end))
                }
                let substituteFrom = start + r.int(0, 14)
                let trained = profile.education == .pedagogue || profile.education == .assistant
                let weights = kind == .teacher ? [40, 0, 10, 50] : (trained ? [30, 30, 40, 0] : [70, 30, 0, 0])
                let education: Education = [.untrained, .assistant, .pedagogue, .teacher][r.weighted(weights)]
                if substituteFrom <= end { profile.substitute = (substituteFrom, end, education) }
            }
        }
        // A month of unpaid leave (orlov) now and then.
        if kind == .pedagogical || kind == .teacher, profile.longLeaves.isEmpty, r.chance(0.03),
           visibleTo - visibleFrom > 60 {
            let day = visibleFrom + r.below(visibleTo - visibleFrom)
            let (y, m, _) = Civil.ymd(day)
            let from = max(Civil.day(y, m, 1), holder.from)
            let to = min(Civil.endOfMonth(from), holder.to)
            if from <= to { profile.longLeaves.append(LeaveSpan(kind: .unpaid, from: from, to: to)) }
        }
        return profile
    }

    // MARK: Monthly leave

    /// Sickness and holidays of one holder in one month, inside the employment and the month.
    func monthlyLeaves(post: Int, holder: Holder, period: Period, into result: inout [LeaveSpan]) {
        var r = SplitMix64(seed, Stream.monthlyLeave, institutionKey, UInt64(post) << 8 | UInt64(holder.generation & 0xFF), period.key)
        let lower = max(period.first, holder.from)
        let upper = min(period.last, holder.to)
        guard lower <= upper else { return }
        let days = period.dayCount
        var vacation: (Int, Int)?
        switch period.month {
        case 7 where r.chance(0.85):
            let start = period.first + r.int(0, 13)
            vacation = (start, start + 20)
        case 10 where r.chance(0.25), 2 where r.chance(0.25):
            let start = period.first + r.int(7, 14)
            vacation = (start, start + 6)
        case 12 where r.chance(0.35):
            vacation = (period.first + 21, period.last)
        default:
            if r.chance(0.05) {
                let start = period.first + r.int(0, days - 5)
                vacation = (start, start + r.int(2, 4))
            }
        }
        var sick: (Int, Int)?
        if r.chance(0.015) {
            let start = period.first + r.below(days)
            sick = (start, start + r.int(9, 40))
        } else if r.chance(0.14) {
            let start = period.first + r.below(days)
            sick = (start, start + r.int(0, 3))
        }
        var spans: [LeaveSpan] = []
        if let (a, b) = sick {
            let from = max(a, lower), to = min(b, upper)
            if from <= to { spans.append(LeaveSpan(kind: .sick, from: from, to: to)) }
        }
        if let (a, b) = vacation {
            let from = max(a, lower), to = min(b, upper)
            let clash = spans.contains { $0.from <= to && $0.to >= from }
            if from <= to && !clash { spans.append(LeaveSpan(kind: .vacation, from: from, to: to)) }
        }
        spans.sort { $0.from < $1.from }
        result.append(contentsOf: spans)
    }
}
