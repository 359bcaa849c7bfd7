package org.inkstone.serve;

import java.nio.charset.StandardCharsets;

/**
 * The small script added to every HTML or XHTML page the preview serves: it keeps the page's scroll
 * position across reloads (in {@code sessionStorage}, per path) and, when the page is open on its own
 * rather than in the workspace, reloads it when its format has been rebuilt ({@code /events}).
 */
final class LiveScript {
    private LiveScript() {}

    static String script(String format) {
        return "(function(){var k='inkstone-scroll:'+location.pathname;var y=sessionStorage.getItem(k);"
                + "if(y!==null){var go=function(){window.scrollTo(0,+y)};"
                + "if(document.readyState==='complete')go();else addEventListener('load',go);}"
                + "addEventListener('scroll',function(){sessionStorage.setItem(k,String(window.scrollY))},{passive:true});"
                + "if(window.top===window){var es=new EventSource('/events');es.onmessage=function(e){"
                + "var d=JSON.parse(e.data);if(d.ok&&d.format==='" + format + "')location.reload()}}})();";
    }

    /** The page with the script before its last {@code </body>} (at the end when there is none). */
    static byte[] addTo(byte[] page, String format, boolean xhtml) {
        String text = new String(page, StandardCharsets.UTF_8);
        String tag = xhtml ? "<script>//<![CDATA[\n" + script(format) + "\n//]]></script>"
                : "<script>" + script(format) + "</script>";
        int at = text.lastIndexOf("</body>");
        String out = at < 0 ? text + tag : text.substring(0, at) + tag + text.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }
}
