import NormeringCore

/// Stage 1 of `competence-coverage` for one school-month, on the numbers of the period's
/// texts: each distinct subject text is trimmed and folded once, classes and teachers are
/// numbered, and lessons are summed and the main teachers chosen by sorting numbered rows.
///
/// The result is that of the rule's definition: teachers are united by id across segments;
/// teachers with more than `maxCompetences` distinct (folded) competences are left out; per
/// counted class and subject the main teacher (most lessons, tie the smallest id in
/// code-point order) decides coverage; each subject is named as first written by a teacher
/// who counts, and the subjects are in code-point order of their folded names.
struct CoverageMeasurer {
    private let month: InstitutionMonth
    /// The period's table (bound once: a copy of it retains each of its columns).
    private let table: RecordTable
    /// Subjects of the period's table (by number; a period has few) → folded subject number
    /// (-1: not folded yet). Each text is folded once.
    private var subjectOfText: [Int32]
    /// Folded subject text → folded subject number.
    private var subjectOfKey: [String: Int] = [:]
    /// The folded texts, by subject number.
    private var keys: [String] = []

    init(_ month: InstitutionMonth) {
        self.month = month
        table = month.records.table
        subjectOfText = [Int32](repeating: -1, count: table.subjects.count)
    }

    /// One counted `<teaches>`: numbers for class, folded subject and teacher.
    private struct Row {
        var schoolClass: Int
        var subject: Int
        var teacher: Int
        var lessons: Int
    }

    /// The folded subject number of text `id`, folding each distinct text once.
    private mutating func subject(_ id: TextID) -> Int {
        if subjectOfText[id.index] >= 0 { return Int(subjectOfText[id.index]) }
        let key = SubjectName.key(table.subjectString(id))
        let subject: Int
        if let known = subjectOfKey[key] {
            subject = known
        } else {
            subject = keys.count
            keys.append(key)
            subjectOfKey[key] = subject
        }
        subjectOfText[id.index] = Int32(subject)
        return subject
    }

