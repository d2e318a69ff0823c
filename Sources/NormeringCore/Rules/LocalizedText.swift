/// A text for people in each report language.
public struct LocalizedText: Hashable, Sendable {
    public var en: String
    public var da: String

    public init(en: String, da: String) {
        self.en = en
        self.da = da
    }

    /// The text in `language`.
    public func text(_ language: ReportLanguage) -> String {
        switch language {
        case .en: return en
        case .da: return da
        }
    }
}
