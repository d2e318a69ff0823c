import NormeringCore

/// A school's month: its classes and its staff with competences and lessons, derived from
/// the seed. Classes follow their cohort (a class in 4B this year is in 5B next year);
/// teachers change on 1 August; the timetable is planned once per school year.
struct SchoolModel {
    let seed: UInt64
    let school: School
    let horizonStart: Int
    let horizonEnd: Int

    /// The school year (first calendar year) of the run's first month: the pinned cases
    /// are placed relative to it.
    var firstSchoolYear: Int {
        let (y, m, _) = Civil.ymd(horizonStart)
        return m >= 8 ? y : y - 1
    }

    /// Class-size cap of folkeskoleloven § 17 (rules.md § 3).
    static func cap(cohort: Int, grade: Int, exemption: Bool) -> Int {
        if grade <= 2 && cohort >= 2024 { return exemption ? 28 : 26 }
        return exemption ? 30 : 28
    }

    // MARK: Classes

    func tracks(cohort: Int) -> Int {
        var r = SplitMix64(seed, Stream.classCohort, school.key, UInt64(bitPattern: Int64(cohort)))
        var tracks = school.tracks
        if r.chance(0.2) { tracks += r.chance(0.5) ? 1 : -1 }
        tracks = min(4, max(1, tracks))
        if school.pin == 1 && cohort == firstSchoolYear - 4 { tracks = max(tracks, 2) }
        return tracks
    }

    /// The classes of one month: grades 0–9, A, B, …; then the special classes.
    func classes(period: Period) -> [ClassRecord] {
        let year = period.schoolYear
        var result: [ClassRecord] = []
        let letters: [String] = ["A", "B", "C", "D"]
        for grade in 0...9 {
            let cohort = year - grade
            for letter in 0..<tracks(cohort: cohort) {
                var base = SplitMix64(seed, Stream.classCohort, school.key, UInt64(bitPattern: Int64(cohort)), UInt64(letter + 1))
                var pupils = base.int(17, 26)
                var exemption = false
                var noise = SplitMix64(seed, Stream.classPupils, school.key, UInt64(bitPattern: Int64(cohort * 8 + letter)), period.key)
                pupils += [-1, 0, 1][noise.weighted([1, 8, 1])]
                let pinned: Bool
                switch school.pin {
                case 0 where cohort == firstSchoolYear - 5 && letter == 0:
                    pupils = 28  // exactly at its cap
                    pinned = true
                case 1 where cohort == firstSchoolYear - 4 && letter == 1:
                    pupils = 29  // allowed by an exemption (cap 30)
                    exemption = true
                    pinned = true
                case 2 where cohort == firstSchoolYear + 1 && letter == 0:
                    pupils = 27  // one above the new cap of 26 for the 2024+ cohorts
                    pinned = true
                default:
                    pinned = false
                }
                if !pinned { pupils = min(pupils, SchoolModel.cap(cohort: cohort, grade: grade, exemption: exemption)) }
                result.append(ClassRecord(
                    id: String(grade) + letters[letter], grade: grade, pupils: pupils,
                    exemption: exemption, letter: letter
                ))
            }
        }
        if school.hasSpecialClasses {
            var noise = SplitMix64(seed, Stream.classPupils, school.key, 0xFFFF, period.key)
            result.append(ClassRecord(id: "S1", grade: 4, pupils: 7 + noise.int(-1, 1), special: true, letter: -1))
            result.append(ClassRecord(id: "S2", grade: 8, pupils: 6 + noise.int(-1, 1), special: true, letter: -1))
        }
        return result
    }

    // MARK: Staff

    var staff: StaffContext {
        StaffContext(
            seed: seed, institutionKey: school.key, horizonStart: horizonStart, horizonEnd: horizonEnd,
            trainedShare: 0.85, usesGroups: false, nurseryShare: 0
        )
    }

