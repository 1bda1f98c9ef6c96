import SitegenRender

extension ReviewDashboard {
    /// Why the dashboard lists fewer pages than `sitegen build` counts ("Built 5 pages"): the
    /// home page of each language is not listed (it has no review status: the build's review
    /// check skips it too), and drafts are neither built nor listed without `--drafts`.
    public struct PageCount: Encodable, Sendable, Equatable {
        /// Pages the build counts: every language's home page, section pages and topic pages.
        public var built: Int
        public var listed: Int
        /// One per language.
        public var homePages: Int
        /// Drafts among the listed pages (with `--drafts`).
        public var draftsListed: Int
        /// Source paths of the drafts neither built nor listed (without `--drafts`), A–Z.
        public var draftsLeftOut: [String]

        enum CodingKeys: String, CodingKey {
            case built, listed, note
            case homePages = "home_pages"
            case draftsListed = "drafts_listed"
            case draftsLeftOut = "drafts_left_out"
        }

        /// Drafts named in the note; the rest are counted.
        static let namedDrafts = 5

        init(built: Int, listed: Int, homePages: Int, draftsListed: Int, draftsLeftOut: [String]) {
            self.built = built
            self.listed = listed
            self.homePages = homePages
            self.draftsListed = draftsListed
            self.draftsLeftOut = draftsLeftOut
        }

        init(_ rendered: RenderedSite, listed: [Row]) {
            let sites = [rendered.site] + rendered.languages
            built = sites.reduce(0) { $0 + $1.pageCount }
            self.listed = listed.count
            homePages = sites.count
            draftsListed = listed.filter(\.draft).count
            draftsLeftOut = Set(sites.flatMap(\.drafts)).sorted()
        }

        /// The build's count and the dashboard's, and why they differ, in one or two sentences.
        public var note: String { noteParts.map(\.text).joined() }

        /// `note` in pieces, the commands marked (the HTML sets them as code, on one line).
        var noteParts: [(text: String, command: Bool)] {
            let drafts = draftsListed > 0 ? " (\(draftsListed) of them draft\(draftsListed == 1 ? "" : "s"))" : ""
            let homes = homePages == 1
                ? "the home page has no review status, so it is not listed."
                : "the home pages of the \(homePages) languages have no review status, so they are not listed."
            var parts: [(text: String, command: Bool)] = [
                (draftsListed > 0 ? "sitegen build --drafts" : "sitegen build", true),
                (" counts \(Self.pages(built)), the dashboard \(listed)\(drafts): \(homes)", false),
            ]
            if !draftsLeftOut.isEmpty {
                let count = draftsLeftOut.count
                var named = draftsLeftOut.prefix(Self.namedDrafts).joined(separator: ", ")
                if count > Self.namedDrafts { named += " and \(count - Self.namedDrafts) more" }
                parts.append(count == 1
                    ? (" 1 draft is in neither count: \(named); see it with ", false)
                    : (" \(count) drafts are in neither count: \(named); see them with ", false))
                parts.append(("sitegen report --drafts", true))
                parts.append((".", false))
            }
            return parts
        }

        private static func pages(_ count: Int) -> String { count == 1 ? "1 page" : "\(count) pages" }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(built, forKey: .built)
            try container.encode(listed, forKey: .listed)
            try container.encode(homePages, forKey: .homePages)
            try container.encode(draftsListed, forKey: .draftsListed)
            try container.encode(draftsLeftOut, forKey: .draftsLeftOut)
            try container.encode(note, forKey: .note)
        }
    }
}
