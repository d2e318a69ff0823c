import NormeringConfig
import NormeringCore

/// A scenario's staff changes at one institution (plan.md § 3): leavers and upskilling, which
/// end or split B's employee segments, and hires.
struct StaffChanges {
    /// In the scenario's order.
    var leavers: [Scenario.Leaver] = []
    /// By date.
    var upskills: [Scenario.Upskill] = []
    var hires: [Scenario.Hire] = []

    /// No change.
    init() {}

    init(_ scenario: Scenario, institution: String) {
        leavers = scenario.leavers.filter { $0.institution == institution }
        upskills = scenario.upskills.filter { $0.institution == institution }.sorted { $0.from < $1.from }
        hires = scenario.hires.filter { $0.institution == institution }
    }

    /// An employee segment's days (`Day` numbers) and education.
    struct Segment {
        var from: Int32
        var to: Int32
        var education: Education
    }

    /// What a segment of employee `id` becomes: none when the employee leaves before it, ended
    /// the day before leaving, split where the education changes.
    func segments(of id: String, _ segment: Segment) -> [Segment] {
        var result = [segment]
        for leaver in leavers where leaver.employee == id {
            let leaves = Day.number(leaver.from)
            result = result.compactMap { segment in
                guard segment.from < leaves else { return nil }
                var kept = segment
                kept.to = min(segment.to, leaves - 1)
                return kept
            }
        }
        for upskill in upskills where upskill.employee == id {
            let from = Day.number(upskill.from)
            result = result.flatMap { segment -> [Segment] in
                guard segment.to >= from else { return [segment] }
                var later = segment
                later.education = upskill.education
                guard segment.from < from else { return [later] }
                var earlier = segment
                earlier.to = from - 1
                later.from = from
                return [earlier, later]
            }
        }
        return result
    }
}
