import Foundation
internal import JourneyKit

/// An input named on the command line: a file, or `-` for standard input.
///
/// A file is not read whole up front: its beginning tells the format, and readers that can stream
/// read the rest piece by piece.
struct Input {
    let argument: String
    /// Standard input, read whole; `nil` for a file.
    private let standardInput: Data?
    /// The beginning of the input, for recognizing its format.
    let sample: Data

    /// The name used in messages and locations; `nil` for standard input.
    var fileName: String? { argument == "-" ? nil : argument }

    /// Opens the input; standard input is read whole.
    ///
    /// - Throws: ``CommandFailure`` when the file is missing or unreadable, or the input is larger
    ///   than `limits` allow (standard input is read no further than that).
    init(_ argument: String, limits: ReadLimits = .standard) throws {
        self.argument = argument
        if argument == "-" {
            let data = try Self.readStandardInput(upTo: limits)
            standardInput = data
            sample = data.prefix(ContentSample.length)
            return
        }
        standardInput = nil
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
            throw CommandFailure("journey: cannot open '\(argument)': no such file", status: ExitStatus.noInput)
        }
        guard !isDirectory.boolValue else {
            throw CommandFailure("journey: cannot open '\(argument)': it is a directory", status: ExitStatus.noInput)
        }
        do {
            try limits.checkInputSize(ofFileAt: URL(fileURLWithPath: argument), file: argument)
        } catch {
            throw CommandFailure(messages: [error.description], status: ExitStatus.badInput)
        }
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: argument))
            defer { try? handle.close() }
            sample = try handle.read(upToCount: ContentSample.length) ?? Data()
        } catch {
            throw CommandFailure(
                "journey: cannot open '\(argument)': \(error.localizedDescription)", status: ExitStatus.noInput)
        }
    }

    /// Standard input, read in pieces until its end or until it passes the input size limit.
    private static func readStandardInput(upTo limits: ReadLimits) throws -> Data {
        var data = Data()
        while let chunk = try? FileHandle.standardInput.read(upToCount: 1 << 20), !chunk.isEmpty {
            data.append(chunk)
            do {
                try limits.checkInputSize(data.count, file: nil)
            } catch {
                throw CommandFailure(messages: [error.description], status: ExitStatus.badInput)
            }
        }
        return data
    }

    /// Reads the input as a map, with the named format or the one its content shows.
    func read(
        with registry: FormatRegistry, format identifier: String?, importing: ImportOptions? = nil,
        csv: CSVOptions? = nil
    ) throws -> ReadResult {
        let reader: any JourneyReader
        if let identifier {
            guard let named = registry.reader(identifier: identifier) else {
                let known = registry.readers.map(\.identifier).joined(separator: ", ")
                throw CommandFailure(
                    "journey: no format '\(identifier)' can read maps (readers: \(known))", status: ExitStatus.usage)
            }
            reader = named
        } else {
            guard let recognized = registry.reader(for: sample, fileName: fileName) else {
                let known = registry.readers.map(\.identifier).joined(separator: ", ")
                throw CommandFailure(
                    "\(fileName ?? "<stdin>"): error: cannot tell the format of this input; name it with --from (\(known))",
                    status: ExitStatus.badInput)
            }
            reader = recognized
        }
        do {
            if let importer = reader as? DiagramImportFormat, let importing {
                let format = importing.configure(importer, vocabulary: try importing.recognitionVocabulary())
                let result =
                    if let standardInput {
                        try format.importMap(standardInput, file: fileName)
                    } else {
                        try format.importMap(contentsOf: URL(fileURLWithPath: argument), file: fileName)
                    }
                importing.report(result, file: fileName)
                return ReadResult(
                    map: result.map, diagnostics: result.diagnostics, sourceMap: SourceMap(file: fileName))
            }
            if let csvReader = reader as? JourneyCSVFormat, let csv {
                // Reading honours the layout and delimiter given; writing options do not apply (reading
                // undoes formula neutralization whether or not the file was written with it).
                var format = csvReader
                if let layout = csv.layout { format.layout = JourneyCSVFormat.Layout(rawValue: layout) }
                if let delimiter = csv.delimiter { format.delimiter = JourneyCSVFormat.Delimiter(argument: delimiter) }
                if let importing { format.vocabulary = try importing.recognitionVocabulary() }
                return try read(with: format)
            }
            return try read(with: reader)
        } catch let error as ReadError {
            throw CommandFailure(messages: error.allErrors.map(\.description), status: ExitStatus.badInput)
        }
    }

    private func read(with reader: some JourneyReader) throws -> ReadResult {
        if let standardInput { return try reader.read(standardInput, file: fileName) }
        return try reader.read(contentsOf: URL(fileURLWithPath: argument), file: fileName)
    }
}

/// Writes output atomically: to a temporary file beside the target, then renamed over it, so a
/// failed conversion leaves no partial file and keeps an existing one.
///
/// The temporary file is named `.NAME.journey-tmp-PID` after the output and the writing process, so
/// that a later run can tell one left behind by a process that was killed (its PID no longer
/// alive) and remove it. Replacing a file keeps its permissions (and, where allowed, its owner and
/// group). When the output path is a symbolic link, the file it leads to is replaced and the link
/// kept.
enum Output {
    /// What temporary files carry between the output's name and the process number.
    static let temporaryMarker = ".journey-tmp-"

    static func write(_ data: Data, to argument: String) throws {
        if argument == "-" {
            StandardOutput.write(data)
            return
        }
        do throws(AtomicFile.Failure) {
            try AtomicFile(path: argument).write(data)
        } catch {
            throw CommandFailure("journey: cannot write '\(argument)': \(error.reason)", status: ExitStatus.cannotWrite)
        }
    }

    /// Whether two paths name the same existing file (also through links).
    static func sameFile(_ first: String, _ second: String) -> Bool {
        guard first != "-", second != "-" else { return false }
        var firstStatus = stat()
        var secondStatus = stat()
        guard stat(first, &firstStatus) == 0, stat(second, &secondStatus) == 0 else { return false }
        return firstStatus.st_dev == secondStatus.st_dev && firstStatus.st_ino == secondStatus.st_ino
    }
}

/// One output file replaced atomically; see ``Output``.
struct AtomicFile {
    /// Why the file could not be written, in words.
    struct Failure: Error {
        let reason: String

        init(_ what: String, errno code: Int32 = errno) {
            reason = what + ": " + String(cString: strerror(code))
        }

        init(reason: String) { self.reason = reason }
    }

    /// The file to replace: the output path with its symbolic links followed.
    let target: String

    init(path: String) throws(Failure) {
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
        return "." + shortened + Output.temporaryMarker
    }

    func write(_ data: Data) throws(Failure) {
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
        do throws(Failure) {
            defer { close(descriptor) }
            if replaces {
                // The new file gets the old one's permissions (which the umask must not narrow), owner
                // and group; a user who may not give the file away keeps it as their own.
                _ = fchown(descriptor, existing.st_uid, existing.st_gid)
                guard fchmod(descriptor, existing.st_mode & 0o7777) == 0 else {
                    throw Failure("cannot give the new file the permissions of '\(target)'")
                }
            }
            if let failure = data.withUnsafeBytes({ writeFully(descriptor, $0) }) {
                throw Failure("cannot write the temporary file", errno: failure)
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

    /// Removes this output's temporary files whose writing process is no longer alive.
    private func removeStaleTemporaryFiles() {
        let prefix = temporaryPrefix
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(prefix) {
            let number = name.dropFirst(prefix.count)
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
