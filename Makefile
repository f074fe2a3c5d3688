# The README's two commands. Each installs what is missing first.
.PHONY: run test bench deps asan fuzz translations clean

JOBS ?= 2
CTEST_ARGS ?=

deps:
	@bash scripts/install-deps.sh

run: deps
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS)
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname -s)" = Darwin ]; then \
	  ./build/release/gui/pullscope; \
	else \
	  echo "make run: no display; the same diagnosis on the command line (the window needs X11 or Wayland):"; \
	  ./build/release/cli/pullscope-cli diagnose resources/samples/training-cluster.json; \
	fi

test: deps
	cmake --preset dev >/dev/null
	cmake --build --preset dev -j $(JOBS)
	ctest --preset dev -j $(JOBS) $(CTEST_ARGS)

asan: deps
	cmake --preset asan >/dev/null
	cmake --build --preset asan -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --preset asan -j $(JOBS) $(CTEST_ARGS)

fuzz: deps
	cmake --preset fuzz >/dev/null
	cmake --build --preset fuzz -j $(JOBS)
	bash tests/fuzz/run-fuzzers.sh build/fuzz $(FUZZ_SECONDS)

bench: deps
	cmake --preset bench >/dev/null
	cmake --build --preset bench -j $(JOBS) --target pullscope-cli bench_filter bench_window \
	  live_bench pullscope-test-apiserver
	bash tests/bench/run-bench.sh build/bench

translations:
	bash scripts/translations.sh update

clean:
	rm -rf build
