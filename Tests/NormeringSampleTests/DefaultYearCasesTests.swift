import Foundation
import NormeringCore
import Testing

/// The bundled sample year holds the real-world cases the reports should show.
@Suite struct DefaultYearCasesTests {
    @Test func twelveMonthsOfFiveFiles() throws {
        let scan = try DefaultYear.get()
        let periods = Set(scan.files.map(\.period))
        #expect(periods.count == 12)
        #expect(periods.contains("2025-01") && periods.contains("2025-12"))
        #expect(scan.files.count == 60)
        for file in scan.files {
            #expect(file.rootAttributes["municipality"] == "657")
            #expect(file.rootAttributes["xmlns"] == "urn:normering:export:1")
            #expect(file.rootAttributes["system"] != nil && file.rootAttributes["created"] != nil)
        }
    }

    @Test func institutionsOfEveryKindAndOwnership() throws {
        let scan = try DefaultYear.get()
        let january = scan.files.filter { $0.period == "2025-01" && $0.root == "enrolment" }
        var kinds: [String: Set<String>] = [:]
        var ownership: [String: Int] = [:]
        for file in january {
            for inst in file.institutions {
                kinds[inst.attributes["kind"] ?? "", default: []].insert(inst.attributes["id"] ?? "")
                if inst.attributes["kind"] == "daycare" { ownership[inst.attributes["ownership"] ?? "municipal", default: 0] += 1 }
            }
        }
        #expect(kinds["daycare"]?.count == 25)
        #expect(kinds["family-daycare"]?.count == 1)
        #expect(kinds["school"]?.count == 6)
        #expect(kinds["sfo"]?.count == 2)
        #expect(ownership["municipal"] == 17)
        #expect(ownership["self-governing"] == 2)
        #expect(ownership["outsourced"] == 1)
        #expect(ownership["pool"] == 2)
        #expect(ownership["private"] == 2)
        #expect(ownership["special"] == 1)
        let districts = Set(january.flatMap { $0.institutions.compactMap { $0.attributes["district"] } })
        #expect(districts == ["Nord", "Syd", "Øst", "Vest"])
    }

    @Test func danishLettersAndEscaping() throws {
        let scan = try DefaultYear.get()
        let names = Set(scan.files.flatMap { $0.institutions.compactMap { $0.attributes["name"] } })
        #expect(names.contains("Børnehuset Mælkebøtten"))
        #expect(names.contains("Børnehuset Åkanden"))
        #expect(names.contains("Privatinstitutionen Leg & Lær"))
        #expect(names.contains { $0.contains("æ") } && names.contains { $0.contains("ø") } && names.contains { $0.contains("å") })
    }

    @Test func aFamilyDaycareFileInLatin1() throws {
        let scan = try DefaultYear.get()
        #expect(scan.latin1Path.hasSuffix("enrolment-family-daycare.xml"))
        let bytes = scan.latin1Bytes
        #expect(String(decoding: bytes.prefix(45), as: UTF8.self).hasPrefix("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"))
        // Latin-1 æ ø å (and Å in the system name) as single bytes; not valid UTF-8.
        #expect(bytes.contains(0xE6) && bytes.contains(0xF8) && bytes.contains(0xE5))
        #expect(String(bytes: bytes, encoding: .utf8) == nil)
        let text = String(bytes.map { Character(Unicode.Scalar($0)) })
        #expect(text.contains("Dagplejen Lærkehøj") && text.contains("SmåBørn"))
    }

    @Test func childmindersWithAtMostFiveChildrenButOnceSix() throws {
        let scan = try DefaultYear.get()
        let staffMinders = Set(DefaultYear.records("employee", in: scan.files)
            .filter { $0.institution.attributes["kind"] == "family-daycare" && $0.file.period == "2025-01" }
            .compactMap { $0.record.attributes["id"] }.filter { $0.hasPrefix("D0") })
        #expect(staffMinders.count == 15)
        var mostByMonth: [String: Int] = [:]
        for file in scan.files where file.root == "enrolment" {
            for inst in file.institutions where inst.attributes["kind"] == "family-daycare" {
                let first = day(file.period + "-01") ?? 0
                var most = 0
                var byMinder: [String: [(Int, Int)]] = [:]
                for child in inst.children {
                    let from = day(child.attributes["from"]) ?? Int.min
                    let to = day(child.attributes["to"]) ?? Int.max
                    #expect(child.attributes["minder"].map(staffMinders.contains) == true)
                    byMinder[child.attributes["minder"] ?? "", default: []].append((from, to))
                }
                for stays in byMinder.values {
                    for d in first..<(first + 31) {
                        most = max(most, stays.filter { $0.0 <= d && $0.1 >= d }.count)
                    }
                }
                mostByMonth[file.period] = most
            }
        }
        #expect(mostByMonth.count == 12)
        #expect(mostByMonth.values.filter { $0 == 6 }.count == 1)
        #expect(mostByMonth.values.allSatisfy { $0 <= 6 })
    }

