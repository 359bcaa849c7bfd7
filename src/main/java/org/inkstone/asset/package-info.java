/**
 * Images and source files: reading them safely from disk or the web, checking and decoding them, and caching
 * what was fetched.
 * Depends on {@code diagnostic}.
 */
package org.inkstone.asset;
