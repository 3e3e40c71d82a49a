// Manager console: board by aisle, loop metrics with SVG charts (drawn here: no charting library to ship), tasks
// closed by "done" or a count (the server checks them like the loop does), recent events, product edits, the
// hand-over queue, and a chat with the assistant in the manager's role.
// The staff cookie is HttpOnly and sent by the browser; the server checks the role (managers only).
"use strict";

const $ = (id) => document.getElementById(id);
const SVG = "http://www.w3.org/2000/svg";
const REFRESH_MS = 15000;

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, String(v)));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

async function api(method, path, body) {
  const res = await fetch(path, {
    method, credentials: "same-origin",
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status === 401) { location.href = "/staff/login"; throw new Error("login required"); }
  let data = null;
  try { data = await res.json(); } catch (_) { /* an empty or non-JSON error body */ }
  if (!res.ok) {
    const detail = data && (data.detail || data.code);
    throw new Error(typeof detail === "string" ? detail : `HTTP ${res.status}`);
  }
  return data;
}

function showError(err) {
  $("error").textContent = err ? String(err.message || err) : "";
  $("error").hidden = !err;
}

const lang = () => $("lang").value;
const aisle = () => $("aisle").value.trim();
const query = (params) => new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v !== null)).toString();
const when = (iso) => (iso ? iso.replace("T", " ").slice(0, 16) : "");
const place = (r) => (r.aisle ? `aisle ${r.aisle}${r.shelf ? " · shelf " + r.shelf : ""}` : "");

// --- board ----------------------------------------------------------------------------------------------------------

async function loadBoard() {
  const data = await api("GET", `/staff/api/console/board?${query({ aisle: aisle(), lang: lang() })}`);
  $("board-total").textContent = `${data.total} products`;
  if (!data.aisles.length) { $("board").replaceChildren(el("p", "muted", "Nothing is out of stock.")); return; }
  $("board").replaceChildren(...data.aisles.map((a) => {
    const box = el("div", "aisle");
    box.dataset.aisle = a.aisle;
    const head = el("h3", "", `Aisle ${a.aisle}: ${a.out} out`);
    if (a.phantom) head.append(el("span", "tag phantom", `${a.phantom} phantom`));
    if (a.restockable) head.append(el("span", "tag back", `${a.restockable} in back room`));
    const ul = el("ul");
    a.rows.forEach((r) => {
      const li = el("li", "", `${r.sku} · ${r.title} (shelf ${r.shelf})`);
      li.title = `system ${r.qty_system}, shelf ${r.qty_shelf === null ? "not checked" : r.qty_shelf}`;
      if (r.phantom) li.append(el("span", "tag phantom", "phantom"));
      if (r.backroom_qty > 0) li.append(el("span", "tag back", `${r.backroom_qty} in back`));
      ul.append(li);
    });
    box.append(head, ul);
    return box;
  }));
}

// --- metrics and charts ---------------------------------------------------------------------------------------------

// Horizontal bars: one row per item, the value written at the bar's end; a <title> gives the exact figure on hover.
function barChart(items, opts) {
  const rowH = 20, labelW = opts.labelW || 150, width = 460, barW = width - labelW - 50;
  const height = Math.max(1, items.length) * rowH + 8;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": opts.label });
  if (!items.length) {
    root.append(svg("text", { x: 4, y: 16 }, opts.empty || "no data"));
    return root;
  }
  const max = Math.max(...items.map((i) => i.value), 1e-9);
  root.append(svg("line", { class: "axis", x1: labelW, y1: 0, x2: labelW, y2: height }));
  items.forEach((item, n) => {
    const y = n * rowH + 4, w = Math.max(1, (item.value / max) * barW);
    const label = item.label.length > 24 ? item.label.slice(0, 23) + "…" : item.label;
    root.append(svg("text", { x: labelW - 6, y: y + 13, "text-anchor": "end" }, label));
    const bar = svg("rect", { class: `bar ${item.cls || ""}`, x: labelW, y, width: w, height: rowH - 6, rx: 2 });
    bar.dataset.value = String(item.value);
    bar.append(svg("title", {}, `${item.label}: ${item.value}${opts.unit || ""}`));
    root.append(bar, svg("text", { x: labelW + w + 4, y: y + 13 }, `${item.value}${opts.unit || ""}`));
  });
  return root;
}

function figure(term, value) {
  const box = el("div");
  box.append(el("dt", "", term), el("dd", "", value === null || value === undefined ? "–" : value));
  return box;
}

