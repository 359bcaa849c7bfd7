package org.inkstone.serve;

/**
 * A format's build has ended: sent to the open pages ({@link #json}) and to listeners.
 *
 * @param format     html, wechat, pdf or epub
 * @param generation the rebuild round
 * @param ok         false when the build failed (the last good preview stays)
 * @param millis     how long the build took
 */
public record BuildEvent(String format, long generation, boolean ok, long millis) {

    /** {@code {"format":"wechat","generation":3,"ok":true,"millis":84}}. */
    String json() {
        return "{\"format\":\"" + format + "\",\"generation\":" + generation + ",\"ok\":" + ok + ",\"millis\":" + millis + "}";
    }
}
