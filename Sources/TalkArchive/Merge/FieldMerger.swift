/// Applies the merge rules to one record's fields and collects the conflicts it resolves.
struct FieldMerger {
    let id: String
    private(set) var conflicts: [Diagnostic] = []

    init(id: String) { self.id = id }

    /// A required value: the later page wins; a different value is a conflict.
    mutating func scalar(_ name: String, _ current: String, _ incoming: String, at source: SourceRef) -> String {
        if current != incoming && TextTools.titleKey(current) != TextTools.titleKey(incoming) {
            report(name, current, incoming, at: source)
        }
        return incoming.isEmpty ? current : incoming
    }

    /// An optional value: whichever page has it; both and different → the later wins, reported.
    mutating func optional<T: Equatable>(_ name: String, _ current: T?, _ incoming: T?, at source: SourceRef) -> T? {
        guard let incoming else { return current }
        if let current, current != incoming { report(name, "\(current)", "\(incoming)", at: source) }
        return incoming
    }

    /// Speakers by name; a differing affiliation is a conflict the later page wins.
    mutating func speakers(_ current: [Speaker], _ incoming: [Speaker], at source: SourceRef) -> [Speaker] {
        var merged = current
        for speaker in incoming {
            let key = TextTools.titleKey(speaker.name)
            if let index = merged.firstIndex(where: { TextTools.titleKey($0.name) == key }) {
                merged[index].affiliation = optional("affiliation of \(speaker.name)", merged[index].affiliation,
                                                     speaker.affiliation, at: source)
            } else {
                merged.append(speaker)
            }
        }
        return merged
    }

    /// Union in first-seen order, by a key.
    static func union<T, K: Hashable>(_ current: [T], _ incoming: [T], key: (T) -> K) -> [T] {
        var seen = Set(current.map(key))
        var merged = current
        for item in incoming where seen.insert(key(item)).inserted { merged.append(item) }
        return merged
    }

    private mutating func report(_ name: String, _ old: String, _ new: String, at source: SourceRef) {
        func short(_ s: String) -> String { s.count > 60 ? String(s.prefix(59)) + "…" : s }
        conflicts.append(Diagnostic(.warning, .conflict, at: source,
            "\(id): the pages disagree on the \(name): “\(short(old))” vs “\(short(new))”; the newer capture’s is kept"))
    }
}
