package org.inkstone.render.html;

/**
 * The web book's own rules (the sidebar, the search box, the links to the previous and next page),
 * which {@code book.css} holds before the theme's CSS ({@code base.css} + {@code html.css}), so that a
 * theme's {@code html.css} can restyle any of them. They are kept here rather than in the theme's
 * {@code html.css} because that file is also inlined into every article's page, which must not change.
 * Colours are the default theme's palette; {@code var(--accent)} and the theme's accent tints follow
 * {@code --accent} and {@code accent:} like the theme's own rules. Like the theme, no flexbox or grid:
 * a fixed sidebar beside the text, which moves above it on a narrow screen (CSS only).
 */
final class BookStyle {
    private BookStyle() {}

    static final String CSS = """
            /* ---------- Web book: sidebar, search and page links (Inkstone) ---------- */

            body.ink.ink-book {
              margin: 0;
              padding: 0;
            }

            .book-skip {
              position: absolute;
              left: -999em;
              top: 0;
            }

            .book-skip:focus {
              left: 1em;
              top: 1em;
              z-index: 10;
              padding: 0.4em 0.8em;
              background-color: #ffffff;
              border: 1px solid var(--accent);
            }

            nav.book-sidebar {
              position: fixed;
              top: 0;
              bottom: 0;
              left: 0;
              width: 17rem;
              box-sizing: border-box;
              overflow-y: auto;
              padding: 2rem 1rem 3rem 1.25rem;
              background-color: #f6f4f0;
              border-right: 1px solid #e4ded6;
              font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
                "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif;
              font-size: 0.9rem;
              line-height: 1.55;
              text-align: left;
            }

            main.book-main {
              display: block;
              margin-left: 17rem;
            }

            .book-sidebar ol {
              list-style: none;
              margin: 0;
              padding: 0;
            }

            .book-sidebar ol ol {
              padding-left: 0.9em;
            }

            .book-sidebar p.book-title {
              margin: 0 0 1em 0;
              font-size: 1.15em;
              font-weight: bold;
              line-height: 1.4;
            }

            .book-sidebar a {
              color: #2b2926;
              text-decoration: none;
            }

            .book-sidebar p.book-title a {
              color: #1a1816;
            }

            .book-sidebar p.book-part-title {
              margin: 1.2em 0 0.3em 0;
              padding: 0 0.6em;
              color: #8c867f;
              font-size: 0.85em;
              letter-spacing: 0.06em;
            }

            .book-contents a,
            .book-contents span.book-draft-title {
              display: block;
              padding: 0.25em 0.6em;
              border-left: 3px solid transparent;
              border-radius: 0 3px 3px 0;
            }

            .book-contents span.book-draft-title {
              color: #a9a39b;
            }

            .book-sidebar a:hover,
            .book-sidebar a:focus {
              color: var(--accent);
            }

            .book-contents a:hover {
              background-color: #efebe5;
            }

            .book-contents a.current {
              color: var(--accent);
              font-weight: bold;
              background-color: #ffffff;
              border-left-color: var(--accent);
            }

            .book-sidebar a:focus-visible {
              outline: 2px solid #e7c3b8;
              outline-offset: 1px;
            }

            /* search: shown by book.js; without scripts the form stays hidden */

            form.book-search {
              margin: 0 0 1em 0;
            }

            form.book-search[hidden] {
              display: none;
            }

            .book-search input {
              display: block;
              width: 100%;
              box-sizing: border-box;
              margin: 0;
              padding: 0.4em 0.6em;
              border: 1px solid #d9d2c8;
              border-radius: 4px;
              background-color: #ffffff;
              color: #2b2926;
              font: inherit;
            }

            .book-search input:focus {
              outline: 2px solid #e7c3b8;
              border-color: var(--accent);
            }

            p.book-search-status {
              margin: 0.4em 0 0 0;
              color: #8c867f;
              font-size: 0.85em;
            }

            p.book-search-status:empty {
              display: none;
            }

            ol.book-search-results {
              margin: 0.4em 0 0 0;
            }

            .book-search-results a {
              display: block;
              padding: 0.35em 0.6em;
              border-radius: 3px;
            }

            .book-search-results a:hover,
            .book-search-results a:focus {
              background-color: #efebe5;
            }

            .book-search-results span.book-search-title {
              display: block;
              font-weight: bold;
            }

            .book-search-results span.book-search-snippet {
              display: block;
              color: #6f6a64;
              font-size: 0.85em;
            }

            .book-search-results mark {
              background-color: #f3d5cb;
              color: inherit;
            }

            /* the title page */

            .book-title-page p.book-description {
              text-align: center;
              color: #6f6a64;
            }

            /* previous / next */

            nav.book-pager {
              max-width: 720px;
              margin: 0 auto;
              padding: 0 2em 4em 2em;
              overflow: hidden;
              font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
                "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif;
            }

            nav.book-pager a {
              display: block;
              width: 48%;
              box-sizing: border-box;
              padding: 0.7em 1em;
              border: 1px solid #e4ded6;
              border-radius: 4px;
              color: #2b2926;
              text-decoration: none;
            }

            nav.book-pager a[rel~="prev"] {
              float: left;
            }

            nav.book-pager a[rel~="next"] {
              float: right;
              text-align: right;
            }

            nav.book-pager a:hover,
            nav.book-pager a:focus {
              border-color: var(--accent);
              color: var(--accent);
            }

            nav.book-pager span.book-pager-label {
              display: block;
              color: #8c867f;
              font-size: 0.8em;
            }

            /* narrow screens: the sidebar above the text */

            @media screen and (max-width: 860px) {
              nav.book-sidebar {
                position: static;
                width: auto;
                padding: 1em 1.15em;
                border-right: 0;
                border-bottom: 1px solid #e4ded6;
              }

              ol.book-contents {
                max-height: 40vh;
                overflow-y: auto;
              }

              main.book-main {
                margin-left: 0;
              }

              nav.book-pager {
                padding: 0 1.15em 3em 1.15em;
              }
            }

            @media print {
              nav.book-sidebar,
              nav.book-pager,
              .book-skip {
                display: none;
              }

              main.book-main {
                margin-left: 0;
              }
            }
            """;
}