    mutating func figures(maxCompetences: Int) -> CompetenceCoverageRule.MonthFigures {
        let records = month.records
        let row = month.row
        // Counted classes (grades 1–9, not special), numbered by id (ids compared as texts).
        var classNumber: [TextID: Int] = Dictionary(minimumCapacity: row.classes.count)
        for index in row.classes where !table.classes.special[index] && (1...9).contains(table.classes.grade[index]) {
            let id = records.same(table.classes.id[index])
            if classNumber[id] == nil { classNumber[id] = classNumber.count }
        }

        var teacherNumber: [TextID: Int] = Dictionary(minimumCapacity: row.employees.count)
        /// Each teacher's id as first written.
        var teacherIDs: [TextID] = []
        /// (teacher, folded subject) of every competence, duplicates included.
        var competencePairs: [(teacher: Int, subject: Int)] = []
        var rows: [Row] = []
        /// Where each row's subject is written: its `<teaches>` index, in record order.
        var written: [Int] = []

        for index in row.employees {
            let competences = table.competences(ofEmployee: index)
            let teaches = table.teaches(ofEmployee: index)
            guard !(competences.isEmpty && teaches.isEmpty) else { continue }
            let id = records.same(table.employees.id[index])
            let teacher: Int
            if let known = teacherNumber[id] {
                teacher = known
            } else {
                teacher = teacherIDs.count
                teacherNumber[id] = teacher
                teacherIDs.append(table.employees.id[index])
            }
            for competence in competences {
                competencePairs.append((teacher, subject(table.competences[competence])))
            }
            for teaching in teaches {
                guard let schoolClass = classNumber[records.same(table.teaches.classID[teaching])] else { continue }
                rows.append(Row(schoolClass: schoolClass, subject: subject(table.teaches.subject[teaching]),
                                teacher: teacher, lessons: table.teaches.lessons[teaching]))
                written.append(teaching)
            }
        }

        // Distinct competences per teacher, as a teacher × subject table; teachers with more
        // than the maximum do not count.
        var competent = CompetenceTable(teachers: teacherIDs.count, subjects: keys.count)
        var competenceCount = [Int](repeating: 0, count: teacherIDs.count)
        for pair in competencePairs where competent.insert(teacher: pair.teacher, subject: pair.subject) {
            competenceCount[pair.teacher] += 1
        }
        let counts = competenceCount.map { $0 <= maxCompetences }

        // Subject names as first written (record order), among teachers who count.
        var displayName = [String?](repeating: nil, count: keys.count)
        for (row, teaching) in zip(rows, written) where counts[row.teacher] && displayName[row.subject] == nil {
            displayName[row.subject] = SubjectName.trimmed(table.subjectString(table.teaches.subject[teaching]))
        }

        // Lessons summed by class, subject and teacher; per class and subject the main
        // teacher: most lessons, tie the smallest id.
        rows.sort {
            if $0.schoolClass != $1.schoolClass { return $0.schoolClass < $1.schoolClass }
            if $0.subject != $1.subject { return $0.subject < $1.subject }
            return $0.teacher < $1.teacher
        }
        var covered = [Int](repeating: 0, count: keys.count)
        var total = [Int](repeating: 0, count: keys.count)
        var present = [Bool](repeating: false, count: keys.count)
        var start = 0
        while start < rows.count {
            let group = rows[start]
            var main: (teacher: Int, lessons: Int)?
            var next = start
            while next < rows.count && rows[next].schoolClass == group.schoolClass && rows[next].subject == group.subject {
                let teacher = rows[next].teacher
                var sum = 0
                while next < rows.count && rows[next].schoolClass == group.schoolClass
                    && rows[next].subject == group.subject && rows[next].teacher == teacher {
                    sum += rows[next].lessons
                    next += 1
                }
                guard counts[teacher] else { continue }
                if let current = main,
                   current.lessons > sum
                    || (current.lessons == sum && table.ids.precedes(teacherIDs[current.teacher], teacherIDs[teacher])) {
                    continue
                }
                main = (teacher, sum)
            }
            start = next
            guard let main else { continue }
            present[group.subject] = true
            total[group.subject] += main.lessons
            if competent.contains(teacher: main.teacher, subject: group.subject) {
                covered[group.subject] += main.lessons
            }
        }
        let subjects = keys.indices.filter { present[$0] }
            .sorted { keys[$0].codePointPrecedes(keys[$1]) }
            .map { number in
                CompetenceCoverageRule.SubjectFigures(subject: displayName[number] ?? keys[number],
                                                      covered: covered[number], total: total[number])
            }
        return CompetenceCoverageRule.MonthFigures(covered: subjects.reduce(0) { $0 + $1.covered },
                                                   total: subjects.reduce(0) { $0 + $1.total }, subjects: subjects)
    }
}

/// Which teacher has which (folded) subject as a competence: a table of flags, or a set of
/// pairs when the table would be large (a hostile export with thousands of teachers each
/// naming thousands of subjects must not allocate their product).
struct CompetenceTable {
    private let subjects: Int
    private var flags: [Bool]
    private var pairs: Set<Int> = []

    /// A table of flags when it has at most `largestTable` cells, else a set.
    init(teachers: Int, subjects: Int, largestTable: Int = 1 << 20) {
        self.subjects = subjects
        let (cells, overflow) = teachers.multipliedReportingOverflow(by: subjects)
        flags = !overflow && cells <= largestTable ? [Bool](repeating: false, count: cells) : []
    }

    /// Adds the pair; whether it was new.
    mutating func insert(teacher: Int, subject: Int) -> Bool {
        let cell = teacher * subjects + subject
        guard !flags.isEmpty else { return pairs.insert(cell).inserted }
        if flags[cell] { return false }
        flags[cell] = true
        return true
    }

    func contains(teacher: Int, subject: Int) -> Bool {
        let cell = teacher * subjects + subject
        return flags.isEmpty ? pairs.contains(cell) : flags[cell]
    }
}
