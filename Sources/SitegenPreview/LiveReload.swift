import Foundation
import SitegenRender

/// The script the preview adds to every HTML page it serves (never to `public/`), and the events
/// it listens to.
///
/// The page connects to `/__sitegen/events` with `EventSource`. On every connection the server
/// first sends `hello` with the version of the site it is serving; a page built from another version
/// (the site was rebuilt while the tab was disconnected, or the server was restarted) reloads. Then
/// the server sends `reload` after each good build, and `error` with the messages while the site
/// does not build (also right after `hello`, so a page opened while the site is broken shows them).
/// The error overlay, and the panel listing the page's warnings and suggestions
/// (`/__sitegen/notes`), are built with DOM calls and `textContent` only: messages are never
/// parsed as HTML.
enum LiveReload {
    static let eventsPath = "/__sitegen/events"
    static let statusPath = "/__sitegen/status"
    /// The warnings and suggestions of one page, for the panel the script shows on it.
    static let notesPath = "/__sitegen/notes"

    /// The `<script>` element for a page served from site `version`.
    static func scriptTag(version: String) -> String {
        "<script>/* sitegen serve: live reload, preview only */\n"
            + script.replacingOccurrences(of: "__SITEGEN_VERSION__", with: JSONText.quote(version))
            + "</script>\n"
    }

    /// `html` with the script inserted before the last `</body>`, or at the end when there is none.
    static func inject(into html: Data, version: String) -> Data {
        parts(of: html, version: version).reduce(into: Data()) { $0.append($1) }
    }

    /// `inject(into:version:)` as the parts to send one after the other: `html` up to its last
    /// `</body>`, the script, the rest. The parts share `html`'s bytes, so a request costs no
    /// copy of the page.
    static func parts(of html: Data, version: String) -> [Data] {
        let tag = Data(scriptTag(version: version).utf8)
        guard let index = lastBodyClose(in: html) else { return [html, tag] }
        return [html[html.startIndex..<index], tag, html[index...]]
    }

