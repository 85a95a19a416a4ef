# Égide — the two commands: `make run` and `make test` (each sets everything up first).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test soak demo bench lint format clean sysdeps-run sysdeps-test sysdeps-bundle bundle translations guide

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

sysdeps-run:
	bash tools/system-deps.sh run

sysdeps-test:
	bash tools/system-deps.sh test

sysdeps-bundle:
	bash tools/system-deps.sh bundle

run: $(STAMP) sysdeps-run
	$(BIN)/python -m desktop

demo: $(STAMP) sysdeps-run
	$(BIN)/python -m desktop --demo

test: $(STAMP) sysdeps-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The failure tests at length: 600 kill -9 during writes, 500 fuzzed inputs per importer and
# per opener (make test runs 60 kills and 25 inputs each).
soak: $(STAMP) sysdeps-test
	EGIDE_KILLS=600 EGIDE_FUZZ_EXAMPLES=500 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest \
		-p no:cacheprovider -o timeout=3600 -s tests/core/test_kill_writes.py \
		tests/core/test_fuzz_openers.py tests/core/roster/test_fuzz_imports.py \
		tests/core/test_rekey_kill.py

bench: $(STAMP) sysdeps-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

# The one-folder PyInstaller bundle (dist/Egide: Egide and egide-cli), then its self-test
# from a clean folder. The Windows installer (installer/egide.iss) wraps the same folder.
# PyInstaller comes from the `bundle` extra; on Linux it needs objdump (binutils).
bundle: $(STAMP) sysdeps-bundle
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN installer/egide.spec
	bash tools/bundle-check.sh dist/Egide

# The user guide's screenshots, made by the application itself on a demonstration vault.
guide: $(STAMP) sysdeps-run
	rm -rf build/tour
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop tour --to build/tour --demo --size 1366x768
	$(BIN)/python tools/guide_images.py build/tour docs/guide/images

# The catalogue of the application's own strings (French sources), then its compiled form.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $$(find desktop/ui -name '*.py' | sort) \
		-ts resources/translations/egide_fr.ts
	$(BIN)/pyside6-lrelease resources/translations/egide_fr.ts -qm resources/translations/egide_fr.qm

lint: $(STAMP)
	$(BIN)/ruff check desktop tests benchmarks tools
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format desktop tests benchmarks tools

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
