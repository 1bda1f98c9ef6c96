// The built-in English list. Each entry: the word or phrase (lower case), then its everyday
// alternative; a note in brackets at the end says where the everyday word is not exact. Sources
// and licences: docs/plain-language.md. Measured on real patient text before an entry was kept:
// words that read fine in patient text or have a precise medical sense ("function", "acute",
// "failure", "females") are left out on purpose.
extension PlainLanguageList {
    /// plainlanguage.gov, "Use simple words and phrases" (GSA; US government work, public domain,
    /// CC0 worldwide), and the other forms of its words. Alternatives adapted to patient text where
    /// the source's would not fit it.
    static let fromPlainLanguageGov: [(String, String)] = [
        ("a number of", "some"), ("accompany", "go with"), ("accompanies", "goes with"), ("accomplish", "do"),
        ("accorded", "given"), ("accordingly", "so"), ("accrue", "add up"), ("additional", "more"),
        ("addressees", "you"), ("adjacent to", "next to"), ("advantageous", "helpful"), ("adversely impact", "hurt"),
        ("afford an opportunity", "let"), ("allocate", "give"), ("anticipate", "expect"), ("anticipated", "expected"),
        ("appreciable", "noticeable"), ("appropriate", "right"), ("approximate", "about"), ("approximately", "about"), ("as a means of", "to"),
        ("ascertain", "find out"), ("assist", "help"), ("assists", "helps"), ("assisting", "helping"),
        ("assistance", "help"), ("at the present time", "now"), ("attain", "reach"), ("attempt", "try"),
        ("by means of", "by"), ("capability", "ability"), ("capabilities", "abilities"), ("caveat", "warning"),
        ("close proximity", "near"), ("commence", "start"), ("commences", "starts"), ("commenced", "started"),
        ("comply with", "follow"), ("component", "part"), ("components", "parts"), ("comprise", "make up"),
        ("comprises", "is made up of"), ("consequently", "so"), ("consolidate", "combine"), ("constitutes", "makes up"),
        ("convene", "meet"), ("deem", "consider"), ("deemed", "considered"), ("demonstrate", "show"),
        ("demonstrated", "showed"), ("demonstrates", "shows"), ("depart", "leave"), ("designate", "name"), ("determine", "find out"),
        ("disclose", "tell"), ("discontinue", "stop"), ("discontinued", "stopped"), ("discontinuing", "stopping"),
        ("disseminate", "spread"), ("due to the fact that", "because"), ("during the period", "during"),
        ("effect modifications", "make changes"), ("elect", "choose"), ("eliminate", "get rid of"),
        ("eliminating", "getting rid of"), ("employ", "use"), ("endeavor", "try"), ("endeavour", "try"),
        ("ensure", "make sure"), ("identify", "find or name"), ("enumerate", "count"), ("equitable", "fair"), ("evident", "clear"),
        ("exhibit", "show"), ("exhibits", "shows"), ("expedite", "speed up"), ("expeditious", "fast"),
        ("expend", "spend"), ("expertise", "skill or knowledge"), ("facilitates", "helps"), ("failed to", "did not"),
        ("feasible", "possible"), ("finalize", "finish"), ("finalise", "finish"), ("for a period of", "for"),
        ("forfeit", "give up"), ("frequently", "often"), ("furnish", "give"), ("has a requirement for", "needs"),
        ("herein", "here"), ("heretofore", "until now"), ("herewith", "here"),
        ("implement", "carry out"), ("in accordance with", "following"), ("in addition", "also"),
        ("in addition to", "as well as"), ("in an effort to", "to"), ("in a timely manner", "on time"),
        ("inasmuch as", "since"), ("inception", "start"), ("incumbent upon", "must"), ("indicate", "show"),
        ("indicates", "shows"), ("initial", "first"), ("initiate", "start"), ("initiated", "started"),
        ("initiating", "starting"), ("in lieu of", "instead of"), ("in order that", "so"), ("in order to", "to"),
        ("in regard to", "about"), ("in relation to", "about"), ("inter alia", "among other things"),
        ("interpose no objection", "do not object"), ("in the amount of", "for"), ("in the event of", "if"),
        ("in the event that", "if"), ("in the near future", "soon"), ("in view of", "because of"),
        ("is applicable to", "applies to"), ("is authorized to", "may"), ("is in consonance with", "agrees with"),
        ("it is essential", "you must"), ("it is requested", "please"), ("magnitude", "size"), ("maintain", "keep"),
        ("maintaining", "keeping"), ("maximum", "most"), ("methodology", "method"), ("minimize", "reduce"),
        ("minimise", "reduce"), ("minimizing", "reducing"), ("minimum", "least"), ("modify", "change"),
        ("modifying", "changing"), ("monitor", "check"), ("monitoring", "checking"), ("modification", "change"), ("modifications", "changes"),
        ("necessitate", "need"), ("necessitates", "needs"), ("notify", "tell"), ("notwithstanding", "despite"),
        ("numerous", "many"), ("on a regular basis", "regularly"), ("optimum", "best"), ("parameters", "limits"),
        ("participate", "take part"), ("participating", "taking part"), ("perform", "do"), ("performed", "done"),
        ("performing", "doing"), ("permit", "let"), ("pertaining to", "about"), ("portion", "part"),
        ("portions", "parts"), ("possess", "have"), ("practicable", "practical"), ("preclude", "prevent"),
        ("previous", "earlier"), ("previously", "before"), ("prioritize", "rank"), ("prioritise", "rank"),
        ("prior to", "before"), ("proceed", "go ahead"), ("procure", "get"), ("proficiency", "skill"),
        ("promulgate", "issue"), ("provide", "give"), ("provides", "gives"), ("providing", "giving"),
        ("provided that", "if"), ("provides guidance for", "guides"), ("purchase", "buy"), ("pursuant to", "under"),
        ("regarding", "about"), ("relocate", "move"), ("remain", "stay"), ("remains", "stays"), ("remainder", "rest"), ("remuneration", "pay"),
        ("render", "make"), ("require", "need"), ("requires", "needs"), ("required", "needed"),
        ("requiring", "needing"), ("requirement", "need"), ("requirements", "needs"), ("reside", "live"),
        ("retain", "keep"), ("selection", "choice"), ("set forth in", "in"), ("similar to", "like"),
        ("solicit", "ask for"), ("state-of-the-art", "latest"), ("submit", "send"), ("subsequent", "later"),
        ("subsequently", "later"), ("substantial", "large"), ("successfully complete", "complete"),
        ("sufficient", "enough"), ("terminate", "end"), ("therefore", "so"), ("therein", "there"),
        ("thereof", "of it"), ("the undersigned", "I"), ("timely", "prompt"), ("transmit", "pass on"),
        ("under the provisions of", "under"), ("until such time as", "until"), ("utilize", "use"),
        ("utilizes", "uses"), ("utilized", "used"), ("utilizing", "using"), ("utilization", "use"),
        ("utilise", "use"), ("utilised", "used"), ("validate", "confirm"), ("warrant", "call for"),
        ("with reference to", "about"), ("with the exception of", "except for"),
    ]

    /// 18F's content guide, "Plain language" (GSA; US government work, public domain, CC0).
    static let from18F: [(String, String)] = [
        ("collaborate", "work with"), ("combating", "fighting"), ("leverage", "use"), ("liaise", "work with"),
        ("overarching", "main"), ("robust", "strong"), ("streamline", "simplify"),
    ]

    /// AHRQ's examples of everyday words in PEMAT item 3 (US government work, public domain).
    static let fromAHRQ: [(String, String)] = [
        ("analgesic", "painkiller"), ("analgesics", "painkillers"), ("beneficial", "helpful"),
        ("exacerbate", "make worse"), ("exacerbates", "makes worse"), ("excess mucus", "runny nose"),
        ("facilitate", "make easier"), ("febrile", "feverish"), ("observe", "watch"),
        ("inflammation", "swelling (not exact: inflammation is also redness, heat and pain)"),
        ("perforation", "hole"), ("physician", "doctor"), ("physicians", "doctors"), ("recur", "come back"),
        ("recurs", "comes back"), ("referral", "being sent to another doctor"),
    ]
}
