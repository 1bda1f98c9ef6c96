import Foundation
import SitegenCommands
import SitegenModel

/// What one input is: each target puts it through one stage of the real pipeline.
enum FuzzTarget: String, CaseIterable {
    /// YAML, put between `---` lines as a page's front matter, and read as `site.yml`.
    case frontMatter = "front-matter"
    /// A whole Markdown file (front matter and body) replacing a page of the fixture site, whose
    /// section is then rendered: cmark, links, headings, glossary, reading level, templates.
    case page
    /// A Mustache template compiled with the fixture's templates and rendered with a page's values.
    case template

    func run(_ bytes: [UInt8], probe: FileProbe) {
        switch self {
        case .frontMatter:
            let file = Array("---\n".utf8) + bytes + Array("\n---\nThe body.\n".utf8)
            let path = "content/fuzz/page.md"
            Invariants.check(FileProbe.readPage(file, path: path).1, of: path, lines: Invariants.lineCount(file))
            let settings = FileProbe.readSettings(bytes)
            Invariants.check(settings, of: "site.yml", lines: Invariants.lineCount(bytes))
        case .page:
            let (files, diagnostics) = probe.renderPage(bytes)
            Invariants.check(diagnostics, of: SitegenFuzz.replacedPage, lines: Invariants.lineCount(bytes))
            if diagnostics.errors.isEmpty, files.isEmpty { Invariants.fail("a page without errors rendered no files") }
            Invariants.checkNoControlCharacters(files)
        case .template:
            guard let text = String(validating: bytes, as: UTF8.self) else { return }
            let (html, diagnostics) = probe.renderTemplate(text)
            Invariants.check(diagnostics, of: "templates/probe.mustache", lines: Invariants.lineCount(bytes))
            if html == nil, diagnostics.errors.isEmpty { Invariants.fail("a template was refused without an error") }
        }
    }
}

/// What must hold for every input, whatever it is: the house rule that every problem is reported
/// with its file and a line that exists in it.
enum Invariants {
    static func check(_ diagnostics: [Diagnostic], of path: String, lines: Int) {
        for diagnostic in diagnostics {
            if diagnostic.path.isEmpty || diagnostic.message.isEmpty { fail("a diagnostic without a path or message: \(diagnostic)") }
            guard diagnostic.path == path, let line = diagnostic.line else { continue }
            if line < 1 || line > lines { fail("line \(line) is outside the file's \(lines) lines: \(diagnostic)") }
        }
    }

    /// No published file may hold a control character HTML forbids: a NUL written as a YAML
    /// escape once reached four pages (Fuzz/regressions/front-matter/control-character-escape.yml).
    static func checkNoControlCharacters(_ files: [OutputFile]) {
        for file in files {
            guard case .text(let text) = file.contents else { continue }
            if let bad = text.unicodeScalars.first(where: { $0.value < 0x20 && !"\t\n\u{0C}\r".unicodeScalars.contains($0) || (0x7F...0x9F).contains($0.value) }) {
                fail("\(file.path) holds the control character U+\(String(bad.value, radix: 16, uppercase: true))")
            }
        }
    }

    /// Lines as the most generous of the formats counts them: CommonMark and YAML end a line at
    /// LF, CR or CRLF, and swift-mustache also at VT, FF, NEL, LS and PS. (The front matter split
    /// counts LF only, so after a lone CR the stages disagree by a few lines; found by this fuzzer,
    /// inputs in Fuzz/regressions/*/…-lone-cr.*, left to the line-ending fix of the loader.)
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var lines = 1
        var previous: Unicode.Scalar = "\0"
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch scalar.value {
            case 0x0A where previous == "\r": break
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: lines += 1
            default: break
            }
            previous = scalar
        }
        return lines
    }

    /// Stops the run the way a crash does, so libFuzzer saves the input.
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("sitegen-fuzz: invariant broken: \(message)\n".utf8))
        abort()
    }
}
