// frenemy dashboard: a small single-page app over the REST API (no external assets).
"use strict";

const view = document.getElementById("view");
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
const COLORS = ["#1c7ed6", "#f08c00", "#37b24d", "#ae3ec9", "#1098ad", "#f03e3e", "#5c940d", "#d6336c"];

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail ? (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail)) : response.statusText);
  return body;
}

// "1–100 of 2,345": which slice of a paged list ({items, total, limit, offset}) is shown
const shown = (page) => page.items.length ? `${page.offset + 1}–${page.offset + page.items.length} of ${page.total.toLocaleString()}` : `0 of ${page.total.toLocaleString()}`;

function articleLink(ev, label) {
  const d = encodeURIComponent(ev.doc_id);
  let where = ev.start != null ? `s=${ev.start}&e=${ev.end}` : `q=${encodeURIComponent(label)}`;
  if (ev.span_start != null && ev.span_start !== ev.start) where += `&a=${ev.span_start}&b=${ev.span_end}`;
  return `<a href="#/article/${d}?${where}" class="evidence-link">${esc(label)}</a>`;
}

function eventRows(events) {
  if (!events.length) return `<p class="muted">No events.</p>`;
  return `<table><thead><tr><th>date</th><th>source</th><th>type</th><th>target</th><th>CAMEO</th><th>Goldstein</th><th>evidence</th></tr></thead><tbody>` +
    events.map((e) => `<tr><td>${esc(e.date)}</td><td class="code">${esc(e.source_actor)}</td><td>${esc(e.plover)}</td>
      <td class="code">${esc(e.target_actor)}</td><td class="code">${esc(e.cameo)}</td><td>${esc(e.goldstein)}</td>
      <td class="evidence">${articleLink(e.evidence, e.sentence)}</td></tr>`).join("") + `</tbody></table>`;
}

// --- network ---------------------------------------------------------------------------------
async function networkPage() {
  view.innerHTML = `<h1>Who stands with whom</h1>
    <div class="card row" id="controls">
      <label>Period ends<input type="range" id="slider" min="0" max="0" value="0"></label>
      <span id="period-label" class="muted"></span>
      <label>Window<select id="window"><option value="0">all time</option><option value="1">1 month</option><option value="3">3 months</option><option value="12">12 months</option></select></label>
      <label>Min. events<input type="number" id="min" value="1" min="1" style="width:5rem"></label>
      <span class="legend"><span class="pill coop">cooperation</span><span class="pill conflict">conflict</span><span class="pill mixed">frenemies</span></span>
    </div>
    <div class="card"><svg id="net" viewBox="0 0 900 560" width="100%" role="img" aria-label="signed actor network"></svg>
    <p class="muted">Click an edge to see the pair over time and the sentences behind it.</p></div>`;
  const first = await api("/api/network");
  const months = monthsBetween(first.period.first, first.period.last);
  const slider = document.getElementById("slider");
  slider.max = Math.max(months.length - 1, 0);
  slider.value = slider.max;
  const redraw = async () => {
    const windowMonths = Number(document.getElementById("window").value);
    const end = months[Number(slider.value)];
    let query = `min_events=${Number(document.getElementById("min").value) || 1}`;
    let label = "all events";
    if (end && windowMonths) {
      const start = months[Math.max(0, Number(slider.value) - windowMonths + 1)];
      query += `&since=${start}-01&until=${monthEnd(end)}`;
      label = `${start} to ${end}`;
    } else if (end) {
      query += `&until=${monthEnd(end)}`;
      label = `up to ${end}`;
    }
    document.getElementById("period-label").textContent = label;
    drawNetwork(await api(`/api/network?${query}`));
  };
  for (const id of ["slider", "window", "min"]) document.getElementById(id).addEventListener("change", redraw);
  redraw();
}

