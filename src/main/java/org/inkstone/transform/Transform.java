package org.inkstone.transform;

import org.inkstone.model.Document;

/** A whole-document rewrite that runs once, after parsing and before any renderer. */
@FunctionalInterface
public interface Transform {
    Document apply(Document document);
}
