/**
 * The command line ({@code inkstone build}, picocli). The top: depends on {@code publish} and what its options
 * name.
 */
package org.inkstone.cli;
