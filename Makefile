# Tidings: build, install and uninstall.
#
#   make                          release build, man page and shell completions (under .build/)
#   sudo make install             binary, systemd unit, example /etc/tidings/feeds.conf, completions, man page
#   sudo make uninstall           removes them again (keeps a feeds.conf you have edited)
#   make install DESTDIR=/tmp/stage PREFIX=/usr    staged install, e.g. for a package
#
# Build as yourself first (`make`), then `sudo make install`: install rebuilds nothing that is up to date.
# After installing: `sudo systemctl daemon-reload && sudo systemctl enable --now tidings`.
#
# Variables: PREFIX (/usr/local), DESTDIR (empty), SYSCONFDIR (/etc), SWIFT (swift).
# The unit always goes to $(DESTDIR)$(SYSCONFDIR)/systemd/system; its ExecStart names $(PREFIX)/bin/tidings.

PREFIX ?= /usr/local
DESTDIR ?=
SYSCONFDIR ?= /etc
SWIFT ?= swift

BINDIR := $(PREFIX)/bin
MANDIR := $(PREFIX)/share/man/man1
BASHCOMPDIR := $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR := $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR := $(PREFIX)/share/fish/vendor_completions.d
UNITDIR := $(SYSCONFDIR)/systemd/system
CONFDIR := $(SYSCONFDIR)/tidings

BIN := .build/release/tidings
GEN := .build/install-files
MANPAGE := $(GEN)/tidings.1
COMPLETIONS := $(GEN)/tidings.bash $(GEN)/_tidings $(GEN)/tidings.fish

INSTALL ?= install

.PHONY: all build man completions install uninstall clean-install-files check-unit crash-test

all: build man completions

## Release build of the tidings binary.
build:
	$(SWIFT) build -c release

# Only when missing, so `sudo make install` after `make` does not run the compiler as root.
$(BIN):
	$(SWIFT) build -c release

## The man page, from swift-argument-parser's generate-manual plugin (written under .build/plugins).
man: $(MANPAGE)

$(MANPAGE): $(BIN)
	@mkdir -p $(GEN)
	$(SWIFT) package generate-manual --configuration release
	@page=$$(find .build/plugins -path '*GenerateManual*' -name tidings.1 -newer $(BIN) | head -n 1); \
	if [ -z "$$page" ]; then page=$$(find .build/plugins -path '*GenerateManual*' -name tidings.1 | head -n 1); fi; \
	if [ -z "$$page" ]; then echo "make: generate-manual wrote no tidings.1 under .build/plugins" >&2; exit 1; fi; \
	cp "$$page" $@ && echo "man page: $@ (from $$page)"

## Shell completions, from `tidings --generate-completion-script`.
completions: $(COMPLETIONS)

$(GEN)/tidings.bash: $(BIN)
	@mkdir -p $(GEN)
	$(BIN) --generate-completion-script bash > $@.tmp && mv $@.tmp $@

$(GEN)/_tidings: $(BIN)
	@mkdir -p $(GEN)
	$(BIN) --generate-completion-script zsh > $@.tmp && mv $@.tmp $@

$(GEN)/tidings.fish: $(BIN)
	@mkdir -p $(GEN)
	$(BIN) --generate-completion-script fish > $@.tmp && mv $@.tmp $@

install: $(BIN) $(MANPAGE) $(COMPLETIONS)
	$(INSTALL) -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(UNITDIR)" "$(DESTDIR)$(CONFDIR)" "$(DESTDIR)$(MANDIR)" \
		"$(DESTDIR)$(BASHCOMPDIR)" "$(DESTDIR)$(ZSHCOMPDIR)" "$(DESTDIR)$(FISHCOMPDIR)"
	$(INSTALL) -m 0755 $(BIN) "$(DESTDIR)$(BINDIR)/tidings"
	sed -e 's|/usr/local/bin/tidings|$(BINDIR)/tidings|g' -e 's|/etc/tidings/|$(CONFDIR)/|g' \
		systemd/tidings.service > "$(DESTDIR)$(UNITDIR)/tidings.service.tmp"
	chmod 0644 "$(DESTDIR)$(UNITDIR)/tidings.service.tmp"
	mv "$(DESTDIR)$(UNITDIR)/tidings.service.tmp" "$(DESTDIR)$(UNITDIR)/tidings.service"
	@if [ -e "$(DESTDIR)$(CONFDIR)/feeds.conf" ]; then \
		echo "keeping the existing $(DESTDIR)$(CONFDIR)/feeds.conf"; \
	else \
		echo "$(INSTALL) -m 0644 feeds.conf $(DESTDIR)$(CONFDIR)/feeds.conf"; \
		$(INSTALL) -m 0644 feeds.conf "$(DESTDIR)$(CONFDIR)/feeds.conf"; \
	fi
	$(INSTALL) -m 0644 $(GEN)/tidings.bash "$(DESTDIR)$(BASHCOMPDIR)/tidings"
	$(INSTALL) -m 0644 $(GEN)/_tidings "$(DESTDIR)$(ZSHCOMPDIR)/_tidings"
	$(INSTALL) -m 0644 $(GEN)/tidings.fish "$(DESTDIR)$(FISHCOMPDIR)/tidings.fish"
	$(INSTALL) -m 0644 $(MANPAGE) "$(DESTDIR)$(MANDIR)/tidings.1"
	@if [ -z "$(DESTDIR)" ]; then \
		echo "installed; now: systemctl daemon-reload && systemctl enable --now tidings"; \
	fi

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/tidings" "$(DESTDIR)$(UNITDIR)/tidings.service" \
		"$(DESTDIR)$(BASHCOMPDIR)/tidings" "$(DESTDIR)$(ZSHCOMPDIR)/_tidings" \
		"$(DESTDIR)$(FISHCOMPDIR)/tidings.fish" "$(DESTDIR)$(MANDIR)/tidings.1"
	@if [ -e "$(DESTDIR)$(CONFDIR)/feeds.conf" ]; then \
		if cmp -s feeds.conf "$(DESTDIR)$(CONFDIR)/feeds.conf"; then \
			echo "rm -f $(DESTDIR)$(CONFDIR)/feeds.conf (unchanged example)"; \
			rm -f "$(DESTDIR)$(CONFDIR)/feeds.conf"; \
		else \
			echo "keeping $(DESTDIR)$(CONFDIR)/feeds.conf (edited; remove it yourself if you want)"; \
		fi; \
	fi
	@rmdir "$(DESTDIR)$(CONFDIR)" 2>/dev/null || true
	@if [ -z "$(DESTDIR)" ]; then \
		echo "uninstalled; run systemctl disable --now tidings first if it was enabled, then systemctl daemon-reload"; \
		echo "the database in /var/lib/tidings (StateDirectory) is left alone"; \
	fi

## Removes the generated man page and completions (not the build).
clean-install-files:
	rm -rf $(GEN)

## Checks the unit with systemd-analyze (verify and security exposure).
check-unit:
	scripts/check-unit.sh

## The SIGKILL crash test against the debug build.
crash-test:
	$(SWIFT) build
	scripts/crash-test.sh .build/debug/tidings
