"""Optional prose answers from an OpenAI-compatible chat endpoint (llama.cpp, Ollama, vLLM, ...).

The model sees only the retrieved evidence, each span under an id ("[1.1]"), and must end every sentence
with the ids it rests on. Sentences that cite nothing, or cite an id that was not given, are dropped; the
structured statements stay as they were. Nothing is sent unless `--llm URL` asks for it, and only to a
server on this machine (127.0.0.1, ::1, localhost): historiograph works offline, so the evidence of a
corpus never leaves it.
"""
from __future__ import annotations

import json
import os
import re
import http.client
import ipaddress
import urllib.parse
from typing import Any

SYSTEM = ("Answer the question using ONLY the numbered evidence. End every sentence with the ids of the "
          "evidence it rests on, in square brackets, e.g. [1.1][2.1]. If the evidence does not answer the "
          "question, say so in one sentence without ids. Do not add facts that are not in the evidence.")
_IDS = re.compile(r"\[(\d+(?:\.\d+)?)\]")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)(?:\s*\u27e6[\d_]+\u27e7)*")


class NotLocal(ValueError):
    """An --llm address that is not a server on this machine."""


def local_endpoint(url: str) -> tuple[str, int, str, bool]:
    """(host, port, path, https) of a chat endpoint on this machine; NotLocal for any other address."""
    parts = urllib.parse.urlsplit(url if "://" in url else "http://" + url)
    host = parts.hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if parts.scheme not in ("http", "https") or not loopback:
        raise NotLocal(f"--llm {url}: only a server on this machine (127.0.0.1, ::1, localhost) is allowed; "
                       "historiograph works offline")
    path = parts.path.rstrip("/")
    if not path.endswith("/chat/completions"):
        path += "/v1/chat/completions" if not path.endswith("/v1") else "/chat/completions"
    https = parts.scheme == "https"
    return host, parts.port or (443 if https else 80), path, https


def _post(url: str, payload: dict[str, Any], api_key: str | None, timeout: float) -> dict[str, Any]:
    host, port, path, https = local_endpoint(url)
    conn = (http.client.HTTPSConnection if https else http.client.HTTPConnection)(host, port, timeout=timeout)
    try:
        conn.request("POST", path, body=json.dumps(payload).encode(),
                     headers={"Content-Type": "application/json",
                              **({"Authorization": f"Bearer {api_key}"} if api_key else {})})
        resp = conn.getresponse()
        body = resp.read().decode("utf-8")
        if resp.status >= 400:
            raise OSError(f"--llm {url}: HTTP {resp.status} {resp.reason}")
        return json.loads(body)
    finally:
        conn.close()


def checked_sentences(text: str, allowed: set[str]) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """(kept (sentence, ids), dropped sentences): a sentence is kept when it cites ids, all of them given."""
    kept, dropped = [], []
    protected = _IDS.sub(lambda m: "\u27e6" + m.group(1).replace(".", "_") + "\u27e7", text)  # ids hold full stops
    for m in _SENTENCE.finditer(protected):
        sentence = re.sub(r"\u27e6([\d_]+)\u27e7", lambda x: "[" + x.group(1).replace("_", ".") + "]",
                          m.group(0)).strip()
        if not sentence:
            continue
        ids = _IDS.findall(sentence)
        if ids and all(i in allowed for i in ids):
            plain = re.sub(r"\s+([.!?,;])", r"\1", _IDS.sub("", sentence)).strip()
            kept.append((plain, list(dict.fromkeys(ids))))
        else:
            dropped.append(sentence)
    return kept, dropped


def prose(result: dict[str, Any], url: str, model: str | None = None, api_key: str | None = None,
          timeout: float = 60.0) -> dict[str, Any]:
    """`result` with `prose` (the checked sentences, each with its citations) and `dropped` added."""
    model = model or os.environ.get("HISTORIOGRAPH_LLM_MODEL", "default")
    api_key = api_key or os.environ.get("HISTORIOGRAPH_LLM_KEY") or os.environ.get("OPENAI_API_KEY")
    by_id = {c["id"]: c for s in result["statements"] for c in s["citations"]}
    evidence = "\n".join(f"[{cid}] {c['text'].strip()}" for cid, c in by_id.items())
    payload = {"model": model, "temperature": 0, "messages": [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"Evidence:\n{evidence}\n\nQuestion: {result['question']}"}]}
    reply = _post(url, payload, api_key, timeout)
    text = reply["choices"][0]["message"]["content"]
    kept, dropped = checked_sentences(text, set(by_id))
    result = dict(result)
    result["prose"] = [{"text": s, "citations": [by_id[i] for i in ids]} for s, ids in kept]
    result["dropped"] = dropped
    if kept:
        result["answer"] = " ".join(f"{s} " + "".join(f"[{i}]" for i in ids) for s, ids in kept).strip()
    return result
