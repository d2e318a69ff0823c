/// How a place (slot) is used over time: which ages enter and when children leave.
enum SlotPattern: Sendable {
    /// 0–5 years: enters at about one, leaves for school in the year it turns six.
    case integrated
    /// 0–2 years: enters at about one, moves on before turning three.
    case nursery
    /// 3–5 years: enters at about three, leaves for school.
    case kindergarten
    /// A childminder's place: as `nursery`.
    case familyDaycare

    init(_ layout: DaycareLayout) {
        switch layout {
        case .integrated: self = .integrated
        case .nursery: self = .nursery
        case .kindergarten: self = .kindergarten
        }
    }

    /// Age in days at enrolment.
    var entryAge: ClosedRange<Int> {
        switch self {
        case .integrated, .nursery, .familyDaycare: return 270...420
        case .kindergarten: return 1030...1120
        }
    }

    /// A typical stay in days (for spreading the first children over the past).
    var typicalStay: Int {
        switch self {
        case .integrated: return 1850
        case .nursery, .familyDaycare: return 700
        case .kindergarten: return 1100
        }
    }
}

/// One child's stay in one place: a record of the enrolment when it touches the month.
struct ChildStay {
    /// Slot number (0-based) and generation: together the child's id in its institution.
    var slot: Int
    var generation: Int
    var birth: Int
    var from: Int
    var to: Int
    var partTime: Bool
    /// 0: birth date only; 1: CPR number only; 2: both.
    var cprMode: Int
    /// The last four digits of the CPR number, and whether it is written with a dash.
    var cprSerial: Int
    var cprDash: Bool
}

/// The succession of children in one place, derived from the seed alone: each child
/// enrols, stays, leaves (for school, for kindergarten, or moving away), and the next
/// one starts after a gap. Walking the chain from the start of the run gives any month's
/// children without generating the months before it.
struct ChildSlotChain {
    let seed: UInt64
    let institutionKey: UInt64
    let slot: Int
    let pattern: SlotPattern
    /// Leave on 31 March (early SFO) instead of 31 July in the year of turning six.
    let leavesInSpring: Bool
    /// The first day of the run.
    let horizonStart: Int
    /// A pinned birth date for the first child (children turning three mid-year).
    let pinnedBirth: Int?

    /// The stays of this place that touch the days `first...last`, in order.
    func stays(touching first: Int, _ last: Int, into result: inout [ChildStay]) {
        var start = SplitMix64(seed, Stream.childSlot, institutionKey, UInt64(slot))
        var from = horizonStart - start.int(0, pattern.typicalStay)
        var generation = 0
        while generation < 100 {
            var r = SplitMix64(seed, Stream.child, institutionKey, UInt64(slot), UInt64(generation))
            var birth = from - r.int(pattern.entryAge.lowerBound, pattern.entryAge.upperBound)
            if generation == 0, let pinnedBirth {
                birth = pinnedBirth
                from = birth + r.int(pattern.entryAge.lowerBound, pattern.entryAge.upperBound)
            }
            let natural: Int
            switch pattern {
            case .integrated, .kindergarten:
                let schoolYear = Civil.ymd(birth).year + 6
                natural = leavesInSpring ? Civil.day(schoolYear, 3, 31) : Civil.day(schoolYear, 7, 31)
            case .nursery, .familyDaycare:
                natural = Civil.endOfMonth(birth + r.int(1020, 1090))
            }
            var to = max(natural, from + 30)
            if pinnedBirth == nil || generation > 0, r.chance(0.06) {
                // Moves away before the natural end.
                to = from + r.int(60, max(60, to - from))
            }
            let partTime = r.chance(0.06)
            let modeDraw = r.unit()
            let cprMode = modeDraw < 0.05 ? 1 : (modeDraw < 0.08 ? 2 : 0)
            let serial = CPR.serial(birthYear: Civil.ymd(birth).year, draw: &r)
            let dash = r.chance(0.5)
            if from > last { return }
            if to >= first {
                result.append(ChildStay(
                    slot: slot, generation: generation, birth: birth, from: from, to: to,
                    partTime: partTime, cprMode: cprMode, cprSerial: serial, cprDash: dash
                ))
            }
            var next = to + 1 + r.int(0, 45)
            if r.chance(0.6) { next = Civil.firstOfMonth(onOrAfter: next) }
            from = next
            generation += 1
        }
    }
}

/// Fictional CPR numbers (DDMMYY-SSSS) whose date is the child's birth date.
enum CPR {
    /// Four digits whose first gives the century of `birthYear` (export-format.md) and
    /// which fail the old modulus-11 check: they could not have been issued before 2007.
    static func serial(birthYear: Int, draw r: inout SplitMix64) -> Int {
        let century: Int
        switch birthYear {
        case 2000...2036: century = r.chance(0.5) ? 4 : 9
        case 2037...2057: century = 5 + r.below(4)
        case 1900...1999: century = r.below(4)
        default: century = 5 + r.below(4)  // 1858–1899
        }
        return century * 1000 + r.below(1000)
    }

    /// The ten digits of a CPR number for a birth date and serial, adjusted so that the
    /// modulus-11 check fails (a sign that the number is made up).
    static func digits(birth: Int, serial: Int) -> [Int] {
        let (y, m, d) = Civil.ymd(birth)
        var digits = [d / 10, d % 10, m / 10, m % 10, (y % 100) / 10, y % 10,
                      serial / 1000, (serial / 100) % 10, (serial / 10) % 10, serial % 10]
        let weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
        var sum = 0
        for i in 0..<10 { sum += digits[i] * weights[i] }
        if sum % 11 == 0 { digits[9] = (digits[9] + 1) % 10 }
        return digits
    }
}
