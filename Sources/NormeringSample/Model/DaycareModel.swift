import NormeringCore

/// A daycare institution's month: its staff posts and its places, derived from the seed.
struct DaycareModel {
    let seed: UInt64
    let institution: DaycareInstitution
    let horizonStart: Int
    let horizonEnd: Int

    /// The share of children under three a place pattern gives, at steady state.
    var underThreeShare: Double {
        switch institution.layout {
        case .integrated: return 0.41
        case .nursery: return 1.0
        case .kindergarten: return 0.02
        }
    }

    var staff: StaffContext {
        let u = underThreeShare
        // Staff split between the groups in proportion to the staff each needs.
        let nurseryShare = (u / 3) / (u / 3 + (1 - u) / 6)
        // The manager and support staff are trained: the pedagogical posts make up the rest.
        let kinds = posts
        let fixed = Double(kinds.filter { $0 == .manager || $0 == .support }.count)
        let open = Double(kinds.filter { $0 == .pedagogical || $0 == .statePool }.count)
        let share = open > 0 ? (institution.trainedShare * (open + fixed) - fixed) / open : 1
        return StaffContext(
            seed: seed, institutionKey: institution.key, horizonStart: horizonStart, horizonEnd: horizonEnd,
            trainedShare: min(1, max(0, share)), usesGroups: institution.usesGroups, nurseryShare: nurseryShare
        )
    }

    /// The posts: manager, support, pedagogical posts enough for the planned staffing
    /// factor at full occupancy, state-pool posts, students.
    var posts: [PostKind] {
        // Plan for the spring peak of under-threes in integrated institutions (the
        // six-year-olds leave together and one-year-olds take their places).
        let u: Double
        switch institution.layout {
        case .integrated: u = institution.leavesInSpring ? 0.55 : 0.5
        case .nursery: u = 1
        case .kindergarten: u = 0.06  // new children of 2 years 10 months count as under three
        }
        let children = Double(institution.places) * 0.97
        let required = children * u / 3 + children * (1 - u) / 6
        let target = required * institution.staffingFactor
        let meanHours = 0.914  // the mean of StaffContext.hourChoices, over 37
        let base = 0.85 + Double(institution.supportPosts) * meanHours + Double(institution.studentPosts) * 0.44
        let pedagogical = max(1, Int(((target - base) / meanHours).rounded(.up)))
        var result: [PostKind] = [.manager]
        result += Array(repeating: .support, count: institution.supportPosts)
        result += Array(repeating: .pedagogical, count: pedagogical)
        result += Array(repeating: .statePool, count: institution.statePoolPosts)
        result += Array(repeating: .student, count: institution.studentPosts)
        return result
    }

    /// The month's employees, in post order, then the area manager and short substitutes.
    func employees(period: Period) -> [EmployeeRecord] {
        let context = staff
        var records: [EmployeeRecord] = []
        for (post, kind) in posts.enumerated() {
            context.appendRecords(
                post: post, kind: kind, period: period,
                id: { RecordID(kind == .student ? "S" : "E", post + 1, 3, $0.generation, 2) },
                substituteID: { RecordID("VB", post + 1, 3, $0.generation, 2) },
                into: &records
            )
        }
        if institution.hasAreaManager {
            records.append(EmployeeRecord(
                id: RecordID("OL", institution.index / 8 + 1, 3), role: .areaManager,
                education: .pedagogue, hours: 370
            ))
        }
        context.shortSubstitutes(period: period, upTo: institution.staffingFactor < 1 ? 1 : 2, into: &records)
        return records
    }

    /// The month's children: every place's stays that touch the month.
    func children(period: Period) -> [ChildStay] {
        var result: [ChildStay] = []
        result.reserveCapacity(institution.places + 8)
        let pattern = SlotPattern(institution.layout)
        for slot in 0..<institution.places {
            var pinned: Int?
            if institution.layout == .integrated && slot < 2 {
                // Two children who turn three during the run: born on the 1st and the 15th.
                let (y, m, _) = Civil.ymd(horizonStart)
                let monthStart = Civil.monthStart(y - 3, m, plus: 2 + institution.index % 6 + slot * 3)
                pinned = slot == 0 ? monthStart : monthStart + 14
            }
            let chain = ChildSlotChain(
                seed: seed, institutionKey: institution.key, slot: slot, pattern: pattern,
                leavesInSpring: institution.leavesInSpring, horizonStart: horizonStart, pinnedBirth: pinned
            )
            chain.stays(touching: period.first, period.last, into: &result)
        }
        return result
    }
}

/// A family daycare's month: childminders with four or five places each.
struct FamilyDaycareModel {
    let seed: UInt64
    let institution: FamilyDaycare
    let horizonStart: Int
    let horizonEnd: Int
    /// The run's month index in which one childminder has six children for a few days.
    let overfullMonth: Int

