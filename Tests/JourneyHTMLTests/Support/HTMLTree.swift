/// A small HTML parser for tests: enough of the HTML syntax to read back what the exporter writes
/// (and what a hostile text would turn into if escaping failed), as a tree of elements.
///
/// It knows void elements, raw-text elements (`script`, `style`), RCDATA elements (`title`,
/// `textarea`), self-closing tags in SVG, comments and character references; end tags close the
/// nearest open element of the same name. It is not a conforming parser, and needs not be: a test
/// that relies on it compares its result with what the page must hold.
final class HTMLNode {
    let name: String
    var attributes: [(name: String, value: String)]
    var children: [HTMLNode] = []
    /// The text of a text node; empty for elements.
    var text: String
    weak var parent: HTMLNode?

    init(name: String, attributes: [(name: String, value: String)] = [], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.text = text
    }

    var isText: Bool { name == "#text" }

    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    func has(_ name: String) -> Bool { attributes.contains { $0.name == name } }

    var classes: [String] { (attribute("class") ?? "").split(separator: " ").map(String.init) }

    /// The concatenated text of the node and its descendants.
    var textContent: String {
        isText ? text : children.map(\.textContent).joined()
    }

    /// Every element below this node, in document order.
    var descendants: [HTMLNode] {
        var result: [HTMLNode] = []
        var stack = Array(children.reversed())
        while let node = stack.popLast() {
            if !node.isText { result.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        return result
    }

    func all(_ name: String) -> [HTMLNode] { descendants.filter { $0.name == name } }

    func first(_ name: String) -> HTMLNode? { descendants.first { $0.name == name } }

    func all(class className: String) -> [HTMLNode] { descendants.filter { $0.classes.contains(className) } }

    func element(id: String) -> HTMLNode? { descendants.first { $0.attribute("id") == id } }

    /// The direct child elements with a name.
    func children(_ name: String) -> [HTMLNode] { children.filter { $0.name == name } }
}

enum HTMLTree {
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    private static let rawText: Set<String> = ["script", "style"]
    private static let escapableRawText: Set<String> = ["title", "textarea"]

    /// Parses a document into a root node holding its top-level nodes.
    static func parse(_ html: String) -> HTMLNode {
        let root = HTMLNode(name: "#document")
        var current = root
        let scalars = Array(html.unicodeScalars)
        var index = 0
        var text = ""

        func flushText() {
            guard !text.isEmpty else { return }
            let node = HTMLNode(name: "#text", text: decode(text))
            node.parent = current
            current.children.append(node)
            text = ""
        }
        func startsWith(_ prefix: String, at position: Int) -> Bool {
            let prefixScalars = Array(prefix.lowercased().unicodeScalars)
            guard position + prefixScalars.count <= scalars.count else { return false }
            for offset in prefixScalars.indices {
                let scalar = scalars[position + offset]
                let lowered = scalar.properties.isUppercase ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
                if lowered != prefixScalars[offset] { return false }
            }
            return true
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if scalar != "<" {
                text.unicodeScalars.append(scalar)
                index += 1
                continue
            }
            if startsWith("<!--", at: index) {
                flushText()
                var end = index + 4
                while end < scalars.count, !startsWith("-->", at: end) { end += 1 }
                index = min(end + 3, scalars.count)
                continue
            }
            if startsWith("<!", at: index) || startsWith("<?", at: index) {
                flushText()
                while index < scalars.count, scalars[index] != ">" { index += 1 }
                index += 1
                continue
            }
            if startsWith("</", at: index) {
                var end = index + 2
                var name = ""
                while end < scalars.count, scalars[end] != ">", !scalars[end].properties.isWhitespace {
                    name.unicodeScalars.append(scalars[end])
                    end += 1
                }
                while end < scalars.count, scalars[end] != ">" { end += 1 }
                guard !name.isEmpty, name.unicodeScalars.first.map({ $0.properties.isAlphabetic }) == true else {
                    text.unicodeScalars.append(scalar)
                    index += 1
                    continue
                }
                flushText()
                index = end + 1
                let lowered = name.lowercased()
                var node: HTMLNode? = current
                while let candidate = node, candidate.name != lowered { node = candidate.parent }
                if let matched = node, let parent = matched.parent { current = parent }
                continue
            }
            // A start tag needs a letter after "<".
            guard index + 1 < scalars.count, scalars[index + 1].properties.isAlphabetic else {
                text.unicodeScalars.append(scalar)
                index += 1
                continue
            }
            flushText()
            var cursor = index + 1
            var name = ""
            while cursor < scalars.count, !scalars[cursor].properties.isWhitespace, scalars[cursor] != ">",
                scalars[cursor] != "/"
            {
                name.unicodeScalars.append(scalars[cursor])
                cursor += 1
            }
            name = name.lowercased()
            var attributes: [(name: String, value: String)] = []
            var selfClosing = false
            while cursor < scalars.count {
                while cursor < scalars.count, scalars[cursor].properties.isWhitespace { cursor += 1 }
                guard cursor < scalars.count else { break }
                if scalars[cursor] == ">" {
                    cursor += 1
                    break
                }
                if scalars[cursor] == "/" {
                    selfClosing = true
                    cursor += 1
                    continue
                }
                var attributeName = ""
                while cursor < scalars.count, !scalars[cursor].properties.isWhitespace, scalars[cursor] != "=",
                    scalars[cursor] != ">", scalars[cursor] != "/"
                {
                    attributeName.unicodeScalars.append(scalars[cursor])
                    cursor += 1
                }
                while cursor < scalars.count, scalars[cursor].properties.isWhitespace { cursor += 1 }
                var value = ""
                if cursor < scalars.count, scalars[cursor] == "=" {
                    cursor += 1
                    while cursor < scalars.count, scalars[cursor].properties.isWhitespace { cursor += 1 }
                    if cursor < scalars.count, scalars[cursor] == "\"" || scalars[cursor] == "'" {
                        let quote = scalars[cursor]
                        cursor += 1
                        while cursor < scalars.count, scalars[cursor] != quote {
                            value.unicodeScalars.append(scalars[cursor])
                            cursor += 1
                        }
                        cursor += 1
                    } else {
                        while cursor < scalars.count, !scalars[cursor].properties.isWhitespace, scalars[cursor] != ">" {
                            value.unicodeScalars.append(scalars[cursor])
                            cursor += 1
                        }
                    }
                }
                selfClosing = false
                if !attributeName.isEmpty { attributes.append((attributeName.lowercased(), decode(value))) }
            }
            index = cursor
            let node = HTMLNode(name: name, attributes: attributes)
            node.parent = current
            current.children.append(node)
            if voidElements.contains(name) || selfClosing { continue }
            if rawText.contains(name) || escapableRawText.contains(name) {
                var end = index
                while end < scalars.count, !startsWith("</" + name, at: end) { end += 1 }
                var content = ""
                content.unicodeScalars.append(contentsOf: scalars[index..<end])
                let child = HTMLNode(
                    name: "#text", text: escapableRawText.contains(name) ? decode(content) : content)
                child.parent = node
                node.children.append(child)
                while end < scalars.count, scalars[end] != ">" { end += 1 }
                index = end + 1
                continue
            }
            current = node
        }
        flushText()
        return root
    }

    /// Decodes character references: the named ones the exporter writes and numeric ones.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}"]
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest.index(after: ampersand)
            if let semicolon = rest[after...].prefix(12).firstIndex(of: ";") {
                let reference = rest[after..<semicolon]
                var decoded: String?
                if let value = named[String(reference)] {
                    decoded = value
                } else if reference.hasPrefix("#x") || reference.hasPrefix("#X") {
                    decoded = UInt32(reference.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if reference.hasPrefix("#") {
                    decoded = UInt32(reference.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                }
                if let decoded {
                    result += decoded
                    rest = rest[rest.index(after: semicolon)...]
                    continue
                }
            }
            result += "&"
            rest = rest[after...]
        }
        return result + rest
    }
}