async function loadMetrics() {
  const m = await api("GET", `/staff/api/console/metrics?${query({ days: $("days").value, aisle: aisle(), lang: lang() })}`);
  $("figures").replaceChildren(
    figure("hours out of stock", m.hours_out_of_stock), figure("est. lost units", m.lost_units),
    figure("est. lost sales", m.lost_revenue), figure("restocks verified", m.restocks_verified),
    figure("time to restock (mean h)", m.restock_hours_mean), figure("overdue tasks", m.overdue_open));
  const top = m.products.slice(0, 10).map((p) => ({
    label: `${p.sku} ${p.title}`, value: p.hours_out_of_stock, cls: p.out_now ? "out" : "",
  }));
  $("chart-oos").replaceChildren(barChart(top, { label: "Hours out of stock by product", unit: " h",
    empty: "No shelf seen empty in this period." }));
  const order = ["open", "in_progress", "done", "verified", "failed"];
  const states = order.filter((s) => m.tasks_by_state[s]).map((s) => ({ label: s, value: m.tasks_by_state[s] }));
  $("chart-tasks").replaceChildren(barChart(states, { label: "Tasks by state", labelW: 90,
    empty: "No tasks in this period." }));
}

// --- tasks ----------------------------------------------------------------------------------------------------------

async function closeTask(id, action, qty) {
  showError(null);
  try {
    const body = action === "count" ? { qty } : { qty_moved: qty === "" ? null : qty };
    await api("POST", `/staff/api/console/tasks/${id}/${action}?lang=${lang()}`, body);
  } catch (err) { showError(err); }
  await refresh();
}

function closeCell(t) {
  const td = el("td");
  if (!["open", "in_progress", "done"].includes(t.state)) return td;
  const box = el("div", "close");
  const qty = el("input");
  Object.assign(qty, { type: "number", min: "0", step: "1", className: "count-qty" });
  qty.setAttribute("aria-label", `Units counted for task ${t.id}`);
  qty.placeholder = "count";
  const count = el("button", "count-btn", "Close with count");
  count.type = "button";
  count.title = "Enter what is on the shelf: the task is verified when the count agrees, failed when it does not";
  count.addEventListener("click", () => {
    if (qty.value === "") { qty.focus(); return; }
    closeTask(t.id, "count", Number(qty.value));
  });
  box.append(qty, count);
  if (t.state !== "done") {
    const done = el("button", "done-btn", "Done");
    done.type = "button";
    done.title = t.kind === "restock"
      ? "Report the restock done (units in the count box are moved from the back room); a photo or count checks it"
      : "Report it done; a count checks it";
    done.addEventListener("click", () => closeTask(t.id, "done", qty.value === "" ? "" : Number(qty.value)));
    box.append(done);
  }
  td.append(box);
  return td;
}

async function loadTasks() {
  const filter = $("task-state").value;
  const data = await api("GET", `/staff/api/console/tasks?${query({ state: filter, aisle: aisle(), lang: lang() })}`);
  $("tasks-total").textContent = `${data.rows.length} of ${data.total}`;
  $("tasks").replaceChildren(...data.rows.map((t) => {
    const tr = el("tr", t.overdue ? "overdue" : "");
    tr.dataset.task = String(t.id);
    tr.dataset.state = t.state;
    tr.append(el("td", "", t.id), el("td", "", t.kind), el("td", "state-cell", t.state), el("td", "", t.priority),
      el("td", "", when(t.due_at)), el("td", "", `${t.sku} · ${t.title}`), el("td", "", place(t)),
      el("td", "", t.note && t.note !== t.reason ? `${t.reason} · ${t.note}` : t.reason), closeCell(t));
    return tr;
  }));
  $("tasks").dataset.filter = filter;  // which filter the rows shown are for (a reload replaces every row)
}

// --- events ---------------------------------------------------------------------------------------------------------

async function loadEvents() {
  const data = await api("GET", `/staff/api/console/events?${query({ lang: lang(), limit: 40 })}`);
  $("events").replaceChildren(...data.rows.map((e) => {
    const tr = el("tr");
    tr.append(el("td", "", when(e.at)), el("td", "", e.kind.replaceAll("_", " ")),
      el("td", "", e.sku ? `${e.sku} · ${e.title}` : ""), el("td", "", place(e)), el("td", "", e.summary));
    return tr;
  }));
}

// --- product edits --------------------------------------------------------------------------------------------------

function pick(p) {
  $("edit-form").hidden = false;
  $("edit-form").dataset.product = String(p.product_id);
  $("edit-title").textContent = `${p.sku} · ${p.title} · ${place(p) || "no shelf place"}`;
  $("edit-price").value = p.price;
  $("edit-qty").value = p.shelf_qty === null ? "" : p.shelf_qty;
  $("edit-qty").disabled = p.shelf_qty === null;
  $("edit-result").textContent = `Now ${p.price} ${p.currency}` +
    (p.shelf_qty === null ? "" : `, ${p.shelf_qty} on the shelf, ${p.backroom_qty} in the back room`);
}

async function findProducts(ev) {
  ev.preventDefault();
  showError(null);
  try {
    const data = await api("GET", `/staff/api/console/products?${query({ q: $("product-q").value, lang: lang() })}`);
    if (!data.rows.length) { $("product-results").replaceChildren(el("li", "muted", "No product found.")); return; }
    $("product-results").replaceChildren(...data.rows.map((p) => {
      const li = el("li");
      const button = el("button", "pick", "Edit");
      button.type = "button";
      button.addEventListener("click", () => pick(p));
      li.append(el("span", "", `${p.sku} · ${p.title} · ${p.price} ${p.currency}`), button);
      return li;
    }));
  } catch (err) { showError(err); }
}

