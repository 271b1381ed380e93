import Foundation

/// Whether arXiv marks a paper withdrawn. The API has no field for it: a withdrawal replaces the
/// latest version with a notice, which shows in the comment and often as the abstract.
///
/// ```swift
/// WithdrawalNotice.marks(comment: "This paper has been withdrawn by the author.", abstract: nil)       // true
/// WithdrawalNotice.marks(comment: "arXiv admin note: This submission has been withdrawn by arXiv administrators due to incorrect authorship", abstract: nil)  // true
/// WithdrawalNotice.marks(comment: nil, abstract: "Twelve participants were withdrawn from the study.")  // false
/// ```
/// Real notices (arXiv listings): "This paper has been withdrawn by the author. It has been superseded
/// by …" (comment of 2401.00917v3), "This submission has been withdrawn by arXiv administrators because
/// it contains fictitious content …" (abstract of 1304.1836v2), "arXiv admin note: This submission has
/// been withdrawn by arXiv administrators due to incorrect authorship" (comment of 2510.07505v3),
/// "Withdrawn due to …" and "Paper withdrawn" (comments). A comment counts when it says a paper or
/// submission "has been withdrawn" or starts with "withdrawn"/"withdrawal"; an abstract only when it
/// opens with such a notice, since abstracts use the word for other things.
enum WithdrawalNotice {
    static func marks(comment: String?, abstract: String?) -> Bool {
        if let comment {
            let text = comment.lowercased()
            if text.hasPrefix("withdrawn") || text.hasPrefix("withdrawal") || text.hasPrefix("paper withdrawn")
                || text.range(of: Self.notice, options: .regularExpression) != nil {
                return true
            }
        }
        if let abstract {
            let opening = abstract.lowercased().trimmingCharacters(in: .whitespaces)
            if opening.range(of: "^" + Self.notice, options: .regularExpression) != nil || opening.hasPrefix("withdrawn") {
                return true
            }
        }
        return false
    }

    /// "this paper has been withdrawn", "this submission has been withdrawn", "the article is withdrawn", …
    private static let notice = #"(this|the) (paper|submission|article|manuscript|preprint|work|version)( [a-z]+)? (has been|is|was) withdrawn"#
}