    /// Index of the last `</body` (any case) in `html`.
    static func lastBodyClose(in html: Data) -> Data.Index? {
        let needle: [UInt8] = Array("</body".utf8)
        return html.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Data.Index? in
            guard bytes.count >= needle.count else { return nil }
            var i = bytes.count - needle.count
            while i >= 0 {
                if bytes[i] == UInt8(ascii: "<") {
                    var matches = true
                    for j in 1..<needle.count where bytes[i + j] | 0x20 != needle[j] | 0x20 {
                        // `| 0x20` lower-cases letters; `/` (0x2F) is unchanged by it.
                        matches = false
                        break
                    }
                    if matches { return html.startIndex + i }
                }
                i -= 1
            }
            return nil
        }
    }

    // MARK: Events

    /// One Server-Sent Event; `data` must be a single line (JSON is).
    static func event(_ name: String, _ data: String) -> [UInt8] {
        Array("event: \(name)\ndata: \(data)\n\n".utf8)
    }

    /// Sent first on every connection: how fast to reconnect, and which site the server has.
    static func hello(version: String?) -> [UInt8] {
        Array("retry: 500\n".utf8) + event("hello", "{\"version\":\(version.map(JSONText.quote) ?? "null")}")
    }

    static func reload(version: String) -> [UInt8] {
        event("reload", "{\"version\":\(JSONText.quote(version))}")
    }

    static func error(_ messages: [String]) -> [UInt8] {
        event("error", "{\"errors\":[\(messages.map(JSONText.quote).joined(separator: ","))]}")
    }

    /// A comment line: keeps proxies from closing an idle stream and lets the server notice tabs
    /// that went away.
    static let keepAlive: [UInt8] = Array(": keep-alive\n\n".utf8)

    // MARK: The script

    static let script = #"""
    (function () {
      "use strict";
      var version = __SITEGEN_VERSION__;
      var overlay = null;
      var source = null;

      function hideErrors() {
        if (overlay && overlay.parentNode) overlay.parentNode.removeChild(overlay);
        overlay = null;
      }

      function showErrors(messages) {
        var hadFocus = overlay && overlay.contains(document.activeElement);
        hideErrors();
        var box = document.createElement("div");
        box.id = "sitegen-error-overlay";
        box.setAttribute("role", "alertdialog");
        box.setAttribute("aria-labelledby", "sitegen-error-title");
        box.setAttribute("aria-describedby", "sitegen-error-help");
        box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:70vh;overflow:auto;" +
          "z-index:2147483647;box-sizing:border-box;margin:0;padding:1rem 1.25rem;" +
          "background:#fff;color:#1a1a1a;border-top:6px solid #b3261e;" +
          "box-shadow:0 -4px 24px rgba(0,0,0,.3);font:16px/1.5 system-ui,-apple-system,sans-serif;text-align:left";
        var title = document.createElement("h2");
        title.id = "sitegen-error-title";
        title.style.cssText = "margin:0 0 .25rem;font-size:1.25rem;color:#b3261e";
        title.textContent = messages.length === 1 ? "The site has an error" : "The site has " + messages.length + " errors";
        var help = document.createElement("p");
        help.id = "sitegen-error-help";
        help.style.cssText = "margin:0 0 .75rem";
        help.textContent = "You are seeing the last version that built. Fix the file and save it: this page reloads by itself.";
        var list = document.createElement("pre");
        list.style.cssText = "margin:0 0 .75rem;padding:.75rem;background:#f6f6f6;color:#1a1a1a;" +
          "white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace";
        list.textContent = messages.join("\n");
        var close = document.createElement("button");
        close.type = "button";
        close.textContent = "Close";
        close.style.cssText = "font:inherit;padding:.35rem 1rem;cursor:pointer";
        close.addEventListener("click", hideErrors);
        box.addEventListener("keydown", function (event) {
          if (event.key === "Escape") hideErrors();
        });
        box.appendChild(title);
        box.appendChild(help);
        box.appendChild(list);
        box.appendChild(close);
        (document.body || document.documentElement).appendChild(box);
        overlay = box;
        if (hadFocus || !document.activeElement || document.activeElement === document.body) close.focus();
      }

      // The page's warnings and suggestions (preview only): a button in a corner that opens
      // their list, out of the way of the page and never covering it unasked.
      function showNotes(notes) {
        if (!notes || !notes.length) return;
        var warnings = 0, suggestions = 0;
        for (var i = 0; i < notes.length; i++) {
          if (notes[i].severity === "warning") warnings++; else suggestions++;
        }
        var parts = [];
        if (warnings) parts.push(warnings + (warnings === 1 ? " warning" : " warnings"));
        if (suggestions) parts.push(suggestions + (suggestions === 1 ? " suggestion" : " suggestions"));
        var box = document.createElement("div");
        box.id = "sitegen-notes";
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", "sitegen preview: notes on this page");
        box.style.cssText = "position:fixed;right:.75rem;bottom:.75rem;z-index:2147483646;box-sizing:border-box;" +
          "max-width:calc(100vw - 1.5rem);width:auto;text-align:left;font:15px/1.45 system-ui,-apple-system,sans-serif;color:#1a1a1a";
        var toggle = document.createElement("button");
        toggle.type = "button";
        toggle.setAttribute("aria-expanded", "false");
        toggle.setAttribute("aria-controls", "sitegen-notes-list");
        toggle.textContent = parts.join(", ") + " on this page";
        toggle.style.cssText = "display:block;margin-left:auto;font:inherit;padding:.4rem .9rem;cursor:pointer;" +
          "background:#fff;color:#1a1a1a;border:2px solid " + (warnings ? "#8a4a00" : "#0e6a63") + ";border-radius:.3rem;" +
          "box-shadow:0 2px 10px rgba(0,0,0,.25)";
        var list = document.createElement("ul");
        list.id = "sitegen-notes-list";
        list.hidden = true;
        list.style.cssText = "margin:0 0 .5rem;padding:.5rem .75rem;list-style:none;max-height:60vh;overflow:auto;width:40rem;" +
          "max-width:100%;box-sizing:border-box;background:#fff;border:1px solid #8a8a8a;box-shadow:0 2px 10px rgba(0,0,0,.25)";
        for (var j = 0; j < notes.length; j++) {
          var item = document.createElement("li");
          item.textContent = notes[j].text;
          item.style.cssText = "margin:.35rem 0;padding-left:.5rem;overflow-wrap:anywhere;border-left:4px solid " +
            (notes[j].severity === "warning" ? "#8a4a00" : "#0e6a63");
          list.appendChild(item);
        }
        function setOpen(open) {
          list.hidden = !open;
          toggle.setAttribute("aria-expanded", open ? "true" : "false");
        }
        toggle.addEventListener("click", function () { setOpen(list.hidden); });
        box.addEventListener("keydown", function (event) {
          if (event.key === "Escape" && !list.hidden) { setOpen(false); toggle.focus(); }
        });
        box.appendChild(list);
        box.appendChild(toggle);
        (document.body || document.documentElement).appendChild(box);
      }

      function loadNotes() {
        if (!window.fetch) return;
        fetch("/__sitegen/notes?page=" + encodeURIComponent(location.pathname))
          .then(function (response) { return response.json(); })
          .then(function (answer) { showNotes(answer.notes); })
          .catch(function () {});
      }

      function connect() {
        source = new EventSource("/__sitegen/events");
        source.addEventListener("hello", function (event) {
          var state = JSON.parse(event.data);
          if (state.version && state.version !== version) location.reload();
        });
        source.addEventListener("reload", function () {
          location.reload();
        });
        source.addEventListener("error", function (event) {
          // A connection problem is also an "error" event, but without data.
          if (typeof event.data === "string") {
            showErrors(JSON.parse(event.data).errors);
          } else if (source.readyState === EventSource.CLOSED) {
            // The browser gave up (the server was stopped): keep trying, a restarted server reloads the page.
            setTimeout(connect, 1000);
          }
        });
      }

      connect();
      loadNotes();
    })();

    """#
}