    var staff: StaffContext {
        StaffContext(
            seed: seed, institutionKey: institution.key, horizonStart: horizonStart, horizonEnd: horizonEnd,
            trainedShare: 0.5, usesGroups: false, nurseryShare: 0
        )
    }

    /// Places of a childminder: most have four, some five (the most the law allows).
    func places(minder: Int) -> Int {
        if minder == 2 { return 5 }
        var r = SplitMix64(seed, Stream.post, institution.key, UInt64(minder) | 0x2_0000)
        return r.chance(0.3) ? 5 : 4
    }

    func employees(period: Period) -> [EmployeeRecord] {
        let context = staff
        var records: [EmployeeRecord] = []
        context.appendRecords(
            post: 1000, kind: .manager, period: period,
            id: { RecordID("DL", 1, 2, $0.generation, 2) }, substituteID: { RecordID("DLV", 1, 2, $0.generation, 2) },
            into: &records
        )
        for k in 0..<2 {
            // Dagplejepædagoger: supervise the childminders.
            context.appendRecords(
                post: 1001 + k, kind: .support, period: period,
                id: { RecordID("DP", k + 1, 2, $0.generation, 2) }, substituteID: { RecordID("DPV", k + 1, 2, $0.generation, 2) },
                into: &records
            )
        }
        for minder in 0..<institution.minders {
            context.appendRecords(
                post: minder, kind: .minder, period: period,
                id: { _ in RecordID("D", minder + 1, 3) }, substituteID: { _ in RecordID("DV", minder + 1, 3) },
                into: &records
            )
        }
        return records
    }

    /// The month's children with their childminder's number; in `overfullMonth` the third
    /// childminder gets guest children for three days, to six in all.
    func children(period: Period) -> [(minder: Int, stay: ChildStay)] {
        var result: [(minder: Int, stay: ChildStay)] = []
        var stays: [ChildStay] = []
        for minder in 0..<institution.minders {
            for place in 0..<places(minder: minder) {
                stays.removeAll(keepingCapacity: true)
                let chain = ChildSlotChain(
                    seed: seed, institutionKey: institution.key, slot: minder * 8 + place, pattern: .familyDaycare,
                    leavesInSpring: false, horizonStart: horizonStart, pinnedBirth: nil
                )
                chain.stays(touching: period.first, period.last, into: &stays)
                for stay in stays { result.append((minder, stay)) }
            }
            if minder == 2 && period.index == overfullMonth && institution.index == 0 {
                let guestFrom = period.first + 9
                let guestTo = period.first + 11
                var most = 0
                for day in guestFrom...guestTo {
                    let present = result.filter { $0.minder == minder && $0.stay.from <= day && $0.stay.to >= day }.count
                    most = max(most, present)
                }
                var r = SplitMix64(seed, Stream.guest, institution.key, period.key)
                for g in 0..<max(0, 6 - most) {
                    let birth = period.first - r.int(400, 900)
                    result.append((minder, ChildStay(
                        slot: 900 + g, generation: 0, birth: birth, from: guestFrom, to: guestTo,
                        partTime: false, cprMode: 0, cprSerial: 0, cprDash: false
                    )))
                }
            }
        }
        return result
    }
}

/// An SFO's month: pupils of its school's grades 0–3 and its staff.
struct SFOModel {
    let seed: UInt64
    let sfo: SFO
    let school: SchoolModel
    let horizonStart: Int
    let horizonEnd: Int

    var staff: StaffContext {
        StaffContext(
            seed: seed, institutionKey: sfo.key, horizonStart: horizonStart, horizonEnd: horizonEnd,
            trainedShare: sfo.trainedShare, usesGroups: false, nurseryShare: 0
        )
    }

    /// Pupils enrolled by grade 0–3.
    func pupils(period: Period) -> [Int] {
        var byGrade = [0, 0, 0, 0]
        for c in school.classes(period: period) where !c.special && c.grade <= 3 { byGrade[c.grade] += c.pupils }
        return byGrade.map { ($0 * sfo.participation + 50) / 100 }
    }

    /// A leader and one post per 16 planned children.
    var posts: [PostKind] {
        let expected = school.school.tracks * 4 * 22 * sfo.participation / 100
        return [.manager] + Array(repeating: .pedagogical, count: max(2, expected / 16))
    }

    func employees(period: Period) -> [EmployeeRecord] {
        let context = staff
        var records: [EmployeeRecord] = []
        for (post, kind) in posts.enumerated() {
            context.appendRecords(
                post: post, kind: kind, period: period,
                id: { RecordID("F", post + 1, 3, $0.generation, 2) },
                substituteID: { RecordID("FV", post + 1, 3, $0.generation, 2) },
                into: &records
            )
        }
        context.shortSubstitutes(period: period, upTo: 1, into: &records)
        return records
    }
}
