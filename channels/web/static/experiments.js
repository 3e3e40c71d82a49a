// A/B experiments page: the experiments, one's results per variant with tests and warnings, create/start/stop.
// The staff cookie is HttpOnly and sent by the browser; the server checks the role (managers only).
"use strict";

const $ = (id) => document.getElementById(id);

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

async function api(method, path, body) {
  const res = await fetch(path, {
    method, credentials: "same-origin",
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status === 401) { location.href = "/staff/login"; throw new Error("login required"); }
  const data = await res.json();
  if (!res.ok) throw new Error((data && (typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail))) || `HTTP ${res.status}`);
  return data;
}

function showError(err) {
  $("error").textContent = err ? String(err.message || err) : "";
  $("error").hidden = !err;
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;
const pval = (p) => (p === null || p === undefined ? "–" : p.toFixed(4));
const rate = (r) => `${pct(r.rate)} (${pct(r.ci95.low)}–${pct(r.ci95.high)})`;

async function showResults(name) {
  showError(null);
  let r;
  try { r = await api("GET", `/staff/api/experiments/${encodeURIComponent(name)}/results?min_sample=${$("min").value}`); }
  catch (err) { showError(err); return; }
  $("res-title").textContent = `${r.name} · ${r.active ? "running" : "stopped"} · control ${r.control}`;
  $("res-rows").replaceChildren(...r.variants.map((v) => {
    const tr = el("tr"), t = v.turns;
    tr.append(el("td", "", v.name), el("td", "num", String(v.sessions)),
      el("td", "num", rate(v.add_to_cart)), el("td", "num", pval(v.add_to_cart.p_value)),
      el("td", "num", rate(v.escalation)), el("td", "num", pval(v.escalation.p_value)),
      el("td", "num", t ? `${t.mean.toFixed(2)} (${t.ci95_mean.low.toFixed(2)}–${t.ci95_mean.high.toFixed(2)})` : "–"),
      el("td", "num", t ? String(t.median) : "–"), el("td", "num", pval(t && t.p_value)));
    return tr;
  }));
  $("res-chi").textContent = `Chi-square across all variants: add-to-cart p = ${pval(r.chi2_add_to_cart_p)}, ` +
    `hand-over p = ${pval(r.chi2_escalation_p)}.`;
  $("res-warn").replaceChildren(...r.warnings.map((w) => el("li", "", w)));
  $("results").hidden = false;
}

async function setActive(name, action) {
  showError(null);
  try { await api("POST", `/staff/api/experiments/${encodeURIComponent(name)}/${action}`); }
  catch (err) { showError(err); }
  await load();
}

async function load() {
  let data;
  try { data = await api("GET", "/staff/api/experiments"); }
  catch (err) { showError(err); return; }
  $("list").replaceChildren(...data.experiments.map((e) => {
    const tr = el("tr"), actions = el("td");
    const variants = e.variants.map((v) => `${v.name} (weight ${v.weight})`).join(", ");
    const changes = e.variants.map((v) => `${v.name}: ${Object.entries(v.config).map(([k, x]) => `${k}=${x}`).join(", ") || "default"}`).join("; ");
    const res = el("button", "", "Results"), toggle = el("button", "", e.active ? "Stop" : "Start");
    res.type = toggle.type = "button";
    res.onclick = () => showResults(e.name);
    toggle.onclick = () => setActive(e.name, e.active ? "stop" : "start");
    actions.append(res, toggle);
    tr.append(el("td", "", e.name), el("td", "", e.active ? "running" : "stopped"), el("td", "", variants),
      el("td", "", changes), actions);
    return tr;
  }));
}

$("create").onclick = async () => {
  showError(null);
  let spec;
  try { spec = JSON.parse($("spec").value); } catch (err) { showError(err); return; }
  try { await api("POST", "/staff/api/experiments", spec); } catch (err) { showError(err); }
  await load();
};

load();
