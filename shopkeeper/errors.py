"""One small exception tree. Channels turn these into a clear message for the user and a log line for the operator."""

from __future__ import annotations


class ShopkeeperError(Exception):
    """Base of every error the project raises on purpose. ``hint`` says what the user or operator can do."""

    code = "error"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ConfigError(ShopkeeperError):
    code = "config"


class DependencyMissing(ShopkeeperError):
    """An optional extra is not installed; the hint names the pip command that fixes it."""

    code = "dependency_missing"

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(
            f"{package} is not installed",
            hint=f"pip install 'shopkeeper[{extra}]'",
        )
        self.package = package
        self.extra = extra


class InputRejected(ShopkeeperError):
    """User input that is too long, badly encoded, empty or otherwise unusable."""

    code = "input_rejected"


class DataError(ShopkeeperError):
    """A bad row or file in an import; carries where it is."""

    code = "data_error"

    def __init__(self, message: str, *, line: int | None = None, hint: str | None = None) -> None:
        super().__init__(f"line {line}: {message}" if line is not None else message, hint=hint)
        self.line = line


class NotFound(ShopkeeperError):
    code = "not_found"


class PermissionDenied(ShopkeeperError):
    """A role asked for a tool it may not call. Enforced in the tool layer, never in a prompt."""

    code = "permission_denied"

    def __init__(self, message: str, *, hint: str | None = None, role: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.role = role  # who was refused: a host is staff, and must not be told the tool is "for staff"


class VerificationRequired(ShopkeeperError):
    """Personal data (an order) asked for without the second factor that shows it is the asker's."""

    code = "verification_required"


class TooManyAttempts(ShopkeeperError):
    """Too many failed or distinct look-ups of personal data from one client or on one order: nothing is checked."""

    code = "too_many_attempts"


class StoreUnavailable(ShopkeeperError):
    """The store database is missing, locked or unreachable."""

    code = "store_unavailable"


class IndexUnavailable(ShopkeeperError):
    """The vector index is missing or unreachable; the hint says how to rebuild it."""

    code = "index_unavailable"


class LLMUnavailable(ShopkeeperError):
    """The chat model is down, timed out or produced garbage."""

    code = "llm_unavailable"


class LimitsUnavailable(ShopkeeperError):
    """The shared store of limits (Redis) is unreachable. Rate limits at the edge let traffic through and log it;
    limits that guard private data treat it as a refusal."""

    code = "limits_unavailable"
