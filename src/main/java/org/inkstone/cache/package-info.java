/**
 * The one object that holds the state outliving a build ({@link org.inkstone.cache.Caches}): created by
 * the process, carried by the build context. Depends on {@code font}, {@code math}, {@code highlight}
 * and {@code bounded}; only the renderers and the build above it may depend on it.
 */
package org.inkstone.cache;
