"""nltk's WordNet module without the rest of nltk (historiograph/nltk_import.py), and the rest of nltk
still there for whoever asks for it. Each case runs in a fresh interpreter: nltk is imported once per
process."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap


def _fresh(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_the_wordnet_reader_imports_a_few_nltk_modules_and_reads_as_before():
    out = _fresh("""
        import json, sys
        from historiograph.events import wordnet
        wn = wordnet.reader()
        loaded = sorted(m for m in sys.modules if m.startswith("nltk"))
        print(json.dumps({"loaded": loaded, "dog": wn.synsets("dog", "n")[0].name(),
                          "married": wn.morphy("married", "v"), "cold": wn.synset("cold.a.01").pos()}))
    """)
    assert (out["dog"], out["married"], out["cold"]) == ("dog.n.01", "marry", "a")
    assert "nltk.corpus.reader.wordnet" in out["loaded"] and len(out["loaded"]) < 60
    assert not any(m.startswith(("nltk.classify", "nltk.parse", "nltk.translate", "nltk.chunk")) for m in out["loaded"])


def test_the_rest_of_nltk_comes_with_the_first_name_asked_of_it():
    out = _fresh("""
        import json, sys
        from historiograph.nltk_import import wordnet_module
        module = wordnet_module()
        import nltk
        words = nltk.wordpunct_tokenize("Hello there, world.")  # a name nltk/__init__ re-exports
        from nltk.corpus import brown, wordnet
        from nltk.corpus.reader import wordnet as same
        from nltk.tag import pos_tag
        print(json.dumps({"words": words, "same": same is module and nltk.corpus.reader.wordnet is module,
                          "version": nltk.__version__, "classify": "nltk.classify" in sys.modules,
                          "plain": all(type(sys.modules[m]) is type(sys) for m in sys.modules if m.startswith("nltk"))}))
    """)
    assert out["words"] == ["Hello", "there", ",", "world", "."] and out["same"] and out["classify"]
    assert out["version"][0].isdigit() and out["plain"]


def test_another_nltk_lacking_a_name_is_imported_whole():
    out = _fresh("""
        import json, sys
        from historiograph import nltk_import
        nltk_import.REEXPORTED += (("nltk.tag", "no_such_name", "nltk.tag.mapping"),)
        module = nltk_import.wordnet_module()
        import nltk
        print(json.dumps({"reader": module.WordNetCorpusReader.__name__, "classify": "nltk.classify" in sys.modules,
                          "words": nltk.wordpunct_tokenize("a b")}))
    """)
    assert out == {"reader": "WordNetCorpusReader", "classify": True, "words": ["a", "b"]}


def test_an_nltk_imported_already_is_used_as_it_is():
    out = _fresh("""
        import json, sys
        import nltk
        from historiograph.nltk_import import wordnet_module
        print(json.dumps({"same": wordnet_module() is nltk.corpus.reader.wordnet}))
    """)
    assert out["same"]


def test_threads_loading_wordnet_and_asking_nltk_at_once_all_get_them():
    """Several threads at once (a server's first requests): each gets the one reader (read once), none
    a None that would then stay cached for the process, and the names of nltk asked from threads are all there."""
    out = _fresh("""
        import json, sys, threading, warnings
        warnings.simplefilter("ignore")
        sys.setswitchinterval(1e-6)  # interleave as much as a thread switch allows
        from historiograph.events import wordnet
        got, errors = [], []
        start = threading.Barrier(6)
        def load():
            start.wait()
            got.append(wordnet.reader())
        threads = [threading.Thread(target=load) for _ in range(6)]
        [t.start() for t in threads]; [t.join() for t in threads]
        import nltk
        names = ["word_tokenize", "pos_tag", "FreqDist", "sent_tokenize", "ngrams", "Tree"]
        start = threading.Barrier(len(names))
        def ask(name):
            start.wait()
            try:
                getattr(nltk, name)
            except Exception as error:
                errors.append(f"{name}: {error!r}")
        threads = [threading.Thread(target=ask, args=(n,)) for n in names]
        [t.start() for t in threads]; [t.join() for t in threads]
        print(json.dumps({"got": [r is wordnet.reader() is not None for r in got], "cached": wordnet.reader() is not None, "errors": errors,
                          "war": wordnet.reader().synsets("war", "n")[0].name()}))
    """)
    assert out == {"got": [True] * 6, "cached": True, "errors": [], "war": "war.n.01"}
