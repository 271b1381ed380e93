/// Writes a record as one line of the Kaggle arXiv metadata snapshot (the fields `talks import`
/// reads; the snapshot has more, which readers ignore):
///
/// ```json
/// {"id":"2304.09871","title":"…","authors":"Ana Silva, Wei Chen and Omar Cohen","abstract":"  …\n","categories":"cs.LG stat.ML","update_date":"2023-04-20"}
/// ```
/// As in the snapshot, the abstract starts with two spaces and ends with a newline.
enum ArxivLine {
    static func line(_ record: SyntheticRecord) -> String {
        let names = record.people.map(\.name)
        let authors = names.count <= 1 ? names.joined()
            : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        let fields: [(String, String)] = [
            ("id", record.arxivID), ("title", record.title), ("authors", authors),
            ("abstract", "  " + (record.abstract ?? "") + "\n"),
            ("categories", record.categories.joined(separator: " ")), ("update_date", record.day.iso),
        ]
        return "{" + fields.map { "\"\($0.0)\":\(quoted($0.1))" }.joined(separator: ",") + "}\n"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20:
                out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
