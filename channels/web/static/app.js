// Shopkeeper web chat: one websocket, one JSON frame per event, rendered as it arrives. No framework, no build.
"use strict";

const STRINGS = {
  en: {
    status: "Shop assistant", connecting: "Connecting…", offline: "Offline · reconnecting",
    welcomeTitle: "Hi! How can I help you today?",
    welcomeText: "Ask about products, prices, stock and where to find them in the store, your order, or our return policy.",
    placeholder: "Ask about a product, an order or a policy…", hint: "Enter to send · Shift+Enter for a new line",
    newChat: "New chat",
    note: "A note about this answer", notes: "notes about this answer",
    inStock: "In stock", lowStock: "Only {n} left", outOfStock: "Out of stock",
    lost: "The connection dropped before the answer arrived. Please send your message again.",
    sorry: "Sorry, I couldn't answer that.",
    trouble: "Sorry, something went wrong on our side. Please try again in a moment.",
    handoff: "A ticket was filed for the store's staff.",
    staff: "Store staff", holding: "A colleague from the store has the chat and will answer here.",
    taken: "{name} from the store has joined the chat.", released: "The assistant is back in the chat.",
    chips: ["waterproof hiking boots under 120", "what goes with a 2-person tent?", "where is my order 1042?",
      "how do I return a jacket?"],
  },
  ru: {
    status: "Консультант магазина", connecting: "Подключение…", offline: "Нет связи · переподключаемся",
    welcomeTitle: "Здравствуйте! Чем могу помочь?",
    welcomeText: "Спросите о товарах, ценах, наличии и где их найти в магазине, о вашем заказе или о возврате.",
    placeholder: "Спросите о товаре, заказе или правилах…", hint: "Enter — отправить · Shift+Enter — новая строка",
    newChat: "Новый чат",
    note: "Примечание к ответу", notes: "примечания к ответу",
    inStock: "В наличии", lowStock: "Осталось {n} шт.", outOfStock: "Нет в наличии",
    lost: "Связь прервалась до ответа. Отправьте сообщение ещё раз, пожалуйста.",
    sorry: "Извините, не получилось ответить.",
    trouble: "Извините, у нас что-то пошло не так. Попробуйте ещё раз чуть позже.",
    handoff: "Для сотрудников магазина создана заявка.",
    staff: "Сотрудник магазина", holding: "С вами переписывается сотрудник магазина, он ответит здесь.",
    taken: "{name} из магазина подключился к чату.", released: "Консультант-ассистент снова в чате.",
    chips: ["непромокаемые ботинки до 120", "что взять к палатке?", "где мой заказ 1042?", "как вернуть куртку?"],
  },
  zh: {
    status: "购物助手", connecting: "连接中…", offline: "已断开 · 正在重连",
    welcomeTitle: "您好！有什么可以帮您？",
    welcomeText: "可以问我商品、价格、库存和店内位置，查询订单，或了解退货政策。",
    placeholder: "问问商品、订单或政策…", hint: "Enter 发送 · Shift+Enter 换行",
    newChat: "新对话",
    note: "关于此回答的说明", notes: "条说明",
    inStock: "有货", lowStock: "仅剩 {n} 件", outOfStock: "缺货",
    lost: "回答送达前连接中断了，请重新发送消息。",
    sorry: "抱歉，暂时无法回答。",
    trouble: "抱歉，我们这边出了点问题，请稍后再试。",
    handoff: "已为门店工作人员创建工单。",
    staff: "门店工作人员", holding: "门店同事正在与您对话，会在这里回复。",
    taken: "门店的{name}已加入对话。", released: "购物助手已回到对话。",
    chips: ["120以内的防水登山鞋", "双人帐篷配什么装备？", "我的订单1042在哪里？", "夹克怎么退货？"],
  },
};
const LOW_STOCK = 3;
const HISTORY_LIMIT = 60;
const $ = (id) => document.getElementById(id);

// The session id is issued by the server (the socket's first frame) and signed; the page only keeps and hands back
// what it was given, so a reload continues the same conversation.
const state = {
  lang: STRINGS[localStorage.getItem("shopkeeper.lang")] ? localStorage.getItem("shopkeeper.lang") : pickLanguage(),
  sessionId: localStorage.getItem("shopkeeper.session"),
  history: loadHistory(),
  ws: null, retries: 0, outbox: [], turns: new Map(), counter: 0, holder: null,
};

