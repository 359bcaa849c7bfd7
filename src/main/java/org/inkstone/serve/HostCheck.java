package org.inkstone.serve;

import java.util.Locale;
import java.util.Set;

/**
 * The {@code Host} header must name this machine's loopback ({@code localhost}, {@code 127.0.0.1},
 * {@code [::1]}, with any port) or the host the server was bound to: a page elsewhere that points its
 * own name at 127.0.0.1 (DNS rebinding) is refused.
 */
final class HostCheck {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private final String boundHost;

    HostCheck(String boundHost) {
        this.boundHost = boundHost.toLowerCase(Locale.ROOT);
    }

    boolean allows(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) return false;
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        String name = h;
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            if (close < 0) return false;
            name = h.substring(0, close + 1);
            String rest = h.substring(close + 1);
            if (!rest.isEmpty() && !rest.matches(":[0-9]{1,5}")) return false;
        } else {
            int colon = h.lastIndexOf(':');
            if (colon >= 0) {
                if (!h.substring(colon + 1).matches("[0-9]{1,5}")) return false;
                name = h.substring(0, colon);
            }
        }
        if (LOOPBACK.contains(name)) return true;
        boolean wildcard = boundHost.equals("0.0.0.0") || boundHost.equals("::");
        return !wildcard && (name.equals(boundHost) || name.equals("[" + boundHost + "]"));
    }
}
