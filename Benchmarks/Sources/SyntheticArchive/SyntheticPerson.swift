/// A speaker or author of a synthetic record.
public struct SyntheticPerson: Hashable, Sendable {
    public var name: String
    public var affiliation: String

    public init(name: String, affiliation: String) {
        self.name = name
        self.affiliation = affiliation
    }
}