// "2024-04" -> "2024-04-30": the API takes calendar dates only
function monthEnd(month) {
  const [y, m] = month.split("-").map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

function monthsBetween(first, last) {
  if (!first || !last) return [];
  const out = [];
  let [y, m] = first.slice(0, 7).split("-").map(Number);
  const [ly, lm] = last.slice(0, 7).split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) { out.push(`${y}-${String(m).padStart(2, "0")}`); m += 1; if (m > 12) { m = 1; y += 1; } }
  return out;
}

function drawNetwork(data) {
  const svg = document.getElementById("net");
  if (!data.nodes.length) { svg.innerHTML = `<text x="20" y="40">No relations in this period.</text>`; return; }
  const xs = data.nodes.map((n) => n.x), ys = data.nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const px = (x) => 60 + ((x - x0) / ((x1 - x0) || 1)) * 780, py = (y) => 50 + ((y - y0) / ((y1 - y0) || 1)) * 460;
  const pos = Object.fromEntries(data.nodes.map((n) => [n.id, [px(n.x), py(n.y)]]));
  let out = "";
  for (const e of data.edges) {
    const [a, b] = [pos[e.source], pos[e.target]];
    const color = e.frenemy ? "var(--mixed)" : e.sign > 0 ? "var(--coop)" : e.sign < 0 ? "var(--conflict)" : "var(--muted)";
    const width = 1.5 + Math.min(e.n_events, 10) * 0.6;
    const pair = [e.source, e.target].sort().join("-");
    out += `<g><title>${esc(e.source)}–${esc(e.target)}: ${e.coop} cooperation, ${e.conflict} conflict (${esc(e.label)})</title>
      <line class="edge-hit" data-edge="${esc(pair)}" x1="${a[0]}" y1="${a[1]}" x2="${b[0]}" y2="${b[1]}"></line>
      <line class="edge" x1="${a[0]}" y1="${a[1]}" x2="${b[0]}" y2="${b[1]}" stroke="${color}" stroke-width="${width}" ${e.frenemy ? 'stroke-dasharray="7 5"' : ""} pointer-events="none"></line></g>`;
  }
  for (const n of data.nodes) {
    const [x, y] = pos[n.id];
    const r = 14 + Math.min(n.degree, 8), inside = n.id.length <= 3;
    out += `<g><circle cx="${x}" cy="${y}" r="${r}" fill="${COLORS[n.coalition % COLORS.length]}" stroke="#fff" stroke-width="2"></circle>
      <text x="${x}" y="${inside ? y + 4 : y + r + 13}" text-anchor="middle" fill="${inside ? "#fff" : "#212529"}" font-weight="600">${esc(n.id)}</text></g>`;
  }
  svg.innerHTML = out;
  svg.querySelectorAll(".edge-hit").forEach((line) => line.addEventListener("click", () => {
    const [a, b] = line.dataset.edge.split("-");
    location.hash = `#/dyad/${a}/${b}`;
  }));
}

// --- dyad ------------------------------------------------------------------------------------
async function dyadPage(a, b) {
  view.innerHTML = `<h1>${esc(a)} – ${esc(b)}</h1><div class="card" id="chart">Loading…</div><div class="card" id="dyad-events"></div>`;
  const data = await api(`/api/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}?period=month`);
  const points = data.points;
  const chart = document.getElementById("chart");
  if (!points.length) { chart.innerHTML = `<p class="muted">These two have no events together.</p>`; }
  else {
    const max = Math.max(...points.map((p) => Math.max(p.coop, p.conflict)), 1);
    const w = Math.max(40, Math.floor(820 / points.length));
    let bars = "";
    points.forEach((p, i) => {
      const x = 50 + i * w, hc = (p.coop / max) * 110, hk = (p.conflict / max) * 110;
      bars += `<g class="point" data-period="${esc(p.period)}" data-index="${i}" style="cursor:pointer"><title>${esc(p.period)}: ${p.coop} cooperation, ${p.conflict} conflict, mean Goldstein ${p.goldstein_mean}</title>
        <rect x="${x}" y="${130 - hc}" width="${w - 8}" height="${hc}" fill="var(--coop)"></rect>
        <rect x="${x}" y="130" width="${w - 8}" height="${hk}" fill="var(--conflict)"></rect>
        <text x="${x}" y="262">${esc(p.period)}</text></g>`;
    });
    chart.innerHTML = `<svg viewBox="0 0 900 270" width="100%"><line x1="40" x2="880" y1="130" y2="130" stroke="#495057"></line>${bars}</svg>
      <p class="muted">Cooperation up, conflict down. Click a bar to see its events.</p>`;
    chart.querySelectorAll(".point").forEach((g) => g.addEventListener("click", () => periodEvents(data, points[Number(g.dataset.index)])));
  }
  showDyadEvents(data.events, "All events");
}