    /// The competences (subject indices, sorted) of a teacher post's holder.
    func competences(post: Int, generation: Int, education: Education) -> [Int] {
        var r = SplitMix64(seed, Stream.holderEvents, school.key, UInt64(post) | 0x1_0000, UInt64(generation))
        if school.hasManyCompetenceTeacher && post == 1 {
            return [1, 2, 3, 5, 6, 7, 8, 9]  // a long-serving all-rounder: eight subjects
        }
        let main = Curriculum.mainSubjects[post % Curriculum.mainSubjects.count]
        var count: Int
        var chosen: [Int] = []
        switch education {
        case .teacher:
            chosen.append(main)
            count = [1, 2, 3, 4][r.weighted([2, 4, 4, 1])]
        case .pedagogue: return r.chance(0.5) ? [0, 8] : [0]
        default:
            if r.chance(0.3) { chosen.append(main) }
            count = 0
        }
        var weights = Curriculum.competenceWeights
        for subject in chosen { weights[subject] = 0 }
        while count > 0 {
            let subject = r.weighted(weights)
            chosen.append(subject)
            weights[subject] = 0
            count -= 1
        }
        return chosen.sorted()
    }

    /// The month's employees: leader, deputy, teachers with competences and `<teaches>`,
    /// pedagogues of the first grades, substitutes.
    func employees(period: Period, classes: [ClassRecord]) -> [EmployeeRecord] {
        let context = staff
        var records: [EmployeeRecord] = []
        context.appendRecords(
            post: 0, kind: .manager, period: period,
            id: { RecordID("SL", 1, 1, $0.generation, 2) }, substituteID: { RecordID("SLV", 1, 1, $0.generation, 2) },
            into: &records
        )
        for i in records.indices { records[i].education = .teacher }

        // Teachers: records first, then the timetable over the posts held this month.
        var teacherRecords: [EmployeeRecord] = []
        var postOfRecord: [Int] = []
        for post in 0..<school.teacherPosts {
            let before = teacherRecords.count
            context.appendRecords(
                post: 100 + post, kind: .teacher, period: period,
                id: { RecordID("T", post + 1, 3, $0.generation, 2) },
                substituteID: { RecordID("TV", post + 1, 3, $0.generation, 2) },
                into: &teacherRecords
            )
            for _ in before..<teacherRecords.count { postOfRecord.append(post) }
        }
        // Competences: per holder (the generation is the second number of the id).
        var mainRecord: [Int] = Array(repeating: -1, count: school.teacherPosts)
        for i in teacherRecords.indices where teacherRecords[i].role == .teacher {
            let post = postOfRecord[i]
            mainRecord[post] = i
            teacherRecords[i].competences = competences(
                post: post, generation: teacherRecords[i].id.b, education: teacherRecords[i].education)
        }
        plan(period: period, classes: classes, teachers: &teacherRecords, mainRecord: mainRecord)
        records.append(contentsOf: teacherRecords)

        // Pedagogues in the first grades (indskoling): pedagogical staff, no lessons.
        for k in 0..<school.tracks {
            context.appendRecords(
                post: 10 + k, kind: .pedagogical, period: period,
                id: { RecordID("SP", k + 1, 2, $0.generation, 2) },
                substituteID: { RecordID("SPV", k + 1, 2, $0.generation, 2) },
                into: &records
            )
        }
        context.shortSubstitutes(period: period, upTo: 2, into: &records)
        return records
    }

