package org.inkstone.render.wechat.css;

/** Selector specificity (a, b, c): ids; classes, attributes and pseudo-classes; elements and pseudo-elements. */
record Specificity(int ids, int classes, int elements) implements Comparable<Specificity> {
    static final Specificity ZERO = new Specificity(0, 0, 0);

    Specificity plus(Specificity other) {
        return new Specificity(ids + other.ids, classes + other.classes, elements + other.elements);
    }

    static Specificity max(Specificity a, Specificity b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public int compareTo(Specificity o) {
        if (ids != o.ids) return Integer.compare(ids, o.ids);
        if (classes != o.classes) return Integer.compare(classes, o.classes);
        return Integer.compare(elements, o.elements);
    }

    @Override
    public String toString() {
        return "(" + ids + "," + classes + "," + elements + ")";
    }
}
