# Waypoint: the two commands that matter are `make run` and `make test`.
SHELL := /bin/bash
export CARGO_TARGET_DIR ?= $(CURDIR)/target
CACHE ?= $(HOME)/.cache/waypoint
export WAYPOINT_CACHE ?= $(CACHE)
WAYPOINT := $(CARGO_TARGET_DIR)/debug/waypoint
APP := $(CARGO_TARGET_DIR)/debug/waypoint-app
DEMO ?= $(HOME)/.local/share/Waypoint/demo.waypoint
TEST_OUT ?= $(CURDIR)/test-output

.PHONY: run test deps-run deps-test ui build dist test-rust test-ui test-e2e test-decks test-warehouse bench bench-analytics bench-growth bench-backtest bench-charts bench-decks bench-app bench-venv clean

## Build everything and open the app on a demo workspace.
run: deps-run build
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "No display here (DISPLAY/WAYLAND_DISPLAY unset), so the window cannot open."; \
	  echo "Everything is built; use the CLI on a demo workspace instead, e.g.:"; \
	  echo "  export WAYPOINT_PASSPHRASE=...   # only if this machine has no OS keyring"; \
	  echo "  $(WAYPOINT) --workspace $(DEMO) demo"; \
	  echo "  $(WAYPOINT) --workspace $(DEMO) status"; \
	  echo "  $(WAYPOINT) --workspace $(DEMO) usage --account ACC-0007 --from 2026-09-01 --to 2026-09-30"; \
	  exit 0; \
	fi; \
	if [ ! -f "$(DEMO)" ]; then \
	  echo "Creating the demo workspace $(DEMO)"; \
	  "$(WAYPOINT)" --workspace "$(DEMO)" demo || exit 1; \
	fi; \
	WAYPOINT_WORKSPACE="$(DEMO)" "$(APP)"

## Every test: Rust (with a real Secret Service), UI (Vitest), the real app under Xvfb, and
## decks opened by python-pptx, LibreOffice and poppler.
test: deps-test build test-rust test-ui test-e2e test-decks test-warehouse

deps-run:
	@scripts/system-deps.sh run
deps-test:
	@scripts/system-deps.sh test

ui/node_modules/.package-lock.json: ui/package-lock.json
	cd ui && npm ci --no-audit --no-fund
ui: ui/node_modules/.package-lock.json
	cd ui && npm run build

## The app embeds ui/dist at compile time, so the UI is built first.
build: ui
	cargo build --workspace --bins

test-rust:
	scripts/with-keyring.sh cargo test --workspace

test-ui: ui/node_modules/.package-lock.json
	cd ui && npm run check && npm test

## The real app under Xvfb, driven through tauri-driver: first run, demo, accounts, account 360,
## a milestone, lock/unlock and reopening; screenshots of every main screen in test-output/e2e.
test-e2e:
	@rm -rf "$(TEST_OUT)/e2e" && mkdir -p "$(TEST_OUT)/e2e"
	WAYPOINT_APP_BIN="$(APP)" E2E_OUT="$(TEST_OUT)/e2e" tests/e2e/run.sh

# A Python check of the CLI's output: $(1) its venv, $(2) its folder (requirements.txt and
# run.sh), $(3) its output folder under $(TEST_OUT).
define python_check
	@test -x "$(1)/bin/python" || python3 -m venv "$(1)"
	"$(1)/bin/pip" install -q -r $(2)/requirements.txt
	@rm -rf "$(TEST_OUT)/$(3)" && mkdir -p "$(TEST_OUT)/$(3)"
	WAYPOINT="$(WAYPOINT)" OUT="$(TEST_OUT)/$(3)" VENV="$(1)" $(2)/run.sh
endef

## QBR decks for a demo workspace with hostile names, read back by python-pptx (pinned in
## tests/decks/requirements.txt), converted by LibreOffice and rendered by pdftoppm.
DECK_VENV ?= $(CARGO_TARGET_DIR)/deck-venv
test-decks:
	$(call python_check,$(DECK_VENV),tests/decks,decks)

## docs/IMPORT.md's DuckDB export query run on the demo's raw events (DuckDB pinned in
## tests/warehouse/requirements.txt); the book imported from its Parquet analyses the same.
WAREHOUSE_VENV ?= $(CARGO_TARGET_DIR)/warehouse-venv
test-warehouse:
	$(call python_check,$(WAREHOUSE_VENV),tests/warehouse,warehouse)

## The deck benchmark of docs/BENCHMARKS.md: one QBR and all of a 300-account book, against
## python-pptx writing the same slides.
bench-decks: bench-venv
	cargo build --release -p cli
	$(CARGO_TARGET_DIR)/release/waypoint bench decks --accounts 300 --dir "$(CARGO_TARGET_DIR)/bench-decks" \
	  --runs 7 --python "$(BENCH_VENV)/bin/python"

## The import benchmark of docs/BENCHMARKS.md (release build).
bench:
	cargo build --release -p cli
	$(CARGO_TARGET_DIR)/release/waypoint bench import --events $${EVENTS:-10000000}

## The analytics benchmark of docs/BENCHMARKS.md: 2,000 accounts x 24 months x 8 modules,
## against pandas (pinned in scripts/requirements-bench.txt, installed in a venv).
BENCH_DIR ?= $(CARGO_TARGET_DIR)/bench-analytics
BENCH_VENV ?= $(CARGO_TARGET_DIR)/bench-venv
bench-venv: deps-test
	@test -x "$(BENCH_VENV)/bin/python" || python3 -m venv "$(BENCH_VENV)"
	"$(BENCH_VENV)/bin/pip" install -q -r scripts/requirements-bench.txt
