// frenemy dashboard: the map of event locations and tone per outlet over time.
// Offline: Leaflet with country outlines from world-atlas (Natural Earth), no tile server.
"use strict";

const QUAD_COLORS = {1: "#2b8a3e", 2: "#37b24d", 3: "#f08c00", 4: "#c92a2a"};
let worldOutlines = null;

async function mapPage(params) {
  view.innerHTML = `<h1>Where events happened</h1>
    <form class="card row" id="map-filters">
      <label>Actor<input name="actor" placeholder="RUS" value="${esc(params.get("actor"))}" size="8"></label>
      <label>Type<input name="type" placeholder="ASSAULT" value="${esc(params.get("type"))}" size="10"></label>
      <label>Since<input name="since" type="date" value="${esc(params.get("since"))}"></label>
      <label>Until<input name="until" type="date" value="${esc(params.get("until"))}"></label>
      <button type="submit">Filter</button>
      <span class="legend"><span class="pill coop">cooperation</span><span class="pill conflict">conflict</span></span>
      <span id="map-count" class="muted"></span></form>
    <div class="card"><div id="map" role="region" aria-label="map of event locations"></div>
    <p class="muted">A circle per place, sized by its events. Click one for the events and the sentences that place them.</p></div>
    <div class="card" id="place-events"><p class="muted">No place chosen.</p></div>`;
  const map = L.map("map", {worldCopyJump: true, minZoom: 1, maxZoom: 10, attributionControl: true}).setView([25, 15], 2);
  map.attributionControl.addAttribution("Borders: Natural Earth");
  if (!worldOutlines) {
    const world = await (await fetch("/static/vendor/world-atlas/countries-110m.json")).json();
    worldOutlines = topojson.feature(world, world.objects.countries);
  }
  L.geoJSON(worldOutlines, {style: {color: "#adb5bd", weight: 0.7, fillColor: "#e9ecef", fillOpacity: 1}, interactive: false}).addTo(map);
  const markers = L.layerGroup().addTo(map);
  const load = async () => {
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(document.getElementById("map-filters"))) if (v) q.set(k, v);
    q.set("limit", "5000");
    markers.clearLayers();
    let data;
    try { data = await api(`/api/locations?${q}`); } catch (err) { document.getElementById("map-count").textContent = err.message; return; }
    document.getElementById("map-count").textContent = `${data.count} located events at ${data.places.length} places`;
    const byPlace = {};
    for (const e of data.events) (byPlace[`${e.action_geo_lat},${e.action_geo_long},${e.action_geo_full_name}`] ||= []).push(e);
    for (const [key, events] of Object.entries(byPlace)) {
      const first = events[0];
      const conflict = events.filter((e) => e.quad_class >= 3).length;
      const marker = L.circleMarker([first.action_geo_lat, first.action_geo_long], {
        radius: 5 + Math.min(events.length, 20) * 0.8, color: "#fff", weight: 1.5, fillOpacity: 0.85,
        fillColor: conflict * 2 >= events.length ? QUAD_COLORS[4] : QUAD_COLORS[1], className: "event-marker",
      }).bindTooltip(`${first.action_geo_full_name}: ${events.length} event${events.length > 1 ? "s" : ""}`);
      marker.on("click", () => showPlace(key, events));
      marker.addTo(markers);
    }
  };
  document.getElementById("map-filters").addEventListener("submit", (ev) => { ev.preventDefault(); load(); });
  await load();
}

function showPlace(key, events) {
  const first = events[0];
  const rows = events.map((e) => `<tr><td>${esc(e.date)}</td><td class="code">${esc(e.source_actor)}</td><td>${esc(e.plover)}</td>
      <td class="code">${esc(e.target_actor)}</td><td>${esc(e.action_geo_how)} <q>${esc(e.action_geo_text)}</q></td>
      <td class="evidence">${articleLink(e.evidence, e.sentence)}</td></tr>`).join("");
  document.getElementById("place-events").innerHTML = `<h2 id="place-name">${esc(first.action_geo_full_name)}</h2>
    <p class="muted">${esc(first.action_geo_feature)} · ${esc(first.action_geo_iso3)} · FIPS ${esc(first.action_geo_country_code)} · ADM1 ${esc(first.action_geo_adm1_code)} · ${Number(first.action_geo_lat).toFixed(3)}, ${Number(first.action_geo_long).toFixed(3)}</p>
    <table><thead><tr><th>date</th><th>source</th><th>type</th><th>target</th><th>placed by</th><th>evidence</th></tr></thead><tbody>${rows}</tbody></table>`;
}

