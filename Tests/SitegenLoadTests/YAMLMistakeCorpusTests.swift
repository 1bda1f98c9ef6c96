import Testing
@testable import SitegenModel
@testable import SitegenLoad

/// Broken front matters and settings, each with the one message an editor must see: at the line
/// of the mistake, in plain words, with the fix. Issue 27: `weight 20` on line 4 is reported at
/// line 4 (libyaml notices it on line 5), and never in libyaml's words.
@Suite struct YAMLMistakeCorpusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var path: String
        var text: String
        /// Every message, errors and warnings, as printed.
        var expected: [String]
        var testDescription: String { name }
    }

    static let page = "content/lupus/symptoms.md"
    static let section = "content/lupus/_index.md"

    /// A page whose front matter is `yaml` (its first line is the file's line 2).
    static func frontMatter(_ name: String, _ yaml: String, path: String = page, _ expected: String...) -> Case {
        Case(name: name, path: path, text: "---\n" + yaml + "---\nText.\n", expected: expected.map { "\(path):\($0)" })
    }

    static func settings(_ name: String, _ yaml: String, _ expected: String...) -> Case {
        Case(name: name, path: "site.yml", text: yaml, expected: expected.map { "site.yml:\($0)" })
    }

    static let cases: [Case] = [
        // Syntax: a missing or misplaced colon.
        frontMatter("a key without its colon (issue 27)", "title: Symptoms\ndescription: Signs of lupus\nweight 20\ndraft: false\n",
                    "4: error: 'weight 20' needs a colon after the key: 'weight: 20'"),
        frontMatter("a key without its colon on the last line", "title: Symptoms\nweight 20\n",
                    "3: error: 'weight 20' needs a colon after the key: 'weight: 20'"),
        frontMatter("a key without a space after its colon", "title: Symptoms\ndescription:Signs of lupus\nweight: 20\n",
                    "3: error: 'description:Signs of lupus' needs a space after the colon: 'description: Signs of lupus'"),
        frontMatter("an equals sign for a colon", "title = Symptoms\nweight: 20\n",
                    "2: error: 'title = Symptoms' needs a colon, not '=', after the key: 'title: Symptoms'"),
        frontMatter("only a line without a colon", "title Symptoms\n",
                    "2: error: 'title Symptoms' needs a colon after the key: 'title: Symptoms'"),
        frontMatter("a colon inside an unquoted value", "title: Lupus: the basics\nweight: 10\n",
                    "2: error: the value of 'title' holds ': ', which YAML reads as the start of another key; put the whole value in double quotes: 'title: \"Lupus: the basics\"'"),
        frontMatter("a colon inside a value with a web address", "title: Symptoms\ndescription: Read more: https://www.nhs.uk/conditions/lupus/\n",
                    "3: error: the value of 'description' holds ': ', which YAML reads as the start of another key; put the whole value in double quotes: 'description: \"Read more: https://www.nhs.uk/conditions/lupus/\"'"),
        frontMatter("a key with no name", "title: Symptoms\n: 20\n",
                    "3: error: ': 20' has no key before its colon; write the key first, like 'weight: 20'"),

        // Syntax: indentation.
        frontMatter("a key indented under a value", "title: Symptoms\n  weight: 20\n",
                    "3: error: 'weight' is indented more than 'title' on line 2, so YAML reads it as more of the value of 'title'; start 'weight' in the same column as 'title'"),
        frontMatter("an indented first key", " title: Symptoms\nweight: 20\n",
                    "2: error: 'title' is indented, but the keys after it are not; start it at the beginning of the line"),
        frontMatter("a tab for indentation", "title: Symptoms\n\tweight: 20\n",
                    "3: error: this line is indented with a tab, and YAML indents with spaces only; replace the tab with spaces"),
        frontMatter("a tab after spaces", "title: Symptoms\n  \tweight: 20\n",
                    "3: error: this line is indented with a tab, and YAML indents with spaces only; replace the tab with spaces"),
        frontMatter("a source's url indented like its '-' (issue 27)",
                    "title: Lupus\nsources:\n  - title: Lupus overview\n  url: https://www.nhs.uk/conditions/lupus/\n", path: section,
                    "5: error: 'url' is lined up with the '-' on line 4, not with 'title'; indent it by 2 more spaces to make it part of that item of 'sources'"),
        frontMatter("a source's url indented past its title",
                    "title: Lupus\nsources:\n  - title: Lupus overview\n      url: https://www.nhs.uk/conditions/lupus/\n", path: section,
                    "5: error: 'url' is indented more than 'title' on line 4, so YAML reads it as more of the value of 'title'; start 'url' in the same column as 'title'"),
        frontMatter("a list item out of line", "title: Symptoms\naliases:\n  - lupus/old/\n - lupus/older/\n",
                    "5: error: '- lupus/older/' is not lined up with the list item on line 4; indent it by 2 spaces, like that one"),
        frontMatter("a key in the column of a list", "title: Symptoms\nsynonyms:\n  - tiredness\n  weight: 20\n",
                    "5: error: 'weight' is lined up with the list of 'synonyms' (line 4) but is not an item of it; start it with '- ' to add it to the list, or start it in the column of 'synonyms' if it is a key of its own"),

        // Syntax: lists among keys.
        frontMatter("a list item among keys", "title: Symptoms\n- tiredness\nweight: 20\n",
                    "3: error: '- tiredness' is a list item among 'key: value' lines; put it under the key it belongs to, indented by two spaces, like:\nsynonyms:\n  - tiredness"),
        frontMatter("a list on its key's line", "title: Symptoms\naliases: - lupus/old/\n",
                    "3: error: a list starts on the line after its key: write 'aliases:' alone, then '  - lupus/old/' below it, indented by two spaces (for text that starts with '- ', put it in double quotes)"),
        frontMatter("a list before any key", "- Symptoms\ntitle: Symptoms\n",
                    "2: error: the front matter must be 'key: value' lines, but '- Symptoms' is a list item; put the list under the key it belongs to, indented by two spaces"),

        // Syntax: quotes and brackets.
        frontMatter("an unclosed double quote", "title: \"Symptoms\nweight: 20\n",
                    "2: error: the value of 'title' starts with \" but has no closing \"; add it at the end of the value: 'title: \"Symptoms\"'"),
        frontMatter("an unclosed single quote", "title: Symptoms\ndescription: 'Signs of lupus\n",
                    "3: error: the value of 'description' starts with ' but has no closing '; add it at the end of the value: description: 'Signs of lupus'"),
        frontMatter("text after a closing double quote", "title: Symptoms\ndescription: \"Say \"no\" to smoking\"\n",
                    "3: error: the value of 'description' goes on after its closing quote; quote the whole value with the other kind of quote: description: 'Say \"no\" to smoking'"),
        frontMatter("an apostrophe inside single quotes", "title: Symptoms\ndescription: 'It's common'\n",
                    "3: error: the value of 'description' goes on after its closing quote; quote the whole value with the other kind of quote: description: \"It's common\""),
        frontMatter("an unclosed list", "title: Symptoms\nsynonyms: [tiredness, worn out\nweight: 20\n",
                    "3: error: the '[' that starts the value of 'synonyms' is never closed; end the list with ']' on the same line, or, if the value is text, put it in double quotes"),
        frontMatter("an unclosed brace", "title: Symptoms\ndescription: {Signs of lupus\n",
                    "3: error: the '{' that starts the value of 'description' is never closed; end the list with '}' on the same line, or, if the value is text, put it in double quotes"),
        frontMatter("a bracket then text", "title: [Draft] Symptoms\n",
                    "2: error: the value of 'title' starts with '[', so YAML reads it as a list and cannot take the text after it; put the whole value in double quotes: 'title: \"[Draft] Symptoms\"'"),
        frontMatter("a value starting with @", "title: Symptoms\ndescription: @LupusUK on social media\n",
                    "3: error: a value cannot start with '@' in YAML; put the whole value in double quotes: 'description: \"@LupusUK on social media\"'"),
        frontMatter("a value starting with a backtick", "title: `Symptoms`\n",
                    "2: error: a value cannot start with '`' in YAML; put the whole value in double quotes: 'title: \"`Symptoms`\"'"),
        frontMatter("a value starting with *", "title: Symptoms\ndescription: *Important* signs\n",
                    "3: error: a value cannot start with '*' in YAML (YAML reads '*' as a reference to an '&' anchor); put the whole value in double quotes: 'description: \"*Important* signs\"'"),
        frontMatter("a value starting with >", "title: Symptoms\ndescription: > 2 weeks of fever\n",
                    "3: error: '>' after 'description:' starts a block of text on the lines below it, indented; for a value that starts with '>', put it in double quotes: 'description: \"> 2 weeks of fever\"'"),
        frontMatter("a backslash in double quotes", "title: Symptoms\ndescription: \"Pain \\w aches\"\n",
                    "3: error: '\\w' inside double quotes is not an escape YAML knows; write a backslash as '\\\\', or put the value in single quotes instead"),
        frontMatter("a Windows folder in double quotes", "title: Symptoms\ndescription: \"Saved in C:\\users\\lupus\"\n",
                    "3: error: '\\u' inside double quotes starts a character code (like '\\u00e9'), and what follows it is not one; write a backslash as '\\\\', or put the value in single quotes instead"),
        frontMatter("text after a closing quote and a question mark", "title: \"Is it lupus\"?\n",
                    "2: error: the value of 'title' goes on after its closing quote; quote the whole value with the other kind of quote: title: 'Is it lupus\"?'"),
        frontMatter("a value starting with a comma", "title: Symptoms\ndescription: , and what to do\n",
                    "3: error: a value cannot start with ',' in YAML; put the whole value in double quotes: 'description: \", and what to do\"'"),
        frontMatter("a value starting with &", "title: Symptoms\ndescription: & what to do\n",
                    "3: error: a value cannot start with '&' in YAML (YAML reads '&' as naming an anchor); put the whole value in double quotes: 'description: \"& what to do\"'"),
        frontMatter("a list item starting with >", "title: Symptoms\nsynonyms:\n  - > 2 weeks of fever\n",
                    "4: error: '>' starts a block of text on the lines below it, indented; for an item that starts with '>', put it in double quotes: '- \"> 2 weeks of fever\"'"),
        settings("settings: a comment carried on without its #", "title: Lupus Health\n# The address where the site\n will live\nlanguage: en\n",
                 "3: error: this line comes after a comment but does not start with '#'; start it with '#' if it belongs to the comment"),
        frontMatter("a key written twice", "title: Symptoms\nweight: 10\ntitle: Signs\n",
                    "4: error: 'title' is written twice (first on line 2); keep one of them"),

        // The fences.
        Case(name: "no opening ---", path: page, text: "title: Symptoms\n---\nText.\n",
             expected: ["\(page):1: error: the front matter has no opening '---'; add a line '---' above 'title: Symptoms'"]),
        Case(name: "no closing ---", path: page, text: "---\ntitle: Symptoms\n\nText.\n",
             expected: ["\(page):1: error: front matter is not closed; add a line '---' after the last 'key: value' line"]),

        // Misspelt keys: errors, and the field they meant is not also reported missing.
        frontMatter("last_reviewd (issue 27)", "title: Symptoms\nreviewed_by: Dr Jane Doe\nlast_reviewd: 2026-01-10\n",
                    "4: error: unknown key 'last_reviewd' in the front matter; did you mean 'last_reviewed'? Correct its spelling: the value of a misspelt key is not used"),
        frontMatter("draf (issue 27)", "title: Symptoms\ndraf: true\n",
                    "3: error: unknown key 'draf' in the front matter; did you mean 'draft'? Correct its spelling: the value of a misspelt key is not used"),
        frontMatter("titel (issue 27)", "titel: Symptoms\n",
                    "2: error: unknown key 'titel' in the front matter; did you mean 'title'? Correct its spelling: the value of a misspelt key is not used"),
        frontMatter("weigth (issue 27)", "title: Symptoms\nweigth: 20\n",
                    "3: error: unknown key 'weigth' in the front matter; did you mean 'weight'? Correct its spelling: the value of a misspelt key is not used"),
        frontMatter("a capital letter", "Title: Symptoms\n",
                    "2: error: unknown key 'Title' in the front matter; did you mean 'title'? Correct its spelling: the value of a misspelt key is not used"),
        frontMatter("two edits from a long key", "title: Symptoms\nlast_reviwd: 2026-01-10\n",
                    "3: error: unknown key 'last_reviwd' in the front matter; did you mean 'last_reviewed'? Correct its spelling: the value of a misspelt key is not used"),
        frontMatter("a hyphen for an underscore", "title: Symptoms\nreviewed-by: Dr Jane Doe\n",
                    "3: error: unknown key 'reviewed-by' in the front matter; did you mean 'reviewed_by'? Correct its spelling: the value of a misspelt key is not used"),
        frontMatter("one edit from a short key", "title: Symptoms\nslugs: sintomas\n",
                    "3: error: unknown key 'slugs' in the front matter; did you mean 'slug'? Correct its spelling: the value of a misspelt key is not used"),
        frontMatter("two edits from a short key is another word", "title: Symptoms\ndraw: true\nsun: x\n",
                    "3: warning: unknown key 'draw' in the front matter is ignored",
                    "4: warning: unknown key 'sun' in the front matter is ignored"),
        frontMatter("a key of another generator", "title: Symptoms\ndate: 2026-01-10\nauthor: Jane Doe\n",
                    "3: warning: unknown key 'date' in the front matter is ignored",
                    "4: warning: unknown key 'author' in the front matter is ignored"),
        frontMatter("a misspelt key of a source", "title: Lupus\nsources:\n  - titel: Lupus overview\n    url: https://www.nhs.uk/conditions/lupus/\n", path: section,
                    "4: error: unknown key 'titel' in a source; did you mean 'title'? Correct its spelling: the value of a misspelt key is not used"),
        frontMatter("another key in a source", "title: Lupus\nsources:\n  - title: Lupus overview\n    url: https://www.nhs.uk/conditions/lupus/\n    publisher: NHS\n", path: section,
                    "6: warning: unknown key 'publisher' in a source is ignored"),

        // site.yml.
        settings("settings: a key without its colon", "title Lupus Health\nlanguage: en\n",
                 "1: error: 'title Lupus Health' needs a colon after the key: 'title: Lupus Health'"),
        settings("settings: a colon inside a value", "title: Lupus: a guide\n",
                 "1: error: the value of 'title' holds ': ', which YAML reads as the start of another key; put the whole value in double quotes: 'title: \"Lupus: a guide\"'"),
        settings("settings: titel", "titel: Lupus Health\n",
                 "1: error: unknown key 'titel' in site.yml; did you mean 'title'? Correct its spelling: the value of a misspelt key is not used"),
        settings("settings: langauge", "title: Lupus Health\nlangauge: es\n",
                 "2: error: unknown key 'langauge' in site.yml; did you mean 'language'? Correct its spelling: the value of a misspelt key is not used"),
        settings("settings: emergency_numbr", "title: Lupus Health\nemergency_numbr: 999\n",
                 "2: error: unknown key 'emergency_numbr' in site.yml; did you mean 'emergency_number'? Correct its spelling: the value of a misspelt key is not used"),
        settings("settings: a misspelt key of a language", "title: Lupus Health\nlanguages:\n  es:\n    titel: Salud\n",
                 "4: error: unknown key 'titel' in the settings of language 'es'; did you mean 'title'? Correct its spelling: the value of a misspelt key is not used"),
        settings("settings: another key", "title: Lupus Health\nauthor: Jane Doe\n",
                 "2: warning: unknown key 'author' in site.yml is ignored"),
        settings("settings: a tab", "title: Lupus Health\npemat:\n\tpassive_voice: false\n",
                 "3: error: this line is indented with a tab, and YAML indents with spaces only; replace the tab with spaces"),
        settings("settings: a key written twice", "title: Lupus Health\nlanguage: en\ntitle: Lupus\n",
                 "3: error: 'title' is written twice (first on line 1); keep one of them"),
        settings("settings: an unclosed quote", "title: Lupus Health\ndisclaimer: \"This is not medical advice\nlanguage: en\n",
                 "2: error: the value of 'disclaimer' starts with \" but has no closing \"; add it at the end of the value: 'disclaimer: \"This is not medical advice\"'"),
        settings("settings: a second document", "title: Lupus Health\n---\nlanguage: en\n",
                 "2: error: a line '---' inside site.yml starts a second YAML document; remove it"),
    ]

    @Test(arguments: cases)
    func eachMistakeIsOneMessageAtItsLine(_ example: Case) {
        let messages: [String]
        if example.path == "site.yml" {
            // The address is given, so that only the mistake is reported.
            messages = SiteConfigLoader.load(text: example.text, baseURLOverride: "https://www.lupus-health.org/").1.map(\.description)
        } else {
            messages = FrontMatterParser.parse(example.text, path: example.path).diagnostics.map(\.description)
        }
        #expect(messages == example.expected)
    }

    @Test func theCorpusHasAtLeastThirtyMistakes() {
        #expect(Self.cases.count >= 30)
    }
}
