package org.inkstone.render.html;

/**
 * {@code book.js}, the web book's only script: the search box. It shows the box (hidden in the page,
 * so that a reader without scripts sees none), loads {@code search-index.js} with a {@code <script>}
 * element the first time the box is used (which works from {@code file://}, where {@code fetch} does
 * not), and lists the headings whose stretch of text holds every word typed, in the book's order,
 * those whose heading holds them first, each with the text around the first match. Enter opens the
 * first result, Escape clears the box. No library, no network; the words it shows come from the
 * form's {@code data-none} and {@code data-found} attributes, in the book's language.
 */
final class BookScript {
    private BookScript() {}

    /** Results shown at most. */
    static final int MAX_RESULTS = 50;

    static final String JS = """
            /* Inkstone web book: search over the book's text (search-index.js, built with the book). */
            (function () {
              'use strict';
              var form = document.getElementById('book-search');
              var input = document.getElementById('book-search-input');
              var status = document.getElementById('book-search-status');
              var results = document.getElementById('book-search-results');
              if (!form || !input || !status || !results) return;
              var root = document.body.getAttribute('data-book-root') || '';
              var index = null;
              var loading = false;
              var waiting = [];
              form.hidden = false;

              function load(then) {
                if (index) { then(); return; }
                if (window.%1$s) { index = window.%1$s; then(); return; }
                waiting.push(then);
                if (loading) return;
                loading = true;
                var script = document.createElement('script');
                script.src = root + '%2$s';
                script.onload = function () {
                  index = window.%1$s || [];
                  var all = waiting; waiting = [];
                  all.forEach(function (f) { f(); });
                };
                script.onerror = function () { loading = false; waiting = []; };
                document.head.appendChild(script);
              }

              function clear() {
                while (results.firstChild) results.removeChild(results.firstChild);
                status.textContent = '';
              }

              function snippet(text, term) {
                var at = text.toLowerCase().indexOf(term);
                if (at < 0 || text.length !== text.toLowerCase().length) return [text.slice(0, 80), '', ''];
                var from = Math.max(0, at - 30);
                return [(from > 0 ? '…' : '') + text.slice(from, at), text.slice(at, at + term.length),
                        text.slice(at + term.length, at + term.length + 60) + (at + term.length + 60 < text.length ? '…' : '')];
              }

              function show(entry, terms) {
                var a = document.createElement('a');
                a.setAttribute('href', root + entry.page + (entry.anchor ? '#' + entry.anchor : ''));
                var title = document.createElement('span');
                title.className = 'book-search-title';
                title.textContent = entry.chapter && entry.chapter !== entry.title ? entry.chapter + ' › ' + entry.title : entry.title;
                a.appendChild(title);
                var parts = snippet(entry.text, terms[0]);
                if (parts.join('')) {
                  var s = document.createElement('span');
                  s.className = 'book-search-snippet';
                  s.appendChild(document.createTextNode(parts[0]));
                  if (parts[1]) {
                    var mark = document.createElement('mark');
                    mark.textContent = parts[1];
                    s.appendChild(mark);
                  }
                  s.appendChild(document.createTextNode(parts[2]));
                  a.appendChild(s);
                }
                var li = document.createElement('li');
                li.appendChild(a);
                results.appendChild(li);
              }

              function search() {
                var query = input.value.trim().toLowerCase();
                clear();
                if (!query) return;
                if (!index) { load(search); return; }
                var terms = query.split(/\\s+/);
                var inTitle = [], inText = [];
                index.forEach(function (entry) {
                  var title = entry.title.toLowerCase(), text = entry.text.toLowerCase();
                  var all = terms.every(function (t) { return title.indexOf(t) >= 0 || text.indexOf(t) >= 0; });
                  if (!all) return;
                  (terms.every(function (t) { return title.indexOf(t) >= 0; }) ? inTitle : inText).push(entry);
                });
                var found = inTitle.concat(inText);
                status.textContent = found.length === 0 ? form.getAttribute('data-none')
                    : form.getAttribute('data-found').replace('{n}', String(found.length));
                found.slice(0, %3$d).forEach(function (entry) { show(entry, terms); });
              }

              input.addEventListener('input', search);
              input.addEventListener('focus', function () { load(function () {}); });
              input.addEventListener('keydown', function (e) {
                if (e.key === 'Escape') { input.value = ''; clear(); }
              });
              form.addEventListener('submit', function (e) {
                e.preventDefault();
                var first = results.querySelector('a');
                if (first) window.location.href = first.href;
              });
            })();
            """.formatted(SearchIndex.VARIABLE, PageFiles.SEARCH_INDEX, MAX_RESULTS);
}
