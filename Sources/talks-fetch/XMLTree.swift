import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document as a small tree of elements, read with the toolchain's `XMLParser`
/// (FoundationXML, libxml2 underneath) with namespaces processed: names are local names, so
/// `<arxiv:affiliation>` is `affiliation` whatever prefix the document binds.
///
/// ```swift
/// let root = try XMLTree.parse(data)          // the document's root element
/// root.first("entry")?.first("title")?.text   // "Multi-Electron Production …"
/// root.all("entry").count
/// ```
/// External entities are not resolved (XMLParser's default).
final class XMLTree {
    let name: String
    let attributes: [String: String]
    private(set) var text = ""
    private(set) var children: [XMLTree] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The first child element called `name`.
    func first(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// Every child element called `name`, in document order.
    func all(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

    /// The root element of `data`.
    /// - Throws: ``Malformed`` with the parser's line and column.
    static func parse(_ data: Data) throws -> XMLTree {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        let parsed = parser.parse()
        guard parsed, builder.failure == nil, let root = builder.root else {
            throw Malformed(line: parser.lineNumber, column: parser.columnNumber)
        }
        return root
    }

    /// Where the parser gave up.
    struct Malformed: Error {
        let line: Int
        let column: Int
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var failure: Error?
        private var stack: [XMLTree] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let element = XMLTree(name: elementName, attributes: attributeDict)
            if let parent = stack.last { parent.children.append(element) } else if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            failure = failure ?? parseError
        }
    }
}
