// Voice kiosk: microphone -> 16 kHz PCM frames over the websocket; spoken answers played sentence by sentence.
// The server finds where a question ends (VAD) and stops talking when the shopper speaks again (barge-in).
(() => {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const mic = $("mic"), micLabel = $("mic-label"), state = $("state"), heard = $("heard"), answer = $("answer");
  const cards = $("cards"), stop = $("stop");
  let ws = null, ctx = null, node = null, source = null, locale = "";
  let pendingAudio = null;         // the header of the WAV whose bytes come in the next binary frame
  let playing = [], playAt = 0;    // scheduled sentence sources, in order
  const WORDS = {
    en: { idle: "Tap to start, then ask your question", listening: "Listening…", thinking: "Thinking…",
          speaking: "Speaking: talk to interrupt", off: "Not listening", nomic: "No microphone: allow it in the browser" },
    ru: { idle: "Нажмите и задайте вопрос", listening: "Слушаю…", thinking: "Думаю…",
          speaking: "Говорю: перебейте, если нужно", off: "Не слушаю", nomic: "Нет микрофона: разрешите его в браузере" },
    zh: { idle: "点击开始，然后提问", listening: "正在听…", thinking: "正在思考…",
          speaking: "正在回答：说话即可打断", off: "未在听", nomic: "没有麦克风：请在浏览器中允许" },
  };
  const words = () => WORDS[locale] || WORDS[(navigator.language || "en").slice(0, 2)] || WORDS.en;
  function show(mode) {
    mic.className = "mic " + mode;
    state.textContent = words()[mode] || "";
    stop.hidden = mode !== "speaking";
  }

  function connect() {
    const proto = location.protocol === "https:" ? "wss" : "ws";
    ws = new WebSocket(`${proto}://${location.host}/v1/kiosk` + (locale ? `?locale=${locale}` : ""));
    ws.binaryType = "arraybuffer";
    ws.onmessage = (msg) => (typeof msg.data === "string" ? onFrame(JSON.parse(msg.data)) : onAudio(msg.data));
    ws.onclose = () => { show("off"); setTimeout(connect, 2000); };
  }

  function onFrame(f) {
    switch (f.type) {
      case "ready": show(node ? "listening" : "idle"); break;
      case "speech_start": show("listening"); break;
      case "thinking": show("thinking"); heard.textContent = ""; answer.textContent = ""; answer.className = "answer";
        cards.replaceChildren(); break;
      case "transcript": heard.textContent = f.text; break;
      case "token": answer.textContent += f.text; break;
      case "products": showCards(f.items || []); break;
      case "error": answer.textContent = f.message; answer.classList.add("error"); break;
      case "audio": pendingAudio = f; break;
      case "stopped": silence(); show("listening"); break;
      case "done": if (!playing.length) show("listening"); break;
    }
  }

  function showCards(items) {
    cards.replaceChildren(...items.slice(0, 4).map((p) => {
      const li = document.createElement("li");
      const title = document.createElement("div");
      title.textContent = p.title;
      const where = document.createElement("div");
      where.className = "where";
      where.textContent = p.location || "";
      li.append(title, where);
      return li;
    }));
  }

  async function onAudio(data) {
    if (!pendingAudio || !ctx) return;
    pendingAudio = null;
    const buffer = await ctx.decodeAudioData(data);
    const src = ctx.createBufferSource();
    src.buffer = buffer;
    src.connect(ctx.destination);
    playAt = Math.max(playAt, ctx.currentTime + 0.02);
    src.start(playAt);
    playAt += buffer.duration;
    playing.push(src);
    show("speaking");
    src.onended = () => {
      playing = playing.filter((s) => s !== src);
      if (!playing.length) show("listening");
    };
  }

  function silence() {
    for (const s of playing) { try { s.stop(); } catch (_) { /* already ended */ } }
    playing = []; playAt = 0;
  }

  // The AudioWorklet turns the microphone's float samples into 16-bit PCM frames of ~100 ms.
  const WORKLET = `class Pcm extends AudioWorkletProcessor {
    constructor() { super(); this.buf = new Int16Array(1600); this.n = 0; }
    process(inputs) {
      const ch = inputs[0][0];
      if (ch) for (let i = 0; i < ch.length; i++) {
        const v = Math.max(-1, Math.min(1, ch[i]));
        this.buf[this.n++] = v < 0 ? v * 32768 : v * 32767;
        if (this.n === this.buf.length) { this.port.postMessage(this.buf.buffer.slice(0)); this.n = 0; }
      }
      return true;
    }
  }
  registerProcessor("pcm16", Pcm);`;

  async function start() {
    if (node) return;
    try {
      const stream = await navigator.mediaDevices.getUserMedia(
        { audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true } });
      ctx = new AudioContext({ sampleRate: 16000 });
      const url = URL.createObjectURL(new Blob([WORKLET], { type: "application/javascript" }));
      await ctx.audioWorklet.addModule(url);
      source = ctx.createMediaStreamSource(stream);
      node = new AudioWorkletNode(ctx, "pcm16");
      node.port.onmessage = (e) => { if (ws && ws.readyState === WebSocket.OPEN) ws.send(e.data); };
      source.connect(node);
      show("listening");
    } catch (err) {
      state.textContent = words().nomic;
      console.error(err);
    }
  }

  mic.addEventListener("click", start);
  stop.addEventListener("click", () => ws && ws.send(JSON.stringify({ type: "barge_in" })));
  for (const b of document.querySelectorAll(".langs button")) {
    b.addEventListener("click", () => {
      locale = b.dataset.lang;
      document.querySelectorAll(".langs button").forEach((x) => x.classList.toggle("on", x === b));
      micLabel.textContent = words().idle;
      if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: "config", locale: locale || null }));
    });
  }
  micLabel.textContent = words().idle;
  connect();
})();
