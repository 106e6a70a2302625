import Foundation

/// A file's size and modification time, from one `stat` call (following symbolic links: the
/// time of the file a link leads to).
///
/// Foundation's `attributesOfItem` also looks up the owner's and group's names (reading the
/// password and group databases), which costs more than the conversion of a small map in a batch.
struct FileStatus {
    var size: Int
    /// Seconds and nanoseconds since 1970.
    var modified: (seconds: Int, nanoseconds: Int)

    /// The status of the file at `path`, or `nil` when it cannot be read.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        size = Int(status.st_size)
        #if canImport(Darwin)
            modified = (Int(status.st_mtimespec.tv_sec), Int(status.st_mtimespec.tv_nsec))
        #else
            modified = (Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec))
        #endif
    }

    /// Whether this file was modified at the same time as `other` or later.
    func isAsNew(as other: FileStatus) -> Bool { modified >= other.modified }
}
