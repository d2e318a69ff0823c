import NormeringCore

/// One daycare institution (`kind="daycare"`) and the plan its staff and children follow.
struct DaycareInstitution: Sendable {
    let index: Int
    let key: UInt64
    let id: String
    let name: String
    let ownership: Ownership
    let district: String
    let layout: DaycareLayout
    /// Places (child slots); each slot holds one child at a time.
    let places: Int
    /// Planned weighted staff FTE over the required FTE of full occupancy.
    let staffingFactor: Double
    /// The planned share of pedagogues and assistants among new hires.
    let trainedShare: Double
    let usesGroups: Bool
    let statePoolPosts: Int
    let studentPosts: Int
    let supportPosts: Int
    /// Children leave on 31 March for early SFO (else on 31 July) in the year they turn 6.
    let leavesInSpring: Bool
    /// The area manager (områdeleder) of an area of eight institutions sits here.
    let hasAreaManager: Bool
}

/// One family daycare (`kind="family-daycare"`): childminders with their own homes.
struct FamilyDaycare: Sendable {
    let index: Int
    let key: UInt64
    let id: String
    let name: String
    let district: String
    let minders: Int
}

/// One school and the plan of its classes and teachers.
struct School: Sendable {
    let index: Int
    let key: UInt64
    let id: String
    let name: String
    let district: String
    /// Classes per cohort (spor), before the yearly variation.
    let tracks: Int
    /// The chance that a lesson is planned without regard to competence.
    let missRate: Double
    let hasSpecialClasses: Bool
    /// One teacher holds more than six competences (left out of coverage).
    let hasManyCompetenceTeacher: Bool
    /// The timetable system writes subjects capitalised ("Dansk").
    let capitalisesSubjects: Bool
    let teacherPosts: Int
    /// Which of the pinned class cases this school carries (index % 6).
    let pin: Int
}

/// One SFO, attached to a school whose pupils it takes in grades 0–3.
struct SFO: Sendable {
    let index: Int
    let key: UInt64
    let id: String
    let name: String
    let district: String
    let school: Int
    let trainedShare: Double
    /// Percent of the school's pupils in grades 0–3 enrolled in the SFO.
    let participation: Int
}

/// Every institution of the fictional municipality, derived from the options and the seed.
///
/// Holds one small value per institution (not per person or month), so it stays small
/// at national scale; all records are computed when a file is written.
struct Catalog: Sendable {
    let options: SampleOptions
    let daycares: [DaycareInstitution]
    let familyDaycares: [FamilyDaycare]
    let schools: [School]
    let sfos: [SFO]

    init(options: SampleOptions) {
        self.options = options
        let m = options.municipality
        let seed = options.seed
        daycares = (0..<max(0, options.institutions)).map { Catalog.daycare($0, seed: seed, municipality: m) }
        familyDaycares = (0..<options.familyDaycares).map { f in
            let district = Names.districts[f % 4]
            return FamilyDaycare(
                index: f, key: 2 << 32 | UInt64(f), id: m + "-2" + Civil.padded(f + 1, 4),
                name: f == 0 ? Names.familyDaycare : "Dagplejen " + district + " " + String(f / 4 + 1),
                district: district, minders: 15
            )
        }
        let schoolList = (0..<max(0, options.schools)).map { Catalog.school($0, seed: seed, municipality: m) }
        schools = schoolList
        let sfoCount = options.sfos
        sfos = (0..<sfoCount).map { j in
            let schoolIndex = j * schoolList.count / sfoCount
            let school = schoolList[schoolIndex]
            var r = SplitMix64(seed, Stream.catalog, 4 << 32 | UInt64(j))
            let defaultsTrained = [0.90, 0.72]
            return SFO(
                index: j, key: 4 << 32 | UInt64(j), id: m + "-4" + Civil.padded(j + 1, 4),
                name: Names.sfoName(school: schoolIndex, schoolName: school.name),
                district: school.district, school: schoolIndex,
                trainedShare: j < 2 ? defaultsTrained[j] : 0.65 + 0.30 * r.unit(),
                participation: r.int(78, 92)
            )
        }
    }

