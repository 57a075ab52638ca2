// eventwire web UI: a client of the JSON API (/api/...). Every page shows the API URL it was drawn from.
"use strict";

const FILTERS = ["since", "until", "source", "target", "country", "root", "code", "quad", "cluster"];
const QUADS = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const $ = (sel, root = document) => root.querySelector(sel);
const main = () => $("#main");

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) if (c) node.append(c);
  return node;
}

// ---- URL state -------------------------------------------------------------------------------
function params() { return new URLSearchParams(location.search); }

function filterQuery(extra = {}, drop = []) {
  const p = new URLSearchParams();
  for (const k of FILTERS) { const v = params().get(k); if (v && !drop.includes(k)) p.set(k, v); }
  for (const [k, v] of Object.entries(extra)) { if (v === null || v === undefined || v === "") p.delete(k); else p.set(k, v); }
  return p;
}

function go(path, query) {
  const qs = query && query.toString();
  history.pushState(null, "", path + (qs ? "?" + qs : ""));
  route();
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({ error: { code: "E000", message: res.statusText } }));
  if (!res.ok) throw new Error(`[${body.error.code}] ${body.error.message}`);
  return body;
}

function showError(err) {
  const box = $("#error");
  box.hidden = !err;
  box.textContent = err ? String(err.message || err) : "";
}

function twin(url) {
  const t = $("#twin");
  t.replaceChildren("JSON of this view: ", el("a", { href: url, id: "json-twin" }, url));
  return url;
}

// ---- shared pieces -------------------------------------------------------------------------
function legend() {
  return el("div", { class: "legend" }, Object.entries(QUADS).map(([q, name]) =>
    el("span", {}, el("i", { class: "q" + q }), `${q} ${name}`)));
}

