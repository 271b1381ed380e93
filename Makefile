# Install talks like any Unix tool (README "Install"):
#
#   make install PREFIX=~/.local     build release, then install under PREFIX
#   make uninstall PREFIX=~/.local   remove what install put there
#   make man                         rewrite doc/talks.1 from the commands' help (after a debug build)
#   make dist                        a versioned tarball for Linux x86_64 in dist/
#
# DESTDIR stages an install for a package. BIN_PATH installs already built products instead of
# building (the install test reuses the debug build: BIN_PATH=.build/debug make install-files).

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
CONFIGURATION ?= release

bindir = $(DESTDIR)$(PREFIX)/bin
libexecdir = $(DESTDIR)$(PREFIX)/libexec/talks
archivedir = $(DESTDIR)$(PREFIX)/share/talks/archive
man1dir = $(DESTDIR)$(PREFIX)/share/man/man1
# Where each shell looks: bash-completion beside any bin/ on PATH (and in XDG_DATA_DIRS), zsh's
# site-functions, fish's vendor completions (also under ~/.local/share/fish).
bashdir = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

ARCHIVE_FILES = $(notdir $(wildcard archive/*))

.PHONY: all build install install-files uninstall man dist

all: build

build:
	$(SWIFT) build -c $(CONFIGURATION) --product talks
	TALKS_STATIC_HELPER=1 $(SWIFT) build -c $(CONFIGURATION) --product talks-fetch

install: build
	$(MAKE) install-files BIN_PATH="$$($(SWIFT) build -c $(CONFIGURATION) --show-bin-path)"

install-files:
	@test -n "$(BIN_PATH)" || { echo "BIN_PATH is not set: run make install" >&2; exit 2; }
	install -d "$(bindir)" "$(libexecdir)" "$(archivedir)" "$(man1dir)" "$(bashdir)" "$(zshdir)" "$(fishdir)"
	install -m 755 "$(BIN_PATH)/talks" "$(bindir)/talks"
	install -m 755 "$(BIN_PATH)/talks-fetch" "$(libexecdir)/talks-fetch"
	install -m 644 $(addprefix archive/,$(ARCHIVE_FILES)) "$(archivedir)/"
	install -m 644 doc/talks.1 "$(man1dir)/talks.1"
	"$(BIN_PATH)/talks" --generate-completion-script bash > "$(bashdir)/talks"
	"$(BIN_PATH)/talks" --generate-completion-script zsh > "$(zshdir)/_talks"
	"$(BIN_PATH)/talks" --generate-completion-script fish > "$(fishdir)/talks.fish"
	@echo "installed talks $$("$(bindir)/talks" --version) in $(DESTDIR)$(PREFIX)"

# Only what install put there: files talks enrich wrote into the archive folder stay, and say so.
uninstall:
	rm -f "$(bindir)/talks" "$(libexecdir)/talks-fetch" "$(man1dir)/talks.1" \
	  "$(bashdir)/talks" "$(zshdir)/_talks" "$(fishdir)/talks.fish" \
	  $(addprefix "$(archivedir)"/,$(ARCHIVE_FILES))
	-rmdir "$(libexecdir)" "$(archivedir)" "$(DESTDIR)$(PREFIX)/share/talks" 2>/dev/null
	@test ! -d "$(archivedir)" || echo "kept $(archivedir): it holds files talks wrote (talks enrich)"

# talks-VERSION-linux-x86_64.tar.gz: the release build as a prefix of its own (scripts/dist.sh).
dist: build
	scripts/dist.sh "$$($(SWIFT) build -c $(CONFIGURATION) --show-bin-path)"

man:
	scripts/man-page.py "$$($(SWIFT) build --show-bin-path)/talks" doc/talks.1.sections > doc/talks.1.tmp
	mv doc/talks.1.tmp doc/talks.1
