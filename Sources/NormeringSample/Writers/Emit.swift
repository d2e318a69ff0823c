import NormeringCore

/// The XML of the export format (export-format.md), written element by element.
extension XMLByteWriter {
    func header(root: StaticString, municipality: String, period: Period, system: String, created: (Int, Int)) {
        raw("<?xml version=\"1.0\" encoding=\"")
        spelling(encoding)
        raw("\"?>\n<")
        raw(root)
        raw(" xmlns=\"urn:normering:export:1\" municipality=\"")
        text(municipality)
        raw("\" period=\"")
        int(period.year, width: 4)
        raw("-")
        int(period.month, width: 2)
        raw("\" system=\"")
        text(system)
        raw("\" created=\"")
        date(created.0)
        raw("T")
        int(created.1 / 60, width: 2)
        raw(":")
        int(created.1 % 60, width: 2)
        raw(":00\">\n")
    }

    func footer(root: StaticString) {
        raw("</")
        raw(root)
        raw(">\n")
    }

    func institutionOpen(id: String, name: String, kind: InstitutionKind, ownership: Ownership, district: String) {
        raw("  <institution id=\"")
        text(id)
        raw("\" name=\"")
        text(name)
        raw("\" kind=\"")
        spelling(kind)
        raw("\" ownership=\"")
        spelling(ownership)
        raw("\" district=\"")
        text(district)
        raw("\">\n")
    }

    func institutionClose() { raw("  </institution>\n") }

    func recordID(_ id: RecordID) {
        raw(id.prefix)
        int(id.a, width: id.aWidth)
        if id.bWidth > 0 { int(id.b, width: id.bWidth) }
    }

    func employee(_ e: EmployeeRecord, classes: [ClassRecord], capitalise: Bool) {
        raw("    <employee id=\"")
        recordID(e.id)
        raw("\" role=\"")
        spelling(e.role)
        raw("\" education=\"")
        spelling(e.education)
        raw("\" hours=\"")
        tenths(e.hours)
        if let from = e.from {
            raw("\" from=\"")
            date(from)
        }
        if let to = e.to {
            raw("\" to=\"")
            date(to)
        }
        if e.stateFunded { raw("\" funding=\"state-social-pool") }
        if let group = e.group { raw(group == .nursery ? "\" group=\"nursery" : "\" group=\"kindergarten") }
        if e.leaves.isEmpty && e.competences.isEmpty && e.teaches.isEmpty {
            raw("\"/>\n")
            return
        }
        raw("\">\n")
        for leave in e.leaves {
            raw("      <leave kind=\"")
            spelling(leave.kind)
            raw("\" from=\"")
            date(leave.from)
            raw("\" to=\"")
            date(leave.to)
            raw("\"/>\n")
        }
        for subject in e.competences {
            raw("      <competence subject=\"")
            text(Curriculum.subjects[subject])
            raw("\"/>\n")
        }
        for teach in e.teaches {
            raw("      <teaches class=\"")
            text(classes[teach.classIndex].id)
            raw("\" subject=\"")
            text(capitalise ? Curriculum.capitalised[teach.subject] : Curriculum.subjects[teach.subject])
            raw("\" lessons=\"")
            int(teach.lessons)
            raw("\"/>\n")
        }
        raw("    </employee>\n")
    }

    /// A `<child>`; `from` and `to` are written when they fall in the month (or `to`
    /// within three months after it, as a planned leaving date).
    func child(_ stay: ChildStay, period: Period, minder: Int? = nil) {
        raw("    <child id=\"B")
        int(stay.slot + 1, width: 3)
        int(stay.generation, width: 2)
        if stay.cprMode != 1 {
            raw("\" birthDate=\"")
            date(stay.birth)
        }
        if stay.cprMode != 0 {
            raw("\" cpr=\"")
            let digits = CPR.digits(birth: stay.birth, serial: stay.cprSerial)
            for i in 0..<6 { int(digits[i]) }
            if stay.cprDash { raw("-") }
            for i in 6..<10 { int(digits[i]) }
        }
        if stay.from >= period.first {
            raw("\" from=\"")
            date(stay.from)
        }
        if stay.to <= period.last + 92 {
            raw("\" to=\"")
            date(stay.to)
        }
        if stay.partTime { raw("\" place=\"part-time") }
        if let minder {
            raw("\" minder=\"D")
            int(minder + 1, width: 3)
        }
        raw("\"/>\n")
    }

    func schoolClass(_ c: ClassRecord) {
        raw("    <class id=\"")
        text(c.id)
        raw("\" grade=\"")
        int(c.grade)
        raw("\" pupils=\"")
        int(c.pupils)
        if c.special { raw("\" special=\"true") }
        if c.exemption { raw("\" exemption=\"true") }
        raw("\"/>\n")
    }

    func pupils(grade: Int, count: Int) {
        raw("    <pupils grade=\"")
        int(grade)
        raw("\" count=\"")
        int(count)
        raw("\"/>\n")
    }
}