function periodEnd(start, by) {
  const d = new Date(start + "T00:00:00Z");
  if (by === "week") d.setUTCDate(d.getUTCDate() + 6);
  else if (by === "month") { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

function actorLabel(code, name, text) {
  if (!code && !text) return "—";
  return [code, name || (text ? `“${text}”` : null)].filter(Boolean).join(" ");
}

function eventsTable(items) {
  const rows = items.map(e => el("tr", { class: "clickable event-row", "data-doc": e.doc_id, "data-event": e.event_id,
    onclick: () => go("/article/" + encodeURIComponent(e.doc_id), new URLSearchParams({ event: e.event_id })) },
    el("td", {}, e.event_date || el("span", { class: "muted" }, "undated")),
    el("td", {}, el("span", { class: "pill q" + e.quad_class }, e.code), " ", e.name),
    el("td", {}, actorLabel(e.source_code, e.source_name, e.source_text)),
    el("td", {}, actorLabel(e.target_code, e.target_name, e.target_text)),
    el("td", {}, e.place_name || ""),
    el("td", {}, e.outlet || ""),
    el("td", { class: "small" }, el("a", { href: "/article/" + encodeURIComponent(e.doc_id) + "?event=" + e.event_id,
      class: "article-link", onclick: ev => ev.stopPropagation() }, e.sentence))));
  return el("table", { class: "events" },
    el("tr", {}, ["date", "event", "source", "target", "place", "outlet", "sentence"].map(h => el("th", {}, h))), rows);
}

async function listEvents(target, query, title) {
  const url = "/api/events?" + query.toString();
  target.replaceChildren(el("h3", {}, title), el("p", { class: "muted" }, "loading…"));
  const page = await api(url);
  const more = page.next ? el("button", { onclick: async ev => {
    ev.target.disabled = true;
    const q = new URLSearchParams(query); q.set("cursor", page.next);
    const box = el("div"); target.append(box); ev.target.remove(); await listEvents(box, q, "more");
  } }, "more") : null;
  target.replaceChildren(el("h3", {}, title, " ", el("a", { href: url, class: "small" }, "json")),
    page.items.length ? eventsTable(page.items) : el("p", { class: "muted" }, "no events"), more || "");
}

// ---- timeline --------------------------------------------------------------------------------
function fillPeriods(found, by) {
  // every period from the first to the last, so that time runs evenly along the axis (at most 1500 bars)
  if (found.length < 2) return found;
  const out = [], last = found[found.length - 1];
  const d = new Date(found[0] + "T00:00:00Z");
  while (out.length < 1500) {
    const iso = d.toISOString().slice(0, 10);
    if (iso > last) return out;
    out.push(iso);
    if (by === "month") d.setUTCMonth(d.getUTCMonth() + 1); else d.setUTCDate(d.getUTCDate() + (by === "week" ? 7 : 1));
  }
  return found;
}

async function timelinePage() {
  const by = params().get("by") || "day";
  const data = await api(twin("/api/counts?" + filterQuery({ by: by === "day" ? null : by }).toString()));
  const periods = fillPeriods([...new Set(data.items.map(r => r.period))].sort(), by);
  const stacks = Object.fromEntries(periods.map(p => [p, {}]));
  for (const r of data.items) stacks[r.period][r.quad_class] = r;
  const W = Math.max(600, Math.min(1150, periods.length * 28 + 60)), H = 260, pad = 30;
  const max = Math.max(1, ...periods.map(p => Object.values(stacks[p]).reduce((s, r) => s + r.mentions, 0)));
  const gap = periods.length > 100 ? 0 : 4;
  const bw = Math.max(1, Math.min(40, (W - pad * 2) / Math.max(1, periods.length) - gap));
  const chart = svg("svg", { width: W, height: H + 70, id: "timeline-chart" });
  chart.append(svg("text", { x: 4, y: 12, class: "axis" }, document.createTextNode(`${max} event mentions`)));
  const list = el("div", { id: "bar-events" });
  periods.forEach((p, i) => {
    let y = H;
    const x = pad + i * (bw + gap);
    for (const q of [1, 2, 3, 4]) {
      const r = stacks[p][q]; if (!r) continue;
      const h = (r.mentions / max) * (H - 20);
      y -= h;
      const rect = svg("rect", { x, y, width: bw, height: Math.max(1, h), class: `bar q${q}`, "data-period": p,
        "data-quad": q, onclick: () => listEvents(list, filterQuery({ since: p, until: periodEnd(p, by), quad: q }),
          `${QUADS[q]}, ${by} of ${p}: ${r.mentions} mentions of ${r.events} events`) });
      rect.append(svg("title", {}, document.createTextNode(`${p} · ${QUADS[q]}: ${r.mentions} mentions, ${r.events} events`)));
      chart.append(rect);
    }
    if (periods.length < 30 || i % Math.ceil(periods.length / 15) === 0)
      chart.append(svg("text", { x, y: H + 14, class: "axis", transform: `rotate(30 ${x} ${H + 14})` }, document.createTextNode(p)));
  });
  const undated = el("p", { class: "muted small" }, "Events are placed on the first day their date can denote; undated events are not drawn.");
  main().replaceChildren(el("h2", {}, `Timeline: events per ${by} by quad class`), legend(),
    periods.length ? chart : el("p", { class: "muted" }, "no dated events for these filters"), undated,
    el("p", { class: "small" }, "Click a bar to list its events."), list);
}

// ---- dyads -------------------------------------------------------------------------------------
async function dyadsPage() {
  const data = await api(twin("/api/pairs?" + filterQuery({ limit: 30 }).toString()));
  const detail = el("div", { id: "pair-detail" });
  const rows = data.items.map(r => el("tr", { class: "clickable pair-row", onclick: () => pairTimeline(detail, r) },
    el("td", {}, r.source_country || "—"), el("td", {}, r.target_country || "—"), el("td", {}, r.events),
    el("td", {}, r.mentions), el("td", {}, r.mean_goldstein), el("td", { class: "small" }, `${r.first_date || ""} … ${r.last_date || ""}`)));
  main().replaceChildren(el("h2", {}, "Dyads: top source → target country pairs"), detail,
    el("p", { class: "small muted" }, "Counts are real-world events (clusters); click a pair for its own timeline."),
    el("table", { id: "pairs" }, el("tr", {}, ["source", "target", "events", "reports", "mean Goldstein", "dates"].map(h => el("th", {}, h))), rows));
  const src = params().get("source"), tgt = params().get("target");
  const chosen = (src && tgt && data.items.find(r => r.source_country === src && r.target_country === tgt))
    || data.items.find(r => r.source_country && r.target_country && r.first_date);
  if (chosen) await pairTimeline(detail, chosen);
}

async function pairTimeline(target, pair) {
  const by = params().get("by") || "week";
  const q = filterQuery({ by, source: pair.source_country, target: pair.target_country });
  if (!pair.source_country || !pair.target_country) {
    target.replaceChildren(el("p", { class: "muted" }, "A pair with an unknown country has no timeline of its own."));
    return;
  }
  const url = "/api/dyads?" + q.toString();
  const data = await api(url);
  const W = 700, H = 180, max = Math.max(1, ...data.items.map(r => r.events));
  const bw = Math.max(6, Math.min(40, (W - 40) / Math.max(1, data.items.length) - 4));
  const chart = svg("svg", { width: W, height: H + 30, id: "pair-chart" });
  data.items.forEach((r, i) => {
    const h = (r.events / max) * (H - 20), x = 20 + i * (bw + 4);
    const rect = svg("rect", { x, y: H - h, width: bw, height: h, class: "bar " + (r.mean_goldstein < 0 ? "q4" : "q1") });
    rect.append(svg("title", {}, document.createTextNode(`${r.period}: ${r.events} events, mean Goldstein ${r.mean_goldstein}`)));
    chart.append(rect, svg("text", { x, y: H + 12, class: "axis", transform: `rotate(20 ${x} ${H + 12})` }, document.createTextNode(r.period)));
  });
  target.replaceChildren(el("h3", {}, `${pair.source_country} → ${pair.target_country} per ${by} `,
    el("a", { href: url, class: "small" }, "json")), chart,
    el("p", { class: "small muted" }, "Blue: mean Goldstein ≥ 0 (cooperation); red: below 0 (conflict)."));
}

// ---- map ----------------------------------------------------------------------------------------
let WORLD = null;
async function mapPage() {
  WORLD ||= await api("/static/world.geojson");
  const data = await api(twin("/api/places?" + filterQuery({ limit: 500 }).toString()));
  const W = 1000, H = 500, X = lon => (lon + 180) * W / 360, Y = lat => (90 - lat) * H / 180;
  const map = svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, id: "world-map" });
  for (const f of WORLD.features) {
    // a ring that crosses the antimeridian (Russia, Fiji, Antarctica) jumps across the map: start a new subpath there
    const d = f.geometry.coordinates.map(poly => poly.map(ring => ring.map(([lon, lat], k) =>
      (k === 0 || Math.abs(lon - ring[k - 1][0]) > 180 ? "M" : "L") + `${X(lon).toFixed(1)},${Y(lat).toFixed(1)}`).join("") + "Z").join("")).join("");
    const path = svg("path", { d, class: "country", "data-iso3": f.properties.iso3 || "" });
    path.append(svg("title", {}, document.createTextNode(f.properties.name)));
    map.append(path);
  }
  const max = Math.max(1, ...data.items.map(r => r.mentions));
  for (const r of [...data.items].reverse()) {
    const quads = [1, 2, 3, 4].map(q => r["quad" + q]);
    const top = quads.indexOf(Math.max(...quads)) + 1;
    const c = svg("circle", { cx: X(r.place_lon), cy: Y(r.place_lat), r: 3 + 14 * Math.sqrt(r.mentions / max),
      class: `place q${top}`, "data-place": r.place_name,
      onclick: () => go("/timeline", filterQuery({ country: r.place_country })) });
    c.append(svg("title", {}, document.createTextNode(
      `${r.place_name} (${r.place_country}): ${r.mentions} mentions, ${r.events} events; by quad ${quads.join(" / ")}`)));
    map.append(c);
  }
  const table = el("table", { id: "places" }, el("tr", {}, ["place", "country", "mentions", "events", "q1", "q2", "q3", "q4"].map(h => el("th", {}, h))),
    data.items.slice(0, 15).map(r => el("tr", {}, [r.place_name, r.place_country, r.mentions, r.events, r.quad1, r.quad2, r.quad3, r.quad4].map(v => el("td", {}, v ?? "")))));
  main().replaceChildren(el("h2", {}, "Map: where events happened"), legend(), map,
    el("p", { class: "small muted" }, "Circle area: event mentions; colour: the most frequent quad class. Click a circle for that country's timeline. Country shapes: Natural Earth via world-atlas (ISC)."), table);
}

