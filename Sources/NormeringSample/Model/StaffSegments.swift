import NormeringCore

extension StaffContext {
    /// The `<employee>` segments of one post in one month: each holder whose time touches
    /// the month, split in two where the weekly hours change inside it, with their leave;
    /// and the substitute covering a holder's maternity and parental leave.
    func appendRecords(
        post: Int, kind: PostKind, period: Period,
        id: (Holder) -> RecordID, substituteID: (Holder) -> RecordID,
        into records: inout [EmployeeRecord]
    ) {
        var holders: [Holder] = []
        self.holders(post: post, kind: kind, first: period.first, last: period.last, into: &holders)
        for holder in holders {
            let profile = self.profile(post: post, kind: kind, holder: holder)
            var leaves: [LeaveSpan] = []
            for leave in profile.longLeaves where period.touches(leave.from, leave.to) {
                leaves.append(leave)
            }
            monthlyLeaves(post: post, holder: holder, period: period, into: &leaves)
            leaves.sort { $0.from < $1.from }

            let from: Int? = kind == .student || holder.from >= period.first - 365 ? holder.from : nil
            let to: Int? = kind == .student || holder.to <= period.last + 92 ? holder.to : nil
            let start = max(holder.from, period.first)
            let end = min(holder.to, period.last)
            var record = EmployeeRecord(
                id: id(holder), role: kind.role, education: profile.education, hours: profile.hours,
                from: from, to: to, stateFunded: kind == .statePool, group: profile.group
            )
            if let change = profile.hoursChange, change > period.first, change <= period.last {
                var first = record
                first.to = change - 1
                first.leaves = leaves.filter { $0.from <= change - 1 && $0.to >= start }
                records.append(first)
                var second = record
                second.from = change
                second.hours = profile.newHours
                second.leaves = leaves.filter { $0.from <= end && $0.to >= change }
                records.append(second)
            } else {
                if let change = profile.hoursChange, change <= period.first { record.hours = profile.newHours }
                record.leaves = leaves
                records.append(record)
            }
            if let substitute = profile.substitute, period.touches(substitute.from, substitute.to) {
                records.append(EmployeeRecord(
                    id: substituteID(holder), role: .substitute, education: substitute.education,
                    hours: profile.hours, from: substitute.from, to: substitute.to, group: profile.group
                ))
            }
        }
    }

    /// Short-term substitutes (vikarer) of one month, each for a few days inside it.
    func shortSubstitutes(period: Period, upTo maximum: Int, into records: inout [EmployeeRecord]) {
        var r = SplitMix64(seed, Stream.shortSubstitutes, institutionKey, period.key)
        let count = min(maximum, r.weighted([3, 4, 2]))
        let label = (period.year % 100) * 100 + period.month
        for k in 0..<count {
            let start = period.first + r.int(0, period.dayCount - 3)
            let end = min(period.last, start + r.int(2, 9))
            let education: Education = r.chance(0.8) ? .untrained : .assistant
            records.append(EmployeeRecord(
                id: RecordID("V", label, 4, k + 1, 2), role: .substitute, education: education,
                hours: [370, 300, 250, 150][r.weighted([4, 3, 2, 1])], from: start, to: end
            ))
        }
    }
}
