# sockconf: `make run` runs the suite on this machine's kernel and saves the
# results; `make check` runs the harness self-tests, the runner's unit tests
# and the whole suite.  Both install what is missing first.

CC       ?= cc
BUILD    ?= build
CFLAGS   ?= -O2 -g
override CFLAGS += -std=gnu11 -Wall -Wextra -Werror -Iharness

# Other ABIs: `make ARCH=i386|arm64|s390x` (or `make BUILD=build-arm64`)
# builds the cases into build-$(ARCH) with Debian's cross compiler
# (gcc-i686-linux-gnu, gcc-aarch64-linux-gnu, gcc-s390x-linux-gnu; CC=...
# overrides it, e.g. CC="gcc -m32" with gcc-multilib), statically linked
# against that architecture's libcheck, which runner/abi.py unpacks from
# Debian into $(SYSROOT).  ARCH=x86_64/amd64/x86 (a kernel developer's
# environment) means the native build.
CROSS_ARCHS   := i386 arm64 s390x
TRIPLET_i386  := i686-linux-gnu
TRIPLET_arm64 := aarch64-linux-gnu
TRIPLET_s390x := s390x-linux-gnu
LIBDIR_i386   := i386-linux-gnu
LIBDIR_arm64  := aarch64-linux-gnu
LIBDIR_s390x  := s390x-linux-gnu
ifneq ($(filter x86 x86_64 amd64,$(ARCH)),)
override ARCH :=
endif
ifeq ($(ARCH),)
SC_ARCH := $(patsubst build-%,%,$(filter $(addprefix build-,$(CROSS_ARCHS)),$(BUILD)))
else ifneq ($(filter $(ARCH),$(CROSS_ARCHS)),)
SC_ARCH := $(ARCH)
ifeq ($(BUILD),build)
BUILD := build-$(ARCH)
endif
else
$(error ARCH=$(ARCH): this Makefile builds for $(CROSS_ARCHS) or the native ABI)
endif
SC_CACHE ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/sockconf
# `make STATIC=1` (or BUILD=build-static): the native cases linked
# statically, for guests: under emulation the dynamic loader costs a case
# process about 25 ms at every start (bench/guestcost), a third of an item.
ifeq ($(BUILD),build-static)
STATIC := 1
endif
ifdef STATIC
ifeq ($(BUILD),build)
BUILD := build-static
endif
endif
# `runner --build-dir build-san` rebuilds with `make BUILD=build-san`: that
# build is the sanitized one whoever asks for it.
ifeq ($(BUILD),build-san)
SANITIZE := 1
endif
ifdef SANITIZE
BUILD    := build-san
override CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
override LDFLAGS += -fsanitize=address,undefined
# A crash stays a crash (SIGSEGV, as without sanitizers) rather than ASan's
# exit 1.  Reports go to files: a leak is found at exit, after the case wrote
# its verdict, so the runner alone would never see it; bench/sanitizer-report
# fails `make check` on any report.
SAN_LOGS := $(CURDIR)/build-san/sanitizer
export ASAN_OPTIONS ?= handle_segv=0:log_path=$(SAN_LOGS)/asan
export UBSAN_OPTIONS ?= print_stacktrace=1:halt_on_error=1:log_path=$(SAN_LOGS)/ubsan
endif
ifdef SC_ARCH
ifeq ($(origin CC),default)
CC := $(TRIPLET_$(SC_ARCH))-gcc
endif
SYSROOT      ?= $(SC_CACHE)/sysroot/$(SC_ARCH)
SYSROOT_READY := $(SYSROOT)/.complete
CHECK_CFLAGS := -isystem $(SYSROOT)/usr/include
CHECK_LIBS   := -static -L$(SYSROOT)/usr/lib/$(LIBDIR_$(SC_ARCH)) -lcheck -lsubunit -lrt -lm -pthread
else ifdef STATIC
CHECK_CFLAGS := $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS   := -static $(shell pkg-config --libs --static check 2>/dev/null) -pthread
else
CHECK_CFLAGS := $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS   := $(shell pkg-config --libs check 2>/dev/null)
endif

