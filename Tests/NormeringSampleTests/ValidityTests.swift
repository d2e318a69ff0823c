import Foundation
import NormeringCore
import NormeringSample
import Testing

/// The sample must be valid input with no errors and no warnings (export-format.md).
@Suite struct ValidityTests {
    static let other = SampleOptions(institutions: 60, schools: 10, months: 14, seed: 99,
                                     start: YearMonth(year: 2024, month: 11)!, municipality: "101",
                                     institutionsPerFile: 25)

    static func scanned(_ options: SampleOptions) throws -> [ScannedFile] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        return try SampleGenerator(options: options).write(to: folder.path).map(ExportScanner.read)
    }

    @Test func defaultYearIsValid() throws {
        let problems = Self.check(try DefaultYear.get().files)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    @Test func anotherSeedAndStartAreValid() throws {
        let files = try Self.scanned(Self.other)
        #expect(Set(files.map(\.period)).count == 14)
        let problems = Self.check(files)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    /// Every rule of export-format.md the generator could break, as problems found.
    static func check(_ files: [ScannedFile]) -> [String] {
        var problems: [String] = []
        func problem(_ file: ScannedFile, _ line: Int, _ message: String) {
            problems.append("\(file.path):\(line): \(message)")
        }
        struct Side { var kind: String; var ownership: String; var name: String; var staffing = false; var enrolment = false }
        var institutions: [String: Side] = [:]  // period/id
        var employeesByInstitution: [String: [String: [(Int, Int)]]] = [:]
        var childrenByInstitution: [String: [String: [(Int, Int)]]] = [:]
        var classesByInstitution: [String: Set<String>] = [:]
        var teachesByInstitution: [String: [(ScannedFile, Int, String)]] = [:]
        var mindersUsed: [String: [(ScannedFile, Int, String)]] = [:]

        for file in files {
            guard let period = YearMonth(file.period) else { problem(file, 2, "bad period"); continue }
            let first = period.firstDay.dayNumber, last = period.lastDay.dayNumber
            if file.rootAttributes["xmlns"] != "urn:normering:export:1" { problem(file, 2, "namespace") }
            if file.rootAttributes["municipality"]?.count != 3 { problem(file, 2, "municipality") }
            for inst in file.institutions {
                let a = inst.attributes
                guard let id = a["id"], let name = a["name"], let kind = a["kind"].flatMap(InstitutionKind.init(rawValue:)) else {
                    problem(file, inst.line, "institution attributes"); continue
                }
                let ownership = a["ownership"] ?? "municipal"
                if Ownership(rawValue: ownership) == nil { problem(file, inst.line, "ownership \(ownership)") }
                let key = file.period + "/" + id
                var side = institutions[key] ?? Side(kind: kind.rawValue, ownership: ownership, name: name)
                if side.kind != kind.rawValue || side.ownership != ownership || side.name != name {
                    problem(file, inst.line, "\(id): kind, ownership or name differ between files")
                }
                if file.root == "staffing" { side.staffing = true } else { side.enrolment = true }
                institutions[key] = side
                var classIDs = classesByInstitution[key] ?? []
                for record in inst.children {
                    let r = record.attributes
                    let from = day(r["from"]), to = day(r["to"])
                    if r["from"] != nil && from == nil { problem(file, record.line, "from \(r["from"] ?? "")") }
                    if r["to"] != nil && to == nil { problem(file, record.line, "to \(r["to"] ?? "")") }
                    let start = from ?? Int.min, end = to ?? Int.max
                    if start > end { problem(file, record.line, "to before from") }
                    switch (file.root, record.name) {
                    case ("staffing", "employee"):
                        if r["role"].flatMap(Role.init(rawValue:)) == nil || r["role"] == "other" { problem(file, record.line, "role") }
                        if r["education"].flatMap(Education.init(rawValue:)) == nil { problem(file, record.line, "education") }
                        if let f = r["funding"], Funding(rawValue: f) == nil { problem(file, record.line, "funding") }
                        if let g = r["group"], AgeGroup(rawValue: g) == nil { problem(file, record.line, "group") }
                        guard let hours = r["hours"].flatMap(Double.init), hours > 0, hours <= 60,
                              r["hours"]?.allSatisfy({ $0.isNumber || $0 == "." }) == true else {
                            problem(file, record.line, "hours"); continue
                        }
                        if !(start <= last && end >= first) { problem(file, record.line, "does not touch the period") }
                        employeesByInstitution[key, default: [:]][r["id"] ?? "", default: []].append((max(start, first), min(end, last)))
                        for child in record.children {
                            let c = child.attributes
                            switch child.name {
                            case "leave":
                                if c["kind"].flatMap(LeaveKind.init(rawValue:)) == nil { problem(file, child.line, "leave kind") }
                                guard let lf = day(c["from"]), let lt = day(c["to"]), lf <= lt else {
                                    problem(file, child.line, "leave dates"); continue
                                }
                            case "competence":
                                if (c["subject"] ?? "").isEmpty { problem(file, child.line, "competence") }
                            case "teaches":
                                guard let lessons = Int(c["lessons"] ?? ""), lessons > 0 else { problem(file, child.line, "lessons"); continue }
                                if kind != .school { problem(file, child.line, "teaches outside a school") }
                                teachesByInstitution[key, default: []].append((file, child.line, c["class"] ?? ""))
                            default: problem(file, child.line, "element \(child.name)")
                            }
                        }
                    case ("enrolment", "child"):
                        if kind != .daycare && kind != .familyDaycare { problem(file, record.line, "child in \(kind)") }
                        var birth = day(r["birthDate"])
                        if let cpr = r["cpr"] {
                            let digits = cpr.filter(\.isNumber)
                            guard digits.count == 10, cpr.count == 10 || (cpr.count == 11 && cpr.dropFirst(6).first == "-") else {
                                problem(file, record.line, "cpr form"); continue
                            }
                            let d = digits.map { Int(String($0)) ?? 0 }
                            let yy = d[4] * 10 + d[5], seventh = d[6]
                            let year: Int
                            switch seventh {
                            case 0...3: year = 1900 + yy
                            case 4, 9: year = yy <= 36 ? 2000 + yy : 1900 + yy
                            default: year = yy <= 57 ? 2000 + yy : 1800 + yy
                            }
                            let dd = d[0] * 10 + d[1]
                            if dd > 60 { problem(file, record.line, "replacement CPR number (a warning)") }
                            guard let date = LocalDate(year: year, month: d[2] * 10 + d[3], day: dd) else {
                                problem(file, record.line, "cpr date does not exist"); continue
                            }
                            if let b = birth, b != date.dayNumber { problem(file, record.line, "cpr and birthDate disagree") }
                            birth = date.dayNumber
                        }
                        guard let born = birth else { problem(file, record.line, "no birth date"); continue }
                        if born > last { problem(file, record.line, "born after the period") }
                        let seventh = LocalDate(dayNumber: born).addingYears(7)
                        if seventh.dayNumber <= first { problem(file, record.line, "older than 7 (a warning)") }
                        if let p = r["place"], PlaceKind(rawValue: p) == nil { problem(file, record.line, "place") }
                        if !(start <= last && end >= first) { problem(file, record.line, "does not touch the period") }
                        childrenByInstitution[key, default: [:]][r["id"] ?? "", default: []].append((max(start, first), min(end, last)))
                        if kind == .familyDaycare {
                            mindersUsed[key, default: []].append((file, record.line, r["minder"] ?? ""))
                        } else if r["minder"] != nil {
                            problem(file, record.line, "minder outside family daycare")
                        }
                    case ("enrolment", "class"):
                        if kind != .school { problem(file, record.line, "class outside a school") }
                        guard let grade = Int(r["grade"] ?? ""), (0...10).contains(grade), let pupils = Int(r["pupils"] ?? ""), pupils >= 0 else {
                            problem(file, record.line, "grade or pupils"); continue
                        }
                        for flag in ["special", "exemption"] where r[flag] != nil && r[flag] != "true" && r[flag] != "false" {
                            problem(file, record.line, flag)
                        }
                        if !classIDs.insert(r["id"] ?? "").inserted { problem(file, record.line, "duplicate class id") }
                    case ("enrolment", "pupils"):
                        if kind != .sfo { problem(file, record.line, "pupils outside an SFO") }
                        if Int(r["grade"] ?? "") == nil || (Int(r["count"] ?? "") ?? -1) < 0 { problem(file, record.line, "pupils") }
                    default:
                        problem(file, record.line, "\(record.name) in \(file.root)")
                    }
                }
                classesByInstitution[key] = classIDs
            }
        }
        for (key, side) in institutions where !(side.staffing && side.enrolment) {
            problems.append("\(key): only one side (a warning)")
        }
        for (key, byID) in employeesByInstitution.merging(childrenByInstitution, uniquingKeysWith: { $0.merging($1) { $0 + $1 } }) {
            for (id, spans) in byID {
                let sorted = spans.sorted { $0.0 < $1.0 }
                for (a, b) in zip(sorted, sorted.dropFirst()) where b.0 <= a.1 {
                    problems.append("\(key): segments of \(id) overlap")
                }
            }
        }
        for (key, teaches) in teachesByInstitution {
            let classes = classesByInstitution[key] ?? []
            for (file, line, classID) in teaches where !classes.contains(classID) {
                problem(file, line, "teaches class \(classID) not in the enrolment")
            }
        }
        for (key, uses) in mindersUsed {
            let staff = employeesByInstitution[key] ?? [:]
            for (file, line, minder) in uses where staff[minder] == nil {
                problem(file, line, "minder \(minder) is not an employee (a warning)")
            }
        }
        return problems
    }
}

@Suite struct ValidityCheckerTests {
    @Test func theCheckerFindsBrokenInput() throws {
        let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <staffing xmlns="urn:normering:export:1" municipality="657" period="2025-03">
          <institution id="1" name="A" kind="school">
            <employee id="T1" role="teacher" education="teacher" hours="37" to="2025-03-20">
              <teaches class="9Z" subject="dansk" lessons="3"/>
            </employee>
            <employee id="T1" role="teacher" education="teacher" hours="37,5" from="2025-03-10"/>
            <employee id="T2" role="chef" education="teacher" hours="37" from="2025-02-30"/>
          </institution>
        </staffing>
        """
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/bad.xml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let problems = ValidityTests.check([try ExportScanner.read(path)])
        #expect(problems.contains { $0.contains("hours") })
        #expect(problems.contains { $0.contains("role") })
        #expect(problems.contains { $0.contains("from 2025-02-30") })
        #expect(problems.contains { $0.contains("teaches class 9Z") })
        #expect(problems.contains { $0.contains("only one side") })
    }
}
