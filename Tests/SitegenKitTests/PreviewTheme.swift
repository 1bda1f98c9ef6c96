/// The templates of `PreviewFixtureSite`, in versions an editing step switches between: each
/// version shows different values, so a stale page shows.
struct PreviewTheme {
    var page = 0
    var section = 0
    var home = 0
    var about = 0
    var style = 0
    var hasPrint = true

    /// Path inside `templates/` → text.
    func files() -> [String: String] {
        var files = [
            "base.mustache": Self.base,
            "home.mustache": Self.home[home % Self.home.count],
            "section.mustache": Self.section[section % Self.section.count],
            "page.mustache": Self.page[page % Self.page.count],
            "404.mustache": "{{<base}}{{$main}}<h1>{{title}}</h1>{{/main}}{{/base}}\n",
            "search.mustache": "{{<base}}{{$main}}<h1>{{title}}</h1><form data-index=\"{{root}}search/index/\"></form>{{/main}}{{/base}}\n",
            "glossary.mustache": Self.glossary,
            "partials/about.mustache": Self.about[about % Self.about.count],
            "partials/header.mustache": Self.header,
            "static/style.css": "body { margin: \(style)px; }\n",
        ]
        if hasPrint { files["print.mustache"] = Self.print }
        return files
    }

    static let base = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head><meta charset="utf-8"><title>{{head_title}}</title>
        <meta name="description" content="{{description}}"><link rel="canonical" href="{{canonical}}">
        {{#glossary_url}}<script src="{{root}}term.js" defer></script>{{/glossary_url}}</head>
        <body>
        {{> partials/header}}
        <main id="main">{{$main}}{{/main}}</main>
        <footer>{{{disclaimer_html}}}</footer>
        </body>
        </html>

        """

    static let header = """
        <header><a href="{{root}}">{{site_title}}</a> <p>{{site_description}}</p>
        {{#search_url}}<a href="{{search_url}}">Search</a>{{/search_url}}
        {{#glossary_url}}<a href="{{glossary_url}}">Glossary</a>{{/glossary_url}}</header>

        """

    static let page = [
        "{{<base}}{{$main}}<h1>{{title}}</h1>{{{content_html}}}{{#sources}}<a href=\"{{.url}}\">{{.title}}</a>{{/sources}}{{#review}}<p>Reviewed {{.date_text}}{{#.by}} by {{.}}{{/.by}}; next review {{.next_date_text}}</p>{{/review}}{{> partials/about}}{{/main}}{{/base}}\n",
        "{{<base}}{{$main}}<p>{{section_title}}</p><h1>{{title}}</h1>{{#toc}}<a href=\"#{{id}}\">{{title}}</a>{{/toc}}{{{content_html}}}{{/main}}{{/base}}\n",
        "{{<base}}{{$main}}<h1>{{title}}</h1><p>{{description}}</p>{{{content_html}}}{{> partials/about}}{{/main}}{{/base}}\n",
    ]

    static let section = [
        "{{<base}}{{$main}}<h1>{{title}}</h1>{{{content_html}}}<ul>{{#pages}}<li><a href=\"{{.url}}\">{{.title}}</a>{{#.description}} – {{.}}{{/.description}}</li>{{/pages}}</ul>{{#print_url}}<a href=\"{{print_url}}\">Print</a>{{/print_url}}{{/main}}{{/base}}\n",
        "{{<base}}{{$main}}<h1>{{title}}</h1><ol>{{#pages}}<li><a href=\"{{.url}}\">{{.title}}</a></li>{{/pages}}</ol>{{{content_html}}}{{> partials/about}}{{/main}}{{/base}}\n",
    ]

    static let home = [
        "{{<base}}{{$main}}<h1>{{title}}</h1>{{{content_html}}}<ul>{{#sections}}<li><a href=\"{{.url}}\">{{.title}}</a>{{#.description}} – {{.}}{{/.description}}</li>{{/sections}}</ul>{{/main}}{{/base}}\n",
        "{{<base}}{{$main}}<h1>{{title}}</h1><ul>{{#sections}}<li><a href=\"{{.url}}\">{{.title}}</a></li>{{/sections}}</ul>{{{content_html}}}{{/main}}{{/base}}\n",
    ]

    static let about = [
        "<nav>{{#prev}}<a rel=\"prev\" href=\"{{.url}}\">{{.title}}</a>{{/prev}}{{#next}}<a rel=\"next\" href=\"{{.url}}\">{{.title}}</a>{{/next}}</nav>\n",
        "<nav>{{#next}}<a rel=\"next\" href=\"{{.url}}\">Next: {{.title}}</a>{{/next}}</nav>\n",
        "{{#review}}<p>Reviewed {{.date_text}}</p>{{/review}}{{^review}}<p>Not yet reviewed.</p>{{/review}}\n",
    ]

    static let glossary = """
        {{<base}}{{$main}}<h1>{{title}}</h1>
        {{#letters}}<h2 id="{{.id}}">{{.letter}}</h2><dl>{{#.terms}}<dt id="{{.id}}">{{.term}}</dt><dd>{{.definition}}</dd>{{/.terms}}</dl>{{/letters}}
        {{/main}}{{/base}}

        """

    static let print = """
        {{<base}}{{$main}}<h1>{{section_title}}</h1>
        {{#pages}}<article><h2 id="{{.id}}">{{.title}}</h2>{{{.content_html}}}</article>{{/pages}}
        {{/main}}{{/base}}

        """
}