bench-analytics: bench-venv
	cargo build --release -p cli
	$(CARGO_TARGET_DIR)/release/waypoint bench analytics --accounts 2000 --months 24 --modules 8 \
	  --dir "$(BENCH_DIR)" --runs 7 --pandas "$(BENCH_VENV)/bin/python"

## Cost growth of the analytics (docs/BENCHMARKS.md): the benchmark above at 500, 2,000, 5,000
## and 20,000 accounts, plotted to docs/bench-growth.png. The 20,000-account book is imported from
## the same usage as warehouse rollups (about 20 minutes and 10 GB of disk, once: later runs reuse
## the workspaces); its 89M raw events would take over an hour and 30 GB.
bench-growth: bench-venv
	cargo build --release -p cli
	for n in 500 2000 5000 20000; do \
	  usage=events; [ $$n -lt 20000 ] || usage=rollups; \
	  $(CARGO_TARGET_DIR)/release/waypoint bench analytics --accounts $$n --months 24 --modules 8 --usage $$usage \
	    --app-memory --dir "$(BENCH_DIR)-$$n" --runs 5 --json > "$(BENCH_DIR)-$$n.json" || exit 1; \
	done
	"$(BENCH_VENV)/bin/python" scripts/plot_growth.py docs/bench-growth.png $(foreach n,500 2000 5000 20000,"$(BENCH_DIR)-$(n).json")

## The backtest benchmark of docs/BENCHMARKS.md: 24 monthly evaluation days x 2,000 accounts,
## against pandas + scikit-learn (scripts/bench_backtest.py, pinned in the same venv).
bench-backtest: bench-venv
	cargo build --release -p cli
	$(CARGO_TARGET_DIR)/release/waypoint bench backtest --accounts 2000 --months 28 --modules 8 \
	  --dir "$(CARGO_TARGET_DIR)/bench-backtest" --runs 5 --python "$(BENCH_VENV)/bin/python"

## The app as shipped: one binary, built with the size-optimised `dist` profile (Cargo.toml).
DIST_APP := $(CARGO_TARGET_DIR)/dist/waypoint-app
dist: deps-run ui
	cargo build --profile dist -p waypoint-app
	@echo "$(DIST_APP): $$(stat -c %s $(DIST_APP)) bytes"

## The app benchmark: the shipped app (`make dist`) under Xvfb on a 2,000-account book (cold
## start, unlock, view switches, filter, account 360, memory, binary size); results in
## test-output/bench-app/bench-app.json.
BENCH_APP_DIR ?= $(CARGO_TARGET_DIR)/bench-app
bench-app: deps-test dist
	cargo build --release -p cli
	@mkdir -p "$(BENCH_APP_DIR)" "$(TEST_OUT)/bench-app"
	@if [ ! -f "$(BENCH_APP_DIR)/book.waypoint" ]; then \
	  WAYPOINT_PASSPHRASE=bench-app-passphrase $(CARGO_TARGET_DIR)/release/waypoint --workspace "$(BENCH_APP_DIR)/book.waypoint" init --passphrase >/dev/null && \
	  WAYPOINT_PASSPHRASE=bench-app-passphrase $(CARGO_TARGET_DIR)/release/waypoint --workspace "$(BENCH_APP_DIR)/book.waypoint" demo --accounts 2000 --months 24 >/dev/null; fi
	BENCH_WORKSPACE="$(BENCH_APP_DIR)/book.waypoint" BENCH_PASSPHRASE=bench-app-passphrase \
	  WAYPOINT_APP_BIN="$(DIST_APP)" E2E_OUT="$(TEST_OUT)/bench-app" \
	  E2E_TESTS="tests/e2e/bench_app.py" tests/e2e/run.sh
	# The same book with its key in the OS keyring (the default set-up: no key derivation),
	# in a private keyring session: results in test-output/bench-app-keyring/.
	@rm -f "$(BENCH_APP_DIR)/keyring.waypoint" && cp "$(BENCH_APP_DIR)/book.waypoint" "$(BENCH_APP_DIR)/keyring.waypoint"
	scripts/with-keyring.sh bash -c 'WAYPOINT_PASSPHRASE=bench-app-passphrase $(CARGO_TARGET_DIR)/release/waypoint \
	  --workspace "$(BENCH_APP_DIR)/keyring.waypoint" rekey --to keyring >/dev/null && \
	  BENCH_KEYRING=1 BENCH_WORKSPACE="$(BENCH_APP_DIR)/keyring.waypoint" WAYPOINT_APP_BIN="$(DIST_APP)" \
	  E2E_OUT="$(TEST_OUT)/bench-app-keyring" E2E_TESTS="tests/e2e/bench_app.py" tests/e2e/run.sh'

## The chart benchmark: one account-year module stack as SVG and PNG, against matplotlib.
bench-charts: bench-venv
	cargo build --release -p cli
	$(CARGO_TARGET_DIR)/release/waypoint bench charts --dir "$(CARGO_TARGET_DIR)/bench-charts" \
	  --matplotlib "$(BENCH_VENV)/bin/python"

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules $(TEST_OUT)
