/// Records as columnar tables, with their texts: what the importer builds of each file as it
/// reads it, and the join of each period's files (`PeriodRecords`).
///
/// Records are appended; an employee's leaves, competences and `<teaches>` are appended after
/// it, and belong to the employee appended last.
public struct RecordTable: Sendable {
    /// Ids of employees, children, classes (and `minder`, `<teaches class>`): compared as
    /// texts where they name one another (`PeriodRecords.same`).
    public internal(set) var ids = TextTable()
    /// Subjects of `<competence>` and `<teaches>`: compared folded (`SubjectName`).
    public internal(set) var subjects = TextTable()
    public internal(set) var employees = EmployeeColumns()
    public internal(set) var leaves = LeaveColumns()
    /// The subject of each `<competence>`.
    public internal(set) var competences: [TextID] = []
    public internal(set) var teaches = TeachingColumns()
    public internal(set) var children = ChildColumns()
    public internal(set) var classes = ClassColumns()
    public internal(set) var pupils = PupilsColumns()

    public init() {}

    /// The number of an id of this table.
    public mutating func id(_ buffer: UnsafeBufferPointer<UInt8>) -> TextID { ids.number(buffer) }

    /// The number of a subject of this table.
    public mutating func subject(_ buffer: UnsafeBufferPointer<UInt8>) -> TextID { subjects.number(buffer) }

    /// The number of id `text` (the planner's forecast records, tests).
    public mutating func id(_ text: String) -> TextID { ids.number(text) }

    // MARK: - Appending

    /// Appends an employee (without leaves, competences or `<teaches>` yet); its index.
    @discardableResult
    public mutating func appendEmployee(id: TextID, role: Role, education: Education, hours: Double, from: Int32,
                                        to: Int32, funding: Funding, group: AgeGroup?, line: Int32 = 0,
                                        column: Int32 = 0) -> Int {
        employees.id.append(id)
        employees.role.append(role)
        employees.education.append(education)
        employees.hours.append(hours)
        employees.from.append(from)
        employees.to.append(to)
        employees.funding.append(funding)
        employees.group.append(group)
        employees.leavesEnd.append(Int32(truncatingIfNeeded: leaves.kind.count))
        employees.competencesEnd.append(Int32(truncatingIfNeeded: competences.count))
        employees.teachesEnd.append(Int32(truncatingIfNeeded: teaches.classID.count))
        employees.line.append(line)
        employees.column.append(column)
        return employees.count - 1
    }

    /// A `<leave>` of the employee appended last.
    public mutating func appendLeave(kind: LeaveKind, from: Int32, to: Int32) {
        leaves.kind.append(kind)
        leaves.from.append(from)
        leaves.to.append(to)
        employees.leavesEnd[employees.count - 1] = Int32(truncatingIfNeeded: leaves.kind.count)
    }

    /// A `<competence>` of the employee appended last.
    public mutating func appendCompetence(subject: TextID) {
        competences.append(subject)
        employees.competencesEnd[employees.count - 1] = Int32(truncatingIfNeeded: competences.count)
    }

    /// A `<teaches>` of the employee appended last.
    public mutating func appendTeaching(classID: TextID, subject: TextID, lessons: Int, line: Int32 = 0,
                                        column: Int32 = 0) {
        teaches.classID.append(classID)
        teaches.subject.append(subject)
        teaches.lessons.append(lessons)
        teaches.line.append(line)
        teaches.column.append(column)
        employees.teachesEnd[employees.count - 1] = Int32(truncatingIfNeeded: teaches.classID.count)
    }

    /// Appends a child segment; its index.
    @discardableResult
    public mutating func appendChild(id: TextID, birthDate: Int32, from: Int32, to: Int32, place: PlaceKind,
                                     minder: TextID = .none, line: Int32 = 0, column: Int32 = 0) -> Int {
        children.id.append(id)
        children.birthDate.append(birthDate)
        children.from.append(from)
        children.to.append(to)
        children.place.append(place)
        children.minder.append(minder)
        children.line.append(line)
        children.column.append(column)
        return children.count - 1
    }

    public mutating func appendClass(id: TextID, grade: Int, pupils: Int, special: Bool, exemption: Bool,
                                     line: Int32 = 0, column: Int32 = 0) {
        classes.id.append(id)
        classes.grade.append(Int8(truncatingIfNeeded: grade))
        classes.pupils.append(pupils)
        classes.special.append(special)
        classes.exemption.append(exemption)
        classes.line.append(line)
        classes.column.append(column)
    }

    public mutating func appendPupils(grade: Int, count: Int) {
        pupils.grade.append(Int8(truncatingIfNeeded: grade))
        pupils.count.append(count)
    }

    // MARK: - Copying from another table