HARNESS_SRCS := $(filter-out harness/selftest/%,$(wildcard harness/*.c))
HARNESS_OBJS := $(HARNESS_SRCS:harness/%.c=$(BUILD)/harness/%.o)
CASE_SRCS    := $(wildcard cases/*/*.c)
CASE_BINS    := $(addprefix $(BUILD)/cases/,$(notdir $(CASE_SRCS:.c=)))
SELF_SRCS    := $(wildcard harness/selftest/*.c)
SELF_BINS    := $(SELF_SRCS:harness/selftest/%.c=$(BUILD)/selftest/%)
# The runner needs a Python that sees Debian's pytest; find-python says
# which, or how to install one (exit 3).
RUNNER       = py=$$(runner/find-python) || exit 3; $$py -m runner
RUNFLAGS    += $(if $(PRELOAD),--preload '$(PRELOAD)') $(if $(WRAPPER),--wrapper '$(WRAPPER)') $(if $(TARGET),--target '$(TARGET)') $(if $(KTAP),--ktap '$(KTAP)')
# A kernel of your own: make run TARGET=qemu:/path/to/bzImage MODULES=/path/to/lib/modules/<release>
ifdef MODULES
export SOCKCONF_MODULES := $(abspath $(MODULES))
endif

vpath %.c $(sort $(dir $(CASE_SRCS)))

.PHONY: all cases deps run check clean report compare kernels run-all check-qemu catalogue
comma := ,
.DEFAULT_GOAL := all

ifdef SC_ARCH
# Another ABI: the cases and self-tests; fault libraries are LD_PRELOADed
# on the host only.
all: cases $(SELF_BINS)
$(HARNESS_OBJS): | $(SYSROOT_READY)
$(SYSROOT_READY):
	@py=$$(command -v /usr/bin/python3 || command -v python3); $$py -m runner.abi sysroot $(SC_ARCH) '$(SYSROOT)' >/dev/null
else ifdef STATIC
all: cases $(SELF_BINS)
else
all: cases $(SELF_BINS) faults
endif
# A case removed or renamed leaves no binary behind for the runner to
# collect (it runs every executable in $(BUILD)/cases).
cases: $(CASE_BINS)
	@rm -f $(filter-out $(CASE_BINS),$(wildcard $(BUILD)/cases/*))

HARNESS_HDRS := $(filter-out harness/selftest/%,$(wildcard harness/*.h))

$(BUILD)/harness/%.o: harness/%.c $(HARNESS_HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(CHECK_CFLAGS) -c -o $@ $<

# Made anew each time: a harness file removed or renamed must not leave
# its old object behind in the archive.
$(BUILD)/libsc.a: $(HARNESS_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

ifneq ($(or $(SC_ARCH),$(STATIC)),)
# Guests' builds are static: one binary holds every case (a static binary
# each would fill a guest's memory), and each case is a link to it, named
# after the case, which the binary reads from argv[0].
CASE_OBJS := $(addprefix $(BUILD)/obj/,$(notdir $(CASE_SRCS:.c=.o)))
$(BUILD)/obj/%.o: %.c $(HARNESS_HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(CHECK_CFLAGS) -c -o $@ $<
$(BUILD)/sockconf-cases: $(CASE_OBJS) $(BUILD)/libsc.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CASE_OBJS) $(BUILD)/libsc.a $(CHECK_LIBS)
$(BUILD)/cases/%: $(BUILD)/sockconf-cases
	@mkdir -p $(@D)
	@ln -sf ../sockconf-cases $@
else
$(BUILD)/cases/%: %.c $(BUILD)/libsc.a $(HARNESS_HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(CHECK_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libsc.a $(CHECK_LIBS)
endif

$(BUILD)/selftest/%: harness/selftest/%.c $(BUILD)/libsc.a $(HARNESS_HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(CHECK_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libsc.a $(CHECK_LIBS)

# Fault libraries (faults/*.c): LD_PRELOADed into a case, each breaks one
# documented behaviour so its case must deviate (runner/tests/test_sensitivity.py).
# Built without sanitizers: a preloaded library must not bring its own runtime.
FAULT_LIBS := $(patsubst faults/%.c,$(BUILD)/faults/%.so,$(wildcard faults/*.c))
.PHONY: faults
faults: $(FAULT_LIBS)
$(BUILD)/faults/%.so: faults/%.c faults/fault.h
	@mkdir -p $(@D)
	$(CC) -O2 -g -std=gnu11 -Wall -Wextra -Werror -fPIC -shared -o $@ $< -ldl

# Trusting the verdicts (bench/): time, repeatability, memory checking.
# N sets the number of runs (speed default 5, determinism default 100).
.PHONY: bench-speed bench-determinism valgrind
bench-speed: deps all
	@bench/speed $(if $(N),-n $(N))
bench-determinism: deps all
	@bench/determinism $(if $(N),-n $(N))
valgrind: all
	@SOCKCONF_EXTRA_PKGS=valgrind runner/deps
	@bench/valgrind

# What the named targets need (qemu, a cross compiler, a layer's tool) is
# installed with the rest: runner/deps asks each target.
deps:
	@SOCKCONF_TARGETS='$(or $(TARGETS),$(TARGET))' runner/deps

run: deps
	@$(MAKE) --no-print-directory -k all || true
	@$(RUNNER) run --build-dir $(BUILD) $(RUNFLAGS)

check:
	@runner/deps check
	@$(MAKE) --no-print-directory -k all || true
	$(if $(SANITIZE),@rm -rf $(SAN_LOGS) && mkdir -p $(SAN_LOGS))
	@$(RUNNER) check --build-dir $(BUILD) $(RUNFLAGS); st=$$?; \
	$(if $(SANITIZE),bench/sanitizer-report $(SAN_LOGS) || { [ $$st -ne 0 ] || st=1; };) exit $$st

# Several targets at once (TARGETS=host,netns:smallbuf,...; default: host
# and three netns profiles), in parallel, one results file each, then their
# comparison.  The netns profiles need ip (iproute2).
run-all:
	@SOCKCONF_EXTRA_PKGS="$$SOCKCONF_EXTRA_PKGS iproute2" SOCKCONF_TARGETS='$(or $(TARGETS),$(TARGET))' runner/deps
	@$(MAKE) --no-print-directory -k all || true
	@$(RUNNER) run-all --build-dir $(BUILD) $(if $(PRELOAD),--preload '$(PRELOAD)') $(if $(or $(TARGETS),$(TARGET)),--target '$(or $(TARGETS),$(TARGET))')

# results/*.json (or COMPARE_FILES) side by side, differences first;
# FORMAT=md|html, OUT=FILE (FORCE=1 to overwrite), BASELINE=FILE (exit 1
# when an item that held there regressed).
compare:
	@$(RUNNER) compare $(if $(BASELINE),--baseline '$(BASELINE)') $(if $(FORMAT),--format $(FORMAT)) $(if $(OUT),--out '$(OUT)') $(if $(FORCE),--force) $(COMPARE_FILES)

# Debian kernels for the qemu target, into ~/.cache/sockconf/kernels
# (SC_KERNEL_CACHE), from bullseye, bookworm, trixie or sid through a
# private apt configuration in ~/.cache/sockconf/apt (the machine's apt
# sources are only read): apt-get download + dpkg -x, nothing installed.
# Default 5.10,6.1,6.12,7.2; KERNELS=6.1-arm64,6.1-s390x picks others;
# `python3 -m runner.kernels list` names all; REFRESH=1 re-reads the archive.
QEMU_PKGS := qemu-system-x86 busybox-static lz4 zstd
kernels:
	@SOCKCONF_EXTRA_PKGS="$(QEMU_PKGS) $(SOCKCONF_EXTRA_PKGS)" runner/deps
	@py=$$(runner/find-python) || exit 3; $$py -m runner.kernels fetch $(if $(REFRESH),--refresh) $(subst $(comma), ,$(KERNELS))

# CI's emulated kernel: Debian's 6.1 cloud kernel under qemu, every case in
# one boot, through the pytest runner (QEMU_KERNEL=6.12 for another).
QEMU_KERNEL ?= 6.1
check-qemu:
	@$(MAKE) --no-print-directory kernels KERNELS=$(QEMU_KERNEL)
	@$(MAKE) --no-print-directory -k all || true
	@$(RUNNER) run --build-dir $(BUILD) --target qemu:$(QEMU_KERNEL) --out $(BUILD)/check-qemu-$(QEMU_KERNEL).json

report: deps
	@$(RUNNER) report --force --format text --out results/ledger.md --out results/ledger.html $(REPORT_FILES)

# Every entry of the socket man pages: DOCUMENT<TAB>ENTRY<TAB>STATUS
# (`make -s catalogue`); SUMMARY=1 for counts per page, ENTRIES=1 for the
# pages' text of every entry.
catalogue: deps
	@$(MAKE) --no-print-directory -k all >/dev/null || true
	@$(RUNNER) catalogue --build-dir $(BUILD) $(if $(SUMMARY),--summary) $(if $(ENTRIES),--entries)

clean:
	rm -rf build build-san build-static $(addprefix build-,$(CROSS_ARCHS))