// --- tone ------------------------------------------------------------------------------------
async function tonePage() {
  view.innerHTML = `<h1>Tone of coverage</h1>
    <div class="card"><h2>Mean article tone per outlet and month</h2><div id="tone-chart">Loading…</div>
    <p class="muted">Tone: % positive minus % negative words (VADER lexicon), as GDELT's AvgTone; it says how an article reads, not what the actors did.</p></div>
    <div class="card"><h2>Tone by country pair</h2><div id="tone-dyads"></div></div>`;
  const [points, dyads] = await Promise.all([api("/api/tone/outlets?period=month"), api("/api/tone/dyads")]);
  drawToneChart(points);
  document.getElementById("tone-dyads").innerHTML = dyads.length ? `<table><thead><tr><th>pair</th><th>articles</th><th>events</th><th>cooperative events</th><th>mean tone</th></tr></thead><tbody>` +
    dyads.map((d) => `<tr><td><a href="#/dyad/${encodeURIComponent(d.source)}/${encodeURIComponent(d.target)}">${esc(d.source)}–${esc(d.target)}</a></td><td>${d.documents}</td><td>${d.events}</td><td>${d.cooperative_events}</td><td class="${d.tone < 0 ? "error" : ""}">${esc(d.tone)}</td></tr>`).join("") + `</tbody></table>` : `<p class="muted">No events between countries yet.</p>`;
}

function drawToneChart(points) {
  const box = document.getElementById("tone-chart");
  if (!points.length) { box.innerHTML = `<p class="muted">No dated articles with a tone yet.</p>`; return; }
  const periods = [...new Set(points.map((p) => p.period))].sort();
  const outlets = [...new Set(points.map((p) => p.outlet))].sort();
  const tones = points.map((p) => p.tone);
  const top = Math.max(1, ...tones.map(Math.abs));
  const x = (period) => 70 + (periods.length > 1 ? (periods.indexOf(period) / (periods.length - 1)) * 780 : 390);
  const y = (tone) => 140 - (tone / top) * 110;
  let out = `<line x1="60" x2="870" y1="140" y2="140" stroke="#495057"></line>
    <text x="8" y="${y(top) + 4}">+${top.toFixed(1)}</text><text x="8" y="144">0</text><text x="8" y="${y(-top) + 4}">−${top.toFixed(1)}</text>`;
  periods.forEach((p, i) => { if (periods.length < 14 || i % Math.ceil(periods.length / 12) === 0) out += `<text x="${x(p) - 22}" y="275">${esc(p.slice(0, 7))}</text>`; });
  outlets.forEach((outlet, i) => {
    const mine = points.filter((p) => p.outlet === outlet).sort((a, b) => a.period.localeCompare(b.period));
    const color = COLORS[i % COLORS.length];
    out += `<polyline fill="none" stroke="${color}" stroke-width="2" points="${mine.map((p) => `${x(p.period)},${y(p.tone)}`).join(" ")}"></polyline>`;
    out += mine.map((p) => `<circle class="tone-point" cx="${x(p.period)}" cy="${y(p.tone)}" r="4" fill="${color}"><title>${esc(outlet)}, ${esc(p.period.slice(0, 7))}: tone ${p.tone} over ${p.documents} article(s)</title></circle>`).join("");
  });
  const legend = outlets.map((o, i) => `<span><span class="swatch" style="background:${COLORS[i % COLORS.length]}"></span>${esc(o)}</span>`).join("");
  box.innerHTML = `<svg viewBox="0 0 900 285" width="100%" role="img" aria-label="tone per outlet over time">${out}</svg><p class="legend">${legend}</p>`;
}
