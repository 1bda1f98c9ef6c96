// libyaml as built inside Yams: Yams composes its node tree from these same parser events but
// keeps them private. No other package is involved.
import CYaml

/// Bounds how much YAML aliases (`*name`, repeating what `&name` marked) may add, before Yams
/// composes the text.
///
/// Yams shares an aliased node rather than copying it, but it checks every mapping for duplicate
/// keys by hashing the keys, and hashing a key walks the whole value behind each alias in it. A
/// key made of aliases of a mapping whose keys are aliases, and so on, costs about nine times
/// more per level: 513 bytes of front matter took 18.5 s at eight levels (measured: 89% of the
/// time in `Parser.checkDuplicates` hashing `Node`s). Counting the values each alias stands for
/// on libyaml's events costs one pass over the text, whatever the aliases expand to.
package enum YAMLAliases {
    /// The most values aliases may add once expanded. Front matter and settings need none; a
    /// glossary sharing a few lists of aliases needs dozens.
    package static let limit = 10_000

    package struct Excess: Equatable, Sendable {
        /// 1-based line of the alias that went over the limit, in the YAML text.
        package var line: Int
        package var alias: String
    }

    /// The alias that takes the expanded values over `limit`, or nil when the text stays within
    /// it. A syntax error also gives nil: Yams then reports it with its own message.
    static func excess(in yaml: String, limit: Int = limit) -> Excess? {
        var bytes = Array(yaml.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> Excess? in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            // Values each anchor stands for, and the values counted so far in each open list or mapping.
            var sizes: [String: Int] = [:]
            var open: [(anchor: String?, size: Int)] = []
            var added = 0
            func count(_ size: Int, anchor: String?) {
                if let anchor { sizes[anchor] = size }
                if !open.isEmpty { open[open.count - 1].size += size }
            }
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SCALAR_EVENT:
                    count(1, anchor: text(event.data.scalar.anchor))
                case YAML_SEQUENCE_START_EVENT:
                    open.append((text(event.data.sequence_start.anchor), 1))
                case YAML_MAPPING_START_EVENT:
                    open.append((text(event.data.mapping_start.anchor), 1))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    if let done = open.popLast() { count(done.size, anchor: done.anchor) }
                case YAML_ALIAS_EVENT:
                    let name = text(event.data.alias.anchor) ?? ""
                    // An undefined alias is Yams' error to report. A size can never pass the
                    // limit unnoticed, so these sums cannot overflow.
                    let size = sizes[name] ?? 1
                    added += size
                    if added > limit { return Excess(line: Int(event.start_mark.line) + 1, alias: name) }
                    count(size, anchor: nil)
                default:
                    break
                }
            }
        }
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
