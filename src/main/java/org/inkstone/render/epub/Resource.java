package org.inkstone.render.epub;

/**
 * One file of the publication listed in the manifest.
 *
 * @param id         manifest id (an XML name)
 * @param href       path relative to the package document, ASCII
 * @param mediaType  its media type
 * @param properties manifest properties ({@code nav}, {@code cover-image}, {@code svg} …), "" for none
 * @param data       the file's bytes
 */
record Resource(String id, String href, String mediaType, String properties, byte[] data) {}