// one bar's events: the pair's events between the point's since and until
async function periodEvents(data, point) {
  const q = new URLSearchParams({a: data.a, b: data.b, since: point.since, until: point.until, limit: "1000"});
  try { showDyadEvents(await api(`/api/events?${q}`), `Events in ${point.period}`); }
  catch (err) { document.getElementById("dyad-events").innerHTML = `<p class="error">${esc(err.message)}</p>`; }
}

function showDyadEvents(page, title) {
  document.getElementById("dyad-events").innerHTML = `<h2>${esc(title)} (${shown(page)})</h2>${eventRows(page.items)}`;
}

// --- events ----------------------------------------------------------------------------------
let lastEvents = [];
async function eventsPage(params) {
  view.innerHTML = `<h1>Events</h1><form class="card row" id="filters">
      <label>Actor<input name="actor" placeholder="RUS" value="${esc(params.get("actor"))}" size="8"></label>
      <label>Type<input name="type" placeholder="ACCUSE" value="${esc(params.get("type"))}" size="10"></label>
      <label>Since<input name="since" type="date" value="${esc(params.get("since"))}"></label>
      <label>Until<input name="until" type="date" value="${esc(params.get("until"))}"></label>
      <label>Outlet<input name="outlet" value="${esc(params.get("outlet"))}" size="14"></label>
      <button type="submit">Filter</button><button type="button" class="secondary" id="export">Export CSV</button>
      <button type="button" class="secondary" id="more">Next page</button></form><div id="results" class="card"></div>`;
  let offset = Number(params.get("offset") || 0);
  const load = async () => {
    const form = new FormData(document.getElementById("filters"));
    const q = new URLSearchParams();
    for (const [k, v] of form) if (v) q.set(k, v);
    q.set("limit", "100"); q.set("offset", String(offset));
    try {
      const data = await api(`/api/events?${q}`);
      lastEvents = data.items;
      document.getElementById("more").disabled = offset + data.items.length >= data.total;
      document.getElementById("results").innerHTML = `<p class="muted">${shown(data)} events</p>${eventRows(data.items)}`;
    } catch (err) { document.getElementById("results").innerHTML = `<p class="error">${esc(err.message)}</p>`; }
  };
  document.getElementById("filters").addEventListener("submit", (ev) => { ev.preventDefault(); offset = 0; load(); });
  document.getElementById("more").addEventListener("click", () => { offset += 100; load(); });
  document.getElementById("export").addEventListener("click", () => {
    const cols = ["event_id", "date", "source_actor", "plover", "target_actor", "cameo", "goldstein", "quad_class", "doc_id", "sentence", "url"];
    const csv = [cols.join(",")].concat(lastEvents.map((e) => cols.map((c) => `"${String(e[c] ?? "").replace(/"/g, '""')}"`).join(","))).join("\n");
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([csv], {type: "text/csv"}));
    link.download = "frenemy-events.csv"; link.click();
  });
  load();
}

