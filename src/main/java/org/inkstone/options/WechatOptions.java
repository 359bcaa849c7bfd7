package org.inkstone.options;

/**
 * The WeChat article's options, resolved.
 *
 * @param fontSize  body text size
 * @param imageBase the URL folder where the user uploaded the local images, ending in {@code /}; empty: images go in as data URIs
 */
public record WechatOptions(FontSize fontSize, String imageBase) {}
