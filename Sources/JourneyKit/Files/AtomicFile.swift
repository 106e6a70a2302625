import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One output file replaced atomically: written to a temporary file beside the target, then
/// renamed over it, so a failed write leaves no partial file and keeps an existing one.
///
/// The temporary file is named `.NAME.journey-tmp-PID` after the output and the writing process, so
/// that a later write can tell one left behind by a process that was killed (its PID no longer
/// alive) and remove it. Replacing a file keeps its permissions (and, where allowed, its owner and
/// group). When the path is a symbolic link, the file it leads to is replaced and the link kept.
/// `journey convert` and ``JourneyModel/JourneyMap/write(to:format:formats:)`` write through it.
package struct AtomicFile {
    /// What temporary files carry between the output's name and the process number.
    package static let temporaryMarker = ".journey-tmp-"

    /// Why the file could not be written, in words.
    package struct Failure: Error {
        package let reason: String

        init(_ what: String, errno code: Int32 = errno) {
            reason = what + ": " + String(cString: strerror(code))
        }

        init(reason: String) { self.reason = reason }
    }

    /// The file to replace: the output path with its symbolic links followed.
    package let target: String

    /// Prepares to replace the file at `path`, following symbolic links.
    package init(path: String) throws(Failure) {
        target = try Self.followingLinks(path)
    }

    private var directory: String {
        let parent = (target as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    private var name: String { (target as NSString).lastPathComponent }

    /// `.NAME.journey-tmp-`: the name shortened so the whole stays within the 255 bytes a file name
    /// may have.
    private var temporaryPrefix: String {
        var shortened = name
        while shortened.utf8.count > 200 { shortened.removeLast() }
        return "." + shortened + Self.temporaryMarker
    }

    /// Replaces the file with `data`.
    package func write(_ data: Data) throws(Failure) {
        do {
            try write { send in try data.withUnsafeBytes { try send($0) } }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(reason: "\(error)")
        }
    }

    /// Replaces the file with the pieces `produce` hands its sink, in order, as they come: the
    /// content is never whole in memory.
    ///
    /// - Throws: ``Failure`` when the file cannot be written, or what `produce` throws; either way
    ///   the file is left as it was.
    package func write(producing produce: (_ send: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        removeStaleTemporaryFiles()
        let temporary = (directory as NSString).appendingPathComponent(temporaryPrefix + String(getpid()))
        // Left by this very process number, long ago: no one else writes it.
        unlink(temporary)
        var existing = stat()
        let replaces = stat(target, &existing) == 0
        if replaces, existing.st_mode & S_IFMT == S_IFDIR {
            throw Failure(reason: "it is a directory")
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, replaces ? 0o600 : 0o666)
        guard descriptor >= 0 else { throw Failure("cannot create a temporary file in '\(directory)'") }
        do {
            defer { close(descriptor) }
            if replaces {
                // The new file gets the old one's permissions (which the umask must not narrow), owner
                // and group; a user who may not give the file away keeps it as their own.
                _ = fchown(descriptor, existing.st_uid, existing.st_gid)
                guard fchmod(descriptor, existing.st_mode & 0o7777) == 0 else {
                    throw Failure("cannot give the new file the permissions of '\(target)'")
                }
            }
            try produce { piece in
                if let failure = writeFully(descriptor, piece) {
                    throw Failure("cannot write the temporary file", errno: failure)
                }
            }
            guard fsync(descriptor) == 0 else { throw Failure("cannot write the temporary file") }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw Failure("cannot replace the file", errno: code)
        }
    }

    /// Whether two paths name the same existing file (also through links).
    package static func sameFile(_ first: String, _ second: String) -> Bool {
        var firstStatus = stat()
        var secondStatus = stat()
        guard stat(first, &firstStatus) == 0, stat(second, &secondStatus) == 0 else { return false }
        return firstStatus.st_dev == secondStatus.st_dev && firstStatus.st_ino == secondStatus.st_ino
    }

    /// Removes the temporary files in the output's folder whose writing process is no longer alive,
    /// once per folder and process: a batch writing thousands of files into one folder lists it
    /// once, not once per file.
    private func removeStaleTemporaryFiles() {
        guard ScannedFolders.shared.firstVisit(directory) else { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(".") {
            guard let marker = name.range(of: Self.temporaryMarker, options: .backwards) else { continue }
            let number = name[marker.upperBound...]
            guard !number.isEmpty, number.allSatisfy(\.isASCII), number.allSatisfy(\.isNumber),
                let process = pid_t(number), process > 0, process != getpid()
            else { continue }
            // ESRCH: no such process. A process that exists but is not ours (EPERM) is left alone.
            if kill(process, 0) != 0 && errno == ESRCH {
                unlink((directory as NSString).appendingPathComponent(name))
            }
        }
    }

    /// The file a path leads to: symbolic links followed (relative ones from their own folder),
    /// up to a file or a name that does not exist yet.
    private static func followingLinks(_ path: String) throws(Failure) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0 else {
                if errno == ENOENT { return current }
                throw Failure("cannot look at '\(current)'")
            }
            guard status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { throw Failure("cannot read the link '\(current)'") }
            let destination = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if destination.hasPrefix("/") {
                current = destination
            } else {
                let parent = (current as NSString).deletingLastPathComponent
                current = parent.isEmpty ? destination : (parent as NSString).appendingPathComponent(destination)
            }
        }
        throw Failure(reason: "too many symbolic links lead to it")
    }
}

/// Writes all of `buffer` to a file descriptor; the error number when a write fails.
private func writeFully(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32? {
    var offset = 0
    while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
            if errno == EINTR { continue }
            return errno
        }
        offset += written
    }
    return nil
}

/// The folders whose stale temporary files this process has already removed.
private final class ScannedFolders: @unchecked Sendable {
    static let shared = ScannedFolders()
    private let lock = NSLock()
    private var folders: Set<String> = []

    /// Whether this is the first time the folder is asked about.
    func firstVisit(_ folder: String) -> Bool {
        lock.withLock { folders.insert(folder).inserted }
    }
}
