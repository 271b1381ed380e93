/// A reading group's series of talks, named by a short slug (`ellis`, `dltrg`).
public struct Series: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let slug: String

    public init(_ slug: String) { self.slug = slug }

    public static let ellis = Series("ellis")
    public static let dltrg = Series("dltrg")

    /// The group's full name where it is known, else the slug in capitals.
    public var displayName: String {
        switch slug {
        case "ellis": return "ELLIS reading group on Mathematics and Efficiency of Deep Learning"
        case "dltrg": return "Deep Learning Theory Reading Group"
        default: return slug.uppercased()
        }
    }

    /// A short badge for lists: "ELLIS", "DLTRG".
    public var badge: String { slug.uppercased() }

    public var description: String { slug }

    /// A slug made of a name's initials: "Deep Learning Theory Reading Group" → "dltrg".
    public static func fromName(_ name: String) -> Series {
        let initials = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .compactMap { $0.first?.lowercased() }.joined()
        return Series(initials.isEmpty ? "talks" : initials)
    }

    public static func < (a: Series, b: Series) -> Bool { a.slug < b.slug }

    public init(from decoder: Decoder) throws {
        slug = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(slug)
    }
}
