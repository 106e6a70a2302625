/// Hand-written JSON documents for the schema tests, by name.
enum Documents {
    /// A document around a map's JSON.
    static func document(_ map: String, format: String = #""journeykit-map""#, version: String = "1") -> String {
        #"{"format": \#(format), "version": \#(version), "map": \#(map)}"#
    }

    /// A map with the required keys and `fields` after them.
    static func map(id: String = #""m""#, _ fields: String = "") -> String {
        #"{"id": \#(id), "title": "T"\#(fields)}"#
    }

    /// A map whose one stage holds one item made of `fields`.
    static func item(_ fields: String) -> String {
        document(
            map(
                #", "lanes": [{"id": "l", "kind": "actions", "title": "A"}], "stages": [{"id": "s", "name": "S", "items": [{\#(fields)}]}]"#
            ))
    }

    /// The keys an item needs.
    static let itemKeys = #""id": "i", "kind": "action", "lane": "l", "text": "x""#

    /// Documents the schema and the reader both accept.
    static let acceptedByBoth: [String: String] = [
        "minimal": document(map()),
        "version-written-with-a-fraction": document(map(), version: "1.0"),
        "nulls": document(
            map(
                #", "summary": null, "kind": null, "state": null, "scope": null, "language": null, "metadata": null, "personas": null, "lanes": null, "stages": null, "transitions": null, "extensions": null"#
            )),
        "item-nulls": item(
            itemKeys
                + #", "step": null, "detail": null, "personas": null, "tags": null, "links": null, "score": null, "channel": null, "severity": null, "priority": null, "owner": null, "metric": null, "contentType": null, "activities": null, "extensions": null"#
        ),
        "empty-vocabulary-values": item(
            #""id": "i", "kind": "", "lane": "l", "text": "", "channel": "", "contentType": """#),
        "custom-vocabulary-values": item(
            itemKeys + #", "channel": "trade fair", "metric": {"kind": "com.example.nps"}"#),
        "metric-directions": item(
            itemKeys
                + #", "metric": {"kind": "churn-rate", "value": 41, "target": 25, "unit": "%", "direction": "lower"}"#),
        "metric-target-range": item(
            itemKeys + #", "metric": {"direction": "range", "targetMinimum": 20, "targetMaximum": 30}"#),
        "metric-direction-null": item(
            itemKeys + #", "metric": {"direction": null, "targetMinimum": null, "targetMaximum": null}"#),
        "empty-lists-and-namespace": document(map(#", "personas": [], "metadata": {}, "extensions": {"x": {}}"#)),
        "every-closed-value": document(map(#", "kind": "b2b", "state": "future", "scope": "buyer-journey""#)),
        "critical-severity": item(itemKeys + #", "severity": "critical", "priority": "high""#),
        "activities": item(itemKeys + #", "activities": ["pricing_view", "", "<a & \"b\">", "two\nlines"]"#),
        "numbers": item(
            itemKeys
                + #", "score": {"value": -0, "source": {"value": 1e2, "minimum": -1.7976931348623157e308, "maximum": 1.7976931348623157e308}}, "metric": {"value": 0.1, "target": 12500}"#
        ),
        "identifier-with-punctuation": document(map(id: #""ünïcode-map/1:x""#)),
        "language-tag": document(map(#", "language": "zh-Hant-TW""#)),
        "control-character-in-text": document(map(#", "summary": "\u0001""#)),
    ]

    /// Documents the schema and the reader both refuse.
    static let refusedByBoth: [String: String] = [
        "format-name": document(map(), format: #""journeykit-mapp""#),
        "format-missing": #"{"version": 1, "map": \#(map())}"#,
        "version-2": document(map(), version: "2"),
        "version-as-text": document(map(), version: #""1""#),
        "map-missing": #"{"format": "journeykit-map", "version": 1}"#,
        "map-id-missing": document(#"{"title": "T"}"#),
        "map-title-null": document(#"{"id": "m", "title": null}"#),
        "map-id-with-space": document(map(id: #""my map""#)),
        "map-id-empty": document(map(id: #""""#)),
        "map-id-with-final-line-feed": document(map(id: #""m\n""#)),
        "lane-reference-with-tab": item(#""id": "i", "kind": "action", "lane": "l\tx", "text": "x""#),
        "persona-reference-empty": item(itemKeys + #", "personas": [""]"#),
        "transition-from-with-space": document(
            map(#", "transitions": [{"id": "t", "from": "a b", "to": "c"}]"#)),
        "reports-to-with-carriage-return": document(
            map(#", "personas": [{"id": "p", "name": "P", "reportsTo": "q\r"}]"#)),
        "map-kind": document(map(#", "kind": "b2x""#)),
        "map-state": document(map(#", "state": "past""#)),
        "map-scope": document(map(#", "scope": "employee-journey""#)),
        "severity": item(itemKeys + #", "severity": "urgent""#),
        "priority-critical": item(itemKeys + #", "priority": "critical""#),
        "score-as-text": item(itemKeys + #", "score": {"value": "1"}"#),
        "score-value-missing": item(itemKeys + #", "score": {}"#),
        "source-maximum-missing": item(itemKeys + #", "score": {"value": 1, "source": {"value": 4, "minimum": 1}}"#),
        "metric-target-as-text": item(itemKeys + #", "metric": {"target": "2"}"#),
        "metric-direction-unknown": item(itemKeys + #", "metric": {"direction": "up"}"#),
        "metric-range-without-bounds": item(itemKeys + #", "metric": {"direction": "range", "targetMinimum": 1}"#),
        "metric-bounds-without-range": item(itemKeys + #", "metric": {"direction": "lower", "targetMaximum": 1}"#),
        "metric-bounds-without-direction": item(itemKeys + #", "metric": {"targetMinimum": 1}"#),
        "number-too-large": item(itemKeys + #", "score": {"value": 1e400}"#),
        "title-as-number": document(#"{"id": "m", "title": 5}"#),
        "tag-as-number": item(itemKeys + #", "tags": [1]"#),
        "activity-as-number": item(itemKeys + #", "activities": [1]"#),
        "activities-as-text": item(itemKeys + #", "activities": "signup""#),
        "language-with-underscore": document(map(#", "language": "en_GB""#)),
        "language-with-final-line-feed": document(map(#", "language": "en\n""#)),
        "extension-value-as-number": document(map(#", "extensions": {"x": {"y": 1}}"#)),
        "extension-namespace-null": document(map(#", "extensions": {"x": null}"#)),
        "metadata-value-null": document(map(#", "metadata": {"a": null}"#)),
        "lane-kind-missing": document(map(#", "lanes": [{"id": "l", "title": "A"}]"#)),
        "link-url-missing": item(itemKeys + #", "links": [{"title": "Home"}]"#),
        "stage-as-array": document(map(#", "stages": [[]]"#)),
    ]

    /// Documents with keys the format does not define: the schema refuses them, the reader ignores
    /// the keys.
    static let unknownKeys: [String: String] = [
        "envelope": #"{"format": "journeykit-map", "version": 1, "map": \#(map()), "comment": "x"}"#,
        "map": document(map(#", "titel": "T""#)),
        "item": item(itemKeys + #", "colour": "green""#),
        "score": item(itemKeys + #", "score": {"value": 1, "scale": "1-5"}"#),
    ]
}
