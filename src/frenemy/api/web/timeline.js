// A pair's timeline on a real time axis: events per day, week or month, one series per
// direction and per cooperation/conflict; a click on a point lists its events.
"use strict";

const DAY = 86400000;
const BUCKETS = {
  day: (d) => d,
  week: (d) => new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY), // weeks start on Monday
  month: (d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)),
};
const STEP = {day: (d) => new Date(d.getTime() + DAY), week: (d) => new Date(d.getTime() + 7 * DAY),
  month: (d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))};
const isoDay = (d) => d.toISOString().slice(0, 10);

async function dyadPage(a, b, params) {
  const period = BUCKETS[params.get("period")] ? params.get("period") : "month";
  view.innerHTML = `<h1>${esc(a)} – ${esc(b)} over time</h1>
    <div class="card row"><label>Per<select id="per">${Object.keys(BUCKETS).map((p) => `<option ${p === period ? "selected" : ""}>${p}</option>`).join("")}</select></label>
    <span class="muted" id="tl-summary">Loading…</span></div>
    <div class="card" id="chart"></div><div class="card" id="dyad-events"></div>`;
  document.getElementById("per").addEventListener("change", (ev) => { location.hash = `#/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}?period=${ev.target.value}`; });
  const events = await allEvents(new URLSearchParams({a, b}));
  document.getElementById("tl-summary").textContent = `${events.length.toLocaleString()} events reported (each article's events counted once)`;
  const chart = document.getElementById("chart");
  if (!events.length) { chart.innerHTML = `<p class="muted">These two have no events together.</p>`; showDyadEvents([], "No events"); return; }
  const series = timelineSeries(events, a, b, period);
  drawTimeline(chart, series, period);
  showDyadEvents(events.slice(-100).reverse(), `Latest events (${Math.min(100, events.length)} of ${events.length})`);
}

// every event of a filter, a page of 1,000 at a time
async function allEvents(query) {
  const out = [];
  for (let offset = 0; ; offset += 1000) {
    query.set("limit", "1000"); query.set("offset", String(offset));
    const page = await api(`/api/events?${query}`);
    out.push(...page.items);
    if (offset + page.items.length >= page.total || !page.items.length) return out;
  }
}

// four series: a→b and b→a, each cooperation and conflict, counted per bucket (gaps are zeros)
function timelineSeries(events, a, b, period) {
  const dated = events.filter((e) => e.date);
  const keyOf = (e) => BUCKETS[period](new Date(`${e.date}T00:00:00Z`)).getTime();
  const first = Math.min(...dated.map(keyOf)), last = Math.max(...dated.map(keyOf));
  const buckets = [];
  for (let t = new Date(first); t.getTime() <= last; t = STEP[period](t)) buckets.push(t.getTime());
  const defs = [
    {name: `${a} → ${b} cooperation`, from: a, coop: true, color: "#2b8a3e", dash: ""},
    {name: `${b} → ${a} cooperation`, from: b, coop: true, color: "#8ce99a", dash: "6 4"},
    {name: `${a} → ${b} conflict`, from: a, coop: false, color: "#c92a2a", dash: ""},
    {name: `${b} → ${a} conflict`, from: b, coop: false, color: "#ffa8a8", dash: "6 4"},
  ];
  return defs.map((s) => {
    const mine = dated.filter((e) => e.source_country === s.from && (e.quad_class <= 2) === s.coop);
    const byBucket = new Map(buckets.map((t) => [t, []]));
    for (const e of mine) byBucket.get(keyOf(e)).push(e);
    return {...s, points: buckets.map((t) => ({t, events: byBucket.get(t)}))};
  }).filter((s) => s.points.some((p) => p.events.length));
}

