package kneadwise.structurefixtures.tangled.demo;

/** Deliberately broken code for ModularityTest: a demo type that a product module uses. */
public final class DemoThing {

    public static int answer() {
        return 42;
    }
}
