/// The namespace of export format version 1.
let exportNamespace: StaticString = "urn:normering:export:1"

/// The elements of the format, recognised from libxml2's name bytes.
enum Tag: String {
    case staffing, enrolment, institution, employee, leave, competence, teaches, child, schoolClass = "class", pupils

    /// The element's name as written, for messages.
    var name: String { rawValue }

    /// Whether the element is a record of the statistics (employee, child, class, pupils).
    var isRecord: Bool {
        switch self {
        case .employee, .child, .schoolClass, .pupils: true
        default: false
        }
    }

    init?(_ name: some NameBytes) {
        switch name.first {
        case UInt8(ascii: "s"): if name.equals("staffing") { self = .staffing } else { return nil }
        case UInt8(ascii: "e"):
            if name.equals("employee") { self = .employee } else if name.equals("enrolment") { self = .enrolment } else { return nil }
        case UInt8(ascii: "i"): if name.equals("institution") { self = .institution } else { return nil }
        case UInt8(ascii: "l"): if name.equals("leave") { self = .leave } else { return nil }
        case UInt8(ascii: "t"): if name.equals("teaches") { self = .teaches } else { return nil }
        case UInt8(ascii: "c"):
            if name.equals("child") {
                self = .child
            } else if name.equals("class") {
                self = .schoolClass
            } else if name.equals("competence") {
                self = .competence
            } else {
                return nil
            }
        case UInt8(ascii: "p"): if name.equals("pupils") { self = .pupils } else { return nil }
        default: return nil
        }
    }
}

/// The attributes of the format (all without a namespace), recognised from name bytes.
enum AttributeName: String {
    case municipality, period, system, created
    case id, name, kind, ownership, district
    case role, education, hours, from, to, funding, group
    case subject, schoolClass = "class", lessons
    case birthDate, cpr, place, minder
    case grade, pupils, special, exemption, count

    /// The attribute's name as written, for messages.
    var name: String { rawValue }

    init?(_ name: some NameBytes) {
        let found: AttributeName?
        switch name.first {
        case UInt8(ascii: "b"): found = name.equals("birthDate") ? .birthDate : nil
        case UInt8(ascii: "c"):
            found = name.equals("created") ? .created : name.equals("cpr") ? .cpr
                : name.equals("class") ? .schoolClass : name.equals("count") ? .count : nil
        case UInt8(ascii: "d"): found = name.equals("district") ? .district : nil
        case UInt8(ascii: "e"):
            found = name.equals("education") ? .education : name.equals("exemption") ? .exemption : nil
        case UInt8(ascii: "f"):
            found = name.equals("from") ? .from : name.equals("funding") ? .funding : nil
        case UInt8(ascii: "g"):
            found = name.equals("group") ? .group : name.equals("grade") ? .grade : nil
        case UInt8(ascii: "h"): found = name.equals("hours") ? .hours : nil
        case UInt8(ascii: "i"): found = name.equals("id") ? .id : nil
        case UInt8(ascii: "k"): found = name.equals("kind") ? .kind : nil
        case UInt8(ascii: "l"): found = name.equals("lessons") ? .lessons : nil
        case UInt8(ascii: "m"):
            found = name.equals("municipality") ? .municipality : name.equals("minder") ? .minder : nil
        case UInt8(ascii: "n"): found = name.equals("name") ? .name : nil
        case UInt8(ascii: "o"): found = name.equals("ownership") ? .ownership : nil
        case UInt8(ascii: "p"):
            found = name.equals("period") ? .period : name.equals("place") ? .place
                : name.equals("pupils") ? .pupils : nil
        case UInt8(ascii: "r"): found = name.equals("role") ? .role : nil
        case UInt8(ascii: "s"):
            found = name.equals("system") ? .system : name.equals("subject") ? .subject
                : name.equals("special") ? .special : nil
        case UInt8(ascii: "t"): found = name.equals("to") ? .to : nil
        default: found = nil
        }
        guard let found else { return nil }
        self = found
    }
}

/// The bytes of a name, as libxml2 hands it over (a NUL-terminated C string) or as a span:
/// what recognising a tag or an attribute needs.
protocol NameBytes {
    /// The first byte; 0 when the name is empty.
    var first: UInt8 { get }
    /// Whether the bytes are exactly those of `literal`.
    func equals(_ literal: StaticString) -> Bool
}

extension ByteSpan: NameBytes {
    var first: UInt8 { count > 0 ? base[0] : 0 }
}

/// A NUL-terminated name of libxml2's, compared in place without measuring its length first.
struct CName: NameBytes {
    let pointer: UnsafePointer<UInt8>

    var first: UInt8 { pointer[0] }

    /// Byte by byte: a shorter name stops at its NUL, which no literal byte equals.
    @inline(__always) func equals(_ literal: StaticString) -> Bool {
        let other = literal.utf8Start
        let count = literal.utf8CodeUnitCount
        for index in 0..<count where pointer[index] != other[index] { return false }
        return pointer[count] == 0
    }

    var span: ByteSpan { ByteSpan(cString: pointer) }
}
