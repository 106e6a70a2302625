import Foundation

/// The long (tidy) layout: one row per item, then marked sections for everything else.
///
/// ```
/// stage,lane,kind,text,id,step,personas,score,…,extensions     ← the items section, header on row 1
/// awareness,actions,action,Reads a blog post,…
/// #map                                                          ← a section marker: one cell
/// id,title,summary,kind,state,scope,language,metadata,extensions
/// every-field,Every field,…
/// #personas
/// …
/// ```
///
/// Docs/CSVFormat.md describes every column.
enum LongLayout {
    /// The columns of the items section, in order; the first four are `stage,lane,kind,text`.
    ///
    /// `activities` and `direction` came last and are last, after `extensions`: the writer leaves
    /// each out when no item uses it, so that such maps are written as before it existed, and the
    /// reader finds columns by name, so files without them read as before.
    enum ItemColumn: Int, CaseIterable {
        case stage, lane, kind, text, id, step, personas, score, sourceScore, sourceScale, channel, severity, priority,
            owner, metric, value, target, unit, contentType, tags, links, detail, extensions, activities, direction

        /// The header text.
        var name: String {
            switch self {
            case .sourceScore: "source_score"
            case .sourceScale: "source_scale"
            case .contentType: "content_type"
            default: "\(self)"
            }
        }
    }

    /// The header of the items section: every column the reader knows.
    static let itemHeader = ItemColumn.allCases.map(\.name)

    /// The header the writer writes: without `activities` or `direction` when no item has one.
    static func itemHeader(withActivities: Bool, withDirections: Bool) -> [String] {
        ItemColumn.allCases.filter { column in
            (column != .activities || withActivities) && (column != .direction || withDirections)
        }.map(\.name)
    }

    /// Other names accepted for item columns in files written by hand or by other tools.
    static let itemAliases: [String: String] = [
        "item_id": "id", "item": "text", "persona_ids": "personas", "persona": "personas", "item_kind": "kind",
        "type": "kind", "stage_id": "stage", "lane_id": "lane", "step_id": "step", "kpi_value": "value",
        "kpi_target": "target", "kpi_unit": "unit", "metric_kind": "metric", "extension_data": "extensions",
        "kpi_direction": "direction",
    ]

    /// The sections after the items, in the order they are written.
    enum Section: String, CaseIterable {
        case map, personas, lanes, stages, steps, transitions

        /// The marker row's only cell.
        var marker: String { "#" + rawValue }

        /// The columns of the section, in order.
        var columns: [String] {
            switch self {
            case .map: ["id", "title", "summary", "kind", "state", "scope", "language", "metadata", "extensions"]
            case .personas:
                [
                    "id", "name", "role", "description", "goals", "needs", "motivations", "frustrations", "quote",
                    "attributes", "organization", "decision_role", "reports_to", "extensions",
                ]
            case .lanes: ["id", "kind", "title", "description", "extensions"]
            case .stages: ["id", "name", "goal", "description", "duration", "personas", "extensions"]
            case .steps: ["stage", "id", "name", "description", "extensions"]
            case .transitions: ["id", "from", "to", "label", "personas", "extensions"]
            }
        }

        /// Other names accepted for the section's columns.
        var aliases: [String: String] {
            switch self {
            case .map: ["scenario": "summary", "name": "title"]
            case .personas: ["decisionrole": "decision_role", "reportsto": "reports_to"]
            case .stages: ["expected_duration": "duration", "persona_ids": "personas"]
            case .steps: ["stage_id": "stage"]
            case .transitions: ["persona_ids": "personas"]
            case .lanes: [:]
            }
        }

        /// The section a marker cell names.
        init?(marker: String) {
            guard marker.hasPrefix("#") else { return nil }
            self.init(rawValue: marker.dropFirst().trimmingCharacters(in: .whitespaces).lowercased())
        }
    }

    /// A header cell as a column name: lowercase, trimmed, spaces and hyphens as underscores.
    static func normalize(_ header: String) -> String {
        header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
    }

    /// Whether a header row starts with `stage,lane,kind,text`, the sign of the long layout.
    static func isItemHeader(_ cells: [String]) -> Bool {
        cells.count >= 4 && cells.prefix(4).map(normalize) == ["stage", "lane", "kind", "text"]
    }
}