function loadHistory() {
  try {
    const saved = JSON.parse(localStorage.getItem("shopkeeper.history") || "[]");
    return Array.isArray(saved) ? saved : [];
  } catch (_) {
    return []; // a damaged transcript is dropped; the conversation itself lives on the server
  }
}

function pickLanguage() {
  const nav = (navigator.language || "en").slice(0, 2).toLowerCase();
  return STRINGS[nav] ? nav : "en";
}

function t(key) { return STRINGS[state.lang][key]; }

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

function scrollDown() { const s = $("scroller"); s.scrollTop = s.scrollHeight; }

// ---- language and static texts ----
function applyLanguage() {
  document.documentElement.lang = state.lang;
  localStorage.setItem("shopkeeper.lang", state.lang);
  $("welcome-title").textContent = t("welcomeTitle");
  $("welcome-text").textContent = t("welcomeText");
  $("input").placeholder = t("placeholder");
  $("input").lang = state.lang;
  $("hint").textContent = t("hint");
  $("new-chat-label").textContent = t("newChat");
  $("new-chat").title = t("newChat");
  document.querySelectorAll(".langs button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.lang === state.lang)));
  const chips = $("chips");
  chips.replaceChildren(...t("chips").map((q) => {
    const b = el("button", "", q);
    b.type = "button";
    b.addEventListener("click", () => send(q));
    return b;
  }));
  setStatus(state.ws && state.ws.readyState === WebSocket.OPEN ? "online" : "connecting");
}

function setStatus(kind) {
  $("status-dot").className = "dot " + kind;
  $("status-text").textContent = kind === "online" ? t("status") : kind === "offline" ? t("offline") : t("connecting");
}

// ---- rendering ----
function formatPrice(price, currency) {
  const value = Number(price);
  try {
    return new Intl.NumberFormat(state.lang, { style: "currency", currency: currency || "USD" }).format(value);
  } catch (_) {
    return `${value.toFixed(2)} ${currency || ""}`.trim();
  }
}

function productCard(p) {
  const card = $("card-template").content.firstElementChild.cloneNode(true);
  card.querySelector(".category").textContent = p.category || "";
  const stock = card.querySelector(".stock");
  if (!p.in_stock || p.stock_qty <= 0) {
    stock.classList.add("out"); stock.textContent = t("outOfStock");
  } else if (p.stock_qty <= LOW_STOCK) {
    stock.classList.add("low"); stock.textContent = t("lowStock").replace("{n}", p.stock_qty);
  } else {
    stock.classList.add("in"); stock.textContent = `${t("inStock")} · ${p.stock_qty}`;
  }
  card.querySelector(".title").textContent = p.title;
  card.querySelector(".title").title = p.title;
  card.querySelector(".brand-name").textContent = p.brand || "";
  card.querySelector(".price").textContent = formatPrice(p.price, p.currency);
  const where = card.querySelector(".where");
  if (p.location) where.querySelector("span").textContent = p.location; else where.classList.add("empty");
  card.querySelector(".reason").textContent = p.reason || "";
  return card;
}

function tableView(tbl) {
  const wrap = el("div", "table-wrap");
  const table = el("table");
  table.append(el("caption", "", tbl.title));
  const head = el("tr");
  tbl.columns.forEach((c) => head.append(el("th", "", c)));
  table.append(head);
  tbl.rows.forEach((r) => { const tr = el("tr"); r.forEach((v) => tr.append(el("td", "", String(v ?? "")))); table.append(tr); });
  wrap.append(table);
  return wrap;
}

// Notices (a simpler answer mode, a missing index...) stay out of the way: one muted line, details on click.
function noticeView(notices) {
  const box = el("details", "notices");
  box.append(el("summary", "", notices.length === 1 ? t("note") : `${notices.length} ${t("notes")}`));
  const list = el("ul");
  notices.forEach((n) => list.append(el("li", "", n)));
  box.append(list);
  return box;
}

function userMessage(text) {
  const msg = el("div", "msg user");
  const body = el("div", "body");
  body.append(el("div", "bubble", text));
  msg.append(body);
  $("messages").append(msg);
  scrollDown();
}

// A bot message view: a bubble that fills with tokens, then cards, notices and errors below it.
function botMessage() {
  const msg = el("div", "msg bot");
  const avatar = el("div", "avatar");
  avatar.innerHTML = document.querySelector(".logo").innerHTML; // the store's own icon, static markup
  const body = el("div", "body");
  const typing = el("div", "typing");
  typing.append(el("span"), el("span"), el("span"));
  const bubble = el("div", "bubble");
  body.append(typing, bubble);
  msg.append(avatar, body);
  $("messages").append(msg);
  scrollDown();
  const view = {
    record: { role: "bot", text: "", products: [], tables: [], notices: [], errors: [], handoff: null },
    streamed: "",
    token(text) { typing.remove(); view.streamed += text; bubble.textContent = view.streamed; },
    products(items) {
      typing.remove();
      const cards = el("div", "cards");
      items.forEach((p) => cards.append(productCard(p)));
      body.append(cards);
      view.record.products.push(...items);
    },
    table(tbl) { body.append(tableView(tbl)); view.record.tables.push(tbl); },
    handoff(h) { body.append(el("div", "handoff", t("handoff"))); view.record.handoff = h; },
    // A person holds the session: no assistant reply comes, only this status line.
    held() { typing.remove(); msg.classList.add("status"); bubble.textContent = t("holding"); view.record.held = true; },
    error(message) { typing.remove(); body.append(el("div", "error", message)); view.record.errors.push(message); },
    done(text, notices) {
      typing.remove();
      msg.dataset.state = "done";
      // Tokens are verified sentences and done.text is exactly them joined: what was shown stands, never replaced.
      // (done.text is used only when nothing streamed: a replayed history entry.)
      view.record.text = view.streamed || text;
      if (view.record.held) return;
      if (!view.streamed) bubble.textContent = view.record.text;
      if (notices && notices.length) body.append(noticeView(notices));
      view.record.notices = notices || [];
      if (!view.record.text && !view.record.products.length && !view.record.errors.length) view.error(t("sorry"));
    },
  };
  return view;
}

// A person's reply (pushed by the server at any time, not an answer to one message), or a status line.
function staffMessage(entry) {
  const msg = el("div", "msg bot staff");
  const body = el("div", "body");
  body.append(el("div", "who", entry.name ? `${entry.name} · ${t("staff")}` : t("staff")), el("div", "bubble", entry.text));
  msg.append(el("div", "avatar"), body);
  $("messages").append(msg);
  scrollDown();
}

function statusLine(text) {
  $("messages").append(el("div", "msg status-line", text));
  scrollDown();
}

function onPush(frame) {
  if (frame.type === "agent_message") {
    if (frame.id && state.history.some((h) => h.role === "staff" && h.id === frame.id)) return; // already shown
    $("welcome").hidden = true;
    const entry = { role: "staff", id: frame.id, name: frame.name, text: frame.text };
    staffMessage(entry);
    remember(entry);
  } else if (frame.type === "staff_status") {
    if (state.holder === (frame.state === "taken" ? frame.ticket_id : null)) return; // nothing new (a reconnect)
    state.holder = frame.state === "taken" ? frame.ticket_id : null;
    const text = frame.state === "taken" ? t("taken").replace("{name}", frame.name || t("staff")) : t("released");
    statusLine(text);
    remember({ role: "status", text });
  }
}

function replay(entry) {
  if (entry.role === "user") { userMessage(entry.text); return; }
  if (entry.role === "staff") { staffMessage(entry); return; }
  if (entry.role === "status") { statusLine(entry.text); return; }
  const view = botMessage();
  if (entry.products && entry.products.length) view.products(entry.products);
  (entry.tables || []).forEach(view.table);
  if (entry.handoff) view.handoff(entry.handoff);
  if (entry.held) view.held();
  (entry.errors || []).forEach(view.error);
  view.done(entry.text, entry.notices);
}

function remember(entry) {
  state.history.push(entry);
  state.history = state.history.slice(-HISTORY_LIMIT);
  localStorage.setItem("shopkeeper.history", JSON.stringify(state.history));
}

// ---- the socket ----
function connect() {
  setStatus("connecting");
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const query = state.sessionId ? `?session_id=${encodeURIComponent(state.sessionId)}` : "";
  const ws = new WebSocket(`${scheme}//${location.host}/ws/chat${query}`);
  state.ws = ws;
  ws.onopen = () => { state.retries = 0; };
  ws.onmessage = (msg) => {
    const frame = JSON.parse(msg.data);
    // The first frame names the session: only then is the socket ready for messages.
    if (frame.type === "session") { adoptSession(frame.session_id); setStatus("online"); flush(ws); return; }
    if (frame.type === "error" && frame.code === "session_invalid" && !frame.reply_to) {
      forgetSession(); // the server no longer knows this id (a new secret, or a damaged one): start afresh
      return;
    }
    onFrame(frame);
  };
  ws.onclose = () => {
    setStatus("offline");
    // Turns still waiting will not get their answer on a new socket: say so instead of spinning forever.
    for (const [id, view] of state.turns) { view.error(t("lost")); view.done("", []); finish(id, view); }
    const delay = Math.min(8000, 500 * 2 ** state.retries++);
    setTimeout(connect, delay);
  };
}

function adoptSession(id) {
  state.sessionId = id;
  localStorage.setItem("shopkeeper.session", id);
}

function forgetSession() {
  state.sessionId = null;
  localStorage.removeItem("shopkeeper.session");
}

function flush(ws) {
  while (state.outbox.length && ws.readyState === WebSocket.OPEN) ws.send(state.outbox.shift());
}

// Error frames carry a stable code and a sentence the server localized from a fixed set (never a technical
// detail); a frame about a malformed message (bad_frame, a page bug) gets the page's own calm line.
function politeError(frame) {
  return frame.code === "bad_frame" || !frame.message ? t("trouble") : frame.message;
}

function onFrame(frame) {
  if (frame.type === "agent_message" || frame.type === "staff_status") { onPush(frame); return; }
  const view = state.turns.get(frame.reply_to);
  if (!view) {
    if (frame.type === "error") { const v = botMessage(); v.error(politeError(frame)); v.done("", []); }
    return;
  }
  switch (frame.type) {
    case "token": view.token(frame.text); break;
    case "products": view.products(frame.items); break;
    case "table": view.table(frame); break;
    case "handoff": view.handoff(frame); break;
    case "staff_holding": view.held(); break;
    case "error": view.error(politeError(frame)); break;
    case "done": view.done(frame.text, frame.notices); finish(frame.reply_to, view); break;
    default: break; // chart, task and audio belong to other channels' views
  }
  scrollDown();
}

function finish(id, view) {
  state.turns.delete(id);
  remember(view.record);
}

function send(text) {
  text = text.trim();
  if (!text) return;
  $("welcome").hidden = true;
  userMessage(text);
  remember({ role: "user", text });
  const id = `m${Date.now().toString(36)}-${state.counter++}`;
  state.turns.set(id, botMessage());
  // No session_id: the socket already belongs to the session the server issued.
  const frame = JSON.stringify({ text, locale: state.lang, id });
  const ready = state.ws && state.ws.readyState === WebSocket.OPEN && state.sessionId;
  if (ready) state.ws.send(frame); else state.outbox.push(frame);
}

// ---- input ----
function autosize() { const i = $("input"); i.style.height = "auto"; i.style.height = `${i.scrollHeight}px`; }

$("composer").addEventListener("submit", (e) => {
  e.preventDefault();
  const input = $("input");
  send(input.value);
  input.value = "";
  autosize();
  input.focus();
});

$("input").addEventListener("keydown", (e) => {
  // While an IME is composing (Chinese pinyin, etc.) Enter confirms the candidate: it must not send.
  if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
    e.preventDefault();
    $("composer").requestSubmit();
  }
});
$("input").addEventListener("input", autosize);

document.querySelectorAll(".langs button").forEach((b) => b.addEventListener("click", () => {
  state.lang = b.dataset.lang;
  applyLanguage();
}));

$("new-chat").addEventListener("click", () => {
  // A new conversation is a new session issued by the server: reconnect without the old id.
  forgetSession();
  if (state.ws) state.ws.close();
  state.history = [];
  localStorage.removeItem("shopkeeper.history");
  document.querySelectorAll(".msg").forEach((m) => m.remove());
  $("welcome").hidden = false;
});

applyLanguage();
if (state.history.length) { $("welcome").hidden = true; state.history.forEach(replay); }
connect();
$("input").focus();
