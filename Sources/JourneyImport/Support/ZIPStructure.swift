import Foundation

/// Reads a ZIP archive's directory, checking that every offset and size it gives lies within the
/// file.
///
/// The structures are found as ZIP readers find them — the last end-of-central-directory record,
/// the ZIP64 record just before it, the ZIP64 extra field of each entry — and every local header and
/// every entry's data must lie within the file. A directory that ends early or a header without its
/// signature is damage too, where a lenient reader would silently stop listing entries. Checked
/// arithmetic throughout: an offset plus a size that does not fit in 64 bits is damage, not a trap.
enum ZIPStructure {
    /// What is wrong, and the entry concerned when there is one.
    struct Damage: Error {
        var message: String
        var entry: String?
    }

    /// One entry of the directory, with where its data lies.
    struct Entry {
        var name: String
        /// 0: stored; 8: deflated.
        var method: UInt16
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        /// The CRC-32 of the uncompressed data.
        var checksum: UInt32
        /// The offset of the entry's data, after its local header.
        var dataStart: UInt64
        /// Whether the entry is a folder rather than a file.
        var isFolder: Bool { name.hasSuffix("/") }
    }

    /// The entries of the archive, in directory order.
    ///
    /// - Throws: ``Damage``, the first problem found in the archive's structure.
    static func entries(of data: Data) throws(Damage) -> [Entry] {
        let result = data.withUnsafeBytes { buffer in Reader(bytes: buffer).entries() }
        switch result {
        case .success(let entries): return entries
        case .failure(let damage): throw damage
        }
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var count: UInt64 { UInt64(bytes.count) }

        static let endOfDirectorySignature: UInt32 = 0x0605_4B50
        static let zip64LocatorSignature: UInt32 = 0x0706_4B50
        static let zip64RecordSignature: UInt32 = 0x0606_4B50
        static let directoryEntrySignature: UInt32 = 0x0201_4B50
        static let localHeaderSignature: UInt32 = 0x0403_4B50

        func u16(_ offset: UInt64) -> UInt16 { bytes.loadUnaligned(fromByteOffset: Int(offset), as: UInt16.self) }
        func u32(_ offset: UInt64) -> UInt32 { bytes.loadUnaligned(fromByteOffset: Int(offset), as: UInt32.self) }
        func u64(_ offset: UInt64) -> UInt64 { bytes.loadUnaligned(fromByteOffset: Int(offset), as: UInt64.self) }

        /// Whether `length` bytes from `offset` lie within the file, without overflowing.
        func fits(_ offset: UInt64, _ length: UInt64) -> Bool {
            offset <= count && length <= count - offset
        }

        func entries() -> Result<[Entry], Damage> {
            guard count >= 22 else { return .failure(Damage(message: "the file is too short for a ZIP archive")) }
            // The last signature at least 22 bytes before the end, searching back as ZIPFoundation does.
            var end = count - 22
            while u32(end) != Self.endOfDirectorySignature {
                guard end > 0 else {
                    return .failure(Damage(message: "the end-of-central-directory record is missing"))
                }
                end -= 1
            }
            let commentLength = UInt64(u16(end + 20))
            guard fits(end + 22, commentLength) else {
                return .failure(
                    Damage(message: "the end-of-central-directory record's comment runs past the end of the file"))
            }
            var entryCount = UInt64(u16(end + 10))
            var directoryOffset = UInt64(u32(end + 16))
            // ZIPFoundation takes the ZIP64 record from where it would sit right before the locator.
            if end > 20, end - 20 > 56 {
                let locator = end - 20
                let record = locator - 56
                if u32(locator) == Self.zip64LocatorSignature, u32(record) == Self.zip64RecordSignature,
                    u16(record + 14) >= 45
                {
                    entryCount = u64(record + 32)
                    directoryOffset = u64(record + 48)
                }
            }
            guard entryCount == 0 || directoryOffset <= end else {
                return .failure(
                    Damage(
                        message: "the central directory is said to start at byte \(directoryOffset), beyond its end "
                            + "at byte \(end)"))
            }
            var position = directoryOffset
            var index: UInt64 = 0
            var entries: [Entry] = []
            // Each entry takes at least 46 bytes of the file, so a count the file cannot hold fails at
            // the first entry that is not there rather than reserving room for it.
            while index < entryCount {
                switch checkEntry(at: position, number: index + 1, of: entryCount) {
                case .damaged(let damage): return .failure(damage)
                case .next(let next, let entry):
                    position = next
                    entries.append(entry)
                }
                index += 1
            }
            return .success(entries)
        }

        enum EntryResult {
            case damaged(Damage)
            case next(UInt64, Entry)
        }

        /// Checks one central directory entry, its local header and its data.
        func checkEntry(at position: UInt64, number: UInt64, of total: UInt64) -> EntryResult {
            guard fits(position, 46), u32(position) == Self.directoryEntrySignature else {
                return .damaged(
                    Damage(
                        message: "the central directory lists \(total) entries, but entry \(number) at byte "
                            + "\(position) is not there"))
            }
            let nameLength = UInt64(u16(position + 28))
            let extraLength = UInt64(u16(position + 30))
            let commentLength = UInt64(u16(position + 32))
            guard fits(position + 46, nameLength + extraLength + commentLength) else {
                return .damaged(
                    Damage(message: "entry \(number) of the central directory runs past the end of the file"))
            }
            let name = String(
                decoding: UnsafeRawBufferPointer(rebasing: bytes[Int(position + 46)..<Int(position + 46 + nameLength)]),
                as: UTF8.self)
            func damage(_ message: String) -> EntryResult {
                .damaged(Damage(message: "the entry \(name) " + message, entry: name))
            }
            let versionNeeded = u16(position + 6)
            let method = u16(position + 10)
            let compressed32 = u32(position + 20)
            let uncompressed32 = u32(position + 24)
            let disk16 = u16(position + 34)
            let offset32 = u32(position + 42)
            let extra = UnsafeRawBufferPointer(
                rebasing: bytes[Int(position + 46 + nameLength)..<Int(position + 46 + nameLength + extraLength)])
            let zip64 = Self.zip64Fields(
                in: extra, uncompressed: uncompressed32 == .max, compressed: compressed32 == .max,
                offset: offset32 == .max, disk: disk16 == .max)
            // A ZIP64 value counts when the entry is ZIP64 and the value is not 0.
            let isZIP64 = UInt8(truncatingIfNeeded: versionNeeded) >= 45 || zip64 != nil
            func effective(_ value: UInt64?, _ plain: UInt32) -> UInt64 {
                if isZIP64, let value, value > 0 { return value }
                return UInt64(plain)
            }
            let compressedSize = effective(zip64?.compressed, compressed32)
            let uncompressedSize = effective(zip64?.uncompressed, uncompressed32)
            let localHeader = effective(zip64?.offset, offset32)
            guard fits(localHeader, 30) else {
                return damage(
                    "has its local header at byte \(localHeader), beyond the end of the file (\(count) bytes)")
            }
            guard u32(localHeader) == Self.localHeaderSignature else {
                return damage("has no local header at byte \(localHeader)")
            }
            let localNameLength = UInt64(u16(localHeader + 26))
            let localExtraLength = UInt64(u16(localHeader + 28))
            guard fits(localHeader + 30, localNameLength + localExtraLength) else {
                return damage("has a local header that runs past the end of the file")
            }
            let dataStart = localHeader + 30 + localNameLength + localExtraLength
            guard u16(localHeader + 8) == method else {
                return damage("has a local header naming another compression method than the directory")
            }
            guard fits(dataStart, compressedSize) else {
                return damage(
                    "says it holds \(compressedSize) compressed bytes from byte \(dataStart), past the end of the "
                        + "file (\(count) bytes)")
            }
            // Stored data is read by its uncompressed size, and a data descriptor is looked for after it.
            if method == 0, !fits(dataStart, uncompressedSize) {
                return damage(
                    "says it holds \(uncompressedSize) stored bytes from byte \(dataStart), past the end of the file "
                        + "(\(count) bytes)")
            }
            let entry = Entry(
                name: name, method: method, compressedSize: compressedSize, uncompressedSize: uncompressedSize,
                checksum: u32(position + 16), dataStart: dataStart)
            return .next(position + 46 + nameLength + extraLength + commentLength, entry)
        }

        /// The ZIP64 extended information of an entry: the first extra field with header 1, holding
        /// exactly the values whose 32-bit fields are all ones.
        static func zip64Fields(
            in extra: UnsafeRawBufferPointer, uncompressed: Bool, compressed: Bool, offset: Bool, disk: Bool
        ) -> (uncompressed: UInt64, compressed: UInt64, offset: UInt64)? {
            var position = 0
            while position < extra.count - 4 {
                let header = extra.loadUnaligned(fromByteOffset: position, as: UInt16.self)
                let size = Int(extra.loadUnaligned(fromByteOffset: position + 2, as: UInt16.self))
                let next = position + 4 + size
                guard next <= extra.count else { return nil }
                if header == 1 {
                    let expected = (uncompressed ? 8 : 0) + (compressed ? 8 : 0) + (offset ? 8 : 0) + (disk ? 4 : 0)
                    guard size == expected else { return nil }
                    var cursor = position + 4
                    func take(_ present: Bool) -> UInt64 {
                        guard present else { return 0 }
                        defer { cursor += 8 }
                        return extra.loadUnaligned(fromByteOffset: cursor, as: UInt64.self)
                    }
                    return (take(uncompressed), take(compressed), take(offset))
                }
                position = next
            }
            return nil
        }
    }
}
