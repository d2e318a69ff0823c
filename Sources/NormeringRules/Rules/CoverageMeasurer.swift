import NormeringCore

/// Stage 1 of `competence-coverage` for one school-month, on small integer numbers: each
/// distinct subject text is trimmed and folded once, classes and teachers are numbered, and
/// lessons are summed and the main teachers chosen by sorting numbered rows, not by
/// dictionaries keyed by strings.
///
/// The result is that of the rule's definition: teachers are united by id across segments;
/// teachers with more than `maxCompetences` distinct (folded) competences are left out; per
/// counted class and subject the main teacher (most lessons, tie the smallest id in
/// code-point order) decides coverage; each subject is named as first written by a teacher
/// who counts, and the subjects are in code-point order of their folded names.
struct CoverageMeasurer {
    private let month: InstitutionMonth
    /// Subject texts as written, numbered (a cache: equivalent texts fold to one subject).
    private var texts = TextNumbering(equality: .bytes)
    /// Text number → its folded subject number.
    private var subjectOfText: [Int] = []
    /// Folded subject text → folded subject number.
    private var subjectOfKey: [String: Int] = [:]
    /// The folded texts, by subject number.
    private var keys: [String] = []

    init(_ month: InstitutionMonth) {
        self.month = month
    }

    /// One counted `<teaches>`: numbers for class, folded subject and teacher.
    private struct Row {
        var schoolClass: Int
        var subject: Int
        var teacher: Int
        var lessons: Int
    }

    /// The folded subject number of `text`, folding each distinct text once.
    private mutating func subject(_ text: String) -> Int {
        let (number, inserted) = texts.insert(text)
        guard inserted else { return subjectOfText[number] }
        let key = SubjectName.key(text)
        let subject: Int
        if let known = subjectOfKey[key] {
            subject = known
        } else {
            subject = keys.count
            keys.append(key)
            subjectOfKey[key] = subject
        }
        subjectOfText.append(subject)
        return subject
    }

    mutating func figures(maxCompetences: Int) -> CompetenceCoverageRule.MonthFigures {
        let employees = month.employees
        let classes = month.classes
        // Counted classes (grades 1–9, not special), numbered.
        var classNumber = TextNumbering(capacity: classes.count)
        for index in classes.indices where !classes[index].special && (1...9).contains(classes[index].grade) {
            classNumber.insert(classes[index].id)
        }

        // Room for every row and pair at once (a school has a few hundred <teaches>).
        var teachingCount = 0
        var competenceTotal = 0
        for index in employees.indices {
            teachingCount += employees[index].teaches.count
            competenceTotal += employees[index].competences.count
        }
        var teacherNumber = TextNumbering(capacity: employees.count)
        var teacherIDs: [String] = []
        /// (teacher, folded subject) of every competence, duplicates included.
        var competencePairs: [(teacher: Int, subject: Int)] = []
        competencePairs.reserveCapacity(competenceTotal)
        var rows: [Row] = []
        rows.reserveCapacity(teachingCount)
        /// Where each row's subject is written: (employee, teaching) indices, in record order.
        var written: [(employee: Int32, teaching: Int32)] = []
        written.reserveCapacity(teachingCount)

        for index in employees.indices where !(employees[index].competences.isEmpty && employees[index].teaches.isEmpty) {
            let (teacher, isNew) = teacherNumber.insert(employees[index].id)
            if isNew { teacherIDs.append(employees[index].id) }
            for competence in employees[index].competences {
                competencePairs.append((teacher, subject(competence)))
            }
            let teaches = employees[index].teaches
            for position in teaches.indices {
                guard let schoolClass = classNumber.number(of: teaches[position].classID) else { continue }
                rows.append(Row(schoolClass: schoolClass, subject: subject(teaches[position].subject), teacher: teacher,
                                lessons: teaches[position].lessons))
                written.append((Int32(truncatingIfNeeded: index), Int32(truncatingIfNeeded: position)))
            }
        }

        // Distinct competences per teacher, as a teacher × subject table; teachers with more
        // than the maximum do not count.
        var competent = CompetenceTable(teachers: teacherIDs.count, subjects: keys.count)
        var competenceCount = [Int](repeating: 0, count: teacherIDs.count)
        for pair in competencePairs where competent.insert(teacher: pair.teacher, subject: pair.subject) {
            competenceCount[pair.teacher] += 1
        }
        competencePairs = []
        let counts = competenceCount.map { $0 <= maxCompetences }

        // Subject names as first written (record order), among teachers who count.
        var displayName = [String?](repeating: nil, count: keys.count)
        for (row, at) in zip(rows, written) where counts[row.teacher] && displayName[row.subject] == nil {
            let text = employees[Int(at.employee)].teaches[Int(at.teaching)].subject
            displayName[row.subject] = Self.ownCopy(SubjectName.trimmed(text))
        }
        written = []

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
                    || (current.lessons == sum && teacherIDs[current.teacher].codePointPrecedes(teacherIDs[teacher])) {
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

    /// A copy of `text` with its own storage. The figures are kept until the reports are
    /// written; the text as read sits in the reader's memory among records that are freed
    /// period by period, and would keep each of those memory pages from being returned.
    private static func ownCopy(_ text: String) -> String {
        String(decoding: Array(text.utf8), as: UTF8.self)
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
