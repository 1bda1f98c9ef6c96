import Foundation

/// The metadata block at the top of every Markdown file, already checked.
public struct FrontMatter: Sendable, Hashable {
    public var title: String
    public var description: String?
    /// Order inside a section; pages without a weight come after weighted ones.
    public var weight: Int?
    /// The weights a page may have: room for any numbering an editor uses, and far enough from
    /// `Int`'s limits that adding to one (`sitegen new page` adds 10) cannot overflow.
    public static let weights = -1_000_000...1_000_000
    public var draft: Bool
    public var lastReviewed: CalendarDate?
    public var reviewedBy: String?
    public var sources: [SourceLink]
    /// The file lines of `description` and `last_reviewed`, for problems found after loading (a
    /// placeholder description on a published page, a review date after today).
    public var descriptionLine: Int?
    public var lastReviewedLine: Int?
    /// Old addresses of the page (`aliases:`), each written as a page that redirects here.
    public var aliases: [PageAlias] = []
    /// The last part of the page's address instead of its file name (`slug: sintomas`): for a
    /// translation, an address in its own language.
    public var slug: String?
    public var slugLine: Int?
    /// Other words readers may search for this page by (`synonyms: [tiredness, worn out]`): the
    /// search index treats them as words of the title.
    public var synonyms: [String] = []
    /// The names the condition is also known by (`other_names: [NAM]`), on a section's
    /// `_index.md` only: the home page's A–Z lists each as "Other name — see Condition", search
    /// finds the section by them, and its JSON-LD gives them as `alternateName`. Unlike
    /// `synonyms`, they are names a reader may look the condition up by, shown as written.
    public var otherNames: [OtherName] = []
    /// Words and phrases of the plain-language list this page may use without a suggestion
    /// (`plain_language_ok: [myopathy]`), as `PlainLanguageChanges.normalized` keys.
    public var plainLanguageOK: [String] = []
    /// The condition's codes in medical code systems (`codes: {icd10: L20.9}`), for search engines
    /// (the JSON-LD's `MedicalCondition.code`) and editors (the reports), never for patients; on
    /// a page, they replace its section's.
    public var codes: [MedicalCode] = []
    /// Days from `last_reviewed` to the next review, for this page only (`review_interval_days`);
    /// nil: the site's.
    public var reviewIntervalDays: Int?

    public init(
        title: String, description: String? = nil, weight: Int? = nil, draft: Bool = false,
        lastReviewed: CalendarDate? = nil, reviewedBy: String? = nil, sources: [SourceLink] = []
    ) {
        self.title = title
        self.description = description
        self.weight = weight
        self.draft = draft
        self.lastReviewed = lastReviewed
        self.reviewedBy = reviewedBy
        self.sources = sources
    }

    /// Every key sitegen understands; anything else earns a warning so typos are not silent.
    public static let knownKeys: [String] = [
        "title", "description", "weight", "draft", "last_reviewed", "reviewed_by", "sources", "aliases", "slug",
        "synonyms", "plain_language_ok", "review_interval_days", "other_names", "codes",
    ]
}

extension FrontMatter {
    /// The page's review interval: its own, else the site's.
    public func reviewInterval(site days: Int) -> Int { reviewIntervalDays ?? days }

    /// `last_reviewed` plus the review interval; nil for a page never reviewed.
    public func nextReview(siteInterval days: Int) -> CalendarDate? {
        lastReviewed.map { CalendarDate(dayNumber: $0.dayNumber + reviewInterval(site: days)) }
    }
}

/// One of a condition's other names (`other_names:`), with the file line it is written on, for
/// problems found only across sections (the same name given to two conditions).
public struct OtherName: Sendable, Hashable {
    public var name: String
    public var line: Int

    public init(_ name: String, line: Int) {
        self.name = name
        self.line = line
    }

    /// What two names must share to be one name: letters, ignoring case and runs of spaces.
    /// Accents count ("Ano" and "Año" are two Spanish words).
    public static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// How `other_names` is written, for messages: a real condition's real other names.
    public static let example = "other_names: [myocardial infarction, MI]"
}

/// A reference the page's facts come from.
public struct SourceLink: Sendable, Hashable {
    public var title: String
    public var url: String
    /// The file line of its `url:`, where `check --external` reports a dead source.
    public var urlLine: Int?

    public init(title: String, url: String, urlLine: Int? = nil) {
        self.title = title
        self.url = url
        self.urlLine = urlLine
    }

    /// Where a source is written is no part of what it is: moving it keeps the page the same.
    public static func == (a: SourceLink, b: SourceLink) -> Bool { a.title == b.title && a.url == b.url }
    public func hash(into hasher: inout Hasher) { hasher.combine(title); hasher.combine(url) }
}

/// A day without a time or zone: review dates are calendar days, and keeping them out of `Date`
/// avoids time-zone shifts and makes output independent of the machine's locale.
public struct CalendarDate: Sendable, Equatable, Comparable, Hashable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses exactly `YYYY-MM-DD` and rejects days that do not exist (2026-02-30).
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(month: m, year: y)
        else { return nil }
        year = y
        month = m
        day = d
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// `1 November 2026`: unambiguous for readers everywhere, unlike 11/01/2026.
    public var longText: String { "\(day) \(CalendarDate.monthNames[month - 1]) \(year)" }

    /// Days from 1970-01-01 (proleptic Gregorian calendar), for date arithmetic without Foundation's time zones.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public func daysSince(_ other: CalendarDate) -> Int { dayNumber - other.dayNumber }

    /// The day on the editor's own clock (a morning's work in Sydney is not dated yesterday).
    public static func today(_ now: Date = Date(), timeZone: TimeZone = .current) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        let utcDays = Int((now.timeIntervalSince1970 / 86400).rounded(.down))
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return CalendarDate(dayNumber: utcDays) }
        return CalendarDate(dayNumber: CalendarDate(year: year, month: month, day: day).dayNumber)
    }

    private init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The inverse of `dayNumber`.
    public init(dayNumber z: Int) {
        let z = z + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
