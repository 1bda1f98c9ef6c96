/// The dashboard's page. Compiled into the binary so `sitegen report` needs no file beside it;
/// the page needs nothing else either (no fonts, images or scripts from elsewhere).
enum ReviewDashboardTemplate {
    static let text = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="sitegen">
        <title>Review dashboard: {{site_title}}</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        <header>
        <h1>Review dashboard</h1>
        <p>{{site_title}}, on <time datetime="{{today_iso}}">{{today_text}}</time>. A page is due for review {{interval_days}} days after its last review; the reading target is {{grade_name}} {{target}}.</p>
        </header>
        <main>
        <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">Summary</h2>
        <ul class="figures">
        {{#figures}}
        <li class="figure{{#attention}} attention{{/attention}}"><span class="value">{{value}}</span> <span class="name">{{name}}</span> <span class="note">{{note}}</span></li>
        {{/figures}}
        </ul>
        <p class="count-note">{{#count_note}}{{#command}}<code>{{text}}</code>{{/command}}{{^command}}{{text}}{{/command}}{{/count_note}}</p>
        </section>
        <section aria-labelledby="charts-heading">
        <h2 id="charts-heading">Charts</h2>
        <div class="charts">
        {{#charts}}
        <div class="chart">
        <h3 id="{{id}}-heading">{{title}}</h3>
        <svg role="img" aria-labelledby="{{id}}-title" aria-describedby="{{id}}-desc" viewBox="0 0 {{width}} {{height}}" width="{{width}}" height="{{height}}">
        <title id="{{id}}-title">{{title}}</title>
        <desc id="{{id}}-desc">{{description}}</desc>
        {{#rows}}
        <text x="{{label_x}}" y="{{text_y}}" text-anchor="end">{{label}}</text>
        <rect x="{{bar_x}}" y="{{bar_y}}" width="{{bar_width}}" height="{{bar_height}}" class="{{#attention}}attention{{/attention}}{{^attention}}plain{{/attention}}"/>
        <text x="{{count_x}}" y="{{text_y}}">{{pages}}</text>
        {{/rows}}
        </svg>
        <p class="legend">{{legend}}</p>
        <details>
        <summary>The numbers of this chart</summary>
        <table>
        <caption>{{title}}</caption>
        <thead><tr><th scope="col">{{column}}</th><th scope="col">Pages</th></tr></thead>
        <tbody>
        {{#rows}}
        <tr><th scope="row">{{label}}</th><td>{{pages}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        </details>
        </div>
        {{/charts}}
        </div>
        </section>
        {{#has_translations}}
        <section aria-labelledby="translations-heading">
        <h2 id="translations-heading">Translations</h2>
        <p>How many of the default language's pages each language has. A missing page is shown in the default language to readers of that language.</p>
        {{#translations}}
        <div class="table-scroll" role="region" aria-labelledby="translations-{{code}}" tabindex="0">
        <table>
        <caption id="translations-{{code}}"><span lang="{{code}}">{{name}}</span> ({{code}}): {{translated}} of {{total}} pages</caption>
        <thead><tr><th scope="col">Section</th><th scope="col">Translated</th><th scope="col">Missing</th></tr></thead>
        <tbody>
        {{#groups}}
        <tr><th scope="row">{{title}}</th><td>{{translated}} of {{total}}</td><td>{{#missing}}<span class="path">{{.}}</span> {{/missing}}{{^missing}}none{{/missing}}</td></tr>
        {{/groups}}
        </tbody>
        </table>
        </div>
        {{/translations}}
        </section>
        {{/has_translations}}
        <section aria-labelledby="pages-heading">
        <h2 id="pages-heading">Every page</h2>
        <p>Overdue and never-reviewed pages come first. Select a column heading to sort by it; select it again to reverse the order. Each title opens the page's Markdown file.</p>
        <p id="sort-status" role="status">Sorted by review status: overdue first, then never reviewed, due soon and up to date.</p>
        <p>If the table is wider than your screen, scroll it sideways to see every column.</p>
        <div class="table-scroll" role="region" aria-labelledby="pages-caption" tabindex="0">
        <table id="pages">
        <caption id="pages-caption">All {{page_count}}</caption>
        <colgroup>{{#columns}}<col style="width: {{width}}">{{/columns}}</colgroup>
        <thead>
        <tr>
        {{#columns}}
        <th scope="col"{{#sorted}} aria-sort="ascending"{{/sorted}}><button type="button" data-type="{{type}}">{{name}}<span class="arrow" aria-hidden="true"></span></button></th>
        {{/columns}}
        </tr>
        </thead>
        <tbody>
        {{#pages}}
        <tr data-order="{{order}}">
        <td data-sort="{{status_sort}}"><span class="status {{status_class}}">{{status}}</span></td>
        <th scope="row" data-sort="{{title}}"><a href="{{href}}">{{title}}</a>{{#draft}} (draft){{/draft}}<span class="path">{{source}}</span>{{#has_codes}}<span class="path">Codes: {{codes}}</span>{{/has_codes}}</th>
        <td data-sort="{{section}}">{{#has_section}}{{section}}{{/has_section}}{{^has_section}}none{{/has_section}}</td>
        <td data-sort="{{grade}}"><span{{#over_target}} class="over"{{/over_target}}>{{grade}}{{#over_target}} (over {{target}}){{/over_target}}</span>{{#has_hard_words}}<span class="path">Hardest words: {{hard_words}}</span>{{/has_hard_words}}</td>
        <td data-sort="{{pemat_sort}}">{{pemat}}{{#has_pemat_missed}} <span class="note">({{pemat_missed}})</span>{{/has_pemat_missed}}</td>
        <td data-sort="{{plain_language}}">{{plain_language}}</td>
        <td data-sort="{{last_reviewed_iso}}">{{#has_review}}<time datetime="{{last_reviewed_iso}}">{{last_reviewed}}</time>{{/has_review}}{{^has_review}}never{{/has_review}}</td>
        <td data-sort="{{reviewed_by}}">{{#has_reviewer}}{{reviewed_by}}{{/has_reviewer}}{{^has_reviewer}}not recorded{{/has_reviewer}}</td>
        <td data-sort="{{next_review_iso}}">{{#has_review}}<time datetime="{{next_review_iso}}">{{next_review}}</time> <span class="note">({{next_note}})</span>{{/has_review}}{{^has_review}}now (never reviewed){{/has_review}}</td>
        <td data-sort="{{warning_count}}">{{#has_warnings}}<ul>{{#warnings}}<li>{{.}}</li>{{/warnings}}</ul>{{/has_warnings}}{{^has_warnings}}none{{/has_warnings}}</td>
        </tr>
        {{/pages}}
        </tbody>
        </table>
        </div>
        </section>
        </main>
        <script>
        \(script)
        </script>
        </body>
        </html>

        """

    static let style = """
        :root { --ink: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --alert: #a4161a; --bar: #3d6a99; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 100rem; padding: 1rem; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; overflow-wrap: break-word; }
        h1 { margin: 0 0 .25rem; font-size: 1.75rem; }
        /* The page is as wide as the table of pages; its sentences stay readable. */
        p { max-width: 48rem; }
        h2 { margin: 2rem 0 .75rem; font-size: 1.35rem; }
        h3 { margin: 0 0 .5rem; font-size: 1.1rem; }
        .figures { list-style: none; margin: 0; padding: 0; display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 9.5rem), 1fr)); }
        .figure { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem; }
        .figure .value { display: block; font-size: 2rem; font-weight: 700; line-height: 1.1; }
        .figure .name { display: block; font-weight: 600; }
        .figure .note, .legend, .path, td .note { color: var(--muted); font-size: .875rem; }
        .figure.attention { border-color: var(--alert); border-width: 2px; }
        .figure.attention .value { color: var(--alert); }
        .charts { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); }
        .chart svg { display: block; width: 100%; max-width: 28rem; height: auto; }
        .chart text { font-size: 14px; fill: var(--ink); }
        .chart rect.plain { fill: var(--bar); }
        .chart rect.attention { fill: var(--alert); }
        .legend { margin: .25rem 0; }
        code { font-size: .95em; white-space: nowrap; }
        summary { cursor: pointer; }
        table { border-collapse: collapse; }
        th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
        details table { margin: .5rem 0; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        .table-scroll { overflow-x: auto; max-width: 100%; border: 1px solid var(--line); border-radius: .25rem; }
        .table-scroll:focus { outline: 3px solid #1f5fbf; outline-offset: 2px; }
        #pages { width: 100%; min-width: {{table_width}}; table-layout: fixed; font-size: .95rem; }
        #pages td, #pages th { overflow-wrap: break-word; }
        #pages caption { padding: .5rem; }
        #pages thead th { background: #f2f2f2; padding: 0; overflow-wrap: normal; }
        #pages thead button { font: inherit; font-weight: 700; color: var(--ink); background: none; border: 0; padding: .5rem; cursor: pointer; text-align: left; }
        #pages thead button:focus-visible { outline: 3px solid #1f5fbf; outline-offset: -3px; }
        #pages th[aria-sort="ascending"] .arrow::before { content: "\\25B2"; }
        #pages th[aria-sort="descending"] .arrow::before { content: "\\25BC"; }
        #pages .arrow { font-size: .75rem; padding-left: .25rem; }
        #pages tbody th { font-weight: 400; }
        #pages .path { display: block; }
        #pages td ul { margin: 0; padding-left: 1.1rem; }
        #pages .over { color: var(--alert); font-weight: 600; }
        /* Wraps inside its column ("Never reviewed" is wider than 8rem in some fonts) rather than running over the title beside it. */
        .status { display: inline-block; max-width: 100%; padding: 0 .4rem; border-radius: .25rem; font-weight: 600; }
        .status.overdue { background: #fde2e1; color: #7d1212; }
        .status.never_reviewed { background: #fff0c2; color: #5c3d00; }
        .status.due_soon { background: #e3edff; color: #173d73; }
        .status.current { background: #e0f2e4; color: #1b5226; }
        a { color: #1f4fa8; }
        """

    /// Sorts the table when a column's button is pressed; without it the table keeps its order.
    /// Keys are read once per sort and the rows moved while the body is detached, so a library of
    /// 10,000 pages sorts in a moment.
    static let script = """
        (function () {
          var table = document.getElementById('pages');
          var headers = table.tHead.rows[0].cells;
          var status = document.getElementById('sort-status');
          var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
          Array.prototype.forEach.call(headers, function (header, column) {
            var button = header.querySelector('button');
            var numeric = button.getAttribute('data-type') === 'number';
            button.addEventListener('click', function () {
              var direction = header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
              var sign = direction === 'ascending' ? 1 : -1;
              var body = table.tBodies[0];
              var entries = Array.prototype.map.call(body.rows, function (row) {
                var key = row.cells[column].getAttribute('data-sort');
                return { row: row, key: numeric ? Number(key) : key, order: Number(row.getAttribute('data-order')) };
              });
              entries.sort(function (a, b) {
                var order = numeric ? a.key - b.key : collator.compare(a.key, b.key);
                return order * sign || a.order - b.order;
              });
              var next = body.cloneNode(false);
              entries.forEach(function (entry) { next.appendChild(entry.row); });
              table.replaceChild(next, body);
              Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
              header.setAttribute('aria-sort', direction);
              status.textContent = 'Sorted by ' + button.textContent.toLowerCase() + ', ' + direction + '.';
            });
          });
        })();
        """
}