// ---- clusters ---------------------------------------------------------------------------------
async function clustersPage() {
  const id = params().get("cluster");
  if (id) return clusterDetail(id);
  const url = twin("/api/clusters?" + filterQuery({ limit: 50, cursor: params().get("cursor") }).toString());
  const page = await api(url);
  const rows = page.items.map(c => el("tr", { class: "clickable cluster-row", "data-cluster": c.cluster_id,
    onclick: () => go("/clusters", filterQuery({ cluster: c.cluster_id })) },
    el("td", {}, c.event_date || "—"), el("td", {}, el("span", { class: "pill q" + c.quad_class }, c.code), " ", c.name),
    el("td", {}, c.source_code || "—"), el("td", {}, c.target_code || "—"), el("td", {}, c.place_name || ""),
    el("td", {}, c.num_articles), el("td", {}, c.num_sources), el("td", {}, (c.confidence ?? 0).toFixed(2))));
  const next = page.next ? el("button", { id: "next-page", onclick: () => go("/clusters", filterQuery({ cursor: page.next })) }, "next page") : null;
  main().replaceChildren(el("h2", {}, "Clusters: real-world events and their reports"),
    el("table", { id: "clusters" }, el("tr", {}, ["date", "event", "source", "target", "place", "articles", "sources", "confidence"].map(h => el("th", {}, h))), rows), next || "");
}

