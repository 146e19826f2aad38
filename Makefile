# gonghui — a school trade union's books in the terminal.
#
#   make            build ./gonghui and core/libgonghui.a
#   make check      install what the build needs (make deps), build, run every test
#   make run        install what it needs, build, start gonghui on the default database
#   make install    PREFIX=/usr/local DESTDIR= (binary, translations, man page)
#   make bench      build and run the benchmarks (not part of check)
#   make fuzz       libFuzzer (clang) on the money, date and CSV parsers and on import,
#                   FUZZ_TIME seconds each (60); make check replays their corpus
#   make stress     the kill -9 test with many more trials (GH_KILL_TRIALS=400), and
#                   the fault injection with both ENOSPC and EIO for each
#   make dist       gonghui-VERSION.tar.gz of the sources (from git when it is there)
#
# CFLAGS, CPPFLAGS and LDFLAGS are yours: they are added to the project's own flags,
# never replace them (make CFLAGS=-O0, dpkg-buildflags, CC=clang CFLAGS=-Werror work).

PREFIX    ?= /usr/local
BINDIR    ?= $(PREFIX)/bin
# Not ?=: $LOCALEDIR in the environment is where the program looks at run time (the
# build tree, see core/i18n.c); a command-line LOCALEDIR= still sets the installed one.
LOCALEDIR  = $(PREFIX)/share/locale
MANDIR    ?= $(PREFIX)/share/man
VERSION   := 0.1.0

CC      ?= cc
# The user's flags (CFLAGS, CPPFLAGS, LDFLAGS on the command line, from the environment
# or from dpkg-buildflags) come after the project's own, which are always there.
CFLAGS  ?= -O2 -g
GH_CPPFLAGS = -D_GNU_SOURCE -I. -Ibuild
GH_CFLAGS   = -std=c11 -Wall -Wextra -Wno-unused-parameter -Wshadow -Wformat=2 \
	      -Wno-format-nonliteral $(NO_FORMAT_TRUNCATION)
# gcc warns of snprintf truncation we mean (a name cut to a column); clang has no such
# warning and, under -Werror, refuses the option that silences it.
NO_FORMAT_TRUNCATION := $(shell $(CC) -Werror -Wno-format-truncation -x c -c -o /dev/null /dev/null 2>/dev/null && echo -Wno-format-truncation)
# Evaluated when a recipe runs (after make deps), not when the Makefile is read.
PKGS     = ncursesw sqlite3
CORE_CFLAGS = $(shell pkg-config --cflags sqlite3 2>/dev/null)
TUI_CFLAGS  = $(shell pkg-config --cflags ncursesw 2>/dev/null)
LIBS     = $(shell pkg-config --libs ncursesw sqlite3 2>/dev/null || echo -lncursesw -ltinfo -lsqlite3) -lunistring
CORE_LIBS = $(shell pkg-config --libs sqlite3 2>/dev/null || echo -lsqlite3) -lunistring
COMPILE  = $(CC) $(GH_CPPFLAGS) $(CPPFLAGS) $(GH_CFLAGS) $(CFLAGS)

UNIHAN  ?= /usr/share/unicode/Unihan_Readings.txt.bz2

