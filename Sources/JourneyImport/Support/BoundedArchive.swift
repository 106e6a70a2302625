import Foundation
import JourneyModel

/// A ZIP archive read from memory whose entries are extracted within ``ReadLimits``.
///
/// The directory is read by ``ZIPStructure``, which checks every offset and size against the file;
/// entries are extracted here, stored ones copied and deflated ones inflated by zlib, each checked
/// against its CRC-32. An archive listing more than ``ReadLimits/maximumArchiveEntries`` entries is
/// refused. An entry is refused before extraction when its declared size exceeds what is left of
/// ``ReadLimits/maximumExpandedSize`` (which counts every entry extracted from the archive) or its
/// declared compression ratio exceeds ``ReadLimits/maximumCompressionRatio``; inflation also stops
/// as soon as the bytes actually produced pass the size limit, because the sizes in a ZIP header may
/// lie. Part names are matched without regard to case and a leading `/`, as Open Packaging
/// Conventions packages require.
struct BoundedArchive {
    /// The file name used in errors.
    let file: String?
    let limits: ReadLimits
    /// What is left of the limits for the entries still to be extracted.
    private let budget: ReadBudget
    private let data: Data
    /// Normalized part name → entry, so that looking a part up does not scan the archive.
    private let entries: [String: ZIPStructure.Entry]

    /// Opens an archive.
    ///
    /// - Throws: ``ReadError`` when the data is not a ZIP archive, or one whose directory points
    ///   outside the file (naming the entry concerned in `detail`), or lists too many entries.
    init(data: Data, file: String?, limits: ReadLimits, formatName: String) throws {
        self.file = file
        self.limits = limits
        self.data = data
        budget = ReadBudget(limits)
        guard data.count >= 22, data.starts(with: [0x50, 0x4B]) else {
            throw ReadError(
                "the file is not a ZIP archive, which a \(formatName) file is", at: SourceLocation(file: file),
                kind: .unsupportedFormat)
        }
        let listed: [ZIPStructure.Entry]
        do {
            listed = try ZIPStructure.entries(of: data)
        } catch {
            throw ReadError(
                "the file is a damaged ZIP archive, so not a readable \(formatName) file: \(error.message)",
                at: SourceLocation(file: file, detail: error.entry), kind: .malformed)
        }
        guard listed.count <= limits.maximumArchiveEntries else {
            throw ReadError(
                "the archive lists more than the limit of \(limits.maximumArchiveEntries) entries "
                    + "(ReadLimits.maximumArchiveEntries); a \(formatName) file lists tens",
                at: SourceLocation(file: file), kind: .limitExceeded)
        }
        var entries: [String: ZIPStructure.Entry] = [:]
        for entry in listed where !entry.isFolder {
            let name = Self.normalize(entry.name)
            if entries[name] == nil { entries[name] = entry }
        }
        self.entries = entries
    }

    /// Whether the archive holds a part.
    func contains(_ part: String) -> Bool { entries[Self.normalize(part)] != nil }

    /// The bytes of a part.
    ///
    /// - Parameter referencedBy: the part that names the missing one, for the error message.
    /// - Throws: ``ReadError`` naming the file and the part when the part is missing, too large,
    ///   compressed suspiciously well or damaged.
    func data(of part: String, referencedBy: String? = nil) throws -> Data {
        guard let data = try dataIfPresent(of: part) else {
            let reason = referencedBy.map { " (named by \($0))" } ?? ""
            throw ReadError(
                "the part \(part) is missing from the archive\(reason)",
                at: SourceLocation(file: file, detail: part))
        }
        return data
    }

    /// The bytes of a part, or `nil` when the archive does not hold it.
    ///
    /// - Throws: ``ReadError`` when the part is too large, compressed suspiciously well or damaged.
    func dataIfPresent(of part: String) throws -> Data? {
        guard let entry = entries[Self.normalize(part)] else { return nil }
        let location = SourceLocation(file: file, detail: part)
        let declaredSize = entry.uncompressedSize
        let limit = budget.remainingExpansion
        if declaredSize > UInt64(max(0, limit)) {
            throw ReadError(
                budget.expansionMessage("the part \(part) (declaring \(declaredSize) bytes)"), at: location,
                kind: .limitExceeded)
        }
        if entry.method != 0, declaredSize > 0 {
            let compressed = entry.compressedSize
            let ratio = compressed == 0 ? Double.infinity : Double(declaredSize) / Double(compressed)
            if ratio > limits.maximumCompressionRatio {
                throw ReadError(
                    "the part \(part) is compressed \(Self.describe(ratio)) times, more than the limit of "
                        + "\(Self.describe(limits.maximumCompressionRatio)); it may be a ZIP bomb",
                    at: location, kind: .limitExceeded)
            }
        }
        let result = try extract(entry, part: part, limit: limit, at: location)
        guard result.count == declaredSize else {
            throw ReadError(
                "the part \(part) extracts to \(result.count) bytes, although the archive declares \(declaredSize)",
                at: location, kind: .malformed)
        }
        guard Checksum.crc32(result) == entry.checksum else {
            throw ReadError(
                "the part \(part) is damaged: its checksum does not match its content", at: location, kind: .malformed)
        }
        budget.spend(expanded: result.count)
        return result
    }

    /// The entry's bytes, copied or inflated; the directory check has placed its data within the file.
    private func extract(_ entry: ZIPStructure.Entry, part: String, limit: Int, at location: SourceLocation) throws
        -> Data
    {
        let start = data.startIndex + Int(entry.dataStart)
        switch entry.method {
        case 0:
            return Data(data[start..<start + Int(entry.uncompressedSize)])
        case 8:
            do {
                return try Inflate.raw(data[start..<start + Int(entry.compressedSize)], limit: limit)
            } catch .tooLarge {
                throw ReadError(
                    budget.expansionMessage("the part \(part) (its header declaring \(entry.uncompressedSize) bytes)"),
                    at: location, kind: .limitExceeded)
            } catch .truncated {
                throw ReadError(
                    "the part \(part) is damaged: its compressed data ends too early", at: location, kind: .malformed)
            } catch .corrupt(let reason) {
                throw ReadError("the part \(part) is damaged: \(reason)", at: location, kind: .malformed)
            }
        default:
            throw ReadError(
                "the part \(part) is compressed with method \(entry.method); only stored and deflated parts are read",
                at: location, kind: .unsupportedFormat)
        }
    }

    /// A part name as stored in `entries`: without a leading `/`, lowercased.
    static func normalize(_ part: String) -> String {
        String(part.drop { $0 == "/" }).lowercased()
    }

    private static func describe(_ ratio: Double) -> String {
        ratio.isFinite ? NumberText.format((ratio * 10).rounded() / 10) : "infinitely many"
    }
}