async function clusterDetail(id) {
  const data = await api(twin("/api/clusters/" + encodeURIComponent(id)));
  const c = data.cluster;
  const reports = data.reports.map(e => el("tr", { class: "clickable report-row",
    onclick: () => go("/article/" + encodeURIComponent(e.doc_id), new URLSearchParams({ event: e.event_id })) },
    el("td", {}, e.outlet || e.doc_id), el("td", {}, e.pub_date || "—"), el("td", {}, e.event_date || "—"),
    el("td", { class: "small" }, e.sentence)));
  main().replaceChildren(el("h2", {}, `${c.code} ${c.name}: ${c.source_code || "—"} → ${c.target_code || "—"}`),
    el("p", {}, `date ${c.event_date || "unknown"} · place ${c.place_name || "unknown"} · `,
      el("b", { id: "num-sources" }, `${c.num_sources} sources`), `, ${c.num_articles} articles, ${c.num_mentions} mentions · confidence `,
      el("b", {}, (c.confidence ?? 0).toFixed(2)), ` · GLOBALEVENTID ${c.global_event_id}`),
    el("table", { id: "reports" }, el("tr", {}, ["outlet", "published", "event date", "sentence"].map(h => el("th", {}, h))), reports),
    el("p", {}, el("a", { href: "/clusters?" + filterQuery({}, ["cluster"]).toString() }, "← all clusters")));
}

