import Foundation
internal import JourneyKit

/// The maps in a folder, searched recursively, as `convert -o` and `validate` take them.
///
/// Hidden files and folders are left out, and so is the output folder. A file is a map when its
/// name ends in an extension only map files have (`.journey.xml`, `.drawio`, `.csv`), when a
/// format recognizes its content (a `.xml` or `.md` that holds a map), or when an `--include`
/// pattern names it; `--exclude` leaves files and folders out.
struct MapFiles {
    var registry: FormatRegistry
    var limits: ReadLimits
    var filter = FileFilter(include: [], exclude: [])
    /// A folder not to enter (the output folder), in ``key(_:)``'s spelling.
    var skipping: String?

    /// Extensions many files have that are not maps: such a file is a map only when a format
    /// recognizes its content.
    static let sharedExtensions: Set<String> = ["xml", "json", "svg", "html", "htm", "md", "markdown", "txt"]

    /// The maps under `folder`, as paths relative to it, sorted.
    func maps(in folder: String) -> [String] {
        files(in: folder).filter { relative in
            filter.admits(relative)
                && (filter.includes(relative) || Self.mapFormat(named: relative, in: registry) != nil
                    || isMap(folder + "/" + relative))
        }
    }

    /// The files under a folder, as paths relative to it, sorted.
    private func files(in folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            // `lstat` itself: the walker's attributes also look up owners in the user database, and
            // the output folder's spelling is worked out for folders only.
            var status = stat()
            guard lstat(folder + "/" + relative, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFREG: files.append(relative)
            case S_IFDIR where skipping != nil && Self.key(folder + "/" + relative) == skipping:
                walker.skipDescendants()
            default: break
            }
        }
        return files.sorted()
    }

    /// Whether a format recognizes the file's content; a file that cannot be opened is kept, so
    /// that the reason is reported.
    private func isMap(_ path: String) -> Bool {
        guard let input = try? Input(path, limits: limits) else { return true }
        return registry.reader(for: input.sample, fileName: path) != nil
    }

    /// The reader whose extensions end the file's name, when no other kind of file has it.
    static func mapFormat(named path: String, in registry: FormatRegistry) -> (any JourneyReader)? {
        let name = (path as NSString).lastPathComponent.lowercased()
        return registry.readers.first { reader in
            reader.fileExtensions.contains { !sharedExtensions.contains($0) && name.hasSuffix("." + $0) }
        }
    }

    /// A path in one spelling, for telling whether two name the same file.
    static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
