// frenemy dashboard: a small single-page app over the REST API (no external assets).
// network.js (the network view) and timeline.js (a pair over time) are loaded before this file.
"use strict";

const view = document.getElementById("view");
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
const COLORS = ["#1c7ed6", "#f08c00", "#37b24d", "#ae3ec9", "#1098ad", "#f03e3e", "#5c940d", "#d6336c"];

// the API answers errors as {"detail": "a sentence"}; the UI shows that sentence, never a dump
async function api(path, options) {
  let response;
  try { response = await fetch(path, options); }
  catch (err) { throw new Error("Cannot reach the frenemy server. Is it still running?"); }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(readable(body.detail) || `${response.status} ${response.statusText || "error"}`);
  return body;
}

function readable(detail) {
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) return detail.map((d) => `${(d.loc || []).slice(1).join(".") || "input"}: ${d.msg || d}`).join("; ");
  return detail ? String(detail) : "";
}

const showError = (element, err) => { element.innerHTML = `<span class="error" role="alert">${esc(err.message)}</span>`; };

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

// --- dates (the network's period slider) -----------------------------------------------
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

// --- events ----------------------------------------------------------------------------------
const EVENT_FILTERS = ["actor", "type", "since", "until", "outlet", "a", "b"];
async function eventsPage(params) {
  const pair = params.get("a") && params.get("b");
  view.innerHTML = `<h1>Events</h1><form class="card row" id="filters">
      <label>Actor<input name="actor" placeholder="RUS" value="${esc(params.get("actor"))}" size="8"></label>
      <label>Type<input name="type" placeholder="ACCUSE" value="${esc(params.get("type"))}" size="10"></label>
      <label>Since<input name="since" type="date" value="${esc(params.get("since"))}"></label>
      <label>Until<input name="until" type="date" value="${esc(params.get("until"))}"></label>
      <label>Outlet<input name="outlet" value="${esc(params.get("outlet"))}" size="14"></label>
      ${pair ? `<label>Pair<input name="a" value="${esc(params.get("a"))}" size="5"></label><label>&nbsp;<input name="b" value="${esc(params.get("b"))}" size="5"></label>` : ""}
      <button type="submit">Filter</button>
      <a class="button secondary" id="export" download="frenemy-events.csv" href="/api/events.csv">Export all as CSV</a></form>
      <div id="results" class="card"></div>
      <div class="row pager"><button type="button" class="secondary" id="prev">Previous page</button><span id="page-info" class="muted"></span><button type="button" class="secondary" id="more">Next page</button></div>`;
  let offset = Number(params.get("offset") || 0);
  const limit = 100;
  const filters = () => {
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(document.getElementById("filters"))) if (v && EVENT_FILTERS.includes(k)) q.set(k, v.trim());
    return q;
  };
  const load = async () => {
    const q = filters();
    document.getElementById("export").href = `/api/events.csv?${q}`;
    q.set("limit", String(limit)); q.set("offset", String(offset));
    try {
      const data = await api(`/api/events?${q}`);
      document.getElementById("prev").disabled = offset === 0;
      document.getElementById("more").disabled = offset + data.items.length >= data.total;
      document.getElementById("page-info").textContent = `page ${Math.floor(offset / limit) + 1} of ${Math.max(1, Math.ceil(data.total / limit)).toLocaleString()}`;
      document.getElementById("results").innerHTML = `<p class="muted" id="events-total">${shown(data)} events</p>${eventRows(data.items)}`;
    } catch (err) { showError(document.getElementById("results"), err); }
  };
  document.getElementById("filters").addEventListener("submit", (ev) => { ev.preventDefault(); offset = 0; load(); });
  document.getElementById("more").addEventListener("click", () => { offset += limit; load(); });
  document.getElementById("prev").addEventListener("click", () => { offset = Math.max(0, offset - limit); load(); });
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
    if (parts[0] === "dyad") await dyadPage(parts[1].toUpperCase(), parts[2].toUpperCase(), params);
    else if (parts[0] === "events") await eventsPage(params);
    else if (parts[0] === "map") await mapPage(params);  // geo.js
    else if (parts[0] === "tone") await tonePage();  // geo.js
    else if (parts[0] === "article") await articlePage(parts.slice(1).join("/"), params);
    else if (parts[0] === "documents") await documentsPage();
    else if (parts[0] === "quotes") await quotesPage(params);
    else if (parts[0] === "claims") await claimsPage();
    else if (parts[0] === "ingest") await ingestPage();
    else await networkPage(params);
  } catch (err) {
    view.innerHTML = `<p class="card error" role="alert">${esc(err.message)}</p>`;
  }
}

async function showStatus() {
  try {
    const s = await api("/api/status");
    document.getElementById("status").textContent = s.ready ? `${s.counts.documents} articles · ${s.counts.events} events · ${s.ingest ? "ingest on" : "read-only"}` : s.detail;
  } catch (err) { document.getElementById("status").textContent = err.message; }
}

window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", () => { route(); showStatus(); });
