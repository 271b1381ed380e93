import Foundation

/// The YAML front matter of a Jekyll page: where it ends, its title and its permalink.
struct FrontMatter {
    var title: String?
    /// The page's path on its site (`/DLTRG/`), for resolving its relative links.
    var permalink: String?
    var endLine = 0

    init(_ page: PageText) {
        let lines = page.lines
        guard lines.first?.text.trimmingCharacters(in: .whitespaces) == "---" else { return }
        for line in lines.dropFirst() {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            if text == "---" { endLine = line.number; return }
            if let value = FrontMatter.value(of: "title", in: text) { title = value }
            if let value = FrontMatter.value(of: "permalink", in: text) { permalink = value }
        }
        endLine = 0 // unterminated: treat the whole page as body
        title = nil
        permalink = nil
    }

    /// The value of `key: value`, unquoted.
    private static func value(of key: String, in line: String) -> String? {
        guard line.hasPrefix(key + ":") else { return nil }
        return line.dropFirst(key.count + 1).trimmingCharacters(in: CharacterSet(charactersIn: "\"' ").union(.whitespaces))
    }
}
