internal import CLibXML2

/// How an XML document may be parsed.
///
/// The defaults are the safe ones and suit every JourneyKit format.
///
/// Whatever the options, parsing never reaches the network, never loads external entities or DTDs,
/// never substitutes entities and never lifts libxml2's limits on depth and size.
public struct XMLParseOptions: Hashable, Sendable {
    /// What to do with a document type declaration (`<!DOCTYPE …>`).
    public enum DocumentTypePolicy: Hashable, Sendable {
        /// Refuse any document type declaration.
        case reject
        /// Accept a declaration (SVG files often carry one) but refuse any entity declared in it.
        case allowWithoutEntities
        /// Accept a declaration that only names the document type and its DTD, such as
        /// `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://…/svg11.dtd">` in SVG exports,
        /// but refuse one with an internal subset (`<!DOCTYPE svg [ … ]>`), even an empty one. The
        /// DTD named is never loaded.
        case allowWithoutInternalSubset
    }

    /// What to do with a document type declaration; `.reject` by default.
    public var documentTypes: DocumentTypePolicy

    /// The longest piece of markup the parser reads, in bytes: a start tag with its attributes, a
    /// comment, a processing instruction or a CDATA section (text between tags may be any length).
    ///
    /// libxml2's own limit (`XML_MAX_LOOKUP_LIMIT`, 10,000,000 bytes), which JourneyKit never lifts
    /// (`XML_PARSE_HUGE`): longer markup — an image pasted into a drawing's style, say — is refused
    /// with an error naming this limit.
    public static let maximumMarkupLength = Int(XML_MAX_LOOKUP_LIMIT)

    /// ``maximumMarkupLength`` for messages: `10,000,000`.
    package static var maximumMarkupLengthText: String {
        let digits = String(maximumMarkupLength)
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return text
    }

    /// Creates options.
    public init(documentTypes: DocumentTypePolicy = .reject) {
        self.documentTypes = documentTypes
    }

    /// The libxml2 flags: no network, no printing, big line numbers, CDATA merged into text.
    var libxml2Flags: Int32 {
        Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue
        )
    }
}

/// The encoding a UTF-16 or UTF-32 byte-order mark announces, to hand libxml2 with the text.
///
/// libxml2 reads UTF-16 with a byte-order mark by itself but not UTF-32, and an encoding declared in
/// the document (`<?xml … encoding="UTF-8"?>`, often left as it was when a file is saved as
/// "Unicode") could switch it to the wrong one mid-document. The parsers skip the mark, name the
/// encoding and tell libxml2 to ignore the declaration: the mark is what the bytes are.
struct MarkedEncoding {
    /// The name libxml2 (through iconv) knows: `UTF-16LE`, `UTF-32BE`, ….
    let name: String
    /// The length of the byte-order mark, skipped before parsing.
    let markLength: Int

    /// The encoding whose byte-order mark starts `bytes`; `nil` for UTF-8 (with a mark or without),
    /// which libxml2 reads as it is.
    init?(startOf bytes: some Collection<UInt8>) {
        let head = Array(bytes.prefix(4))
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            (name, markLength) = ("UTF-32LE", 4)
        } else if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            (name, markLength) = ("UTF-32BE", 4)
        } else if head.starts(with: [0xFF, 0xFE]) {
            (name, markLength) = ("UTF-16LE", 2)
        } else if head.starts(with: [0xFE, 0xFF]) {
            (name, markLength) = ("UTF-16BE", 2)
        } else {
            return nil
        }
    }

    /// The flag that makes libxml2 ignore the encoding the document declares.
    static let ignoreDeclarationFlag = Int32(XML_PARSE_IGNORE_ENC.rawValue)
}
