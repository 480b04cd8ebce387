# factbot and its bundled fact base on a slim Python image; the database lives on /data.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    FACTBOT_DB=/data/factbot.db

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

# The Discord bot command (`factbot run`) arrives with the bot; until then the image answers
# questions: docker run --rm IMAGE factbot ask "when was the name changed?"
CMD ["factbot", "--help"]
