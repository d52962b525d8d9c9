// The network view: Cytoscape.js (vendor/cytoscape, served by the app) over /api/network, with
// search, zoom and pan, filters, and the events behind a clicked node or edge.
"use strict";

const PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const MAX_EDGES = 250; // the default minimum of events keeps about this many edges: readable at 100 nodes
const LABELLED = 40; // labels for the largest nodes; the others show theirs when hovered or found

const edgeColor = (e) => (e.frenemy ? "#e8590c" : e.sign > 0 ? "#2b8a3e" : e.sign < 0 ? "#c92a2a" : "#868e96");
const countryOf = (code) => (["IGO", "NGO"].includes(code.slice(0, 3)) ? code.slice(0, 6) : code.slice(0, 3));

async function networkPage(params) {
  view.innerHTML = `<h1>Who stands with whom</h1>
    <div class="card row" id="controls">
      <label>Find an actor<input id="search" list="actor-names" placeholder="code or name, e.g. RUS" size="22" autocomplete="off"></label>
      <datalist id="actor-names"></datalist>
      <label>Period ends<input type="range" id="slider" min="0" max="0" value="0"></label>
      <span id="period-label" class="muted"></span>
      <label>Window<select id="window"><option value="0">all time</option><option value="1">1 month</option><option value="3">3 months</option><option value="12">12 months</option></select></label>
      <label>Min. events<input type="number" id="min" min="1" style="width:5rem"></label>
      <label>Actors<select id="level"><option value="country">countries only</option><option value="actor">with sectors</option></select></label>
      <details class="types"><summary>Event types</summary><div id="types">${PLOVER_TYPES.map((t) =>
        `<label class="check"><input type="checkbox" value="${t}">${t}</label>`).join("")}</div></details>
      <button type="button" class="secondary" id="fit">Fit</button>
    </div>
    <div class="net-layout"><div class="card net-card"><div id="net" role="img" aria-label="signed actor network"></div>
      <p class="legend"><span class="pill coop">cooperation</span><span class="pill conflict">conflict</span><span class="pill mixed">frenemies</span>
      <span class="muted" id="net-summary"></span></p></div>
      <div class="card" id="net-events"><p class="muted">Click a node or an edge to list its events and their evidence. Scroll to zoom, drag to pan.</p></div></div>`;
  const first = await api("/api/network");
  const months = monthsBetween(first.period.first, first.period.last);
  const slider = document.getElementById("slider");
  slider.max = Math.max(months.length - 1, 0);
  slider.value = slider.max;
  const min = document.getElementById("min");
  min.value = params.get("min_events") || defaultMinEvents(first.edges);
  let cy = null;
  const redraw = async () => {
    const windowMonths = Number(document.getElementById("window").value);
    const end = months[Number(slider.value)];
    const q = new URLSearchParams({min_events: String(Number(min.value) || 1), level: document.getElementById("level").value});
    const types = [...document.querySelectorAll("#types input:checked")].map((i) => i.value);
    if (types.length) q.set("types", types.join(","));
    let label = "all events";
    if (end && windowMonths) {
      const start = months[Math.max(0, Number(slider.value) - windowMonths + 1)];
      q.set("since", `${start}-01`); q.set("until", monthEnd(end));
      label = `${start} to ${end}`;
    } else if (end && Number(slider.value) < months.length - 1) {
      q.set("until", monthEnd(end));
      label = `up to ${end}`;
    }
    document.getElementById("period-label").textContent = label;
    try {
      const data = await api(`/api/network?${q}`);
      if (cy) cy.destroy();
      cy = drawNetwork(data, q);
    } catch (err) { showError(document.getElementById("net-summary"), err); }
  };
  for (const id of ["slider", "window", "min", "level"]) document.getElementById(id).addEventListener("change", redraw);
  document.getElementById("types").addEventListener("change", redraw);
  document.getElementById("fit").addEventListener("click", () => cy && cy.fit(undefined, 20));
  const search = document.getElementById("search");
  search.addEventListener("change", () => cy && findActor(cy, search.value));
  search.addEventListener("keydown", (ev) => { if (ev.key === "Enter") { ev.preventDefault(); if (cy) findActor(cy, search.value); } });
  await redraw();
}

