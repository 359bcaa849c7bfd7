/**
 * The library's entry point, {@link org.inkstone.publish.Inkstone}: a build reads and parses the source,
 * transforms it once, resolves the options once, renders each chosen format in memory and writes the
 * files, all or nothing. Depends on everything below it; not on {@code cli}.
 */
package org.inkstone.publish;