CORE_SRC = $(wildcard core/*.c) $(wildcard db/*.c)
CORE_OBJ = $(CORE_SRC:%.c=build/%.o) build/pinyin_table.o build/schema.o
TUI_SRC  = $(wildcard tui/*.c)
TUI_OBJ  = $(TUI_SRC:%.c=build/%.o)
UNIT_SRC = $(filter-out tests/unit/test_tui_%.c,$(wildcard tests/unit/test_*.c))
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=build/tests/%)
# Unit tests of tui/ (the key table): linked with the front end's objects but main.
TUI_UNIT_SRC = $(wildcard tests/unit/test_tui_*.c)
TUI_UNIT_BIN = $(TUI_UNIT_SRC:tests/unit/%.c=build/tests/%)
BENCH_SRC = $(wildcard bench/*.c)
BENCH_BIN = $(BENCH_SRC:bench/%.c=build/bench/%)
LANGS    = zh_CN zh_TW
MO       = $(LANGS:%=build/locale/%/LC_MESSAGES/gonghui.mo)

# Fault injection and kill -9 (tests/cli/fault.sh, kill.sh): an LD_PRELOAD shim that
# fails the Nth write or sync of a file, and the full-screen program's dues save
# without its screen.
FAULT_BIN = build/tests/fault.so build/tests/fault_save
# The fuzz harnesses (tests/fuzz/fuzz_NAME.c): replayed over their corpus in make check,
# built with AddressSanitizer and UndefinedBehaviorSanitizer; run by libFuzzer in make
# fuzz.
FUZZ     = money date csv import
SAN      = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
SAN_OBJ  = $(CORE_SRC:%.c=build/san/%.o) build/pinyin_table.o build/schema.o
REPLAY_BIN = $(FUZZ:%=build/tests/replay_%)
FUZZ_CC  ?= clang
FUZZ_TIME ?= 60
FUZZ_OBJ = $(CORE_SRC:%.c=build/fuzzer/%.o) build/pinyin_table.o build/schema.o

.PHONY: all check check32 deps run install uninstall clean bench bench-deps pot dist fuzz stress FORCE
all: gonghui core/libgonghui.a $(MO)

deps:
	@sh tools/deps.sh

check: deps
	@$(MAKE) -s --no-print-directory all $(UNIT_BIN) $(TUI_UNIT_BIN) $(FAULT_BIN) $(REPLAY_BIN)
	@sh tools/include-graph.sh --check tui
	@sh tests/run.sh

run: deps
	@$(MAKE) --no-print-directory all
	LOCALEDIR=build/locale ./gonghui

gonghui: $(TUI_OBJ) core/libgonghui.a
	$(CC) $(GH_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $(TUI_OBJ) core/libgonghui.a $(LIBS)

core/libgonghui.a: $(CORE_OBJ)
	rm -f $@
	$(AR) rcs $@ $(CORE_OBJ)

build/core/%.o build/db/%.o: GH_CFLAGS += $(CORE_CFLAGS)
build/tui/%.o: GH_CFLAGS += $(TUI_CFLAGS)

# The version and the installed translations' folder, rewritten only when they change,
# so "make install PREFIX=/usr" after "make" rebuilds what depends on them.
build/config.h: FORCE
	@mkdir -p build
	@printf '#define GH_VERSION "%s"\n#define GH_LOCALEDIR "%s"\n' '$(VERSION)' '$(LOCALEDIR)' \
		> $@.tmp && (cmp -s $@.tmp $@ && rm -f $@.tmp || mv $@.tmp $@)
FORCE:

build/core/i18n.o build/tui/cli.o: build/config.h

build/%.o: %.c $(wildcard core/*.h db/*.h tui/*.h)
	@mkdir -p $(dir $@)
	$(COMPILE) -c -o $@ $<

build/pinyin_table.c: tools/gen-pinyin.sh
	@mkdir -p build
	sh tools/gen-pinyin.sh $(UNIHAN) > $@.tmp && mv $@.tmp $@

build/schema.c: tools/gen-schema.sh $(sort $(wildcard db/schema/*.sql))
	@mkdir -p build
	sh tools/gen-schema.sh $(sort $(wildcard db/schema/*.sql)) > $@.tmp && mv $@.tmp $@

build/pinyin_table.o build/schema.o: build/%.o: build/%.c $(wildcard core/pinyin.h db/schema.h)
	$(COMPILE) -c -o $@ $<

build/tests/%: tests/unit/%.c tests/unit/check.h core/libgonghui.a
	@mkdir -p build/tests
	$(COMPILE) $(CORE_CFLAGS) $(LDFLAGS) -o $@ $< core/libgonghui.a $(CORE_LIBS)

build/tests/test_tui_%: tests/unit/test_tui_%.c tests/unit/check.h $(filter-out build/tui/main.o,$(TUI_OBJ)) core/libgonghui.a
	@mkdir -p build/tests
	$(COMPILE) $(TUI_CFLAGS) $(LDFLAGS) -o $@ $< $(filter-out build/tui/main.o,$(TUI_OBJ)) core/libgonghui.a $(LIBS)

build/bench/%: bench/%.c core/libgonghui.a
	@mkdir -p build/bench
	$(COMPILE) $(CORE_CFLAGS) $(LDFLAGS) -o $@ $< core/libgonghui.a $(CORE_LIBS)

build/locale/%/LC_MESSAGES/gonghui.mo: po/%.po
	@mkdir -p $(dir $@)
	msgfmt --check -o $@ $<

# Regenerate the template and merge it into the translations.
POTFILES_CMD = { grep -l -E '\b(N?_|ngettext)\(' core/*.c db/*.c tui/*.c; \
	grep -l -E '\bN?_\("' core/*.h db/*.h tui/*.h; } | sort
pot:
	$(POTFILES_CMD) > po/POTFILES
	xgettext --from-code=UTF-8 -k_ -kN_ -kNP_:1,2 -kNC_:1c,2 -kngettext:1,2 --add-comments=L10N: \
		--package-name=gonghui --package-version=$(VERSION) -o po/gonghui.pot \
		$$(cat po/POTFILES)
	for l in $(LANGS); do msgmerge -q -U --backup=none po/$$l.po po/gonghui.pot; done

bench: all $(BENCH_BIN)
	sh bench/run.sh

build/tests/fault.so: tests/fault/fault.c
	@mkdir -p build/tests
	$(CC) $(GH_CFLAGS) $(CFLAGS) $(LDFLAGS) -shared -fPIC -o $@ $< -ldl

build/tests/fault_save: tests/fault/save.c core/libgonghui.a
	@mkdir -p build/tests
	$(COMPILE) $(CORE_CFLAGS) $(LDFLAGS) -o $@ $< core/libgonghui.a $(CORE_LIBS)

build/san/%.o: %.c $(wildcard core/*.h db/*.h) build/config.h
	@mkdir -p $(dir $@)
	$(COMPILE) $(CORE_CFLAGS) $(SAN) -c -o $@ $<

build/tests/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(SAN_OBJ)
	@mkdir -p build/tests
	$(COMPILE) $(CORE_CFLAGS) $(SAN) $(LDFLAGS) -o $@ tests/fuzz/fuzz_$*.c tests/fuzz/replay.c \
		$(SAN_OBJ) $(CORE_LIBS)

build/fuzzer/%.o: %.c $(wildcard core/*.h db/*.h) build/config.h
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(GH_CPPFLAGS) -std=c11 $(CORE_CFLAGS) $(SAN) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzzer/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJ)
	$(FUZZ_CC) $(GH_CPPFLAGS) -std=c11 $(CORE_CFLAGS) $(SAN) -fsanitize=fuzzer -o $@ $< \
		$(FUZZ_OBJ) $(CORE_LIBS)

fuzz: $(FUZZ:%=build/fuzzer/fuzz_%)
	sh tests/fuzz/run.sh $(FUZZ_TIME)

# the whole of make check built for i386, in an i386 Debian system of its own (root)
check32:
	sh tools/check32.sh

stress: all $(FAULT_BIN)
	GH_KILL_TRIALS=400 sh tests/run.sh kill
	GH_FAULT_BOTH=1 sh tests/run.sh fault
# ledger and hledger, which bench compares the report with when they are installed
# (optional: not part of deps, and not in every release).
bench-deps:
	@for p in ledger hledger; do command -v $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		sudo=; [ "$$(id -u)" = 0 ] || sudo=sudo; \
		$$sudo apt-get install -y --no-install-recommends $$missing || \
			echo "bench-deps:$$missing not installed; bench runs without them"; \
	fi

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 755 gonghui $(DESTDIR)$(BINDIR)/gonghui
	install -m 644 doc/gonghui.1 $(DESTDIR)$(MANDIR)/man1/gonghui.1
	for l in $(LANGS); do \
		install -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES; \
		install -m 644 build/locale/$$l/LC_MESSAGES/gonghui.mo \
			$(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/gonghui.mo; \
	done

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/gonghui $(DESTDIR)$(MANDIR)/man1/gonghui.1
	for l in $(LANGS); do rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/gonghui.mo; done

# The sources as a tarball: what git tracks when this is a git checkout, else the files
# of the tree without what the build made.
DIST = gonghui-$(VERSION)
dist:
	rm -rf build/$(DIST) $(DIST).tar.gz
	@mkdir -p build/$(DIST)
	if [ -e .git ]; then \
		git ls-files | tar -cf - -T - | tar -xf - -C build/$(DIST); \
	else \
		tar -cf - --exclude=./build --exclude=./gonghui --exclude='./$(DIST).tar.gz' \
			--exclude=./core/libgonghui.a . | tar -xf - -C build/$(DIST); \
	fi
	tar -C build -czf $(DIST).tar.gz $(DIST)
	rm -rf build/$(DIST)
	@echo "$(DIST).tar.gz"

clean:
	rm -rf build gonghui core/libgonghui.a
