// The host page: search products, pick them, generate a verified script, edit it, export Markdown, teleprompter;
// on air, viewers' comments answered from the catalog and the host's speech captioned (websocket /staff/ws/livestream).
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
  sendStream();
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
    scriptIds = (script.segments || []).map((s) => s.product_id).filter((id) => id != null);
    sendStream();
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

// -- live help: comments and captions over one websocket -------------------------------------------------------------

let socket = null;
let scriptIds = []; // the products of the last generated script, when none were picked by hand
const pending = []; // frames waiting for the socket to open

function streamIds() { return picked.size ? [...picked.keys()] : [...new Set(scriptIds)]; }

function liveStatus(text) { $("live-status").textContent = text; }

function send(frame) {
  const s = connect();
  if (s.readyState === WebSocket.OPEN) s.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  else pending.push(frame);
}

function sendStream() {
  const ids = streamIds();
  if (ids.length && socket) send({ type: "stream", product_ids: ids, host_language: $("lang").value });
}

function connect() {
  if (socket && socket.readyState <= WebSocket.OPEN) return socket;
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  socket = new WebSocket(`${scheme}://${location.host}/staff/ws/livestream`);
  socket.binaryType = "arraybuffer";
  socket.addEventListener("open", () => {
    const ids = streamIds();
    if (ids.length) socket.send(JSON.stringify({ type: "stream", product_ids: ids, host_language: $("lang").value }));
    while (pending.length) {
      const f = pending.shift();
      socket.send(typeof f === "string" || f instanceof ArrayBuffer ? f : JSON.stringify(f));
    }
  });
  socket.addEventListener("message", (e) => { if (typeof e.data === "string") onFrame(JSON.parse(e.data)); });
  socket.addEventListener("close", (e) => {
    if (e.code === 1006 || e.code === 1008) liveStatus("Live help needs a host or manager login.");
    stopMic();
  });
  return socket;
}

function onFrame(f) {
  if (f.type === "ready") liveStatus(f.translation ? "" : "No language model configured: captions without translation.");
  else if (f.type === "answer") showAnswer(f);
  else if (f.type === "caption") showCaption(f);
  else if (f.type === "speech_start") liveStatus("Listening…");
  else if (f.type === "error") liveStatus(f.message);
}

function line(cls, text) {
  const div = document.createElement("div");
  div.className = cls;
  div.textContent = text;
  return div;
}

function showAnswer(a) {
  const li = document.createElement("li");
  li.dataset.kind = a.kind;
  li.append(line("comment", `${a.author ? a.author + ": " : ""}${a.comment}`));
  if (a.answered) {
    li.append(line("said", a.text));
    if (a.host_text) li.append(line("host", a.host_text));
  } else {
    li.append(line("skip", `${a.kind}: not answered`));
  }
  $("answers").prepend(li);
}

function answerComments() {
  if (!streamIds().length) { liveStatus("Pick the stream's products first (or generate a script)."); return; }
  for (const raw of $("comments").value.split("\n")) {
    const text = raw.trim();
    if (!text) continue;
    const m = text.match(/^([^:：\s]{1,40})[:：]\s+(.+)$/);
    send(m ? { type: "comment", author: m[1], text: m[2] } : { type: "comment", text });
  }
  $("comments").value = "";
}

function showCaption(c) {
  const li = document.createElement("li");
  li.append(line("said", `[${c.language}] ${c.text}`));
  for (const [lang, text] of Object.entries(c.translations || {})) li.append(line("tr", `[${lang}] ${text}`));
  if (c.notice) li.append(line("note", c.notice));
  li.title = `caption ready ${Math.round(c.latency_ms.total)} ms after you stopped speaking`;
  $("captions").prepend(li);
  liveStatus("");
}

// The microphone as 16-bit PCM at 16 kHz in ~100 ms frames: the kiosk's framing, so the server's VAD reads both.
const PCM_WORKLET = `registerProcessor("host-pcm", class extends AudioWorkletProcessor {
  constructor() { super(); this.out = new Int16Array(1600); this.at = 0; }
  process(inputs) {
    const input = inputs[0][0];
    if (!input) return true;
    for (const x of input) {
      const v = Math.max(-1, Math.min(1, x));
      this.out[this.at++] = v < 0 ? v * 0x8000 : v * 0x7fff;
      if (this.at === this.out.length) { this.port.postMessage(this.out.buffer.slice(0)); this.at = 0; }
    }
    return true;
  }
});`;
const mic = { ctx: null, stream: null };

async function startMic() {
  if (mic.ctx) return;
  try {
    send({ type: "captions", language: $("lang").value });
    mic.stream = await navigator.mediaDevices.getUserMedia(
      { audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true } });
    mic.ctx = new AudioContext({ sampleRate: 16000 });
    await mic.ctx.audioWorklet.addModule(URL.createObjectURL(new Blob([PCM_WORKLET], { type: "text/javascript" })));
    const node = new AudioWorkletNode(mic.ctx, "host-pcm");
    node.port.onmessage = (e) => { if (socket && socket.readyState === WebSocket.OPEN) socket.send(e.data); };
    mic.ctx.createMediaStreamSource(mic.stream).connect(node);
    $("mic").disabled = true; $("mic-stop").disabled = false;
    liveStatus("Captions on: speak, pause, and the caption follows.");
  } catch (err) {
    liveStatus(`No microphone: ${err.message}`);
    stopMic();
  }
}

function stopMic() {
  if (mic.stream) mic.stream.getTracks().forEach((t) => t.stop());
  if (mic.ctx) mic.ctx.close();
  const wasOn = mic.ctx !== null;
  mic.ctx = null; mic.stream = null;
  $("mic").disabled = false; $("mic-stop").disabled = true;
  if (wasOn && socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: "end_of_speech" }));
}

$("answer").addEventListener("click", answerComments);
$("mic").addEventListener("click", startMic);
$("mic-stop").addEventListener("click", stopMic);
$("lang").addEventListener("change", sendStream);
