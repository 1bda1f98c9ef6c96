import Yams
import SitegenModel

/// The one way sitegen reads YAML, for every command (build, check, report, serve, move):
/// first the aliases are bounded (`YAMLAliases`), then Yams composes the node tree without
/// resolving tags. A reader that skipped the first step would let a few hundred bytes of aliases
/// keep `sitegen move` busy for minutes.
package enum YAMLReader {
    package enum Failure: Error {
        /// Aliases that would repeat more than `YAMLAliases.limit` values.
        case aliases(YAMLAliases.Excess)
        /// libyaml's own error, with its mark.
        case syntax(YamlError)
        /// A value holding a control character, such as NUL written as the escape `"\0"`: no
        /// web page may hold one, and a page's bytes are checked for them before YAML is read.
        case controlCharacter(line: Int, scalar: Unicode.Scalar)
        case other(String)

        /// The 1-based line in the YAML text where the problem is, kept within the text: libyaml
        /// ends a text that lacks a final newline with one of its own, so a mark at the end would
        /// land on a line the file does not have.
        package func line(lastLine: Int) -> Int? {
            let line: Int? = switch self {
            case .aliases(let excess): excess.line
            case .controlCharacter(let line, _): line
            case .syntax(.scanner(_, _, let mark, _)), .syntax(.parser(_, _, let mark, _)), .syntax(.composer(_, _, let mark, _)): mark.line
            case .syntax(.duplicatedKeysInMapping(_, let context)): context.mark.line
            case .syntax, .other: nil
            }
            return line.map { min(max($0, 1), lastLine) }
        }
    }

    /// The document's root node, or nil for an empty text. No tag resolution: every value is read
    /// as text and typed by its reader (with a line number for every mistake). Yams' default
    /// resolver runs several regular expressions on every value, which was most of the cost of
    /// loading a large site. Nodes are only composed, never constructed into Swift values, so the
    /// constructor has no maps (Yams' default builds three dictionaries per call). The encoding is
    /// given because Yams' default reads the whole process environment on every parse.
    package static func compose(_ yaml: String) throws(Failure) -> Node? {
        if let excess = YAMLAliases.excess(in: yaml) { throw .aliases(excess) }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .basic, Constructor([:], [:], [:]), .utf8)
        } catch let error as YamlError {
            throw .syntax(error)
        } catch {
            throw .other("\(error)")
        }
        if let root, let found = controlCharacter(in: root) { throw .controlCharacter(line: found.line, scalar: found.scalar) }
        return root
    }

    /// The first key or value holding a control character HTML forbids. The aliases were bounded
    /// first, so the walk is too.
    private static func controlCharacter(in node: Node) -> (line: Int, scalar: Unicode.Scalar)? {
        switch node {
        case .scalar(let scalar):
            let bad = scalar.string.unicodeScalars.first(where: \.isControlForbiddenInHTML)
            return bad.map { (node.mark?.line ?? 1, $0) }
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let found = controlCharacter(in: key) ?? controlCharacter(in: value) { return found }
            }
            return nil
        case .sequence(let sequence):
            for item in sequence {
                if let found = controlCharacter(in: item) { return found }
            }
            return nil
        case .alias:
            return nil
        }
    }

    /// The message for a value holding `scalar`, a control character.
    package static func describe(_ scalar: Unicode.Scalar) -> String {
        "the value holds the control character \(scalar.codePointName) (in YAML, an escape such as \"\\0\" or \"\\x01\"), which no web page may contain; remove it"
    }

    /// The number of lines of `yaml` as libyaml counts them for its marks.
    package static func lastLine(of yaml: String) -> Int {
        yaml.utf8.count(where: { $0 == UInt8(ascii: "\n") }) + 1
    }
}
