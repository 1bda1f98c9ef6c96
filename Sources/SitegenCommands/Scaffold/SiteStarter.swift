/// The files `sitegen init` writes (no theme: the binary carries it). The example section is a draft and says it
/// is an example: a new site publishes no medical text nobody wrote.
enum SiteStarter {
    static let files: [(path: String, text: String)] = [
        ("site.yml", siteYML),
        ("glossary.yml", glossaryYML),
        ("content/_index.md", home),
        ("content/example-condition/_index.md", exampleSection),
        ("content/example-condition/symptoms.md", examplePage),
    ]

    static let siteYML = siteYML(baseURL: nil)

    /// `site.yml` with `base_url` set to `baseURL` (checked by `BaseURLRule` already), or, without
    /// one, the line commented out: a new site has no address, and a placeholder would reach
    /// patients (issue 27). The commented example's host is a reserved one (`.example`), so a line
    /// uncommented unchanged still counts as no address.
    static func siteYML(baseURL: String?) -> String {
        // Written with the `/` the comment asks for: the site is a folder.
        let address = baseURL.map { url in """
            # The web address where the site lives (keep the / at the end). Canonical links,
            # the printed handouts' "online version" line and sitemap.xml are made from it.
            base_url: \(url.hasSuffix("/") ? url : url + "/")
            """ } ?? """
            # The address where the site will live. Leave it out until you know it: the pages
            # then have no canonical link, the handouts no "online version" address and there
            # is no sitemap.xml. When you know it, remove the # and write it (keep the / at the end):
            # base_url: https://www.your-organisation.example/health/
            """
        return siteYMLStart + address + siteYMLRest
    }

    private static let siteYMLStart = """
        # Settings for the whole website. Lines starting with # are comments.

        # The site's name, shown in the header and in every page's title.
        title: My Health Library


        """

    private static let siteYMLRest = """


        # The language of the pages: en is English, es Spanish. Other languages can be
        # added under languages: (see docs/languages.md in sitegen's documentation).
        language: en

        description: Plain-language information about health conditions for patients and families.

        # Shown at the foot of every page. Written in Markdown. Have it checked by whoever
        # is responsible for the site's medical content.
        disclaimer: |
          This website gives general information only. It is not medical advice and does not replace your own doctor or care team.

        # How English pages are graded: smog (the SMOG grade health organisations use) or
        # flesch-kincaid. Pages above readability_target on it (a US school grade) get a
        # warning naming their hardest words. SMOG 8 or lower suits most patients.
        readability: smog
        readability_target: 8

        # Pages last reviewed longer ago than this get a warning. A page may set its own.
        review_interval_days: 730

        # The number readers call in an emergency: '{emergency_number}' in a care card
        # ('> [!EMERGENCY] Call {emergency_number} if:') stands for it. 'language: en-GB'
        # (999), 'en-US' (911) and other codes with a region have one already; 'en' has none.
        # emergency_number: 999

        """

    static let glossaryYML = """
        # Medical words explained in plain words. Where a page first uses a word listed here,
        # it is marked, and its definition shown on hover, focus or tap. For example:
        #
        # - term: Blood pressure
        #   definition: How hard the blood pushes against the walls of the blood vessels.
        #   aliases: [BP]
        []

        """

    static let home = """
        ---
        title: My Health Library
        description: Plain-language information about health conditions.
        ---
        Welcome. These pages explain health conditions in plain words, for patients and families.

        """

    static let exampleSection = """
        ---
        title: Example condition
        description: An example section that shows how a condition's pages are laid out.
        draft: true
        ---
        This section is an **example** made by `sitegen init`. It is a draft, so it is not published:
        see it with `sitegen serve --drafts`. Replace it with a real condition (`sitegen new section
        "Condition name"`), or delete the folder content/example-condition.

        Its pages: [symptoms](symptoms.md).

        """

    static let examplePage = """
        ---
        title: Symptoms
        description: An example page about symptoms.
        weight: 10
        draft: true
        ---
        This page is an example. A real page would describe the symptoms of a condition, in short
        sentences and everyday words.

        ## When to get help

        A real page would say when to see a doctor or call an emergency number, in care cards a
        clinician has written: `> [!EMERGENCY] Call {emergency_number} if:`, then the signs as a
        list (see `docs/care-cards.md` in sitegen's repository).

        """
}
