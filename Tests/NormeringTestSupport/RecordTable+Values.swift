import NormeringCore

// Records as values (`Employee`, `Child`, `SchoolClass`), in and out of a table, for tests:
// the tool itself appends and reads columns.
extension RecordTable {
    /// The number of subject `text`.
    mutating func subject(_ text: String) -> TextID {
        var text = text
        return text.withUTF8 { subject($0) }
    }

    /// Appends `employee` with its leaves, competences and `<teaches>`.
    public mutating func append(_ employee: Employee) {
        let id = self.id(employee.id)
        appendEmployee(id: id, role: employee.role, education: employee.education, hours: employee.hours,
                       from: Day.number(employee.from, open: Day.openStart), to: Day.number(employee.to, open: Day.openEnd),
                       funding: employee.funding, group: employee.group)
        for leave in employee.leaves {
            appendLeave(kind: leave.kind, from: Day.number(leave.from, open: Day.openStart),
                        to: Day.number(leave.to, open: Day.openEnd))
        }
        for competence in employee.competences { appendCompetence(subject: subject(competence)) }
        for teaching in employee.teaches {
            let classID = self.id(teaching.classID)
            appendTeaching(classID: classID, subject: subject(teaching.subject), lessons: teaching.lessons)
        }
    }

    /// Appends `child`.
    public mutating func append(_ child: Child) {
        let id = self.id(child.id)
        let minder = child.minder.map { self.id($0) } ?? .none
        appendChild(id: id, birthDate: Day.number(child.birthDate, open: 0), from: Day.number(child.from, open: Day.openStart),
                    to: Day.number(child.to, open: Day.openEnd), place: child.place, minder: minder)
    }

    /// Appends `schoolClass`.
    public mutating func append(_ schoolClass: SchoolClass) {
        appendClass(id: id(schoolClass.id), grade: schoolClass.grade, pupils: schoolClass.pupils,
                    special: schoolClass.special, exemption: schoolClass.exemption)
    }

    /// Employee `index` as a value.
    public func employee(at index: Int) -> Employee {
        let e = employees
        return Employee(
            id: string(e.id[index]), role: e.role[index], education: e.education[index], hours: e.hours[index],
            from: Day.date(e.from[index]), to: Day.date(e.to[index]), funding: e.funding[index], group: e.group[index],
            leaves: leaves(ofEmployee: index).map {
                Leave(kind: leaves.kind[$0], from: Day.date(leaves.from[$0]), to: Day.date(leaves.to[$0]))
            },
            competences: competences(ofEmployee: index).map { subjectString(competences[$0]) },
            teaches: teaches(ofEmployee: index).map {
                Teaching(classID: string(teaches.classID[$0]), subject: subjectString(teaches.subject[$0]),
                         lessons: teaches.lessons[$0])
            })
    }

    /// Child `index` as a value.
    public func child(at index: Int) -> Child {
        let c = children
        return Child(id: string(c.id[index]), birthDate: LocalDate(dayNumber: Int(c.birthDate[index])),
                     from: Day.date(c.from[index]), to: Day.date(c.to[index]), place: c.place[index],
                     minder: c.minder[index] == .none ? nil : string(c.minder[index]))
    }

    /// Class `index` as a value.
    public func schoolClass(at index: Int) -> SchoolClass {
        SchoolClass(id: string(classes.id[index]), grade: Int(classes.grade[index]), pupils: classes.pupils[index],
                    special: classes.special[index], exemption: classes.exemption[index])
    }
}
