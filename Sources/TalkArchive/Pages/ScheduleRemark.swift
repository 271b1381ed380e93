import Foundation

/// Whether the text of a schedule row that links nothing is a remark about the group rather than
/// the title of something read: "We decided to change approach and read papers", "No meeting
/// (Easter)", "Cancelled". Anything else stays a session, even without a link.
enum ScheduleRemark {
    static func isRemark(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace)
            .map { $0.trimmingCharacters(in: .punctuationCharacters) }
        guard let first = words.first else { return false }
        if remarkOpeners.contains(first) { return true }
        if words.count > 1, first == "no", nothingThisWeek.contains(words[1]) { return true }
        return words.contains(where: changedPlans.contains)
    }

    /// A title rarely starts with the group speaking of itself.
    private static let remarkOpeners: Set = ["we", "i", "our", "us", "everyone", "nobody"]
    /// "No meeting", "no session"…; "No Free Lunch" is a title.
    private static let nothingThisWeek: Set = ["meeting", "session", "talk", "reading", "group"]
    private static let changedPlans: Set = ["cancelled", "canceled", "postponed", "rescheduled", "holiday", "holidays", "tbd", "tba", "tbc"]
}