// the smallest minimum that keeps at most MAX_EDGES edges, from the all-events network
function defaultMinEvents(edges) {
  if (edges.length <= MAX_EDGES) return 1;
  const counts = edges.map((e) => e.n_events).sort((a, b) => b - a);
  return counts[MAX_EDGES] + 1;
}

function drawNetwork(data, query) {
  const box = document.getElementById("net");
  const summary = document.getElementById("net-summary");
  summary.textContent = `${data.nodes.length} actors, ${data.edges.length} relations with at least ${query.get("min_events")} events`;
  document.getElementById("actor-names").innerHTML = data.nodes.map((n) => `<option value="${esc(n.id)}">${esc(n.name)}</option>`).join("");
  if (!data.nodes.length) { box.innerHTML = `<p class="muted pad">No relations in this period with these filters.</p>`; return null; }
  box.innerHTML = "";
  const maxDegree = Math.max(...data.nodes.map((n) => n.degree), 1);
  const biggest = new Set([...data.nodes].sort((a, b) => b.degree - a.degree).slice(0, LABELLED).map((n) => n.id));
  const elements = data.nodes.map((n) => ({group: "nodes", data: {id: n.id, name: n.name, degree: n.degree, events: n.events,
      size: 14 + 40 * Math.sqrt(n.degree / maxDegree), color: COLORS[n.coalition % COLORS.length]},
      position: {x: n.x * 600, y: n.y * 600}, classes: biggest.has(n.id) ? "big" : ""}))
    .concat(data.edges.map((e) => ({group: "edges", data: {id: `${e.source}~${e.target}`, source: e.source, target: e.target,
      color: edgeColor(e), width: 1 + Math.min(Math.sqrt(e.n_events), 8), n_events: e.n_events, coop: e.coop, conflict: e.conflict, label: e.label},
      classes: e.frenemy ? "frenemy" : ""})));
  const cy = cytoscape({
    container: box, elements, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 5,
    style: [
      {selector: "node", style: {width: "data(size)", height: "data(size)", "background-color": "data(color)", "border-color": "#fff", "border-width": 1.5,
        label: "", "font-size": 11, "text-valign": "center", "text-halign": "center", color: "#212529", "text-outline-color": "#fff", "text-outline-width": 2}},
      {selector: "node.big, node.hover, node.found, node:selected", style: {label: "data(id)"}},
      {selector: "node.found", style: {"border-color": "#1c7ed6", "border-width": 5}},
      {selector: "node:selected", style: {"border-color": "#212529", "border-width": 3}},
      {selector: "edge", style: {width: "data(width)", "line-color": "data(color)", opacity: 0.55, "curve-style": "haystack"}},
      {selector: "edge.frenemy", style: {"line-style": "dashed", "curve-style": "straight"}},
      {selector: "edge.hover, edge:selected", style: {opacity: 1, "z-index": 10, "underlay-color": "#ffd43b", "underlay-opacity": 0.6, "underlay-padding": 3}},
      {selector: ".faded", style: {opacity: 0.12}},
    ],
    layout: {name: "cose", randomize: false, animate: false, fit: true, padding: 20, nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90, edgeElasticity: () => 60, gravity: 0.4, numIter: 1200},
  });
  window.frenemyNetwork = cy; // for the browser tests and the console
  cy.on("mouseover", "node, edge", (ev) => ev.target.addClass("hover"));
  cy.on("mouseout", "node, edge", (ev) => ev.target.removeClass("hover"));
  cy.on("tap", "edge", (ev) => edgeEvents(ev.target.data(), query));
  cy.on("tap", "node", (ev) => nodeEvents(ev.target.data(), query));
  cy.on("tap", (ev) => { if (ev.target === cy) cy.elements().removeClass("faded"); });
  return cy;
}