// ticks at whole months (or years, or days) so that about eight fit
function timeTicks(t0, t1) {
  const span = (t1 - t0) / DAY;
  if (span <= 21) { const out = []; for (let t = t0; t <= t1; t += DAY * Math.max(1, Math.ceil(span / 8))) out.push(t); return out; }
  const months = [1, 2, 3, 6, 12, 24].find((m) => span / (30.4 * m) <= 9) || 60;
  const start = new Date(t0), out = [];
  let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + (start.getUTCDate() > 1 ? 1 : 0), 1));
  while (d.getUTCMonth() % months && months <= 12) d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  for (; d.getTime() <= t1; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1))) out.push(d.getTime());
  return out;
}

function drawTimeline(chart, series, period) {
  const W = 900, H = 320, L = 46, R = 12, T = 14, B = 44;
  const all = series.flatMap((s) => s.points);
  const t0 = Math.min(...all.map((p) => p.t)), t1 = Math.max(...all.map((p) => p.t));
  const pad = (t1 - t0) * 0.02 || DAY * 15;
  const max = Math.max(1, ...all.map((p) => p.events.length));
  const x = (t) => L + ((t - (t0 - pad)) / (t1 - t0 + 2 * pad)) * (W - L - R);
  const y = (n) => H - B - (n / max) * (H - B - T);
  let svg = `<line class="axis" x1="${L}" x2="${W - R}" y1="${H - B}" y2="${H - B}"></line><line class="axis" x1="${L}" x2="${L}" y1="${T}" y2="${H - B}"></line>`;
  for (const n of [...new Set([0, Math.round(max / 2), max])]) svg += `<text x="${L - 6}" y="${y(n) + 4}" text-anchor="end">${n}</text><line class="grid" x1="${L}" x2="${W - R}" y1="${y(n)}" y2="${y(n)}"></line>`;
  for (const t of timeTicks(t0 - pad, t1 + pad)) {
    const label = period === "day" || (t1 - t0) / DAY <= 62 ? isoDay(new Date(t)) : isoDay(new Date(t)).slice(0, 7);
    svg += `<g class="tick"><line class="axis" x1="${x(t)}" x2="${x(t)}" y1="${H - B}" y2="${H - B + 5}"></line><text x="${x(t)}" y="${H - B + 18}" text-anchor="middle" data-time="${isoDay(new Date(t))}">${label}</text></g>`;
  }
  series.forEach((s, i) => {
    svg += `<polyline fill="none" stroke="${s.color}" stroke-width="2" ${s.dash ? `stroke-dasharray="${s.dash}"` : ""} points="${s.points.map((p) => `${x(p.t)},${y(p.events.length)}`).join(" ")}"></polyline>`;
    s.points.forEach((p, j) => {
      if (!p.events.length) return;
      svg += `<circle class="point" data-series="${i}" data-index="${j}" data-date="${isoDay(new Date(p.t))}" cx="${x(p.t)}" cy="${y(p.events.length)}" r="4.5" fill="${s.color}"><title>${esc(s.name)}, the ${period} from ${isoDay(new Date(p.t))}: ${p.events.length}</title></circle>`;
    });
  });
  const legend = series.map((s) => `<span><svg width="26" height="10"><line x1="0" x2="26" y1="5" y2="5" stroke="${s.color}" stroke-width="3" ${s.dash ? `stroke-dasharray="${s.dash}"` : ""}></line></svg> ${esc(s.name)}</span>`).join("");
  chart.innerHTML = `<svg id="timeline" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="events per ${period}">${svg}<text x="${W - R}" y="${H - 8}" text-anchor="end" class="muted">${period} (time axis)</text></svg>
    <p class="legend">${legend}</p><p class="muted">Events per ${period}; click a point to list its events.</p>`;
  chart.querySelectorAll(".point").forEach((c) => c.addEventListener("click", () => {
    const s = series[Number(c.dataset.series)], p = s.points[Number(c.dataset.index)];
    chart.querySelectorAll(".point.chosen").forEach((o) => o.classList.remove("chosen"));
    c.classList.add("chosen");
    showDyadEvents(p.events, `${s.name}, the ${period} from ${isoDay(new Date(p.t))}`);
  }));
}

function showDyadEvents(events, title) {
  document.getElementById("dyad-events").innerHTML = `<h2>${esc(title)}</h2>${eventRows(events)}`;
}
