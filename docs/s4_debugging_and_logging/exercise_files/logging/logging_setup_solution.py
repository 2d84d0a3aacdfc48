"""Logging for the entry points of corrupt_mnist that Hydra does not configure.

Reference solution. Save it as src/corrupt_mnist/logging_setup.py.

The library modules (data.py, train.py, evaluate.py, ...) only ever do

    log = logging.getLogger(__name__)
    log.info("Saved %d images", n)

and never decide where their messages go. An entry point, such as the typer CLI, calls
setup_logging() once at start-up. From then on every record, from our modules and from
third-party libraries, is handed to loguru, which writes it to two sinks:

- the terminal (stderr), at INFO and above, or the level you pass;
- logs/corrupt_mnist.log, at DEBUG and above. When the file reaches the rotation size,
  loguru renames it with a timestamp and starts a new one; only the newest `retention`
  renamed files are kept.

See it work from the project root (a tiny rotation size makes the file rotate):

    uv run python -m corrupt_mnist.logging_setup --demo
"""

import inspect
import logging
import sys
from pathlib import Path

from loguru import logger

LOG_DIR = Path("logs")
LOG_FILE_NAME = "corrupt_mnist.log"
PACKAGE = "corrupt_mnist"  # the parent logger of every module in the package

TERMINAL_FORMAT = (
    "<green>{time:HH:mm:ss}</green> | <level>{level: <8}</level> | "
    "<cyan>{name}</cyan> - <level>{message}</level>"
)
FILE_FORMAT = "{time:YYYY-MM-DD HH:mm:ss.SSS} | {level: <8} | {name}:{function}:{line} - {message}"


class InterceptHandler(logging.Handler):
    """A standard-library handler that passes every record on to loguru."""

    def emit(self, record: logging.LogRecord) -> None:
        """Re-emit record through loguru, keeping its level, caller and exception."""
        try:
            level: str | int = logger.level(record.levelname).name
        except ValueError:  # a custom level that loguru does not know
            level = record.levelno

        # Walk back past the logging module's own frames, so that loguru reports the
        # function that called log.info(), not this handler.
        frame, depth = inspect.currentframe(), 0
        while frame is not None and (depth == 0 or frame.f_code.co_filename == logging.__file__):
            frame = frame.f_back
            depth += 1

        logger.opt(depth=depth, exception=record.exc_info).log(level, record.getMessage())


def setup_logging(
    level: str = "INFO",
    log_dir: Path = LOG_DIR,
    rotation: str = "10 MB",
    retention: int = 5,
) -> Path:
    """Send log records to the terminal and to a rotating file; return the file's path.

    Args:
        level: lowest level shown in the terminal ("DEBUG", "INFO", "WARNING", ...).
        log_dir: folder for the log file and its rotated predecessors.
        rotation: size at which the file is rotated, e.g. "10 MB" or "500 KB".
        retention: how many rotated files to keep; older ones are deleted.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / LOG_FILE_NAME

    logger.remove()  # drop loguru's default stderr sink, or every line appears twice
    logger.add(sys.stderr, level=level, format=TERMINAL_FORMAT)
    logger.add(
        log_file,
        level="DEBUG",
        format=FILE_FORMAT,
        rotation=rotation,
        retention=retention,
        encoding="utf-8",
        diagnose=False,  # no variable values in tracebacks: they can hold secrets
    )

    # Route the standard library's records to loguru. force=True replaces any handlers
    # installed before. The root level INFO keeps chatty third-party DEBUG records out;
    # our own package may send DEBUG records, which only the file sink shows by default.
    logging.basicConfig(handlers=[InterceptHandler()], level=logging.INFO, force=True)
    logging.getLogger(PACKAGE).setLevel(logging.DEBUG)
    return log_file


def demo(log_dir: Path) -> None:
    """Log enough lines through both APIs to make the file rotate, then list the files."""
    log_file = setup_logging(log_dir=log_dir, rotation="4 KB", retention=3)
    log = logging.getLogger(f"{PACKAGE}.demo")  # what a module of the package would use

    log.info("Logging to the terminal and to %s", log_file)
    for epoch in range(1, 201):
        log.debug("epoch %d: details that only the file receives", epoch)
        if epoch % 50 == 0:
            log.info("epoch %d/200 done", epoch)
    log.warning("Validation accuracy dropped from %.3f to %.3f", 0.981, 0.954)

    try:
        _ = 1 / 0
    except ZeroDivisionError:
        log.exception("A step failed; the traceback goes to both sinks")

    logger.info("loguru's own logger works too, for scripts that do not need the stdlib")

    rotated = sorted(p.name for p in log_dir.glob("corrupt_mnist.*.log"))
    log.info("%s holds %s and %d rotated files", log_dir, LOG_FILE_NAME, len(rotated))


if __name__ == "__main__":
    if "--demo" not in sys.argv:
        raise SystemExit("Usage: python -m corrupt_mnist.logging_setup --demo")
    demo(LOG_DIR / "demo")
