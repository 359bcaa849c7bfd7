package org.inkstone.render;

/** Where renderers put finished files, by name relative to the output folder. */
@FunctionalInterface
public interface OutputSink {
    void write(String fileName, byte[] content);
}
