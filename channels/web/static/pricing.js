// Price proposals page: list proposals with their drivers, approve (the price changes at once) or reject.
// The staff cookie is HttpOnly and sent by the browser; the server checks the role (managers decide).
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
  if (!res.ok) throw new Error((data && (data.detail || data.code)) || `HTTP ${res.status}`);
  return data;
}

function showError(err) {
  $("error").textContent = err ? String(err.message || err) : "";
  $("error").hidden = !err;
}

function effectText(e) {
  if (!e) return "";
  return `${e.horizon_days} d: units ${e.units_before} → ${e.units_after}; revenue ${e.revenue_before} → ` +
    `${e.revenue_after}; margin ${e.margin_before} → ${e.margin_after}; stock left ${e.stock_left_before} → ${e.stock_left_after}`;
}

async function decide(id, action) {
  showError(null);
  try {
    const body = action === "reject" ? { note: prompt("Why reject? (optional)") || "" } : undefined;
    await api("POST", `/staff/api/pricing/proposals/${id}/${action}`, body);
  } catch (err) { showError(err); }
  await load();
}

async function load() {
  const state = $("state").value, lang = $("lang").value;
  let data;
  try { data = await api("GET", `/staff/api/pricing/proposals?state=${state}&lang=${lang}`); }
  catch (err) { showError(err); return; }
  $("total").textContent = `${data.rows.length} of ${data.total}`;
  $("rows").replaceChildren(...data.rows.map((p) => {
    const tr = el("tr");
    tr.append(el("td", "num", String(p.id)), el("td", "", `${p.sku} · ${p.title}`),
      el("td", "num", `${p.current_price} ${p.currency}`),
      el("td", "num", `${p.proposed_price} (${p.change_pct}%)`), el("td", "", effectText(p.effect)));
    const why = el("td"), ul = el("ul");
    p.drivers.forEach((d) => ul.append(el("li", "", d)));
    why.append(ul);
    tr.append(why, el("td", "", p.state + (p.decided_by ? ` · ${p.decided_by}` : "")));
    const act = el("td");
    if (p.state === "proposed") {
      const ok = el("button", "", "Approve"), no = el("button", "", "Reject");
      ok.addEventListener("click", () => decide(p.id, "approve"));
      no.addEventListener("click", () => decide(p.id, "reject"));
      act.append(ok, no);
    }
    tr.append(act);
    return tr;
  }));
}

$("state").addEventListener("change", load);
$("lang").addEventListener("change", load);
load();
