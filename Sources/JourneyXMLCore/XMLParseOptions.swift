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
