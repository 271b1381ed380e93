/// One generated talk or paper, before it is written in any page format.
public struct SyntheticRecord: Hashable, Sendable {
    /// A modern arXiv id: "0704.0001" (four digits before 2015), "2304.09871" after.
    public var arxivID: String
    public var day: CalendarDay
    public var title: String
    /// One to six people.
    public var people: [SyntheticPerson]
    /// Words joined into sentences, or nil for a talk announced without one.
    public var abstract: String?
    /// arXiv categories, primary first: "cs.LG stat.ML".
    public var categories: [String]

    public init(arxivID: String, day: CalendarDay, title: String, people: [SyntheticPerson],
                abstract: String?, categories: [String]) {
        self.arxivID = arxivID
        self.day = day
        self.title = title
        self.people = people
        self.abstract = abstract
        self.categories = categories
    }
}
