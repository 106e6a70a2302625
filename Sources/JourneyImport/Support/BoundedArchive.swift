import Foundation
import JourneyModel
internal import ZIPFoundation

/// A ZIP archive read from memory whose entries are extracted within ``ReadLimits``.
///
/// An archive listing more than ``ReadLimits/maximumArchiveEntries`` entries is refused. An entry is
/// refused before extraction when its declared size exceeds what is left of
/// ``ReadLimits/maximumExpandedSize`` (which counts every entry extracted from the archive) or its
/// declared compression ratio exceeds ``ReadLimits/maximumCompressionRatio``; extraction also stops
/// as soon as the bytes actually produced pass the size limit, because the sizes in a ZIP header may
/// lie. Part names are matched
/// without regard to case and a leading `/`, as Open Packaging Conventions packages require.
struct BoundedArchive {
    /// The file name used in errors.
    let file: String?
    let limits: ReadLimits
    /// What is left of the limits for the entries still to be extracted.
    private let budget: ReadBudget
    private let archive: Archive
    /// Normalized part name → entry, so that looking a part up does not scan the archive.
    private let entries: [String: Entry]

    /// Opens an archive.
    ///
    /// - Throws: ``ReadError`` when the data is not a ZIP archive, or one whose directory points
    ///   outside the file (naming the entry concerned in `detail`).
    init(data: Data, file: String?, limits: ReadLimits, formatName: String) throws {
        self.file = file
        self.limits = limits
        budget = ReadBudget(limits)
        guard data.count >= 22, data.starts(with: [0x50, 0x4B]) else {
            throw ReadError(
                "the file is not a ZIP archive, which a \(formatName) file is", at: SourceLocation(file: file))
        }
        // ZIPFoundation trusts the offsets and sizes of the directory and stops the program when
        // they point past the end of the data: they are checked first.
        do {
            try ZIPStructure.check(data)
        } catch {
            throw ReadError(
                "the file is a damaged ZIP archive, so not a readable \(formatName) file: \(error.message)",
                at: SourceLocation(file: file, detail: error.entry))
        }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw ReadError(
                "the file is not a readable ZIP archive (\(error)); a \(formatName) file is one",
                at: SourceLocation(file: file))
        }
        var entries: [String: Entry] = [:]
        var listed = 0
        for entry in archive {
            listed += 1
            guard listed <= limits.maximumArchiveEntries else {
                throw ReadError(
                    "the archive lists more than the limit of \(limits.maximumArchiveEntries) entries "
                        + "(ReadLimits.maximumArchiveEntries); a \(formatName) file lists tens",
                    at: SourceLocation(file: file))
            }
            guard entry.type == .file else { continue }
            let name = Self.normalize(entry.path)
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
            throw ReadError(budget.expansionMessage("the part \(part) (declaring \(declaredSize) bytes)"), at: location)
        }
        if entry.isCompressed, declaredSize > 0 {
            let compressed = entry.compressedSize
            let ratio = compressed == 0 ? Double.infinity : Double(declaredSize) / Double(compressed)
            if ratio > limits.maximumCompressionRatio {
                throw ReadError(
                    "the part \(part) is compressed \(Self.describe(ratio)) times, more than the limit of "
                        + "\(Self.describe(limits.maximumCompressionRatio)); it may be a ZIP bomb",
                    at: location)
            }
        }
        var result = Data()
        result.reserveCapacity(Int(min(declaredSize, UInt64(max(0, limit)))))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard result.count + chunk.count <= limit else { throw EntryTooLarge() }
                result.append(chunk)
            }
        } catch is EntryTooLarge {
            throw ReadError(
                budget.expansionMessage("the part \(part) (its header declaring \(declaredSize) bytes)"),
                at: location)
        } catch {
            throw ReadError("the part \(part) cannot be extracted: \(error)", at: location)
        }
        budget.spend(expanded: result.count)
        return result
    }

    /// A part name as stored in `entries`: without a leading `/`, lowercased.
    static func normalize(_ part: String) -> String {
        String(part.drop { $0 == "/" }).lowercased()
    }

    private static func describe(_ ratio: Double) -> String {
        ratio.isFinite ? NumberText.format((ratio * 10).rounded() / 10) : "infinitely many"
    }

    private struct EntryTooLarge: Error {}
}
