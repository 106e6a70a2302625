import Foundation
import JourneyModel

/// CJML (Customer Journey Modeling Language) documents, versions 2.0 and 3.0, read and written.
///
/// Reading takes a planned or actual journey: phases become stages, actors personas, communication
/// points touchpoints with their channel, actions actions, experience ratings (1…5) emotions on
/// −2…+2 with the rating kept; a planned journey is a to-be map, an actual one as-is. What the model
/// has no field for is kept in extension data under `cjml`, so writing the map again gives the same
/// document. The swimlane editor's lowercase `<cjml>` reads too, and is written as CJML 2.0.
/// Writing gives the opposite; what CJML cannot hold is listed by ``lossReport(for:)``.
/// See Docs/CJML.md for the mapping.
///
/// ```swift
/// let map = try JourneyMap(data, format: .cjml)
/// let document = try map.export(as: .cjml)
/// ```
public struct JourneyCJMLFormat: JourneyReader, LossReportingWriter {
    public var identifier: String { "cjml" }
    public var name: String { "CJML" }
    public var fileExtensions: [String] { ["cjml"] }
    public var mediaType: String { "application/xml" }

    /// Which journey of a document with several to read, from 1; `nil` reads the first and says how
    /// many there are.
    public var journey: Int?
    /// The limits reading keeps to.
    public var limits: ReadLimits

    /// Creates the format.
    public init(journey: Int? = nil, limits: ReadLimits = ReadLimits()) {
        self.journey = journey
        self.limits = limits
    }

    /// This format with other limits.
    public func with(limits: ReadLimits) -> Self {
        var copy = self
        copy.limits = limits
        return copy
    }

    public func recognizes(_ sample: ContentSample) -> Bool {
        guard let root = sample.xmlRoot, root.namespace == nil else { return false }
        return root.name == CJMLNames.root || root.name == CJMLNames.swimlaneRoot
    }

    public func read(_ data: Data, file: String?) throws -> ReadResult {
        try limits.checkInputSize(data.count, file: file)
        var reader = CJMLReader(file: file, journeyNumber: journey)
        return try reader.read(data)
    }

    public func read(contentsOf url: URL, file: String?) throws -> ReadResult {
        try limits.checkInputSize(ofFileAt: url, file: file ?? url.path)
        return try read(Data(readingFileAt: url, named: file), file: file)
    }

    public func write(_ map: JourneyMap) throws -> Data {
        try CJMLWriter(plan: CJMLPlan(map)).write()
    }

    /// What writing `map` as CJML loses: lanes, items and details CJML has no place for, emotions
    /// with no touchpoint to carry them, extension data of other tools.
    public func lossReport(for map: JourneyMap) -> [Diagnostic] {
        CJMLPlan(map).losses + LossReport.unwritten(in: map)
    }
}

extension JourneyReader where Self == JourneyCJMLFormat {
    /// CJML documents (the first journey of a document with several).
    public static var cjml: JourneyCJMLFormat { JourneyCJMLFormat() }

    /// The journey numbered `journey` (from 1) of a CJML document.
    public static func cjml(journey: Int) -> JourneyCJMLFormat { JourneyCJMLFormat(journey: journey) }
}

extension JourneyWriter where Self == JourneyCJMLFormat {
    /// CJML documents.
    public static var cjml: JourneyCJMLFormat { JourneyCJMLFormat() }
}