    static func daycare(_ i: Int, seed: UInt64, municipality: String) -> DaycareInstitution {
        let key: UInt64 = 1 << 32 | UInt64(i)
        var r = SplitMix64(seed, Stream.catalog, key)
        let template = Names.daycares[i % Names.daycares.count]
        let name: String
        let layout: DaycareLayout
        var places: Int
        var factor: Double
        var trained: Double
        if i < Names.daycares.count {
            name = template.name
            layout = template.layout
            places = template.places
            factor = template.staffingFactor
            trained = template.trainedShare
        } else {
            let n = i - Names.daycares.count
            let noun = Names.daycareNouns[n % Names.daycareNouns.count]
            let block = n / Names.daycareNouns.count
            let (prefix, prefixLayout) = Names.daycarePrefixes[block % Names.daycarePrefixes.count]
            let round = block / Names.daycarePrefixes.count
            let suffix = round > 0 ? " " + String(round + 1) : ""
            switch template.ownership {
            case .private: name = "Privatinstitutionen " + noun + suffix; layout = .integrated
            case .special: name = "Specialbørnehaven " + noun + suffix; layout = .integrated
            default: name = prefix + " " + noun + suffix; layout = prefixLayout
            }
            switch layout {
            case .integrated: places = r.int(40, 90)
            case .nursery: places = r.int(24, 48)
            case .kindergarten: places = r.int(40, 80)
            }
            factor = r.chance(0.88) ? 1.08 + 0.16 * r.unit() : 0.88 + 0.08 * r.unit()
            trained = r.chance(0.6) ? 0.90 + 0.08 * r.unit() : 0.62 + 0.22 * r.unit()
            switch template.ownership {
            case .private: places = r.int(20, 40)
            case .pool: places = r.int(20, 36)
            case .special:
                places = r.int(12, 20)
                factor = 2.0 + 0.3 * r.unit()
            default: break
            }
        }
        return DaycareInstitution(
            index: i, key: key, id: municipality + "-1" + Civil.padded(i + 1, 4), name: name,
            ownership: template.ownership, district: Names.districts[i % 4], layout: layout,
            places: places, staffingFactor: factor, trainedShare: trained,
            usesGroups: i % 3 != 2 && layout == .integrated,
            statePoolPosts: i % 4 == 1 ? 1 : 0,
            studentPosts: places >= 40 ? 1 : 0,
            supportPosts: i % 5 == 0 ? 1 : 0,
            leavesInSpring: i % 6 == 3,
            hasAreaManager: i % 8 == 0
        )
    }

    static func school(_ s: Int, seed: UInt64, municipality: String) -> School {
        let key: UInt64 = 3 << 32 | UInt64(s)
        var r = SplitMix64(seed, Stream.catalog, key)
        let name: String
        let tracks: Int
        let missRate: Double
        if s < Names.schools.count {
            name = Names.schools[s]
            tracks = [3, 2, 2, 1, 2, 2][s]
            missRate = [0.02, 0.07, 0.01, 0.12, 0.04, 0.09][s]
        } else {
            let n = s - Names.schools.count
            let stem = Names.schoolStems[n % Names.schoolStems.count]
            let round = n / Names.schoolStems.count
            name = stem + "skolen" + (round > 0 ? " " + String(round + 1) : "")
            tracks = r.weighted([2, 5, 3]) + 1
            missRate = 0.01 + 0.12 * r.unit()
        }
        let special = s % 5 == 0
        // Lessons of one cohort through grades 0–9, divided by a teacher's ~24 lessons.
        let lessonsPerTrack = Curriculum.lessonsPerTrack
        let lessons = lessonsPerTrack * (tracks + (s % 6 == 1 && tracks < 2 ? 1 : 0)) + (special ? 2 * 24 : 0) + 8
        return School(
            index: s, key: key, id: municipality + "-3" + Civil.padded(s + 1, 4), name: name,
            district: Names.districts[s % 4], tracks: tracks, missRate: missRate,
            hasSpecialClasses: special, hasManyCompetenceTeacher: s % 50 == 0,
            capitalisesSubjects: s % 6 == 3, teacherPosts: (lessons + 23) / 24 + 1, pin: s % 6
        )
    }
}