// --- article ---------------------------------------------------------------------------------
async function articlePage(docId, params) {
  const doc = await api(`/api/documents/${encodeURIComponent(docId)}`);
  const text = doc.full_text || "";
  let s = params.has("s") ? Number(params.get("s")) : NaN, e = params.has("e") ? Number(params.get("e")) : NaN;
  if (params.get("q")) { s = text.indexOf(params.get("q")); e = s >= 0 ? s + params.get("q").length : NaN; }
  let body = esc(text);
  if (Number.isFinite(s) && Number.isFinite(e) && e > s) {
    // the sentence is marked; the words the record was read from are in bold inside it
    const a = Number(params.get("a")), b = Number(params.get("b"));
    let inner = esc(text.slice(s, e));
    if (Number.isFinite(a) && Number.isFinite(b) && a >= s && b <= e && b > a) {
      inner = `${esc(text.slice(s, a))}<strong>${esc(text.slice(a, b))}</strong>${esc(text.slice(b, e))}`;
    }
    body = `${esc(text.slice(0, s))}<mark class="current" id="evidence">${inner}</mark>${esc(text.slice(e))}`;
  }
  view.innerHTML = `<h1>${esc(doc.title || doc.doc_id)}</h1>
    <p class="muted">${esc(doc.date)} · ${esc(doc.outlet || "")} ${doc.url ? `· <a href="${esc(doc.url)}" rel="noreferrer">source</a>` : ""} ${doc.duplicate_of ? `· near-duplicate of ${esc(doc.duplicate_of)}` : ""}</p>
    <div class="card article">${body}</div><div class="card"><h2>Events in this article</h2>${eventRows(doc.events)}</div>`;
  const mark = document.getElementById("evidence");
  if (mark) mark.scrollIntoView({block: "center"});
}

async function documentsPage() {
  const page = await api("/api/documents?limit=200");
  const docs = page.items;
  view.innerHTML = `<h1>Articles</h1><p class="muted">${shown(page)} articles, newest first</p><div class="card"><table><thead><tr><th>date</th><th>title</th><th>outlet</th><th>events</th></tr></thead><tbody>` +
    docs.map((d) => `<tr><td>${esc(d.date)}</td><td><a href="#/article/${encodeURIComponent(d.doc_id)}">${esc(d.title || d.doc_id)}</a></td><td>${esc(d.outlet)}</td><td>${d.events}</td></tr>`).join("") + `</tbody></table></div>`;
}

// --- quotes and claims -----------------------------------------------------------------------
async function quotesPage(params) {
  const speaker = params.get("speaker") || "";
  const page = await api(`/api/quotes?limit=1000${speaker ? `&speaker=${encodeURIComponent(speaker)}` : ""}`);
  const quotes = page.items;
  const bySpeaker = {};
  for (const q of quotes) (bySpeaker[`${q.speaker} (${q.speaker_code || "?"})`] ||= []).push(q);
  view.innerHTML = `<h1>Quotes by speaker</h1><p class="muted">${shown(page)} quotes</p><form class="card row" id="qf"><label>Speaker<input name="speaker" value="${esc(speaker)}"></label><button>Filter</button></form>` +
    Object.entries(bySpeaker).sort((a, b) => b[1].length - a[1].length).map(([who, qs]) => `<div class="card"><h2>${esc(who)}</h2>` +
      qs.map((q) => `<p>${articleLink({doc_id: q.doc_id, start: q.start_char, end: q.end_char}, q.text)} <span class="muted">— ${esc(q.verb)}, ${esc(q.date)}</span></p>`).join("") + `</div>`).join("");
  document.getElementById("qf").addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = `#/quotes?speaker=${encodeURIComponent(new FormData(ev.target).get("speaker"))}`; });
}

