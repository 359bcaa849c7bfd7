/**
 * The user's choices as typed values and their resolution, once per build: the command line or the
 * library API ({@link org.inkstone.options.RequestedOptions}), then the front matter, then the theme,
 * into the {@link org.inkstone.options.OutputOptions} every output reads. Depends on {@code model},
 * {@code theme} and {@code diagnostic}.
 */
package org.inkstone.options;