// search by code prefix or name: the matches are ringed and the view zooms to them
function findActor(cy, text) {
  const q = text.trim().toLowerCase();
  cy.nodes().removeClass("found");
  cy.elements().removeClass("faded");
  const status = document.getElementById("net-summary");
  if (!q) return;
  const found = cy.nodes().filter((n) => n.id().toLowerCase().startsWith(q) || String(n.data("name")).toLowerCase().includes(q));
  if (!found.length) { status.innerHTML = `<span class="error">No actor in this view matches “${esc(text)}”. Lower the minimum of events or clear the filters.</span>`; return; }
  found.addClass("found");
  cy.elements().not(found.closedNeighborhood()).addClass("faded");
  cy.animate({fit: {eles: found.closedNeighborhood(), padding: 40}, duration: 300});
  status.textContent = `Found ${found.map((n) => `${n.id()} (${n.data("name")})`).join(", ")}`;
  if (found.length === 1) { cy.$(":selected").unselect(); found.select(); nodeEvents(found[0].data(), null); }
}

function periodOf(query) {
  const q = new URLSearchParams();
  if (query && query.get("since")) q.set("since", query.get("since"));
  if (query && query.get("until")) q.set("until", query.get("until"));
  return q;
}

async function edgeEvents(edge, query) {
  const panel = document.getElementById("net-events");
  const [a, b] = [edge.source, edge.target];
  const q = periodOf(query);
  q.set("a", countryOf(a)); q.set("b", countryOf(b)); q.set("limit", "1000");
  panel.innerHTML = `<h2>${esc(a)} – ${esc(b)}</h2><p class="muted">Loading…</p>`;
  try {
    const page = await api(`/api/events?${q}`);
    // at the sector level an edge joins two exact codes; the API's pair is two countries
    const exact = (e) => [e.source_actor, e.target_actor].sort().join("~") === [a, b].sort().join("~");
    const types = query && query.get("types") ? new Set(query.get("types").split(",")) : null;
    const rows = page.items.filter((e) => (query && query.get("level") === "actor" ? exact(e) : true) && (!types || types.has(e.plover)));
    panel.innerHTML = `<h2>${esc(a)} – ${esc(b)}</h2>
      <p>${edge.coop} cooperation, ${edge.conflict} conflict <span class="pill ${esc(edge.label)}">${esc(edge.label)}</span>
      · <a href="#/dyad/${encodeURIComponent(countryOf(a))}/${encodeURIComponent(countryOf(b))}">timeline</a>
      · <a href="#/events?a=${encodeURIComponent(countryOf(a))}&b=${encodeURIComponent(countryOf(b))}">all events</a></p>
      <p class="muted">${rows.length} of ${page.total.toLocaleString()} events${page.total > page.items.length ? " (first 1,000)" : ""}</p>${evidenceList(rows)}`;
  } catch (err) { showError(panel, err); }
}

async function nodeEvents(node, query) {
  const panel = document.getElementById("net-events");
  const q = periodOf(query);
  q.set("actor", node.id); q.set("limit", "100");
  panel.innerHTML = `<h2>${esc(node.id)} · ${esc(node.name)}</h2><p class="muted">Loading…</p>`;
  try {
    const page = await api(`/api/events?${q}`);
    panel.innerHTML = `<h2>${esc(node.id)} · ${esc(node.name)}</h2>
      <p>${node.degree} partners in this view · <a href="#/events?actor=${encodeURIComponent(node.id)}">all ${page.total.toLocaleString()} events</a></p>
      <p class="muted">${shown(page)} events</p>${evidenceList(page.items)}`;
  } catch (err) { showError(panel, err); }
}

// events as short entries: who did what to whom, and the sentence that says so
function evidenceList(events) {
  if (!events.length) return `<p class="muted">No events.</p>`;
  return `<ol class="evidence-list">${events.map((e) => `<li><span class="muted">${esc(e.date)}</span>
    <span class="code">${esc(e.source_actor)}</span> <span class="pill ${e.quad_class <= 2 ? "coop" : "conflict"}">${esc(e.plover)}</span> <span class="code">${esc(e.target_actor)}</span>
    <div class="evidence">${articleLink(e.evidence, e.sentence)}</div></li>`).join("")}</ol>`;
}