async function claimsPage() {
  const claims = (await api("/api/claims?contested=true&limit=1000")).items;
  const side = (rows) => rows.map((p) => `<li><span class="code">${esc(p.actor)}</span> ${esc(p.stance)} — <span class="evidence">${articleLink({doc_id: p.doc_id}, p.sentence)}</span></li>`).join("");
  view.innerHTML = `<h1>Contested claims</h1>` + (claims.length ? claims.map((c) => `<div class="card"><h2>“${esc(c.claim)}”</h2>
    <p class="muted">${c.dispute !== null ? `dispute ${c.dispute} · ` : ""}${esc(c.doc_ids.join(", "))}</p>
    <div class="sides"><div class="side for"><h3>Backed by</h3><ul>${side(c.for)}</ul></div><div class="side against"><h3>Denied or doubted by</h3><ul>${side(c.against)}</ul></div></div></div>`).join("") : `<p class="muted">No contested claims yet.</p>`);
}

// --- ingest ----------------------------------------------------------------------------------
async function ingestPage() {
  const status = await api("/api/status");
  if (!status.ingest) { view.innerHTML = `<h1>Add articles</h1><p class="card">This server is read-only. Start it with <code>frenemy serve --token SECRET</code> to add articles from the browser.</p>`; return; }
  view.innerHTML = `<h1>Add articles</h1>
    <form class="card" id="paste"><div class="row"><label>Token<input name="token" type="password" required></label>
      <label>Title<input name="title" size="40"></label><label>Date<input name="date" type="date"></label><label>Outlet<input name="outlet"></label></div>
      <label>Text<textarea name="text" rows="10" cols="100" required minlength="20"></textarea></label><button>Code and store</button></form>
    <form class="card row" id="upload"><label>Token<input name="token" type="password" required></label><label>File (.txt .html .jsonl .csv .xml)<input name="file" type="file" required></label><button>Upload</button></form>
    <div id="result" class="card muted">Nothing sent yet.</div>`;
  const report = (r) => { document.getElementById("result").textContent = `Stored ${r.stored} of ${r.read} articles (${r.unchanged} unchanged), ${r.events} events.`; };
  const fail = (err) => { document.getElementById("result").innerHTML = `<span class="error">${esc(err.message)}</span>`; };
  document.getElementById("paste").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const f = new FormData(ev.target);
    const article = {text: f.get("text"), title: f.get("title") || "", date: f.get("date") || null, outlet: f.get("outlet") || null};
    try { report(await api("/api/ingest/text", {method: "POST", headers: {"Content-Type": "application/json", "X-Frenemy-Token": f.get("token")}, body: JSON.stringify([article])})); } catch (err) { fail(err); }
  });
  document.getElementById("upload").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const f = new FormData(ev.target);
    const body = new FormData(); body.append("file", f.get("file"));
    try { report(await api("/api/ingest/file", {method: "POST", headers: {"X-Frenemy-Token": f.get("token")}, body})); } catch (err) { fail(err); }
  });
}

// --- routing ---------------------------------------------------------------------------------
async function route() {
  const [path, query] = (location.hash.slice(1) || "/network").split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.getAttribute("href") === `#/${parts[0]}`));
  try {
    if (parts[0] === "dyad") await dyadPage(parts[1], parts[2]);
    else if (parts[0] === "events") await eventsPage(params);
    else if (parts[0] === "map") await mapPage(params);  // geo.js
    else if (parts[0] === "tone") await tonePage();  // geo.js
    else if (parts[0] === "article") await articlePage(parts.slice(1).join("/"), params);
    else if (parts[0] === "documents") await documentsPage();
    else if (parts[0] === "quotes") await quotesPage(params);
    else if (parts[0] === "claims") await claimsPage();
    else if (parts[0] === "ingest") await ingestPage();
    else await networkPage();
  } catch (err) {
    view.innerHTML = `<p class="card error">${esc(err.message)}</p>`;
  }
}

async function showStatus() {
  try {
    const s = await api("/api/status");
    document.getElementById("status").textContent = s.ready ? `${s.counts.documents} articles · ${s.counts.events} events · ${s.ingest ? "ingest on" : "read-only"}` : s.detail;
  } catch (err) { document.getElementById("status").textContent = err.message; }
}

window.addEventListener("hashchange", route);
route();
showStatus();
