/// The text of a new section or page: front matter an editor completes and a skeleton of headings.
///
/// Pure functions of their inputs, so tests can compare the exact text.
///
/// The hints under the headings are ordinary Markdown text, not HTML comments: they show in the
/// `--drafts` preview exactly where the words are missing, a non-programmer can read and delete them
/// like any other sentence, and they can never slip into the published HTML unnoticed (comments are
/// invisible in the preview, and with `allow_raw_html: true` they would be copied into the page
/// source). A new file is `draft: true`, and a published page that still holds a hint (or the
/// placeholder description) is a build error (`PlaceholderCheck`).
public enum ScaffoldText {
    /// The description every new file starts with; the editor must replace it.
    public static let pageDescription = "One sentence about this page for search results."
    public static let sectionDescription = "One sentence about this condition for search results and the list of conditions."
    public static let placeholderDescriptions = [pageDescription, sectionDescription]

    /// A line of writing guidance in a new file. Most are fixed sentences (`end` is empty); the
    /// section's first line has the condition's name between `start` and `end`.
    public struct Guidance: Sendable, Equatable {
        public let start: String
        public let end: String

        init(_ start: String, end: String = "") {
            self.start = start
            self.end = end
        }

        /// The line as a new file holds it, with `name` where the condition's name goes.
        func text(name: String = "") -> String { end.isEmpty ? start : start + name + end }
    }

    /// Every guidance line a new file holds. The files are written from these same values, so a
    /// check that looks for them (`PlaceholderCheck`) cannot fall behind the text.
    public static let guidance: [Guidance] = [
        sectionIntro, pageIntro, keyPoints, whatYouCanDo, whenToGetHelp, whatIs, symptoms, causes, treatment, livingWith,
    ]

    static let sectionIntro = Guidance("Write a line or two about ", end: ": who it affects and what this section explains.")
    static let pageIntro = Guidance("Write the most important message of this page in one or two short sentences.")
    static let keyPoints = Guidance("Write three to five short points the reader should remember.")
    static let whatYouCanDo = Guidance("Explain what readers can do themselves: looking after themselves at home, questions to ask at an appointment, where to find support.")
    static let whenToGetHelp = Guidance("Say which signs mean the reader should see a doctor soon, and which mean they need urgent help.")
    static let whatIs = Guidance("Explain in plain words what it is and which parts of the body it affects.")
    static let symptoms = Guidance("List the most common signs first. Short bullet points read best.")
    static let causes = Guidance("Say what is known about the causes, and what is not known yet.")
    static let treatment = Guidance("Describe the main treatments and what they aim to do.")
    static let livingWith = Guidance("Explain what helps day to day: at home, at work or school, and where to find support.")

    /// `content/<section>/_index.md` for a condition called `title`.
    public static func section(title: String) -> String {
        let name = markdownEscaped(title)
        return frontMatter(title: title, description: sectionDescription, weight: nil, draft: "Change to 'draft: false' when the section is ready to publish; until then none of its pages are published.")
            + """
            \(sectionIntro.text(name: name))

            ## What is \(name)?

            \(whatIs.text())

            ## Symptoms

            \(symptoms.text())

            ## Causes

            \(causes.text())

            ## Treatment

            \(treatment.text())

            ## Living with \(name)

            \(livingWith.text())

            ## When to get medical help

            \(whenToGetHelp.text())

            """
    }

    /// `content/<section>/<page>.md`.
    public static func page(title: String, weight: Int) -> String {
        frontMatter(title: title, description: pageDescription, weight: weight, draft: "Change to 'draft: false' when the page is ready to publish.")
            + """
            \(pageIntro.text())

            ## Key points

            - \(keyPoints.text())

            ## What you can do

            \(whatYouCanDo.text())

            ## When to get medical help

            \(whenToGetHelp.text())

            """
    }

    private static func frontMatter(title: String, description: String, weight: Int?, draft: String) -> String {
        var lines = [
            "---",
            "title: \(yamlQuoted(title))",
            "description: \(yamlQuoted(description))",
        ]
        if let weight {
            lines += ["# Pages are listed by weight, lowest first.", "weight: \(weight)"]
        }
        lines += [
            "# \(draft)",
            "draft: true",
            // No review date: the page has not been reviewed, and a date written now would be
            // published as a review that never happened.
            "# After a clinician has reviewed the page, remove the '# ' from the next two lines and",
            "# write the date of the review and who did it.",
            "# last_reviewed: YYYY-MM-DD",
            "# reviewed_by: \"Dr Jane Example, consultant neurologist\"",
            "# Where the facts come from: remove the '# ' from the start of the three lines below and fill them in.",
            "# sources:",
            "#   - title: Name of the website or leaflet",
            "#     url: https://example.org/the-page",
            "---",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The title for a name typed on the command line. Names with spaces or capitals are kept as
    /// typed ("Living with lupus", "IMNM"); file-name-like ones are made readable: "risk-factors"
    /// becomes "Risk factors", "symptoms" becomes "Symptoms".
    public static func title(fromName name: String) -> String {
        let typed = collapsingWhitespace(name)
        if typed.contains(" ") || typed.contains(where: \.isUppercase) { return typed }
        let words = collapsingWhitespace(typed.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " "))
        guard let first = words.first else { return words }
        return first.uppercased() + words.dropFirst()
    }

    /// Trims and turns runs of spaces, tabs and line breaks into one space.
    package static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }

    /// A YAML double-quoted scalar: safe for any text, including `: `, `#` and quotes.
    static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A name inside Markdown text, with the characters that would start emphasis, a link or HTML
    /// escaped, so "Type 1 *diabetes*" stays literal.
    static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
