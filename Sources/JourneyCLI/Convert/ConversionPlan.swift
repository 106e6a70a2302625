import Foundation
internal import JourneyKit

/// The jobs of a conversion into a folder: the inputs found, each with its outputs' paths.
///
/// Files named on the command line are inputs whatever their content; in a folder, ``MapFiles``
/// finds them. Each output keeps the input's path relative to the folder it was found in, with the
/// output format's extension in place of the input's.
struct ConversionPlan {
    var jobs: [ConversionJob] = []
    /// Inputs that cannot be converted: two writing the same output, or a missing path.
    var problems: [(input: String, message: String, status: Int32)] = []

    init(
        inputs: [String], outputDirectory: String, writers: [any JourneyWriter], registry: FormatRegistry,
        include: [String], exclude: [String], limits: ReadLimits
    ) throws {
        let outputFolder = MapFiles.key(outputDirectory)
        var found: [(path: String, relative: String)] = []
        for argument in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                problems.append((argument, "journey: cannot open '\(argument)': no such file", ExitStatus.noInput))
                continue
            }
            if isDirectory.boolValue {
                let finder = MapFiles(
                    registry: registry, limits: limits, filter: FileFilter(include: include, exclude: exclude),
                    skipping: outputFolder)
                found += finder.maps(in: argument).map { (argument + "/" + $0, $0) }
            } else {
                found.append((argument, (argument as NSString).lastPathComponent))
            }
        }
        let stripped = Self.extensionsToStrip(registry)
        let planned = found.map { path, relative in
            let stem = Self.stem(of: relative, strippable: stripped)
            let targets = writers.map { writer in
                ConversionJob.Target(
                    path: outputDirectory + "/" + stem + "."
                        + (writer.writtenFileExtensions.first ?? writer.identifier),
                    writer: writer)
            }
            return (
                input: path, key: MapFiles.key(path), targets: targets, outputs: targets.map { MapFiles.key($0.path) }
            )
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
