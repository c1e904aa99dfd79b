"""Optional prose answers from an OpenAI-compatible chat endpoint (llama.cpp, Ollama, vLLM, ...).

The model sees only the retrieved evidence, each span under an id ("[1.1]"), and must end every sentence
with the ids it rests on. Sentences that cite nothing, or cite an id that was not given, are dropped; the
structured statements stay as they were. Nothing is sent unless `--llm URL` asks for it.
"""
from __future__ import annotations

import json
import os
import re
import urllib.request
from typing import Any

SYSTEM = ("Answer the question using ONLY the numbered evidence. End every sentence with the ids of the "
          "evidence it rests on, in square brackets, e.g. [1.1][2.1]. If the evidence does not answer the "
          "question, say so in one sentence without ids. Do not add facts that are not in the evidence.")
_IDS = re.compile(r"\[(\d+(?:\.\d+)?)\]")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)(?:\s*\u27e6[\d_]+\u27e7)*")


def _post(url: str, payload: dict[str, Any], api_key: str | None, timeout: float) -> dict[str, Any]:
    endpoint = url.rstrip("/")
    if not endpoint.endswith("/chat/completions"):
        endpoint += "/v1/chat/completions" if not endpoint.endswith("/v1") else "/chat/completions"
    req = urllib.request.Request(endpoint, data=json.dumps(payload).encode(), method="POST",
                                 headers={"Content-Type": "application/json",
                                          **({"Authorization": f"Bearer {api_key}"} if api_key else {})})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return json.loads(resp.read().decode("utf-8"))


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
