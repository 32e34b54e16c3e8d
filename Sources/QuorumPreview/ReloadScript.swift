/// The live-reload script, served at `/__quorum/reload.js` and added by the server to every HTML page it serves
/// (never to `quorum build` output). It listens to `/__quorum/events` and reloads the page when its own URL
/// changed, when an error appears or goes, or when it was served from an older build than the server's;
/// a changed stylesheet is swapped in place.
enum ReloadScript {
    static let path = "__quorum/reload.js"
    static let eventsPath = "__quorum/events"

    /// The tag that loads the script; `generation` is the build the page comes from.
    static func tag(generation: Int) -> String {
        "<script src=\"/\(path)\" data-generation=\"\(generation)\"></script>"
    }

    /// `html` with `insert` before its last `</body>` (or at the end when it has none).
    static func inject(_ insert: String, into html: String) -> String {
        guard let body = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else { return html + insert }
        return html.replacingCharacters(in: body.lowerBound..<body.lowerBound, with: insert + "\n")
    }

    static let source = """
        (function () {
          "use strict";
          var script = document.currentScript;
          var served = Number(script && script.dataset.generation);
          function here() {
            var path = decodeURI(location.pathname);
            return path.slice(-11) === "/index.html" ? path.slice(0, -10) : path;
          }
          function swapStylesheets() {
            var links = document.querySelectorAll('link[rel="stylesheet"]');
            for (var i = 0; i < links.length; i++) {
              var url = new URL(links[i].href);
              url.searchParams.set("quorum-reload", String(Date.now()));
              links[i].href = url.href;
            }
          }
          var events = new EventSource("/__quorum/events");
          events.addEventListener("hello", function (event) {
            var data = JSON.parse(event.data);
            if (served && data.generation !== served) { location.reload(); }
          });
          events.addEventListener("reload", function (event) {
            var data = JSON.parse(event.data);
            if (data.all || data.paths.indexOf(here()) >= 0) { location.reload(); return; }
            served = data.generation;
            if (data.paths.some(function (path) { return path.slice(-4) === ".css"; })) { swapStylesheets(); }
          });
        })();

        """
}
