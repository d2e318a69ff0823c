import NormeringCore

// The records of a forecast (plan.md § 2), as `Projection` appends them to its table: B's
// carried forward from B's table, the scenario's hires, the intake.
extension RecordTable {
    /// Appends `record`'s employee segments open on B's last day, as `changes` end or split
    /// them, then `changes`' hires. A carried segment keeps its role, hours, funding and group,
    /// and those of its leaves that go on after B (one without `to` ends with B); competences
    /// and `<teaches>` (a school's) are not carried.
    mutating func appendStaff(of record: InstitutionMonth, changes: StaffChanges, baseDays: ClosedRange<Int32>,
                              _ map: inout TextMap) {
        let base = record.table
        let e = base.employees
        let last = baseDays.upperBound
        var ids = Set<String>()  // taken: not a hire's
        for index in record.row.employees where e.from[index] <= last && e.to[index] >= last {
            let name = base.string(e.id[index])
            if !changes.hires.isEmpty { ids.insert(name) }
            let id = map.here(e.id[index], from: base, into: &self)
            let segment = StaffChanges.Segment(from: e.from[index], to: e.to[index], education: e.education[index])
            for segment in changes.segments(of: name, segment) {
                appendEmployee(id: id, role: e.role[index], education: segment.education, hours: e.hours[index],
                               from: segment.from, to: segment.to, funding: e.funding[index], group: e.group[index])
                for leave in base.leaves(ofEmployee: index) {
                    let (from, to) = (base.leaves.from[leave], base.leaves.to[leave])
                    guard to != Day.openEnd, to > last else { continue }
                    appendLeave(kind: base.leaves.kind[leave], from: from == Day.openStart ? baseDays.lowerBound : from,
                                to: to)
                }
            }
        }
        var number = 0
        for hire in changes.hires {
            for _ in 0..<hire.count {
                var name: String
                repeat {
                    number += 1
                    name = "scenario-hire-\(number)"
                } while !ids.insert(name).inserted
                appendEmployee(id: id(name), role: hire.role, education: hire.education, hours: hire.hours,
                               from: Day.number(hire.from), to: Day.openEnd, funding: .municipal, group: nil)
            }
        }
    }

    /// Appends `record`'s child places open on B's last day (`last`), each until its own `to`
    /// or school start; a child past school start already leaves with B.
    mutating func appendChildren(of record: InstitutionMonth, after last: Int32, school: SchoolStart,
                                 _ map: inout TextMap) {
        let base = record.table
        let c = base.children
        for index in record.row.children where c.from[index] <= last && c.to[index] >= last {
            let leaves = Day.number(school.lastDayInDaycare(birthDate: LocalDate(dayNumber: Int(c.birthDate[index]))))
            guard leaves > last else { continue }
            appendChild(id: map.here(c.id[index], from: base, into: &self), birthDate: c.birthDate[index],
                        from: c.from[index], to: min(c.to[index], leaves), place: c.place[index],
                        minder: map.here(c.minder[index], from: base, into: &self))
        }
    }

    /// Appends a child of the intake, arriving on `from`, until school start: none when that
    /// is before `from`.
    mutating func appendArrival(id: String, birthDate: LocalDate, from: LocalDate, place: PlaceKind,
                                school: SchoolStart) {
        let leaves = school.lastDayInDaycare(birthDate: birthDate)
        guard leaves >= from else { return }
        appendChild(id: self.id(id), birthDate: Day.number(birthDate), from: Day.number(from), to: Day.number(leaves),
                    place: place)
    }
}
