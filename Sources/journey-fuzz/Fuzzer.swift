#if JOURNEY_FUZZ
    import Foundation

    /// libFuzzer's entry point for programs that have a `main` of their own.
    @_silgen_name("LLVMFuzzerRunDriver")
    private func runDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// The target being fuzzed, set once before libFuzzer starts calling back.
    nonisolated(unsafe) private var current = FuzzTarget.sniff
    /// Whether each input read is also written in every format.
    nonisolated(unsafe) private var currentWriting = true

    /// Hands one target to libFuzzer.
    enum Fuzzer {
        /// Fuzzes `target` with libFuzzer's command-line flags; returns libFuzzer's status.
        static func run(_ target: FuzzTarget, writing: Bool, arguments: [String]) -> CInt {
            current = target
            currentWriting = writing
            var argc = CInt(arguments.count)
            var pointers = arguments.map { strdup($0) } + [nil]
            return pointers.withUnsafeMutableBufferPointer { buffer in
                var argv = buffer.baseAddress!
                return runDriver(&argc, &argv) { start, count in
                    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
                    current.run(data, writing: currentWriting)
                    return 0
                }
            }
        }
    }
#endif
