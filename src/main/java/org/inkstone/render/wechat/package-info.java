/**
 * WeChat output: HTML with every style inlined, in the shape the WeChat editor keeps, and its preview page.
 * Depends on {@code render}, {@code render.xhtml}, {@code render.wechat.css} and the lower packages.
 */
package org.inkstone.render.wechat;