// ---- article view -------------------------------------------------------------------------------
function fromStored(e) {
  const actor = p => e[p + "_start"] >= 0 && e[p + "_text"] ? { start: e[p + "_start"], text: e[p + "_text"], code: e[p + "_code"], name: e[p + "_name"], rule: e[p + "_rule"] }
    : (e[p + "_code"] ? { start: -1, text: e[p + "_text"], code: e[p + "_code"], name: e[p + "_name"], rule: e[p + "_rule"] } : null);
  return { id: e.event_id, code: e.code, name: e.name, quad: e.quad_class, goldstein: e.goldstein, modality: e.modality,
    sentence_start: e.sentence_start, sentence_end: e.sentence_end, trigger_start: e.trigger_start, trigger_end: e.trigger_end,
    trigger: e.trigger, cue: e.cue, rule: e.rule, confidence: e.confidence, source: actor("source"), target: actor("target"),
    date: { value: e.event_date, basis: e.date_basis, text: e.date_text, precision: e.date_precision },
    place: e.place_name ? { name: e.place_name, country: e.place_country, basis: e.place_basis } : null, cluster: e.cluster_id };
}

function fromCoded(e) {
  const actor = a => a ? { start: a.start, text: a.text, code: a.code, name: a.name, rule: a.rule } : null;
  return { id: e.event_id, code: e.code, name: e.name, quad: e.quad_class, goldstein: e.goldstein, modality: e.modality,
    sentence_start: e.sentence_start, sentence_end: e.sentence_end, trigger_start: e.trigger_start, trigger_end: e.trigger_end,
    trigger: e.trigger, cue: e.cue, rule: e.rule, confidence: e.confidence, source: actor(e.source), target: actor(e.target),
    date: e.date || {}, place: e.place, cluster: null };
}

function spansOf(events) {
  const spans = [];
  events.forEach((e, i) => {
    spans.push([e.sentence_start, e.sentence_end, "ev-sentence", i]);
    spans.push([e.trigger_start, e.trigger_end, "ev-trigger", i]);
    for (const side of ["source", "target"]) {
      const a = e[side];
      if (a && a.start >= 0 && a.text) spans.push([a.start, a.start + a.text.length, "ev-" + side, i]);
    }
  });
  return spans.filter(s => s[1] > s[0]);
}

function summary(e) {
  const d = e.date || {};
  return `${e.code} ${e.name} · cue ${e.cue} · rule ${e.rule} · date ${d.value || "unknown"} (${d.basis || "none"})` +
    ` · place ${e.place ? e.place.name : "none"} — click for the full explanation`;
}

function renderText(text, segStart, segEnd, spans, onPick, events) {
  const cuts = new Set([segStart, segEnd]);
  for (const [s, e] of spans) { if (s > segStart && s < segEnd) cuts.add(s); if (e > segStart && e < segEnd) cuts.add(e); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let k = 0; k < points.length - 1; k++) {
    const a = points[k], b = points[k + 1];
    const cover = spans.filter(s => s[0] <= a && s[1] >= b);
    if (!cover.length) { out.push(document.createTextNode(text.slice(a, b))); continue; }
    const classes = [...new Set(cover.map(s => s[2]))];
    const evs = [...new Set(cover.map(s => s[3]))];
    const of = cls => cover.filter(s => s[2] === cls).map(s => s[3]).join(" ") || null;
    out.push(el("span", { class: classes.join(" "), "data-events": evs.join(" "), "data-trigger": of("ev-trigger"),
      "data-source": of("ev-source"), "data-target": of("ev-target"),
      title: evs.map(i => summary(events[i])).join("\n"), onclick: () => onPick(evs[evs.length - 1]) }, text.slice(a, b)));
  }
  return out;
}

