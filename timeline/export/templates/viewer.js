(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var words = data.labels;
  var root = document.getElementById("timeline");
  var overview = document.getElementById("overview");
  var count = document.getElementById("count");
  var filter = document.getElementById("filter");

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }
  function dayNumber(iso) {
    var parts = iso.split("-");
    return Date.UTC(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])) / 86400000;
  }
  function isWebUrl(url) { return typeof url === "string" && /^https?:\/\//i.test(url); }

  function renderEvent(event) {
    var item = el("li", "event");
    item.id = "event-" + event.id;
    var meta = el("div", "meta");
    meta.appendChild(el("span", "date", event.date));
    meta.appendChild(el("span", "badge", event.granularity));
    if (event.mod) { meta.appendChild(el("span", "badge", event.mod)); }
    meta.appendChild(el("span", "timex", words.date_expression + ": " + event.timex));
    item.appendChild(meta);
    item.appendChild(el("h3", "ev-title", event.title));
    if (event.actors.length) { item.appendChild(el("p", "facts", words.actors + ": " + event.actors.join(", "))); }
    if (event.places.length) { item.appendChild(el("p", "facts", words.places + ": " + event.places.join(", "))); }
    if (event.evidence.length) {
      item.appendChild(el("blockquote", "evidence", event.evidence[0]));
      if (event.evidence.length > 1) {
        var more = el("details");
        more.appendChild(el("summary", null, format(words.more_evidence, { count: event.evidence.length - 1 })));
        event.evidence.slice(1).forEach(function (sentence) { more.appendChild(el("blockquote", "evidence", sentence)); });
        item.appendChild(more);
      }
    }
    if (event.conflicts.length) {
      item.appendChild(el("p", "conflicts", words.conflicts + ": " + event.conflicts.join("; ")));
    }
    var sources = el("ul", "sources");
    sources.setAttribute("aria-label", words.sources);
    event.sources.forEach(function (source) {
      var line = el("li", "source");
      var name = source.title || source.publisher || source.id;
      if (isWebUrl(source.url)) {
        var link = el("a", null, name);
        link.href = source.url;
        link.rel = "noopener noreferrer";
        line.appendChild(link);
      } else {
        line.appendChild(el("span", null, name));
      }
      var about = [source.publisher, source.published ? words.published + " " + source.published : ""];
      about = about.filter(function (x) { return x && x !== name; });
      if (about.length) { line.appendChild(document.createTextNode(" (" + about.join(", ") + ")")); }
      sources.appendChild(line);
    });
    item.appendChild(sources);
    item.setAttribute("data-search", [event.date, event.title, event.timex, event.actors.join(" "),
      event.places.join(" "), event.evidence.join(" "),
      event.sources.map(function (s) { return [s.title, s.publisher, s.id].join(" "); }).join(" ")
    ].join(" ").toLowerCase());
    return item;
  }

  function renderOverview(events) {
    if (!events.length) { return; }
    var first = Math.min.apply(null, events.map(function (e) { return dayNumber(e.start); }));
    var last = Math.max.apply(null, events.map(function (e) { return dayNumber(e.end); }));
    var span = Math.max(last - first + 1, 1);
    overview.appendChild(el("span", "edge", events.reduce(function (a, e) { return e.start < a ? e.start : a; }, events[0].start)));
    overview.appendChild(el("span", "edge right", events.reduce(function (a, e) { return e.end > a ? e.end : a; }, events[0].end)));
    events.forEach(function (event) {
      var from = dayNumber(event.start) - first;
      var days = dayNumber(event.end) - dayNumber(event.start) + 1;
      var tick = el("button", days > 1 ? "tick range" : "tick");
      tick.type = "button";
      tick.title = event.date + " — " + event.title;
      tick.setAttribute("aria-label", tick.title);
      tick.style.left = (100 * from / span) + "%";
      if (days > 1) { tick.style.width = Math.max(100 * days / span, 0.4) + "%"; }
      tick.addEventListener("click", function () {
        var target = document.getElementById("event-" + event.id);
        if (target) { target.scrollIntoView({ behavior: "smooth", block: "center" }); }
      });
      overview.appendChild(tick);
    });
  }

  function render() {
    var events = data.events;
    if (!events.length) { root.appendChild(el("p", "empty", words.no_events)); }
    var list = null;
    var year = null;
    events.forEach(function (event) {
      var eventYear = event.start.slice(0, 4);
      if (eventYear !== year) {
        year = eventYear;
        var section = el("section", "year-block");
        section.appendChild(el("h2", "year", year));
        list = el("ol", "events");
        section.appendChild(list);
        root.appendChild(section);
      }
      list.appendChild(renderEvent(event));
    });
    renderOverview(events);
    updateCount(events.length);
    document.body.setAttribute("data-rendered", String(events.length));
  }

  function updateCount(shown) {
    count.textContent = format(words.showing, { shown: shown, total: data.events.length });
  }

  filter.addEventListener("input", function () {
    var needle = filter.value.trim().toLowerCase();
    var shown = 0;
    Array.prototype.forEach.call(root.querySelectorAll(".event"), function (item) {
      var match = !needle || item.getAttribute("data-search").indexOf(needle) !== -1;
      item.classList.toggle("hidden", !match);
      if (match) { shown += 1; }
    });
    Array.prototype.forEach.call(root.querySelectorAll(".year-block"), function (section) {
      section.classList.toggle("hidden", !section.querySelector(".event:not(.hidden)"));
    });
    updateCount(shown);
  });

  render();
}());
