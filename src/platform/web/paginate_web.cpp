// The plan document's page numbers, true by construction. Chromium prints page counters in the
// margins but has no target-counter(), and the document stays free of scripts, so the site lays it
// out itself before it goes out: in a hidden, script-less frame at the printable width of each kind
// of page (A4 portrait, the landscape named page; the document's own @page margins; its print
// rules applied as screen rules), it packs the blocks into pages by the rules the print CSS states,
// with a safety margin, then writes a forced break wherever a page turns (class "pb") and each
// part's page into the contents (".pg"). Every page holds less than the paper does, so the printer
// never breaks anywhere else, and the numbers cannot drift.
#include <emscripten.h>

#include "platform/platform.h"
#include "platform/web/web_host.h"

EM_JS(void, js_paginate, (int id, const char* data, int size), {
    var answer = function (ok, text) {
        var bytes = new TextEncoder().encode(text);
        var ptr = _malloc(bytes.length || 1);
        HEAPU8.set(bytes, ptr);
        Module.ccall("prevplan_crypto_done", null, ["number", "number", "number", "number"], [id, ok, ptr, bytes.length]);
        _free(ptr);
    };
    var frame = document.createElement("iframe");
    frame.setAttribute("sandbox", "allow-same-origin");
    frame.setAttribute("aria-hidden", "true");
    frame.tabIndex = -1;
    frame.style.cssText = "position:absolute;left:-30000px;top:0;height:1200px;border:0;visibility:hidden";
    frame.srcdoc = new TextDecoder().decode(HEAPU8.subarray(data, data + size));
    frame.onload = function () {
        var doc = frame.contentDocument;
        doc.fonts.ready.then(function () { answer(1, Module.prevplanPaginate(doc, frame)); })
            .catch(function () { answer(0, ""); })
            .finally(function () { frame.remove(); });
    };
    document.body.appendChild(frame);
    if (Module.prevplanPaginate) return;

    var MM = 96 / 25.4;
    var SAFETY = 8 * MM;
    var forEachRule = function (doc, each) {
        for (var s = 0; s < doc.styleSheets.length; ++s) {
            var rules = doc.styleSheets[s].cssRules;
            for (var r = 0; r < rules.length; ++r) each(rules[r]);
        }
    };
    var pageBoxes = function (doc) {
        var probe = doc.createElement("div");
        doc.body.appendChild(probe);
        var px = function (length) {
            probe.style.width = length || "0";
            return probe.getBoundingClientRect().width;
        };
        var margin = { top: 0, right: 0, bottom: 0, left: 0 }, landscape = false;
        forEachRule(doc, function (rule) {
            if (rule.type !== 6) return;  /* CSSRule.PAGE_RULE */
            if (rule.selectorText === "landscape") landscape = /landscape/.test(rule.style.getPropertyValue("size"));
            else for (var side in margin) if (rule.style.getPropertyValue("margin-" + side)) margin[side] = px(rule.style.getPropertyValue("margin-" + side));
        });
        probe.remove();
        var box = function (w, h) { return { width: w * MM - margin.left - margin.right, height: h * MM - margin.top - margin.bottom }; };
        return { portrait: box(210, 297), landscape: landscape ? box(297, 210) : box(210, 297) };
    };
    var printAsScreen = function (doc) {
        forEachRule(doc, function (rule) {
            if (!rule.media) return;
            if (/print/.test(rule.media.mediaText)) rule.media.mediaText = "all";
            else if (/screen/.test(rule.media.mediaText)) rule.media.mediaText = "not all";
        });
    };
    var isContainer = function (el) {
        return el.tagName === "MAIN" || el.tagName === "SECTION" || el.tagName === "DIV" && el.classList.contains("landscape");
    };
    var isHeading = function (el) { return /^H[1-6]$/.test(el.tagName); };
    var units = function (doc) {
        var out = [];
        var walk = function (parent, landscape, forced) {
            for (var el = parent.firstElementChild; el; el = el.nextElementSibling) {
                var style = doc.defaultView.getComputedStyle(el);
                if (style.display === "none" || el.tagName === "STYLE") continue;
                var breaks = forced || style.breakBefore === "page";
                forced = false;
                if (isContainer(el)) {
                    walk(el, landscape || el.classList.contains("landscape"), breaks);
                    continue;
                }
                if (el.tagName !== "TABLE") {
                    out.push({ el: el, landscape: landscape, forced: breaks, heading: isHeading(el) });
                    continue;
                }
                var rows = el.tBodies[0] ? el.tBodies[0].rows : [];
                for (var i = 0; i < rows.length; ++i)
                    out.push({ el: i ? rows[i] : el, row: rows[i], table: el, landscape: landscape, forced: breaks && !i });
            }
        };
        walk(doc.body, false, false);
        return out;
    };
    var measure = function (frame, doc, list, landscape, width) {
        frame.style.width = width + "px";
        var view = doc.defaultView, last = 0;
        list.forEach(function (u) {
            var box = (u.row || u.el).getBoundingClientRect(), bottom = box.bottom + view.scrollY;
            if (u.landscape === landscape) {
                var top = box.top;
                if (u.el === u.table) top = Math.min(u.table.getBoundingClientRect().top, u.table.caption ? u.table.caption.getBoundingClientRect().top : top);
                top += view.scrollY;
                u.advance = bottom - last;
                u.start = bottom - top + parseFloat(view.getComputedStyle(u.el).marginTop) + (u.row && u.el !== u.table ? u.table.tHead.getBoundingClientRect().height : 0);
                u.start = Math.max(u.start, u.advance + parseFloat(view.getComputedStyle(u.el).marginTop));
            }
            last = bottom;
        });
    };

    Module.prevplanPaginate = function (doc, frame) {
        printAsScreen(doc);
        var boxes = pageBoxes(doc), list = units(doc);
        measure(frame, doc, list, false, boxes.portrait.width);
        measure(frame, doc, list, true, boxes.landscape.width);
        var page = 1, used = 0, first = true;
        for (var i = 0; i < list.length; ++i) {
            var u = list[i];
            if (i && (u.forced || u.landscape !== list[i - 1].landscape)) ++page, used = 0, first = true;
            var limit = (u.landscape ? boxes.landscape : boxes.portrait).height - SAFETY;
            if (!first && !(i && list[i - 1].heading)) {
                var group = 0, j = i;
                while (j < list.length && list[j].heading) group += list[j++].advance;
                if (j < list.length && j > i && !list[j].forced && list[j].landscape === u.landscape) group += list[j].advance;
                if (j === i) group = u.advance;
                if (used + group > limit) {
                    u.el.classList.add("pb");
                    ++page, used = 0, first = true;
                }
            }
            used += first ? u.start : u.advance;
            first = false;
            u.page = page;
        }
        var pageOf = function (target) {
            for (var k = 0; k < list.length; ++k)
                if (list[k].el === target || list[k].el.contains(target) || target.contains(list[k].el)) return list[k].page;
            return 0;
        };
        doc.querySelectorAll(".toc li").forEach(function (li) {
            var link = li.querySelector("a[href^='#']"), slot = li.querySelector(".pg");
            var target = link && doc.getElementById(link.getAttribute("href").slice(1));
            if (target && slot) slot.textContent = String(pageOf(target));
        });
        doc.documentElement.setAttribute("data-pages", String(page));
        return "<!DOCTYPE html>\n" + doc.documentElement.outerHTML + "\n";
    };
});

namespace prevplan::platform {

void paginateDocument(const std::string& html, std::function<void(std::string)> done) {
    const int id = web::trackCrypto([html, done = std::move(done)](bool ok, std::string paged) {
        done(ok && !paged.empty() ? std::move(paged) : html);
    });
    js_paginate(id, html.data(), static_cast<int>(html.size()));
}

}  // namespace prevplan::platform
