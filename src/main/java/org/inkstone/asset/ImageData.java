package org.inkstone.asset;

/**
 * The bytes of an image that could be had, local or remote, and their sniffed format.
 *
 * @param src    the reference as written in the document
 * @param bytes  the image file's bytes
 * @param format the format read from the bytes (never from the name)
 */
public record ImageData(String src, byte[] bytes, ImageFormat format) {}
