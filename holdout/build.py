"""Rebuild the held-out documents with the corpus builder (scripts/build_corpus.py), pointed at this folder."""

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("build_corpus", HERE.parent / "scripts" / "build_corpus.py")
bc = importlib.util.module_from_spec(spec)
sys.modules["build_corpus"] = bc
spec.loader.exec_module(bc)
bc.ROOT = HERE
bc.SRC_DIR = HERE / "src"
bc.OUT_DIR = HERE

if __name__ == "__main__":
    sys.exit(bc.main(sys.argv[1:]))
