package kneadwise.structurefixtures.modules.beta.internal;

/** An internal of fixture module beta. */
public class BetaSecret {

    public String value() {
        return "internal";
    }
}
