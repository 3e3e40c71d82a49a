// Staff page: open hand-overs, take a session over, reply to the shopper, release it. No framework, no build.
// The staff cookie is HttpOnly: this script never sees it; the browser sends it with same-origin requests.
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
  const data = res.status === 204 ? null : await res.json();
  if (!res.ok) throw new Error((data && (data.detail || data.code)) || `HTTP ${res.status}`);
  return data;
}

// ---- login page ----
if ($("login-form")) {
  $("login-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const res = await fetch("/staff/login", {
      method: "POST", credentials: "same-origin", headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: $("username").value, password: $("password").value }),
    });
    if (res.ok) location.href = "/staff"; else $("login-error").hidden = false;
  });
}

// ---- hand-over page ----
const staff = { me: null, tickets: [], selected: null, ws: null, retries: 0 };

function renderList() {
  const list = $("tickets");
  list.replaceChildren(...staff.tickets.map((tk) => {
    const li = el("li", tk.ticket_id === staff.selected ? "sel" : "");
    li.dataset.ticket = tk.ticket_id;
    li.append(el("div", "reason", `#${tk.ticket_id} · ${tk.reason.replace(/_/g, " ")}`));
    li.append(el("div", "muted", `${tk.state}${tk.taken_by ? " by " + tk.taken_by : ""} · ${tk.language} · ${tk.created_at}`));
    const last = tk.messages.filter((m) => m.sender === "shopper").slice(-1)[0];
    if (last) li.append(el("div", "", last.text));
    li.addEventListener("click", () => select(tk.ticket_id));
    return li;
  }));
  $("empty").hidden = staff.tickets.length > 0;
}

function renderDetail(tk) {
  $("detail").hidden = false;
  $("detail").dataset.ticket = tk.ticket_id;
  $("d-title").textContent = `#${tk.ticket_id} · ${tk.reason.replace(/_/g, " ")}`;
  $("d-state").textContent = tk.state + (tk.taken_by ? ` · ${tk.taken_by}` : "");
  $("d-state").dataset.state = tk.state;
  $("d-summary").textContent = tk.summary;
  $("d-sentiment").textContent = tk.sentiment_trail.length ? `Sentiment: ${tk.sentiment_trail.map((s) => typeof s === "object" ? JSON.stringify(s) : s).join(" → ")}` : "";
  $("d-order").textContent = tk.order ? `Order: ${JSON.stringify(tk.order)}` : "";
  const mine = tk.state === "taken" && tk.taken_by === staff.me.user;
  $("take").disabled = tk.state === "taken";
  $("release").disabled = tk.state === "released";
  $("reply").disabled = !mine;
  $("send-reply").disabled = !mine;
  $("conversation").replaceChildren(...tk.messages.map(messageView));
  $("conversation").scrollTop = $("conversation").scrollHeight;
}

function messageView(m) {
  const who = m.sender === "staff" ? (m.by || "staff") : "shopper";
  const row = el("div", `m ${m.sender}`);
  row.append(el("span", "muted", `${who} · ${m.at}  `), el("span", "text", m.text));
  return row;
}

async function refresh() {
  staff.tickets = await api("GET", "/staff/api/handoffs");
  renderList();
  if (staff.selected !== null) {
    try { renderDetail(await api("GET", `/staff/api/handoffs/${staff.selected}`)); } catch (_) { /* gone */ }
  }
}

async function select(id) {
  staff.selected = id;
  renderList();
  renderDetail(await api("GET", `/staff/api/handoffs/${id}`));
}

async function act(path, body) {
  $("d-error").hidden = true;
  try { await api("POST", `/staff/api/handoffs/${staff.selected}/${path}`, body); }
  catch (err) { $("d-error").textContent = String(err.message || err); $("d-error").hidden = false; }
  await refresh();
}

function connectLive() {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const ws = new WebSocket(`${scheme}//${location.host}/staff/ws`);
  staff.ws = ws;
  ws.onopen = () => { staff.retries = 0; $("live").textContent = "live"; $("live").className = "live on"; };
  ws.onmessage = (msg) => {
    const frame = JSON.parse(msg.data);
    if (frame.type === "hello") return;
    if (frame.type === "shopper_message" && frame.ticket_id === staff.selected) {
      $("conversation").append(messageView(frame.message));
      $("conversation").scrollTop = $("conversation").scrollHeight;
    }
    refresh();
  };
  ws.onclose = () => {
    $("live").textContent = "offline · reconnecting"; $("live").className = "live";
    setTimeout(connectLive, Math.min(8000, 500 * 2 ** staff.retries++));
  };
}

if ($("tickets")) {
  $("take").addEventListener("click", () => act("take"));
  $("release").addEventListener("click", () => act("release"));
  $("reply-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = $("reply").value.trim();
    if (!text) return;
    $("reply").value = "";
    await act("reply", { text });
  });
  $("reply").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); $("reply-form").requestSubmit(); }
  });
  $("logout").addEventListener("click", async () => {
    await fetch("/staff/logout", { method: "POST", credentials: "same-origin" });
    location.href = "/staff/login";
  });
  api("GET", "/staff/api/me").then((me) => {
    staff.me = me;
    $("me").textContent = `${me.user} (${me.role})`;
    connectLive();
    refresh();
    setInterval(refresh, 5000); // new tickets also arrive through the socket; this is the safety net
  });
}
