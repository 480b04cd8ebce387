# factbot: the Discord bot and its bundled fact base on a slim Python image.
#   docker build -t factbot .
#   docker run -e DISCORD_TOKEN=... -v factbot-data:/data factbot
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    FACTBOT_DB=/data/factbot.db \
    FACTBOT_HEARTBEAT=/data/heartbeat

# The same steps tests/test_packaging.py runs in a fresh virtual environment.
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY facts ./facts
RUN pip install . && rm -rf /src

RUN useradd --create-home --uid 10001 factbot && mkdir -p /data && chown factbot /data
USER factbot
WORKDIR /home/factbot
VOLUME ["/data"]

# Fail the build if the installed package cannot answer from its bundled facts.
RUN FACTBOT_DB=/tmp/check.db factbot ask "when was the name changed?" >/dev/null

# Healthy while the connected bot keeps refreshing its heartbeat file (every 15 s).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["factbot", "health", "--max-age", "60"]

CMD ["factbot", "run"]
