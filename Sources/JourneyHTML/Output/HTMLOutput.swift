/// Writes an HTML document piece by piece, escaping every text and attribute value for its context.
///
/// Element and attribute names are always literals in this module's code; only values and text
/// come from the map, and they pass through ``HTMLEscaping``. Trusted markup made by this module
/// (the style sheet, the script, the emotion curve's SVG) is added with ``trusted(_:)``.
struct HTMLOutput {
    /// Elements HTML writes without an end tag.
    private static let voidElements: Set<String> = ["br", "col", "hr", "img", "input", "meta", "wbr"]

    /// The document so far.
    private(set) var html = ""
    /// The elements opened and not yet closed, innermost last.
    private var openElements: [String] = []

    /// An attribute: its name (a literal) and its value, or `nil` to leave it out.
    typealias Attribute = (name: String, value: String?)

    /// Opens an element; void elements need no ``close()``.
    mutating func open(_ name: String, _ attributes: [Attribute] = []) {
        html += "<" + name
        for attribute in attributes {
            guard let value = attribute.value else { continue }
            html += " " + attribute.name + "=\"" + HTMLEscaping.attribute(value) + "\""
        }
        html += ">"
        if !Self.voidElements.contains(name) { openElements.append(name) }
    }

    /// Opens an element with boolean attributes (`hidden`, `checked`) written by name alone.
    mutating func open(_ name: String, _ attributes: [Attribute], flags: [String]) {
        open(name, attributes)
        guard !flags.isEmpty else { return }
        html.removeLast()
        html += flags.map { " " + $0 }.joined() + ">"
    }

    /// Closes the innermost open element.
    mutating func close() {
        guard let name = openElements.popLast() else { return }
        html += "</" + name + ">"
    }

    /// Closes the innermost open element and starts a new line, to keep the source readable.
    mutating func closeLine() {
        close()
        html += "\n"
    }

    /// Escaped text.
    mutating func text(_ text: String) {
        html += HTMLEscaping.text(text)
    }

    /// An element holding escaped text.
    mutating func element(_ name: String, _ attributes: [Attribute] = [], text: String) {
        open(name, attributes)
        self.text(text)
        close()
    }

    /// Markup this module made itself; never map text.
    mutating func trusted(_ markup: String) {
        html += markup
    }

    /// A line break in the source.
    mutating func newline() {
        html += "\n"
    }

    /// How many elements are still open: zero once the document is complete.
    var depth: Int { openElements.count }
}
