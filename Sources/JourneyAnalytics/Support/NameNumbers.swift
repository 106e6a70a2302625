/// Numbers for names, given in order of first appearance: units and customers are kept as numbers
/// so that events take a few bytes each.
struct NameNumbers: Sendable {
    private var numbers: [String: Int32] = [:]
    /// The names, by number.
    private(set) var names: [String] = []

    /// The number of a name, given the next free one when the name is new.
    mutating func number(of name: String) -> Int32 {
        if let number = numbers[name] { return number }
        let number = Int32(names.count)
        numbers[name] = number
        names.append(name)
        return number
    }
}
