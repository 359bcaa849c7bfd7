package org.inkstone.render.wechat.css;

/**
 * One declaration of a style rule or a style attribute. The value is CSS text without the
 * {@code !important} flag; custom properties ({@code --name}) keep the case of their name.
 */
record Declaration(String property, String value, boolean important) {
    boolean custom() {
        return property.startsWith("--");
    }
}