async function saveProduct(ev) {
  ev.preventDefault();
  showError(null);
  const id = $("edit-form").dataset.product;
  const body = { price: $("edit-price").value };
  if (!$("edit-qty").disabled && $("edit-qty").value !== "") body.shelf_qty = Number($("edit-qty").value);
  try {
    const out = await api("POST", `/staff/api/console/products/${id}?lang=${lang()}`, body);
    const p = out.product;
    const what = out.changed.length ? `Saved (${out.changed.join(", ")})` : "Nothing changed";
    $("edit-result").textContent = `${what}: ${p.price} ${p.currency}` +
      (p.shelf_qty === null ? "" : `, ${p.shelf_qty} on the shelf`) +
      (out.changed.length ? (out.index_refreshed ? "; shoppers' search has it now." : "; search updates at the next index build.") : "");
  } catch (err) { showError(err); }
  await refresh();
}

// --- hand-over queue and the manager chat ----------------------------------------------------------------------------

async function loadHandoffs() {
  const rows = await api("GET", "/staff/api/handoffs");
  const waiting = rows.filter((t) => t.state !== "taken").length;
  $("handoffs-total").textContent = `${waiting} waiting, ${rows.length - waiting} taken`;
  if (!rows.length) { $("handoffs").replaceChildren(el("li", "muted", "Nobody is waiting for a person.")); return; }
  $("handoffs").replaceChildren(...rows.map((t) => {
    const li = el("li", `handoff ${t.state === "taken" ? "taken" : "waiting"}`);
    li.dataset.ticket = String(t.ticket_id);
    const who = t.state === "taken" ? `taken by ${t.taken_by}` : "waiting";
    li.append(el("strong", "", `#${t.ticket_id}`), el("span", "", ` ${who} · ${when(t.created_at)} · `),
      el("span", "", t.summary || t.reason));
    return li;
  }));
}

function chatTable(t) {
  const table = el("table", "grid");
  const head = el("tr");
  t.columns.forEach((c) => head.append(el("th", "", c)));
  table.append(el("caption", "", t.title), head);
  t.rows.forEach((r) => {
    const tr = el("tr");
    r.forEach((v) => tr.append(el("td", "", v)));
    table.append(tr);
  });
  return table;
}

let chatReset = false;

async function sendChat(ev) {
  ev.preventDefault();
  const text = $("chat-text").value.trim();
  if (!text) return;
  $("chat-log").append(el("p", "me", text));
  $("chat-text").value = "";
  $("chat-send").disabled = true;
  try {
    const r = await api("POST", "/staff/api/chat", { text, reset: chatReset });
    chatReset = false;
    const box = el("div", "reply");
    box.append(el("p", "", r.text));
    r.tables.forEach((t) => box.append(chatTable(t)));
    r.tasks.forEach((t) => box.append(el("p", "muted", `task #${t.task_id} (${t.kind}, ${t.state}): ${t.summary}`)));
    r.notices.forEach((n) => box.append(el("p", "muted", n)));
    $("chat-log").append(box);
  } catch (err) {
    // The message stays visible and can be sent again: nothing typed is lost.
    $("chat-text").value = text;
    $("chat-log").append(el("p", "error", String(err.message || err)));
  } finally {
    $("chat-send").disabled = false;
    $("chat-log").scrollTop = $("chat-log").scrollHeight;
  }
}

function resetChat() {
  chatReset = true;
  $("chat-log").replaceChildren(el("p", "muted", "New conversation."));
}

// --- wiring ---------------------------------------------------------------------------------------------------------

async function refresh() {
  const parts = await Promise.allSettled([loadBoard(), loadMetrics(), loadTasks(), loadEvents(), loadHandoffs()]);
  const failed = parts.find((p) => p.status === "rejected");
  if (failed) showError(failed.reason);
  $("updated").textContent = `updated ${new Date().toLocaleTimeString()}`;
}

async function scan() {
  showError(null);
  try {
    const r = await api("POST", "/staff/api/console/scan");
    $("updated").textContent = `scan: ${r.events} new events, ${r.tasks_created.length} new tasks`;
  } catch (err) { showError(err); }
  await refresh();
}

$("find-form").addEventListener("submit", findProducts);
$("edit-form").addEventListener("submit", saveProduct);
$("scan").addEventListener("click", scan);
$("chat-form").addEventListener("submit", sendChat);
$("chat-reset").addEventListener("click", resetChat);
["lang", "days", "task-state"].forEach((id) => $(id).addEventListener("change", refresh));
$("aisle").addEventListener("change", refresh);
refresh();
// A periodic refresh redraws the tables: skip it while someone is typing a count into one.
setInterval(() => { if (!$("tasks").contains(document.activeElement)) refresh(); }, REFRESH_MS);