function explain(e) {
  const a = x => x ? `${x.code || "—"}${x.name ? " " + x.name : ""}${x.text ? ` (“${x.text}”)` : ""}${x.rule ? ` · ${x.rule}` : ""}` : "—";
  const d = e.date || {};
  const rows = [["event", `${e.code} ${e.name}`], ["quad class", `${e.quad} ${QUADS[e.quad] || ""}`], ["Goldstein", e.goldstein],
    ["source", a(e.source)], ["target", a(e.target)], ["trigger", e.trigger], ["cue", e.cue], ["rule", e.rule],
    ["modality", e.modality], ["date", `${d.value || "unknown"}${d.precision ? " (" + d.precision + ")" : ""}`],
    ["date basis", `${d.basis || "none"}${d.text ? ` from “${d.text}”` : ""}`],
    ["place", e.place ? `${e.place.name}${e.place.country ? ", " + e.place.country : ""}${e.place.basis ? " (from the " + e.place.basis + ")" : ""}` : "—"],
    ["confidence", e.confidence != null ? Number(e.confidence).toFixed(2) : "—"]];
  const box = el("div", { id: "explanation" }, el("dl", {}, rows.map(([k, v]) => [el("dt", {}, k), el("dd", { "data-field": k }, v ?? "—")])));
  if (e.cluster) box.append(el("a", { href: "/clusters?cluster=" + e.cluster }, "every report of this event →"));
  return box;
}

function articleView(doc, text, segments, events, quotes, focusId) {
  const spans = spansOf(events);
  const side = el("div", { class: "explain" });
  const list = el("ol", { class: "evlist" });
  const pick = i => {
    body.dataset.focus = i;
    body.querySelectorAll(".ev-focus").forEach(n => n.classList.remove("ev-focus"));
    body.querySelectorAll(`[data-trigger~="${i}"], [data-source~="${i}"], [data-target~="${i}"]`).forEach(n => n.classList.add("ev-focus"));
    list.querySelectorAll("li").forEach((li, k) => li.classList.toggle("active", k === i));
    side.replaceChildren(el("h3", {}, "Why this event"), explain(events[i]), el("h3", {}, "Events"), list);
  };
  events.forEach((e, i) => list.append(el("li", { onclick: () => pick(i) }, `${e.code} ${e.name} — ${e.source ? e.source.code : "—"} → ${e.target ? e.target.code : "—"}`)));
  const body = el("div", { class: "text", id: "article-text" });
  const segs = segments.length ? segments : [{ kind: "body", start: 0, end: text.length }];
  for (const s of segs) {
    const kind = ["headline", "subheadline", "body"].includes(s.kind) ? null : el("span", { class: "kind" }, s.kind);
    body.append(el("p", { class: "seg " + s.kind, "data-kind": s.kind }, kind, renderText(text, s.start, s.end, spans, pick, events)));
  }
  const meta = el("p", { class: "small muted" }, [doc.outlet, doc.pub_date, doc.dateline_place && `dateline ${doc.dateline_place}`,
    `${events.length} events`, `${quotes.length} quotes`, doc.url && el("a", { href: doc.url, rel: "noreferrer" }, "source")].filter(Boolean).flatMap((x, i) => i ? [" · ", x] : [x]));
  const legendBox = el("p", { class: "small" }, el("span", { class: "ev-sentence" }, "evidence sentence"), " ",
    el("span", { class: "ev-trigger" }, "trigger"), " ", el("span", { class: "ev-source" }, "source actor"), " ",
    el("span", { class: "ev-target" }, "target actor"), " — click a highlight for its explanation");
  side.replaceChildren(el("h3", {}, "Events"), list);
  const focus = events.findIndex(e => e.id === focusId);
  const view = el("div", { class: "article" }, el("div", {}, meta, legendBox, body), side);
  if (events.length) pick(focus >= 0 ? focus : 0);
  return view;
}

async function articlePage(docId) {
  const data = await api(twin("/api/documents/" + encodeURIComponent(docId)));
  const d = data.document;
  if (data.text === null) {
    main().replaceChildren(el("h2", {}, d.headline || d.doc_id), el("p", { class: "muted" }, "This store does not hold article texts (ingested before texts were stored); events are listed without context."),
      eventsTable(data.events.map(e => ({ ...e, outlet: d.outlet }))));
    return;
  }
  main().replaceChildren(el("h2", {}, d.headline || d.doc_id),
    articleView(d, data.text, data.segments, data.events.map(fromStored), data.quotes, params().get("event")));
}