    @Test func childrenCases() throws {
        let scan = try DefaultYear.get()
        let children = DefaultYear.records("child", in: scan.files).map(\.record.attributes)
        #expect(children.contains { $0["place"] == "part-time" })
        #expect(children.contains { $0["cpr"] != nil && $0["birthDate"] == nil })
        #expect(children.contains { $0["cpr"] != nil && $0["birthDate"] != nil })
        #expect(children.contains { $0["from"].map { !$0.hasSuffix("-01") } == true }, "a child starting mid-month")
        // Turning three during the year, born on the 1st and on the 15th.
        let births = Set(children.compactMap { $0["birthDate"] })
        #expect(births.contains { $0.hasPrefix("2022-") && $0.hasSuffix("-01") })
        #expect(births.contains { $0.hasPrefix("2022-") && $0.hasSuffix("-15") })
        // Leaving for school at the end of July.
        #expect(children.contains { $0["to"] == "2025-07-31" })
    }

    @Test func staffCases() throws {
        let scan = try DefaultYear.get()
        let employees = DefaultYear.records("employee", in: scan.files)
        let attributes = employees.map(\.record.attributes)
        for role in ["manager", "area-manager", "pedagogical", "support", "substitute", "student", "teacher"] {
            #expect(attributes.contains { $0["role"] == role }, "no \(role)")
        }
        #expect(!attributes.contains { $0["role"] == "other" })
        #expect(attributes.contains { $0["funding"] == "state-social-pool" })
        #expect(attributes.contains { $0["group"] == "nursery" } && attributes.contains { $0["group"] == "kindergarten" })
        #expect(attributes.contains { $0["role"] == "substitute" && $0["from"] != nil && $0["to"] != nil })
        let leaveKinds = Set(employees.flatMap { $0.record.children.filter { $0.name == "leave" }.compactMap { $0.attributes["kind"] } })
        #expect(leaveKinds.isSuperset(of: ["maternity", "parental", "sick", "vacation"]))
        // A change of hours mid-month: one id, two segments, the 14th and the 15th.
        var split = false
        for file in scan.files where file.root == "staffing" {
            for inst in file.institutions {
                var segments: [String: [[String: String]]] = [:]
                for e in inst.children where e.name == "employee" { segments[e.attributes["id"] ?? "", default: []].append(e.attributes) }
                for list in segments.values where list.count == 2 {
                    if list[0]["to"]?.hasSuffix("-14") == true, list[1]["from"]?.hasSuffix("-15") == true,
                       list[0]["hours"] != list[1]["hours"] { split = true }
                }
            }
        }
        #expect(split)
    }

    @Test func schoolCases() throws {
        let scan = try DefaultYear.get()
        let classes = DefaultYear.records("class", in: scan.files).map(\.record.attributes)
        #expect(classes.contains { $0["pupils"] == "28" && $0["exemption"] == nil && $0["special"] == nil })
        #expect(classes.contains { $0["exemption"] == "true" })
        #expect(classes.contains { $0["special"] == "true" })
        #expect(Set(classes.compactMap { $0["grade"] }) == Set((0...9).map(String.init)))
        let pupils = DefaultYear.records("pupils", in: scan.files)
        #expect(Set(pupils.map(\.institution.attributes["id"])).count == 2)

        let teachers = DefaultYear.records("employee", in: scan.files).filter { $0.record.attributes["role"] == "teacher" }
        #expect(teachers.contains { $0.record.children.filter { $0.name == "competence" }.count > 6 })
        // Most lessons are covered, some are not.
        var covered = 0, all = 0
        for t in teachers {
            let competences = Set(t.record.children.filter { $0.name == "competence" }.compactMap { $0.attributes["subject"]?.lowercased() })
            for teach in t.record.children where teach.name == "teaches" {
                let lessons = Int(teach.attributes["lessons"] ?? "") ?? 0
                all += lessons
                if competences.contains(teach.attributes["subject"]?.lowercased() ?? "") { covered += lessons }
            }
        }
        #expect(all > 0 && covered * 10 > all * 7 && covered < all)
        // Co-teaching: one class and subject taught by two teachers in the same month.
        var coTaught = false
        for file in scan.files where file.root == "staffing" && file.period == "2025-03" {
            for inst in file.institutions where inst.attributes["kind"] == "school" {
                var count: [String: Int] = [:]
                for e in inst.children {
                    for t in e.children where t.name == "teaches" {
                        count[(t.attributes["class"] ?? "") + "/" + (t.attributes["subject"] ?? "").lowercased(), default: 0] += 1
                    }
                }
                if count.values.contains(where: { $0 > 1 }) { coTaught = true }
            }
        }
        #expect(coTaught)
    }
}
