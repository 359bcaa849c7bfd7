/**
 * CSS inlining for the WeChat output: parsed rules matched against the elements by specificity, variables and
 * pseudo-content resolved.
 * Depends on {@code diagnostic} only (and ph-css, jsoup).
 */
package org.inkstone.render.wechat.css;
