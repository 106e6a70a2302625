#if JOURNEY_FUZZ_PLAIN
    import Foundation

    // The driver built with libFuzzer alone (`Scripts/fuzz/fuzz.sh --no-asan`): swiftc's
    // `-sanitize=fuzzer` links libFuzzer's own `main`, which calls these two functions; the program's
    // top-level code is renamed away and never runs.

    /// The target being fuzzed, taken from the command line before libFuzzer reads its flags.
    nonisolated(unsafe) private var plainTarget = FuzzTarget.sniff
    /// Whether each input read is also written in every format.
    nonisolated(unsafe) private var plainWriting = true

    /// Takes `TARGET` and `--readers-only` off the command line, leaving libFuzzer its flags (or, with
    /// `--seed-extensions`, lists the target's seed extensions and exits, as the plain driver does).
    @_cdecl("LLVMFuzzerInitialize")
    func fuzzerInitialize(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>
    ) -> CInt {
        var kept: [UnsafeMutablePointer<CChar>?] = []
        var targetName: String?
        for index in 0..<Int(argc.pointee) {
            let argument = argv.pointee[index].map { String(cString: $0) } ?? ""
            if argument == "--seed-extensions", let target = targetName.flatMap(FuzzTarget.init(rawValue:)) {
                print(target.seedExtensions.joined(separator: " "))
                exit(0)
            } else if argument == "--readers-only" {
                plainWriting = false
            } else if index == 1, targetName == nil, let target = FuzzTarget(rawValue: argument) {
                targetName = argument
                plainTarget = target
            } else {
                kept.append(argv.pointee[index])
            }
        }
        guard targetName != nil else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(
                Data("usage: journey-fuzz TARGET [libFuzzer flags] (targets: \(names))\n".utf8))
            exit(64)
        }
        for (index, argument) in kept.enumerated() { argv.pointee[index] = argument }
        argv.pointee[kept.count] = nil
        argc.pointee = CInt(kept.count)
        return 0
    }

    /// The entry point the package's build names `main`: libFuzzer's own driver, with the callbacks above.
    @_cdecl("journey_fuzz_main")
    func plainMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
        var count = argc
        var arguments = argv
        return plainRunDriver(&count, &arguments) { start, size in fuzzerTestOneInput(start, size) }
    }

    @_silgen_name("LLVMFuzzerRunDriver")
    private func plainRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// Runs one input through the target.
    @_cdecl("LLVMFuzzerTestOneInput")
    func fuzzerTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
        let data = start.map { Data(bytes: $0, count: count) } ?? Data()
        plainTarget.run(data, writing: plainWriting)
        return 0
    }
#endif