    /// Plans the school year's lessons: each class and subject goes to a teacher with the
    /// competence and room in the week, unless the school plans it otherwise (its miss
    /// rate) or no such teacher is left; grade 1A has a second teacher in dansk.
    private func plan(period: Period, classes: [ClassRecord], teachers: inout [EmployeeRecord], mainRecord: [Int]) {
        let posts = mainRecord.indices.filter { mainRecord[$0] >= 0 }
        guard !posts.isEmpty else { return }
        var load = [Int](repeating: 0, count: mainRecord.count)
        var capacity = [Int](repeating: 0, count: mainRecord.count)
        var competent = [UInt32](repeating: 0, count: mainRecord.count)
        var breadth = [Int](repeating: 0, count: mainRecord.count)
        for post in posts {
            let record = teachers[mainRecord[post]]
            capacity[post] = record.hours * 26 / 370
            for subject in record.competences { competent[post] |= 1 << UInt32(subject) }
        }
        // A competent teacher with room, the most specialised first (keeping the
        // all-rounders free), then the least loaded; or, without competence, the least loaded.
        func pick(_ subject: Int, _ lessons: Int, competence: Bool, excluding: Int = -1) -> Int {
            var best = -1
            for post in posts where post != excluding {
                if competence && competent[post] & (1 << UInt32(subject)) == 0 { continue }
                if load[post] + lessons > capacity[post] { continue }
                if best < 0 { best = post; continue }
                if competence && breadth[post] != breadth[best] {
                    if breadth[post] < breadth[best] { best = post }
                } else if load[post] < load[best] {
                    best = post
                }
            }
            return best
        }
        // The tasks of the week, the tightest subjects (most lessons per lesson of
        // competent capacity) first; within a subject, class by class.
        var supply = [Int](repeating: 0, count: Curriculum.subjects.count)
        for post in posts {
            breadth[post] = competent[post].nonzeroBitCount
            for subject in supply.indices where competent[post] & (1 << UInt32(subject)) != 0 {
                supply[subject] += capacity[post]
            }
        }
        var tasks: [(classIndex: Int, subject: Int, lessons: Int)] = []
        var demand = [Int](repeating: 0, count: Curriculum.subjects.count)
        for (index, schoolClass) in classes.enumerated() {
            if schoolClass.special {
                for (subject, lessons) in Curriculum.specialLessons {
                    tasks.append((index, subject, lessons))
                    demand[subject] += lessons
                }
            } else {
                for subject in Curriculum.subjects.indices {
                    let lessons = Curriculum.lessons[subject][schoolClass.grade]
                    if lessons > 0 {
                        tasks.append((index, subject, lessons))
                        demand[subject] += lessons
                    }
                }
            }
        }
        tasks.sort { a, b in
            // demand/supply compared without division: a.d * b.s > b.d * a.s.
            let left = demand[a.subject] * max(1, supply[b.subject])
            let right = demand[b.subject] * max(1, supply[a.subject])
            if left != right { return left > right }
            if a.subject != b.subject { return a.subject < b.subject }
            return a.classIndex < b.classIndex
        }
        // First pass: every task the school plans by competence goes to a competent
        // teacher with room. Second pass: the rest (planned otherwise, or no competent
        // teacher left) to the least loaded teacher with room.
        let year = UInt64(period.schoolYear)
        var assigned = [[TeachEntry]](repeating: [], count: mainRecord.count)
        var owner = [Int](repeating: -1, count: tasks.count)
        for (t, task) in tasks.enumerated() {
            var r = SplitMix64(seed, Stream.teaching, school.key, year, UInt64(task.classIndex * 32 + task.subject))
            if r.chance(school.missRate) { continue }
            let post = pick(task.subject, task.lessons, competence: true)
            if post >= 0 {
                owner[t] = post
                load[post] += task.lessons
            }
        }
        for (t, task) in tasks.enumerated() where owner[t] < 0 {
            var post = pick(task.subject, task.lessons, competence: false)
            if post < 0 { post = posts.min { load[$0] < load[$1] } ?? posts[0] }
            owner[t] = post
            load[post] += task.lessons
        }
        for (t, task) in tasks.enumerated() {
            let post = owner[t]
            assigned[post].append(TeachEntry(classIndex: task.classIndex, subject: task.subject, lessons: task.lessons))
            let schoolClass = classes[task.classIndex]
            if schoolClass.grade == 1 && schoolClass.letter == 0 && task.subject == 1 {
                // Co-teaching (to-lærerordning): a second teacher with fewer lessons.
                var second = pick(task.subject, 4, competence: false, excluding: post)
                if second < 0 { second = posts.first { $0 != post } ?? -1 }
                if second >= 0 {
                    load[second] += 4
                    assigned[second].append(TeachEntry(classIndex: task.classIndex, subject: task.subject, lessons: 4))
                }
            }
        }
        // Written in timetable order: by class, then subject.
        for post in posts {
            teachers[mainRecord[post]].teaches = assigned[post].sorted {
                ($0.classIndex, $0.subject, -$0.lessons) < ($1.classIndex, $1.subject, -$1.lessons)
            }
        }
    }
}
