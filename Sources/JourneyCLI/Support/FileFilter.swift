import Foundation

/// The `--include` and `--exclude` patterns of a folder conversion.
///
/// A pattern without `/` matches a file's name (an exclude pattern also the name of a folder on the
/// way, so `--exclude drafts` leaves a folder out); one with `/` matches the path relative to the
/// folder given. `*` and `?` match any characters (`*` also across folders), `[…]` a set, as in the
/// shell.
struct FileFilter {
    var include: [String]
    var exclude: [String]

    /// Whether no exclude pattern matches, and an include pattern does when there are some.
    func admits(_ relative: String) -> Bool {
        !exclude.contains { pattern in
            pattern.contains("/")
                ? Self.matches(pattern, relative)
                : relative.split(separator: "/").contains { fnmatch(pattern, String($0), 0) == 0 }
        } && (include.isEmpty || includes(relative))
    }

    /// Whether an include pattern names the file.
    func includes(_ relative: String) -> Bool {
        include.contains { Self.matches($0, relative) }
    }

    static func matches(_ pattern: String, _ relative: String) -> Bool {
        let subject = pattern.contains("/") ? relative : (relative as NSString).lastPathComponent
        return fnmatch(pattern, subject, 0) == 0
    }
}
