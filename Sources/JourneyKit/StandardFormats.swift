extension FormatRegistry {
    /// Every format built into JourneyKit: the canonical XML and JSON, exporters and importers.
    ///
    /// Start from it and register your own formats to extend it.
    public static var standard: FormatRegistry {
        FormatRegistry([
            JourneyXMLFormat(),
            JourneyJSONFormat(),
            JourneyCSVFormat(),
            JourneyCSVFormat(delimiter: .tab),
            JourneySVGFormat(),
            JourneyHTMLFormat(),
            DrawioFormat(),
            DiagramImportFormat.graphml,
            DiagramImportFormat.vsdx,
            JourneyMermaidFormat(),
            JourneyCJMLFormat(),
        ])
    }
}