// ---- code a text ----------------------------------------------------------------------------------
async function codePage() {
  const info = await api("/api/info");
  const text = el("textarea", { id: "code-text", placeholder: "Paste an article: headline, blank line, paragraphs…" });
  const date = el("input", { type: "date", id: "code-date" });
  const store = info.allow_ingest ? el("label", {}, el("input", { type: "checkbox", id: "code-store" }), " store it") : null;
  const out = el("div", { id: "code-result" });
  const run = async ev => {
    ev.preventDefault(); showError(null);
    out.replaceChildren(el("p", { class: "muted" }, "coding…"));
    const res = await fetch("/api/code", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: text.value, pub_date: date.value || null, store: !!(store && $("#code-store").checked) }) });
    const body = await res.json();
    if (!res.ok) { out.replaceChildren(); showError(new Error(`[${body.error.code}] ${body.error.message}`)); return; }
    const doc = { outlet: null, pub_date: body.pub_date, dateline_place: body.structure && body.structure.dateline && body.structure.dateline.place };
    out.replaceChildren(el("p", { class: "small" }, body.stored ? "Stored in the database." : "Not stored."),
      articleView(doc, body.text, body.segments, body.events.map(fromCoded), body.quotes, null));
  };
  twin("/docs#/default/code_api_code_post");
  main().replaceChildren(el("h2", {}, "Code a text"),
    el("p", { class: "small muted" }, info.allow_ingest ? "This server may store what you code (started with --allow-ingest)." : "Nothing you paste is stored: this server is read-only."),
    el("form", { id: "code-form", onsubmit: run }, text, el("p", {}, el("label", {}, "published ", date), " ", store, " ", el("button", { type: "submit", id: "code-run" }, "Code"))), out);
}

// ---- router ---------------------------------------------------------------------------------------
function syncForm() {
  const form = $("#filters");
  for (const k of [...FILTERS, "by"]) if (form.elements[k]) form.elements[k].value = params().get(k) || "";
}

async function route() {
  const path = location.pathname.replace(/\/+$/, "") || "/timeline";
  const page = path.split("/")[1] || "timeline";
  document.querySelectorAll("#nav a").forEach(a => a.classList.toggle("active", a.dataset.page === page));
  $("#filters").hidden = page === "code" || page === "article";
  syncForm(); showError(null);
  document.body.dataset.ready = "loading";
  try {
    if (page === "article") await articlePage(decodeURIComponent(path.split("/")[2] || ""));
    else if (page === "dyads") await dyadsPage();
    else if (page === "map") await mapPage();
    else if (page === "clusters") await clustersPage();
    else if (page === "code") await codePage();
    else await timelinePage();
    document.body.dataset.ready = page;
  } catch (err) { showError(err); main().replaceChildren(); document.body.dataset.ready = "error"; }
}

$("#filters").addEventListener("submit", ev => {
  ev.preventDefault();
  const p = new URLSearchParams();
  for (const [k, v] of new FormData(ev.target)) if (v) p.set(k, v.trim());
  go(location.pathname, p);
});
$("#clear").addEventListener("click", ev => { ev.preventDefault(); go(location.pathname, null); });
document.addEventListener("click", ev => {
  const a = ev.target.closest("a");
  if (!a || a.target || a.classList.contains("ext") || ev.defaultPrevented) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith("/api") || url.pathname.startsWith("/docs") || url.pathname.startsWith("/static")) return;
  ev.preventDefault();
  const keep = a.closest("#nav") ? filterQuery({}, ["cluster"]) : url.searchParams;
  go(url.pathname, keep);
});
window.addEventListener("popstate", route);
api("/api/info").then(i => { $("#storeinfo").textContent = `${i.counts.documents} articles · ${i.counts.events} events · ${i.counts.clusters} clusters · ${i.read_only ? "read-only" : "read-write"}`; }).catch(() => {});
route();
