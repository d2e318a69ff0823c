/// Subjects and planned lessons a week by grade (a simplified Fælles Mål timetable).
enum Curriculum {
    static let subjects = [
        "børnehaveklasse", "dansk", "matematik", "engelsk", "tysk", "natur/teknologi",
        "historie", "kristendomskundskab", "idræt", "musik", "billedkunst",
        "håndværk og design", "madkundskab", "fysik/kemi", "biologi", "geografi", "samfundsfag",
    ]

    /// The same subjects as a timetable system that capitalises them writes them.
    static let capitalised: [String] = subjects.map { $0.prefix(1).uppercased() + $0.dropFirst() }

    /// Lessons a week for grades 0–9, by subject (same order as `subjects`).
    static let lessons: [[Int]] = [
        [20, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        [0, 10, 9, 9, 7, 7, 7, 6, 6, 6],
        [0, 5, 5, 5, 5, 5, 5, 5, 4, 4],
        [0, 1, 2, 2, 2, 2, 3, 3, 3, 3],
        [0, 0, 0, 0, 0, 1, 2, 3, 3, 3],
        [0, 1, 1, 2, 3, 3, 2, 0, 0, 0],
        [0, 0, 0, 1, 2, 2, 2, 2, 1, 2],
        [0, 1, 1, 1, 1, 1, 1, 0, 1, 1],
        [0, 2, 2, 2, 3, 3, 3, 2, 2, 2],
        [0, 1, 2, 2, 2, 1, 1, 0, 0, 0],
        [0, 1, 2, 2, 2, 1, 0, 0, 0, 0],
        [0, 0, 0, 0, 2, 2, 2, 2, 0, 0],
        [0, 0, 0, 0, 2, 2, 1, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 0, 2, 2, 2],
        [0, 0, 0, 0, 0, 0, 0, 2, 1, 1],
        [0, 0, 0, 0, 0, 0, 0, 1, 2, 1],
        [0, 0, 0, 0, 0, 0, 0, 0, 2, 1],
    ]

    /// A special class's week: dansk, matematik, natur/teknologi, idræt.
    static let specialLessons: [(subject: Int, lessons: Int)] = [(1, 9), (2, 6), (5, 2), (8, 3)]

    /// Lessons of one class through grades 0–9.
    static let lessonsPerTrack: Int = lessons.reduce(0) { $0 + $1.reduce(0, +) }

    /// The main subject of each teacher post in turn: subjects in proportion to their
    /// lessons (smooth weighted round-robin), so a school's staff covers its timetable.
    static let mainSubjects: [Int] = {
        let weights = lessons.map { $0.reduce(0, +) }
        let total = weights.reduce(0, +)
        var current = [Int](repeating: 0, count: weights.count)
        var order: [Int] = []
        for _ in 0..<total {
            var best = 0
            for s in weights.indices {
                current[s] += weights[s]
                if current[s] > current[best] { best = s }
            }
            current[best] -= total
            order.append(best)
        }
        return order
    }()

    /// How often teachers hold each subject as a further competence, by subject.
    static let competenceWeights = [0, 25, 20, 10, 4, 6, 6, 4, 8, 4, 3, 3, 3, 4, 3, 3, 3]
}
