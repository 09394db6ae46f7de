# eduportal: one entry point. `make demo` runs the portal with demo data, `make check`
# runs every test. Both install what they need first (scripts/deps.sh).
SHELL := /bin/bash
.DEFAULT_GOAL := build

CXX      ?= g++
BUILD    ?= build
PKGS     := icu-uc icu-i18n libmariadb libctemplate libxml-2.0 libcurl vips-cpp libqrencode xapian-core libmagic libzip
CXXFLAGS ?= -O2 -g
CXXFLAGS += -std=c++20 -Wall -Wextra -Werror -MMD -MP -Imodules -pthread
CPPFLAGS += $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS   += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lfcgi -lcrypto -pthread
ASAN     := -fsanitize=address,undefined -fno-omit-frame-pointer

CORE_SRC   := $(wildcard modules/core/*.cc)
PORTAL_SRC := $(wildcard modules/portal/*.cc)
ADMIN_SRC  := $(wildcard modules/admin/*.cc)
CTL_SRC    := $(wildcard modules/portalctl/*.cc)
SEARCH_SRC := $(wildcard modules/search/*.cc)
FEEDBACK_SRC := $(wildcard modules/feedback/*.cc)
UNIT_SRC   := $(wildcard tests/unit/*.cc tests/unit/*/*.cc)

obj = $(patsubst %.cc,$(BUILD)/obj/%.o,$(1))
asan_obj = $(patsubst %.cc,$(BUILD)/asan/%.o,$(1))

BINS := $(BUILD)/bin/portal.fcgi $(BUILD)/bin/admin.fcgi $(BUILD)/bin/search.fcgi $(BUILD)/bin/feedback.fcgi $(BUILD)/bin/portalctl

.PHONY: deps build demo stop check unit integration bench clean
deps:
	@scripts/deps.sh

build: $(BINS)

$(BUILD)/lib/libcore.a: $(call obj,$(CORE_SRC))
	@mkdir -p $(@D)
	@echo "  AR    $@"
	@ar rcs $@ $^

$(BUILD)/bin/portal.fcgi: $(call obj,$(PORTAL_SRC)) $(BUILD)/lib/libcore.a
	@mkdir -p $(@D)
	@echo "  LD    $@"
	@$(CXX) $(CXXFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/bin/admin.fcgi: $(call obj,$(ADMIN_SRC)) $(BUILD)/lib/libcore.a
	@mkdir -p $(@D)
	@echo "  LD    $@"
	@$(CXX) $(CXXFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/bin/search.fcgi: $(call obj,$(SEARCH_SRC)) $(BUILD)/lib/libcore.a
	@mkdir -p $(@D)
	@echo "  LD    $@"
	@$(CXX) $(CXXFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/bin/feedback.fcgi: $(call obj,$(FEEDBACK_SRC)) $(BUILD)/lib/libcore.a
	@mkdir -p $(@D)
	@echo "  LD    $@"
	@$(CXX) $(CXXFLAGS) -o $@ $^ $(LDLIBS)

# portalctl renders the demo's document PDFs with Pango and cairo (demo_documents.cc).
$(call obj,$(CTL_SRC)): CPPFLAGS += $(shell pkg-config --cflags pangocairo 2>/dev/null)
$(BUILD)/bin/portalctl: $(call obj,$(CTL_SRC)) $(BUILD)/lib/libcore.a
	@mkdir -p $(@D)
	@echo "  LD    $@"
	@$(CXX) $(CXXFLAGS) -o $@ $^ $(LDLIBS) $(shell pkg-config --libs pangocairo 2>/dev/null)

$(BUILD)/obj/%.o: %.cc
	@mkdir -p $(@D)
	@echo "  CXX   $<"
	@$(CXX) $(CXXFLAGS) $(CPPFLAGS) -c -o $@ $<

# Unit tests and the core they test, built with AddressSanitizer and UBSan.
$(BUILD)/bin/unit_tests: $(call asan_obj,$(UNIT_SRC) $(CORE_SRC))
	@mkdir -p $(@D)
	@echo "  LD    $@"
	@$(CXX) $(CXXFLAGS) $(ASAN) -o $@ $^ $(LDLIBS) -lcppunit

$(BUILD)/asan/%.o: %.cc
	@mkdir -p $(@D)
	@echo "  CXX   $< (asan)"
	@$(CXX) $(CXXFLAGS) $(ASAN) $(CPPFLAGS) -Itests -c -o $@ $<

JOBS ?= $(shell nproc 2>/dev/null || echo 2)
PORT ?= 8080
demo: deps
	@$(MAKE) --no-print-directory -j$(JOBS) build
	@scripts/stack.sh start var $(PORT) --demo

stop:
	@scripts/stack.sh stop var

unit: $(BUILD)/bin/unit_tests
	@$(BUILD)/bin/unit_tests

check: deps
	@$(MAKE) --no-print-directory -j$(JOBS) build $(BUILD)/bin/unit_tests
	@scripts/check.sh

bench: deps
	@$(MAKE) --no-print-directory -j$(JOBS) build
	@tests/bench/run.sh
	@tests/bench/search.sh

clean:
	rm -rf $(BUILD)

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
