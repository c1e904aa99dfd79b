-- historiograph corpus database. Version in meta('schema_version'); see store/__init__.py.
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);

-- one row per document; `annotations` is the whole annotated document as the JSON of the spec
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER,
  mtime_ns INTEGER,
  format TEXT,
  title TEXT, author TEXT, published TEXT, quoted_from TEXT,
  words INTEGER,
  text TEXT NOT NULL,
  annotations TEXT NOT NULL,
  built_at TEXT NOT NULL,
  name TEXT  -- the file name: the reader's short URL key where it is unique
);

CREATE TABLE IF NOT EXISTS mentions (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER, "end" INTEGER, text TEXT, label TEXT, entity TEXT, zone TEXT);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id, entity);

CREATE TABLE IF NOT EXISTS entities (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  id TEXT, name TEXT, label TEXT, aliases TEXT, place TEXT, refers_to TEXT);
CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc_id, id);

CREATE TABLE IF NOT EXISTS timexes (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER, "end" INTEGER, text TEXT, type TEXT, value TEXT, mod TEXT, bibliographic INTEGER);
CREATE INDEX IF NOT EXISTS timexes_doc ON timexes(doc_id);

CREATE TABLE IF NOT EXISTS citations (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER, "end" INTEGER, text TEXT, reference TEXT, page TEXT);
CREATE INDEX IF NOT EXISTS citations_doc ON citations(doc_id);

CREATE TABLE IF NOT EXISTS refs (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  id TEXT, label TEXT, text TEXT, csl TEXT, start INTEGER, "end" INTEGER, "full" TEXT);
CREATE INDEX IF NOT EXISTS refs_doc ON refs(doc_id, id);

CREATE TABLE IF NOT EXISTS events (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  id TEXT, type TEXT, trigger_start INTEGER, trigger_end INTEGER,
  sentence_start INTEGER, sentence_end INTEGER, time_value TEXT, time_mod TEXT,
  place TEXT, certainty TEXT, attributed_to TEXT, data TEXT);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id, id);

CREATE TABLE IF NOT EXISTS issues (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind TEXT, start INTEGER, "end" INTEGER, message TEXT);

-- corpus level: rebuilt as a whole, in one transaction, after the documents change
CREATE TABLE IF NOT EXISTS corpus_entities (
  id TEXT PRIMARY KEY, name TEXT, label TEXT, aliases TEXT, documents TEXT, mentions INTEGER, place TEXT);
CREATE TABLE IF NOT EXISTS corpus_entity_members (entity_id TEXT, source TEXT, local_id TEXT);
CREATE INDEX IF NOT EXISTS cem_local ON corpus_entity_members(source, local_id);
CREATE INDEX IF NOT EXISTS cem_entity ON corpus_entity_members(entity_id);

CREATE TABLE IF NOT EXISTS timeline (
  id TEXT PRIMARY KEY, position INTEGER, date TEXT, mod TEXT, type TEXT, summary TEXT,
  participants TEXT, place TEXT, certainty TEXT, sources TEXT, entity_ids TEXT, inferred INTEGER);
CREATE TABLE IF NOT EXISTS timeline_members (entry_id TEXT, source TEXT, local_id TEXT);
CREATE INDEX IF NOT EXISTS timeline_position ON timeline(position);
CREATE INDEX IF NOT EXISTS timeline_type ON timeline(type, position);
CREATE INDEX IF NOT EXISTS tm_source ON timeline_members(source);
CREATE INDEX IF NOT EXISTS tm_entry ON timeline_members(entry_id);
-- which corpus entities each entry involves (the entity page and the timeline filter, by index)
CREATE TABLE IF NOT EXISTS timeline_entities (entry_id TEXT, entity_id TEXT, position INTEGER);
CREATE INDEX IF NOT EXISTS te_entity ON timeline_entities(entity_id, position);
CREATE INDEX IF NOT EXISTS te_entry ON timeline_entities(entry_id);

CREATE TABLE IF NOT EXISTS conflicts (id INTEGER PRIMARY KEY, kind TEXT, message TEXT, evidence TEXT);
CREATE INDEX IF NOT EXISTS conflicts_kind ON conflicts(kind, id);
CREATE TABLE IF NOT EXISTS conflict_sources (conflict_id INTEGER, source TEXT);
CREATE INDEX IF NOT EXISTS cs_source ON conflict_sources(source);
CREATE INDEX IF NOT EXISTS ce_rank ON corpus_entities(mentions DESC, name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS ce_label ON corpus_entities(label, mentions DESC, name COLLATE NOCASE);

CREATE TABLE IF NOT EXISTS works (id TEXT PRIMARY KEY, csl TEXT, cited_by TEXT);

-- full-text search over documents, entities and events (kind, key, title, body)
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(kind UNINDEXED, key UNINDEXED, title, body,
  tokenize = 'unicode61 remove_diacritics 2');

-- ask (historiograph.ask): one row per sentence of the documents' body, with its dense embedding (float16,
-- model named in meta('ask_index')); filled at build time for documents that have none, dropped with the
-- document by the trigger below. `ask_fts` is its BM25 index (rowid = ask_sentences.id).
CREATE TABLE IF NOT EXISTS ask_sentences (
  id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL, start INTEGER, "end" INTEGER, text TEXT, vector BLOB);
CREATE INDEX IF NOT EXISTS ask_sentences_doc ON ask_sentences(doc_id);
CREATE VIRTUAL TABLE IF NOT EXISTS ask_fts USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS ask_document_gone AFTER DELETE ON documents BEGIN
  DELETE FROM ask_fts WHERE rowid IN (SELECT id FROM ask_sentences WHERE doc_id = old.id);
  DELETE FROM ask_sentences WHERE doc_id = old.id;
END;
