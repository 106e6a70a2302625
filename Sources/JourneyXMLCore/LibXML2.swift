internal import CLibXML2

/// Initializes libxml2 once per process, before any concurrent use.
private let libxml2Initialized: Bool = {
    xmlInitParser()
    cxml_silence_generic_errors()
    return true
}()

/// Makes sure libxml2 is initialized; call at every entry point into the C library.
///
/// libxml2 keeps its generic error handler per thread, and a thread that used libxml2 before it was
/// initialized keeps the default one, which prints to standard error; each call makes it silent on
/// the calling thread (two pointer stores).
func ensureLibXML2() {
    precondition(libxml2Initialized)
    cxml_silence_thread_generic_errors()
}

/// Copies a libxml2 string into Swift and frees it.
func takeString(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
    guard let pointer else { return nil }
    defer { cxml_free(pointer) }
    return String(cString: pointer)
}

/// Reads a libxml2 string that libxml2 keeps owning.
func borrowString(_ pointer: UnsafePointer<xmlChar>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: pointer)
}
