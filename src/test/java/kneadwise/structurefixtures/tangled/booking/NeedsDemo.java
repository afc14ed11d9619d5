package kneadwise.structurefixtures.tangled.booking;

import kneadwise.structurefixtures.tangled.demo.DemoThing;

/** Deliberately broken code for ModularityTest: a product module that needs demo code. */
public final class NeedsDemo {

    public int sessions() {
        return DemoThing.answer();
    }
}
