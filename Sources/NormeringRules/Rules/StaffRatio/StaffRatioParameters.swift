import NormeringCore

/// The typed parameters of a `staff-ratio` rule (rules.md § 1–2; rulesets.md § 3).
public struct StaffRatioParameters: Sendable, Hashable {
    /// Children per adult in each age band.
    public var childrenPerAdult: BandRatios
    /// How the age band is decided.
    public var ageBand: AgeBand
    /// How much a manager's FTE counts.
    public var managerWeight: Double
    /// How much a student's FTE counts.
    public var studentWeight: Double
    /// Roles counted at weight 1 (besides managers and students; others count 0).
    public var countedRoles: Set<Role>
    /// Only staff with one of these educations count; `nil`: any education.
    public var countedEducations: Set<Education>?
    /// How much a post paid by a state pool for social normering counts (× its weight).
    public var stateSocialPoolWeight: Double
    /// How much a part-time place counts.
    public var partTimeChildWeight: Double
    /// The severity of the scopes that are legal (`scopes`).
    public var severity: Severity
    /// From this date a private institution's year is tested on its own; `nil`: never.
    public var privateFrom: LocalDate?
    /// The source of a private institution's year rows.
    public var privateSource: String
    /// Each scope's severity; `legal` stands for `severity`.
    public var scopes: [StaffRatioScope: Severity]
    /// The ownerships of the daycare institutions summed into the municipal figure.
    public var municipalOwnerships: Set<Ownership>

    /// The severity of the rows of `scope`.
    public func severity(of scope: StaffRatioScope) -> Severity {
        let base = scopes[scope] ?? .info
        return base == .legal ? severity : base
    }
}

/// The rows a `staff-ratio` rule writes.
public enum StaffRatioScope: String, Sendable, Hashable, CaseIterable {
    case institutionMonth = "institution-month"
    case institutionYear = "institution-year"
    case municipalityMonth = "municipality-month"
    case municipalityYear = "municipality-year"
}

extension StaffRatioParameters {
    /// The parameters a `staff-ratio` rule takes, with the kind's own defaults.
    static let specs: [ParameterSpec] = [
        ParameterSpec(name: "childrenPerAdult", type: .bandRatios,
                      defaultValue: .bandRatios(BandRatios(under3: 3, over3: 6)),
                      description: "Children per adult in each age band (under 3, over 3)."),
        ParameterSpec(name: "ageBand", type: .choice(AgeBand.allCases.map(\.rawValue)),
                      defaultValue: .text(AgeBand.monthAfterThirdBirthday.rawValue),
                      description: "When a child stops counting as under 3: month-after-third-birthday (from the 1st of "
                          + "the month after the 3rd birthday) or august-of-third-year (from 1 August of the year "
                          + "of the 3rd birthday).",
                      versionable: false),
        ParameterSpec(name: "managerWeight", type: .number, defaultValue: .number(1),
                      description: "How much a manager's FTE counts.", range: 0...1),
        ParameterSpec(name: "studentWeight", type: .number, defaultValue: .number(0),
                      description: "How much a student's FTE counts.", range: 0...1),
        ParameterSpec(name: "countedRoles", type: .names(Role.allCases.map(\.rawValue), optional: false),
                      defaultValue: .names(["pedagogical", "support", "substitute"]),
                      description: "Roles counted in full (managers and students have weights of their own; "
                          + "other roles count 0)."),
        ParameterSpec(name: "countedEducations", type: .names(Education.allCases.map(\.rawValue), optional: true),
                      defaultValue: .none,
                      description: "Only staff with one of these educations count; null: any education."),
        ParameterSpec(name: "stateSocialPoolWeight", type: .number, defaultValue: .number(1),
                      description: "How much a post paid by a state pool for social normering counts.", range: 0...1),
        ParameterSpec(name: "partTimeChildWeight", type: .number, defaultValue: .number(1),
                      description: "How much a part-time place counts (1: in full, the cautious choice).",
                      range: 0...1),
        .severity(default: .legal, description: "Severity of the scopes that are legal (see scopes)."),
        ParameterSpec(name: "privateFrom", type: .date, defaultValue: .none,
                      description: "From this date a private institution's year is tested on its own (legal); "
                          + "null: never.",
                      versionable: false),
        ParameterSpec(name: "privateSource", type: .text, defaultValue: .text(""),
                      description: "The source of a private institution's own year test.", versionable: false),
        ParameterSpec(name: "scopes", type: .severities(StaffRatioScope.allCases.map(\.rawValue)),
                      defaultValue: .severities([
                          KeyedSeverity("institution-month", .info), KeyedSeverity("institution-year", .info),
                          KeyedSeverity("municipality-month", .info), KeyedSeverity("municipality-year", .legal),
                      ]),
                      description: "The severity of each scope's rows; legal ones take the severity above.",
                      versionable: false),
        ParameterSpec(name: "municipalOwnerships", type: .names(Ownership.allCases.map(\.rawValue), optional: false),
                      defaultValue: .names(Ownership.allCases.map(\.rawValue)),
                      description: "Ownerships of the daycare institutions summed into the municipal figure.",
                      versionable: false),
    ]

    /// Decodes the values of `specs`.
    init(_ values: ParameterValues) {
        childrenPerAdult = values.bandRatios("childrenPerAdult")
        ageBand = values.choice("ageBand", as: AgeBand.self)
        managerWeight = values.number("managerWeight")
        studentWeight = values.number("studentWeight")
        countedRoles = Set(values.names("countedRoles", as: Role.self) ?? [])
        countedEducations = values.names("countedEducations", as: Education.self).map(Set.init)
        stateSocialPoolWeight = values.number("stateSocialPoolWeight")
        partTimeChildWeight = values.number("partTimeChildWeight")
        severity = values.severity("severity")
        privateFrom = values.date("privateFrom")
        privateSource = values.text("privateSource")
        var scopes: [StaffRatioScope: Severity] = [:]
        for (key, severity) in values.severities("scopes") {
            if let scope = StaffRatioScope(rawValue: key) { scopes[scope] = severity }
        }
        self.scopes = scopes
        municipalOwnerships = Set(values.names("municipalOwnerships", as: Ownership.self) ?? [])
    }
}
