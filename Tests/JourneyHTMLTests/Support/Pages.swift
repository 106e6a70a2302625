import Foundation
import JourneyHTML
import JourneyModel

/// Renders maps for tests and reads the result back as a tree.
struct RenderedPage {
    let html: String
    let tree: HTMLNode

    init(_ map: JourneyMap, format: JourneyHTMLFormat = JourneyHTMLFormat()) throws {
        html = String(decoding: try map.export(as: format), as: UTF8.self)
        tree = HTMLTree.parse(html)
    }

    /// The journey table.
    var table: HTMLNode? { tree.all("table").first { $0.classes.contains("journey") } }

    /// The body rows of the table, the emotion curve's row left out.
    var laneRows: [HTMLNode] {
        table?.first("tbody")?.children("tr").filter { !$0.classes.contains("curve-row") } ?? []
    }
}

/// Text as the page shows it: line breaks become line feeds, characters HTML does not allow become
/// U+FFFD.
func shown(_ text: String) -> String {
    var result = ""
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
        defer { previousWasCarriageReturn = scalar == "\r" }
        switch scalar {
        case "\r", "\u{2028}", "\u{2029}": result += "\n"
        case "\n": if !previousWasCarriageReturn { result += "\n" }
        default:
            let value = scalar.value
            let allowed: Bool
            switch value {
            case 0x09, 0x0A, 0x0C, 0x0D: allowed = true
            case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: allowed = false
            default: allowed = value & 0xFFFE != 0xFFFE
            }
            result.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
        }
    }
    return result
}

/// The package's root folder, for the examples and the scripts.
func packageRoot(filePath: String = #filePath) -> URL {
    var url = URL(fileURLWithPath: filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
}
