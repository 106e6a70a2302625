import ArgumentParser
import Foundation
internal import JourneyKit

/// Options for reading and writing CSV.
struct CSVOptions: ParsableArguments {
    @Option(help: "CSV layout: grid (lanes × stages, as spreadsheets are drawn) or long (one row per item, lossless).")
    var layout: String?

    @Option(help: "CSV delimiter: , ; tab or another punctuation character (read: detected when not given).")
    var delimiter: String?

    @Flag(help: "Write CSV without the UTF-8 byte-order mark Excel needs.")
    var noByteOrderMark = false

    @Flag(
        help:
            "Write cells starting with = + - @ as they are, instead of neutralizing them with a leading ' (reading undoes either)."
    )
    var keepFormulas = false

    func validate() throws {
        if let layout, JourneyCSVFormat.Layout(rawValue: layout) == nil {
            throw ValidationError("--layout must be grid or long, not '\(layout)'.")
        }
        if let delimiter, JourneyCSVFormat.Delimiter(argument: delimiter) == nil {
            throw ValidationError("--delimiter must be , ; tab or another punctuation character, not '\(delimiter)'.")
        }
    }

    /// Whether any CSV option was given.
    var isSet: Bool { layout != nil || delimiter != nil || noByteOrderMark || keepFormulas }

    /// The format with these options applied.
    func applied(to format: JourneyCSVFormat) -> JourneyCSVFormat {
        var format = format
        if let layout { format.layout = JourneyCSVFormat.Layout(rawValue: layout) }
        if let delimiter { format.delimiter = JourneyCSVFormat.Delimiter(argument: delimiter) }
        if noByteOrderMark { format.byteOrderMark = false }
        if keepFormulas { format.neutralizesFormulas = false }
        return format
    }
}