    /// Appends employee `index` of `other` with its sub-records (the `<teaches>` that `keep`
    /// keeps), its texts renumbered here through `map`.
    public mutating func appendEmployee(_ index: Int, of other: RecordTable, _ map: inout TextMap,
                                        keepingTeaching keep: (Int) -> Bool = { _ in true }) {
        let id = map.here(other.employees.id[index], from: other, into: &self)
        appendEmployee(id: id, role: other.employees.role[index], education: other.employees.education[index],
                       hours: other.employees.hours[index], from: other.employees.from[index],
                       to: other.employees.to[index], funding: other.employees.funding[index],
                       group: other.employees.group[index], line: other.employees.line[index],
                       column: other.employees.column[index])
        for leave in other.leaves(ofEmployee: index) {
            appendLeave(kind: other.leaves.kind[leave], from: other.leaves.from[leave], to: other.leaves.to[leave])
        }
        for competence in other.competences(ofEmployee: index) {
            let subject = map.here(subject: other.competences[competence], from: other, into: &self)
            appendCompetence(subject: subject)
        }
        for teaching in other.teaches(ofEmployee: index) where keep(teaching) {
            let classID = map.here(other.teaches.classID[teaching], from: other, into: &self)
            let subject = map.here(subject: other.teaches.subject[teaching], from: other, into: &self)
            appendTeaching(classID: classID, subject: subject, lessons: other.teaches.lessons[teaching],
                           line: other.teaches.line[teaching], column: other.teaches.column[teaching])
        }
    }

    /// Appends child `index` of `other`, with `minder` (a text of this table).
    public mutating func appendChild(_ index: Int, of other: RecordTable, minder: TextID, _ map: inout TextMap) {
        let id = map.here(other.children.id[index], from: other, into: &self)
        appendChild(id: id, birthDate: other.children.birthDate[index], from: other.children.from[index],
                    to: other.children.to[index], place: other.children.place[index], minder: minder,
                    line: other.children.line[index], column: other.children.column[index])
    }

    /// Appends class `index` of `other`.
    public mutating func appendClass(_ index: Int, of other: RecordTable, _ map: inout TextMap) {
        let id = map.here(other.classes.id[index], from: other, into: &self)
        appendClass(id: id, grade: Int(other.classes.grade[index]), pupils: other.classes.pupils[index],
                    special: other.classes.special[index], exemption: other.classes.exemption[index],
                    line: other.classes.line[index], column: other.classes.column[index])
    }

    /// Appends `<pupils>` `index` of `other`.
    public mutating func appendPupils(_ index: Int, of other: RecordTable) {
        appendPupils(grade: Int(other.pupils.grade[index]), count: other.pupils.count[index])
    }

    // MARK: - Reading

    /// The leaves of employee `index`, as indices of `leaves`.
    public func leaves(ofEmployee index: Int) -> Range<Int> {
        Int(index == 0 ? 0 : employees.leavesEnd[index - 1])..<Int(employees.leavesEnd[index])
    }

    /// The competences of employee `index`, as indices of `competences`.
    public func competences(ofEmployee index: Int) -> Range<Int> {
        Int(index == 0 ? 0 : employees.competencesEnd[index - 1])..<Int(employees.competencesEnd[index])
    }

    /// The `<teaches>` of employee `index`, as indices of `teaches`.
    public func teaches(ofEmployee index: Int) -> Range<Int> {
        Int(index == 0 ? 0 : employees.teachesEnd[index - 1])..<Int(employees.teachesEnd[index])
    }

    /// The id `id` as text.
    public func string(_ id: TextID) -> String { ids.string(id) }

    /// The subject `id` as text.
    public func subjectString(_ id: TextID) -> String { subjects.string(id) }
}

/// Renumbers the texts of one table into another as records are copied: each distinct text
/// looked up once.
public struct TextMap: Sendable {
    private var ids: [Int32]
    private var subjects: [Int32]

    /// A map from `source`'s texts.
    public init(from source: RecordTable) {
        ids = [Int32](repeating: -1, count: source.ids.count)
        subjects = [Int32](repeating: -1, count: source.subjects.count)
    }

    /// The number in `target` of id `id` of `source`.
    public mutating func here(_ id: TextID, from source: RecordTable, into target: inout RecordTable) -> TextID {
        guard id != .none else { return .none }
        if ids[id.index] < 0 { ids[id.index] = source.ids.withBytes(id) { target.ids.number($0) }.rawValue }
        return TextID(ids[id.index])
    }

    /// The number in `target` of subject `id` of `source`.
    public mutating func here(subject id: TextID, from source: RecordTable, into target: inout RecordTable) -> TextID {
        if subjects[id.index] < 0 {
            subjects[id.index] = source.subjects.withBytes(id) { target.subjects.number($0) }.rawValue
        }
        return TextID(subjects[id.index])
    }
}
