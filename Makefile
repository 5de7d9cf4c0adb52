# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-deps venv clean bench compile

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,dask,serve]'
	touch $(STAMP)

# The three shipped assignments: GNR 638 A2 (submissions/), and DL A3 and MA 214 A1 (corpora/<name>/).
# The grader's modules compiled once (compileall writes what changed, whatever PYTHONDONTWRITEBYTECODE
# says): an editable install is otherwise compiled from source at every start (0.13 s a run here).
# The report templates too (grader/report/templates/__pycache__/): each grading worker compiled them
# at every run (about 30 ms each); a template whose source changed since is compiled as before.
# And what the command's modules make as they load (grader/startup.py): their regular expressions and
# their dataclasses' methods, about 0.13 s of CPU at every start before a worker forks; what is not
# kept is made as before.
compile: $(STAMP)
	@$(BIN)/python -m compileall -q grader reference >/dev/null
	@$(BIN)/python -c "from grader.report.render import store_template_code; store_template_code()"
	@$(BIN)/python -c "from grader import startup; startup.store(lambda: __import__('grader.cli'))"

demo: $(STAMP) compile
	$(BIN)/grader grade submissions/ --spec reference/gnr638_a2.yaml --out out/
	$(BIN)/grader grade corpora/dl_a3/ --spec reference/dl_a3.yaml --out out/dl_a3/
	$(BIN)/grader grade corpora/stats_a1/ --spec reference/stats_a1.yaml --out out/stats_a1/

test: $(STAMP) test-deps
	$(BIN)/python -m pytest -q

# System tools some tests use: Debian's chromium for the reports' browser tests, tesseract-ocr
# for OCR of scans and photos. Installed when missing and we are root with apt; never fails:
# without them those tests are skipped (and the grader shows such pages to a person).
test-deps:
	@command -v tesseract >/dev/null 2>&1 || \
	  { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	      echo "installing tesseract-ocr for the OCR tests (apt-get)"; \
	      ( apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	          tesseract-ocr tesseract-ocr-eng ) >/dev/null 2>&1 \
	        || echo "could not install tesseract-ocr: the OCR tests will be skipped"; \
	    else echo "tesseract-ocr is missing (needs root to install): the OCR tests will be skipped"; fi; }
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	      echo "installing chromium for the report tests (apt-get)"; \
	      ( apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	          chromium fonts-dejavu-core ) >/dev/null 2>&1 \
	        || echo "could not install chromium: the browser tests will be skipped"; \
	    else echo "chromium is missing (needs root to install): the browser tests will be skipped"; fi; }

bench: $(STAMP) compile
	$(BIN)/python bench/grade_bench.py

clean:
	rm -rf $(VENV) out/ .pytest_cache
