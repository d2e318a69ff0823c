/// What a rule set says about the exports themselves: the form of a municipality code and
/// whether a child may carry a Danish CPR number.
public struct ExportConventions: Sendable, Hashable {
    /// The digits of a municipality code: 3 (a Danish kommunekode) or 4 (a Norwegian
    /// kommunenummer).
    public var municipalityDigits: Int
    /// Whether a child's `cpr` attribute is read (Denmark); when not, it is an error: the
    /// child must carry its `birthDate`.
    public var acceptsCPR: Bool

    /// The Danish conventions by default: 3 digits, CPR numbers read.
    public init(municipalityDigits: Int = 3, acceptsCPR: Bool = true) {
        self.municipalityDigits = municipalityDigits
        self.acceptsCPR = acceptsCPR
    }
}
