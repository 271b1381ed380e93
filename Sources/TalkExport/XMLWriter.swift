/// A small XML writer: elements, attributes and escaped text, indented by two spaces.
///
/// ```swift
/// var xml = XMLWriter()
/// xml.open("room", ["name": "ELLIS"])
/// xml.leaf("title", text: "Q&A <live>")     // <title>Q&amp;A &lt;live&gt;</title>
/// xml.close("room")
/// xml.text                                  // "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<room name=…"
/// ```
/// Written here, not with XMLCoder: XMLCoder imports FoundationXML, which would link libxml2 and
/// ICU into `talks` (2.2 ms more at every start, measured: first paint is 13–15 ms).
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var depth = 0

    typealias Attributes = KeyValuePairs<String, String>

    mutating func open(_ name: String, _ attributes: Attributes = [:]) {
        text += indent + "<" + name + Self.attributes(attributes) + ">\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        text += indent + "</" + name + ">\n"
    }

    /// An element with only text (or nothing: `<name/>`).
    mutating func leaf(_ name: String, _ attributes: Attributes = [:], text content: String? = nil) {
        let start = indent + "<" + name + Self.attributes(attributes)
        guard let content, !content.isEmpty else { text += start + "/>\n"; return }
        text += start + ">" + Self.escape(content, quotes: false) + "</" + name + ">\n"
    }

    private var indent: String { String(repeating: "  ", count: depth) }

    private static func attributes(_ attributes: Attributes) -> String {
        attributes.map { " \($0.key)=\"\(escape($0.value, quotes: true))\"" }.joined()
    }

    /// `&`, `<`, `>` (and in attributes `"`, tab and line breaks, which parsers would turn into
    /// spaces) as references; the characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF) dropped.
    static func escape(_ value: String, quotes: Bool) -> String {
        ExportText.replacing(value, quotes ? attributeReferences : textReferences)
    }

    private static let textReferences: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\u{FFFE}": "", "\u{FFFF}": ""]
        for value in UInt8(0)..<0x20 where ![0x09, 0x0A, 0x0D].contains(value) { table[Unicode.Scalar(value)] = "" }
        return table
    }()

    private static let attributeReferences = textReferences.merging(["\"": "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"]) { $1 }
}
