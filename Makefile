# sockconf: `make run` runs the suite on this machine's kernel and saves the
# results; `make check` runs the harness self-tests, the runner's unit tests
# and the whole suite.  Both install what is missing first.

CC       ?= cc
BUILD    ?= build
PKGS     := $(shell pkg-config --cflags --libs check 2>/dev/null)
CFLAGS   ?= -O2 -g
override CFLAGS += -std=gnu11 -Wall -Wextra -Werror -Iharness
ifdef SANITIZE
BUILD    := build-san
override CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
override LDFLAGS += -fsanitize=address,undefined
endif
CHECK_CFLAGS := $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS   := $(shell pkg-config --libs check 2>/dev/null)

HARNESS_SRCS := $(filter-out harness/selftest/%,$(wildcard harness/*.c))
HARNESS_OBJS := $(HARNESS_SRCS:harness/%.c=$(BUILD)/harness/%.o)
CASE_SRCS    := $(wildcard cases/*/*.c)
CASE_BINS    := $(addprefix $(BUILD)/cases/,$(notdir $(CASE_SRCS:.c=)))
SELF_SRCS    := $(wildcard harness/selftest/*.c)
SELF_BINS    := $(SELF_SRCS:harness/selftest/%.c=$(BUILD)/selftest/%)
# The runner needs a Python that sees Debian's pytest; find-python says
# which, or how to install one (exit 3).
RUNNER       = py=$$(runner/find-python) || exit 3; $$py -m runner
RUNFLAGS    += $(if $(PRELOAD),--preload '$(PRELOAD)') $(if $(WRAPPER),--wrapper '$(WRAPPER)') $(if $(TARGET),--target '$(TARGET)')

vpath %.c $(sort $(dir $(CASE_SRCS)))

.PHONY: all cases deps run check clean report compare kernels
.DEFAULT_GOAL := all

all: cases $(SELF_BINS)
cases: $(CASE_BINS)

$(BUILD)/harness/%.o: harness/%.c harness/sc.h harness/internal.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(CHECK_CFLAGS) -c -o $@ $<

$(BUILD)/libsc.a: $(HARNESS_OBJS)
	$(AR) rcs $@ $^

$(BUILD)/cases/%: %.c $(BUILD)/libsc.a harness/sc.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(CHECK_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libsc.a $(CHECK_LIBS)

$(BUILD)/selftest/%: harness/selftest/%.c $(BUILD)/libsc.a harness/sc.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(CHECK_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libsc.a $(CHECK_LIBS)

deps:
	@runner/deps

run: deps
	@$(MAKE) --no-print-directory -k all || true
	@$(RUNNER) run --build-dir $(BUILD) $(RUNFLAGS)

check:
	@runner/deps check
	@$(MAKE) --no-print-directory -k all || true
	@$(RUNNER) check --build-dir $(BUILD) $(RUNFLAGS)

report: deps
	@$(RUNNER) report --force --out results/ledger.md --out results/ledger.html $(REPORT_FILES)

clean:
	rm -rf build build-san
