// The host page: search products, pick them, generate a verified script, edit it, export Markdown, teleprompter.
"use strict";
const $ = (id) => document.getElementById(id);
const picked = new Map(); // product_id -> title, in the order picked

async function api(path, options = {}) {
  const res = await fetch(path, { credentials: "same-origin", ...options });
  if (res.status === 401) { location.href = "/staff/login"; throw new Error("login required"); }
  if (!res.ok) {
    let detail = res.statusText;
    try { detail = (await res.json()).detail || detail; } catch (e) { /* not JSON */ }
    throw new Error(typeof detail === "string" ? detail : JSON.stringify(detail));
  }
  return res.json();
}

function showError(message) { $("error").textContent = message; $("error").hidden = !message; }

function item(text, label, onClick) {
  const li = document.createElement("li");
  const span = document.createElement("span");
  span.textContent = text;
  const button = document.createElement("button");
  button.textContent = label;
  button.addEventListener("click", onClick);
  li.append(span, button);
  return li;
}

function renderPicked() {
  $("picked").replaceChildren(...[...picked].map(([id, title]) =>
    item(title, "Remove", () => { picked.delete(id); renderPicked(); })));
}

async function search() {
  showError("");
  const q = $("q").value.trim();
  if (!q) return;
  try {
    const out = await api(`/staff/api/livestream/products?q=${encodeURIComponent(q)}&lang=${$("lang").value}`);
    $("results").replaceChildren(...out.hits.map((h) =>
      item(`${h.title} · ${h.price} ${h.currency} · ${h.stock_qty}`, "Add",
           () => { picked.set(h.product_id, h.title); renderPicked(); })));
  } catch (e) { showError(e.message); }
}

async function generate() {
  showError("");
  const body = {
    product_ids: [...picked.keys()], theme: $("theme").value.trim(),
    minutes: Number($("minutes").value || 10), language: $("lang").value,
  };
  if (!body.product_ids.length) body.topic = $("q").value.trim() || body.theme;
  const code = $("code").value.trim(), percent = Number($("percent").value);
  if (code && percent) body.promotion = { code, percent_off: percent };
  $("generate").disabled = true;
  try {
    const script = await api("/staff/api/livestream/script", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
    });
    $("md").value = script.markdown;
    $("summary").textContent = `${script.segments.length} segments · ${script.minutes} min`;
    $("export").disabled = $("teleprompter").disabled = false;
  } catch (e) { showError(e.message); } finally { $("generate").disabled = false; }
}

function exportMarkdown() {
  const blob = new Blob([$("md").value], { type: "text/markdown;charset=utf-8" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = "stream-script.md";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// Sections of the (edited) Markdown: "## 1:30 · Product 2 · 45 s" gives the start and the budget of what follows.
function sections(md) {
  const out = [];
  for (const line of md.split("\n")) {
    const h = line.match(/^##\s+(\d+):(\d\d)\s+·\s+(.+?)\s+·\s+(\d+)\s*\S*\s*$/);
    if (h) out.push({ start: Number(h[1]) * 60 + Number(h[2]), seconds: Number(h[4]), head: line.slice(3), lines: [] });
    else if (out.length && line.trim() && !line.startsWith("#")) out[out.length - 1].lines.push(line);
  }
  return out;
}

const prompter = { parts: [], t0: 0, elapsed: 0, running: false };

function openPrompter() {
  const box = $("prompter-text");
  prompter.parts = sections($("md").value);
  box.replaceChildren(...prompter.parts.map((s) => {
    const div = document.createElement("div");
    const h = document.createElement("h2");
    h.textContent = s.head;
    div.append(h, ...s.lines.map((l) => { const p = document.createElement("p"); p.textContent = l; return p; }));
    s.el = div;
    return div;
  }));
  prompter.elapsed = 0;
  prompter.running = false;
  $("play").textContent = "Start";
  $("prompter").hidden = false;
  box.scrollTop = 0;
  tick();
}

// The scroll follows the plan: within a section, its text moves up in proportion to the time spent in it.
function scrollFor(t) {
  const box = $("prompter-text");
  const s = prompter.parts.find((p) => t < p.start + p.seconds) || prompter.parts[prompter.parts.length - 1];
  if (!s) return;
  const share = Math.min(1, Math.max(0, (t - s.start) / Math.max(1, s.seconds)));
  box.scrollTop = s.el.offsetTop - box.offsetTop + share * s.el.offsetHeight;
}

function tick() {
  if ($("prompter").hidden) return;
  const t = prompter.running ? prompter.elapsed + (performance.now() - prompter.t0) / 1000 : prompter.elapsed;
  $("clock").textContent = `${Math.floor(t / 60)}:${String(Math.floor(t % 60)).padStart(2, "0")}`;
  scrollFor(t);
  requestAnimationFrame(tick);
}

function playPause() {
  if (prompter.running) {
    prompter.elapsed += (performance.now() - prompter.t0) / 1000;
    prompter.running = false;
    $("play").textContent = "Start";
  } else {
    prompter.t0 = performance.now();
    prompter.running = true;
    $("play").textContent = "Pause";
  }
}

$("search").addEventListener("click", search);
$("q").addEventListener("keydown", (e) => { if (e.key === "Enter") search(); });
$("generate").addEventListener("click", generate);
$("export").addEventListener("click", exportMarkdown);
$("teleprompter").addEventListener("click", openPrompter);
$("play").addEventListener("click", playPause);
$("close").addEventListener("click", () => { $("prompter").hidden = true; });
