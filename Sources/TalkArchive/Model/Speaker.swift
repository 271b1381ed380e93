/// A person who presented a talk, with the affiliation the page gives.
public struct Speaker: Hashable, Sendable, Codable {
    public var name: String
    public var affiliation: String?

    public init(name: String, affiliation: String?) {
        self.name = name
        self.affiliation = affiliation
    }
}
