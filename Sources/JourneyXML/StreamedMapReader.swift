import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Reads a valid canonical XML document in one pass, checking it against the schema as libxml2
/// reads it: no document tree, and a file read piece by piece.
///
/// The schema's identity constraints (keys unique among a map's metadata entries, a persona's
/// attributes and an element's extensions) are checked by ``StreamedMapBuilder`` as it adds each
/// entry, not by libxml2, whose streaming validator keeps a table of every constrained element
/// until the document ends and spends a third of its time on them.
///
/// Gives `nil` for a document it cannot read, whatever the reason: ``XMLMapReader`` then reads it
/// from its tree and reports every problem at its element, with the messages it always had. A
/// valid document gives the map, and the source map, that `XMLMapReader` gives.
struct StreamedMapReader {
    let file: String?

    func read(_ data: Data) -> ReadResult? {
        run { parser, builder in try parser.parse(data, with: builder) }
    }

    func read(contentsOf url: URL) -> ReadResult? {
        run { parser, builder in try parser.parse(contentsOf: url, with: builder) }
    }

    private func run(_ parse: (XMLEventParser, StreamedMapBuilder) throws -> Void) -> ReadResult? {
        guard let schema = try? JourneyXMLSchema.compiledWithoutIdentityConstraints.get() else { return nil }
        let builder = StreamedMapBuilder(file: file)
        do {
            try parse(XMLEventParser(fileName: file, schema: schema), builder)
        } catch {
            return nil
        }
        guard let map = builder.map else { return nil }
        return ReadResult(map: map, diagnostics: [], sourceMap: builder.sourceMap)
    }
}
