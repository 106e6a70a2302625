// An app whose journey maps are rendered by the build: the JourneyResources plugin turns each map in
// Maps/ into an SVG and an HTML page among the target's resources. This lists them.
//
//     swift run --package-path Examples/LibraryClient MapGallery

import Foundation

let rendered = ["car-purchase", "starter"].flatMap { name in
    ["svg", "html"].map { format in (name + "." + format, Bundle.module.url(forResource: name, withExtension: format)) }
}
var missing = false
for (file, url) in rendered {
    guard let url, let data = try? Data(contentsOf: url) else {
        print("missing: \(file)")
        missing = true
        continue
    }
    print("\(file): \(data.count) bytes")
}
if missing { exit(1) }
