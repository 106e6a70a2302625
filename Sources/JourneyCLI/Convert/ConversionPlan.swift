import Foundation
internal import JourneyKit

/// The jobs of a conversion into a folder: the inputs found, each with its outputs' paths.
///
/// Files named on the command line are inputs whatever their content. In a folder, searched
/// recursively (hidden files and folders left out), a file is an input when a format recognizes
/// its content, or when it matches an `--include` pattern; `--exclude` leaves files out. Each
/// output keeps the input's path relative to the folder it was found in, with the output format's
/// extension in place of the input's.
struct ConversionPlan {
    var jobs: [ConversionJob] = []
    /// Inputs that cannot be converted: two writing the same output, or a missing path.
    var problems: [(input: String, message: String, status: Int32)] = []

    init(
        inputs: [String], outputDirectory: String, writers: [any JourneyWriter], registry: FormatRegistry,
        include: [String], exclude: [String], limits: ReadLimits
    ) throws {
        let outputFolder = Self.key(outputDirectory)
        var found: [(path: String, relative: String)] = []
        for argument in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                problems.append((argument, "journey: cannot open '\(argument)': no such file", ExitStatus.noInput))
                continue
            }
            if isDirectory.boolValue {
                let filter = FileFilter(include: include, exclude: exclude)
                found += Self.files(in: argument, skipping: outputFolder).filter { relative in
                    filter.admits(relative)
                        && (filter.includes(relative) || Self.hasMapExtension(relative, registry: registry)
                            || Self.isMap(argument + "/" + relative, registry: registry, limits: limits))
                }.map { (argument + "/" + $0, $0) }
            } else {
                found.append((argument, (argument as NSString).lastPathComponent))
            }
        }
        let stripped = Self.extensionsToStrip(registry)
        let planned = found.map { path, relative in
            let stem = Self.stem(of: relative, strippable: stripped)
            let targets = writers.map { writer in
                ConversionJob.Target(
                    path: outputDirectory + "/" + stem + "." + (writer.fileExtensions.first ?? writer.identifier),
                    writer: writer)
            }
            return (input: path, key: Self.key(path), targets: targets, outputs: targets.map { Self.key($0.path) })
        }
        var producers: [String: String] = [:]
        for job in planned { for output in job.outputs where output != job.key { producers[output] = job.input } }
        var claimed: [String: String] = [:]
        for job in planned {
            // A file an earlier run wrote beside its input is an output here, not an input.
            if producers[job.key] != nil { continue }
            if job.outputs.contains(job.key) {
                problems.append(
                    (job.input, "journey: '\(job.input)': the output would replace the input", ExitStatus.usage))
            } else if let other = job.outputs.lazy.compactMap({ claimed[$0] }).first {
                problems.append(
                    (
                        job.input,
                        "journey: '\(job.input)' and '\(other)' would write the same output; convert one alone",
                        ExitStatus.usage
                    ))
            } else {
                for output in job.outputs { claimed[output] = job.input }
                jobs.append(ConversionJob(input: job.input, targets: job.targets))
            }
        }
    }

    /// A path in one spelling, for telling whether two name the same file.
    private static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The files under a folder, as paths relative to it, sorted; hidden ones and the output folder
    /// left out.
    private static func files(in folder: String, skipping outputFolder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            let full = folder + "/" + relative
            if name.hasPrefix(".") || Self.key(full) == outputFolder {
                walker.skipDescendants()
                continue
            }
            if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeRegular { files.append(relative) }
        }
        return files.sorted()
    }

    /// Extensions many files have that are not maps: such a file is an input only when a format
    /// recognizes its content.
    static let sharedExtensions: Set<String> = ["xml", "json", "svg", "html", "htm", "md", "markdown", "txt"]

    /// Whether the file's name ends in an extension only map files have (`.journey.xml`, `.drawio`).
    private static func hasMapExtension(_ path: String, registry: FormatRegistry) -> Bool {
        mapFormat(named: path, in: registry) != nil
    }

    /// The reader whose extensions end the file's name, when no other kind of file has it.
    static func mapFormat(named path: String, in registry: FormatRegistry) -> (any JourneyReader)? {
        let name = (path as NSString).lastPathComponent.lowercased()
        return registry.readers.first { reader in
            reader.fileExtensions.contains { !sharedExtensions.contains($0) && name.hasSuffix("." + $0) }
        }
    }

    /// Whether a format recognizes the file's content.
    private static func isMap(_ path: String, registry: FormatRegistry, limits: ReadLimits) -> Bool {
        guard let input = try? Input(path, limits: limits) else { return true }
        return registry.reader(for: input.sample, fileName: path) != nil
    }

    /// The file name extensions the readers know, longest first.
    private static func extensionsToStrip(_ registry: FormatRegistry) -> [String] {
        Set(registry.readers.flatMap(\.fileExtensions).map { $0.lowercased() }).sorted {
            ($0.count, $0) > ($1.count, $1)
        }
    }

    /// The path without its format's extension (`maps/car.journey.xml` → `maps/car`).
    static func stem(of relative: String, strippable: [String]) -> String {
        let lowered = relative.lowercased()
        for known in strippable where lowered.hasSuffix("." + known) && lowered.count > known.count + 1 {
            return String(relative.dropLast(known.count + 1))
        }
        return (relative as NSString).deletingPathExtension
    }
}
