import Foundation

extension JourneyMap {
    /// Reads the map in the file at `url`, in the format its content shows.
    ///
    /// ```swift
    /// let map = try JourneyMap(contentsOf: URL(fileURLWithPath: "car.drawio"))
    /// ```
    ///
    /// The format is recognized from the content, as `journey convert` does (the file name is a hint
    /// only); readers that can stream read the file piece by piece. Use
    /// ``readResult(contentsOf:formats:limits:)`` to get the diagnostics too.
    ///
    /// - Parameters:
    ///   - url: the file.
    ///   - formats: the formats to choose from; the built-in ones by default.
    ///   - limits: the limits on size, expansion and shapes.
    /// - Throws: `ReadError`: `.unreadable` when the file cannot be read, `.unsupportedFormat` when
    ///   no format recognizes it, and whatever the reader finds.
    public init(contentsOf url: URL, formats: FormatRegistry = .standard, limits: ReadLimits = .standard) throws {
        self = try Self.readResult(contentsOf: url, formats: formats, limits: limits).map
    }

    /// Reads the map in the file at `url` on another task: for large files, off the caller's
    /// actor.
    public init(
        contentsOf url: URL, formats: FormatRegistry = .standard, limits: ReadLimits = .standard
    ) async throws {
        self = try await Task.detached {
            try Self.readResult(contentsOf: url, formats: formats, limits: limits).map
        }.value
    }

    /// Reads the map in the file at `url` with what the reader noticed and where each element was.
    ///
    /// - Throws: `ReadError`, as `init(contentsOf:formats:limits:)`.
    public static func readResult(
        contentsOf url: URL, formats: FormatRegistry = .standard, limits: ReadLimits = .standard
    ) throws -> ReadResult {
        let file = url.path
        try limits.checkInputSize(ofFileAt: url, file: file)
        let sample: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            sample = try handle.read(upToCount: ContentSample.length) ?? Data()
        } catch {
            throw ReadError(
                "cannot read the file: \(error.localizedDescription)", at: SourceLocation(file: file), kind: .unreadable
            )
        }
        guard let reader = formats.reader(for: sample, fileName: url.lastPathComponent) else {
            let known = formats.readers.map(\.identifier).joined(separator: ", ")
            throw ReadError(
                "no format recognizes this file (formats that read: \(known))", at: SourceLocation(file: file),
                kind: .unsupportedFormat)
        }
        if let importer = (reader as? any DiagramImporting)?.diagramImport {
            return try importer.with(limits: limits).read(contentsOf: url, file: file)
        }
        return try reader.read(contentsOf: url, file: file)
    }

    /// Writes the map to the file at `url`, in the format its name shows or in `format`.
    ///
    /// ```swift
    /// try map.write(to: URL(fileURLWithPath: "car.svg"))
    /// ```
    ///
    /// The file is replaced atomically, as `journey convert` replaces its output: written beside it
    /// and renamed over it, so a failed write leaves an existing file as it was; its permissions
    /// are kept, and a symbolic link keeps leading to it.
    ///
    /// - Parameters:
    ///   - url: the file to write.
    ///   - format: the format to write; chosen from the file name's extension when `nil`.
    ///   - formats: the formats to choose from.
    /// - Throws: `WriteError`: `.invalidOptions` when no format writes files named so, `.unwritable`
    ///   when the file cannot be written, and whatever the writer refuses.
    public func write(
        to url: URL, format: (any JourneyWriter)? = nil, formats: FormatRegistry = .standard
    ) throws {
        guard let writer = format ?? formats.writer(forFileName: url.lastPathComponent) else {
            let known = formats.writers.flatMap(\.fileExtensions).map { "." + $0 }.joined(separator: ", ")
            throw WriteError(
                "no format writes files named '\(url.lastPathComponent)' (extensions: \(known)); name the format",
                kind: .invalidOptions)
        }
        let data = try writer.write(self)
        do throws(AtomicFile.Failure) {
            try AtomicFile(path: url.path).write(data)
        } catch {
            throw WriteError("cannot write '\(url.path)': \(error.reason)", kind: .unwritable)
        }
    }

    /// Writes the map to the file at `url` on another task: for large maps, off the caller's actor.
    public func write(
        to url: URL, format: (any JourneyWriter)? = nil, formats: FormatRegistry = .standard
    ) async throws {
        let map = self
        try await Task.detached { try map.write(to: url, format: format, formats: formats) }.value
    }
}
