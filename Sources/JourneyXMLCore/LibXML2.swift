internal import CLibXML2

/// Initializes libxml2 once per process, before any concurrent use.
private let libxml2Initialized: Bool = {
    xmlInitParser()
    return true
}()

/// Makes sure libxml2 is initialized; call at every entry point into the C library.
func ensureLibXML2() {
    precondition(libxml2Initialized)
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
