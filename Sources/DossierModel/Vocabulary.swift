/// The closed sets of values some fields hold, whatever documents are loaded:
/// the query language accepts these even when no row has them, and names them
/// when a statement asks for a value outside the set.
public enum Vocabulary {
    public static let findingKinds = ["praise", "concern"]
    public static let inspectionKinds = ["inspection", "monitoring visit", "focused visit", "re-inspection"]
    public static let ratings = ["outstanding", "good", "requires improvement", "inadequate"]
    /// What findings are about; extraction assigns one of these (`general` when none fits).
    public static let topics = [
        "domestic abuse", "neglect", "exploitation and radicalisation", "homelessness", "disabled children",
        "early help", "care leavers", "children in care", "front door", "child protection", "caseloads",
        "training", "management oversight", "assessment", "performance information", "workforce",
        "leadership", "safety", "partnerships", "practice quality", "general",
    ]
}
