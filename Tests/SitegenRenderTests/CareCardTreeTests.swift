import Testing
@testable import SitegenModel
@testable import SitegenRender

/// Issue 26, requirement 4: "when to get help" cards on cmark's tree, with English texts and a
/// page's ids. The texts are examples, not medical advice.
@Suite struct CareCardTreeTests {
    /// The HTML after `makeCallouts` (and `fillEmergencyNumber` with `number`), as on a page or,
    /// with `levelShift: 1`, in the handout.
    static func render(_ markdown: String, number: String? = "999", levelShift: Int = 0, strings: ThemeStrings = .english) throws -> (html: String, facts: [CareCardFacts], places: [Int]) {
        let document = try #require(MarkdownDocument(markdown: markdown, firstLine: 1))
        var unknown: [String] = []
        document.makeCallouts { unknown.append("\($1): \($0)") }
        #expect(unknown.isEmpty)
        let facts = document.careCardFacts
        let places = document.fillEmergencyNumber(number)
        document.setCalloutMarkup { callout, number in
            CalloutMarkup.tags(callout, id: CalloutMarkup.id(number), strings: strings, levelShift: levelShift)
        }
        return (document.html(allowRawHTML: false), facts, places)
    }

    @Test func eachKindIsACardWithARealHeadingAndAHiddenPrefix() throws {
        let result = try Self.render("""
            > [!NON-URGENT] Speak to your doctor if:
            > - an example sign lasts 2 weeks

            > [!URGENT] Ask for an urgent appointment if:
            > - an example sign gets worse

            > [!EMERGENCY] Call {emergency_number} if:
            > - an example sign of an emergency

            """)
        #expect(result.html == """
            <aside class="care-card care-card-non-urgent" role="note" aria-labelledby="callout--1-title">
            <h2 class="care-card-heading" id="callout--1-title"><span class="visually-hidden">Non-urgent advice: </span>Speak to your doctor if:</h2>
            <div class="care-card-content">
            <ul>
            <li>an example sign lasts 2 weeks</li>
            </ul>
            </div>
            </aside>
            <aside class="care-card care-card-urgent" role="note" aria-labelledby="callout--2-title">
            <h2 class="care-card-heading" id="callout--2-title"><span class="visually-hidden">Urgent advice: </span>Ask for an urgent appointment if:</h2>
            <div class="care-card-content">
            <ul>
            <li>an example sign gets worse</li>
            </ul>
            </div>
            </aside>
            <aside class="care-card care-card-emergency" role="note" aria-labelledby="callout--3-title">
            <h2 class="care-card-heading" id="callout--3-title"><span class="visually-hidden">Immediate action required: </span>Call 999 if:</h2>
            <div class="care-card-content">
            <ul>
            <li>an example sign of an emergency</li>
            </ul>
            </div>
            </aside>

            """)
    }

    /// One level below the heading before it, so the outline never skips a level; in the
    /// handout, whose pages' headings go one level down, one more.
    @Test func theHeadingLevelFollowsTheHeadingBeforeIt() throws {
        let markdown = "> [!URGENT] A\n> - b\n\n## Part\n\n> [!URGENT] C\n\n### Sub\n\n> [!URGENT] D\n\n## Next\n\n> [!URGENT] E\n\n###### Deep\n\n> [!URGENT] F\n"
        let page = try Self.render(markdown).html
        let levels = page.split(separator: "\n").filter { $0.contains("care-card-heading") }.map { $0.prefix(3) }
        #expect(levels == ["<h2", "<h3", "<h4", "<h3", "<h6"])
        let handout = try Self.render(markdown, levelShift: 1).html
        #expect(handout.split(separator: "\n").filter { $0.contains("care-card-heading") }.map { $0.prefix(3) } == ["<h3", "<h4", "<h5", "<h4", "<h6"])
    }

    /// A card without a title gets the kind's label as its heading; one without text, no box.
    @Test func aCardWithoutATitleOrText() throws {
        let result = try Self.render("> [!EMERGENCY]\n> Example text.\n\n> [!NON-URGENT] Only a heading\n")
        #expect(result.html == """
            <aside class="care-card care-card-emergency" role="note" aria-labelledby="callout--1-title">
            <h2 class="care-card-heading" id="callout--1-title"><span class="visually-hidden">Immediate action required: </span>Get help now</h2>
            <div class="care-card-content">
            <p>Example text.</p>
            </div>
            </aside>
            <aside class="care-card care-card-non-urgent" role="note" aria-labelledby="callout--2-title">
            <h2 class="care-card-heading" id="callout--2-title"><span class="visually-hidden">Non-urgent advice: </span>Only a heading</h2>
            </aside>

            """)
    }

    @Test func spanishPrefixesAndLabels() throws {
        let result = try Self.render("> [!URGENT]\n> Ejemplo.\n\n> [!NON-URGENT] Hable con su médico si:\n> - un ejemplo\n\n> [!EMERGENCY] Llame al {emergency_number} si:\n> - un ejemplo\n",
                                     number: "112", strings: .spanish)
        #expect(result.html.contains(#"<h2 class="care-card-heading" id="callout--1-title"><span class="visually-hidden">Consejo urgente: </span>Pida ayuda hoy</h2>"#))
        #expect(result.html.contains(#"<h2 class="care-card-heading" id="callout--2-title"><span class="visually-hidden">Consejo no urgente: </span>Hable con su médico si:</h2>"#))
        #expect(result.html.contains(#"<h2 class="care-card-heading" id="callout--3-title"><span class="visually-hidden">Se requiere acción inmediata: </span>Llame al 112 si:</h2>"#))
    }

    /// cmark splits text at `_` (a possible emphasis): the placeholder is found across the split,
    /// in link addresses too, but not in code.
    @Test func theNumberIsFilledInAcrossTextNodesAndLinksButNotCode() throws {
        let result = try Self.render("> [!EMERGENCY] Call {emergency_number} if:\n> - [call {emergency_number}](tel:{emergency_number})\n> - `{emergency_number}`\n\nAlso {emergency_number} here.\n", number: "000")
        #expect(result.html.contains(#"<li><a href="tel:000">call 000</a></li>"#))
        #expect(result.html.contains("<li><code>{emergency_number}</code></li>"))
        #expect(result.html.contains("<p>Also 000 here.</p>"))
        #expect(result.html.contains("</span>Call 000 if:</h2>"))
        // Where it stands: the card's marker line for each use in a card, else its own line.
        #expect(result.places == [1, 5])
        let none = try Self.render("> [!EMERGENCY] Call {emergency_number} if:\n> - b\n", number: nil)
        #expect(none.places == [1])
        #expect(none.html.contains("</span>Call {emergency_number} if:</h2>"))
    }

    @Test func factsForTheChecks() throws {
        let result = try Self.render("""
            > [!EMERGENCY] Call {emergency_number} if:
            > - one
            > - [two](https://example.org/a)
            >   - nested
            >
            > After [a](https://example.org/b).
            >
            > More.

            > [!NOTE] Not a card

            > [!URGENT]
            > 1. one
            >
            > - two

            """)
        #expect(result.facts.count == 2)
        let emergency = result.facts[0]
        #expect(emergency.kind == .emergency && emergency.line == 1 && emergency.heading == "Call {emergency_number} if:")
        #expect(emergency.lists == 1 && emergency.longestList == 2 && emergency.blocksAfterLists == 2 && emergency.links == 2)
        let urgent = result.facts[1]
        #expect(urgent.kind == .urgent && urgent.line == 12 && urgent.heading == nil && urgent.lists == 2 && urgent.blocksAfterLists == 0)
    }

    @Test(arguments: ["> [!NON--URGENT] x\n", "> [!-URGENT] x\n", "> [!URGENT-] x\n"])
    func hyphensOnlyBetweenLetters(markdown: String) throws {
        let document = try #require(MarkdownDocument(markdown: markdown, firstLine: 1))
        var unknown: [String] = []
        document.makeCallouts { name, _ in unknown.append(name) }
        #expect(unknown.isEmpty && document.callouts.isEmpty, "\(markdown)")
    }

    @Test func anUnknownKindWithAHyphenIsReported() throws {
        let document = try #require(MarkdownDocument(markdown: "> [!NOT-URGENT] x\n", firstLine: 1))
        var unknown: [String] = []
        document.makeCallouts { name, _ in unknown.append(name) }
        #expect(unknown == ["NOT-URGENT"])
    }
}

/// NHS's card rules and the `[!URGENT]` that names the emergency number (`CareCardCheck`).
@Suite struct CareCardCheckTests {
    static func suggestions(_ markdown: String, language: String = "en", number: String? = "999") throws -> [String] {
        let facts = try CareCardTreeTests.render(markdown, number: number).facts
        return CareCardCheck.check(facts, path: "content/x.md", language: language, emergencyNumber: number).map(\.description)
    }

    @Test func aCardThatFollowsTheRulesGetsNoSuggestion() throws {
        #expect(try Self.suggestions("> [!EMERGENCY] Call {emergency_number} if:\n> - a\n> - b\n> - c\n> - d\n> - e\n>\n> [Find an emergency department](https://example.org/).\n").isEmpty)
        #expect(try Self.suggestions("> [!NON-URGENT] See your doctor\n> Example: when a sign lasts 2 weeks.\n").isEmpty)
    }

    @Test func eachRule() throws {
        #expect(try Self.suggestions("> [!URGENT]\n> - a\n") == [
            "content/x.md:1: suggestion: this '[!URGENT]' card has no heading; write its call to action after the marker, like '> [!URGENT] Ask for an urgent appointment if:', then list the signs",
        ])
        #expect(try Self.suggestions("> [!NON-URGENT] See your doctor\n> - a\n") == [
            "content/x.md:1: suggestion: the heading 'See your doctor' of this '[!NON-URGENT]' card does not end in 'if:'; a card says the action, then 'if:' and the signs in a list, like 'Ask for an urgent appointment if:'",
        ])
        #expect(try Self.suggestions("> [!URGENT] Get help if:\n> - a\n> - b\n> - c\n> - d\n> - e\n> - f\n") == [
            "content/x.md:1: suggestion: this '[!URGENT]' card lists 6 signs; a card lists at most 5, so a reader takes them in at a glance: keep the 5 that matter most and move the rest out of the card",
        ])
        #expect(try Self.suggestions("> [!URGENT] Get help if:\n> - a\n>\n> Or:\n>\n> - b\n") == [
            "content/x.md:1: suggestion: this '[!URGENT]' card has 2 lists; a card gives one call to action: make one card for each action",
        ])
        #expect(try Self.suggestions("> [!URGENT] Get help if:\n> - a\n>\n> Call 111.\n>\n> Or go online.\n") == [
            "content/x.md:1: suggestion: this '[!URGENT]' card has 2 paragraphs after its list; a card ends with at most one line of action: move the rest out of the card, under a heading of its own",
        ])
        #expect(try Self.suggestions("> [!EMERGENCY] Call 999 if:\n> - [a](https://example.org/a)\n>\n> [b](https://example.org/b)\n") == [
            "content/x.md:1: suggestion: this '[!EMERGENCY]' card has 2 links; an emergency card has at most one (to find the nearest emergency department), so that nothing draws a reader away from calling: move the others out of the card",
        ])
    }

    @Test func spanishHeadingsEndInSi() throws {
        #expect(try Self.suggestions("> [!URGENT] Pida una cita urgente si:\n> - a\n", language: "es-MX").isEmpty)
        #expect(try Self.suggestions("> [!URGENT] Pida una cita urgente\n> - a\n", language: "es") == [
            "content/x.md:1: suggestion: the heading 'Pida una cita urgente' of this '[!URGENT]' card does not end in 'si:'; a card says the action, then 'si:' and the signs in a list, like 'Pida una cita urgente si:'",
        ])
        // A language sitegen knows no pattern in: not checked.
        #expect(try Self.suggestions("> [!URGENT] Demandez un rendez-vous\n> - a\n", language: "fr").isEmpty)
    }

    static let makeItEmergency = "but '[!URGENT]' means 'get help today' (an urgent appointment); when readers must call the emergency number now, make it '> [!EMERGENCY]'"

    @Test(arguments: [
        ("> [!URGENT] Call {emergency_number} if:\n> - a\n", "{emergency_number}"),
        ("> [!URGENT] Get help if:\n> - a\n>\n> Call 999.\n", "999"),
        ("> [!URGENT] Get help if:\n> - a\n>\n> In the US, call 911.\n", "911"),
        ("> [!URGENT] Get help if:\n> - a\n>\n> Call 112 (Europe).\n", "112"),
        ("> [!URGENT] Get help if:\n> - a\n>\n> Call your Emergency Number.\n", "emergency number"),
        ("> [!URGENT] Pida ayuda si:\n> - a\n>\n> Llame al número de emergencias.\n", "número de emergencia"),
        ("> [!URGENT] Get help if:\n> - a\n>\n> Call 000.\n", "000"),
    ])
    func anUrgentCardNamingTheEmergencyNumber(markdown: String, named: String) throws {
        let language = markdown.contains("Pida") ? "es" : "en-AU"
        #expect(try Self.suggestions(markdown, language: language, number: "000") == [
            "content/x.md:1: suggestion: this '[!URGENT]' card names the emergency number ('\(named)'), \(Self.makeItEmergency)",
        ])
    }

    @Test(arguments: [
        "> [!URGENT] Get help if:\n> - you took 1120 mg\n",
        "> [!URGENT] Get help if:\n> - a\n>\n> Call 111.\n",
        "> [!EMERGENCY] Call 999 if:\n> - a\n",
        "> [!NON-URGENT] See your doctor if:\n> - you called 999 last week\n",
    ])
    func noSuggestionToMakeItEmergency(markdown: String) throws {
        #expect(try Self.suggestions(markdown, number: "999").isEmpty, "\(markdown)")
    }
}
