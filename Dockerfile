# vanban: the HTTP service on a SQLite file in /data, originals beside it in /data/vanban-originals
# (with VANBAN_DB set for PostgreSQL, set VANBAN_ORIGINALS_DIR=/data/originals to keep them).
FROM python:3.11-slim

RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-vie antiword libreoffice-writer-nogui libgl1 libglib2.0-0 fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY extractors ./extractors
COPY models ./models
COPY corpus ./corpus
COPY service ./service
COPY api ./api
COPY cli ./cli
RUN pip install --no-cache-dir .

ENV VANBAN_DB=sqlite:////data/vanban.db \
    OMP_THREAD_LIMIT=1
VOLUME ["/data"]
EXPOSE 8000
# 0.0.0.0 so that the published port reaches the server: reads are then open to anyone who
# reaches that port. Publish it to a trusted network only, or close reads and writes
# (`vanban keys create`, VANBAN_READS=key): docs/limits.md. `vanban serve` says which on start.
CMD ["vanban", "serve", "--host", "0.0.0.0", "--port", "8000"]
