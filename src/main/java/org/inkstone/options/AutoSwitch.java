package org.inkstone.options;

import java.util.Locale;
import java.util.Optional;

/** A setting with three positions: {@code auto} lets each output decide, {@code on}, {@code off}. */
public enum AutoSwitch {
    AUTO, ON, OFF;

    /** {@code auto}, {@code on}/{@code true}/{@code yes} or {@code off}/{@code false}/{@code no}, any case; empty otherwise. */
    public static Optional<AutoSwitch> parse(String value) {
        return switch (value == null ? "" : value.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> Optional.of(AUTO);
            case "on", "true", "yes" -> Optional.of(ON);
            case "off", "false", "no" -> Optional.of(OFF);
            default -> Optional.empty();
        };
    }

    /** Whether the switch is on for an output that, left to itself, would choose {@code byDefault}. */
    public boolean on(boolean byDefault) {
        return this == ON || (this == AUTO && byDefault);
    }
}
