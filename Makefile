# The two set-up commands of README.md: `make demo` and `make test`.
BUILD ?= build
JOBS  ?= $(shell nproc)
DB    ?= quotetrace.db
QT     = $(BUILD)/quotetrace

.PHONY: all deps build demo test sanitize fuzz bench clean

all: build

deps:
	@scripts/install-deps

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(QT) ingest --db $(DB) examples/corpus
	$(QT) report --db $(DB)
	@$(QT) report --db $(DB) --format html > $(BUILD)/report.html
	@echo "The same report as a page: $(BUILD)/report.html"
	@echo "To search and read it in a browser: $(QT) serve --db $(DB)"

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Every test again under AddressSanitizer and UndefinedBehaviorSanitizer,
# in a build of its own (about ten minutes on the project machine; not part
# of `make test`).
sanitize: deps
	@cmake -S . -B $(BUILD)-sanitize -DCMAKE_BUILD_TYPE=Debug \
	  -DCMAKE_CXX_FLAGS="-O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined" >/dev/null
	@cmake --build $(BUILD)-sanitize -j $(JOBS)
	cd $(BUILD)-sanitize && ctest --output-on-failure -j $(JOBS)

# Each fuzz target (fuzz/) for FUZZ_SECONDS under libFuzzer, AddressSanitizer
# and UndefinedBehaviorSanitizer, in a clang build of its own; inputs that
# fail are saved in $(BUILD)-fuzz/artifacts. Not part of `make test`, which
# replays fuzz/corpus.
FUZZ_SECONDS ?= 60
fuzz:
	@scripts/install-deps fuzz
	@CC=clang-14 CXX=clang++-14 cmake -S . -B $(BUILD)-fuzz -DCMAKE_BUILD_TYPE=Release -DQT_FUZZ=ON >/dev/null
	@cmake --build $(BUILD)-fuzz -j $(JOBS) --target fuzz_targets
	scripts/fuzz $(BUILD)-fuzz $(FUZZ_SECONDS)

bench: build
	bench/run

clean:
	rm -rf $(BUILD) $(BUILD)-sanitize $(BUILD)-fuzz
