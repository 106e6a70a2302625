import Foundation

// A fuzzing driver for JourneyKit's readers and writers.
//
//     journey-fuzz TARGET [--readers-only] [FILE...]          run inputs through a target (a plain build)
//     journey-fuzz TARGET [--readers-only] [libFuzzer flags]  fuzz the target (built by Scripts/fuzz.sh)
//
// `--readers-only` reads and validates each input without writing it in every format.
//
// Targets: journey-xml, json, csv, tsv, html, drawio, graphml, vsdx, mermaid, cjml, sniff, events. `journey-fuzz TARGET
// --seed-extensions` lists the file name extensions of the inputs that seed a target.

var arguments = CommandLine.arguments
let writing = !arguments.contains("--readers-only")
arguments.removeAll { $0 == "--readers-only" }
guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(
        Data("usage: journey-fuzz TARGET [FILE...|libFuzzer flags] (targets: \(names))\n".utf8))
    exit(64)
}

if arguments.count == 3 && arguments[2] == "--seed-extensions" {
    print(target.seedExtensions.joined(separator: " "))
    exit(0)
}

#if JOURNEY_FUZZ
    exit(Fuzzer.run(target, writing: writing, arguments: [arguments[0]] + arguments.dropFirst(2)))
#else
    for path in arguments.dropFirst(2) {
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("journey-fuzz: cannot read '\(path)'\n".utf8))
            exit(66)
        }
        target.run(data, writing: writing)
        print("\(path): ok")
    }
#endif
